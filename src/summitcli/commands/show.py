"""Commands that take refs: show and cite."""

from typing import Annotated

import typer

from .. import render
from ..refs import cite, find_records
from .shared import (
    FormatOption,
    JsonlOption,
    JsonOption,
    OutputFormat,
    complete_ref,
    emit,
    examples,
    output_format,
    summits_of,
)

commands = typer.Typer()


@commands.command(
    "show", epilog=examples("summit show 2.1", "summit show '2(1)' S3 O2", "summit show 4 --json")
)
def show_command(
    ctx: typer.Context,
    refs: Annotated[
        list[str],
        typer.Argument(
            help="Refs: section 2, clause 2.1 or 2(1), preamble P1, statement S3, outcome O2.",
            autocompletion=complete_ref,
            show_default=False,
        ),
    ],
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """Show records by ref, in the order asked."""
    summits = summits_of(ctx)
    records = find_records(summits, refs)
    emit(summits, records, output_format(as_json, as_jsonl, fmt), detail=True)


@commands.command("cite", epilog=examples("summit cite 3.1", "summit cite S4 --format markdown"))
def cite_command(
    ctx: typer.Context,
    refs: Annotated[
        list[str],
        typer.Argument(help="Refs to cite (as for 'summit show').", autocompletion=complete_ref),
    ],
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """A ready-to-paste citation of each record: document, place in it, summit, date, ref."""
    summits = summits_of(ctx)
    citations = [cite(summits, record) for record in find_records(summits, refs)]
    render.render(citations, output_format(as_json, as_jsonl, fmt))
