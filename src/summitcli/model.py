"""The records a summit file holds, as the loader builds them and the renderers print them.

Every record keeps the source's words in its verbatim fields (`text`, `title`) and everything the
curators added (topics, keywords, notes, aliases, summaries) apart, so that no output can pass
curation off as quotation. `to_json()` is the output contract of the README: the one place where a
record becomes a dictionary.
"""

from __future__ import annotations

from typing import Any, NamedTuple

JSON = dict[str, Any]


class Provenance(NamedTuple):
    """Where in the source a record comes from: the part, and the paragraph counted from 1."""

    part: str
    paragraph: int

    def to_json(self) -> JSON:
        return {"part": self.part, "paragraph": self.paragraph}


class Curation(NamedTuple):
    """Additions by the curators, never text from the source."""

    topics: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


class Person(NamedTuple):
    summit: str
    id: str
    name: str
    role: str
    country: str
    is_speaker: bool
    aliases: tuple[str, ...]
    notes: tuple[str, ...]
    statements: int
    provenance: Provenance

    @property
    def type(self) -> str:
        return "speaker"

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "name": self.name,
            "role": self.role,
            "country": self.country,
            "aliases": list(self.aliases),
            "statements": self.statements,
            "notes": list(self.notes),
            "summit": self.summit,
        }


class Meeting(NamedTuple):
    id: str
    name: str
    start: str | None
    duration: str | None
    attendees: str | None
    provenance: Provenance

    def to_json(self) -> JSON:
        fields = {"start": self.start, "duration": self.duration, "attendees": self.attendees}
        return {"name": self.name} | {key: value for key, value in fields.items() if value}


class Preamble(NamedTuple):
    summit: str
    ref: str
    text: str
    curation: Curation
    provenance: Provenance

    @property
    def type(self) -> str:
        return "preamble"

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "ref": self.ref,
            "text": self.text,
            "topics": list(self.curation.topics),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }


class Clause(NamedTuple):
    summit: str
    ref: str
    section: int
    section_title: str
    text: str
    curation: Curation
    provenance: Provenance

    @property
    def type(self) -> str:
        return "clause"

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "ref": self.ref,
            "section": self.section,
            "section_title": self.section_title,
            "text": self.text,
            "topics": list(self.curation.topics),
            "notes": list(self.curation.notes),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }


class Section(NamedTuple):
    summit: str
    ref: str
    number: int
    title: str
    clauses: tuple[Clause, ...]
    curation: Curation
    provenance: Provenance

    @property
    def type(self) -> str:
        return "section"

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "ref": self.ref,
            "number": self.number,
            "title": self.title,
            "clauses": [clause.to_json() for clause in self.clauses],
            "notes": list(self.curation.notes),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }


class Statement(NamedTuple):
    summit: str
    ref: str
    kind: str
    speakers: tuple[Person, ...]
    text: str
    setting: Meeting | None
    curation: Curation
    provenance: Provenance

    @property
    def type(self) -> str:
        return "statement"

    @property
    def speaker_names(self) -> str:
        return " & ".join(person.name for person in self.speakers)

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "ref": self.ref,
            "kind": self.kind,
            "speakers": [person.name for person in self.speakers],
            "text": self.text,
            "setting": self.setting.name if self.setting else None,
            "topics": list(self.curation.topics),
            "notes": list(self.curation.notes),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }


class Outcome(NamedTuple):
    """A concrete commitment, summarised by the curators; `refs` point at the words behind it."""

    summit: str
    ref: str
    title: str
    refs: tuple[str, ...]
    topics: tuple[str, ...]

    @property
    def type(self) -> str:
        return "outcome"

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "ref": self.ref,
            "title": self.title,
            "refs": list(self.refs),
            "topics": list(self.topics),
            "summit": self.summit,
        }


class Event(NamedTuple):
    """A dated event the source mentions; `date` is ISO 8601, as precise as the source allows."""

    summit: str
    date: str
    event: str
    refs: tuple[str, ...]
    note: str | None
    provenance: Provenance

    @property
    def type(self) -> str:
        return "event"

    def to_json(self) -> JSON:
        record: JSON = {
            "type": self.type,
            "date": self.date,
            "event": self.event,
            "refs": list(self.refs),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }
        if self.note:
            record["note"] = self.note
        return record


class Topic(NamedTuple):
    summit: str
    name: str
    description: str
    records: int

    @property
    def type(self) -> str:
        return "topic"

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "name": self.name,
            "description": self.description,
            "records": self.records,
            "summit": self.summit,
        }


Searchable = Preamble | Clause | Statement
Citable = Preamble | Clause | Section | Statement | Outcome
Record = Citable | Event | Person | Topic


class Hit(NamedTuple):
    """A searchable record with its BM25 score and the words of its text that matched."""

    record: Searchable
    score: float
    spans: tuple[tuple[int, int], ...]

    @property
    def summit(self) -> str:
        return self.record.summit

    @property
    def matched(self) -> list[str]:
        return sorted({self.record.text[start:end] for start, end in self.spans})

    def to_json(self) -> JSON:
        return self.record.to_json() | {"score": round(self.score, 4), "matched": self.matched}


class Summit(NamedTuple):
    """One summit file: the meeting, its joint document and what was said."""

    id: str
    path: str
    title: str
    date: str
    city: str
    country: str
    venue: str
    visit: str
    document_title: str
    people: tuple[Person, ...]
    meetings: tuple[Meeting, ...]
    preamble: tuple[Preamble, ...]
    sections: tuple[Section, ...]
    statements: tuple[Statement, ...]
    outcomes: tuple[Outcome, ...]
    timeline: tuple[Event, ...]
    topics: tuple[Topic, ...]

    @property
    def type(self) -> str:
        return "summit"

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return tuple(clause for section in self.sections for clause in section.clauses)

    @property
    def searchable(self) -> tuple[Searchable, ...]:
        """The records keyword search runs over, in document order."""
        return (*self.preamble, *self.clauses, *self.statements)

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "city": self.city,
            "country": self.country,
            "venue": self.venue,
            "visit": self.visit,
            "document": self.document_title,
            "participants": [
                {"name": p.name, "role": p.role, "country": p.country}
                for p in self.people
                if p.is_speaker
            ],
            "meetings": [meeting.to_json() for meeting in self.meetings],
            "counts": {
                "preamble": len(self.preamble),
                "sections": len(self.sections),
                "clauses": len(self.clauses),
                "statements": len(self.statements),
                "direct": sum(s.kind == "direct" for s in self.statements),
                "reported": sum(s.kind == "reported" for s in self.statements),
                "outcomes": len(self.outcomes),
                "events": len(self.timeline),
            },
            "file": self.path,
        }


MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


def human_date(iso: str) -> str:
    """`2025-08-23` as `23 August 2025`, `2025-10` as `October 2025`; a year stays as it is."""
    parts = iso.split("T")[0].split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


class Citation(NamedTuple):
    """A ready-to-paste reference to one record."""

    summit: str
    ref: str
    text: str

    @property
    def type(self) -> str:
        return "citation"

    def to_json(self) -> JSON:
        return {"type": self.type, "ref": self.ref, "citation": self.text, "summit": self.summit}
