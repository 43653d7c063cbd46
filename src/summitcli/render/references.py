"""Citations for reference managers: BibTeX, CSL-JSON and RIS, from each view's `reference`."""

from collections.abc import Sequence

import msgspec

from ..output import Output
from ..views import UNKNOWN_DATE, Reference, View


def write(views: Sequence[View], output: Output, *, fmt: str, **_: object) -> None:
    entries = [view.reference for view in views if view.reference is not None]
    if fmt == "csl-json":
        text = msgspec.json.format(msgspec.json.encode([csl(e) for e in entries])).decode()
    elif fmt == "ris":
        text = "".join(ris(entry) for entry in entries).rstrip("\n")
    else:
        text = "\n".join(bibtex(entry) for entry in entries).rstrip("\n")
    output.stream.write(text + "\n")


LATEX_SPECIAL = {
    "\\": "\\textbackslash{}",
    "{": "\\textbraceleft{}",
    "}": "\\textbraceright{}",
    "~": "\\textasciitilde{}",
    "^": "\\textasciicircum{}",
    **{char: "\\" + char for char in "&%$#_"},
}
"""What LaTeX reads as commands, as the text macros that print the character. Braces become
macros too, not `\\{`: BibTeX counts braces whatever precedes them, so a lone `\\{` would leave a
field unbalanced."""
LIGATURES = ("--", "``", "''", ",,", "<<", ">>", "!`", "?`")
"""Pairs the usual fonts join into another character (`--` is an en dash): `{}` keeps them apart."""


def latex_escaped(text: str) -> str:
    """The text as LaTeX prints it back, character for character, inside a BibTeX field."""
    out = "".join(LATEX_SPECIAL.get(char, char) for char in text)
    for pair in LIGATURES:
        while pair in out:
            out = out.replace(pair, pair[0] + "{}" + pair[1])
    return out


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
"""BibTeX's month macros, unbraced: classic styles print them as the month's name."""


def bibtex(entry: Reference) -> str:
    date = entry.date
    fields = {
        "title": "{" + latex_escaped(entry.title) + "}",  # as written: no style lowers a name
        "author": " and ".join("{" + latex_escaped(name) + "}" for name in entry.authors),
        "howpublished": latex_escaped(entry.event),
        "address": latex_escaped(entry.place),
        "year": str(date[0]) if date else "",  # unknown: the title and howpublished say so
        "month": MONTHS[date[1] - 1] if len(date) > 1 else "",
        "date": "-".join(f"{part:02}" for part in date),  # biblatex's ISO date, as precise
        "note": latex_escaped(entry.note),
    }
    lines = [
        f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
        for name, value in fields.items()
        if value
    ]
    return f"@misc{{{entry.key},\n" + ",\n".join(lines) + "\n}\n"


def csl(entry: Reference) -> dict[str, object]:
    return {
        "id": entry.key,
        "type": "speech" if entry.speech else "document",
        "title": entry.title,
        "author": [{"literal": name} for name in entry.authors],
        "container-title": entry.document,
        "event": entry.event,
        **({"event-place": entry.place, "publisher-place": entry.place} if entry.place else {}),
        "issued": {"date-parts": [list(entry.date)]}  # as precise as the date
        if entry.date
        else {"literal": UNKNOWN_DATE},
        "note": entry.note,
    }


def ris(entry: Reference) -> str:
    date = entry.date
    lines = [("TY", "GEN"), ("ID", entry.key), ("TI", entry.title)]
    lines += [("AU", name) for name in entry.authors]
    lines += [("T2", entry.document)] + ([("CY", entry.place)] if entry.place else [])
    lines += [("PY", str(date[0]))] if date else []  # unknown: the title says so
    if len(date) > 1:  # DA is YYYY/MM/DD: a year alone is all in PY
        lines.append(("DA", "/".join(f"{part:02}" for part in date)))
    lines += [("N1", entry.note), ("ER", "")]
    return "".join(f"{tag}  - {value}\n" for tag, value in lines)
