"""`summit search`: keyword search with filters."""

from enum import StrEnum
from typing import Annotated

import typer

from .. import views
from ..search import (
    Spellings,
    filters_given,
    framing_only,
    listing_title,
    nothing_found,
    nothing_listed,
    parse_query,
    search,
    search_title,
    spellings,
)
from . import command
from .shared import (
    FormatOption,
    JsonlOption,
    JsonOption,
    OutputFormat,
    SpeakerOption,
    TopicOption,
    emit,
    examples,
    index_of,
    is_corpus,
    no_results,
    output_format,
    summits_of,
)


class RecordType(StrEnum):
    document_title = "title"
    preamble = "preamble"
    section = "section"
    clause = "clause"
    statement = "statement"
    narration = "narration"


@command(
    "search",
    epilog=examples(
        "summit search hydrogen",
        "summit search low birth rates             # all three words, anywhere",
        "summit search 'low birth rates'           # the phrase",
        "summit search abduction --exact           # not 'abductions'",
        "summit search AI --type clause --json",
        "summit search cooperation --speaker Ishiba --limit 3",
        "summit search --topic north-korea             # every passage with the topic",
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
                "words: every passage the filter keeps, in document order (the release's, "
                "then the article's)."
            ),
            metavar="QUERY...",
            show_default=False,
        ),
    ] = None,
    record_type: Annotated[
        RecordType | None,
        typer.Option(
            "--type",
            help="Only this type of record: title, preamble, section, clause, statement or "
            "narration.",
            metavar="TYPE",
            case_sensitive=False,
        ),
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
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    filtered = filters_given(record_type, section, speaker, topic)
    terms = parse_query(query or []) if query or not filtered else []
    index = index_of(ctx)
    if index is not None:
        from .. import served

        found = served.search(
            index,
            terms,
            record_type.value if record_type else None,
            section,
            speaker,
            topic,
            limit=limit,
            match_any=match_any,
            exact=exact,
            query=query or [],
        )
        if isinstance(found, str):
            no_results(ctx, found, chosen, views.hit if terms else views.passage)
        if found is not None:
            records_or_hits, title = found
            emit(ctx, records_or_hits, views.found, chosen, title=title)
            return
    summits = index.summits() if index is not None else summits_of(ctx)
    records = [record for summit in summits for record in summit.searchable]
    keep = None
    if filtered:
        from ..loaded import Loaded
        from ..lookup import search_filter  # only filters need it

        keep = search_filter(
            Loaded(summits), record_type.value if record_type else None, section, speaker, topic
        )
    filters = str(keep) if keep is not None else ""
    if not terms:
        listed = [record for record in records if keep is None or keep(record)][:limit]
        if not listed:
            no_results(ctx, nothing_listed(filters), chosen, views.passage)
        title = listing_title(filters)
        emit(ctx, listed, views.passage, chosen, title=title)
        return
    hits = search(records, terms, match_any=match_any, exact=exact, keep=keep)[:limit]
    if not hits:
        unfiltered = len(search(records, terms, match_any=match_any, exact=exact)) if keep else 0
        qualify = is_corpus(ctx)
        message = nothing_found(
            lambda: Spellings(spellings(records), exact),
            terms,
            query or [],
            exact=exact,
            match_any=match_any,
            unfiltered=unfiltered,
            filters=filters,
            count=lambda apart: len(search(records, apart, match_any=match_any, exact=exact)),
            framed=lambda: [
                views.cited(r.summit, r.ref, qualify)
                for r in framing_only(records, terms, match_any=match_any, exact=exact)
            ],
        )
        no_results(ctx, message, chosen, views.hit)
    emit(ctx, hits, views.hit, chosen, title=search_title(query))
