"""Choices more than one command offers, kept out of `shared`, which every call imports: an
enum's class costs its creation on import."""

from enum import StrEnum


class Part(StrEnum):
    """The two texts a summit's words come from, in the order the source prints them."""

    article = "article"
    release = "release"
