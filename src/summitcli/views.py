"""How each record type is presented, declared once: its fields (each verbatim or curated), its
JSON, and what a panel or a Markdown block shows of it.

A command names the view it prints (`passage` for search hits, `listing` for `summit sections`)
and hands `View`s to a renderer; every format (plain rows, CSV, Markdown, Rich, JSON) is derived
from the view by one renderer per format, which never looks at a record's class. The one place
that tells record types apart is here, in exhaustive `match` statements that mypy checks.

Plain Python: no Typer, no Rich, so that a core function or a test can build views cheaply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, assert_never

import msgspec
from msgspec.structs import replace

from .model import (
    ACCOUNT_OF,
    COMPOSED_MARK,
    GUESSED_MARK,
    LEFT_PLACEHOLDER,
    PLACEHOLDER,
    Attributable,
    Citable,
    Clause,
    DocumentTitle,
    Event,
    Hit,
    IsoDate,
    Narration,
    Outcome,
    Person,
    Preamble,
    Searchable,
    Section,
    Source,
    Statement,
    Summit,
    Topic,
    shown_role,
    stated,
    unfilled_facts,
)
from .text import escaped

if TYPE_CHECKING:  # compare's search machinery is imported by `summit compare` alone
    from .compare import Alignment, Echoes, Link

JSON = dict[str, Any]
HIT_LABELS = ("Score", "Found in")
"""What a table of search hits adds to a passage's columns: its score and where it matched."""


class Field(msgspec.Struct, frozen=True, gc=False):
    """One labelled value. `curated` marks the curators' words or choices: a label that shows it
    says "(curated)", and a piped row of such fields gets the view's note on stderr. `room` is
    its column's (`Column.room`)."""

    label: str
    value: str
    curated: bool = False
    room: str = ""

    @property
    def heading(self) -> str:
        """Its label as shown beside its value or over its column."""
        return _heading(self.label, self.curated)


class Quote(msgspec.Struct, frozen=True, gc=False):
    """Verbatim text with where it stands: block-quoted in Markdown, highlighted on a terminal
    (`spans`, the characters a search matched)."""

    ref: str
    who: str
    kind: str
    text: str
    spans: tuple[tuple[int, int], ...] = ()
    framing: str = ""
    """The article's words that introduce a quotation ("President Lee stated,"), verbatim: a
    sentence of the source that is in no other field."""

    @property
    def credit(self) -> str:
        """Who and what kind, each once: a preamble paragraph nobody speaks is "preamble" for
        both ("(preamble, preamble)" read as a fault). Reported speech is the article's
        sentence ("He also mentioned that …"): credited "(Lee Jae-myung, reported)" under a
        block quote, it read as his own words."""
        kind = "reported in the article's words" if self.kind == "reported" else self.kind
        return ", ".join(dict.fromkeys(part for part in (self.who, kind) if part))


class Beside(msgspec.Struct, frozen=True, gc=False):
    """Two quotations to read against each other: side by side where the terminal is wide,
    each under its heading ("Lee Jae-myung said", "2.2 signed (score 0.48)")."""

    left: Quote
    right: Quote
    left_heading: str
    right_heading: str


Block = Quote | Beside | Field
"""A line of a record shown whole (a panel, a Markdown block): a quotation, two quotations to
compare, or a labelled value."""


class View(msgspec.Struct, frozen=True, gc=False):
    """A record as every format shows it.

    `fields` are its row in plain text, CSV, a Markdown table and a terminal table (in that
    order, so `cut -f4` of a passage is its text); `json` is its shape in the README's contract;
    `heading` and `body` are what a panel or a Markdown block shows when the record is shown
    whole; `parts` are records listed after it in every text format (a section's clauses, an
    outcome's refs). `score` and `found_in` belong to search hits; `pairs` asks for one
    line per field instead of one row (`summit info`).
    """

    type: str
    summit: str
    fields: tuple[Field, ...]
    json: JSON
    heading: str = ""
    body: tuple[Block, ...] = ()
    parts: tuple[View, ...] = ()
    quote: Quote | None = None
    quoted_row: bool = False
    """Its row is a passage's (`Columns.quoted`): a table frames and styles its quotation."""
    score: float | None = None
    found_in: str = ""
    """A hit's `Hit.found_in`; empty for a record that is no hit."""
    pairs: bool = False
    reference: Reference | None = None
    """Its entry for a reference manager (`summit cite --format bibtex`)."""
    notes: tuple[str, ...] = ()
    """What the row shows that the curators wrote, each said once on stderr under piped rows
    (they have no header to say it). Empty where a row is the source's words."""
    guess: str = ""
    """How an unreviewed draft guessed the row's speakers, which the row marks itself: said on
    stderr for the first few rows only (a folder of drafts has hundreds)."""
    line: str = ""
    """The record as one ready-to-paste line, which plain text and a terminal print instead of
    its row (a citation, whose ref is in its text already); a table keeps its columns."""

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(f.label for f in self.fields)

    @property
    def rooms(self) -> tuple[str, ...]:
        return tuple(f.room for f in self.fields)

    @property
    def headers(self) -> tuple[str, ...]:
        """The labels as a table's header over rows of this shape."""
        return tuple(f.heading for f in self.fields)

    @property
    def values(self) -> list[str]:
        return [f.value for f in self.fields]


class Options(msgspec.Struct, frozen=True, gc=False):
    """What a command asks of every view it builds: `qualify` names each ref's summit (a
    `--data` folder, however many files it holds), `whole` shows records whole (a section with
    its clauses)."""

    qualify: bool = False
    whole: bool = False


def _heading(label: str, curated: bool) -> str:
    """A curated field's label says so wherever it is shown (a column's header, a narrow
    terminal's line, a Markdown list item): the label is all a reader has to tell the curators'
    words by. One that says so already ("Note (curation)", "Setting (curated: inferred)") is
    not marked twice."""
    return f"{label} (curated)" if curated and "(curat" not in label else label


class Column(msgspec.Struct, frozen=True, gc=False):
    """A column of a view's table: what each record's `Field` in it is labelled, whether its
    values are the curators', and what room a terminal's table gives it: "text" (the verbatim
    text, or the curators' prose, takes the most), "who" (a speaker or a place, styled so),
    "refs" and "kind" (kept narrow: lists of refs wrap); "" for an even share."""

    label: str
    curated: bool = False
    room: str = ""


