"""`summit draft`: the mechanical part of curating a summit article, by named rules.

Input is a plain-text news report of a summit in the genre of the bundled source: the article,
then the joint document's full text (a `[bracketed title]`, preamble paragraphs, sections `1.`
with clauses `(1)`). Output is a summit file in the project's format: the release verbatim, every
quotation and sentence of reported speech with its speaker, the article's accounts of what the
sides agreed, the rest as narration, the people named with their roles, provenance everywhere.
Judgement (topics, outcomes, the timeline, settings, notes) is left to the curator; whatever a
rule could not settle is listed in `curation.review`, never guessed.

Each attribution records the rule that made it, in `curation.notes` ("Drafted: …"), so that a
curator can check it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .model import Summit

RELEASE_TITLE = re.compile(r"^\[(?P<title>.+)\]$")
SECTION = re.compile(r"^(?P<number>[1-9][0-9]*)\.\s+(?P<title>\S.*)$")
CLAUSE = re.compile(r"^\((?P<number>[1-9][0-9]*)\)\s+(?P<text>\S.*)$")
END = re.compile(r"^/End/$")
TITLES = r"(?:Former President|President|Prime Minister|Chancellor|Premier)"
NAME = r"[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)*"
"""Capitalised words, a hyphenated given name allowed: Lee Jae-myung, Shigeru Ishiba."""
PERSON_WITH_ROLE = re.compile(
    rf"(?P<name>{NAME}), the (?P<role>(?:Former )?"
    r"(?:President|Prime Minister)[^,.]*?)(?=[,.])"
)
TITLED_NAME = re.compile(rf"(?P<title>(?:Japanese |Korean )?{TITLES}) (?P<name>{NAME})")
QUOTE = re.compile(r"[\"“「](?P<text>[^\"”」]+)[\"”」]")
REPORTING = (
    r"(?:said|says|noted|mentioned|expressed|welcomed|stated|remarked|added|emphasized|"
    r"stressed|explained|announced|told)"
)
REPORTED_SPEECH = re.compile(
    rf"^(?:(?:{TITLES}) )?(?:[A-Z][\w-]+ ){{0,2}}(?:also )?{REPORTING}\b"
    rf"|^(?:He|She) (?:also )?{REPORTING}\b"
)
"""Rule: a sentence whose subject is a person (a title, a name) or a pronoun, and whose verb
reports speech: "Prime Minister Ishiba also said that …", "He also welcomed …"."""
PARTICIPLE = re.compile(r"^(?P<reported>.*\S),\s+(?P<frame>(?:and )?\w+ing,)$")
ACCOUNT = re.compile(
    r"^(?:The two (?:nations|leaders|countries|sides)|Both (?:leaders|sides|countries)|They)\b"
    r".*\b(?:agreed|decided|shared|confirmed|reaffirmed|recognized|welcomed)\b"
)
CAPTION = re.compile(r"/Courtesy of ")
DATE_IN_TITLE = re.compile(
    r"(?P<y>\d{4})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?\s+(?P<city>[A-Z][a-z]+)"
)
CLOCK = re.compile(r"(?P<h>\d{1,2}):(?P<m>\d{2}) (?P<half>[ap])\.m\.")
UNKNOWN = "(unknown: see curation.review)"


@dataclass(eq=False)
class Person:
    id: str
    name: str
    role: str
    paragraph: int
    surname: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """What the rules found, in the order they found it."""

    paragraphs: list[str]
    people: dict[str, Person] = field(default_factory=dict)
    statements: list[dict[str, Any]] = field(default_factory=list)
    narration: list[dict[str, Any]] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    last_named: Person | None = None


def draft(text: str, source_file: str) -> dict[str, Any]:
    """The summit file drafted from an article's text."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    found = Draft(paragraphs)
    release_at = next(
        (i for i, p in enumerate(paragraphs) if RELEASE_TITLE.match(p)), len(paragraphs)
    )
    if release_at == len(paragraphs):
        found.review.append("no [bracketed] title of a joint document: the release is empty")
    article = list(enumerate(paragraphs[:release_at], start=1))
    for number, paragraph in article:  # a role stated in full first, then titles alone
        _people_with_roles(found, paragraph, number)
    for number, paragraph in article:
        _titled_people(found, paragraph, number)
    for number, paragraph in enumerate(paragraphs[:release_at], start=1):
        _article_paragraph(found, paragraph, number)
    release = _release(found, paragraphs, release_at)
    return _document(found, release, source_file)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _people_with_roles(found: Draft, paragraph: str, number: int) -> None:
    """Rule `name, the role`: "Lee Jae-myung, the President of South Korea"."""
    for match in PERSON_WITH_ROLE.finditer(paragraph):
        name = match["name"]
        if _slug(name) not in found.people:
            found.people[_slug(name)] = Person(_slug(name), name, match["role"].strip(), number)


