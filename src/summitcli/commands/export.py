"""`summit export`: the summits as a database for the analyst's own tools."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Literal

import typer

from ..errors import EXIT_INTERRUPTED, SummitError
from ..files import cannot_write, interruptible
from ..text import escaped, shortened
from . import command
from .shared import call_of, examples, file_to_write, is_corpus, summits_of


@command(
    "export",
    short_help="Write every record to a SQLite database.",
    epilog=examples(
        "summit export sqlite summit.db --metadata summit.json && "
        "datasette summit.db -m summit.json",
        "summit export sqlite summit.db --force      # replace it",
        'sqlite3 summit.db "SELECT ref FROM passages WHERE rowid IN '
        "(SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'hydrogen')\"",
    ),
)
def export(
    ctx: typer.Context,
    fmt: Annotated[
        Literal["sqlite"],
        typer.Argument(help="The format: sqlite.", metavar="FORMAT", case_sensitive=False),
    ],
    path: Annotated[
        Path,
        typer.Argument(
            help="The file to write.", metavar="PATH", show_default=False, parser=file_to_write
        ),
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Replace the files if they exist.")
    ] = False,
    metadata: Annotated[
        Path | None,
        typer.Option(
            "--metadata",
            help="Also write the database's Datasette metadata (titles, descriptions, what is "
            "curated) to this JSON file, for datasette -m.",
            metavar="FILE",
            show_default=False,
            parser=file_to_write,
        ),
    ] = None,
) -> None:
    """Write every record to a SQLite database: a table per record type with primary and foreign
    keys, rows in source order, and full-text search over what summit search searches, ready for
    Datasette and sqlite-utils. The database carries its Datasette metadata (table
    datasette_metadata); --metadata writes it to a file too. An existing file is kept unless
    --force."""
    from ..export import write_sqlite

    if str(path) == "-":  # `draft -o -` is stdout: a file called `-` is never what was meant
        raise SummitError("a SQLite database cannot be written to stdout ('-'); name a file")
    if metadata is not None and str(metadata) == "-":
        raise SummitError("--metadata cannot be written to stdout ('-'); name a file")
    summits = summits_of(ctx)
    data = call_of(ctx).data
    folders = [data] if data and is_corpus(ctx) else []
    written = escaped(f"{path} and {metadata}" if metadata else str(path))  # one line
    with _interruptible():
        try:
            write_sqlite(summits, path, force, metadata, folders)
        except OSError as error:  # the message names the files, which the system's does not
            raise cannot_write(shortened(written, 120), error) from None  # the reason kept
        except sqlite3.OperationalError as error:
            if not getattr(error, "sqlite_errorname", "").startswith(DISK_REFUSALS):
                raise  # a fault of summit's SQL: reported as a bug
            raise cannot_write(shortened(written, 120), error) from None
    print(f"summit: wrote {written}", file=call_of(ctx).output.errors)  # a message, not output


DISK_REFUSALS = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY")
"""SQLite's errors that are the disk's or the system's refusal (new user 58: a full disk was
an internal error), not a fault in the SQL."""


@contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C as an exception while the database is written, so that write_sqlite removes its
    temporary file and journal: summit's own handler (`__main__`) ends the process at once,
    which is right for commands that write nothing. Exit 130, quietly, as that handler does."""
    try:
        with interruptible():
            yield
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_INTERRUPTED) from None
