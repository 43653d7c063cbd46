"""Write views out in the format asked for: one renderer per format, each reading only views.

Only the chosen renderer is imported: `rich` (and so Rich, ~100 ms) only for a terminal.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import import_module

from ..errors import OutputClosedError
from ..output import Output
from ..views import Header, View

RENDERERS = {
    "json": "json",
    "jsonl": "json",
    "plain": "plain",
    "csv": "csv",
    "markdown": "markdown",
    "rich": "rich",
    "bibtex": "references",
    "csl-json": "references",
    "ris": "references",
}
"""Each format and the module of this package that writes it."""


def render(
    views: Sequence[View],
    fmt: str,
    output: Output,
    *,
    whole: bool = False,
    title: str = "",
    one: bool = False,
    header: Header | None = None,
) -> None:
    """Write the views in `fmt` (not `auto`: see `Output.choose`). `whole` shows each record
    whole (a panel, a Markdown block) with its parts; `one` writes a lone JSON record as an
    object, not an array (`summit info` of one summit); `header` is a table's (`views.header`)
    where there are no views to take it from."""
    renderer = import_module(f"{__name__}.{RENDERERS[fmt]}")
    with reader_may_leave():
        renderer.write(views, output, fmt=fmt, whole=whole, title=title, one=one, header=header)


def with_parts(views: Sequence[View]) -> Iterator[View]:
    """Each view followed by its parts, for the formats that list one record a line."""
    for view in views:
        yield view
        yield from with_parts(view.parts)


def one_header(rows: Sequence[Sequence[tuple[str, str]]]) -> tuple[list[str], list[list[str]]]:
    """Rows of (heading, cell) under one header, for the table formats: every heading once, in
    the order first met, and each row's cells under its own headings, empty under another
    shape's, so that records of several shapes (`summit show O2 2.1`) share named columns and a
    curated one says so in its heading."""
    columns = list(dict.fromkeys(heading for row in rows for heading, _ in row))
    return columns, [[dict(row).get(column, "") for column in columns] for row in rows]


def write_json(value: object, output: Output) -> None:
    """A value that is no record (what `summit cache clear --json` removed), as JSON."""
    from .json import write_json

    with reader_may_leave():
        write_json(value, output)


def write_lines(lines: Sequence[str], output: Output) -> None:
    with reader_may_leave():
        output.stream.writelines(line + "\n" for line in lines)


@contextmanager
def reader_may_leave() -> Iterator[None]:
    """Turn a closed pipe into OutputClosedError, which Typer does not intercept (it exits 1)."""
    try:
        yield
    except BrokenPipeError:
        raise OutputClosedError from None
