"""What can be wrong with a summit file, each problem with its JSON path: one module for the
loader, which asks on every call, and for `summit validate`, which lists every problem.

msgspec decodes a file straight into the classes of `model.py` and stops at its first problem;
the forms the schema gives strings (patterns: refs, ids, clock times, non-blank text without
control or format characters) are checked after decoding, by `text_problems` and
`form_problems`, cheaply enough for every call; `links.py` checks what a type cannot say. A file
any of them refuses is explained by `file_problems`, which is what `validate` says: the schema's
problems (all of them; jsonschema is imported only then), else the decoder's, else those of the
checks after decoding. So the loader refuses exactly the files `validate` refuses, and its
message is validate's first problem; a file none of them refuses is never read by the schema
(which took four fifths of `validate`'s time on a corpus: a test sweeps every field to hold
that it would find nothing there).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, get_args

import msgspec

from . import links, model
from .model import CONTROL_CHARACTERS, IsoDate, Summit

if TYPE_CHECKING:
    from jsonschema import ValidationError

Problem = tuple[str, str]
"""(JSON path, message); the path is empty for a problem with the whole file."""

JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    type(None): "null",
}


def decode_hook(kind: type, value: Any) -> Any:
    """The types msgspec does not know: only `IsoDate`, which must be on the calendar."""
    if kind is IsoDate:
        return IsoDate.parse(value)
    raise NotImplementedError(kind)


DECODER = msgspec.json.Decoder(Summit, dec_hook=decode_hook)
DECODING_ERRORS = (msgspec.ValidationError, msgspec.DecodeError, UnicodeDecodeError)


def decode(raw: bytes) -> Summit:
    summit: Summit = DECODER.decode(raw)
    return summit


def loaded(raw: bytes) -> tuple[Summit | None, list[Problem]]:
    """The summit a file holds, or None and validate's problems with it (a record that cites an
    id of the wrong form breaks a link here, and its form in the schema: validate says the
    latter, so the loader asks validate whatever is wrong)."""
    summit = taken(raw)
    return (summit, []) if summit is not None else (None, file_problems(raw)[1])


def taken(raw: bytes) -> Summit | None:
    """The summit a file holds if every check of the loader takes it, else None."""
    try:
        summit = decode(raw)
    except DECODING_ERRORS:
        return None
    if text_problems(raw) or form_problems(summit) or links.problems(summit):
        return None
    return summit


def file_problems(raw: bytes) -> tuple[Summit | None, list[Problem]]:
    """The summit a file holds, or None, and every problem of it: the schema's (all of them),
    then what only the decoder sees (dates on the calendar), then the checks after decoding."""
    found = document_problems(raw)
    if found:
        return None, found
    try:
        summit = decode(raw)
    except DECODING_ERRORS as error:
        return None, [decoder_problem(error)]
    found = text_problems(raw) or form_problems(summit) or links.problems(summit)
    return (None if found else summit), found


# Strings: no control or format character, not blank. -----------------------------------------

PLAIN_ESCAPES = b'"\\/'
"""What may follow a backslash without making the file suspect: `\\"`, `\\\\` and `\\/`."""
SUSPECT_CODES = frozenset(
    {
        *range(0xA1),
        0xAD,
        *range(0x600, 0x606),
        0x61C,
        0x6DD,
        0x70F,
        0x890,
        0x891,
        0x8E2,
        0x1680,
        0x180E,
        *range(0x2000, 0x200C),
        0x200E,
        0x200F,
        *range(0x2028, 0x2030),
        *range(0x205F, 0x2070),
        0x3000,
        0xFEFF,
        0xFFF9,
        0xFFFA,
        0xFFFB,
        0xD804,
        0xD80D,
        0xD82F,
        0xD834,
        0xDB40,
    }
)
"""The `\\uXXXX` that may stand for a control, format or space character (for the format
characters above U+FFFF, the first half of their surrogate pair)."""


def _run(prefix: bytes, first: int, last: int) -> tuple[bytes, ...]:
    return tuple(prefix + bytes([byte]) for byte in range(first, last + 1))


SUSPECT_BYTES: tuple[tuple[bytes, tuple[bytes, ...], tuple[bytes, ...]], ...] = (
    # (lead byte, what follows it in a control or format character, ... in a space character)
    (b"\xc2", (*_run(b"", 0x80, 0x9F), b"\xad"), (b"\xa0",)),
    (b"\xd8", (*_run(b"", 0x80, 0x85), b"\x9c"), ()),
    (b"\xdb", (b"\x9d",), ()),
    (b"\xdc", (b"\x8f",), ()),
    (b"\xe0", (b"\xa2\x90", b"\xa2\x91", b"\xa3\xa2"), ()),
    (b"\xe1", (b"\xa0\x8e",), (b"\x9a\x80",)),
    (
        b"\xe2",
        (
            b"\x80\x8b",
            b"\x80\x8e",
            b"\x80\x8f",
            *_run(b"\x80", 0xAA, 0xAE),
            *_run(b"\x81", 0xA0, 0xAF),
        ),
        (*_run(b"\x80", 0x80, 0x8A), b"\x80\xa8", b"\x80\xa9", b"\x80\xaf", b"\x81\x9f"),
    ),
    (b"\xe3", (), (b"\x80\x80",)),
    (b"\xef", (b"\xbb\xbf", b"\xbf\xb9", b"\xbf\xba", b"\xbf\xbb"), ()),
    (b"\xf0", (b"\x91\x82\xbd", b"\x91\x83\x8d", b"\x93\x90", b"\x9b\xb2", b"\x9d\x85"), ()),
    (b"\xf3", (b"\xa0\x80", b"\xa0\x81"), ()),
)
"""The UTF-8 of the format characters (and of C1 controls, and of the space characters, where
one opens a string), by lead byte: a file holds few of these lead bytes, found at C speed."""


def text_problems(raw: bytes) -> list[Problem]:
    """Where a string of the file holds a control or format character, or nothing but spaces.

    JSON admits no raw C0 control inside a string, so such a character is an escape (`\\n`,
    `\\u202e`) or the UTF-8 of DEL, a C1 control or a format character; a blank string opens
    with a space, a space character or an escape. Looking for those in the bytes clears the
    common file at once; only a suspect one is decoded again and walked string by string.
    """
    if not _suspect(raw):
        return []
    found: list[Problem] = []
    _walk(msgspec.json.decode(raw), "$", found)
    return found


def _suspect(raw: bytes) -> bool:
    if b"\x7f" in raw:
        return True
    # Found with bytes.find, not a regular expression, whose compilation would cost every call
    # more than these few loops over a file's backslashes and opening quotes.
    at = raw.find(b"\\")
    while at >= 0:
        following = raw[at + 1]
        if following not in PLAIN_ESCAPES and (
            following != 0x75 or int(raw[at + 2 : at + 6], 16) in SUSPECT_CODES  # \u
        ):
            return True
        at = raw.find(b"\\", at + 1)
    if not raw.isascii():
        for lead, forbidden, spaces in SUSPECT_BYTES:
            at = raw.find(lead)
            while at >= 0:
                if raw.startswith(forbidden, at + 1):
                    return True
                if spaces and raw[at - 1] == 0x22 and raw.startswith(spaces, at + 1):
                    return True  # a string that opens with a space character
                at = raw.find(lead, at + 1)
    at = raw.find(b'" ')
    while at >= 0:  # a string that opens with a space (the quote not an escaped one)
        if raw[at - 1] != 0x5C:
            return True
        at = raw.find(b'" ', at + 1)
    return False


def _walk(value: Any, where: str, found: list[Problem]) -> None:
    if isinstance(value, str):
        if problem := text_problem(value):
            found.append((where, problem))
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{where}.{key}", found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, f"{where}[{index}]", found)


@cache
def _forbidden() -> re.Pattern[str]:
    return re.compile(f"[{CONTROL_CHARACTERS}]")


def text_problem(text: str) -> str | None:
    """What makes a string unfit to show, if anything: a character that is not shown as itself,
    or nothing but spaces (an empty string is the decoder's or the form's to refuse)."""
    if found := _forbidden().search(text):
        import unicodedata

        character = found[0]
        code = f"U+{ord(character):04X}"
        if unicodedata.category(character) == "Cc":
            return f"text contains the control character {code}"
        name = unicodedata.name(character, "")
        return f"text contains the invisible format character {code}{' ' if name else ''}{name}"
    if text.isspace():
        return "text is empty"
    return None


# Refs, ids and clock times. -------------------------------------------------------------------

DIGITS = "0123456789"
ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789-"


NONZERO = frozenset("123456789")


def _number(text: str) -> bool:
    """`[1-9][0-9]*`, by str methods: a regular expression costs each call its compilation."""
    return text[:1] in NONZERO and not text.strip(DIGITS)


def _id(text: str) -> bool:
    """`[a-z0-9][a-z0-9-]*`"""
    return text[:1] not in ("", "-") and not text.strip(ID_CHARACTERS)


def _clause_ref(text: str) -> bool:
    """`[1-9][0-9]*\\.[1-9][0-9]*`"""
    section, dot, clause = text.partition(".")
    return dot == "." and _number(section) and _number(clause)


def _clock_time(text: str) -> bool:
    """`([01][0-9]|2[0-3]):[0-5][0-9]`"""
    hours, minutes = text[:2], text[3:]
    return (
        len(text) == 5
        and text[2] == ":"
        and not (hours + minutes).strip(DIGITS)
        and hours < "24"
        and minutes < "60"
    )


def _ref(prefix: str) -> Callable[[str], bool]:
    """`P[1-9][0-9]*` for the prefix P."""
    return lambda text: text[:1] == prefix and text[1:2] in NONZERO and not text[2:].strip(DIGITS)


FORMS: dict[str, tuple[Callable[[str], bool], Any]] = {
    "id": (_id, model.Id),
    "preamble": (_ref("P"), model.PreambleRef),
    "clause": (_clause_ref, model.ClauseRef),
    "statement": (_ref("S"), model.StatementRef),
    "narration": (_ref("N"), model.NarrationRef),
    "outcome": (_ref("O"), model.OutcomeRef),
    "time": (_clock_time, model.ClockTime),
}
"""Each form of `model.py` but text's: a check, and the type whose pattern it checks (a test
holds each check to its pattern)."""


def form_problems(summit: Summit) -> list[Problem]:
    """Where a ref, id or clock time breaks its form. Only the ids that records are known by are
    checked here: an id that a record cites must be one of them (`links.py`)."""
    release, extra = summit.release, summit.curation
    sections, meetings = release.sections, summit.meetings
    strings: list[tuple[str, list[str], Callable[[], list[str]]]] = [
        ("id", [summit.id], lambda: ["$.id"]),
        ("id", [p.id for p in summit.people], lambda: _paths("$.people[{}].id", summit.people)),
        ("id", [m.id for m in meetings], lambda: _paths("$.meetings[{}].id", meetings)),
        ("id", list(extra.topics), lambda: ["$.curation.topics"] * len(extra.topics)),
        (
            "preamble",
            [p.ref for p in release.preamble],
            lambda: _paths("$.release.preamble[{}].ref", release.preamble),
        ),
        (
            "clause",
            [clause.ref for section in sections for clause in section.clauses],
            lambda: [
                f"$.release.sections[{i}].clauses[{j}].ref"
                for i, section in enumerate(sections)
                for j in range(len(section.clauses))
            ],
        ),
        (
            "statement",
            [s.ref for s in summit.statements],
            lambda: _paths("$.statements[{}].ref", summit.statements),
        ),
        (
            "narration",
            [n.ref for n in summit.narration],
            lambda: _paths("$.narration[{}].ref", summit.narration),
        ),
        (
            "outcome",
            [o.ref for o in extra.outcomes],
            lambda: _paths("$.curation.outcomes[{}].ref", extra.outcomes),
        ),
        (
            "time",
            [m.start for m in meetings if m.start is not None],
            lambda: [
                f"$.meetings[{i}].start" for i, m in enumerate(meetings) if m.start is not None
            ],
        ),
    ]
    found: list[Problem] = []
    for form, values, paths in strings:
        check, kind = FORMS[form]
        if not all(map(check, values)):
            description = get_args(kind)[1].description
            for where, value in zip(paths(), values, strict=True):
                if not check(value):
                    found.append((where, f"expected {description}, found {value!r}"))
    return found


def _paths(template: str, records: Any) -> list[str]:
    return [template.format(index) for index in range(len(records))]


# What the schema and the decoder say. ---------------------------------------------------------


def not_utf8(error: UnicodeDecodeError) -> str:
    """The first byte that is no UTF-8, and where: said alike of a summit file and an article."""
    return f"not valid UTF-8 (byte 0x{error.object[error.start]:02x} at offset {error.start})"


def _ends_early(text: str) -> bool:
    """Whether JSON that fails to parse is cut off (a string or a bracket still open at its
    end), as a file half written is: the parser's "Expecting ',' delimiter at line 202" did not
    say so (new user 53). Read only for a file that failed."""
    depth, in_string, escaping = 0, False, False
    for char in text:
        if escaping:
            escaping = False
        elif in_string:
            escaping, in_string = char == "\\", char != '"'
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return in_string or depth > 0


def document_problems(raw: bytes) -> list[Problem]:
    """What is wrong with a file as JSON, or as the schema generated from the model sees it."""
    import json  # only here: the standard library's json costs every other call its import

    if raw.startswith(b"SQLite format 3\x00"):  # its header: "not UTF-8, byte 0xf6" told nothing
        return [("", SQLITE_FILE)]
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as bad:
        return [("", not_utf8(bad))]
    try:
        document = json.loads(text)
    except json.JSONDecodeError as syntax:
        place = f"at line {syntax.lineno}, column {syntax.colno}"
        where = f"invalid JSON: {syntax.msg.removesuffix(' at')} {place}"  # "starting at"
        if _ends_early(text):
            inside = "inside a string starting " if syntax.msg.startswith("Unterminated") else ""
            cut = "(cut off while it was written?)"
            where = f"invalid JSON: the file ends before its JSON does, {inside}{place} {cut}"
        elif text.lstrip()[:1].isalpha() and text.lstrip()[:4] not in ("true", "fals", "null"):
            where += " (text, not JSON: 'summit draft' makes a summit file of an article)"
        return [("", where)]
    except RecursionError:
        return [("", "invalid JSON: nested too deeply")]
    if isinstance(document, dict) and not document.keys() & SUMMIT_FIELDS:
        return [("", _other_json(document))]
    if isinstance(document, dict) and document.get("format") != _format_read():
        return [("$.format", _other_format(document))]  # its other fields are that format's
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.path)))
    return list(dict.fromkeys(_describe(error) for error in errors))  # one problem, said once


def _format_read() -> object:
    """The one `format` the model takes, read from it: the format is written once."""
    [number] = get_args(next(f.type for f in msgspec.structs.fields(Summit) if f.name == "format"))
    return number


def _other_format(document: dict[str, Any]) -> str:
    read = _format_read()
    if "format" not in document:
        return f'no "format": a summit file says which it is in, "format": {read}'
    number = document["format"]
    if isinstance(number, int) and isinstance(read, int) and number > read:
        return f"format {number} is a later summit's (this one reads format {read}): update summit"
    return f'expected "format": {read}, the format this summit reads, found {number!r}'


SQLITE_FILE = (
    "a SQLite database, not a summit file (as 'summit export sqlite' writes: read it with "
    "sqlite3 or Datasette; --data takes the summit file it was made from)"
)
SUMMIT_FIELDS = ("format", "summit", "release", "statements")
"""Fields every summit file has: a JSON object with none of them is some other file."""


def _other_json(document: dict[str, Any]) -> str:
    """What a JSON object with no summit field is, for a folder that holds it beside summits."""
    if "databases" in document:
        return "is Datasette metadata ('summit export --metadata' writes it), not a summit file"
    return f"is JSON, but not a summit file: it has none of {', '.join(SUMMIT_FIELDS)}"


DECODER_WORDS = {
    "Expected `int`, got `float`": (
        "expected an integer, found a number with a decimal point (2.0 is written 2)"
    ),
}
"""msgspec's words for what the schema lets through, in the words of the checks above: JSON
Schema counts 2.0 an integer, the decoder does not."""


def decoder_problem(error: Exception) -> Problem:
    """msgspec's "MESSAGE - at `PATH`" as (JSON path, message); a dictionary's key is at
    "key` in `PATH"."""
    message, _, where = str(error).partition(" - at `")
    where = where.rstrip("`").removeprefix("key` in `") or "$"
    return where, DECODER_WORDS.get(message, message)


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    from .schema import json_schema

    return Draft202012Validator(json_schema())


def _describe(error: ValidationError) -> Problem:
    """A jsonschema error as (JSON path, message), in the words of the checks above."""
    where, value, schema = error.json_path, error.instance, error.schema
    expected = schema.get("description") if isinstance(schema, dict) else None
    match error.validator:
        case "required":
            field = str(error.message).split("'")[1]
            return f"{where}.{field}", "expected a value, found nothing"
        case "additionalProperties":
            extra = sorted(set(value) - set(schema.get("properties", {})))
            return where, f"unknown field {', '.join(map(repr, extra))}"
        case "pattern" | "minLength" if isinstance(value, str):
            message = text_problem(value) or (not value and "text is empty")
            return (
                where,
                message or f"expected {expected or 'text of another form'}, found {value!r}",
            )
        case "type":
            scalar = error.validator_value not in ("object", "array") and expected
            wanted = expected if scalar else _article(str(error.validator_value))
            return where, f"expected {wanted}, found {_json_type(value)}"
        case "enum" | "const":
            allowed = error.validator_value
            choices = allowed if isinstance(allowed, list) else [allowed]
            listed = ", ".join(msgspec.json.encode(choice).decode() for choice in choices)
            return where, f"expected one of {listed}, found {value!r}"
        case "minimum":
            return where, f"expected {expected or 'a positive integer'}, found {value!r}"
        case "minItems":
            return where, f"expected {expected or 'at least one item'}, found an empty array"
        case "anyOf" | "oneOf" if error.context:
            # An optional field (text or null): what the value breaks in the branch of its own
            # type, not that it is no null.
            fitting = [e for e in error.context if e.validator != "type"] or error.context
            return _describe(fitting[0])
    return where, str(error.message)


def _article(name: str) -> str:
    return {"object": "an object", "array": "an array", "integer": "an integer"}.get(
        name, f"a {name}"
    )


def _json_type(value: Any) -> str:
    return JSON_TYPES.get(type(value), type(value).__name__)
