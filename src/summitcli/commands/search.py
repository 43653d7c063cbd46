"""`summit search`: keyword search with filters."""

from enum import StrEnum
from typing import Annotated

import typer

from .. import views
from ..search import filters_given, parse_query
from . import command
from .shared import (
    FormatOption,
    JsonlOption,
    JsonOption,
    SpeakerOption,
    TopicOption,
    WholeNumber,
    call_of,
    emit,
    examples,
    index_of,
    is_corpus,
    no_results,
    output_format,
    summits_of,
)


class RecordType(StrEnum):
    """An enum, unlike the other choices (Literal types): Typer 0.28 takes no list of Literal
    values, and `--type` may be repeated."""

    document_title = "title"
    preamble = "preamble"
    section = "section"
    clause = "clause"
    statement = "statement"
    narration = "narration"


@command(
    "search",
    short_help="Search every passage by keyword, best match first.",
    epilog=examples(
        "summit search hydrogen",
        "summit search low birth rates             # all three words, anywhere",
        "summit search 'low birth rates'           # the phrase",
        "summit search abduction --exact           # not 'abductions'",
        "summit search AI --type clause --json",
        "summit search cooperation --speaker Ishiba --limit 3",
        "summit search --topic north-korea         # every passage with the topic",
        "summit search --type preamble",
    ),
)
def search_command(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None,
        typer.Argument(
            help=(
                "Words (all must match; --any for one), or a quoted phrase. With a filter and no "
                "words: every passage the filter keeps, by type (title, preamble, section, "
                "clause, statement, narration), each in document order."
            ),
            metavar="QUERY...",
            show_default=False,
        ),
    ] = None,
    record_types: Annotated[
        list[RecordType] | None,
        typer.Option(
            "--type",
            help="Only this type of record: title, preamble, section, clause, statement or "
            "narration; repeat for any of several.",
            metavar="TYPE",
            case_sensitive=False,
        ),
    ] = None,
    section: Annotated[
        int | None,
        typer.Option(
            "--section",
            help="Only clauses of this section.",
            click_type=WholeNumber(min=1),
            metavar="N",
        ),
    ] = None,
    speaker: SpeakerOption = None,
    topic: TopicOption = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", "-n", help="At most N hits.", click_type=WholeNumber(min=1), metavar="N"
        ),
    ] = None,
    match_any: Annotated[bool, typer.Option("--any", help="Match any term, not all.")] = False,
    exact: Annotated[
        bool, typer.Option("--exact", help="Match words exactly, without inflections.")
    ] = False,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """Search every passage of the source by keyword, best match first: the release (title,
    preamble, sections, clauses) and the article (statements, narration)."""
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    kinds = [kind.value for kind in dict.fromkeys(record_types or [])]
    if section is not None and kinds and "clause" not in kinds:  # or it finds nothing, unsaid why
        whole = f", or summit show {section} for the section itself" if "section" in kinds else ""
        raise typer.BadParameter(
            f"--section keeps only clauses, which --type {' --type '.join(kinds)} leaves out; "
            f"drop --section{whole}"
        )
    filtered = filters_given(kinds, section, speaker, topic)
    terms = parse_query(query or []) if query or not filtered else []
    asked = (terms, kinds, section, speaker, topic)
    from .. import served

    index = index_of(ctx)
    found = None
    if index is not None:
        found = served.from_index(
            index, *asked, limit=limit, match_any=match_any, exact=exact, query=query or []
        )
    if found is None:  # no index, or --exact words, which it cannot count
        found = served.from_files(
            index.summits() if index is not None else summits_of(ctx),
            *asked,
            limit=limit,
            match_any=match_any,
            exact=exact,
            query=query or [],
            qualify=is_corpus(ctx),
        )
    if isinstance(found, str):
        no_results(ctx, found, chosen, views.hit if terms else views.passage)
    records_or_hits, title, note = found
    if note:  # the hits stand, but a word of the query found nothing
        print(f"summit: {note}", file=call_of(ctx).output.errors)
    emit(ctx, records_or_hits, views.found, chosen, title=title, tagged=topic)
