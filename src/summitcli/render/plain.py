"""Plain text for pipes: one tab-separated line per record (so `cut -f4` of a passage is its
text), or a paragraph of `LABEL<TAB>VALUE` lines for a record of facts (`summit info`)."""

from collections.abc import Sequence

from ..output import Output
from ..views import View
from . import with_parts


def write(views: Sequence[View], output: Output, **_: object) -> None:
    rows = list(with_parts(views))
    for number, view in enumerate(rows):
        if view.pairs:  # a paragraph each, for `awk -v RS=`
            output.stream.write("\n" if number else "")
            output.stream.writelines(f"{f.label}\t{f.value}\n" for f in view.fields)
        else:
            output.stream.write((view.line or "\t".join(view.values)) + "\n")
    note_curation(rows, output)


def note_curation(views: Sequence[View], output: Output) -> None:
    """Say once, on stderr, what rows without a header show that the curators wrote, and which
    hits only the curators' keywords or notes found: stdout keeps its columns for `cut`."""
    for note in filter(None, dict.fromkeys(view.note for view in views)):
        output.note(note)
    curation_only = [view.fields[0].value for view in views if view.curation_only]
    if curation_only:
        output.note(f"{', '.join(curation_only)}: {CURATION_ONLY}")


CURATION_ONLY = "found only through the curators' keywords or notes, not in the text"
