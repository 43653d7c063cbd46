"""Exports, read back by the tools analysts use: Python's csv and csvkit, sqlite3 and Datasette,
bibtexparser and citeproc-py."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import re
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest

from conftest import NO_ROLE_ARTICLE, ROOT, SUMMIT, bench_module, clean_env, write_draft
from summitcli.export import KEPT_APART, SQLITE_HEADER
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
    if args[0] != "info":  # a row leaves the columns of records of another shape empty
        end = -2 if rows[0][-2:] == ["Score", "Found in"] else None  # a hit's, not the plain's
        for row, line in zip(rows[1:], plain, strict=True):
            assert [c for c in row[2:end] if c] == [f for f in line.split("\t") if f]


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
    # a message, so on stderr: stdout is for output (`export ... > /dev/null` keeps it)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", f"summit: wrote {path}\n")
    return path


def test_a_curated_summit_is_no_draft_in_the_export(database: Path) -> None:
    with sqlite3.connect(database) as db:
        [(review,)] = db.execute("SELECT review FROM summits").fetchall()
        [(described,)] = db.execute("SELECT json FROM datasette_metadata").fetchall()
    assert review is None and "unreviewed" not in json.loads(described)["description"]


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
        "SELECT ref FROM passages WHERE rowid IN "
        "(SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'abduction') ORDER BY seq"
    ).fetchall()
    # Porter: "abduction" in S15 and "abductions" in 4.3, in source order (the article prints
    # the release last); S16 by its curated note alone, as `summit search` finds it
    assert stemmed == [("S15",), ("S16",), ("4.3",)]
    clauses = "SELECT ref, kind, who FROM clauses WHERE ref IN ('4.1', '4.3') ORDER BY seq"
    assert db.execute(clauses).fetchall() == [  # as the preamble table says P4's
        ("4.1", "reported, in a clause", "Lee Jae-myung & Shigeru Ishiba"),
        ("4.3", "clause", "Cooperation on peace on the Korean Peninsula and North Korean issues"),
    ]
    speakers = (
        "SELECT ref, person FROM passage_people WHERE ref IN ('P4', '4.1', '4.3') ORDER BY seq"
    )
    assert db.execute(speakers).fetchall() == [
        ("P4", "shigeru-ishiba"),
        ("4.1", "lee-jae-myung"),
        ("4.1", "shigeru-ishiba"),
    ]


@pytest.mark.parametrize("article", [None, NO_ROLE_ARTICLE])
def test_a_draft_s_placeholders_are_exported_as_null(
    tmp_path: Path, summit_cli: Any, article: str | None
) -> None:
    """A draft's "(unknown: see curation.review)" stood in `people.country`, whose column says
    "as the source states it", and in the summit's date and visit: SQL would read it as a fact.
    It is null there, as in JSON; `summits.review` lists what is unknown, so that a draft read
    in Datasette still says it is one (new user 28: only the CLI said so)."""
    from conftest import write_draft
    from summitcli.model import PLACEHOLDER

    draft = write_draft(tmp_path, article=article)
    assert PLACEHOLDER in draft.read_text(encoding="utf-8")
    database = tmp_path / "draft.db"
    assert summit_cli("--data", str(draft), "export", "sqlite", str(database)).returncode == 0
    with sqlite3.connect(database) as db:
        listed = db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        tables = [name for (name,) in listed]
        cells = [
            (table, value)
            for table in tables
            for row in db.execute(f"SELECT * FROM [{table}]")
            for value in row
            if isinstance(value, str) and PLACEHOLDER in value
        ]
        countries = db.execute("SELECT count(*) FROM people WHERE country IS NULL").fetchone()
        [(review,)] = db.execute("SELECT review FROM summits").fetchall()
        [(described,)] = db.execute("SELECT json FROM datasette_metadata").fetchall()
    assert cells == []
    assert countries[0] > 0
    items = msgspec.json.decode(draft.read_bytes())["curation"]["review"]
    assert review.split(KEPT_APART) == items
    assert "1 of the summits is an unreviewed draft" in json.loads(described)["description"]


def test_sqlite_export_never_overwrites_without_force(database: Path, summit_cli: Any) -> None:
    before = database.read_bytes()
    refused = summit_cli("export", "sqlite", str(database))
    assert refused.returncode == 2
    assert refused.stderr == f"summit: {database} already exists; --force replaces it\n"
    assert database.read_bytes() == before
    assert summit_cli("export", "sqlite", str(database), "--force").returncode == 0
    assert sorted(p.name for p in database.parent.iterdir()) == ["summit.db"]  # no temporary left


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_sqlite_export_is_made_as_any_new_file_under_the_umask(
    summit_cli: Any, tmp_path: Path, umask: int
) -> None:
    """0666 less the umask, as a shell redirection would make it: not the 0600 of a private
    temporary file, whether the file is new or replaced with --force."""
    path = tmp_path / "summit.db"
    path.write_bytes(b"")
    path.chmod(0o600)
    previous = os.umask(umask)
    try:
        result = summit_cli("export", "sqlite", str(path), "--force")
    finally:
        os.umask(previous)
    assert result.returncode == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["summit.db"]


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
    assert [row["ref"] for row in search.json()] == ["S2", "2.1"]  # source order: article first


def test_bibtex_parses_with_bibtexparser(summit_cli: Any) -> None:
    from bibtexparser.entrypoint import parse_string

    text = summit_cli("cite", "3.1", "S4", "N7", "--format", "bibtex").stdout
    library = parse_string(text)
    assert not library.failed_blocks
    entries = {entry.key: entry for entry in library.entries}
    assert set(entries) == {
        "korea-japan-2025-08-23-3.1",
        "korea-japan-2025-08-23-S4",
        "korea-japan-2025-08-23-N7",
    }
    s4 = entries["korea-japan-2025-08-23-S4"]
    assert s4["author"] == "{Lee Jae-myung}" and s4["year"] == "2025"
    assert "machine-translated by AI" in s4["note"]
    assert "section 3, clause (1)" in entries["korea-japan-2025-08-23-3.1"]["title"]


REFERENCE_KEYS = {
    "bibtex": r"^@misc\{(.*),$",
    "ris": r"^ID  - (.*)$",
    "csl-json": r'^    "id": "(.*)",$',
}
"""Where each reference-manager format writes an entry's key."""


