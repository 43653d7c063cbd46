"""The installed `summit` command end to end: commands, output contract, exit codes."""

from __future__ import annotations

import csv
import importlib
import inspect
import io
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import DRAFTS, ROOT, SUMMIT, Result, clean_env, run_on_terminal, write_draft
from summitcli import suggestions
from summitcli.commands import MODULES
from summitcli.loader import bundled_data_path
from summitcli.model import Summit
from summitcli.text import shell_word

ON_LINUX = pytest.mark.skipif(
    not Path("/proc/version").is_file(), reason="a file in /proc, where none can be made"
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_bare_summit_prints_help(summit_cli: Any) -> None:
    result = summit_cli()
    assert result.returncode == 0
    assert "Usage: summit" in result.stdout
    for command in ("info", "sections", "show", "search", "quotes", "speakers", "cite", "validate"):
        assert command in result.stdout


def test_version(summit_cli: Any) -> None:
    from summitcli import __version__

    assert summit_cli("--version").stdout == f"summit {__version__}\n"


@pytest.mark.parametrize("command", MODULES)
def test_every_command_help_has_a_purpose_and_examples(summit_cli: Any, command: str) -> None:
    """Its purpose (the opening of the help the command declares) and examples to copy."""
    import typer
    from typer.core import TyperGroup

    from summitcli.cli import app

    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    declared = group.get_command(typer.Context(group), command)
    assert declared is not None
    purpose = " ".join((declared.help or "").split())[:40]
    result = summit_cli(command, "--help")
    assert result.returncode == 0
    assert purpose and purpose in " ".join(result.stdout.split())
    assert "Examples:" in result.stdout
    assert f"$ summit {command}" in result.stdout


def test_sections_piped_is_one_tab_separated_line_each(summit_cli: Any, summit: Summit) -> None:
    result = summit_cli("sections", COLUMNS="20")
    lines = result.stdout.splitlines()
    assert [line.split("\t") for line in lines] == [
        [section.ref, section.title, str(len(section.clauses))] for section in summit.sections
    ]
    assert "\x1b" not in result.stdout


def test_sections_with_clauses_piped_never_wraps(summit_cli: Any, summit: Summit) -> None:
    result = summit_cli("sections", "--clauses", COLUMNS="20")
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) == len(summit.sections) + len(summit.clauses)
    first = summit.clauses[0]
    speakers = " & ".join(person.name for person in first.people)
    assert rows[1] == ["1.1", speakers, "reported, in a clause", first.text]


def test_show_returns_records_in_the_order_asked(summit_cli: Any) -> None:
    result = summit_cli("show", "S3", "2(1)", "p1", "4", "O2", "--json")
    records = json.loads(result.stdout)
    assert [(r["type"], r["ref"]) for r in records] == [
        ("statement", "S3"),
        ("clause", "2.1"),
        ("preamble", "P1"),
        ("section", "4"),
        ("outcome", "O2"),
    ]
    assert [c["ref"] for c in records[3]["clauses"]] == ["4.1", "4.2", "4.3"]


def test_json_record_shapes(summit_cli: Any) -> None:
    clause, statement = json.loads(summit_cli("show", "2.1", "S1", "--json").stdout)
    assert clause["section"] == 2 and clause["section_title"].startswith("Expanding cooperation")
    assert set(clause) >= {"type", "ref", "section", "section_title", "text", "topics"}
    assert statement["kind"] == "direct"
    assert statement["speakers"] == ["Lee Jae-myung", "Shigeru Ishiba"]
    [ishiba] = [
        p
        for p in json.loads(summit_cli("speakers", "--json").stdout)
        if p["name"] == "Shigeru Ishiba"
    ]
    assert set(ishiba) >= {"type", "name", "role", "aliases", "statements"}
    assert ishiba["type"] == "speaker" and "石破" in ishiba["aliases"]
    outcome = json.loads(summit_cli("outcomes", "--json").stdout)[1]
    assert outcome["type"] == "outcome" and "3.1" in outcome["refs"]
    event = json.loads(summit_cli("timeline", "--json").stdout)[0]
    assert event == event | {"type": "event", "date": "1965", "refs": ["P3"]}


def test_json_keeps_non_ascii_letters_literal(summit_cli: Any) -> None:
    result = summit_cli("speakers", "--json")
    assert "이재명" in result.stdout
    assert "\\u" not in result.stdout


def test_info_json_is_an_object(summit_cli: Any) -> None:
    info = json.loads(summit_cli("info", "--json").stdout)
    assert info["date"] == "2025-08-23"
    assert info["counts"]["clauses"] == 11
    assert info["counts"]["direct"] == 9
    assert [p["name"] for p in info["participants"]] == ["Lee Jae-myung", "Shigeru Ishiba"]


def test_info_lists_the_people_who_speak_as_speakers(summit_cli: Any) -> None:
    """New user 36: a draft's `info` listed an expert the reporter asked as a "participant",
    which a journalist would read as a delegate at the summit. The list is who speaks."""
    rows = [line.split("\t", 1) for line in summit_cli("info").stdout.splitlines()]
    people = [value for label, value in rows if label in ("speaker", "participant")]
    assert people and [label for label, _ in rows].count("speaker") == len(people)


def test_jsonl_is_one_record_per_line(summit_cli: Any, summit: Summit) -> None:
    lines = summit_cli("quotes", "--jsonl").stdout.splitlines()
    speech = [f"S{n}" for n in range(1, 18) if n not in (2, 3, 17)]  # S2, S3, S17: accounts
    reporting_both = [c.ref for c in summit.clauses if c.speakers]
    assert len(reporting_both) == 10  # all but 4.3, which records a shared view
    assert [json.loads(line)["ref"] for line in lines] == [*speech, "P4", *reporting_both]


def test_markdown_quotes_with_refs(summit_cli: Any, summit: Summit) -> None:
    """A record shown whole: a heading, the quotation with its ref, then what frames it, each
    line saying whose it is (the article's framing, the curators' inference)."""
    result = summit_cli("show", "S4", "--format", "markdown")
    quotation = f"> {summit.statements[3].text}\n\n— **S4** (Lee Jae-myung, direct)\n"
    assert result.stdout.startswith(f"## S4 (direct)\n\n{quotation}\n")
    assert "- Framed by the article: President Lee stated,\n" in result.stdout
    setting = "- Setting (curated: inferred): joint press conference. Inferred, not stated"
    assert setting in result.stdout


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_json_pipes_into_jq(summit: Summit) -> None:
    from conftest import SUMMIT

    pipeline = f"{SUMMIT} show 2.1 --json | jq -r '.[0].text'"
    result = subprocess.run(pipeline, shell=True, capture_output=True, text=True, check=True)
    assert result.stdout == summit.clauses[2].text + "\n"


def test_unknown_ref_says_what_there_is(summit_cli: Any) -> None:
    result = summit_cli("show", "2.9")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("summit: unknown ref '2.9'; section 2 has clauses 2.1, 2.2 ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("asked", "hint"),
    [
        ("S1,S2", "; give refs one by one, separated by spaces: S1 S2 (see"),
        ("2.1, 2.2", "; give refs one by one, separated by spaces: 2.1 2.2 (see"),
        # quoted as one argument (new user 43: "did you mean S5, S4, S15?")
        ("S4 S5", "; give refs one by one, each an argument of its own: S4 S5 (see"),
        ("S1-S3", "; give refs one by one, separated by spaces, never as a range (see"),
        ("2.1..2.2", "; give refs one by one, separated by spaces, never as a range (see"),
    ],
)
def test_refs_written_as_a_list_or_a_range_are_told_the_form(
    summit_cli: Any, asked: str, hint: str
) -> None:
    """ "S1,S2" was answered "did you mean S12, S2, S1?", the wrong ref first, and nothing said
    refs go one by one (new user 40)."""
    result = summit_cli("show", asked)
    assert result.returncode == 2
    assert result.stderr.startswith(f"summit: unknown ref '{asked}'{hint}"), result.stderr


def test_search_with_no_results(summit_cli: Any) -> None:
    result = summit_cli("search", "zeppelin", "--json")
    assert (result.returncode, result.stdout) == (1, "[]\n")
    assert result.stderr == "summit: no results for zeppelin\n"
    plain = summit_cli("search", "zeppelin")
    assert (plain.returncode, plain.stdout) == (1, "")


def test_blank_query_is_a_usage_error(summit_cli: Any) -> None:
    result = summit_cli("search", "  ")
    assert result.returncode == 2
    assert result.stderr.startswith("summit: the search query is empty")


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("\u200b", "the search query is empty: it holds only invisible or control characters"),
        ("\x07", "the search query is empty: it holds only invisible or control characters"),
        ("\u200b \x07\u2060", "the search query is empty: it holds only invisible or control"),
        ("...", "nothing searchable is left in the query '...': punctuation is not searched"),
        ("\u200b...", "nothing searchable is left in the query '\\u200b...': punctuation"),
    ],
)
def test_a_query_of_invisible_characters_is_empty_not_punctuation(
    summit_cli: Any, query: str, said: str
) -> None:
    """New user 57: a zero-width space or a bell was "punctuation", which neither is."""
    result = summit_cli("search", query)
    assert result.returncode == 2 and result.stderr.startswith(f"summit: {said}"), result.stderr
    assert result.stderr.count("\n") == 1


def test_no_query_and_no_filter_is_one_line(summit_cli: Any) -> None:
    result = summit_cli("search")
    assert result.returncode == 2
    assert result.stderr == (
        "summit: the search query is empty (give words, or a filter such as --topic)\n"
    )


def test_search_piped_rows(summit_cli: Any) -> None:
    result = summit_cli("search", "hydrogen")
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(ref, kind) for ref, _, kind, _ in rows] == [
        ("S2", "account"),
        ("2.1", "reported, in a clause"),
    ]
    assert result.returncode == 0


def test_search_filters_and_limit(summit_cli: Any) -> None:
    result = summit_cli(
        "search", "cooperation", "--topic", "north-korea", "--type", "clause", "--json"
    )
    assert {r["ref"] for r in json.loads(result.stdout)} == {"4.1", "4.2"}
    limited = json.loads(summit_cli("search", "cooperation", "--limit", "2", "--json").stdout)
    assert len(limited) == 2
    assert limited[0]["score"] >= limited[1]["score"]


def test_same_query_gives_identical_bytes(summit_cli: Any) -> None:
    first = summit_cli("search", "cooperation", "Korea", "--any", "--json").stdout
    assert first == summit_cli("search", "cooperation", "Korea", "--any", "--json").stdout


@pytest.mark.parametrize(
    "name", ["石破", "Ishiba", "ishiba", "Prime Minister Ishiba", "Shigeru Ishiba"]
)
def test_speaker_aliases(summit_cli: Any, name: str) -> None:
    expected = summit_cli("quotes", "--speaker", "Ishiba").stdout
    assert summit_cli("quotes", "--speaker", name).stdout == expected
    assert "Shigeru Ishiba" in expected


def test_shared_name_matches_everyone_who_has_it(summit_cli: Any) -> None:
    """Lee Myung-bak says nothing, so only the message of a search that finds nothing can show
    that "Lee" asked for both."""
    lee = json.loads(summit_cli("quotes", "-s", "Lee", "--json").stdout)
    lee_jae_myung = json.loads(summit_cli("quotes", "-s", "이재명", "--json").stdout)
    assert lee == lee_jae_myung
    nothing = summit_cli("quotes", "-s", "Lee", "--in", "release", "--kind", "direct")
    assert nothing.returncode == 1
    assert "said by Lee Jae-myung or Lee Myung-bak" in nothing.stderr


def test_person_without_statements_gives_nobody_elses_words(summit_cli: Any) -> None:
    result = summit_cli("quotes", "--speaker", "Lee Myung-bak", "--json")
    assert (result.returncode, result.stdout) == (1, "[]\n")


def test_unknown_speaker_suggests(summit_cli: Any) -> None:
    result = summit_cli("quotes", "--speaker", "Ishbia")
    assert result.returncode == 2
    assert result.stderr.startswith("summit: no person called 'Ishbia'; did you mean Ishiba")


def test_quotes_kind_filter(summit_cli: Any) -> None:
    direct = json.loads(summit_cli("quotes", "--kind", "direct", "--json").stdout)
    assert len(direct) == 9 and {q["kind"] for q in direct} == {"direct"}
    bad = summit_cli("quotes", "--kind", "rumour")
    assert bad.returncode == 2 and "rumour" in bad.stderr


def test_quotes_of_a_kind_none_has_says_so_in_words(summit_cli: Any) -> None:
    """New user 48: the bundled file has no unattributed quotation, and `--kind unattributed`
    said "none of unattributed speech"."""
    result = summit_cli("quotes", "--kind", "unattributed")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "summit: no statements match: none of the unattributed quotations\n"


def test_quotes_accounts_adds_accounts_to_the_kinds_asked_for(summit_cli: Any) -> None:
    """New user 48: `--kind direct --accounts` printed the direct quotations alone, exit 0,
    though --accounts says it includes the accounts."""
    both = json.loads(summit_cli("quotes", "--kind", "direct", "--accounts", "--json").stdout)
    direct = json.loads(summit_cli("quotes", "--kind", "direct", "--json").stdout)
    accounts = json.loads(summit_cli("quotes", "--kind", "account", "--json").stdout)
    assert accounts and {q["ref"] for q in both} == {q["ref"] for q in direct + accounts}


