"""Shared fixtures: the bundled data, the source text, and ways to run `summit`: in-process
(`summit_cli`, fast, for most tests) and as the installed console script (`run_process` on a
pipe, `summit_tty` on a pseudo-terminal) where the process itself is under test."""

from __future__ import annotations

import atexit
import contextlib
import copy
import importlib.util
import io
import json
import os
import pty
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from summitcli import loader
from summitcli.cli import main
from summitcli.model import Summit

PROCESS_CACHE = tempfile.mkdtemp(prefix="summit-test-cache-")
os.environ["XDG_CACHE_HOME"] = PROCESS_CACHE
atexit.register(shutil.rmtree, PROCESS_CACHE, ignore_errors=True)
"""Where this test process's own imports keep caches (`draft`'s compiled patterns, stored when
a test module imports it, before any fixture runs): never the user's ~/.cache/summit."""

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "source" / "korea-japan-summit-2025-08-23.txt"
SOURCE_MISSING = (
    f"needs the source article at {SOURCE}: the tests that hold the data to the article's "
    "words read it from a 'shared/source' folder beside the project (README: Development)"
)
SUMMIT = Path(sys.executable).parent / "summit"
DRAFTS = Path(__file__).parent / "drafts"


def unplaced(article: str) -> str:
    """A test article (kim-sato.txt) with nothing to place its summit by: no date or city in
    the release's title, no country its visit was to."""
    return article.replace(" _2026.3.5. Seoul", "").replace("visit to Korea", "visit there")


"""The test articles, and every set that measures `draft`."""


def bench_module(name: str) -> Any:
    """A script of `bench/` as a module (the folder is no package): the corpus generator the
    benchmark uses, the benchmark itself, the draft scorer."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # for its dataclasses
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test, and every process it starts, keeps corpus caches in a folder of its own,
    never in the user's ~/.cache/summit nor another test's (a test that counts the caches found
    another's when both ran in one worker)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def summit() -> Summit:
    return loader.load()[0]


@pytest.fixture(scope="session")
def raw_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(loader.bundled_data_path().read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def source_paragraphs() -> list[str]:
    """The source split into its blank-line-separated paragraphs (provenance counts these)."""
    if not SOURCE.is_file():
        pytest.skip(SOURCE_MISSING)
    return SOURCE.read_text(encoding="utf-8").split("\n\n")


@pytest.fixture
def write_data(tmp_path: Path, raw_data: dict[str, Any]) -> Callable[..., Path]:
    """Write a copy of the bundled data, changed by `change(data)`, and return its path."""

    def write(
        change: Callable[[dict[str, Any]], object] = lambda data: None, name: str = "s.json"
    ) -> Path:
        data = copy.deepcopy(raw_data)
        change(data)
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


NO_ROLE_ARTICLE = """Talks end in Hanoi

President Le Van Minh met Prime Minister Ana Lima in Hanoi.

Kenji Tanaka, who attended, said the mood was warm.

[Joint statement _2026.4.2. Hanoi]

The two leaders agreed to meet again.

/End/
"""
"""A speaker the article gives no role, and a summit with no venue or visit: a draft leaves
placeholders there."""


def write_draft(folder: Path, name: str = "draft.json", article: str | None = None) -> Path:
    """An unreviewed draft of an article (the test article kim-sato.txt unless given), as
    `summit draft -o` writes it."""
    from summitcli.draft import draft, encode

    name_of_article = "article.txt" if article else "kim-sato.txt"
    if article is None:
        article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    path = folder / name
    path.write_bytes(encode(draft(article, name_of_article)))
    return path


CALL_ENV = ("SUMMIT_DATA", "NO_COLOR", "FORCE_COLOR")
"""The variables that change what a call prints: a test sets them, or has none of them."""


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CALL_ENV}
    env.update(extra)
    return env


def run_process(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the installed console script with stdout piped."""
    return subprocess.run(
        [str(SUMMIT), *args], capture_output=True, text=True, env=clean_env(**env), timeout=60
    )


def run_on_terminal(*args: str, columns: int | str = 100, **env: str) -> tuple[int, str]:
    """Run the installed console script with stdout and stderr on a pseudo-terminal (whose own
    size is 0 by 0, as a terminal that does not say), COLUMNS set to `columns`."""
    leader, follower = pty.openpty()
    environment = clean_env(
        **{"COLUMNS": str(columns), "LINES": "50", "TERM": "xterm-256color", **env}
    )
    process = subprocess.Popen(
        [str(SUMMIT), *args], stdin=follower, stdout=follower, stderr=follower, env=environment
    )
    os.close(follower)
    output = read_to_the_end(leader)
    return process.wait(timeout=30), output.decode("utf-8", "replace")


def read_to_the_end(leader: int, seen: bytes = b"") -> bytes:
    """What a pseudo-terminal's process writes until it ends (or is silent for 30 seconds),
    after `seen`; the terminal is closed then."""
    chunks = [seen]
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks)


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_in_process(*args: str) -> Result:
    """Run `summit ARGS` in this process, as the console script runs `cli.main`."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def summit_cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """`run_in_process`, with the environment variables given as keywords."""

    def run(*args: str, **env: str) -> Result:
        for name in CALL_ENV:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return run_in_process(*args)

    return run


@pytest.fixture
def summit_tty() -> Callable[..., tuple[int, str]]:
    return run_on_terminal


@pytest.fixture
def free_port() -> int:
    """A TCP port on localhost that nothing listens on, for a server a test starts."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
