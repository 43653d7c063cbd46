"""Records by ref, as people type refs."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest

from summitcli import loader
from summitcli.errors import NotFoundError
from summitcli.model import Summit
from summitcli.refs import find_records, normalise_ref


@pytest.mark.parametrize(
    ("typed", "ref"),
    [
        *[("2(1)", "2.1"), ("2 ( 1 )", "2.1"), ("p1", "P1"), ("s17", "S17"), ("o2", "O2")],
        *[(" 4 ", "4"), ("\uff12.\uff11", "2.1"), ("\uff12\uff08\uff11\uff09", "2.1")],
        ("\uff53\uff14", "S4"),  # full-width, as Japanese and Korean input methods type them
        # invisible characters pasted with a ref, ignored as they are in queries and names
        *[("S1\u200b", "S1"), ("\ufeffS1", "S1"), ("2.\u00ad1", "2.1"), ("\u202aP4", "P4")],
    ],
)
def test_refs_are_accepted_as_people_type_them(typed: str, ref: str) -> None:
    assert normalise_ref(typed) == ref


def test_find_records_keeps_the_order_asked(summit: Summit) -> None:
    records = find_records([summit], ["S3", "1", "P2", "5.2"])
    assert [(r.TYPE, r.ref) for r in records] == [
        ("statement", "S3"),
        ("section", "1"),
        ("preamble", "P2"),
        ("clause", "5.2"),
    ]


def test_qualified_refs_pick_a_summit(summit: Summit) -> None:
    [record] = find_records([summit], [f"{summit.id}:4.3"])
    assert record.ref == "4.3"
    [typed] = find_records([summit], [f"{summit.id}\uff1aS4"])  # a full-width colon (new user 59)
    assert typed.ref == "S4"
    with pytest.raises(NotFoundError, match="unknown summit 'elsewhere'"):
        find_records([summit], ["elsewhere:4.3"])


@pytest.mark.parametrize("pasted", ["[{id}:2.1]", "{id}:2.1,", "[2.1]", "2.1,", " [2.1] "])
def test_a_ref_pasted_with_a_citations_brackets_or_a_lists_comma_is_the_ref(
    summit: Summit, pasted: str
) -> None:
    """New user 61: `show '[korea-japan-2025-08-23:2.1]'`, pasted from the end of a
    citation, and `show 'S4,'`, from a list, were refused."""
    [record] = find_records([summit], [pasted.format(id=summit.id)])
    assert record.ref == "2.1"


def test_an_unknown_summit_is_echoed_as_typed(summit: Summit) -> None:
    """`show S1:x` said "unknown summit 's1'", a summit nobody typed (new user 53)."""
    with pytest.raises(NotFoundError, match=r"^unknown summit 'S1' in ref 'S1:x'"):
        find_records([summit], ["S1:x"])
    with pytest.raises(NotFoundError, match=rf"^unknown summit '{summit.id}:S1' in ref"):
        find_records([summit], [f"{summit.id}:S1:x"])
    with pytest.raises(NotFoundError, match=r"^unknown summit 'korea' in ref 'korea\uff1aS1'"):
        find_records([summit], ["korea\uff1aS1"])  # a full-width colon splits it as ':' does


def test_a_series_of_one_record_is_not_said_to_run_from_it_to_itself(
    write_data: Callable[..., Path],
) -> None:
    """New user 62: "the outcomes run from …:O1 to …:O1" of a summit with one outcome."""

    def one_outcome(data: dict[str, Any]) -> None:
        del data["curation"]["outcomes"][1:]

    [one] = loader.load(write_data(one_outcome))
    with pytest.raises(NotFoundError, match=r"^unknown ref 'O2'; the outcomes are O1 alone; "):
        find_records([one], ["O2"])


def test_an_unknown_summit_names_those_there_are(summit: Summit) -> None:
    with pytest.raises(NotFoundError, match=f"the summits are {summit.id}"):
        find_records([summit], ["nope:2.1"])


@pytest.mark.parametrize(
    ("asked", "hint"),
    [
        # a section or clause number that does not exist is answered with the ones that do
        ("6", "; the sections are 1, 2, 3, 4, 5 "),
        ("2.9", "; section 2 has clauses 2.1, 2.2 "),
        ("9.1", "; the sections are 1, 2, 3, 4, 5 "),
        ("2(9)", "; section 2 has clauses 2.1, 2.2 "),
        # a numbered record past the last is answered with the first and the last (new user
        # 26: O14 was answered "did you mean O4, O1, S14?", never O13)
        ("s99", "; the statements run from S1 to S17; did you mean S9? "),
        ("O14", "; the outcomes run from O1 to O13; did you mean O4, O1, O13? "),
        ("P0", "; the preamble's paragraphs run from P1 to P4; did you mean P4, P3, P2? "),
        # any other ref is answered with the nearest refs
        ("S1a", "; did you mean S1, S17, S16? "),
        # asked in one summit of a folder, the answer is written as it can be pasted back
        (
            "korea-japan-2025-08-23:2.9x",
            "; did you mean korea-japan-2025-08-23:2.2, korea-japan-2025-08-23:2.1? ",
        ),
        (
            "korea-japan-2025-08-23:O14",
            "; the outcomes run from korea-japan-2025-08-23:O1 to korea-japan-2025-08-23:O13; "
            "did you mean korea-japan-2025-08-23:O4, korea-japan-2025-08-23:O1, "
            "korea-japan-2025-08-23:O13? ",
        ),
        (
            "korea-japan-2025-08-23:2.9",
            "; section 2 has clauses korea-japan-2025-08-23:2.1, korea-japan-2025-08-23:2.2 ",
        ),
    ],
)
def test_an_unknown_ref_says_what_there_is(summit: Summit, asked: str, hint: str) -> None:
    with pytest.raises(NotFoundError) as raised:
        find_records([summit], [asked])
    message = str(raised.value)
    assert message.startswith(f"unknown ref {asked!r}{hint}(see ")
    listing = {"O": "outcomes", "S": "quotes", "P": "sections"}.get(asked.split(":")[-1][0].upper())
    assert listing is None or message.endswith(f"(see 'summit {listing}')")


@pytest.mark.parametrize(
    "asked",
    [
        "korea-japan-2025-08-23:S4",
        "KOREA-Japan-2025-08-23:s4",
        # and spaces around it, as around a bare ref (new user 56: ' S4' worked, its summit's
        # ' korea-…:S4' was an "unknown summit")
        " korea-japan-2025-08-23:S4",
        "korea-japan-2025-08-23 : S4 ",
    ],
)
def test_a_summit_id_in_a_ref_ignores_case_as_the_ref_does(summit: Summit, asked: str) -> None:
    [found] = find_records([summit], [asked])
    assert found.ref == "S4"


def test_an_unknown_ref_in_a_long_named_summit_is_said_whole(
    tmp_path: Path, write_data: Callable[..., Path], summit_cli: Any
) -> None:
    """A draft's id is its title made a slug: `show ID:O1` was answered "unknown ref
    'joint-declaration-…-a2-un…'; did you mean ID:1, …? (see…", the ref asked cut and the
    message too. The summit's id is known, so it is said whole, and the message ends."""
    long_id = "joint-declaration-of-the-brazil-germany-intergovernmental-consultations-a2-undated"
    write_data(lambda data: data.update(id=long_id), name="a.json")
    write_data(name="b.json")
    result = summit_cli("--data", str(tmp_path), "show", f"{long_id}:O99")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert f"unknown ref '{long_id}:O99'" in line
    assert f"the outcomes run from {long_id}:O1 to {long_id}:O13" in line
    assert line.endswith(" outcomes')")  # (see 'summit --data … outcomes')


def _corpus(write_data: Callable[..., Path], ids: list[str], outcomes: bool = True) -> list[Summit]:
    """A folder of the bundled summit under each id (without its outcomes, if asked), loaded."""

    def change(summit_id: str) -> Callable[[dict[str, Any]], None]:
        def changed(data: dict[str, Any]) -> None:
            data["id"] = summit_id
            if not outcomes:
                data["curation"]["outcomes"] = []

        return changed

    paths = [write_data(change(summit_id), name=f"{summit_id}.json") for summit_id in ids]
    return loader.load(paths[0].parent)


@pytest.mark.parametrize(
    ("asked", "says"),
    [
        # new user 67: "section 1 has clauses 1.1, 1.2", of a folder whose summits differ
        ("2.9", "unknown ref '2.9' in any of the 2 summits; section 2 has clauses 2.1, 2.2 in "),
        ("9", "unknown ref '9' in any of the 2 summits; the sections are 1, 2, 3, 4, 5 in "),
        ("O1", "unknown ref 'O1' in any of the 2 summits; none of them has outcomes "),
        ("a:O1", "unknown ref 'a:O1'; the summit has no outcomes "),
        # a summit's own number is written as it can be pasted back (new user 68: "the
        # sections are 1" for `show a:9`, and a bare 1 is every summit's section 1)
        (
            "a:9",
            "unknown ref 'a:9'; the sections are a:1, a:2, a:3, a:4, a:5 (see 'summit sections')",
        ),
        (
            "9",
            "unknown ref '9' in any of the 2 summits; the sections are 1, 2, 3, 4, 5 in some of "
            "them (see 'summit sections')",
        ),
        # a summit's id alone is no ref of it (new user 68: "unknown ref 'a' in any of …")
        ("A", "'a' is a summit: give a ref after its id, as a:S1 (see 'summit sections')"),
    ],
)
def test_an_unknown_bare_ref_of_a_folder_speaks_of_its_summits(
    write_data: Callable[..., Path], asked: str, says: str
) -> None:
    """In a folder a bare ref is looked for in every summit: what is missing, and what there
    is instead, is said of them all, not as if the folder were one summit (new user 67)."""
    summits = _corpus(write_data, ["a", "b"], outcomes=False)
    with pytest.raises(NotFoundError) as raised:
        find_records(summits, [asked])
    assert str(raised.value).startswith(says), str(raised.value)


def test_an_unknown_summit_names_every_id_it_names_whole(write_data: Callable[..., Path]) -> None:
    """`cite nope:S1` in a folder of four listed "…, sweden-norway-su…": an id cut short cannot
    be pasted back (new user 67). Ids are named whole, three of them, and the rest counted."""
    ids = [f"{n}-sweden-norway-summit-on-energy-and-fisheries-2026-03-1{n}" for n in range(5)]
    summits = _corpus(write_data, ids)
    with pytest.raises(NotFoundError) as raised:
        find_records(summits, ["nope:S1"])
    listed = f"(the summits are {', '.join(ids[:3])} and 2 more; 'summit info' lists them)"
    assert str(raised.value).endswith(listed)


@pytest.mark.parametrize(
    ("refs", "repeated"),
    [(["a:S2", "S2"], []), (["S2", "a:S2"], ["a:S2"]), (["S2", "S2"], ["S2"])],
)
def test_a_ref_is_said_repeated_only_where_it_adds_nothing(
    write_data: Callable[..., Path], refs: list[str], repeated: list[str]
) -> None:
    """`cite a:S2 S2` in a folder noted "S2 is cited once: it names a record already asked for",
    though the bare S2 added the other summits' S2 (new user 67): a ref is said repeated only
    where every record it names was asked for before."""
    from summitcli.refs import records_once

    found, said = records_once(_corpus(write_data, ["a", "b"]), refs)
    assert [(record.summit, record.ref) for record in found] == [("a", "S2"), ("b", "S2")]
    assert said == repeated


def test_a_bare_ref_of_many_summits_names_three_ids_whole_and_counts_the_rest() -> None:
    """New user 41: the note cut the third of five long ids in the middle ("…pacific-coast-
    humb…"), so that no id in it could be pasted back whole."""
    from types import SimpleNamespace
    from typing import cast

    from summitcli.model import Citable
    from summitcli.refs import held_by_several_summits

    ids = [f"{n}-peru-cooperation-protection-pacific-coast-2026-06-0{n}" for n in range(1, 6)]
    records = cast(list[Citable], [SimpleNamespace(summit=i, ref="S3") for i in ids])
    [note] = held_by_several_summits(["S3"], records)
    assert note.startswith(f"S3 is in 5 summits ({ids[0]}, {ids[1]}, {ids[2]} and 2 more): ")


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("korea:S1", "korea-japan-2025-08-23:S1"),
        ("KOREA-japan:2.1", "korea-japan-2025-08-23:2.1"),
        ("korea-japan-2025:S1", "korea-japan-2025-08-23:S1"),
    ],
)
def test_the_start_of_a_summit_id_is_offered_the_whole_id(
    summit: Summit, asked: str, meant: str
) -> None:
    """New user 50: `cite germany:S1` in a corpus said "unknown summit 'germany'" and cut the
    list of ids before the ones it began: an id's start is answered with the whole ref."""
    with pytest.raises(NotFoundError, match=f"did you mean {re.escape(meant)}\\?"):
        find_records([summit], [asked])


