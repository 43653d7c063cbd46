"""Score `summit draft` against hand-labelled articles: `uv run python bench/draft_score.py DIR...`.

Each folder holds pairs `NAME.txt` (an article in the layout `summit draft` reads) and
`NAME.gold.json` (every attributed statement with its speakers, every person named; the format
is in the README's draft section). A gold statement is matched to the drafted speech (a
statement, or a paragraph of the release, preamble or clause, that reports speech) whose text
contains it or is contained in it. A matched statement whose speaker set differs is a wrong
attribution; it counts as flagged when the draft's `curation.review` names its ref or quotes its
text, since a curator reads that list and nothing else tells them where to look.

Names are compared as written, so a wrong attribution may be the right people under another form
of their names: a title of address kept or dropped ("Sheikh Salim Harthy" for "Salim Harthy"),
a patronymic particle or regnal numeral left off ("Almaz Tokon" for "Almaz Tokon uulu"). Writers
of gold labels disagree on these forms, so such a wrong attribution is also counted apart
(`name_form`): where one name's words run whole inside the other's, and neither name has another
such partner in the article's people (two listed Tans are never one person).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

from summitcli.draft import draft, encode
from summitcli.errors import SummitError
from summitcli.problems import decode
from summitcli.validate import article_problems

JSON = dict[str, Any]
UNSTATED = ("$.summit.", "$.people[")
"""Where `article_problems` puts a fact or a person the article does not state: failures to
list, but no sentence dropped or altered."""
Named = Annotated[str, msgspec.Meta(min_length=1)]


class GoldStatement(msgspec.Struct, forbid_unknown_fields=True):
    text: Named
    speakers: list[Named]
    kind: Literal["direct", "reported"]


class GoldPerson(msgspec.Struct, forbid_unknown_fields=True):
    name: Named
    role: str
    speaker: bool


class Gold(msgspec.Struct, forbid_unknown_fields=True):
    """The gold format, as the README's draft section gives it: checked before any scoring, so
    that a malformed label is a message, not a traceback or a figure."""

    statements: list[GoldStatement]
    people: list[GoldPerson]


class GoldError(Exception):
    """A gold file that cannot be scored, and why."""


def read_gold(gold_path: Path) -> tuple[str, JSON]:
    """(the article's text, the gold labels) of one `NAME.gold.json`: its `NAME.txt` beside it,
    every statement's text in that article."""
    name = gold_path.name.removesuffix(".gold.json")
    article = gold_path.with_name(f"{name}.txt")
    if not article.is_file():
        raise GoldError(f"{gold_path}: no article {article.name} beside it")
    text = article.read_text(encoding="utf-8")
    try:
        labels = msgspec.json.decode(gold_path.read_bytes())
        gold = msgspec.convert(labels, Gold)
    except msgspec.DecodeError as error:  # a ValidationError too
        raise GoldError(f"{gold_path}: {error}") from None
    for number, statement in enumerate(gold.statements):
        if statement.text not in text:
            raise GoldError(
                f"{gold_path}: $.statements[{number}].text is not in {article.name}: "
                f"{statement.text[:60]!r}"
            )
    return text, labels


@dataclass
class Figures:
    """What a set of articles scored; sums over articles, so that folders can be totalled."""

    articles: int = 0
    statements: int = 0
    exact: int = 0
    flagged: int = 0
    """Gold statements whose drafted statement is in the review, right or wrong."""
    wrong: int = 0
    wrong_flagged: int = 0
    name_form: int = 0
    """Wrong attributions that give the words to the right people under another form of their
    names (counted in `wrong` too)."""
    name_form_flagged: int = 0
    missed: int = 0
    missed_in_clauses: int = 0
    """Missed statements inside a numbered clause of the release (drafted without speakers)."""
    missed_as_account: int = 0
    """Missed statements the draft keeps as an account whose subjects are the gold's speakers:
    the story's own narration of what the leaders agreed, which summit's first rule makes an
    account and many gold labels make the leaders' reported speech."""
    speakers: int = 0
    speakers_listed: int = 0
    silent: int = 0
    silent_listed: int = 0
    roles: int = 0
    roles_as_gold: int = 0
    dropped: int = 0
    review_items: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)

    def report(self) -> JSON:
        def share(part: int) -> float:
            return round(part / self.statements, 3) if self.statements else 0.0

        return asdict(self) | {
            "exact_share": share(self.exact),
            "flagged_share": share(self.flagged),
        }


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def _speech(document: JSON) -> list[tuple[str, str, set[str]]]:
    """(ref, text, speaker names) of every drafted record of speech, in document order."""
    names = {p["id"]: _norm(p["name"]) for p in document.get("people", [])}
    release = document.get("release", {})
    clauses = [c for section in release.get("sections", []) for c in section["clauses"]]
    records = [p for p in release.get("preamble", []) if p.get("speakers")]
    records += [s for s in document.get("statements", []) if s.get("kind") != "account"]
    records += [c for c in clauses if c.get("speakers")]
    return [
        (r["ref"], r["text"], {names.get(i, i) for i in r.get("speakers", [])}) for r in records
    ]


