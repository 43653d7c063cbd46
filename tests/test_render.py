"""Output formats, written to a string instead of a terminal: each renderer reads views only."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import msgspec
import pytest

from conftest import run_on_terminal, write_draft
from summitcli import views
from summitcli.model import Summit
from summitcli.output import Output
from summitcli.render import render
from summitcli.render.markdown import markdown
from summitcli.search import parse_query, search


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def written(shown: list[views.View], fmt: str, whole: bool = False) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    render(shown, fmt, Output(out, err), whole=whole)
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("chosen", "tty", "colour", "expected"),
    [
        ("json", True, "auto", "json"),
        ("markdown", False, "auto", "markdown"),
        ("auto", True, "auto", "rich"),
        ("auto", False, "auto", "plain"),
        ("auto", False, "always", "rich"),
    ],
)
def test_choose_format(chosen: str, tty: bool, colour: str, expected: str) -> None:
    stream = Terminal() if tty else io.StringIO()
    assert Output(stream, colour=colour).choose(chosen) == expected


def test_two_outputs_do_not_share_their_colour() -> None:
    """The output context is an object: one call's --color is not the next one's."""
    assert Output(io.StringIO(), colour="always").choose("auto") == "rich"
    assert Output(io.StringIO()).choose("auto") == "plain"


def test_json_is_indented_for_people_and_compact_for_programs(summit: Summit) -> None:
    shown = [views.passage(summit.preamble[0], views.Options())]
    piped, terminal = io.StringIO(), Terminal()
    render(shown, "json", Output(piped))
    render(shown, "json", Output(terminal))
    assert piped.getvalue().count("\n") == 1
    assert terminal.getvalue().startswith('[\n  {\n    "type": "preamble"')
    assert json.loads(piped.getvalue()) == json.loads(terminal.getvalue())


def test_plain_rows_of_hits_are_ref_who_kind_text(summit: Summit) -> None:
    hits = search(summit.searchable, parse_query(["hydrogen"]))
    out, _ = written([views.hit(hit, views.Options()) for hit in hits], "plain")
    rows = [line.split("\t") for line in out.splitlines()]
    assert [row[0] for row in rows] == [hit.record.ref for hit in hits]
    assert [row[3] for row in rows] == [hit.record.text for hit in hits]


def test_markdown_tables_escape_pipes(summit: Summit) -> None:
    outcome = msgspec.structs.replace(summit.outcomes[0], title="one | two")
    outcome.summit = summit.id
    out = markdown([views.outcome(outcome, views.Options())], whole=False)
    assert out.splitlines() == [
        "| Ref | Outcome (curated) | Signed (curated) | Echoed by (curated) "
        "| Not signed (curated) |",
        "| --- | --- | --- | --- | --- |",
        f"| O1 | one \\| two | 2.2 | {', '.join(outcome.echoes)} | {outcome.not_signed} |",
    ]


def test_markdown_sections_with_clauses(summit: Summit) -> None:
    shown = [views.listing(summit.sections[0], views.Options(whole=True))]
    out = markdown(shown, whole=True)
    assert out.startswith(f"## 1. {summit.sections[0].title}\n")
    assert f"> {summit.clauses[0].text}" in out


def test_csv_of_mixed_records_has_rows_as_wide_as_its_header(summit: Summit) -> None:
    options = views.Options(whole=True)
    shown = [views.record(r, options) for r in (summit.sections[1], summit.outcomes[0])]
    out, _ = written(shown, "csv", whole=True)
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 1 + 1 + len(summit.sections[1].clauses) + 1
    assert {len(row) for row in rows} == {len(rows[0])}


def test_csv_of_mixed_records_names_every_column(summit: Summit) -> None:
    """Records of several shapes in one CSV shared generic names (`field1`…), so a script
    could not ask for a column by name and a curated title sat in the column that holds another
    row's verbatim text. The header is every shape's columns, each once, in the order first met;
    each row fills its own and leaves the others empty, and a curated column's header says so."""
    options = views.Options(whole=True)
    shown = [views.record(r, options) for r in (summit.outcomes[1], summit.statements[3])]
    out, _ = written(shown, "csv", whole=True)
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert len(header) == len(set(header)) and {len(row) for row in rows} == {len(header)}
    for view, row in zip(shown, rows, strict=True):
        cells = {h: v for h, v in zip(header, row, strict=True) if v}
        own = {f.heading: f.value for f in view.fields if f.label != views.SUMMIT.label and f.value}
        assert cells == {"type": view.type, "summit": view.summit, **own}
    curated = [f.heading for f in shown[0].fields if f.curated]
    assert curated and all(h.endswith("(curated)") and h in header for h in curated)
    statement = dict(zip(header, rows[1], strict=True))
    assert statement["Text"] == summit.statements[3].text


