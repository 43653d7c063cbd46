"""`summit validate`: check summit files and list every problem."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import loader, render
from ..errors import EMPTY_PATH, EXIT_USAGE
from . import command
from .shared import call_of, examples


@command("validate", epilog=examples("summit validate", "summit validate my-summit.json"))
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Summit files or directories (default: --data, or the bundled file).",
            show_default=False,
            metavar="PATH...",
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print the problems as a JSON array (UTF-8): file, path, message."
        ),
    ] = False,
) -> None:
    """Check summit files against the JSON Schema and the loader's cross-reference checks."""
    from ..validate import validate_path

    if "" in (paths or []):  # taken as text: Click would make '' the current directory
        raise typer.BadParameter(EMPTY_PATH, param_hint="'PATH'")
    call = call_of(ctx)
    targets = [Path(path) for path in paths] if paths else [call.data or loader.bundled_data_path()]
    problems = [problem for target in targets for problem in validate_path(target)]
    if as_json:
        render.write_json(
            [{"file": f, "path": p, "message": m} for f, p, m in problems], call.output
        )
    else:
        lines = [
            f"{file}: {where}: {message}" if where else f"{file}: {message}"
            for file, where, message in problems
        ]
        render.write_lines(lines or [f"OK {target}" for target in targets], call.output)
    if problems:
        count = len(problems)
        print(f"summit: {count} problem{'' if count == 1 else 's'} found", file=sys.stderr)
        raise typer.Exit(EXIT_USAGE)
