"""Rich output for a terminal. Imported only when stdout is one, since Rich costs ~100 ms to load.

Text from the data always goes through `Text(...)`, never through markup parsing, so a clause that
contains `[bold]` prints those characters as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .layout import expand, headers, row_fields, summary
from .model import JSON, Citation, Clause, Hit, Item, Outcome, Searchable, Section, Statement

if TYPE_CHECKING:
    from .compare import Alignment

NARROW = 80
"""Below this many columns, a table of passages gives the text three columns' width."""
RATIOS = {
    ("Ref", "Section / clause"): (None, 1),
    ("Ref", "Who / where", "Kind", "Text"): (None, None, None, 1),
    ("Ref", "Who / where", "Text"): (None, None, 1),
    ("Ref", "Outcome (curated)", "Signed", "Echoed by", "Not signed"): (None, 4, None, None, 2),
    ("Date", "Event (curated)", "Refs", "Date inferred from"): (None, 3, None, 2),
}
"""How the width left by fixed columns is shared: the longest field gets most."""
REF_STYLE = "bold cyan"
WHO_STYLE = "magenta"
MATCH_STYLE = "bold black on yellow"


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """Rich would exit 1 here; raise instead, so that a closed pipe ends quietly with 0."""
        raise BrokenPipeError


console = _Console(highlight=False)


def use_colour(choice: str) -> None:
    """`--color`: always (even into a pipe, for `less -R`), never, or auto (a terminal that does
    not ask for NO_COLOR; FORCE_COLOR forces it)."""
    global console
    forced = {"always": True, "never": None}.get(choice)
    console = _Console(highlight=False, force_terminal=forced, no_color=choice == "never" or None)


def _text(value: str, hit: Hit | None = None) -> Text:
    text = Text(value)
    if hit is not None:
        for start, end in hit.spans:
            text.stylize(MATCH_STYLE, start, end)
    return text


