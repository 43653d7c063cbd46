"""The benchmark runs end to end on small counts; it times things but asserts no time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_runs_and_prints_its_tables() -> None:
    command = [sys.executable, str(ROOT / "bench" / "run.py"), "--runs", "1", "--scale", "1,3"]
    command += ["--scale-runs", "1", "--no-latest", "--bytecode", "all"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=True)
    assert "| case | output | median ms | peak MiB | ratio to baseline (target) |" in result.stdout
    cases = [line.split(" | ")[0].removeprefix("| ") for line in result.stdout.splitlines()]
    for name in ("minimal Typer command", "summit search hydrogen --json", "summit sections"):
        assert name in cases
    assert "| 3 | 33 |" in result.stdout  # the scale table's row for three summits
    assert "load ms per summit" in result.stdout
