"""Records as text fields: one row per record type, shared by the plain, Markdown and Rich
outputs, so that every format shows the same fields in the same order."""

from collections.abc import Sequence

from .model import (
    JSON,
    Citation,
    Clause,
    Event,
    Hit,
    Outcome,
    Person,
    Preamble,
    Record,
    Section,
    Statement,
    Topic,
)

Item = Record | Hit | Citation


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
