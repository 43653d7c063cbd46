"""Help reads as clean paragraphs at any width: no cut words, no choice list broken mid-word, no
docstring's hard line breaks, usage lines a person can read (issue 21 point 3)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from summitcli.commands import MODULES, click_command


@pytest.mark.parametrize("command", ["", *MODULES])
@pytest.mark.parametrize("width", [40, 50, 60, 80, 120])
def test_help_reads_cleanly_at_any_width(summit_cli: Any, command: str, width: int) -> None:
    """Rich's option table cut option names short under 50 columns ("--secti…", new user 43):
    every option is named whole at any width."""
    result = summit_cli(*filter(None, [command, "--help"]), COLUMNS=str(width))
    assert result.returncode == 0
    named = click_command(command).params if command else []
    for option in (opt for param in named for opt in param.opts if opt.startswith("-")):
        assert re.search(rf"(?<![\w-]){option}(?![\w-])", result.stdout), option
    lines = result.stdout.splitlines()
    examples = [line for line in lines if line.lstrip().startswith("$ ")]
    assert max(len(line) for line in lines if line not in examples) <= width
    epilog = (click_command(command) if command else None) and click_command(command).epilog
    if epilog:  # plain text when piped: each a whole command line to paste,
        # never broken to fit (new user 44)
        written = [line.strip() for line in epilog.splitlines() if line.strip().startswith("$")]
        assert [" ".join(line.split()) for line in examples] == [
            " ".join(line.split()) for line in written
        ]
    assert [line for line in lines if line != line.rstrip()] == []  # piped: no padding to width
    assert "\u2026" not in result.stdout  # nothing cut short
    for line in result.stdout.split("Examples:")[0].splitlines():  # a choice list is whole
        assert "|" not in re.sub(r"<[^<>]*>", "", line), line
    assert "]:<" not in result.stdout and "}:<" not in result.stdout


@pytest.mark.parametrize("command", MODULES)
def test_help_has_no_hard_line_breaks(command: str) -> None:
    """A docstring wrapped at 100 columns in the code is a paragraph in the help, which Rich
    wraps to the terminal; only blank lines separate paragraphs."""
    text = click_command(command).help or ""
    assert "\n" not in text.replace("\n\n", "")


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--color", "never", "--help"], {}),
        (["sections", "--help", "--color=NEVER"], {}),
        (["search", "-h"], {"NO_COLOR": "1"}),
        ([], {"NO_COLOR": "1"}),  # bare `summit` prints its help too
        (["--color", "never"], {}),
    ],
)
def test_help_on_a_terminal_keeps_colour_off_when_asked(
    summit_tty: Any, args: list[str], env: dict[str, str]
) -> None:
    """`--color never` and NO_COLOR mean no escape code at all (README), help included."""
    code, screen = summit_tty(*args, **env)
    assert code == 0 and "Usage" in screen
    assert "\x1b[" not in screen


def test_help_on_a_terminal_is_coloured_otherwise(summit_tty: Any) -> None:
    code, screen = summit_tty("--help")
    assert code == 0 and "\x1b[" in screen


@pytest.mark.parametrize("command", MODULES)
def test_usage_names_every_argument_in_capitals(summit_cli: Any, command: str) -> None:
    """Every usage line writes its arguments one way, as `gh` and `rg` do (`REF...`), never
    the parameter's Python name (`{refs}...`, `[query]...`)."""
    usage = summit_cli(command, "--help").stdout.split("Usage:")[1].splitlines()[0]
    arguments = usage.split("[OPTIONS]")[1]
    assert re.findall(r"[a-z]", arguments) == [], usage
    # new user 60: Typer's braces round a required argument ("{ARTICLE}") read as a choice
    assert "{" not in arguments and "}" not in arguments, usage


def test_top_help_names_the_bundled_summit_as_the_default_only(summit_cli: Any) -> None:
    """With `--data` the tool queries the user's summits: help that says it queries the
    Korea-Japan summit, whatever `--data` is, misleads (new user 29)."""
    help_text = " ".join(summit_cli("--data", "elsewhere", "--help").stdout.split())
    opening = help_text.split("Usage:")[1].split("Output is")[0]
    assert "bundled" in opening.split("Korea-Japan")[0].rsplit(".", 1)[-1], opening
    assert "--data" in opening


def test_a_calls_help_options_do_not_leak_into_the_next_call(summit_cli: Any) -> None:
    """`--color never --help` left Typer's colour off, and COLUMNS=0 left COLUMNS unset, for
    every later call in the process: a library user or a test runs many (new developer 31)."""
    import os

    coloured = summit_cli("sections", "--help", FORCE_COLOR="1").stdout
    assert "\x1b[" in coloured
    summit_cli("--color", "never", "sections", "--help", FORCE_COLOR="1")
    assert summit_cli("sections", "--help", FORCE_COLOR="1").stdout == coloured
    summit_cli("sections", "--help", COLUMNS="0")
    assert os.environ.get("COLUMNS") == "0"