def _titled_people(found: Draft, paragraph: str, number: int) -> None:
    """Rule `title name`: "Former President Lee Myung-bak", for people no role names (the role
    is the title, for the curator to complete)."""
    for match in TITLED_NAME.finditer(paragraph):
        name = match["name"]
        title_text = " ".join(t for t in match["title"].split() if t not in ("Japanese", "Korean"))
        if len(name.split()) > 1 and _slug(name) not in found.people:
            person = Person(_slug(name), name, title_text, number)
            found.people[person.id] = person
            found.review.append(f"the role of {name} is only the title '{title_text}'")


def _resolve(found: Draft, words: str) -> tuple[list[Person], str]:
    """Who a frame or a sentence's subject names, and the rule that said so."""
    named = []
    for person in found.people.values():
        surname_first = person.name.split()[0]
        if person.name in words:
            named.append((words.index(person.name), person, "by full name"))
            continue
        for title in re.finditer(rf"({TITLES}) {re.escape(surname_first)}\b", words):
            if person.role.startswith(title.group(1)) and not any(p is person for _, p, _ in named):
                named.append((title.start(), person, "by title and surname"))
    if not named:
        last = [p for p in found.people.values() if p.name.split()[-1] in words.split()]
        named += [(words.index(p.name.split()[-1]), p, "by surname") for p in last]
    named.sort(key=lambda item: item[0])
    people = list(dict.fromkeys(p for _, p, _ in named))
    rule = named[0][2] if named else ""
    return people, rule


def _subject(found: Draft, sentence: str, previous: list[Person]) -> tuple[list[Person], str]:
    """Who a sentence or a quotation's frame is by: the people it names before its verb, a
    pronoun's last named person, or the previous quotation's speaker for "and said,"."""
    head = re.split(rf"\b{REPORTING}\b|\bconcluded\b", sentence, maxsplit=1)[0]
    people, rule = _resolve(found, head)
    if people:
        return people, rule
    if re.match(r"^(?:He|She)\b", sentence.strip()) and found.last_named is not None:
        return [found.last_named], "pronoun: the last person named before"
    if re.match(r"^(?:and )?\w+(?:ing)?,$|^and \w+,$", sentence.strip()) and previous:
        return previous, "continues the previous quotation's speaker"
    return [], ""


def _sentences(paragraph: str) -> list[str]:
    """Sentences, never split inside a quotation."""
    sentences, start, quoted = [], 0, False
    for index, char in enumerate(paragraph):
        if char in '"“”「」':
            quoted = not quoted if char == '"' else char in "“「"
            closes = not quoted and paragraph[index - 1 : index] in (".", "!", "?")
        else:
            closes = char in ".!?" and not quoted
        if closes:  # a sentence ends here if the next word starts one
            after = paragraph[index + 1 :]
            if (after.startswith(" ") and after[1:2].isupper()) or not after.strip():
                sentences.append(paragraph[start : index + 1].strip())
                start = index + 1
    if paragraph[start:].strip():
        sentences.append(paragraph[start:].strip())
    return sentences


def _article_paragraph(found: Draft, paragraph: str, number: int) -> None:
    if CAPTION.search(paragraph) or paragraph.startswith(("◇", "※")):
        kind = (
            "caption"
            if CAPTION.search(paragraph)
            else "heading"
            if paragraph.startswith("◇")
            else "note"
        )
        _narrate(found, paragraph, kind, number)
        return
    narrative: list[str] = []
    previous: list[Person] = []
    for sentence in _sentences(paragraph):
        quotes = list(QUOTE.finditer(sentence))
        if quotes:
            _flush(found, narrative, number)
            previous = _quotations(found, sentence, quotes, number, previous)
            continue
        reported = REPORTED_SPEECH.match(sentence)
        if reported:
            _flush(found, narrative, number)
            people, rule = _subject(found, sentence, previous)
            _statement(found, "reported", sentence, people, rule, number)
            previous = people
        elif ACCOUNT.match(sentence):
            _flush(found, narrative, number)
            _statement(
                found, "account", sentence, [], "an account: the two sides as subject", number
            )
        else:
            narrative.append(sentence)
            people, _ = _resolve(found, sentence.split(",")[0])
            if people:
                found.last_named = people[0]
    _flush(found, narrative, number)


