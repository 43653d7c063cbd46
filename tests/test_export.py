"""Exports, read back by the tools analysts use: Python's csv and csvkit, sqlite3 and Datasette,
bibtexparser and citeproc-py."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from summitcli.model import Summit


@pytest.mark.parametrize(
    "args", [["search", "hydrogen"], ["quotes"], ["speakers"], ["outcomes"], ["timeline"],
             ["topics"], ["sections", "--clauses"], ["read"], ["show", "S1", "O1"], ["info"]],
)  # fmt: skip
def test_csv_reads_back_one_row_per_record(summit_cli: Any, args: list[str]) -> None:
    result = summit_cli(*args, "--format", "csv")
    assert result.returncode == 0
    assert "\r\n" in result.stdout  # RFC 4180 line ends
    rows = list(csv.reader(io.StringIO(result.stdout)))
    plain = summit_cli(*args).stdout.splitlines()
    assert len(rows) == len(plain) + 1  # a header, then the records the plain output has
    assert all(len(row) == len(rows[0]) for row in rows)
    if args[0] != "info":
        for row, line in zip(rows[1:], plain, strict=True):
            fields = line.split("\t")
            assert row[2 : 2 + len(fields)] == fields


def test_csv_reads_back_with_csvkit_too(summit_cli: Any, summit: Summit) -> None:
    from agate import Table

    text = summit_cli("quotes", "--format", "csv").stdout
    table = Table.from_csv(io.StringIO(text))
    assert list(table.column_names[:5]) == ["type", "summit", "Ref", "Who / where", "Kind"]
    texts = [row["Text"] for row in table.rows]
    assert summit.statements[3].text in texts  # commas and quotes survive


@pytest.fixture
def database(tmp_path: Path, summit_cli: Any) -> Path:
    path = tmp_path / "summit.db"
    result = summit_cli("export", "sqlite", str(path))
    assert (result.returncode, result.stdout) == (0, f"wrote {path}\n")
    return path


def test_sqlite_export_has_every_record_and_sound_keys(database: Path, summit: Summit) -> None:
    db = sqlite3.connect(database)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    tables = ("summits", "clauses", "statements", "narration", "outcomes", "passages")
    count = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    assert count == {
        "summits": 1,
        "clauses": len(summit.clauses),
        "statements": len(summit.statements),
        "narration": len(summit.narration),
        "outcomes": len(summit.outcomes),
        "passages": len(summit.searchable),
    }
    found = db.execute(
        "SELECT ref FROM passages WHERE rowid IN "
        "(SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'hydrogen') ORDER BY ref"
    ).fetchall()
    assert found == [("2.1",), ("S2",)]
    stemmed = db.execute(
        "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'abduction'"
    ).fetchone()[0]
    assert stemmed == 2  # Porter: "abductions" in 4.3 and "abduction" in S15


def test_sqlite_export_never_overwrites_without_force(database: Path, summit_cli: Any) -> None:
    before = database.read_bytes()
    refused = summit_cli("export", "sqlite", str(database))
    assert refused.returncode == 2
    assert refused.stderr == f"summit: {database} already exists; --force replaces it\n"
    assert database.read_bytes() == before
    assert summit_cli("export", "sqlite", str(database), "--force").returncode == 0
    assert sorted(p.name for p in database.parent.iterdir()) == ["summit.db"]  # no temporary left


def test_datasette_serves_the_export(database: Path) -> None:
    from datasette.app import Datasette

    async def visit() -> tuple[Any, Any]:
        ds = Datasette(files=[str(database)])
        await ds.invoke_startup()
        table = await ds.client.get("/summit/clauses.json?_shape=array")
        search = await ds.client.get("/summit/passages.json?_search=hydrogen&_shape=array")
        return table, search

    table, search = asyncio.run(visit())
    assert table.status_code == 200 and len(table.json()) == 11
    assert search.status_code == 200
    assert sorted(row["ref"] for row in search.json()) == ["2.1", "S2"]


def test_bibtex_parses_with_bibtexparser(summit_cli: Any) -> None:
    from bibtexparser.entrypoint import parse_string

    text = summit_cli("cite", "3.1", "S4", "N7", "--format", "bibtex").stdout
    library = parse_string(text)
    assert not library.failed_blocks
    entries = {entry.key: entry for entry in library.entries}
    assert set(entries) == {
        "korea-japan-2025-08-23-3-1",
        "korea-japan-2025-08-23-S4",
        "korea-japan-2025-08-23-N7",
    }
    s4 = entries["korea-japan-2025-08-23-S4"]
    assert s4["author"] == "{Lee Jae-myung}" and s4["year"] == "2025"
    assert "machine-translated by AI" in s4["note"]
    assert "section 3, clause (1)" in entries["korea-japan-2025-08-23-3-1"]["title"]


def test_csl_json_renders_with_citeproc(summit_cli: Any) -> None:
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    items = json.loads(summit_cli("cite", "S4", "2.1", "--format", "csl-json").stdout)
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == 2
    assert any("Lee Jae-myung" in entry and "2025" in entry for entry in rendered)


def test_ris_entries(summit_cli: Any) -> None:
    text = summit_cli("cite", "S4", "O1", "--format", "ris").stdout
    entries = [e for e in text.split("ER  - \n") if e.strip()]
    assert len(entries) == 2
    for entry in entries:
        tags = [line[:6] for line in entry.splitlines()]
        assert tags[0] == "TY  - " and "PY  - " in tags and "N1  - " in tags
    assert "AU  - Lee Jae-myung" in entries[0]


def test_exports_stay_off_every_other_command() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from summitcli.cli import main; main(['search', 'hydrogen', '--json']); "
        "loaded = ('sqlite3', 'csv', 'summitcli.export'); "
        "sys.stderr.write(' '.join(m for m in sys.modules if m in loaded))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stderr == ""


def test_an_account_is_cited_as_the_articles_words(summit_cli: Any) -> None:
    ris = summit_cli("cite", "S17", "--format", "ris").stdout
    assert "TI  - The article's account of Lee Jae-myung & Shigeru Ishiba:" in ris
    assert "AU  - " not in ris


CURATED_COLUMNS = {
    "people": {"curated_country", "aliases"},
    "statements": {"setting", "setting_basis"},
    "topics": {"name", "description"},
    "passage_topics": {"topic"},
    "outcomes": {"title", "not_signed"},
    "outcome_refs": {"relation"},
    "outcome_topics": {"topic"},
    "events": {"event", "inferred"},
    "event_refs": {"ref"},
}
"""Every column of the export that holds the curators' words or choices."""


def test_sqlite_schema_marks_every_curated_column(database: Path) -> None:
    """SQLite keeps a table's CREATE statement as written, comments included, and Datasette and
    sqlite-utils show it: each curated column's line says so there."""
    db = sqlite3.connect(database)
    schemas = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    marked = {
        table: {
            line.split()[0]
            for line in sql.splitlines()
            if "-- curated" in line and not line.lstrip().startswith("--")
        }
        for table, sql in schemas.items()
    }
    assert {table: columns for table, columns in marked.items() if columns} == CURATED_COLUMNS