def test_a_forced_colour_does_not_colour_the_next_calls_help(
    summit_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typer reads FORCE_COLOR once, when a call first imports its help module: a first call
    with it left every later piped help coloured, `--help | head -1` an escape code (a test
    order under xdist found it)."""
    import sys

    monkeypatch.delitem(sys.modules, "typer.rich_utils", raising=False)
    assert "\x1b[" in summit_cli("sections", "--help", FORCE_COLOR="1").stdout
    piped = summit_cli("sections", "--help").stdout
    assert "\x1b[" not in piped and piped.strip().startswith("Usage: summit sections")
    import typer.rich_utils

    monkeypatch.setattr(typer.rich_utils, "FORCE_TERMINAL", None)
    summit_cli("sections", "--help", FORCE_COLOR="1")
    assert typer.rich_utils.FORCE_TERMINAL is None  # given back, as COLOR_SYSTEM is


@pytest.mark.parametrize("command", ["", "search"])
def test_piped_help_starts_with_its_usage_line(summit_cli: Any, command: str) -> None:
    """`summit --help | head -1` printed an empty line, where `gh`'s and `rg`'s print the usage
    (new user 30)."""
    first = summit_cli(*filter(None, [command, "--help"])).stdout.splitlines()[0]
    assert first.strip().startswith("Usage: summit"), first


@pytest.mark.parametrize("command", ["", "search"])
def test_piped_help_in_forced_colour_is_unpadded_too(
    summit_cli: Any, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With FORCE_COLOR the padding sat inside colour codes, so no line lost it and the first
    was a coloured blank one (new user 59)."""
    import re
    import sys

    monkeypatch.delitem(sys.modules, "typer.rich_utils", raising=False)  # it reads FORCE_COLOR
    piped = summit_cli(*filter(None, [command, "--help"]), FORCE_COLOR="1").stdout
    plain = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in piped.splitlines()]
    assert "\x1b[" in piped and plain[0].strip().startswith("Usage: summit"), plain[:2]
    assert not [line for line in plain if line.endswith(" ")], plain


def test_help_on_a_narrow_terminal_names_every_option_whole(summit_tty: Any) -> None:
    code, screen = summit_tty("search", "--help", columns=40)
    assert code == 0 and "\u2026" not in screen
    lines = [line.rstrip() for line in screen.splitlines()]
    assert max(len(line) for line in lines if not line.lstrip().startswith("$ ")) <= 40
    for option in ("--section", "--speaker", "--format", "--exact", "--jsonl"):
        assert option in screen


@pytest.mark.parametrize("command", ["", "search", "draft"])
@pytest.mark.parametrize("width", [80, 200])
def test_piped_help_is_plain_text_at_any_width(summit_cli: Any, command: str, width: int) -> None:
    """Output is Rich on a terminal and plain text when piped (README): help piped into `grep`
    or a file at a wide COLUMNS kept Rich's boxes around every option (new user 44)."""
    piped = summit_cli(*filter(None, [command, "--help"]), COLUMNS=str(width)).stdout
    assert not set(piped) & set("╭╮╰╯│─"), piped[:300]
    assert "Options:" in piped
    examples = piped.partition("Examples:")[2].strip().splitlines()
    assert all(line.lstrip().startswith("$ summit") for line in examples), examples


def test_help_on_a_wide_terminal_keeps_richs_boxes(summit_tty: Any) -> None:
    code, screen = summit_tty("search", "--help", columns=100)
    assert code == 0 and "╭" in screen and "│" in screen


def test_help_on_a_dumb_terminal_is_plain_text(summit_tty: Any) -> None:
    """New user 55: with TERM=dumb the data came as plain rows but the help in Rich's boxes,
    which such a terminal (an editor's shell, a CI log) shows as noise."""
    for command in ("search", ""):
        code, screen = summit_tty(*filter(None, [command, "--help"]), columns=100, TERM="dumb")
        assert code == 0 and "Usage: summit" in screen
        assert "╭" not in screen and "│" not in screen and "\x1b[" not in screen


@pytest.mark.parametrize("command", ["", *MODULES])
def test_narrow_help_breaks_no_word(summit_cli: Any, command: str) -> None:
    """At 40 columns the help column beside the options was 16 wide, so Click cut words longer
    than that in two ("SUMM" / "IT_NO_CACHE=1", new user 45): `--help | grep` missed them.
    A line may end at a word's hyphen ("tab-" / "separated"), as prose does, and a command's
    summary in the list of commands where Click ends it ("The summit at a glance:...")."""
    args = [*filter(None, [command, "--help"])]
    wide, narrow = (
        {
            w.removesuffix("...")
            for w in re.findall(r"[^\s-]+", summit_cli(*args, COLUMNS=width).stdout)
        }
        for width in ("200", "40")
    )
    assert narrow <= wide, sorted(narrow - wide)