class Header(msgspec.Struct, frozen=True, gc=False):
    """The header over a table of a view's records, for the formats that print one with no
    record to take it from: a CSV of no rows is its header (pandas and csvkit fail on an empty
    file), a Markdown table of no rows its header and delimiter row."""

    labels: tuple[str, ...]
    quoted: bool
    """The records are quotations, block quotes in Markdown: there none is no table at all."""


SUMMIT = Column("Summit")


class Columns(msgspec.Struct, frozen=True, gc=False):
    """A view's columns, declared once: its records' fields are made of them (`fields`), and so
    is the header of a table of none (`header`), so that the two cannot drift apart."""

    columns: tuple[Column, ...]
    placed: bool = False
    """Led by the summit's id (`SUMMIT`) where a folder is loaded: the records have no ref to
    name it."""
    quoted: bool = False
    """The records are quotations (`View.quote`)."""
    scored: bool = False
    """Search hits: a table adds each one's score and where it matched (`HIT_LABELS`)."""

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(column.label for column in self.columns)

    def fields(self, summit: str, values: Sequence[str], qualify: bool) -> tuple[Field, ...]:
        """A record's fields: its `values`, one per column, in the columns' order."""
        fields = tuple(
            Field(column.label, value, column.curated, column.room)
            for column, value in zip(self.columns, values, strict=True)
        )
        return (Field(SUMMIT.label, summit), *fields) if self.placed and qualify else fields

    def header(self, options: Options) -> Header:
        placed = (SUMMIT,) if self.placed and options.qualify else ()
        labels = tuple(_heading(c.label, c.curated) for c in (*placed, *self.columns))
        return Header((*labels, *(HIT_LABELS if self.scored else ())), self.quoted)


def cited(summit: str, ref: str, qualify: bool) -> str:
    """A ref as text shows it: `SUMMIT-ID:REF` where a folder of summits is loaded."""
    return f"{summit}:{ref}" if qualify else ref


# Passages: the verbatim text, with its ref, who said it or where it stands, and its kind.

PASSAGE = Columns(
    (
        Column("Ref"),
        Column("Who / where", room="who"),
        Column("Kind", room="kind"),
        Column("Text", room="text"),
    ),
    quoted=True,
)
HITS = replace(PASSAGE, scored=True)


def ref_of(record: Citable) -> str:
    match record:
        case Section():
            return str(record.number)
        case DocumentTitle() | Preamble() | Clause() | Statement() | Narration() | Outcome():
            return record.ref
    assert_never(record)


def guess_of(record: Searchable) -> str:
    """How an unreviewed draft guessed the passage's speakers ("pronoun: …"), or "": the
    guess is curation until a curator clears it from `curation.review`."""
    return record.guess if isinstance(record, Attributable) else ""


def _speakers(record: Attributable) -> str:
    """The speakers' names, marked where a draft guessed them."""
    return _names(record.people) + (GUESSED_MARK if record.guess else "")


NOBODY_NAMED = "no one named"
"""Who said a quotation the source credits to no one: never the article, whose words it is not."""


def who(record: Searchable) -> str:
    """Who said the passage, or where it stands: an account is the article's, about its
    subjects, never anyone's words."""
    match record:
        case DocumentTitle():
            return "the release"
        case Preamble():
            return _speakers(record) if record.people else "preamble"
        case Section():
            return "section title"
        case Clause():
            return _speakers(record) if record.people else record.section_title
        case Statement():
            if record.kind == "account":
                return ACCOUNT_OF + _names(record.subject_people)
            return _speakers(record)
        case Narration():
            if record.speech:
                return NOBODY_NAMED
            return "the article" if record.provenance.part == "article" else "the release"
    assert_never(record)


def kind(record: Searchable) -> str:
    match record:
        case DocumentTitle():
            return "title"
        case Preamble():
            return "reported, in the release" if record.speakers else "preamble"
        case Section():
            return "section"
        case Clause():
            return "reported, in a clause" if record.speakers else "clause"
        case Statement() | Narration():
            return record.kind
    assert_never(record)


def text_of(record: Searchable) -> str:
    return record.title if isinstance(record, Section) else record.text


def _names(people: Sequence[Person]) -> str:
    return " & ".join(person.name for person in people)


CURATED_OF_PASSAGE = ("topics", "notes")


def passage_json(record: Searchable) -> JSON:
    """A passage in the README's contract: its type's own fields between ref and text. Every
    passage has `speakers` (`[]` where nobody speaks), so that a script reads any hit alike."""
    common = {
        "text": text_of(record),
        "topics": list(record.curation.topics),
        "notes": list(record.curation.notes),
        "source": {"part": record.provenance.part, "paragraph": record.provenance.paragraph},
        "summit": record.summit,
        "curated": list(CURATED_OF_PASSAGE),
    }
    common |= _guessed_json(record, CURATED_OF_PASSAGE)
    match record:
        case DocumentTitle():
            return {"type": "title", "ref": record.ref, "speakers": [], **common}
        case Preamble():
            return {"type": "preamble", "ref": record.ref, **_reported(record)} | common
        case Section():
            del common["text"]
            return {
                "type": "section",
                "ref": str(record.number),
                "number": record.number,
                "title": record.title,
                "speakers": [],
                "clauses": [passage_json(clause) for clause in record.clauses],
                **common,
            }
        case Clause():
            return {
                "type": "clause",
                "ref": record.ref,
                "section": record.section,
                "section_title": record.section_title,
                **_reported(record),
                **common,
            }
        case Statement():
            setting = record.curation.setting
            inferred = (
                {"meeting": record.meeting.name, "inferred": True, "basis": setting.basis}
                if record.meeting and setting
                else None
            )
            return {
                "type": "statement",
                "ref": record.ref,
                "kind": record.kind,
                "speakers": [person.name for person in record.people],
                "subjects": [person.name for person in record.subject_people],
                "attribution": record.attribution,
                "setting": inferred,
                **common,
                "curated": [*common["curated"], "setting"],
            }
        case Narration():
            return {
                "type": "narration",
                "ref": record.ref,
                "kind": record.kind,
                "speakers": [],
                **common,
            }
    assert_never(record)


