"""The precise check of a summit file: every problem, with its JSON path.

The loader takes a faster path that only knows *whether* a file is sound; this module says what
is wrong, for `summit validate` and for the loader's error message when a file is refused.
"""

import re
from typing import Any

from .loader import CONTROL_CHARACTER, FORMAT_VERSION, ISO_DATE, PARTS, STATEMENT_KINDS

# The file format: a type stands for itself (str: non-empty text without
# control characters, int: a positive integer), a frozenset for one of its members, a pattern for a
# string that matches it, [spec] for an array of spec, and a dict for an object whose keys ending
# in "?" are optional. The JSON Schema in data/ says the same and more; `summit validate` uses both.
Spec = Any
TEXTS: Spec = [str]
PROVENANCE: Spec = {"part": frozenset(PARTS), "paragraph": int}
CURATION: Spec = {"topics?": TEXTS, "keywords?": TEXTS, "notes?": TEXTS}
PASSAGE: Spec = {"ref": str, "text": str, "provenance": PROVENANCE, "curation?": CURATION}
FILE_FORMAT: Spec = {
    "id": str,
    "summit": {
        "title": str,
        "date": ISO_DATE,
        "city": str,
        "country": str,
        "venue": str,
        "visit": str,
    },
    "people": [
        {
            "id": str,
            "name": str,
            "role": str,
            "country": str,
            "speaker": bool,
            "provenance": PROVENANCE,
            "curation?": {"aliases?": TEXTS, "notes?": TEXTS},
        }
    ],
    "meetings?": [
        {
            "id": str,
            "name": str,
            "start?": str,
            "duration?": str,
            "attendees?": str,
            "provenance": PROVENANCE,
        }
    ],
    "release": {
        "title": str,
        "preamble": [PASSAGE],
        "sections": [
            {
                "number": int,
                "title": str,
                "clauses": [PASSAGE],
                "provenance": PROVENANCE,
                "curation?": CURATION,
            }
        ],
    },
    "statements": [
        PASSAGE | {"kind": frozenset(STATEMENT_KINDS), "speakers": TEXTS, "setting?": str}
    ],
    "curation?": {
        "topics?": {},
        "outcomes?": [{"ref": str, "title": str, "refs": TEXTS, "topics?": TEXTS}],
        "timeline?": [
            {
                "date": ISO_DATE,
                "event": str,
                "refs": TEXTS,
                "note?": str,
                "provenance": PROVENANCE,
            }
        ],
    },
}


def problems_in(document: Any) -> list[tuple[str, str]]:
    """Every (JSON path, message) that makes the document unusable, structure first.

    Cross-references are checked only once the structure is sound, since they rely on it.
    """
    problems: list[tuple[str, str]] = []
    if isinstance(document, dict) and document.get("format") != FORMAT_VERSION:
        problems.append(("$.format", f"expected format {FORMAT_VERSION}"))
    _check(document, FILE_FORMAT, "$", problems)
    if not problems:
        for name, description in document.get("curation", {}).get("topics", {}).items():
            _check(description, str, f"$.curation.topics.{name}", problems)
    if not problems:
        problems += link_problems(document)
    return problems


Where = Any
"""A JSON path, built only when there is a problem to report: "$", or (parent, key or index)."""


def _check(value: Any, spec: Spec, where: Where, problems: list[tuple[str, str]]) -> None:
    """Check a value against the spec, noting each problem; this runs for every value of every
    file on every call, so the common case (a valid value) takes the fewest steps."""
    if spec is str:
        if type(value) is str and value.isprintable() and value.strip():
            return
        _note_text(value, spec, where, problems)
    elif type(spec) is dict:
        if type(value) is not dict:
            problems.append((_path(where), f"expected an object, found {_json_type(value)}"))
            return
        for key, item in spec.items():
            name = key.rstrip("?")
            if name in value:
                _check(value[name], item, (where, name), problems)
            elif not key.endswith("?"):
                message = f"expected {_describe(item)}, found nothing"
                problems.append((_path((where, name)), message))
    elif type(spec) is list:
        if type(value) is not list:
            problems.append((_path(where), f"expected an array, found {_json_type(value)}"))
            return
        item = spec[0]
        for index, element in enumerate(value):
            if (
                item is not str
                or type(element) is not str
                or not (element.isprintable() and element.strip())
            ):
                _check(element, item, (where, index), problems)
    elif type(spec) is frozenset and type(value) is str and value in spec:
        return
    elif spec is bool or spec is int:
        if type(value) is not spec or (spec is int and value < 1):
            message = f"expected {_describe(spec)}, found {_json_type(value)}"
            problems.append((_path(where), message))
    else:
        _note_text(value, spec, where, problems)


