"""The summits as a SQLite database for the analyst's own tools (Datasette, sqlite-utils).

Imported only by the commands that ask for these formats, so no other call pays for it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from .errors import SummitError
from .model import Summit
from .views import kind, who

SCHEMA = """
CREATE TABLE summits (
    id TEXT PRIMARY KEY, title TEXT, date TEXT, city TEXT, country TEXT, venue TEXT, visit TEXT,
    document TEXT, source_file TEXT, source_description TEXT
);
CREATE TABLE people (
    summit TEXT REFERENCES summits(id), id TEXT, name TEXT, role TEXT,
    country TEXT, -- as the source states it (null where it does not)
    curated_country TEXT, -- curated: the country where the source does not state it
    speaker INTEGER,
    aliases TEXT, -- curated: names the curators add, some from outside the source
    PRIMARY KEY (summit, id)
);
CREATE TABLE meetings (
    summit TEXT REFERENCES summits(id), id TEXT, name TEXT, start TEXT, duration TEXT,
    attendees TEXT, PRIMARY KEY (summit, id)
);
CREATE TABLE passages (
    summit TEXT REFERENCES summits(id), ref TEXT, type TEXT, kind TEXT, who TEXT, text TEXT,
    part TEXT, paragraph INTEGER, PRIMARY KEY (summit, ref)
);
CREATE TABLE sections (
    summit TEXT, ref TEXT, number INTEGER, title TEXT, PRIMARY KEY (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE clauses (
    summit TEXT, ref TEXT, section TEXT, text TEXT, PRIMARY KEY (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref),
    FOREIGN KEY (summit, section) REFERENCES sections(summit, ref)
);
CREATE TABLE preamble (
    summit TEXT, ref TEXT, text TEXT, PRIMARY KEY (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE statements (
    summit TEXT, ref TEXT, kind TEXT, text TEXT, attribution TEXT,
    setting TEXT, -- curated: inferred, not stated by the source
    setting_basis TEXT, -- curated: what the inferred setting rests on
    PRIMARY KEY (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref),
    FOREIGN KEY (summit, setting) REFERENCES meetings(summit, id)
);
CREATE TABLE passage_people (
    summit TEXT, ref TEXT, person TEXT, role TEXT, PRIMARY KEY (summit, ref, person, role),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref),
    FOREIGN KEY (summit, person) REFERENCES people(summit, id)
);
CREATE TABLE narration (
    summit TEXT, ref TEXT, kind TEXT, text TEXT, PRIMARY KEY (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE topics (
    summit TEXT REFERENCES summits(id),
    name TEXT, -- curated: a tag, not the source's word
    description TEXT, -- curated
    PRIMARY KEY (summit, name)
);
CREATE TABLE passage_topics (
    summit TEXT, ref TEXT,
    topic TEXT, -- curated: the curators' tag for the passage
    PRIMARY KEY (summit, ref, topic),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref),
    FOREIGN KEY (summit, topic) REFERENCES topics(summit, name)
);
CREATE TABLE outcomes (
    summit TEXT REFERENCES summits(id), ref TEXT,
    title TEXT, -- curated: the curators' summary, not the source's words
    not_signed TEXT, -- curated: what the echoes add that the release does not sign
    PRIMARY KEY (summit, ref)
);
CREATE TABLE outcome_refs (
    summit TEXT, outcome TEXT, ref TEXT,
    relation TEXT, -- curated: the curators' judgement that the passage signs or echoes it
    PRIMARY KEY (summit, outcome, ref),
    FOREIGN KEY (summit, outcome) REFERENCES outcomes(summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE outcome_topics (
    summit TEXT, outcome TEXT,
    topic TEXT, -- curated
    PRIMARY KEY (summit, outcome, topic),
    FOREIGN KEY (summit, outcome) REFERENCES outcomes(summit, ref),
    FOREIGN KEY (summit, topic) REFERENCES topics(summit, name)
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, summit TEXT REFERENCES summits(id), date TEXT,
    event TEXT, -- curated: the curators' description, not the source's words
    inferred TEXT, -- curated: what an inferred date rests on (null where the source states it)
    paragraph INTEGER
);
CREATE TABLE event_refs (
    event INTEGER REFERENCES events(id), summit TEXT,
    ref TEXT, -- curated: the passages the curators date the event by
    PRIMARY KEY (event, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text, content="passages", tokenize="porter unicode61"
);
"""
"""One table per record type, keyed by (summit, ref), and passages_fts: Porter-stemmed
full-text search over every verbatim passage, which Datasette offers as `?_search=`. A column of
the curators' words or choices says so in a comment, which SQLite keeps in the schema and
Datasette shows under each table."""


def write_sqlite(summits: Sequence[Summit], path: Path, force: bool = False) -> None:
    """Write the database to a temporary file beside `path`, then move it into place: a file
    already there is replaced only with `force`, and never left half-written. On any exception,
    KeyboardInterrupt included, the temporary file and its journal are removed."""
    if path.exists() and not force:
        raise SummitError(f"{path} already exists; --force replaces it")
    if path.is_dir():
        raise SummitError(f"{path} is a directory")
    temporary = path.with_name(f".{path.name}.{os.urandom(8).hex()}.tmp")  # nobody else's
    journal = temporary.with_name(temporary.name + "-journal")
    try:  # the file is created inside: an interrupt at any moment finds it here to remove
        # Mode 0666 as any new file has, so that the umask alone decides the export's mode.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        db = sqlite3.connect(temporary)
        try:
            with db:
                db.executescript(SCHEMA)
                for summit in summits:
                    _insert(db, summit)
                db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')")
        finally:
            db.close()
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
        raise


def _insert(db: sqlite3.Connection, summit: Summit) -> None:
    sid, info, source = summit.id, summit.info, summit.source
    db.execute(
        "INSERT INTO summits VALUES (?,?,?,?,?,?,?,?,?,?)",
        (sid, info.title, str(info.date), info.city, info.country, info.venue, info.visit,
         summit.release.title, source and source.file, source and source.description),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO people VALUES (?,?,?,?,?,?,?,?)",
        [(sid, p.id, p.name, p.role, p.country, p.curation.country, p.speaker,
          ", ".join(p.aliases))
         for p in summit.people],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO meetings VALUES (?,?,?,?,?,?)",
        [(sid, m.id, m.name, m.start, m.duration, m.attendees) for m in summit.meetings],
    )
    passages = summit.in_source_order
    db.executemany(
        "INSERT INTO passages VALUES (?,?,?,?,?,?,?,?)",
        [(sid, p.ref, p.TYPE, kind(p), who(p), p.text, p.provenance.part, p.provenance.paragraph)
         for p in passages],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO sections VALUES (?,?,?,?)",
        [(sid, s.ref, s.number, s.title) for s in summit.sections],
    )
    db.executemany(
        "INSERT INTO clauses VALUES (?,?,?,?)",
        [(sid, c.ref, str(c.section), c.text) for c in summit.clauses],
    )
    db.executemany(
        "INSERT INTO preamble VALUES (?,?,?)", [(sid, p.ref, p.text) for p in summit.preamble]
    )
    db.executemany(
        "INSERT INTO statements VALUES (?,?,?,?,?,?,?)",
        [(sid, s.ref, s.kind, s.text, s.attribution,
          s.curation.setting.meeting if s.curation.setting else None,
          s.curation.setting.basis if s.curation.setting else None)
         for s in summit.statements],
    )  # fmt: skip
    named = [(sid, s.ref, person, "speaker") for s in summit.statements for person in s.speakers]
    named += [(sid, s.ref, person, "subject") for s in summit.statements for person in s.subjects]
    named += [(sid, p.ref, person, "speaker") for p in summit.preamble for person in p.speakers]
    db.executemany("INSERT INTO passage_people VALUES (?,?,?,?)", named)
    db.executemany(
        "INSERT INTO narration VALUES (?,?,?,?)",
        [(sid, n.ref, n.kind, n.text) for n in summit.narration],
    )
    db.executemany(
        "INSERT INTO topics VALUES (?,?,?)",
        [(sid, name, text) for name, text in summit.curation.topics.items()],
    )
    db.executemany(
        "INSERT INTO passage_topics VALUES (?,?,?)",
        [(sid, p.ref, topic) for p in passages for topic in dict.fromkeys(p.curation.topics)],
    )
    db.executemany(
        "INSERT INTO outcomes VALUES (?,?,?,?)",
        [(sid, o.ref, o.title, o.not_signed) for o in summit.outcomes],
    )
    db.executemany(
        "INSERT INTO outcome_refs VALUES (?,?,?,?)",
        [(sid, o.ref, ref, "signed") for o in summit.outcomes for ref in o.signed]
        + [(sid, o.ref, ref, "echoes") for o in summit.outcomes for ref in o.echoes],
    )
    db.executemany(
        "INSERT INTO outcome_topics VALUES (?,?,?)",
        [(sid, o.ref, topic) for o in summit.outcomes for topic in o.topics],
    )
    for event in summit.timeline:
        cursor = db.execute(
            "INSERT INTO events (summit, date, event, inferred, paragraph) VALUES (?,?,?,?,?)",
            (sid, str(event.date), event.event, event.inferred, event.provenance.paragraph),
        )
        db.executemany(
            "INSERT INTO event_refs VALUES (?,?,?)",
            [(cursor.lastrowid, sid, ref) for ref in dict.fromkeys(event.refs)],
        )