def _reported(record: Preamble | Clause) -> JSON:
    """A paragraph of the release that reports someone's words says whose, as a statement
    does; the rest list no speakers, so that `.speakers[]` in jq reads every one of them."""
    if not record.people:
        return {"speakers": []}
    return {"kind": "reported", "speakers": [p.name for p in record.people]}


def quote(record: Searchable, qualify: bool, spans: tuple[tuple[int, int], ...] = ()) -> Quote:
    ref = cited(record.summit, ref_of(record), qualify)
    framing = record.attribution or "" if isinstance(record, Statement) else ""
    return Quote(ref, who(record), kind(record), text_of(record), spans, framing)


def _context(record: Searchable) -> tuple[Block, ...]:
    """What a passage shown whole adds under its text: the article's framing of a quotation,
    the curators' inferred setting (with its basis) and notes, each marked as what it is."""
    blocks: list[Block] = []
    guess = guess_of(record)
    if guess:
        blocks.append(Field("Speaker (curation)", _unreviewed(record), curated=True))
    if isinstance(record, Statement):
        if record.attribution:
            blocks.append(Field("Framed by the article", record.attribution))
        setting = record.curation.setting
        if record.meeting and setting:
            inferred = f"{record.meeting.name}. {setting.basis}"
            blocks.append(Field("Setting (curated: inferred)", inferred, curated=True))
    blocks += [Field("Note (curation)", note, curated=True) for note in record.curation.notes]
    return tuple(blocks)


def passage(record: Searchable, options: Options, hit: Hit | None = None) -> View:
    """Any passage as a passage: REF WHO KIND TEXT (search, read, quotes, show)."""
    shown = quote(record, options.qualify, hit.spans if hit else ())
    fields = PASSAGE.fields(
        record.summit, (shown.ref, shown.who, shown.kind, shown.text), options.qualify
    )
    json = passage_json(record)
    if hit is not None:
        json |= {"score": round(hit.score, 4), "matched": hit.matched}
        json["found_in"] = hit.found_in
    guess = guess_of(record)
    return View(
        type=json["type"],
        summit=record.summit,
        fields=fields,
        json=json,
        heading=f"{shown.ref} ({shown.kind})",
        body=(shown, *_context(record)),
        quote=shown,
        quoted_row=PASSAGE.quoted,
        score=hit.score if hit else None,
        found_in=hit.found_in if hit else "",
        guess=f"{shown.ref}: {_unreviewed(record)}" if guess else "",
    )


def _unreviewed(record: Searchable) -> str:
    return f"unreviewed draft: {_open_speakers(record)}"


def _open_speakers(record: Searchable) -> str:
    """What an unreviewed draft left open of the record's speakers: whom it guessed, or that
    it found none where someone speaks (a clause of "the two leaders" it could not name)."""
    if isinstance(record, Clause | Preamble) and not record.people:
        return f"no speaker found ({guess_of(record)})"
    return f"speaker guessed ({guess_of(record)})"


def _guessed_json(record: Searchable, curated: Sequence[str] = ()) -> JSON:
    """What JSON adds to a record whose speakers an unreviewed draft left open: the guess is
    curation until a curator clears it (`del(.[.curated[]])` kept the speakers: new user 69)."""
    if not guess_of(record):
        return {}
    return {"unreviewed": _open_speakers(record), "curated": [*curated, "speakers", "unreviewed"]}


def hit(found: Hit, options: Options) -> View:
    return passage(found.record, options, found)


def found(item: Hit | Searchable, options: Options) -> View:
    """A search's hit, or a passage a filter alone listed (no words to score)."""
    return hit(item, options) if isinstance(item, Hit) else passage(item, options)


LISTING = Columns((Column("Ref"), Column("Section"), Column("Clauses")))


def listing(section: Section, options: Options) -> View:
    """A section among sections (`summit sections`): its number, title and clause count; shown
    whole, followed by its clauses."""
    ref = cited(section.summit, str(section.number), options.qualify)
    values = (ref, section.title, str(len(section.clauses)))
    parts = section.clauses if options.whole else ()  # views made only where shown
    return View(
        type="section",
        summit=section.summit,
        fields=LISTING.fields(section.summit, values, options.qualify),
        json=passage_json(section),
        heading=f"{ref}. {section.title}",
        parts=tuple(_under_its_section(passage(clause, options)) for clause in parts),
    )


def _under_its_section(clause: View) -> View:
    """A clause listed under its section's heading: one that reports nobody's words stands
    where its section does, which the heading says already, so its quotation names nobody."""
    if clause.quote is None or clause.json["speakers"]:
        return clause
    return replace(clause, quote=replace(clause.quote, who=""))


def record(found: Citable, options: Options) -> View:
    """A record asked for by ref (show): a section with its clauses, an outcome as curated,
    any other passage as a passage."""
    match found:
        case Section():
            return listing(found, options)
        case Outcome():
            return outcome(found, options)
        case DocumentTitle() | Preamble() | Clause() | Statement() | Narration():
            return passage(found, options)
    assert_never(found)


# Records of the curators (outcomes, events, topics) and of people.

OUTCOME_NOTE = (
    "outcomes, and the records said to sign or echo them, are the curators' summaries and "
    "choices, not the source's words"
)


OUTCOME = Columns(
    (
        Column("Ref"),
        Column("Outcome (curated)", curated=True, room="text"),
        Column("Signed", curated=True, room="refs"),
        Column("Echoed by", curated=True, room="refs"),
        Column("Not signed", curated=True),
    )
)


def outcome(found: Outcome, options: Options) -> View:
    """A curated outcome: the curators' summary and the records they say sign or echo it."""
    qualify, summit = options.qualify, found.summit
    ref = cited(summit, found.ref, qualify)
    signed = ", ".join(cited(summit, r, qualify) for r in found.signed)
    echoes = ", ".join(cited(summit, r, qualify) for r in found.echoes)
    fields = OUTCOME.fields(
        summit, (ref, found.title, signed, echoes, found.not_signed or ""), qualify
    )
    json = {
        "type": "outcome",
        "ref": found.ref,
        "title": found.title,
        "refs": list(found.refs),
        "signed": list(found.signed),
        "echoes": list(found.echoes),
        "not_signed": found.not_signed,
        "topics": list(found.topics),
        "summit": summit,
        "curated": ["title", "refs", "signed", "echoes", "not_signed", "topics"],
    }
    return View(
        type="outcome",
        summit=summit,
        fields=fields,
        json=json,
        heading=f"{ref} (outcome, curated)",
        body=tuple(f for f in fields[1:] if f.value),
        notes=(OUTCOME_NOTE,),
    )


