"""Text helpers every command may need: folding for comparison, and "did you mean" hints."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Fold text for matching: NFKC (full-width letters, ligatures) and Unicode case folding
    (of ASCII, which NFKC leaves as it is, lower-casing: a build folds millions of words)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", text).casefold()


CONTROL = {code: f"\\x{code:02x}" for code in (*range(32), *range(127, 160))}
"""Control characters as escapes: typed into a query, they must not reach the terminal raw
(an escape sequence can recolour it or set its title)."""


def shortened(text: str, limit: int = 60) -> str:
    """What the user typed, for a message: whole if short, else cut with an ellipsis, so that a
    100,000-character argument is not echoed back, and its control characters escaped."""
    text = text.translate(CONTROL)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def did_you_mean(asked: str, known: Iterable[str], limit: int = 3) -> str:
    """`; did you mean A, B?` with the nearest known values, or nothing when none is near."""
    import difflib

    choices = list(dict.fromkeys(known))
    near = difflib.get_close_matches(asked, choices, n=limit, cutoff=0.5)
    if not near:
        folded = {fold(choice): choice for choice in choices}
        near = [folded[m] for m in difflib.get_close_matches(fold(asked), folded, limit, 0.5)]
    return f"; did you mean {', '.join(near)}?" if near else ""
