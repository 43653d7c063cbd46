"""The summit file format, declared once: these classes are what a summit file may hold.

`loader.py` decodes a file straight into them with msgspec, which refuses whatever they do not
declare (a missing field, an unknown one, a wrong type, a ref that breaks its pattern, a date that
is not on the calendar, a control character in any text). `schema.py` turns the same classes into
`data/summit.schema.json`. What a type cannot say (refs unique, cited refs exist) is `links.py`'s.

Verbatim fields (`text`, `title`, `name`, `role`) hold the source's words; whatever the curators
add lives in `curation` objects, so that no output can pass curation off as quotation.

A few attributes are not in the file: the loader fills them in (the summit a record belongs to, a
clause's section, a statement's people). They live in plain slotted mixins, which msgspec leaves
out of the format.

How each record is presented (its JSON, its fields in text) is `views.py`'s, not the format's.
"""

import datetime
import re
from typing import Annotated, Any, ClassVar, Literal, Self

import msgspec
from msgspec import Meta, field

CONTROL_CHARACTERS = (
    "\x00-\x1f\x7f-\x9f"
    "\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
"""The characters no text may hold, as the body of a regular expression's class (the characters
themselves, so that Python and JSON Schema read it alike). C0 and C1 controls and DEL: a terminal
would act on them. And the format characters (Unicode category Cf: bidirectional overrides and
isolates, zero-width space, a byte order mark inside text, invisible tags), which make a terminal
show text other than the bytes, or hide some: all but the zero-width non-joiner and joiner
(U+200C, U+200D), which scripts and emoji sequences need. Unassigned code points among them
(U+2065, U+13439 to U+1343F, Cf since Unicode 15) are refused too."""


def _form(pattern: str, description: str, **constraints: Any) -> Meta:
    """A string of a set form. The pattern goes into the schema, which `summit validate` checks,
    but not to the decoder: a regular expression per string would cost the query commands more
    than the rest of decoding (0.09 to 0.39 ms a file). The loader checks the same forms after
    decoding, more cheaply (`problems.text_problems`, `problems.form_problems`), so that every
    command refuses what `validate` refuses."""
    return Meta(description=description, extra_json_schema={"pattern": pattern}, **constraints)


Text = Annotated[
    str,
    _form(
        f"^(?![\\s\\S]*[{CONTROL_CHARACTERS}])\\s*\\S",
        "non-blank text without control or format characters",
        min_length=1,
    ),
]
Id = Annotated[str, _form("^[a-z0-9][a-z0-9-]*$", "an id of lower-case letters, digits and -")]
Positive = Annotated[int, Meta(ge=1, description="a positive integer")]
PreambleRef = Annotated[str, _form("^P[1-9][0-9]*$", "a ref such as P1")]
ClauseRef = Annotated[str, _form("^[1-9][0-9]*\\.[1-9][0-9]*$", "a clause ref such as 2.1")]
StatementRef = Annotated[str, _form("^S[1-9][0-9]*$", "a ref such as S1")]
OutcomeRef = Annotated[str, _form("^O[1-9][0-9]*$", "a ref such as O1")]
NarrationRef = Annotated[str, _form("^N[1-9][0-9]*$", "a ref such as N1")]
ClockTime = Annotated[str, _form("^([01][0-9]|2[0-3]):[0-5][0-9]$", "a time such as 16:55")]
Part = Literal["article", "release"]

_ISO_DATE = re.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?)?")

MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