def expanded(item: tuple[Outcome, Sequence[Citable]], options: Options) -> View:
    """An outcome with the verbatim records behind it (`outcomes --expand`): nested under its
    `records` in JSON, so that a script knows which outcome each belongs to; listed after it in
    text, as a section's clauses are."""
    found, behind = item
    shown = outcome(found, options)
    parts = tuple(record(r, options) for r in behind)
    json = shown.json | {
        "records": [part.json for part in parts],
        "curated": [*shown.json["curated"], "records"],
    }
    return replace(shown, json=json, parts=parts)


EVENT = Columns(
    (
        Column("Date"),
        Column("Event (curated)", curated=True, room="text"),
        Column("Refs", curated=True, room="refs"),
        Column("Date inferred from", curated=True),
    ),
    placed=True,
)


def event(found: Event, options: Options) -> View:
    qualify, summit = options.qualify, found.summit
    refs = ", ".join(cited(summit, ref, qualify) for ref in found.refs)
    values = (str(found.date), found.event, refs, found.inferred or "")
    return View(
        type="event",
        summit=summit,
        fields=EVENT.fields(summit, values, qualify),
        json={
            "type": "event",
            "date": str(found.date),
            "event": found.event,
            "refs": list(found.refs),
            "inferred": found.inferred,
            "source": {"part": found.provenance.part, "paragraph": found.provenance.paragraph},
            "summit": summit,
            "curated": ["event", "refs", "inferred", *(["date"] if found.inferred else [])],
        },
        heading=f"{found.date} (event, curated)",
        notes=(
            "events are described by the curators, not the source's words (its words are in "
            "the refs); an inferred date says its basis",
        ),
    )


TOPIC_CURATED = ("name", "description")
"""Shared by every topic's JSON (10,000 summits list 40,000 topics) rather than a list each."""


TOPIC = Columns(
    (
        Column("Topic", curated=True),
        Column("Description (curated)", curated=True),
        Column("Records"),
    ),
    placed=True,
)


def topic(found: Topic, options: Options) -> View:
    values = (found.name, found.description, str(found.records))
    return View(
        type="topic",
        summit=found.summit,
        fields=TOPIC.fields(found.summit, values, options.qualify),
        json={
            "type": "topic",
            "name": found.name,
            "description": found.description,
            "records": found.records,
            "summit": found.summit,
            "curated": TOPIC_CURATED,
        },
        heading=f"{found.name} (topic, curated)",
        notes=("topics and their descriptions are the curators' tags, not the source's words",),
    )


PERSON = Columns(
    (
        Column("Name", room="who"),
        Column("Role"),
        Column("Country"),
        Column("Said alone"),
        Column("Jointly"),
        Column("In the release"),
        Column("Accounts"),
        Column("Aliases (curated)", curated=True),
    ),
    placed=True,
)


def _person_curated(found: Person) -> list[str]:
    """Which of a person's country and role are curation: a country the source does not state
    (the curators', or a draft's placeholder), a placeholder role, a role composed."""
    country = found.any_country
    unfilled = country == PLACEHOLDER  # a draft's: the curator has yet to say
    curated = ["country"] if unfilled or (found.country is None and country) else []
    curated += ["role"] if found.role == PLACEHOLDER else []
    return curated + (["role", "role_basis"] if found.curation.role_basis else [])


GUESSED_COUNTS = ("statements", "solo", "joint", "in_release")
"""A person's counts that rest on the speakers an unreviewed draft guessed (accounts name no
speaker)."""


def person(found: Person, options: Options) -> View:
    """A person the source names; a country it does not state is the curators' (and says so)."""
    curated = ["aliases", "notes", *_person_curated(found)]
    basis = found.curation.role_basis
    country = stated(found.any_country)
    counts = (found.solo, found.joint, found.in_release, found.accounts)
    role = _role(found)
    name = found.name
    notes = ["aliases are the curators' additions, not the source's words"]
    whose = f"{found.summit}:{found.name}" if options.qualify else found.name
    if basis:
        notes.append(f"{whose}'s role is composed from the source's words (curation)")
    added: JSON = {"role_basis": basis} if basis else {}
    guess = ""
    if found.guessed:  # marked in the row, as a guessed speaker is wherever it is shown
        rest = "rests" if found.guessed == 1 else "rest"
        why = f"{found.guessed} of these counts {rest} on speakers an unreviewed draft guessed"
        added |= {"unreviewed": why, "curated": [*curated, *GUESSED_COUNTS, "unreviewed"]}
        name += f" (unreviewed draft: {found.guessed} of its counts guessed)"
        guess = f"{whose}: {why}"
    values = (name, role, _country(country, curated), *map(str, counts), ", ".join(found.aliases))
    return View(
        type="speaker",
        summit=found.summit,
        fields=PERSON.fields(found.summit, values, options.qualify),
        json={
            "type": "speaker",
            "name": found.name,
            "role": stated(found.role),
            "country": country,
            "aliases": list(found.aliases),
            "statements": found.solo + found.joint,
            "solo": found.solo,
            "joint": found.joint,
            "in_release": found.in_release,
            "accounts": found.accounts,
            "notes": list(found.curation.notes),
            "summit": found.summit,
            "curated": curated,
        }
        | added,
        heading=found.name,
        notes=tuple(notes),
        guess=guess,
    )


ONE_OF = {
    "sections": "section", "clauses": "clause", "statements": "statement",
    "accounts": "account", "outcomes": "outcome", "events": "event",
}  # fmt: skip
"""The counts of `summit info` that name one record in the singular ("1 account")."""


ONE_MARK = f"; {COMPOSED_MARK.strip()[1:-1]}"
"""The composed role's mark inside the brackets the role is already in: "Anna Berg (President of
Norway; curated: composed)", not brackets nested."""


def _role(person: Person) -> str:
    return shown_role(person) or "role unknown: unreviewed draft"


def _country(country: str | None, curated: list[str]) -> str:
    """A person's country as a row shows it: marked where the curators, not the source, gave
    it, and named as unknown where a draft left it to the curator."""
    if country is None:
        return "country unknown: unreviewed draft" if "country" in curated else ""
    return f"{country} (curated)" if "country" in curated else country


