"""Compiled regular expressions kept between calls, as Python keeps compiled bytecode.

`draft`'s rules are some 330 patterns, millions of characters in all (a capital letter is a class
of 740 characters, written into most of them many times over), and `re` parses every pattern
anew in every process: some 5 seconds of CPU before the first article is read. Parsing is the
slow part; the program it compiles to loads in a small fraction of that. So the first `draft`
stores each pattern's program in the user's cache directory and every later one loads it.

The programs are `re`'s own, made by its parser and code generator as `re.compile` makes them,
and are trusted only by the same Python (its version and `_sre.MAGIC`) for the same pattern
text (its SHA-256): another Python, a changed rule, a corrupt or unreadable file,
SUMMIT_NO_CACHE or a Python whose `re` internals moved all compile as `re.compile` does. A
cache that cannot be written is skipped without a word: it only ever costs time.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

try:
    import _sre  # type: ignore[import-not-found]  # CPython's regex engine: no stub
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # a Python without CPython's `re` internals: compile every time
    _sre = None

FORMAT = 1
"""The file's layout; a change makes every stored file another format's, unread."""
CODE = "I"
"""The array type of a program's words (`_sre.CODESIZE` bytes each)."""

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes besides the pattern: flags, code words, groups, and the names of
groups both ways."""


class PatternCache:
    """The compiled programs of one set of patterns (`draft`'s), read from `path` once and
    written back by `save` when a pattern was compiled anew or one stored is no longer asked
    for."""

    def __init__(self, path: Path | None) -> None:
        self.path = path if _sre is not None and _sre.CODESIZE == 4 else None
        self.stamp = f"{FORMAT} {sys.version} {getattr(_sre, 'MAGIC', None)}"
        self.stored = self._read() if self.path is not None else {}
        self.used: dict[bytes, Program] = {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, from the stored program when there is one."""
        if self.path is None:
            return re.compile(pattern, flags)
        flags = int(flags)
        key = hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).digest()
        try:
            program = self.stored.get(key) or _program(pattern, flags)
            final_flags, code, groups, groupindex, indexgroup = program
            words = array.array(CODE, code).tolist()
            compiled: re.Pattern[str] = _sre.compile(
                pattern, final_flags, words, groups, groupindex, indexgroup
            )
        except (AttributeError, TypeError, ValueError, RuntimeError):
            return re.compile(pattern, flags)  # internals moved, or a program `_sre` refuses
        self.used[key] = program
        return compiled

    def save(self) -> None:
        """Write the programs asked for this time, if they are not what the file holds: a
        temporary file renamed into place, so that two calls at once leave one whole file."""
        if self.path is None or self.used.keys() == self.stored.keys():
            return
        data = zlib.compress(marshal.dumps((self.stamp, self.used)), 1)
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            temporary.replace(self.path)
        except OSError:
            with contextlib.suppress(OSError):  # no folder to write in: nothing was written
                temporary.unlink(missing_ok=True)

    def _read(self) -> dict[bytes, Program]:
        """The stored programs, or none where the file is missing, unreadable, corrupt or
        another Python's (zlib's checksum catches a damaged file; `_sre` checks a program)."""
        assert self.path is not None
        try:
            stamp, programs = marshal.loads(zlib.decompress(self.path.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError, zlib.error):
            return {}
        if stamp != self.stamp or not isinstance(programs, dict):
            return {}
        return programs


def _program(pattern: str, flags: int) -> Program:
    """What `re._compiler.compile` hands `_sre.compile`, made the same way."""
    parsed: Any = _parser.parse(pattern, flags)
    code = array.array(CODE, _compiler._code(parsed, flags)).tobytes()
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))  # fmt: skip


def draft_patterns() -> PatternCache:
    """`draft`'s cache, in the user's cache directory beside the corpora's indexes (one file
    per Python version); none with SUMMIT_NO_CACHE."""
    from .cache import directory, disabled

    if disabled():
        return PatternCache(None)
    version = "".join(map(str, sys.version_info[:2]))
    return PatternCache(directory() / f"draft-patterns-py{version}.bin")