def _accounts(document: JSON) -> list[tuple[str, set[str]]]:
    """(text, subject names) of every drafted account."""
    names = {p["id"]: _norm(p["name"]) for p in document.get("people", [])}
    return [
        (s["text"], {names.get(i, i) for i in s.get("subjects", [])})
        for s in document.get("statements", [])
        if s.get("kind") == "account"
    ]


def _within(short: list[str], long: list[str]) -> bool:
    return any(long[start : start + len(short)] == short for start in range(len(long)))


def name_forms(drafted: list[str], gold: list[str]) -> dict[str, str]:
    """Each drafted name that is one gold person's name in another form, with that name: one's
    words run whole inside the other's, and neither has a second such partner."""

    def one_form(one: str, other: str) -> bool:
        a, b = _norm(one).split(), _norm(other).split()
        return _within(a, b) or _within(b, a)

    partners = {name: [g for g in gold if one_form(name, g)] for name in drafted}
    return {
        name: found[0]
        for name, found in partners.items()
        if len(found) == 1 and sum(one_form(d, found[0]) for d in drafted) == 1
    }


def _flagged(ref: str, texts: list[str], review: list[str]) -> bool:
    named = re.compile(rf"\b{re.escape(ref)}\b")
    return any(named.search(item) or any(t and t in item for t in texts) for item in review)


def score_document(document: JSON, text: str, gold: JSON, name: str) -> Figures:
    """The figures of one drafted article against its gold labels."""
    figures = Figures(articles=1)
    speech, accounts = _speech(document), _accounts(document)
    review = list(document.get("curation", {}).get("review", []))
    figures.review_items = len(review)
    sections = document.get("release", {}).get("sections", [])
    clauses = [clause["text"] for section in sections for clause in section["clauses"]]
    forms = name_forms(
        [_norm(p["name"]) for p in document.get("people", [])],
        [_norm(p["name"]) for p in gold["people"]],
    )
    for wanted in gold["statements"]:
        figures.statements += 1
        gold_text, speakers = wanted["text"], {_norm(s) for s in wanted["speakers"]}
        found = [s for s in speech if gold_text in s[1]] or [s for s in speech if s[1] in gold_text]
        if not found:
            in_clause = any(gold_text in clause for clause in clauses)
            as_account = any(gold_text in t and names == speakers for t, names in accounts)
            figures.missed += 1
            figures.missed_in_clauses += in_clause
            figures.missed_as_account += as_account
            where = " (in a numbered clause)" if in_clause else ""
            where += " (an account of its speakers)" if as_account else ""
            figures.failures.append(f"{name}: missed {gold_text!r}{where}")
            continue
        ref, drafted_text, drafted_speakers = found[0]
        flagged = _flagged(ref, [gold_text, drafted_text[:40]], review)
        figures.flagged += flagged
        if drafted_speakers == speakers:
            figures.exact += 1
            continue
        figures.wrong += 1
        figures.wrong_flagged += flagged
        name_form = {forms.get(d, d) for d in drafted_speakers} == speakers
        figures.name_form += name_form
        figures.name_form_flagged += name_form and flagged
        mark = ("flagged" if flagged else "UNFLAGGED") + (", name form" if name_form else "")
        figures.failures.append(
            f"{name}: {ref} {gold_text!r} to {sorted(drafted_speakers)}, "
            f"not {sorted(speakers)} ({mark})"
        )
    people = {_norm(p["name"]): p for p in document.get("people", [])}
    for person in gold["people"]:
        drafted = people.get(_norm(person["name"]))
        if person["speaker"]:
            figures.speakers += 1
            figures.speakers_listed += bool(drafted and drafted["speaker"])
        else:
            figures.silent += 1
            figures.silent_listed += bool(drafted and not drafted["speaker"])
        if drafted is None or drafted["speaker"] != person["speaker"]:
            figures.failures.append(f"{name}: person {person['name']} not listed as in the gold")
        figures.roles += 1
        if drafted and _norm(drafted["role"]) == _norm(person["role"]):
            figures.roles_as_gold += 1
        elif drafted:
            figures.failures.append(
                f"{name}: role of {person['name']} is {drafted['role']!r}, not {person['role']!r}"
            )
    problems = article_problems(decode(msgspec.json.encode(document)), name, text)
    figures.dropped = sum(not where.startswith(UNSTATED) for where, _ in problems)
    figures.failures += [f"{name}: {where or '$'}: {message}" for where, message in problems]
    return figures


