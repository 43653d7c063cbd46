"""Read summit files into the model, checking them as they are built.

The query commands run this on every call, so it checks structure and types by hand instead of
through jsonschema (which only `summit validate` imports), and adds what a schema cannot say:
refs are unique, every ref a record cites exists, no text carries terminal control characters.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

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
CLAUSE_REF = re.compile(r"(\d+)\.(\d+)")
# C0 and C1 controls and DEL: a terminal would act on them, so no text may carry them.
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class DataError(Exception):
    """A summit file that cannot be used; `problems` lists (JSON path, message) pairs."""

    def __init__(self, path: str, problems: list[tuple[str, str]]) -> None:
        self.path = path
        self.problems = problems
        where, message = problems[0]
        more = (
            f" (and {len(problems) - 1} more; run 'summit validate')" if len(problems) > 1 else ""
        )
        location = f" at {where}" if where else ""
        super().__init__(f"{path}: {message}{location}{more}")


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
    builder = SummitBuilder(str(path))
    summit = builder.build(read_json(path))
    if builder.problems:
        raise DataError(str(path), builder.problems)
    return summit


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
        text = raw.decode("utf-8-sig")
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


class SummitBuilder:
    """Builds a Summit from parsed JSON, noting each problem with its JSON path.

    It carries on past a problem (using an empty value) so that `summit validate` can list them
    all; the loader refuses the file if any was noted.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[tuple[str, str]] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append((where, message))

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.problem(where, f"expected an object, found {_json_type(value)}")
        return {}

    def items(self, parent: dict[str, Any], key: str, where: str) -> list[Any]:
        value = parent.get(key, [])
        if isinstance(value, list):
            return value
        self.problem(f"{where}.{key}", f"expected an array, found {_json_type(value)}")
        return []

    def text(self, parent: dict[str, Any], key: str, where: str, required: bool = True) -> str:
        value = parent.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            found = "nothing" if key not in parent else _json_type(value)
            self.problem(f"{where}.{key}", f"expected a string, found {found}")
            return ""
        self.check_text(value, f"{where}.{key}")
        return value

    def check_text(self, value: str, where: str) -> None:
        control = CONTROL_CHARACTER.search(value)
        if control:
            code = f"U+{ord(control.group()):04X}"
            self.problem(where, f"text contains the control character {code}")
        elif not value.strip():
            self.problem(where, "text is empty")

    def texts(self, parent: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        values = self.items(parent, key, where)
        for index, value in enumerate(values):
            if isinstance(value, str):
                self.check_text(value, f"{where}.{key}[{index}]")
            else:
                self.problem(
                    f"{where}.{key}[{index}]", f"expected a string, found {_json_type(value)}"
                )
        return tuple(value for value in values if isinstance(value, str))

    def integer(self, parent: dict[str, Any], key: str, where: str) -> int:
        value = parent.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        found = "nothing" if key not in parent else _json_type(value)
        self.problem(f"{where}.{key}", f"expected a positive integer, found {found}")
        return 0

    def provenance(self, parent: dict[str, Any], where: str) -> Provenance:
        raw = self.obj(parent.get("provenance"), f"{where}.provenance")
        part = self.text(raw, "part", f"{where}.provenance")
        if raw and part not in PARTS:
            self.problem(f"{where}.provenance.part", f"expected one of {', '.join(PARTS)}")
        return Provenance(part, self.integer(raw, "paragraph", f"{where}.provenance"))

    def curation(self, parent: dict[str, Any], where: str) -> Curation:
        if "curation" not in parent:
            return Curation()
        raw = self.obj(parent["curation"], f"{where}.curation")
        return Curation(
            topics=self.texts(raw, "topics", f"{where}.curation"),
            keywords=self.texts(raw, "keywords", f"{where}.curation"),
            notes=self.texts(raw, "notes", f"{where}.curation"),
        )

    def build(self, raw: Any) -> Summit:
        top = self.obj(raw, "$")
        if top and top.get("format") != FORMAT_VERSION:
            self.problem("$.format", f"expected format {FORMAT_VERSION}")
        summit_id = self.text(top, "id", "$")
        info = self.obj(top.get("summit"), "$.summit")
        release = self.obj(top.get("release"), "$.release")
        curation = self.obj(top.get("curation", {}), "$.curation")

        statement_counts: dict[str, int] = {}
        for raw_statement in self.items(top, "statements", "$"):
            if isinstance(raw_statement, dict) and isinstance(raw_statement.get("speakers"), list):
                for speaker_id in raw_statement["speakers"]:
                    if isinstance(speaker_id, str):
                        statement_counts[speaker_id] = statement_counts.get(speaker_id, 0) + 1
        people = tuple(
            self.person(summit_id, item, f"$.people[{i}]", statement_counts)
            for i, item in enumerate(self.items(top, "people", "$"))
        )
        meetings = tuple(
            self.meeting(item, f"$.meetings[{i}]")
            for i, item in enumerate(self.items(top, "meetings", "$"))
        )
        preamble = tuple(
            self.preamble(summit_id, item, f"$.release.preamble[{i}]")
            for i, item in enumerate(self.items(release, "preamble", "$.release"))
        )
        sections = tuple(
            self.section(summit_id, item, f"$.release.sections[{i}]")
            for i, item in enumerate(self.items(release, "sections", "$.release"))
        )
        people_by_id = {person.id: person for person in people}
        meetings_by_id = {meeting.id: meeting for meeting in meetings}
        statements = tuple(
            self.statement(summit_id, item, f"$.statements[{i}]", people_by_id, meetings_by_id)
            for i, item in enumerate(self.items(top, "statements", "$"))
        )
        vocabulary = self.obj(curation.get("topics", {}), "$.curation.topics")
        outcomes = tuple(
            self.outcome(summit_id, item, f"$.curation.outcomes[{i}]")
            for i, item in enumerate(self.items(curation, "outcomes", "$.curation"))
        )
        timeline = tuple(
            self.event(summit_id, item, f"$.curation.timeline[{i}]")
            for i, item in enumerate(self.items(curation, "timeline", "$.curation"))
        )
        tagged = [p.curation.topics for p in preamble]
        tagged += [s.curation.topics for s in statements]
        tagged += [c.curation.topics for s in sections for c in s.clauses]
        tagged += [o.topics for o in outcomes]
        topics = tuple(
            Topic(
                summit_id,
                name,
                self.text(vocabulary, name, "$.curation.topics"),
                sum(name in tags for tags in tagged),
            )
            for name in sorted(vocabulary)
        )
        summit = Summit(
            id=summit_id,
            path=self.path,
            title=self.text(info, "title", "$.summit"),
            date=self.text(info, "date", "$.summit"),
            city=self.text(info, "city", "$.summit"),
            country=self.text(info, "country", "$.summit"),
            venue=self.text(info, "venue", "$.summit"),
            visit=self.text(info, "visit", "$.summit"),
            document_title=self.text(release, "title", "$.release"),
            people=people,
            meetings=meetings,
            preamble=preamble,
            sections=sections,
            statements=statements,
            outcomes=outcomes,
            timeline=timeline,
            topics=topics,
        )
        if summit.date and not ISO_DATE.fullmatch(summit.date):
            self.problem("$.summit.date", "expected an ISO 8601 date such as 2025-08-23")
        self.check_links(summit, set(vocabulary))
        return summit

    def person(
        self, summit_id: str, value: Any, where: str, statement_counts: dict[str, int]
    ) -> Person:
        raw = self.obj(value, where)
        person_id = self.text(raw, "id", where)
        curation = self.obj(raw.get("curation", {}), f"{where}.curation")
        is_speaker = raw.get("speaker", False)
        if not isinstance(is_speaker, bool):
            self.problem(f"{where}.speaker", "expected true or false")
        return Person(
            summit=summit_id,
            id=person_id,
            name=self.text(raw, "name", where),
            role=self.text(raw, "role", where),
            country=self.text(raw, "country", where),
            is_speaker=is_speaker is True,
            aliases=self.texts(curation, "aliases", f"{where}.curation"),
            notes=self.texts(curation, "notes", f"{where}.curation"),
            statements=statement_counts.get(person_id, 0),
            provenance=self.provenance(raw, where),
        )

    def meeting(self, value: Any, where: str) -> Meeting:
        raw = self.obj(value, where)
        return Meeting(
            id=self.text(raw, "id", where),
            name=self.text(raw, "name", where),
            start=self.text(raw, "start", where, required=False) or None,
            duration=self.text(raw, "duration", where, required=False) or None,
            attendees=self.text(raw, "attendees", where, required=False) or None,
            provenance=self.provenance(raw, where),
        )

    def preamble(self, summit_id: str, value: Any, where: str) -> Preamble:
        raw = self.obj(value, where)
        return Preamble(
            summit_id,
            self.text(raw, "ref", where),
            self.text(raw, "text", where),
            self.curation(raw, where),
            self.provenance(raw, where),
        )

    def section(self, summit_id: str, value: Any, where: str) -> Section:
        raw = self.obj(value, where)
        number = self.integer(raw, "number", where)
        title = self.text(raw, "title", where)
        clauses = []
        for index, item in enumerate(self.items(raw, "clauses", where)):
            clause_where = f"{where}.clauses[{index}]"
            clause = self.obj(item, clause_where)
            ref = self.text(clause, "ref", clause_where)
            match = CLAUSE_REF.fullmatch(ref)
            if ref and (not match or int(match.group(1)) != number):
                self.problem(f"{clause_where}.ref", f"expected a clause ref of the form {number}.N")
            text = self.text(clause, "text", clause_where)
            curation = self.curation(clause, clause_where)
            provenance = self.provenance(clause, clause_where)
            clauses.append(Clause(summit_id, ref, number, title, text, curation, provenance))
        return Section(
            summit_id,
            str(number),
            number,
            title,
            tuple(clauses),
            self.curation(raw, where),
            self.provenance(raw, where),
        )

    def statement(
        self,
        summit_id: str,
        value: Any,
        where: str,
        people: dict[str, Person],
        meetings: dict[str, Meeting],
    ) -> Statement:
        raw = self.obj(value, where)
        kind = self.text(raw, "kind", where)
        if kind and kind not in STATEMENT_KINDS:
            self.problem(f"{where}.kind", f"expected one of {', '.join(STATEMENT_KINDS)}")
        speaker_ids = self.texts(raw, "speakers", where)
        if raw and not speaker_ids:
            self.problem(f"{where}.speakers", "a statement needs at least one speaker")
        for index, speaker_id in enumerate(speaker_ids):
            if speaker_id not in people:
                self.problem(f"{where}.speakers[{index}]", f"no person has the id {speaker_id!r}")
        setting_id = self.text(raw, "setting", where, required=False)
        if setting_id and setting_id not in meetings:
            self.problem(f"{where}.setting", f"no meeting has the id {setting_id!r}")
        return Statement(
            summit=summit_id,
            ref=self.text(raw, "ref", where),
            kind=kind,
            speakers=tuple(people[s] for s in speaker_ids if s in people),
            text=self.text(raw, "text", where),
            setting=meetings.get(setting_id),
            curation=self.curation(raw, where),
            provenance=self.provenance(raw, where),
        )

    def outcome(self, summit_id: str, value: Any, where: str) -> Outcome:
        raw = self.obj(value, where)
        return Outcome(
            summit=summit_id,
            ref=self.text(raw, "ref", where),
            title=self.text(raw, "title", where),
            refs=self.texts(raw, "refs", where),
            topics=self.texts(raw, "topics", where),
        )

    def event(self, summit_id: str, value: Any, where: str) -> Event:
        raw = self.obj(value, where)
        date = self.text(raw, "date", where)
        if date and not ISO_DATE.fullmatch(date):
            self.problem(f"{where}.date", "expected an ISO 8601 date such as 1998 or 2025-08")
        return Event(
            summit=summit_id,
            date=date,
            event=self.text(raw, "event", where),
            refs=self.texts(raw, "refs", where),
            note=self.text(raw, "note", where, required=False) or None,
            provenance=self.provenance(raw, where),
        )

    def check_links(self, summit: Summit, vocabulary: set[str]) -> None:
        """What a schema cannot say: refs are unique and every cited ref or topic exists."""
        citable = [
            *(("$.release.preamble", r.ref) for r in summit.preamble),
            *(("$.release.sections", r.ref) for r in summit.sections),
            *(("$.release.sections", r.ref) for r in summit.clauses),
            *(("$.statements", r.ref) for r in summit.statements),
            *(("$.curation.outcomes", r.ref) for r in summit.outcomes),
        ]
        seen: set[str] = set()
        for where, ref in citable:
            if ref in seen:
                self.problem(where, f"ref {ref!r} is used twice")
            seen.add(ref)
        citing = [(f"$.curation.outcomes[{i}].refs", o.refs) for i, o in enumerate(summit.outcomes)]
        citing += [
            (f"$.curation.timeline[{i}].refs", e.refs) for i, e in enumerate(summit.timeline)
        ]
        for where, refs in citing:
            for cited in refs:
                if cited not in seen:
                    self.problem(where, f"cites {cited!r}, which no record has")
        person_ids = [person.id for person in summit.people]
        for index, person_id in enumerate(person_ids):
            if person_id in person_ids[:index]:
                self.problem(f"$.people[{index}].id", f"person id {person_id!r} is used twice")
        tagged = [
            *(
                (f"$.release.preamble[{i}]", r.curation.topics)
                for i, r in enumerate(summit.preamble)
            ),
            *((f"clause {c.ref}", c.curation.topics) for c in summit.clauses),
            *((f"$.statements[{i}]", s.curation.topics) for i, s in enumerate(summit.statements)),
            *((f"$.curation.outcomes[{i}]", o.topics) for i, o in enumerate(summit.outcomes)),
        ]
        for where, topics in tagged:
            for topic in topics:
                if topic not in vocabulary:
                    self.problem(where, f"topic {topic!r} is not in $.curation.topics")


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