class IsoDate(str):
    """A date in ISO 8601 as precise as the source: 1965, 2025-06, 2025-08-23, 2025-08-23T16:55.

    A pattern can check the shape but not the calendar, so the decoder hands these strings to
    `parse`, which refuses 2025-13-45 and 2025-02-30.
    """

    PATTERN: ClassVar[str] = f"^{_ISO_DATE.pattern}$"
    DESCRIPTION: ClassVar[str] = "an ISO 8601 date such as 1998, 2025-08 or 2025-08-23"

    @classmethod
    def parse(cls, value: object) -> Self:
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
            raise ValueError(f"expected {cls.DESCRIPTION}")
        try:  # complete what the source leaves out, so that the calendar can judge the rest
            datetime.datetime.fromisoformat(value + "0000-01-01T00:00"[len(value) :])
        except ValueError:
            raise ValueError(f"{value!r} is not a date on the calendar") from None
        return cls(value)

    def human(self) -> str:
        """`2025-08-23` as `23 August 2025`, `2025-10` as `October 2025`; a year stays as it is."""
        parts = self.split("T")[0].split("-")
        if len(parts) == 1:
            return parts[0]
        month = MONTHS[int(parts[1]) - 1]
        return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


class _Format(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, gc=False):
    """A part of the file format: unknown fields are refused; the records hold no cycles."""


class _InSummit:
    """Filled in by the loader: the id of the summit the record belongs to."""

    __slots__ = ("summit",)
    summit: str


class Provenance(_Format):
    """Where in the source a record comes from: the part, and the paragraph counted from 1."""

    part: Part
    paragraph: Positive
    place: Positive | None = None
    """The record's place among its paragraph's records, counted from 1 (`summit draft` writes
    it). Without it a paragraph's statements come before its narration, as in the bundled
    file, where no paragraph puts narration first."""


DRAFT_NOTE = "Drafted: "
"""How a note `summit draft` writes on each record begins: how the draft found it ("Drafted:
direct, speaker by surname 'Sato' (certain)"), words about the draft, not the summit, which
neither search nor `compare` (nor the SQLite export's full-text index) reads as the record's
content."""
UNCHECKED_GUESS = "(a guess: check it)"
"""How a draft's note on a statement ends where its speaker is a guess; `validate` holds it a
problem until the curator writes "(checked)" there, whatever the review list says (and in
whatever case: "(a GUESS: Check it)" is no check)."""


class Curation(_Format):
    """Additions by the curators, never text from the source."""

    topics: tuple[Id, ...] = ()
    keywords: tuple[Text, ...] = ()
    """Extra search terms, e.g. where the translation garbles one; searched, never shown."""
    notes: tuple[Text, ...] = ()
    """Each note that rests on an inference or on knowledge from outside the source says so."""

    @property
    def about_the_record(self) -> tuple[str, ...]:
        """The keywords and notes that search and `compare` read beside the text (written out,
        not through `notes_on_the_record`: search asks it of every passage, every call)."""
        if not self.notes:  # most passages: no generator to build
            return self.keywords
        notes = (note for note in self.notes if not note.startswith(DRAFT_NOTE))
        return (*self.keywords, *notes)

    @property
    def notes_on_the_record(self) -> tuple[str, ...]:
        """All notes but a draft's on how it found a speaker (`draft_notes`)."""
        return tuple(note for note in self.notes if not note.startswith(DRAFT_NOTE))

    @property
    def draft_notes(self) -> tuple[str, ...]:
        return tuple(note for note in self.notes if note.startswith(DRAFT_NOTE))


class InferredSetting(_Format):
    """Where a statement was made, as the curators infer it: the source does not say."""

    meeting: Id
    basis: Text
    """What the inference rests on."""


class StatementCuration(Curation):
    setting: InferredSetting | None = None


class PersonCuration(_Format):
    aliases: tuple[Text, ...] = ()
    notes: tuple[Text, ...] = ()
    country: Text | None = None
    """The person's country where the source does not state it (the curators' knowledge)."""
    role_basis: Text | None = None
    """How the curators composed the person's role where the source does not write it in those
    words ("President Anna Berg of Norway": "President of Norway"); then the role is curation,
    shown with `COMPOSED_MARK`."""


COMPOSED_MARK = " (curated: composed)"
"""After a role the curators composed from the source's words, wherever it is shown."""


class _PersonLinks(_InSummit):
    __slots__ = ("accounts", "guessed", "in_release", "joint", "solo")
    solo: int
    joint: int
    in_release: int
    accounts: int
    """How many statements the person makes alone, with others, how many paragraphs of the
    release report their words (P4), and how many of the article's accounts name them (counted
    by the loader)."""
    guessed: int
    """How many of those statements and paragraphs an unreviewed draft guessed them the
    speaker of: counts resting on a guess say so."""


