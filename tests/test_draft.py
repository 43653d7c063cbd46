"""`summit draft`: the bundled source drafted back into its verbatim records, synthetic articles
with hard cases, and the command's file handling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import SOURCE
from summitcli.draft import draft
from summitcli.validate import validate_path

DRAFTS = Path(__file__).parent / "drafts"


def _verbatim(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Every verbatim record with what identifies it: text, kind, speakers, subjects, frame."""
    release = document["release"]
    records: list[tuple[Any, ...]] = [("title", release["title"])]
    records += [(p["ref"], p["text"], p.get("speakers")) for p in release["preamble"]]
    for section in release["sections"]:
        records.append((section["number"], section["title"]))
        records += [(c["ref"], c["text"]) for c in section["clauses"]]
    records += [
        (s["ref"], s["kind"], s["text"], s.get("speakers"), s.get("subjects"), s.get("attribution"))
        for s in document["statements"]
    ]
    records += [(n["ref"], n["kind"], n["text"]) for n in document["narration"]]
    return records


def test_drafting_the_source_gives_back_every_verbatim_record(raw_data: dict[str, Any]) -> None:
    if not SOURCE.is_file():
        pytest.skip(f"the source text is not beside the project ({SOURCE})")
    drafted = draft(SOURCE.read_text(encoding="utf-8"), SOURCE.name)
    expected = _verbatim(raw_data)
    got = _verbatim(drafted)
    same = sum(a == b for a, b in zip(got, expected, strict=False))
    print(f"{same} of {len(expected)} verbatim records exact")
    assert got == expected  # 49 records: release, statements with speakers, narration
    people = {p["id"]: p["role"] for p in drafted["people"]}
    assert people["lee-jae-myung"] == "President of South Korea"
    assert drafted["summit"]["date"] == "2025-08-23"


def test_a_draft_validates(tmp_path: Path) -> None:
    if not SOURCE.is_file():
        pytest.skip(f"the source text is not beside the project ({SOURCE})")
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft(SOURCE.read_text(encoding="utf-8"), SOURCE.name)))
    assert validate_path(path) == []


@pytest.mark.parametrize("name", ["kim-sato", "park-tanaka"])
def test_synthetic_articles(name: str, tmp_path: Path) -> None:
    """Hard cases: a pronoun across paragraphs, two people named Kim, curly quotes and 「」, a
    quotation split by its attribution, one without any, a release missing clause (2)."""
    drafted = draft((DRAFTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    expected = json.loads((DRAFTS / f"{name}.expected.json").read_text(encoding="utf-8"))
    statements = [(s["kind"], s.get("speakers", []), s["text"]) for s in drafted["statements"]]
    wanted = [tuple(item) for item in expected["statements"]]
    assert [text for _, _, text in statements] == [text for _, _, text in wanted]
    right = sum(got[:2] == want[:2] for got, want in zip(statements, wanted, strict=True))
    accuracy = right / len(wanted)
    print(f"{name}: speakers right for {right} of {len(wanted)} ({accuracy:.0%})")
    assert right == len(wanted)  # 5 and 7 statements: 0.9 would have allowed no error either
    release = drafted["release"]
    assert release["title"] == expected["release"]["title"]
    assert [[p["ref"], p.get("speakers")] for p in release["preamble"]] == expected["release"][
        "preamble"
    ]
    assert [c["ref"] for s in release["sections"] for c in s["clauses"]] == expected["release"][
        "clauses"
    ]
    review = " ".join(drafted["curation"]["review"])
    for item in expected["review"]:
        assert item in review
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(drafted))
    assert validate_path(path) == []


def test_draft_writes_a_file_and_never_overwrites(tmp_path: Path, summit_cli: Any) -> None:
    article = DRAFTS / "kim-sato.txt"
    output = tmp_path / "draft.json"
    result = summit_cli("draft", str(article), "-o", str(output))
    assert result.returncode == 0 and result.stdout == ""
    assert "summit: review: section 1: clause (3) where (2) was expected" in result.stderr
    assert json.loads(output.read_text())["id"] == "korea-japan-summit-2026-03-05"
    output.write_text("mine")
    refused = summit_cli("draft", str(article), "-o", str(output))
    assert refused.returncode == 2 and "already exists; --force replaces it" in refused.stderr
    assert output.read_text() == "mine"
    assert summit_cli("draft", str(article), "-o", str(output), "--force").returncode == 0
    piped = summit_cli("draft", str(article))
    assert json.loads(piped.stdout)["release"]["sections"][0]["title"] == "Energy"
    quotes = summit_cli("--data", str(output), "quotes", "-s", "Sato")
    assert quotes.returncode == 0 and "Japan will send experts." in quotes.stdout
