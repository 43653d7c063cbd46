"""Records by ref, as people type refs, and citations."""

from __future__ import annotations

import pytest

from summitcli.errors import NotFoundError
from summitcli.model import Summit
from summitcli.refs import cite, find_records, normalise_ref


@pytest.mark.parametrize(
    ("typed", "ref"),
    [("2(1)", "2.1"), ("2 ( 1 )", "2.1"), ("p1", "P1"), ("s17", "S17"), ("o2", "O2"), (" 4 ", "4")],
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
    with pytest.raises(NotFoundError, match="unknown summit 'elsewhere'"):
        find_records([summit], ["elsewhere:4.3"])


def test_citations_name_document_place_and_date(summit: Summit) -> None:
    [preamble, section, statement, outcome] = find_records([summit], ["P3", "4", "S15", "O2"])
    assert cite([summit], preamble).text.startswith(
        f'"{summit.release.title}", preamble, paragraph 3.'
    )
    assert '"Cooperation on peace on the Korean Peninsula' in cite([summit], section).text
    assert cite([summit], statement).text.startswith(
        "Shigeru Ishiba, reported (indirect speech), at the joint press conference "
        "(setting inferred). Korea-Japan summit, Tokyo, 23 August 2025. Source article, "
        "paragraph 9. From korea-japan-summit-2025-08-23.txt, an English news article, "
        "machine-translated by AI"
    )
    assert "(curated summary)" in cite([summit], outcome).text


def test_an_account_is_never_cited_as_speech(summit: Summit) -> None:
    [account] = find_records([summit], ["S17"])
    citation = cite([summit], account).text
    assert citation.startswith("The article's account (not a quotation) of Lee Jae-myung & ")
    assert "quoted" not in citation and "press conference" not in citation


def test_a_citation_can_carry_the_quote(summit: Summit) -> None:
    statement = summit.statements[3]
    citation = cite([summit], statement, quote=True).text
    assert citation.startswith(f"\u201c{statement.text}\u201d Lee Jae-myung, quoted")
