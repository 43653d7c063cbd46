"""A long run's progress on a terminal: an index being built, an article being drafted."""

from __future__ import annotations

import time
from typing import Any

from .output import Output

PROGRESS_AFTER = 1.0
"""Seconds of running after which a terminal shows a progress bar."""


class Progress:
    """Steps done, of how many: a Rich bar with the time taken on the call's stderr once a run
    has taken PROGRESS_AFTER seconds at a terminal; nothing when stderr is piped (Rich is only
    imported then). Called with each step done (and their number, where the run learns it as
    it goes: a total of None until then draws a bar that only pulses); `close` takes it away.

    `watched`: a step may itself be long (a 200 KB paragraph is one of `draft`'s), so a timer
    draws the bar on time, and Rich is imported before the run: imported in the timer's
    thread, it waited on every long regular expression of the run's and came at its end."""

    def __init__(
        self, total: int | None, what: str, output: Output, unit: str, watched: bool = False
    ) -> None:
        self.total, self.what, self.unit, self.done = total, what, unit, 0
        self.started = time.monotonic()
        self.errors, self.terminal = output.errors, output.errors_terminal
        self.bar: Any = None
        self.timer: Any = None
        if self.terminal and watched:
            import threading

            import rich.progress  # noqa: F401  (see above)

            self.timer = threading.Timer(PROGRESS_AFTER, self._draw)
            self.timer.daemon = True
            self.timer.start()

    def __call__(self, done: int, total: int | None = None) -> None:
        if not self.terminal:
            return
        self.done, self.total = done, total or self.total
        if self.bar is None and self.timer is None:  # a watched run's timer draws it
            if time.monotonic() - self.started >= PROGRESS_AFTER:
                self._draw()
        elif self.bar is not None:
            self.bar.update(self.task, completed=done, total=self.total)

    def _draw(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        if self.bar is not None:
            return
        columns = (  # no time left: one step may take far longer than another
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(f"{self.unit}, elapsed"),
            TimeElapsedColumn(),
        )
        bar = Bar(*columns, transient=True, console=Console(file=self.errors))
        self.task = bar.add_task(self.what, total=self.total, completed=self.done)
        bar.start()
        self.bar = bar

    def close(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer.join()
        if self.bar is not None:
            self.bar.stop()
