"""`summit cache`: show or remove the indexes summit keeps of `--data` corpora."""

import os
from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from ..errors import EXIT_NO_RESULTS
from ..text import escaped
from . import command
from .shared import (
    FormatOption,
    JsonlOption,
    call_of,
    examples,
    output_format,
)


@command(
    "cache",
    short_help="The indexes of --data corpora: list or clear them.",
    epilog=examples(
        "summit cache info --format csv",
        "summit cache info --json | jq 'map(.corpus)'",
        "summit cache clear --stale     # those no call will use again",
        "summit cache clear",
        "summit --data my-summits/ cache clear   # that corpus's alone",
    ),
)
def cache_command(
    ctx: typer.Context,
    action: Annotated[
        Literal["info", "clear"],
        typer.Argument(
            help="info: list the caches; clear: remove them.",
            metavar="ACTION",
            case_sensitive=False,
        ),
    ],
    stale: Annotated[
        bool,
        typer.Option(
            "--stale",
            help="Only the caches no call will use again (their corpus gone, or made by another "
            "index format, summit version or stemmer): info lists them, clear removes them.",
        ),
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print JSON (UTF-8): info an array of the caches, clear an object (the "
            "directory and the files removed); short for --format json (--jsonl: a cache a "
            "line, for either).",
        ),
    ] = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """The persistent indexes of --data corpora, kept in the user's cache directory
    (XDG_CACHE_HOME/summit or ~/.cache/summit); each is rebuilt from the files when needed.
    With --data, only that corpus's.
    info lists them as any command lists records (the directory is a note on stderr); clear
    lists those it removed the same way (--json: an object of the directory and the files
    removed)."""
    from .. import cache, render, views

    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    output, corpus = call_of(ctx).output, call_of(ctx).data
    folder = escaped(str(cache.directory()))  # a message is one line, whatever a path holds
    of = f" of {escaped(str(corpus))}" if corpus is not None else ""
    if action == "clear":
        found = cache.clear(stale_only=stale, corpus=corpus)
        if chosen == "json":  # one object; JSON Lines lists the caches, as every format does
            removed = [str(entry["cache"]) for entry in found]
            render.write_json({"directory": folder, "removed": removed}, output)
            return
        of += _not_there(corpus, found)
        files = "file" if len(found) == 1 else "files"
        said, title = f"removed {len(found)} cache {files}{of} from {folder}", "Removed caches"
    else:
        found = [cache.describe(path) for path in cache.caches(corpus)]
        found = [entry for entry in found if entry["stale"] or not stale]
        of += _not_there(corpus, found)
        kind = "stale " if stale else ""
        said, title = (
            f"{len(found)} {kind}{'cache' if len(found) == 1 else 'caches'}{of} in {folder}",
            "Stale caches" if stale else "Caches",
        )
    output.note(said)
    options = views.Options()
    shown = [views.cache(entry, options) for entry in found]
    render.render(shown, chosen, output, title=title, header=views.header(views.cache, options))
    if action == "info" and not found:  # a listing with nothing in it, as `topics`'s
        raise typer.Exit(EXIT_NO_RESULTS)


def _not_there(corpus: Path | None, found: list[Any]) -> str:
    """A corpus removed may keep its cache to clear, so a --data path that is not there is no
    error here; where it has no cache either, the path is likely mistyped (new user 63)."""
    if corpus is None or found or os.path.lexists(corpus):
        return ""
    return " (no such file or folder: is the path right?)"
