"""Each record type's view: its fields, its JSON, and what it marks as curated."""

from __future__ import annotations

import pytest

from summitcli import views
from summitcli.model import Summit
from summitcli.search import parse_query, search


def test_qualified_refs_in_a_corpus(summit: Summit) -> None:
    view = views.passage(summit.statements[0], views.Options(qualify=True))
    assert view.values[0] == f"{summit.id}:S1"


def test_every_passage_is_ref_who_kind_text(summit: Summit) -> None:
    """Whatever its type (a section too), a passage has the same four fields, text last."""
    for record in summit.searchable:
        view = views.passage(record, views.Options())
        assert view.labels == views.PASSAGE_LABELS
        assert view.values[3] == views.text_of(record)


def test_an_account_is_nobodys_words(summit: Summit) -> None:
    account = next(s for s in summit.statements if s.kind == "account")
    assert views.who(account).startswith("the article, about ")
    assert views.passage(account, views.Options()).json["speakers"] == []


@pytest.mark.parametrize(
    ("query", "curation_only"),
    [("abduction", {"S16"}), ("hydrogen", set())],
)
def test_a_hit_found_only_through_curation_says_so(
    summit: Summit, query: str, curation_only: set[str]
) -> None:
    hits = [views.hit(h, views.Options()) for h in search(summit.searchable, parse_query([query]))]
    assert {v.values[0] for v in hits if v.curation_only} == curation_only
    assert {v.values[0] for v in hits if v.json["found_in"] == "curation"} == curation_only


def test_curated_fields_are_marked(summit: Summit) -> None:
    outcome = views.outcome(summit.outcomes[0], views.Options())
    assert all(f.curated for f in outcome.fields[1:])
    assert outcome.note
    person = views.person(summit.people[0], views.Options())
    assert [f.label for f in person.fields if f.curated] == ["Aliases (curated)"]
