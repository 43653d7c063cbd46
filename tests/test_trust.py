"""Trust, end to end: no words put in anyone's mouth, the whole source reachable, curation and
inference always labelled as such, in every output that shows them."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import DRAFTS, run_on_terminal, unplaced, write_draft
from summitcli.draft import draft, encode
from summitcli.loader import bundled_data_path
from summitcli.model import PLACEHOLDER, PLACEHOLDER_YEAR, Summit
from summitcli.views import UNFILLED_MARK

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _refs(stdout: str) -> list[str]:
    return [line.split("\t")[0] for line in stdout.splitlines()]


RELEASE_REPORTING_BOTH = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2"]
"""The clauses that report what the two leaders reaffirmed, agreed, welcomed: 4.3 only records
the view they shared, the document's own words, as P2 and P3 do."""


def test_quotes_of_a_leader_are_only_what_he_said(summit_cli: Any) -> None:
    result = summit_cli("quotes", "--speaker", "Ishiba", "--json")
    records = json.loads(result.stdout)
    assert [r["ref"] for r in records] == [
        "S1", "S9", "S10", "S11", "S12", "S13", "S14", "S15", "S16", "P4",
        *RELEASE_REPORTING_BOTH,
    ]  # fmt: skip
    assert all("Shigeru Ishiba" in r["speakers"] for r in records)
    assert {r["kind"] for r in records} == {"direct", "reported"}
    [p4] = [r for r in records if r["ref"] == "P4"]
    assert p4["type"] == "preamble"  # reported speech in the release itself
    [clause] = [r for r in records if r["ref"] == "4.1"]
    assert (clause["type"], clause["speakers"]) == ("clause", ["Lee Jae-myung", "Shigeru Ishiba"])


def test_every_passage_of_the_release_lists_its_speakers_for_jq(summit_cli: Any) -> None:
    """`jq '.[] | select(any(.speakers[]; . == "Shigeru Ishiba"))'` over `read --json` failed
    on the first release paragraph naming no one ("Cannot iterate over null"): a preamble
    paragraph or clause lists its speakers, none as `[]`, as an account's are."""
    records = json.loads(summit_cli("read", "--json").stdout)
    release = [r for r in records if r["type"] in ("preamble", "clause")]
    assert len(release) == 15 and all(isinstance(r["speakers"], list) for r in release)
    by_ishiba = [r["ref"] for r in release if "Shigeru Ishiba" in r["speakers"]]
    assert by_ishiba == ["P4", *RELEASE_REPORTING_BOTH]


@pytest.mark.parametrize("folder", [False, True])  # the file read, or a corpus's index
@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("article", ["S1", "S9", "S10", "S11", "S12", "S13", "S14", "S15", "S16"]),
        ("release", ["P4", *RELEASE_REPORTING_BOTH]),
    ],
)
def test_quotes_in_the_article_or_the_release_alone(
    part: str, expected: list[str], folder: bool, tmp_path: Path, summit_cli: Any
) -> None:
    """A journalist asking what Ishiba said at the press conference wants the article's
    sentences, not the joint document's ten clauses: `--in article` (or `release`) says where."""
    data: list[str] = []
    if folder:
        (tmp_path / "s.json").write_bytes(bundled_data_path().read_bytes())
        data = ["--data", str(tmp_path)]
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = summit_cli(*data, "quotes", "-s", "Ishiba", "--in", part, "--json", **env)
    assert result.returncode == 0, result.stderr
    assert [r["ref"] for r in json.loads(result.stdout)] == expected


