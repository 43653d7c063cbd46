"""Rich output for a terminal. Imported only when output goes to one: Rich costs ~100 ms to load.

Text from the data always goes through `Text(...)`, never through markup parsing, so a clause
that contains `[bold]` prints those characters as they are.
"""

from collections.abc import Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..output import Output
from ..views import Beside, Block, Quote, View
from . import with_parts
from .plain import THROUGH_CURATION, through_curation

NARROW = 80
"""Below this many columns, passages are stacked (their text would get a third of the width in
a table) and compare's said and signed are shown one above the other."""
SHARES = {"text": 3}
"""A passage's verbatim text (a column of room "text", `views.Column`) takes three shares of the
room left for each one another column takes, so that it keeps most of a narrow terminal."""
TEXT_FLOOR = 20
"""A verbatim text narrower than this (a folder's refs of 34 characters left it 12 on 80
columns, a few words a line) is stacked instead of shown in a table."""
CAPS = {"refs": 12, "who": 32, "kind": 10}
"""Columns kept narrow (lists of refs wrap), so that the text beside them need not."""
READABLE = 60
"""A text column at least this wide without the CAPS leaves every column its longest cell: on
200 columns "reported, in a clause" wrapped over three lines beside a text of 130 (new user 64)."""
TITLE_MARGIN = 4
"""A panel's title has its border's corner and one rule character on either side."""
PANEL_MARGIN = 4
"""A panel's lines have its border and a column of padding on either side."""
FACT_GAP = 2
"""The columns between a fact's heading and its value."""
REF_STYLE = "bold cyan"
WHO_STYLE = "magenta"
MATCH_STYLE = "bold black on yellow"
CURATED_STYLE = "dim italic"


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich would exit 1 here; raise instead, so that a closed pipe ends quietly with 0."""
        raise BrokenPipeError


def console_for(output: Output) -> Console:
    """`--color never` into a pipe is no terminal at all, or Rich would take FORCE_COLOR from the
    environment over it and style the text."""
    forced = {"always": True, "never": False if not output.terminal else None}.get(output.colour)
    return _Console(
        file=output.stream,
        highlight=False,
        force_terminal=forced if forced is not None else output.forced_colour or None,
        no_color=output.colour == "never" or None,
        color_system=None if output.uncoloured else "auto",
        width=output.width,
    )


def write(views: Sequence[View], output: Output, *, whole: bool, title: str, **_: object) -> None:
    console = console_for(output)
    if whole and all(_refs_boxed(view, console.width) for view in views):
        console.print(*(_panel(view, console.width) for view in views))
    elif whole:
        _unboxed(views, console)
    elif all(view.pairs for view in views) and all(_boxed(v, console.width) for v in views):
        console.print(*(_facts(view, console.width) for view in views))
    elif all(view.pairs for view in views):
        _fact_lines(views, console)
    elif all(view.line for view in views):
        # one line each, to be pasted: the terminal wraps them for the eye, Rich must not
        console.print(*(Text(view.line) for view in views), sep="\n", soft_wrap=True)
    elif widths := _column_widths(views, console.width):
        console.print(_table(views, title, widths))
    else:
        _stacked(views, title, console)
    for refs, found in through_curation(views):
        console.print(Text(f"{refs}: {found}", style=CURATED_STYLE))


def _highlighted(value: str, spans: Sequence[tuple[int, int]] = ()) -> Text:
    text = Text(value)
    for start, end in spans:
        text.stylize(MATCH_STYLE, start, end)
    return text


def _column_widths(views: Sequence[View], width: int) -> list[int] | None:
    """Each column's width, or None where a table cannot show every word whole (Rich would cut
    them with an ellipsis): a column is at least as wide as its longest word (a name, a ref) and
    at most as wide as its longest cell (or its cap, where the text would be less than READABLE
    without it); the room left is shared among the columns short of their longest cell, so
    short ones (names, roles) are whole on a line and the text takes the rest."""
    labels = views[0].labels
    if any(view.labels != labels for view in views):
        return None
    if views[0].quoted_row and width < NARROW:
        return None  # the text would get a third of the width
    rows = [_cells(view) for view in views]
    headers = views[0].headers
    columns = [[row[i] for row in rows] for i in range(len(labels))]
    rooms = views[0].rooms
    least = [
        _longest_word([header, *cells]) for header, cells in zip(headers, columns, strict=True)
    ]
    longest = [  # a header may wrap ("Refs" over "(curated)"): the cells claim the room
        max(low, max(map(cell_len, cells), default=0))
        for cells, low in zip(columns, least, strict=True)
    ]
    scored = any(view.score is not None for view in views)
    shown = len(labels) + scored
    score = max([len("Score"), *(cell_len(_score(view)) for view in views)]) if scored else 0
    room = width - (3 * shown + 1) - score  # padding, rules, edges
    if sum(least) > room:
        return None
    headed = [max(most, cell_len(header)) for most, header in zip(longest, headers, strict=True)]
    text = [room == "text" for room in rooms]
    whole = [low if t else h for t, low, h in zip(text, least, headed, strict=True)]
    to = [m if t else h for t, m, h in zip(text, longest, headed, strict=True)]
    plans = [(whole, to), (least, headed)] if any(text) else [(whole, to)]
    for start, most in plans:  # every other column whole; or all shared out, no caps
        if sum(start) > room:
            continue
        widths = _shared_out(start, most, room - sum(start), rooms)
        if _readable(widths, longest, text):
            break
    else:  # capped: the others' cells first; a capped header whole where they stay READABLE
        for header_room in ([cell_len(header) for header in headers], [0] * len(headers)):
            capped = [
                max(low, min(max(CAPS[r], h), max(m, h))) if r in CAPS else m
                for r, low, m, h in zip(rooms, least, longest, header_room, strict=True)
            ]
            widths = _shared_out(least, capped, room - sum(least), rooms)
            if _readable(widths, longest, [r not in CAPS for r in rooms]):
                break
        widths = _shared_out(widths, headed, room - sum(widths), rooms)  # what is left
    sliver = any(
        r == "text" and w < min(m, TEXT_FLOOR)
        for r, w, m in zip(rooms, widths, longest, strict=True)
    )
    if views[0].quoted_row and sliver:
        return None  # long refs left a passage's text a sliver: stacked, as under NARROW
    return widths


def _readable(widths: list[int], longest: list[int], text: list[bool]) -> bool:
    return all(w >= min(m, READABLE) for w, m, t in zip(widths, longest, text, strict=True) if t)


def _shared_out(least: list[int], most: list[int], spare: int, rooms: Sequence[str]) -> list[int]:
    """`spare` columns shared among those short of their `most`, a text's three shares to each
    one another column takes, from `least` up."""
    widths = list(least)
    short = [index for index, (low, high) in enumerate(zip(least, most, strict=True)) if low < high]
    weights = [SHARES.get(room, 1) for room in rooms]
    while spare and short:
        unit = max(1, spare // sum(weights[index] for index in short))
        for index in list(short):
            given = min(unit * weights[index], most[index] - widths[index], spare)
            widths[index] += given
            spare -= given
            if widths[index] == most[index]:
                short.remove(index)
    return widths


def _cells(view: View) -> list[str]:
    """The text of each cell as the table shows it: a quotation after its framing."""
    values = view.values
    if view.quote is not None and view.quote.framing and view.quoted_row:
        values[-1] = _framing(view.quote) + values[-1]
    return values


def _framing(quote: Quote) -> str:
    return f"(the article: {quote.framing}) " if quote.framing else ""


def _quoted(quote: Quote) -> Text:
    """The verbatim text, its matches highlighted, after the article's framing of it, marked as
    the article's words so that they are never read as the speaker's."""
    text = _highlighted(quote.text, quote.spans)
    return Text.assemble((_framing(quote), "dim italic"), text) if quote.framing else text


def _longest_word(cells: Sequence[str]) -> int:
    return max((cell_len(word) for cell in cells for word in cell.split()), default=0)


def _stacked(views: Sequence[View], title: str, console: Console) -> None:
    """Each record as a block of lines: its first field as a heading, then each field labelled
    (the verbatim text whole, its matches highlighted), for a terminal too narrow for a table."""
    if title:
        console.print(Text(title, style="italic"), "")
    for view in views:
        heading = Text(view.fields[0].value, style=REF_STYLE)
        if view.score is not None:
            heading.append(f"  score {_score(view)}", style="dim")
        console.print(heading, soft_wrap=True)  # a ref to paste: the terminal wraps it, whole
        lines: list[Text] = []
        for field in view.fields[1:]:
            if view.quote is not None and field.room == "text":
                lines.append(_quoted(view.quote))
            elif field.value:
                style = WHO_STYLE if field.room == "who" else ""
                lines.append(Text.assemble((f"{field.heading}: ", "dim"), (field.value, style)))
        console.print(*lines, "", sep="\n")


def _score(view: View) -> str:
    """A hit's score as its column shows it, "0.42 (curation)" where curation found it."""
    return f"{view.score or 0:.2f}{_found_mark(view)}"


