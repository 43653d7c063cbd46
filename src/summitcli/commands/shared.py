"""What the commands share: their common options, completion, and the way to hand records out.

The annotations here, in `cli.py` and in the command modules are objects, not strings (no
`from __future__ import annotations`): Typer reads them on every call and would `eval` strings.
"""

import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from .. import loader, render
from ..errors import EXIT_NO_RESULTS, DataError
from ..model import Item, Summit


class OutputFormat(StrEnum):
    auto = "auto"
    rich = "rich"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    csv = "csv"


def _completion_summits(ctx: typer.Context) -> list[Summit]:
    """The summits of the command line being completed (its --data or SUMMIT_DATA)."""
    data = ctx.find_root().params.get("data")
    try:
        return loader.load(Path(data) if data else None)
    except DataError:
        return []


def _offered(values: list[str], incomplete: str) -> list[str]:
    """The values that start with what was typed, each once (the shell script quotes them)."""
    return [v for v in dict.fromkeys(values) if v.lower().startswith(incomplete.lower())]


def complete_ref(ctx: typer.Context, incomplete: str) -> list[str]:
    from ..refs import records_by_ref

    refs = [ref for summit in _completion_summits(ctx) for ref in records_by_ref(summit)]
    return _offered(refs, incomplete)


def complete_speaker(ctx: typer.Context, incomplete: str) -> list[str]:
    people = [p for summit in _completion_summits(ctx) for p in summit.people]
    return _offered([name for p in people for name in (p.name, *p.aliases)], incomplete)


def complete_topic(ctx: typer.Context, incomplete: str) -> list[str]:
    return _offered(
        [t.name for summit in _completion_summits(ctx) for t in summit.topics], incomplete
    )


JsonOption = Annotated[
    bool, typer.Option("--json", help="Print a JSON array (UTF-8); short for --format json.")
]
JsonlOption = Annotated[
    bool, typer.Option("--jsonl", help="Print one JSON record per line; short for --format jsonl.")
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="auto: Rich on a terminal, tab-separated text when piped; or rich, plain, json, "
        "jsonl, markdown, csv.",
        case_sensitive=False,
    ),
]
SpeakerOption = Annotated[
    list[str] | None,
    typer.Option(
        "--speaker",
        "-s",
        help=(
            "Name, surname, alias or Hangul/kanji name (Ishiba, 石破, President Lee, "
            "Ishiba Shigeru); repeat for any of several people."
        ),
        autocompletion=complete_speaker,
    ),
]
TopicOption = Annotated[
    list[str] | None,
    typer.Option(
        "--topic",
        "-t",
        help="A curated topic (see 'summit topics'); repeat for any of several.",
        autocompletion=complete_topic,
    ),
]


def examples(*lines: str) -> str:
    """A help epilog listing example command lines, one per line."""
    return "Examples:\n\n" + "\n\n".join(f"  $ {line}" for line in lines)


def summits_of(ctx: typer.Context) -> list[Summit]:
    """The summits of `--data` (or SUMMIT_DATA, or the bundled file), read once per call."""
    summits: list[Summit] = loader.load(ctx.find_root().obj)
    for summit in summits:
        if summit.curation.review:
            open_items = len(summit.curation.review)
            print(
                f"summit: note: {summit.path} is an unreviewed draft ({open_items} open review "
                "items; 'summit validate' lists them)",
                file=sys.stderr,
            )
    return summits


def output_format(as_json: bool, as_jsonl: bool, chosen: OutputFormat) -> str:
    """The one format asked for; two different ones are a usage error, never a silent choice."""
    asked = {"json"} if as_json else set()
    asked |= {"jsonl"} if as_jsonl else set()
    asked |= {chosen.value} if chosen is not OutputFormat.auto else set()
    if len(asked) > 1:
        names = " and ".join(f"'{name}'" for name in sorted(asked))
        raise typer.BadParameter(f"choose one output format, not {names}")
    return render.choose_format(asked.pop() if asked else "auto", sys.stdout)


def emit(summits: list[Summit], items: Sequence[Item], fmt: str, **options: Any) -> None:
    """Render the records; from a corpus of several summits, plain-text refs name their summit."""
    render.render(items, fmt, qualify=len(summits) > 1, **options)


def no_results(message: str, fmt: str) -> NoReturn:
    """Exit 1, saying why on stderr; `--json` still gets its (empty) array."""
    if fmt == "json":
        render.write_json([])
    print(f"summit: {message}", file=sys.stderr)
    raise typer.Exit(EXIT_NO_RESULTS)
