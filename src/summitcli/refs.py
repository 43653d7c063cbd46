"""Find records by ref, as people type refs.

A failure is a `NotFoundError` that names what was asked and suggests refs that exist.
"""

import re
from collections.abc import Sequence

from .errors import NotFoundError
from .model import (
    Citable,
    Summit,
)
from .text import did_you_mean, shortened

RELEASE_NOTATION = re.compile(r"(\d+)\s*\(\s*(\d+)\s*\)")
CLAUSE = re.compile(r"(\d+)\.\d+")


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
            summit_ids = shortened(", ".join(s.id for s in summits), 120)
            raise NotFoundError(
                f"unknown summit {shortened(summit_id)!r} in ref {shortened(asked)!r}{hint} "
                f"(the summits are {summit_ids})"
            )
        matches = [index[ref] for _, index in scope if ref in index]
        if not matches:
            known = [known_ref for _, index in scope for known_ref in index]
            see = "(see 'summit sections' and 'summit quotes')"
            raise NotFoundError(f"unknown ref {shortened(asked)!r}{_hint(ref, known)} {see}")
        found.extend(matches)
    return found


def _hint(ref: str, known: Sequence[str]) -> str:
    """What there is instead: a missing section or clause number is answered with the sections
    or the section's clauses (the spelling of `6` is not near `S6`, its meaning is near `5`);
    any other ref with the nearest refs."""
    clause = CLAUSE.fullmatch(ref)
    section = clause.group(1) if clause else ref
    if section.isdigit():
        clauses = [k for k in dict.fromkeys(known) if k.startswith(f"{section}.")]
        if clause and clauses:
            return f"; section {section} has clauses {', '.join(clauses)}"
        sections = sorted({int(k) for k in known if k.isdigit()})
        if sections:
            return f"; the sections are {', '.join(map(str, sections))}"
    return did_you_mean(ref, known) or did_you_mean(ref.rstrip("0123456789"), known)