def _found_mark(view: View) -> str:
    """Beside a hit's score: whether curation found it (the note under the table says how)."""
    found = THROUGH_CURATION.get(view.found_in)
    return f" ({found.mark})" if found else ""


def _table(views: Sequence[View], title: str, widths: Sequence[int]) -> Table:
    table = Table(
        *views[0].headers,  # a curated column's says so, as in CSV and Markdown
        title=Text(title, style="italic") if title else None,
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
        column.overflow = "fold"  # every word fits; Rich's "…" cut "MB, 이명박, " a cell short
    table.columns[0].style = REF_STYLE
    styles = {"who": WHO_STYLE, "kind": "dim"}
    for column, room in zip(table.columns, views[0].rooms, strict=True):
        column.style = styles.get(room, column.style)
    quoted = views[0].quoted_row
    scored = any(view.score is not None for view in views)
    if scored:
        table.add_column("Score", justify="right", style="dim")
    for view in views:
        cells = [Text(value) for value in view.values]
        if view.quote is not None and quoted:
            cells[-1] = _quoted(view.quote)
        if scored:
            cells.append(Text(_score(view)))
        table.add_row(*cells)
    return table


def _refs_boxed(view: View, width: int) -> bool:
    """Whether a panel's box holds every ref in it whole (its heading's, a compared record's,
    a part's): folded there, "…-2:2.1" reads as "…-2:2", another record, when copied."""
    refs = [view.heading.partition(" ")[0], *(part.fields[0].value for part in view.parts)]
    refs += [b.right_heading.partition(" ")[0] for b in view.body if isinstance(b, Beside)]
    return max(map(cell_len, refs)) <= width - PANEL_MARGIN


def _unboxed(views: Sequence[View], console: Console) -> None:
    """The records of `_panel` without their box, for a terminal too narrow to box a ref whole:
    each ref is a line of its own, which the terminal wraps for the eye and a copy takes
    whole; the rest wraps at its words."""
    for view in views:
        console.print(Text(view.heading, style=REF_STYLE), soft_wrap=True)
        for block in view.body:
            if not isinstance(block, Beside):
                for line in _lines(block, console.width):
                    console.print(line)
                continue
            ref, _, signed = block.right_heading.partition(" ")  # "2.2 signed (score 0.47)"
            console.print(Text(block.left_heading, style=WHO_STYLE))
            console.print(_highlighted(block.left.text, block.left.spans))
            console.print(Text(ref, style=WHO_STYLE), soft_wrap=True)
            console.print(Text(signed, style=WHO_STYLE))
            console.print(_highlighted(block.right.text, block.right.spans))
        for part in with_parts(view.parts):
            console.print(Text(part.fields[0].value, style=REF_STYLE), soft_wrap=True)
            quote = part.quote
            if quote and quote.who:
                console.print(Text(quote.credit, style=WHO_STYLE))
            console.print(_quoted(quote) if quote else Text("  ".join(part.values[1:])))
        console.print()


def _panel(view: View, width: int) -> Panel:
    """One record in a box: its heading as title, then its lines (who said it and the verbatim
    text, the article's framing, and whatever the curators added, marked as such), then the
    records listed under it. A heading wider than the border would be cut mid-word there, so
    what does not fit opens the panel instead, folded (a ref in a folder names its summit, and a
    draft's id is its title made a slug: it must stay whole to be pasted back)."""
    ref, _, rest = view.heading.partition(" ")
    title: Text | None = None
    lines: list[Text | Table] = []
    if _fits_border(view.heading, width):
        title = Text.assemble((ref, REF_STYLE), (f" {rest}" if rest else "", "dim"))
    elif _fits_border(ref, width):
        title = Text(ref, style=REF_STYLE)
        lines.append(Text(rest, style="bold"))
    else:
        lines.append(
            Text.assemble((ref, REF_STYLE), (f" {rest}" if rest else "", "bold"), overflow="fold")
        )
    lines += [line for block in view.body for line in _lines(block, width)]
    for part in with_parts(view.parts):
        line = Text(part.fields[0].value, style=REF_STYLE)
        quote = part.quote
        if quote and quote.who:
            line.append(f"  {quote.credit}", style=WHO_STYLE)
            lines += [line, _quoted(quote)]
        else:
            lines.append(
                line.append("  ").append(quote.text if quote else "  ".join(part.values[1:]))
            )
    return Panel(Group(*lines), title=title, title_align="left", box=box.ROUNDED)


def _fits_border(title: str, width: int) -> bool:
    """Whether a title fits on a panel's border whole: Rich would cut it there, mid-word."""
    return cell_len(f" {title} ") <= width - TITLE_MARGIN


def _lines(block: Block, width: int) -> list[Text | Table]:
    if isinstance(block, Quote):  # its framing is a line of the panel of its own
        who = block.credit if block.kind == "reported" else block.who  # the article's words
        return [Text(who, style=WHO_STYLE), _highlighted(block.text, block.spans)]
    if isinstance(block, Beside):
        grid = Table.grid(padding=(0, 2), expand=True)
        headings = [Text(block.left_heading, style=WHO_STYLE, overflow="fold")]
        headings.append(Text(block.right_heading, style=WHO_STYLE, overflow="fold"))
        texts = [_highlighted(q.text, q.spans) for q in (block.left, block.right)]
        if width < NARROW:
            grid.add_column()
            for heading, text in zip(headings, texts, strict=True):
                grid.add_row(heading)
                grid.add_row(text)
        else:
            grid.add_column(ratio=1)
            grid.add_column(ratio=1)
            grid.add_row(*headings)
            grid.add_row(*texts)
        return [grid]
    if not block.value:
        return []
    style = CURATED_STYLE if block.curated else "dim"
    return [Text(f"{block.heading}: {block.value}", style=style)]


def _boxed(view: View, width: int) -> bool:
    """Whether every word of every fact fits `_facts`' box (its borders and padding, the
    headings' column and the gap): a path folded inside it is no path when copied."""
    room = width - PANEL_MARGIN - _headings(view) - FACT_GAP
    return _longest_word([field.value for field in view.fields]) <= room


def _headings(view: View) -> int:
    return max((cell_len(field.heading) for field in view.fields), default=0)


def _fact_lines(views: Sequence[View], console: Console) -> None:
    """The facts unboxed, for a terminal too narrow to box a word of them whole: each wraps at
    its words beside its heading, and one with a word too long for the line (a path, an id) is
    written whole, which the terminal wraps for the eye and a copy takes as it is."""
    for view in views:
        console.print(Text(view.heading, style="bold"), soft_wrap=True)
        headings = _headings(view)
        for field in view.fields:
            if _longest_word([field.value]) <= console.width - headings - FACT_GAP:
                grid = Table.grid(padding=(0, FACT_GAP))
                grid.add_column(style="bold", width=headings)
                grid.add_column()
                grid.add_row(field.heading, Text(field.value))
                console.print(grid)
            else:
                heading = field.heading + " " * (headings - cell_len(field.heading) + FACT_GAP)
                console.print(Text.assemble((heading, "bold"), field.value), soft_wrap=True)
        console.print()


def _facts(view: View, width: int) -> Panel:
    """A value folds rather than ending in "…": an id is copied from here. A heading wider than
    the border is left off it, the first fact says it whole."""
    grid = Table.grid(padding=(0, FACT_GAP))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    for field in view.fields:
        grid.add_row(field.heading, Text(field.value))
    title = Text(view.heading, style="bold") if _fits_border(view.heading, width) else None
    return Panel(grid, title=title, title_align="left")
