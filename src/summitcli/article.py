"""An article as `summit draft` reads it, checked before any rule loads: the rules compile
hundreds of patterns (a second of CPU), and input with nothing to draft is refused at once.
Its paragraphs are those a record's provenance counts, for `validate --article` too."""

import re
import unicodedata
from dataclasses import dataclass

from .errors import SummitError
from .problems import text_problem

RELEASE_TITLE = re.compile(r"^\[(?P<title>.+)\]$")


class DraftError(SummitError):
    """An input that is not an article with a joint document: nothing worth drafting. The
    message does not name the article: the caller says it as its user gave it."""


@dataclass(frozen=True)
class Article:
    """The text without the encoding's marks, its blank-line paragraphs, and where the joint
    document's [bracketed title] stands among them."""

    text: str
    paragraphs: list[str]
    release_at: int


def without_encoding_marks(text: str) -> str:
    """A byte-order mark, Windows and old Mac line ends (a lone carriage return was refused as
    a control character: new user 64), and accents written as combining marks (NFD, as some
    Mac tools save text) are the encoding's, not the article's words: the rules read letters,
    and "ó" as "o" + U+0301 cut a name at its accent (new user 58)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def encoding_advice(raw: bytes) -> str:
    """What an article that is no UTF-8 looks like instead, and the command that converts it:
    a Notepad "Unicode" file (UTF-16, with its byte-order mark or a zero byte beside every
    letter) or a Windows-1252 one (Latin-1's superset) was only "not valid UTF-8 (byte 0xff at
    offset 0)" (new user 64). "perhaps": bytes do not say their encoding for certain."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw[:200]:
        return "; it looks like UTF-16: convert it with iconv -f UTF-16 -t UTF-8"
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return ""
    return "; perhaps Windows-1252 or Latin-1: convert it with iconv -f WINDOWS-1252 -t UTF-8"


def paragraphs_of(text: str) -> list[str]:
    """The blank-line paragraphs that a record's `provenance.paragraph` counts from 1."""
    return [p.strip() for p in without_encoding_marks(text).split("\n\n")]


def is_json(text: str) -> bool:
    """Whether the text is a summit file (or its export), given by mistake for an article."""
    return text.lstrip().startswith(("{", "[{"))


SECTION_OR_END = re.compile(r"^(?:\d+\.\s+\S|/End/$)")
"""A numbered section's title, or the document's end: what follows the joint document's
title and nothing else in a news report."""


def release_title_at(paragraphs: list[str]) -> int | None:
    """Where the joint document's [bracketed title] stands: the last bracketed paragraph before
    its first section (or its end), so that a caption ("[Photo: …]") or an agency's tag
    ("[Yonhap]") in the article is no title; the first, where no section follows any."""
    bracketed = [i for i, p in enumerate(paragraphs) if RELEASE_TITLE.match(p)]
    if not bracketed:
        return None
    sections = (
        i for i in range(bracketed[0], len(paragraphs)) if SECTION_OR_END.match(paragraphs[i])
    )
    first_section = next(sections, None)
    if first_section is None:
        return bracketed[0]
    return max(i for i in bracketed if i < first_section)


