"""The persistent index of a corpus: one SQLite database holding each record's own encoded form,
summit's search keys and the statistics search needs, so that a query reads only what it shows.

A cache, never a source of truth: every record is stored as the msgpack of its class in
`model.py` and rebuilt into the same object the loader makes (links filled in as `loader.link`
fills them), and handed to the same `views` and `render` code, so output is byte-identical to
reading the files. Search keys are `search.py`'s own (folded, split, Snowball-stemmed), in an
FTS5 table that only finds candidates; summit's own BM25 (`search.rank`) ranks them, from
term counts and lengths stored here. `cache.py` decides when the index is built and updated.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from . import loader, lookup, problems, search
from .errors import NotFoundError
from .model import (
    Citable,
    Clause,
    DocumentTitle,
    Event,
    Hit,
    IsoDate,
    Meeting,
    Narration,
    Outcome,
    Person,
    Preamble,
    Searchable,
    Section,
    Statement,
    Summit,
    Topic,
    speaker_guesses,
)
from .refs import split_ref, summit_without_ref, unknown_ref, unknown_summit
from .search import Term
from .text import fold

if TYPE_CHECKING:  # the connection comes from cache.py: importing this module opens nothing
    import sqlite3

FORMAT = "17"
"""The index's own format: a change to the schema or to what a row holds raises it."""
SEPARATOR = "\u00b7"
"""The token between the keys of a passage's text, keywords and notes, so that a phrase never
crosses fields: a middle dot, which `search.TOKEN` never makes a key of."""

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files (
    id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, size INTEGER, mtime INTEGER,
    ctime INTEGER, summit TEXT, review INTEGER,
    guesses BLOB, -- `model.speaker_guesses`: whose speakers a draft guessed and no one checked
    meetings BLOB, timeline BLOB, topics BLOB,
    spellings BLOB -- `suggestions.spellings` of the file's records, for "did you mean"
);
CREATE TABLE corpus ( -- what every call reads of every file, as one value each (`finish`)
    part TEXT PRIMARY KEY,
    value BLOB -- 'stamps': each file's name and (size, mtime, ctime); 'files': `Listing`;
    -- 'topics': every file's topics, in the corpus's order
);
CREATE TABLE people (
    file INTEGER, seq INTEGER, summit TEXT, id TEXT,
    names TEXT, -- the words of every name and of the role, folded, to find people by name
    solo INTEGER, joint INTEGER, accounts INTEGER, body BLOB, PRIMARY KEY (file, seq)
);
CREATE TABLE records (
    id INTEGER PRIMARY KEY, file INTEGER, seq INTEGER, type TEXT, summit TEXT, ref TEXT,
    section INTEGER, section_title TEXT, speech TEXT,
    quote INTEGER, -- the place in `lookup.quotations`' order, null for what it never lists
    length INTEGER, -- in words, as BM25 counts them
    whole TEXT, -- the keys of all fields together, where they differ from the fields' own
    body BLOB
);
CREATE TABLE framings ( -- a quotation's framing ("President Lee stated,"), keyed: search does
    record INTEGER PRIMARY KEY, keys TEXT -- not read it, but says when only it holds a query
);
CREATE TABLE record_people (record INTEGER, summit TEXT, person TEXT);
CREATE TABLE record_topics (record INTEGER, topic TEXT);
CREATE VIRTUAL TABLE passages USING fts5 (keys, tokenize = "ascii tokenchars '_'");
CREATE VIRTUAL TABLE occurrences USING fts5vocab (passages, instance);
-- each key's every place in `passages`: a word's count in each passage, read from FTS5's index
CREATE TABLE vocabulary ( -- `suggestions.spellings` of the whole corpus, for "did you mean"
    folded TEXT PRIMARY KEY, spelling TEXT,
    first_file TEXT, seq INTEGER, -- the first file holding it, and its place in that file's
    files INTEGER, -- how many files hold it: at none, it goes
    joined TEXT, -- `suggestions.joined_form`
    size INTEGER, letters INTEGER -- its length, and a bit per character (`_letters`): enough to
    -- rule out most words before difflib measures them
);
CREATE TABLE forms (word TEXT PRIMARY KEY, key TEXT, words INTEGER) WITHOUT ROWID;
-- each token of the vocabulary's words (folded), its key, and how many of those words hold it:
-- "did you mean" asks whether a key is known, a hit's marks which words have a key
"""
INDEXES = """
CREATE INDEX records_file ON records (file, seq);
CREATE INDEX records_scores ON records (id, file, seq, length, whole);
-- what ranking reads of each passage found, without reading the rows' encoded records
CREATE INDEX records_ref ON records (ref, summit);
CREATE INDEX records_quote ON records (quote) WHERE quote IS NOT NULL;
CREATE INDEX record_people_person ON record_people (summit, person);
CREATE INDEX record_topics_topic ON record_topics (topic);
CREATE INDEX vocabulary_joined ON vocabulary (joined);
CREATE INDEX forms_key ON forms (key);
"""
"""Made once a build has written every row (`add_indexes`): sorting each index once is quicker
than keeping it sorted through millions of inserts."""
SPOKEN = ("statement", "preamble", "section", "clause")
"""The types whose records are rebuilt with their file's people, meetings and guesses."""
TYPES: dict[str, type[Any]] = {
    "title": DocumentTitle,
    "preamble": Preamble,
    "section": Section,
    "clause": Clause,
    "statement": Statement,
    "narration": Narration,
    "outcome": Outcome,
}