@pytest.mark.parametrize("command", ["speakers", "outcomes", "timeline", "search", "quotes"])
@pytest.mark.parametrize("width", [60, 80, 120])
def test_a_terminal_never_cuts_a_name_or_the_text(summit: Summit, command: str, width: int) -> None:
    """Issue 21 point 4: at 60 columns speakers showed "Pres…" and "石破 …"; where a table
    cannot show every word whole, records are stacked, as `gh` and `kubectl describe` do."""
    options = views.Options()
    shown = {
        "speakers": [views.person(p, options) for p in summit.people],
        "outcomes": [views.outcome(o, options) for o in summit.outcomes],
        "timeline": [views.event(e, options) for e in summit.timeline],
        "search": [views.hit(h, options) for h in search(summit.searchable, parse_query(["AI"]))],
        "quotes": [views.passage(s, options) for s in summit.statements],
    }[command]
    out = io.StringIO()
    render(shown, "rich", Output(out, colour="never", width=width))
    text = out.getvalue()
    assert "\u2026" not in text
    flat = " ".join(text.split())
    for view in shown:
        for field in view.fields:
            for word in field.value.split():
                assert word in flat, (word, view.fields[0].value)


@pytest.mark.parametrize("width", [80, 100, 120])
def test_a_table_of_hits_takes_the_terminal_s_width(summit: Summit, width: int) -> None:
    """At 80 columns `search hydrogen` drew a table 70 wide, its text 26 wide and S2 thirteen
    lines long (new user 26): room was kept for a score of "0.42 (curation)" that no hit had.
    The score column takes the room its scores need."""
    options = views.Options()
    shown = [views.hit(h, options) for h in search(summit.searchable, parse_query(["hydrogen"]))]
    out = io.StringIO()
    render(shown, "rich", Output(out, colour="never", width=width))
    assert max(len(line.rstrip()) for line in out.getvalue().splitlines()) >= width - 3


@pytest.mark.parametrize("width", [40, 60, 80])
def test_a_panel_s_heading_is_never_cut(summit: Summit, width: int) -> None:
    """A section's title cut mid-word at 40 columns ("…in the Mir"): where the heading is
    wider than the border, the ref stays on it and the heading's words open the panel."""
    options = views.Options(whole=True)
    shown = [views.record(section, options) for section in summit.sections]
    out = io.StringIO()
    render(shown, "rich", Output(out, colour="never", width=width), whole=True)
    words = out.getvalue().split()
    for view in shown:
        for word in view.heading.split():
            assert word in words, (word, view.heading)


@pytest.mark.parametrize("width", [40, 60])
def test_a_panel_keeps_a_long_qualified_ref_whole(summit: Summit, width: int) -> None:
    """In a folder, refs name their summit, and a draft's id is its title made a slug:
    `show ID:S2` at 40 columns titled its panel "joint-declaration-of-the-brazil-ger" and
    `compare` cut the signed ref ("…consultations-a…"); no ref can then be pasted back."""
    from summitcli.compare import compare

    long_id = "joint-declaration-of-the-presidents-of-the-plurinational-state-undated"
    drafted = msgspec.structs.replace(summit, id=long_id)
    drafted.path, drafted.title = summit.path, summit.title  # set by the loader, not the file
    options = views.Options(qualify=True, whole=True)
    statements = [s for s in drafted.statements if s.ref in ("S2", "S5")]
    for statement in statements:
        statement.summit = long_id
    shown = [views.record(s, options) for s in statements]
    for clause in drafted.clauses:
        clause.summit = long_id
    alignments, _ = compare(drafted)
    shown += [views.alignment(a, options) for a in alignments if a.statement.ref == "S5"]
    out = io.StringIO()
    render(shown, "rich", Output(out, colour="never", width=width), whole=True)
    unboxed = "".join(ch for ch in out.getvalue() if ch not in "│╭╮╰╯─ \n")
    for ref in (f"{long_id}:S2", f"{long_id}:S5", f"{long_id}:2.2"):
        assert ref in unboxed, ref
    assert "\u2026" not in out.getvalue()


