"""The JSON Schema of a summit file, generated from `model.py` so that the format is written once.

`python -m summitcli.schema` prints it; `data/summit.schema.json` is that output, committed for
curators' editors, and a test fails when the two differ.
"""

from __future__ import annotations

import json
from typing import Any, get_args

import msgspec

from .model import IsoDate, Summit, SummitFact

DESCRIPTION = (
    "A hand-curated encoding of one summit: its joint document verbatim, who said what, and the "
    "curators' additions kept apart under 'curation'. Verbatim fields ('text', 'title', 'name', "
    "'role') are copied from the source; everything in a 'curation' object is added by the "
    "curators. Generated from summitcli/model.py. Beyond this schema, summit checks that dates "
    "are on the calendar, that refs and ids are unique, that every cited ref, person, meeting and "
    "topic exists, and that a corpus uses each summit id once."
)


def _schema_hook(kind: type) -> dict[str, Any]:
    if kind is IsoDate:
        description = f"{IsoDate.DESCRIPTION}, on the calendar"
        return {"type": "string", "pattern": IsoDate.PATTERN, "description": description}
    raise NotImplementedError(kind)


def json_schema() -> dict[str, Any]:
    generated = msgspec.json.schema(Summit, schema_hook=_schema_hook)
    facts = generated["$defs"]["CurationLayer"]["properties"]["facts"]
    facts["propertyNames"] = {"enum": list(get_args(SummitFact))}  # msgspec leaves keys out
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.invalid/summit/summit.schema.json",
        "title": "Summit file",
        "description": DESCRIPTION,
        **generated,
    }


def schema_text() -> str:
    """ASCII: the text pattern holds invisible characters, which an editor would not show."""
    return json.dumps(json_schema(), indent=2) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
