"""The benchmark runs end to end on small counts; it times things but asserts no time."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import DRAFTS, bench_module

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_runs_and_prints_its_tables() -> None:
    command = [sys.executable, str(ROOT / "bench" / "run.py"), "--runs", "1", "--scale", "1,3"]
    command += ["--scale-runs", "1", "--no-latest", "--bytecode", "all"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=True)
    header = "| case | output | median ms | largest process MiB | ratio to baseline (target) |"
    assert header in result.stdout
    timed = [line for line in result.stdout.splitlines() if " | pipe | " in line]
    assert any("judged in instructions" in line for line in timed)
    assert not any(": ok" in line or ": MISSED" in line for line in timed)  # times judge nothing
    cases = [line.split(" | ")[0].removeprefix("| ") for line in result.stdout.splitlines()]
    for name in ("minimal Typer command", "summit search hydrogen --json", "summit sections"):
        assert name in cases
    assert "| 3 | 33 |" in result.stdout  # the scale table's row for three summits
    assert "load ms per summit" in result.stdout


def _bench_module() -> Any:
    return bench_module("run")


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_instructions_are_counted_and_set_against_their_baselines(tmp_path: Path) -> None:
    bench = _bench_module()
    small = bench.Case("small", ["true"], False)  # a process of next to no instructions
    large = bench.Case("large", [sys.executable, "-c", "pass"], False, [("small", 1.5)])
    bench.count_instructions([small, large], dict(os.environ), tmp_path)
    assert 0 < small.instructions < large.instructions
    table = bench.instructions_table([small, large])
    ratio = large.instructions / small.instructions
    assert f"| large | {large.instructions / 1e6:.1f} | {ratio:.2f}x small (<= 1.5: " in table


@pytest.mark.parametrize(
    ("arguments", "code", "said"),
    [
        (["--help"], 0, "usage: corpus.py"),
        ([], 2, "the following arguments are required: directory, count"),
        (["x", "many"], 2, "invalid int value: 'many'"),
    ],
)
def test_the_corpus_generator_has_a_usage(arguments: list[str], code: int, said: str) -> None:
    command = [sys.executable, str(ROOT / "bench" / "corpus.py"), *arguments]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == code and said in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_the_corpus_generator_writes_its_corpus(tmp_path: Path) -> None:
    command = [sys.executable, str(ROOT / "bench" / "corpus.py"), str(tmp_path / "c"), "3", "7"]
    subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    expected = bench_module("corpus").write(tmp_path / "expected", 3, seed=7)
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == [
        "00000.json",
        "00001.json",
        "00002.json",
    ]
    for path in (tmp_path / "c").iterdir():
        assert path.read_bytes() == (expected / path.name).read_bytes()


def test_fresh_held_out_pairs_are_new_repeatable_and_distinct() -> None:
    """A round's fresh sets are about country pairs no earlier file name holds together, none
    twice, no country twice in a set; the same seed draws the same pairs."""
    pairs = bench_module("heldout_pairs")
    names = ["reuters-norway-iceland", "ap-costa-rica-guyana"]
    drawn = pairs.fresh_pairs(names, seed=7)
    assert drawn == pairs.fresh_pairs(names, seed=7)
    assert [len(one_set) for one_set in drawn] == [pairs.PER_SET] * pairs.SETS
    every_pair = [frozenset(pair) for one_set in drawn for pair in one_set]
    assert len(set(every_pair)) == len(every_pair)
    assert all(len({c for pair in one_set for c in pair}) == 2 * len(one_set) for one_set in drawn)
    assert not any(pairs.held_together(names, *pair) for one_set in drawn for pair in one_set)
    assert pairs.held_together(names, "Costa-Rica", "Guyana")


def _scored(tmp_path: Path, name: str, **figures: int) -> str:
    """A `draft_score.py --json` file of one set, its figures those given over a plain base."""
    base = {
        "statements": 10, "exact": 8, "wrong": 1, "wrong_flagged": 1, "missed": 1, "roles": 5,
        "roles_as_gold": 3, "speakers": 4, "speakers_listed": 4, "silent": 2, "silent_listed": 1,
        "dropped": 0,
    }  # fmt: skip
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"tests/drafts/heldout-9/": base | figures}), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("after", "fell"),
    [
        ({"exact": 9}, False),
        ({"exact": 7}, True),  # a lost exact speaker set
        ({"roles_as_gold": 2}, True),
        ({"wrong": 2}, True),  # a wrong attribution more, unflagged
        ({"wrong": 2, "wrong_flagged": 2}, False),  # flagged: no fall
        ({"dropped": 1}, True),
    ],
)
def test_a_set_that_lost_what_no_round_may_cost_it_fell(
    tmp_path: Path, after: dict[str, int], fell: bool
) -> None:
    """The round's check that no set fell, kept with the scorer: the compare script was a
    working folder's and was lost with it between sessions."""
    compare = bench_module("draft_compare")
    before = _scored(tmp_path, "before")
    code = compare.main([before, "--", _scored(tmp_path, "after", **after)])
    assert code == (1 if fell else 0)
    lines = compare.compare(compare.scores([before]), compare.scores([before]))
    assert [line.split(":")[0] for line in lines] == ["before", "after"]  # nothing moved