@pytest.mark.parametrize("width", [40, 60])
def test_a_summit_s_facts_keep_a_long_id_and_title(summit: Summit, width: int) -> None:
    """A draft's id is its title made a slug: `info` showed "declaration-of-desaguadero-of-th…",
    which no one can copy, and cut the title on the border without a mark."""
    long_title = "Joint Declaration of the Presidents of the Plurinational State and the Republic"
    drafted = msgspec.structs.replace(
        summit,
        id="joint-declaration-of-the-presidents-of-the-plurinational-state",
        info=msgspec.structs.replace(summit.info, title=long_title),
    )
    drafted.path, drafted.title = summit.path, summit.title  # set by the loader, not the file
    out = io.StringIO()
    render([views.summit(drafted)], "rich", Output(out, colour="never", width=width))
    unboxed = "".join(ch for ch in out.getvalue() if ch not in "│╭╮╰╯─ \n")
    assert drafted.id in unboxed
    assert "\u2026" not in out.getvalue()


def test_piped_facts_of_several_summits_are_paragraphs(summit: Summit) -> None:
    """`info` of a folder ran its summits' LABEL<TAB>VALUE lines together: a blank line between
    them lets `awk -v RS=` read one summit per record, as `git log` does commits."""
    other = msgspec.structs.replace(summit, id="another-summit")
    other.path, other.title = summit.path, summit.title  # set by the loader, not the file
    out, _ = written([views.summit(summit), views.summit(other)], "plain")
    blocks = out.split("\n\n")
    assert [block.splitlines()[1] for block in blocks] == [f"id\t{summit.id}", "id\tanother-summit"]
    assert all("\t" in line for line in out.splitlines() if line)


CRAFTED = [
    "# Not a *heading*: _x_, `code`, <b>bold</b>, [a](b), &amp; a | bar, a \\ and ~~no~~",
    "    Four spaces would open a code block, not a heading",
    "  # Two spaces before a heading's #",
]
"""Verbatim text full of what CommonMark would read as markup, or as a code block."""


@pytest.mark.parametrize("crafted", CRAFTED)
@pytest.mark.parametrize(
    "args",
    [
        ["show", "S4"],
        ["quotes", "-s", "Lee"],
        ["search", "heading"],
        ["speakers"],
        ["info"],
        ["compare", "S4"],
    ],
)
def test_markdown_renders_the_source_s_words_exactly(
    args: list[str], crafted: str, write_data: Any, summit_cli: Any
) -> None:
    """Only `|` was escaped: `*star*`, `<b>` or a leading `#` changed the rendered quotation.
    Rendered by a CommonMark parser (with GFM tables), the text is the source's, character for
    character: had any of it become markup (a heading, emphasis, a link), it would not."""
    import html

    from markdown_it import MarkdownIt

    def craft(data: dict[str, Any]) -> None:
        [statement] = [s for s in data["statements"] if s["ref"] == "S4"]
        statement["text"] = crafted
        data["people"][0]["role"] = crafted
        data["summit"]["title"] = crafted

    path = write_data(craft)
    result = summit_cli("--data", str(path), *args, "--format", "markdown")
    assert result.returncode == 0, result.stderr
    rendered = MarkdownIt("commonmark").enable("table").render(result.stdout)
    assert html.escape(crafted, quote=False) in rendered, (result.stdout, rendered)
    assert "<code>" not in rendered


@pytest.mark.parametrize(
    ("arguments", "start", "end"),
    [
        (("cite", "S4"), "Lee Jae-myung, quoted", "[korea-japan-2025-08-23:S4]"),
        (("validate", "DRAFT"), "DRAFT: $.curation.review[0]: open review item: S", "'s note)"),
    ],
)
def test_a_line_meant_to_be_pasted_is_one_line_on_a_narrow_terminal(
    tmp_path: Path, arguments: tuple[str, ...], start: str, end: str
) -> None:
    """A citation and a problem are one line each, as written to be pasted: the terminal wraps
    them for the eye, never with a newline inside (new user 25: a citation came as five lines)."""
    draft = str(write_draft(tmp_path))
    shown = [draft if argument == "DRAFT" else argument for argument in arguments]
    _, output = run_on_terminal("--color", "never", *shown, columns=60)
    first = next(
        line for line in output.splitlines() if line.startswith(start.replace("DRAFT", draft))
    )
    assert first.rstrip().endswith(end) and len(first) > 60, output