def _encode_hook(value: object) -> object:
    """The one type msgspec does not know: `IsoDate`, a string."""
    if isinstance(value, IsoDate):
        return str.__str__(value)
    raise NotImplementedError(type(value))


_ENCODER = msgspec.msgpack.Encoder(enc_hook=_encode_hook)


_DECODERS: dict[Any, msgspec.msgpack.Decoder[Any]] = {}


def _decoder(kind: Any) -> msgspec.msgpack.Decoder[Any]:
    """One decoder per type, made once: thousands of records are rebuilt in a call."""
    decoder = _DECODERS.get(kind)
    if decoder is None:
        decoder = _DECODERS[kind] = msgspec.msgpack.Decoder(kind, dec_hook=problems.decode_hook)
    return decoder


def create(connection: sqlite3.Connection, stamp: dict[str, str]) -> None:
    """The tables of a new index; `INDEXES` follow once its files are in."""
    connection.executescript(SCHEMA)
    connection.executemany("INSERT INTO meta VALUES (?, ?)", stamp.items())


def add_indexes(connection: sqlite3.Connection) -> None:
    for statement in INDEXES.split(";"):
        connection.execute(statement)


# Writing.


class PreparedRecord(msgspec.Struct, array_like=True, gc=False):
    """A record's row, its search keys (None for an outcome, which is not searched), its
    framing's keys (a quotation's), the ids of the people it names and its topics."""

    type: str
    ref: str
    section: int | None
    section_title: str | None
    speech: str | None
    quote: int | None
    length: int | None
    whole: str | None
    body: bytes
    keys: str | None
    framing: str | None
    people: list[str]
    topics: list[str]


class Prepared(msgspec.Struct, array_like=True, gc=False):
    """What the index stores of one summit file, all but the ids the database gives its rows:
    made apart from the database (`prepare`), so that a build makes it in other processes."""

    summit: str
    review: int
    settings: tuple[bytes, bytes, bytes, bytes]
    """The file's guesses, meetings, timeline and topics, encoded."""
    written: dict[str, str]
    """`suggestions.spellings` of its records."""
    people: list[tuple[str, str, int, int, int, bytes]]
    """Each person's id, `_names`, counts (alone, jointly, accounts) and encoding."""
    records: list[PreparedRecord]


def prepare(summit: Summit, keys: search.WordKeys) -> Prepared:
    """The rows of one summit file (already checked and linked), with its search keys."""
    from .suggestions import spellings

    encode = _ENCODER.encode
    quote_order = {id(record): n for n, record in enumerate(summit.quoted)}
    records = []
    for record in [*summit.searchable, *summit.outcomes]:
        named: tuple[Person, ...] = ()
        framing = None
        if isinstance(record, Outcome):
            section, length, whole, content, speech = None, None, None, None, None
            tags = record.topics
        else:
            section = record.section_number
            length, content, whole = search_keys(record, keys)
            tags, speech, named = record.curation.topics, record.speech, record.named
            framed = search.framing_keys(record, keys)
            framing = None if framed is None else " ".join(framed)
        records.append(
            PreparedRecord(
                record.TYPE,
                record.ref,
                section,
                record.section_title if isinstance(record, Clause) else None,
                speech,
                quote_order.get(id(record)),
                length,
                whole,
                encode(record),
                content,
                framing,
                [p.id for p in named],
                list(tags),
            )
        )
    return Prepared(
        summit.id,
        len(summit.curation.review),
        (
            encode(speaker_guesses(summit)),
            encode(summit.meetings),
            encode(summit.timeline),
            encode(summit.topics),
        ),
        spellings(summit.searchable),
        [(p.id, _names(p), p.solo, p.joint, p.accounts, encode(p)) for p in summit.people],
        records,
    )


def packed(prepared: Prepared) -> bytes:
    """A prepared file as a build's workers pass it back: msgpack takes half pickle's time."""
    return _ENCODER.encode(prepared)


def unpacked(data: bytes) -> Prepared:
    prepared: Prepared = _decoder(Prepared).decode(data)
    return prepared


def store(
    connection: sqlite3.Connection,
    name: str,
    stat: tuple[int, int, int],
    prepared: Prepared,
    vocabulary: VocabularyChanges,
) -> None:
    """Write one prepared summit file, and count its words."""
    summit, written = prepared.summit, _ENCODER.encode(prepared.written)
    vocabulary.add(name, prepared.written)
    cursor = connection.execute(
        "INSERT INTO files (name, size, mtime, ctime, summit, review, guesses, meetings, "
        "timeline, topics, spellings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (name, *stat, summit, prepared.review, *prepared.settings, written),
    )
    file = cursor.lastrowid
    connection.executemany(
        "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(file, seq, summit, *person) for seq, person in enumerate(prepared.people)],
    )
    rows, people, topics, texts, framings = [], [], [], [], []
    first = _next_id(connection)
    for seq, r in enumerate(prepared.records):
        record_id = first + seq
        rows.append(
            (record_id, file, seq, r.type, summit, r.ref, r.section, r.section_title, r.speech,
             r.quote, r.length, r.whole, r.body)
        )  # fmt: skip
        if r.keys is not None:
            texts.append((record_id, r.keys))
        if r.framing is not None:
            framings.append((record_id, r.framing))
        people += [(record_id, summit, person) for person in r.people]
        topics += [(record_id, topic) for topic in r.topics]
    connection.executemany(
        "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
    )
    connection.executemany("INSERT INTO record_people VALUES (?, ?, ?)", people)
    connection.executemany("INSERT INTO record_topics VALUES (?, ?)", topics)
    connection.executemany("INSERT INTO passages (rowid, keys) VALUES (?, ?)", texts)
    connection.executemany("INSERT INTO framings VALUES (?, ?)", framings)