def _scores_of(tmp_path: Path, sets: dict[str, dict[str, int]]) -> str:
    """One `draft_score.py --json` file holding several sets, each its figures over a full base."""
    base = {
        "articles": 1, "statements": 10, "exact": 8, "flagged": 5, "wrong": 1, "wrong_flagged": 1,
        "name_form": 0, "name_form_flagged": 0, "missed": 1, "missed_in_clauses": 0, "roles": 5,
        "roles_as_gold": 3, "speakers": 4, "speakers_listed": 4, "silent": 2, "silent_listed": 1,
        "dropped": 0,
    }  # fmt: skip
    path = tmp_path / "scores.json"
    figures = {f"tests/drafts/{name}/": base | given for name, given in sets.items()}
    path.write_text(json.dumps(figures), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("chosen", "statements", "exact"),
    [([], 30, 25), (["--sets", "2-3"], 20, 17), (["--except", "2-3"], 10, 8)],
)
def test_a_rounds_totals_are_summed_over_the_sets_chosen(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    chosen: list[str],
    statements: int,
    exact: int,
) -> None:
    """The round's figures (the fresh sets, the opened ones, all the others) are sums over a
    range of held-out sets, "heldout" being held-out 1."""
    table = bench_module("draft_table")
    scores = _scores_of(tmp_path, {"heldout": {}, "heldout-2": {}, "heldout-3": {"exact": 9}})
    assert table.main(["totals", scores, *chosen]) == 0
    said = capsys.readouterr().out
    assert f"statements {statements}\n" in said and f"exact {exact}\n" in said


README_TABLE = """\
Before.

| set | articles | statements | exact | flagged | wrong | missed | spoke | silent | roles | lost |
|---|---|---|---|---|---|---|---|---|---|---|
| held-out 3: **fresh, never opened** | 1 | 9 | **1** | x | x | x | x | x | x | 0 |
| held-out 2: opened in round 1 | 1 | 10 | 1 (10 %) | x | x | x | x | x | x | 0 |
| held-out 1 | 1 | 10 | 1 (10 %) | x | x | x | x | x | x | 0 |

After.
"""  # fmt: skip


def test_the_readme_table_is_written_from_the_scores(tmp_path: Path) -> None:
    """Every row from the scores: the fresh sets first and in bold, the sets opened this round
    relabelled, the others keeping their labels, the text around the table untouched."""
    table = bench_module("draft_table")
    readme = tmp_path / "README.md"
    readme.write_text(README_TABLE, encoding="utf-8")
    scores = _scores_of(
        tmp_path, {"heldout": {}, "heldout-2": {}, "heldout-3": {}, "heldout-4": {"exact": 9}}
    )
    code = table.main(
        ["readme", str(readme), scores, "--fresh", "4-4", "--opened", "3-3", "--round", "2"]
    )
    assert code == 0
    lines = readme.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.startswith("| held-out")]
    assert [row.split(" | ")[0] for row in rows] == [
        "| held-out 4: **fresh, never opened** (written this stop)",
        "| held-out 3: opened in round 2",
        "| held-out 2: opened in round 1",
        "| held-out 1",
    ]
    assert rows[0].split(" | ")[3] == "**9 (90.0 %)**" and rows[1].split(" | ")[3] == "8 (80 %)"
    header = next(line for line in lines if line.startswith("| set |"))
    assert rows[0].split(" | ")[5] == "1 (0; 0 (0))"
    assert all(row.count(" | ") == header.count(" | ") for row in rows)  # as wide as its header
    assert lines[0] == "Before." and lines[-1] == "After."


def test_a_row_without_a_score_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row the scores do not hold stops the rewrite, the README unchanged."""
    table = bench_module("draft_table")
    readme = tmp_path / "README.md"
    readme.write_text(README_TABLE, encoding="utf-8")
    scores = _scores_of(tmp_path, {"heldout": {}, "heldout-3": {}})
    assert table.main(["readme", str(readme), scores]) == 2
    assert "held-out 2" in capsys.readouterr().err
    assert readme.read_text(encoding="utf-8") == README_TABLE


def test_sets_scored_in_parallel_give_the_figures_scored_in_turn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--jobs` spreads the sets over processes (a round scores 250 sets in two halves at once);
    the figures, and their order, are those of one process."""
    score = bench_module("draft_score")
    folders = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        for suffix in (".txt", ".gold.json"):
            shutil.copy(DRAFTS / "tuning" / f"afp-london{suffix}", folder / f"afp-london{suffix}")
        folders.append(str(folder))
    assert score.main(["--json", *folders]) == 0
    in_turn = capsys.readouterr().out
    assert score.main(["--json", "--jobs", "2", *reversed(folders)]) == 0
    in_parallel = json.loads(capsys.readouterr().out)
    assert list(in_parallel) == list(reversed(folders))
    assert in_parallel == json.loads(in_turn)