class Person(_PersonLinks, _Format):
    TYPE: ClassVar = "speaker"

    id: Id
    name: Text
    role: Text
    speaker: bool
    """Whether the person speaks at the summit (Lee Myung-bak is only named)."""
    provenance: Provenance
    country: Text | None = None
    """As the source states it; else `curation.country`."""
    curation: PersonCuration = field(default_factory=PersonCuration)

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.curation.aliases

    @property
    def any_country(self) -> str | None:
        """The source's country, else the curators' (which every view marks as curated)."""
        return self.country or self.curation.country


class Meeting(_Format):
    id: Id
    name: Text
    provenance: Provenance
    start: ClockTime | None = None
    duration: Text | None = None
    attendees: Text | None = None


class _Passage(_InSummit):
    """A record of verbatim text, with its ref, where it comes from and its curation."""

    __slots__ = ()
    ref: str
    text: str
    curation: Curation
    provenance: Provenance

    @property
    def speech(self) -> str | None:
        """direct or reported for what someone is said to have said, account for the article's
        own account of the sides, unattributed for words the source credits to no one; None for
        the rest (`summit quotes`, `--speaker`)."""
        return None

    @property
    def named(self) -> "tuple[Person, ...]":
        """Whose words the passage gives, or for an account whom it is about."""
        return ()

    @property
    def section_number(self) -> int | None:
        """The section a clause stands in (`--section`); None for any other passage."""
        return None


class _ReportedLinks(_Passage):
    """A paragraph of the joint document, which may report whose words it gives."""

    __slots__ = ("guess", "people")
    people: tuple[Person, ...]
    guess: str
    """Filled in by the loader: how an unreviewed draft guessed the speakers ("" if it did
    not), from the summit's `curation.review`."""

    @property
    def speech(self) -> str | None:
        """P4 reports what Prime Minister Ishiba mentioned, clause 4.1 what the two leaders
        reaffirmed, in the release itself."""
        return "reported" if self.people else None

    @property
    def named(self) -> tuple[Person, ...]:
        return self.people


class Preamble(_ReportedLinks, _Format):
    TYPE: ClassVar = "preamble"

    ref: PreambleRef
    text: Text
    provenance: Provenance
    speakers: tuple[Id, ...] = ()
    """Whose words the paragraph reports (P4: "Prime Minister Ishiba mentioned that ...")."""
    curation: Curation = field(default_factory=Curation)


class _ClauseLinks(_ReportedLinks):
    __slots__ = ("section", "section_title")
    section: int
    section_title: str

    @property
    def section_number(self) -> int | None:
        return self.section


class Clause(_ClauseLinks, _Format):
    TYPE: ClassVar = "clause"

    ref: ClauseRef
    text: Text
    provenance: Provenance
    speakers: tuple[Id, ...] = ()
    """Whose words the clause reports ("The two leaders reaffirmed …"), as a preamble
    paragraph's; none for what the document itself records ("shared the view")."""
    curation: Curation = field(default_factory=Curation)


class Section(_Passage, _Format):
    """A numbered section of the release; its title is its verbatim text."""

    TYPE: ClassVar = "section"

    number: Positive
    title: Text
    provenance: Provenance
    clauses: tuple[Clause, ...]
    curation: Curation = field(default_factory=Curation)

    @property
    def ref(self) -> str:  # type: ignore[override]
        return str(self.number)

    @property
    def text(self) -> str:  # type: ignore[override]
        return self.title


TITLE_REF = "T"
"""The document title's ref: the file gives the title no ref of its own."""


class DocumentTitle(_Passage, msgspec.Struct, gc=False):
    """The release's title as a passage of its own (ref T), made by the loader from the file's
    `release.title`, so that it can be searched, shown and cited like the rest."""

    TYPE: ClassVar = "title"

    text: str
    provenance: Provenance
    curation: Curation = field(default_factory=Curation)

    @property
    def ref(self) -> str:  # type: ignore[override]
        return TITLE_REF