def test_accounts_come_only_when_asked_and_labelled(summit_cli: Any) -> None:
    assert "S17" not in _refs(summit_cli("quotes").stdout)
    accounts = summit_cli("quotes", "--kind", "account")
    assert _refs(accounts.stdout) == ["S2", "S3", "S17"]
    for line in accounts.stdout.splitlines():
        _, who, kind, _ = line.split("\t")
        assert (who, kind) == ("the article, about Lee Jae-myung & Shigeru Ishiba", "account")
    both = _refs(summit_cli("quotes", "--accounts", "--speaker", "Lee").stdout)
    assert {"S2", "S3", "S17", "S4"} <= set(both) and "S9" not in both
    [s17] = json.loads(summit_cli("show", "S17", "--json").stdout)
    assert (s17["kind"], s17["speakers"], s17["setting"]) == ("account", [], None)
    assert s17["subjects"] == ["Lee Jae-myung", "Shigeru Ishiba"]


def test_speakers_count_alone_jointly_in_the_release_and_accounts_apart(summit_cli: Any) -> None:
    rows = [line.split("\t") for line in summit_cli("speakers").stdout.splitlines()]
    assert rows[1][:7] == [
        "Shigeru Ishiba",
        "Prime Minister of Japan",
        "Japan",
        "8",
        "1",
        "11",
        "3",
    ]
    ishiba = json.loads(summit_cli("speakers", "--json").stdout)[1]
    assert (ishiba["solo"], ishiba["joint"], ishiba["in_release"], ishiba["accounts"]) == (
        8,
        1,
        11,
        3,
    )
    assert ishiba["statements"] == 9


def test_quotations_show_their_framing_and_inferred_setting_on_a_terminal(
    summit_tty: Any,
) -> None:
    code, output = summit_tty("show", "S4", columns=200)
    plain = ANSI.sub("", output)
    assert code == 0
    assert "Framed by the article: President Lee stated," in plain
    assert "Setting (curated: inferred): joint press conference." in plain


@pytest.mark.parametrize("fmt", ["rich", "markdown"])
def test_a_section_shown_whole_names_who_speaks_in_each_clause_whatever_its_title(
    summit_tty: Any, summit_cli: Any, write_data: Callable[..., Path], fmt: str
) -> None:
    """The terminal left out a clause's speakers wherever the section's heading held them (it
    told a clause that speaks for nobody, whose "who" is its section, by that test): a title
    that names the leaders hid who reported the clause. A clause nobody speaks in is just its
    kind."""

    def titled_by_the_leaders(data: dict[str, Any]) -> None:
        data["release"]["sections"][3]["title"] = "Lee Jae-myung & Shigeru Ishiba on the peninsula"

    path = str(write_data(titled_by_the_leaders))
    if fmt == "rich":
        output = ANSI.sub("", summit_tty("--data", path, "show", "4", columns=200)[1])
    else:
        output = summit_cli("--data", path, "show", "4", "-f", fmt).stdout
    assert output.count("Lee Jae-myung & Shigeru Ishiba, reported") == 2  # 4.1 and 4.2
    assert "4.3** (clause)" in output if fmt == "markdown" else "4.3  The two leaders" in output


def test_json_marks_the_setting_inferred_with_its_basis(summit_cli: Any) -> None:
    [s4] = json.loads(summit_cli("show", "S4", "--json").stdout)
    assert s4["attribution"] == "President Lee stated,"
    assert s4["setting"]["inferred"] is True
    assert s4["setting"]["meeting"] == "joint press conference"
    assert s4["setting"]["basis"].startswith("Inferred, not stated")


@pytest.mark.parametrize("fmt", ["plain", "markdown", "json"])
def test_inferred_dates_say_so_in_every_format(summit_cli: Any, fmt: str) -> None:
    output = summit_cli("timeline", "--format", fmt).stdout
    october = next(line for line in output.splitlines() if "2025-10" in line or "APEC" in line)
    if fmt == "json":
        [event] = [e for e in json.loads(output) if e["date"] == "2025-10"]
        assert event["inferred"].startswith('"In October" in the release')
    else:
        assert "the year is not stated" in october


def test_timeline_on_a_terminal_shows_the_basis(summit_tty: Any) -> None:
    _, output = summit_tty("timeline", columns=200)
    assert "Date inferred from" in ANSI.sub("", output)


