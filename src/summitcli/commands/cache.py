"""`summit cache`: show or remove the indexes summit keeps of `--data` corpora."""

from enum import StrEnum
from typing import Annotated

import typer

from . import command
from .shared import call_of, examples


class Action(StrEnum):
    info = "info"
    clear = "clear"


@command("cache", epilog=examples("summit cache info", "summit cache clear"))
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
) -> None:
    """The persistent indexes of --data corpora, kept in the user's cache directory
    (XDG_CACHE_HOME/summit or ~/.cache/summit); each is rebuilt from the files when needed."""
    from .. import cache

    stream = call_of(ctx).output.stream
    if action is Action.clear:
        removed = cache.clear()
        files = "file" if len(removed) == 1 else "files"
        print(f"removed {len(removed)} cache {files} from {cache.directory()}", file=stream)
        return
    found = cache.caches()
    caches = "cache" if len(found) == 1 else "caches"
    print(f"cache directory: {cache.directory()} ({len(found)} {caches})", file=stream)
    for path in found:
        described = cache.describe(path)
        details = ", ".join(f"{key} {value}" for key, value in described.items() if key != "cache")
        print(f"{path.name}: {details}", file=stream)
