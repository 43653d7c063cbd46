"""What a type cannot say about summit files: every id and ref is unique, every ref, person,
meeting and topic a record cites exists, and `speaker` is true of exactly the people whose words
a statement or release passage gives. The loader asks on every call and `summit validate` asks
too, so both refuse the same files.

Each check first asks with sets whether anything is wrong, and only then builds the JSON paths of
the culprits: the query commands pay for the answer, not for the explanation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .model import TITLE_REF, Summit

Problem = tuple[str, str]
"""(JSON path, message)."""


def problems(summit: Summit) -> list[Problem]:
    """Every broken link in one summit."""
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
    clauses = [clause for section in release.sections for clause in section.clauses]
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
    speaking = set().union(
        *[statement.speakers for statement in statements],
        *[reported.speakers for reported in summit.paragraphs],
    )
    named = speaking.union(*[statement.subjects for statement in statements])
    settings = {s.curation.setting.meeting for s in statements if s.curation.setting}
    if not (people.issuperset(named) and meetings.issuperset(settings)):
        found += _missing_people_and_meetings(summit, people, meetings)
    if speaking != {person.id for person in summit.people if person.speaker}:
        found += _speaker_flags(summit, speaking)
    for i, statement in enumerate(statements):
        speech = statement.kind != "account"
        if speech and not statement.speakers:
            found.append(
                (f"$.statements[{i}].speakers", "direct or reported speech needs a speaker")
            )
        if not speech and (statement.speakers or not statement.subjects):
            message = "an account is the article's words: it has subjects, never speakers"
            found.append((f"$.statements[{i}]", message))
    cited = set().union(*[o.refs for o in extra.outcomes], *[e.refs for e in extra.timeline])
    if not known.issuperset(cited):
        citing = [(f"outcomes[{i}].signed", o.signed) for i, o in enumerate(extra.outcomes)]
        citing += [(f"outcomes[{i}].echoes", o.echoes) for i, o in enumerate(extra.outcomes)]
        citing += [(f"timeline[{i}].refs", e.refs) for i, e in enumerate(extra.timeline)]
        for where, cites in citing:
            for ref in cites:
                if ref not in known:
                    found.append((f"$.curation.{where}", f"cites {ref!r}, which no record has"))
    tag_lists = summit.tag_lists
    if not extra.topics.keys() >= set().union(*tag_lists):
        for where, topics in zip(_tag_paths(summit), tag_lists, strict=True):
            for topic in topics:
                if topic not in extra.topics:
                    found.append((where, f"topic {topic!r} is not in $.curation.topics"))
    return found


def _speaker_flags(summit: Summit, speaking: set[str]) -> list[Problem]:
    """`speaker` says whether a person speaks: a hand edit that gives a silent former leader a
    quotation, or takes a speaker's last one away, leaves the flag saying the opposite, and
    `info` and `speakers` would then disagree about who spoke (new user 34)."""
    found = []
    for i, person in enumerate(summit.people):
        where = f"$.people[{i}].speaker"
        if person.speaker and person.id not in speaking:
            found.append((where, "speaker is true, but no statement or release passage is theirs"))
        elif not person.speaker and person.id in speaking:
            theirs = ", ".join(
                r.ref for r in (*summit.statements, *summit.paragraphs) if person.id in r.speakers
            )
            found.append((where, f"speaker is false, but their words are in {theirs}"))
    return found


def _missing_people_and_meetings(
    summit: Summit, people: set[str], meetings: set[str]
) -> list[Problem]:
    found = []
    named = [
        (f"$.release.preamble[{i}].speakers", p.speakers) for i, p in enumerate(summit.preamble)
    ]
    named += [
        (f"$.release.sections[{i}].clauses[{j}].speakers", clause.speakers)
        for i, section in enumerate(summit.sections)
        for j, clause in enumerate(section.clauses)
    ]
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


def corpus_problems(summits: Sequence[Summit]) -> list[tuple[str, str, str]]:
    """(file, JSON path, message) for every summit id that an earlier file already uses."""
    first: dict[str, Summit] = {}
    found = []
    for summit in summits:
        if summit.id in first:
            found.append((summit.path, "$.id", id_used_twice(summit.id, first[summit.id].path)))
        first.setdefault(summit.id, summit)
    return found


def id_used_twice(summit_id: str, first: str) -> str:
    """Said where a corpus refuses a second file with one id, and how to mend it: two drafts of
    one joint statement, from two articles, share their id (a new user's folder)."""
    return (
        f'summit id {summit_id!r} is also used by {first}; give one of them another "id" '
        "(two drafts of one document share theirs)"
    )


def _unique(
    found: list[Problem], kind: str, values: list[str], paths: Callable[[], list[str]]
) -> set[str]:
    """The values as a set, noting each one used twice (`paths` gives their JSON paths)."""
    distinct = set(values)
    if len(distinct) < len(values):
        seen: set[str] = set()
        for value, where in zip(values, paths(), strict=True):
            if value in seen:
                found.append((where, f"{kind} {value!r} is used twice"))
            seen.add(value)
    return distinct


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
