"""What is wrong with a summit whose links `links.is_sound` found broken, and where: each
problem with its JSON path. Loaded only for a broken file, so that building paths costs the query
commands nothing."""

from __future__ import annotations

from collections.abc import Callable

from .links import Problem
from .model import TITLE_REF, Clause, Preamble, Summit


def problems(summit: Summit) -> list[Problem]:
    """Every broken link in one summit, in the order of the checks."""
    found: list[Problem] = []
    release, extra, statements = summit.release, summit.curation, summit.statements
    people = _unique(
        found,
        "person id",
        [person.id for person in summit.people],
        lambda: [f"$.people[{i}].id" for i in range(len(summit.people))],
    )
    meetings = _unique(
        found,
        "meeting id",
        [meeting.id for meeting in summit.meetings],
        lambda: [f"$.meetings[{i}].id" for i in range(len(summit.meetings))],
    )
    clauses = summit.clauses
    refs = [TITLE_REF, *(preamble.ref for preamble in release.preamble)]
    refs += [section.ref for section in release.sections]
    refs += [clause.ref for clause in clauses]
    refs += [statement.ref for statement in statements]
    refs += [narration.ref for narration in summit.narration]
    refs += [outcome.ref for outcome in extra.outcomes]
    known = _unique(found, "ref", refs, lambda: _ref_paths(summit))
    for i, section in enumerate(release.sections):
        prefix = f"{section.number}."
        for j, clause in enumerate(section.clauses):
            if not clause.ref.startswith(prefix):
                where = f"$.release.sections[{i}].clauses[{j}].ref"
                found.append((where, f"expected a clause ref of the form {section.number}.N"))
    found += _listed_twice(summit)
    found += _missing_people_and_meetings(summit, people, meetings)
    found += _speaker_flags(summit)
    found += _speech_and_accounts(summit)
    found += _outcome_links(summit, known)
    found += _cited_nowhere(summit, known)
    found += _untagged(summit)
    return found


def _unique(
    found: list[Problem], kind: str, values: list[str], paths: Callable[[], list[str]]
) -> set[str]:
    """The values as a set, noting each one used twice (`paths` gives their JSON paths)."""
    seen: set[str] = set()
    for value, where in zip(values, paths(), strict=True):
        if value in seen:
            found.append((where, f"{kind} {value!r} is used twice"))
        seen.add(value)
    return seen


def _listed_twice(summit: Summit) -> list[Problem]:
    """A speaker listed twice is shown twice ("Valdis Ozols & Valdis Ozols") and counted as a
    joint statement with himself (new user 52)."""
    lists = [(f"$.statements[{i}].speakers", s.speakers) for i, s in enumerate(summit.statements)]
    lists += [(f"{where}.speakers", p.speakers) for where, p in _passages(summit)]
    return [
        (f"{where}[{j}]", f"person {person!r} is listed twice")
        for where, ids in lists
        for j, person in enumerate(ids)
        if person in ids[:j]
    ]


def _missing_people_and_meetings(
    summit: Summit, people: set[str], meetings: set[str]
) -> list[Problem]:
    found = []
    named = [(f"{where}.speakers", passage.speakers) for where, passage in _passages(summit)]
    for i, statement in enumerate(summit.statements):
        named += [(f"$.statements[{i}].speakers", statement.speakers)]
        named += [(f"$.statements[{i}].subjects", statement.subjects)]
        setting = statement.curation.setting
        if setting is not None and setting.meeting not in meetings:
            where = f"$.statements[{i}].curation.setting.meeting"
            found.append((where, f"no meeting has the id {setting.meeting!r}"))
    for where, ids in named:
        for j, person in enumerate(ids):
            if person not in people:
                found.append((f"{where}[{j}]", f"no person has the id {person!r}"))
    return found


def _speaker_flags(summit: Summit) -> list[Problem]:
    """`speaker` says whether a person speaks: a hand edit that gives a silent former leader a
    quotation, or takes a speaker's last one away, leaves the flag saying the opposite, and
    `info` and `speakers` would then disagree about who spoke (new user 34)."""
    records = (*summit.statements, *summit.paragraphs)
    speaking = set().union(*[record.speakers for record in records])
    found = []
    for i, person in enumerate(summit.people):
        where = f"$.people[{i}].speaker"
        if person.speaker and person.id not in speaking:
            found.append((where, "speaker is true, but no statement or release passage is theirs"))
        elif not person.speaker and person.id in speaking:
            theirs = ", ".join(r.ref for r in records if person.id in r.speakers)
            found.append((where, f"speaker is false, but their words are in {theirs}"))
    return found


