"""Write records out: JSON, JSON lines, Markdown, plain text for pipes, Rich for terminals.

Each record type has one row of fields (`row`), used by the plain, Markdown and Rich outputs alike,
and one JSON shape (`to_json` on the record). Rich is imported only when a terminal is the
destination (see `terminal.py`).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from .model import (
    JSON,
    Citation,
    Clause,
    Event,
    Outcome,
    Person,
    Preamble,
    Record,
    Section,
    Statement,
    Summit,
    Topic,
)
from .search import Hit

Item = Record | Hit | Citation
FORMATS = ("auto", "rich", "plain", "json", "jsonl", "markdown")


class OutputClosedError(Exception):
    """The reader of our output went away (`summit quotes | head -1`): stop quietly."""


def choose_format(as_json: bool, as_jsonl: bool, chosen: str, stream: TextIO) -> str:
    """`--json` and `--jsonl` win over `--format`; `auto` is Rich on a terminal, else plain."""
    if as_json:
        return "json"
    if as_jsonl:
        return "jsonl"
    if chosen != "auto":
        return chosen
    return "rich" if stream.isatty() and os.environ.get("TERM") != "dumb" else "plain"


def headers(item: Item) -> tuple[str, ...]:
    match item:
        case Hit() | Clause() | Preamble() | Statement():
            return ("Ref", "Who / where", "Text")
        case Section():
            return ("Ref", "Section", "Clauses")
        case Outcome():
            return ("Ref", "Outcome (curated)", "Refs")
        case Event():
            return ("Date", "Event (curated)", "Refs")
        case Person():
            return ("Name", "Role", "Statements", "Aliases")
        case Topic():
            return ("Topic", "Description", "Records")
        case Citation():
            return ("Citation",)


def row(item: Item, qualify: bool = False) -> list[str]:
    """The fields of one record as text; `qualify` prefixes refs with their summit's id."""

    def ref(value: str) -> str:
        return f"{item.summit}:{value}" if qualify else value

    match item:
        case Hit():
            return row(item.record, qualify)
        case Clause():
            return [ref(item.ref), item.section_title, item.text]
        case Preamble():
            return [ref(item.ref), "preamble", item.text]
        case Statement():
            return [ref(item.ref), item.speaker_names, item.text]
        case Section():
            return [ref(item.ref), item.title, str(len(item.clauses))]
        case Outcome():
            return [ref(item.ref), item.title, ", ".join(item.refs)]
        case Event():
            return [item.date, item.event, ", ".join(item.refs)]
        case Person():
            return [item.name, item.role, str(item.statements), ", ".join(item.aliases)]
        case Topic():
            return [item.name, item.description, str(item.records)]
        case Citation():
            return [item.text]


def expand(items: Sequence[Item], with_clauses: bool) -> list[Item]:
    """Sections followed by their clauses, for the line-per-record outputs."""
    expanded: list[Item] = []
    for item in items:
        expanded.append(item)
        if with_clauses and isinstance(item, Section):
            expanded.extend(item.clauses)
    return expanded


def render(
    items: Sequence[Item],
    fmt: str,
    *,
    detail: bool = False,
    with_clauses: bool = False,
    title: str = "",
    qualify: bool = False,
    stream: TextIO | None = None,
) -> None:
    """Write the items in the chosen format: `detail` shows whole records, not a table."""
    with _reader_may_leave():
        _render(items, fmt, detail, with_clauses, title, qualify, stream or sys.stdout)


def _render(
    items: Sequence[Item],
    fmt: str,
    detail: bool,
    with_clauses: bool,
    title: str,
    qualify: bool,
    out: TextIO,
) -> None:
    if fmt == "json":
        _write_json([item.to_json() for item in items], out)
    elif fmt == "jsonl":
        out.writelines(_dumps(item.to_json()) + "\n" for item in items)
    elif fmt == "markdown":
        out.write(markdown(items, with_clauses, qualify))
    elif fmt == "rich":
        from . import terminal

        terminal.show(items, detail=detail, with_clauses=with_clauses, title=title, qualify=qualify)
    else:
        out.writelines("\t".join(row(item, qualify)) + "\n" for item in expand(items, with_clauses))


