"""Ordinals in words and figures, for a title's day and a search's "did you mean"."""

from __future__ import annotations

import pytest

from summitcli.numerals import in_figures, ordinal_words


@pytest.mark.parametrize(
    ("words", "number", "figures"),
    [
        ("first", 1, "1st"),
        ("twelfth", 12, "12th"),
        ("nineteenth", 19, "19th"),
        ("twentieth", 20, "20th"),
        ("twenty-third", 23, "23rd"),
        ("thirty-first", 31, "31st"),
        ("sixtieth", 60, "60th"),
        ("sixty-second", 62, "62nd"),
        ("ninety-ninth", 99, "99th"),
    ],
)
def test_an_ordinal_in_words_has_its_number_and_figures(
    words: str, number: int, figures: str
) -> None:
    assert ordinal_words(99)[words] == number
    assert in_figures(number) == figures


def test_the_words_stop_at_the_last_number_asked_for() -> None:
    days = ordinal_words(31)
    assert len(days) == 31 and "thirty-first" in days and "thirty-second" not in days
    assert in_figures(111) == "111th" and in_figures(112) == "112th"
