"""Varied synthetic summit corpora, for the benchmark and the cache's parity test.

Copies of one file with shuffled words would hide what a real archive varies: how many people
speak, how long passages are, which curated keywords, notes and topics they carry. Each summit
here draws its own people (some shared across summits, as leaders meet again), its own number
of sections, clauses, statements and narration, passages from a few words to long paragraphs,
and its own topic vocabulary. The same seed always gives the same corpus.

Run `uv run python bench/corpus.py DIR COUNT [SEED]` to write one (`--help` says how).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

COMMON = [
    "the",
    "two",
    "leaders",
    "agreed",
    "to",
    "cooperate",
    "on",
    "trade",
    "security",
    "energy",
    "climate",
    "exchanges",
    "youth",
    "culture",
    "tourism",
    "supply",
    "chains",
    "semiconductors",
    "defence",
    "regional",
    "peace",
    "stability",
    "dialogue",
    "future",
    "partnership",
    "investment",
    "technology",
    "research",
    "students",
    "visas",
    "fisheries",
    "agriculture",
    "health",
    "pandemic",
    "disaster",
    "relief",
    "abductions",
    "missiles",
    "nuclear",
    "sanctions",
    "economic",
    "industrial",
    "growth",
    "innovation",
    "artificial",
    "intelligence",
    "shipping",
    "ports",
    "railways",
    "aviation",
    "space",
    "ocean",
    "water",
    "forests",
    "carbon",
    "emissions",
    "renewable",
    "grid",
    "storage",
    "batteries",
    "minerals",
    "finance",
    "currency",
    "markets",
    "digital",
    "data",
    "privacy",
    "cyber",
    "crime",
    "migration",
    "labour",
    "workers",
    "women",
    "aging",
    "birth",
    "rates",
    "population",
    "decline",
    "regional",
    "revitalization",
    "capital",
    "history",
    "memory",
    "reconciliation",
    "apology",
    "victims",
    "families",
    "memorial",
    "heritage",
    "sports",
    "games",
    "olympics",
    "music",
    "films",
    "language",
    "schools",
    "universities",
    "scholarships",
]
FILLER = [
    "and",
    "of",
    "in",
    "to",
    "for",
    "with",
    "on",
    "at",
    "by",
    "from",
    "that",
    "which",
    "as",
    "also",
    "both",
    "further",
    "more",
    "each",
    "will",
    "would",
    "should",
    "could",
    "its",
    "their",
    "our",
    "this",
    "these",
    "those",
    "a",
    "an",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
]
SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "ne",
    "su",
    "ta",
    "li",
    "vo",
    "ha",
    "ze",
    "do",
    "pu",
    "ri",
    "an",
    "el",
    "or",
    "ud",
    "ik",
]
GIVEN = [
    "Shigeru",
    "Jae-myung",
    "Anna",
    "Ravi",
    "Maria",
    "Kenji",
    "Amara",
    "Lars",
    "Sofia",
    "Omar",
    "Ines",
    "Tomas",
    "Mei",
]
FAMILY = [
    "Lee",
    "Okafor",
    "Patel",
    "Silva",
    "Tanaka",
    "Nguyen",
    "Berg",
    "Haddad",
    "Costa",
    "Novak",
    "Kim",
    "Chen",
]
ROLES = (
    "President of {c}",
    "Prime Minister of {c}",
    "Foreign Minister of {c}",
    "Chancellor of {c}",
    "Former President",
)
COUNTRIES = [
    "Japan",
    "South Korea",
    "Brazil",
    "India",
    "Canada",
    "Kenya",
    "Norway",
    "Chile",
    "Vietnam",
    "Egypt",
]
TOPICS = [
    "economy",
    "security",
    "energy",
    "climate",
    "exchanges",
    "history",
    "culture",
    "health",
    "technology",
    "migration",
    "north-korea",
    "trade",
    "youth",
    "diplomacy",
    "space",
    "ocean",
]


def _leaders(count: int) -> list[tuple[str, str, str]]:
    """The leaders who meet again and again across an archive: Ishiba and `count - 1` others,
    each with a role and country of their own, the same for every corpus."""
    rng = random.Random(0)
    found = [("Shigeru Ishiba", "Prime Minister of Japan", "Japan")]
    while len(found) < count:
        country = rng.choice(COUNTRIES)
        person = (f"{rng.choice(GIVEN)} {_surname(rng)}", rng.choice(ROLES[:4]).format(c=country))
        if person[0] not in {name for name, _, _ in found}:
            found.append((*person, country))
    return found


def _surname(rng: random.Random) -> str:
    """A family name: one of a few common ones, or one made of syllables (an archive names
    thousands of people, so a surname such as Ishiba is not everyone's)."""
    if rng.random() < 0.3:
        return rng.choice(FAMILY)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _word(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(COMMON)
    if roll < 0.8:
        return rng.choice(FILLER)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [_word(rng) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.005:  # a rare subject, as in a real archive
        at = rng.randrange(len(words))
        words[at : at + 1] = rng.choice((["hydrogen", "energy"], ["hydrogen"], ["Hydrogen's"]))
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), rng.choice(["Korea-Japan", "U.S.", "AI", "2025"]))
    text = " ".join(words)
    if rng.random() < 0.1:
        text += ", " + rng.choice(["“as agreed”", "(in part)", "— said so —", "naïve café"])
    return text[0].upper() + text[1:] + "."


def _text(rng: random.Random) -> str:
    """From a short line to a long paragraph: one to six sentences of 3 to 40 words."""
    return " ".join(_sentence(rng, 3, rng.choice((8, 20, 40))) for _ in range(rng.randint(1, 6)))


def _curation(rng: random.Random, topics: list[str]) -> dict[str, Any]:
    curation: dict[str, Any] = {}
    if topics and rng.random() < 0.6:
        curation["topics"] = rng.sample(topics, rng.randint(1, min(2, len(topics))))
    if rng.random() < 0.25:
        curation["keywords"] = [rng.choice(COMMON) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.15:
        curation["notes"] = ["Inferred: " + _sentence(rng, 4, 12)]
    return curation


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if value not in ({}, [], None)}


LEADERS = _leaders(40)


def summit(index: int, rng: random.Random) -> dict[str, Any]:
    """One summit file's content, valid for `summit validate`."""
    paragraph = iter(range(1, 10_000))
    topics = rng.sample(TOPICS, rng.randint(0, 8))
    people: list[dict[str, Any]] = []
    # Each of the two leaders is one who meets often, half the time: Ishiba leads about one
    # summit in forty, as a prime minister of a year would in an archive of decades.
    shared = [leader for leader in rng.sample(LEADERS, 2) if rng.random() < 0.5]
    for _ in range(rng.randint(2, 5) - len(shared)):
        country = rng.choice(COUNTRIES)
        name = f"{rng.choice(GIVEN)} {_surname(rng)}"
        shared.append((name, rng.choice(ROLES).format(c=country), country))
    for number, (name, role, country) in enumerate(dict.fromkeys(shared)):
        person_id = f"{name.lower().replace(' ', '-')}-{number}"
        aliases = [name.split()[-1]] if rng.random() < 0.7 else []
        people.append(
            _clean(
                {
                    "id": person_id,
                    "name": name,
                    "role": role,
                    "country": country if rng.random() < 0.8 else None,
                    "speaker": number < 2 or rng.random() < 0.5,
                    "provenance": {"part": "article", "paragraph": 1},
                    "curation": _clean({"aliases": aliases}),
                }
            )
        )
    speakers = [p["id"] for p in people if p["speaker"]]
    meetings = [
        {
            "id": f"meeting-{m}",
            "name": f"{rng.choice(['small', 'expanded', 'working'])} meeting",
            "provenance": {"part": "article", "paragraph": 1},
        }
        for m in range(rng.randint(0, 2))
    ]
    release_paragraph = next(paragraph)
    preamble = []
    for p in range(rng.randint(1, 4)):
        record = {
            "ref": f"P{p + 1}",
            "text": _text(rng),
            "provenance": {"part": "release", "paragraph": next(paragraph)},
            "curation": _curation(rng, topics),
        }
        if rng.random() < 0.2:
            record["speakers"] = [rng.choice(speakers)]
        preamble.append(_clean(record))
    sections = []
    for s in range(rng.randint(1, 6)):
        section_paragraph = next(paragraph)
        clauses = [
            _clean(
                {
                    "ref": f"{s + 1}.{c + 1}",
                    "text": _text(rng),
                    "provenance": {"part": "release", "paragraph": next(paragraph)},
                    "curation": _curation(rng, topics),
                }
            )
            for c in range(rng.randint(1, 5))
        ]
        sections.append(
            _clean(
                {
                    "number": s + 1,
                    "title": _sentence(rng, 2, 6).rstrip("."),
                    "provenance": {"part": "release", "paragraph": section_paragraph},
                    "clauses": clauses,
                    "curation": _curation(rng, topics),
                }
            )
        )
    statements = []
    for n in range(rng.randint(1, 20)):
        kind = rng.choice(("direct", "direct", "reported", "account"))
        statement: dict[str, Any] = {
            "ref": f"S{n + 1}",
            "kind": kind,
            "text": _text(rng),
            "provenance": {"part": "article", "paragraph": next(paragraph)},
        }
        curation = _curation(rng, topics)
        if kind == "account":
            statement["subjects"] = rng.sample(speakers, min(2, len(speakers)))
        else:
            statement["speakers"] = rng.sample(speakers, 2 if rng.random() < 0.1 else 1)
            if rng.random() < 0.5:
                statement["attribution"] = f"{people[0]['name']} stated,"
            if meetings and rng.random() < 0.3:
                curation["setting"] = {
                    "meeting": rng.choice(meetings)["id"],
                    "basis": "Inferred from the order of the article.",
                }
        statement["curation"] = _clean(curation)
        statements.append(_clean(statement))
    narration = [
        _clean(
            {
                "ref": f"N{n + 1}",
                "kind": rng.choice(("narration", "caption", "heading", "note")),
                "text": _text(rng),
                "provenance": {"part": "article", "paragraph": next(paragraph)},
                "curation": _curation(rng, topics),
            }
        )
        for n in range(rng.randint(0, 5))
    ]
    speaking = {i for record in (*preamble, *statements) for i in record.get("speakers", ())}
    for person in people:  # the loader holds the flag to the words: a drawn speaker may say none
        person["speaker"] = person["id"] in speaking
    rng.shuffle(statements)  # the file's order is not the paragraphs' order
    clause_refs = [c["ref"] for s in sections for c in s["clauses"]]
    outcomes = [
        _clean(
            {
                "ref": f"O{o + 1}",
                "title": _sentence(rng, 4, 12),
                "signed": rng.sample(clause_refs, 1),
                "echoes": [rng.choice(statements)["ref"]] if rng.random() < 0.5 else [],
                "not_signed": _sentence(rng, 3, 8) if rng.random() < 0.2 else None,
                "topics": rng.sample(topics, 1) if topics else [],
            }
        )
        for o in range(rng.randint(0, 4))
    ]
    year = rng.randint(1990, 2025)
    timeline = [
        _clean(
            {
                "date": rng.choice(
                    (
                        f"{year - e}",
                        f"{year}-{rng.randint(1, 12):02}",
                        f"{year}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
                    )
                ),
                "event": _sentence(rng, 3, 10),
                "refs": [rng.choice(clause_refs)],
                "provenance": {"part": "article", "paragraph": 1},
                "inferred": "From the article's tense." if rng.random() < 0.2 else None,
            }
        )
        for e in range(rng.randint(0, 3))
    ]
    host = rng.choice(COUNTRIES)
    return {
        "format": 1,
        "id": f"summit-{index:05}",
        "summit": {
            "title": f"{host}-{rng.choice(COUNTRIES)} summit {index}",
            "date": f"{year}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}",
            "city": rng.choice(("Tokyo", "Seoul", "Brasilia", "Delhi", "Oslo", "Nairobi")),
            "country": host,
            "venue": "the official residence",
            "visit": rng.choice(("working visit", "state visit")),
            "provenance": {"part": "release", "paragraph": release_paragraph},
        },
        "people": people,
        "meetings": meetings,
        "release": {
            "title": f"Joint press release {index}: " + _sentence(rng, 2, 5),
            "provenance": {"part": "release", "paragraph": release_paragraph},
            "preamble": preamble,
            "sections": sections,
        },
        "statements": statements,
        "narration": narration,
        "curation": _clean(
            {
                "topics": {topic: f"Passages on {topic}." for topic in topics},
                "outcomes": outcomes,
                "timeline": timeline,
            }
        ),
    }


def write(directory: Path, count: int, seed: int = 20) -> Path:
    """Write `count` summit files into `directory` (made if missing); returns it."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        content = json.dumps(summit(index, rng), ensure_ascii=False, indent=1)
        (directory / f"{index:05}.json").write_text(content, encoding="utf-8")
    return directory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="where to write the files (made if missing)")
    parser.add_argument("count", type=int, help="how many summit files")
    parser.add_argument(
        "seed", type=int, nargs="?", default=20, help="the same seed, the same corpus"
    )
    arguments = parser.parse_args(argv)
    write(arguments.directory, arguments.count, arguments.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