def test_outcomes_keep_signed_and_said_apart(summit_cli: Any) -> None:
    rows = [line.split("\t") for line in summit_cli("outcomes").stdout.splitlines()]
    o1 = rows[0]
    assert o1[0] == "O1" and o1[2] == "2.2" and "S5" in o1[3]
    assert "agriculture" not in o1[1].lower() and "Agriculture" in o1[4]
    [outcome] = [o for o in json.loads(summit_cli("outcomes", "--json").stdout) if o["ref"] == "O8"]
    assert outcome["signed"] == ["4.3"] and outcome["echoes"] == ["S15", "S16"]
    assert "said, not signed" in outcome["not_signed"]


def test_info_and_cite_say_the_source_is_machine_translated(summit_cli: Any) -> None:
    info = summit_cli("info").stdout
    assert "korea-japan-summit-2025-08-23.txt" in info and "machine-translated by AI" in info
    assert json.loads(summit_cli("info", "--json").stdout)["source"]["file"] == (
        "korea-japan-summit-2025-08-23.txt"
    )
    for ref in ("2.1", "S4", "N2", "T"):
        assert "machine-translated by AI" in summit_cli("cite", ref).stdout


def test_cite_quote_puts_the_verbatim_text_first(summit_cli: Any, summit: Summit) -> None:
    text = summit.statements[3].text
    assert summit_cli("cite", "S4", "--quote").stdout.startswith(
        f"\u201c{text}\u201d \u2014 Lee Jae"
    )


@pytest.mark.parametrize("args", [["--quote"], [], ["--quote", "--format", "markdown"]])
def test_a_cited_report_is_the_articles_words_not_the_speakers(
    summit_cli: Any, summit: Summit, args: list[str]
) -> None:
    """New user 60: "“He also mentioned that …” — Lee Jae-myung, reported" credited the
    reporter's sentence, "He" and all, to Lee after the dash, where a quotation's speaker
    stands; the article wrote it, reporting him."""
    [reported] = [s for s in summit.statements if s.ref == "S8"]
    assert reported.kind == "reported"
    cited = summit_cli("cite", "S8", *args).stdout
    assert "The article's words reporting Lee Jae-myung (indirect speech)" in cited
    assert "\u2014 Lee Jae-myung" not in cited


@pytest.mark.parametrize(
    ("query", "ref"),
    [("2008", "N7"), ("MB", "N6"), ("Lee Myung-bak", "N7"), ("human exchanges", "3")],
)
def test_every_part_of_the_source_can_be_found(summit_cli: Any, query: str, ref: str) -> None:
    assert ref in _refs(summit_cli("search", query).stdout)


def test_read_prints_the_whole_source_in_order_once(summit_cli: Any, summit: Summit) -> None:
    refs = _refs(summit_cli("read").stdout)
    assert refs[:4] == ["S1", "S2", "S3", "N1"]
    assert refs[-3:] == ["5.2", "N10", "N11"]
    assert sorted(refs) == sorted(r.ref for r in summit.searchable)
    release = _refs(summit_cli("read", "release").stdout)
    assert release[:3] == ["T", "P1", "P2"] and "S1" not in release
    markdown = summit_cli("read", "article", "--format", "markdown").stdout
    assert markdown.startswith("> the two countries can cooperate")
    assert "— **S2** (the article, about Lee Jae-myung & Shigeru Ishiba, account)" in markdown
    records = json.loads(summit_cli("read", "--json").stdout)
    assert [r["ref"] for r in records] == refs


def test_read_on_a_terminal(summit_tty: Any) -> None:
    code, output = summit_tty("read", "release", columns=120)
    assert code == 0
    assert "Expanding human exchanges" in ANSI.sub("", output)


CURATED_FIELDS = {
    "title": {"topics", "notes"},
    "preamble": {"topics", "notes"},
    "section": {"topics", "notes"},
    "clause": {"topics", "notes"},
    "statement": {"topics", "notes", "setting"},
    "narration": {"topics", "notes"},
    "speaker": {"aliases", "notes"},
    "outcome": {"title", "refs", "signed", "echoes", "not_signed", "topics"},
    "event": {"event", "refs", "inferred"},
    "topic": {"name", "description"},
}
"""What each JSON record must name as curation: everything the curators wrote or chose."""