def _participant(person: Person) -> JSON:
    """A speaker as `info` lists it: name, role and country as `speakers` gives them."""
    country = stated(person.any_country)
    json: JSON = {"name": person.name, "role": stated(person.role), "country": country}
    basis = person.curation.role_basis
    curated = _person_curated(person)
    return (
        json | ({"role_basis": basis} if basis else {}) | ({"curated": curated} if curated else {})
    )


def _counted(name: str, count: int) -> str:
    return ONE_OF.get(name, name) if count == 1 else name


def _visit(visit: str | None) -> str:
    """The kind of visit; a file that leaves it out says the source gives none, and a draft's
    placeholder is left to the reason beside it."""
    if visit is None:
        return "(not stated in the source)"
    return stated(visit) or ""


def summit(found: Summit) -> View:
    """`summit info`: the summit at a glance, a line per fact."""
    info = found.info
    statements = found.statements
    counts = {
        "preamble": len(found.preamble),
        "sections": len(found.sections),
        "clauses": len(found.clauses),
        "statements": len(statements),
        "direct": sum(s.kind == "direct" for s in statements),
        "reported": sum(s.kind == "reported" for s in statements),
        "accounts": sum(s.kind == "account" for s in statements),
        "narration": sum(n.kind != "unattributed" for n in found.narration),
        "unattributed": sum(n.kind == "unattributed" for n in found.narration),
        "outcomes": len(found.outcomes),
        "events": len(found.timeline),
    }
    speakers = [p for p in found.people if p.speaker]
    meetings = [
        ", ".join(filter(None, (m.name, m.start and f"from {m.start}", m.duration)))
        for m in found.meetings
    ]
    source = found.source
    source_fields = (stated(source.file), source.description) if source else (None, None)
    unfilled = unfilled_facts(found)
    date = known_date(found)
    facts = found.curation.facts

    def known(name: str, value: str) -> str:
        """A fact, with the curators' basis beside it where the source does not state it."""
        return f"{value} (curated: {facts[name]})" if value and name in facts else value

    place = {"venue": info.venue, "city": info.city, "country": info.country}
    known_place = ", ".join(
        known(name, value) for name, value in place.items() if value and name not in unfilled
    ) + (" (venue not stated in the source)" if info.venue is None else "")
    unfilled_place = "; ".join(f"{name} {unfilled[name]}" for name in place if name in unfilled)

    def marked(value: str, why: str) -> str:
        """A fact with what an unreviewed draft could not find beside it."""
        return " ".join(filter(None, (value, why and f"(unreviewed draft: {why})")))

    fields = [
        Field("summit", known("title", _title(found))),
        Field("id", found.id),
        Field("date", marked(known("date", str(date or "")), unfilled.get("date", ""))),
        Field("place", marked(known_place, unfilled_place)),
        Field("visit", marked(_visit(info.visit), unfilled.get("visit", ""))),
        *(
            Field("speaker", f"{p.name} ({_role(p).replace(COMPOSED_MARK, ONE_MARK)})")
            for p in speakers
        ),
        *(Field("meeting", meeting) for meeting in meetings),
        Field("document", found.release.title),
        Field("counts", ", ".join(f"{n} {_counted(name, n)}" for name, n in counts.items())),
        Field("source", marked(", ".join(filter(None, source_fields)), unfilled.get("source", ""))),
        Field("file", found.path),
    ]
    json: JSON = {
        "type": "summit",
        "id": found.id,
        "title": info.title,
        "date": str(date) if date else None,
        "city": stated(info.city),
        "country": stated(info.country),
        "venue": stated(info.venue),
        "visit": stated(info.visit),
        "document": found.release.title,
        "participants": [_participant(p) for p in speakers],
        "meetings": [
            {"name": m.name}
            | {
                k: v
                for k, v in (
                    ("start", m.start),
                    ("duration", m.duration),
                    ("attendees", m.attendees),
                )
                if v
            }
            for m in found.meetings
        ],
        "counts": counts,
        "source": {"file": source_fields[0], "description": source_fields[1]},
        "file": found.path,
        "curated": [],
    }
    if facts:
        json |= {"fact_basis": dict(facts), "curated": [*facts, "fact_basis"]}
    if unfilled:
        json |= {"unreviewed": unfilled, "curated": [*json["curated"], *unfilled, "unreviewed"]}
    return View(
        type="summit",
        summit=found.id,
        fields=tuple(fields),
        json=json,
        heading=_title(found),
        pairs=True,
    )


# Said versus signed (`summit compare`).

ALIGNMENT = Columns(
    (
        Column("Ref"),
        Column("Kind", room="kind"),
        Column("Signed", room="refs"),
        Column("Score"),
        Column("Verdict"),
        Column("Shared"),
        Column("Only said"),
        Column("Shared through curation", curated=True),
    ),
    quoted=True,
)


def _score(score: float) -> str:
    """Two places, cut rather than rounded: 0.3499 is "0.34", since "0.35" is where a verdict
    of echoed starts."""
    return f"{_cut(score, 2):.2f}"


def _json_score(score: float) -> float:
    """Four places, cut as `_score` cuts two: rounded, 0.349996 was 0.35 in JSON, an "echoed"
    score beside the table's 0.34 and its verdict "partly echoed" (new user 53)."""
    return _cut(score, 4)


def _cut(score: float, places: int) -> float:
    """One margin for both cuts, in the score's own units (scores are never negative; it keeps
    0.29, stored as 0.28999…, whole): two margins, each scaled by its places, had a score a hair
    under 0.35 cut to 0.34 in a table and 0.35 in JSON."""
    scale: int = 10**places
    return int((score + 1e-11) * scale) / scale


def _link_json(link: Link) -> JSON:
    return _shared_json(link.ref, link) | {
        "said_only": link.said_only,
        "signed_only": link.signed_only,
        "said_spans": [list(span) for span in link.said_spans],
        "signed_spans": [list(span) for span in link.signed_spans],
        "curated": _link_curated(link),
    }


def _shared_json(ref: str, link: Link) -> JSON:
    """What a link and an echo say alike: `shared` empty, only curation links them."""
    return {
        "ref": ref,
        "score": _json_score(link.score),
        "shared": link.shared,
        "shared_via_curation": link.shared_via_curation,
    }


