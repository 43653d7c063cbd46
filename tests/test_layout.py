"""Records as text fields and Markdown."""

from __future__ import annotations

import msgspec

from summitcli import layout
from summitcli.model import Summit


def test_qualified_refs_in_a_corpus(summit: Summit) -> None:
    assert summit.statements[0].row(qualify=True)[0] == f"{summit.id}:S1"


def test_markdown_tables_escape_pipes(summit: Summit) -> None:
    outcome = msgspec.structs.replace(summit.outcomes[0], title="one | two")
    outcome.summit = summit.id
    out = layout.markdown([outcome], with_clauses=False, qualify=False)
    assert out.splitlines() == [
        "| Ref | Outcome (curated) | Signed | Echoed by | Not signed |",
        "| --- | --- | --- | --- | --- |",
        f"| O1 | one \\| two | 2.2 | {', '.join(outcome.echoes)} | {outcome.not_signed} |",
    ]


def test_markdown_sections_with_clauses(summit: Summit) -> None:
    out = layout.markdown(summit.sections[:1], with_clauses=True, qualify=False)
    assert out.startswith(f"## 1. {summit.sections[0].title}\n")
    assert f"> {summit.clauses[0].text}" in out