def test_cite(summit_cli: Any) -> None:
    result = summit_cli("cite", "3(1)")
    assert result.stdout == (
        "\u201cJoint press release on the results of the Korea-Japan summit _2025.8.23. "
        "Tokyo\u201d, section 3, clause (1). Korea-Japan summit, Tokyo, 23 August 2025. "
        "From korea-japan-summit-2025-08-23.txt, an English news article, machine-translated by "
        "AI (as its last line, N11, says), with the full text of the joint press release. "
        "[korea-japan-2025-08-23:3.1]\n"
    )


@pytest.mark.parametrize("ref", ["T", "2", "2.1", "S4", "N11"])
def test_cite_quote_gives_the_text_once(summit_cli: Any, summit: Summit, ref: str) -> None:
    """`cite T --quote` printed the document's title twice, quoted first and in the citation."""
    from summitcli.model import Outcome, Section
    from summitcli.refs import records_by_ref

    record = records_by_ref(summit)[ref]
    assert not isinstance(record, Outcome)  # its text is the curators' summary: tested apart
    text = record.title if isinstance(record, Section) else record.text
    assert summit_cli("cite", ref, "--quote").stdout.count(text) == 1


def test_cite_as_a_table_names_each_rows_ref(summit_cli: Any) -> None:
    """A citation's row in CSV or Markdown can be joined back to the ref it cites; plain text
    and a terminal keep the ready-to-paste line alone."""
    from conftest import run_process

    refs = ["S4", "2.1"]
    table = list(csv.reader(io.StringIO(run_process("cite", *refs, "--format", "csv").stdout)))
    plain = run_process("cite", *refs).stdout.splitlines()
    assert table[0] == ["type", "summit", "Ref", "Citation"]
    assert [(row[2], row[3]) for row in table[1:]] == list(zip(refs, plain, strict=True))
    markdown = run_process("cite", *refs, "--format", "markdown").stdout.splitlines()
    assert markdown[:2] == ["| Ref | Citation |", "| --- | --- |"]
    assert [line.split(" | ")[0] for line in markdown[2:]] == [f"| {ref}" for ref in refs]
    as_json = json.loads(run_process("cite", *refs, "--json").stdout)
    assert [(record["ref"], record["citation"]) for record in as_json] == list(
        zip(refs, plain, strict=True)
    )


def test_cite_in_a_folder_names_each_rows_summit(write_data: Callable[..., Path]) -> None:
    """In a folder the same ref is each summit's: a table's Ref is `SUMMIT-ID:REF`, as
    search's and compare's are (two rows of a bare S2 could not be told apart in Markdown)."""
    from conftest import run_process

    write_data(name="a.json")
    corpus = str(write_data(lambda d: d.update(id="second"), name="b.json").parent)
    wanted = ["korea-japan-2025-08-23:S2", "second:S2"]
    table = run_process("--data", corpus, "cite", "S2", "--format", "csv").stdout
    assert [row[2] for row in csv.reader(io.StringIO(table))][1:] == wanted
    markdown = run_process("--data", corpus, "cite", "S2", "--format", "markdown").stdout
    assert [line.split(" | ")[0] for line in markdown.splitlines()[2:]] == [
        f"| {ref}" for ref in wanted
    ]


@pytest.mark.parametrize(
    ("args", "stream", "expected"),
    [
        (["validate", "{dir}/one.json"], "stderr", "summit: 1 problem found\n"),
        (["validate", "{dir}/one.json", "{dir}/two.json"], "stderr", "summit: 2 problems found\n"),
        (["draft", "/dev/null"], "stderr", "summit: /dev/null: is empty: nothing to draft\n"),
        (
            ["draft", "{dir}/blank.txt"],
            "stderr",
            "summit: {dir}/blank.txt: is empty: nothing to draft\n",
        ),
        (
            ["sections", "--version"],
            "stderr",
            "summit: --version is summit's own option; put it before the command: summit "
            "--version (see 'summit sections --help')\n",
        ),
        (["--data", "{dir}/draft.json", "info"], "stdout", "1 reported, 1 account, 3 narration"),
        (["info", "--format", "csv"], "stdout", "type,summit,Label,Value\n"),  # as other headers
    ],
)
def test_messages_say_what_they_count_and_name_what_was_given(
    args: list[str], stream: str, expected: str, tmp_path: Path
) -> None:
    """One problem, one account: no "problem(s)", no "1 accounts"; a path as the user typed
    it; an option of summit's own said where it goes; a header in Title Case, as every
    command's after `type` and `summit`."""
    from conftest import run_process

    (tmp_path / "one.json").write_text("[]", encoding="utf-8")
    (tmp_path / "two.json").write_text("[]", encoding="utf-8")
    (tmp_path / "blank.txt").write_text(" \n", encoding="utf-8")
    drafted = run_process("draft", str(DRAFTS / "kim-sato.txt"), "-o", str(tmp_path / "draft.json"))
    assert drafted.returncode == 0, drafted.stderr
    result = run_process(*(word.format(dir=tmp_path) for word in args))
    assert expected.format(dir=tmp_path) in getattr(result, stream), result.stderr


def test_completion_offers_refs_speakers_and_topics(
    tmp_path: Path, summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    def complete(words: str) -> list[str]:
        env = {
            "_SUMMIT_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - 1),
        }
        words_offered: list[str] = summit_cli(**env).stdout.split()
        return words_offered

    assert complete("summit show 4.") == ["4.1", "4.2", "4.3"]
    assert "S5" in complete("summit compare S")  # only what compare takes: no N1, O1
    assert complete("summit compare N") == complete("summit compare O") == []
    assert complete("summit compare P") == ["P1", "P2", "P3", "P4"]
    assert complete("summit quotes --speaker 石") == ["石破茂", "石破"]
    assert complete("summit search x --topic no") == ["north-korea"]
    assert complete("summit --data /nowhere/at/all show 4.") == []  # bad data: no completions
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "data" / "summit_2025.json", corpus)
    assert complete(f"summit --data {corpus} show korea-japan-2025-08-23:4.") == [
        f"korea-japan-2025-08-23:4.{n}" for n in (1, 2, 3)
    ]  # a folder's records are cited SUMMIT-ID:REF, and shown and completed so

    def renamed(data: dict[str, Any]) -> None:  # a draft's aliases: the first and last word
        ishiba = next(p for p in data["people"] if p["name"] == "Shigeru Ishiba")
        ishiba.update(name="Marianne Sivertsen Næss")
        ishiba["curation"]["aliases"] = ["Marianne", "Næss"]

    drafted = write_data(renamed)  # each word of a name, which -s finds (new user 43)
    assert complete(f"summit --data {drafted} quotes -s Sive") == ["Sivertsen"]


def test_terminal_output_is_rich_and_highlights_matches(summit_tty: Any) -> None:
    code, output = summit_tty("search", "abduction", columns=80)
    assert code == 0
    assert "\x1b[" in output
    assert "─" in output  # a Rich table rule
    plain = ANSI.sub("", output)
    assert max(len(line) for line in plain.splitlines()) <= 80
    highlighted = re.findall(r"\x1b\[[0-9;]*43m([^\x1b]+)\x1b\[0m", output)
    assert set(highlighted) == {"abductions", "abduction"}


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["show", "S4"], "Korea and Japan are neighbors"),
        (["search", "abduction"], "abduction"),
        (["search", "hydrogen", "--topic", "future-industries"], "hydrogen"),
        (["quotes"], "S4"),
        (["info"], "Tokyo"),
        (["timeline"], "2025"),
        (["outcomes", "--expand"], "(curated)"),
        (["compare", "S5"], "S5"),
    ],
)
@pytest.mark.parametrize(("words", "env"), [([], {"NO_COLOR": "1"}), (["--color", "never"], {})])
def test_no_colour_is_no_escape_code_at_all_on_a_terminal(
    args: list[str], said: str, words: list[str], env: dict[str, str], summit_tty: Any
) -> None:
    """As `rg --color never`: no bold, italic or dim either, which Rich's no_color keeps."""
    code, output = summit_tty(*words, *args, **env)
    assert code == 0 and said in output
    assert "\x1b" not in output, output


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (["cite", "1.1", "2.1"], "\u201cJoint press release"),
        (["validate", "MISSING.json", "MISSING.json"], "MISSING.json: "),
    ],
)
def test_records_shown_as_lines_start_each_on_a_line_of_its_own_on_a_terminal(
    args: list[str], starts: str, summit_tty: Any
) -> None:
    """Two citations on a terminal ran together into one paragraph (Rich's print joins its
    objects with a space), so that no one could tell where the second began."""
    _, output = summit_tty(*args, columns=200)
    assert sum(line.startswith(starts) for line in output.splitlines()) == 2, output


@pytest.mark.parametrize("command", ["timeline", "outcomes", "topics", "speakers"])
def test_a_terminal_table_marks_the_curated_columns_as_csv_does(
    command: str, summit_cli: Any, summit_tty: Any
) -> None:
    """The terminal's timeline headed 'Refs' and 'Date inferred from' plainly, where CSV and
    Markdown say '(curated)': the header is all a reader has to tell them by."""
    header = next(csv.reader(io.StringIO(summit_cli(command, "-f", "csv").stdout)))
    curated = [label for label in header if label.endswith("(curated)")]
    _, output = summit_tty(command, "--color", "never", columns=200)
    header = output.split("\u2500")[0]  # above the header's rule; a narrow column wraps its label
    assert curated and header.count("(curated)") == len(curated), header


@pytest.mark.parametrize(
    ("args", "shown", "not_shown"),
    [
        (
            ["show", "4"],
            ["4.1  Lee Jae-myung & Shigeru Ishiba, reported, in a clause"],
            ["4.3  Coop"],
        ),
        (["sections", "--clauses"], ["2.2  Lee Jae-myung & Shigeru Ishiba, reported"], []),
        (
            ["outcomes", "--expand"],
            [
                "S3  the article, about Lee Jae-myung & Shigeru Ishiba, account",
                "S11  Shigeru Ishiba",
            ],
            [],
        ),
    ],
)
def test_records_listed_in_a_terminal_panel_say_whose_words_they_are(
    args: list[str], shown: list[str], not_shown: list[str], summit_tty: Any
) -> None:
    """A section's clauses and an outcome's records listed in a panel showed ref and text only:
    who said them (an account: the article's, about whom) was in every format but the terminal.
    A clause that names no one says nothing more: its section's title is the panel's."""
    _, output = summit_tty(*args, "--color", "never", columns=400)
    for words in shown:
        assert words in output, output
    for words in not_shown:
        assert words not in output, output


def test_a_quotation_listed_in_a_terminal_panel_keeps_the_articles_framing(
    summit_tty: Any,
) -> None:
    """`outcomes --expand` on a terminal gave S5 with no "He added,", which Markdown and the
    README's "(the article: …)" promise: the framing is the article's words, kept beside."""
    _, output = summit_tty(
        "outcomes", "--expand", "--topic", "demographics", "--color", "never", columns=400
    )
    assert "(the article: He added,) We decided to launch" in output, output


def test_messages_go_to_stderr_on_a_terminal_too(summit_tty: Any) -> None:
    code, output = summit_tty("search", "zeppelin")
    assert (code, output.strip()) == (1, "summit: no results for zeppelin")


