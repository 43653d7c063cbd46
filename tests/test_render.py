"""Output formats, written to a string instead of a terminal."""

from __future__ import annotations

import io
import json

import pytest

from summitcli import render
from summitcli.model import Summit
from summitcli.search import parse_query, search


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("chosen", "tty", "expected"),
    [
        ("json", True, "json"),
        ("markdown", False, "markdown"),
        ("auto", True, "rich"),
        ("auto", False, "plain"),
    ],
)
def test_choose_format(chosen: str, tty: bool, expected: str) -> None:
    stream = Terminal() if tty else io.StringIO()
    assert render.choose_format(chosen, stream) == expected


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
    assert out.getvalue().splitlines() == ["\t".join(hit.record.row()) for hit in hits]
