"""RFC 4180 CSV with a header row: each record's type and summit, then its fields (a hit adds
its score and where it was found). Records of several shapes share generic field names, and
a last column, `curated`, names the fields of each row that are the curators' words.

The `summit` column names every record's summit, so a folder's rows leave out the `Summit`
column other formats lead them with (`views.SUMMIT`): one column, one name, for pandas."""

import csv
from collections.abc import Sequence
from typing import TypeVar

from ..output import Output
from ..views import HIT_LABELS, SUMMIT, Header, View
from . import with_parts
from .plain import note_curation

T = TypeVar("T")


def write(
    views: Sequence[View], output: Output, *, header: Header | None = None, **_: object
) -> None:
    """No views is the `header` alone, as a table of no rows."""
    rows = list(with_parts(views))
    writer = csv.writer(output.stream, lineterminator="\r\n")
    if not rows:
        writer.writerow(["type", "summit", *_unplaced(header.labels if header else ())])
        return
    if all(view.pairs for view in rows):
        writer.writerow(["type", "summit", "Label", "Value"])
        writer.writerows([v.type, v.summit, f.label, f.value] for v in rows for f in v.fields)
        return
    hits = any(view.score is not None for view in rows)
    cells = [
        [view.type, view.summit, *_unplaced(view.values, view)]
        + ([f"{view.score:.4f}", view.found_in] if hits else [])
        for view in rows
    ]
    width = max(map(len, cells), default=2)
    shapes = {view.headers for view in rows}
    note_curation(rows, output)  # a row's own (a guessed speaker) no header can say
    if len(shapes) == 1:
        labels = ["type", "summit", *_unplaced(shapes.pop()), *(HIT_LABELS if hits else [])]
        writer.writerow(labels)
        writer.writerows(row + [""] * (len(labels) - len(row)) for row in cells)
        return
    generic = [f"field{i}" for i in range(1, width - 1)]
    writer.writerow(["type", "summit", *generic, "curated"])
    for view, row in zip(rows, cells, strict=True):  # no header can say whose fields are whose
        fields = _unplaced(view.fields, view)
        curated = " ".join(name for name, f in zip(generic, fields, strict=False) if f.curated)
        writer.writerow(row + [""] * (width - len(row)) + [curated])


def _unplaced(cells: Sequence[T], view: View | None = None) -> Sequence[T]:
    """A header's labels, or with `view` its row's values or fields, without the leading
    `Summit`."""
    placed = (view.labels if view else cells)[:1] == (SUMMIT.label,)
    return cells[1:] if placed else cells
