"""Find records by ref, as people type refs.

A failure is a `NotFoundError` that names what was asked and suggests refs that exist.
"""

import re
from collections.abc import Collection, Sequence
from pathlib import Path

from .errors import NotFoundError
from .model import (
    Citable,
    Summit,
)
from .text import did_you_mean, quoted, shortened, without_format_characters

RELEASE_NOTATION = re.compile(r"(\d+)\s*\(\s*(\d+)\s*\)")
CLAUSE = re.compile(r"(\d+)\.\d+")


def normalise_ref(ref: str) -> str:
    """Accept refs as people type them: `p1` is P1, the release's own `2(1)` is clause 2.1, and
    the full-width digits and letters a Japanese or Korean input method types are those refs,
    and invisible characters pasted with one are left out, as search folds its queries."""
    if not ref.isascii():
        import unicodedata

        ref = unicodedata.normalize("NFKC", without_format_characters(ref))
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
    it in one. The persistent index finds them as this does (`index.Index.find_records`).
    """
    indexes = [(summit, records_by_ref(summit)) for summit in summits]
    found: list[Citable] = []
    for asked in refs:
        summit_id, ref = split_ref(asked)
        scope = [(s, index) for s, index in indexes if not summit_id or s.id == summit_id]
        if summit_id and not scope:
            files = [Path(s.path).name for s in summits]
            raise unknown_summit(asked, summit_id, [s.id for s in summits], files)
        matches = [index[ref] for _, index in scope if ref in index]
        if not matches:
            if not summit_id and ref.lower() in (s.id for s in summits):
                raise summit_without_ref(ref.lower())
            known = [known for _, index in scope for known in index]
            raise unknown_ref(asked, ref, known, len(scope))
        found.extend(matches)
    return found


SUMMITS_NAMED = 3
"""How many summits a bare ref's note names (each id whole), the rest counted."""


def held_by_several_summits(
    refs: Sequence[str], records: Sequence[Citable], given: Collection[str] | None = None
) -> list[str]:
    """A note for each ref asked without a summit id that found records of more than one
    summit: all are given (a corpus's bare ref is each summit's), but a script that took `.ref`
    from a search's JSON and cited it meant one, and exit 0 would not tell it otherwise. Where
    a filter gives only some of those summits' (`given`), the note counts both."""
    notes = []
    for asked in dict.fromkeys(refs):
        summit_id, ref = split_ref(asked)
        holders = list(dict.fromkeys(r.summit for r in records if r.ref == ref))
        shown = [h for h in holders if given is None or h in given]
        if summit_id or len(shown) < 2:
            continue
        listed = named_whole(shown)
        written = shortened(asked)
        held = f"{written} is in {len(holders)} summits"
        one = f"give SUMMIT-ID:{written} for one"
        if len(shown) == len(holders):
            notes.append(f"{held} ({listed}): each is given; {one}")
        else:
            notes.append(f"{held}, {len(shown)} of them given here ({listed}): {one}")
    return notes


def named_whole(summit_ids: Sequence[str]) -> str:
    """The first SUMMITS_NAMED ids, each whole to be pasted back (an id cut short is none), and
    how many more there are."""
    more = len(summit_ids) - SUMMITS_NAMED
    return ", ".join(summit_ids[:SUMMITS_NAMED]) + (f" and {more} more" if more > 0 else "")


def records_once(summits: Sequence[Summit], refs: Sequence[str]) -> tuple[list[Citable], list[str]]:
    """`find_records`, each record once, where it was first asked for, and the refs that named
    a record already asked for (`S4 S4`, `2.1 '2(1)'`): a reference manager needs one entry per
    key, and the same record is one work, whichever way its ref is written. A ref is said
    repeated where every record it names was asked for before."""
    found: dict[tuple[str, str], Citable] = {}
    repeated = []
    for asked in refs:
        named = {(record.summit, record.ref): record for record in find_records(summits, [asked])}
        if named.keys() <= found.keys():  # a bare ref that adds other summits' is no repeat
            repeated.append(asked)
        found |= {key: record for key, record in named.items() if key not in found}
    return list(found.values()), list(dict.fromkeys(repeated))