@pytest.mark.parametrize(
    "command", ["read", "sections", "speakers", "outcomes", "timeline", "topics"]
)
def test_every_json_record_names_its_curated_fields(summit_cli: Any, command: str) -> None:
    records = json.loads(summit_cli(command, "--json").stdout)
    records += [clause for record in records for clause in record.get("clauses", [])]
    for record in records:
        expected = CURATED_FIELDS[record["type"]]
        if record["type"] == "speaker" and record["name"] == "Lee Myung-bak":
            expected = expected | {"country"}  # the source does not state it
        if record["type"] == "event" and record["inferred"]:
            expected = expected | {"date"}  # `del(.[.curated[]])` kept it as the source's
        assert set(record["curated"]) == expected, record
        assert set(record["curated"]) <= set(record)
        assert {"text", "attribution", "section_title"}.isdisjoint(record["curated"])


@pytest.mark.parametrize(
    ("command", "named"),
    [
        (["outcomes"], "outcomes"),
        (["outcomes", "--expand"], "outcomes"),
        (["show", "O1"], "outcomes"),
        (["timeline"], "events"),
        (["topics"], "topics"),
        (["speakers"], "aliases"),
    ],
)
def test_piped_rows_of_curation_say_so_on_stderr(
    summit_cli: Any, command: list[str], named: str
) -> None:
    """Piped rows have no header to say it, and stdout keeps its columns: a note on stderr."""
    result = summit_cli(*command)
    assert result.returncode == 0 and result.stdout
    [note] = result.stderr.splitlines()
    assert note.startswith("summit: note: ") and named in note
    assert "curators" in note and "not the source's words" in note


@pytest.mark.parametrize("command", [["search", "hydrogen"], ["quotes"], ["sections"]])
def test_piped_passages_of_the_source_carry_no_note(summit_cli: Any, command: list[str]) -> None:
    """No curation, no note (`read`'s says where the framing it leaves out is: below)."""
    assert summit_cli(*command).stderr == ""


@pytest.mark.parametrize(
    ("command", "header"),
    [(["speakers"], "Aliases (curated)"), (["topics"], "Description (curated)")],
)
def test_curated_columns_say_so_in_markdown_and_csv(
    summit_cli: Any, command: list[str], header: str
) -> None:
    assert header in summit_cli(*command, "--format", "markdown").stdout.splitlines()[0]
    assert header in summit_cli(*command, "--format", "csv").stdout.splitlines()[0]


@pytest.mark.parametrize(
    "args", [["outcomes"], ["show", "O8"], ["outcomes", "--expand"], ["timeline"]]
)
def test_a_curated_field_says_so_wherever_it_is_labelled(
    summit_cli: Any, summit_tty: Any, args: list[str]
) -> None:
    """A wide terminal's header said "Signed (curated)", but a narrow one's lines and Markdown's
    list said "Signed:", "Not signed:" (the curators' prose), "Refs:" with no mark."""
    curated = {
        label.removesuffix(" (curated)")
        for command in ("outcomes", "timeline")
        for label in next(csv.reader(io.StringIO(summit_cli(command, "-f", "csv").stdout)))
        if label.endswith(" (curated)")
    }
    _, narrow = summit_tty(*args, "--color", "never", columns=50)
    for output in (summit_cli(*args, "-f", "markdown").stdout, ANSI.sub("", narrow)):
        lines = output.splitlines()
        unmarked = [line for line in lines for label in curated if f"{label}:" in line]
        assert unmarked == [] and any("(curated)" in line for line in lines), output


def test_an_outcome_panel_says_it_is_curated(summit_tty: Any) -> None:
    _, output = summit_tty("show", "O1", columns=120)
    assert "O1 (outcome, curated)" in ANSI.sub("", output)


