"""The compiled-pattern cache: a pattern from it behaves as `re.compile`'s, whatever the file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summitcli import pattern_cache
from summitcli.pattern_cache import PatternCache

PATTERNS = [
    (r"\b(?P<name>[A-Z][a-z]+) (?:said|told)\b", 0),
    (r"^(?P<number>[1-9][0-9]*)\.\s+(?P<title>\S.*)$", re.MULTILINE),
    (r"(?<![\w-])mr\.? (?P<surname>[^\W\d_]+)", re.IGNORECASE),
    (r"[ÀÁÂĀĂĄ-Ž][a-zà-ÿ]+(?:-[A-Z][a-z]+)?", 0),
    (r"(\w+)\s+\1", 0),
    (r"«([^»]*)»|“([^”]*)”", 0),
]
TEXTS = [
    "Lee said the talks went well.\n2. Economy and industry\nMR. ISHIBA told reporters",
    "Ľubomír Novák-Smith and Ďuro met; «nous verrons» the the “end”",
    "",
]


def behaviour(compiled: re.Pattern[str]) -> list[object]:
    """Everything a caller can observe of a pattern on the sample texts."""
    found: list[object] = [compiled.pattern, compiled.flags, compiled.groups]
    found.append(dict(compiled.groupindex))
    for text in TEXTS:
        found += [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]
        found.append(compiled.sub("<>", text))
    return found


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    return tmp_path / "patterns.bin"


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_compiled_anew_or_read_back_behaves_as_re_compiles_it(
    stored: Path, pattern: str, flags: int
) -> None:
    expected = behaviour(re.compile(pattern, flags))
    first = PatternCache(stored)
    assert behaviour(first.compile(pattern, flags)) == expected
    first.save()
    again = PatternCache(stored)
    assert again.stored, "the program was written and is read back"
    assert behaviour(again.compile(pattern, flags)) == expected


def test_a_read_back_pattern_is_not_parsed_again_and_the_file_not_rewritten(
    stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = PatternCache(stored)
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    first.save()
    written = stored.read_bytes()

    def parse_again(pattern: str, flags: int) -> None:
        raise AssertionError(f"parsed again: {pattern}")

    monkeypatch.setattr(pattern_cache, "_program", parse_again)
    again = PatternCache(stored)
    for pattern, flags in PATTERNS:
        again.compile(pattern, flags)
    again.save()
    assert stored.read_bytes() == written


def test_a_changed_pattern_is_compiled_anew_and_the_old_one_dropped(stored: Path) -> None:
    old, new = r"\bsaid\b", r"\b(?:said|says)\b"
    first = PatternCache(stored)
    first.compile(old)
    first.save()
    second = PatternCache(stored)
    assert second.compile(new).findall("says said") == ["says", "said"]
    second.save()
    assert len(PatternCache(stored).stored) == 1, "only the pattern asked for is kept"


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not a cache",
        b"x\x9c" + b"\0" * 40,
    ],
)
def test_a_damaged_file_compiles_as_re_does_and_is_replaced(stored: Path, damage: bytes) -> None:
    stored.write_bytes(damage)
    cache = PatternCache(stored)
    pattern, flags = PATTERNS[0]
    assert behaviour(cache.compile(pattern, flags)) == behaviour(re.compile(pattern, flags))
    cache.save()
    assert PatternCache(stored).stored


def test_another_pythons_file_is_not_trusted(stored: Path) -> None:
    first = PatternCache(stored)
    first.compile(PATTERNS[0][0])
    first.save()
    other = PatternCache(stored)
    other.stamp = "1 another Python"
    assert other._read() == {}


def test_an_unwritable_directory_costs_only_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    cache = PatternCache(blocked / "patterns.bin")
    assert cache.compile(r"a+").fullmatch("aaa")
    cache.save()
    assert blocked.read_text() == "" and list(tmp_path.iterdir()) == [blocked]


def test_summit_no_cache_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("SUMMIT_NO_CACHE", "1")
    cache = pattern_cache.draft_patterns()
    assert cache.compile(r"b+").fullmatch("bb")
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_draft_writes_its_patterns_once_and_drafts_the_same_from_them(tmp_path: Path) -> None:
    """End to end: the first `summit draft` stores its patterns; a second reads them and
    drafts byte for byte what a call that compiles every pattern drafts."""
    article = Path(__file__).parent / "drafts" / "kim-sato.txt"
    summit = Path(sys.executable).with_name("summit")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "SUMMIT_NO_CACHE": ""}

    def draft(**extra: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [summit, "draft", article], env={**env, **extra}, capture_output=True, check=True
        )

    uncached = draft(SUMMIT_NO_CACHE="1")
    assert list(tmp_path.iterdir()) == []
    first = draft()
    (stored,) = (tmp_path / "summit").glob("draft-patterns-py*.bin")
    written = stored.stat().st_mtime_ns
    second = draft()
    assert stored.stat().st_mtime_ns == written
    assert first.stdout == second.stdout == uncached.stdout
    assert first.stderr == second.stderr == uncached.stderr
