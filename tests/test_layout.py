"""Records as text fields and Markdown."""

from __future__ import annotations

from summitcli import layout
from summitcli.model import Outcome, Summit


def test_qualified_refs_in_a_corpus(summit: Summit) -> None:
    assert layout.row(summit.statements[0], qualify=True)[0] == f"{summit.id}:S1"


def test_markdown_tables_escape_pipes(summit: Summit) -> None:
    first = summit.outcomes[0]
    outcome = Outcome(first.summit, first.ref, "one | two", first.refs, first.topics)
    out = layout.markdown([outcome], with_clauses=False, qualify=False)
    assert out.splitlines() == [
        "| Ref | Outcome (curated) | Refs |",
        "| --- | --- | --- |",
        f"| O1 | one \\| two | {', '.join(outcome.refs)} |",
    ]


def test_markdown_sections_with_clauses(summit: Summit) -> None:
    out = layout.markdown(summit.sections[:1], with_clauses=True, qualify=False)
    assert out.startswith(f"## 1. {summit.sections[0].title}\n")
    assert f"> {summit.clauses[0].text}" in out