def test_completion_offers_a_name_unaccented_as_typed(
    summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    """`-s Ol` offered nothing where `-s Olafur` finds Ólafur (new user 47): a name typed
    without its accents completes to the spelling typed, which `--speaker` takes."""

    def rename(data: dict[str, Any]) -> None:
        data["people"][0]["name"] = "Ólafur Grímsson"

    path = write_data(rename)

    def complete(words: str) -> list[str]:
        cword = str(len(words.split()) - 1)
        env = {"_SUMMIT_COMPLETE": "complete_bash", "COMP_CWORD": cword, "COMP_WORDS": words}
        offered: list[str] = summit_cli(**env).stdout.splitlines()
        return offered

    assert complete(f"summit --data {path} quotes -s Ol") == ["Olafur Grimsson", "Olafur"]
    assert complete(f"summit --data {path} quotes -s Ól") == ["Ólafur Grímsson", "Ólafur"]
    assert "Grimsson" in complete(f"summit --data {path} quotes -s Gri")


def test_install_completion_writes_only_the_shell_script(tmp_path: Any, summit_cli: Any) -> None:
    result = summit_cli("--install-completion", "bash", HOME=str(tmp_path), SHELL="/bin/bash")
    assert result.returncode == 0
    script = tmp_path / ".bash_completions" / "summit.sh"
    assert "printf '%q'" in script.read_text(encoding="utf-8")  # the quoting script
    assert (tmp_path / ".bashrc").read_text(encoding="utf-8").strip() == f"source '{script}'"


def test_the_lazy_command_table_and_the_commands_agree() -> None:
    """`summit --help` lists MODULES; each module must define exactly the commands it is named
    for, or a command would be missing (or never loaded)."""
    from summitcli.commands import APPS, MODULES, click_command

    for name, module in MODULES.items():
        assert click_command(name).callback.__module__ == f"summitcli.commands.{module}"
    assert set(APPS) == set(MODULES)
    assert click_command("no-such-command") is None


def test_a_bug_is_one_line_unless_debugging(
    summit_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("summitcli.refs.find_records", broken)
    result = summit_cli("show", "2.1")
    assert (result.returncode, result.stdout) == (3, "")
    assert result.stderr == "summit: internal error (ZeroDivisionError: a bug); please report it\n"
    debugging = summit_cli("show", "2.1", SUMMIT_DEBUG="1")
    assert debugging.returncode == 3
    assert "Traceback (most recent call last)" in debugging.stderr
    assert debugging.stderr.endswith("please report it\n")


@pytest.mark.parametrize(
    "options",
    [["--json", "--jsonl"], ["--json", "--format", "markdown"], ["--jsonl", "-f", "plain"]],
)
def test_two_output_formats_are_a_usage_error(summit_cli: Any, options: list[str]) -> None:
    result = summit_cli("quotes", *options)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("summit: Invalid value: choose one output format, not ")


def test_one_format_said_twice_is_fine(summit_cli: Any) -> None:
    assert summit_cli("quotes", "--json", "--format", "json").returncode == 0


def test_a_repeated_speaker_means_any_of_them(summit_cli: Any) -> None:
    def refs(*args: str) -> set[str]:
        return {line.split("\t")[0] for line in summit_cli("quotes", *args).stdout.splitlines()}

    both = refs("-s", "Lee", "-s", "Ishiba")
    assert both == refs("-s", "Lee") | refs("-s", "Ishiba")
    assert refs("-s", "Lee") < both
    topics = refs("--topic", "history", "--topic", "north-korea")
    assert topics == refs("--topic", "history") | refs("--topic", "north-korea")


@pytest.mark.parametrize(
    ("args", "same_as"),
    [
        (["search", "AI", "--type", "Clause"], ["search", "AI", "--type", "clause"]),
        (["quotes", "--kind", "Direct"], ["quotes", "--kind", "direct"]),
        (["quotes", "--kind", "indirect"], ["quotes", "--kind", "reported"]),
        # a choice pasted with the spaces around it (new user 66: `--verdict 'echoed '`)
        (["quotes", "--kind", " direct "], ["quotes", "--kind", "direct"]),
        (["search", "AI", "--format", "json "], ["search", "AI", "--format", "json"]),
        (["quotes", "-s", "Ishiba Shigeru"], ["quotes", "-s", "Ishiba"]),
        (["quotes", "-s", "PM Ishiba"], ["quotes", "-s", "Ishiba"]),
    ],
)
def test_choices_and_names_as_people_write_them(
    summit_cli: Any, args: list[str], same_as: list[str]
) -> None:
    result = summit_cli(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout == summit_cli(*same_as).stdout


@pytest.mark.parametrize(
    "args",
    [
        ["search", "hydrogen", "--data", "DATA"],
        ["search", "--data", "DATA", "hydrogen"],
        ["search", "hydrogen", "--data=DATA"],
        ["--data", "DATA", "search", "hydrogen"],
    ],
)
def test_data_may_follow_the_command(summit_cli: Any, args: list[str], tmp_path: Any) -> None:
    missing = str(tmp_path / "gone.json")
    result = summit_cli(*[a.replace("DATA", missing) for a in args])
    assert (result.returncode, result.stderr) == (
        2,
        f"summit: {missing}: no such file or directory\n",
    )


def test_a_missing_file_named_by_summit_data_names_the_variable(
    summit_cli: Any, tmp_path: Any
) -> None:
    """New user 62: `SUMMIT_DATA=nope.json summit sections` said "nope.json: no such file or
    directory", and no option on the command line named it."""
    missing = str(tmp_path / "nope.json")
    result = summit_cli("sections", SUMMIT_DATA=missing)
    assert (result.returncode, result.stderr) == (
        2,
        f"summit: SUMMIT_DATA={missing}: no such file or directory\n",
    )
    given = summit_cli("--data", missing, "sections", SUMMIT_DATA=missing)
    assert given.stderr == f"summit: {missing}: no such file or directory\n"


def test_only_options_before_a_double_dash_move(summit_cli: Any) -> None:
    result = summit_cli("search", "--", "--data", "x")
    assert result.returncode == 1 and "no results for --data x" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["abducton"], "no results for abducton; did you mean abduction?"),
        (["hydrgen"], "no results for hydrgen; did you mean hydrogen?"),
        (["denuclearisation"], "no results for denuclearisation; did you mean denuclearization?"),
        (["US"], "no results for US; did you mean U.S.?"),
        (["co-operation"], "no results for co-operation; did you mean cooperation?"),  # joined
        # a short word's hint begins as it does and is about as long (new user 42: "don't"
        # was offered "on", "Lea" "leads")
        (["Jpan"], "no results for Jpan; did you mean Japan?"),
        # a hint is a word as the text spells it, without the marks around it (new user 55:
        # "did you mean AI)?" from "(AI).", "/Courtesy" from "Photo /Courtesy")
        (["A.I."], "no results for A.I.; did you mean AI?"),
        # a number is offered its ordinals in the text (new user 55: "60" found nothing, "60th"
        # is in P3)
        (["60"], "no results for 60; did you mean 60th?"),
        # and an ordinal written in words the one in figures the text holds (new user 61:
        # "sixtieth" was offered nothing, P3 says "60th")
        (["sixtieth"], "no results for sixtieth; did you mean 60th?"),
        (
            ["Sixtieth", "anniversary"],
            "no results for Sixtieth anniversary: Sixtieth is in no passage; did you mean 60th?",
        ),
        # a hint is about as long as the word, whatever its length: a slip of typing adds or
        # drops a letter, not a syllable (new user 61: "threatening" was offered
        # "Strengthening", "nuclear-armed" "are")
        (["threatening"], "no results for threatening"),
        (["nuclear-armed"], "no results for nuclear-armed"),
        (["Courtsy"], "no results for Courtsy; did you mean Courtesy?"),
        (["zepelin", "AI"], "no results for zepelin AI: zepelin is in no passage"),
        (["won"], "no results for won"),
        (["don't"], "no results for don't"),
        (["Lea"], "no results for Lea"),
        (
            ["Prime Minister's", "zeppelin"],
            'no results for "Prime Minister\'s" zeppelin: zeppelin is in no passage',
        ),
        (  # quoted once
            ['"hydrogen zeppelin"'],
            'no results for "hydrogen zeppelin": zeppelin is in no passage',
        ),
        # which words of several are nowhere, or that each is somewhere (new user 42: "no
        # results for hydrogen zeppelin" did not say which)
        (["hydrogen", "zeppelin"], "no results for hydrogen zeppelin: zeppelin is in no passage"),
        (
            ["abducton", "hydrgen"],
            "no results for abducton hydrgen: abducton and hydrgen are in no passage; did you "
            "mean abduction, hydrogen?",
        ),
        (  # the words searched, not the typed marks around them (new user 45)
            ["[bold and red]hi[/]"],
            'no results for "[bold and red]hi[/]": bold, red and hi are in no passage; did you '
            "mean body, his?",
        ),
        (
            ["(hydrogen)", "zeppelin."],
            "no results for (hydrogen) zeppelin.: zeppelin is in no passage",
        ),
        # a terminal's escape pasted into the query: the query without it (new user 62: no
        # hint at all, where `show` says the ref is unknown)
        (
            ["hydro\x1b[31mgen"],
            "no results for hydro\\x1b[31mgen: it holds a terminal's control characters "
            "(pasted colour?); without them: summit search hydrogen",
        ),
        (
            ["\x1b[1mhydrogen\x1b[0m", "zeppelin"],
            "no results for \\x1b[1mhydrogen\\x1b[0m zeppelin: it holds a terminal's control "
            "characters (pasted colour?); without them: summit search hydrogen zeppelin",
        ),
        # a ref searched for: where to find its record (new user 55)
        (["S4"], "no results for S4; S4 is a ref: summit show S4"),
        (["2(1)"], "no results for 2(1); 2.1 is a ref: summit show 2.1"),
        (["p1"], "no results for p1; P1 is a ref: summit show P1"),
        (  # a qualified ref too (new user 59: "korea-japan-2025-08-23 and S4 are in no passage")
            ["korea-japan-2025-08-23:S4"],
            "no results for korea-japan-2025-08-23:S4; korea-japan-2025-08-23:S4 is a ref: "
            "summit show korea-japan-2025-08-23:S4",
        ),
        (["S99"], "no results for S99"),
        (
            ["hydrogen", "abduction"],
            "no results for hydrogen abduction: no passage holds all of its words, each of which "
            "is in the text (--any finds passages holding any of them)",
        ),
        (  # S1's framing: the article's words, which search does not read
            ['"concluded the Korea-Japan summit"'],
            'no results for "concluded the Korea-Japan summit"; the article\'s words introducing a '
            "quotation hold it, which search does not read: summit show S1",
        ),
        (
            ["stated"],
            "no results for stated; the article's words introducing 2 quotations hold it, which "
            "search does not read: summit show S4 S16",
        ),
        (
            ["cooperation", "--type", "preamble", "--type", "clause", "--section", "1"],
            "13 results for cooperation, none of them a preamble or clause in section 1",
        ),
        (
            ["cooperation", "--speaker", "Lee Myung-bak"],
            "13 results for cooperation, none of them a passage said by Lee Myung-bak",
        ),
    ],
)
def test_no_results_says_why(summit_cli: Any, args: list[str], message: str) -> None:
    result = summit_cli("search", *args)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", f"summit: {message}\n")


def test_framed_quotations_beyond_those_offered_are_counted(
    summit_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New user 57: "13 quotations hold it" offered `summit show` with five refs and no word of
    the other eight."""
    monkeypatch.setattr(suggestions, "FRAMED_SHOWN", 1)
    result = summit_cli("search", "stated")
    assert result.stderr.endswith(": summit show S4 (the first 1 of 2)\n"), result.stderr


@pytest.mark.parametrize("folder", [False, True])
def test_any_says_which_of_its_words_are_nowhere(
    summit_cli: Any, write_data: Callable[..., Path], folder: bool
) -> None:
    """New user 55: `search hydorgen --any AI` listed AI's passages and dropped the mistyped
    word without a word; the hits stand (exit 0), and stderr says which words found nothing,
    from the files and from a corpus's index alike."""
    data = ["--data", str(write_data().parent)] if folder else []
    result = summit_cli(*data, "search", "hydorgen", "--any", "AI", "zeppelin", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)
    assert result.stderr == (
        "summit: hydorgen and zeppelin are in no passage; did you mean hydrogen?\n"
    )
    every_word = summit_cli(*data, "search", "hydrogen", "--any", "AI")
    ref = summit_cli(*data, "search", "O1")
    assert "; O1 is a ref: summit " in ref.stderr and ref.stderr.endswith(" show O1\n")
    assert every_word.returncode == 0 and every_word.stderr == ""


def test_a_corpus_says_which_words_are_nowhere(
    summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    """The persistent index's vocabulary answers as the in-memory one does."""
    corpus = str(write_data().parent)
    for query, nowhere in (
        (["hydrogen", "zeppelin"], "zeppelin is in no passage"),
        (["hydrogen", "abduction"], "no passage holds all of its words"),
        (["60"], "no results for 60; did you mean 60th?"),
        # and an ordinal written in words the one in figures the text holds (new user 61:
        # "sixtieth" was offered nothing, P3 says "60th")
        (["sixtieth"], "no results for sixtieth; did you mean 60th?"),
        (
            ["Sixtieth", "anniversary"],
            "no results for Sixtieth anniversary: Sixtieth is in no passage; did you mean 60th?",
        ),
        # a hint is about as long as the word, whatever its length: a slip of typing adds or
        # drops a letter, not a syllable (new user 61: "threatening" was offered
        # "Strengthening", "nuclear-armed" "are")
        (["threatening"], "no results for threatening"),
        (["nuclear-armed"], "no results for nuclear-armed"),
    ):
        result = summit_cli("--data", corpus, "search", *query)
        assert result.returncode == 1 and nowhere in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("phrase", "words"),
    [("rates birth", ["rates", "birth"]), ("hydrogen cooperation", ["hydrogen", "cooperation"])],
)
def test_a_phrase_found_nowhere_says_its_words_are_found_apart(
    summit_cli: Any, phrase: str, words: list[str]
) -> None:
    apart = len(json.loads(summit_cli("search", *words, "--json").stdout))
    assert apart  # the words are there, just not as the phrase
    result = summit_cli("search", phrase)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f'summit: no results for "{phrase}" as a phrase; {apart} passages hold its words apart '
        f"or in another order: summit search {' '.join(words)}\n"
    )


@pytest.mark.parametrize("phrase", ["hydrogen zepelin", "hydrogen AI"])
def test_a_phrase_found_nowhere_with_any_counts_the_passages_any_of_its_words_finds(
    summit_cli: Any, phrase: str
) -> None:
    """New user 62: `--any "hydrogen zepelin"` said 2 passages held its words apart, and
    zepelin is in none; `--any "hydrogen AI"` said 3, where 2 hold both."""
    found = len(json.loads(summit_cli("search", "--any", *phrase.split(), "--json").stdout))
    result = summit_cli("search", "--any", phrase)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f'summit: no results for "{phrase}" as a phrase; {found} passages hold one or more of '
        f"its words: summit search {phrase} --any\n"
    )