def _quotations(
    found: Draft, sentence: str, quotes: list[re.Match[str]], number: int, previous: list[Person]
) -> list[Person]:
    """Rule: a quotation's speaker is named in the words before it (its frame); a frame that
    ends ", noting," after a clause of reported speech is that statement, then the frame."""
    start = 0
    for match in quotes:
        frame = sentence[start : match.start()].strip().strip(",").strip() + ","
        frame = frame if frame != "," else ""
        before = PARTICIPLE.match(frame) if frame else None
        if before and re.search(rf"\b{REPORTING}\b", before["reported"]):
            people, rule = _subject(found, before["reported"], previous)
            _statement(found, "reported", before["reported"], people, rule, number)
            previous = people or previous
            frame = before["frame"]
        text = match["text"].strip().rstrip(",").strip()
        if frame.endswith("that,"):
            frame = frame[:-1]
        people, rule = _subject(found, frame, previous) if frame else ([], "")
        if not people:
            found.review.append(
                f"paragraph {number}: no speaker found for the quotation {text[:40]!r}"
            )
            _narrate(found, text, "note", number)
        else:
            _statement(found, "direct", text, people, rule, number, frame or None)
            previous = people
        start = match.end()
    return previous


def _statement(
    found: Draft,
    kind: str,
    text: str,
    people: list[Person],
    rule: str,
    number: int,
    attribution: str | None = None,
) -> None:
    record: dict[str, Any] = {"ref": f"S{len(found.statements) + 1}", "kind": kind}
    if kind == "account":
        leaders = [p.id for p in found.people.values() if "Former" not in p.role][:2]
        record["subjects"] = leaders
    elif people:
        record["speakers"] = [p.id for p in people]
        found.last_named = people[-1]
    if attribution:
        record["attribution"] = attribution
    record["text"] = text.strip()
    record["provenance"] = {"part": "article", "paragraph": number}
    record["curation"] = {"notes": [f"Drafted: {kind}" + (f", speaker {rule}" if rule else "")]}
    if kind != "account" and not people:
        found.review.append(f"{record['ref']}: no speaker found for reported speech")
        _narrate(found, text, "narration", number)
        return
    found.statements.append(record)


def _narrate(found: Draft, text: str, kind: str, number: int, part: str = "article") -> None:
    found.narration.append(
        {
            "ref": f"N{len(found.narration) + 1}",
            "kind": kind,
            "text": text.strip(),
            "provenance": {"part": part, "paragraph": number},
        }
    )


def _flush(found: Draft, sentences: list[str], number: int) -> None:
    if sentences:
        _narrate(found, " ".join(sentences), "narration", number)
        sentences.clear()


def _release(found: Draft, paragraphs: list[str], start: int) -> dict[str, Any]:
    """Rules: `[title]`, then preamble paragraphs until the first `1. Title`, sections `N.`,
    clauses `(n)`; `/End/` and anything after it is not the release."""
    if start >= len(paragraphs):
        return {"title": UNKNOWN, "provenance": {"part": "release", "paragraph": 1},
                "preamble": [], "sections": []}  # fmt: skip
    title = RELEASE_TITLE.match(paragraphs[start])
    assert title is not None
    release: dict[str, Any] = {
        "title": title["title"],
        "provenance": {"part": "release", "paragraph": start + 1},
        "preamble": [],
        "sections": [],
    }
    for number, paragraph in enumerate(paragraphs[start + 1 :], start=start + 2):
        section, clause = SECTION.match(paragraph), CLAUSE.match(paragraph)
        if END.match(paragraph) or paragraph.startswith("※"):
            part = "release" if END.match(paragraph) else "article"
            _narrate(found, paragraph, "note", number, part)
        elif section:
            release["sections"].append({
                "number": int(section["number"]), "title": section["title"].strip(),
                "provenance": {"part": "release", "paragraph": number}, "clauses": [],
            })  # fmt: skip
        elif clause and release["sections"]:
            current = release["sections"][-1]
            expected = len(current["clauses"]) + 1
            if int(clause["number"]) != expected:
                found.review.append(
                    f"section {current['number']}: clause ({clause['number']}) where ({expected}) "
                    "was expected"
                )
            current["clauses"].append({
                "ref": f"{current['number']}.{clause['number']}", "text": clause["text"].strip(),
                "provenance": {"part": "release", "paragraph": number},
            })  # fmt: skip
        elif not release["sections"]:
            record: dict[str, Any] = {
                "ref": f"P{len(release['preamble']) + 1}",
                "text": paragraph,
                "provenance": {"part": "release", "paragraph": number},
            }
            people, _ = _subject(found, paragraph, [])
            if people and re.search(rf"\b{REPORTING}\b", paragraph.split(" that ")[0]):
                record["speakers"] = [p.id for p in people]
            release["preamble"].append(record)
        else:
            found.review.append(
                f"paragraph {number}: in the release, but neither section nor clause"
            )
            _narrate(found, paragraph, "narration", number, "release")
    return release


