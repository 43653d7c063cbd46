"""The whole command surface, swept by generation: every command, argument, option and format that
the Typer app declares, on the bundled file, on a corpus of varied summits and on a summit with the
edge values `validate` accepts.

The commands and their options come from the app itself (`typer.main.get_command`, Typer's public
bridge to Click), so a new command or option is swept without touching this test. Values are
drawn by the parameter's type (a choice, a number, a flag) and, for free text, by what the
parameter means (a ref, a query, a name, a topic, a path).
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.core import TyperArgument, TyperGroup, TyperOption

from conftest import DRAFTS, run_in_process
from summitcli.cli import app
from summitcli.errors import EXIT_NO_RESULTS, EXIT_OK, EXIT_USAGE

GROUP = typer.main.get_command(app)
assert isinstance(GROUP, TyperGroup)
CONTEXT = typer.Context(GROUP)
COMMANDS: dict[str, Any] = {
    name: command
    for name in GROUP.list_commands(CONTEXT)
    if (command := GROUP.get_command(CONTEXT, name)) is not None
}
DOCUMENTED_EXITS = {EXIT_OK, EXIT_NO_RESULTS, EXIT_USAGE}
ANSI = re.compile(r"\x1b\[")

SYMBOLS = [".*", "?", '"', "!!!", "🙂", "※", "", " ", "-", "'", "[bold]x[/bold]", "a|b", "\\"]
WORDS = ["hydrogen", "AI", "cooperation", "human exchanges", "low birth rates", "이재명", "石破"]
NAMES = ["Ishiba", "Lee", "President Lee", "Former President", "石破", "Ishiba Shigeru", "Nobody"]
TOPICS = ["exchanges", "north-korea", "economy", "Exchanges", "no-such-topic"]
JUNK_REFS = ["X9", "2(1)", "p1", "99.9", "O99", "T", "0", "nowhere:S1", "S", ""]


def _edge_values(data: dict[str, Any]) -> None:
    """What `validate` accepts at the edges: a year-only date, no meetings, no outcomes, no
    timeline, no aliases or notes, and a person who never speaks."""
    data["id"] = "edge-summit"
    data["summit"]["date"] = "2025"
    data["meetings"] = []
    for statement in data["statements"]:
        statement.get("curation", {}).pop("setting", None)
        statement.get("curation", {}).pop("notes", None)
    data["curation"]["outcomes"] = []
    data["curation"]["timeline"] = []
    for person in data["people"]:
        person.pop("curation", None)


def _month_only(data: dict[str, Any]) -> None:
    data["id"] = "month-summit"
    data["summit"]["date"] = "2025-08"
    data["curation"]["timeline"] = data["curation"]["timeline"][:1]
    data["curation"]["outcomes"] = data["curation"]["outcomes"][:2]


@pytest.fixture(scope="module")
def setups(
    tmp_path_factory: pytest.TempPathFactory, raw_data: dict[str, Any]
) -> dict[str, list[str]]:
    """`--data` for each setup, and the files behind it. Each must load: a refused file exits
    2, a documented exit, and would leave the sweeps below checking nothing but refusals."""
    folder = tmp_path_factory.mktemp("surface")
    corpus = folder / "corpus"
    corpus.mkdir()
    changes: dict[str, Callable[[dict[str, Any]], None]] = {
        "bundled.json": lambda data: None,
        "month.json": _month_only,
        "edge.json": _edge_values,
    }
    for name, change in changes.items():
        data = copy.deepcopy(raw_data)
        change(data)
        (corpus / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    found: dict[str, list[str]] = {
        "bundled": [],
        "corpus": ["--data", str(corpus)],
        "edge": ["--data", str(corpus / "edge.json")],
    }
    for setup_args in found.values():
        loaded = run_in_process(*setup_args, "info")
        assert loaded.returncode == EXIT_OK, (setup_args, loaded.stderr)
    return found


def _refs(raw: dict[str, Any]) -> list[str]:
    release = raw["release"]
    refs = ["T", *(p["ref"] for p in release["preamble"])]
    for section in release["sections"]:
        refs += [str(section["number"]), *(c["ref"] for c in section["clauses"])]
    refs += [s["ref"] for s in raw["statements"]] + [n["ref"] for n in raw["narration"]]
    return refs + [o["ref"] for o in raw["curation"]["outcomes"]]


def _free_text() -> st.SearchStrategy[str]:
    return st.text(
        st.characters(codec="utf-8", exclude_characters="\x00"),
        max_size=12,
    )


def _known(parameter: TyperArgument | TyperOption, refs: list[str], folder: Path) -> list[str]:
    """Values worth trying for a parameter, by its type and, for text, by what it means, most
    ordinary first. (Typer vendors Click, so types are told by their declared names.)"""
    kind = parameter.type.name
    if kind == "choice":
        choices = [str(c) for c in getattr(parameter.type, "choices", ())]
        return choices + [choice.upper() for choice in choices]
    if kind in ("integer", "int range", "whole number"):
        return ["2", "1", "0", "-1", "12"]
    if kind == "path":
        if parameter.name == "article":
            return [*map(str, sorted(DRAFTS.glob("*.txt"))), str(folder / "none")]
        return [str(folder / name) for name in ("out.db", "missing/x.db")] + [""]
    qualified = [f"korea-japan-2025-08-23:{ref}" for ref in refs[:5]]
    by_meaning = {
        "refs": ["2", *refs, *qualified, *JUNK_REFS],
        "ref": ["2.2", *refs, *qualified, *JUNK_REFS],
        "query": WORDS + SYMBOLS,
        "speaker": NAMES,
        "topic": TOPICS,
    }
    return by_meaning.get(parameter.name or "", []) + SYMBOLS


def _value(
    parameter: TyperArgument | TyperOption, refs: list[str], folder: Path
) -> st.SearchStrategy[str]:
    known = st.sampled_from(_known(parameter, refs, folder))
    return known if parameter.type.name in ("choice", "path") else st.one_of(known, _free_text())


@st.composite
def command_lines(draw: st.DrawFn, refs: list[str], folder: Path) -> list[str]:
    """A command, then for each of its parameters: left out, or given (once or several times)."""
    name = draw(st.sampled_from(sorted(COMMANDS)))
    words = [name]
    for parameter in COMMANDS[name].params:
        if parameter.name == "help":
            continue
        if isinstance(parameter, TyperArgument):
            count = 1 if parameter.required else draw(st.integers(0, 1))
            count = draw(st.integers(1, 3)) if parameter.nargs == -1 and count else count
            words += [draw(_value(parameter, refs, folder)) for _ in range(count)]
            continue
        assert isinstance(parameter, TyperOption)
        if not draw(st.booleans()):
            continue
        flag = draw(st.sampled_from(parameter.opts))
        if parameter.is_flag:
            words.append(flag)
            continue
        times = draw(st.integers(1, 2)) if parameter.multiple else 1
        for _ in range(times):
            words += [flag, draw(_value(parameter, refs, folder))]
    if draw(st.booleans()):
        words += ["--color", draw(st.sampled_from(["auto", "always", "never"]))]
    return words


def _format_of(words: list[str]) -> str:
    formats = [words[i + 1].lower() for i, w in enumerate(words[:-1]) if w in ("-f", "--format")]
    fmt = "json" if "--json" in words else "jsonl" if "--jsonl" in words else None
    return fmt or (formats[-1] if formats else "plain")


def _check_output(words: list[str], stdout: str) -> None:
    """The output parses in the format asked for, and nothing coloured goes into a pipe unless
    colour was asked for."""
    fmt = _format_of(words)
    if "always" not in words:
        assert not ANSI.search(stdout), "colour in a pipe"
    if fmt == "json" and words[0] not in ("draft", "export"):
        shape = {"array": list, "object": dict}
        promised = tuple(kind for word, kind in shape.items() if word in _json_help(words[0]))
        assert not promised or isinstance(json.loads(stdout), promised), (
            f"--json of {words[0]} is not what its help says"
        )
    elif fmt == "jsonl":
        for line in stdout.splitlines():
            json.loads(line)
    elif fmt == "csv" and words[0] != "cite":
        rows = list(csv.reader(io.StringIO(stdout)))
        assert rows and rows[0][:2] == ["type", "summit"], f"{words[0]} printed CSV with no header"
        assert {len(row) for row in rows} <= {len(rows[0])}, (
            "a CSV row wider or narrower than its header"
        )
        labels = [label.casefold() for label in rows[0]]
        assert len(set(labels)) == len(labels), f"{words[0]} CSV repeats a column: {rows[0]}"
    elif fmt == "markdown":
        table = [line for line in stdout.splitlines() if line.startswith("| ")]
        cells = {len(re.split(r"(?<!\\)\|", line)) for line in table}
        assert len(cells) <= 1, "a Markdown table with uneven columns"


def _check_nothing_found(words: list[str], stdout: str) -> None:
    """Nothing found in CSV is the header the rows would have had, alone: pandas and csvkit
    read it as no rows, where an empty file or a bare `type,summit` fails or says nothing."""
    if _format_of(words) == "csv":
        rows = list(csv.reader(io.StringIO(stdout)))
        assert len(rows) == 1 and rows[0][:2] == ["type", "summit"] and len(rows[0]) > 2, (
            f"{words[0]} found nothing and printed {stdout!r}, not its header"
        )


def _check_formats_differ(name: str, arguments: list[str], printed: dict[str, str]) -> None:
    """Each format asked for is honoured: CSV and Markdown are not the plain text again."""
    plain = printed.get("plain")
    for fmt in ("csv", "markdown"):
        assert plain is None or printed.get(fmt) != plain, (
            f"{name} {' '.join(arguments)} --format {fmt} printed its plain text"
        )


def _json_help(name: str) -> str:
    """What the command's --help says its --json prints."""
    options = [p for p in COMMANDS[name].params if "--json" in getattr(p, "opts", ())]
    return " ".join(str(getattr(option, "help", "")) for option in options)


