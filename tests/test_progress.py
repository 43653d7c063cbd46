"""A long run's progress: drawn on stderr at a terminal only, and counted by `draft`."""

from __future__ import annotations

import io
import os
import pty
import select
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import SUMMIT, clean_env, read_to_the_end
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
    bar = progress.Progress(3, "Drafting", Output(stream=stream, errors=errors), "steps")
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
    bar = progress.Progress(
        2, "Drafting", Output(stream=io.StringIO(), errors=errors), "steps", True
    )
    time.sleep(0.5)
    bar.close()
    assert "Drafting" in errors.getvalue()


def test_ctrl_c_while_drafting_takes_the_bar_away(tmp_path: Path) -> None:
    """Ctrl-C during a draft on a terminal left the cursor hidden and the bar half drawn, the
    prompt after it (new user 66): summit's handler ended the process at once. While drafting,
    Ctrl-C stops the draft as it stops a database's writing: the bar goes, the cursor comes
    back, nothing is written, exit 130."""
    story = "\n\n".join(
        f'Minister Kari Berg said: "Talks on point {n} went well." President Ana Lima agreed.'
        for n in range(400)
    )
    article = tmp_path / "long.txt"
    article.write_text(STORY.replace("\n\n[", f"\n\n{story}\n\n[", 1), encoding="utf-8")
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(SUMMIT), "draft", str(article), "-o", str(tmp_path / "out.json")],
        stdin=follower, stdout=follower, stderr=follower, env=clean_env(COLUMNS="100"),
        start_new_session=True,
    )  # fmt: skip
    os.close(follower)
    seen = b""
    while b"Drafting" not in seen:
        ready, _, _ = select.select([leader], [], [], 60)
        assert ready, seen
        seen += os.read(leader, 65536)
    process.send_signal(signal.SIGINT)
    seen = read_to_the_end(leader, seen)
    assert process.wait(timeout=30) == 130
    assert seen.rfind(b"\x1b[?25h") > seen.rfind(b"\x1b[?25l") >= 0, seen[-300:]
    assert not (tmp_path / "out.json").exists()
