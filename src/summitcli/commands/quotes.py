"""`summit quotes`: who said what."""

from enum import StrEnum
from typing import Annotated

import typer

from .. import lookup
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


class StatementKind(StrEnum):
    direct = "direct"
    reported = "reported"


@commands.command(
    "quotes",
    epilog=examples(
        "summit quotes --speaker Ishiba", "summit quotes -s 이재명 --kind direct --json"
    ),
)
def quotes(
    ctx: typer.Context,
    speaker: SpeakerOption = None,
    kind: Annotated[
        StatementKind | None,
        typer.Option("--kind", "-k", help="direct quotation or reported (indirect) speech."),
    ] = None,
    topic: TopicOption = None,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """Who said what: the article's statements, quoted and reported, in article order."""
    output = output_format(as_json, as_jsonl, fmt)
    summits = summits_of(ctx)
    keep = lookup.record_filter(
        people=lookup.find_people(summits, speaker) if speaker is not None else None,
        kind=kind.value if kind else None,
        topic=lookup.check_topic(summits, topic) if topic is not None else None,
    )
    found = lookup.statements(summits, keep)
    if not found:
        no_results("statements match", output)
    emit(summits, found, output, title="Who said what")
