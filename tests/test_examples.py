"""Every example a user is shown runs as shown: the `$ ` lines of every command's `--help` (read
from the Typer app, so a new command's examples are run too) and of the README's console blocks,
whose printed output must be what summit prints today.

Each runs in bash (`pipefail`) with the installed `summit` on PATH, in a folder of its own that
holds `article.txt` for `summit draft`. A line that needs a tool this machine lacks (jq,
sqlite3) is skipped with the reason; a line that starts a server (`datasette FILE`) is run up to
the server and no further.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import typer

from conftest import ROOT, SUMMIT, clean_env
from summitcli.cli import app

DRAFT_ARTICLE = ROOT / "tests" / "drafts" / "kim-sato.txt"
TOOLS = ("jq", "sqlite3", "sqlite-utils", "datasette")
SERVER = re.compile(r"\s*&&\s*datasette [^|&;]*$")
"""`... && datasette summit.db`: the database is written; the server is not started here."""


def _help_examples() -> list[tuple[str, list[str]]]:
    group = typer.main.get_command(app)
    context = typer.Context(group)
    examples = []
    for name in group.list_commands(context):  # type: ignore[attr-defined]
        command = group.get_command(context, name)  # type: ignore[attr-defined]
        lines = (command.epilog or "").splitlines()
        examples.append(
            (name, [line.strip()[2:] for line in lines if line.strip().startswith("$ ")])
        )
    return examples


def _readme_examples() -> list[tuple[str, list[str]]]:
    """(command, the lines the README prints after it) for every `$ ` line of its console
    blocks."""
    examples: list[tuple[str, list[str]]] = []
    inside = False
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = line == "```console"
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            examples.append((line[2:], []))
        elif examples:
            examples[-1][1].append(line)
    return [(command, _trimmed(shown)) for command, shown in examples]


def _trimmed(lines: list[str]) -> list[str]:
    while lines and not lines[-1]:
        lines = lines[:-1]
    return lines


def _run(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    missing = [tool for tool in TOOLS if re.search(rf"(^|\| |&& ){tool} ", command + " ")]
    missing = [tool for tool in missing if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} is not installed")
    command = SERVER.sub("", command)
    environment = clean_env(PATH=f"{SUMMIT.parent}:{clean_env()['PATH']}")
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=folder,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


@pytest.mark.parametrize(("name", "lines"), _help_examples(), ids=lambda v: str(v)[:20])
def test_every_help_example_runs(name: str, lines: list[str], tmp_path: Path) -> None:
    """In order, in one folder that holds `article.txt` and, unless an example drafts it,
    `my-summit.json` (the bundled file). A fresh draft is not yet valid (its review items are
    open), so validating it is exit 2 listing them; everything else exits 0 with output. The
    cache's examples find the cache a search of the folder `my-summits/` builds (with none,
    `cache info` is exit 1; a single file is never cached)."""
    shutil.copy(DRAFT_ARTICLE, tmp_path / "article.txt")
    drafted = any(line.startswith("summit draft") for line in lines)
    if not drafted:
        shutil.copy(ROOT / "data" / "summit_2025.json", tmp_path / "my-summit.json")
    if name == "cache":
        (tmp_path / "my-summits").mkdir()
        shutil.copy(ROOT / "data" / "summit_2025.json", tmp_path / "my-summits")
        assert _run("summit --data my-summits search hydrogen", tmp_path).returncode == 0
    for line in lines:
        result = _run(line, tmp_path)
        if drafted and line.startswith("summit validate my-summit.json"):
            assert result.returncode == 2 and "open review item" in result.stdout, line
            continue
        assert result.returncode == 0, (line, result.stderr)
        writes = any(word in f"{line} " for word in (" -o ", " > ", " export ", " clear "))
        assert result.stdout.strip() or writes, line
        for row in result.stdout.splitlines():  # jq's empty or missing fields
            assert row != "null" and not ("@tsv" in line and "\t\t" in f"{row}\t"), (line, row)


@pytest.mark.parametrize(("command", "shown"), _readme_examples(), ids=lambda v: str(v)[:30])
def test_every_readme_example_prints_what_the_readme_shows(
    command: str, shown: list[str], tmp_path: Path
) -> None:
    """What the README prints under a command is its stderr (notes), then its stdout, exactly;
    a block that shows nothing under a command only asks that it runs."""
    if "summit.db" in command and "summit export" not in command:
        _run("summit export sqlite summit.db", tmp_path)
    result = _run(command, tmp_path)
    assert result.returncode == 0, (command, result.stderr)
    if shown:
        printed = result.stderr.splitlines() + result.stdout.splitlines()
        assert _trimmed(printed) == shown
