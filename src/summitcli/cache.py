"""Where a corpus's index lives, and keeping it true to the files: never stale, never half-built.

One SQLite database per corpus (`--data DIR` or a file), in the user's cache directory, never in
the data folder, named from the corpus's real path and stamped with the index's format, summit's
version and the stemmer's (a different stamp rebuilds it). Every call compares each file's name,
size, mtime and ctime with the stored ones, and re-checks and re-indexes only the files that
changed; a file changed less than `RACY_SECONDS` ago is checked again next time, since a write
within the same clock tick would leave its stamp as it was.

A first build (or a rebuild) writes a temporary file renamed into place; an update is one SQLite
transaction. So two processes at once, Ctrl-C, a full disk or a corrupt file leave a working
cache or none; a cache that cannot be written is skipped with a one-line note, and the call reads
the files as it does without a cache.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import sqlite3
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from . import __version__, index, links, loader
from .errors import DataError, SummitError
from .files import interruptible
from .output import Output
from .progress import Progress
from .search import WordKeys

RACY_SECONDS = 2.0
SUFFIX = ".sqlite"


def disabled() -> bool:
    """SUMMIT_NO_CACHE=1 (any value but empty, 0, false, no or off) reads the files every
    call."""
    return os.environ.get("SUMMIT_NO_CACHE", "").casefold() not in ("", "0", "false", "no", "off")


def uncached(corpus: Path) -> bool:
    """Whether `--data` is read each call rather than indexed: a single file (one summit reads
    as fast as its index answers, and a cache per file queried once is clutter), a pipe or a
    device (`--data <(cat a.json)`: read once, its cache would be stale as soon as made)."""
    try:
        mode = corpus.stat().st_mode
    except OSError:  # reading it says why
        return True
    return not stat.S_ISDIR(mode)


def directory() -> Path:
    """XDG_CACHE_HOME/summit, else the platform's convention."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "summit"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "summit"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "summit" / "Cache"
    return Path.home() / ".cache" / "summit"


def database(corpus: Path) -> Path:
    """The database of a corpus: its folder's name (for people) and a hash of its real path."""
    real = os.path.realpath(corpus)
    digest = f"{_fnv1a(real.encode('utf-8', 'surrogateescape')):016x}"
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(real).name)[:40] or "corpus"
    return directory() / f"{name}-{digest}{SUFFIX}"


