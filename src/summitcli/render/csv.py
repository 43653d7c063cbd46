"""RFC 4180 CSV with a header row: each record's type and summit, then its fields (a hit adds
its score and where it was found). Records of several shapes share one header, every shape's
columns once each, so that a script asks for a column by name and a curated one says so.

The `summit` column names every record's summit, so a folder's rows leave out the `Summit`
column other formats lead them with (`views.SUMMIT`): one column, one name, for pandas."""

import csv
from collections.abc import Sequence
from typing import TypeVar

from ..output import Output
from ..views import HIT_LABELS, SUMMIT, Header, View
from . import one_header, with_parts
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
    note_curation(rows, output)  # a row's own (a guessed speaker) no header can say
    columns, cells = one_header(
        [list(zip(_unplaced(v.headers, v), _unplaced(v.values, v), strict=True)) for v in rows]
    )
    writer.writerow(["type", "summit", *columns, *(HIT_LABELS if hits else [])])
    for view, row in zip(rows, cells, strict=True):
        found = [f"{view.score:.4f}", view.found_in] if view.score is not None else ["", ""]
        writer.writerow([view.type, view.summit, *row, *(found if hits else [])])


def _unplaced(cells: Sequence[T], view: View | None = None) -> Sequence[T]:
    """A header's labels, or with `view` its row's values or fields, without the leading
    `Summit`."""
    placed = (view.labels if view else cells)[:1] == (SUMMIT.label,)
    return cells[1:] if placed else cells
