"""RFC 4180 CSV with a header row: each record's type and summit, then its fields (a hit adds
its score and where it was found). Records of several shapes share generic field names.

The `summit` column names every record's summit, so a folder's rows leave out the `Summit`
column other formats lead them with (`views.SUMMIT`): one column, one name, for pandas."""

import csv
from collections.abc import Sequence

from ..output import Output
from ..views import HIT_LABELS, SUMMIT, Header, View
from . import with_parts
from .plain import note_curation


def write(
    views: Sequence[View], output: Output, *, header: Header | None = None, **_: object
) -> None:
    """No views is the `header` alone, as a table of no rows."""
    rows = list(with_parts(views))
    writer = csv.writer(output.stream, lineterminator="\r\n")
    if not rows:
        writer.writerow(["type", "summit", *_unplaced(header.labels if header else ())])
        return
    if rows and all(view.pairs for view in rows):
        writer.writerow(["type", "summit", "Label", "Value"])
        writer.writerows([v.type, v.summit, f.label, f.value] for v in rows for f in v.fields)
        return
    hits = any(view.score is not None for view in rows)
    cells = [
        [view.type, view.summit, *_unplaced(view.values, view)]
        + ([f"{view.score:.4f}", "curation" if view.curation_only else "text"] if hits else [])
        for view in rows
    ]
    width = max(map(len, cells), default=2)
    shapes = {view.headers for view in rows}
    if len(shapes) == 1:
        labels = ["type", "summit", *_unplaced(shapes.pop()), *(HIT_LABELS if hits else [])]
    else:
        labels = ["type", "summit", *(f"field{i}" for i in range(1, width - 1))]
    note_curation(rows, output)  # a row's own (a guessed speaker) no header can say
    writer.writerow(labels)
    writer.writerows(row + [""] * (len(labels) - len(row)) for row in cells)


def _unplaced(cells: Sequence[str], view: View | None = None) -> Sequence[str]:
    """A header's labels, or with `view` its row's values, without the leading `Summit`."""
    placed = (view.labels if view else cells)[:1] == (SUMMIT.label,)
    return cells[1:] if placed else cells