def _fnv1a(data: bytes) -> int:
    """A 64-bit FNV-1a hash: enough to tell corpora's paths apart in a name (the stamp holds
    the whole path), without `hashlib`, whose OpenSSL took 5 ms to load on every call."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def stamp(corpus: Path) -> dict[str, str]:
    import Stemmer

    return {
        "format": index.FORMAT,
        "version": __version__,
        "stemmer": str(Stemmer.version()),
        "corpus": os.path.realpath(corpus),
    }


Stat = tuple[int, int, int]


def file_stats(corpus: Path) -> dict[str, Stat]:
    """Each summit file's name and (size, mtime, ctime), as `loader.summit_files` finds them
    (by the same `loader.is_summit_entry`, without a Path made, or sorted, per file)."""
    if loader.is_folder(corpus):
        entries = loader.listed(corpus)
        found = {entry.name: _stat(entry) for entry in entries if loader.is_summit_entry(entry)}
        if found:
            return found
    return {file.name: _stat(file) for file in loader.summit_files(corpus)}


def _stat(file: os.DirEntry[str] | Path) -> Stat:
    """A file that cannot be stated (gone, or unreadable) is refused as the loader says why."""
    try:
        info = file.stat()
    except OSError:
        loader.load_file(Path(file))
        raise
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def open_index(corpus: Path, output: Output, rebuilt: bool = False) -> index.Index | None:
    """The corpus's index, brought up to date; None (after a note) where no cache can be
    written, and the call reads the files. A file the loader refuses raises its DataError. A
    cache damaged inside ("malformed": a bad disk) is built anew, once, not noted as one that
    cannot be written at every call until `cache clear` (new user 53)."""
    stats = file_stats(corpus)
    path = database(corpus)
    wanted = stamp(corpus)
    connection = _connect(path, wanted)
    try:
        if connection is None:
            _build(path, corpus, stats, wanted, output)
            connection = _connect(path, wanted)
            if connection is None:
                raise sqlite3.DatabaseError("the new cache cannot be read")
        elif _changes(connection, stats):
            _update(connection, corpus, stats, output)
    except (OSError, sqlite3.Error) as error:
        if connection is not None:
            connection.close()
        if type(error) is sqlite3.DatabaseError and not rebuilt:  # not its subclasses: a full
            # disk or a lock is an OperationalError
            with contextlib.suppress(OSError):
                path.unlink()
            return open_index(corpus, output, rebuilt=True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        output.note(f"cannot write the cache in {path.parent} ({reason}); reading the files")
        return None
    opened = index.Index(connection, corpus)
    _check_ids(opened)
    return opened


def after_failure(corpus: str | None, error: Exception) -> tuple[str, int] | None:
    """What to say (and the exit code) where a call over the corpus failed with a bug, if its
    cache may be why: a cache damaged inside (its pages fail SQLite's check, asked only now:
    checking every page costs what a call does) is the user's to know, not a bug; a cache
    whose pages pass may still hold bytes a bad disk changed. Either way it is removed, so
    that the next call builds it anew rather than failing as this one did, every call until
    `cache clear` (new user 53)."""
    path = database(Path(corpus)) if corpus else None
    if corpus is None or path is None or not path.is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(path)) as connection:
            sound = connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    except sqlite3.Error:
        sound = False
    with contextlib.suppress(OSError):
        path.unlink()
    from .errors import EXIT_BUG, EXIT_USAGE
    from .text import escaped

    if sound:
        return (
            f"internal error ({type(error).__name__}: {error}); please report it (the cache "
            f"of {escaped(corpus)} is removed, in case it was the cause)",
            EXIT_BUG,
        )
    return (
        f"the cache of {escaped(corpus)} is damaged (its pages fail SQLite's check): it is "
        "removed, and the next call builds it anew",
        EXIT_USAGE,
    )


def up_to_date(corpus: Path) -> bool:
    """Whether the next call would answer from the corpus's index as it stands, updating
    nothing: the check every call pays before it trusts the index, which the benchmark times."""
    connection = _connect(database(corpus), stamp(corpus))
    if connection is None:
        return False
    try:
        return not _changes(connection, file_stats(corpus))
    finally:
        connection.close()


def _connect(path: Path, wanted: dict[str, str]) -> sqlite3.Connection | None:
    """The database if it is one, of this stamp; a corrupt one or another stamp is removed."""
    if not path.exists():
        return None
    connection = None
    try:
        connection = sqlite3.connect(path, timeout=60, isolation_level=None)
        stored = dict(connection.execute("SELECT key, value FROM meta"))
        if all(stored.get(key) == value for key, value in wanted.items()):
            return connection
    except sqlite3.DatabaseError:
        pass
    if connection is not None:
        connection.close()
    with contextlib.suppress(OSError):
        path.unlink()
    return None


def _changes(connection: sqlite3.Connection, stats: dict[str, Stat]) -> bool:
    """Whether any file changed: the stored stamps are one value (`index.finish`), not a row
    per file."""
    return index.stamps(connection) != stats


def _index_files(
    connection: sqlite3.Connection,
    corpus: Path,
    names: list[str],
    stats: dict[str, Stat],
    words: index.VocabularyChanges,
    progress: Callable[[int], None],
) -> None:
    """Check and add each named file (each removed first, if it was there)."""
    now = time.time_ns()
    files = [corpus / name for name in names] if corpus.is_dir() else [corpus] * len(names)
    prepared_files = zip(names, files, _prepared(files), strict=True)
    for done, (name, file, prepared) in enumerate(prepared_files):
        if prepared is None:  # the loader refused it in a worker: it says why here, alike
            loader.load_file(file)
            raise AssertionError(f"{name} was refused, then loaded")
        size, mtime, ctime = stats[name]
        if now - max(mtime, ctime) < RACY_SECONDS * 1e9:
            size = -1  # changed too recently to trust its stamp: checked again next call
        index.remove(connection, name, words)
        index.store(connection, name, (size, mtime, ctime), prepared, words)
        progress(done + 1)


PARALLEL_FROM = 200
"""Files from which a build prepares them in other processes, one per core but this one's,
while this one writes: preparing (checking, keying, encoding) is two-thirds of a build's work,
the rest writing; more than three workers would wait for the writer."""


def _prepared(files: list[Path]) -> Iterator[index.Prepared | None]:
    """Each file checked and prepared, in order; None where the loader refuses it."""
    workers = min((os.cpu_count() or 1) - 1, 3)  # this process writes what they prepare
    if len(files) < PARALLEL_FROM or workers < 1:
        keys = WordKeys(exact=False)
        for file in files:
            yield index.prepare(loader.load_file(file), keys)
        return
    import multiprocessing
    import signal

    # Ctrl-C held back while the workers start, so that none starts before it ignores it (a
    # terminal signals the whole process group); this process takes it once they have.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = multiprocessing.Pool(workers, _start_worker)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    with pool:
        for packed in pool.imap(_prepare_in_worker, files, chunksize=8):
            yield None if packed is None else index.unpacked(packed)


_WORKER_KEYS: list[WordKeys] = []
"""A build worker's word keys, made once as the worker starts."""


