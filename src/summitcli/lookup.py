"""Find people by name, check topics and sections, and filter records, across summits.

Every failure is a `NotFoundError` whose message names what was asked and suggests what exists, so
that the CLI can print it as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Protocol

from .errors import NotFoundError
from .model import ACCOUNT_OF, Person, Searchable, Summit, Topic, stated
from .text import did_you_mean, fold, listed, quoted, shared_start, shell_word, without_accents

NAME_PUNCTUATION = re.compile(r"[\s\-\u2010\u2011.·,;]+")
"""What separates a name's words, and what is pasted with a name from a sentence ("Lee,")."""


TITLE_WORDS = frozenset({"president", "prime", "minister", "pm", "former"})
"""Words of a role's title, which a name may carry only for a person whose role it is."""
QUALIFIERS = frozenset(
    {"vice", "deputy", "acting", "interim", "late", "ex", "caretaker", "outgoing", "incoming"}
)
"""Words before a title that make the role another office than the title's ("Vice President"),
where a nationality there ("Norwegian Prime Minister") leaves it the title's."""
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})
"""Words of courtesy, which any person may be called by."""
SPELLED_OUT = {"pm": ("prime", "minister")}


def name_words(name: str) -> list[str]:
    """The words of a name as asked, titles also spelled out: a person it can call holds one of
    them in a name or in the role (what the persistent index looks for first)."""
    return [part for word in _words(name) for part in (word, *SPELLED_OUT.get(word, ()))]


APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bc", "'"))
"""The curly and modifier apostrophes a web page writes "O\u2019Brien" with: the name typed."""


def _words(text: str) -> list[str]:
    """A name's or role's words as typed anywhere: folded, with curly apostrophes straight and
    Latin letters without their accents (a name is called as a keyboard can type it)."""
    folded = without_accents(fold(text).translate(APOSTROPHES))
    return [word for word in NAME_PUNCTUATION.split(folded) if word]


