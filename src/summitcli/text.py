"""Text helpers every command may need: folding for comparison, and "did you mean" hints."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

OPENING_MARKS, CLOSING_MARKS = "“„「『«", "”」』»"
QUOTATION_MARKS = '"' + OPENING_MARKS + CLOSING_MARKS
"""The quotation marks summit reads, straight, curly, low, corner and guillemets: `draft` opens
and closes quotations by them, `validate` lets a record's text leave them out."""


def fold(text: str) -> str:
    """Fold text for matching: NFKC (full-width letters, ligatures) and Unicode case folding
    (of ASCII, which NFKC leaves as it is, lower-casing: a build folds millions of words), with
    the invisible format characters taken out (`without_format_characters`)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", without_format_characters(text)).casefold()


@cache
def capitals() -> str:
    """Every upper-case and title-case letter of the Basic Multilingual Plane, as ranges of a
    character class: a name may start with any ("Ľubomír", "Ŕehák", "Ǵorgi", "Ωmega", "Þórður"),
    and a list of the accented capitals some articles happened to need misses the next one.
    Made when first asked for (some 20 ms): only `draft` and `validate` read names."""
    codes = [c for c in range(0x10000) if unicodedata.category(chr(c)) in ("Lu", "Lt")]
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


NO_BASE_LETTER = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l", "Ł": "L",
     "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "\u0131": "i", "ħ": "h",
     "Ħ": "H"}
)  # fmt: skip
"""Letters Unicode decomposes into no base letter, as English writes them ("Støre", "Łódź",
"Sigurðardóttir", "Straße")."""


def without_accents(text: str) -> str:
    """Latin letters as a keyboard without them types them ("Jakobsdóttir" is "Jakobsdottir",
    "Støre" is "Store"): the marks of the combining diacritics block dropped, and nothing else,
    so a kana's voicing mark or a Hangul syllable stays as it is."""
    if text.isascii():
        return text
    spelled = unicodedata.normalize("NFD", text.translate(NO_BASE_LETTER))
    return unicodedata.normalize(
        "NFC", "".join(c for c in spelled if not "\u0300" <= c <= "\u036f")
    )


JOINERS = frozenset("\u200c\u200d")
"""The zero-width non-joiner and joiner: the two format characters a summit file may hold
(scripts and emoji sequences need them), and that search splits words at."""


def without_format_characters(text: str) -> str:
    """The text without its format characters (Unicode category Cf: a soft hyphen, a zero-width
    space, a byte order mark, bidirectional controls) but the joiners: pasted into a query they
    are invisible, and a summit file may not hold them, so a word holding one would find nothing.
    Only the text's distinct characters are looked up, once each."""
    if text.isascii():
        return text
    hidden = [c for c in set(text) if unicodedata.category(c) == "Cf" and c not in JOINERS]
    return text.translate(dict.fromkeys(map(ord, hidden))) if hidden else text


def shortened(text: str, limit: int = 60) -> str:
    """What the user typed, for a message: whole if short, else cut with an ellipsis, so that a
    100,000-character argument is not echoed back, and every character a terminal would act on
    or not show escaped (controls; format characters, such as a right-to-left override that
    shows what follows it reversed; line separators, unassigned code points: whatever Python
    calls not printable, but the space)."""
    text = escaped(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def shared_start(one: str, other: str) -> int:
    """How many first letters two words share: how near a nationality is to a country's name
    ("norwegian" and "norway" share four), which `draft` and `lookup` both weigh."""
    pairs = zip(one, other, strict=False)
    return next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(one), len(other)))


def escaped(text: str) -> str:
    """`text` with every character Python calls not printable (but the space) written as its
    escape (\\x1b, \\u202e, \\n): a path or a word in a message stays one line, and none
    retitles or recolours the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def quoted(text: str, limit: int = 60) -> str:
    """What the user typed, `shortened`, in quotes for a message: escaped once (`'S1\\x1b[31m'`,
    `'S\\1'`), where `repr` of the escaped text would double every backslash. The quotes are
    double where the text holds an apostrophe, as `repr` chooses them."""
    shown = shortened(text, limit)
    return f'"{shown}"' if "'" in shown and '"' not in shown else f"'{shown}'"


def listed(items: Sequence[str]) -> str:
    """The items as a sentence names them, "A, B and C": one way for every message."""
    *others, last = items or [""]
    return f"{', '.join(others)} and {last}" if others else last


def without_controls(text: str) -> str:
    """The text without the escape sequences and other characters a terminal acts on: what
    was meant, where a colour code came with a pasted word (`S1` of `S1\\x1b[31m`)."""
    if text.isprintable():
        return text
    import re

    text = re.sub(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?)", "", text)
    return "".join(c for c in text if c.isprintable())


def did_you_mean(
    asked: str,
    known: Iterable[str],
    limit: int = 3,
    prefix: str = "",
    cutoff: float = 0.5,
    shown: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """`; did you mean A, B?` with the nearest known values, each written after `prefix` (a
    ref's summit id, so that it can be pasted back), or nothing when none is near (`cutoff`,
    difflib's likeness); the value typed with control characters is answered with that value
    alone where it is known. Where `shown` gives the values the known words stand for
    (summits' ids by their countries), those values are offered, `limit` of them."""
    import difflib

    choices = list(dict.fromkeys(known))
    meant = without_controls(asked)
    near = [meant] if meant != asked and meant in choices else []
    near = near or difflib.get_close_matches(asked, choices, n=limit, cutoff=cutoff)
    if not near:
        folded = {fold(choice): choice for choice in choices}
        near = [folded[m] for m in difflib.get_close_matches(fold(asked), folded, limit, cutoff)]
    if shown is not None:
        near = [value for words in near for value in shown[words]][:limit]
    return f"; did you mean {', '.join(prefix + value for value in near)}?" if near else ""


def shell_word(path: str) -> str:
    """A path as a command the message suggests writes it, ready to paste into a shell: as it
    is where it needs no quoting, else in double quotes (the message's own are single). A `!`
    stands outside them, escaped: inside, an interactive bash expands history. A path with a
    line break or an escape in it is written `$'…'`, so that the message stays one line."""
    if path and all(c.isalnum() or c in "@%+=:,./-_" for c in path):
        return path
    if not path.isprintable():  # a line break or an escape: $'…', one line, bash's and zsh's
        return "$'" + escaped(path.replace("\\", "\\\\").replace("'", "\\'")) + "'"
    backslashed = "".join(f"\\{c}" if c in '"$`\\' else c for c in path)
    return '"' + backslashed.replace("!", '"\\!"') + '"'


def said_command(command: str) -> str:
    """A suggested command as a message quotes it: in single quotes, or in double ones where
    a `$'…'` path (`shell_word`) holds single quotes of its own."""
    return f'"{command}"' if "'" in command else f"'{command}'"


def for_data(message: str, data: str | None) -> str:
    """A message whose suggested command (`(see 'summit speakers')`, `summit search x y`) reads
    the data the call read: with the same `--data`, where one was given."""
    if not data:
        return message
    import re

    queries = "info|sections|show|search|quotes|speakers|outcomes|timeline|topics|cite|compare|read"
    suggested = rf"\bsummit (?=(?:{queries})\b)"
    piped = re.fullmatch(r"/(?:dev|proc/self)/fd/\d+", data)  # `<(…)`: read once, gone
    given = f"summit --data {'<(…)' if piped else shell_word(data)} "
    return re.sub(suggested, lambda _: given, message)  # a template would read its backslashes