def search_keys(record: Searchable, keys: search.WordKeys) -> tuple[int, str, str | None]:
    """What the index stores to search a passage as `search.search` does, for any table of
    search keys: its length in words; its keys, each field's apart (`SEPARATOR` between them,
    which FTS5 finds phrases across no more than `search` does); and the keys of all its words
    together where folding the whole text split them otherwise than folding each field (after
    the fields' own in the keys, so that every key FTS5 finds is there)."""
    words, length, fields = search.passage_keys(record, keys)
    content = f" {SEPARATOR} ".join(" ".join(field) for field in fields)
    if words is None:  # an ASCII passage: its words together are its fields'
        return length, content, None
    joined = list(chain.from_iterable(fields))
    together = keys.of_folded_words(words)
    whole = " ".join(together) if together != joined else None
    return length, content + (f" {SEPARATOR} {whole}" if whole else ""), whole


def _next_id(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM records").fetchone()
    return int(row[0])


def _names(person: Person) -> str:
    """The words a person is found by: names, role and country (`--speaker Japan`)."""
    called = (*lookup.person_names(person), person.role, person.any_country or "")
    words = [_name_words(name) for name in called]
    return " ".join(["", *("".join(found) for found in words), *chain(*words), ""])


_NAME_WORDS: dict[str, list[str]] = {}


def _name_words(name: str) -> list[str]:
    """`lookup.name_words`, once per distinct name or role (they recur across summits)."""
    found = _NAME_WORDS.get(name)
    if found is None:
        found = _NAME_WORDS[name] = lookup.name_words(name)
    return found


def remove(connection: sqlite3.Connection, name: str, vocabulary: VocabularyChanges) -> None:
    row = connection.execute("SELECT id, spellings FROM files WHERE name = ?", (name,)).fetchone()
    if row is None:
        return
    file = row[0]
    vocabulary.remove(name, _SPELLINGS.decode(row[1]))
    ids = "SELECT id FROM records WHERE file = ?"
    connection.execute(f"DELETE FROM passages WHERE rowid IN ({ids})", (file,))
    connection.execute(f"DELETE FROM framings WHERE record IN ({ids})", (file,))
    connection.execute(f"DELETE FROM record_people WHERE record IN ({ids})", (file,))
    connection.execute(f"DELETE FROM record_topics WHERE record IN ({ids})", (file,))
    for table in ("records", "people"):
        connection.execute(f"DELETE FROM {table} WHERE file = ?", (file,))
    connection.execute("DELETE FROM files WHERE id = ?", (file,))


_SPELLINGS = msgspec.msgpack.Decoder(dict[str, str])


class VocabularyChanges:
    """The words files bring to the vocabulary and take from it, written at once by `finish`
    (10,000 files hold 3.7 million words: counted here, 120,000 rows written once)."""

    def __init__(self, keys: search.WordKeys) -> None:
        self.keys = keys
        """The build's keys, not `--exact`: each distinct word is stemmed once per build."""
        self.files: Counter[str] = Counter()
        """How many more files (or fewer) hold each word."""
        self.first: dict[str, tuple[str, int, str]] = {}
        """(file, place, spelling) of the first added file holding each word."""
        self.removed: set[str] = set()

    def add(self, name: str, written: dict[str, str]) -> None:
        """A file's spellings; files are added in name order, the corpus's."""
        self.files.update(written.keys())
        new = set(written).difference(self.first)
        if new:
            self.first.update(
                (folded, (name, seq, written[folded]))
                for seq, folded in enumerate(written)
                if folded in new
            )

    def remove(self, name: str, written: dict[str, str]) -> None:
        self.files.subtract(written.keys())
        self.removed.add(name)

    def write(self, connection: sqlite3.Connection) -> None:
        from .suggestions import joined_form

        stored: dict[str, tuple[str, int]] = {}
        if connection.execute("SELECT 1 FROM vocabulary LIMIT 1").fetchone():  # not a build
            touched = msgspec.json.encode(list(self.files)).decode()
            rows = connection.execute(
                "SELECT folded, first_file, files FROM vocabulary "
                "WHERE folded IN (SELECT value FROM json_each(?))",
                (touched,),
            )
            stored = {folded: (first_file, files) for folded, first_file, files in rows}
        new, counted, changed, gone, lost = [], [], [], [], []
        for folded, delta in self.files.items():
            old = stored.get(folded)
            files = delta + (old[1] if old else 0)
            first = self.first.get(folded)
            if files <= 0:
                gone.append(folded)
            elif old is None:
                assert first is not None
                new.append(folded)
            elif old[0] not in self.removed and (first is None or old[0] < first[0]):
                counted.append((files, folded))
            elif first is not None and (old[0] not in self.removed or first[0] <= old[0]):
                changed.append((files, *first, folded))
            else:  # its first file no longer holds it: the next one does
                lost.append((files, folded))
        changed += self._found(connection, lost)
        connection.executemany("UPDATE vocabulary SET files = ? WHERE folded = ?", counted)
        connection.executemany(
            "UPDATE vocabulary SET files = ?, first_file = ?, seq = ?, spelling = ? "
            "WHERE folded = ?",
            changed,
        )
        connection.executemany(
            "DELETE FROM vocabulary WHERE folded = ?",
            [(folded,) for folded in gone if folded in stored],
        )
        connection.executemany(
            "INSERT INTO vocabulary VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    folded,
                    self.first[folded][2],
                    self.first[folded][0],
                    self.first[folded][1],
                    self.files[folded],
                    joined_form(folded),
                    len(folded),
                    _letters(folded),
                )
                for folded in sorted(new)  # in the primary key's order: appended, not inserted
            ],
        )
        forms = _form_counts(new, self.keys)
        forms.subtract(_form_counts([f for f in gone if f in stored], self.keys))
        connection.executemany(
            "INSERT INTO forms VALUES (?, ?, ?) ON CONFLICT (word) DO UPDATE "
            "SET words = words + excluded.words",
            sorted((word, key, n) for (word, key), n in forms.items() if n),
        )
        connection.execute("DELETE FROM forms WHERE words <= 0")

    @staticmethod
    def _found(
        connection: sqlite3.Connection, lost: list[tuple[int, str]]
    ) -> list[tuple[int, str, int, str, str]]:
        """The words whose first file no longer holds them, placed in the first that does."""
        wanted = dict((folded, files) for files, folded in lost)
        found = []
        if wanted:
            for name, body in connection.execute("SELECT name, spellings FROM files ORDER BY name"):
                written = _SPELLINGS.decode(body)
                for seq, folded in enumerate(written):
                    if folded in wanted:
                        found.append((wanted.pop(folded), name, seq, written[folded], folded))
                if not wanted:
                    break
        return found


