"""Read summit files into the model, checking them as they are built.

The query commands run this on every call, so it checks each value by hand as it builds the
model, instead of through jsonschema (which only `summit validate` imports), and adds what a
schema cannot say: refs are unique, every ref a record cites exists. No text may carry terminal
control characters. For a file it refuses, `checks.py` says exactly what is wrong, and where.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import chain
from pathlib import Path
from typing import Any

from .errors import DataError
from .model import (
    Clause,
    Curation,
    Event,
    Meeting,
    Outcome,
    Person,
    Preamble,
    Provenance,
    Section,
    Statement,
    Summit,
    Topic,
)

BUNDLED_FILE = "summit_2025.json"
SCHEMA_FILE = "summit.schema.json"
MAX_FILE_BYTES = 50 * 1024 * 1024
FORMAT_VERSION = 1

STATEMENT_KINDS = ("direct", "reported")
PARTS = ("article", "release")
ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?")
CLAUSE_NUMBER = re.compile(r"[1-9][0-9]*")
# C0 and C1 controls and DEL: a terminal would act on them, so no text may carry them.
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def bundled_data_path() -> Path:
    """The summit file shipped with the package (inside the wheel, or `data/` in a checkout)."""
    return _package_data(BUNDLED_FILE)


def bundled_schema_path() -> Path:
    return _package_data(SCHEMA_FILE)


def _package_data(name: str) -> Path:
    installed = Path(__file__).parent / "data" / name
    if installed.is_file():
        return installed
    return Path(__file__).resolve().parents[2] / "data" / name


def summit_files(path: Path) -> list[Path]:
    """The files a `--data` path names: the file itself, or every summit file in a directory."""
    if path.is_dir():
        files = sorted(
            child
            for child in path.iterdir()
            if child.suffix == ".json" and not child.name.endswith(".schema.json")
        )
        if not files:
            raise DataError(str(path), [("", "no summit files (*.json) in this directory")])
        return files
    if not path.exists():
        raise DataError(str(path), [("", "no such file or directory")])
    return [path]


def load(path: Path | None = None) -> list[Summit]:
    """Every summit the path holds (the bundled one by default), in file-name order."""
    summits = [load_file(file) for file in summit_files(path or bundled_data_path())]
    seen: dict[str, Summit] = {}
    for summit in summits:
        if summit.id in seen:
            problem = f"summit id {summit.id!r} is also used by {seen[summit.id].path}"
            raise DataError(summit.path, [("$.id", problem)])
        seen[summit.id] = summit
    return summits


def load_file(path: Path) -> Summit:
    document = read_json(path)
    try:
        summit = build(document, str(path))
    except (_UnsoundError, KeyError, TypeError, AttributeError):
        from .checks import problems_in

        raise DataError(str(path), problems_in(document)) from None
    if not _links_hold(summit, len(document["people"])):
        from .checks import link_problems

        problems = link_problems(document)
        if problems:
            raise DataError(str(path), problems)
    return summit


def _links_hold(summit: Summit, person_count: int) -> bool:
    """Whether `checks.link_problems` would find nothing, asked of the built summit with set
    operations (the precise check builds a JSON path for every ref, which a large corpus feels).
    Topics are not asked here: `build` has already refused a topic outside the vocabulary."""
    refs = [p.ref for p in summit.preamble] + [s.ref for s in summit.sections]
    refs += [c.ref for c in summit.clauses] + [s.ref for s in summit.statements]
    refs += [o.ref for o in summit.outcomes]
    known = set(refs)
    cited = [ref for o in summit.outcomes for ref in o.refs]
    cited += [ref for e in summit.timeline for ref in e.refs]
    return (
        len(known) == len(refs)
        and len(summit.people) == person_count
        and all(statement.speakers for statement in summit.statements)
        and known.issuperset(cited)
        and all(
            clause.ref.partition(".")[0] == section.ref
            and CLAUSE_NUMBER.fullmatch(clause.ref.partition(".")[2])
            for section in summit.sections
            for clause in section.clauses
        )
    )


def read_json(path: Path) -> Any:
    """Parse a file as JSON, turning every way it can fail into a one-line DataError."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            too_big = f"file is too large ({size / 1024 / 1024:.0f} MiB; the limit is {limit} MiB)"
            raise DataError(name, [("", too_big)])
        raw = path.read_bytes()
    except IsADirectoryError:
        raise DataError(name, [("", "is a directory, not a summit file")]) from None
    except FileNotFoundError:
        raise DataError(name, [("", "no such file or directory")]) from None
    except PermissionError:
        raise DataError(name, [("", "permission denied")]) from None
    except OSError as error:
        raise DataError(name, [("", f"cannot be read: {error.strerror or error}")]) from None
    if not raw.strip():
        raise DataError(name, [("", "file is empty")])
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark is allowed
    except UnicodeDecodeError as error:
        bad = f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start})"
        raise DataError(name, [("", bad)]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        syntax = f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        raise DataError(name, [("", syntax)]) from None
    except RecursionError:
        raise DataError(name, [("", "invalid JSON: nested too deeply")]) from None


class _UnsoundError(Exception):
    """The fast path met a value it does not expect; `problems_in` then says what is wrong."""


def _text(record: dict[str, Any], key: str) -> str:
    value = record[key]
    if type(value) is str and value.isprintable() and value.strip():
        return value
    if type(value) is str and _all_text((value,)):  # the rare allowed non-printable character
        return value
    raise _UnsoundError


def _optional_text(record: dict[str, Any], key: str) -> str | None:
    return _text(record, key) if key in record else None


def _texts(record: dict[str, Any], key: str, required: bool = False) -> tuple[str, ...]:
    """An array of texts; an optional key that is absent is an empty array."""
    value = record[key] if required else record.get(key, _ABSENT)
    if value is _ABSENT:
        return ()
    if type(value) is list and (not value or _all_text(value)):
        return tuple(value)
    raise _UnsoundError


_ABSENT: Any = object()


def _all_text(values: list[str] | tuple[str, ...]) -> bool:
    """Whether all are non-blank strings free of control characters (a non-string raises
    TypeError). isprintable() settles the common case in C; it is also False for a few
    characters that are allowed (no-break space, line separator), which the regex then clears."""
    clean = all(map(str.isprintable, values)) or not any(map(CONTROL_CHARACTER.search, values))
    return clean and all(map(str.strip, values))


def _items(record: dict[str, Any], key: str, optional: bool = False) -> list[Any]:
    value = record.get(key, []) if optional else record[key]
    if type(value) is list:
        return value
    raise _UnsoundError


def _number(record: dict[str, Any], key: str) -> int:
    value = record[key]
    if type(value) is int and value > 0:
        return value
    raise _UnsoundError


def _choice(record: dict[str, Any], key: str, allowed: frozenset[str] | re.Pattern[str]) -> str:
    value = _text(record, key)
    if value in allowed if isinstance(allowed, frozenset) else allowed.fullmatch(value):
        return value
    raise _UnsoundError


PART_NAMES = frozenset(PARTS)
KIND_NAMES = frozenset(STATEMENT_KINDS)


def build(raw: dict[str, Any], path: str) -> Summit:
    """Build the model, checking each value on the way; `_UnsoundError` (or a KeyError, TypeError or
    AttributeError from a value of the wrong shape) means the document breaks `FILE_FORMAT`.

    This is the fast path every query takes; `checks.problems_in` is the precise one, and a test
    holds the two to the same rules.
    """
    if raw["format"] != FORMAT_VERSION:
        raise _UnsoundError
    summit_id = _text(raw, "id")
    release, extra = raw["release"], raw.get("curation", {})
    vocabulary = extra.get("topics", {})
    if type(vocabulary) is not dict or not _all_text(list(vocabulary.values())):
        raise _UnsoundError

    def provenance(record: dict[str, Any]) -> Provenance:
        source = record["provenance"]
        part, paragraph = source["part"], source["paragraph"]
        if part in PART_NAMES and type(paragraph) is int and paragraph > 0:
            return Provenance(part, paragraph)
        raise _UnsoundError

    def curation(record: dict[str, Any]) -> Curation:
        if "curation" not in record:
            return Curation()
        added = record["curation"]
        return Curation(_texts(added, "topics"), _texts(added, "keywords"), _texts(added, "notes"))

    def person(p: dict[str, Any]) -> Person:
        if type(p["speaker"]) is not bool:
            raise _UnsoundError
        added = p.get("curation", {})
        person_id = _text(p, "id")
        return Person(
            summit_id,
            person_id,
            _text(p, "name"),
            _text(p, "role"),
            _text(p, "country"),
            p["speaker"],
            _texts(added, "aliases"),
            _texts(added, "notes"),
            statement_counts.get(person_id, 0),
            provenance(p),
        )

    def meeting(m: dict[str, Any]) -> Meeting:
        return Meeting(
            _text(m, "id"),
            _text(m, "name"),
            _optional_text(m, "start"),
            _optional_text(m, "duration"),
            _optional_text(m, "attendees"),
            provenance(m),
        )

    def section(s: dict[str, Any]) -> Section:
        number, title = _number(s, "number"), _text(s, "title")
        clauses = tuple(
            Clause(
                summit_id,
                _text(c, "ref"),
                number,
                title,
                _text(c, "text"),
                curation(c),
                provenance(c),
            )
            for c in _items(s, "clauses")
        )
        return Section(summit_id, str(number), number, title, clauses, curation(s), provenance(s))

    def statement(s: dict[str, Any]) -> Statement:
        setting = _optional_text(s, "setting")
        return Statement(
            summit_id,
            _text(s, "ref"),
            _choice(s, "kind", KIND_NAMES),
            tuple(people[speaker] for speaker in _texts(s, "speakers", required=True)),
            _text(s, "text"),
            meetings[setting] if setting is not None else None,
            curation(s),
            provenance(s),
        )

    raw_statements = _items(raw, "statements")
    statement_counts: dict[str, int] = {}
    for raw_statement in raw_statements:
        for speaker in _texts(raw_statement, "speakers", required=True):
            statement_counts[speaker] = statement_counts.get(speaker, 0) + 1
    people = {p.id: p for p in map(person, _items(raw, "people"))}
    meetings = {m.id: m for m in map(meeting, _items(raw, "meetings", optional=True))}
    preamble = tuple(
        Preamble(summit_id, _text(p, "ref"), _text(p, "text"), curation(p), provenance(p))
        for p in _items(release, "preamble")
    )
    sections = tuple(map(section, _items(release, "sections")))
    statements = tuple(map(statement, raw_statements))
    outcomes = tuple(
        Outcome(
            summit_id,
            _text(o, "ref"),
            _text(o, "title"),
            _texts(o, "refs", required=True),
            _texts(o, "topics"),
        )
        for o in _items(extra, "outcomes", optional=True)
    )
    timeline = tuple(
        Event(
            summit_id,
            _choice(e, "date", ISO_DATE),
            _text(e, "event"),
            _texts(e, "refs", required=True),
            _optional_text(e, "note"),
            provenance(e),
        )
        for e in _items(extra, "timeline", optional=True)
    )
    tags = [p.curation.topics for p in preamble] + [s.curation.topics for s in statements]
    tags += [c.curation.topics for s in sections for c in s.clauses] + [o.topics for o in outcomes]
    tagged = Counter(chain.from_iterable(tags))
    if not tagged.keys() <= vocabulary.keys():
        raise _UnsoundError  # a topic outside the vocabulary
    topics = tuple(
        Topic(summit_id, name, description, tagged[name])
        for name, description in sorted(vocabulary.items())
    )
    info = raw["summit"]
    return Summit(
        summit_id,
        path,
        _text(info, "title"),
        _choice(info, "date", ISO_DATE),
        _text(info, "city"),
        _text(info, "country"),
        _text(info, "venue"),
        _text(info, "visit"),
        _text(release, "title"),
        tuple(people.values()),
        tuple(meetings.values()),
        preamble,
        sections,
        statements,
        outcomes,
        timeline,
        topics,
    )