@pytest.mark.parametrize("fmt", list(REFERENCE_KEYS))
def test_every_record_of_a_folder_has_a_key_of_its_own(
    fmt: str, summit_cli: Any, write_data: Callable[..., Path], summit: Summit
) -> None:
    """A summit "x" and its twin "x-2" (a second draft of one article) gave x:2.1 and x-2:1 one
    key, "x-2-1": pybtex refused the file and bibtexparser kept one entry (new user 67). Every
    section, clause and statement of both is cited with a key no other entry has."""
    write_data(name="a.json")
    twin = summit.id + "-2"
    folder = write_data(lambda data: data.update(id=twin), name="b.json").parent
    refs = [s.ref for s in summit.sections] + [c.ref for c in summit.clauses]
    refs += [s.ref for s in summit.statements]
    asked = [f"{summit_id}:{ref}" for summit_id in (summit.id, twin) for ref in refs]
    result = summit_cli("--data", str(folder), "cite", *asked, "--format", fmt)
    assert result.returncode == 0, result.stderr
    keys = re.findall(REFERENCE_KEYS[fmt], result.stdout, re.MULTILINE)
    assert len(keys) == len(asked) and len(set(keys)) == len(keys)


def test_bibtex_titles_keep_their_capitals_in_a_standard_style(summit_cli: Any) -> None:
    """The standard styles set a title in sentence case, lower-casing what is not braced:
    "Lee jae-myung, quoted: korea-japan summit, 23 august 2025" (new user 67). The title is
    the source's and summit's words, names and all, and is kept as written."""
    from bibtexparser.entrypoint import parse_string
    from pybtex.bibtex.utils import change_case

    text = summit_cli("cite", "S4", "2.1", "--format", "bibtex").stdout
    for entry in parse_string(text).entries:
        title = entry["title"]
        assert change_case(title, "t") == title, title
        assert _latex_to_text(title).startswith(("Lee Jae-myung", "Joint press release"))


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json", "plain", "json"])
@pytest.mark.parametrize(
    ("refs", "distinct"),
    [(["S4", "S4"], ["S4"]), (["2.1", "S4", "2(1)"], ["2.1", "S4"]), (["3", "3.1"], ["3", "3.1"])],
)
def test_a_record_asked_twice_is_cited_once(
    summit_cli: Any, fmt: str, refs: list[str], distinct: list[str]
) -> None:
    """A reference manager needs one entry per key, and the same record twice is one work:
    each is cited once, where it was first asked for, and stderr says so."""
    twice = summit_cli("cite", *refs, "--format", fmt)
    once = summit_cli("cite", *distinct, "--format", fmt)
    assert (twice.returncode, twice.stdout) == (0, once.stdout)
    repeated = refs[-1]
    note = f"summit: note: {repeated} is cited once: it names a record already asked for\n"
    assert twice.stderr == (note if distinct != refs else once.stderr)


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


@pytest.mark.parametrize(
    ("ref", "author", "title"),
    [
        ("S4", "Lee Jae-myung", "Lee Jae-myung, quoted: "),
        ("S8", None, "Lee Jae-myung, reported in the news article on the "),
        ("S9", None, "Shigeru Ishiba, reported in the news article on the "),
    ],
)
def test_only_a_quotation_has_its_speaker_as_author(
    summit_cli: Any, ref: str, author: str | None, title: str
) -> None:
    """New user 36: reported speech ("He also mentioned that it has been 17 years…") is the
    reporter's sentence, yet a reference manager printed "(Lee Jae-myung, 2025)" for it, as if
    he had said or written those words. Only a quotation's words are its speaker's; reported
    speech names its speaker in the title, and is a document, not a speech."""
    [csl] = json.loads(summit_cli("cite", ref, "--format", "csl-json").stdout)
    assert csl["title"].startswith(title)
    assert csl["author"] == ([{"literal": author}] if author else [])
    assert csl["type"] == ("speech" if author else "document")
    ris = summit_cli("cite", ref, "--format", "ris").stdout
    assert ("AU  - " in ris) == bool(author)