def _aliases(name: str) -> list[str]:
    """The first and last word of a name: the family name, whichever order the article uses."""
    words = name.split()
    return list(dict.fromkeys([words[0], words[-1]]))


def _document(found: Draft, release: dict[str, Any], source_file: str) -> dict[str, Any]:
    title = release["title"]
    date = DATE_IN_TITLE.search(title)
    summit_title = (
        re.sub(r"^.*?results of the |\s*_.*$", "", title) if title != UNKNOWN else UNKNOWN
    )
    info: dict[str, Any] = {"title": summit_title or UNKNOWN}
    if date:
        info["date"] = f"{int(date['y']):04}-{int(date['m']):02}-{int(date['d']):02}"
        info["city"] = date["city"]
    else:
        info |= {"date": "1900", "city": UNKNOWN}
        found.review.append("the summit's date and city: not in the release's title")
    text = "\n\n".join(found.paragraphs)
    country = re.search(rf"{info['city']}, ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", text)
    venue = re.search(rf"at the ([A-Z][\w' ]+?) in {info['city']}", text)
    visit = re.search(r"made an? ([a-z]+ visit)", text)
    info["country"] = country[1] if country else UNKNOWN
    info["venue"] = venue[1] if venue else UNKNOWN
    info["visit"] = visit[1] if visit else UNKNOWN
    info["provenance"] = release["provenance"]
    for key in ("country", "venue", "visit"):
        if info[key] == UNKNOWN:
            found.review.append(f"summit.{key}: not found")
    if "date" in info and info["date"] == "1900":
        found.review.append("summit.date: a placeholder (1900)")
    found.review.append("topics, outcomes, the timeline, settings and notes are the curator's")
    people = [
        {"id": p.id, "name": p.name, "role": p.role, "country": UNKNOWN,
         "speaker": any(p.id in s.get("speakers", []) for s in found.statements),
         "provenance": {"part": "article", "paragraph": p.paragraph},
         "curation": {"aliases": _aliases(p.name)}}
        for p in found.people.values()
    ]  # fmt: skip
    if people:
        found.review.append("people: each person's country")
    summit_id = _slug(f"{info['title']} {info.get('date', '')}") or "draft"
    return {
        "format": 1,
        "id": summit_id,
        "source": {"file": source_file},
        "summit": info,
        "people": people,
        "release": release,
        "statements": found.statements,
        "narration": found.narration,
        "curation": {"review": found.review},
    }


LIST_MARKERS = re.compile(r"^\d+\.\s|^\(\d+\)\s|^\[|\]$")
TRIMMED = re.compile(r"[\s\"“”「」『』',]*")
"""What a verbatim text may leave of its sentence: the quotation marks around a quotation, the
comma that closes it (inside or outside the marks), and the space between sentences."""


def uncovered(summit: Summit, paragraphs: Sequence[str]) -> list[str]:
    """Whatever of the source is not in exactly one record: each record's verbatim text (and a
    quotation's attribution) is taken out of the paragraph it cites, once; a record not found
    there once, or anything left but quotation marks, commas and the release's list markers,
    is a problem. The bundled data passes the same test."""
    release = summit.release
    pieces: dict[int, list[str]] = {release.provenance.paragraph: [release.title]}
    records: list[tuple[int, str | None]] = [
        (p.provenance.paragraph, p.text) for p in release.preamble
    ]
    for section in release.sections:
        records.append((section.provenance.paragraph, section.title))
        records += [(c.provenance.paragraph, c.text) for c in section.clauses]
    for statement in summit.statements:
        records.append((statement.provenance.paragraph, statement.text))
        records.append((statement.provenance.paragraph, statement.attribution))
    records += [(n.provenance.paragraph, n.text) for n in summit.narration]
    for number, text in records:
        if text:
            pieces.setdefault(number, []).append(text)
    problems = []
    for number, paragraph in enumerate(paragraphs, start=1):
        rest = LIST_MARKERS.sub("", paragraph.strip())
        for piece in pieces.get(number, []):
            if rest.count(piece) != 1:
                problems.append(f"paragraph {number}: {piece!r} is not there exactly once")
            rest = rest.replace(piece, "", 1)
        if not TRIMMED.fullmatch(rest):
            problems.append(f"paragraph {number}: not in any record: {rest.strip()!r}")
    return problems