def test_a_country_the_source_does_not_state_is_curated(
    summit_cli: Any, summit: Summit, source_paragraphs: list[str]
) -> None:
    """Lee Myung-bak is named as "Former President" only: his country is the curators'."""
    people = {p.name: p for p in summit.people}
    for record in json.loads(summit_cli("speakers", "--json").stdout):
        paragraph = source_paragraphs[people[record["name"]].provenance.paragraph - 1]
        stated = f"{record['country']}" in paragraph
        assert ("country" in record["curated"]) == (not stated), record


@pytest.mark.parametrize(
    "args",
    [["info"], ["cite", "2.1", "O1", "S4"], ["compare"], ["compare", "2.2"], ["search", "AI"]],
)
def test_every_record_of_every_command_says_what_is_curated(
    summit_cli: Any, args: list[str]
) -> None:
    """Issue 21 point 8: the README says every record has "curated"; info, citations and
    compare's records had none."""
    output = json.loads(summit_cli(*args, "--json").stdout)
    for record in output if isinstance(output, list) else [output]:
        assert isinstance(record.get("curated"), list), record
        assert set(record["curated"]) <= set(record)


def test_a_citation_holding_the_curators_words_is_curated(summit_cli: Any) -> None:
    """An outcome's citation quotes the curators' summary; a statement's names the setting
    they inferred ("at the joint press conference (setting inferred)")."""
    records = json.loads(summit_cli("cite", "O1", "2.1", "S4", "--json").stdout)
    assert "(setting inferred)" in records[2]["citation"]
    assert [record["curated"] for record in records] == [["citation"], [], ["citation"]]


def test_a_speakers_counts_are_the_rows_quotes_gives(summit_cli: Any) -> None:
    """Issue 21 point 9: speakers credited Ishiba with 8 alone + 1 joint while quotes -s Ishiba
    gave 10 rows, P4 (reported in the release) among them."""
    for person in json.loads(summit_cli("speakers", "--json").stdout):
        rows = json.loads(summit_cli("quotes", "-s", person["name"], "--json").stdout or "[]")
        said = person["solo"] + person["joint"] + person["in_release"]
        assert len(rows) == said, person["name"]


@pytest.mark.parametrize("args", [["show", "O2", "2.1"], ["outcomes", "--expand"]])
def test_csv_of_mixed_records_says_what_is_curated(summit_cli: Any, args: list[str]) -> None:
    """A CSV whose records differ in shape names each column once, an outcome's curated ones
    "(curated)" as in a CSV of outcomes alone; the note on stderr says it too, as for piped
    rows."""
    result = summit_cli(*args, "-f", "csv")
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert "Outcome (curated)" in header and "Text" in header
    assert "summit: note: outcomes" in result.stderr


@pytest.mark.parametrize(
    ("fmt", "noted"),
    [("plain", True), ("csv", True), ("json", False), ("jsonl", False), ("markdown", False)],
)
def test_piped_read_says_where_the_framing_it_leaves_out_is(
    summit_cli: Any, summit: Summit, fmt: str, noted: bool
) -> None:
    """`read` promises every sentence once, but plain and CSV rows keep the four passage
    columns, without the article's words that introduce a quotation ("President Lee
    stated,"; new user 36): stderr says so, and where they are."""
    result = summit_cli("read", "--format", fmt)
    framed = sum(1 for s in summit.statements if s.attribution)
    note = f"summit: note: the article's words that introduce {framed} quotations"
    assert (note in result.stderr) == noted, result.stderr
    assert ("--json" in result.stderr and "markdown" in result.stderr) == noted


