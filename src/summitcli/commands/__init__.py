"""The commands, grouped by what they need; `cli` imports only the module of the one asked for."""

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

import typer
from typer.core import TyperCommand

MODULES = {
    "info": "browse",
    "sections": "browse",
    "show": "show",
    "search": "search",
    "quotes": "quotes",
    "speakers": "browse",
    "outcomes": "browse",
    "timeline": "browse",
    "topics": "browse",
    "compare": "compare",
    "cite": "show",
    "read": "show",
    "export": "export",
    "cache": "cache",
    "draft": "draft",
    "validate": "validate",
}
"""Each command, in the order `summit --help` lists them, and the module that defines it."""

APPS: dict[str, typer.Typer] = {}
"""Each command defined so far, as a Typer app of its own."""

Function = TypeVar("Function", bound=Callable[..., None])


NARROW_HELP = 60
"""Columns below which help is Click's plain text: Rich's option table there cuts option names
short ("--secti…", new user 43), where plain lines wrap and keep every name whole."""


def help_to_width(command: Any, ctx: Any, formatter: Any, format_help: Callable[..., None]) -> None:
    """Write `command`'s help with `format_help` (its class's own), as Rich's boxes on a
    terminal at least NARROW_HELP wide (or one FORCE_COLOR forces), and otherwise as plain
    text at the width, as summit's output is plain when piped (`--help | grep`, new user 44)
    or on a terminal that says it is dumb (TERM=dumb: an editor's shell, new user 55)."""
    import os
    import shutil
    import sys

    columns = shutil.get_terminal_size().columns
    rich_utils = sys.modules.get("typer.rich_utils")
    on_terminal = sys.stdout.isatty() and os.environ.get("TERM") != "dumb"  # as output.py's
    terminal = on_terminal or getattr(rich_utils, "FORCE_TERMINAL", None)
    if terminal and columns >= NARROW_HELP:
        return format_help(ctx, formatter)
    command.rich_markup_mode = None
    formatter.width = max(columns, 20)  # Click's own floor is 50, wider than the terminal
    if columns < NARROW_HELP:  # an option's help under its name, not in a column too narrow
        formatter.write_dl = partial(formatter.write_dl, col_max=formatter.width // 4)
    if command.epilog:  # `examples()`'s lines, to paste: one "\b" keeps them whole, one a line
        lines = command.epilog.replace("\n\n  $ ", "\n  $ ")
        command.epilog = lines.replace("Examples:\n", "Examples:\n\n\b\n", 1)
    format_help(ctx, formatter)
    written = "".join(formatter.buffer)  # a usage line Click breaks keeps its trailing space
    formatter.buffer[:] = ["\n".join(line.rstrip() for line in written.split("\n"))]


class Command(TyperCommand):
    """A command whose help stays whole on a narrow terminal (`help_to_width`)."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        help_to_width(self, ctx, formatter, super().format_help)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """The usage line's pieces, a required argument bare ("ARTICLE", as Click and `gh`
        write it): Typer's braces, "{ARTICLE}", read as a set of choices (new user 60)."""
        pieces: list[str] = super().collect_usage_pieces(ctx)
        return [_unbraced(piece) for piece in pieces]


def _unbraced(piece: str) -> str:
    """The piece without Typer's braces round a required argument; a choice's ("{a|b}") kept."""
    braced = piece.startswith("{") and piece.endswith("}") and "|" not in piece
    return piece[1:-1] if braced else piece


def command(name: str, **settings: Any) -> Callable[[Function], Function]:
    """Define a command as a Typer app of its own (settings as for `Typer.command`), so that
    `cli` can build that one command with Typer's public `typer.main.get_command`, which makes
    a one-command app that command: building a module's every command would cost each call
    several milliseconds."""

    def define(function: Function) -> Function:
        app = typer.Typer(add_completion=False)
        app.command(name, cls=Command, help=paragraphs(function.__doc__ or ""), **settings)(
            function
        )
        APPS[name] = app
        return function

    return define


def paragraphs(docstring: str) -> str:
    """A docstring as help: its lines, wrapped at 100 columns in the code, joined into
    paragraphs, which Rich wraps to the terminal (Typer would keep each line break)."""
    import inspect

    blocks = inspect.cleandoc(docstring).split("\n\n")
    return "\n\n".join(" ".join(block.split()) for block in blocks)


def click_command(name: str) -> Any:
    """The command called `name`, its module imported now; None for a name summit lacks."""
    if name not in MODULES:
        return None
    __import__(f"{__name__}.{MODULES[name]}")
    return typer.main.get_command(APPS[name])
