"""Benchmark: how much `summit` adds over the framework, and how search scales with summits.

Run with `uv run python bench/run.py`. It writes its baselines to a temporary directory, runs
every case interleaved (round-robin, so that machine noise hits all of them alike), and prints
Markdown tables of medians, ratios and peak memory, then the scale table. Nothing is asserted:
the targets are printed beside the figures. `--instructions` adds a table of what valgrind counts
for one run of each case: the same count every time for its fixed hash seed, however busy the
machine (a shared virtual machine's timings can drift by half between runs), and close to time
for this work; per-call targets are judged there, not in the times. Memory is the largest
process's peak (`ru_maxrss`): a parallel build's workers are not summed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import pty
import random
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SUMMIT = BIN / "summit"
DATA = ROOT / "data" / "summit_2025.json"

MINIMAL = """
import typer

app = typer.Typer()


@app.command()
def main(name: str) -> None:
    print(name)


app()
"""

MINIMAL_TABLE = """
import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()


@app.command()
def main(name: str) -> None:
    table = Table("Ref", "Text")
    table.add_row("1", name)
    Console().print(table)


app()
"""

# The peer a user would write: everything imported at the top, the data parsed into dicts, a
# substring search, a Rich table or JSON out.
STRAIGHTFORWARD = """
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()
DATA = Path(sys.argv.pop(1))


@app.command()
def search(query: str, as_json: bool = typer.Option(False, "--json")) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    records = [c for s in data["release"]["sections"] for c in s["clauses"]] + data["statements"]
    hits = [r for r in records if query.lower() in r["text"].lower()]
    if as_json:
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    table = Table("Ref", "Text")
    for hit in hits:
        table.add_row(hit["ref"], hit["text"])
    Console().print(table)


@app.command()
def sections() -> None:
    print("unused: a second command, as any real app has")


app()
"""


@dataclass
class Case:
    name: str
    argv: list[str]
    terminal: bool
    targets: list[tuple[str, float]] = field(default_factory=list)
    """(baseline case, the most this case may take as a multiple of its median)"""
    exit_code: int = 0
    """What the call must exit with: a case that found nothing would time another path."""
    times: list[float] = field(default_factory=list)
    memory: list[float] = field(default_factory=list)
    instructions: int = 0


BYTECODE = {
    "deps": "the stdlib and the installed packages, not summit's own source (packages installed "
    "by pip or `uv --compile-bytecode`, summit run from a checkout with PYTHONDONTWRITEBYTECODE)",
    "stdlib": "the stdlib only (packages installed by uv without --compile-bytecode, run with "
    "PYTHONDONTWRITEBYTECODE: every package compiled on every call)",
    "all": "everything, summit's source included (an installed wheel)",
}


def environment(bytecode: str, cache: Path, pythons: list[Path]) -> dict[str, str]:
    """This shell's environment without summit's settings, with one bytecode cache for all cases.

    PYTHONPYCACHEPREFIX points every case at the same fresh cache, so that no case gains from
    .pyc files an earlier run happened to leave. What the cache holds is `BYTECODE[bytecode]`:
    with "all", the warm-up run caches everything for every case; otherwise the cache is filled
    beforehand (by compileall, for each of `pythons`) and nothing more is written.
    """
    env = {
        k: v for k, v in os.environ.items() if k not in ("SUMMIT_DATA", "NO_COLOR", "FORCE_COLOR")
    }
    env.update(COLUMNS="100", LINES="50", TERM="xterm-256color", PYTHONPYCACHEPREFIX=str(cache))
    # The corpus indexes go beside the bytecode, removed with it: none is left in the user's
    # cache for a corpus the run deletes.
    env["XDG_CACHE_HOME"] = str(cache.with_name(f"{cache.name}-indexes"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if bytecode != "all":
        skip = r"[/]tests?[/]|idlelib|tkinter|lib2to3|ensurepip"
        if bytecode == "stdlib":
            skip = "site-packages|" + skip
        compile_paths = (
            "import compileall, re, sysconfig; "
            "[compileall.compile_dir(path, quiet=2, workers=2, "
            f"rx=re.compile({skip!r})) for path in sorted({{sysconfig.get_paths()[key] "
            "for key in ('stdlib', 'platstdlib', 'purelib', 'platlib')})]"
        )
        for python in pythons:
            subprocess.run([str(python), "-c", compile_paths], env=env, check=True)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_once(
    argv: list[str], terminal: bool, env: dict[str, str], exit_code: int = 0
) -> tuple[float, float]:
    """Wall time (s) and the largest process's peak resident memory (MiB: `ru_maxrss` of the
    process tree, not the sum of a build's workers) of one run, on a pty or into a pipe."""
    leader = follower = -1
    if terminal:
        leader, follower = pty.openpty()
        out: Any = follower
    else:
        out = subprocess.PIPE
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=out, stderr=out, stdin=subprocess.DEVNULL, env=env)
    if terminal:
        os.close(follower)
        while select.select([leader], [], [], 30)[0]:
            try:
                if not os.read(leader, 65536):
                    break
            except OSError:
                break
        os.close(leader)
    else:
        assert process.stdout is not None
        process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != exit_code:
        raise SystemExit(
            f"{' '.join(argv)} exited {process.returncode}, not {exit_code}: its time would be "
            "another path's"
        )
    return elapsed, usage.ru_maxrss / 1024


