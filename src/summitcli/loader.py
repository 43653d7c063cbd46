"""Read summit files into the model: decode, check the links, fill in what the file leaves implicit.

msgspec decodes each file straight into the classes of `model.py`, which are the format, so a
file that breaks it is refused before any record exists; `links.py` then checks what a type cannot
say. For a refused file, `validate.py` says exactly what is wrong, and where.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import Any

import msgspec

from . import links
from .errors import DataError
from .model import CONTROL_CHARACTERS, DocumentTitle, IsoDate, Summit

BUNDLED_FILE = "summit_2025.json"
MAX_FILE_BYTES = 50 * 1024 * 1024
CONTROL_CHARACTER = re.compile(f"[{CONTROL_CHARACTERS}]")
C1_BYTES = re.compile(b"\xc2[\x80-\x9f]")
SUSPECT_ESCAPE = re.compile(rb'\\(?:[^"\\/u]|u00)')
"""Any escape but `\\"`, `\\\\`, `\\/` and `\\uXXXX` above U+00FF (an escaped backslash before a
letter is suspect too: rare, and then the slow path decides)."""


def _decode_hook(kind: type, value: Any) -> Any:
    """The types msgspec does not know: only `IsoDate`, which must be on the calendar."""
    if kind is IsoDate:
        return IsoDate.parse(value)
    raise NotImplementedError(kind)


DECODER = msgspec.json.Decoder(Summit, dec_hook=_decode_hook)


def bundled_data_path() -> Path:
    """The summit file shipped inside the package (`data/` is a link to the project's `data/`
    in a checkout, a folder in the wheel). Not through importlib.resources, whose import costs
    every call about 3 ms (tempfile, zipfile), for packages installed as zip files, which
    summit is not."""
    return Path(__file__).with_name("data") / BUNDLED_FILE


def summit_files(path: Path) -> list[Path]:
    """The files a `--data` path names: the file itself, or every summit file in a directory."""
    if path.is_dir():
        files = sorted(
            child
            for child in path.iterdir()
            if child.suffix == ".json" and not child.name.endswith(".schema.json")
        )
        if not files:
            raise DataError(str(path), [("", "no summit files (*.json) in this directory")])
        return files
    if not path.exists():
        raise DataError(str(path), [("", "no such file or directory")])
    return [path]


def load(path: Path | None = None) -> list[Summit]:
    """Every summit the path holds (the bundled one by default), in file-name order."""
    summits = [load_file(file) for file in summit_files(path or bundled_data_path())]
    clashes = links.corpus_problems(summits)
    if clashes:
        file, where, message = clashes[0]
        raise DataError(file, [(where, message)])
    return summits


def load_file(path: Path) -> Summit:
    raw = read_bytes(path)
    try:
        summit = decode(raw)
    except (msgspec.ValidationError, msgspec.DecodeError, UnicodeDecodeError) as error:
        from .validate import decoder_problem, document_problems

        raise DataError(str(path), document_problems(raw) or [decoder_problem(error)]) from None
    problems = control_character_problems(raw) or links.problems(summit)
    if problems:
        raise DataError(str(path), problems)
    return link(summit, str(path))


def control_character_problems(raw: bytes) -> list[tuple[str, str]]:
    """Where a text of the file holds a control character, as (JSON path, message).

    JSON admits no raw control character inside a string, so one can only come from an escape
    (`\\n`, `\\u001b`) or be a raw DEL or C1 character. Reading the escapes of the bytes clears
    the common file at once; only a suspect one is decoded again and walked string by string.
    """
    harmless = not SUSPECT_ESCAPE.search(raw) and b"\x7f" not in raw
    if harmless and (b"\xc2" not in raw or not C1_BYTES.search(raw)):
        return []
    found: list[tuple[str, str]] = []
    _walk_texts(msgspec.json.decode(raw.removeprefix(codecs.BOM_UTF8)), "$", found)
    return found


def _walk_texts(value: Any, where: str, found: list[tuple[str, str]]) -> None:
    if isinstance(value, str):
        if control := CONTROL_CHARACTER.search(value):
            found.append((where, f"text contains the control character U+{ord(control[0]):04X}"))
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk_texts(item, f"{where}.{key}", found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk_texts(item, f"{where}[{index}]", found)


def decode(raw: bytes) -> Summit:
    summit: Summit = DECODER.decode(raw.removeprefix(codecs.BOM_UTF8))
    return summit


def link(summit: Summit, path: str) -> Summit:
    """Fill in what each record leaves to its place in the file: its summit, a clause's section,
    the people a passage names and a statement's meeting, a person's counts, the title passage."""
    summit_id = summit.id
    summit.path = path
    release = summit.release
    summit.title = DocumentTitle(text=release.title, provenance=release.provenance)
    summit.title.summit = summit_id
    people = {person.id: person for person in summit.people}
    counts = {person_id: [0, 0, 0] for person_id in people}  # alone, jointly, in accounts
    meetings = {meeting.id: meeting for meeting in summit.meetings}
    for statement in summit.statements:
        statement.summit = summit_id
        statement.people = tuple([people[speaker] for speaker in statement.speakers])
        statement.subject_people = tuple([people[subject] for subject in statement.subjects])
        setting = statement.curation.setting
        statement.meeting = meetings[setting.meeting] if setting else None
        for speaker in statement.speakers:
            counts[speaker][len(statement.speakers) > 1] += 1
        for subject in statement.subjects:
            counts[subject][2] += 1
    for person in summit.people:
        person.summit = summit_id
        person.solo, person.joint, person.accounts = counts[person.id]
    for preamble in release.preamble:
        preamble.summit = summit_id
        preamble.people = tuple([people[speaker] for speaker in preamble.speakers])
    for section in release.sections:
        section.summit = summit_id
        number, title = section.number, section.title
        for clause in section.clauses:
            clause.summit = summit_id
            clause.section = number
            clause.section_title = title
    for narration in summit.narration:
        narration.summit = summit_id
    for outcome in summit.outcomes:
        outcome.summit = summit_id
    for event in summit.timeline:
        event.summit = summit_id
    return summit


def read_bytes(path: Path) -> bytes:
    """A file's bytes, turning every way reading can fail into a one-line DataError."""
    name = str(path)
    try:
        with open(path, "rb") as file:  # noqa: PTH123 (one system call fewer than Path's)
            size = os.fstat(file.fileno()).st_size
            if size > MAX_FILE_BYTES:
                limit = MAX_FILE_BYTES // (1024 * 1024)
                too_big = f"file is too large ({size / 1048576:.0f} MiB; the limit is {limit} MiB)"
                raise DataError(name, [("", too_big)])
            raw = file.read()
    except IsADirectoryError:
        raise DataError(name, [("", "is a directory, not a summit file")]) from None
    except FileNotFoundError:
        raise DataError(name, [("", "no such file or directory")]) from None
    except PermissionError:
        raise DataError(name, [("", "permission denied")]) from None
    except OSError as error:
        raise DataError(name, [("", f"cannot be read: {error.strerror or error}")]) from None
    if not raw or raw.isspace():
        raise DataError(name, [("", "file is empty")])
    return raw
