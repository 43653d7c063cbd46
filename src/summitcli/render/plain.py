"""Plain text for pipes: one tab-separated line per record (so `cut -f4` of a passage is its
text), or a paragraph of `LABEL<TAB>VALUE` lines for a record of facts (`summit info`)."""

from collections.abc import Sequence
from typing import NamedTuple

from ..output import Output
from ..views import View
from . import with_parts


def write(views: Sequence[View], output: Output, **_: object) -> None:
    rows = list(with_parts(views))
    for number, view in enumerate(rows):
        if view.pairs:  # a paragraph each, for `awk -v RS=`
            output.stream.write("\n" if number else "")
            output.stream.writelines(f"{f.label}\t{one_cell(f.value)}\n" for f in view.fields)
        else:
            output.stream.write((view.line or "\t".join(map(one_cell, view.values))) + "\n")
    note_curation(rows, output)


CELL_BREAKS = str.maketrans({"\t": "\\t", "\n": "\\n", "\r": "\\r"})


def one_cell(value: str) -> str:
    """The value with its tabs and line breaks written as escapes (a folder named `a<LF>b`
    reads `a\\nb`): `cut` and `awk` split on them, so one would end a row or a field early.
    JSON keeps the value whole."""
    return value.translate(CELL_BREAKS)


def note_curation(views: Sequence[View], output: Output) -> None:
    """Say once, on stderr, what rows without a header show that the curators wrote, and which
    hits the curators' keywords or notes found, wholly or partly: stdout keeps its columns for
    `cut`."""
    for note in dict.fromkeys(note for view in views for note in view.notes):
        output.note(note)
    for refs, found in through_curation(views):
        output.note(f"{refs}: {found}")
    guesses = [view.guess for view in views if view.guess]
    for guess in guesses[:GUESSES_NAMED]:
        output.note(guess)
    if len(guesses) > GUESSES_NAMED:
        more = len(guesses) - GUESSES_NAMED
        output.note(
            f"and {more} more rows whose speakers an unreviewed draft guessed, each marked in its "
            "row ('--json' gives every row's reason as 'unreviewed')"
        )


GUESSES_NAMED = 10
"""How many guessed rows stderr names before it counts the rest."""


class Found(NamedTuple):
    """How a hit found through curation says so: a short mark beside its score where the
    format has one (Rich), and a sentence under the rows or beside the quote."""

    mark: str
    note: str


THROUGH_CURATION = {
    "curation": Found(
        "curation", "found only through the curators' keywords or notes, not in the text"
    ),
    "text and curation": Found(
        "partly curation",
        "found partly through the curators' keywords or notes: the text alone does not hold "
        "every word asked",
    ),
}
"""Every format's words for a hit found through curation, by its `found_in`."""


def through_curation(views: Sequence[View]) -> list[tuple[str, str]]:
    """(the refs, what they say) of the hits found wholly or partly through curation, each
    kind once: every format says it under the rows it cannot mark."""
    said = []
    for found_in, found in THROUGH_CURATION.items():
        refs = [view.fields[0].value for view in views if view.found_in == found_in]
        if refs:
            said.append((", ".join(refs), found.note))
    return said
