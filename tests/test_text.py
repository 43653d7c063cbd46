"""The helpers that shape every message: what the user typed, shown safely, and commands to
paste back into a shell."""

from __future__ import annotations

import subprocess

import pytest

from summitcli.text import (
    for_data,
    listed,
    quoted,
    shared_start,
    shell_word,
    shortened,
    without_accents,
)

PATHS = [
    "corpus",
    "my summits",
    "wow!x",
    "it's",
    'say "hi"',
    "$HOME",
    "`date`",
    "back\\slash",
    "!!",
    "",
    "new\nline/a.json",  # new user 50: the note spanned lines, the hint wrote a space
    "tab\there",
    "esc\x1b[31m it's!",
]


@pytest.mark.parametrize("path", PATHS)
def test_a_shell_word_pasted_into_an_interactive_bash_is_the_path(path: str) -> None:
    """History expansion on, as at a prompt, where `"wow!x"` fails: `!x: event not found`."""
    script = f"set -o history -H\nprintf '%s' {shell_word(path)}\n"
    result = subprocess.run(["bash"], input=script, capture_output=True, text=True, check=False)
    assert (result.stdout, result.stderr) == (path, "")
    assert shell_word(path).isprintable()  # one line, which no terminal acts on


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("S1", "S1"),
        ("S1\x1b[31m", "S1\\x1b[31m"),  # a terminal would act on it
        ("\u202eS1", "\\u202eS1"),  # shows what follows reversed
        ("x" * 100, "x" * 59 + "\u2026"),
    ],
)
def test_what_the_user_typed_is_shown_escaped_and_short(typed: str, shown: str) -> None:
    assert shortened(typed) == shown


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("S1", "'S1'"), ("it's", '"it\'s"'), ("S\\1", "'S\\1'"), ('it\'s "x"', "'it's \"x\"'")],
)
def test_quoted_escapes_once_and_picks_the_quotes_repr_would(typed: str, shown: str) -> None:
    assert quoted(typed) == shown


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Jakobsdóttir", "Jakobsdottir"),
        ("Jonas Gahr Støre", "Jonas Gahr Store"),
        ("Sigurðardóttir", "Sigurdardottir"),
        ("Nguyễn Phú Trọng", "Nguyen Phu Trong"),
        ("ガザ", "ガザ"),  # a kana's voicing mark is no accent
        ("이재명", "이재명"),  # a Hangul syllable comes back whole
        ("Lee", "Lee"),
    ],
)
def test_without_accents_types_latin_letters_as_a_plain_keyboard_does(
    text: str, typed: str
) -> None:
    assert without_accents(text) == typed


@pytest.mark.parametrize(
    ("data", "suggested"),
    [
        ("corpus/", "(see 'summit --data corpus/ quotes')"),
        ("my summits", "(see 'summit --data \"my summits\" quotes')"),
        # a pipe the shell made is read once: the suggestion names it as it was typed, not as
        # /dev/fd/63, which the next call cannot read (new user 46)
        ("/dev/fd/63", "(see 'summit --data <(…) quotes')"),
        ("/proc/self/fd/12", "(see 'summit --data <(…) quotes')"),
        # the path's backslashes as its shell word writes them, never read as a template's
        ("back\\slash", "(see 'summit --data \"back\\\\slash\" quotes')"),
        ("a\nb", "(see 'summit --data $'a\\nb' quotes')"),
    ],
)
def test_a_suggested_command_reads_the_same_data(data: str, suggested: str) -> None:
    assert for_data("(see 'summit quotes')", data) == suggested


@pytest.mark.parametrize(
    ("one", "other", "shared"),
    [("norwegian", "norway", 4), ("maldivian", "maldives", 6), ("malaysian", "maldives", 3),
     ("korea", "korean", 5), ("", "chad", 0), ("fiji", "peru", 0)],
)  # fmt: skip
def test_shared_start_counts_the_first_letters_two_words_share(
    one: str, other: str, shared: int
) -> None:
    assert shared_start(one, other) == shared


@pytest.mark.parametrize(
    ("items", "joined"),
    [(["Kenya"], "Kenya"), (["Japan", "South Korea"], "Japan and South Korea"),
     (["a", "b", "c"], "a, b and c"), ([], "")],
)  # fmt: skip
def test_listed_joins_as_a_sentence_names_several_things(items: list[str], joined: str) -> None:
    assert listed(items) == joined
