"""The records' JSON shapes and small helpers."""

from __future__ import annotations

from summitcli.model import Summit, human_date


def test_human_dates() -> None:
    assert [human_date(d) for d in ("1998", "2008-04", "2025-08-23", "2025-08-23T16:55")] == [
        "1998",
        "April 2008",
        "23 August 2025",
        "23 August 2025",
    ]


def test_every_record_says_its_type_and_summit(summit: Summit) -> None:
    records = [*summit.searchable, *summit.sections, *summit.people, *summit.outcomes]
    records += [*summit.timeline, *summit.topics]
    for record in records:
        shape = record.to_json()
        assert shape["type"] == record.type
        assert shape["summit"] == summit.id


def test_curation_is_kept_apart_from_text(summit: Summit) -> None:
    [clause] = [c for c in summit.clauses if c.ref == "2.1"]
    shape = clause.to_json()
    assert "Mirae Industries" in shape["text"]
    assert "future industries" not in shape["text"]
    assert any("미래" in note for note in shape["notes"])


def test_summit_counts(summit: Summit) -> None:
    counts = summit.to_json()["counts"]
    assert counts == counts | {"preamble": 4, "sections": 5, "clauses": 11, "direct": 9}
    assert counts["statements"] == counts["direct"] + counts["reported"]


def test_every_passage_carries_its_topics_and_notes(summit: Summit) -> None:
    for record in (*summit.preamble, *summit.sections, *summit.clauses, *summit.statements):
        shape = record.to_json()
        assert shape["topics"] == list(record.curation.topics)
        assert shape["notes"] == list(record.curation.notes)