def test_a_passage_whose_kind_is_its_who_is_credited_once(summit_cli: Any) -> None:
    """A preamble paragraph nobody is said to speak is "preamble" for both who and kind: a new
    user read "— **P2** (preamble, preamble)" as a fault."""
    markdown = summit_cli("compare", "P2", "--format", "markdown").stdout
    assert "— **P2** (preamble)\n" in markdown
    assert "— **S1** (Lee Jae-myung & Shigeru Ishiba, direct)\n" in markdown


@pytest.mark.parametrize(
    "arguments",
    [
        ["show", "S8"],
        ["quotes", "--speaker", "Lee", "--kind", "reported"],
        ["search", "17 years"],
        ["compare", "S8"],  # no release record echoes it: no heading says whose words
        ["compare", "S14"],
    ],
)
def test_reported_speech_is_credited_as_the_article_s_words(
    arguments: list[str], summit_cli: Any
) -> None:
    """Reported speech is the article's sentence about what someone said ("He also mentioned
    that …"): a block quote credited "(Lee Jae-myung, reported)" read as his own words (new
    user 58), and `compare` said "The article reports …" only where a clause echoed it."""
    markdown = summit_cli(*arguments, "--format", "markdown").stdout
    credits = re.findall(r"^— \*\*(S\d+)\*\* \((.*?)\)$", markdown, re.MULTILINE)
    assert credits, markdown
    for ref, credit in credits:
        assert credit.endswith(", reported in the article's words"), (ref, credit)


def test_a_reported_statement_s_panel_says_whose_words_it_is() -> None:
    """The terminal's panel of a reported statement, as its Markdown (new user 58)."""
    _, output = run_on_terminal("--color", "never", "show", "S8", columns=100)
    assert "Lee Jae-myung, reported in the article's words" in output, output


@pytest.mark.parametrize("label", ["Text", "Words", "Event (curated)"])
def test_a_terminal_table_sizes_a_column_by_its_declared_room_not_its_label(label: str) -> None:
    """The renderer reads each column's room (`views.Column`): the text takes three shares of
    the width left, a list of refs is kept narrow, whatever the columns are called."""
    from summitcli.render.rich import _column_widths

    columns = views.Columns(
        (
            views.Column("Ref"),
            views.Column("Refs", room="refs"),
            views.Column("Plain"),
            views.Column(label, room="text"),
        )
    )
    long = " ".join(["word"] * 60)
    shown = [
        views.View(
            type="passage",
            summit="s",
            fields=columns.fields("s", ("S1", ", ".join(["P1"] * 20), long, long), False),
            json={},
        )
    ]
    _, refs, plain, text = _column_widths(shown, 100) or []
    assert refs == 12  # capped: the list wraps
    assert text > 2 * plain  # three shares to one


@pytest.mark.parametrize(
    ("args", "whole", "capped_at_100"),
    [
        (
            ("search", "hydrogen"),
            ["reported, in a clause", "the article, about Lee Jae-myung & Shigeru Ishiba"],
            True,
        ),
        (("timeline",), ["Refs (curated)"], True),  # its event squeezed to 41 (stop 67)
        # a second long column (the curators' "Not signed") left the refs capped at 250
        (("outcomes",), ["S3, S5, S9, S10, S11"], True),
    ],
)
def test_a_wide_terminal_keeps_the_narrow_columns_whole(
    args: tuple[str, ...], whole: list[str], capped_at_100: bool
) -> None:
    """On 200 columns "reported, in a clause" wrapped over three lines and the account's "the
    article, about …" over two, while the text beside them had 130 columns, and timeline's
    "Refs (curated)" header broke (new user 64): the narrow columns' caps keep a small
    terminal's text readable; a wide one needs none, and a header is never cut below its cap
    unless the text beside it is squeezed below READABLE (at 100, timeline's event to 41)."""
    _, output = run_on_terminal("--color", "never", *args, columns=200)
    for cell in whole:
        assert any(cell in line for line in output.splitlines()), (cell, output)
    _, narrow = run_on_terminal("--color", "never", *args, columns=100)
    wrapped = not any(whole[0] in line for line in narrow.splitlines())
    assert wrapped == capped_at_100, narrow


