"""The one rule for every file summit writes where the user says (`draft -o`, `export sqlite`,
`--metadata`): only a regular file is ever written or replaced, and never into a `--data` folder
being read.

A device, a named pipe, a socket or a directory at the path is refused whatever `--force` says:
replacing `/dev/full` with a regular file (as root) or blocking on a pipe nobody reads is never
what the user meant. A symbolic link to a regular file is written through, as a shell
redirection writes it: its target is replaced, the link kept.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataError, SummitError
from .loader import MAX_FILE_BYTES, NOT_REGULAR, read_bytes, summit_files
from .text import escaped

if TYPE_CHECKING:
    import sqlite3

_NOT_FILES = {stat.S_IFDIR: "a directory", **NOT_REGULAR}


def names_a_directory(text: str) -> bool:
    """A path typed with a trailing slash names a directory, existing or not; `Path` drops the
    slash, so this is asked of the text as typed."""
    return text.endswith(("/", os.sep))


def destination(path: Path, force: bool, folders: Collection[Path] = ()) -> Path:
    """The regular file to write for `path`: the path itself, or a link's target. What exists is
    replaced only with `force`; what is not a regular file, never; nothing inside one of the
    `--data` `folders` being read, where every later call would read it as a summit. Paths are
    shown `escaped`, so that a line break in one cannot pass for a space."""
    shown = escaped(str(path))
    for folder in folders:
        if path.resolve().is_relative_to(folder.resolve()):
            raise SummitError(
                f"{shown} is inside {escaped(str(folder))}, the --data folder summit reads; "
                "write it elsewhere"
            )
    if not os.path.lexists(path):
        return path
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise SummitError(
            f"{shown} is a symbolic link to {escaped(str(path.readlink()))}, which does not exist"
        ) from None
    if not stat.S_ISREG(mode):
        what = _NOT_FILES.get(stat.S_IFMT(mode), "not a regular file")
        raise SummitError(f"{shown} is {what}; summit writes only regular files")
    if not force:
        raise SummitError(f"{shown} already exists; --force replaces it")
    return Path(os.path.realpath(path))


def summit_json(path: Path) -> dict[str, object] | None:
    """The file's JSON where it is a summit file (an object with a format and a release), for
    the writers that must not replace one: a regular file only (reading a named pipe would
    wait forever), and none larger than any that loads."""
    import json

    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        found = json.loads(path.read_bytes())
    except (OSError, ValueError):  # unreadable or no JSON: `destination` decides
        return None
    return found if isinstance(found, dict) and "format" in found and "release" in found else None


def is_summit_file(path: Path) -> bool:
    """Whether the file is a summit file, read by the call or not (a draft beside the folder,
    the bundled data): what `export --force` never replaces (a new user lost one named as the
    metadata) and the one kind `draft --force` does."""
    return summit_json(path) is not None


def reviewed(path: Path) -> bool:
    """Whether the file is a summit file with no open review item: a curator's finished work,
    which `draft --force` never replaces with a fresh draft (new user 60 lost theirs so)."""
    found = summit_json(path)
    curation = found.get("curation") if found else None
    return found is not None and not (isinstance(curation, dict) and curation.get("review"))


def another_kind(path: Path, of_its_kind: Callable[[Path], bool]) -> bool:
    """Whether the file holds something and is not `of_its_kind`: an article or notes named by
    mistake, which `--force` refuses (`draft`'s over no summit file, `export`'s over no
    database or metadata) rather than replace. An empty file, as `touch` leaves, is of no
    kind."""
    return path.is_file() and path.stat().st_size > 0 and not of_its_kind(path)


def temporary_beside(path: Path) -> Path:
    """A new name in `path`'s folder, so that moving the file into place is one rename."""
    return path.with_name(f".{path.name}.{os.urandom(8).hex()}.tmp")


