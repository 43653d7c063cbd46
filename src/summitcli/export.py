"""The summits as a SQLite database for the analyst's own tools (Datasette, sqlite-utils).

Imported only by the commands that ask for these formats, so no other call pays for it.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .errors import SummitError
from .files import (
    another_kind,
    create_empty,
    destination,
    is_summit_file,
    temporary_beside,
)
from .loader import bundled_data_path
from .model import Summit, shown_role, stated
from .views import UNKNOWN_DATE, kind, known_city, known_date, occasion, who

SCHEMA = """
CREATE TABLE summits ( -- One row per summit file, in the order the files were read
    seq INTEGER PRIMARY KEY, -- the summit's place in the export
    id TEXT NOT NULL UNIQUE, -- the summit's id, as refs name it
    title TEXT,
    date TEXT, -- null, as city, country, venue and visit, where an unreviewed draft did not find it
    city TEXT, -- null also where a draft guessed it from the article's dateline (see review)
    country TEXT,
    venue TEXT, -- null also where the source names none, as visit
    visit TEXT,
    review TEXT, -- an unreviewed draft's open review items, joined by " ¦ " (null: reviewed)
    document TEXT, -- the title of the release
    source_file TEXT, -- the file the verbatim text was copied from (null: a draft of stdin)
    source_description TEXT,
    curated_facts TEXT -- curated: facts above the source does not state, "fact: how we know"
);
CREATE TABLE people ( -- Everyone the source names, in file order
    seq INTEGER PRIMARY KEY, -- the person's place in the export
    summit TEXT REFERENCES summits(id),
    id TEXT,
    name TEXT, -- as the source writes it
    role TEXT, -- as the source writes it; '(curated: composed)' after one composed from its words
    country TEXT, -- as the source states it (null where it does not, or a draft did not find it)
    curated_country TEXT, -- curated: the country where the source does not state it
    speaker INTEGER, -- 1 if the source quotes or reports the person's words
    aliases TEXT, -- curated: names the curators add, some from outside the source
    UNIQUE (summit, id)
);
CREATE TABLE meetings ( -- The meetings of each summit, in file order
    seq INTEGER PRIMARY KEY, -- the meeting's place in the export
    summit TEXT REFERENCES summits(id),
    id TEXT,
    name TEXT,
    start TEXT,
    duration TEXT,
    attendees TEXT,
    UNIQUE (summit, id)
);
CREATE TABLE passages ( -- Every passage of verbatim text, in the order the source prints it
    seq INTEGER PRIMARY KEY, -- the passage's place in the export: summit, then source order
    summit TEXT REFERENCES summits(id),
    ref TEXT, -- the passage's ref, as summit show takes it
    type TEXT, -- title, preamble, section, clause, statement or narration
    kind TEXT, -- as summit's rows say it: direct, reported, account, clause, unattributed, note
    who TEXT, -- who said it, as summit quotes says; an account is the article's
    text TEXT, -- verbatim, as the source prints it
    keywords TEXT, -- curated: words the curators add for search, joined by " ¦ "
    notes TEXT, -- curated: the curators' notes, joined by " ¦ "
    draft_notes TEXT, -- curated: a draft's notes on how it found a speaker (not searched), " ¦ "
    part TEXT, -- the part of the source: release or article
    paragraph INTEGER, -- the paragraph of the source, counting blank-line-separated blocks
    UNIQUE (summit, ref)
);
CREATE TABLE sections ( -- The release's numbered sections
    seq INTEGER PRIMARY KEY, -- its place in source order (the same seq as in passages)
    summit TEXT,
    ref TEXT,
    number INTEGER,
    title TEXT, -- verbatim
    UNIQUE (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE clauses ( -- The release's clauses, what the two governments signed
    seq INTEGER PRIMARY KEY, -- its place in source order (the same seq as in passages)
    summit TEXT,
    ref TEXT,
    section TEXT, -- the ref of its section
    kind TEXT, -- reported, in a clause (it reports whose words it gives) or clause
    who TEXT, -- whose words it reports, as summit quotes says (else: its section's title)
    text TEXT, -- verbatim
    UNIQUE (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref),
    FOREIGN KEY (summit, section) REFERENCES sections(summit, ref)
);
CREATE TABLE preamble ( -- The release's opening paragraphs; some report what a leader said
    seq INTEGER PRIMARY KEY, -- its place in source order (the same seq as in passages)
    summit TEXT,
    ref TEXT,
    kind TEXT, -- reported (speech, in the release) or preamble
    who TEXT, -- whose words it reports, as summit quotes says (else: preamble)
    text TEXT, -- verbatim
    UNIQUE (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE statements ( -- What the article quotes or reports, and its accounts of what was agreed
    seq INTEGER PRIMARY KEY, -- its place in source order (the same seq as in passages)
    summit TEXT,
    ref TEXT,
    kind TEXT, -- direct, reported, or account (the article's own narration, nobody's words)
    who TEXT, -- the speakers, named as summit quotes names them; an account is the article's
    text TEXT, -- verbatim
    attribution TEXT, -- the article's words that frame the quotation (He remarked, ...)
    setting TEXT, -- curated: inferred, not stated by the source
    setting_basis TEXT, -- curated: what the inferred setting rests on
    UNIQUE (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref),
    FOREIGN KEY (summit, setting) REFERENCES meetings(summit, id)
);
CREATE TABLE passage_people ( -- Who speaks in a passage, and who an account is about
    seq INTEGER PRIMARY KEY, -- source order of the passages
    summit TEXT,
    ref TEXT,
    person TEXT,
    role TEXT, -- speaker, guessed speaker (a draft's guess), subject (of an account or quotation)
    UNIQUE (summit, ref, person, role),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref),
    FOREIGN KEY (summit, person) REFERENCES people(summit, id)
);
CREATE TABLE narration ( -- The source's other sentences, and quotations credited to no one
    seq INTEGER PRIMARY KEY, -- its place in source order (the same seq as in passages)
    summit TEXT,
    ref TEXT,
    kind TEXT, -- narration, caption, heading, note or unattributed (a quotation nobody's named for)
    text TEXT, -- verbatim
    UNIQUE (summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE topics ( -- The curators' topic tags
    seq INTEGER PRIMARY KEY, -- the topic's place in the file
    summit TEXT REFERENCES summits(id),
    name TEXT, -- curated: a tag, not the source's word
    description TEXT, -- curated
    UNIQUE (summit, name)
);
CREATE TABLE passage_topics ( -- The curators' tags of each passage
    seq INTEGER PRIMARY KEY, -- source order of the passages
    summit TEXT,
    ref TEXT,
    topic TEXT, -- curated: the curators' tag for the passage
    UNIQUE (summit, ref, topic),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref),
    FOREIGN KEY (summit, topic) REFERENCES topics(summit, name)
);
CREATE TABLE outcomes ( -- What the curators read as each summit's results
    seq INTEGER PRIMARY KEY, -- the outcome's place in the file
    summit TEXT REFERENCES summits(id),
    ref TEXT,
    title TEXT, -- curated: the curators' summary, not the source's words
    not_signed TEXT, -- curated: what the echoes add that the release does not sign
    UNIQUE (summit, ref)
);
CREATE TABLE outcome_refs ( -- The passages that sign or echo an outcome
    seq INTEGER PRIMARY KEY, -- file order
    summit TEXT,
    outcome TEXT,
    ref TEXT,
    relation TEXT, -- curated: the curators' judgement that the passage signs or echoes it
    UNIQUE (summit, outcome, ref),
    FOREIGN KEY (summit, outcome) REFERENCES outcomes(summit, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE outcome_topics ( -- The curators' tags of each outcome
    seq INTEGER PRIMARY KEY, -- file order
    summit TEXT,
    outcome TEXT,
    topic TEXT, -- curated
    UNIQUE (summit, outcome, topic),
    FOREIGN KEY (summit, outcome) REFERENCES outcomes(summit, ref),
    FOREIGN KEY (summit, topic) REFERENCES topics(summit, name)
);
CREATE TABLE events ( -- The curators' timeline of each summit
    id INTEGER PRIMARY KEY, -- the event's place in the export: summit, then timeline order
    summit TEXT REFERENCES summits(id),
    date TEXT, -- curated where inferred is set (the curators' inference), else the source's
    event TEXT, -- curated: the curators' description, not the source's words
    inferred TEXT, -- curated: what an inferred date rests on (null where the source states it)
    paragraph INTEGER
);
CREATE TABLE event_refs ( -- The passages each event is dated by
    seq INTEGER PRIMARY KEY, -- timeline order
    event INTEGER REFERENCES events(id),
    summit TEXT,
    ref TEXT, -- curated: the passages the curators date the event by
    UNIQUE (event, ref),
    FOREIGN KEY (summit, ref) REFERENCES passages(summit, ref)
);
CREATE TABLE datasette_metadata ( -- This database's Datasette metadata, for datasette -m
    json TEXT -- title, source, licence, and a description of every table and column
);
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text, keywords, notes, content="passages", content_rowid="seq",
    tokenize="porter unicode61 remove_diacritics 2 tokenchars '¦'"
);
"""
"""One table per record type, its rows in source order: an integer `seq` is the primary key (the
order Datasette lists a table in by default; a compound key (summit, ref) would list S1, S10, S11,
S2), and (summit, ref) is UNIQUE, the key other tables refer to. A passage has the same seq in
passages and in its own type's table.

passages_fts indexes what `summit search` searches (`search.searched_fields`): the verbatim text
and the curated keywords and notes, each a column of its own so that a phrase matches within one.
It has to hold the words as written: Datasette's `?_search=` and `sqlite-utils search` give FTS5
the user's own words, and FTS5 applies one tokenizer to both sides, so keys stemmed by summit's
Snowball stemmer would miss every inflected query; Python cannot register a tokenizer that
Datasette would load. So FTS5's Porter stemmer stands in for Snowball, and diacritics are
removed, as summit's stemmed search removes them (`naive` finds `naïve`); `_` parts words, as in
summit.
A passage's keywords (or notes) are separated by `KEPT_APART`, a token of its own to FTS5 (it
has no other way to keep a phrase from running on from one keyword into the next). That token
lengthens the passage for FTS5's bm25, so sqlite-utils' order strays further from summit's: the
hits were chosen over the order (measured in the README; Datasette does not rank at all).

A column of the curators' words or choices says so in a comment beginning `curated`, which
SQLite keeps in the schema; the same comments are the column descriptions of the Datasette
metadata (`metadata`), so the two cannot disagree."""

TABLE_COMMENT = re.compile(r"^CREATE TABLE (\w+) \( -- (.+)$")
COLUMN_COMMENT = re.compile(r"^    (\w+) [A-Z]+.*?,? -- (.+)$")


def _descriptions() -> dict[str, tuple[str, dict[str, str]]]:
    """Each table's description and its columns' descriptions, read from the schema's comments."""
    tables: dict[str, tuple[str, dict[str, str]]] = {}
    columns: dict[str, str] = {}
    for line in SCHEMA.splitlines():
        if table := TABLE_COMMENT.match(line):
            columns = {}
            tables[table[1]] = (table[2], columns)
        elif column := COLUMN_COMMENT.match(line):
            columns[column[1]] = column[2]
    return tables


def metadata(summits: Sequence[Summit], database: str) -> dict[str, Any]:
    """Datasette's metadata for the export served under the name `database` (Datasette names a
    database by its file name without the suffix): title, the source, the licence, and every
    table's and column's description, the curated ones beginning "curated". The project's
    licence only for the bundled summit."""
    bundled = bundled_data_path().resolve()
    sources = [": ".join(filter(None, (stated(s.source.file), s.source.description)))
               for s in summits if s.source]  # fmt: skip
    titles = [occasion(s, str(known_date(s) or UNKNOWN_DATE)) for s in summits]
    title = titles[0] if len(titles) == 1 else f"{len(titles)} summits"
    description = (
        "Every record of the summit files, exported by summit. Text is verbatim from the "
        "source; a column described as curated holds the curators' words or choices, not "
        "the source's. Rows are in source order; an account is the article's narration, "
        "never anyone's words."
    )
    drafts = sum(bool(s.curation.review) for s in summits)
    if drafts:  # a draft read in Datasette says so, as every command that loads it does
        are = "is an unreviewed draft" if drafts == 1 else "are unreviewed drafts"
        description += (
            f" {drafts} of the summits {are} (summits.review lists the open items): their "
            "speakers, roles and facts are guesses of `summit draft` until a curator clears them."
        )
    return {
        "title": title,
        "description": description,
        "source": sources[0] if len(set(sources)) == 1 else "the source files of the summits table",
        **(
            {"license": "MIT (the summit project's data and code; the quoted text is the source's)"}
            if all(Path(s.path).resolve() == bundled for s in summits)
            else {}  # a curator's own summits are theirs to license
        ),
        "databases": {
            database: {
                "title": title,
                "description": description,
                "tables": {
                    table: {
                        "description": about,
                        "columns": columns,
                        # the metadata itself is plumbing, once Datasette has read it
                        **({"hidden": True} if table == "datasette_metadata" else {}),
                    }
                    for table, (about, columns) in _descriptions().items()
                },
            }
        },
    }


SQLITE_HEADER = b"SQLite format 3\x00"


def _is_database(path: Path) -> bool:
    """Whether the file begins as every SQLite database does: --force, given for the metadata,
    must not replace an earlier export named there by mistake (a new user lost one so)."""
    if not path.is_file():  # never opened otherwise: reading a named pipe would wait forever
        return False
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:  # unreadable: `files.destination` says what is wrong
        return False


def _is_json_object(path: Path) -> bool:
    """Whether the file holds a JSON object, as Datasette's metadata is."""
    try:
        return isinstance(json.loads(path.read_bytes()), dict)
    except (OSError, ValueError):
        return False


def _refuse_another_kind(
    path: Path, of_its_kind: Callable[[Path], bool], kind: str, replaced: str
) -> None:
    """--force replaces an earlier export, never a file of another kind named by mistake (new
    user 63 made an article a database, no copy kept); an empty file, as `touch` leaves, is
    none. What is no regular file `files.destination` refuses."""
    if another_kind(path, of_its_kind):
        raise SummitError(f"{path} is {kind}; --force replaces only {replaced}: name another file")


def write_sqlite(
    summits: Sequence[Summit],
    path: Path,
    force: bool = False,
    metadata_path: Path | None = None,
    folders: Sequence[Path] = (),
) -> None:
    """Write the database (and, if asked, its Datasette metadata as JSON) to temporary files
    beside them, then move them into place: a file already there is replaced only with `force`
    (and only a regular file: `files.destination`), and never left half-written. On any
    exception, KeyboardInterrupt included, the temporary files and the journal are removed.
    `folders` are the `--data` folders read, which nothing is written into."""
    targets = [path] if metadata_path is None else [path, metadata_path]
    if metadata_path is not None and metadata_path.resolve() == path.resolve():
        raise SummitError(f"{path} cannot be both the database and its metadata")
    if metadata_path is not None and _is_database(metadata_path):
        raise SummitError(
            f"{metadata_path} is a SQLite database; --metadata writes Datasette's JSON: "
            "name a .json file"
        )
    read = {Path(summit.path).resolve() for summit in summits}
    for target in targets:
        if target.resolve() in read:
            raise SummitError(f"{target} is a data file summit read; write the export elsewhere")
        if is_summit_file(target):
            raise SummitError(
                f"{target} is a summit file; --force never replaces one: name another file"
            )
    _refuse_another_kind(path, _is_database, "no SQLite database", "an earlier export")
    if metadata_path is not None:
        _refuse_another_kind(
            metadata_path, _is_json_object, "no JSON object", "an earlier export's metadata"
        )
    described = json.dumps(metadata(summits, path.stem), ensure_ascii=False, indent=2) + "\n"
    targets = [destination(target, force, folders) for target in targets]
    temporaries = [temporary_beside(target) for target in targets]
    journal = temporaries[0].with_name(temporaries[0].name + "-journal")
    try:  # each file is created inside: an interrupt at any moment finds it here to remove
        for temporary, target in zip(temporaries, targets, strict=True):
            create_empty(temporary, target)
        db = sqlite3.connect(temporaries[0])
        try:
            # A temporary file nobody reads until it is moved into place is synced once, before
            # the move, not on each of the schema's statements (80 waits for the disk, a second
            # on a slow one: new user 52).
            db.execute("PRAGMA synchronous = OFF")
            with db:
                db.executescript(SCHEMA)
                for summit in summits:
                    _insert(db, summit)
                db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')")
                db.execute("INSERT INTO datasette_metadata VALUES (?)", (described,))
        finally:
            db.close()
        with temporaries[0].open("rb") as written:
            os.fsync(written.fileno())
        if metadata_path is not None:
            temporaries[1].write_text(described, encoding="utf-8")
        for temporary, target in zip(temporaries, targets, strict=True):
            temporary.replace(target)
    except BaseException:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
        raise


KEPT_APART = " ¦ "
"""Between a passage's keywords (or notes): a broken bar, which FTS5 indexes as a word (its
`tokenchars`) and summit as a mark, so that no phrase matches across it and no query of words
finds it; verbatim text does not use it."""


def _apart(values: Sequence[str]) -> str | None:
    return KEPT_APART.join(values) or None


def _insert(db: sqlite3.Connection, summit: Summit) -> None:
    """One summit's rows. Every table's seq is left to SQLite (the next integer), so rows are
    numbered in the order they are inserted here: source order, or file order."""
    sid, info, source = summit.id, summit.info, summit.source
    date = known_date(summit)  # a draft's placeholder year is no year
    db.execute(
        "INSERT INTO summits VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?)",
        (sid, info.title, date, known_city(summit), stated(info.country), stated(info.venue),
         stated(info.visit), _apart(summit.curation.review),
         summit.release.title, source and stated(source.file), source and source.description,
         _apart([f"{fact}: {basis}" for fact, basis in summit.curation.facts.items()])),
    )  # fmt: skip
    db.executemany(
        "INSERT INTO people VALUES (NULL,?,?,?,?,?,?,?,?)",
        [(sid, p.id, p.name, shown_role(p), stated(p.country), p.curation.country, p.speaker,
          ", ".join(p.aliases))
         for p in summit.people],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO meetings VALUES (NULL,?,?,?,?,?,?)",
        [(sid, m.id, m.name, m.start, m.duration, m.attendees) for m in summit.meetings],
    )
    passages = summit.in_source_order
    db.executemany(
        "INSERT INTO passages VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?)",
        [(sid, p.ref, p.TYPE, kind(p), who(p), p.text, _apart(p.curation.keywords),
          _apart(p.curation.notes_on_the_record), _apart(p.curation.draft_notes),
          p.provenance.part, p.provenance.paragraph)
         for p in passages],
    )  # fmt: skip
    seq = dict(db.execute("SELECT ref, seq FROM passages WHERE summit = ?", (sid,)).fetchall())
    db.executemany(
        "INSERT INTO sections VALUES (?,?,?,?,?)",
        [(seq[s.ref], sid, s.ref, s.number, s.title) for s in summit.sections],
    )
    db.executemany(
        "INSERT INTO clauses VALUES (?,?,?,?,?,?,?)",
        [(seq[c.ref], sid, c.ref, str(c.section), kind(c), who(c), c.text) for c in summit.clauses],
    )
    db.executemany(
        "INSERT INTO preamble VALUES (?,?,?,?,?,?)",
        [(seq[p.ref], sid, p.ref, kind(p), who(p), p.text) for p in summit.preamble],
    )
    db.executemany(
        "INSERT INTO statements VALUES (?,?,?,?,?,?,?,?,?)",
        [(seq[s.ref], sid, s.ref, s.kind, who(s), s.text, s.attribution,
          s.curation.setting.meeting if s.curation.setting else None,
          s.curation.setting.basis if s.curation.setting else None)
         for s in summit.statements],
    )  # fmt: skip
    named = [
        (s.ref, person, "guessed speaker" if s.guess else "speaker")
        for s in summit.statements
        for person in s.speakers
    ]
    named += [(s.ref, person, "subject") for s in summit.statements for person in s.subjects]
    named += [
        (p.ref, person, "guessed speaker" if p.guess else "speaker")
        for p in summit.paragraphs
        for person in p.speakers
    ]
    named.sort(key=lambda row: seq[row[0]])  # stable: speakers before subjects
    db.executemany(
        "INSERT INTO passage_people VALUES (NULL,?,?,?,?)", [(sid, *row) for row in named]
    )
    db.executemany(
        "INSERT INTO narration VALUES (?,?,?,?,?)",
        [(seq[n.ref], sid, n.ref, n.kind, n.text) for n in summit.narration],
    )
    db.executemany(
        "INSERT INTO topics VALUES (NULL,?,?,?)",
        [(sid, name, text) for name, text in summit.curation.topics.items()],
    )
    db.executemany(
        "INSERT INTO passage_topics VALUES (NULL,?,?,?)",
        [(sid, p.ref, topic) for p in passages for topic in dict.fromkeys(p.curation.topics)],
    )
    db.executemany(
        "INSERT INTO outcomes VALUES (NULL,?,?,?,?)",
        [(sid, o.ref, o.title, o.not_signed) for o in summit.outcomes],
    )
    db.executemany(
        "INSERT INTO outcome_refs VALUES (NULL,?,?,?,?)",
        [(sid, o.ref, ref, relation) for o in summit.outcomes
         for refs, relation in ((o.signed, "signed"), (o.echoes, "echoes")) for ref in refs],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO outcome_topics VALUES (NULL,?,?,?)",
        [(sid, o.ref, topic) for o in summit.outcomes for topic in o.topics],
    )
    for event in summit.timeline:
        cursor = db.execute(
            "INSERT INTO events (summit, date, event, inferred, paragraph) VALUES (?,?,?,?,?)",
            (sid, str(event.date), event.event, event.inferred, event.provenance.paragraph),
        )
        db.executemany(
            "INSERT INTO event_refs VALUES (NULL,?,?,?)",
            [(cursor.lastrowid, sid, ref) for ref in dict.fromkeys(event.refs)],
        )
