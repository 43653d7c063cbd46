"""Find records by ref, people by name and statements by filter, across one or more summits.

Every failure is a `NotFoundError` whose message names what was asked and suggests what exists, so
that the CLI can print it as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .model import (
    Citable,
    Citation,
    Clause,
    Outcome,
    Person,
    Preamble,
    Searchable,
    Section,
    Statement,
    Summit,
    human_date,
)
from .search import fold

RECORD_TYPES = ("clause", "preamble", "statement")
STATEMENT_KINDS = ("direct", "reported")
RELEASE_NOTATION = re.compile(r"(\d+)\s*\(\s*(\d+)\s*\)")
NAME_PUNCTUATION = re.compile(r"[\s\-\u2010\u2011.·]+")


class NotFoundError(LookupError):
    """A ref, name, topic or section that no record has."""


def _did_you_mean(asked: str, known: Iterable[str], limit: int = 3) -> str:
    import difflib

    choices = list(dict.fromkeys(known))
    near = difflib.get_close_matches(asked, choices, n=limit, cutoff=0.5)
    if not near:
        folded = {fold(choice): choice for choice in choices}
        near = [folded[m] for m in difflib.get_close_matches(fold(asked), folded, limit, 0.5)]
    return f"; did you mean {', '.join(near)}?" if near else ""


def normalise_ref(ref: str) -> str:
    """Accept refs as people type them: `p1` is P1, the release's own `2(1)` is clause 2.1."""
    ref = ref.strip()
    release = RELEASE_NOTATION.fullmatch(ref)
    if release:
        return f"{int(release.group(1))}.{int(release.group(2))}"
    return ref[:1].upper() + ref[1:]


def records_by_ref(summit: Summit) -> dict[str, Citable]:
    citable: list[Citable] = [*summit.preamble, *summit.sections, *summit.clauses]
    citable += [*summit.statements, *summit.outcomes]
    return {record.ref: record for record in citable}


def find_records(summits: Sequence[Summit], refs: Sequence[str]) -> list[Citable]:
    """The records with these refs, in the order asked.

    In a corpus an unqualified ref finds that record in every summit; `SUMMIT-ID:REF` finds
    it in one.
    """
    indexes = [(summit, records_by_ref(summit)) for summit in summits]
    found: list[Citable] = []
    for asked in refs:
        summit_id, _, ref = asked.rpartition(":")
        ref = normalise_ref(ref)
        scope = [(s, index) for s, index in indexes if not summit_id or s.id == summit_id]
        if summit_id and not scope:
            hint = _did_you_mean(summit_id, (s.id for s in summits))
            raise NotFoundError(f"unknown summit {summit_id!r} in ref {asked!r}{hint}")
        matches = [index[ref] for _, index in scope if ref in index]
        if not matches:
            known = [known_ref for _, index in scope for known_ref in index]
            hint = _did_you_mean(ref, known) or _did_you_mean(ref.rstrip("0123456789"), known)
            raise NotFoundError(
                f"unknown ref {asked!r}{hint} (see 'summit sections' and 'summit quotes')"
            )
        found.extend(matches)
    return found


def _name_key(name: str) -> str:
    return NAME_PUNCTUATION.sub("", fold(name))


def person_names(person: Person) -> list[str]:
    return [person.name, person.id, *person.aliases]


def find_people(summits: Sequence[Summit], name: str) -> list[Person]:
    """Everyone whose name, surname, given name or alias is `name`, in any case or script.

    A name several people share (`Lee`) finds them all; only a name nobody has is an error.
    """
    key = _name_key(name)
    people = [person for summit in summits for person in summit.people]
    found = [p for p in people if any(_name_key(n) == key for n in person_names(p))]
    if not found:
        hint = _did_you_mean(name, (n for p in people for n in person_names(p)))
        raise NotFoundError(f"no person called {name!r}{hint} (see 'summit speakers')")
    return found


def check_topic(summits: Sequence[Summit], topic: str) -> str:
    known = [t.name for summit in summits for t in summit.topics]
    folded = fold(topic.strip())
    if folded in known:
        return folded
    raise NotFoundError(
        f"unknown topic {topic!r}{_did_you_mean(topic, known)} (see 'summit topics')"
    )


def check_section(summits: Sequence[Summit], number: int) -> int:
    known = sorted({section.number for summit in summits for section in summit.sections})
    if number in known:
        return number
    listed = ", ".join(map(str, known))
    raise NotFoundError(f"no section {number}; the sections are {listed} (see 'summit sections')")


def record_filter(
    *,
    record_type: str | None = None,
    section: int | None = None,
    people: Sequence[Person] | None = None,
    topic: str | None = None,
    kind: str | None = None,
) -> Callable[[Searchable], bool]:
    """A predicate for searchable records; every criterion given must hold.

    A section only holds clauses and only statements have speakers or a kind, so those
    criteria leave out every other type of record.
    """
    speaker_ids = None if people is None else {(p.summit, p.id) for p in people}

    def keep(record: Searchable) -> bool:
        if record_type and record.type != record_type:
            return False
        if section is not None and getattr(record, "section", None) != section:
            return False
        if topic and topic not in record.curation.topics:
            return False
        if speaker_ids is not None or kind:
            if not isinstance(record, Statement):
                return False
            if kind and record.kind != kind:
                return False
            said_by = {(p.summit, p.id) for p in record.speakers}
            if speaker_ids is not None and not said_by & speaker_ids:
                return False
        return True

    return keep


def statements(summits: Sequence[Summit], keep: Callable[[Searchable], bool]) -> list[Statement]:
    return [s for summit in summits for s in summit.statements if keep(s)]


def cite(summits: Sequence[Summit], record: Citable) -> Citation:
    """A citation naming the document, the place in it, the summit and where the source has it."""
    summit = next(s for s in summits if s.id == record.summit)
    occasion = f"{summit.title}, {summit.city}, {human_date(summit.date)}"
    document = summit.document_title
    match record:
        case Preamble():
            paragraph = record.ref.removeprefix("P")
            text = f'"{document}", preamble, paragraph {paragraph}. {occasion}.'
        case Section():
            text = f'"{document}", section {record.number}: "{record.title}". {occasion}.'
        case Clause():
            clause = record.ref.partition(".")[2]
            text = f'"{document}", section {record.section}, clause ({clause}). {occasion}.'
        case Statement():
            how = "quoted" if record.kind == "direct" else "reported (indirect speech)"
            where = f", {record.setting.name}" if record.setting else ""
            text = (
                f"{record.speaker_names}, {how}{where}. {occasion}. "
                f"Source article, paragraph {record.provenance.paragraph}."
            )
        case Outcome():
            supported = ", ".join(record.refs)
            text = f'Outcome (curated summary): "{record.title}" (see {supported}). {occasion}.'
    return Citation(summit.id, record.ref, f"{text} [{summit.id}:{record.ref}]")