def _start_worker() -> None:
    """Ctrl-C is the building process's to handle: it stops the workers and removes its file.
    A worker starts with Ctrl-C held back (`_prepared`), and ignores it before taking it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _WORKER_KEYS.append(WordKeys(exact=False))


def _prepare_in_worker(file: Path) -> bytes | None:
    try:
        return index.packed(index.prepare(loader.load_file(file), _WORKER_KEYS[0]))
    except (OSError, SummitError):
        return None


def _build(
    path: Path, corpus: Path, stats: dict[str, Stat], wanted: dict[str, str], output: Output
) -> None:
    """A whole new database, written to a temporary file renamed into place; Ctrl-C removes
    the file (and the temporary files that builds ended otherwise left, once one succeeds)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    progress = Progress(len(stats), "Indexing the summit files", output, "files")
    with interruptible():  # see `__main__`
        try:
            connection = sqlite3.connect(temporary, isolation_level=None)
            try:
                connection.execute("PRAGMA journal_mode = OFF")
                connection.execute("PRAGMA synchronous = OFF")
                index.create(connection, wanted)  # executescript commits: before BEGIN
                connection.execute("BEGIN")
                words = index.VocabularyChanges(WordKeys(exact=False))
                _index_files(connection, corpus, sorted(stats), stats, words, progress)
                index.finish(connection, words)
                index.add_indexes(connection)
                connection.execute("COMMIT")
            finally:
                connection.close()
            temporary.replace(path)
            _remove_abandoned(path)
        finally:
            progress.close()
            temporary.unlink(missing_ok=True)


def _remove_abandoned(path: Path) -> None:
    """The temporary files of builds of this cache whose process is gone (killed mid-build)."""
    for found in path.parent.glob(f"{glob.escape(path.name)}.*.tmp"):
        if _abandoned(found):
            found.unlink(missing_ok=True)


def _abandoned(temporary: Path) -> bool:
    """Whether the build that writes `temporary` (named `CACHE.PID.tmp`) is gone: a running
    build's file is its work in progress, never a leftover."""
    pid = temporary.name.removesuffix(".tmp").rpartition(".")[2]
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return True
    except OSError:  # another user's process, alive
        return False
    return False


