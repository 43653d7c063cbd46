"""JSON: an array (`--json`), or a record a line (`--jsonl`), of each view's `json`."""

from collections.abc import Sequence

import msgspec

from ..output import Output
from ..views import View


def write(views: Sequence[View], output: Output, *, fmt: str, one: bool, **_: object) -> None:
    objects = [view.json for view in views]
    if fmt == "jsonl":
        output.stream.writelines(dumps(obj) + "\n" for obj in objects)
    else:
        write_json(objects[0] if one and len(objects) == 1 else objects, output)


def dumps(value: object) -> str:
    """Compact JSON, UTF-8 letters as they are (msgspec writes it in C, and spares the call
    importing the standard library's json)."""
    return msgspec.json.encode(value).decode()


def write_json(value: object, output: Output) -> None:
    """Indented for a person at a terminal, compact for a program (as `gh` does)."""
    text = dumps(value)
    output.stream.write((msgspec.json.format(text, indent=2) if output.terminal else text) + "\n")