@pytest.mark.parametrize("possessive", ["Japan's", "Ishiba\u2019s"])
def test_a_possessive_found_nowhere_suggests_the_name_alone(
    summit_cli: Any, possessive: str
) -> None:
    """ "Japan's" is the phrase "Japan s": the text has no "Japan's", and searching "Japan s"
    would also find the "S" of "U.S.": the search to suggest is the name."""
    name = possessive[:-2]
    found = len(json.loads(summit_cli("search", name, "--json").stdout))
    result = summit_cli("search", possessive)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"summit: no results for {possessive}; {found} passages hold {name}: summit search {name}\n"
    )


def test_a_long_query_is_shortened_in_messages(summit_cli: Any) -> None:
    result = summit_cli("search", "x" * 16_000)
    assert result.returncode == 1
    assert len(result.stderr) < 120 and result.stderr.endswith("\u2026\n")


@pytest.mark.parametrize(
    ("query", "name", "speaks"),
    [("이재명", "Lee Jae-myung", True), ("石破", "Shigeru Ishiba", True),
     ("이명박", "Lee Myung-bak", False)],
)  # fmt: skip
def test_a_query_in_hangul_or_kanji_points_to_the_name_and_speaker(
    summit_cli: Any, query: str, name: str, speaks: bool
) -> None:
    """New user 61: "search 이명박" pointed to 'summit quotes -s 이명박', which finds nothing
    (he says nothing), and never to the passages that name him."""
    result = summit_cli("search", query)
    assert result.returncode == 1
    assert "the text is English" in result.stderr and result.stderr.count("\n") == 1
    assert f"is the curators' alias of {name} (summit search {shell_word(name)} finds" in (
        result.stderr
    )
    assert (f"summit quotes -s {query} what they said" in result.stderr) is speaks
    assert "machine-translated" not in result.stderr  # so is a corpus's own article (new user 44)
    assert summit_cli("search", name).returncode == 0


@pytest.mark.parametrize("in_folder", [False, True])
def test_a_query_in_hangul_nobody_is_called_suggests_no_speaker(
    tmp_path: Path, summit_cli: Any, in_folder: bool
) -> None:
    """ "search 東京" suggested 'summit quotes -s 東京', which then exits 2: no one is called
    that (new user 47). The suggestion is made only for a name someone carries."""
    shutil.copy(bundled_data_path(), tmp_path)
    data = ["--data", str(tmp_path)] if in_folder else []
    result = summit_cli(*data, "search", "東京")
    assert result.returncode == 1
    assert "quotes -s" not in result.stderr
    assert "the text is English, and no one in it is called 東京" in result.stderr
    assert "quotes -s 이재명 what" in summit_cli(*data, "search", "이재명").stderr


def test_a_filter_without_words_lists_what_it_keeps(summit_cli: Any) -> None:
    def refs(*args: str) -> list[str]:
        return [line.split("\t")[0] for line in summit_cli("search", *args).stdout.splitlines()]

    assert refs("--topic", "north-korea") == ["4.1", "4.2", "4.3", "S15", "S16"]
    assert refs("--type", "preamble") == ["P1", "P2", "P3", "P4"]
    assert refs("--type", "narration", "--limit", "2") == ["N1", "N2"]
    empty = summit_cli("search", "--speaker", "Lee Myung-bak")
    assert (empty.returncode, empty.stderr) == (1, "summit: no passage said by Lee Myung-bak\n")
    narration = summit_cli("search", "--topic", "north-korea", "--type", "narration")
    assert narration.stderr == "summit: no narration tagged north-korea\n"  # not "no passage is
    # a narration tagged" (new user 25)


def test_a_type_or_kind_repeated_keeps_any_of_them(summit_cli: Any) -> None:
    """`--type` and `--kind` repeat as `--speaker` and `--topic` do (new user 43): any of
    several (the index answers alike: test_cache)."""

    def refs(*args: str) -> list[str]:
        found = summit_cli(*args)
        assert found.returncode == 0, found.stderr
        return [line.split("\t")[0] for line in found.stdout.splitlines()]

    both = refs("search", "--topic", "north-korea", "--type", "clause", "--type", "statement")
    assert both == refs("search", "--topic", "north-korea", "--type", "clause") + refs(
        "search", "--topic", "north-korea", "--type", "statement"
    )
    assert set(refs("search", "--type", "preamble", "--type", "title")) == set(
        refs("search", "--type", "preamble") + refs("search", "--type", "title")
    )
    direct, reported = refs("quotes", "--kind", "direct"), refs("quotes", "--kind", "reported")
    assert sorted(refs("quotes", "-k", "direct", "-k", "indirect")) == sorted(direct + reported)
    none = summit_cli("search", "--topic", "north-korea", "--type", "title", "-t", "x")
    assert none.returncode != 0 and none.stderr.count("\n") == 1
    nothing = summit_cli("search", "-s", "Ishiba", "--type", "title", "--type", "section")
    assert nothing.stderr == "summit: no title or section said by Shigeru Ishiba\n"


def test_a_section_shown_piped_or_as_markdown_includes_its_clauses(
    summit_cli: Any, summit: Summit
) -> None:
    rows = [line.split("\t") for line in summit_cli("show", "4").stdout.splitlines()]
    assert [row[0] for row in rows] == ["4", "4.1", "4.2", "4.3"]
    assert rows[1][3] == summit.sections[3].clauses[0].text
    markdown = summit_cli("show", "4", "--format", "markdown").stdout
    assert markdown.startswith(f"## 4. {summit.sections[3].title}\n")
    assert markdown.count("\n> ") == 3


def test_sixty_columns_stack_each_hit_and_give_its_text_the_whole_width(
    summit_tty: Any, summit: Summit
) -> None:
    """Issue 21 point 4: at 60 columns a table gave the text 26 columns and took 29 lines for 2
    hits; stacked, each hit's text runs the whole width."""
    _, output = summit_tty("search", "hydrogen", columns=60)
    lines = [ANSI.sub("", line).rstrip() for line in output.splitlines()]
    assert max(map(len, lines)) <= 60
    assert any(len(line) > 55 for line in lines)  # the text's lines use the width
    assert len(lines) < 22
    assert summit.clauses[2].text in " ".join(" ".join(lines).split())  # 2.1, whole
    for ref in ("S2", "2.1"):
        assert any(line.startswith(f"{ref}  score ") for line in lines), ref


def test_sections_with_clauses_on_a_terminal_say_each_title_once(
    summit_tty: Any, summit: Summit
) -> None:
    _, output = summit_tty("sections", "--clauses", columns=200)
    plain = ANSI.sub("", output)
    for section in summit.sections:
        assert plain.count(section.title) == 1, section.title


def test_every_row_from_a_corpus_names_its_summit(
    summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    write_data(name="a.json")
    corpus = str(write_data(lambda d: d.update(id="second"), name="b.json").parent)
    for command in ("speakers", "timeline", "topics", "outcomes", "sections", "quotes"):
        rows = [
            line.split("\t") for line in summit_cli("--data", corpus, command).stdout.splitlines()
        ]
        firsts = {row[0].partition(":")[0] for row in rows}
        assert firsts == {"korea-japan-2025-08-23", "second"}, command
    outcome = summit_cli("--data", corpus, "outcomes").stdout.splitlines()[-1].split("\t")
    assert outcome[0] == "second:O13" and outcome[2] == "second:4.2"


def test_outcomes_expand_to_the_text_behind_them(summit_cli: Any, summit: Summit) -> None:
    rows = [line.split("\t") for line in summit_cli("outcomes", "--expand").stdout.splitlines()]
    o8 = next(i for i, row in enumerate(rows) if row[0] == "O8")
    assert [row[0] for row in rows[o8 : o8 + 4]] == ["O8", "4.3", "S15", "S16"]
    assert rows[o8 + 1][3] == summit.sections[3].clauses[2].text
    outcomes = json.loads(summit_cli("outcomes", "-x", "--topic", "exchanges", "--json").stdout)
    # each outcome holds the records behind it, so a script knows which belongs to which
    assert [(o["ref"], [(r["type"], r["ref"]) for r in o["records"]]) for o in outcomes] == [
        ("O2", [("clause", "3.1"), ("statement", "S12")]),
        ("O6", [("clause", "3.2")]),
    ]
    s12 = next(statement for statement in summit.statements if statement.ref == "S12")
    assert outcomes[0]["records"][1]["text"] == s12.text
    assert "records" in outcomes[0]["curated"]  # which records: the curators' choice
    markdown = summit_cli("outcomes", "-x", "--format", "markdown").stdout
    assert markdown.startswith(
        "## O1 (outcome, curated)\n\n- Outcome (curated): Agreed: a consultative body"
    )
    assert "\n- Not signed (curated): " in markdown


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["--color", "always", "search", "AI"], {}, True),
        (["search", "AI", "--color", "always"], {}, True),  # after the command too
        (["search", "AI"], {"FORCE_COLOR": "1"}, False),  # rows stay rows for scripts in CI
        (["search", "AI", "--format", "rich"], {"FORCE_COLOR": "1"}, True),
        (["search", "AI", "--format", "rich", "--color", "never"], {"FORCE_COLOR": "1"}, False),
        (["search", "AI"], {}, False),
    ],
)
def test_colour_into_a_pipe_when_asked(
    args: list[str], env: dict[str, str], coloured: bool
) -> None:
    from conftest import run_process

    result = run_process(*args, **env)
    assert result.returncode == 0
    assert bool(re.search(r"\x1b\[[0-9;]*m", result.stdout)) == coloured


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("Pr", ["President\\ Lee", "Prime\\ Minister\\ Ishiba"]),
        ("Prime\\ M", ["Prime\\ Minister\\ Ishiba"]),
        ("石", ["石破茂", "石破"]),
    ],
)
def test_bash_completes_a_name_with_spaces_as_one_word(typed: str, offered: list[str]) -> None:
    """Runs bash with the script summit prints, as bash would on <Tab>."""
    from conftest import SUMMIT, clean_env

    env = clean_env(PATH=f"{SUMMIT.parent}:/usr/bin:/bin", TYPED=typed)
    script = (
        'source <(summit --show-completion bash); COMP_WORDS=(summit quotes --speaker "$TYPED"); '
        'COMP_CWORD=3; _summit_completion summit; printf "%s\\n" "${COMPREPLY[@]}"; '
        'eval "set -- ${COMPREPLY[0]}"; echo "words: $#"'
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
    assert result.stdout.splitlines() == [*offered, "words: 1"], result.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize("quote", ['"', "'"])
def test_bash_completes_a_name_inside_an_open_quote_as_it_is(quote: str) -> None:
    """After an opening quote bash inserts the completion inside it: escaped, `"Jonas G<Tab>`
    became `"Jonas\\ Gahr\\ St…`, a name nobody has (new user 59)."""
    from conftest import SUMMIT, clean_env

    env = clean_env(PATH=f"{SUMMIT.parent}:/usr/bin:/bin", TYPED=f"{quote}Prime M")
    script = (
        'source <(summit --show-completion bash); COMP_WORDS=(summit quotes --speaker "$TYPED"); '
        'COMP_CWORD=3; _summit_completion summit; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
    assert result.stdout.splitlines() == ["Prime Minister Ishiba"], result.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_a_folders_ref_past_the_colon(tmp_path: Path) -> None:
    """Bash breaks `SUMMIT-ID:REF` into three words at the colon (COMP_WORDBREAKS) and replaces
    only the last: the script joins them for summit and offers what follows the colon."""
    from conftest import SUMMIT, clean_env

    shutil.copy(ROOT / "data" / "summit_2025.json", tmp_path)
    env = clean_env(PATH=f"{SUMMIT.parent}:/usr/bin:/bin", DIR=str(tmp_path))
    script = (
        "source <(summit --show-completion bash); "
        'COMP_WORDS=(summit --data "$DIR" show korea-japan-2025-08-23 : 4.); COMP_CWORD=6; '
        '_summit_completion summit; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
    assert result.stdout.splitlines() == ["4.1", "4.2", "4.3"], result.stderr


ZSH_AT_THE_KEYBOARD = r"""
zmodload zsh/zpty
zpty keyboard 'zsh -f -i'
zpty -w keyboard 'autoload -U compinit; compinit -u -D; source <(summit --show-completion zsh)'
zpty -w -n keyboard "$TYPED"$'\t\x01printf "%s|" LINE:\x05; print END\n'
output=""
for attempt in {1..400}; do
  zpty -r -t keyboard chunk && output+=$chunk
  [[ $output == *'|END'* ]] && break
  sleep 0.05
done
zpty -d keyboard
print -r -- "$output"
"""
"""Types a line and <Tab> into an interactive zsh (through zsh's own pseudo-terminal module),
then prints the completed line's words, each followed by |."""

QUOTES_BY = ["summit", "quotes", "--speaker"]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("summit quotes --speaker Prime", [*QUOTES_BY, "Prime Minister Ishiba"]),
        ("summit quotes --speaker 石破", [*QUOTES_BY, "石破"]),  # 石破茂 or 石破: their common part
        ("summit secti", ["summit", "sections"]),
    ],
)
def test_zsh_completes_a_name_with_spaces_as_one_word(typed: str, words: list[str]) -> None:
    from conftest import SUMMIT, clean_env

    env = clean_env(PATH=f"{SUMMIT.parent}:/usr/bin:/bin", TYPED=typed)
    result = subprocess.run(
        ["zsh", "-f", "-c", ZSH_AT_THE_KEYBOARD],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    completed = re.search(r"LINE:([^\r\n]*)\|END", result.stdout)
    assert completed, result.stdout[-500:]
    assert completed[1].split("|") == words


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("summit quotes --speaker Pr", ["President Lee", "Prime Minister Ishiba"]),
        ('summit quotes --speaker "Prime M', ["Prime Minister Ishiba"]),
        ("summit show 5.", ["5.1", "5.2"]),
    ],
)
def test_fish_offers_a_name_with_spaces_as_one_candidate(typed: str, offered: list[str]) -> None:
    from conftest import SUMMIT, clean_env

    env = clean_env(PATH=f"{SUMMIT.parent}:/usr/bin:/bin", TYPED=typed)
    script = 'summit --show-completion fish | source; complete --do-complete "$TYPED"'
    result = subprocess.run(["fish", "-c", script], capture_output=True, text=True, env=env)
    assert result.stdout.splitlines() == offered, result.stderr


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o default -F _summit_completion summit"),
        ("zsh", "#compdef summit"),
        ("fish", "complete --command summit"),
        ("powershell", "Register-ArgumentCompleter"),
    ],
)
def test_show_completion_for_the_shell_named(summit_cli: Any, shell: str, marker: str) -> None:
    result = summit_cli("--show-completion", shell)
    assert result.returncode == 0 and marker in result.stdout


