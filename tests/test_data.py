"""The bundled data: complete, verbatim, linked and valid against its own schema."""

from __future__ import annotations

import re
from typing import Any

from summitcli import loader
from summitcli.model import Summit
from summitcli.refs import records_by_ref
from summitcli.validate import article_problems, validate_path


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


def test_every_record_is_found_by_its_ref(summit: Summit) -> None:
    """refs.py's index misses no kind of record (that refs are unique and citations resolve,
    the loader refuses otherwise: tests/test_loader.py's bad files)."""
    refs = records_by_ref(summit)
    total = 1 + len(summit.preamble) + len(summit.sections) + len(summit.clauses)
    total += len(summit.statements) + len(summit.narration) + len(summit.outcomes)
    assert len(refs) == total


def test_every_record_carries_topics(summit: Summit) -> None:
    """The curation is complete: no record of the release or of speech is left untagged (that
    each topic is in the vocabulary, the loader refuses otherwise)."""
    for record in [*summit.preamble, *summit.clauses, *summit.statements]:
        assert record.curation.topics, record.ref


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


def test_every_sentence_of_the_source_is_in_exactly_one_record(
    summit: Summit, source_paragraphs: list[str]
) -> None:
    """The check `validate --article` makes of any curated file, and every draft passes."""
    assert article_problems(summit, "the source", "\n\n".join(source_paragraphs)) == []


def test_accounts_are_nobodys_words(summit: Summit) -> None:
    accounts = [s for s in summit.statements if s.kind == "account"]
    assert [s.ref for s in accounts] == ["S2", "S3", "S17"]
    for account in accounts:
        assert account.people == () and account.meeting is None
        assert [p.name for p in account.subject_people] == ["Lee Jae-myung", "Shigeru Ishiba"]
        assert account.text.startswith(("The two", "They"))


def test_quotations_keep_their_framing(summit: Summit, source_paragraphs: list[str]) -> None:
    for statement in summit.statements:
        if statement.kind == "direct":
            assert statement.attribution, statement.ref
            paragraph = source_paragraphs[statement.provenance.paragraph - 1]
            framed = paragraph.index(statement.attribution) + len(statement.attribution)
            assert paragraph.index(statement.text) - framed in (1, 2)  # ' "' or ' '


def test_every_inference_says_its_basis(summit: Summit) -> None:
    for statement in summit.statements:
        setting = statement.curation.setting
        assert (setting is None) == (statement.kind == "account"), statement.ref
        if setting is not None:
            assert setting.basis.startswith("Inferred")
    implicit = {str(e.date): e.inferred for e in summit.timeline}
    for date in ("2025", "2025-10", "2025-08-23T16:55"):
        assert implicit[date], date
    for date in ("1965", "1998", "2008-04", "2025-08-23"):
        assert implicit[date] is None, date
    notes = [n for p in summit.people for n in p.curation.notes]
    notes += [n for r in summit.searchable for n in r.curation.notes]
    for note in notes:
        if re.search(r"[\uac00-\ud7a3\u4e00-\u9fff]", note):  # Hangul or kanji: not in the source
            assert note.startswith("From outside the source"), note


def test_outcomes_are_true_to_what_was_signed(summit: Summit) -> None:
    release = {r.ref for r in [*summit.preamble, *summit.clauses]}
    statements = {s.ref for s in summit.statements}
    for outcome in summit.outcomes:
        assert set(outcome.signed) <= release, outcome.ref
        assert set(outcome.echoes) <= statements, outcome.ref
    o1 = next(o for o in summit.outcomes if o.ref == "O1")
    assert "agriculture" not in o1.title and "disaster" not in o1.title
    assert o1.signed == ("2.2",) and o1.not_signed and "agriculture" in o1.not_signed.lower()
    committed = {ref for outcome in summit.outcomes for ref in outcome.signed}
    for clause in summit.clauses:
        if re.search(r"\b(agreed|decided|agreeing|reaffirmed|confirmed)\b", clause.text):
            assert clause.ref in committed, clause.ref


def test_an_outcome_title_says_what_the_signed_text_commits_to(summit: Summit) -> None:
    """ "…working holiday program expanded from one time in total to two times" read as done,
    where 3.1 says the leaders "decided to expand" it (new user 26): each part of an outcome's
    title opens with the verb of the text it summarises ("Agreed:", "Decided:"), a verb one of
    its signed records writes."""
    texts = {record.ref: record.text for record in [*summit.preamble, *summit.clauses]}
    for outcome in summit.outcomes:
        signed = " ".join(texts[ref] for ref in outcome.signed).casefold()
        labels = re.findall(r"(?:^|; )([A-Z][\w ]{2,40}?): ", outcome.title)
        assert labels and outcome.title.startswith(labels[0]), outcome.ref
        for label in labels:
            assert label.split()[0].casefold() in signed, (outcome.ref, label)


OPEN_LISTS = ("such as", "including", "and other", "etc.")
"""Words by which a signed text leaves a list open."""


def test_an_outcome_title_keeps_an_open_list_open(summit: Summit) -> None:
    """O1 said "namely low birth rates…" where clause 2.2 says "such as": a closed list where
    the signed one is open (new user 36). A title summarising a text that leaves a list open
    leaves it open too."""
    texts = {record.ref: record.text for record in [*summit.preamble, *summit.clauses]}
    for outcome in summit.outcomes:
        signed = " ".join(texts[ref] for ref in outcome.signed)
        if any(words in signed for words in OPEN_LISTS):
            assert not re.search(r"\b(namely|that is|i\.e\.)\b", outcome.title), outcome.ref
