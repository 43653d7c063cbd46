"""Records as text: the plain (piped) lines, the Markdown report and the `info` summary.

Each record type says which fields it shows (`HEADERS`, `row()` in `model.py`); this module only
arranges them, so that every text format shows the same fields in the same order.
"""

from collections.abc import Sequence

from .model import JSON, Citation, Hit, Item, Outcome, Searchable, Section


def headers(item: Item) -> tuple[str, ...]:
    record = item.record if isinstance(item, Hit) else item
    return tuple(record.HEADERS)


def expand(items: Sequence[Item], with_clauses: bool) -> list[Item]:
    """Sections followed by their clauses, for the line-per-record outputs (an expanded list of
    outcomes comes with its records already)."""
    expanded: list[Item] = []
    for item in items:
        expanded.append(item)
        if with_clauses and isinstance(item, Section):
            expanded.extend(item.clauses)
    return expanded


def row_fields(items: Sequence[Item], qualify: bool, with_clauses: bool) -> list[list[str]]:
    """Each item's text fields. A section is listed as `NUMBER  TITLE  CLAUSE-COUNT` among
    sections, or followed by its clauses; among other passages (`summit read`) it is a passage
    like them, `REF  WHO  KIND  TEXT`."""
    listing = with_clauses or all(isinstance(item, Section) for item in items)
    return [
        item.passage_row(qualify)
        if isinstance(item, Section) and not listing
        else item.row(qualify)
        for item in items
    ]


def lines(items: Sequence[Item], with_clauses: bool, qualify: bool) -> list[str]:
    """One tab-separated line per record."""
    expanded = expand(items, with_clauses)
    return ["\t".join(fields) for fields in row_fields(expanded, qualify, with_clauses)]


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
        ("source", ", ".join(filter(None, summit["source"].values()))),
        ("file", summit["file"]),
    ]


def markdown(items: Sequence[Item], with_clauses: bool, qualify: bool) -> str:
    """Quotable text as block quotes with their reference; other records as a table."""
    blocks: list[str] = []
    table: list[list[str]] = []
    for item in expand(items, with_clauses):
        fields = item.row(qualify)
        record = item.record if isinstance(item, Hit) else item
        if isinstance(record, Section) and with_clauses:
            blocks.append(f"## {fields[0]}. {fields[1]}\n")
        elif isinstance(record, Outcome) and with_clauses:
            ref, title, signed, echoes, not_signed = fields
            lines = [f"## {ref}. {title} (curated)\n", f"Signed: {signed}."]
            lines += [f"Echoed by: {echoes}."] if echoes else []
            lines += [f"Not signed: {not_signed}"] if not_signed else []
            blocks.append("\n".join(lines) + "\n")
        elif hasattr(record, "markdown"):  # a record that lays itself out (compare's)
            blocks.append(record.markdown(qualify))
        elif isinstance(record, Searchable):
            ref, who, kind, text = fields
            blocks.append(f"> {text}\n\n— **{ref}** ({who}, {kind})\n")
        elif isinstance(record, Citation):
            blocks.append(f"- {record.text}\n")
        else:
            if not table:
                table = [list(headers(record)), ["---"] * len(headers(record))]
            table.append([field.replace("|", "\\|") for field in fields])
    if table:
        blocks.append("\n".join("| " + " | ".join(cells) + " |" for cells in table) + "\n")
    return "\n".join(blocks)