@pytest.mark.parametrize(("letter", "kind"), [("O", "outcomes"), ("N", "narration records")])
def test_a_numbered_ref_of_a_kind_the_summit_has_none_of_says_so(
    summit: Summit, letter: str, kind: str
) -> None:
    """`show ID:O1` in a draft with no outcomes was answered "did you mean ID:1, ID:S1, ID:P1?"
    (new user 54), as if O1 were a typing slip: the summit has no record of that kind."""
    bare = msgspec.structs.replace(
        summit, curation=msgspec.structs.replace(summit.curation, outcomes=()), narration=()
    )
    bare.path, bare.title = summit.path, summit.title
    with pytest.raises(NotFoundError) as raised:
        find_records([bare], [f"{letter}1"])
    assert str(raised.value).startswith(f"unknown ref '{letter}1'; the summit has no {kind} (see ")


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("chile-peru-summit-2026-03-14", "; did you mean chile-peru-2026?"),  # renamed
        ("chile-peru-summit-2026-03-15", "; did you mean chile-peru-2026?"),
        ("ghana-kenia", "; did you mean ghana-kenya-summit-2026-02-10?"),
        ("brazil-portugal-summit-2026-02-10", " (the summits are"),  # no pair of its countries
    ],
)
def test_an_unknown_summit_is_offered_the_summits_of_its_own_countries(
    summit: Summit, asked: str, meant: str
) -> None:
    """An old id after a rename was offered "chile-peru-2026, ghana-kenya-…, norway-iceland-…"
    (new user 65): ids share "-summit-" and a date, which made every one near. A summit is
    near by the words that tell it from the others, its countries."""
    ids = [
        "chile-peru-2026",
        "ghana-kenya-summit-2026-02-10",
        "norway-iceland-summit-2026-01-20",
        "india-japan-summit-2026-03-01",
    ]
    summits = [msgspec.structs.replace(summit, id=summit_id) for summit_id in ids]
    for made in summits:
        made.path, made.title = f"{made.id}.json", summit.title
    with pytest.raises(NotFoundError) as raised:
        find_records(summits, [f"{asked}:S1"])
    said = str(raised.value)
    assert f"in ref '{asked}:S1'{meant}" in said, said
