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

from conftest import bench_module

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
