"""`summit validate`: every problem of a summit file, or of a directory of them, each with its
JSON path, in words a curator can act on.

It is the loader and more: a file the loader takes is read as the loader reads it (the schema,
slow on a corpus, would find nothing in it), and a file it refuses has all of its problems
listed (`problems.file_problems`); then it goes on to the next file and to the corpus as a
whole.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import links
from .article import paragraphs_of
from .errors import DataError
from .loader import LEFT_OUT, is_folder, left_out, link, read_bytes, summit_files
from .model import (
    GUESSED_SPEAKER,
    PLACEHOLDER,
    PLACEHOLDER_YEAR,
    THE_DOCUMENTS_TITLE,
    UNCHECKED_GUESS,
    UNDATED_ID,
    Attributable,
    Provenance,
    Summit,
    guesses,
    titled_as_its_document,
    unchecked_guess_notes,
)
from .problems import loaded
from .text import QUOTATION_MARKS, capitals, fold, quoted

Problem = tuple[str, str, str]
"""(file, JSON path, message); the path is empty for a problem with the whole file."""
NamedArticle = tuple[str, str]
"""An article a summit file was curated from: its name, as the user gave it, and its text."""


def validate_path(
    path: Path,
    checked: list[str] | None = None,
    article: NamedArticle | None = None,
    notes: list[Problem] | None = None,
) -> list[Problem]:
    """Every problem of a file, or of every file of a directory and of the directory as a whole;
    each file read is added to `checked`, so that a reader can be told which ones are good.
    With an `article` (its name and text), each summit is checked against it too: its texts
    word for word, the article's sentences each in one record (`article_problems`). What
    may be wrong, but a right file may hold too, is added to `notes` (`attribution_notes`)."""
    refused: list[DataError] = []
    try:
        files = summit_files(path, refused)
    except DataError as error:
        refused = [error]
        files = []
    found = [(error.path, where, message) for error in refused for where, message in error.problems]
    if files and notes is not None and is_folder(path):
        notes += [(str(path), name, LEFT_OUT) for name in left_out(path, hidden=False)]
    summits: list[Summit] = []
    done = {os.path.realpath(name) for name in checked or ()}
    for file in files:
        if os.path.realpath(file) in done:  # a file named again, or in a folder named too
            continue
        if checked is not None:
            checked.append(str(file))
        try:
            data = read_bytes(file)
            summit, problems = loaded(data)
        except DataError as error:  # an empty or unreadable file: one more problem of it
            summit, problems = None, error.problems
        found += [(str(file), where, message) for where, message in problems]
        if summit is not None:
            summits.append(link(summit, str(file)))
            found += [
                (str(file), where, message) for where, message in left_to_validate(data, summit)
            ]
            if article is not None:
                found += [(str(file), *problem) for problem in article_problems(summit, *article)]
            if notes is not None:
                found_notes = [*attribution_notes(summit), *alias_notes(summit)]
                notes += [(str(file), *note) for note in found_notes]
    return found + links.corpus_problems(summits)


CAPITALISED = rf"(?:[{capitals()}][\w.'\u2019-]*\s*)+"
NAMING_WORDS = rf"({CAPITALISED}(?:of (?:the )?{CAPITALISED})*)"
"""Capitalised words, and those of an office "of" a country: "President of Iceland"."""
FRAMING_SUBJECT = re.compile(rf"^(?:(?:said|says|added|noted|stated)\s+)?(?:the\s+)?{NAMING_WORDS}")
"""The capitalised words a quotation's framing opens with, after a speech verb that comes
first ("said Chancellor Berg") or "the" ("the President of Iceland said"): the words that name
who speaks ("President Lee stated,"), not a listener named later ("… told a press conference
with Y")."""
REPORTING_SUBJECT = re.compile(
    rf"^(?:the\s+)?{NAMING_WORDS}"
    r"(?:also |further |then |later |again )?(?:said|says|told|tells|[a-z]+ed)\b"
)
"""The capitalised words reported speech opens with when its verb follows them ("Prime
Minister Ishiba also said that"): its speaker, where a sentence opening "X, on his first visit,
was received by Y, who insisted that …" is not X's."""


def attribution_notes(summit: Summit) -> list[tuple[str, str]]:
    """Each quotation whose framing, or reported speech whose text, opens by naming people, none
    of them its speakers ("President Lee stated," over words a hand edit gave Ishiba; "Prime
    Minister Ishiba said that …" given to Lee): the words are unchanged, so
    no other check sees it. A note, not a problem: a right file must pass. A name several
    people share names whoever has it; a pronoun names no one, a role noun whoever the article
    gives that role (a draft has no aliases: "the Icelandic Prime Minister said")."""
    forms: dict[str, set[str]] = {}
    for person in summit.people:
        titled = person.role[:1].isupper() and " " in person.role  # "President" names anyone
        role = [person.role] if titled else []
        for form in {person.name, *person.name.split(), *person.aliases, *role}:  # its names
            forms.setdefault(form, set()).add(person.id)
    names = {person.id: person.name for person in summit.people}
    longest_first = sorted(forms, key=len, reverse=True)  # "President Lee" before "Lee"
    found = []
    for i, statement in enumerate(summit.statements):
        framing, field = statement.attribution, "attribution"
        if framing is None and statement.kind == "reported":  # "Prime Minister Ishiba said that
            framing, field = statement.text, "text"  # …": reported speech opens with its speaker
        subject = (FRAMING_SUBJECT if field == "attribution" else REPORTING_SUBJECT).match(
            framing or ""
        )
        opening, named = subject[1] if subject else "", set()
        shown = (framing or "") if field == "attribution" else opening.strip()
        for form in longest_first:
            pattern = rf"(?<!\w){re.escape(form)}(?!\w)(?!['\u2019]s\b)"  # "Lee's aide": not Lee
            if re.search(pattern, opening):
                named |= forms[form]
                opening = re.sub(pattern, " ", opening)
        if named and statement.speakers and not named & set(statement.speakers):
            found.append((
                f"$.statements[{i}].{field}",
                f"{quoted(shown, 120)} names {', '.join(names[p] for p in sorted(named))}, "
                f"none of the statement's speakers "
                f"({', '.join(names.get(p, p) for p in statement.speakers)}): check who said it",
            ))  # fmt: skip
    return found


SPACES = re.compile(r"\s+")
LIST_MARKERS = re.compile(r"^\d+\.(?=\s|$)|^\(\d+\)(?=\s|$)|^\[|\]$", re.MULTILINE)
TRIMMED = re.compile(
    rf"(?:[\s{QUOTATION_MARKS}',\u2013\u2014-]|(?<=[{QUOTATION_MARKS}])[.!?](?![{QUOTATION_MARKS}]))*"
)
"""What a verbatim text may leave of its sentence: the quotation marks around a quotation (the
low one that opens it in Croatian or German copy, „…“, too; a
dash that opens one, or a hyphen typed for it), the comma that closes it (inside or outside
the marks), a full stop right after its closing mark (`«…».`, as British and Italian copy
puts it; the closing mark may be any of them: « closes »…«, “ closes „…“) but not between two
marks (`"…."` with the text's own stop cut off), and the space between sentences."""


def alias_notes(summit: Summit) -> list[tuple[str, str]]:
    """Each alias that is a word of another person's name, or that whole name, and of none of
    its own: `--speaker` finds both people by it (new user 56 gave one leader the other's
    surname). A note: two people sharing a surname ("Lee") each have it as an alias, rightly."""
    found = []
    for i, person in enumerate(summit.people):
        own = {fold(word) for word in person.name.split()}
        for j, alias in enumerate(person.aliases):
            folded = fold(alias)
            if folded in own:
                continue
            others = [
                other.name
                for other in summit.people
                if other is not person
                and (folded == fold(other.name) or folded in map(fold, other.name.split()))
            ]
            where = f"$.people[{i}].curation.aliases[{j}]"
            found += [
                (where, f"{quoted(alias)} is also {name}'s name: --speaker finds both (check it)")
                for name in others
            ]
    return found


def country_twice_problems(summit: Summit) -> list[tuple[str, str]]:
    """A person whose country is given as the source's and as the curators' too: `speakers`
    shows the source's unmarked and the export both (new user 56)."""
    return [
        (
            f"$.people[{i}].curation.country",
            f"{quoted(p.curation.country)} beside country {quoted(p.country)}: curation.country "
            "is for a country the source does not state; keep one of the two",
        )
        for i, p in enumerate(summit.people)
        if p.country not in (None, PLACEHOLDER) and p.curation.country
    ]


def article_problems(summit: Summit, name: str, text: str) -> list[tuple[str, str]]:
    """The project's first two promises held against the article itself: each text the file
    says is the source's stands in it word for word, spaces aside (hand edits after `draft` can
    change a quotation, and only the article can tell), in the paragraph its provenance cites;
    and every sentence of it is in exactly one record. Records are taken out of their paragraph
    once, the longest first (a frame as short as "or" is inside "reporters" too); whatever is
    left but quotation marks, commas and the release's list markers is in no record. The
    bundled file and every draft pass the same check. Problems come in the source's order,
    each paragraph's records before what it has in no record; where most texts are missing,
    the article is the wrong one, said once."""
    article = SPACES.sub(" ", text)
    found: list[tuple[tuple[int, int, int], str, str]] = []
    cited: dict[int, list[tuple[int, str, str]]] = {}
    for order, (where, number, verbatim) in enumerate(_verbatim_texts(summit)):
        if SPACES.sub(" ", verbatim).strip() in article:
            cited.setdefault(number, []).append((order, where, verbatim))
        else:
            changed = f"not in the article {name}, word for word (changed since it was drafted?)"
            found.append(((number, 0, order), where, changed))
    if len(found) > sum(map(len, cited.values())):  # most texts missing
        drafted_from = summit.source.file if summit.source else None
        named = quoted(drafted_from) if drafted_from else "none"
        return [
            ("$.source.file", f"most of the file's texts are not in the article {name}: is it "
                              f"the one the file was curated from (source.file: {named})?")
        ]  # fmt: skip
    found += [((0, 0, order), where, message) for order, (where, message) in
              enumerate(_unstated(summit, name, article))]  # fmt: skip
    paragraphs = paragraphs_of(text)
    release_starts = summit.release.provenance.paragraph  # the file given holds both parts
    release_ends = _release_end(summit)
    for number, paragraph in enumerate(paragraphs, start=1):
        rest = "\n".join(" ".join(line.split()) for line in paragraph.split("\n"))  # one space
        # between words, so that a record taken out leaves two; a line's start kept for a "(1)"
        for order, where, piece in sorted(cited.get(number, []), key=lambda r: -len(r[2])):
            spaced = re.compile(r"\s+".join(map(re.escape, piece.split())))
            if spaced.search(rest):  # a frame said twice ("Mori said.") is two records' each
                rest = spaced.sub("", rest, count=1)
            elif spaced.search(paragraph):
                taken = f"taken twice: another record of paragraph {number} has it"
                found.append(((number, 0, order), where, taken))
            else:
                elsewhere = f"not in paragraph {number} of the article, which its provenance cites"
                found.append(((number, 0, order), where, elsewhere))
        rest = LIST_MARKERS.sub("", rest.strip()).strip()  # "[]", "(1) ", once records are out
        if not TRIMMED.fullmatch(rest):
            part = ", in the release," if release_starts <= number <= release_ends else ""
            words = _words_left(rest)
            left = f"paragraph {number} of the article{part} is in no record: {quoted(words, 120)}"
            found.append(((number, 1, 0), "", left))
    cited_paths = [(where, number) for number, records in cited.items() for _, where, _ in records]
    placed = [(f"{where}.provenance.paragraph", p.paragraph) for where, p in _placed(summit)]
    found += [
        ((number, 0, order), where, f"cites paragraph {number}, which the article does not have")
        for order, (where, number) in enumerate(cited_paths + placed)
        if number > len(paragraphs)
    ]
    return [(where, message) for _, where, message in sorted(found)]


def _words_left(rest: str) -> str:
    """What a paragraph has in no record, as words: the pieces between the records taken out
    (each leaves two spaces where the paragraph has one), without the marks of a quotation
    taken out of its marks (new user 60: `'"We welcome …,"  ""'`), "…" where a record stood
    between two."""
    pieces = (piece.strip() for piece in re.split(r"\s{2,}", rest))
    return " … ".join(piece for piece in pieces if not TRIMMED.fullmatch(piece))


def _unstated(summit: Summit, name: str, article: str) -> list[tuple[str, str]]:
    """The summit's facts and the people's names and roles the file gives as the source's but
    the article does not state (any case: a byline's capitals; a name word by word, since a
    title of address inside it is left out: "Tengku Datuk Seri Hafiz Aziz Tengku Ismail" is
    "Tengku Hafiz Aziz Tengku Ismail"): a curator's "Riga" or "Deputy Prime Minister" passed
    for the article's in `info` and every citation (new user 52). What the curators know is
    theirs: `curation.facts` for a fact, `curation.role_basis` for a role; a venue or a visit
    is the source's or left out. Placeholders are review items."""
    said = article.casefold()
    info, facts = summit.info, summit.curation.facts
    found = []
    for key in ("title", "city", "country", "venue", "visit"):
        value = getattr(info, key)
        if value in (None, PLACEHOLDER) or key in facts or value.casefold() in said:
            continue
        whose = f"say how you know it in curation.facts.{key}"
        if key in ("venue", "visit"):
            whose = f"a {key} is the source's words or left out"
        found.append((f"$.summit.{key}", f"{quoted(value)} is not in the article {name}: {whose}"))
    for i, person in enumerate(summit.people):
        missing = [word for word in person.name.casefold().split() if word not in said]
        if missing and person.name != PLACEHOLDER:  # a title inside a name is left out of it
            message = f"{quoted(person.name)} is not in the article {name}: {quoted(missing[0])}"
            found.append((f"$.people[{i}].name", message))
        if person.country not in (None, PLACEHOLDER) and person.country.casefold() not in said:
            message = (
                f"{quoted(person.country)} is not in the article {name}: a country the curators "
                "know goes in curation.country"
            )
            found.append((f"$.people[{i}].country", message))
        composed = person.curation.role_basis or person.role == PLACEHOLDER
        if person.role.casefold() not in said and not composed:
            why = "a role the curators composed says how in curation.role_basis"
            message = f"{quoted(person.role)} is not in the article {name}: {why}"
            found.append((f"$.people[{i}].role", message))
    return found


def _verbatim_texts(summit: Summit) -> list[tuple[str, int, str]]:
    """Each text the file gives as the source's words: its JSON path, the paragraph it cites."""
    release = summit.release
    texts = [("$.release.title", release.provenance.paragraph, release.title)]
    texts += [
        (f"$.release.preamble[{i}].text", p.provenance.paragraph, p.text)
        for i, p in enumerate(release.preamble)
    ]
    for i, section in enumerate(release.sections):
        path = f"$.release.sections[{i}]"
        texts.append((f"{path}.title", section.provenance.paragraph, section.title))
        texts += [
            (f"{path}.clauses[{j}].text", c.provenance.paragraph, c.text)
            for j, c in enumerate(section.clauses)
        ]
    for i, statement in enumerate(summit.statements):
        number = statement.provenance.paragraph
        texts.append((f"$.statements[{i}].text", number, statement.text))
        if statement.attribution:
            texts.append((f"$.statements[{i}].attribution", number, statement.attribution))
    texts += [
        (f"$.narration[{i}].text", n.provenance.paragraph, n.text)
        for i, n in enumerate(summit.narration)
    ]
    return texts


def left_to_validate(data: bytes, summit: Summit) -> list[tuple[str, str]]:
    """The problems of a file the query commands still load: a passage on the wrong side of the
    release's title, a draft's open review items and placeholders. A draft must load to be
    queried, and checking placement on every call would cost every command its time."""
    return [
        *placement_problems(summit),
        *review_problems(summit),
        *unchecked_guess_problems(summit),
        *placeholder_problems(data, summit),
        *undated_id_problems(summit),
        *document_title_problems(summit),
        *repeated_key_problems(data),
        *country_twice_problems(summit),
    ]


def document_title_problems(summit: Summit) -> list[tuple[str, str]]:
    """The joint document's title kept as the summit's once its review item is cleared (new
    user 63): a reporter's words would be cited as quoted by the document."""
    open_item = any(item.startswith("summit.title:") for item in summit.curation.review)
    if open_item or not titled_as_its_document(summit):
        return []
    return [("$.summit.title", THE_DOCUMENTS_TITLE)]


def repeated_key_problems(data: bytes) -> list[tuple[str, str]]:
    """A key given twice in one object, at the object's JSON path: every JSON reader keeps one
    of the two values, so the other is lost without a word (new user 52; with no path, where in
    a 40 KB file, new user 59). Asked by `validate` alone, as the query commands read such a
    file as its last value says."""
    import json

    repeated: list[tuple[str, dict[str, Any]]] = []

    def keys_once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys, kept = [key for key, _ in pairs], dict(pairs)
        repeated.extend((key, kept) for i, key in enumerate(keys) if key in keys[:i])
        return kept

    document = json.loads(data.decode("utf-8").removeprefix("\ufeff"), object_pairs_hook=keys_once)
    where = {id(value): path for path, value in _objects("$", document)} if repeated else {}
    lost = "is given twice in one object: JSON keeps the last, and the other is lost"
    said = dict.fromkeys((where[id(kept)], key) for key, kept in repeated)
    return [(path, f"the key {quoted(key)} {lost}") for path, key in said]


def _objects(path: str, value: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object of a JSON document with its JSON path, the document's own first."""
    if isinstance(value, dict):
        yield path, value
        for key, item in value.items():
            yield from _objects(f"{path}.{key}", item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _objects(f"{path}[{index}]", item)


ID_DATE = re.compile(r"-(\d{4}(?:-\d{2}){0,2})$")
"""A date at the end of an id, as `draft` writes it ("korea-japan-2025-08-23") or a year."""


def undated_id_problems(summit: Summit) -> list[tuple[str, str]]:
    """A draft's id that still says "undated" once the curator gave the date, or an id ending
    in another date than the summit's (a date mended, the id not: new user 52): citations and
    a folder's refs name the summit by its id."""
    date = str(summit.info.date)
    dated = ID_DATE.search(summit.id)
    if date == PLACEHOLDER_YEAR:
        return []
    if dated and not date.startswith(dated[1]):
        wrong = f"ends '{dated[1]}', though the date is {date}"
    elif summit.id.endswith(UNDATED_ID):
        wrong = f"still ends '{UNDATED_ID}', the draft's, though the date is {date}"
    else:
        return []
    why = "put the date in its place (citations and a folder's refs name the summit by it)"
    return [("$.id", f"{wrong}: {why}")]


FILL = "still the draft's placeholder: replace it with the fact"
SUMMIT_FACT = re.compile(r"^\$\.summit\.(?P<fact>\w+)$")
FACT_BASIS = (
    "; where the source does not state it, write what you know and say how in "
    "curation.facts.{fact}, so that it shows as curated"
)
"""A summit fact the curator knows but the source does not state is curation (new user 47 wrote
the summit's country in, and every output showed it as the source's)."""
OPTIONAL_FACTS = frozenset({"$.summit.venue", "$.summit.visit"})
"""Facts a summit file may leave out: a source need not give them."""
PERSON_COUNTRY = (
    "still the draft's placeholder for {whose}: write the country here only where the source "
    "states it; else remove this field and write it in curation.country, as the curators' "
    "knowledge"
)
"""A person's country is often the curator's inference: said where they fill it, so that it is
stored as curation and shown so, not as the source's."""
PEOPLE_COUNTRY = re.compile(r"^\$\.people\[(?P<index>\d+)\]\.country$")
PERSON_ROLE = (
    "still the draft's placeholder for {whose}: write the role in the source's words; where "
    "you compose it "
    '("professor of Y University" from "Professor X of Y University"), say how in '
    "curation.role_basis, so that it shows as curated"
)
"""A role the curator writes in words of their own is curation: said where they fill it (new
user 32 wrote one that every output then showed as the source's)."""
PEOPLE_ROLE = re.compile(r"^\$\.people\[(?P<index>\d+)\]\.role$")


def placeholder_problems(data: bytes, summit: Summit) -> list[tuple[str, str]]:
    """Each value a draft left as its placeholder: clearing the review items does not make one
    a fact."""
    dated = str(summit.info.date) != PLACEHOLDER_YEAR
    why = f"still the draft's placeholder year ({PLACEHOLDER_YEAR}): replace it with the date"
    why += FACT_BASIS.format(fact="date")
    year = [] if dated else [("$.summit.date", why)]
    if PLACEHOLDER.encode() not in data:
        return year
    import msgspec

    found: list[tuple[str, str]] = []

    def look(value: object, where: str) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                look(inner, f"{where}.{key}")
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                look(inner, f"{where}[{index}]")
        elif value == PLACEHOLDER:
            fill = (
                f"{FILL}, or remove it where the source gives none"
                if where in OPTIONAL_FACTS
                else FILL
            )
            summit_fact = SUMMIT_FACT.match(where)
            if summit_fact and where not in OPTIONAL_FACTS:  # a venue is never inferred
                fill += FACT_BASIS.format(fact=summit_fact["fact"])
            for field, message in ((PEOPLE_COUNTRY, PERSON_COUNTRY), (PEOPLE_ROLE, PERSON_ROLE)):
                person = field.match(where)
                if person:  # the path alone named no one (new user 47)
                    fill = message.format(whose=summit.people[int(person["index"])].name)
            found.append((where, fill))

    look(msgspec.json.decode(data), "$")
    return year + found


def placement_problems(summit: Summit) -> list[tuple[str, str]]:
    """A passage on the wrong side of the release's title: the article's statements and
    narration stand before it (a note, "※ This article was translated…", may follow the
    release's end), the release's passages after it. `read` orders by these paragraphs and a
    citation sends its reader to one, so a curator's typo would mislead both."""
    release = summit.release
    title, end = release.provenance.paragraph, _release_end(summit)
    found: list[tuple[str, str]] = []

    def place(where: str, paragraph: int, wrong: bool, side: str) -> None:
        if wrong:
            found.append((
                f"{where}.provenance.paragraph",
                f"paragraph {paragraph} is {side} the release's title (paragraph {title})",
            ))  # fmt: skip

    for index, statement in enumerate(summit.statements):
        at = statement.provenance.paragraph
        wrong = statement.provenance.part == "article" and at >= title
        place(f"$.statements[{index}]", at, wrong, "not before")
    for index, narration in enumerate(summit.narration):
        at, part = narration.provenance.paragraph, narration.provenance.part
        after_end = narration.kind == "note" or at > end
        wrong = at < title if part == "release" else at >= title and not after_end
        place(f"$.narration[{index}]", at, wrong, "before" if part == "release" else "not before")
    for index, preamble in enumerate(release.preamble):
        at = preamble.provenance.paragraph
        place(f"$.release.preamble[{index}]", at, at < title, "before")
    for i, section in enumerate(release.sections):
        for j, clause in enumerate(section.clauses):
            at = clause.provenance.paragraph
            place(f"$.release.sections[{i}].clauses[{j}]", at, at < title, "before")
    for where, provenance in _placed(summit):
        at, in_release = provenance.paragraph, provenance.part == "release"
        wrong = at < title if in_release else title <= at <= end
        place(where, at, wrong, "before" if in_release else "not before")
    return found


def _release_end(summit: Summit) -> int:
    """The release's last paragraph that a record holds (a note may follow it, "※ This article
    was translated…", the article's again)."""
    inside = [p.provenance.paragraph for p in summit.paragraphs]
    inside += [n.provenance.paragraph for n in summit.narration if n.provenance.part == "release"]
    return max(inside, default=summit.release.provenance.paragraph)


def _placed(summit: Summit) -> list[tuple[str, Provenance]]:
    """What the file places in the source but holds no text of it: the summit's facts, its
    people, meetings and dated events, each with its JSON path. `timeline`, `info` and the
    export cite their paragraphs as the passages' (new user 56: an event at the article's
    paragraph 1 marked the release's passed)."""
    placed = [("$.summit", summit.info.provenance)]
    placed += [(f"$.people[{i}]", person.provenance) for i, person in enumerate(summit.people)]
    placed += [(f"$.meetings[{i}]", m.provenance) for i, m in enumerate(summit.meetings)]
    timeline = summit.curation.timeline
    return placed + [(f"$.curation.timeline[{i}]", e.provenance) for i, e in enumerate(timeline)]


def _attributable(summit: Summit) -> list[tuple[str, Attributable]]:
    """Each record a speaker may be guessed for, with its JSON path."""
    paths: list[tuple[str, Attributable]] = [
        (f"$.statements[{i}]", statement) for i, statement in enumerate(summit.statements)
    ]
    paths += [(f"$.release.preamble[{i}]", p) for i, p in enumerate(summit.release.preamble)]
    paths += [
        (f"$.release.sections[{i}].clauses[{j}]", clause)
        for i, section in enumerate(summit.release.sections)
        for j, clause in enumerate(section.clauses)
    ]
    return paths


CHECK_GUESS = f"once checked, write '(checked)' for '{UNCHECKED_GUESS}'"


def unchecked_guess_problems(summit: Summit) -> list[tuple[str, str]]:
    """A statement or release paragraph whose draft note still calls its speaker a guess once
    its review item is gone: until the curator writes "(checked)", every output marks it
    guessed, and the file is not valid. An open item says it already."""
    open_guesses = guesses(summit.curation.review)
    return [
        (
            f"{path}.curation.notes[{place}]",
            f"{record.ref}'s draft note still calls the speaker a guess: {CHECK_GUESS}",
        )
        for path, record in _attributable(summit)
        if record.ref not in open_guesses
        for place in unchecked_guess_notes(record)
    ]


def review_problems(summit: Summit) -> list[tuple[str, str]]:
    """A draft's open review items: what `summit draft` could not settle is not yet a fact, so
    a file is not valid until its curator has cleared `curation.review`. A guessed speaker's
    item says the second step too, the note, so that the curator learns both at once (new user
    32 found the notes only on a second run)."""
    noted = {record.ref for _, record in _attributable(summit) if unchecked_guess_notes(record)}
    found = []
    for index, item in enumerate(summit.curation.review):
        named = re.match(GUESSED_SPEAKER, item)
        ref = named["ref"] if named else ""
        step = f" ({CHECK_GUESS} in {ref}'s note)" if ref in noted else ""
        found.append((f"$.curation.review[{index}]", f"open review item: {item}{step}"))
    return found