WEB_SOURCE = re.compile(
    r"&(?:quot|amp|lt|gt|nbsp|apos|[lr][sd]quo|[mn]dash|hellip|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});"
    r"|</?(?:p|br|b|i|u|em|strong|a|div|span|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img"
    r"|section|article|header|footer|script|style|sup|sub|table|tr|td|th)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
"""An HTML entity or tag: a web page's source pasted for its text, whose "&quot;" hid a
quotation from the rules (new user 64). Named entities and tags only, so "AT&T" or an
agency's "<Yonhap>" is words."""


def read_article(text: str, unwrap: bool = False) -> Article:
    """The article in `text`, or a `DraftError` saying why there is nothing to draft: no text,
    no joint document, no article before it, or a character no summit text may hold (no command
    could load the draft). With `unwrap`, each paragraph's lines are one (`unwrapped`)."""
    text = without_encoding_marks(text).translate(NO_BREAK_SPACES)
    if unwrap:
        text = unwrapped(text)
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip() and (problem := text_problem(line)):
            advice = "replace it with a space" if "U+0009" in problem else "remove it"
            raise DraftError(
                f"line {number}: {problem.replace('text contains', 'holds')}, "
                f"which no summit text may hold: {advice}"
            )
    if markup := WEB_SOURCE.search(text):
        number = text.count("\n", 0, markup.start()) + 1
        raise DraftError(
            f"line {number}: holds HTML ({markup[0]}), a web page's source and no article's "
            "words: copy the page's text (or save the page as plain text) and draft that"
        )
    paragraphs = paragraphs_of(text)
    release_at = release_title_at(paragraphs)
    if not text.strip():
        raise DraftError("is empty: nothing to draft")
    if is_json(text):
        raise DraftError(
            "is JSON, not an article: draft reads a news article followed by its joint "
            "document (a summit file is queried with --data, checked with validate)"
        )
    if release_at is None:
        wrapped = not unwrap and release_title_at(paragraphs_of(unwrapped(text))) is not None
        raise DraftError(
            "no joint document: a draft needs the release's full text after the "
            "article, starting with its [bracketed title]"
            + ("; its title runs over lines: if the article is hard-wrapped, draft it with "
               "--unwrap" if wrapped else "")
        )  # fmt: skip
    if not any(paragraphs[:release_at]):
        raise DraftError("no article before the joint document's [title]")
    second = _second_document_at(paragraphs, release_at)
    if second is not None:
        raw = text.split("\n\n")
        offset = sum(len(part) + 2 for part in raw[:second])
        offset += len(raw[second]) - len(raw[second].lstrip())
        at_line = text.count("\n", 0, offset) + 1
        raise DraftError(
            f"line {at_line}: a second joint document's [title] "
            "after the first's /End/: draft one article and its joint document per file"
        )
    return Article(text, paragraphs, release_at)


def _second_document_at(paragraphs: list[str], release_at: int) -> int | None:
    """Where a second joint document's [title] stands, after the first's /End/ and with a
    section of its own after it: two stories pasted into one file drafted the second's
    paragraphs, quotations and all, as the first's notes, with no word of it (new user 64).
    A bracketed caption among the notes has no section after it."""
    if "/End/" not in paragraphs[release_at:]:
        return None
    end = paragraphs.index("/End/", release_at)
    titles = [i for i in range(end + 1, len(paragraphs)) if RELEASE_TITLE.match(paragraphs[i])]
    sections = [i for i in range(end + 1, len(paragraphs)) if SECTION_OR_END.match(paragraphs[i])]
    return next((i for i in titles if sections and sections[-1] > i), None)


OWN_LINE = re.compile(rf"{SECTION_OR_END.pattern}|^\(\d+\)\s|^\[")
"""A line (stripped) that opens a section or the document's end (`SECTION_OR_END`), a clause
or the document's [title]: a record of its own even under a section's title with no blank line
between, never joined to the line above."""


def unwrapped(text: str) -> str:
    """The text with each paragraph's lines joined by a space, but for a line that opens a
    record of the release's own (`OWN_LINE`): an article hard-wrapped at a fixed width (a mail
    client's, a terminal's copy) drafted each line as a record, its sentences cut mid-way (new
    user 60). The words are unchanged, and texts are compared with the article spaces aside."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        lines: list[str] = []
        for line in paragraph.split("\n"):
            if lines and line.strip() and not OWN_LINE.match(line.strip()):
                lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


NO_BREAK_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u202f", " "))
"""The no-break spaces (plain, figure and narrow) that web pages set inside a name ("Lee
Ha-na") or before French punctuation: typography, not words, so the draft reads each as a
space, as the coverage check compares texts spaces aside."""
