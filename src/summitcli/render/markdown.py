"""Markdown: quotable text as block quotes with their reference, records shown whole as a
heading with their lines, facts as a list, and other records as a table."""

from collections.abc import Sequence

from ..output import Output
from ..views import PASSAGE_LABELS, Beside, Field, Quote, View
from .plain import CURATION_ONLY


def write(
    views: Sequence[View], output: Output, *, whole: bool, header: Sequence[str] = (), **_: object
) -> None:
    """No views is a table of no rows where the records would have been a table (`header`: a
    header and its delimiter row, valid GFM), else nothing: passages are block quotes, and no
    block quote is no passage."""
    if not views and header and header[: len(PASSAGE_LABELS)] != PASSAGE_LABELS:
        output.stream.write(_rows([list(header), ["---"] * len(header)]))
        return
    output.stream.write(markdown(views, whole))


def markdown(views: Sequence[View], whole: bool) -> str:
    blocks: list[str] = []
    table: list[View] = []
    for view in views:
        if view.pairs:
            blocks.append("".join(f"- {f.label}: {f.value}\n" for f in view.fields))
        elif whole:
            blocks.append(_whole(view))
            if view.parts:
                blocks.append(markdown(view.parts, whole=False))
        elif view.quote is not None:
            blocks.append(_quote(view.quote, view.curation_only))
        elif len(view.fields) == 1:
            blocks.append(f"- {view.fields[0].value}\n")
        else:
            table.append(view)
    if table:
        blocks.append(_table(table))
    return "\n".join(blocks)


def _whole(view: View) -> str:
    """A heading, then the record's quotations as block quotes and its other lines as a list."""
    blocks = [f"## {view.heading}\n"]
    listed: list[str] = []
    for block in view.body:
        if isinstance(block, Quote | Beside):
            blocks += ["".join(listed)] if listed else []
            if isinstance(block, Beside):
                blocks += [f"**{block.left_heading}:**\n", _quote(block.left, framed=False)]
                blocks += [f"**{block.right_heading}:**\n", _quote(block.right, framed=False)]
            else:
                blocks.append(_quote(block, framed=False))
            listed = []
        elif block.value:
            listed.append(f"- {block.label}: {block.value}\n")
    return "\n".join(blocks + (["".join(listed)] if listed else []))


def _quote(quote: Quote, curation_only: bool = False, framed: bool = True) -> str:
    """A block quote and its reference; the article's framing of a quotation goes with the
    reference, outside the quotation, as the article's words (a record shown whole lists it)."""
    found = f"; {CURATION_ONLY}" if curation_only else ""
    framing = f"; framed by the article: *{quote.framing}*" if quote.framing and framed else ""
    text = "\n> ".join(quote.text.splitlines())
    return f"> {text}\n\n— **{quote.ref}** ({quote.who}, {quote.kind}{framing}{found})\n"


def _table(views: Sequence[View]) -> str:
    """One table; rows of another shape than the first get generic column names, and every
    row as many cells as the header."""
    width = max(len(view.fields) for view in views)
    shapes = {view.headers for view in views}
    header = list(shapes.pop()) if len(shapes) == 1 else [f"field{i}" for i in range(1, width + 1)]
    rows = [header, ["---"] * len(header)]
    rows += [[_cell(f) for f in view.fields] + [""] * (width - len(view.fields)) for view in views]
    return _rows(rows)


def _rows(rows: Sequence[Sequence[str]]) -> str:
    return "\n".join("| " + " | ".join(cells) + " |" for cells in rows) + "\n"


def _cell(field: Field) -> str:
    return field.value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