def _form_counts(words: Sequence[str], keys: search.WordKeys) -> Counter[tuple[str, str]]:
    """How many of the words hold each token, with its key (as `suggestions.Spellings` keys them:
    each token folded and stemmed, here in one call to the stemmer)."""
    tokens = [[fold(t) for t in search.TOKEN.findall(folded)] for folded in words]
    stems = iter(keys.of_folded_words(list(chain(*tokens))))
    return Counter(
        pair for found in tokens for pair in set(zip(found, islice(stems, len(found)), strict=True))
    )


def _letters(word: str) -> int:
    """A bit for each character of the word (characters may share one): a word lacking the bit
    of a character lacks the character."""
    return sum({1 << ord(character) % LETTER_BITS for character in word})


LETTER_BITS = 62
"""Within SQLite's signed 64-bit integers."""


class Listing(msgspec.Struct, array_like=True, gc=False):
    """Every file of the corpus, in its order (by name): what every call reads of them."""

    ids: list[int]
    names: list[str]
    summits: list[str]
    reviews: list[int]
    """Open review items: an unreviewed draft has some."""


Stamps = dict[str, tuple[int, int, int]]
"""Each file's name and (size, mtime, ctime), as `cache.file_stats` gives them."""
_STAMPS = msgspec.msgpack.Decoder(Stamps)
_LISTING = msgspec.msgpack.Decoder(Listing)
_RAW_LIST = msgspec.msgpack.Decoder(list[msgspec.Raw])


def stamps(connection: sqlite3.Connection) -> Stamps | None:
    """The files' stamps as `finish` stored them."""
    row = connection.execute("SELECT value FROM corpus WHERE part = 'stamps'").fetchone()
    return _STAMPS.decode(row[0]) if row else None


def finish(connection: sqlite3.Connection, vocabulary: VocabularyChanges) -> None:
    """After files changed: their order, the vocabulary, what every call reads of the files
    (`corpus`), and the corpus statistics from the stored lengths."""
    vocabulary.write(connection)
    files = connection.execute(
        "SELECT id, name, summit, review, size, mtime, ctime, topics FROM files ORDER BY name"
    ).fetchall()
    listing = Listing(
        [row[0] for row in files],
        [row[1] for row in files],
        [row[2] for row in files],
        [row[3] for row in files],
    )
    stamps = {row[1]: row[4:7] for row in files}
    topics = [topic for row in files for topic in _RAW_LIST.decode(row[7])]
    connection.executemany(
        "INSERT OR REPLACE INTO corpus VALUES (?, ?)",
        [
            ("stamps", _ENCODER.encode(stamps)),
            ("files", _ENCODER.encode(listing)),
            ("topics", _ENCODER.encode(topics)),
        ],
    )
    count, words = connection.execute(
        "SELECT count(*), coalesce(sum(length), 0) FROM records WHERE length IS NOT NULL"
    ).fetchone()
    connection.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [("documents", str(count)), ("words", str(words))],
    )


# Reading.