@pytest.mark.parametrize("fmt", ["plain", "csv", "json"])
@pytest.mark.parametrize(
    ("args", "framed"),
    [
        (["show", "S4"], 1),
        (["show", "S8"], 0),  # reported speech: no framing left out
        (["show", "S4", "S5", "S8"], 2),
        (["show", "S4", "S4"], 1),  # new user 61: "introduce 2 quotations", one shown twice
        (["quotes", "--speaker", "Ishiba"], 0),  # listings quote the words: quiet in pipelines
        (["search", "neighbors"], 0),
    ],
)
def test_show_says_where_the_framing_it_leaves_out_is(
    summit_cli: Any, args: list[str], framed: int, fmt: str
) -> None:
    """As `read` does: `show`, asked for a record whole, dropped the words from its row and
    said nothing (new user 58); `quotes | head -1` stays quiet, as a pipeline wants."""
    result = summit_cli(*args, "--format", fmt)
    noted = framed > 0 and fmt != "json"
    plural = "quotation" if framed == 1 else "quotations"
    note = f"summit: note: the article's words that introduce {framed} {plural} ("
    assert (note in result.stderr) == noted, result.stderr
    assert ("that introduce" in result.stderr) == noted, result.stderr


@pytest.mark.parametrize("fmt", ["markdown", "rich"])
def test_read_shows_the_articles_framing_of_each_quotation(summit_cli: Any, fmt: str) -> None:
    """Every sentence of the source is reachable in `read`: the article's words that introduce a
    quotation ("President Lee stated,") showed only in JSON and in `show`."""
    output = " ".join(summit_cli("read", "-f", fmt, COLUMNS="200").stdout.split())
    assert "President Lee stated," in output
    assert "concluded the Korea-Japan summit on the 23rd and noted that" in output