def _update(
    connection: sqlite3.Connection, corpus: Path, stats: dict[str, Stat], output: Output
) -> None:
    """Re-index the files that changed, in one transaction (another process updating the same
    cache waits, then finds nothing left to do)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        stored = {
            name: (size, mtime, ctime)
            for name, size, mtime, ctime in connection.execute(
                "SELECT name, size, mtime, ctime FROM files"
            )
        }
        changed = sorted(name for name, stat in stats.items() if stored.get(name) != stat)
        words = index.VocabularyChanges(WordKeys(exact=False))
        for name in stored.keys() - stats.keys():
            index.remove(connection, name, words)
        progress = Progress(len(changed), "Re-indexing changed summit files", output, "files")
        try:
            _index_files(connection, corpus, changed, stats, words, progress)
        finally:
            progress.close()
        index.finish(connection, words)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _check_ids(opened: index.Index) -> None:
    """`links.corpus_problems`: a summit id an earlier file already uses."""
    listing = opened.listing
    if len(opened.summit_ids) == len(listing.summits):
        return
    first: dict[str, str] = {}
    for file, summit in zip(listing.ids, listing.summits, strict=True):
        path = opened.path_of(file)
        if summit in first:
            to_mend, where, twice = links.id_used_twice(summit, first[summit], path)
            raise DataError(to_mend, [(where, twice)])
        first[summit] = path


def caches(corpus: Path | None = None) -> list[Path]:
    """Every cache of the directory, or the corpus's alone."""
    folder = directory()
    name = glob.escape(database(corpus).name) if corpus is not None else f"*{SUFFIX}"
    found = folder.glob(name) if folder.is_dir() else []
    return sorted(path for path in found if path.is_file())  # a folder so named is not ours


COUNTS = ("documents", "words")
"""The index's stamps that are numbers: `cache info --json` gives them as numbers."""
DESCRIBED = ("corpus", *COUNTS, "format", "version", "stemmer")
"""What `cache info` reads of a database's stamps: null where an older format kept no such key."""


def describe(path: Path) -> dict[str, object]:
    """What `summit cache info` says of one database."""
    found: dict[str, object] = {"cache": str(path), "bytes": path.stat().st_size}
    found |= dict.fromkeys((*DESCRIBED, "files"))
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(connection.execute("SELECT key, value FROM meta"))
            found |= {key: meta[key] for key in DESCRIBED if key in meta}
            found |= {key: int(meta[key]) for key in COUNTS if key in meta}
            found["files"] = connection.execute("SELECT count(*) FROM files").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as error:
        found["error"] = str(error)
    found["stale"] = _stale(found)
    return found


def _stale(found: dict[str, object]) -> str | None:
    """Why a cache will never be used again as it is, or None: its corpus is gone, or another
    format, summit version or stemmer made it (its corpus's next call rebuilds it)."""
    corpus = found.get("corpus")
    if "error" in found or not isinstance(corpus, str):
        return "not a readable index"
    if not os.path.exists(corpus):  # noqa: PTH110
        return "its corpus is gone"
    current = stamp(Path(corpus))
    differ = [
        key
        for key in ("format", "version", "stemmer")
        if found.get(key) is not None and found[key] != current[key]
    ]
    return f"made by another {' and '.join(differ)}" if differ else None


UNFINISHED = "left by a build that did not finish"


def clear(stale_only: bool = False, corpus: Path | None = None) -> list[dict[str, object]]:
    """Remove every cache (or the corpus's alone), or the stale ones (and any temporary file a
    killed build left, never a running build's); returns each as `describe` saw it before it
    went, so that what went can be listed as `summit cache info` lists what is."""
    folder = directory()
    name = glob.escape(database(corpus).name) if corpus is not None else f"*{SUFFIX}"
    temporary = folder.glob(f"{name}.*.tmp") if folder.is_dir() else []
    leftovers = [path for path in temporary if _abandoned(path)]
    described = [describe(path) for path in caches(corpus)]
    removed = [found for found in described if not stale_only or found["stale"]]
    removed += [{"cache": str(path), "stale": UNFINISHED} for path in leftovers]
    for found in removed:
        path = Path(str(found["cache"]))
        path.unlink(missing_ok=True)
        Path(f"{path}-journal").unlink(missing_ok=True)
    return removed