@pytest.mark.parametrize("typed", [["--show-completion=bash"], ["--show-completion", "BASH"]])
def test_show_completion_takes_a_shell_as_other_options_take_values(
    summit_cli: Any, typed: list[str]
) -> None:
    """`--show-completion=bash` was "does not take a value" and `BASH` no shell, where `-f
    JSON` is a format (new user 59)."""
    result = summit_cli(*typed)
    assert result.returncode == 0 and "complete -o default -F _summit_completion" in result.stdout


def test_help_says_a_completion_option_takes_a_shell(summit_cli: Any) -> None:
    """The README's `--show-completion [SHELL]`; the help said "for the current shell" only."""
    shown = " ".join(summit_cli("--help").stdout.split())
    assert "--show-completion [SHELL] Print the completion script for that shell" in shown
    assert "--install-completion [SHELL] Install completion for bash, zsh, fish" in shown


def test_show_completion_of_two_shells_says_it_takes_one(summit_cli: Any) -> None:
    result = summit_cli("--show-completion", "zsh", "extra")
    assert result.returncode == 2
    assert "--show-completion takes one shell, not 'zsh extra'" in result.stderr, result.stderr


def test_show_completion_for_an_unknown_shell_is_an_error(summit_cli: Any) -> None:
    result = summit_cli("--show-completion", "nonsense")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("summit: Invalid value: no completion for 'nonsense'")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (["search", "AI", "--data", "x"], ["--data", "x", "search", "AI"]),
        (["--data", "x", "--color", "never", "search", "AI", "--data", "y"],
         ["--data", "x", "--color", "never", "--data", "y", "search", "AI"]),
        (["search", "--color=always", "AI"], ["--color=always", "search", "AI"]),
        (["search", "--", "--data", "x"], ["search", "--", "--data", "x"]),
        (["--version"], ["--version"]),
        (["show", "S1", "--data"], ["--data"]),  # no value: Click's own error, not `--data show`
    ],
)  # fmt: skip
def test_global_options_move_before_the_command(typed: list[str], expected: list[str]) -> None:
    from summitcli.cli import global_options_first

    assert global_options_first(typed) == expected


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["sections", "--data"], "--data"),
        (["search", "hydrogen", "--color"], "--color"),
        (["show", "S1", "--data"], "--data"),
        (["--color", "never", "quotes", "-s", "Lee", "--data"], "--data"),
    ],
)
def test_a_global_option_after_the_command_without_its_value_is_a_usage_error(
    args: list[str], option: str, summit_cli: Any
) -> None:
    """It took the command's name for its value (new user 44): `sections --data` printed the
    help and exited 0, so that a script's empty variable piped help into jq as a success."""
    result = summit_cli(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert (
        result.stderr == f"summit: Option '{option}' requires an argument (see 'summit --help')\n"
    )


@pytest.mark.parametrize(
    "module", ["cli", "commands.shared", *sorted({f"commands.{m}" for m in MODULES.values()})]
)
def test_typer_finds_annotations_as_objects_not_strings(module: str) -> None:
    """Typer reads the annotations of the commands and of their option callbacks on every call;
    a string (`from __future__ import annotations`) it would have to eval, every time."""
    namespace = vars(importlib.import_module(f"summitcli.{module}"))
    functions = [f for f in namespace.values() if inspect.isfunction(f)]
    stringly = [
        f.__name__
        for f in functions
        if f.__module__ == f"summitcli.{module}"
        and any(isinstance(annotation, str) for annotation in f.__annotations__.values())
    ]
    assert stringly == []


@pytest.mark.parametrize(
    "args",
    [
        ["read", "--format", "markdown"],
        ["read", "release", "-f", "markdown"],
        ["search", "--type", "section", "--format", "markdown"],
        ["search", "cooperation", "--type", "section", "-f", "csv"],
        ["search", "human exchanges", "-f", "csv"],
    ],
)
def test_what_crashed_or_came_out_ragged_now_works(summit_cli: Any, args: list[str]) -> None:
    """Issue 18, points 1 and 4: README examples that crashed in Markdown, CSV rows wider than
    their header."""
    result = summit_cli(*args)
    assert result.returncode == 0, result.stderr
    if "csv" in args:
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert {len(row) for row in rows} == {len(rows[0])}


def test_sections_in_search_are_passages(summit_cli: Any) -> None:
    """Search prints passages (REF WHO KIND TEXT) whatever their type, sections too."""
    rows = [
        line.split("\t")
        for line in summit_cli("search", "--type", "section").stdout.split("\n")
        if line
    ]
    assert rows and all(len(row) == 4 and row[2] == "section" for row in rows)


# (query, the hit's ref, its found_in, how a format words it) for a hit whose query words are
# only (S16: "abduction" in the curators' note) or partly (2.1: "future" in its keyword) curated
FOUND_THROUGH_CURATION = [
    (["abduction"], "S16", "curation", "found only through the curators' keywords or notes"),
    (["hydrogen", "future"], "2.1", "text and curation", "found partly through the curators' "
     "keywords or notes"),
]  # fmt: skip


@pytest.mark.parametrize(("query", "ref", "found_in", "said"), FOUND_THROUGH_CURATION)
@pytest.mark.parametrize("fmt", ["--json", "-f csv", "-f markdown", "-f rich", ""])
def test_a_hit_found_through_curation_says_so_in_every_format(
    summit_cli: Any, query: list[str], ref: str, found_in: str, said: str, fmt: str
) -> None:
    """JSON and CSV carry found_in; Markdown and the terminal word it; piped text, one tab
    separated line per hit, says it on stderr."""
    result = summit_cli("search", *query, *fmt.split())
    words = " ".join(result.stdout.split())
    if fmt == "--json":
        assert {"ref": ref, "found_in": found_in}.items() <= json.loads(result.stdout)[-1].items()
    elif fmt == "-f csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [row["Found in"] for row in rows if row["Ref"] == ref] == [found_in]
    elif fmt:
        assert said in words
    else:
        assert f"{ref}: {said}" in result.stderr
        assert ref in [line.split("\t")[0] for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    ("args", "said", "unsaid"),
    [
        (["show", "x" * 100_000], "unknown ref", "x" * 100),
        (["sectoins"], "did you mean sections?", ""),
        (["search", "hydrogen", "wind"], "no results", "did you mean hydrogen"),
        (["export", "sqlite", "/nonexistent/dir/x.db"], "/nonexistent/dir/x.db", ""),
        # a long name is cut short, not the reason after it (new user 56: "cannot write xxx…")
        (["export", "sqlite", "x" * 100_000 + ".db"], "xxx\u2026: File name too long", "x" * 200),
        (
            ["draft", str(DRAFTS / "kim-sato.txt"), "-o", "x" * 100_000 + ".json"],
            "xxx\u2026: File name too long",
            "x" * 200,
        ),
        (["compare", "O1"], "O1 is an outcome", " a outcome"),
        (["compare", "O1"], "a preamble paragraph", ""),
        (
            ["draft", str(DRAFTS / "kim-sato.txt"), "-o", "/nonexistent/dir/x.json"],
            "cannot write /nonexistent/dir/x.json: no new file can be made in /nonexistent/dir",
            "the output",
        ),
        # the system's own message named the temporary file beside it, or nothing
        pytest.param(
            ["draft", str(DRAFTS / "kim-sato.txt"), "-o", "/proc/version", "--force"],
            "cannot write /proc/version: no new file can be made in /proc (",
            ".tmp",
            marks=ON_LINUX,
        ),
        pytest.param(
            ["export", "sqlite", "/proc/version", "--force"],
            "cannot write /proc/version: no new file can be made in /proc (",
            ".tmp",
            marks=ON_LINUX,
        ),
        (
            ["--json", "sections"],
            "--json is not summit's own option; put it after the command: summit sections --json",
            "--version",
        ),
        (["--jsonl", "quotes", "-s", "Lee"], "summit quotes --jsonl", "Possible options"),
        (["--format", "csv", "quotes"], "summit quotes --format …", "Possible options"),
        (["--stale", "cache", "clear"], "summit cache --stale", "Possible options"),
        (["--nonsense", "sections"], "No such option: --nonsense", "after the command"),
        # only options near the typo's name are offered (new user 43: --count was offered --json)
        (["search", "x", "--count"], "No such option: --count (see 'summit search --help')", ""),
        (["search", "x", "--jsn"], "(Possible options: --json, --jsonl)", "--any"),
        (["quotes", "--kindd", "direct"], "(Possible options: --kind)", "--in"),
        # summit's own options may follow the command: they are offered there too (new user 59)
        (["sections", "--dta", "x"], "No such option: --dta (Possible options: --data)", ""),
        (["quotes", "--colr", "never"], "(Possible options: --color)", ""),
        (["version"], "no such command 'version'; did you mean summit --version?", "sections"),
        # a command named by what it gives, not only its spelling (new user 65: `dates` was
        # offered validate, `citation` sections, `clauses` cache, `people` nothing)
        (["dates"], "no such command 'dates'; did you mean timeline?", "validate"),
        (["said"], "no such command 'said'; did you mean quotes?", "validate"),
        (["citation"], "; did you mean cite?", "sections"),
        (["clauses"], "; did you mean sections?", "cache"),
        (["people"], "; did you mean speakers?", ""),
        (["Statements"], "; did you mean quotes?", ""),
        (["signed"], "; did you mean compare?", ""),
        (["events"], "; did you mean timeline?", ""),
        (["list"], "; did you mean sections?", "validate"),  # new user 66
        (["get"], "; did you mean show?", ""),
        (["summary"], "; did you mean info?", ""),
        (["read", "S4"], "; to show a record by its ref: summit show S4 (see", ""),
        (["read", "both"], "; leave PART out for all of them (see", ""),
        (["export", "csv", "x.csv"], "; CSV is --format csv of a listing command", ""),
        (["cite", "S4", "-f", "apa"], "; did you mean csl-json, bibtex, ris?", "mean plain"),
        (["quotes", "--who", "Ishiba"], "No such option: --who (Possible options: --speaker)", ""),
        (["compare", "--tag", "trade"], "(Possible options: --topic)", ""),
        # words a command takes no arguments for go to its filters or to search (new user 65)
        (
            ["quotes", "Ishiba"],
            "summit quotes takes no arguments (got Ishiba); a speaker or topic goes after "
            "--speaker or --topic (summit quotes --speaker Ishiba); to find words in the text: "
            "summit search Ishiba (see",
            "",
        ),
        (
            ["outcomes", "hydrogen"],
            "; a topic goes after --topic (summit outcomes --topic hydrogen)",
            "",
        ),
        (["topics", "north korea"], '; to find words in the text: summit search "north korea"', ""),
        # a year is no ref: `timeline 2025` was sent to `show 2025`, which refuses it
        (["timeline", "2025"], "(got 2025); to find words in the text: summit search 2025", "show"),
        (["help"], "no such command 'help'; did you mean summit --help?", ""),
        (["--kind", "direct", "sections"], "No such option: --kind", "after the command"),
        # a mistyped choice is offered its nearest choices, as a mistyped option is
        (["quotes", "--kind", "unatributed"], "; did you mean unattributed? (see", ""),
        (["quotes", "--kind=dirct"], "; did you mean direct, indirect? (see", ""),
        (["quotes", "-k", "direct", "-k", "acount"], "; did you mean account? (see", "direct?"),
        (["search", "x", "--format", "mardown"], "; did you mean markdown? (see", ""),
        (["search", "x", "-f", "jsnl"], "; did you mean jsonl", ""),
        (["quotes", "--kind", "zzzz"], "is not one of", "did you mean"),
        # a choice's other name is offered what summit calls it, not only a near spelling
        # (new user 64: --kind quote was told only the list)
        (["quotes", "--kind", "quote"], "; did you mean direct? (see", ""),
        # narration is no kind of quotation but records of its own (new user 68: "account?")
        (["quotes", "--kind", "narration"], "search QUERY --type narration", "mean account"),
        (["quotes", "-k", "Quotation"], "; did you mean direct? (see", ""),
        (["quotes", "--kind", "paraphrase"], "; did you mean reported? (see", ""),
        (["quotes", "--kind", "narrative"], "; did you mean account? (see", ""),
        (["search", "x", "-f", "md"], "; did you mean markdown? (see", ""),
        (["sections", "-f", "tsv"], "; did you mean plain, csv? (see", ""),
        (["sections", "-f", "ndjson"], "; did you mean jsonl", "json,"),
        (["sections", "-f", "text"], "; did you mean plain? (see", ""),
        # --section keeps clauses alone: a --type without clause is a contradiction (new user 57)
        (
            ["search", "peace", "--section", "4", "--type", "section"],
            "--section keeps only clauses, which --type section leaves out; drop --section, "
            "or summit show 4 for the section itself",
            "none of them",
        ),
        (
            ["search", "--section", "1", "--type", "statement"],
            "which --type statement leaves",
            "show 1",
        ),  # new user 61: the hint named the --type section they had typed
        (
            ["search", "--section", "1", "--type", "statement", "--type", "section"],
            "drop --section, or summit show 1 for the section itself",
            "is --type section",
        ),
        # cite's reference-manager formats on another command point to cite (new user 57)
        (
            ["search", "x", "-f", "bibtex"],
            "; bibtex is for 'summit cite' alone (summit cite REF... -f bibtex",
            "",
        ),
        (["validate", "-f", "ris"], "; ris is for 'summit cite' alone", "did you mean"),
        (["quotes", "--format=CSL-JSON"], "; CSL-JSON is for 'summit cite' alone", "did you mean"),
        # a path with a space at an end is quoted, or the space cannot be seen (new user 50)
        (["--data", " /nonexistent.json", "sections"], "summit: ' /nonexistent.json': no such", ""),
        (["--data", "/nonexistent.json ", "sections"], "summit: '/nonexistent.json ': no such", ""),
        (["--data", "/nonexistent.json", "sections"], "summit: /nonexistent.json: no such", ""),
        (["export", "sqlit", "x.db"], "; did you mean sqlite? (see 'summit export --help')", ""),
        # a word that starts with one dash is read as short options: name the word, not a letter
        (["search", "-hydrogen"], "No such option: -hydrogen", "-y"),
        (["search", "-hydrogen"], "summit search -- -hydrogen", ""),
        (["show", "--"], "summit: missing REF (see 'summit show --help')", "Missing"),
        (["cite"], "summit: missing REF (see 'summit cite --help')", "refs"),
        (["draft"], "summit: missing ARTICLE (see 'summit draft --help')", "Missing"),
        (["export"], "missing FORMAT, one of: sqlite (see 'summit export --help')", "Choose"),
        (["quotes", "-s", ""], "the name '' is empty: give a name or a role", "called"),
        (["quotes", "-s", " - "], "the name ' - ' has no letters", "called"),
        (["quotes", "-s"], "Option '-s' requires an argument (see 'summit quotes --help')", ""),
        (["quotes", "--topic", ""], "the topic '' is empty (see 'summit topics')", "unknown"),
        (["show", ""], "the ref '' is empty", "unknown"),
        (["compare", ""], "the ref '' is empty", "unknown"),  # not every statement, exit 0
        # the filters that left nothing, as search names them
        (
            ["compare", "--topic", "north-korea", "--verdict", "echoed"],
            "no statements match: none tagged north-korea with the verdict echoed",
            "",
        ),
        (
            ["compare", "S16", "--verdict", "echoed"],
            "no statements match: none of S16 with the verdict echoed",
            "",
        ),
        (
            ["compare", "4.3", "--verdict", "echoed", "-s", "Ishiba"],
            "none said by Shigeru Ishiba echoing 4.3 with the verdict echoed",
            "",
        ),
        (
            ["quotes", "-t", "north-korea", "--in", "article", "-s", "Lee"],
            "no statements match: none said by Lee Jae-myung or Lee Myung-bak in the article "
            "tagged north-korea",
            "",
        ),
        (
            ["--no-cache", "quotes", "-t", "north-korea", "--in", "article", "-s", "Lee"],
            "no statements match: none said by Lee Jae-myung or Lee Myung-bak in the article "
            "tagged north-korea",
            "",
        ),
        (  # the release reports speech, none of it direct: --kind left it empty
            ["quotes", "--in", "release", "--kind", "direct"],
            "no statements match: none of the direct speech in the release",
            "",
        ),
        (
            ["quotes", "--kind", "account", "-s", "Ishiba", "--in", "release"],
            "no statements match: none of the article's accounts about Shigeru Ishiba in the "
            "release",
            "",
        ),
        (["show", ":S1"], "the summit id in ':S1' is empty", ""),
        (["show", "S1:"], "the ref in 'S1:' is empty: give one after ':'", "unknown summit"),
        # a count in words a person uses (new user 44: "'abc' is not a valid int range")
        (["search", "x", "--limit", "abc"], "'abc' is not a valid whole number", "range"),
        (["search", "--section", "1.5"], "'1.5' is not a valid whole number", "range"),
        (["search", "x", "-n", "0"], "0 is not in the range x>=1", ""),
    ],
)
def test_messages_help(summit_cli: Any, args: list[str], said: str, unsaid: str) -> None:
    """Issue 21 point 6: one line that names what went wrong, suggests what exists, and does not
    echo a huge argument back."""
    result = summit_cli(*args)
    assert result.returncode in (1, 2)
    assert result.stderr.count("\n") == 1 and len(result.stderr) < 400, result.stderr[:400]
    assert said in result.stderr
    assert not unsaid or unsaid not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["draft", ""], "an empty path names no file"),
        (["draft", "{dir}/article.txt", "-o", ""], "an empty path names no file"),
        # as a summit file is said missing or unreadable (new user 29 saw two wordings)
        (["draft", "{dir}/nosuch.txt"], "nosuch.txt: no such file or directory"),
        (["draft", "{dir}"], "cannot be read: Is a directory"),
        (["draft", "{dir}/article.txt", "-o", "{dir}/article.txt", "--force"], "is the article"),
        (["draft", "{dir}/article.txt", "-o", "{dir}/./article.txt", "--force"], "is the article"),
        (["export", "sqlite", ""], "an empty path names no file"),
        (["export", "sqlite", "{dir}/x.db", "--metadata", ""], "an empty path names no file"),
        (["--data", "{dir}/data.json", "export", "sqlite", "{dir}/data.json", "--force"], "read"),
        (["--data", "{dir}", "export", "sqlite", "{dir}/data.json", "--force"], "read"),
        # a summit file the call did not read is still no file to replace (new user 58)
        (
            ["export", "sqlite", "{dir}/x.db", "--metadata", "{dir}/data.json", "--force"],
            "is a summit file; --force never replaces one",
        ),
        (["export", "sqlite", "{dir}/x.db", "--metadata", "{dir}/x.json", "--force"], None),
    ],
)
def test_output_never_replaces_the_input_and_bad_paths_are_one_clear_line(
    args: list[str], message: str | None, tmp_path: Path, summit_cli: Any, summit: Summit
) -> None:
    """--force replaces an earlier output, never what summit reads: the article drafted, the
    data exported."""
    article = tmp_path / "article.txt"
    article.write_text(
        (Path(__file__).parent / "drafts" / "kim-sato.txt").read_text(), encoding="utf-8"
    )
    data = tmp_path / "data.json"
    data.write_bytes(Path(summit.path).read_bytes())
    before = {p.name: p.read_bytes() for p in (article, data)}
    result = summit_cli(*(a.format(dir=tmp_path) for a in args))
    if message is None:  # a file that is no input may be replaced
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert "Errno" not in result.stderr
    assert {p.name: p.read_bytes() for p in (article, data)} == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "sqlite", "-"], "summit: a SQLite database cannot be written to stdout"),
        (["export", "sqlite", "x.db", "--metadata", "-"], "summit: --metadata cannot be written"),
    ],
)
def test_export_refuses_stdout(args: list[str], message: str, tmp_path: Path) -> None:
    """`-` is stdout for `draft -o`; a database cannot go there, and a file named `-` is
    never what was meant: refused, nothing written."""
    from conftest import SUMMIT, clean_env

    result = subprocess.run(
        [str(SUMMIT), *args], capture_output=True, text=True, env=clean_env(), cwd=tmp_path
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline"], "no dated events: the curators have recorded none"),
        (["outcomes"], "no outcomes: the curators have recorded none"),
        (["outcomes", "--expand"], "no outcomes: the curators have recorded none"),
        (["topics"], "no topics: the curators have tagged nothing"),
        (["sections"], "no sections: the joint document has no numbered sections"),
        (["sections", "--clauses"], "no sections: the joint document has no numbered sections"),
    ],
)
def test_a_listing_with_nothing_in_it_says_so(
    args: list[str], message: str, tmp_path: Path, summit_cli: Any
) -> None:
    """An uncurated draft has no outcomes, events or topics, and a joint document of a preamble
    alone no sections (new user 41: exit 0, nothing): silence would pass for an answer."""
    preamble_only = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8").split("\n1. ")[0]
    path = write_draft(tmp_path, article=f"{preamble_only}\n/End/\n")
    result = summit_cli("--data", str(path), *args)
    assert (result.returncode, result.stdout) == (1, "")
    assert f"summit: {message}\n" in result.stderr
    as_json = summit_cli("--data", str(path), *args, "--json")
    assert (as_json.returncode, as_json.stdout) == (1, "[]\n")