class Vocabulary:
    """`suggestions.Vocabulary` of the corpus, from its table: a search that finds nothing asks a
    few rows, not 10,000 files' spellings (keys as a search that is not `--exact` makes them)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def knows(self, key: str) -> bool:
        found = self.connection.execute("SELECT 1 FROM forms WHERE key = ? LIMIT 1", (key,))
        return found.fetchone() is not None

    def near(self, folded: str) -> dict[str, str]:
        """The words whose length and characters leave `difflib` a chance: its real quick
        ratio (from the lengths), then a bound on its quick ratio (the characters in common)."""
        from .suggestions import CLOSE

        size, close = len(folded), CLOSE
        shared = " + ".join(
            f"((letters >> {ord(character) % LETTER_BITS}) & 1) * {count}"
            for character, count in Counter(folded).items()
        )
        rows = self.connection.execute(
            "SELECT folded, spelling FROM vocabulary WHERE size BETWEEN ? AND ? "
            f"AND 2.0 * ({shared}) >= ? * (size + ?) - 0.001",
            (int(size * close / (2 - close)), -int(-size * (2 - close) // close), close, size),
        )
        return dict(rows.fetchall())

    def written_as(self, joined: set[str]) -> list[str]:
        rows = self.connection.execute(
            "SELECT spelling FROM vocabulary WHERE joined IN (SELECT value FROM json_each(?)) "
            "ORDER BY first_file, seq",
            (msgspec.json.encode(sorted(joined)).decode(),),
        )
        return [spelling for (spelling,) in rows]


class Index:
    """An open, up-to-date index of the corpus at `path` (as the user named it)."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        row = connection.execute("SELECT value FROM corpus WHERE part = 'files'").fetchone()
        self.listing: Listing = _LISTING.decode(row[0])
        ids = self.listing.ids
        self.rank = dict(zip(ids, range(len(ids)), strict=True))
        """Each file's place in the corpus's order, by its id."""
        self.summit = dict(zip(ids, self.listing.summits, strict=True))
        """Each file's summit id, by the file's id."""
        self.summit_ids = set(self.listing.summits)
        self.people: dict[int, dict[str, Person]] = {}
        self.meetings: dict[int, dict[str, Meeting]] = {}
        self.guessed: dict[int, dict[str, str]] = {}
        self.folder: bool | None = None

    def path_of(self, file: int) -> str:
        """The file's path as the loader names it (`path / name`, without a Path made)."""
        if self.folder is None:
            self.folder = self.path.is_dir()
        if not self.folder:
            return str(self.path)
        return os.path.join(self.path, self.listing.names[self.rank[file]])  # noqa: PTH118

    def drafts(self) -> list[tuple[str, int]]:
        """(path, open review items) of every unreviewed draft, in file order."""
        listing = self.listing
        return [
            (self.path_of(file), n)
            for file, n in zip(listing.ids, listing.reviews, strict=True)
            if n > 0
        ]

    def summits(self) -> list[Summit]:
        """Every summit, read from its file (for what the index does not serve, `search
        --exact`: the files are as the index found them; storing each summit whole as well
        made a quarter of the index, written by every build)."""
        return loader.load(self.path)

    def vocabulary(self) -> Vocabulary:
        return Vocabulary(self.connection)

    def _ordered(self, rows: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
        """Rows led by (file, order within the file), in the corpus's order."""
        rank = self.rank
        return sorted(rows, key=lambda row: (rank[row[0]], row[1]))

    # Records rebuilt.

    def _people(self, file: int) -> dict[str, Person]:
        people = self.people.get(file)
        if people is None:
            self._read_people([file])
            people = self.people[file]
        return people

    def _read_people(self, files: Collection[int]) -> None:
        """The people of the files not read yet, in one query."""
        wanted = sorted(set(files).difference(self.people))
        if not wanted:
            return
        decoder = _decoder(Person)
        for file in wanted:
            self.people[file] = {}
        rows = self.connection.execute(
            "SELECT file, body, solo, joint, accounts FROM people "
            "WHERE file IN (SELECT value FROM json_each(?)) ORDER BY file, seq",
            (msgspec.json.encode(wanted).decode(),),
        )
        for file, body, solo, joint, accounts in rows:
            person = decoder.decode(body)
            person.summit = self.summit[file]
            person.solo, person.joint, person.accounts = solo, joint, accounts
            self.people[file][person.id] = person

    def _meetings(self, file: int) -> dict[str, Meeting]:
        meetings = self.meetings.get(file)
        if meetings is None:
            self._read_settings([file])
            meetings = self.meetings[file]
        return meetings

    def _guesses(self, file: int) -> dict[str, str]:
        found = self.guessed.get(file)
        if found is None:
            self._read_settings([file])
            found = self.guessed[file]
        return found

    def _read_settings(self, files: Collection[int]) -> None:
        """What rebuilding a statement or a preamble paragraph needs of the files not read yet:
        their people, meetings and guessed speakers, a query for each kind."""
        self._read_people(files)
        wanted = sorted(set(files).difference(self.meetings))
        if not wanted:
            return
        meetings, guesses = _decoder(tuple[Meeting, ...]), _decoder(dict[str, str])
        rows = self.connection.execute(
            "SELECT id, meetings, guesses FROM files WHERE id IN (SELECT value FROM json_each(?))",
            (msgspec.json.encode(wanted).decode(),),
        )
        for file, held, guessed in rows:
            self.meetings[file] = {meeting.id: meeting for meeting in meetings.decode(held)}
            self.guessed[file] = guesses.decode(guessed)

    def _prepare(self, rows: Sequence[Sequence[Any]], kind: int = 2) -> None:
        """Read at once what rebuilding these rows (led by their file; their type at `kind`)
        needs, rather than with queries for each file."""
        self._read_settings({row[0] for row in rows if row[kind] in SPOKEN})

    def rebuild(
        self, file: int, kind: str, body: bytes, section: int | None, section_title: str | None
    ) -> Citable:
        """A record from its row, its links filled in as `loader.link` fills them."""
        record: Citable = _decoder(TYPES[kind]).decode(body)
        summit = record.summit = self.summit[file]
        reported: tuple[Preamble | Clause, ...] = ()
        if isinstance(record, Clause):
            record.section, record.section_title = section or 0, section_title or ""
            reported = (record,)
        elif isinstance(record, Section):
            for clause in record.clauses:
                clause.summit, clause.section = summit, record.number
                clause.section_title = record.title
            reported = record.clauses
        elif isinstance(record, Preamble):
            reported = (record,)
        elif isinstance(record, Statement):
            people = self._people(file)
            record.people = tuple([people[p] for p in record.speakers])
            record.subject_people = tuple([people[p] for p in record.subjects])
            setting = record.curation.setting
            record.meeting = self._meetings(file)[setting.meeting] if setting else None
            record.guess = self._guesses(file).get(record.ref, "")
        if reported:
            people, guessed = self._people(file), self._guesses(file)
            for paragraph in reported:
                paragraph.people = tuple([people[p] for p in paragraph.speakers])
                paragraph.guess = guessed.get(paragraph.ref, "")
        return record

    def records(self, where: str, arguments: Sequence[object] = ()) -> Iterator[Citable]:
        """The records the condition keeps (on `records`), rebuilt, in the corpus's order."""
        rows = self.connection.execute(
            "SELECT file, seq, type, body, section, section_title FROM records WHERE " + where,
            arguments,
        )
        ordered = self._ordered(rows)
        self._prepare(ordered)
        for file, _, kind, body, number, title in ordered:
            yield self.rebuild(file, kind, body, number, title)

    # What the commands ask.

    def people_named(self, names: Sequence[str]) -> list[Person]:
        """`lookup.find_people`: first among the people whose names, role or country hold a word of
        the names (everyone it can find is among them), then, to explain, among everyone."""
        words = sorted({word for name in names for word in lookup.name_words(name)})
        candidates: list[Person] = []
        if words:
            test = " OR ".join("instr(names, ?)" for _ in words)
            rows = self.connection.execute(
                f"SELECT DISTINCT file FROM people WHERE {test}",
                words,
            )
            files = sorted((row[0] for row in rows), key=self.rank.__getitem__)
            self._read_people(files)
            for file in files:
                candidates += self._people(file).values()
        try:
            return lookup.people_named(candidates, names)
        except NotFoundError:
            every_file = self.listing.ids
            self._read_people(every_file)
            everyone = [p for file in every_file for p in self._people(file).values()]
            return lookup.people_named(everyone, names)

    def topics(self) -> list[Topic]:
        row = self.connection.execute("SELECT value FROM corpus WHERE part = 'topics'")
        topics: list[Topic] = _decoder(list[Topic]).decode(row.fetchone()[0])
        return topics

    def topic_names(self, topics: Sequence[str]) -> list[str]:
        """`lookup.known_topics`; no topic asked reads none (10,000 summits hold 40,000)."""
        if not topics:
            return []
        return lookup.known_topics(self.topics(), topics)

    def section_numbers(self) -> set[int]:
        rows = self.connection.execute("SELECT DISTINCT ref FROM records WHERE type = 'section'")
        return {int(row[0]) for row in rows}

    def timeline(self) -> list[Event]:
        decoder = _decoder(tuple[Event, ...])
        events = []
        for file, body in self.connection.execute("SELECT id, timeline FROM files ORDER BY name"):
            for event in decoder.decode(body):
                event.summit = self.summit[file]
                events.append(event)
        return events

    def filtered(
        self,
        *,
        kinds: Sequence[str] = (),
        people: Sequence[Person] | None = None,
        topics: Sequence[str] = (),
        record_types: Sequence[str] = (),
        section: int | None = None,
        quotes: bool = False,
    ) -> Iterator[Searchable]:
        """Records that may pass a `lookup.Filter` of these criteria (a superset, in order:
        the caller applies the filter itself), passages only, or quotations in their order."""
        where, arguments = ["type != 'outcome'"], list[object]()
        if quotes:
            where.append("quote IS NOT NULL")
        if kinds:
            where.append(f"speech IN ({', '.join('?' * len(kinds))})")
            arguments += kinds
        if record_types:
            where.append(f"type IN ({', '.join('?' * len(record_types))})")
            arguments += record_types
        if section is not None:
            where.append("section = ?")
            arguments.append(section)
        if topics:
            marks = ", ".join("?" * len(topics))
            where.append(f"id IN (SELECT record FROM record_topics WHERE topic IN ({marks}))")
            arguments += topics
        if people is not None:
            where.append(  # one JSON argument: thousands of people make no deep expression
                "id IN (SELECT r.record FROM json_each(?) AS j JOIN record_people AS r "
                "ON r.summit = json_extract(j.value, '$[0]') "
                "AND r.person = json_extract(j.value, '$[1]'))"
            )  # each person found by the index on (summit, person), not every row read
            arguments.append(msgspec.json.encode([(p.summit, p.id) for p in people]).decode())
        rows = self.connection.execute(
            "SELECT file, "
            + ("quote" if quotes else "seq")
            + ", type, body, section, section_title FROM records WHERE "
            + " AND ".join(where),
            arguments,
        )
        ordered = self._ordered(rows)
        self._prepare(ordered)
        for file, _, kind, body, number, title in ordered:
            record = self.rebuild(file, kind, body, number, title)
            if not isinstance(record, Outcome):  # the query keeps passages only
                yield record

    def quotations(
        self,
        kinds: Sequence[str],
        speaker: Sequence[str] | None,
        topic: Sequence[str] | None,
        part: str | None = None,
    ) -> tuple[list[Searchable], lookup.Filter]:
        """`loaded.Loaded.quotations`, in the same order, the index finding the candidates."""
        keep = lookup.quotes_filter(self, kinds, speaker, topic, part)
        candidates = self.filtered(kinds=kinds, people=keep.people, topics=keep.topics, quotes=True)
        return [record for record in candidates if keep(record)], keep

    def sections(self) -> list[Section]:
        return [r for r in self.records("type = 'section'") if isinstance(r, Section)]

    def outcomes(self, topics: Sequence[str] = ()) -> list[Outcome]:
        """The outcomes, or those of any of the topics."""
        where, arguments = "type = 'outcome'", list(topics)
        if topics:
            where += (
                " AND id IN (SELECT record FROM record_topics "
                f"WHERE topic IN ({', '.join('?' * len(topics))}))"
            )
        return [r for r in self.records(where, arguments) if isinstance(r, Outcome)]

    def find_records(self, refs: Sequence[str]) -> list[Citable]:
        """`refs.find_records`: each ref's records found by the index on refs, in the order
        asked (of a summit's records with one ref, the last, as its records by ref keep)."""
        found: list[Citable] = []
        for asked in refs:
            summit_id, ref = split_ref(asked)
            scope, arguments = "", list[object]()
            if summit_id:
                if summit_id not in self.summit_ids:
                    raise unknown_summit(asked, summit_id, self.listing.summits, self.listing.names)
                scope, arguments = " AND summit = ?", [summit_id]
            rows = self.connection.execute(
                "SELECT file, seq, type, body, section, section_title FROM records "
                "WHERE ref = ?" + scope,
                [ref, *arguments],
            )
            last = {row[0]: row for row in self._ordered(rows)}
            self._prepare(list(last.values()))
            if not last:
                if not summit_id and ref.lower() in self.summit_ids:
                    raise summit_without_ref(ref.lower())
                rows = self.connection.execute(
                    "SELECT file, seq, ref FROM records" + (" WHERE summit = ?" if scope else ""),
                    arguments,
                )
                summits = 1 if summit_id else len(self.summit_ids)
                raise unknown_ref(asked, ref, [row[2] for row in self._ordered(rows)], summits)
            found += [self.rebuild(file, *row[2:]) for file, row in last.items()]
        return found

    def search(
        self, terms: Sequence[search.Term], *, match_any: bool
    ) -> Iterator[tuple[float, Searchable]]:
        """`search.search` without its `keep`: (score, record) of every hit, best first, the
        records rebuilt only as they are asked for."""
        ranked, found = self._ranked(terms, match_any=match_any)
        start, batch = 0, 16  # a first read as small as `--limit 10` needs, then larger ones
        while start < len(ranked):
            chunk = ranked[start : start + batch]
            start += batch
            ids = [found[index][1] for _, index in chunk]
            rows = self.connection.execute(
                "SELECT id, file, type, body, section, section_title FROM records "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (msgspec.json.encode(ids).decode(),),
            )
            by_id = {row[0]: row[1:] for row in rows}
            self._prepare(list(by_id.values()), kind=1)
            for (negative, _), record_id in zip(chunk, ids, strict=True):
                record = self.rebuild(*by_id[record_id])
                if not isinstance(record, Outcome):  # outcomes are not indexed for search
                    yield -negative, record
            batch = min(batch * 4, 1024)

    def framing_only(self, terms: Sequence[Term], *, match_any: bool) -> list[tuple[str, str]]:
        """`search.framing_only` over the corpus, as (summit, ref), from the framings' stored
        keys: SQLite finds those holding a term's keys in a row, `search.framing_holds` keeps
        those that hold the query."""
        wanted = search.WordKeys(exact=False).of_terms(terms)
        holding = " OR ".join(["instr(' ' || f.keys || ' ', ?)"] * len(wanted))
        rows = self.connection.execute(
            "SELECT r.file, r.seq, r.summit, r.ref, f.keys FROM framings f "
            f"JOIN records r ON r.id = f.record WHERE {holding}",
            [f" {' '.join(term)} " for term in wanted],
        )
        return [
            (summit, ref)
            for _, _, summit, ref, keys in self._ordered(rows)
            if search.framing_holds(keys.split(), wanted, match_any=match_any)
        ]

    def hit_count(self, terms: Sequence[Term], *, match_any: bool) -> int:
        """How many records `search` would give, none of them rebuilt."""
        return len(self._ranked(terms, match_any=match_any)[0])

    def hit_maker(
        self, terms: Sequence[Term], *, match_any: bool
    ) -> Callable[[Searchable, float], Hit]:
        """`search.search`'s hits of the records shown: the words of each key are the corpus's
        (its `forms`), not found again in the texts shown."""
        keys = search.WordKeys(exact=False)
        wanted = keys.of_terms(terms)
        forms: dict[str, list[str]] = {key: [] for term in wanted for key in term}
        rows = self.connection.execute(
            "SELECT key, word FROM forms WHERE key IN (SELECT value FROM json_each(?)) "
            "ORDER BY word",
            (msgspec.json.encode(sorted(forms)).decode(),),
        )
        for key, word in rows:
            forms[key].append(word)
        return search.hit_maker(wanted, forms, keys, match_any=match_any)

    def _term_counts(self, term: Term) -> dict[int, int]:
        """The term's count in each passage holding it (by record id): a word's from its places
        in FTS5's index, a phrase's within each field of the passages FTS5 finds it in."""
        if len(term) == 1:
            rows = self.connection.execute(
                "SELECT doc, count(*) FROM occurrences WHERE term = ? GROUP BY doc", term
            )
            return dict(rows.fetchall())
        rows = self.connection.execute(
            "SELECT rowid, keys FROM passages WHERE passages MATCH ?", (f'"{" ".join(term)}"',)
        )
        return {record_id: _phrase_count(content, term) for record_id, content in rows}

    def _recounted(self, ids: list[int], wanted: Sequence[Term]) -> dict[int, list[int]]:
        """Each term's count in each of the passages, from their keys: a word's among the keys
        of all its words together (`whole` where they differ from the fields'), a phrase's
        within one field."""
        rows = self.connection.execute(
            "SELECT p.rowid, p.keys, r.whole FROM passages p JOIN records r ON r.id = p.rowid "
            "WHERE p.rowid IN (SELECT value FROM json_each(?))",
            (msgspec.json.encode(ids).decode(),),
        )
        found: dict[int, list[int]] = {}
        separator = f" {SEPARATOR} "
        for record_id, content, whole in rows:
            if whole is None:  # the fields' keys are all of them (a separator is never a key)
                together = content.split()
            else:
                together, content = whole.split(), content.rpartition(separator)[0]
            row = []
            for term in wanted:
                counts = [together.count(key) for key in term]
                if len(term) == 1:
                    row.append(counts[0])
                elif all(counts):  # a phrase: the fields apart, split only now
                    fields = [field.split() for field in content.split(separator)]
                    row.append(search.phrase_count(fields, term))
                else:
                    row.append(0)
            found[record_id] = row
        return found

    def _ranked(
        self, terms: Sequence[Term], *, match_any: bool
    ) -> tuple[list[tuple[float, int]], dict[int, tuple[int, int]]]:
        """`search.rank`'s list of the hits, and each one's (file, record id)."""
        keys = search.WordKeys(exact=False)
        wanted = keys.of_terms(terms)
        # A record scores for a term only if it holds it, a phrase word for word within a field
        # (as FTS5 finds a phrase, never across the separator between fields): "hydrogen
        # energy" reads the records holding the phrase, not all with "energy".
        query = " OR ".join(f'"{" ".join(term)}"' for term in sorted(set(wanted)))
        candidates = self.connection.execute(
            "SELECT id, file, seq, length, whole FROM records INDEXED BY records_scores "
            "WHERE id IN (SELECT rowid FROM passages WHERE passages MATCH ?)",
            (query,),
        ).fetchall()
        # Each term's count in each passage, from FTS5 (a word's places in its index, a
        # phrase's passages), where a word's key is one FTS5 token; the passages whose keys of
        # all words together are not their fields' are counted again from their keys.
        counted = all(len(term) > 1 or _one_token(term[0]) for term in wanted)
        columns = [self._term_counts(term) for term in wanted] if counted else []
        again = [row[0] for row in candidates if row[4] is not None or not counted]
        recounted = self._recounted(again, wanted) if again else {}
        frequencies: dict[int, list[int]] = {}
        lengths: dict[int, int] = {}
        found: dict[int, tuple[int, int]] = {}
        rank = self.rank
        for record_id, file, seq, length, _ in candidates:
            row = recounted.get(record_id)
            if row is None:
                row = [column.get(record_id, 0) for column in columns]
            if any(row):
                index = rank[file] * 10_000_000 + seq
                frequencies[index], lengths[index] = row, length
                found[index] = (file, record_id)
        meta = dict(self.connection.execute("SELECT key, value FROM meta"))
        ranked = search.rank(
            frequencies, lengths, int(meta["documents"]), int(meta["words"]), match_any=match_any
        )
        return ranked, found


def _phrase_count(keys: str, phrase: Term) -> int:
    """`search.phrase_count` in a passage's stored keys (a phrase never holds the separator
    between fields): with every space doubled, `str.count` finds each occurrence, in C,
    unless the phrase can overlap itself ("a b a"), whose occurrences are counted one by one."""
    size = len(phrase)
    if any(phrase[:n] == phrase[size - n :] for n in range(1, size)):
        separator = f" {SEPARATOR} "
        return search.phrase_count([f.split() for f in keys.split(separator)], phrase)
    return f" {keys.replace(' ', '  ')} ".count(f" {'  '.join(phrase)} ")


_TOKEN_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _one_token(key: str) -> bool:
    """Whether FTS5's tokenizer keeps the key as one token, as `str.split` does: a key of
    lower-case ASCII letters, digits, '_' and any non-ASCII character (a folded mark such as
    "(一)" would be split)."""
    return all(character in _TOKEN_CHARACTERS or character > "\x7f" for character in key)
