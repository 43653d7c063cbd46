"""Write records out: JSON, JSON lines, Markdown, plain text for pipes, Rich for terminals.

Each record has one JSON shape and one row of text fields (`to_json()` and `row()` on the record),
used by every format alike. Only what the chosen format needs is imported: `layout` for text,
`terminal` (and so Rich) only when writing to a terminal.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

import msgspec

from .errors import OutputClosedError

if TYPE_CHECKING:
    from .model import Item, Summit


COLOUR = {"choice": "auto"}
"""`--color`, as `cli` was given it: auto, always or never."""


def choose_format(chosen: str, stream: TextIO) -> str:
    """`auto` is Rich on a terminal, plain text otherwise, unless colour is asked for anyway
    (`--color always`, or FORCE_COLOR), as for a pager: `summit search AI --color always |
    less -R`."""
    if chosen != "auto":
        return chosen
    terminal = stream.isatty() and os.environ.get("TERM") != "dumb"
    forced = COLOUR["choice"] == "always" or (
        COLOUR["choice"] == "auto" and bool(os.environ.get("FORCE_COLOR"))
    )
    return "rich" if terminal or forced else "plain"


def render(
    items: Sequence[Item],
    fmt: str,
    *,
    detail: bool = False,
    with_clauses: bool = False,
    title: str = "",
    qualify: bool = False,
    stream: TextIO | None = None,
) -> None:
    """Write the items in the chosen format: `detail` shows whole records, not a table."""
    with _reader_may_leave():
        _render(items, fmt, detail, with_clauses, title, qualify, stream or sys.stdout)


def _render(
    items: Sequence[Item],
    fmt: str,
    detail: bool,
    with_clauses: bool,
    title: str,
    qualify: bool,
    out: TextIO,
) -> None:
    if fmt == "json":
        _write_json([item.to_json() for item in items], out)
    elif fmt == "jsonl":
        out.writelines(_dumps(item.to_json()) + "\n" for item in items)
    elif fmt == "markdown":
        from .layout import markdown

        out.write(markdown(items, with_clauses, qualify))
    elif fmt == "csv":
        from .export import csv_text
        from .layout import expand

        out.write(csv_text(expand(items, with_clauses), qualify, with_clauses))
    elif fmt == "rich":
        from . import terminal

        terminal.use_colour(COLOUR["choice"])
        terminal.show(items, detail=detail, with_clauses=with_clauses, title=title, qualify=qualify)
    else:
        from .layout import lines

        out.writelines(line + "\n" for line in lines(items, with_clauses, qualify))
        _note_curation(items)


def _note_curation(items: Sequence[Item]) -> None:
    """Say once per kind of record, on stderr, what its piped rows show that the curators wrote:
    those rows have no header to say it, and stdout keeps its columns for `cut`. Passages (and
    search hits, which are passages) are the source's words and declare no note."""
    notes = dict.fromkeys(getattr(item, "CURATION_NOTE", "") for item in items)
    for note in filter(None, notes):
        print(f"summit: note: {note}", file=sys.stderr)


def render_summits(summits: Sequence[Summit], fmt: str, stream: TextIO | None = None) -> None:
    """`summit info`: one summit as an object, a corpus as an array of them."""
    with _reader_may_leave():
        _render_summits(summits, fmt, stream or sys.stdout)


def _render_summits(summits: Sequence[Summit], fmt: str, out: TextIO) -> None:
    objects = [summit.to_json() for summit in summits]
    if fmt in ("json", "jsonl"):
        single = fmt == "json" and len(objects) == 1
        if fmt == "json":
            _write_json(objects[0] if single else objects, out)
        else:
            out.writelines(_dumps(obj) + "\n" for obj in objects)
    elif fmt == "rich":
        from . import terminal

        terminal.use_colour(COLOUR["choice"])
        terminal.show_summits(objects)
    elif fmt == "csv":
        import csv

        from .layout import summary

        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["summit", "label", "value"])
        writer.writerows([obj["id"], *line] for obj in objects for line in summary(obj))
    else:
        from .layout import summary

        separator = ": " if fmt == "markdown" else "\t"
        bullet = "- " if fmt == "markdown" else ""
        for obj in objects:
            out.writelines(f"{bullet}{key}{separator}{value}\n" for key, value in summary(obj))


def _dumps(value: object) -> str:
    """Compact JSON, UTF-8 letters as they are (msgspec writes it in C, and spares the call
    importing the standard library's json)."""
    return msgspec.json.encode(value).decode()


def _write_json(value: object, out: TextIO) -> None:
    """Indented for a person at a terminal, compact for a program (as `gh` does)."""
    text = _dumps(value)
    out.write((msgspec.json.format(text, indent=2) if out.isatty() else text) + "\n")


def write_json(value: object, stream: TextIO | None = None) -> None:
    with _reader_may_leave():
        _write_json(value, stream or sys.stdout)


def write_lines(lines: Sequence[str], stream: TextIO | None = None) -> None:
    with _reader_may_leave():
        (stream or sys.stdout).writelines(line + "\n" for line in lines)


@contextmanager
def _reader_may_leave() -> Iterator[None]:
    """Turn a closed pipe into OutputClosedError, which Typer does not intercept (it exits 1)."""
    try:
        yield
    except BrokenPipeError:
        raise OutputClosedError from None
