"""Markdown: quotable text as block quotes with their reference, records shown whole as a
heading with their lines, facts as a list, and other records as a table."""

from collections.abc import Sequence

from ..output import Output
from ..views import Beside, Field, Header, Quote, View
from . import one_header
from .plain import THROUGH_CURATION


def write(
    views: Sequence[View],
    output: Output,
    *,
    whole: bool,
    header: Header | None = None,
    **_: object,
) -> None:
    """No views is a table of no rows where the records would have been a table (`header`: a
    header and its delimiter row, valid GFM), else nothing: passages are block quotes, and no
    block quote is no passage."""
    if not views and header and not header.quoted:
        labels = list(header.labels)
        output.stream.write(_rows([labels, ["---"] * len(labels)]))
        return
    output.stream.write(markdown(views, whole))


def markdown(views: Sequence[View], whole: bool) -> str:
    blocks: list[str] = []
    table: list[View] = []
    titled = sum(view.pairs for view in views) > 1  # lists a blank line apart are one list
    for view in views:
        if view.pairs:
            heading = f"## {_literal(view.heading)}\n\n" if titled else ""
            facts = "".join(f"- {f.heading}: {_literal(f.value)}\n" for f in view.fields)
            blocks.append(heading + facts)
        elif whole:
            blocks.append(_whole(view))
            if view.parts:
                blocks.append(markdown(view.parts, whole=False))
        elif view.quote is not None:
            blocks.append(_quote(view.quote, view.found_in))
        else:
            table.append(view)
    if table:
        blocks.append(_table(table))
    return "\n".join(blocks)


def _whole(view: View) -> str:
    """A heading, then the record's quotations as block quotes and its other lines as a list."""
    blocks = [f"## {_literal(view.heading)}\n"]
    listed: list[str] = []
    for block in view.body:
        if isinstance(block, Quote | Beside):
            blocks += ["".join(listed)] if listed else []
            if isinstance(block, Beside):
                blocks += [
                    f"**{_literal(block.left_heading)}:**\n",
                    _quote(block.left, framed=False),
                ]
                blocks += [
                    f"**{_literal(block.right_heading)}:**\n",
                    _quote(block.right, framed=False),
                ]
            else:
                blocks.append(_quote(block, framed=False))
            listed = []
        elif block.value:
            listed.append(f"- {block.heading}: {_literal(block.value)}\n")
    return "\n".join(blocks + (["".join(listed)] if listed else []))


def _quote(quote: Quote, found_in: str = "", framed: bool = True) -> str:
    """A block quote and its reference; the article's framing of a quotation goes with the
    reference, outside the quotation, as the article's words (a record shown whole lists it)."""
    found = f"; {THROUGH_CURATION[found_in].note}" if found_in in THROUGH_CURATION else ""
    framing = (
        f"; framed by the article: *{_literal(quote.framing)}*" if quote.framing and framed else ""
    )
    text = "\n> ".join(_literal(quote.text, block=True).splitlines())
    where = f"**{_literal(quote.ref)}** ({_literal(quote.credit)}"
    return f"> {text}\n\n— {where}{framing}{found})\n"


def _table(views: Sequence[View]) -> str:
    """One table over every shape's columns (`one_header`)."""
    header, cells = one_header([[(f.heading, _cell(f)) for f in view.fields] for view in views])
    return _rows([header, ["---"] * len(header), *cells])


def _rows(rows: Sequence[Sequence[str]]) -> str:
    return "\n".join("| " + " | ".join(cells) + " |" for cells in rows) + "\n"


def _cell(field: Field) -> str:
    return _literal(field.value).replace("\n", " ")


_INLINE = str.maketrans({mark: f"\\{mark}" for mark in "\\`*_[]<>|~"})
"""What CommonMark (and GFM's tables and strikethrough) would read as markup anywhere in a line:
emphasis, code, HTML, links, cells; and `&` where it begins an entity (`_literal`). A backslash
before ASCII punctuation shows it as it is, so the rendered text is the source's words."""


def _literal(text: str, block: bool = False) -> str:
    """Data text as Markdown that renders as itself (`_INLINE`); every line that begins a line
    of the document (each one after the first, and the first too in a `block` quote) with what
    would open a block escaped, and any line's leading spaces kept (`_spaced`)."""
    import re

    escaped = re.sub(r"&(?=#?\w+;)", r"\\&", text.translate(_INLINE))  # `&amp;`, not "S2 & S3"
    first, *rest = escaped.split("\n")
    return "\n".join([_line_start(first) if block else _spaced(first), *map(_line_start, rest)])


def _spaced(line: str) -> str:
    """A line's first leading space as a character reference. CommonMark reads four spaces at
    the start of a block as a code block, and strips fewer from a paragraph, a heading or a
    table's cell; a reference is neither indentation nor stripped, and renders as the space it
    stands for, so that the text keeps its own spacing. (Data text holds no tab: `problems`
    refuses control characters.)"""
    return f"&#32;{line[1:]}" if line.startswith(" ") else line


def _line_start(line: str) -> str:
    """A heading's `#`, a list item's `-`, `+` or `1.`, a rule's or setext underline's `-` or
    `=`, escaped where it opens the line (`-5` and `2.2` do not open a block, so stay as they
    are); `>` and `*` are escaped everywhere already, and a line that opens with a space opens
    with a character reference instead (`_spaced`), which opens no block."""
    if line.startswith(" "):
        return _spaced(line)
    if line[:1] in ("#", "+", "-", "=") and line[1:2] in ("", " ", "\t", "#", "-", "="):
        return f"\\{line}"
    digits = len(line) - len(line.lstrip("0123456789"))
    mark = line[digits : digits + 1]
    if 0 < digits < 10 and mark in (".", ")") and line[digits + 1 : digits + 2] in ("", " ", "\t"):
        return f"{line[:digits]}\\{line[digits:]}"
    return line
