"""Commands that list what a summit holds: info, sections, speakers, outcomes, timeline, topics."""

from typing import Annotated

import typer

from .. import render
from ..model import Item
from .shared import (
    FormatOption,
    JsonlOption,
    JsonOption,
    OutputFormat,
    TopicOption,
    emit,
    examples,
    output_format,
    summits_of,
)

commands = typer.Typer()


@commands.command("info", epilog=examples("summit info", "summit info --json | jq .counts"))
def info(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The summit at a glance: date, place, participants, meetings, the document, counts."""
    render.render_summits(summits_of(ctx), output_format(as_json, as_jsonl, fmt))


@commands.command(
    "sections",
    epilog=examples("summit sections", "summit sections --clauses", "summit sections --json"),
)
def sections(
    ctx: typer.Context,
    clauses: Annotated[
        bool, typer.Option("--clauses", "-c", help="Print each clause's text too.")
    ] = False,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The numbered sections of the joint press release, with their clause counts."""
    summits = summits_of(ctx)
    items = [section for summit in summits for section in summit.sections]
    emit(
        summits,
        items,
        output_format(as_json, as_jsonl, fmt),
        with_clauses=clauses,
        title="Joint press release: sections",
    )


@commands.command(
    "speakers", epilog=examples("summit speakers", "summit speakers --json | jq '.[].name'")
)
def speakers(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The people the source names, with role, aliases and how many statements each made."""
    summits = summits_of(ctx)
    people = [person for summit in summits for person in summit.people]
    emit(summits, people, output_format(as_json, as_jsonl, fmt), title="People")


@commands.command(
    "outcomes",
    epilog=examples(
        "summit outcomes",
        "summit outcomes --topic exchanges --json",
        "summit outcomes --expand          # each with the text of what signs and echoes it",
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
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The concrete outcomes: curated summaries true to the signed text, what signs each, the
    statements that echo it, and what they add that the release does not sign."""
    summits = summits_of(ctx)
    from ..lookup import check_topics

    wanted = set(check_topics(summits, topic or []))
    found = [o for s in summits for o in s.outcomes if not wanted or wanted & set(o.topics)]
    items: list[Item] = list(found)
    if expand:
        from ..refs import find_records

        items = []
        for outcome in found:
            items += [
                outcome,
                *find_records(summits, [f"{outcome.summit}:{r}" for r in outcome.refs]),
            ]
    output = output_format(as_json, as_jsonl, fmt)
    emit(summits, items, output, title="Outcomes", detail=expand, with_clauses=expand)


@commands.command(
    "timeline", epilog=examples("summit timeline", "summit timeline --json | jq -r '.[].date'")
)
def timeline(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The dated events the source mentions, oldest first (dates as precise as the source)."""
    summits = summits_of(ctx)
    events = sorted((e for s in summits for e in s.timeline), key=lambda event: event.date)
    emit(summits, events, output_format(as_json, as_jsonl, fmt), title="Timeline")


@commands.command(
    "topics", epilog=examples("summit topics", "summit search cooperation --topic north-korea")
)
def topics(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The curated topic tags, with how many records carry each."""
    summits = summits_of(ctx)
    found = [topic for summit in summits for topic in summit.topics]
    emit(summits, found, output_format(as_json, as_jsonl, fmt), title="Topics")
