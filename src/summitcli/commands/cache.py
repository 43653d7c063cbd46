"""`summit cache`: show or remove the indexes summit keeps of `--data` corpora."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import command
from .shared import call_of, examples


class Action(StrEnum):
    info = "info"
    clear = "clear"


@command(
    "cache",
    epilog=examples(
        "summit cache info",
        "summit cache info --json | jq '.caches | length'",
        "summit cache clear --stale     # those no call will use again",
        "summit cache clear",
    ),
)
def cache_command(
    ctx: typer.Context,
    action: Annotated[
        Action,
        typer.Argument(
            help="info: list the caches; clear: remove them.",
            metavar="ACTION",
            case_sensitive=False,
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON object (UTF-8), for scripts.")
    ] = False,
    stale: Annotated[
        bool,
        typer.Option(
            "--stale",
            help="clear: only the caches no call will use again (their corpus gone, or made by "
            "another index format, summit or stemmer).",
        ),
    ] = False,
) -> None:
    """The persistent indexes of --data corpora, kept in the user's cache directory
    (XDG_CACHE_HOME/summit or ~/.cache/summit); each is rebuilt from the files when needed."""
    from .. import cache, render

    output = call_of(ctx).output
    folder = str(cache.directory())
    if action is Action.clear:
        removed = [str(path) for path in cache.clear(stale_only=stale)]
        if as_json:
            render.write_json({"directory": folder, "removed": removed}, output)
            return
        files = "file" if len(removed) == 1 else "files"
        render.write_lines([f"removed {len(removed)} cache {files} from {folder}"], output)
        return
    described = [cache.describe(path) for path in cache.caches()]
    if as_json:
        render.write_json({"directory": folder, "caches": described}, output)
        return
    caches = "cache" if len(described) == 1 else "caches"
    lines = [f"cache directory: {folder} ({len(described)} {caches})"]
    for found in described:
        shown = {key: value for key, value in found.items() if key not in ("cache", "stale")}
        details = ", ".join(f"{key} {value}" for key, value in shown.items())
        why = f" (stale: {found['stale']})" if found["stale"] else ""
        lines.append(f"{Path(str(found['cache'])).name}: {details}{why}")
    render.write_lines(lines, output)
