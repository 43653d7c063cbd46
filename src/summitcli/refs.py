"""Find records by ref, as people type refs, and cite them.

A failure is a `NotFoundError` that names what was asked and suggests refs that exist.
"""

import re
from collections.abc import Sequence

from .errors import NotFoundError
from .model import (
    Citable,
    Citation,
    Clause,
    DocumentTitle,
    Narration,
    Outcome,
    Preamble,
    Section,
    Statement,
    Summit,
)
from .text import did_you_mean

RELEASE_NOTATION = re.compile(r"(\d+)\s*\(\s*(\d+)\s*\)")


def normalise_ref(ref: str) -> str:
    """Accept refs as people type them: `p1` is P1, the release's own `2(1)` is clause 2.1."""
    ref = ref.strip()
    release = RELEASE_NOTATION.fullmatch(ref)
    if release:
        return f"{int(release.group(1))}.{int(release.group(2))}"
    return ref[:1].upper() + ref[1:]


def records_by_ref(summit: Summit) -> dict[str, Citable]:
    citable: list[Citable] = [*summit.searchable, *summit.outcomes]
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
            hint = did_you_mean(summit_id, (s.id for s in summits))
            raise NotFoundError(f"unknown summit {summit_id!r} in ref {asked!r}{hint}")
        matches = [index[ref] for _, index in scope if ref in index]
        if not matches:
            known = [known_ref for _, index in scope for known_ref in index]
            hint = did_you_mean(ref, known) or did_you_mean(ref.rstrip("0123456789"), known)
            raise NotFoundError(
                f"unknown ref {asked!r}{hint} (see 'summit sections' and 'summit quotes')"
            )
        found.extend(matches)
    return found


def place(record: Citable) -> str:
    """Where in its document a record stands, in words: "section 3, clause (1)"."""
    match record:
        case Preamble():
            return f"preamble, paragraph {record.ref.removeprefix('P')}"
        case Section():
            return f"section {record.number}"
        case Clause():
            return f"section {record.section}, clause ({record.ref.partition('.')[2]})"
        case Statement() | Narration():
            return f"article, paragraph {record.provenance.paragraph} ({record.kind})"
        case Outcome():
            return f"outcome (curated summary), signed: {', '.join(record.signed)}"
    return "title"


def cite(summits: Sequence[Summit], record: Citable, quote: bool = False) -> Citation:
    """A citation naming the document, the place in it, the summit and the source file, which
    it says is machine-translated; with `quote`, the verbatim text first."""
    summit = next(s for s in summits if s.id == record.summit)
    info = summit.info
    occasion = f"{info.title}, {info.city}, {info.date.human()}"
    document = f'"{summit.release.title}"'
    paragraph = (
        f"paragraph {record.provenance.paragraph}" if not isinstance(record, Outcome) else ""
    )
    match record:
        case DocumentTitle():
            text = f"{document}, title. {occasion}."
        case Preamble() | Clause():
            text = f"{document}, {place(record)}. {occasion}."
        case Section():
            text = f'{document}, {place(record)}: "{record.title}". {occasion}.'
        case Statement():
            text = f"{_statement_source(record)}. {occasion}. Source article, {paragraph}."
        case Narration():
            part = "Source article" if record.provenance.part == "article" else document
            text = f"{part}, {record.kind}, {paragraph}. {occasion}."
        case Outcome():
            supported = ", ".join(record.signed)
            text = f'Outcome (curated summary): "{record.title}" (signed: {supported}). {occasion}.'
    if summit.source and summit.source.file:
        text += f" From {summit.source.file}, {summit.source.description or 'the source'}."
    if quote and not isinstance(record, Outcome):
        text = f"\u201c{record.text}\u201d {text}"
    return Citation(summit.id, record.ref, f"{text} [{summit.id}:{record.ref}]")


def _statement_source(statement: Statement) -> str:
    """Who the statement is by and how the article gives it, with an inferred setting marked."""
    if statement.kind == "account":
        subjects = " & ".join(p.name for p in statement.subject_people)
        return f"The article's account (not a quotation) of {subjects}"
    how = "quoted" if statement.kind == "direct" else "reported (indirect speech)"
    where = f", at the {statement.meeting.name} (setting inferred)" if statement.meeting else ""
    return f"{statement.speaker_names}, {how}{where}"