def score_folder(folder: Path) -> Figures:
    figures = Figures()
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        text, gold = read_gold(gold_path)
        try:
            drafted = draft(text, f"{name}.txt")
        except SummitError as error:
            figures.add(Figures(articles=1, statements=len(gold["statements"])))
            figures.failures.append(f"{name}: draft refused it: {error}")
            continue
        document = msgspec.json.decode(encode(drafted))
        figures.add(score_document(document, text, gold, name))
    return figures


def score_folders(folders: list[Path], jobs: int) -> list[Figures]:
    """Each folder's figures, in the order given; in `jobs` processes at once, for a round
    scores some 250 sets after every change and the machine has cores to spare."""
    if jobs <= 1:
        return [score_folder(folder) for folder in folders]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(score_folder, folders))


def _describe(folder: str, f: Figures) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} ({part / whole:.0%})" if whole else "0/0"

    return "\n".join([
        f"{folder}: {f.articles} articles, {f.statements} gold statements",
        f"  exact speaker set   {share(f.exact, f.statements)}",
        f"  flagged for review  {share(f.flagged, f.statements)}",
        f"  wrong attributions  {f.wrong}, flagged {f.wrong_flagged}, "
        f"unflagged {f.wrong - f.wrong_flagged}",
        f"    the right people under another form of their names: {f.name_form}, "
        f"unflagged {f.name_form - f.name_form_flagged}",
        f"  missed              {f.missed}, of them in numbered clauses {f.missed_in_clauses}, "
        f"accounts of their speakers {f.missed_as_account}",
        f"  speakers in people  {share(f.speakers_listed, f.speakers)} with speaker true",
        f"  silent in people    {share(f.silent_listed, f.silent)} with speaker false",
        f"  roles as the gold   {share(f.roles_as_gold, f.roles)}",
        f"  dropped or altered  {f.dropped}",
        f"  review items        {f.review_items}",
        *(f"  - {failure}" for failure in f.failures),
    ])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--jobs", type=int, default=1, help="score the folders in this many processes at once"
    )
    arguments = parser.parse_args(argv)
    for folder in arguments.folders:
        if not folder.is_dir():
            print(f"draft_score: {folder} is not a folder", file=sys.stderr)
            return 2
    try:
        scored = score_folders(arguments.folders, arguments.jobs)
    except GoldError as error:
        print(f"draft_score: {error}", file=sys.stderr)
        return 2
    results = {
        str(folder): figures for folder, figures in zip(arguments.folders, scored, strict=True)
    }
    if arguments.json:
        print(json.dumps({name: f.report() for name, f in results.items()}, indent=2))
    else:
        print("\n\n".join(_describe(name, f) for name, f in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
