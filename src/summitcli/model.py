"""The records a summit file holds, as the loader builds them and the renderers print them.

Plain classes with slots: a call builds tens of thousands of them for a large corpus, and
NamedTuple or dataclass definitions each cost a compiled function at import, on every call.

Every record keeps the source's words in its verbatim fields (`text`, `title`) and everything the
curators added (topics, keywords, notes, aliases, summaries) apart, so that no output can pass
curation off as quotation. `to_json()` is the output contract of the README: the one place where a
record becomes a dictionary.
"""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]


class Provenance:
    """Where in the source a record comes from: the part, and the paragraph counted from 1."""

    __slots__ = ("paragraph", "part")

    def __init__(self, part: str, paragraph: int) -> None:
        self.part = part
        self.paragraph = paragraph

    def to_json(self) -> JSON:
        return {"part": self.part, "paragraph": self.paragraph}


class Curation:
    """Additions by the curators, never text from the source."""

    __slots__ = ("keywords", "notes", "topics")

    def __init__(
        self,
        topics: tuple[str, ...] = (),
        keywords: tuple[str, ...] = (),
        notes: tuple[str, ...] = (),
    ) -> None:
        self.topics = topics
        self.keywords = keywords
        self.notes = notes

    def to_json(self) -> JSON:
        """Topics and notes; keywords only serve search."""
        return {"topics": list(self.topics), "notes": list(self.notes)}


class Person:
    __slots__ = (
        "aliases",
        "country",
        "id",
        "is_speaker",
        "name",
        "notes",
        "provenance",
        "role",
        "statements",
        "summit",
    )

    def __init__(
        self,
        summit: str,
        id: str,
        name: str,
        role: str,
        country: str,
        is_speaker: bool,
        aliases: tuple[str, ...],
        notes: tuple[str, ...],
        statements: int,
        provenance: Provenance,
    ) -> None:
        self.summit = summit
        self.id = id
        self.name = name
        self.role = role
        self.country = country
        self.is_speaker = is_speaker
        self.aliases = aliases
        self.notes = notes
        self.statements = statements
        self.provenance = provenance

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


class Meeting:
    __slots__ = ("attendees", "duration", "id", "name", "provenance", "start")

    def __init__(
        self,
        id: str,
        name: str,
        start: str | None,
        duration: str | None,
        attendees: str | None,
        provenance: Provenance,
    ) -> None:
        self.id = id
        self.name = name
        self.start = start
        self.duration = duration
        self.attendees = attendees
        self.provenance = provenance

    def to_json(self) -> JSON:
        fields = {"start": self.start, "duration": self.duration, "attendees": self.attendees}
        return {"name": self.name} | {key: value for key, value in fields.items() if value}


class Preamble:
    __slots__ = ("curation", "provenance", "ref", "summit", "text")

    def __init__(
        self, summit: str, ref: str, text: str, curation: Curation, provenance: Provenance
    ) -> None:
        self.summit = summit
        self.ref = ref
        self.text = text
        self.curation = curation
        self.provenance = provenance

    @property
    def type(self) -> str:
        return "preamble"

    def to_json(self) -> JSON:
        return {
            "type": self.type,
            "ref": self.ref,
            "text": self.text,
            **self.curation.to_json(),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }


class Clause:
    __slots__ = ("curation", "provenance", "ref", "section", "section_title", "summit", "text")

    def __init__(
        self,
        summit: str,
        ref: str,
        section: int,
        section_title: str,
        text: str,
        curation: Curation,
        provenance: Provenance,
    ) -> None:
        self.summit = summit
        self.ref = ref
        self.section = section
        self.section_title = section_title
        self.text = text
        self.curation = curation
        self.provenance = provenance

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
            **self.curation.to_json(),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }


class Section:
    __slots__ = ("clauses", "curation", "number", "provenance", "ref", "summit", "title")

    def __init__(
        self,
        summit: str,
        ref: str,
        number: int,
        title: str,
        clauses: tuple[Clause, ...],
        curation: Curation,
        provenance: Provenance,
    ) -> None:
        self.summit = summit
        self.ref = ref
        self.number = number
        self.title = title
        self.clauses = clauses
        self.curation = curation
        self.provenance = provenance

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
            **self.curation.to_json(),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }


class Statement:
    __slots__ = ("curation", "kind", "provenance", "ref", "setting", "speakers", "summit", "text")

    def __init__(
        self,
        summit: str,
        ref: str,
        kind: str,
        speakers: tuple[Person, ...],
        text: str,
        setting: Meeting | None,
        curation: Curation,
        provenance: Provenance,
    ) -> None:
        self.summit = summit
        self.ref = ref
        self.kind = kind
        self.speakers = speakers
        self.text = text
        self.setting = setting
        self.curation = curation
        self.provenance = provenance

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
            **self.curation.to_json(),
            "source": self.provenance.to_json(),
            "summit": self.summit,
        }


class Outcome:
    """A concrete commitment, summarised by the curators; `refs` point at the words behind it."""

    __slots__ = ("ref", "refs", "summit", "title", "topics")

    def __init__(
        self, summit: str, ref: str, title: str, refs: tuple[str, ...], topics: tuple[str, ...]
    ) -> None:
        self.summit = summit
        self.ref = ref
        self.title = title
        self.refs = refs
        self.topics = topics

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


class Event:
    """A dated event the source mentions; `date` is ISO 8601, as precise as the source allows."""

    __slots__ = ("date", "event", "note", "provenance", "refs", "summit")

    def __init__(
        self,
        summit: str,
        date: str,
        event: str,
        refs: tuple[str, ...],
        note: str | None,
        provenance: Provenance,
    ) -> None:
        self.summit = summit
        self.date = date
        self.event = event
        self.refs = refs
        self.note = note
        self.provenance = provenance

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


class Topic:
    __slots__ = ("description", "name", "records", "summit")

    def __init__(self, summit: str, name: str, description: str, records: int) -> None:
        self.summit = summit
        self.name = name
        self.description = description
        self.records = records

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


class Hit:
    """A searchable record with its BM25 score and the words of its text that matched."""

    __slots__ = ("record", "score", "spans")

    def __init__(
        self, record: Searchable, score: float, spans: tuple[tuple[int, int], ...]
    ) -> None:
        self.record = record
        self.score = score
        self.spans = spans

    @property
    def summit(self) -> str:
        return self.record.summit

    @property
    def matched(self) -> list[str]:
        return sorted({self.record.text[start:end] for start, end in self.spans})

    def to_json(self) -> JSON:
        return self.record.to_json() | {"score": round(self.score, 4), "matched": self.matched}


class Summit:
    """One summit file: the meeting, its joint document and what was said."""

    __slots__ = (
        "city",
        "country",
        "date",
        "document_title",
        "id",
        "meetings",
        "outcomes",
        "path",
        "people",
        "preamble",
        "sections",
        "statements",
        "timeline",
        "title",
        "topics",
        "venue",
        "visit",
    )

    def __init__(
        self,
        id: str,
        path: str,
        title: str,
        date: str,
        city: str,
        country: str,
        venue: str,
        visit: str,
        document_title: str,
        people: tuple[Person, ...],
        meetings: tuple[Meeting, ...],
        preamble: tuple[Preamble, ...],
        sections: tuple[Section, ...],
        statements: tuple[Statement, ...],
        outcomes: tuple[Outcome, ...],
        timeline: tuple[Event, ...],
        topics: tuple[Topic, ...],
    ) -> None:
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.city = city
        self.country = country
        self.venue = venue
        self.visit = visit
        self.document_title = document_title
        self.people = people
        self.meetings = meetings
        self.preamble = preamble
        self.sections = sections
        self.statements = statements
        self.outcomes = outcomes
        self.timeline = timeline
        self.topics = topics

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


class Citation:
    """A ready-to-paste reference to one record."""

    __slots__ = ("ref", "summit", "text")

    def __init__(self, summit: str, ref: str, text: str) -> None:
        self.summit = summit
        self.ref = ref
        self.text = text

    @property
    def type(self) -> str:
        return "citation"

    def to_json(self) -> JSON:
        return {"type": self.type, "ref": self.ref, "citation": self.text, "summit": self.summit}