def _note_text(value: Any, spec: Spec, where: Where, problems: list[tuple[str, str]]) -> None:
    """The slow path for strings: say what is wrong with one, if anything."""
    if not isinstance(value, str):
        message = f"expected {_describe(spec)}, found {_json_type(value)}"
    elif not _allows(spec, value):
        message = f"expected {_describe(spec)}"
    elif control := CONTROL_CHARACTER.search(value):
        message = f"text contains the control character U+{ord(control[0]):04X}"
    elif not value.strip():
        message = "text is empty"
    else:
        return
    problems.append((_path(where), message))


def _path(where: Where) -> str:
    parts = []
    while isinstance(where, tuple):
        where, part = where
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}")
    return str(where) + "".join(reversed(parts))


def _allows(spec: Spec, value: str) -> bool:
    if isinstance(spec, frozenset):
        return value in spec
    if isinstance(spec, re.Pattern):
        return spec.fullmatch(value) is not None
    return True


def _describe(spec: Spec) -> str:
    if isinstance(spec, frozenset):
        return f"one of {', '.join(sorted(spec))}"
    if isinstance(spec, re.Pattern):
        return "an ISO 8601 date such as 1998, 2025-08 or 2025-08-23"
    if isinstance(spec, list):
        return "an array"
    if isinstance(spec, dict):
        return "an object"
    return {str: "a string", int: "a positive integer", bool: "true or false"}[spec]


def link_problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """What a schema cannot say: ids and refs are unique, and every cited one exists."""
    problems: list[tuple[str, str]] = []

    def distinct(kind: str, places: list[tuple[str, str]]) -> set[str]:
        seen: set[str] = set()
        for where, value in places:
            if value in seen:
                problems.append((where, f"{kind} {value!r} is used twice"))
            seen.add(value)
        return seen

    release, extra = raw["release"], raw.get("curation", {})
    sections, statements = release["sections"], raw["statements"]
    people = distinct(
        "person id", [(f"$.people[{i}].id", p["id"]) for i, p in enumerate(raw["people"])]
    )
    meetings = {m["id"] for m in raw.get("meetings", [])}
    refs = distinct(
        "ref",
        [
            *(
                (f"$.release.preamble[{i}].ref", p["ref"])
                for i, p in enumerate(release["preamble"])
            ),
            *(
                (f"$.release.sections[{i}].number", str(s["number"]))
                for i, s in enumerate(sections)
            ),
            *(
                (f"$.release.sections[{i}].clauses[{j}].ref", c["ref"])
                for i, s in enumerate(sections)
                for j, c in enumerate(s["clauses"])
            ),
            *((f"$.statements[{i}].ref", s["ref"]) for i, s in enumerate(statements)),
            *(
                (f"$.curation.outcomes[{i}].ref", o["ref"])
                for i, o in enumerate(extra.get("outcomes", []))
            ),
        ],
    )
    for i, section in enumerate(sections):
        for j, clause in enumerate(section["clauses"]):
            if not re.fullmatch(rf"{section['number']}\.[1-9][0-9]*", clause["ref"]):
                where = f"$.release.sections[{i}].clauses[{j}].ref"
                problems.append((where, f"expected a clause ref of the form {section['number']}.N"))
    for i, statement in enumerate(statements):
        if not statement["speakers"]:
            problems.append((f"$.statements[{i}].speakers", "a statement needs a speaker"))
        for j, speaker in enumerate(statement["speakers"]):
            if speaker not in people:
                problems.append(
                    (f"$.statements[{i}].speakers[{j}]", f"no person has the id {speaker!r}")
                )
        setting = statement.get("setting")
        if setting is not None and setting not in meetings:
            problems.append((f"$.statements[{i}].setting", f"no meeting has the id {setting!r}"))
    for collection in ("outcomes", "timeline"):
        for i, record in enumerate(extra.get(collection, [])):
            for ref in record["refs"]:
                if ref not in refs:
                    where = f"$.curation.{collection}[{i}].refs"
                    problems.append((where, f"cites {ref!r}, which no record has"))
    vocabulary = extra.get("topics", {})
    tagged = [
        *(
            (f"$.release.preamble[{i}]", p.get("curation", {}))
            for i, p in enumerate(release["preamble"])
        ),
        *((f"clause {c['ref']}", c.get("curation", {})) for s in sections for c in s["clauses"]),
        *((f"$.statements[{i}]", s.get("curation", {})) for i, s in enumerate(statements)),
        *((f"$.curation.outcomes[{i}]", o) for i, o in enumerate(extra.get("outcomes", []))),
    ]
    for where, record in tagged:
        for topic in record.get("topics", []):
            if topic not in vocabulary:
                problems.append((where, f"topic {topic!r} is not in $.curation.topics"))
    return problems


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
