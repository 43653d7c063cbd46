"""Records in the analyst's own tools: a SQLite database (for Datasette and sqlite-utils), CSV,
and citations for reference managers (BibTeX, CSL-JSON, RIS).

Imported only by the commands that ask for these formats, so no other call pays for it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import msgspec

from .errors import SummitError
from .model import Statement, Summit
from .refs import place
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


def _entry(summit: Summit, record: Any) -> dict[str, Any]:
    """What every citation format says of one record."""
    info, source = summit.info, summit.source
    speech = isinstance(record, Statement) and record.kind != "account"
    date = tuple(int(part) for part in str(info.date).split("T")[0].split("-"))
    article = (
        getattr(record, "provenance", None) is not None and record.provenance.part == "article"
    )
    if isinstance(record, Statement):
        occasion = f"{info.title}, {info.date.human()}"
        if record.kind == "account":  # the article's words, about the leaders
            subjects = " & ".join(p.name for p in record.subject_people)
            title = f"The article's account of {subjects}: {occasion}"
        else:
            how = "quoted" if record.kind == "direct" else "reported"
            title = f"{', '.join(p.name for p in record.people)}, {how}: {occasion}"
    elif article:
        title = f"News article on the {info.title}, {info.date.human()}: {place(record)}"
    else:
        title = f"{summit.release.title}: {place(record)}"
    return {
        "key": f"{summit.id}-{record.ref}".replace(".", "-"),
        "title": title,
        "authors": [p.name for p in record.people] if speech else [],
        "document": "News article (machine-translated by AI)" if article else summit.release.title,
        "event": f"{info.title}, {info.city}, {info.date.human()}",
        "place": info.city,
        "date": date,
        "note": (
            f"{place(record)}. Source: {source.file if source else 'the source'}, "
            f"{source.description if source else ''}. [{summit.id}:{record.ref}]"
        ),
        "speech": speech,
    }


def citations(summits: Sequence[Summit], records: Iterable[Any], fmt: str) -> str:
    """BibTeX, CSL-JSON or RIS entries for the records."""
    by_id = {summit.id: summit for summit in summits}
    entries = [_entry(by_id[record.summit], record) for record in records]
    if fmt == "csl-json":
        return msgspec.json.format(msgspec.json.encode([_csl(e) for e in entries])).decode() + "\n"
    if fmt == "ris":
        return "".join(_ris(entry) for entry in entries)
    return "\n".join(_bibtex(entry) for entry in entries)


LATEX_SPECIAL = {
    "\\": "\\textbackslash{}",
    "{": "\\textbraceleft{}",
    "}": "\\textbraceright{}",
    "~": "\\textasciitilde{}",
    "^": "\\textasciicircum{}",
    **{char: "\\" + char for char in "&%$#_"},
}
"""What LaTeX reads as commands, as the text macros that print the character. Braces become
macros too, not `\\{`: BibTeX counts braces whatever precedes them, so a lone `\\{` would leave a
field unbalanced."""
LIGATURES = ("--", "``", "''", ",,", "<<", ">>", "!`", "?`")
"""Pairs the usual fonts join into another character (`--` is an en dash): `{}` keeps them apart."""


def latex_escaped(text: str) -> str:
    """The text as LaTeX prints it back, character for character, inside a BibTeX field."""
    out = "".join(LATEX_SPECIAL.get(char, char) for char in text)
    for pair in LIGATURES:
        while pair in out:
            out = out.replace(pair, pair[0] + "{}" + pair[1])
    return out


def _bibtex(entry: dict[str, Any]) -> str:
    date = entry["date"]
    fields = {
        "title": latex_escaped(entry["title"]),
        "author": " and ".join("{" + latex_escaped(name) + "}" for name in entry["authors"]),
        "howpublished": latex_escaped(entry["event"]),
        "address": latex_escaped(entry["place"]),
        "year": str(date[0]),
        "month": str(date[1]) if len(date) > 1 else "",
        "date": "-".join(f"{part:02}" for part in date),  # biblatex's ISO date, as precise
        "note": latex_escaped(entry["note"]),
    }
    lines = [f"  {name} = {{{value}}}" for name, value in fields.items() if value]
    return f"@misc{{{entry['key']},\n" + ",\n".join(lines) + "\n}\n"


def _csl(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": entry["key"],
        "type": "speech" if entry["speech"] else "document",
        "title": entry["title"],
        "author": [{"literal": name} for name in entry["authors"]],
        "container-title": entry["document"],
        "event": entry["event"],
        "event-place": entry["place"],
        "publisher-place": entry["place"],
        "issued": {"date-parts": [list(entry["date"])]},  # as precise as the date
        "note": entry["note"],
    }


def _ris(entry: dict[str, Any]) -> str:
    date = entry["date"]
    lines = [("TY", "GEN"), ("ID", entry["key"]), ("TI", entry["title"])]
    lines += [("AU", name) for name in entry["authors"]]
    lines += [("T2", entry["document"]), ("CY", entry["place"]), ("PY", str(date[0]))]
    if len(date) > 1:  # DA is YYYY/MM/DD: a year alone is all in PY
        lines.append(("DA", "/".join(f"{part:02}" for part in date)))
    lines += [("N1", entry["note"]), ("ER", "")]
    return "".join(f"{tag}  - {value}\n" for tag, value in lines)