def _link_curated(link: Link) -> list[str]:
    return ["shared_via_curation"] if link.shared_via_curation else []


def _curation_note(link: Link) -> str:
    """How far a link rests on the curators' words, for a note on stderr."""
    how = "partly" if link.shared else "only"
    return f"rests {how} on the curators' keywords or notes ({', '.join(link.shared_via_curation)})"


def alignment(found: Alignment, options: Options) -> View:
    """A statement against the release records it echoes, best first: the shared wording, what
    was only said and only signed, and a verdict."""
    statement, qualify, best = found.statement, options.qualify, found.best
    said = cited(statement.summit, statement.ref, qualify)
    values = [said, statement.kind, "", "", found.verdict, "", ", ".join(found.said_only), ""]
    if best is not None:
        values[2] = ", ".join(cited(statement.summit, link.ref, qualify) for link in found.links)
        values[3] = _score(best.score)
        links = found.links  # the row's words are those of every link it lists
        shared = dict.fromkeys(w for link in links for w in link.shared)
        via_curation = dict.fromkeys(w for k in links for w in k.shared_via_curation)
        values[5] = ", ".join(shared)
        values[7] = ", ".join(w for w in via_curation if w not in shared)
    statement_quote = quote(statement, qualify, tuple(best.said_spans) if best else ())
    if statement.kind == "account":  # the article's words: nobody said them
        said_by = "The article's account, about " + _names(statement.subject_people)
    elif statement.kind == "reported":  # the article's sentence, "X said that …": not X's words
        said_by = f"The article reports {_speakers(statement)}"
    else:
        said_by = f"{_speakers(statement)} said"
    notes = [  # a row's own column names the words, not which link they came through
        f"{said}: its link to {cited(statement.summit, link.ref, qualify)} {_curation_note(link)}"
        for link in found.links
        if link.shared_via_curation
    ]
    body: list[Block] = [] if found.links else [statement_quote]
    if statement.attribution:  # who spoke, in the article's words, as a record shown whole
        body.append(Field("Framed by the article", statement.attribution))
    for link, signed in zip(found.links, found.records, strict=True):
        signed_quote = quote(signed, qualify, tuple(link.signed_spans))
        body += [
            Beside(
                replace(statement_quote, spans=tuple(link.said_spans)),
                signed_quote,
                said_by,
                f"{signed_quote.ref} signed (score {_score(link.score)})",
            ),
            Field("Shared", ", ".join(link.shared)),
            Field(
                "Shared through the curators' keywords or notes (curated)",
                ", ".join(link.shared_via_curation),
                curated=True,
            ),
            Field("Only signed", ", ".join(link.signed_only) or "-"),
        ]
    body.append(Field("Only said", ", ".join(found.said_only) or "-"))  # the statement's, once
    return View(
        type="alignment",
        summit=statement.summit,
        fields=ALIGNMENT.fields(statement.summit, values, qualify),
        json={
            "type": "alignment",
            "ref": statement.ref,
            "kind": statement.kind,
            "speakers": [p.name for p in statement.people],
            "subjects": [p.name for p in statement.subject_people],
            "attribution": statement.attribution,
            "text": statement.text,
            "verdict": found.verdict,
            "said_only": found.said_only,
            "links": [_link_json(link) for link in found.links],
            "summit": statement.summit,
            "curated": [],  # verdicts and scores are summit's measure, not anyone's words
        }
        | _guessed_json(statement),
        heading=f"{said} ({statement.kind}) \u2014 {found.verdict}",
        body=tuple(body),
        quote=statement_quote,
        notes=tuple(notes),
        guess=f"{said}: {_unreviewed(statement)}" if statement.guess else "",
    )


def compared(found: Alignment | Echoes, options: Options) -> View:
    """`summit compare` lists both, statements first."""
    from .compare import Alignment

    return alignment(found, options) if isinstance(found, Alignment) else echoes(found, options)


ECHOES = Columns(
    (
        Column("Ref"),
        Column("Echoed by", room="refs"),
        Column("Scores"),
        Column("Echoed only through curation", curated=True),
    ),
    quoted=True,
)


def echoes(found: Echoes, options: Options) -> View:
    """A release record with the statements that echo it, strongest first."""
    signed, qualify = found.record, options.qualify
    ref = cited(signed.summit, signed.ref, qualify)
    said = ", ".join(cited(signed.summit, r, qualify) for r, _ in found.statements)
    scores = ", ".join(_score(link.score) for _, link in found.statements)
    curated_only = ", ".join(  # the words that made them are on stderr (`notes`)
        cited(signed.summit, r, qualify) for r, link in found.statements if not link.shared
    )
    notes = [
        f"{ref}: its echo by {cited(signed.summit, r, qualify)} {_curation_note(link)}"
        for r, link in found.statements
        if link.shared_via_curation
    ]
    fields = ECHOES.fields(signed.summit, (ref, said, scores, curated_only), qualify)
    signed_quote = quote(signed, qualify)
    body = (*fields[1:],) if said else (Field("Echoed by", "no statement"),)
    return View(
        type="echoes",
        summit=signed.summit,
        fields=fields,
        json={
            "type": "echoes",
            "ref": signed.ref,
            **_reported(signed),
            "text": signed.text,
            "echoed_by": [
                _shared_json(r, link) | {"curated": _link_curated(link)}
                for r, link in found.statements
            ],
            "summit": signed.summit,
            "curated": [],
        }
        | _guessed_json(signed),
        heading=f"{ref} (echoes)",
        body=(signed_quote, *body),
        quote=signed_quote,
        notes=tuple(notes),
        guess=f"{ref}: {_unreviewed(signed)}" if signed.guess else "",
    )


# Citations: ready-to-paste text, and entries for reference managers.


class Reference(msgspec.Struct, frozen=True, gc=False):
    """What every reference-manager format (BibTeX, CSL-JSON, RIS) says of one record."""

    key: str
    title: str
    authors: tuple[str, ...]
    """The speakers of speech; nobody for the release, narration, an account or a speaker an
    unreviewed draft guessed."""
    document: str
    event: str
    place: str
    """The city; empty where a draft could not find it (its stored value a placeholder)."""
    date: tuple[int, ...]
    """As precise as the summit's date: (year,), (year, month) or (year, month, day); () where
    a draft could not find it (its year a placeholder)."""
    note: str
    speech: bool


