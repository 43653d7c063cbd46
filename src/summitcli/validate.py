"""`summit validate`: the JSON Schema check (jsonschema, imported only here) plus the loader's.

The loader already refuses a bad file on every call; this lists every problem at once, each with
its JSON path, for people curating a summit file of their own.
"""

from __future__ import annotations

import json
from pathlib import Path

from .checks import problems_in
from .errors import DataError
from .loader import bundled_schema_path, read_json, summit_files

Problem = tuple[str, str, str]
"""(file, JSON path, message); the path is empty for a problem with the whole file."""


def validate_path(path: Path) -> list[Problem]:
    try:
        files = summit_files(path)
    except DataError as error:
        return [(error.path, where, message) for where, message in error.problems]
    return [problem for file in files for problem in validate_file(file)]


def validate_file(path: Path) -> list[Problem]:
    from jsonschema import Draft202012Validator

    try:
        document = read_json(path)
    except DataError as error:
        return [(error.path, where, message) for where, message in error.problems]
    schema = json.loads(bundled_schema_path().read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    problems = [
        (str(path), error.json_path, error.message)
        for error in sorted(validator.iter_errors(document), key=lambda e: e.json_path)
    ]
    if not problems:
        problems = [(str(path), where, message) for where, message in problems_in(document)]
    return problems
