"""Commands that print passages whole: show and cite (by ref), and read (all, in order)."""

from typing import Annotated, Literal

import typer

from .. import views
from ..model import Citable, Part
from ..refs import records_once
from ..text import shortened
from . import command
from .shared import (
    Format,
    FormatOption,
    JsonlOption,
    JsonOption,
    call_of,
    complete_ref,
    emit,
    examples,
    note_framing_left_out,
    note_refs_of_several_summits,
    output_format,
    source_of,
    summits_of,
)


@command(
    "show",
    short_help="Show records by ref, in the order asked.",
    epilog=examples("summit show 2.1", "summit show '2(1)' S3 O2", "summit show 4 --json"),
)
def show_command(
    ctx: typer.Context,
    refs: Annotated[
        list[str],
        typer.Argument(
            help=(
                "Refs: title T, preamble P1, section 2, clause 2.1 or 2(1), statement S3, "
                "narration N1, outcome O2; in a --data folder of several summits, "
                "SUMMIT-ID:REF for one summit's (summit info lists the ids)."
            ),
            metavar="REF...",
            autocompletion=complete_ref,
            show_default=False,
        ),
    ],
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """Show records by ref, in the order asked (a section with its clauses)."""
    records = source_of(ctx).find_records(refs)
    note_refs_of_several_summits(ctx, refs, records)
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    emit(ctx, records, views.record, chosen, whole=True)
    note_framing_left_out(ctx, records, chosen)


@command(
    "cite",
    short_help="A citation of each record, or a reference manager's entry.",
    epilog=examples(
        "summit cite 3.1", "summit cite S4 --quote", "summit cite S4 --format markdown"
    ),
)
def cite_command(
    ctx: typer.Context,
    refs: Annotated[
        list[str],
        typer.Argument(
            help="Refs to cite (as for 'summit show').",
            metavar="REF...",
            autocompletion=complete_ref,
        ),
    ],
    quote: Annotated[
        bool, typer.Option("--quote", "-q", help="Put the verbatim text before the citation.")
    ] = False,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: Annotated[
        Literal[Format, "bibtex", "csl-json", "ris"],
        typer.Option(
            "--format",
            "-f",
            help="As for every command, or bibtex, csl-json, ris for a reference manager.",
            metavar="FORMAT",
            case_sensitive=False,
        ),
    ] = "auto",
) -> None:
    """A ready-to-paste citation of each record: document, place in it, summit, date, the
    source file (machine-translated, where its description says so), ref; or entries for a
    reference manager."""
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    summits = summits_of(ctx)
    by_id = {summit.id: summit for summit in summits}

    def citation(record: Citable, options: views.Options) -> views.View:
        return views.citation(record, by_id[record.summit], options, quote)

    records, repeated = records_once(summits, refs)
    note_refs_of_several_summits(ctx, refs, records)
    for asked in repeated:
        again = f"{shortened(asked)} is cited once: it names a record already asked for"
        call_of(ctx).output.note(again)
    emit(ctx, records, citation, chosen)


@command(
    "read",
    short_help="The whole source in its order, with refs.",
    epilog=examples(
        "summit read",
        "summit read release",
        "summit read --format markdown > summit.md",
        "summit read --json | jq -r '.[] | [.ref, .text // .title] | @tsv'",
    ),
)
def read(
    ctx: typer.Context,
    part: Annotated[
        Part | None,
        typer.Argument(
            help="release or article: only that part.",
            metavar="PART",
            show_default=False,
            case_sensitive=False,
        ),
    ] = None,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """The whole source in its order, with refs: every sentence once, speech and the article's
    own words each labelled."""
    summits = summits_of(ctx)
    passages = [
        passage
        for summit in summits
        for passage in summit.in_source_order
        if part is None or passage.provenance.part == part
    ]
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    emit(ctx, passages, views.passage, chosen, title="The source, in order")
    note_framing_left_out(ctx, passages, chosen)
