"""`summit validate`: OK for good files, every problem with its JSON path for bad ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from summitcli.validate import validate_path


def test_bundled_file_is_ok(summit_cli: Any) -> None:
    result = summit_cli("validate")
    assert result.returncode == 0
    assert result.stdout.startswith("OK ")


def test_schema_problems_are_listed_with_their_paths(write_data: Callable[..., Path]) -> None:
    def break_two_things(data: dict[str, Any]) -> None:
        data["statements"][2]["kind"] = "rumour"
        data["release"]["sections"][0]["clauses"][1]["ref"] = "one"

    path = write_data(break_two_things)
    problems = validate_path(path)
    assert [(where, message) for _, where, message in problems] == [
        ("$.release.sections[0].clauses[1].ref", "expected a clause ref such as 2.1, found 'one'"),
        ("$.statements[2].kind", 'expected one of "direct", "reported", found \'rumour\''),
    ]


def test_cross_reference_problems_come_from_the_loader(write_data: Callable[..., Path]) -> None:
    path = write_data(lambda d: d["curation"]["timeline"][0]["refs"].append("P9"))
    assert validate_path(path) == [
        (str(path), "$.curation.timeline[0].refs", "cites 'P9', which no record has")
    ]


def test_validate_cli_exit_codes_and_syntax_errors(tmp_path: Path, summit_cli: Any) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "format": 1,\n  "id": \n}', encoding="utf-8")
    result = summit_cli("validate", str(bad))
    assert result.returncode == 2
    assert result.stdout == f"{bad}: invalid JSON: Expecting value at line 4, column 1\n"
    assert result.stderr == "summit: 1 problem(s) found\n"


def test_validate_json_output(write_data: Callable[..., Path], summit_cli: Any) -> None:
    import json

    path = write_data(lambda d: d["people"][0].pop("role"))
    result = summit_cli("validate", str(path), "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout) == [
        {
            "file": str(path),
            "path": "$.people[0].role",
            "message": "expected a value, found nothing",
        }
    ]