@pytest.mark.parametrize("command", ["", *MODULES])
def test_every_option_value_is_named_in_capitals(summit_cli: Any, command: str) -> None:
    """`--data <str>`, `-s, --speaker <str>` said the Python type, where the other options
    name what to give (`--type TYPE`, `--format FORMAT`), as `gh` and `rg` do (new user 45)."""
    shown = summit_cli(*filter(None, [command, "--help"])).stdout
    assert re.findall(r"--[\w-]+ <[^>]+>", shown) == []


def test_search_help_gives_a_listings_order_as_it_is(summit_cli: Any) -> None:
    """New user 55: the help said a filter's listing ran in document order, "the release's,
    then the article's", where it runs type by type (the release's closing note N10 among the
    narration, after the statements): the order the help names is the one listed."""
    helped = " ".join(summit_cli("search", "--help", COLUMNS="200").stdout.split())
    named = re.search(r"by type \(([^)]*)\), each in document order", helped)
    assert named, helped
    order = [kind.strip() for kind in named.group(1).split(",")]
    listed = summit_cli(*["search", *(f"--type={kind}" for kind in reversed(order)), "--jsonl"])
    types = [line.split('"type":"')[1].split('"')[0] for line in listed.stdout.splitlines()]
    assert list(dict.fromkeys(types)) == order


def test_drafts_layout_as_its_help_shows_it_titles_the_summit() -> None:
    """New user 56 wrote the joint document's title as `draft --help` shows it and got a review
    item: "the joint document's title, not the meeting's". The help's example names the
    meeting, so that an article laid out as it shows drafts with its summit titled."""
    from summitcli.draft import draft
    from summitcli.model import THE_DOCUMENTS_TITLE

    helped = " ".join((click_command("draft").help or "").split())
    [title] = re.findall(r'"(\[[^\]]+\])"', helped)
    article = (
        "SEOUL (Yonhap) - President Kim Min-su met Prime Minister Sato Kenji on Thursday.\n\n"
        f"{title}\n\n1. Trade\n\n(1) The two leaders agreed to expand trade.\n\n/End/\n"
    )
    drafted = draft(article, "a.txt")
    assert not [item for item in drafted.curation.review if THE_DOCUMENTS_TITLE in item]
    assert drafted.info.title in title


@pytest.mark.parametrize("command", ["show", "cite", "compare"])
def test_the_help_of_a_command_taking_refs_names_the_qualified_form(
    summit_cli: Any, command: str
) -> None:
    """New user 57: nothing in `show`, `cite` or `compare --help` said that a folder of several
    summits wants `SUMMIT-ID:REF` (cite's help points to show's)."""
    shown = " ".join(summit_cli(command, "--help", COLUMNS="200").stdout.split())
    assert "SUMMIT-ID:REF" in shown or "as for 'summit show'" in shown
    if command != "cite":
        assert "SUMMIT-ID:REF" in shown


def test_quotes_help_names_the_parts_in_takes(summit_cli: Any) -> None:
    """New user 61: `--in PART` named neither value."""
    shown = " ".join(summit_cli("quotes", "--help", COLUMNS="200").stdout.split())
    assert "article: only the article's words; release: only the release's" in shown


def _commands_listed(help_text: str) -> str:
    return " ".join(help_text.partition("\nCommands:\n")[2].split("\n\n")[0].split())


@pytest.mark.parametrize("width", ["40", "80", "200"])
def test_the_list_of_commands_gives_each_summary_whole(summit_cli: Any, width: str) -> None:
    """`summit --help | cat` ended every summary where Click cut it to the line ("show  Show
    records by ref, in the order asked (a section with its...": new user 69): each command has
    a summary of its own, short, written whole at any width, wrapped where the line is narrow."""
    listed = _commands_listed(summit_cli("--help", COLUMNS=width).stdout)
    assert "..." not in listed
    assert listed == _commands_listed(summit_cli("--help", COLUMNS="200").stdout)
    assert all(re.search(rf"(^| ){name} [A-Z]", listed) for name in MODULES), listed


def test_the_help_names_the_exit_codes(summit_cli: Any) -> None:
    """A script's writer found no exit code in any --help (new user 69): the README's table,
    in a line, under the commands."""
    shown = " ".join(summit_cli("--help").stdout.split())
    assert re.search(r"Exit codes: 0 .*, 1 .*, 2 .*, 3 .*, 130 ", shown), shown