class _StatementLinks(_Passage):
    __slots__ = ("guess", "meeting", "people", "subject_people")
    people: tuple[Person, ...]
    subject_people: tuple[Person, ...]
    meeting: Meeting | None
    guess: str
    """Filled in by the loader: how an unreviewed draft guessed the speakers ("" if it did
    not), from the summit's `curation.review`."""


class Statement(_StatementLinks, _Format):
    """What the article says someone said (direct or reported speech), or its own account of
    what the sides agreed: an account has subjects, never speakers, so that no one is quoted
    saying the article's words."""

    TYPE: ClassVar = "statement"

    ref: StatementRef
    kind: Literal["direct", "reported", "account"]
    text: Text
    provenance: Provenance
    speakers: tuple[Id, ...] = ()
    """Who said it: required for direct and reported speech, absent from an account."""
    subjects: tuple[Id, ...] = ()
    """Whom an account is about (the two leaders)."""
    attribution: Text | None = None
    """The article's words that introduce a quotation ("President Lee stated,"), verbatim."""
    curation: StatementCuration = field(default_factory=StatementCuration)

    @property
    def speech(self) -> str | None:
        return self.kind

    @property
    def named(self) -> tuple[Person, ...]:
        return self.subject_people if self.kind == "account" else self.people


NarrationKind = Literal["narration", "caption", "heading", "note", "unattributed"]


class Narration(_Passage, _Format):
    """A sentence or paragraph of the source that is neither speech nor an account: narration,
    a photo caption, a heading, an editorial note, or a quotation the source names nobody for
    (`unattributed`: someone's words, but no one's the curators may say)."""

    TYPE: ClassVar = "narration"

    ref: NarrationRef
    kind: NarrationKind
    text: Text
    provenance: Provenance
    curation: Curation = field(default_factory=Curation)

    @property
    def speech(self) -> str | None:
        """Someone's words, though nobody is named: `summit quotes` lists them as quoted."""
        return "unattributed" if self.kind == "unattributed" else None


class Outcome(_InSummit, _Format):
    """A concrete commitment, summarised by the curators and true to the signed text alone:
    `signed` are the release's records behind it; `echoes` the statements that echo it; what
    they add that the release does not sign is `not_signed`."""

    TYPE: ClassVar = "outcome"

    ref: OutcomeRef
    title: Text
    signed: Annotated[tuple[Text, ...], Meta(min_length=1, description="at least one ref")]
    echoes: tuple[Text, ...] = ()
    not_signed: Text | None = None
    topics: tuple[Id, ...] = ()

    @property
    def refs(self) -> tuple[str, ...]:
        return (*self.signed, *self.echoes)


class Event(_InSummit, _Format):
    """A dated event the source mentions, described by the curators."""

    TYPE: ClassVar = "event"

    date: IsoDate
    event: Text
    refs: tuple[Text, ...]
    provenance: Provenance
    inferred: Text | None = None
    """How the date was inferred, where the source does not state it whole."""


class Release(_Format):
    """The joint document, verbatim: its title, preamble paragraphs and numbered sections."""

    title: Text
    provenance: Provenance
    preamble: tuple[Preamble, ...]
    sections: tuple[Section, ...]


class SummitInfo(_Format, kw_only=True):
    title: Text
    date: IsoDate
    city: Text
    country: Text
    venue: Text | None = None
    """Where the source names the venue; left out where it does not (never invented)."""
    visit: Text | None = None
    """The kind of visit ("working visit") where the source says it; else left out."""
    provenance: Provenance


class Source(_Format):
    """What the verbatim text was copied from."""

    file: Text | None = None
    description: Text | None = None
    paragraphs: Text | None = None


SummitFact = Literal["title", "date", "city", "country"]
"""The facts of `summit` a curator may know where the source does not state them (a venue and
a visit's kind are the source's or left out, never inferred)."""


