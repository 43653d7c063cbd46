"""Every problem of a summit file, each with its JSON path, in words a curator can act on.

The decoder stops at the first problem; for a file it refuses, jsonschema (imported only here)
checks the raw JSON against the schema generated from the model and lists them all. The loader
borrows `document_problems` for its own message, so a query command and `summit validate` say
the same thing about the same file.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from . import links
from .errors import DataError
from .loader import control_character_problems, decode, link, read_bytes, summit_files
from .model import CONTROL_CHARACTERS, Summit

if TYPE_CHECKING:
    from jsonschema import ValidationError

Problem = tuple[str, str, str]
"""(file, JSON path, message); the path is empty for a problem with the whole file."""

CONTROL_CHARACTER = re.compile(f"[{CONTROL_CHARACTERS}]")
JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    type(None): "null",
}


def validate_path(path: Path) -> list[Problem]:
    """Every problem of a file, or of every file of a directory and of the directory as a whole."""
    try:
        files = summit_files(path)
    except DataError as error:
        return [(error.path, where, message) for where, message in error.problems]
    found: list[Problem] = []
    summits: list[Summit] = []
    for file in files:
        try:
            summit, problems = check(read_bytes(file), str(file))
        except DataError as error:
            summit, problems = None, error.problems
        found += [(str(file), where, message) for where, message in problems]
        if summit is not None:
            summits.append(summit)
            found += [(str(file), where, message) for where, message in review_problems(summit)]
    return found + links.corpus_problems(summits)


def review_problems(summit: Summit) -> list[tuple[str, str]]:
    """A draft's open review items: what `summit draft` could not settle is not yet a fact, so
    a file is not valid until its curator has cleared `curation.review`."""
    return [
        (f"$.curation.review[{index}]", f"open review item: {item}")
        for index, item in enumerate(summit.curation.review)
    ]


def check(raw: bytes, path: str) -> tuple[Summit | None, list[tuple[str, str]]]:
    """The summit a file holds, or None, and every problem of it: the schema's (all of them),
    then what only the decoder sees (dates on the calendar), then the loader's own checks."""
    problems = document_problems(raw)
    if problems:
        return None, problems
    try:
        summit = decode(raw)
    except (msgspec.ValidationError, msgspec.DecodeError) as error:
        return None, [decoder_problem(error)]
    problems = control_character_problems(raw) or links.problems(summit)
    return (None if problems else link(summit, path)), problems


def document_problems(raw: bytes) -> list[tuple[str, str]]:
    """What is wrong with a file as JSON, or as the schema generated from the model sees it."""
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as bad:
        return [("", f"not valid UTF-8 (byte 0x{raw[bad.start]:02x} at offset {bad.start})")]
    try:
        document = json.loads(text)
    except json.JSONDecodeError as syntax:
        return [("", f"invalid JSON: {syntax.msg} at line {syntax.lineno}, column {syntax.colno}")]
    except RecursionError:
        return [("", "invalid JSON: nested too deeply")]
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.path)))
    return [_describe(error) for error in errors]


def decoder_problem(error: Exception) -> tuple[str, str]:
    """msgspec's "MESSAGE - at `PATH`" as (JSON path, message)."""
    message, _, where = str(error).partition(" - at `")
    return where.rstrip("`") or "$", message


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    from .schema import json_schema

    return Draft202012Validator(json_schema())


def _describe(error: ValidationError) -> tuple[str, str]:
    """A jsonschema error as (JSON path, message), in the loader's words."""
    where, value, schema = error.json_path, error.instance, error.schema
    expected = schema.get("description") if isinstance(schema, dict) else None
    match error.validator:
        case "required":
            field = str(error.message).split("'")[1]
            return f"{where}.{field}", "expected a value, found nothing"
        case "additionalProperties":
            extra = sorted(set(value) - set(schema.get("properties", {})))
            return where, f"unknown field {', '.join(map(repr, extra))}"
        case "pattern" | "minLength" if isinstance(value, str):
            if control := CONTROL_CHARACTER.search(value):
                return where, f"text contains the control character U+{ord(control[0]):04X}"
            if not value.strip():
                return where, "text is empty"
            return where, f"expected {expected or 'text of another form'}, found {value!r}"
        case "type":
            scalar = error.validator_value not in ("object", "array") and expected
            wanted = expected if scalar else _article(str(error.validator_value))
            return where, f"expected {wanted}, found {_json_type(value)}"
        case "enum" | "const":
            allowed = error.validator_value
            choices = allowed if isinstance(allowed, list) else [allowed]
            return where, f"expected one of {', '.join(map(json.dumps, choices))}, found {value!r}"
        case "minimum":
            return where, f"expected {expected or 'a positive integer'}, found {value!r}"
        case "minItems":
            return where, f"expected {expected or 'at least one item'}, found an empty array"
    return where, str(error.message)


def _article(name: str) -> str:
    return {"object": "an object", "array": "an array", "integer": "an integer"}.get(
        name, f"a {name}"
    )


def _json_type(value: Any) -> str:
    return JSON_TYPES.get(type(value), type(value).__name__)
