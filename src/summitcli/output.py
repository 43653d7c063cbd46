"""Where output goes and how: one object handed from the command line to the renderers.

Colour, the streams and the terminal's width travel together, as httpie's `Environment` does, so
that two calls in one process (tests, a library user) cannot leak options into each other.
"""

import os
import sys
from typing import TextIO

import msgspec


class Output(msgspec.Struct, frozen=True, gc=False):
    """`colour` is `--color`: auto (a terminal that does not ask for NO_COLOR; FORCE_COLOR
    forces it), always (even into a pipe, for `less -R`) or never."""

    stream: TextIO = msgspec.field(default_factory=lambda: sys.stdout)
    errors: TextIO = msgspec.field(default_factory=lambda: sys.stderr)
    colour: str = "auto"
    width: int | None = None
    """Columns for Rich; None lets Rich ask the terminal (or COLUMNS)."""

    @property
    def terminal(self) -> bool:
        return _is_terminal(self.stream)

    @property
    def errors_terminal(self) -> bool:
        """Whether stderr is a terminal, where a long build draws its progress."""
        return _is_terminal(self.errors)

    @property
    def forced_colour(self) -> bool:
        return self.colour == "always" or (
            self.colour == "auto" and bool(os.environ.get("FORCE_COLOR"))
        )

    @property
    def uncoloured(self) -> bool:
        """`--color never`, or NO_COLOR where colour is left to `auto`: no escape code at all,
        as `rg --color never` writes, not only no colours (Rich's NO_COLOR keeps bold, italic
        and dim)."""
        return self.colour == "never" or (
            self.colour == "auto" and bool(os.environ.get("NO_COLOR"))
        )

    def choose(self, fmt: str) -> str:
        """`auto` is Rich on a terminal, plain text otherwise, unless `--color always` asks for
        colour anyway, as for a pager: `summit search AI --color always | less -R`. FORCE_COLOR
        colours Rich's output wherever it goes but never turns piped rows into a table: it is
        often set in CI, where scripts read those rows."""
        if fmt != "auto":
            return fmt
        return "rich" if self.terminal or self.colour == "always" else "plain"

    def note(self, message: str) -> None:
        print(f"summit: note: {message}", file=self.errors)


def _is_terminal(stream: TextIO) -> bool:
    return stream.isatty() and os.environ.get("TERM") != "dumb"
