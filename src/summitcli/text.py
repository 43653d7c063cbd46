"""Text helpers every command may need: folding for comparison, and "did you mean" hints."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Fold text for matching: NFKC (full-width letters, ligatures) and Unicode case folding."""
    return unicodedata.normalize("NFKC", text).casefold()


def did_you_mean(asked: str, known: Iterable[str], limit: int = 3) -> str:
    """`; did you mean A, B?` with the nearest known values, or nothing when none is near."""
    import difflib

    choices = list(dict.fromkeys(known))
    near = difflib.get_close_matches(asked, choices, n=limit, cutoff=0.5)
    if not near:
        folded = {fold(choice): choice for choice in choices}
        near = [folded[m] for m in difflib.get_close_matches(fold(asked), folded, limit, 0.5)]
    return f"; did you mean {', '.join(near)}?" if near else ""