def _formats(name: str) -> list[list[str]]:
    """Every way a command can be asked for a format: each choice of its --format, --json and
    --jsonl; a command without them once, as it is."""
    options = {option.name: option for option in COMMANDS[name].params}
    if "fmt" not in options or not isinstance(options["fmt"], TyperOption):
        return [[]]
    choices = [str(c) for c in getattr(options["fmt"].type, "choices", ())]
    return [["--format", choice] for choice in choices] + [["--json"], ["--jsonl"]]


def _first_arguments(name: str, refs: list[str], folder: Path) -> list[list[str]]:
    """The command's required arguments, each given its most ordinary value; a choice (`cache
    info|clear`) each of its values, as each does something else."""
    lines: list[list[str]] = [[]]
    for parameter in COMMANDS[name].params:
        if isinstance(parameter, TyperArgument) and parameter.required:
            choices = [str(c) for c in getattr(parameter.type, "choices", ())]
            values = choices or _known(parameter, refs, folder)[:1]
            lines = [[*line, value] for line in lines for value in values]
    return lines


@pytest.mark.parametrize("setup", ["bundled", "corpus", "edge"])
def test_every_command_in_every_format(
    setup: str,
    setups: dict[str, list[str]],
    raw_data: dict[str, Any],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Each pair at least once, whatever the generated sweep below happens to draw."""
    folder = tmp_path_factory.mktemp("formats")
    refs = _refs(raw_data)
    for name in sorted(COMMANDS):
        for arguments in _first_arguments(name, refs, folder):
            printed: dict[str, str] = {}
            for fmt in _formats(name):
                words = [name, *arguments, *fmt]
                if name == "export":
                    words.append("--force")
                result = run_in_process(*setups[setup], *words)
                assert result.returncode in DOCUMENTED_EXITS, (words, result.stderr)
                if result.returncode == EXIT_OK:
                    _check_output(words, result.stdout)
                    printed[_format_of(words)] = result.stdout
                elif result.returncode == EXIT_NO_RESULTS:
                    _check_nothing_found(words, result.stdout)
            _check_formats_differ(name, arguments, printed)


@pytest.mark.parametrize("setup", ["bundled", "corpus", "edge"])
def test_every_command_line_ends_in_a_documented_way(
    setup: str,
    setups: dict[str, list[str]],
    raw_data: dict[str, Any],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("writes")

    @settings(
        max_examples=200,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=True,
    )
    @given(command_lines(_refs(raw_data), folder), st.booleans())
    def sweep(words: list[str], global_first: bool) -> None:
        data = setups[setup]
        argv = [*data, *words] if global_first else [*words, *data]
        result = run_in_process(*argv)
        assert result.returncode in DOCUMENTED_EXITS, (argv, result.stderr)
        problems = [
            line for line in result.stderr.splitlines() if not line.startswith("summit: note:")
        ]
        if result.returncode == EXIT_USAGE:
            assert len(problems) == 1, (argv, result.stderr)
        if result.returncode == EXIT_OK:
            _check_output(words, result.stdout)
        elif result.returncode == EXIT_NO_RESULTS:
            _check_nothing_found(words, result.stdout)

    sweep()


OUTPUT_OPTIONS = {"fmt", "as_json", "as_jsonl", "help"}


def _ordinary(parameter: TyperArgument | TyperOption, refs: list[str]) -> list[str] | None:
    """Values a user would give the parameter, none of them wrong in itself, so that a command
    line of them is answered, or finds nothing, more often than it is refused; None for the
    output's own options and for text of no known meaning (a path, a title)."""
    if parameter.name in OUTPUT_OPTIONS:
        return None
    if parameter.type.name == "choice":
        return [str(c) for c in getattr(parameter.type, "choices", ())]
    if parameter.type.name in ("integer", "int range", "whole number"):
        return ["1", "2"]
    if parameter.type.name == "boolean":
        return []
    by_meaning = {
        "refs": refs,
        "ref": refs,
        "query": WORDS,
        "speaker": [name for name in NAMES if name != "Nobody"],
        "topic": [topic for topic in TOPICS if topic.islower() and topic != "no-such-topic"],
    }
    return by_meaning.get(parameter.name or "")


@st.composite
def ordinary_lines(draw: st.DrawFn, refs: list[str]) -> list[str]:
    """A command that prints records, with some of its parameters given ordinary values: the
    more filters, the likelier an answer of nothing."""
    name = draw(st.sampled_from(sorted(n for n, c in COMMANDS.items() if "fmt" in _names(c))))
    words = [name]
    for parameter in COMMANDS[name].params:
        values = _ordinary(parameter, refs)
        if values is None or not (parameter.required or draw(st.booleans())):
            continue
        if isinstance(parameter, TyperOption):
            words.append(parameter.opts[0])
        if values:
            words.append(draw(st.sampled_from(values)))
    return words


def _names(command: Any) -> set[str]:
    return {parameter.name for parameter in command.params}


@pytest.mark.parametrize("setup", ["bundled", "corpus", "edge"])
def test_nothing_found_in_csv_is_its_header(
    setup: str, setups: dict[str, list[str]], raw_data: dict[str, Any]
) -> None:
    """Every command whose filters can leave nothing exits 1 and, in CSV, prints the header its
    rows would have had (`_check_nothing_found`), whichever command and filters."""

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=True,
    )
    @given(ordinary_lines(_refs(raw_data)))
    def sweep(words: list[str]) -> None:
        line = [*words, "--format", "csv"]
        result = run_in_process(*setups[setup], *line)
        assert result.returncode in DOCUMENTED_EXITS, (line, result.stderr)
        if result.returncode == EXIT_NO_RESULTS:
            _check_nothing_found(line, result.stdout)

    sweep()


def _choices() -> list[tuple[str, str, str]]:
    """(command, parameter, choice) for every choice any command declares."""
    return [
        (name, parameter.name or "", str(choice))
        for name, command in sorted(COMMANDS.items())
        for parameter in command.params
        if parameter.type.name == "choice"
        for choice in getattr(parameter.type, "choices", ())
    ]


@pytest.mark.parametrize(("name", "parameter", "choice"), _choices())
def test_every_choice_ignores_case(
    name: str, parameter: str, choice: str, raw_data: dict[str, Any], tmp_path: Path
) -> None:
    """The README says choices ignore case: `summit read Release` as `export SQLite` does. Each
    command gets the arguments it needs to answer (search its words), so the choice is used."""
    words = [name]
    for declared in COMMANDS[name].params:
        value = choice.upper() if declared.name == parameter else None
        needed = declared.required or declared.name == "query"
        if isinstance(declared, TyperArgument) and (needed or value):
            words.append(value or _known(declared, _refs(raw_data), tmp_path)[0])
        elif value is not None:
            words += [declared.opts[0], value]
    if name == "export":
        words.append("--force")
    result = run_in_process(*words)
    assert result.returncode in (EXIT_OK, EXIT_NO_RESULTS), (words, result.stderr)
