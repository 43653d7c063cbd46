"""Commands that list what a summit holds: info, sections, speakers, outcomes, timeline, topics."""

from collections.abc import Sequence
from typing import Annotated

import typer

from .. import views
from ..model import Citable, Event, Outcome
from ..render import render
from . import command
from .shared import (
    FormatOption,
    JsonlOption,
    JsonOption,
    TopicOption,
    call_of,
    emit,
    examples,
    is_corpus,
    output_format,
    source_of,
    summits_of,
)


@command(
    "info",
    short_help="The summit at a glance: date, place, people, counts.",
    epilog=examples("summit info", "summit info --json | jq .counts"),
)
def info(
    ctx: typer.Context,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print JSON (UTF-8): an object for one summit file, an array for a folder; "
            "short for --format json.",
        ),
    ] = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """The summit at a glance: date, place, participants, meetings, the document, counts."""
    summits = summits_of(ctx)
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    shown = [views.summit(summit) for summit in summits]
    render(shown, chosen, call_of(ctx).output, one=not is_corpus(ctx))


@command(
    "sections",
    short_help="The joint document's numbered sections and their clauses.",
    epilog=examples("summit sections", "summit sections --clauses", "summit sections --json"),
)
def sections(
    ctx: typer.Context,
    clauses: Annotated[
        bool, typer.Option("--clauses", "-c", help="Print each clause's text too.")
    ] = False,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """The numbered sections of the joint press release, with their clause counts."""
    found = source_of(ctx).sections()
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    title = "Joint press release: sections"
    empty = "no sections: the joint document has no numbered sections"
    emit(ctx, found, views.listing, chosen, whole=clauses, title=title, empty=empty)


@command(
    "speakers",
    short_help="The people the source names: role, country, statements.",
    epilog=examples("summit speakers", "summit speakers --json | jq '.[].name'"),
)
def speakers(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """The people the source names, with role, country, aliases and how many statements each
    made."""
    summits = summits_of(ctx)
    people = [person for summit in summits for person in summit.people]
    emit(
        ctx,
        people,
        views.person,
        output_format(ctx, as_json, as_jsonl, fmt),
        title="People",
    )


@command(
    "outcomes",
    short_help="The concrete outcomes, what signs each, what echoes it.",
    epilog=examples(
        "summit outcomes",
        "summit outcomes --topic exchanges --json",
        "summit outcomes --expand          # each with the text of what signs and echoes it",
        "summit outcomes -x --json | jq -c '.[] | [.ref, .records[].ref]'",
    ),
)
def outcomes(
    ctx: typer.Context,
    topic: TopicOption = None,
    expand: Annotated[
        bool,
        typer.Option(
            "--expand", "-x", help="Follow each outcome with the verbatim text of its refs."
        ),
    ] = False,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """The concrete outcomes: curated summaries true to the signed text, what signs each, the
    statements that echo it, and what they add that the release does not sign."""
    source = source_of(ctx)
    found = source.outcomes(source.topic_names(topic or []))
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    tagged = f" tagged {', '.join(topic)}" if topic else ": the curators have recorded none"
    if not expand:
        emit(
            ctx,
            found,
            views.outcome,
            chosen,
            title="Outcomes",
            empty=f"no outcomes{tagged}",
        )
        return
    behind: list[tuple[Outcome, Sequence[Citable]]] = [
        (outcome, source.find_records([f"{outcome.summit}:{ref}" for ref in outcome.refs]))
        for outcome in found
    ]
    emit(
        ctx,
        behind,
        views.expanded,
        chosen,
        whole=True,
        title="Outcomes",
        empty=f"no outcomes{tagged}",
    )


@command(
    "timeline",
    short_help="The dated events the source mentions, oldest first.",
    epilog=examples("summit timeline", "summit timeline --json | jq -r '.[].date'"),
)
def timeline(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """The dated events the source mentions, oldest first (dates as precise as the source;
    a date the source does not state is the curators' inference, marked so, with its basis)."""
    events: list[Event] = sorted(source_of(ctx).timeline(), key=lambda event: event.date)
    emit(
        ctx,
        events,
        views.event,
        output_format(ctx, as_json, as_jsonl, fmt),
        title="Timeline",
        empty="no dated events: the curators have recorded none",
    )


@command(
    "topics",
    short_help="The curated topic tags and how many records carry each.",
    epilog=examples("summit topics", "summit search cooperation --topic north-korea"),
)
def topics(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """The curated topic tags, with how many records carry each: passages, which 'summit
    search --topic' lists, and outcomes, which 'summit outcomes --topic' lists."""
    emit(
        ctx,
        source_of(ctx).topics(),
        views.topic,
        output_format(ctx, as_json, as_jsonl, fmt),
        title="Topics",
        empty="no topics: the curators have tagged nothing",
    )