@pytest.mark.parametrize("fmt", ["plain", "json", "csv", "markdown", "bibtex", "csl-json", "ris"])
def test_a_drafts_placeholder_date_is_never_cited_as_a_year(
    fmt: str, tmp_path: Path, summit_cli: Any
) -> None:
    """A draft whose article gives no date holds a placeholder year: a citation says the date
    is unknown and in review, as it says of the unknown place, and JSON calls it curation."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    drafted = draft(unplaced(article), "k.txt")
    path = tmp_path / "nodate.json"
    path.write_bytes(encode(drafted))
    result = summit_cli("--data", str(path), "cite", "S1", "--format", fmt)
    assert result.returncode == 0, result.stderr
    shown = result.stdout.replace(drafted.id, "").replace(drafted.id.replace(".", "-"), "")
    assert str(drafted.info.date) not in shown
    # the date's, beside the city's where the format has an event to say it in (RIS has none:
    # its place, CY, is left out rather than hold the placeholder)
    assert shown.count(UNFILLED_MARK) >= (1 if fmt == "ris" else 2)
    if fmt == "json":
        assert json.loads(result.stdout)[0]["curated"] == ["citation"]


@pytest.mark.parametrize("command", ["info", "speakers"])
def test_json_gives_a_drafts_placeholder_as_null(
    command: str, tmp_path: Path, summit_cli: Any
) -> None:
    """A script reads a value as the source's: a fact a draft could not find is null in JSON,
    listed as unreviewed or curated, never the placeholder's words as if they were the fact
    (`info` gave a participant's country as the placeholder, `speakers` as null)."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    drafted = draft(unplaced(article), "k.txt")
    path = tmp_path / "nodate.json"
    path.write_bytes(encode(drafted))
    result = summit_cli("--data", str(path), command, "--json")
    assert result.returncode == 0, result.stderr
    assert PLACEHOLDER in path.read_text(encoding="utf-8")
    assert PLACEHOLDER not in json.dumps(json.loads(result.stdout), ensure_ascii=False)


def test_a_placeholder_left_after_the_review_is_emptied_still_says_so(
    tmp_path: Path, summit_cli: Any
) -> None:
    """New user 32 emptied `curation.review` before filling the facts: `info` showed "(unknown:
    see curation.review)" as the place and a blank visit, JSON a clean null, `speakers` the
    placeholder as a role, pointing at an empty list. What is still the placeholder says it
    was not filled in, whatever the review list holds."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    drafted = json.loads(encode(draft(unplaced(article), "k.txt")))
    drafted["curation"]["review"] = []
    drafted["people"][0]["role"] = PLACEHOLDER
    drafted["summit"]["title"] = PLACEHOLDER
    path = tmp_path / "emptied.json"
    path.write_text(json.dumps(drafted), encoding="utf-8")
    shown = summit_cli("--data", str(path), "info").stdout
    assert PLACEHOLDER not in shown and "not yet filled in" in shown
    assert "the joint document's title" not in shown  # no reason a curator did not give
    [date] = [line for line in shown.splitlines() if line.startswith("date\t")]
    assert "not yet filled in" in date and PLACEHOLDER_YEAR not in date
    unreviewed = json.loads(summit_cli("--data", str(path), "info", "--json").stdout)["unreviewed"]
    assert {"date", "country", "venue"} <= set(unreviewed)
    speakers = summit_cli("--data", str(path), "speakers").stdout
    assert PLACEHOLDER not in speakers and "role unknown: unreviewed draft" in speakers


def test_each_note_under_piped_speakers_is_said_once(tmp_path: Path, summit_cli: Any) -> None:
    """A note about every row (aliases are curation) is said once, beside each person's own
    (new user 32 read the aliases note four times, joined to each guessed person's note)."""
    path = write_draft(tmp_path)
    result = summit_cli("--data", str(path), "speakers")
    notes = result.stderr.splitlines()
    assert len([n for n in notes if "counts rest on speakers an unreviewed draft" in n]) >= 2
    assert len([n for n in notes if "aliases are the curators' additions" in n]) == 1


def test_an_export_of_a_draft_keeps_its_placeholder_date_out_of_the_date(
    tmp_path: Path, summit_cli: Any
) -> None:
    """The summits table leaves the date and city null (SQL reads no mark as a fact), and the
    database's title says they are unknown."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    drafted = draft(unplaced(article), "k.txt")
    path = tmp_path / "nodate.json"
    path.write_bytes(encode(drafted))
    db, metadata = tmp_path / "out.db", tmp_path / "out.json"
    result = summit_cli(
        "--data", str(path), "export", "sqlite", str(db), "--metadata", str(metadata)
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as connection:
        [(date, city)] = connection.execute("SELECT date, city FROM summits").fetchall()
    assert (date, city) == (None, None)
    title = json.loads(metadata.read_text(encoding="utf-8"))["title"]
    assert str(drafted.info.date) not in title
    assert f"city {UNFILLED_MARK}, date {UNFILLED_MARK}" in title


TAGS_NOTE = "summit: note: --topic economy keeps the passages the curators tagged so"


@pytest.mark.parametrize(
    "args",
    [
        ["search", "-t", "economy"],
        ["search", "hydrogen", "-t", "economy"],
        ["quotes", "-t", "economy"],
        # the topic as asked, without the line break a script left on it: a note is one line
        # (new user 62: "--topic economy" and " keeps the passages …" on the next)
        ["quotes", "-t", "economy\n"],
    ],
)
@pytest.mark.parametrize(
    ("fmt", "noted"), [("plain", True), ("csv", True), ("markdown", True), ("json", False)]
)
def test_passages_chosen_by_a_curated_topic_say_so(
    summit_cli: Any, args: list[str], fmt: str, noted: bool
) -> None:
    """A topic is the curators' tag, not the source's: the rows it chose carried no word of
    that when piped (new user 58). JSON's records list "topics" in their "curated"."""
    result = summit_cli(*args, "--format", fmt)
    assert result.returncode == 0 and result.stdout
    assert (TAGS_NOTE in result.stderr) == noted, result.stderr
    assert "topics are curation, not the source's words" in result.stderr or not noted


@pytest.mark.parametrize("args", [["search", "-t", "economy"], ["quotes", "-t", "economy"]])
def test_a_terminal_title_says_a_topic_is_the_curators(args: list[str]) -> None:
    _, output = run_on_terminal("--color", "never", *args, columns=120)
    assert "(topics are the curators' tags)" in output.splitlines()[0], output
