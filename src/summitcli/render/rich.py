"""Rich output for a terminal. Imported only when output goes to one: Rich costs ~100 ms to load.

Text from the data always goes through `Text(...)`, never through markup parsing, so a clause
that contains `[bold]` prints those characters as they are.
"""

from collections.abc import Sequence

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..output import Output
from ..views import Beside, Block, Quote, View
from . import with_parts
from .plain import CURATION_ONLY

NARROW = 80
"""Below this many columns, a table of passages gives the text three columns' width."""
RATIOS = {
    ("Ref", "Who / where", "Kind", "Text"): (None, None, None, 1),
    ("Ref", "Who / where", "Text"): (None, None, 1),
    ("Ref", "Outcome (curated)", "Signed", "Echoed by", "Not signed"): (None, 4, None, None, 2),
    ("Date", "Event (curated)", "Refs", "Date inferred from"): (None, 3, None, 2),
}
"""How the width left by fixed columns is shared: the longest field gets most."""
REF_LISTS = ("Signed", "Echoed by", "Refs")
"""Columns of refs: they wrap, so that the text beside them need not."""
REF_STYLE = "bold cyan"
WHO_STYLE = "magenta"
MATCH_STYLE = "bold black on yellow"
CURATED_STYLE = "dim italic"


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich would exit 1 here; raise instead, so that a closed pipe ends quietly with 0."""
        raise BrokenPipeError


def console_for(output: Output) -> Console:
    forced = {"always": True, "never": None}.get(output.colour)
    return _Console(
        file=output.stream,
        highlight=False,
        force_terminal=forced or output.forced_colour or None,
        no_color=output.colour == "never" or None,
        width=output.width,
    )


def write(views: Sequence[View], output: Output, *, whole: bool, title: str, **_: object) -> None:
    console = console_for(output)
    if whole:
        console.print(*(_panel(view, console.width) for view in views))
    elif all(view.pairs for view in views):
        console.print(*(_facts(view) for view in views))
    elif all(len(view.fields) == 1 for view in views):
        console.print(*(Text(view.fields[0].value) for view in views))
    else:
        console.print(_table(views, title, console.width))
    curation_only = [view.fields[0].value for view in views if view.curation_only]
    if curation_only:
        console.print(Text(f"{', '.join(curation_only)}: {CURATION_ONLY}", style=CURATED_STYLE))


def _highlighted(value: str, spans: Sequence[tuple[int, int]] = ()) -> Text:
    text = Text(value)
    for start, end in spans:
        text.stylize(MATCH_STYLE, start, end)
    return text


def _table(views: Sequence[View], title: str, width: int) -> Table:
    names = views[0].labels
    passages = names == ("Ref", "Who / where", "Kind", "Text")
    narrow = passages and width < NARROW
    if narrow:  # the kind goes under who said it, so that the text keeps most of the width
        names = ("Ref", "Who / where", "Text")
    table = Table(
        *names,
        title=Text(title, style="italic") if title else None,
        box=box.SIMPLE_HEAD,
        title_justify="left",
        expand=names in RATIOS,  # ratios share the terminal's width only in a full-width table
    )
    table.columns[0].style = REF_STYLE
    table.columns[0].no_wrap = True
    if len(table.columns) > 1:
        table.columns[1].style = WHO_STYLE
    for column, ratio in zip(table.columns, RATIOS.get(names, ()), strict=False):
        column.ratio = ratio
        column.min_width = max(map(len, str(column.header).split()))  # headers never cut
    for column in table.columns:
        if column.header in REF_LISTS:
            column.max_width = 12
    if passages:
        table.columns[1].max_width = min(32, max(12, width // 4))
    if passages and not narrow:
        table.columns[2].style = "dim"
        table.columns[2].max_width = 10
    scored = any(view.score is not None for view in views)
    if scored:
        table.add_column("Score", justify="right", style="dim")
    for view in views:
        cells = [Text(value) for value in view.values]
        if view.quote is not None and passages:
            cells[-1] = _highlighted(view.quote.text, view.quote.spans)
        if narrow:
            cells[1].append(f"\n{view.values[2]}", style="dim")
            del cells[2]
        if scored:
            mark = " (curation)" if view.curation_only else ""
            cells.append(Text(f"{view.score or 0:.2f}{mark}"))
        table.add_row(*cells[: len(table.columns)])
    return table


def _panel(view: View, width: int) -> Panel:
    """One record in a box: its heading as title, then its lines (who said it and the verbatim
    text, the article's framing, and whatever the curators added, marked as such), then the
    records listed under it."""
    ref, _, rest = view.heading.partition(" ")
    title = Text(ref, style=REF_STYLE)
    title.append(f" {rest}" if rest else "", style="dim")
    lines: list[Text | Table] = [line for block in view.body for line in _lines(block, width)]
    for part in with_parts(view.parts):
        shown = part.quote.text if part.quote else "  ".join(part.values[1:])
        lines.append(Text.assemble((part.fields[0].value, REF_STYLE), "  ", shown))
    return Panel(Group(*lines), title=title, title_align="left", box=box.ROUNDED)


def _lines(block: Block, width: int) -> list[Text | Table]:
    if isinstance(block, Quote):
        return [Text(block.who, style=WHO_STYLE), _highlighted(block.text, block.spans)]
    if isinstance(block, Beside):
        grid = Table.grid(padding=(0, 2), expand=True)
        if width < NARROW:
            grid.add_column()
            for quote in (block.left, block.right):
                grid.add_row(Text(quote.who, style=WHO_STYLE))
                grid.add_row(_highlighted(quote.text, quote.spans))
        else:
            grid.add_column(ratio=1)
            grid.add_column(ratio=1)
            grid.add_row(*(Text(q.who, style=WHO_STYLE) for q in (block.left, block.right)))
            grid.add_row(*(_highlighted(q.text, q.spans) for q in (block.left, block.right)))
        return [grid]
    if not block.value:
        return []
    style = CURATED_STYLE if block.curated else "dim"
    return [Text(f"{block.label}: {block.value}", style=style)]


def _facts(view: View) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for field in view.fields:
        grid.add_row(field.label, Text(field.value))
    return Panel(grid, title=Text(view.heading, style="bold"), title_align="left")