def _name_keys(name: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """A name as people write it three ways, strictest first: its letters in order; its words
    in any order ("Ishiba Shigeru"); its words without titles ("PM Ishiba")."""
    words = _words(name)
    return "".join(words), frozenset(words), frozenset(words) - TITLE_WORDS - HONORIFICS


def _spelled(text: str) -> list[str]:
    """The words of a name or role with titles spelled out ("PM" is "prime minister")."""
    return [part for word in _words(text) for part in SPELLED_OUT.get(word, (word,))]


POSSESSIVE = re.compile(r"['\u2019]s\b")


def _role_words(text: str) -> frozenset[str]:
    """A whole role as news words it, in any order and with its country as a possessive
    ("Japan's Prime Minister" is the "Prime Minister of Japan")."""
    return frozenset(_spelled(POSSESSIVE.sub("", text))) - {"of", "the"}


def _with_country(words: frozenset[str], country: str | None) -> frozenset[str]:
    """A role's words with a nationality written as the person's country ("Norwegian Prime
    Minister" is the "Prime Minister of Norway"): a word that begins with the same four letters
    or more as a word of the country, which the country's own word then stands for."""
    country_words = _words(country or "")
    return frozenset(next((c for c in country_words if same_stem(word, c)), word) for word in words)


NATIONALITY_OF = {
    "irish": "ireland", "dutch": "netherlands", "swiss": "switzerland", "welsh": "wales",
    "spanish": "spain", "danish": "denmark", "finnish": "finland", "polish": "poland",
    "filipino": "philippines", "philippine": "philippines", "cypriot": "cyprus", "lao": "laos",
    "malagasy": "madagascar", "emirati": "emirates", "ivorian": "ivoire", "monegasque": "monaco",
    "sammarinese": "marino",
}  # fmt: skip
"""Nationalities that share no stem of four letters with their country's name."""


def same_stem(word: str, country_word: str) -> bool:
    """Whether `word` (lower case) may be the nationality of a country holding `country_word`:
    "norwegian" of "norway", "cypriot" of "cyprus" (NATIONALITY_OF)."""
    if NATIONALITY_OF.get(word) == country_word:
        return True
    shared = shared_start(word, country_word)
    return shared >= 4 and shared >= min(len(word), len(country_word)) - 3


def _title(name: str) -> tuple[str, ...]:
    """The role title a name calls its person by, in order and spelled out; empty for a bare
    name."""
    return tuple(word for word in _spelled(name) if word in TITLE_WORDS)


def _holds(person: Person, title: tuple[str, ...]) -> bool:
    """Whether the person's role begins with the title, or with a nationality of one or two
    words before it ("Norwegian Prime Minister", "South Korean President"): "President" is the
    President of South Korea, not the Former President nor the Vice President, as the draft's
    rule of title and surname has it."""
    words = _words(person.role)
    for before in range(3):
        if tuple(words[before : before + len(title)]) == title:
            return not set(words[:before]) & (TITLE_WORDS | QUALIFIERS)
    return False


ANOTHER_OFFICE = QUALIFIERS | {"former"}
"""The words that make a role another office than its title's, "Former" among them."""


def _holding(name: str, holders: Keyed, keyed: Keyed) -> Keyed:
    """The people whose role may be the office a name asks for: its title's `holders`, or,
    where the name qualifies the title ("Vice President", "Deputy Trade Minister"), those whose
    role the same qualifiers make that other office (not the "Former Vice President")."""
    qualifiers = frozenset(_spelled(name)) & ANOTHER_OFFICE
    if not qualifiers:
        return holders
    return [(p, k) for p, k in keyed if frozenset(_words(p.role)) & ANOTHER_OFFICE == qualifiers]


def person_names(person: Person) -> list[str]:
    return [person.name, person.id, *person.aliases]


def find_people(summits: Sequence[Summit], names: Sequence[str]) -> list[Person]:
    """Everyone any of the names calls, in any case, script or order of name and surname.

    Each name is matched as strictly as it can be: "President Lee" is an alias of Lee Jae-myung
    only, so it does not reach Lee Myung-bak through "Lee". A name several people share (`Lee`)
    finds them all; only a name nobody has is an error. A title is part of who is meant: it
    finds only people whose role it is ("Prime Minister Lee" is nobody), and alone, whoever
    holds it ("Former President"); so does a whole role ("Japanese Prime Minister").
    """
    return people_named([person for summit in summits for person in summit.people], names)


SHOWN_MARK = re.compile(r"\s*\((?:unreviewed draft|curated): [^()]*\)\s*$")
"""The mark a name of a draft's person carries where `speakers` or WHO shows it ("… (unreviewed
draft: 2 of its counts guessed)"), or a composed role ("… (curated: composed)"): pasted back
with the name or role, it is not part of it."""


def people_named(people: Sequence[Person], names: Sequence[str]) -> list[Person]:
    """`find_people` among these people (the persistent index hands over only those whose
    names, roles or countries hold a word of the names, and all of them to explain a name
    nobody has)."""
    keyed = [(p, [_name_keys(n) for n in person_names(p)]) for p in people]
    by_summit: dict[str, Keyed] = {}
    for person, keys in keyed:
        by_summit.setdefault(person.summit, []).append((person, keys))
    found: dict[tuple[str, str], Person] = {}
    for name in (SHOWN_MARK.sub("", name) for name in names):
        if not _words(name):  # '' or ' - ': nothing to call anyone by
            empty = "is empty" if not name.strip() else "has no letters"
            raise NotFoundError(
                f"the name {quoted(name)} {empty}: give a name or a role (see 'summit speakers')"
            )
        matches = _people_called(name, by_summit)
        bracketed = BRACKETED.fullmatch(name)
        if not matches and bracketed:  # "Lee Jae-myung (President of South Korea)", as `info`
            # prints a speaker: the name and what the brackets hold call the same person
            inside = {id(p) for p in _people_called(bracketed["inside"], by_summit)}
            matches = [p for p in _people_called(bracketed["name"], by_summit) if id(p) in inside]
        if not matches:
            asked, title = _name_keys(name), _title(name)
            holders = [p for p, _ in keyed if not title or _holds(p, title)]
            raise NotFoundError(_nobody(name, asked, title, keyed, holders))
        found |= {(p.summit, p.id): p for p in matches}
    return list(found.values())


BRACKETED = re.compile(r"\s*(?P<name>[^()]*[^()\s])\s*\((?P<inside>[^()]+)\)\s*")


def _people_called(name: str, by_summit: dict[str, Keyed]) -> list[Person]:
    asked, title = _name_keys(name), _title(name)
    return [p for group in by_summit.values() for p in _called(name, asked, title, group)]


def _called(
    name: str,
    asked: tuple[str, frozenset[str], frozenset[str]],
    title: tuple[str, ...],
    keyed: Keyed,
) -> list[Person]:
    """Whom the name (its `_name_keys` and `_title`) calls among one summit's people, as
    strictly as it can: in a folder, one summit's alias ("President Lee") must not hide
    another's titled name."""
    holders = [(p, keys) for p, keys in keyed if not title or _holds(p, title)]
    matches = _matches(asked, holders) if asked[2] else [p for p, _ in holders if title]
    if len(asked[2]) == 1 and not title:  # an alias of one person hides no other name holding
        # the word: a draft's aliases skip a Spanish first surname ("Peña", new user 53)
        matches = [p for p, keys in keyed if p in matches or any(asked[2] <= k[1] for k in keys)]
    if not matches and asked[2]:
        matches = [p for p, keys in keyed if _in_name_and_role(p, keys, asked[2], title)]
    if not matches:  # the role alone, as `summit speakers` prints it: "Kenyan President"
        matches = [p for p, _ in keyed if _role_words(p.role) == _role_words(name)]
    if not matches:  # "Prime Minister of Norway" for the "Norwegian Prime Minister"
        matches = [p for p, _ in keyed if _same_role_in_country(name, p)]
    if not matches and title:  # part of a role: "Fisheries Minister" of "Norwegian Fisheries
        # Minister", "Norwegian minister" too, never another office ("Deputy …": not held)
        # unless asked for ("Vice President" of "Ghana's Vice President")
        matches = [p for p, _ in _holding(name, holders, keyed) if _part_of_role(name, p)]
    if not matches and not title:  # a nationality alone: "Norwegian" of a draft's role
        matches = [p for p, _ in keyed if _nationality_of_role(name, p)]
    if not matches and not title:  # a country, named whole: "Japan" (not "Korea"), or for the
        # nationality a draft's role begins with, its country not yet curated (new user 57)
        country = _words(name)
        matches = [
            p for p, _ in keyed
            if country == _words((known := _country_of(p)) or "")
            or (known is None and _nationality_opens(_words(p.role), country))
        ]  # fmt: skip
    if not matches and not title:  # a title summit has no word for ending a role's head:
        wanted = _spelled(name)  # "Taoiseach", "professor" of "professor of Y University"
        matches = [
            p for p, _ in keyed
            if _holds(p, tuple(wanted)) and _head(p.role)[-len(wanted):] == wanted
        ]  # fmt: skip
    return matches


COUNTRY_ENDING_ROLE = re.compile(r".*\bof\s+(?:the\s+)?(.+)$", re.IGNORECASE)
COUNTRY_OWNING_ROLE = re.compile(r"(?:the\s+)?(.+?)['\u2019]s\s", re.IGNORECASE)
"""A role asked for with its country's possessive: "Iceland's Prime Minister"."""


def _country_of(person: Person) -> str | None:
    """The person's country: the file's or the curators', else the one the role ends with, as
    a draft composes it ("Prime Minister of Norway", its country not yet curated)."""
    country = stated(person.country) or person.curation.country
    ending = None if country else COUNTRY_ENDING_ROLE.match(person.role)
    return ending.group(1) if ending else country


def _nationality_opens(role: list[str], country: list[str]) -> bool:
    """Whether the role begins with the country's nationality: "south korean president" of
    "south korea"."""
    *before, last = country
    head = role[: len(country)]
    return len(head) == len(country) and head[:-1] == before and same_stem(head[-1], last)


def _same_role_in_country(name: str, person: Person) -> bool:
    """Whether the name is the person's role once a nationality and "of <country>" are read
    as the same country: "Norwegian Prime Minister" is the "Prime Minister of Norway" (or
    "Norway's Prime Minister"), asked either way while a draft's country is still unknown."""
    ending = COUNTRY_ENDING_ROLE.match(name) or COUNTRY_OWNING_ROLE.match(name)
    country = _country_of(person) or (ending.group(1) if ending else None)
    role = _with_country(_role_words(person.role), country)
    return role == _with_country(_role_words(name), country)


NATIONALITY_OPENERS = frozenset(
    {"south", "north", "east", "west", "new", "sri", "costa", "puerto", "sierra", "saudi",
     "papua", "burkina", "cape", "cabo", "san", "sao", "saint", "st", "solomon", "marshall",
     "central", "equatorial", "el", "hong"}
)  # fmt: skip
"""First words of a nationality of two words or more ("South African", "Sri Lankan", "New
Zealand"): the word after one is not that nationality alone."""


def _part_of_role(name: str, person: Person) -> bool:
    """Whether the name's words are all the role's, a nationality as the person's country,
    and a country named whole ("Korean President" is not the "South Korean President"), the
    role's own nationality too where the country is not yet known (a draft's "South African
    President")."""
    country = _country_of(person)
    asked = _with_country(_role_words(name), country)
    country_words = set(_words(country or ""))
    whole = not asked & country_words or country_words <= asked
    role = _words(person.role)
    cut = any(
        first in NATIONALITY_OPENERS and first not in asked and second in asked
        for first, second in pairwise(role)
    )
    return whole and not cut and asked <= _with_country(_role_words(person.role), country)


def _nationality_of_role(name: str, person: Person) -> bool:
    """Whether the name is the words a role opens with before its title, a nationality whole
    ("South African" of "South African President"): the bundled file's aliases let `-s Korean`
    find Lee, and a draft, whose people have no aliases yet, must answer it too."""
    asked, role = _spelled(name), _spelled(person.role)
    return (
        0 < len(asked) < len(role)
        and role[: len(asked)] == asked
        and role[len(asked)] in TITLE_WORDS
    )


ROLE_HEAD_ENDS = frozenset({"of", "for", "at", "to", "in", "with"})


def _head(role: str) -> list[str]:
    """A role's words before what it is of, for, at, to, in or with: "professor" of "professor
    of Rabat University", "spokesperson" of "spokesperson for the presidency", "ambassador" of
    "ambassador to Japan"."""
    words = _spelled(role)
    end = next((i for i, word in enumerate(words) if word in ROLE_HEAD_ENDS), len(words))
    return words[:end]


Keyed = list[tuple[Person, list[tuple[str, frozenset[str], frozenset[str]]]]]


def _matches(asked: tuple[str, frozenset[str], frozenset[str]], keyed: Keyed) -> list[Person]:
    """The people of the strictest tier of keys at which the name matches anyone."""
    for tier in range(3):
        matches = [p for p, keys in keyed if any(k[tier] == asked[tier] for k in keys)]
        if matches:
            return matches
    return []


def _in_name_and_role(
    person: Person,
    keys: list[tuple[str, frozenset[str], frozenset[str]]],
    words: frozenset[str],
    title: tuple[str, ...],
) -> bool:
    """Whether a name with a title calls the person as news does, where a role begins with a
    nationality ("Prime Minister Mori" is the Japanese Prime Minister Taro Mori, "Chancellor
    Berg" the German Chancellor): every word of it is a word of the person's names or role, one
    of them a name's, and it asks for each title word of the role ("President Lee" is not the
    Former President); a nationality is the person's country, which a role may end with
    ("Norwegian Prime Minister Støre" is the "Prime Minister of Norway", "former South Korean
    President" the Former President whose country is South Korea, new user 61), and a title
    with only the country words is whoever holds it there. A name with no title asks for no
    role's: part of a name is a surname of several words ("Gahr Støre") whatever the role."""
    names = frozenset().union(*(k[1] for k in keys))
    country = _country_of(person)
    whole = frozenset(_words(country or ""))  # a country is asked whole: "Korean" is no one's
    home = whole | {"of", "the"}
    role = _with_country(frozenset(_words(person.role)), country) | home
    asked = _with_country(words, country)
    return (
        bool(words & names or (title and whole and whole <= asked <= home))
        and asked | set(title) <= names | role
        and (not title or role & TITLE_WORDS <= set(title))
    )


def _nobody(
    name: str,
    asked: tuple[str, frozenset[str], frozenset[str]],
    title: tuple[str, ...],
    keyed: Keyed,
    holders: list[Person],
) -> str:
    """Why a name calls nobody: it is several names joined as rows join speakers ("Lee
    Jae-myung & Shigeru Ishiba", pasted from WHO), the people it names hold another role (or,
    for a title alone that nobody holds, a longer one: "minister" of "Prime Minister"), or the
    nearest names of those who could be meant (holders of its title, if it has one)."""
    pasted = unicodedata.normalize("NFKC", name)
    subjects = pasted.startswith(ACCOUNT_OF)
    parts = [p.strip() for p in pasted.removeprefix(ACCOUNT_OF).split("&") if p.strip()]
    options = " ".join(f"--speaker {shell_word(part)}" for part in dict.fromkeys(parts))
    if len(set(parts)) == 1 and len(parts) > 1:
        return f"{quoted(name)} names one person twice: give it once ({options})"
    if len(parts) > 1:
        options = f"--accounts {options}" if subjects else options
        return (
            f"{quoted(name)} names several people: give each its own --speaker ({options} "
            "finds what any of them said)"
        )
    named = _matches(asked, keyed) if title and asked[2] else []
    if title and not asked[2] and not holders:  # "minister": a word of "Prime Minister"
        named = [p for p, _ in keyed if _part_of_role(name, p)]
    if named:
        roles = ", ".join(dict.fromkeys(f"{p.name} is {p.role}" for p in named))  # each summit's
        return f"no person called {quoted(name)}: {roles} (see 'summit speakers')"
    held = (n for p in holders for n in (p.name, *p.aliases))  # names, not ids
    hint = did_you_mean(name, held, cutoff=NEAR_NAME)
    if hint or title:
        return f"no person called {quoted(name)}{hint} (see 'summit speakers')"
    countries = sorted({country for p, _ in keyed if (country := _country_of(p))})
    asked_words = set(_words(name))
    whole = [country for country in countries if asked_words < set(_words(country))]
    if whole:  # "Korea" of "South Korea"
        return (
            f"no person called {quoted(name)}; a country is asked whole: "
            f"{', '.join(whole)} (see 'summit speakers')"
        )
    from_ = f": the people here are from {listed(countries)}"
    where = from_ if 0 < len(countries) <= COUNTRIES_LISTED else ""
    return f"no person called {quoted(name)}, nor a country{where} (see 'summit speakers')"


COUNTRIES_LISTED = 6
"""How many countries a name that calls nobody is answered with: --speaker takes a country too,
and a corpus's hundreds would bury the message."""


NEAR_NAME = 0.65
"""How alike a name must be to one asked for to be offered: a misspelling ("Ishbia" of
"Ishiba", 0.83), not a word sharing a letter or three ("MB" for "Mr", "Ravi" for "Latvia")."""


def check_topics(summits: Sequence[Summit], topics: Sequence[str]) -> list[str]:
    return known_topics([t for summit in summits for t in summit.topics], topics)


def known_topics(vocabulary: Sequence[Topic], topics: Sequence[str]) -> list[str]:
    """The topics, folded, each one of the `vocabulary`'s names (the corpus's, in order)."""
    known = list(dict.fromkeys(topic.name for topic in vocabulary))
    checked = []
    for topic in topics:
        folded = topic_name(topic)
        if not folded:
            raise NotFoundError(f"the topic {quoted(topic)} is empty (see 'summit topics')")
        if not known:
            raise NotFoundError(
                f"unknown topic {quoted(topic)}: no summit here has topics (a curator adds them)"
            )
        if folded not in known:
            hint = did_you_mean(topic, known) or described_by(topic, vocabulary)
            raise NotFoundError(f"unknown topic {quoted(topic)}{hint} (see 'summit topics')")
        checked.append(folded)
    return checked


def topic_name(words: str) -> str:
    """Words as a topic's name: "North Korea" is north-korea."""
    return "-".join(fold(words).replace("_", " ").split())


def topics_describing(words: str, vocabulary: Sequence[Topic]) -> list[str]:
    """The topics whose curators' description holds every one of the words: `--topic
    abduction` was only an "unknown topic" where north-korea's description names the abduction
    issue (new user 64)."""
    asked = set(re.findall(r"\w+", fold(words)))
    return list(
        dict.fromkeys(
            topic.name
            for topic in vocabulary
            if asked and asked <= set(re.findall(r"\w+", fold(topic.description)))
        )
    )


def described_by(words: str, vocabulary: Sequence[Topic]) -> str:
    """ "; the description of the curated topic north-korea names it" (`topics_describing`)."""
    named = topics_describing(words, vocabulary)
    if len(named) > 1:
        return f"; the descriptions of the curated topics {listed(named)} name it"
    return f"; the description of the curated topic {named[0]} names it" if named else ""


def known_section(numbers: set[int], number: int) -> int:
    known = sorted(numbers)
    if number in known:
        return number
    choices = ", ".join(map(str, known))
    raise NotFoundError(f"no section {number}; the sections are {choices} (see 'summit sections')")


SPEECH = ("direct", "reported")
QUOTED = (*SPEECH, "unattributed")
"""What `summit quotes` lists unless asked: speech, and words the source credits to no one."""


KIND_WORDS = {
    "account": "of the article's accounts",
    "unattributed": "of the unattributed quotations",
}
"""A kind of passage asked for alone, in a message's words where "of the direct speech" is not."""


class Filter:
    """A predicate for passages, and the same criteria in words for a message ("a statement
    said by Lee Myung-bak in section 4"). Every criterion given must hold (any of several
    topics). `people` keeps only what they said (direct or reported speech, in the article or
    the release); an account of the article is theirs only where `kinds` asks for accounts, and
    then by its subjects. A section only holds clauses.
    """

    def __init__(
        self,
        *,
        record_types: Sequence[str] = (),
        section: int | None = None,
        people: Sequence[Person] | None = None,
        topics: Sequence[str] = (),
        kinds: Sequence[str] = (),
        part: str | None = None,
    ) -> None:
        self.record_types, self.section, self.people = record_types, section, people
        self.topics, self.kinds, self.part = topics, kinds, part
        self.wanted = None if people is None else {(p.summit, p.id) for p in people}

    def __call__(self, record: Searchable) -> bool:
        if self.record_types and record.TYPE not in self.record_types:
            return False
        if self.section is not None and record.section_number != self.section:
            return False
        if self.part is not None and record.provenance.part != self.part:
            return False
        if self.topics and not set(self.topics) & set(record.curation.topics):
            return False
        kind = record.speech
        if self.kinds and kind not in self.kinds:
            return False
        if self.wanted is not None:
            if kind is None or (kind == "account" and "account" not in self.kinds):
                return False
            if not {(p.summit, p.id) for p in record.named} & self.wanted:
                return False
        return True

    def __str__(self) -> str:
        words = ["a " + " or ".join(self.record_types) if self.record_types else "a passage"]
        accounts = list(self.kinds) == ["account"]  # whom they are about: nobody said them
        if len(self.kinds) == 1:  # one kind asked for (`quotes --kind`) may be what left none
            words.append(KIND_WORDS.get(self.kinds[0], f"of the {self.kinds[0]} speech"))
        if self.people:
            named = " or ".join(dict.fromkeys(p.name for p in self.people))
            words.append(("about " if accounts else "said by ") + named)
        if self.section is not None:
            words.append(f"in section {self.section}")
        if self.part is not None:
            words.append(f"in the {self.part}")
        if self.topics:
            words.append("tagged " + " or ".join(self.topics))
        return " ".join(words)


class Names(Protocol):
    """What names people, topics and sections for a filter: the files in memory
    (`loaded.Loaded`) or the persistent index (`index.Index`)."""

    def people_named(self, names: Sequence[str]) -> list[Person]: ...

    def topic_names(self, topics: Sequence[str]) -> list[str]: ...

    def section_numbers(self) -> set[int]: ...


def search_filter(
    source: Names,
    record_types: Sequence[str],
    section: int | None,
    speaker: Sequence[str] | None,
    topic: Sequence[str] | None,
) -> Filter:
    """`summit search`'s filter, built alike whichever source answers the command (asked only
    where `search.filters_given`)."""
    return Filter(
        record_types=record_types,
        section=known_section(source.section_numbers(), section) if section is not None else None,
        people=source.people_named(speaker) if speaker else None,
        topics=source.topic_names(topic or []),
    )


def quotes_filter(
    source: Names,
    kinds: Sequence[str],
    speaker: Sequence[str] | None,
    topic: Sequence[str] | None,
    part: str | None,
) -> Filter:
    """`summit quotes`'s filter, built alike whichever source answers the command."""
    return Filter(
        people=source.people_named(speaker) if speaker else None,
        kinds=kinds,
        topics=source.topic_names(topic or []),
        part=part,
    )


def quotations(summits: Sequence[Summit], keep: Callable[[Searchable], bool]) -> list[Searchable]:
    """The passages of `Summit.quoted` that pass `keep`, summit by summit."""
    return [record for summit in summits for record in summit.quoted if keep(record)]