class CurationLayer(_Format):
    """The curators' layers: summaries, tags and dates, none of it text from the source."""

    about: Text | None = None
    settings: Text | None = None
    topics: dict[Id, Text] = field(default_factory=dict)
    """The topic vocabulary: name and description."""
    outcomes: tuple[Outcome, ...] = ()
    timeline: tuple[Event, ...] = ()
    review: tuple[Text, ...] = ()
    """What `summit draft` could not settle, for the curator (empty once curated). A speaker
    it guessed is an item of the form `guessed_speaker` writes, a fact it could not find one
    `unfilled` writes."""
    facts: dict[SummitFact, Text] = field(default_factory=dict)
    """Each fact of `summit` the curators gave where the source does not state it, with how
    they know it ("Oslo is the capital of Norway"): a draft left it a placeholder, and the
    curator's knowledge must show as curation wherever the fact is shown."""


GUESSED_SPEAKER = (
    r"^(?:(?:\S+\s+){1,3}?(?=\S+:))?(?P<ref>[SP]\d+|\d+\.\d+)(?![\w.])"
    r"(?:.*?: speaker .*? guessed \((?P<rule>.*?)\): )?"
)
"""A review item that names a record first: only a guessed speaker's does, and the item stays
open (`validate`) however a curator annotates it, so the mark must too: after the ref ("S4 ok")
or before it ("DONE: S4: …", a few words and the ref with its colon). Compiled by `re` when
first matched, not at import: every call imports this module, few read a draft (compiling it
and `UNFILLED` cost 0.6 ms a call)."""


def as_written(words: str) -> str:
    """The article's words in single quotes for a review item, exactly as written: the curator
    checks the draft against the article, and `repr` put a backslash before the apostrophe of
    words that hold both quotation marks."""
    return f"'{words}'"


def guessed_speaker(ref: str, names: str, rule: str, sentence: str) -> str:
    """The review item of a speaker `summit draft` guessed: the record's ref, who, by which
    rule, and the sentence. The views find the guess by it (`guesses`), so that every format
    showing the record says the speaker is a guess until the item is cleared."""
    return f"{ref}: speaker {names} guessed ({rule}): {as_written(sentence)}"


def guesses(review: tuple[str, ...]) -> dict[str, str]:
    """The ref of each record whose speaker a draft guessed, with the rule it guessed by."""
    found = (re.match(GUESSED_SPEAKER, item) for item in review)
    return {
        match["ref"]: match["rule"] or "see its item in curation.review" for match in found if match
    }


NOTED_GUESS = f"its draft note still ends '{UNCHECKED_GUESS}'"
"""Why a statement or release paragraph whose review item is gone is still a guess."""


def unchecked_guess_notes(record: "Attributable") -> list[int]:
    """Where a record's notes still say the draft guessed its speaker."""
    return [
        place
        for place, note in enumerate(record.curation.notes)
        if note.startswith(DRAFT_NOTE) and note.casefold().rstrip().endswith(UNCHECKED_GUESS)
    ]


def speaker_guesses(summit: "Summit") -> dict[str, str]:
    """`guesses` of the review list, and each statement or release paragraph whose draft note
    still calls its speaker a guess: emptying `curation.review` must not turn guesses into
    facts in every output while `validate` still refuses them."""
    records = (*summit.statements, *summit.paragraphs)
    noted = {r.ref: NOTED_GUESS for r in records if unchecked_guess_notes(r)}
    return noted | guesses(summit.curation.review)


GUESSED_MARK = " (unreviewed draft: speaker guessed)"
"""After the speakers an unreviewed draft guessed, wherever they are shown."""
ACCOUNT_OF = "the article, about "
"""Where an account's speakers would stand (it is nobody's words), before its subjects."""

UNDATED_ID = "-undated"
"""How `summit draft` ends the id of a summit whose date it did not find (`validate` asks for
the date there once the curator has given it)."""

PLACEHOLDER = "(unknown: see curation.review)"
"""What `summit draft` writes where the format wants a value the article does not give."""