@pytest.mark.parametrize("width", [90, 100, 120, 140, 160])
@pytest.mark.parametrize("listing", ["speakers", "timeline"])
def test_no_column_keeps_room_to_spare_while_another_is_squeezed(
    summit: Summit, width: int, listing: str
) -> None:
    """`speakers` at 100 and 120 columns gave each count its header's whole width ("In the
    release" beside a "3") while the aliases wrapped a word or two a line (new user 66): where
    some column is narrower than its cells (a text, than READABLE), none but a capped one
    (whose header stays whole) is wider than its longest cell and its header's longest word;
    the header wraps instead."""
    from rich.cells import cell_len

    from summitcli.render.rich import CAPS, READABLE, _cells, _column_widths, _longest_word

    if listing == "speakers":
        shown = [views.person(person, views.Options()) for person in summit.people]
    else:
        shown = [views.event(event, views.Options()) for event in summit.timeline]
    widths = _column_widths(shown, width)
    assert widths is not None
    columns = list(zip(*(_cells(view) for view in shown), strict=True))
    needs = [
        max(_longest_word([header, *cells]), *map(cell_len, cells))
        for header, cells in zip(shown[0].headers, columns, strict=True)
    ]
    rooms = shown[0].rooms
    readable = [min(n, READABLE) if r == "text" else n for n, r in zip(needs, rooms, strict=True)]
    if any(w < need for w, need in zip(widths, readable, strict=True)):
        spare = [
            header
            for header, w, need, room in zip(
                shown[0].headers, widths, needs, shown[0].rooms, strict=True
            )
            if w > need and room not in CAPS
        ]
        assert not spare, (widths, needs)


@pytest.mark.parametrize("width", [80, 90, 100])
def test_a_capped_header_wraps_where_the_text_beside_it_is_squeezed(
    summit: Summit, width: int
) -> None:
    """`timeline` at 80 columns kept "Refs (curated)" whole over refs of 7 ("P3, 3.2") while
    the event beside it wrapped three words a line (stop 67): where the other columns are
    squeezed below READABLE, a capped column is as wide as its cells and its header's longest
    word, and the header wraps; on a terminal with room it stays whole (new user 64)."""
    from rich.cells import cell_len

    from summitcli.render.rich import READABLE, _cells, _column_widths, _longest_word

    shown = [views.event(event, views.Options()) for event in summit.timeline]
    widths = _column_widths(shown, width) or []
    refs = shown[0].rooms.index("refs")
    cells = [_cells(view)[refs] for view in shown]
    assert widths[refs] == max(
        _longest_word([shown[0].headers[refs], *cells]), *map(cell_len, cells)
    )
    assert widths[refs] < cell_len(shown[0].headers[refs])
    assert min(widths[:refs] + widths[refs + 1 :]) < READABLE  # squeezed, as the rule says


@pytest.mark.parametrize("columns", [50, 80])
def test_a_fact_too_long_for_the_box_is_written_whole(
    columns: int, tmp_path: Path, raw_data: dict[str, Any]
) -> None:
    """`info` at 50 columns folded the file's path inside its box, "…/data/sum" over "mit_
    2025.json" (new user 66): copied from the terminal, that is no path. Where a word of a fact
    cannot fit the box, the facts are unboxed: the path a line the terminal wraps for the eye
    and a copy takes whole, as a long ref's heading is, and the rest wrapped at their words
    (new user 67: a 171-character line broke mid-word); where all fit, the box stays."""
    folder = tmp_path / "a-folder-with-a-long-name-for-the-summits-of-this-year-2026"
    folder.mkdir()
    path = folder / "korea-japan.json"
    path.write_text(json.dumps(raw_data), encoding="utf-8")
    code, output = run_on_terminal("--data", str(path), "--color", "never", "info", columns=columns)
    assert code == 0 and str(path) in output, output
    assert "╭" not in output and "id" in output and raw_data["id"] in output
    wider = [line for line in output.splitlines() if len(line.rstrip()) > columns]
    assert all(str(path) in line for line in wider), wider  # the rest wrap at their words
    code, wide = run_on_terminal("--color", "never", "info", columns=200)
    assert code == 0 and "╭" in wide


@pytest.mark.parametrize("folder", ["a\nb", "a\tb", "a\rb"])
def test_piped_values_keep_their_line_and_column(summit: Summit, folder: str) -> None:
    """A line break or tab in a value (a corpus folder's name) broke plain's one row per record
    and one field per line: `cut` and `awk` read half a path as the next row. Plain writes them
    as their escapes; JSON keeps the value whole."""
    placed = msgspec.structs.replace(summit)
    placed.path, placed.title = f"{folder}/summit.json", summit.title
    out, _ = written([views.summit(placed)], "plain")
    assert all(line.count("\t") == 1 for line in out.splitlines())
    assert f"file\t{repr(folder)[1:-1]}/summit.json" in out.splitlines()
    cached = views.cache({"cache": "/c/x.sqlite", "corpus": folder, "stale": None}, views.Options())
    rows = written([cached], "plain")[0].splitlines()
    assert len(rows) == 1 and rows[0].split("\t")[1] == repr(folder)[1:-1]


