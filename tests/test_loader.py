"""Loading summit files: every way a file can be bad gives exit 2 and one line naming it."""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcli import checks, loader
from summitcli.errors import DataError


def _raw(content: bytes) -> Callable[[Path], Path]:
    def make(directory: Path) -> Path:
        path = directory / "bad.json"
        path.write_bytes(content)
        return path

    return make


def _changed(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], Path]:
    def make(directory: Path) -> Path:
        data = json.loads(loader.bundled_data_path().read_text(encoding="utf-8"))
        change(data)
        path = directory / "bad.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return make


def _huge(directory: Path) -> Path:
    path = directory / "huge.json"
    with path.open("wb") as file:
        file.truncate(300 * 1024 * 1024)  # sparse: no disk used
    return path


def _empty_directory(directory: Path) -> Path:
    (directory / "notes.txt").write_text("not a summit", encoding="utf-8")
    return directory


def _directory_with_one_bad_file(directory: Path) -> Path:
    (directory / "a.json").write_text(loader.bundled_data_path().read_text(encoding="utf-8"))
    (directory / "b.json").write_text("{", encoding="utf-8")
    return directory


BAD_FILES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", lambda d: d / "nowhere.json", "no such file or directory"),
    ("empty", _raw(b""), "file is empty"),
    ("blank", _raw(b"  \n"), "file is empty"),
    (
        "truncated",
        _raw(b'{"format": 1, "id": '),
        "invalid JSON: Expecting value at line 1, column 21",
    ),
    ("top-level array", _raw(b"[]"), "expected an object, found an array at $"),
    ("invalid UTF-8", _raw(b'{"id": "\xff"}'), "not valid UTF-8 (byte 0xff at offset 8)"),
    ("nested", _raw(b"[" * 100_000 + b"]" * 100_000), "nested too deeply"),
    ("huge", _huge, "file is too large (300 MiB; the limit is 50 MiB)"),
    (
        "missing field",
        _changed(lambda d: d["statements"][0].pop("text")),
        "expected a string, found nothing at $.statements[0].text",
    ),
    (
        "wrong type",
        _changed(lambda d: d["release"]["sections"][1].update(number="2")),
        "expected a positive integer, found a string at $.release.sections[1].number",
    ),
    (
        "duplicate ref",
        _changed(lambda d: d["statements"][1].update(ref="S1")),
        "ref 'S1' is used twice at $.statements",
    ),
    (
        "dangling ref",
        _changed(lambda d: d["curation"]["outcomes"][0]["refs"].append("9.9")),
        "cites '9.9', which no record has at $.curation.outcomes[0].refs",
    ),
    (
        "unknown speaker",
        _changed(lambda d: d["statements"][3].update(speakers=["kim"])),
        "no person has the id 'kim' at $.statements[3].speakers[0]",
    ),
    (
        "statement without a speaker",
        _changed(lambda d: d["statements"][5].update(speakers=[])),
        "a statement needs a speaker at $.statements[5].speakers",
    ),
    (
        "unknown topic",
        _changed(lambda d: d["statements"][0]["curation"]["topics"].append("sport")),
        "topic 'sport' is not in $.curation.topics at $.statements[0]",
    ),
    (
        "ANSI escape in text",
        _changed(lambda d: d["statements"][0].update(text="hi \x1b[2J there")),
        "text contains the control character U+001B at $.statements[0].text",
    ),
    (
        "OSC title sequence in a title",
        _changed(lambda d: d["release"]["sections"][0].update(title="\x1b]0;pwned\x07")),
        "text contains the control character U+001B at $.release.sections[0].title",
    ),
    ("no summit files", _empty_directory, "no summit files (*.json) in this directory"),
]


@pytest.mark.parametrize(
    ("make", "message"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_bad_data_is_one_line_naming_the_file(
    tmp_path: Path, summit_cli: Any, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path)
    result = summit_cli("--data", str(path), "sections")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"summit: {path}: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_directory_names_its_bad_file(tmp_path: Path, summit_cli: Any) -> None:
    result = summit_cli("--data", str(_directory_with_one_bad_file(tmp_path)), "sections")
    assert result.returncode == 2
    assert result.stderr.startswith(f"summit: {tmp_path / 'b.json'}: invalid JSON")


def test_summit_data_environment_variable_is_read(tmp_path: Path, summit_cli: Any) -> None:
    result = summit_cli("sections", SUMMIT_DATA=str(tmp_path / "gone.json"))
    assert result.returncode == 2
    assert "gone.json: no such file or directory" in result.stderr


def test_data_error_lists_every_problem() -> None:
    error = DataError("f.json", [("$.a", "first"), ("$.b", "second")])
    assert str(error) == "f.json: first at $.a (and 1 more; run 'summit validate')"
    assert error.problems[1] == ("$.b", "second")


def test_corpus_records_name_their_summit(write_data: Callable[..., Path]) -> None:
    write_data(name="a.json")
    second = write_data(lambda d: d.update(id="another-summit"), name="b.json")
    summits = loader.load(second.parent)
    assert [s.id for s in summits] == ["korea-japan-2025-08-23", "another-summit"]
    assert {c.summit for c in summits[1].clauses} == {"another-summit"}


def test_corpus_refuses_two_files_with_one_id(write_data: Callable[..., Path]) -> None:
    write_data(name="a.json")
    second = write_data(name="b.json")
    with pytest.raises(DataError, match="is also used by"):
        loader.load(second.parent)


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside the document."""
    children: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    places = [path]
    for key, child in children:
        places += _places(child, (*path, key))
    return places


REPLACEMENTS = [
    None,
    0,
    -1,
    1,
    True,
    "",
    " ",
    "x",
    "S1",
    "2.1",
    "direct",
    "\x1b[2J",
    [],
    ["x"],
    [1],
    {},
    {"a": 1},
]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_fast_loader_and_the_checker_agree(
    data: st.DataObject, raw_data: dict[str, Any]
) -> None:
    """The query path builds with quick checks and the checker lists problems: same rules."""
    document = copy.deepcopy(raw_data)
    places = [p for p in _places(document) if p]
    path = data.draw(st.sampled_from(places))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()):
        parent[path[-1]] = data.draw(st.sampled_from(REPLACEMENTS))
    elif isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent.pop(path[-1])
    with tempfile.TemporaryDirectory() as directory:
        file = Path(directory) / "s.json"
        file.write_text(json.dumps(document), encoding="utf-8")
        try:
            loader.load_file(file)
            accepted = True
        except DataError as error:
            accepted = False
            assert error.problems
    assert accepted == (checks.problems_in(document) == [])