@pytest.mark.parametrize(
    ("args", "curated"),
    [
        (["outcomes"], ["Outcome", "Signed", "Echoed by", "Not signed"]),
        (["timeline"], ["Event", "Refs", "Date inferred from"]),
        (["topics"], ["Topic", "Description"]),
        (["speakers"], ["Aliases"]),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_a_header_says_which_columns_are_curated(
    args: list[str], curated: list[str], fmt: str, summit_cli: Any
) -> None:
    """A header is all a CSV or Markdown reader has to tell the curators' columns by."""
    first = summit_cli(*args, "--format", fmt).stdout.splitlines()[0]
    header = next(csv.reader([first])) if fmt == "csv" else first.strip("| ").split(" | ")
    assert [h.removesuffix(" (curated)") for h in header if h.endswith(" (curated)")] == curated


@pytest.mark.parametrize(
    ("args", "repeated"),
    [
        # two spellings of one option, each given once, are named both (new user 46)
        (["search", "cooperation", "--limit", "2", "-n", "3"], "--limit (-n)"),
        (["quotes", "--format", "csv", "-f", "markdown"], "--format (-f)"),
        (["search", "cooperation", "-n", "2", "-n", "3"], "-n"),
        (["search", "cooperation", "--section", "4", "--section=5"], "--section"),
        (["compare", "S5", "--verdict", "none", "--verdict", "echoed"], "--verdict"),
        (["--data", "data", "--data", "tests", "sections"], "--data"),
        (["sections", "--data", "data", "--data=tests"], "--data"),
        (["--data", "data", "sections", "--data", "tests"], "--data"),
        (["--color", "never", "sections", "--color", "always"], "--color"),
    ],
)
def test_an_option_of_one_value_given_twice_is_a_usage_error(
    args: list[str], repeated: str, summit_cli: Any
) -> None:
    """Click keeps the last value silently: the user asked for two things and got one. Options
    of `summit` itself (`--data`) are no different, wherever they are written."""
    result = summit_cli(*args)
    assert (result.returncode, result.stdout) == (2, "")
    command = "" if repeated in ("--data", "--color") else f" {args[0]}"
    assert result.stderr == (
        f"summit: {repeated} given twice; it takes one value (see 'summit{command} --help')\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["search", "cooperation", "--topic", "north-korea", "--topic", "security"],
        ["quotes", "--json", "--json"],
        ["search", "--", "--limit", "--limit"],
        ["search", "cooperation", "--type", "clause", "--type", "statement"],
        ["quotes", "--kind", "direct", "--kind", "reported"],
    ],
)
def test_options_that_take_many_flags_and_words_after_a_double_dash_may_repeat(
    args: list[str], summit_cli: Any
) -> None:
    result = summit_cli(*args)
    assert "given twice" not in result.stderr and result.returncode in (0, 1)


def test_the_timeline_gives_its_events_the_room_on_a_narrow_terminal(summit_tty: Any) -> None:
    """The curators' event is the text a reader came for: it takes the shares a passage's text
    does, not one column's worth beside the dates and refs."""
    _, output = summit_tty("--color", "never", "timeline", columns=70)
    lines = output.splitlines()
    row = next(line for line in lines if line.lstrip().startswith("1965"))
    event, refs = row.index("Korea-Japan"), row.index("P3")
    explained = next(line.index("Date inferred") for line in lines if "Date inferred" in line)
    assert refs - event > 70 - explained + 3  # three shares of the room to its one


def _not_a_file(kind: str, place: Path) -> Path:
    """Something at `place` that is not a regular file. The device is a copy of /dev/full made
    there, never the system's own: a regression would replace that (as root) for every process."""
    import os
    import socket
    import stat

    if kind == "device":
        try:
            os.mknod(place, stat.S_IFCHR | 0o600, os.makedev(1, 7))
        except PermissionError:
            pytest.skip("making a device file needs root")
    elif kind == "directory":
        place.mkdir()
    elif kind == "fifo":
        os.mkfifo(place)
    else:
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(place))
        listener.close()
    return place


WRITERS = {
    "export": ["export", "sqlite", "{target}"],
    "metadata": ["export", "sqlite", "{dir}/x.db", "--metadata", "{target}"],
    "draft": ["draft", "{article}", "-o", "{target}"],
}