@pytest.mark.parametrize("args", [("compare", "ID:S5", "ID:2.2"), ("show", "ID:S5", "ID:2.1")])
def test_a_panel_too_narrow_for_its_refs_is_written_unboxed(
    tmp_path: Path, raw_data: dict[str, Any], args: tuple[str, ...]
) -> None:
    """At 40 columns `compare` folded "norway-iceland-summit-2026-03-12-2:2.1 signed" inside
    its box as "…-2:2" over ".1 signed": copied, that is section 2 of the summit, another
    record (new user 68). Where a ref cannot fit the box whole, the records are unboxed, each
    ref whole on its line, as `info`'s facts are."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    long_id = "norway-iceland-summit-2026-03-12-2"
    for name, summit_id in (("a.json", raw_data["id"]), ("b.json", long_id)):
        (folder / name).write_text(json.dumps(raw_data | {"id": summit_id}), encoding="utf-8")
    asked = [a.replace("ID", long_id) for a in args]
    code, output = run_on_terminal(
        "--data", str(folder), "--color", "never", *asked, columns=40,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )  # fmt: skip
    lines = output.splitlines()
    assert code == 0 and "╭" not in output, output
    for ref in asked[1:]:
        assert any(ref in line for line in lines), (ref, output)
    code, wide = run_on_terminal(
        "--data", str(folder), "--color", "never", *asked, columns=100,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )  # fmt: skip
    assert code == 0 and "╭" in wide


def test_a_long_ref_heading_is_never_broken_on_a_narrow_terminal(
    tmp_path: Path, raw_data: dict[str, Any]
) -> None:
    """On a 50-column terminal a corpus's stacked heading broke its ref where the width ran
    out, "…-2026-03" then "-15:S2", and "…-15:1" then ".1" reads as section 1 (new user 51):
    the terminal wraps a heading for the eye, as it does a citation; Rich writes it whole."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    long_id = "belgium-norway-energy-and-fisheries-summit-2026-03-15"
    for name, summit_id in (("a.json", raw_data["id"]), ("b.json", long_id)):
        (folder / name).write_text(json.dumps(raw_data | {"id": summit_id}), encoding="utf-8")
    cache = str(tmp_path / "cache")
    args = ("--data", str(folder), "--color", "never", "search", "hydrogen")
    code, output = run_on_terminal(*args, columns=50, XDG_CACHE_HOME=cache)
    assert code == 0 and f"{long_id}:S2  score" in output, output


def test_markdown_facts_of_several_summits_are_a_list_each_under_its_title(summit: Summit) -> None:
    """`info --format markdown` of a folder wrote its summits' facts as lists one blank line
    apart, which CommonMark reads as one list (new user 54): where one summit ends was not to
    be seen. Each summit's list comes under a heading of its title."""
    from markdown_it import MarkdownIt

    other = msgspec.structs.replace(summit, id="another-summit")
    other.path, other.title = summit.path, summit.title
    rendered = MarkdownIt("commonmark").render(
        markdown([views.summit(summit), views.summit(other)], whole=False)
    )
    assert rendered.count("<ul>") == 2 and rendered.count("<h2>") == 2


def test_a_table_whose_text_would_be_a_narrow_column_is_stacked() -> None:
    """`search fish` in a folder on an 80-column terminal gave its 34-character refs a column
    and the verbatim text one of 12 (new user 54): where the text would be a sliver, as below 80
    columns, the records are stacked instead (no widths)."""
    from summitcli.render.rich import _column_widths

    columns = views.Columns(
        (
            views.Column("Ref"),
            views.Column("Who"),
            views.Column("Kind"),
            views.Column("Text", room="text"),
        )
    )
    ref = "iceland-chile-summit-2026-03-12:S8"
    text = "We will be watching the fish quotas closely, and so will our fishermen."
    shown = [
        views.View(
            type="passage",
            summit="s",
            fields=columns.fields("s", (ref, "Einar Ólafsson", "direct", text), False),
            json={},
            quoted_row=True,
        )
    ]
    assert _column_widths(shown, 80) is None
    assert (_column_widths(shown, 100) or [0])[-1] >= 20