def show(
    items: Sequence[Item], *, detail: bool, with_clauses: bool, title: str, qualify: bool
) -> None:
    if detail:
        console.print(*(_panel(item, qualify) for item in items))
        return
    if all(isinstance(item, Citation) for item in items):
        console.print(*(_text(item.text) for item in items if isinstance(item, Citation)))
        return
    sections_with_clauses = with_clauses and isinstance(items[0], Section)
    names = ("Ref", "Section / clause") if sections_with_clauses else headers(items[0])
    passages = names[1] == "Who / where"
    narrow = passages and console.width < NARROW
    if narrow:  # the kind goes under who said it, so that the text keeps most of the width
        names = (names[0], names[1], names[3])
    table = Table(
        *names,
        title=Text(title, style="italic") if title else None,
        box=box.SIMPLE_HEAD,
        show_lines=with_clauses,
        title_justify="left",
        expand=names in RATIOS,  # ratios share the terminal's width only in a full-width table
    )
    table.columns[0].style = REF_STYLE
    table.columns[0].no_wrap = True
    table.columns[1].style = WHO_STYLE
    # The longest field (the verbatim text, an outcome's title) takes the width the others leave.
    for column, ratio in zip(table.columns, RATIOS.get(names, ()), strict=False):
        column.ratio = ratio
        column.min_width = max(map(len, str(column.header).split()))  # headers never cut
    for column in table.columns:
        if column.header in ("Signed", "Echoed by", "Refs"):
            column.max_width = 12  # lists of refs wrap; the text beside them should not
    if passages:
        table.columns[1].max_width = min(32, max(12, console.width // 4))
    if passages and not narrow:
        table.columns[2].style = "dim"
        table.columns[2].max_width = 10
    if isinstance(items[0], Hit):
        table.add_column("Score", justify="right", style="dim")
    expanded = expand(items, with_clauses)
    for item, fields in zip(expanded, row_fields(expanded, qualify, with_clauses), strict=True):
        hit = item if isinstance(item, Hit) else None
        if sections_with_clauses:  # the clause under its section, the title said once
            fields = [fields[0], fields[-1] if isinstance(item, Clause) else fields[1]]
        cells = [_text(cell) for cell in fields]
        if narrow:
            cells[1].append(f"\n{fields[2]}", style="dim")
            del cells[2]
        if isinstance(item, Clause) and sections_with_clauses:
            cells[1].stylize("default")
        if hit is not None:
            cells[-1] = _text(hit.record.text, hit)
            cells.append(Text(f"{hit.score:.2f}"))
        table.add_row(*cells)
    console.print(table)


SAID_ONLY_STYLE = "bold magenta"
SIGNED_ONLY_STYLE = "bold green"


def _alignment(alignment: Alignment, qualify: bool) -> Panel:
    """A statement beside (or, when narrow, above) the release record it echoes best, the
    shared phrases highlighted on both, then the terms only said and only signed."""
    statement = alignment.statement
    title = Text(statement.cited(statement.ref, qualify), style=REF_STYLE)
    title.append(f" ({statement.kind}) \u2014 {alignment.verdict}", style="dim")
    said = _spans(statement.text, alignment.best.said_spans if alignment.best else [])
    lines: list[Table | Text] = []
    for link, record in zip(alignment.links, alignment.records, strict=True):
        signed = _spans(record.text, link.signed_spans)
        grid = Table.grid(padding=(0, 2), expand=True)
        if statement.kind == "account":  # the article's words: nobody said them
            subjects = " & ".join(p.name for p in statement.subject_people)
            heading = Text.assemble(("The article's account", WHO_STYLE), f", about {subjects}")
        else:
            heading = Text.assemble((statement.who, WHO_STYLE), " said")
        signed_heading = Text.assemble(
            (record.cited(record.ref, qualify), REF_STYLE), f" signed (score {link.score:.2f})"
        )
        if console.width >= NARROW:
            grid.add_column(ratio=1)
            grid.add_column(ratio=1)
            grid.add_row(heading, signed_heading)
            grid.add_row(said, signed)
        else:
            grid.add_column()
            grid.add_row(heading)
            grid.add_row(said)
            grid.add_row(signed_heading)
            grid.add_row(signed)
        lines.append(grid)
        lines.append(Text.assemble(("Shared: ", "dim"), ", ".join(link.shared)))
        lines.append(
            Text.assemble(("Only said: ", "dim"), (", ".join(link.said_only), SAID_ONLY_STYLE))
        )
        lines.append(
            Text.assemble(
                ("Only signed: ", "dim"), (", ".join(link.signed_only), SIGNED_ONLY_STYLE)
            )
        )
    if not alignment.links:
        lines += [Text(statement.who, style=WHO_STYLE), said]
    return Panel(Group(*lines), title=title, title_align="left", box=box.ROUNDED)


def _spans(text: str, spans: Sequence[tuple[int, int]]) -> Text:
    styled = Text(text)
    for start, end in spans:
        styled.stylize(MATCH_STYLE, start, end)
    return styled


def _panel(item: Item, qualify: bool) -> Panel:
    """One record in a box: the ref and kind as its title, then who said it (or where it stands)
    in full, the verbatim text, the article's framing of a quotation, and whatever the curators
    added or inferred, marked as such."""
    if getattr(item, "TYPE", None) == "alignment":
        return _alignment(item, qualify)
    record = item.record if isinstance(item, Hit) else item
    fields = record.row(qualify)
    title = Text(fields[0], style=REF_STYLE)
    lines: list[Text] = []
    if isinstance(record, Section):
        lines.append(Text(record.title, style=WHO_STYLE))
        lines += [Text.assemble((c.ref, REF_STYLE), "  ", c.text) for c in record.clauses]
    elif isinstance(record, Outcome):
        title.append(" (outcome, curated)", style="dim")
        lines.append(_text(record.title))
        lines.append(Text(f"Signed: {', '.join(record.signed)}", style="dim"))
        if record.echoes:
            lines.append(Text(f"Echoed by: {', '.join(record.echoes)}", style="dim"))
        if record.not_signed:
            lines.append(Text(f"Not signed: {record.not_signed}", style="dim italic"))
    elif isinstance(record, Searchable):
        title.append(f" ({record.kind})", style="dim")
        lines += [Text(record.who, style=WHO_STYLE), _text(record.text)]
        if isinstance(record, Statement):
            lines += _statement_context(record)
    else:  # records without text of their own: citations, events, people, topics, echoes
        lines += [_text(field) for field in fields[1:] if field]
    if isinstance(record, Searchable):
        lines += [Text(f"Note (curation): {n}", style="dim italic") for n in record.curation.notes]
    return Panel(Group(*lines), title=title, title_align="left", box=box.ROUNDED)


def _statement_context(statement: Statement) -> list[Text]:
    lines = []
    if statement.attribution:
        lines.append(Text(f"Framed by the article: {statement.attribution}", style="dim"))
    setting = statement.curation.setting
    if statement.meeting and setting:
        inferred = f"Setting (inferred): {statement.meeting.name}. {setting.basis}"
        lines.append(Text(inferred, style="dim italic"))
    return lines


def show_summits(objects: Sequence[JSON]) -> None:
    for obj in objects:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        for label, value in summary(obj):
            grid.add_row(label, Text(value))
        console.print(Panel(grid, title=Text(obj["title"], style="bold"), title_align="left"))
