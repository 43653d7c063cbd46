"""Find people by name, check topics and sections, and filter records, across summits.

Every failure is a `NotFoundError` whose message names what was asked and suggests what exists, so
that the CLI can print it as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .errors import NotFoundError
from .model import Person, Preamble, Searchable, Statement, Summit
from .text import did_you_mean, fold

NAME_PUNCTUATION = re.compile(r"[\s\-\u2010\u2011.·]+")


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
        hint = did_you_mean(name, (n for p in people for n in person_names(p)))
        raise NotFoundError(f"no person called {name!r}{hint} (see 'summit speakers')")
    return found


def check_topic(summits: Sequence[Summit], topic: str) -> str:
    known = [t.name for summit in summits for t in summit.topics]
    folded = fold(topic.strip())
    if folded in known:
        return folded
    raise NotFoundError(
        f"unknown topic {topic!r}{did_you_mean(topic, known)} (see 'summit topics')"
    )


def check_section(summits: Sequence[Summit], number: int) -> int:
    known = sorted({section.number for summit in summits for section in summit.sections})
    if number in known:
        return number
    listed = ", ".join(map(str, known))
    raise NotFoundError(f"no section {number}; the sections are {listed} (see 'summit sections')")


SPEECH = ("direct", "reported")


def record_filter(
    *,
    record_type: str | None = None,
    section: int | None = None,
    people: Sequence[Person] | None = None,
    topic: str | None = None,
    kinds: Sequence[str] = (),
) -> Callable[[Searchable], bool]:
    """A predicate for passages; every criterion given must hold.

    `people` keeps only what they said (direct or reported speech, in the article or the
    release); an account of the article is theirs only where `kinds` asks for accounts, and
    then by its subjects. A section only holds clauses.
    """
    wanted = None if people is None else {(p.summit, p.id) for p in people}

    def keep(record: Searchable) -> bool:
        if record_type and record_type != record.TYPE:
            return False
        if section is not None and getattr(record, "section", None) != section:
            return False
        if topic and topic not in record.curation.topics:
            return False
        kind = _speech_kind(record)
        if kinds and kind not in kinds:
            return False
        if wanted is not None:
            if kind is None or (kind == "account" and "account" not in kinds):
                return False
            named = record.subject_people if isinstance(record, Statement) else ()
            if kind != "account":
                named = getattr(record, "people", ())
            if not {(p.summit, p.id) for p in named} & wanted:
                return False
        return True

    return keep


def _speech_kind(record: Searchable) -> str | None:
    """direct, reported or account for what is said or accounted for; None for the rest."""
    if isinstance(record, Statement):
        return record.kind
    if isinstance(record, Preamble) and record.speakers:
        return "reported"
    return None


def quotations(summits: Sequence[Summit], keep: Callable[[Searchable], bool]) -> list[Searchable]:
    """Speech and accounts that pass `keep`, in source order: the article's statements, then
    the release's reported speech (P4)."""
    found: list[Searchable] = []
    for summit in summits:
        found += [s for s in summit.statements if keep(s)]
        found += [p for p in summit.preamble if p.speakers and keep(p)]
    return found
