"""Read summit files into the model: decode, check, fill in what the file leaves implicit.

`problems.py` decodes each file into the classes of `model.py`, which are the format, and checks
what the decoder leaves (the forms of strings, the links); for a file it refuses, it says what
`summit validate` says, with the JSON path.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path
from typing import BinaryIO

from . import links, problems
from .errors import DataError
from .model import DocumentTitle, Summit, speaker_guesses

BUNDLED_FILE = "summit_2025.json"
MAX_FILE_BYTES = 50 * 1024 * 1024


def bundled_data_path() -> Path:
    """The summit file shipped inside the package (`data/` is a link to the project's `data/`
    in a checkout, a folder in the wheel). Not through importlib.resources, whose import costs
    every call about 3 ms (tempfile, zipfile), for packages installed as zip files, which
    summit is not."""
    return Path(__file__).with_name("data") / BUNDLED_FILE


def summit_files(path: Path, refused: list[DataError] | None = None) -> list[Path]:
    """The files a `--data` path names: the file itself, or every summit file in a directory.
    An entry that is no regular file is a DataError, or, given `refused`, one more of those
    (`validate` goes on to check the other files)."""
    if not is_folder(path):
        return [path]
    files = []
    for entry in listed(path):
        try:
            if is_summit_entry(entry):
                files.append(path / entry.name)
        except DataError as error:
            if refused is None:
                raise
            refused.append(error)
    if not files and not refused:
        raise DataError(
            str(path), [("", f"no summit files (*.json) in this directory{_cased(path)}")]
        )
    return sorted(files)


def listed(folder: Path) -> list[os.DirEntry[str]]:
    """A folder's entries; one the system will not list (`chmod 000`) is a DataError saying
    so, where the error, unread, was taken for one in writing the output (new user 53)."""
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError as error:
        raise _unreadable(folder, error) from None


def _cased(folder: Path) -> str:
    """Why a folder with "A.JSON" or ".oslo.json" in it holds no summit file: what to do
    about it (a folder named "sub.json" is none to rename)."""
    from .text import quoted

    names = sorted(left_out(folder))
    other = names[0] if names else None
    if other is None:
        return ""
    if other.startswith("."):
        hidden = "(a name starting with '.' is left out: rename it without the dot)"
        return f"; {quoted(other)} is hidden {hidden}"
    return f"; {quoted(other)} is no *.json (rename it to end in .json)"


LEFT_OUT = "left out: a --data folder reads only *.json files (rename it to end in .json)"
"""What the queries and `validate` say of a summit file named "KJ.JSON" in a folder."""


def left_out(folder: Path, hidden: bool = True) -> list[str]:
    """The files of a folder named as JSON that no call reads: "KJ.JSON", and (unless `hidden`
    is false) the hidden ".oslo.json", an editor's backup as often as not, in the folder's
    order."""
    found = []
    for entry in listed(folder):
        name = entry.name
        hides = hidden and name.startswith(".")
        if name.lower().endswith(".json") and (hides or not name.endswith(".json")):
            try:
                if entry.is_file():
                    found.append(name)
            except OSError:  # a link to itself: no file left out, and reading it says why
                continue
    return found


def is_folder(path: Path) -> bool:
    """Whether a `--data` path is a directory; a path that cannot even be looked at (too long,
    a file taken for a folder) is a DataError saying so, as reading it would."""
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except FileNotFoundError:
        raise _missing(str(path)) from None
    except OSError as error:
        raise _unreadable(path, error) from None


def _missing(name: str) -> DataError:
    """A missing file; `-` is a script's guess at stdin, which only an article's path reads."""
    if name == "-":
        hint = (
            " ('-' is stdin only for an article, 'summit draft -' and 'validate --article -': "
            "give /dev/stdin to read a summit piped in)"
        )
        return DataError(name, [("", f"no such file or directory{hint}")])
    if os.path.islink(name):  # noqa: PTH114 (`ls` lists it: "no such file" said nothing)
        return DataError(name, [("", f"a link to {os.readlink(name)}, which does not exist")])  # noqa: PTH115
    return DataError(name, [("", "no such file or directory")])


def is_summit_entry(entry: os.DirEntry[str]) -> bool:
    """Whether a directory entry of a corpus is a summit file: a `*.json` that is no hidden file
    (an editor's lock file or backup, as `git` and `rg` skip them), no subfolder and no JSON
    Schema (`*.schema.json`). The loader and the cache's staleness check both ask this.

    One that is no regular file (a named pipe, a device, a socket, or a link to one) is a
    DataError: nobody writes into a pipe a folder holds, and opening it would wait for ever."""
    name = entry.name
    if not name.endswith(".json") or name.startswith(".") or name.endswith(".schema.json"):
        return False
    try:
        if entry.is_dir():
            return False
    except OSError:  # a link to itself (ELOOP): reading it says why
        return True
    if entry.is_file(follow_symlinks=False):  # the usual case: no system call (d_type)
        return True
    try:
        mode = entry.stat().st_mode
    except OSError:  # a dangling link, or gone: reading it says why
        return True
    if not stat.S_ISREG(mode):
        what = NOT_REGULAR.get(stat.S_IFMT(mode), "no regular file")
        raise DataError(
            entry.path, [("", f"is {what}, not a summit file; summit reads regular files")]
        )
    return True


NOT_REGULAR = {
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
}
"""What a path that is no regular file is, for a message that names it (`files` adds the folder,
which a corpus may be but a file to write may not)."""


def load(path: Path | None = None) -> list[Summit]:
    """Every summit the path holds (the bundled one by default), in file-name order."""
    summits = [load_file(file) for file in summit_files(path or bundled_data_path())]
    clashes = links.corpus_problems(summits)
    if clashes:
        file, where, message = clashes[0]
        raise DataError(file, [(where, message)])
    return summits


def load_file(path: Path) -> Summit:
    summit, found = problems.loaded(read_bytes(path))
    if summit is None:
        raise DataError(str(path), found)
    return link(summit, str(path))


COUNTED = SOLO, JOINT, IN_RELEASE, ACCOUNTS, GUESSED = range(5)
"""The places of a person's counts, in the order `Person` lists them."""


def link(summit: Summit, path: str) -> Summit:
    """Fill in what each record leaves to its place in the file: its summit, a clause's section,
    the people a passage names and a statement's meeting, a person's counts, the title passage."""
    summit_id = summit.id
    summit.path = path
    release = summit.release
    summit.title = DocumentTitle(text=release.title, provenance=release.provenance)
    summit.title.summit = summit_id
    people = {person.id: person for person in summit.people}
    counts = {person_id: [0] * len(COUNTED) for person_id in people}
    meetings = {meeting.id: meeting for meeting in summit.meetings}
    guessed = speaker_guesses(summit)
    for statement in summit.statements:
        statement.summit = summit_id
        statement.guess = guessed.get(statement.ref, "")
        statement.people = tuple([people[speaker] for speaker in statement.speakers])
        statement.subject_people = tuple([people[subject] for subject in statement.subjects])
        setting = statement.curation.setting
        statement.meeting = meetings[setting.meeting] if setting else None
        for speaker in statement.speakers:
            counts[speaker][JOINT if len(statement.speakers) > 1 else SOLO] += 1
            counts[speaker][GUESSED] += bool(statement.guess)
        for subject in statement.subjects:
            counts[subject][ACCOUNTS] += 1
    for paragraph in summit.paragraphs:
        paragraph.summit = summit_id
        paragraph.guess = guessed.get(paragraph.ref, "")
        paragraph.people = tuple([people[speaker] for speaker in paragraph.speakers])
        for speaker in paragraph.speakers:
            counts[speaker][IN_RELEASE] += 1
            counts[speaker][GUESSED] += bool(paragraph.guess)
    for person in summit.people:
        person.summit = summit_id
        counted = counts[person.id]
        person.solo, person.joint, person.in_release, person.accounts, person.guessed = counted
    for section in release.sections:
        section.summit = summit_id
        number, title = section.number, section.title
        for clause in section.clauses:
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
    """A summit file's bytes, turning every way reading can fail into a one-line DataError;
    a UTF-8 byte order mark (an editor's, on Windows) is the encoding's, not the file's."""
    name = str(path)
    try:
        raw = read_limited(path)
    except IsADirectoryError:
        raise DataError(name, [("", "is a directory, not a summit file")]) from None
    except FileNotFoundError:
        raise _missing(name) from None
    except PermissionError:
        raise DataError(name, [("", "permission denied")]) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    raw = raw.removeprefix(codecs.BOM_UTF8)
    if not raw or raw.isspace():
        raise DataError(name, [("", "file is empty")])
    return raw


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, at most `limit` of them (a summit file; an article to draft has a limit
    of its own); a device or a pipe named on the command line (`<(cat a.json)`) is read as a
    file is, no further than the limit (`/dev/zero` never ends). Too large is a DataError; the
    system's refusals are left to the caller, which says what it was reading."""
    with open(path, "rb") as file:  # noqa: PTH123 (one system call fewer than Path's)
        size = os.fstat(file.fileno()).st_size
        if size > limit:
            shown = _size(size)
            raise _too_large(str(path), shown if shown != _size(limit) else "over it", limit)
        return read_stream(file, str(path), limit)


def read_stream(stream: BinaryIO, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """What is left of an open file or stream, reading one byte more than the limit at most,
    never the whole stream, to tell one too large."""
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise _too_large(name, f"over {_size(limit)}", limit)
    return raw


def _too_large(name: str, size: str, limit: int) -> DataError:
    return DataError(name, [("", f"file is too large ({size}; the limit is {_size(limit)})")])


def _size(size: int) -> str:
    """A size as the limits are written: 300 MiB, 1.2 MiB, 256 KiB (rounded down, so that a
    file just over a limit never reads as more than it is)."""
    if size < 1048576:
        return f"{size // 1024} KiB"
    tenths = size * 10 // 1048576
    return f"{tenths // 10} MiB" if tenths >= 100 or tenths % 10 == 0 else f"{tenths / 10} MiB"


def _unreadable(path: Path, error: OSError) -> DataError:
    """A path named for reading that the system refuses: said as reading, the path shortened
    (one of 300 characters is `File name too long` itself)."""
    from .text import shortened

    return DataError(
        shortened(str(path), 200), [("", f"cannot be read: {error.strerror or error}")]
    )