def split_ref(asked: str) -> tuple[str, str]:
    """(the summit id, or nothing; the ref as `normalise_ref` makes it) of a ref as asked,
    whose colon may be the full-width one an input method types with full-width refs."""
    summit_id, colon, ref = _unpasted(asked).replace("\uff1a", ":").rpartition(":")
    if colon and not summit_id.strip():  # ":S1" is no ref of every summit, as "S1" is
        raise NotFoundError(
            f"the summit id in {quoted(asked, 60)} is empty: give one before ':', or no ':' "
            "(see 'summit info')"
        )
    if colon and not ref.strip():  # "S1:", new user 57: no unknown summit, but no ref
        raise NotFoundError(f"the ref in {quoted(asked, 60)} is empty: give one after ':'")
    return summit_id.strip().lower(), normalise_ref(ref)  # ids are lower-case, as refs fold


def _unpasted(asked: str) -> str:
    """The ref without what pasting brought along: a citation's brackets round it
    ("[korea-japan-2025-08-23:2.1]", as `cite` ends) or a list's comma after it ("S4,"; new
    user 61). A list of refs in one word ("S1,S2") is left whole, for its own hint."""
    pasted = asked.strip()
    if pasted.startswith("[") and pasted.endswith("]"):
        pasted = pasted[1:-1]
    return pasted.rstrip(",;")


SHARED_BY_IDS = re.compile(r"-?\bsummit\b-?|-?\d[\d-]*")
"""What every summit id may hold, "-summit-" and a date: the words left tell one from another."""
NEAR_SUMMIT = 0.7
"""How alike those words must be: "ghana-kenia" is ghana-kenya; "brazil-portugal" no other."""


def _near_summits(summit_id: str, summit_ids: Sequence[str]) -> str:
    """`; did you mean X?` with the summits whose ids are near by their own words (countries):
    on whole ids, "-summit-2026-03-14" made every other summit near (new user 65)."""
    told: dict[str, list[str]] = {}
    for held in summit_ids:
        told.setdefault(SHARED_BY_IDS.sub("", held) or held, []).append(held)
    own = SHARED_BY_IDS.sub("", summit_id) or summit_id
    return did_you_mean(own, told, cutoff=NEAR_SUMMIT, shown=told)


def summit_without_ref(summit_id: str) -> NotFoundError:
    """A summit's id given alone, as a ref (`show korea-japan-2025-08-23`, or its ref pasted with
    a space after the colon): it was "unknown ref … in any of the 5 summits" (new user 68)."""
    return NotFoundError(
        f"{quoted(summit_id)} is a summit: give a ref after its id, as {summit_id}:S1 "
        "(see 'summit sections')"
    )


def unknown_summit(
    asked: str, summit_id: str, summit_ids: Sequence[str], files: Sequence[str]
) -> NotFoundError:
    """`files` are the summits' file names, in their order: a curator may name a summit by the
    file they drafted it to, and is told the id that file holds."""
    typed, _, ref = _unpasted(asked).replace("\uff1a", ":").rpartition(":")  # folded: summit_id
    listed = named_whole(summit_ids)
    listed += "; 'summit info' lists them" if len(summit_ids) > SUMMITS_NAMED else ""
    for file, held in zip(files, summit_ids, strict=True):
        if Path(file).stem.lower() == summit_id:
            return NotFoundError(
                f"{quoted(summit_id)} is the file {file}, whose summit is {held}: "
                f"give {held}:{shortened(ref)}"
            )
    begun = [held for held in summit_ids if held.startswith(summit_id)][:3]  # "korea:S1"
    shown = ", ".join(f"{held}:{shortened(ref)}" for held in begun)
    whole = f"; did you mean {shown}?" if begun else ""
    hint = whole or _near_summits(summit_id, summit_ids)
    return NotFoundError(
        f"unknown summit {quoted(typed)} in ref {quoted(asked)}{hint} (the summits are {listed})"
    )


