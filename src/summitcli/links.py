"""What a type cannot say about summit files: every id and ref is unique, every ref, person,
meeting and topic a record cites exists and is of the kind that cites it, and `speaker` is true
of exactly the people whose words a statement or release passage gives. The loader asks on every
call and `summit validate` asks too, so both refuse the same files.

This module only asks, with sets, whether anything is wrong; where something is, `culprits.py`
says what and where (the JSON paths), so that the query commands, whose files are sound, pay for
the answer and never load the explanation.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from .model import TITLE_REF, Summit

Problem = tuple[str, str]
"""(JSON path, message)."""


def problems(summit: Summit) -> list[Problem]:
    """Every broken link in one summit."""
    if is_sound(summit):
        return []
    from . import culprits

    return culprits.problems(summit)


def is_sound(summit: Summit) -> bool:
    """Whether no link is broken: each test is the cheapest that can fail for each problem
    `culprits.problems` explains."""
    release, extra, statements = summit.release, summit.curation, summit.statements
    people = [person.id for person in summit.people]
    meetings = [meeting.id for meeting in summit.meetings]
    clauses = [clause for section in release.sections for clause in section.clauses]
    preamble_refs = [preamble.ref for preamble in release.preamble]
    clause_refs = [clause.ref for clause in clauses]
    said = [statement.ref for statement in statements]
    refs = [TITLE_REF, *preamble_refs, *(section.ref for section in release.sections)]
    refs += [*clause_refs, *said, *(narration.ref for narration in summit.narration)]
    refs += [outcome.ref for outcome in extra.outcomes]
    known = set(refs)
    if len(known) < len(refs) or len(set(people)) < len(people):
        return False
    if len(set(meetings)) < len(meetings):
        return False
    for section in release.sections:
        prefix = f"{section.number}."
        if not all(clause.ref.startswith(prefix) for clause in section.clauses):
            return False
    listed = [statement.speakers for statement in statements]
    listed += [preamble.speakers for preamble in release.preamble]
    listed += [clause.speakers for clause in clauses]
    if any(len(set(ids)) < len(ids) for ids in listed if len(ids) > 1):
        return False
    speaking = set().union(*listed)
    named = speaking.union(*[statement.subjects for statement in statements])
    settings = {s.curation.setting.meeting for s in statements if s.curation.setting}
    if not (named.issubset(people) and settings.issubset(meetings)):
        return False
    if speaking != {person.id for person in summit.people if person.speaker}:
        return False
    for statement in statements:
        account = statement.kind == "account"
        if bool(statement.speakers) == account or bool(statement.subjects) != account:
            return False
    signed = set().union(*[outcome.signed for outcome in extra.outcomes])
    echoes = set().union(*[outcome.echoes for outcome in extra.outcomes])
    cited = signed.union(echoes, *[event.refs for event in extra.timeline])
    signable = {*preamble_refs, *clause_refs}
    if not (cited.issubset(known) and signed.issubset(signable) and echoes.issubset(said)):
        return False
    return extra.topics.keys() >= set().union(*summit.tag_lists)


def corpus_problems(summits: Sequence[Summit]) -> list[tuple[str, str, str]]:
    """(file, JSON path, message) for every summit id that an earlier file already uses."""
    first: dict[str, Summit] = {}
    found = []
    for summit in summits:
        if summit.id in first:
            found.append(id_used_twice(summit.id, first[summit.id].path, summit.path))
        first.setdefault(summit.id, summit)
    return found


def id_used_twice(summit_id: str, first: str, second: str) -> tuple[str, str, str]:
    """(the file to mend, the JSON path to mend, what to say) where a corpus refuses a second
    file with one id: two
    drafts of one joint statement, from two articles, share their id (a new user's folder); a
    link to a file beside it is that file again, whose id no edit can make another (new user
    53), and it is the link that goes, whichever of the two the folder reads first (named
    "0.json", a link was read first, and the file was said to be the link: new user 59)."""
    try:
        same = os.path.samefile(first, second)  # noqa: PTH121 (paths as strings, as said)
    except OSError:
        same = False
    if same:
        link, file = (first, second) if os.path.islink(first) else (second, first)  # noqa: PTH114
        return (  # a link is no field to mend: no JSON path (new user 65 read "at $.id")
            link,
            "",
            f"{link} is a link to {file}: the folder reads that file twice; remove the link",
        )
    return (
        second,
        "$.id",
        (
            f'summit id {summit_id!r} is also used by {first}; give one of them another "id" '
            "(two drafts of one document share theirs)"
        ),
    )
