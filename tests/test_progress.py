"""A long run's progress: drawn on stderr at a terminal only, and counted by `draft`."""

from __future__ import annotations

import io
import time

import pytest

from summitcli import progress
from summitcli.article import read_article
from summitcli.draft import draft_article
from summitcli.output import Output

STORY = (
    "Leaders Meet in Oslo\n\n"
    'OSLO, March 3 (Reuters) - Prime Minister Kari Berg said: "We agreed on fish."\n\n'
    "President Ana Lima said the talks went well.\n\n"
    "[Joint statement on the Norway-Brazil summit _2026.3.3. Oslo]\n\n"
    "1. Trade\n\n(1) The two leaders agreed to trade fish.\n\n/End/"
)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_draft_counts_each_paragraph_it_reads() -> None:
    """A 200 KB article took 34 seconds with nothing on the screen (new user 64): `draft`
    counts its steps (the people, then each paragraph of the story), so a terminal can show
    how far it is."""
    steps: list[tuple[int, int]] = []
    draft_article(read_article(STORY), None, lambda done, total: steps.append((done, total)))
    totals = {total for _, total in steps}
    assert totals == {4}, steps  # the people, then the headline and the two paragraphs
    assert [done for done, _ in steps] == [1, 2, 3, 4]


@pytest.mark.parametrize("stderr_is_a_terminal", [True, False])
def test_progress_is_drawn_on_stderr_at_a_terminal_only(
    monkeypatch: pytest.MonkeyPatch, stderr_is_a_terminal: bool
) -> None:
    monkeypatch.setattr(progress, "PROGRESS_AFTER", 0.0)
    monkeypatch.delenv("TERM", raising=False)
    stream, errors = io.StringIO(), _Terminal() if stderr_is_a_terminal else io.StringIO()
    bar = progress.Progress(3, "Drafting", Output(stream=stream, errors=errors))
    for done in (1, 2, 3):
        bar(done)
    bar.close()
    assert stream.getvalue() == ""
    assert bool(errors.getvalue()) == stderr_is_a_terminal


def test_a_bar_appears_while_one_long_step_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """One paragraph of 200 KB is one step of `draft`: the bar appears once the run has taken
    PROGRESS_AFTER seconds, whether or not a step ended, and shows the time it has taken."""
    monkeypatch.setattr(progress, "PROGRESS_AFTER", 0.05)
    monkeypatch.delenv("TERM", raising=False)
    errors = _Terminal()
    bar = progress.Progress(2, "Drafting", Output(stream=io.StringIO(), errors=errors), True)
    time.sleep(0.5)
    bar.close()
    assert "Drafting" in errors.getvalue()