def place(record: Citable) -> str:
    """Where in its document a record stands, in words: "section 3, clause (1)"."""
    match record:
        case DocumentTitle():
            return "title"
        case Preamble():
            return f"preamble, paragraph {record.ref.removeprefix('P')}"
        case Section():
            return f"section {record.number}"
        case Clause():
            return f"section {record.section}, clause ({record.ref.partition('.')[2]})"
        case Statement() | Narration():  # the release's own closing note is the release's
            return (
                f"{record.provenance.part}, paragraph {record.provenance.paragraph} ({record.kind})"
            )
        case Outcome():
            return f"outcome (curated summary), signed: {', '.join(record.signed)}"
    assert_never(record)


def _cited_by(statement: Statement) -> str:
    """Who the statement is by and how the article gives it, with an inferred setting marked:
    reported speech is the article's sentence ("He also mentioned that …"), never credited as
    the speaker's words after a quotation's dash."""
    if statement.kind == "account":
        return f"The article's account (not a quotation) of {_names(statement.subject_people)}"
    where = f", at the {statement.meeting.name} (setting inferred)" if statement.meeting else ""
    if statement.kind == "direct":
        return f"{_speakers(statement)}, quoted{where}"
    return f"The article's words reporting {_speakers(statement)} (indirect speech){where}"


UNFILLED_MARK = f"(unreviewed draft: {LEFT_PLACEHOLDER})"
"""What output says beside a fact a draft left its placeholder, whatever the review list holds."""
UNKNOWN_DATE = f"date {UNFILLED_MARK}"
"""What a citation or an export says where a draft's date is a placeholder: named, since the city
beside it may be unknown too."""


def known_date(summit: Summit) -> IsoDate | None:
    """The summit's date, or None where a draft could not find it: its stored year is then a
    placeholder, never to be shown as the year."""
    return None if "date" in unfilled_facts(summit) else summit.info.date


def _date_of(summit: Summit) -> str:
    date = known_date(summit)
    return date.human() if date else UNKNOWN_DATE


def known_city(summit: Summit) -> str | None:
    """The summit's city as a reference may give it as a place: never a draft's guess (the
    article's dateline), which a reference manager would show as fact."""
    guessed = "city" in unfilled_facts(summit)
    return None if guessed else stated(summit.info.city)


def occasion(summit: Summit, date: str) -> str:
    """The summit as a citation names it: title, city and date, a city a draft did not find
    named as unknown, as its date is, one it guessed marked so, and each the curators gave
    where the source does not (`curation.facts`) marked as curated."""
    city = stated(summit.info.city)
    if city and not known_city(summit):
        city = f"{city} (unreviewed draft: a guess)"
    if city:
        city = _marked(summit, "city", city)
    title, date = _marked(summit, "title", _title(summit)), _marked(summit, "date", date)
    return f"{title}, {city or f'city {UNFILLED_MARK}'}, {date}"


def _marked(summit: Summit, fact: str, text: str) -> str:
    """The fact's text, marked where the curators gave it and the source does not."""
    return f"{text} (curated)" if fact in summit.curation.facts else text


def _title(summit: Summit) -> str:
    """The summit's title, marked where a draft took the joint document's for it: a citation
    of a critic "quoted. Joint declaration of …" would read as the document quoting her; a
    title left the draft's placeholder said to be so."""
    if summit.info.title == PLACEHOLDER:
        return f"(unreviewed draft: title {LEFT_PLACEHOLDER})"
    if "title" in unfilled_facts(summit):
        return f"{summit.info.title} (unreviewed draft: the joint document's title)"
    return summit.info.title


def citation_text(record: Citable, summit: Summit, quote: bool = False) -> str:
    """A citation naming the document, the place in it, the summit and the source file, which
    it says is machine-translated; with `quote`, the verbatim text first (the document's title
    and a section's are in the citation already)."""
    event = occasion(summit, _date_of(summit))
    document = f"\u201c{summit.release.title}\u201d"
    match record:
        case DocumentTitle():
            text = f"{document}, title. {event}."
        case Preamble() | Clause():
            text = f"{document}, {place(record)}. {event}."
        case Section():
            text = f"{document}, {place(record)}: \u201c{record.title}\u201d. {event}."
        case Statement():
            paragraph = f"{_part_named(record, document)}, paragraph {record.provenance.paragraph}"
            text = f"{_cited_by(record)}. {event}. {paragraph}."
        case Narration():
            part = _part_named(record, document)
            text = f"{part}, {record.kind}, paragraph {record.provenance.paragraph}. {event}."
        case Outcome():
            signed = ", ".join(record.signed)
            summary = f"\u201c{record.title}\u201d"
            text = f"Outcome (curated summary): {summary} (signed: {signed}). {event}."
        case _:
            assert_never(record)
    if summit.source and summit.source.file:
        text += f" From {_described(summit)}."
    if quote and not isinstance(record, Outcome | Section | DocumentTitle):
        text = f"\u201c{record.text}\u201d \u2014 {text}"  # apart from a quoted title
    return f"{text} [{summit.id}:{ref_of(record)}]"


def _part_named(record: Statement | Narration, document: str) -> str:
    """The part of the source a citation names for the record: the article, or the release by
    its title."""
    return "Source article" if record.provenance.part == "article" else document


def _article(source: Source | None) -> str:
    """The article as a reference manager names it: machine-translated only where the curators'
    description of the source says so (the bundled one's does; a draft of the user's own
    article has none)."""
    translated = source and source.description and "machine-translated" in source.description
    return "News article (machine-translated by AI)" if translated else "News article"


def _described(summit: Summit) -> str:
    """The source's file and the curators' description of it, whichever there are; a file a
    draft could not name (an article piped in) said to be so, not given as its placeholder."""
    source = summit.source
    parts = (stated(source.file), source.description) if source else ()
    named = ", ".join(part for part in parts if part) or "the source"
    unnamed = unfilled_facts(summit).get("source")
    return f"{named} (unreviewed draft: {unnamed})" if unnamed else named


