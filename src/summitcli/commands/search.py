"""`summit search`: keyword search with filters."""

from enum import StrEnum
from typing import Annotated

import typer

from ..search import describe_terms, parse_query, search
from .shared import (
    FormatOption,
    JsonlOption,
    JsonOption,
    OutputFormat,
    SpeakerOption,
    TopicOption,
    emit,
    examples,
    no_results,
    output_format,
    summits_of,
)

commands = typer.Typer()


class RecordType(StrEnum):
    document_title = "title"
    preamble = "preamble"
    section = "section"
    clause = "clause"
    statement = "statement"
    narration = "narration"


@commands.command(
    "search",
    epilog=examples(
        "summit search hydrogen",
        "summit search low birth rates             # all three words, anywhere",
        "summit search 'low birth rates'           # the phrase",
        "summit search abduction --exact           # not 'abductions'",
        "summit search AI --type clause --json",
        "summit search cooperation --speaker Ishiba --limit 3",
    ),
)
def search_command(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            help="Words (all must match; --any for one), or a quoted phrase.", show_default=False
        ),
    ],
    record_type: Annotated[
        RecordType | None,
        typer.Option("--type", help="Only this type of record.", case_sensitive=False),
    ] = None,
    section: Annotated[
        int | None, typer.Option("--section", help="Only clauses of this section.", min=1)
    ] = None,
    speaker: SpeakerOption = None,
    topic: TopicOption = None,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help="At most N hits.", min=1)
    ] = None,
    match_any: Annotated[bool, typer.Option("--any", help="Match any term, not all.")] = False,
    exact: Annotated[
        bool, typer.Option("--exact", help="Match words exactly, without inflections.")
    ] = False,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """Search every passage of the source by keyword, best match first: the release (title,
    preamble, sections, clauses) and the article (statements, narration)."""
    output = output_format(as_json, as_jsonl, fmt)
    terms = parse_query(query)
    summits = summits_of(ctx)
    keep = None
    if record_type or section is not None or speaker or topic:
        from .. import lookup  # only filters need it

        keep = lookup.record_filter(
            record_type=record_type.value if record_type else None,
            section=lookup.check_section(summits, section) if section is not None else None,
            people=lookup.find_people(summits, speaker) if speaker else None,
            topics=lookup.check_topics(summits, topic or []),
        )
    records = [record for summit in summits for record in summit.searchable]
    hits = search(records, terms, match_any=match_any, exact=exact, keep=keep)[:limit]
    if not hits:
        no_results(
            f"results for {' '.join(describe_terms(terms)) or repr(' '.join(query))}", output
        )
    emit(summits, hits, output, title=f"Search: {' '.join(query)}")
