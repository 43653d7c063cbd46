"""The bundled data: complete, verbatim, linked and valid against its own schema."""

from __future__ import annotations

from typing import Any

from summitcli import loader
from summitcli.model import Summit
from summitcli.refs import records_by_ref
from summitcli.validate import validate_path


def test_counts_match_the_release(summit: Summit) -> None:
    assert len(summit.preamble) == 4
    assert [s.number for s in summit.sections] == [1, 2, 3, 4, 5]
    assert [c.ref for c in summit.clauses] == [
        "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "4.3", "5.1", "5.2",
    ]  # fmt: skip
    assert [p.ref for p in summit.preamble] == ["P1", "P2", "P3", "P4"]
    assert sum(s.kind == "direct" for s in summit.statements) == 9


def test_statement_refs_follow_article_order(summit: Summit) -> None:
    refs = [s.ref for s in summit.statements]
    assert refs == [f"S{n}" for n in range(1, len(refs) + 1)]
    paragraphs = [s.provenance.paragraph for s in summit.statements]
    assert paragraphs == sorted(paragraphs)


def test_first_quotation_is_both_leaders(summit: Summit) -> None:
    first = summit.statements[0]
    assert first.kind == "direct"
    assert [p.name for p in first.people] == ["Lee Jae-myung", "Shigeru Ishiba"]


def test_summit_facts(summit: Summit) -> None:
    info = summit.info
    assert (info.date, info.city, info.visit) == ("2025-08-23", "Tokyo", "working visit")
    assert info.venue == "Prime Minister's Official Residence"
    small_group = summit.meetings[0]
    assert (small_group.start, small_group.duration) == ("16:55", "about one hour")
    assert summit.meetings[1].duration == "about 50 minutes"
    not_speaking = [p.name for p in summit.people if not p.speaker]
    assert not_speaking == ["Lee Myung-bak"]


def test_every_ref_is_unique_and_every_citation_resolves(summit: Summit) -> None:
    refs = records_by_ref(summit)
    total = len(summit.preamble) + len(summit.sections) + len(summit.clauses)
    total += len(summit.statements) + len(summit.outcomes)
    assert len(refs) == total
    for cited in [outcome.refs for outcome in summit.outcomes]:
        assert set(cited) <= set(refs), cited
    for cited in [event.refs for event in summit.timeline]:
        assert set(cited) <= set(refs), cited


def test_every_record_carries_topics_from_the_vocabulary(summit: Summit) -> None:
    vocabulary = {topic.name for topic in summit.topics}
    for record in summit.searchable:
        assert record.curation.topics, record.ref
        assert set(record.curation.topics) <= vocabulary


def test_verbatim_fields_are_in_the_paragraph_they_cite(
    summit: Summit, source_paragraphs: list[str]
) -> None:
    """Provenance: each verbatim text stands, character for character, where it says it does."""
    verbatim: list[tuple[str, Any]] = [(summit.release.title, None)]
    verbatim += [(p.text, p.provenance) for p in summit.preamble]
    verbatim += [(c.text, c.provenance) for c in summit.clauses]
    verbatim += [(s.title, s.provenance) for s in summit.sections]
    verbatim += [(s.text, s.provenance) for s in summit.statements]
    verbatim += [(p.name, p.provenance) for p in summit.people]
    verbatim += [(p.role, p.provenance) for p in summit.people if p.speaker]
    for text, provenance in verbatim:
        if provenance is None:
            assert any(text in paragraph for paragraph in source_paragraphs)
        else:
            assert text in source_paragraphs[provenance.paragraph - 1], text


def test_direct_quotations_are_quoted_in_the_source(
    summit: Summit, source_paragraphs: list[str]
) -> None:
    for statement in summit.statements:
        paragraph = source_paragraphs[statement.provenance.paragraph - 1]
        quoted = f'"{statement.text}' in paragraph
        assert quoted == (statement.kind == "direct"), statement.ref


def test_source_quotations_are_all_recorded(summit: Summit, source_paragraphs: list[str]) -> None:
    """Every speech quotation in the article (before the release) is a direct statement."""
    article = source_paragraphs[
        : source_paragraphs.index("Full text of the joint press release below.")
    ]
    opening_quotes = sum(paragraph.count('"') for paragraph in article) // 2
    assert opening_quotes == sum(s.kind == "direct" for s in summit.statements)


def test_bundled_file_validates_against_its_schema() -> None:
    assert validate_path(loader.bundled_data_path()) == []