def stated(value: str | None) -> str | None:
    """A value as a program should read it: None where a draft left its placeholder (the fact
    is listed as unreviewed or curated), so that no script takes the placeholder for the fact."""
    return None if value == PLACEHOLDER else value


def shown_role(person: Person) -> str | None:
    """A person's role as text shows it: `stated`, and marked where the curators composed it
    (`PersonCuration.role_basis`), so that it never passes for the source's words."""
    role = stated(person.role)
    return role + COMPOSED_MARK if role and person.curation.role_basis else role


PLACEHOLDER_YEAR = "1900"
"""What `summit draft` writes where the format wants a date the release's title does not give
(a date must be one): no summit of this tool's kind took place then."""

UNFILLED = (
    r"^(?:summit\.(?P<field>title|date|city|country|venue|visit)|(?P<source>source)\.file): "
    r"(?P<why>.*)$"
)
"""A review item of a fact `summit draft` left its placeholder: a summit fact, or the source's
file (an article read from standard input names none)."""


def unfilled(name: str, why: str) -> str:
    """The review item of a summit fact `summit draft` could not find (its value a placeholder):
    `unfilled_facts` reads it back, so that `info` says so beside the value until it is cleared."""
    return f"summit.{name}: {why}"


LEFT_PLACEHOLDER = "not yet filled in"


THE_DOCUMENTS_TITLE = (
    "the joint document's title, not the meeting's: write the meeting's name, which "
    "citations give as the summit (its countries and 'summit', as the bundled file's "
    "'Korea-Japan summit'), and, where the article does not write it, how you know it in "
    "curation.facts.title"
)
"""Why a summit's title that names its document is left to the curator: a citation of a critic
"quoted. Joint declaration of …" would read as the document quoting her."""


def titled_as_its_document(summit: "Summit") -> bool:
    """Whether the summit's title is its joint document's, with no basis for it in
    curation.facts (new user 63 cleared the draft's review item and left it so): the document's
    title whole, before its place and date (" _2026.5.4. Lima", ", Lima, 04/05/2026", "(Lima,
    …)": new user 69's)."""
    document = re.escape(summit.info.title.strip()) + r"\s*(?:[_,(]|$)"
    named = re.match(document, summit.release.title.strip(), re.IGNORECASE)
    return "title" not in summit.curation.facts and named is not None


def unfilled_facts(summit: "Summit") -> dict[str, str]:
    """Each summit fact a draft left a placeholder, with why: its review item's words, or, once
    the curator emptied the review list, that the value is still the placeholder (new user 32:
    `info` then showed "(unknown: see curation.review)" as the place, and JSON a clean null)."""
    found = (re.match(UNFILLED, item) for item in summit.curation.review)
    why = {match["field"] or match["source"]: match["why"] for match in found if match}
    info = summit.info
    values = {
        "title": info.title, "city": info.city, "country": info.country,
        "venue": info.venue, "visit": info.visit,
    }  # fmt: skip
    left = [name for name, value in values.items() if value == PLACEHOLDER]
    left += ["date"] if str(info.date) == PLACEHOLDER_YEAR else []
    left += ["source"] if summit.source and summit.source.file == PLACEHOLDER else []
    documents = {"title": THE_DOCUMENTS_TITLE} if titled_as_its_document(summit) else {}
    return {name: LEFT_PLACEHOLDER for name in left} | documents | why


def _placed(record: "Searchable") -> tuple[int, int]:
    """Where a record stands in the source: its paragraph, then its place in it."""
    return record.provenance.paragraph, record.provenance.place or 0


class Topic(msgspec.Struct, gc=False):
    """A topic of the vocabulary with how many records carry it (made by `Summit.topics`)."""

    TYPE: ClassVar = "topic"

    summit: str
    name: str
    description: str
    records: int


class _SummitLinks:
    __slots__ = ("path", "title")
    path: str
    """The file the summit was read from."""
    title: DocumentTitle