def render_summits(summits: Sequence[Summit], fmt: str, stream: TextIO | None = None) -> None:
    """`summit info`: one summit as an object, a corpus as an array of them."""
    with _reader_may_leave():
        _render_summits(summits, fmt, stream or sys.stdout)


def _render_summits(summits: Sequence[Summit], fmt: str, out: TextIO) -> None:
    objects = [summit.to_json() for summit in summits]
    if fmt in ("json", "jsonl"):
        single = fmt == "json" and len(objects) == 1
        if fmt == "json":
            _write_json(objects[0] if single else objects, out)
        else:
            out.writelines(_dumps(obj) + "\n" for obj in objects)
    elif fmt == "rich":
        from . import terminal

        terminal.show_summits(objects)
    else:
        separator = ": " if fmt == "markdown" else "\t"
        bullet = "- " if fmt == "markdown" else ""
        for obj in objects:
            out.writelines(f"{bullet}{key}{separator}{value}\n" for key, value in summary(obj))


def summary(summit: JSON) -> list[tuple[str, str]]:
    """The summit at a glance as (label, value) lines, for text outputs."""
    meetings = [
        ", ".join(
            filter(None, (m["name"], m.get("start") and f"from {m['start']}", m.get("duration")))
        )
        for m in summit["meetings"]
    ]
    counts = ", ".join(f"{n} {name}" for name, n in summit["counts"].items())
    return [
        ("summit", summit["title"]),
        ("id", summit["id"]),
        ("date", summit["date"]),
        ("place", f"{summit['venue']}, {summit['city']}, {summit['country']}"),
        ("visit", summit["visit"]),
        *(("participant", f"{p['name']} ({p['role']})") for p in summit["participants"]),
        *(("meeting", meeting) for meeting in meetings),
        ("document", summit["document"]),
        ("counts", counts),
        ("file", summit["file"]),
    ]


def markdown(items: Sequence[Item], with_clauses: bool, qualify: bool) -> str:
    """Quotable text as block quotes with their reference; other records as a table."""
    blocks: list[str] = []
    table: list[list[str]] = []
    for item in expand(items, with_clauses):
        fields = row(item, qualify)
        record = item.record if isinstance(item, Hit) else item
        if isinstance(record, Clause | Preamble | Statement):
            ref, who, text = fields
            kind = f", {record.kind}" if isinstance(record, Statement) else ""
            blocks.append(f"> {text}\n\n— **{ref}** ({who}{kind})\n")
        elif isinstance(record, Citation):
            blocks.append(f"- {record.text}\n")
        elif isinstance(record, Section) and with_clauses:
            blocks.append(f"## {fields[0]}. {fields[1]}\n")
        else:
            if not table:
                table = [list(headers(record)), ["---"] * len(headers(record))]
            table.append([field.replace("|", "\\|") for field in fields])
    if table:
        blocks.append("\n".join("| " + " | ".join(cells) + " |" for cells in table) + "\n")
    return "\n".join(blocks)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _write_json(value: object, out: TextIO) -> None:
    """Indented for a person at a terminal, compact for a program (as `gh` does): the
    compact form is also what Python's C encoder writes, several times faster."""
    indent = 2 if out.isatty() else None
    out.write(json.dumps(value, ensure_ascii=False, indent=indent) + "\n")


def write_json(value: object, stream: TextIO | None = None) -> None:
    with _reader_may_leave():
        _write_json(value, stream or sys.stdout)


def write_lines(lines: Sequence[str], stream: TextIO | None = None) -> None:
    with _reader_may_leave():
        (stream or sys.stdout).writelines(line + "\n" for line in lines)


@contextmanager
def _reader_may_leave() -> Iterator[None]:
    """Turn a closed pipe into OutputClosedError, which Typer does not intercept (it exits 1)."""
    try:
        yield
    except BrokenPipeError:
        raise OutputClosedError from None
