"""Output formats, written to a string instead of a terminal."""

from __future__ import annotations

import io
import json

import pytest

from summitcli import layout, render
from summitcli.model import Summit
from summitcli.search import parse_query, search


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("as_json", "as_jsonl", "chosen", "tty", "expected"),
    [
        (True, False, "markdown", True, "json"),
        (False, True, "auto", True, "jsonl"),
        (False, False, "markdown", False, "markdown"),
        (False, False, "auto", True, "rich"),
        (False, False, "auto", False, "plain"),
    ],
)
def test_choose_format(
    as_json: bool, as_jsonl: bool, chosen: str, tty: bool, expected: str
) -> None:
    stream = Terminal() if tty else io.StringIO()
    assert render.choose_format(as_json, as_jsonl, chosen, stream) == expected


def test_json_is_indented_for_people_and_compact_for_programs(summit: Summit) -> None:
    piped, terminal = io.StringIO(), Terminal()
    render.render(summit.preamble[:1], "json", stream=piped)
    render.render(summit.preamble[:1], "json", stream=terminal)
    assert piped.getvalue().count("\n") == 1
    assert terminal.getvalue().startswith('[\n  {\n    "type": "preamble"')
    assert json.loads(piped.getvalue()) == json.loads(terminal.getvalue())


def test_plain_rows_for_hits_are_the_records_rows(summit: Summit) -> None:
    hits = search(summit.searchable, parse_query(["hydrogen"]))
    out = io.StringIO()
    render.render(hits, "plain", stream=out)
    assert out.getvalue().splitlines() == ["\t".join(layout.row(hit.record)) for hit in hits]


def test_qualified_refs_in_a_corpus(summit: Summit) -> None:
    assert layout.row(summit.statements[0], qualify=True)[0] == f"{summit.id}:S1"


def test_markdown_tables_escape_pipes(summit: Summit) -> None:
    outcome = summit.outcomes[0]._replace(title="one | two")
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