def reference(record: Citable, summit: Summit, quote: bool = False) -> Reference:
    """With `quote`, the note opens with the verbatim text, as the citation text does. A
    manager prints an author as the words' author, as fact: only a quotation's words are its
    speaker's (reported speech is the reporter's sentence; a speaker an unreviewed draft
    guessed is in the title, marked). Only the leaders' quotations are a speech at the summit: a
    manager prints a speech as given at its event, and an expert the reporter asked spoke to
    the article."""
    source, date = summit.source, known_date(summit)
    title, date_named = _marked(summit, "title", _title(summit)), _date_of(summit)
    summit_named = f"{title}, {_marked(summit, 'date', date_named)}"
    article = not isinstance(record, Outcome) and record.provenance.part == "article"
    direct = isinstance(record, Statement) and record.kind == "direct" and not record.guess
    quoted = record.people if isinstance(record, Statement) and direct else ()
    at_summit = bool(quoted) and all(p.in_release for p in quoted)
    if isinstance(record, Statement) and record.kind == "account":
        title = f"The article's account of {_names(record.subject_people)}: {summit_named}"
    elif isinstance(record, Statement):
        how = "quoted" if record.kind == "direct" else "reported"
        how += ":" if at_summit else " in the news article on the"
        guessed = GUESSED_MARK if record.guess else ""
        title = f"{', '.join(p.name for p in record.people)}{guessed}, {how} {summit_named}"
    elif article:
        title = f"News article on the {summit_named}: {place(record)}"
    else:
        title = f"{summit.release.title}: {place(record)}"
    ref = ref_of(record)
    return Reference(
        key=f"{summit.id}-{ref}",  # "x-2.1" and "x-2-1" (x-2's section 1) are two keys
        title=title,
        authors=tuple(p.name for p in quoted),
        document=_article(source) if article else summit.release.title,
        event=occasion(summit, _date_of(summit)),
        place=known_city(summit) or "",
        date=tuple(int(part) for part in str(date).split("T")[0].split("-")) if date else (),
        note=_opening(record, quote)
        + f"{place(record)}. Source: {_described(summit)}. [{summit.id}:{ref}]",
        speech=at_summit,
    )


def _opening(record: Citable, quote: bool) -> str:
    """What a reference's note opens with: an outcome's summary always (it is all the outcome
    is, and no other field of an entry holds it), marked as the curators'; with `quote`,
    anything else's verbatim text; a dash before the place that follows."""
    if isinstance(record, Outcome):
        return f"Curated summary, not the source's words: \u201c{record.title}\u201d \u2014 "
    return f"\u201c{record.text}\u201d \u2014 " if quote else ""


def _cites_curation(record: Citable, summit: Summit) -> bool:
    """Whether the citation text holds the curators' words or choices: an outcome's summary,
    a statement's inferred setting or a draft's guessed speaker (a clause's citation names no
    speaker), the date, city or source file it left a placeholder, or one the curators gave
    where the source is silent."""
    if isinstance(record, Statement) and (record.meeting or record.guess):
        return True
    given = {*unfilled_facts(summit), *summit.curation.facts}  # or the curators gave
    facts = ("title", "date", "city", "source")
    return isinstance(record, Outcome) or any(fact in given for fact in facts)


CITATION = Columns((Column("Ref"), Column("Citation")))
"""A table's columns of citations: the ref, so that a row of CSV or Markdown can be joined back
to what it cites (`SUMMIT-ID:REF` in a folder, as every ref a table shows), then the text."""


def citation(record: Citable, summit: Summit, options: Options, quote: bool = False) -> View:
    """A record as a citation: the ready-to-paste text, and its entry for a reference manager."""
    text = citation_text(record, summit, quote)
    ref = ref_of(record)
    shown = cited(summit.id, ref, options.qualify)
    return View(
        type="citation",
        summit=summit.id,
        fields=CITATION.fields(summit.id, (shown, text), qualify=False),
        json={
            "type": "citation",
            "ref": ref,
            "citation": text,
            "summit": summit.id,
            "curated": ["citation"] if _cites_curation(record, summit) else [],
        },
        heading=shown,
        reference=reference(record, summit, quote),
        line=text,
    )


CACHE_LABELS = {
    "Corpus": "corpus", "Files": "files", "Documents": "documents", "Words": "words",
    "Bytes": "bytes", "Format": "format", "Version": "version", "Stemmer": "stemmer",
}  # fmt: skip
"""A cache's columns after its file's name, and the keys of `cache.describe` they show."""
CACHE = Columns((Column("Cache"), *map(Column, CACHE_LABELS), Column("Stale")))


def cache(found: dict[str, object], options: Options) -> View:
    """An index summit keeps of a corpus (`summit cache info`; `clear`, of those it removed): no
    record of any summit, so its `summit` is empty; `Stale` says why no call will use it again,
    empty if one will."""
    values = (
        Path(str(found["cache"])).name,
        *("" if found.get(key) is None else str(found[key]) for key in CACHE_LABELS.values()),
        str(found["stale"] or ""),
    )
    fields = CACHE.fields("", values, options.qualify)
    return View(type="cache", summit="", fields=fields, json={"type": "cache", **found})


PROBLEM = Columns((Column("File"), Column("Path"), Column("Message")))


def problem(found: tuple[str, str, str], options: Options) -> View:
    """A problem `summit validate` found in a file: no record of any summit. Its `line` is the
    `file: path: message` a compiler prints, which editors and grep take as they are."""
    file, where, message = found
    json = {"type": "problem", "file": file, "path": where, "message": message}
    file = escaped(file)  # one line, whatever the path holds ("a\\nb"); JSON keeps it whole
    line = f"{file}: {where}: {message}" if where else f"{file}: {message}"
    fields = PROBLEM.fields("", (file, where, message), options.qualify)
    return View(type="problem", summit="", fields=fields, json=json, line=line)


COLUMNS: dict[Callable[..., View], Columns] = {
    passage: PASSAGE,
    found: PASSAGE,
    hit: HITS,
    listing: LISTING,
    outcome: OUTCOME,
    expanded: OUTCOME,
    event: EVENT,
    topic: TOPIC,
    person: PERSON,
    alignment: ALIGNMENT,
    compared: ALIGNMENT,
    echoes: ECHOES,
    cache: CACHE,
    problem: PROBLEM,
}
"""The columns each view that lists records as a table's rows builds them from. `compared` lists
statements first, and whatever empties it (a speaker, a verdict, a statement asked for) leaves
statements alone."""


def header(view: Callable[..., View], options: Options) -> Header:
    """The header over a table of `view`'s records, where there are none to take it from."""
    return COLUMNS[view].header(options)
