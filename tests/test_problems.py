"""The checks after decoding, held to what they stand for: the characters Unicode calls control
and format characters, and the patterns of `model.py`."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcli import loader, problems
from summitcli.errors import DataError
from summitcli.model import CONTROL_CHARACTERS

FORBIDDEN = re.compile(f"[{CONTROL_CHARACTERS}]")
ALL = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
REFUSED = [c for c in ALL if FORBIDDEN.match(c)]
SPACES = [c for c in ALL if c.isspace() and not FORBIDDEN.match(c)]


def test_the_refused_characters_are_the_control_and_format_characters() -> None:
    """Every Cc and Cf character but the zero-width joiners, and nothing else that Unicode has
    assigned (newer Unicode may make some of the unassigned ones Cf)."""
    wanted = {c for c in ALL if unicodedata.category(c) in ("Cc", "Cf")} - {"\u200c", "\u200d"}
    assert wanted <= set(REFUSED)
    assert {unicodedata.category(c) for c in set(REFUSED) - wanted} <= {"Cn"}


def _file(text: str, ascii_only: bool, upper: bool = False) -> bytes:
    raw = json.dumps({"a": ["x", {"b": text}]}, ensure_ascii=ascii_only).encode()
    return re.sub(rb"\\u[0-9a-f]{4}", lambda m: m[0][:2] + m[0][2:].upper(), raw) if upper else raw


@pytest.mark.parametrize("form", ["raw", "escaped", "escaped in capitals"])
def test_every_refused_character_is_found_raw_or_escaped(form: str) -> None:
    for character in REFUSED:
        raw = _file(f"a {character} b", form != "raw", upper=form == "escaped in capitals")
        [(where, message)] = problems.text_problems(raw)
        code = f"U+{ord(character):04X}"
        control = unicodedata.category(character) == "Cc"
        name = "" if control else f" {unicodedata.name(character, '')}".rstrip()
        kind = "control" if control else "invisible format"
        assert (where, message) == ("$.a[1].b", f"text contains the {kind} character {code}{name}")


def test_the_message_names_the_character() -> None:
    raw = _file("Korea \u202eand Japan", ascii_only=False)
    assert problems.text_problems(raw) == [
        ("$.a[1].b", "text contains the invisible format character U+202E RIGHT-TO-LEFT OVERRIDE")
    ]


@pytest.mark.parametrize("ascii_only", [False, True], ids=["raw", "escaped"])
@pytest.mark.parametrize("after", ["", " ", "\u3000", "\u00a0 "])
def test_every_blank_string_is_found(ascii_only: bool, after: str) -> None:
    for space in SPACES:
        raw = _file(space + after, ascii_only)
        assert problems.text_problems(raw) == [("$.a[1].b", "text is empty")], hex(ord(space))


SHOWN = [
    "Tokyo",
    "\u201ccurly\u201d \u2018quotes\u2019 \u2014 dashes \u2026",
    "family \U0001f468\u200d\U0001f469 and a\u200cb",
    "flag \U0001f1ef\U0001f1f5, kana \u3072\u3089\u304c\u306a, \uff08fullwidth\uff09",
    "\ufe0f variation selector",
]
SHOWN_BUT_SUSPECT = [" leading space", "Tokyo\u00a0Japan, 1\u2009000"]
"""Shown, but the scan of the bytes leaves them to the walk: a string that opens with a space,
and (escaped only) space characters."""


@pytest.mark.parametrize("ascii_only", [False, True], ids=["raw", "escaped"])
def test_what_a_text_may_hold_is_not_even_suspect(ascii_only: bool) -> None:
    """Not refused, and most of it cleared by the scan of the bytes alone (no second decoding)."""
    for text in [*SHOWN, *SHOWN_BUT_SUSPECT]:
        raw = _file(text, ascii_only)
        assert problems.text_problems(raw) == [], text
        suspect = text.startswith(" ") or (ascii_only and text in SHOWN_BUT_SUSPECT)
        assert problems._suspect(raw) == suspect, text


def test_the_bundled_file_is_cleared_by_the_scan_of_its_bytes() -> None:
    assert not problems._suspect(loader.bundled_data_path().read_bytes())


def _pattern(kind: Any) -> str:
    pattern: str = get_args(kind)[1].extra_json_schema["pattern"]
    return pattern


@settings(max_examples=300, deadline=None)
@given(data=st.data())
@pytest.mark.parametrize("form", sorted(problems.FORMS))
def test_each_form_check_is_its_pattern(form: str, data: st.DataObject) -> None:
    """Held to `fullmatch`: the schema's `$` also matches before a final newline, which a text
    may not hold anyway (it is a control character)."""
    check, kind = problems.FORMS[form]
    pattern = _pattern(kind)
    near = st.from_regex(pattern, fullmatch=True).flatmap(
        lambda s: st.sampled_from([s, s + "0", "0" + s, s[1:], s[:-1], s.upper(), s + "\n"])
    )
    text = data.draw(
        st.one_of(near, st.text(max_size=8), st.text("PSNO0123456789.:-az", max_size=6))
    )
    assert check(text) == bool(re.fullmatch(pattern, text)), text


@pytest.mark.parametrize("start", ["", "25:00"])
def test_a_meeting_time_that_is_not_one_is_a_problem_at_its_path(
    write_data: Any, start: str
) -> None:
    """An empty start was left out of the paths but not of the values checked, so the loader
    crashed on a zip of unequal lengths instead of naming the problem (the loader's
    generative test drew it)."""
    path = write_data(lambda data: data["meetings"][0].update(start=start))
    with pytest.raises(DataError) as refused:
        loader.load_file(path)
    assert [where for where, _ in refused.value.problems] == ["$.meetings[0].start"]


BAD_VALUES: list[Any] = [None, "", " ", "x", 0, 2.0, True, [], {}, "2025-02-30"]
LEFT_OUT = object()


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        inner = [place for key, item in value.items() for place in _places(item, (*path, key))]
    elif isinstance(value, list):  # the first item of each array stands for the others
        inner = [place for item in value[:1] for place in _places(item, (*path, 0))]
    else:
        inner = []
    return [path, *inner]


def _changed(document: Any, path: tuple[Any, ...], change: Any) -> Any:
    copy = json.loads(json.dumps(document))
    *parents, last = path
    holder = copy
    for step in parents:
        holder = holder[step]
    if change is LEFT_OUT:
        del holder[last]
    else:
        holder[last] = change
    return copy


def test_a_file_the_loader_takes_has_nothing_the_schema_would_find(
    raw_data: dict[str, Any],
) -> None:
    """`validate` asks the schema only about a file the loader refuses (on a corpus of a
    thousand summits the schema took four fifths of its time): so every field, set to every
    kind of wrong value, left out, or joined by a field no struct has, must be refused by the
    loader's checks (the decoder, the forms and the links after it) wherever the schema finds it
    wrong."""
    validator = problems._validator()
    changes = [
        _changed(raw_data, place, change)
        for place in _places(raw_data)[1:]
        for change in [*BAD_VALUES, LEFT_OUT]
        if not (change is LEFT_OUT and isinstance(place[-1], int))
    ]
    changes += [{**raw_data, "unknown": 1}, _changed(raw_data, ("summit", "extra"), "x")]
    taken = 0
    for changed in changes:
        if problems.taken(json.dumps(changed).encode()) is None:
            continue
        taken += 1
        assert not list(validator.iter_errors(changed)), json.dumps(changed)[:300]
    assert 0 < taken < len(changes)  # the sweep reached both sides


@pytest.mark.parametrize(
    ("format_number", "said"),
    [
        (2, "format 2 is a later summit's (this one reads format 1): update summit"),
        (0, 'expected "format": 1, the format this summit reads, found 0'),
        ("1", "expected \"format\": 1, the format this summit reads, found '1'"),
        (None, 'no "format": a summit file says which it is in, "format": 1'),
    ],
)
def test_a_file_of_another_format_says_so_alone(format_number: object, said: str) -> None:
    """`"format": 2` said "expected one of 1, found 2 at $.format", and a file without one
    "expected a value, found nothing" (new user 59): a file of another format is said to be
    one, and nothing else about it (its other fields are that format's to judge)."""
    document = json.loads(loader.bundled_data_path().read_text(encoding="utf-8"))
    if format_number is None:
        del document["format"]
    else:
        document["format"] = format_number
    document["statements"][0]["kind"] = "sung"  # another format's field: not said
    assert problems.document_problems(json.dumps(document).encode()) == [("$.format", said)]