@pytest.mark.parametrize("force", [[], ["--force"]])
@pytest.mark.parametrize("kind", ["device", "directory", "fifo", "socket"])
@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_target_that_is_not_a_regular_file_is_refused_whatever_force(
    writer: str, kind: str, force: list[str], tmp_path: Path, summit_cli: Any
) -> None:
    """`export sqlite /dev/full --force` once replaced the device with a regular file."""
    target = _not_a_file(kind, tmp_path / "t")
    before = target.lstat()
    words = WRITERS[writer]
    args = [w.format(target=target, dir=tmp_path, article=DRAFTS / "kim-sato.txt") for w in words]
    result = summit_cli(*args, *force)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"summit: {target} is a") and result.stderr.count("\n") == 1
    assert "summit writes only regular files" in result.stderr, result.stderr
    after = target.lstat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t"]


@pytest.mark.parametrize("exists", [True, False])
@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_path_ending_in_a_slash_names_a_directory_and_is_refused(
    writer: str, exists: bool, tmp_path: Path, summit_cli: Any
) -> None:
    """`export sqlite dir/` once wrote a file called `dir`."""
    if exists:
        (tmp_path / "out").mkdir()
    target = f"{tmp_path}/out/"
    args = [
        w.format(target=target, dir=tmp_path, article=DRAFTS / "kim-sato.txt")
        for w in WRITERS[writer]
    ]
    result = summit_cli(*args, "--force")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and f"{target} names a directory" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == (["out"] if exists else [])


@pytest.mark.parametrize("writer", list(WRITERS))
def test_force_writes_through_a_symlink_and_keeps_it(
    writer: str, tmp_path: Path, summit_cli: Any
) -> None:
    """A link to a regular file is the file: --force replaces its target, as `cp` or a shell
    redirection would write it, and the link stays a link."""
    mine = {
        "export": b"SQLite format 3\x00mine",
        "metadata": b'{"title": "mine"}',
        "draft": b'{"format": 1, "release": {}, "curation": {"review": ["mine"]}}',
    }
    real = tmp_path / "real"
    real.write_bytes(mine.get(writer, b"mine"))  # an earlier export's kind: --force's to replace
    link = tmp_path / "link"
    link.symlink_to(real)
    args = [
        w.format(target=link, dir=tmp_path, article=DRAFTS / "kim-sato.txt")
        for w in WRITERS[writer]
    ]
    refused = summit_cli(*args)
    assert refused.returncode == 2 and "already exists; --force replaces it" in refused.stderr
    assert real.read_bytes() == mine.get(writer, b"mine")
    result = summit_cli(*args, "--force")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.readlink() == real
    assert real.read_bytes() != mine.get(writer, b"mine") and real.stat().st_size > 100
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("columns", ["0", "-5", "wide", "²", ""])
@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["show", "S4"], "S4"),
        (["search", "hydrogen"], "hydrogen"),
        (["quotes"], "S4"),
        (["info"], "Tokyo"),
        (["search", "--help"], "Usage"),
    ],
)
def test_an_unusable_columns_is_taken_as_unset(
    columns: str, args: list[str], said: str, summit_tty: Any
) -> None:
    """COLUMNS=0 once gave no output and exit 0: Rich took it for the width. Unset, the width is
    the terminal's own, else (as for this pseudo-terminal, which says 0) 80."""
    code, output = summit_tty("--color", "never", *args, columns=columns)
    lines = ANSI.sub("", output).splitlines()  # escape codes are item 6's
    assert code == 0 and said in output
    assert max(len(line) for line in lines) <= 80, output


@pytest.mark.parametrize("columns", ["1", "4", "12"])
def test_a_terminal_too_narrow_for_a_panel_still_shows_every_word(
    columns: str, summit_tty: Any, summit: Summit
) -> None:
    """At COLUMNS=4 `show S4` printed an empty box: a panel's borders left no room for text.
    Below 20 columns summit lays out for 20, and the terminal wraps what overflows."""
    code, output = summit_tty("--color", "never", "show", "S4", columns=columns)
    [s4] = [s for s in summit.statements if s.ref == "S4"]
    shown = set(re.findall(r"\w+", ANSI.sub("", output)))
    assert code == 0 and set(re.findall(r"\w+", s4.text)) <= shown