def test_an_account_is_cited_as_the_articles_words(summit_cli: Any) -> None:
    ris = summit_cli("cite", "S17", "--format", "ris").stdout
    assert "TI  - The article's account of Lee Jae-myung & Shigeru Ishiba:" in ris
    assert "AU  - " not in ris


CURATED_COLUMNS = {
    "summits": {"curated_facts"},
    "people": {"curated_country", "aliases"},
    "passages": {"keywords", "notes", "draft_notes"},
    "statements": {"setting", "setting_basis"},
    "topics": {"name", "description"},
    "passage_topics": {"topic"},
    "outcomes": {"title", "not_signed"},
    "outcome_refs": {"relation"},
    "outcome_topics": {"topic"},
    "events": {"date", "event", "inferred"},  # a date where it is inferred
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


@pytest.mark.parametrize(
    ("date", "parts"), [("2025", [2025]), ("2025-08", [2025, 8]), ("2025-08-23", [2025, 8, 23])]
)
def test_citations_give_only_the_precision_the_date_has(
    summit_cli: Any, write_data: Any, date: str, parts: list[int]
) -> None:
    """`validate` accepts a year or a month as a summit's date: no format invents the rest."""
    from bibtexparser.entrypoint import parse_string

    path = write_data(lambda data: data["summit"].update(date=date))
    cite = ("--data", str(path), "cite", "2.1", "--format")
    results = {fmt: summit_cli(*cite, fmt) for fmt in ("bibtex", "ris", "csl-json")}
    assert {fmt: (r.returncode, r.stderr) for fmt, r in results.items()} == {
        fmt: (0, "") for fmt in results
    }
    [csl] = json.loads(results["csl-json"].stdout)
    assert csl["issued"] == {"date-parts": [parts]}
    [entry] = parse_string(results["bibtex"].stdout).entries
    bibtex = {field.key: field.value for field in entry.fields}
    assert bibtex["year"] == "2025"  # bibtexparser strips the braces that enclose a value
    assert bibtex.get("month") == ("aug" if len(parts) > 1 else None)  # the month macro
    assert bibtex["date"] == date
    ris = dict(line.split("  - ", 1) for line in results["ris"].stdout.splitlines())
    assert ris["PY"] == "2025"
    assert ris.get("DA") == {1: None, 2: "2025/08", 3: "2025/08/23"}[len(parts)]


def _latex_to_text(value: str) -> str:
    """What LaTeX typesets for a BibTeX field, as pylatexenc reads it, with the LaTeX kernel's
    meaning for three text macros that pylatexenc lacks or draws as another character."""
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    context = get_default_latex_context_db().filter_context()
    context.add_context_category(
        "kernel",
        prepend=True,
        macros=[
            MacroTextSpec("textbraceleft", "{"),
            MacroTextSpec("textbraceright", "}"),
            MacroTextSpec("textasciicircum", "^"),
        ],
    )
    return str(LatexNodes2Text(latex_context=context).latex_to_text(value))


AWKWARD_TITLE = "Joint statement _2025.8.23. Lee & Ishiba: 100% #1 $5 ~x^2 \\path {a} } -- ``q'' ,,"


def test_bibtex_escapes_what_latex_would_read_as_commands(summit_cli: Any, write_data: Any) -> None:
    """Each field, parsed by bibtexparser and typeset as pylatexenc reads LaTeX, gives back the
    text it was made from: `_`, `&`, `%`, `#`, `$`, `~`, `^`, `\\`, braces and ligatures."""
    from bibtexparser.entrypoint import parse_string

    def change(data: dict[str, Any]) -> None:
        data["release"]["title"] = AWKWARD_TITLE
        data["people"][0]["name"] = "Lee {Jae}_myung & co"

    path = write_data(change)
    text = summit_cli("--data", str(path), "cite", "2.1", "S4", "--format", "bibtex").stdout
    library = parse_string(text)
    assert not library.failed_blocks
    clause, statement = library.entries
    assert _latex_to_text(clause["title"]) == f"{AWKWARD_TITLE}: section 2, clause (1)"
    assert _latex_to_text(statement["author"][1:-1]) == "Lee {Jae}_myung & co"
    bundled = parse_string(summit_cli("cite", "2.1", "S17", "--format", "bibtex").stdout)
    for entry in bundled.entries:
        for field in entry.fields:
            assert "_" not in field.value.replace("\\_", "")
            assert "&" not in field.value.replace("\\&", "")
    assert "Lee Jae-myung \\& Shigeru Ishiba" in bundled.entries[1]["title"]


def test_bibtex_runs_through_a_real_bibtex(
    summit_cli: Any, write_data: Any, tmp_path: Path
) -> None:
    """bibtex itself reads the entries (brace balance, escapes) and writes each field out."""
    import shutil
    import subprocess

    if shutil.which("bibtex") is None:
        pytest.skip("bibtex (Debian texlive-binaries) is not installed")
    path = write_data(lambda data: data["release"].update(title=AWKWARD_TITLE))
    text = summit_cli("--data", str(path), "cite", "2.1", "S17", "--format", "bibtex").stdout
    (tmp_path / "refs.bib").write_text(text, encoding="utf-8")
    (tmp_path / "fields.bst").write_text(
        "ENTRY { title author note year month } {} {}\n"
        'FUNCTION {misc} { title write$ newline$ "@@" write$ newline$ }\n'
        "READ\nITERATE {call.type$}\n",
        encoding="utf-8",
    )
    (tmp_path / "doc.aux").write_text(
        "\\citation{*}\n\\bibdata{refs}\n\\bibstyle{fields}\n", encoding="utf-8"
    )
    result = subprocess.run(
        ["bibtex", "doc"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout and "error" not in result.stdout.lower()
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    written = [title.replace("\n", " ") for title in bbl.split("\n@@\n")]  # bibtex wraps at 79
    assert _latex_to_text(written[0]) == f"{AWKWARD_TITLE}: section 2, clause (1)"


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
def test_quote_is_carried_into_every_reference_format(
    summit_cli: Any, summit: Summit, fmt: str
) -> None:
    """Issue 21 point 7: --quote was dropped by the reference-manager formats."""
    text = summit.statements[3].text
    quoted = summit_cli("cite", "S4", "--quote", "--format", fmt).stdout
    plain = summit_cli("cite", "S4", "--format", fmt).stdout
    shown = text.split(" amid ")[0]  # BibTeX escapes nothing in these words
    assert shown in quoted and shown not in plain


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
@pytest.mark.parametrize("quote", [[], ["--quote"]])
def test_an_outcome_is_cited_with_its_summary_marked_as_the_curators(
    summit_cli: Any, summit: Summit, fmt: str, quote: list[str]
) -> None:
    """`cite O1 --format bibtex` named "outcome (curated summary), signed: 2.2" and left the
    summary out, the one thing an outcome is, which the plain citation gives."""
    cited = summit_cli("cite", "O1", *quote, "--format", fmt).stdout
    summary = summit.outcomes[0].title
    assert "Curated summary, not the source's words" in cited
    assert summary.split(":")[0] in cited


@pytest.mark.parametrize(("ref", "quote"), [("O3", []), ("S4", ["--quote"]), ("2.1", ["--quote"])])
def test_a_notes_quoted_text_and_its_place_are_apart(
    summit_cli: Any, ref: str, quote: list[str]
) -> None:
    """The note ran the quoted text into its place ("…expanded” outcome (curated summary)",
    new user 45): a dash sets them apart, as in the plain citation's parentheses."""
    [entry] = json.loads(summit_cli("cite", ref, *quote, "--format", "csl-json").stdout)
    assert re.search(r"\u201d \u2014 (outcome|article|section)\b", entry["note"]), entry["note"]


def test_bibtex_month_is_a_macro_classic_styles_know(summit_cli: Any) -> None:
    """Classic BibTeX styles print `month = aug`, not a number."""
    entry = summit_cli("cite", "S1", "--format", "bibtex").stdout
    assert "  month = aug," in entry and "month = {8}" not in entry


def test_metadata_describes_every_curated_column_as_curated(database: Path) -> None:
    """The Datasette metadata the database carries says "curated" of exactly the columns the
    schema marks, and of no other."""
    db = sqlite3.connect(database)
    [(text,)] = db.execute("SELECT json FROM datasette_metadata").fetchall()
    tables = json.loads(text)["databases"]["summit"]["tables"]
    curated = {
        table: {column for column, said in about["columns"].items() if said.startswith("curated")}
        for table, about in tables.items()
    }
    assert {table: columns for table, columns in curated.items() if columns} == CURATED_COLUMNS
    described = {table for table, about in tables.items() if about["description"]}
    assert described == {name for (name,) in db.execute(TABLES)}
    schemas = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    commented = {
        (table, line.split()[0])
        for table, sql in schemas.items()
        for line in sql.splitlines()[1:]
        if " -- " in line and not line.lstrip().startswith("--")
    }
    columns = {(table, c) for table, about in tables.items() for c in about.get("columns", {})}
    assert commented <= columns  # a table's last column, with no comma before its comment, too


TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'passages_fts%'"


def _served(database: Path, path: str, described: bool = True) -> Any:
    """A page of the database as Datasette serves it, with the metadata the database carries
    (as `datasette summit.db -m summit.json` would) or without any."""
    from datasette.app import Datasette

    db = sqlite3.connect(database)
    [(text,)] = db.execute("SELECT json FROM datasette_metadata").fetchall()

    async def visit() -> Any:
        ds = Datasette(files=[str(database)], metadata=json.loads(text) if described else None)
        await ds.invoke_startup()
        return await ds.client.get(path)

    return asyncio.run(visit())


@pytest.mark.parametrize("described", [True, False])
def test_datasette_lists_statements_in_source_order_with_who_said_them(
    database: Path, summit: Summit, described: bool
) -> None:
    """Issue 21 point 12: S1, S2, … S10 as the article prints them (not S1, S10, S11 by the
    text of the key), with or without the metadata, and the speakers in the statement's row;
    an account is the article's, never a person's."""
    page = _served(database, "/summit/statements.json?_shape=objects", described).json()
    rows = page["rows"]
    assert [row["ref"] for row in rows] == [s.ref for s in summit.statements]
    assert [row["ref"] for row in rows[:11]] == [f"S{n}" for n in range(1, 12)]
    who = {row["ref"]: row["who"] for row in rows}
    assert who["S1"] == "Lee Jae-myung & Shigeru Ishiba"
    assert who["S10"] == "Shigeru Ishiba"
    assert who["S2"] == "the article, about Lee Jae-myung & Shigeru Ishiba"
    quotes = _served(database, "/summit/preamble.json?_shape=array").json()
    assert {row["ref"]: row["who"] for row in quotes}["P4"] == "Shigeru Ishiba"


def test_datasette_table_page_shows_the_metadata(database: Path) -> None:
    from html import unescape

    for home in ("/", "/summit"):
        html = unescape(_served(database, home).text)
        assert "<h1>Korea-Japan summit, Tokyo, 2025-08-23</h1>" in html
        assert "a column described as curated holds the curators' words" in html
    assert 'href="/summit/statements"' in html
    assert 'href="/summit/datasette_metadata"' not in html  # plumbing, hidden once it is read
    page = _served(database, "/summit/statements")
    assert page.status_code == 200
    html = unescape(page.text)
    assert "MIT" in html and "machine-translated by AI" in html  # licence and source
    assert "What the article quotes or reports" in html  # the table's description
    assert "<dt>setting</dt><dd>curated: inferred, not stated by the source</dd>" in html
    assert 'data-column-description="the speakers, named as summit quotes names them' in html
    refs = [ref for ref in ("S1", "S2", "S9", "S10", "S11") if f">{ref}<" in html]
    assert refs == ["S1", "S2", "S9", "S10", "S11"]
    assert html.index(">S9<") < html.index(">S10<")


def _datasette_search(database: Path, typed: str) -> list[tuple[str, str]]:
    """(summit, ref) of what `?_search=` finds in passages, as Datasette asks FTS5 for it (the
    words escaped by its escape_fts), best first as sqlite-utils orders them: by FTS5's bm25
    rank, ties in source order."""
    from datasette.utils import escape_fts

    db = sqlite3.connect(database)
    rows = db.execute(
        "SELECT p.summit, p.ref FROM passages_fts JOIN passages p ON p.seq = passages_fts.rowid "
        "WHERE passages_fts MATCH ? ORDER BY passages_fts.rank, p.seq",
        (escape_fts(typed),),
    )
    return [(summit, ref) for summit, ref in rows]


SEARCHES = [
    # (summit search's arguments, whether summit's top 10 is FTS5's: where it is not, FTS5
    # weighs the words' rarity otherwise, or counts the ¦ between keywords in a length)
    (["abductions"], False),  # also in curated keywords alone, which summit ranks after the text
    (["hydrogen"], True),
    (["Hydrogen's"], True),
    (["cooperation"], False),
    (["agreeing"], False),
    (["families"], True),
    (["inferred"], True),  # the curated notes alone
    (["naïve"], False),  # in curated keywords too, which summit ranks after the text
    (["naive"], False),  # diacritics are removed on both sides: "naïve", in keywords too
    (["Korea-Japan"], True),
    (["U.S."], True),
    (["2025"], False),
    (["AI"], True),
    (["supply chains"], True),  # a phrase
    (["two leaders"], True),
    (["trade security"], True),
    (["cyber markets"], True),  # never across two keywords: "cyber ¦ markets" in P1 of 00000
    (["leaders", "agreed"], False),  # every word; summit ranks the text holding both first
    (["agreed", "energy"], False),  # FTS5's idf weighs two words otherwise than summit's BM25
    (["trade", "youth"], False),
    (["security", "dialogue"], False),
    (["semiconductors", "trade"], False),  # summit ranks the text holding both first
    (["fairly"], True),
]


def test_datasette_search_finds_what_summit_search_finds(
    tmp_path: Path, summit_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20, one database: on a varied generated corpus, each query typed in Datasette's
    search box (an argument with spaces as a quoted phrase) finds the same passages as
    `summit search`, and where one word is asked for, in the same order of relevance."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    corpus = bench_module("corpus").write(tmp_path / "corpus", 40, seed=7)
    database = tmp_path / "corpus.db"
    assert summit_cli("--data", str(corpus), "export", "sqlite", str(database)).returncode == 0
    agreed = []
    for arguments, _ in SEARCHES:
        found = summit_cli("--data", str(corpus), "search", *arguments, "--json", "-n", "99999")
        hits = [(hit["summit"], hit["ref"]) for hit in json.loads(found.stdout or "[]")]
        typed = " ".join(f'"{word}"' if " " in word else word for word in arguments)
        fts = _datasette_search(database, typed)
        assert (arguments, sorted(fts)) == (arguments, sorted(hits))
        agreed.append((arguments, fts[:10] == hits[:10]))
    assert agreed == [(arguments, same) for arguments, same in SEARCHES]


STEMMED_APART = {"communication", "community", "joint", "jointly", "new", "news", "on", "one"}
STEMMED_APART |= {"peace", "peacefully"}
"""The words of the bundled summit that FTS5's Porter stemmer and summit's Snowball stemmer
key apart (Porter: news → new, one → on, communication and community → commun; Snowball:
jointly → joint, peacefully → peac), so that searching for one finds other passages."""


def test_every_word_of_the_bundled_summit_finds_the_same_passages(
    database: Path, summit: Summit
) -> None:
    """Each distinct word of what summit searches, as a query, in the export's FTS and in
    `search`: the hit sets differ only where the two stemmers do."""
    import re

    from summitcli.search import parse_query, search, searched_fields

    records = summit.searchable
    words = {
        w.casefold() for r in records for f in searched_fields(r) for w in re.findall(r"\w+", f)
    }
    apart = {
        word
        for word in words
        if {ref for _, ref in _datasette_search(database, word)}
        != {hit.record.ref for hit in search(records, parse_query([word]))}
    }
    assert apart == STEMMED_APART
    assert len(words) == 453


def test_a_draft_s_own_notes_are_kept_but_not_searched_in_the_export(
    tmp_path: Path, summit_cli: Any
) -> None:
    """`search` leaves out a draft's notes on how it found a speaker (they are about the draft,
    not the passage); the export's index did not, so Datasette found passages by "surname" or
    a name written only there (new user 43). The notes stay readable in a column of their own."""
    import re

    draft = write_draft(tmp_path)
    database = tmp_path / "draft.db"
    assert summit_cli("--data", str(draft), "export", "sqlite", str(database)).returncode == 0
    from summitcli.loader import load_file

    summit = load_file(draft)
    drafted = [n for p in summit.in_source_order for n in p.curation.draft_notes]
    assert drafted
    for word in sorted({w for note in drafted for w in re.findall(r"[^\W\d_]{4,}", note)}):
        found = summit_cli("--data", str(draft), "search", word, "--json", "-n", "999")
        hits = sorted((hit["summit"], hit["ref"]) for hit in json.loads(found.stdout or "[]"))
        assert (word, sorted(_datasette_search(database, word))) == (word, hits)
    with sqlite3.connect(database) as db:
        kept = [n for (cell,) in db.execute("SELECT draft_notes FROM passages") if cell
                for n in cell.split(KEPT_APART)]  # fmt: skip
    assert kept == drafted


def test_sqlite_utils_searches_the_export(database: Path) -> None:
    """`sqlite-utils search summit.db passages WORDS` finds the FTS table by itself."""
    import sqlite_utils

    table = sqlite_utils.Database(database).table("passages")
    assert table.detect_fts() == "passages_fts"
    found = [row["ref"] for row in table.search("abductions", columns=["ref"])]
    assert sorted(found) == ["4.3", "S15", "S16"]


CHROMIUM = Path("/usr/bin/chromium")


def test_a_real_browser_renders_the_statements_table(
    tmp_path: Path, summit_cli: Any, free_port: int
) -> None:
    """The statements page as an analyst sees it: Datasette serving the export with its
    metadata, photographed by headless Chromium (where installed: CI need not have it)."""
    import subprocess
    import sys
    import time
    import urllib.request

    if not CHROMIUM.exists():
        pytest.skip(f"needs Chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    database, described = tmp_path / "summit.db", tmp_path / "summit.json"
    exported = summit_cli("export", "sqlite", str(database), "--metadata", str(described))
    assert exported.returncode == 0
    url = f"http://127.0.0.1:{free_port}/summit/statements"
    serve = [sys.executable, "-m", "datasette", "serve", str(database), "-m", str(described)]
    server = subprocess.Popen([*serve, "-p", str(free_port)], stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                assert b">S10<" in urllib.request.urlopen(url, timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        shot = tmp_path / "statements.png"
        browser = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
        browser += ["--disable-quic", "--disable-background-networking", "--disable-sync"]
        browser += ["--disable-component-update", f"--user-data-dir={tmp_path / 'profile'}"]
        browser += [f"--screenshot={shot}", "--window-size=1280,900", url]
        subprocess.run(browser, capture_output=True, timeout=120, check=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    image = shot.read_bytes()
    assert image.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(image) > 50_000  # a page of text and a table, not a blank or an error page


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("metadata", "is Datasette metadata ('summit export --metadata' writes it), not a summit"),
        ('{"title": "notes"}', "is JSON, but not a summit file: it has none of"),
    ],
)
def test_a_json_file_of_another_kind_in_a_folder_is_named_for_what_it_is(
    tmp_path: Path, summit_cli: Any, written: str, said: str
) -> None:
    """New user 42 kept the metadata beside the summits, as the README's example names it
    (`summit.json`): the folder was refused with "expected a value, found nothing at
    $.format", as if it were a broken summit file."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    summit_cli("export", "sqlite", str(tmp_path / "s.db"), "--metadata", str(folder / "s.json"))
    if written != "metadata":
        (folder / "s.json").write_text(written, encoding="utf-8")
    result = summit_cli("--data", str(folder), "sections")
    assert result.returncode == 2 and said in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "hide it" in result.stderr


def test_metadata_file_is_what_the_database_carries(tmp_path: Path, summit_cli: Any) -> None:
    path, described = tmp_path / "archive.db", tmp_path / "archive.json"
    result = summit_cli("export", "sqlite", str(path), "--metadata", str(described))
    assert (result.returncode, result.stderr) == (0, f"summit: wrote {path} and {described}\n")
    [(carried,)] = sqlite3.connect(path).execute("SELECT json FROM datasette_metadata")
    assert described.read_text(encoding="utf-8") == carried
    assert list(json.loads(carried)["databases"]) == ["archive"]  # as Datasette names the file


@pytest.mark.parametrize("own", [False, True])
def test_only_the_bundled_summit_carries_the_projects_licence(
    tmp_path: Path, summit_cli: Any, own: bool
) -> None:
    """A curator's own summit is theirs to license: Datasette shows the licence on every page
    (new user 25: a summit drafted from their article was labelled MIT)."""
    data = ["--data", str(write_draft(tmp_path))] if own else []
    described = tmp_path / "archive.json"
    result = summit_cli(
        *data, "export", "sqlite", str(tmp_path / "a.db"), "--metadata", str(described)
    )
    assert result.returncode == 0, result.stderr
    assert ("license" in json.loads(described.read_text(encoding="utf-8"))) is not own


@pytest.mark.parametrize("existing", ["database", "metadata"])
def test_metadata_file_is_never_overwritten_without_force(
    tmp_path: Path, summit_cli: Any, existing: str
) -> None:
    """Either file already there: nothing is written, neither file, nor a temporary."""
    files = {"database": tmp_path / "s.db", "metadata": tmp_path / "s.json"}
    mine = {"database": SQLITE_HEADER + b"mine", "metadata": b'{"title": "mine"}'}[existing]
    files[existing].write_bytes(mine)
    arguments = ("export", "sqlite", str(files["database"]), "--metadata", str(files["metadata"]))
    refused = summit_cli(*arguments)
    assert refused.returncode == 2
    assert refused.stderr == f"summit: {files[existing]} already exists; --force replaces it\n"
    assert [p.name for p in tmp_path.iterdir()] == [files[existing].name]
    assert files[existing].read_bytes() == mine
    assert summit_cli(*arguments, "--force").returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.db", "s.json"]


def test_metadata_file_cannot_be_the_database(tmp_path: Path, summit_cli: Any) -> None:
    path = tmp_path / "s.db"
    refused = summit_cli("export", "sqlite", str(path), "--metadata", str(path))
    assert refused.returncode == 2
    assert refused.stderr == f"summit: {path} cannot be both the database and its metadata\n"
    assert list(tmp_path.iterdir()) == []


def test_an_export_onto_a_full_disk_says_it_cannot_write(tmp_path: Path) -> None:
    """New user 58: SQLite's "database or disk is full" was an internal error asking for a bug
    report (exit 3); it is the disk's refusal, said as any other (exit 2), nothing left behind.
    A file-size limit refuses SQLite's writes as a full disk does."""
    import resource
    import signal
    import subprocess

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    path = tmp_path / "out.db"
    result = subprocess.run(
        [str(SUMMIT), "export", "sqlite", str(path)],
        capture_output=True,
        text=True,
        env=clean_env(),
        preexec_fn=limited,
        check=False,
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"summit: cannot write {path}: "), result.stderr
    assert "internal error" not in result.stderr  # SQLite's reason: "disk I/O error" here
    assert list(tmp_path.iterdir()) == []


BUNDLED = ROOT / "data" / "summit_2025.json"


@pytest.mark.parametrize("named", ["database", "metadata"])
def test_a_summit_file_is_never_replaced_even_with_force(
    tmp_path: Path, summit_cli: Any, named: str
) -> None:
    """New user 58: `--metadata s2.json --force` replaced a summit file the call had not read
    (a draft beside the folder, the bundled data itself): --force is for an earlier export,
    never for a summit file named by mistake."""
    summit_file = tmp_path / "s2.json"
    summit_file.write_bytes(BUNDLED.read_bytes())
    files = {"database": tmp_path / "out.db", "metadata": tmp_path / "out.json"} | {
        named: summit_file
    }
    args = ["export", "sqlite", str(files["database"]), "--metadata", str(files["metadata"])]
    refused = summit_cli(*args, "--force")
    assert refused.returncode == 2
    assert refused.stderr == (
        f"summit: {summit_file} is a summit file; --force never replaces one: name another file\n"
    )
    assert summit_file.read_bytes() == BUNDLED.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["s2.json"]


def test_metadata_never_replaces_a_database_even_with_force(
    tmp_path: Path, summit_cli: Any
) -> None:
    """A new user's `--metadata out.db --force` replaced an earlier export with JSON: --force
    is for the file of its kind, never for a database named as the metadata."""
    earlier = tmp_path / "out.db"
    assert summit_cli("export", "sqlite", str(earlier)).returncode == 0
    kept = earlier.read_bytes()
    args = ["export", "sqlite", str(tmp_path / "new.db"), "--metadata", str(earlier), "--force"]
    refused = summit_cli(*args)
    assert refused.returncode == 2
    assert refused.stderr == (
        f"summit: {earlier} is a SQLite database; --metadata writes Datasette's JSON: "
        "name a .json file\n"
    )
    assert earlier.read_bytes() == kept and not (tmp_path / "new.db").exists()


@pytest.mark.parametrize("reviewed", [False, True])
def test_a_citation_names_the_city_a_draft_did_not_find(
    reviewed: bool, tmp_path: Path, summit_cli: Any
) -> None:
    """A draft whose release title gives no date or city was cited "…, (unknown: see
    curation.review), date (unknown: see curation.review)": which fact is unknown is said for
    the city as it is for the date, and no reference manager's place field holds the mark.
    With the review list emptied, "see curation.review" pointed at nothing (new user 69): the
    citation says what the title's placeholder says, whatever the list holds."""
    from conftest import write_draft

    article = NO_ROLE_ARTICLE.replace("[Joint statement _2026.4.2. Hanoi]", "[Joint statement]")
    path = write_draft(tmp_path, article=article)
    if reviewed:
        drafted = json.loads(path.read_text(encoding="utf-8"))
        drafted["curation"]["review"] = []
        path.write_text(json.dumps(drafted), encoding="utf-8")
    text = summit_cli("--data", str(path), "cite", "P1", "--format", "plain")
    assert text.returncode == 0, text.stderr
    unknown = "(unreviewed draft: not yet filled in)"
    assert f", city {unknown}, date {unknown}." in text.stdout
    assert "curation.review" not in text.stdout
    ris = summit_cli("--data", str(path), "cite", "P1", "--format", "ris").stdout
    assert "CY  - " not in ris
    csl = json.loads(summit_cli("--data", str(path), "cite", "P1", "--format", "csl-json").stdout)
    assert csl[0]["issued"] == {"literal": f"date {unknown}"}


def test_a_city_a_draft_guessed_from_the_dateline_is_null_in_the_export(
    tmp_path: Path, summit_cli: Any
) -> None:
    """`summits.city` held the dateline's guess ("Manila") as the source's fact, only the
    review column saying otherwise (new user 69): null, as a reference manager's place is."""
    from conftest import write_draft

    article = "HANOI (Agency) - " + NO_ROLE_ARTICLE.replace(" _2026.4.2. Hanoi]", " _2026.4.2.]")
    path = write_draft(tmp_path, article=article)
    cited = summit_cli("--data", str(path), "cite", "P1").stdout
    assert "Hanoi (unreviewed draft: a guess)" in cited
    database = tmp_path / "d.db"
    assert summit_cli("--data", str(path), "export", "sqlite", str(database)).returncode == 0
    with sqlite3.connect(database) as db:
        [(city, review)] = db.execute("SELECT city, review FROM summits").fetchall()
    assert city is None and "summit.city" in review


def test_a_summit_fact_the_curators_gave_is_curated_in_the_export(
    tmp_path: Path, summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    """`summits.country` gave the curators' knowledge as the source's (new user 47): the basis
    of each fact they gave is in `curated_facts`, a column the metadata calls curated."""

    def known(data: dict[str, Any]) -> None:
        data["curation"]["facts"] = {"country": "Tokyo is the capital of Japan"}

    path = tmp_path / "facts.db"
    written = summit_cli("--data", str(write_data(known)), "export", "sqlite", str(path))
    assert written.returncode == 0, written.stderr
    with sqlite3.connect(path) as db:
        [(country, facts)] = db.execute("SELECT country, curated_facts FROM summits").fetchall()
    assert (country, facts) == ("Japan", "country: Tokyo is the capital of Japan")


@pytest.mark.parametrize(
    ("named", "content", "kind"),
    [
        ("database", "LISBON (Lusa) - The two leaders met.\n", "no SQLite database"),
        ("metadata", "LISBON (Lusa) - The two leaders met.\n", "no JSON object"),
        ("metadata", "[1, 2]\n", "no JSON object"),
    ],
)
def test_force_replaces_only_an_earlier_export(
    tmp_path: Path, summit_cli: Any, named: str, content: str, kind: str
) -> None:
    """New user 63: `export sqlite lisbon.txt --force` made the article a database, no copy
    kept: --force is for an earlier export, so a file of another kind is refused, whatever
    its name (an empty one, as `touch` leaves, may be replaced)."""
    files = {"database": tmp_path / "out.db", "metadata": tmp_path / "out.json"}
    files[named] = tmp_path / "lisbon.txt"
    files[named].write_text(content, encoding="utf-8")
    args = ["export", "sqlite", str(files["database"]), "--metadata", str(files["metadata"])]
    refused = summit_cli(*args, "--force")
    assert (refused.returncode, refused.stdout) == (2, "")
    other = "an earlier export's metadata" if named == "metadata" else "an earlier export"
    assert refused.stderr == (
        f"summit: {files[named]} is {kind}; --force replaces only {other}: name another file\n"
    )
    assert files[named].read_text(encoding="utf-8") == content
    assert [p.name for p in tmp_path.iterdir()] == ["lisbon.txt"]