SERIES = {
    "S": ("the statements", "quotes"),
    "O": ("the outcomes", "outcomes"),
    "P": ("the preamble's paragraphs", "sections"),
    "N": ("the narration records", "read"),
}
"""Each lettered kind of numbered record, and the command that lists them."""


def unknown_ref(asked: str, ref: str, known: Sequence[str], summits: int = 1) -> NotFoundError:
    """No record of the scope (`summits` many: a bare ref is looked for in every summit of a
    folder) has the ref: what it has instead, and the command that lists records of its kind.
    A summit id the ref names is one there is (a draft's may be long), so only the rest of what
    was typed is cut short."""
    series = SERIES.get(ref[:1])
    see = f"(see 'summit {series[1]}')" if series else "(see 'summit sections' and 'summit quotes')"
    see = "(see 'summit sections')" if CLAUSE.fullmatch(ref) or ref.isdigit() else see
    if not ref:
        return NotFoundError(f"the ref {quoted(asked, 60)} is empty {see}")
    summit_id = split_ref(asked)[0]
    hint = _hint(ref, known, f"{summit_id}:" if summit_id else "", several=summits > 1)
    where = f" in any of the {summits} summits" if summits > 1 else ""
    return NotFoundError(f"unknown ref {quoted(asked, len(summit_id) + 60)}{where}{hint} {see}")


def _hint(ref: str, known: Sequence[str], prefix: str, several: bool = False) -> str:
    """What there is instead (of `several` summits, in some of them): a missing section or
    clause number is answered with the sections or the section's clauses (the spelling of `6`
    is not near `S6`, its meaning is near `5`);
    any other ref with the nearest refs, written as asked (`prefix`, its summit's id); refs
    typed as a list or a range ("S1,S2", "S1-S3") with the form refs take."""
    listed = re.split(r"\s*,\s*", ref)
    spaced = ref.split()
    ranged = re.split(r"\s*(?:\.\.|[-\u2013])\s*", ref)
    if len(listed) > 1 and all(part in known for part in listed):
        return (
            f"; give refs one by one, separated by spaces: {' '.join(prefix + p for p in listed)}"
        )
    if len(spaced) > 1 and all(part in known for part in spaced):  # 'S4 S5', quoted as one
        given = " ".join(prefix + p for p in spaced)
        return f"; give refs one by one, each an argument of its own: {given}"
    if len(ranged) == 2 and all(part in known for part in ranged):
        return "; give refs one by one, separated by spaces, never as a range"
    in_some = " in some of them" if several else ""
    clause = CLAUSE.fullmatch(ref)
    section = clause.group(1) if clause else ref
    if section.isdigit():
        clauses = [prefix + k for k in dict.fromkeys(known) if k.startswith(f"{section}.")]
        if clause and clauses:
            return f"; section {section} has clauses {', '.join(clauses)}{in_some}"
        sections = sorted({int(k) for k in known if k.isdigit()})
        if sections:
            return f"; the sections are {', '.join(f'{prefix}{n}' for n in sections)}{in_some}"
    numbered = re.fullmatch(r"([A-Z])(\d+)", ref)
    if numbered and numbered[1] in SERIES:  # "O14" past O13: the run, and the near ones
        letter, kind = numbered[1], SERIES[numbered[1]][0]
        same = [k for k in known if re.fullmatch(rf"{letter}\d+", k)]
        numbers = [int(k[1:]) for k in same]
        if not numbers:  # no slip of typing: "did you mean 1, S1, P1?" answered a draft's O1
            none = kind.removeprefix("the ").replace("'s ", " ")  # "preamble paragraphs"
            return f"; none of them has {none}" if several else f"; the summit has no {none}"
        if not min(numbers) <= int(numbered[2]) <= max(numbers):
            first, last = f"{prefix}{letter}{min(numbers)}", f"{prefix}{letter}{max(numbers)}"
            run = f"are {first} alone" if first == last else f"run from {first} to {last}"
            return f"; {kind} {run}{did_you_mean(ref, same, prefix=prefix)}"
    return did_you_mean(ref, known, prefix=prefix) or did_you_mean(
        ref.rstrip("0123456789"), known, prefix=prefix
    )