class Summit(_SummitLinks, _Format):
    """One summit file: the meeting, its joint document and what was said."""

    format: Literal[1]
    id: Id
    info: SummitInfo = field(name="summit")
    people: tuple[Person, ...]
    release: Release
    statements: tuple[Statement, ...]
    narration: tuple[Narration, ...] = ()
    schema: str | None = field(default=None, name="$schema")
    source: Source | None = None
    meetings: tuple[Meeting, ...] = ()
    curation: CurationLayer = field(default_factory=CurationLayer)

    @property
    def preamble(self) -> tuple[Preamble, ...]:
        return self.release.preamble

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.release.sections

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return tuple(clause for section in self.sections for clause in section.clauses)

    @property
    def paragraphs(self) -> tuple[Preamble | Clause, ...]:
        """The release's paragraphs, preamble then clauses: each may report whose words it
        gives."""
        return (*self.release.preamble, *self.clauses)

    @property
    def quoted(self) -> list["Searchable"]:
        """What `summit quotes` may list, in its order: the article's statements and the
        quotations it names nobody for, by place, then the release's paragraphs that report
        someone's words."""
        article: list[Statement | Narration] = [*self.statements]
        article += [narration for narration in self.narration if narration.speech]
        article.sort(key=_placed)
        return [*article, *(p for p in self.paragraphs if p.speakers)]

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return self.curation.outcomes

    @property
    def timeline(self) -> tuple[Event, ...]:
        return self.curation.timeline

    @property
    def searchable(self) -> list["Searchable"]:
        """Every passage of verbatim text, each sentence of the source in exactly one: the
        release in its order, then the article's statements and narration by paragraph."""
        release: list[Searchable] = [self.title, *self.preamble]
        for section in self.sections:
            release += [section, *section.clauses]
        article: list[Statement | Narration] = [*self.statements, *self.narration]
        article.sort(key=_placed)
        return [*release, *article]

    @property
    def in_source_order(self) -> list["Searchable"]:
        """Every passage in the order the source prints it (`summit read`)."""
        return sorted(self.searchable, key=_placed)

    @property
    def tag_lists(self) -> list[tuple[str, ...]]:
        """The topics of every record that carries topics: preamble, clauses, statements,
        narration, sections, outcomes (`culprits._tag_paths` gives their JSON paths in this
        order)."""
        tags = [preamble.curation.topics for preamble in self.release.preamble]
        tags += [c.curation.topics for section in self.release.sections for c in section.clauses]
        tags += [statement.curation.topics for statement in self.statements]
        tags += [narration.curation.topics for narration in self.narration]
        tags += [section.curation.topics for section in self.release.sections]
        tags += [outcome.topics for outcome in self.curation.outcomes]
        return tags

    @property
    def topics(self) -> list[Topic]:
        """The topic vocabulary, by name, with how many records carry each topic."""
        counts: dict[str, int] = {}
        for topics in self.tag_lists:
            for topic in topics:
                counts[topic] = counts.get(topic, 0) + 1
        vocabulary = sorted(self.curation.topics.items())
        return [Topic(self.id, name, text, counts.get(name, 0)) for name, text in vocabulary]


Searchable = DocumentTitle | Preamble | Section | Clause | Statement | Narration
Citable = Searchable | Outcome
Attributable = Statement | Preamble | Clause
"""The records that credit words to speakers (a release paragraph or clause may), which
`compare` aligns."""


FoundIn = Literal["text", "text and curation", "curation"]
"""Where a search found a hit: its text alone holds the query; only with the curators' keywords
or notes for some of the words; or only through those."""


class Hit(msgspec.Struct, gc=False):
    """A searchable record with its BM25 score, the character spans of its text that matched,
    and whether the text alone holds the query (curation is searched but is not the source)."""

    record: Searchable
    score: float
    spans: tuple[tuple[int, int], ...]
    found_in: FoundIn = "text"

    @property
    def matched(self) -> list[str]:
        """Each matched word once, in the text's order, so that a phrase reads as written."""
        text = self.record.text
        return list(dict.fromkeys(text[start:end] for start, end in sorted(self.spans)))