def latest_typer_python(workdir: Path) -> Path | None:
    """A venv with the newest Typer and Rich, for the peer app; None where it cannot be built."""
    uv = shutil.which("uv")
    venv = workdir / "latest"
    if uv is None:
        return None
    try:
        subprocess.run([uv, "venv", "-q", str(venv)], check=True, capture_output=True)
        install = [
            uv,
            "pip",
            "install",
            "-q",
            "--python",
            str(venv / "bin" / "python"),
            "typer",
            "rich",
        ]
        subprocess.run(install, check=True, capture_output=True)
    except subprocess.CalledProcessError:
        return None
    return venv / "bin" / "python"


def typer_version(python: Path) -> str:
    command = [str(python), "-c", "import typer; print(typer.__version__)"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def measure(cases: list[Case], runs: int, env: dict[str, str]) -> None:
    for case in cases:  # warm-up: write bytecode caches, fill the page cache
        run_once(case.argv, case.terminal, env, case.exit_code)
    for _ in range(runs):
        for case in cases:
            elapsed, memory = run_once(case.argv, case.terminal, env, case.exit_code)
            case.times.append(elapsed)
            case.memory.append(memory)


def count_instructions(cases: list[Case], env: dict[str, str], workdir: Path) -> None:
    """One run of each case under valgrind's callgrind, which counts the instructions executed,
    with a fixed hash seed: set and dict order, and with them the count, vary with the seed
    (by some 0.7 million, a fifth of the per-call margin)."""
    log = workdir / "callgrind.log"
    seeded = {**env, "PYTHONHASHSEED": "0"}
    for case in cases:
        valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        argv = [*valgrind, f"--log-file={log}", *case.argv]
        run_once(argv, case.terminal, seeded, case.exit_code)
        collected = re.search(r"Collected : (\d+)", log.read_text(encoding="utf-8"))
        if collected is None:
            raise SystemExit(f"valgrind counted nothing for {case.name}: see {log}")
        case.instructions = int(collected[1])


def ratios(case: Case, figures: dict[str, float], judged: bool = True) -> str:
    """The case's figure against each of its baselines, with the target and, where `judged`,
    the verdict (a per-call target is judged in instructions, not in this machine's times)."""
    shown = []
    for baseline, target in case.targets:
        if baseline in figures:
            value = figures[case.name] / figures[baseline]
            judgement = f": {verdict(value, target)}" if judged else ", judged in instructions"
            shown.append(f"{value:.2f}x {baseline} (<= {target}{judgement})")
    return "; ".join(shown)


def framework_table(cases: list[Case]) -> str:
    medians = {case.name: statistics.median(case.times) for case in cases}
    lines = [
        "| case | output | median ms | largest process MiB | ratio to baseline (target) |",
        "|---|---|---:|---:|---|",
    ]
    for case in cases:
        output = "terminal" if case.terminal else "pipe"
        lines.append(
            f"| {case.name} | {output} | {medians[case.name] * 1000:.0f} | "
            f"{max(case.memory):.1f} | {ratios(case, medians, judged=False)} |"
        )
    return "\n".join(lines)


def instructions_table(cases: list[Case]) -> str:
    counts = {case.name: float(case.instructions) for case in cases}
    lines = [
        "| case | million instructions | ratio to baseline (target) |",
        "|---|---:|---|",
    ]
    for case in cases:
        lines.append(f"| {case.name} | {case.instructions / 1e6:.1f} | {ratios(case, counts)} |")
    return "\n".join(lines)


def synthetic_summit(
    template: dict[str, Any], index: int, tokens: list[str], rng: random.Random
) -> dict[str, Any]:
    """A summit of the real file's shape and text lengths, its words drawn from the real text."""
    data: dict[str, Any] = json.loads(json.dumps(template))
    data["id"] = f"synthetic-{index:05}"

    def rewrite(text: str) -> str:
        return " ".join(rng.choice(tokens) for _ in text.split())

    for record in data["release"]["preamble"] + data["statements"]:
        record["text"] = rewrite(record["text"])
    for section in data["release"]["sections"]:
        for clause in section["clauses"]:
            clause["text"] = rewrite(clause["text"])
    return data


LOAD = """
import gc, statistics, sys, time
from pathlib import Path
from summitcli import loader
gc.disable()  # as the summit script runs
corpus, runs = Path(sys.argv[1]), int(sys.argv[2])
kept, times = [], []
for _ in range(runs):
    start = time.perf_counter()
    kept.append(loader.load(corpus))  # kept: freeing the summits is not loading them
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def load_time(corpus: Path, runs: int, env: dict[str, str]) -> float:
    """Median seconds `loader.load` takes for the corpus, in a process of its own, once warm."""
    command = [sys.executable, "-c", LOAD, str(corpus), str(runs + 1)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return float(result.stdout)


def scale_table(counts: list[int], runs: int, env: dict[str, str], workdir: Path) -> str:
    template = json.loads(DATA.read_text(encoding="utf-8"))
    texts = [c["text"] for s in template["release"]["sections"] for c in s["clauses"]]
    texts += [s["text"] for s in template["statements"]]
    # Every word of the real text, repeats included: synthetic text keeps its word frequencies.
    tokens = [word for text in texts for word in text.split()]
    rng = random.Random(2025)
    lines = [
        "| summits | clauses | search median ms | ms per summit | growth vs previous "
        "| load ms per summit |",
        "|---:|---:|---:|---:|---|---:|",
    ]
    previous: tuple[int, float] | None = None
    for count in counts:
        corpus = workdir / f"corpus-{count}"
        corpus.mkdir()
        for index in range(count):
            summit = synthetic_summit(template, index, tokens, rng)
            (corpus / f"{index:05}.json").write_text(json.dumps(summit), encoding="utf-8")
        # in memory, as before the index: the corpus table below times the index
        argv = [str(SUMMIT), "--no-cache", "--data", str(corpus), "search", "hydrogen", "--json"]
        run_once(argv, False, env)
        median = statistics.median(run_once(argv, False, env)[0] for _ in range(runs))
        growth = ""
        if previous:
            factor = count / previous[0]
            growth = f"{median / previous[1]:.1f}x time for {factor:.0f}x summits"
        per_summit = median * 1000 / count
        load = load_time(corpus, runs, env) * 1000 / count
        lines.append(
            f"| {count} | {count * 11} | {median * 1000:.0f} | {per_summit:.2f} | {growth} "
            f"| {load:.3f} |"
        )
        previous = (count, median)
    return "\n".join(lines)


STALENESS = """
import statistics, sys, time
from pathlib import Path
from summitcli import cache
corpus, runs = Path(sys.argv[1]), int(sys.argv[2])
times = []
for _ in range(runs + 1):
    start = time.perf_counter()
    current = cache.up_to_date(corpus)
    times.append(time.perf_counter() - start)
    assert current, "no cache, or a stale one"
print(statistics.median(times[1:]))
"""


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def corpus_cases(count: int, corpus: Path) -> list[Case]:
    """Issue 20's cases for a generated corpus of `count` summits (warm cache), each against the
    same run's `summit search hydrogen --json` on the bundled file."""
    summit = [str(SUMMIT), "--data", str(corpus)]
    base = "summit search hydrogen --json"
    name = f"{count:,} summits:"
    if count < 10_000:
        return [
            Case(
                f"{name} search hydrogen --json",
                [*summit, "search", "hydrogen", "--json"],
                False,
                [(base, 2.0)],
            )
        ]
    return [
        Case(
            f"{name} search hydrogen --json --limit 10",
            [*summit, "search", "hydrogen", "--json", "--limit", "10"],
            False,
            [(base, 2.5)],
        ),
        Case(
            f"{name} search 'hydrogen energy' --json",
            [*summit, "search", "hydrogen energy", "--json"],
            False,
            [(base, 2.5)],
        ),
        Case(
            f"{name} search hydrogen --json (all hits)",
            [*summit, "search", "hydrogen", "--json"],
            False,
            [(base, 6.0)],
        ),
        Case(f"{name} topics --json", [*summit, "topics", "--json"], False, [(base, 2.5)]),
        Case(
            f"{name} quotes --speaker Ishiba --json",
            [*summit, "quotes", "--speaker", "Ishiba", "--json"],
            False,
            [(base, 2.5)],
        ),
        Case(
            f"{name} search hydorgen (no results: did you mean)",
            [*summit, "search", "hydorgen"],
            False,
            exit_code=1,
        ),
    ]


def corpus_table(counts: list[int], runs: int, env: dict[str, str], workdir: Path) -> str:
    """Generated corpora (bench/corpus.py) served from their cache: the first build, the
    staleness check, and each case's median, peak memory and ratio to the bundled file's search.
    """
    spec = importlib.util.spec_from_file_location("corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    base = Case(
        "summit search hydrogen --json", [str(SUMMIT), "search", "hydrogen", "--json"], False
    )
    cases, notes = [base], []
    for count in counts:
        corpus = generator.write(workdir / f"generated-{count}", count)
        time.sleep(2.5)  # files younger than cache.RACY_SECONDS are indexed again next call
        argv = [str(SUMMIT), "--data", str(corpus), "search", "hydrogen", "--json"]
        built, memory = run_once(argv, False, env)  # the writer's, or one worker's, peak
        command = [sys.executable, "-c", STALENESS, str(corpus), str(runs)]
        check = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        stale = float(check.stdout)
        notes.append(
            f"| {count:,} summits: first build (then `search hydrogen --json`) | {built:.1f} s | "
            f"{memory:.0f} | <= 60 s: {verdict(built, 60)} |"
        )
        notes.append(
            f"| {count:,} summits: staleness check alone (stat every file, compare) | "
            f"{stale * 1000:.0f} ms | | <= 150 ms: {verdict(stale, 0.150)} |"
        )
        cases += corpus_cases(count, corpus)
    measure(cases, runs, env)
    medians = {case.name: statistics.median(case.times) for case in cases}
    lines = [
        "| case | median | largest process MiB | ratio (target) |",
        "|---|---:|---:|---|",
        *notes,
    ]
    for case in cases:
        peak = max(case.memory)
        mark = "" if case.name == base.name or peak <= 150 else " (peak > 150 MiB: MISSED)"
        lines.append(
            f"| {case.name} | {medians[case.name]:.2f} s | {peak:.0f}{mark} | "
            f"{ratios(case, medians)} |"
        )
    return "\n".join(lines)


def summit_counts(text: str) -> list[int]:
    """`1,10,100` as [1, 10, 100]; an empty text as none."""
    words = [word for word in text.split(",") if word.strip()]
    if not all(word.strip().isdigit() and int(word) > 0 for word in words):
        raise argparse.ArgumentTypeError(f"expected positive whole numbers like 1,10,100: {text}")
    return [int(word) for word in words]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs per case (default 21)")
    parser.add_argument(
        "--scale",
        type=summit_counts,
        default="1,10,100,1000",
        help="summit counts for the scale table, comma-separated; empty for none",
    )
    parser.add_argument(
        "--scale-runs", type=int, default=5, help="timed runs per corpus (default 5)"
    )
    parser.add_argument(
        "--corpus",
        type=summit_counts,
        default="",
        help="summit counts of generated corpora served from their cache (issue 20's cases: "
        "1000,10000); empty (the default) for none",
    )
    parser.add_argument(
        "--corpus-runs", type=int, default=5, help="timed runs per corpus case (default 5)"
    )
    parser.add_argument("--no-latest", action="store_true", help="skip the newest-Typer peer app")
    parser.add_argument(
        "--bytecode",
        choices=list(BYTECODE),
        default="deps",
        help="what is compiled to bytecode beforehand (default: deps)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count each case's instructions with valgrind (one run each)",
    )
    options = parser.parse_args()
    if options.instructions and shutil.which("valgrind") is None:
        parser.error("--instructions needs valgrind (apt-get install valgrind)")

    with tempfile.TemporaryDirectory(prefix="summit-bench-") as temporary:
        workdir = Path(temporary)
        for name, source in (
            ("minimal", MINIMAL),
            ("minimal_table", MINIMAL_TABLE),
            ("peer", STRAIGHTFORWARD),
        ):
            (workdir / f"{name}.py").write_text(source, encoding="utf-8")
        python = sys.executable
        minimal = "minimal Typer command"
        table = "minimal Typer + one Rich table"
        peer_json = "straightforward Typer + Rich app, --json"
        peer = "straightforward Typer + Rich app"
        search = [str(SUMMIT), "search", "hydrogen"]
        per_call = 1.3  # the per-call ratio decided when msgspec was kept
        cases = [
            Case(minimal, [python, str(workdir / "minimal.py"), "hydrogen"], False),
            Case(table, [python, str(workdir / "minimal_table.py"), "hydrogen"], True),
            Case(
                "summit search hydrogen --json",
                [*search, "--json"],
                False,
                [(minimal, per_call), (peer_json, 0.35)],
            ),
            Case("summit sections", [str(SUMMIT), "sections"], False, [(minimal, per_call)]),
            Case(
                "summit compare --json",
                [str(SUMMIT), "compare", "--json"],
                False,
                [("summit search hydrogen --json", 1.3)],
            ),
            Case("summit search hydrogen", search, True, [(table, per_call), (peer, 0.35)]),
        ]
        latest = None if options.no_latest else latest_typer_python(workdir)
        env = environment(
            options.bytecode, workdir / "pycache", [Path(python), *([latest] if latest else [])]
        )
        if latest is not None:
            peer_argv = [str(latest), str(workdir / "peer.py"), str(DATA), "search", "hydrogen"]
            cases += [Case(peer_json, [*peer_argv, "--json"], False), Case(peer, peer_argv, True)]
        measure(cases, options.runs, env)

        print(f"## Benchmark, {date.today().isoformat()}\n")
        print(
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Linux {platform.release()}, "
            f"Python {platform.python_version()}; summit's Typer {typer_version(Path(python))}"
            + (f", peer app on Typer {typer_version(latest)}" if latest else "")
            + f"; bytecode cached for {BYTECODE[options.bytecode]}"
            + f"; medians of {options.runs} interleaved runs.\n"
        )
        print(framework_table(cases))
        print()
        if options.instructions:
            count_instructions(cases, env, workdir)
            print("Instructions executed by one run of each case (valgrind's callgrind):\n")
            print(instructions_table(cases))
            print()
        counts = options.scale
        if counts:
            print("### Search over a corpus in memory (`summit --no-cache --data DIR search …`)\n")
            print(scale_table(counts, options.scale_runs, env, workdir))
        if options.corpus:
            print("\n### Generated corpora served from their cache (issue 20)\n")
            print(corpus_table(options.corpus, options.corpus_runs, env, workdir))


if __name__ == "__main__":
    main()