@pytest.mark.parametrize(
    ("nothing", "something", "table"),
    [
        (["search", "zzz"], ["search", "hydrogen"], False),
        (
            ["search", "--type", "narration", "--speaker", "Lee"],
            ["search", "--type", "clause"],
            False,
        ),
        (["quotes", "-s", "Lee", "--kind", "direct", "--topic", "economy"], ["quotes"], False),
        (["compare", "S1", "--verdict", "none"], ["compare", "S1"], False),
        (["{draft}", "outcomes"], ["outcomes"], True),
        (["{draft}", "outcomes", "--expand"], ["outcomes"], True),
        (["{draft}", "timeline"], ["timeline"], True),
        (["{draft}", "topics"], ["topics"], True),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_no_results_still_print_the_header_of_what_would_have_been_printed(
    nothing: list[str],
    something: list[str],
    table: bool,
    fmt: str,
    tmp_path: Path,
    summit_cli: Any,
) -> None:
    """pandas and csvkit fail on an empty file: CSV with nothing in it is its header alone. In
    Markdown a table is its header and delimiter row (a valid table of no rows); passages are
    block quotes, so none is nothing."""
    data = ["--data", str(write_draft(tmp_path))] if nothing[0] == "{draft}" else []
    empty = summit_cli(*data, *nothing[len(data) // 2 :], "--format", fmt)
    full = summit_cli(*something, "--format", fmt)
    assert empty.returncode == 1 and empty.stderr.startswith("summit: ")
    assert full.returncode == 0
    if fmt == "csv":
        header = full.stdout.splitlines(keepends=True)[0]
        assert empty.stdout == header
        assert list(csv.reader(io.StringIO(empty.stdout))) == [next(csv.reader([header]))]
    elif table:
        assert empty.stdout.splitlines() == full.stdout.splitlines()[:2]
    else:
        assert empty.stdout == ""


@pytest.mark.parametrize("files", [1, 2])
def test_a_folder_names_each_records_summit_however_many_files_it_holds(
    files: int, tmp_path: Path, raw_data: dict[str, Any], summit_cli: Callable[..., Result]
) -> None:
    """A script reading a corpus gets the same shape when the folder shrinks to one file."""
    for n in range(files):
        (tmp_path / f"{n}.json").write_text(json.dumps(raw_data | {"id": f"s-{n}"}), "utf-8")
    rows = summit_cli("--no-cache", "--data", str(tmp_path), "quotes").stdout.splitlines()
    assert rows and all(row.partition(":")[0] in ("s-0", "s-1") for row in rows)
    info = json.loads(summit_cli("--no-cache", "--data", str(tmp_path), "info", "--json").stdout)
    assert isinstance(info, list) and len(info) == files
    single = summit_cli("--data", str(tmp_path / "0.json"), "info", "--json").stdout
    assert isinstance(json.loads(single), dict)


@pytest.mark.parametrize(
    "args",
    [
        ["--version", "extra"],
        ["--version", "sections"],
        ["--version", "extra", "more"],
        ["--no-cache", "--version", "extra"],
    ],
)
def test_version_with_stray_words_is_a_usage_error(args: list[str]) -> None:
    """As every command refuses a word it does not take (`summit sections extra`), with
    Click's own message."""
    from conftest import run_process

    result = run_process(*args)
    stray = " ".join(args[args.index("--version") + 1 :])
    assert (result.returncode, result.stdout) == (2, "")
    assert (
        result.stderr
        == f"summit: Got unexpected extra argument(s) ({stray}) (see 'summit --help')\n"
    )


def test_a_suggested_command_names_the_data_it_was_asked_of(
    tmp_path: Path, write_data: Callable[..., Path], summit_cli: Any
) -> None:
    """A message that suggests another command suggests it for the same --data: without it,
    'summit speakers' lists the bundled summit's people, not the folder's; and `validate`
    names the file to check."""
    folder = write_data().parent
    drafted = write_draft(folder, "draft one.json")
    result = summit_cli("--data", str(folder), "quotes", "-s", "Nobody", "--no-cache")
    assert f"(see 'summit --data {folder} speakers')" in result.stderr
    assert f"'summit validate \"{drafted}\"' lists them" in result.stderr
    bundled = summit_cli("quotes", "-s", "Nobody")
    assert "(see 'summit speakers')" in bundled.stderr
    apart = summit_cli("--data", str(folder), "search", "rates birth", "--no-cache")
    assert apart.returncode == 1
    assert f"summit --data {folder} search rates birth" in apart.stderr


@pytest.mark.parametrize("cache_use", [(), ("--no-cache",)])
def test_a_folder_of_drafts_is_said_unreviewed_in_one_note(
    tmp_path: Path, summit_cli: Any, cache_use: tuple[str, ...]
) -> None:
    """Each draft of a folder had its own note, so a corpus of a thousand drafts wrote a
    thousand lines before any result; one draft is still named, several are counted."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_draft(folder, "a.json")
    alone = summit_cli(*cache_use, "--data", str(folder), "quotes")
    assert alone.stderr.count("unreviewed draft (") == 1
    assert f"{folder / 'a.json'} is an unreviewed draft (" in alone.stderr
    article = (DRAFTS / "park-tanaka.txt").read_text(encoding="utf-8")
    write_draft(folder, "b.json", article)
    both = summit_cli(*cache_use, "--data", str(folder), "quotes")
    assert both.returncode == 0 and "is an unreviewed draft" not in both.stderr
    [note] = [line for line in both.stderr.splitlines() if " are unreviewed drafts" in line]
    assert note.startswith(f"summit: note: 2 files of {folder} are unreviewed drafts (")
    assert note.endswith(f"open review items; 'summit validate {folder}' lists them)")


def test_a_draft_with_one_open_item_says_item(tmp_path: Path, summit_cli: Any) -> None:
    """ "(1 open review items; …)" (new user 47): the curator cleared all but one."""
    path = write_draft(tmp_path)
    drafted = json.loads(path.read_text(encoding="utf-8"))
    drafted["curation"]["review"] = drafted["curation"]["review"][-1:]
    path.write_text(json.dumps(drafted), encoding="utf-8")
    stderr = summit_cli("--data", str(path), "quotes").stderr
    assert f"{path} is an unreviewed draft (1 open review item; " in stderr


@pytest.mark.parametrize("fmt", ["plain", "csv", "markdown", "rich"])
def test_a_speakers_counts_resting_on_guesses_are_marked_in_every_format(
    tmp_path: Path, summit_cli: Any, fmt: str
) -> None:
    """Only JSON and a note under piped rows said that a draft's counts rest on guessed
    speakers; a table copied from a terminal, Markdown or CSV did not (new user 25)."""
    path = write_draft(tmp_path)
    if fmt == "rich":  # wide enough that no cell folds
        _, shown = run_on_terminal("--data", str(path), "speakers", columns=300)
    else:
        shown = summit_cli("--data", str(path), "speakers", "--format", fmt).stdout
    assert "of its counts guessed" in shown


def test_a_note_on_guessed_counts_in_a_folder_says_whose_summit(
    tmp_path: Path, summit_cli: Any
) -> None:
    """Two summits may name the same person: the note names the summit as the rows do."""
    write_draft(tmp_path)
    shutil.copy(ROOT / "data" / "summit_2025.json", tmp_path)
    result = summit_cli("--data", str(tmp_path), "speakers")
    notes = [line for line in result.stderr.splitlines() if "rest on speakers" in line]
    assert notes and all(re.match(r"summit: note: [\w-]+:\S", note) for note in notes), notes


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["show", "S3"], "S3 is in 2 summits (korea-japan-2025-08-23, second)"),
        (["cite", "s3"], "s3 is in 2 summits (korea-japan-2025-08-23, second)"),
        (["compare", "S3"], "S3 is in 2 summits (korea-japan-2025-08-23, second)"),
        (["show", "2"], "2 is in 2 summits"),
    ],
)
def test_a_bare_ref_several_summits_hold_is_said_once(
    summit_cli: Any, write_data: Callable[..., Path], cache: list[str], args: list[str], said: str
) -> None:
    """A new user piped `.ref` of a corpus search into `cite` and got four citations from three
    articles, exit 0: every one is still given (as documented), with a note that names the
    summits and the `ID:REF` form that picks one."""
    write_data(name="a.json")
    corpus = str(write_data(lambda d: d.update(id="second"), name="b.json").parent)
    result = summit_cli("--data", corpus, *cache, *args)
    assert result.returncode == 0
    assert result.stderr.count(said) == 1, result.stderr
    assert f"give SUMMIT-ID:{args[1]} for one" in result.stderr
    qualified = summit_cli("--data", corpus, *cache, args[0], f"second:{args[1]}")
    assert qualified.returncode == 0 and "summits" not in qualified.stderr


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_a_summit_asked_by_its_file_name_is_told_its_id(
    summit_cli: Any, write_data: Callable[..., Path], cache: list[str]
) -> None:
    """A curator names a summit by the file they drafted it to (`oslo:S1` for oslo.json); the
    ref takes the summit's id, so the message says which id that file holds (new user 29)."""
    write_data(name="a.json")
    corpus = str(write_data(lambda d: d.update(id="second"), name="Oslo.json").parent)
    result = summit_cli("--data", corpus, *cache, "show", "oslo:S1")
    assert result.returncode == 2
    assert "'oslo' is the file Oslo.json, whose summit is second: give second:S1" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_emptying_the_review_list_keeps_a_noted_guess_marked(
    tmp_path: Path, summit_cli: Any, cache: list[str]
) -> None:
    """A hurried curator empties `curation.review`: a statement whose draft note still ends
    '(a guess: check it)' is still a guess, and every output says so until the note says
    '(checked)', as `validate` holds it (new user 30: the marks went, the guesses stayed)."""
    path = write_draft(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    review = data["curation"]["review"]
    guessed = [item.partition(":")[0] for item in review if " guessed (" in item]
    data["curation"]["review"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    quotes = summit_cli("--data", str(path), *cache, "quotes", "--json")
    marked = [r["ref"] for r in json.loads(quotes.stdout) if "unreviewed" in r]
    assert "1.1" in guessed and sorted(marked) == sorted(guessed)  # clauses' guesses too
    data["statements"][0]["curation"]["notes"] = ["Drafted: checked (checked)"]
    path.write_text(json.dumps(data), encoding="utf-8")
    quotes = summit_cli("--data", str(path), *cache, "quotes", "--json")
    assert data["statements"][0]["ref"] not in [
        r["ref"] for r in json.loads(quotes.stdout) if "unreviewed" in r
    ]


@pytest.mark.parametrize(
    ("framed", "said"), [(None, "introduce 9 quotations"), (1, "introduce 1 quotation (")]
)
def test_read_says_which_framing_no_text_column_holds(
    summit_cli: Any, write_data: Callable[..., Path], framed: int | None, said: str
) -> None:
    """New user 43: "introduce 1 quotations"."""

    def keep_framing(data: dict[str, Any]) -> None:
        for statement in [s for s in data["statements"] if s.get("attribution")][framed:]:
            del statement["attribution"]

    path = write_data(keep_framing) if framed else write_data()
    result = summit_cli("--data", str(path), "read", "--format", "plain")
    assert f"summit: note: the article's words that {said}" in result.stderr, result.stderr


@pytest.mark.parametrize("args", [["--data", "-", "sections"], ["validate", "-"]])
def test_a_dash_for_data_says_how_to_read_a_pipe(summit_cli: Any, args: list[str]) -> None:
    """Only `draft -` reads stdin; a script writer tries `--data -` next, and is told the path
    that reads a pipe (new user 30)."""
    result = summit_cli(*args)
    said = result.stdout if args[0] == "validate" else result.stderr  # validate lists problems
    assert result.returncode == 2
    assert said.count("\n") == 1, said
    assert "/dev/stdin" in said and "draft -" in said
    assert "validate --article -" in said  # which reads stdin too (new user 44)


def test_a_hint_to_see_info_keeps_the_calls_data(summit_cli: Any, tmp_path: Path) -> None:
    """`(see 'summit info')` dropped `--data`, so pasting it showed the bundled summit, not the
    corpus the call read (new developer 31)."""
    shutil.copy(ROOT / "data" / "summit_2025.json", tmp_path)
    result = summit_cli("--data", str(tmp_path), "show", ":S1")
    assert result.returncode == 2
    assert f"(see 'summit --data {tmp_path} info')" in result.stderr


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize(
    "args",
    [
        ["speakers"],
        ["speakers", "--json"],
        ["speakers", "--format", "csv"],
        ["speakers", "--jsonl"],
    ],
)
def test_output_is_utf8_whatever_pythons_encoding(args: list[str], encoding: str) -> None:
    """JSON and CSV are UTF-8 (README) and so is the rest: with PYTHONIOENCODING=ascii a name
    in Hangul was an internal error, exit 3 (new user 45)."""
    env = clean_env(PYTHONIOENCODING=encoding)
    result = subprocess.run([str(SUMMIT), *args], capture_output=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert b"internal error" not in result.stderr
    written = result.stdout.decode("utf-8")
    assert "이재명" in written, written[:200]


def test_speakers_csv_has_a_country_column_as_wide_as_its_rows() -> None:
    """The installed script's CSV of `speakers` carries the country JSON gives (new user 45)."""
    from conftest import run_process

    header, *rows = csv.reader(io.StringIO(run_process("speakers", "--format", "csv").stdout))
    assert "Country" in header
    assert all(len(row) == len(header) for row in rows)
    by_name = {row[header.index("Name")]: row[header.index("Country")] for row in rows}
    assert by_name["Shigeru Ishiba"] == "Japan"
    assert by_name["Lee Myung-bak"] == "South Korea (curated)"


def test_a_draft_written_into_a_corpus_takes_an_id_no_other_file_there_holds(
    tmp_path: Path, summit_cli: Any
) -> None:
    """Two drafts of one article written into one folder had one id, and every later call on
    the folder exited 2 until one was renamed: the second draft takes the id with "-2", and
    says so, and the folder loads."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = str(DRAFTS / "kim-sato.txt")
    first = summit_cli("draft", article, "-o", str(corpus / "a.json"))
    second = summit_cli("draft", article, "-o", str(corpus / "b.json"))
    assert (first.returncode, second.returncode) == (0, 0), second.stderr
    taken = json.loads((corpus / "a.json").read_text(encoding="utf-8"))["id"]
    renamed = json.loads((corpus / "b.json").read_text(encoding="utf-8"))["id"]
    assert renamed == f"{taken}-2"
    assert f"id '{taken}' is taken by {corpus / 'a.json'}: this draft's is '{renamed}'" in (
        second.stderr
    )
    assert "is taken" not in first.stderr
    assert summit_cli("--data", str(corpus), "info").returncode == 0
    again = summit_cli("draft", article, "-o", str(corpus / "b.json"), "--force")
    assert json.loads((corpus / "b.json").read_text(encoding="utf-8"))["id"] == renamed, again
    assert summit_cli("draft", article).stdout.count(f'"id": "{taken}"') == 1  # stdout: as read
    (corpus / "b.json").unlink()  # new user 59: a link to the file drafted again, --force
    (corpus / "l.json").symlink_to("a.json")
    through = summit_cli("draft", article, "-o", str(corpus / "l.json"), "--force")
    assert "is taken" not in through.stderr, through.stderr  # by the file it replaces
    assert json.loads((corpus / "l.json").read_text(encoding="utf-8"))["id"] == taken


@pytest.mark.parametrize("name", ["b.JSON", "b.txt", "b"])
def test_a_draft_written_under_a_name_no_folder_reads_says_so(
    tmp_path: Path, summit_cli: Any, name: str
) -> None:
    """`draft art.txt -o corpus/Oslo2.JSON` wrote a summit the folder never reads, in queries
    or `validate corpus`, without a word (new user 53)."""
    written = tmp_path / name
    result = summit_cli("draft", str(DRAFTS / "kim-sato.txt"), "-o", str(written))
    assert result.returncode == 0 and written.exists(), result.stderr
    assert (
        f"summit: note: {written} does not end in .json: a --data folder reads only *.json "
        "files\n" in result.stderr
    )
    kept = summit_cli("draft", str(DRAFTS / "kim-sato.txt"), "-o", str(tmp_path / "c.json"))
    assert "does not end in .json" not in kept.stderr


def test_the_unreviewed_note_of_a_folder_with_a_line_break_in_its_name_is_one_line(
    tmp_path: Path, summit_cli: Any
) -> None:
    """New user 50: a draft in a folder named with a line break made the note three lines, and
    its suggested command wrote the break as a space, another path; new user 57: the command,
    `$'…'`, stood in single quotes of the note's own (`'summit validate $'…''`)."""
    folder = tmp_path / "new\nline"
    folder.mkdir()
    path = write_draft(folder)
    result = summit_cli("--data", str(path), "sections")
    assert result.returncode == 0, result.stderr
    [note] = [line for line in result.stderr.splitlines() if "unreviewed draft" in line]
    assert result.stderr.count("\n") == 1
    command = note.split('; "', 1)[1].removesuffix('" lists them)')
    printed = subprocess.run(
        ["bash", "-c", f"printf '%s' {command.removeprefix('summit validate ')}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert printed.stdout == str(path)


@pytest.mark.parametrize("cached", [True, False])
def test_a_summit_file_named_in_capitals_beside_others_is_said_to_be_left_out(
    summit_cli: Any, write_data: Callable[..., Path], cached: bool
) -> None:
    """New user 57: with a.json beside it, KJ.JSON was left out of `info` and every query
    without a word (alone, it is an error that says why)."""
    folder = write_data().parent
    (folder / "KJ.JSON").write_text((folder / "s.json").read_text(encoding="utf-8"))
    (folder / ".backup.json").write_text("{}")  # hidden: left out, as git and rg leave it
    cache = [] if cached else ["--no-cache"]
    result = summit_cli(*cache, "--data", str(folder), "sections")
    assert result.returncode == 0 and result.stdout
    assert result.stderr == (
        f"summit: note: 'KJ.JSON' in {folder} is left out: a --data folder reads only *.json "
        "files (rename it to end in .json)\n"
    )
    (folder / "KJ.JSON").rename(folder / "kj.json")
    assert "left out" not in summit_cli(*cache, "--data", str(folder), "sections").stderr


def test_a_topics_count_is_the_passages_and_outcomes_listed_by_it(summit_cli: Any) -> None:
    """New user 61: north-korea's 8 records against the 5 `search --topic` lists: the count
    holds its outcomes too, as `topics --help` and the README now say."""
    for topic in json.loads(summit_cli("topics", "--json").stdout):
        name = topic["name"]
        passages = json.loads(summit_cli("search", "--topic", name, "--json").stdout)
        outcomes = json.loads(summit_cli("outcomes", "--topic", name, "--json").stdout or "[]")
        assert topic["records"] == len(passages) + len(outcomes), name


def _without_arguments() -> list[str]:
    """The commands that take no positional argument, as the app declares them."""
    from summitcli.commands import click_command

    return [
        name
        for name in MODULES
        if not any(p.param_type_name == "argument" for p in click_command(name).params)
    ]


@pytest.mark.parametrize("name", _without_arguments())
@pytest.mark.parametrize(
    ("stray", "hint"),
    [
        ("9", "; to show a record by its ref: summit show 9"),
        ("2.1 S3", "; to show records by their refs: summit show 2.1 S3"),
        ("extra", "; to find words in the text: summit search extra"),
        ("2.1 extra", '; to find words in the text: summit search "2.1 extra"'),
    ],
)
def test_a_word_given_to_a_command_that_takes_none_says_so(
    summit_cli: Callable[..., Result], name: str, stray: str, hint: str
) -> None:
    """`summit sections 9` said Click's "Got unexpected extra argument(s) (9)" (new user 62):
    true, yet no help to one who wanted section 9. The command says it takes no arguments, a
    single ref is offered to `show`, and other words to the command's filters or to `search`
    (new user 65)."""
    given = f'"{stray}"' if " " in stray else stray
    filters = {
        "quotes": "; a speaker or topic goes after --speaker or --topic "
        f"(summit quotes --speaker {given})",
        "outcomes": f"; a topic goes after --topic (summit outcomes --topic {given})",
    }
    if not hint.startswith("; to show"):
        hint = filters.get(name, "") + hint
    result = summit_cli(name, *stray.split())
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"summit: summit {name} takes no arguments (got {stray}){hint} "
        f"(see 'summit {name} --help')\n"
    )


@pytest.mark.parametrize(
    ("words", "hint"),
    [
        (["-s", "Lee", "Jae", "Myung"], '-s "Lee Jae Myung"'),
        (["--speaker", "Shigeru", "Ishiba", "--json"], '--speaker "Shigeru Ishiba"'),
        (["--speaker=Shigeru", "Ishiba"], '--speaker="Shigeru Ishiba"'),
    ],
)
def test_a_value_of_several_words_unquoted_is_offered_quoted(
    summit_cli: Callable[..., Result], words: list[str], hint: str
) -> None:
    """New user 64 typed `summit quotes -s Lee Jae Myung`, as the README's "`Lee Jae Myung`
    works" invites, and was told only that quotes "takes no arguments (got Jae Myung)": the
    words after an option's value are offered as that value, quoted for the shell."""
    result = summit_cli("quotes", *words)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("summit: summit quotes takes no arguments (got ")
    assert f"; to give the option words with spaces, quote them: summit quotes {hint}" in (
        result.stderr
    )
    assert result.stderr.count("\n") == 1


def test_words_after_a_flag_are_offered_no_quoted_value(summit_cli: Callable[..., Result]) -> None:
    """A flag takes no value: the words after `--json` are no option's."""
    result = summit_cli("quotes", "--json", "Lee", "Jae")
    assert result.returncode == 2 and "quote them" not in result.stderr
    assert result.stderr.startswith("summit: summit quotes takes no arguments (got Lee Jae)")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["show", "S4", "--quote"],
            "No such option: --quote; summit cite takes it (see 'summit show",
        ),
        (["sections", "--speaker", "Lee"], "summit search, quotes and compare take it"),
        (["read", "S4", "-q"], "No such option: -q; summit cite takes it (see 'summit read"),
    ],
)
def test_an_option_of_another_command_names_the_commands_that_take_it(
    summit_cli: Any, args: list[str], said: str
) -> None:
    """New user 64 typed `show S4 --quote` for the quotation's citation and was told only
    "No such option": an option no near name offers, which other commands take, names them
    (`cite S4 --quote`)."""
    result = summit_cli(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert said in result.stderr and result.stderr.count("\n") == 1, result.stderr