def _speech_and_accounts(summit: Summit) -> list[Problem]:
    """Speech is someone's words, so it has speakers; an account is the article's, so it has
    subjects and never speakers (shown "about X", which speech never is)."""
    found = []
    for i, statement in enumerate(summit.statements):
        if statement.kind == "account":
            if statement.speakers or not statement.subjects:
                message = "an account is the article's words: it has subjects, never speakers"
                found.append((f"$.statements[{i}]", message))
            continue
        if not statement.speakers:
            message = "direct or reported speech needs a speaker"
            found.append((f"$.statements[{i}].speakers", message))
        if statement.subjects:
            message = "subjects are an account's: speech has speakers"
            found.append((f"$.statements[{i}].subjects", message))
    return found


def _outcome_links(summit: Summit, known: set[str]) -> list[Problem]:
    """An outcome "signed" in a quotation passed for a commitment the release signs, and a clause
    among its "echoes" for something said (new user 52). A ref no record has is said so once,
    by `_cited_nowhere`."""
    signable = {passage.ref for passage in summit.paragraphs}
    said = {statement.ref for statement in summit.statements}
    found = []
    for i, outcome in enumerate(summit.outcomes):
        where = f"$.curation.outcomes[{i}]"
        for ref in outcome.signed:
            if ref in known and ref not in signable:
                message = f"cites {ref!r}, which is no preamble paragraph or clause"
                found.append((f"{where}.signed", message))
        for ref in outcome.echoes:
            if ref in known and ref not in said:
                found.append((f"{where}.echoes", f"cites {ref!r}, which is not a statement"))
    return found


def _cited_nowhere(summit: Summit, known: set[str]) -> list[Problem]:
    outcomes, timeline = summit.outcomes, summit.timeline
    citing = [(f"outcomes[{i}].signed", o.signed) for i, o in enumerate(outcomes)]
    citing += [(f"outcomes[{i}].echoes", o.echoes) for i, o in enumerate(outcomes)]
    citing += [(f"timeline[{i}].refs", e.refs) for i, e in enumerate(timeline)]
    return [
        (f"$.curation.{where}", f"cites {ref!r}, which no record has")
        for where, cites in citing
        for ref in cites
        if ref not in known
    ]


def _untagged(summit: Summit) -> list[Problem]:
    topics = summit.curation.topics
    return [
        (where, f"topic {topic!r} is not in $.curation.topics")
        for where, tags in zip(_tag_paths(summit), summit.tag_lists, strict=True)
        for topic in tags
        if topic not in topics
    ]


def _passages(summit: Summit) -> list[tuple[str, Preamble | Clause]]:
    """The release's preamble paragraphs and clauses, each with its JSON path."""
    found: list[tuple[str, Preamble | Clause]] = [
        (f"$.release.preamble[{i}]", p) for i, p in enumerate(summit.preamble)
    ]
    found += [
        (f"$.release.sections[{i}].clauses[{j}]", clause)
        for i, section in enumerate(summit.sections)
        for j, clause in enumerate(section.clauses)
    ]
    return found


def _ref_paths(summit: Summit) -> list[str]:
    """The JSON path of every ref, in the order `problems` lists the refs."""
    sections = summit.sections
    return [
        "$.release.title",
        *(f"$.release.preamble[{i}].ref" for i in range(len(summit.preamble))),
        *(f"$.release.sections[{i}].number" for i in range(len(sections))),
        *(
            f"$.release.sections[{i}].clauses[{j}].ref"
            for i, section in enumerate(sections)
            for j in range(len(section.clauses))
        ),
        *(f"$.statements[{i}].ref" for i in range(len(summit.statements))),
        *(f"$.narration[{i}].ref" for i in range(len(summit.narration))),
        *(f"$.curation.outcomes[{i}].ref" for i in range(len(summit.outcomes))),
    ]


def _tag_paths(summit: Summit) -> list[str]:
    """The JSON path of every record in `Summit.tag_lists`, in its order."""
    return [
        *(f"$.release.preamble[{i}]" for i in range(len(summit.preamble))),
        *(
            f"$.release.sections[{i}].clauses[{j}]"
            for i, section in enumerate(summit.sections)
            for j in range(len(section.clauses))
        ),
        *(f"$.statements[{i}]" for i in range(len(summit.statements))),
        *(f"$.narration[{i}]" for i in range(len(summit.narration))),
        *(f"$.release.sections[{i}]" for i in range(len(summit.sections))),
        *(f"$.curation.outcomes[{i}]" for i in range(len(summit.outcomes))),
    ]
