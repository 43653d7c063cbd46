"""Ordinal numbers in words and in figures: a release title's day ("the twelfth of March") is
read from the words, and a search for "sixtieth" is offered the "60th" the text writes."""

from __future__ import annotations

UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def ordinal_words(last: int) -> dict[str, int]:
    """Each ordinal in words from "first" to the `last`th (at most 99), with its number:
    "thirty-first" is 31."""
    return {_in_words(number): number for number in range(1, last + 1)}


def _in_words(number: int) -> str:
    tens, unit = divmod(number, 10)
    if number < 10:
        return UNITS[number - 1]
    if number < 20:
        return TEENS[number - 10]
    ten = TENS[tens - 2]
    return f"{ten}-{UNITS[unit - 1]}" if unit else f"{ten[:-1]}ieth"


def in_figures(number: int) -> str:
    """An ordinal as figures write it: "61st", "12th", "23rd"."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"