def cannot_write(name: str, error: OSError | sqlite3.Error) -> SummitError:
    """The error for a file of the user's that could not be written: `name` as the message
    writes it (escaped, or cut short where it is long), and the system's reason, whose own
    message names a temporary file the user never typed, or no file at all."""
    return SummitError(f"cannot write {name}: {getattr(error, 'strerror', None) or error}")


def create_empty(temporary: Path, target: Path) -> None:
    """Make `temporary` (mode 0666, so that the umask alone decides, as for any new file). The
    system's own message names the temporary file the user never typed, or only says "No such
    file or directory" where a folder takes no new files (/proc): this one names the folder."""
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as error:
        raise SummitError(
            f"cannot write {escaped(str(target))}: no new file can be made in "
            f"{escaped(str(target.parent))} "
            f"({error.strerror or error})"
        ) from None


def writable(path: Path, force: bool) -> Path:
    """`destination`, once a new file has been made and removed beside it: asked before a job
    of seconds (a draft), a file there or a folder that takes none is refused at once."""
    target = destination(path, force)
    probe = temporary_beside(target)
    create_empty(probe, target)
    probe.unlink()
    return target


def write_text(path: Path, text: str) -> None:
    """`text` in the file `destination` chose, written beside it first: a failure or an
    interrupt leaves the earlier file whole and no temporary file."""
    temporary = temporary_beside(path)
    create_empty(temporary, path)
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def keep_former(path: Path, replacement: str) -> Path | None:
    """The file at `path`, which `--force` is about to replace with `replacement`, copied to
    NAME~ beside it (a name a --data folder never reads), or None where there is none or it
    holds `replacement` already: a draft under review holds the curator's work (new user 62
    lost outcomes, topics and a timeline so). A kept file is never replaced: the next is
    NAME~2, NAME~3 … (new user 63's second --force had written the fresh draft over NAME~)."""
    import shutil

    if not path.is_file():
        return None
    if (
        path.stat().st_size == len(replacement.encode())
        and path.read_text(encoding="utf-8", errors="replace") == replacement
    ):
        return None
    number = 1
    while (kept := path.with_name(f"{path.name}~{number if number > 1 else ''}")).exists():
        number += 1
    kept = destination(kept, force=False)
    temporary = temporary_beside(kept)
    try:
        shutil.copyfile(path, temporary)
        temporary.replace(kept)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return kept


@contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C as KeyboardInterrupt while a file is written, so that its writer removes the
    temporary file: summit's own handler (`__main__`) ends the process at once, which is right
    for commands that write nothing. The handler before is put back, whatever it was."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_DFL if previous is None else previous)


def _same_file(file: Path, path: Path) -> bool:
    """Whether `file` is `path` (its name, or the file a link at `path` leads to, which the
    draft replaces: it holds no id the draft could take from another)."""
    try:
        return file.name == path.name or (path.exists() and file.samefile(path))
    except OSError:
        return False


def id_free_beside(summit_id: str, path: Path) -> tuple[str, Path | None]:
    """`summit_id`, or where another summit file of `path`'s folder holds it, that id followed
    by "-2" (or the next number free), with the file holding it: two drafts of one article
    written into a corpus had one id, and every later call on the folder exited 2 until one
    was renamed. A file that cannot be read or holds no id is the loader's to report; the file
    `path` is, or leads to, is the one replaced, whose id is no other's (new user 59)."""
    import itertools

    import msgspec

    class Identified(msgspec.Struct):
        id: str

    try:
        files = [file for file in summit_files(path.parent) if not _same_file(file, path)]
    except DataError:
        return summit_id, None
    taken = {}
    for file in files:
        try:
            taken[msgspec.json.decode(read_bytes(file), type=Identified).id] = file
        except (DataError, msgspec.DecodeError):
            continue
    if summit_id not in taken:
        return summit_id, None
    free = next(f"{summit_id}-{n}" for n in itertools.count(2) if f"{summit_id}-{n}" not in taken)
    return free, taken[summit_id]
