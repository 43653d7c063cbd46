"""The persistent index (issue 20): the same bytes as reading the files, in every format, and a
working cache or none whatever happens to it."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, Result, bench_module, write_draft
from summitcli import cache, index, progress
from summitcli.cli import FOLDER_HINT
from summitcli.errors import NotFoundError


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small varied corpus, its cache in a directory of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SUMMIT_NO_CACHE", raising=False)
    # seed 12: Ishiba, who leads about one summit in forty, speaks six times in one of the eight
    written: Path = bench_module("corpus").write(tmp_path / "corpus", 8, seed=12)
    return written


COMMANDS = (
    ("search", "hydrogen"),
    ("search", "hydrogen energy"),
    ("search", '"hydrogen energy"', "cooperation"),
    ("search", "energy", "climate", "--any", "--limit", "5"),
    ("search", "leaders", "--exact"),
    ("search", "Korea-Japan"),
    ("search", "--topic", "energy"),
    ("search", "--type", "clause", "--section", "2"),
    ("search", "energy", "--speaker", "Ishiba", "--limit", "3"),
    ("search", "energy", "--type", "narration"),
    ("search", "zzzqqq"),
    ("search", "stated"),  # in the framing of quotations only
    ("search", "hydro-gen"),  # "did you mean" a word the phrase's parts make together
    ("search", '"Ishiba stated"', "--type", "clause"),
    ("search", "enrgy", "climte"),
    ("search", "energy hydrogen"),
    ("search", '"climate energy"', "trade"),
    ("search", "trade", "--exact"),
    ("search", "trade", "--type", "title"),
    ("search", "energy", "--type", "clause", "--type", "statement"),
    ("search", "--type", "preamble", "--type", "title", "--limit", "3"),
    ("search", "trade", "--speaker", "Nobody"),
    ("quotes",),
    ("quotes", "-s", "Ishiba"),
    ("quotes", "--accounts", "--topic", "energy"),
    ("quotes", "--kind", "account"),
    ("quotes", "--kind", "direct", "-k", "account", "-s", "Ishiba"),
    ("topics",),
    ("sections",),
    ("sections", "--clauses"),
    ("timeline",),
    ("outcomes",),
    ("outcomes", "--topic", "energy"),
    ("outcomes", "--expand"),
    ("outcomes", "--expand", "--topic", "energy"),
    ("show", "2.1"),
    ("show", "summit-00003:S2", "O1", "2", "t"),
    ("show", "2(1)", "summit-00005:P1"),
    ("show", "S99"),
    ("show", "summit-00003:S99"),
    ("show", "summit-00033:S1"),
    ("show", "6"),
    ("show", "2.9"),
    ("show", "summit-00003:7"),
)
FORMATS = ("plain", "json", "jsonl", "markdown", "csv", "rich")


def _same_both_ways(summit_cli: Callable[..., Result], *arguments: str) -> Result:
    """The call's exit code, stdout and stderr, the same with the cache as without it."""
    cached = summit_cli(*arguments)
    read = summit_cli("--no-cache", *arguments)
    assert (cached.returncode, cached.stdout, cached.stderr) == (
        read.returncode,
        read.stdout,
        read.stderr,
    ), arguments
    return cached


def test_every_command_and_format_gives_the_same_bytes_with_the_cache_and_without(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    served = 0
    for command in COMMANDS:
        found = True
        for fmt in FORMATS:
            if not found and fmt not in ("plain", "json"):
                break  # nothing found: stderr is all any format prints, and JSON its []
            cached = _same_both_ways(summit_cli, "--data", str(corpus), *command, "--format", fmt)
            found = cached.returncode == 0
            served += found
    assert served > len(COMMANDS) * len(FORMATS) / 2  # most of them find something
    assert len(cache.caches()) == 1


def test_a_single_data_file_is_read_each_call_and_leaves_no_cache(
    tmp_path: Path, summit_cli: Callable[..., Result]
) -> None:
    """One summit file is read as the bundled file is: its index saved no time (0.23-0.28 s a
    call either way) and left a cache behind for every file a curator queried once (new user
    40); a folder is what the index is for."""
    import shutil

    from summitcli import loader

    one = shutil.copy(loader.bundled_data_path(), tmp_path / "one.json")
    for command in COMMANDS:
        result = summit_cli("--data", str(one), *command)
        assert result.returncode in (0, 1, 2) and "Traceback" not in result.stderr, command
    assert cache.caches() == []


FOLDED = (  # text whose words fold into other words, or into keys FTS5 would split
    ("00002.json", "½ of ㈠ the ﬁnance Ⅻ hydrogen energy ½ ㈠ hydrogen hydrogen energy. "),
    ("00004.json", "Hydrogen — energy ㈠ ½ 1\u20442 ﬁnance finance: hydrogen energy energy. "),
)
FOLDED_SEARCHES = (
    ("hydrogen",),
    ("hydrogen energy",),
    ('"energy hydrogen"', "finance"),
    ("½",),
    ("㈠",),
    ("㈠", "hydrogen", "--any"),
    ('"㈠ hydrogen"',),
    ("1", "2"),
    ("finance", "Ⅻ"),
    ("xii",),
    ("hydro\u00adgen\u202e", "fi\u200bnance"),
)


def test_text_that_folds_into_other_words_is_searched_alike_with_the_cache_and_without(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    """Passages whose keys, all words together, are not their fields' (`index.search_keys`),
    and query words whose keys FTS5 would split, are counted from their stored keys."""
    for name, words in FOLDED:
        path = corpus / name
        path.write_text(path.read_text().replace('"text": "', f'"text": "{words}'), "utf-8")
    found = 0
    for command in FOLDED_SEARCHES:
        for fmt in ("json", "plain"):
            arguments = ("--data", str(corpus), "search", *command, "--format", fmt)
            found += _same_both_ways(summit_cli, *arguments).returncode == 0
    assert found >= 12


def test_a_summit_id_used_twice_is_refused_as_without_the_cache(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    summit_cli("--data", str(corpus), "topics")
    (corpus / "00009.json").write_text((corpus / "00002.json").read_text())  # its id again
    cached = summit_cli("--data", str(corpus), "topics")
    read = summit_cli("--no-cache", "--data", str(corpus), "topics")
    assert cached.returncode == read.returncode == 2
    assert cached.stderr == read.stderr and "is also used by" in cached.stderr
    assert 'give one of them another "id"' in cached.stderr  # how to mend it (a new user)


def test_a_link_to_a_summit_in_its_own_folder_is_told_to_go_not_to_change_an_id(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    """A symbolic link beside its file was told "give one of them another id", which cannot be
    done for one file (new user 53); and a link read before its file (named "0.json") was said
    to be the file, the file the link: doing as told deleted the data (new user 59)."""
    for link, target in (("00009.json", "00002.json"), ("0.json", "00003.json")):
        (corpus / link).symlink_to(target)
        cached = summit_cli("--data", str(corpus), "topics")
        read = summit_cli("--no-cache", "--data", str(corpus), "topics")
        assert cached.returncode == read.returncode == 2
        assert cached.stderr == read.stderr
        assert (
            f"{corpus / link} is a link to {corpus / target}: the folder reads that "
            "file twice; remove the link" in cached.stderr
        )
        assert "another" not in cached.stderr
        assert "$.id" not in cached.stderr  # a link is no field to mend (new user 65)
        (corpus / link).unlink()


@pytest.mark.parametrize("limit", [(), ("--limit", "1"), ("--limit", "3")])
def test_the_index_ranks_the_sources_own_words_before_curation_as_the_files_do(
    tmp_path: Path, summit_cli: Callable[..., Result], limit: tuple[str, ...]
) -> None:
    """Section 2 holds "future industries" only as a curated keyword: with the index as
    without it, S2, whose text says it, comes first, and a limit keeps the text's hits."""
    folder = tmp_path / "two"
    folder.mkdir()
    shutil.copy(ROOT / "data" / "summit_2025.json", folder)
    write_draft(folder)
    arguments = ("--data", str(folder), "search", "future industries", *limit, "--json")
    cached = _same_both_ways(summit_cli, *arguments)
    found = [hit["found_in"] for hit in json.loads(cached.stdout)]
    assert found == sorted(found, key=lambda place: place != "text")
    assert found[0] == "text"


@pytest.mark.parametrize("cache_use", [(), ("--no-cache",)])
def test_hidden_files_subfolders_and_schemas_in_a_corpus_folder_are_skipped(
    corpus: Path, summit_cli: Callable[..., Result], cache_use: tuple[str, ...]
) -> None:
    """An editor's files beside the summits (Emacs's lock file, a dangling link; a hidden copy,
    whose id is taken) are not summits, as `git` and `rg` skip them too."""
    expected = summit_cli(*cache_use, "--data", str(corpus), "topics")
    (corpus / ".#00001.json").symlink_to("root@host.1234:1700000000")
    (corpus / ".00002.json").write_text((corpus / "00002.json").read_text())
    (corpus / "drafts.json").mkdir()
    (corpus / "drafts.json" / "00002.json").write_text((corpus / "00002.json").read_text())
    (corpus / "summit.schema.json").write_text("{}")
    for _ in range(2):  # building the index, then checking it is fresh
        found = summit_cli(*cache_use, "--data", str(corpus), "topics")
        assert (found.returncode, found.stdout, found.stderr) == (
            0,
            expected.stdout,
            expected.stderr,
        )


def test_a_search_that_finds_nothing_is_answered_from_the_index_alone(
    corpus: Path, summit_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Did you mean" needs every word of the corpus: the index keeps them, so that a misspelt
    query over 10,000 summits does not decode every one of them (26 s)."""
    read = summit_cli("--no-cache", "--data", str(corpus), "search", "enrgy", "trad")
    assert read.returncode == 1 and "did you mean energy, Trade?" in read.stderr  # as first written

    def decoded(self: index.Index) -> None:
        raise AssertionError("every summit decoded")

    monkeypatch.setattr(index.Index, "summits", decoded)
    cached = summit_cli("--data", str(corpus), "search", "enrgy", "trad")
    assert (cached.returncode, cached.stderr) == (read.returncode, read.stderr)


@pytest.mark.parametrize("command", [("show", "2.1", "summit-00003:O1"), ("outcomes", "--expand")])
def test_commands_served_from_the_index_decode_no_whole_summit(
    corpus: Path,
    summit_cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    """What they show is read by ref from the index, never by decoding every summit (a 10,000
    file corpus, 26 s for "did you mean")."""
    read = summit_cli("--no-cache", "--data", str(corpus), *command)

    def decoded(self: index.Index) -> None:
        raise AssertionError("every summit decoded")

    monkeypatch.setattr(index.Index, "summits", decoded)
    cached = summit_cli("--data", str(corpus), *command)
    assert (cached.returncode, cached.stdout, cached.stderr) == (
        read.returncode,
        read.stdout,
        read.stderr,
    )


def test_a_changed_added_or_removed_file_is_seen_at_once(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    assert summit_cli("--data", str(corpus), "search", "zebra").returncode == 1
    first = corpus / "00003.json"
    first.write_text(first.read_text().replace('"text": "', '"text": "Zebra ', 1))
    found = summit_cli("--data", str(corpus), "search", "zebra", "--json")
    assert found.returncode == 0 and '"summit-00003"' in found.stdout
    (corpus / "00008.json").write_text(
        (corpus / "00003.json").read_text().replace("summit-00003", "summit-00099")
    )
    both = summit_cli("--data", str(corpus), "search", "zebra", "--format", "csv")
    assert "summit-00099" in both.stdout
    first.unlink()
    (corpus / "00008.json").unlink()
    assert summit_cli("--data", str(corpus), "search", "zebra").returncode == 1
    framed = ("search", "stated")  # the quotations only their framing holds it in, listed
    for arguments in (("topics", "--json"), ("search", "energy", "--json"), framed):
        cached = summit_cli("--data", str(corpus), *arguments)
        read = summit_cli("--no-cache", "--data", str(corpus), *arguments)
        assert (cached.stdout, cached.stderr) == (read.stdout, read.stderr)


def test_up_to_date_says_whether_the_next_call_would_trust_the_index_as_it_is(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the benchmark times as "the staleness check alone", through the module's public
    face rather than its private helpers."""
    from summitcli.output import Output

    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)
    assert not cache.up_to_date(corpus)  # no cache yet
    opened = cache.open_index(corpus, Output(stream=io.StringIO(), errors=io.StringIO()))
    assert opened is not None
    opened.connection.close()
    assert cache.up_to_date(corpus)
    changed = corpus / "00003.json"
    changed.write_text(changed.read_text().replace('"text": "', '"text": "Zebra ', 1))
    assert not cache.up_to_date(corpus)


VOCABULARY_CHANGES = (  # (file, the word its first text starts with, or None to remove it)
    (("00003.json", "Zebras"), ("00005.json", "ZEBRA")),
    (("00001.json", "Zebra"),),
    (("00001.json", None),),  # its first file gone, a word's spelling is the next file's
    (("00005.json", "zebra"),),
    (("00005.json", None),),
)


def test_did_you_mean_follows_every_added_changed_or_removed_file(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    """The index's vocabulary keeps each word's first spelling in the corpus's order, and how
    many files hold it, as files come and go."""
    offered = []
    for changes in ((), *VOCABULARY_CHANGES):
        for name, word in changes:
            path = corpus / name
            if word is None:
                path.unlink()
            else:
                path.write_text(path.read_text().replace('"text": "', f'"text": "{word} ', 1))
        cached = summit_cli("--data", str(corpus), "search", "zebar", "hydorgen")
        read = summit_cli("--no-cache", "--data", str(corpus), "search", "zebar", "hydorgen")
        assert (cached.returncode, cached.stderr) == (read.returncode, read.stderr)
        offered.append(cached.stderr.partition("did you mean ")[2].strip())
        _same_both_ways(summit_cli, "--data", str(corpus), "search", "zebra", "--json")
        afresh = shutil.copytree(corpus, corpus.with_name(f"afresh-{len(offered)}"))
        summit_cli("--data", str(afresh), "topics")
        assert _words(corpus) == _words(afresh)
    assert offered == [
        "hydrogen?",
        "ZEBRA, hydrogen?",
        "Zebra, hydrogen?",
        "ZEBRA, hydrogen?",
        "zebra, hydrogen?",
        "hydrogen?",  # "zebras" is not near enough
    ]


def _words(corpus: Path) -> tuple[list[Any], list[Any]]:
    """The index's vocabulary and forms (each token's key), which updates keep as a build
    makes them."""
    with sqlite3.connect(cache.database(corpus)) as connection:
        vocabulary = connection.execute("SELECT * FROM vocabulary ORDER BY folded").fetchall()
        forms = connection.execute("SELECT * FROM forms ORDER BY word").fetchall()
    return vocabulary, forms


PHRASES = (("energi",), ("hydrogen", "energi"), ("a", "a"), ("a", "b", "a"), ("b", "a", "b"))
STORED_KEYS = ("a a a b a b a", "hydrogen energi · hydrogen · energi hydrogen energi", "", "b")


@pytest.mark.parametrize("keys", STORED_KEYS)
def test_a_phrase_is_counted_in_stored_keys_as_in_their_fields(keys: str) -> None:
    from summitcli.search import phrase_count

    fields = [field.split() for field in keys.split(f" {index.SEPARATOR} ")]
    for phrase in PHRASES:
        assert index._phrase_count(keys, phrase) == phrase_count(fields, phrase), phrase


def test_a_file_made_invalid_is_refused_as_without_the_cache(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    summit_cli("--data", str(corpus), "topics")
    (corpus / "00005.json").write_text('{"format": 1}')
    cached = summit_cli("--data", str(corpus), "topics")
    read = summit_cli("--no-cache", "--data", str(corpus), "topics")
    assert cached.returncode == read.returncode == 2
    assert cached.stderr == read.stderr
    assert len(cached.stderr.splitlines()) == 1
    assert cached.stderr.endswith(f"{FOLDER_HINT}\n")  # one file stops a folder: what next
    alone = summit_cli("--data", str(corpus / "00005.json"), "topics")
    assert alone.returncode == 2 and "a folder is read whole" not in alone.stderr


def test_a_folder_named_by_summit_data_gets_the_same_way_on(corpus: Path) -> None:
    """New user 48: `SUMMIT_DATA=folder summit sections` ended at the refused file's problem,
    where `--data folder` says what to do next."""
    from conftest import run_process

    (corpus / "z.json").write_text("[1, 2]")
    by_option = run_process("--data", str(corpus), "sections")
    by_variable = run_process("sections", SUMMIT_DATA=str(corpus))
    assert by_option.returncode == by_variable.returncode == 2
    assert by_variable.stderr == by_option.stderr
    assert by_variable.stderr.endswith(f"{FOLDER_HINT}\n")


def test_a_summit_file_that_cannot_be_stated_is_refused_as_without_the_cache(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    summit_cli("--data", str(corpus), "topics")
    (corpus / "00009.json").symlink_to(corpus / "gone.json")  # a link to no file
    cached = summit_cli("--data", str(corpus), "topics")
    read = summit_cli("--no-cache", "--data", str(corpus), "topics")
    assert cached.returncode == read.returncode == 2
    assert cached.stderr == read.stderr
    assert cached.stderr.endswith(f", which does not exist{FOLDER_HINT}\n")  # a link to no file
    assert "00009.json: a link to " in cached.stderr


def test_two_processes_building_at_once_both_answer_and_leave_one_cache(
    corpus: Path, tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "summitcli", "--data", str(corpus), "search", "energy"]
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    started = [
        subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=120)[0] for process in started]
    assert [process.returncode for process in started] == [0, 0]
    assert outputs[0] == outputs[1] != ""
    assert [path.name for path in cache.directory().iterdir()] == [cache.database(corpus).name]


def test_ctrl_c_mid_build_leaves_no_cache_and_the_next_call_builds_one(
    corpus: Path, summit_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = index.store
    calls = []

    def interrupted(*arguments: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        store(*arguments)

    monkeypatch.setattr(index, "store", interrupted)
    assert summit_cli("--data", str(corpus), "topics").returncode == 130
    assert not cache.directory().exists() or list(cache.directory().iterdir()) == []
    monkeypatch.setattr(index, "store", store)
    assert summit_cli("--data", str(corpus), "topics").returncode == 0
    assert cache.database(corpus).exists()


def test_ctrl_c_mid_update_keeps_the_cache_as_it_was(
    corpus: Path, summit_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = summit_cli("--data", str(corpus), "topics", "--json").stdout
    for name in ("00001.json", "00002.json"):
        path = corpus / name
        path.write_text(path.read_text().replace('"text": "', '"text": "Zebra ', 1))

    def interrupted(*arguments: Any) -> None:
        raise KeyboardInterrupt

    store = index.store
    monkeypatch.setattr(index, "store", interrupted)
    assert summit_cli("--data", str(corpus), "search", "zebra").returncode == 130
    monkeypatch.setattr(index, "store", store)
    assert summit_cli("--data", str(corpus), "topics", "--json").stdout == before
    assert (
        summit_cli("--data", str(corpus), "search", "zebra", "--format", "csv").stdout.count(
            "Zebra"
        )
        == 2
    )


def test_a_cache_that_cannot_be_written_is_skipped_with_a_note(
    corpus: Path, summit_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "/dev/null/cache")  # not a directory, even for root
    cached = summit_cli("--data", str(corpus), "search", "energy", "--json")
    read = summit_cli("--no-cache", "--data", str(corpus), "search", "energy", "--json")
    assert cached.returncode == 0 and cached.stdout == read.stdout
    assert cached.stderr.count("\n") == read.stderr.count("\n") + 1
    assert "summit: note: cannot write the cache in /dev/null/cache/summit" in cached.stderr


def test_a_corrupt_cache_file_is_rebuilt(corpus: Path, summit_cli: Callable[..., Result]) -> None:
    expected = summit_cli("--no-cache", "--data", str(corpus), "quotes", "--json").stdout
    summit_cli("--data", str(corpus), "quotes")
    database = cache.database(corpus)
    database.write_bytes(b"not a database" * 100)
    assert summit_cli("--data", str(corpus), "quotes", "--json").stdout == expected
    assert database.read_bytes().startswith(b"SQLite format 3")


def _damage_pages(database: Path, tables: tuple[str, ...]) -> None:
    """Write zeros over every page of the tables, as a bad disk would (new user 53 wrote random
    bytes into the middle of a cache)."""
    with sqlite3.connect(database) as connection:
        pages = [row[0] for row in connection.execute(
            f"SELECT pageno FROM dbstat WHERE name IN ({','.join('?' * len(tables))})", tables
        )]  # fmt: skip
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with database.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * size)
            file.write(bytes(size))


@pytest.mark.parametrize(
    ("tables", "command", "first_call"),
    [
        (("files", "corpus"), "quotes", 0),  # read on opening: built anew at once
        (("forms_key",), "search", 2),  # read answering: said, and removed
    ],
)
def test_a_cache_damaged_inside_is_never_a_bug_nor_kept(
    corpus: Path,
    summit_cli: Callable[..., Result],
    tables: tuple[str, ...],
    command: str,
    first_call: int,
) -> None:
    """Damaged pages gave "internal error (DatabaseError: database disk image is malformed)"
    or a note that the cache "cannot be written", at every call until `cache clear`."""
    call = ("--data", str(corpus), command, *(["energy"] if command == "search" else []), "--json")
    expected = summit_cli("--no-cache", *call).stdout
    summit_cli(*call)
    _damage_pages(cache.database(corpus), tables)
    damaged = summit_cli(*call)
    assert damaged.returncode == first_call, damaged.stderr
    assert "internal error" not in damaged.stderr and "cannot write" not in damaged.stderr
    if first_call:
        assert damaged.stderr == (
            f"summit: the cache of {corpus} is damaged (its pages fail SQLite's check): it is "
            "removed, and the next call builds it anew\n"
        )
    again = summit_cli(*call)
    assert (again.returncode, again.stdout, again.stderr) == (0, expected, "")


def test_a_bug_met_over_a_cache_removes_it_in_case_the_cache_was_the_cause(
    corpus: Path, summit_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bytes a bad disk changed inside a text pass SQLite's check and failed every call, "internal
    error (UnicodeDecodeError …)", until `cache clear` (new user 53): the bug is still said."""
    summit_cli("--data", str(corpus), "quotes")

    def misread(*_: object) -> None:
        raise UnicodeDecodeError("utf-8", b"\xb7", 0, 1, "invalid start byte")

    monkeypatch.setattr(index.Index, "__init__", misread)
    failed = summit_cli("--data", str(corpus), "quotes")
    assert failed.returncode == 3
    assert failed.stderr == (
        "summit: internal error (UnicodeDecodeError: 'utf-8' codec can't decode byte 0xb7 in "
        f"position 0: invalid start byte); please report it (the cache of {corpus} is removed, "
        "in case it was the cause)\n"
    )
    assert not cache.database(corpus).exists()


def test_the_bundled_file_and_no_cache_write_nothing(
    corpus: Path, summit_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert summit_cli("search", "hydrogen").returncode == 0
    assert summit_cli("--data", str(corpus), "--no-cache", "topics").returncode == 0
    monkeypatch.setenv("SUMMIT_NO_CACHE", "1")
    assert summit_cli("--data", str(corpus), "topics").returncode == 0
    assert not cache.directory().exists()


CACHE_HEADER = [
    "Cache", "Corpus", "Files", "Documents", "Words", "Bytes", "Format", "Version", "Stemmer",
    "Stale",
]  # fmt: skip


def test_cache_info_and_clear(corpus: Path, summit_cli: Callable[..., Result]) -> None:
    """Piped, a cache is a tab-separated row, as any record is; the directory is a note."""
    summit_cli("--data", str(corpus), "topics")
    info = summit_cli("cache", "info")
    [row] = [line.split("\t") for line in info.stdout.splitlines()]
    assert len(row) == len(CACHE_HEADER)
    assert (row[0], row[1], row[2]) == (cache.caches()[0].name, str(corpus.resolve()), "8")
    assert info.stderr == f"summit: note: 1 cache in {cache.directory()}\n"
    cleared = summit_cli("cache", "clear")
    assert cleared.stdout == info.stdout  # each as it was before it went
    assert cleared.stderr == f"summit: note: removed 1 cache file from {cache.directory()}\n"
    assert cache.caches() == []
    empty = summit_cli("cache", "info", "--json")  # a listing with nothing in it, as `topics`
    assert (empty.returncode, empty.stdout) == (1, "[]\n")
    assert summit_cli("cache", "clear").returncode == 0  # nothing to remove is no failure


def test_cache_with_data_lists_and_clears_that_corpus_s_cache_alone(
    corpus: Path, tmp_path: Path, summit_cli: Callable[..., Result]
) -> None:
    """`summit --data CORPUS cache info` was every cache of the directory (new user 38: 43,
    most of other folders); with --data, info and clear mean that corpus's cache."""
    other = tmp_path / "other"
    shutil.copytree(corpus, other)
    for folder in (corpus, other):
        summit_cli("--data", str(folder), "topics")
    listed = json.loads(summit_cli("--data", str(corpus), "cache", "info", "--json").stdout)
    assert [found["corpus"] for found in listed] == [str(corpus.resolve())]
    note = summit_cli("--data", str(corpus), "cache", "info").stderr
    assert note == f"summit: note: 1 cache of {corpus} in {cache.directory()}\n"
    cleared = json.loads(summit_cli("--data", str(corpus), "cache", "clear", "--json").stdout)
    assert cleared["removed"] == [str(cache.database(corpus))]
    assert cache.caches() == [cache.database(other)]
    nothing = summit_cli("--data", str(corpus), "cache", "info", "--json")
    assert (nothing.returncode, nothing.stdout) == (1, "[]\n")
    assert len(json.loads(summit_cli("cache", "info", "--json").stdout)) == 1  # without: all


@pytest.mark.parametrize("action", ["info", "clear"])
def test_cache_of_a_path_that_is_not_there_says_so(
    tmp_path: Path, summit_cli: Callable[..., Result], action: str
) -> None:
    """New user 63: `cache clear --data nonexist` said "removed 0 cache files of nonexist",
    exit 0, where every other command says a --data path is not there. A corpus removed may
    still have its cache to clear, so it is no error; the note says the path is not there."""
    gone = tmp_path / "nonexist"
    result = summit_cli("--data", str(gone), "cache", action)
    assert result.returncode == (1 if action == "info" else 0)
    assert result.stderr.endswith(
        f" of {gone} (no such file or folder: is the path right?) in {cache.directory()}\n"
        if action == "info"
        else f" of {gone} (no such file or folder: is the path right?) from {cache.directory()}\n"
    ), result.stderr


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_cache_clear_lists_what_it_removed_in_the_format_info_would(
    fmt: str, corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    """`--format csv` or `markdown` is honoured by clear as by info, down to a table of none."""
    summit_cli("--data", str(corpus), "topics")
    info = summit_cli("cache", "info", "--format", fmt).stdout
    assert summit_cli("cache", "clear", "--format", fmt).stdout == info
    nothing = summit_cli("cache", "clear", "--format", fmt)
    assert nothing.stdout == summit_cli("cache", "info", "--format", fmt).stdout
    assert nothing.stdout and nothing.returncode == 0


@pytest.mark.parametrize("stale", [[], ["--stale"]])
def test_cache_clear_lists_the_file_of_a_build_that_did_not_finish(
    corpus: Path, summit_cli: Callable[..., Result], stale: list[str]
) -> None:
    """A build whose process is alive is no leftover (new developer 37: `cache clear` removed
    a running build's file, and the build then blamed the cache folder)."""
    database = cache.database(corpus)
    database.parent.mkdir(parents=True)
    abandoned = database.with_name(f"{database.name}.999999999.tmp")
    running = database.with_name(f"{database.name}.{os.getpid()}.tmp")  # this process: alive
    for temporary in (abandoned, running):
        temporary.write_bytes(b"half a build")
    cleared = summit_cli("cache", "clear", *stale).stdout.splitlines()
    [row] = [line.split("\t") for line in cleared]
    assert (row[0], row[-1]) == (abandoned.name, cache.UNFINISHED)
    assert not abandoned.exists() and running.exists()


@pytest.mark.parametrize("fmt", ["--json", "--jsonl", "--format=json", "-fjsonl"])
def test_cache_info_and_clear_as_json(
    fmt: str, corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    """What a script reads: each cache with its numbers as numbers, an array (or lines) as
    every other listing gives."""
    summit_cli("--data", str(corpus), "topics")
    text = summit_cli("cache", "info", fmt).stdout
    [found] = json.loads(text) if "jsonl" not in fmt else list(map(json.loads, text.splitlines()))
    assert found["type"] == "cache"
    assert (found["corpus"], found["files"]) == (str(corpus.resolve()), 8)
    assert isinstance(found["documents"], int) and isinstance(found["bytes"], int)
    assert found["cache"] == str(cache.caches()[0])
    cleared = json.loads(summit_cli("cache", "clear", "--json").stdout)
    assert cleared == {"directory": str(cache.directory()), "removed": [found["cache"]]}
    assert summit_cli("cache", "info", "--json").stdout == "[]\n"


def test_cache_clear_as_jsonl_lists_what_it_removed_as_info_lists_caches(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    """New user 48: `cache clear --jsonl` printed `--json`'s one object, where CSV, Markdown
    and plain text list each removed cache as `info` does: JSON Lines is records, a line each."""
    summit_cli("--data", str(corpus), "topics")
    listed = summit_cli("cache", "info", "--jsonl").stdout
    cleared = summit_cli("cache", "clear", "--jsonl")
    assert cleared.returncode == 0 and cleared.stdout == listed
    assert [json.loads(line)["type"] for line in cleared.stdout.splitlines()] == ["cache"]


@pytest.mark.parametrize("caches", [1, 0])
def test_cache_info_in_csv_and_markdown_has_the_header_of_every_listing(
    caches: int, corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    if caches:
        summit_cli("--data", str(corpus), "topics")
    as_csv = summit_cli("cache", "info", "--format", "csv")
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["type", "summit", *CACHE_HEADER] and len(rows) == 1 + caches
    assert as_csv.returncode == (0 if caches else 1)  # no caches: a listing with nothing in it
    as_markdown = summit_cli("cache", "info", "--format", "markdown").stdout.splitlines()
    assert as_markdown[0] == "| " + " | ".join(CACHE_HEADER) + " |"
    assert len(as_markdown) == 2 + caches


def test_stale_caches_are_marked_and_cleared_alone(
    corpus: Path, tmp_path: Path, summit_cli: Callable[..., Result]
) -> None:
    """A cache no call will use again (its corpus deleted, or an older index format) says so,
    and `cache clear --stale` removes those alone. An older format's stamp may lack a key
    (summit's version was `summit` until format 11): it is null, not "another version"."""
    gone = tmp_path / "gone"
    shutil.copytree(corpus, gone)
    older = tmp_path / "older"
    shutil.copytree(corpus, older)
    for folder in (corpus, gone, older):
        assert summit_cli("--data", str(folder), "topics").returncode == 0
    shutil.rmtree(gone)
    [older_cache] = [p for p in cache.caches() if p.name.startswith("older-")]
    with sqlite3.connect(older_cache) as connection:
        connection.execute("UPDATE meta SET value = '1' WHERE key = 'format'")
        connection.execute("UPDATE meta SET key = 'summit' WHERE key = 'version'")
    connection.close()
    assert "None" not in summit_cli("cache", "info").stdout  # a value it lacks is empty
    described = json.loads(summit_cli("cache", "info", "--json").stdout)
    assert len({tuple(found) for found in described}) == 1  # the same keys, in the same order
    stale = {Path(found["corpus"]).name: found["stale"] for found in described}
    assert stale == {
        corpus.name: None,
        "gone": "its corpus is gone",
        "older": "made by another format",
    }
    assert "\tits corpus is gone\n" in summit_cli("cache", "info").stdout
    listed = json.loads(summit_cli("cache", "info", "--stale", "--json").stdout)
    assert sorted(Path(str(found["corpus"])).name for found in listed) == ["gone", "older"]
    cleared = json.loads(summit_cli("cache", "clear", "--stale", "--json").stdout)
    assert len(cleared["removed"]) == 2
    [kept] = json.loads(summit_cli("cache", "info", "--json").stdout)
    assert kept["corpus"] == str(corpus.resolve())


def _tables(corpus: Path) -> dict[str, list[Any]]:
    """Every row of the corpus's index but its stamps (which hold the files' times)."""
    with sqlite3.connect(cache.database(corpus)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        names = [row[0] for row in rows]
        return {
            name: connection.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()
            for name in names
            if name not in ("files", "corpus") and not name.startswith(("sqlite_", "passages_"))
        }


def test_a_build_in_worker_processes_writes_the_index_a_build_in_one_writes(
    corpus: Path, summit_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = summit_cli("--data", str(corpus), "search", "energy", "--json")
    built_alone = _tables(corpus)
    summit_cli("cache", "clear")
    monkeypatch.setattr(cache, "PARALLEL_FROM", 2)
    assert summit_cli("--data", str(corpus), "search", "energy", "--json").stdout == alone.stdout
    assert _tables(corpus) == built_alone
    summit_cli("cache", "clear")
    (corpus / "00005.json").write_text('{"format": 1}')
    refused = summit_cli("--data", str(corpus), "topics")
    read = summit_cli("--no-cache", "--data", str(corpus), "topics")
    assert (refused.returncode, refused.stderr) == (read.returncode, read.stderr) != (2, "")


def test_ctrl_c_at_the_terminal_mid_build_stops_every_process_and_leaves_no_file(
    tmp_path: Path,
) -> None:
    """Ctrl-C signals the whole foreground process group: the build and its workers."""
    import signal
    import time

    corpus = bench_module("corpus").write(tmp_path / "corpus", cache.PARALLEL_FROM + 50)
    caches = tmp_path / "cache"
    build = subprocess.Popen(
        [sys.executable, "-m", "summitcli", "--data", str(corpus), "topics"],
        env={**os.environ, "XDG_CACHE_HOME": str(caches)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, as a shell's job
    )
    deadline = time.monotonic() + 60
    while not list(caches.glob("summit/*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # into the files
    os.killpg(build.pid, signal.SIGINT)
    stdout, stderr = build.communicate(timeout=60)
    assert (build.returncode, stdout, stderr) == (130, "", "")
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):  # no worker left behind
        os.killpg(build.pid, 0)
    assert list((caches / "summit").iterdir()) == []


def test_a_build_removes_the_files_of_builds_killed_before_it(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    database = cache.database(corpus)
    database.parent.mkdir(parents=True)
    abandoned = database.with_name(f"{database.name}.999999999.tmp")  # no such process
    abandoned.write_bytes(b"half a build")
    assert summit_cli("--data", str(corpus), "topics").returncode == 0
    assert [path.name for path in database.parent.iterdir()] == [database.name]


def test_a_piped_data_file_is_read_without_a_cache(corpus: Path) -> None:
    """`--data <(cat a.json)` is read once: a cache of it would be stale as soon as made (each
    call left one, its "corpus gone")."""
    from conftest import SUMMIT, clean_env

    [first] = sorted(corpus.glob("*.json"))[:1]
    command = f"'{SUMMIT}' --data <(cat '{first}') sections"
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, env=clean_env(), check=False
    )
    assert result.returncode == 0, result.stderr
    assert cache.caches() == []


def test_a_folder_named_like_a_cache_is_no_cache(
    corpus: Path, summit_cli: Callable[..., Result]
) -> None:
    """Something else's folder in the cache directory is left alone: `cache clear --stale`
    stopped at it ("Is a directory") and left the caches after it."""
    assert summit_cli("--data", str(corpus), "topics").returncode == 0
    stranger = cache.directory() / "aaa.sqlite"
    stranger.mkdir()
    assert summit_cli("cache", "info").stdout.count("\n") == 1
    assert summit_cli("cache", "clear").returncode == 0
    assert stranger.is_dir() and cache.caches() == []


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stderr_is_a_terminal", [True, False])
def test_a_builds_progress_bar_goes_to_stderr_only(
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stderr_is_a_terminal: bool,
) -> None:
    """The bar was drawn on Rich's default console, stdout: a cold build longer than a second
    put a stray line before piped JSON, and no bar reached the terminal (new developer 31)."""
    from summitcli.output import Output

    monkeypatch.setattr(progress, "PROGRESS_AFTER", 0.0)
    monkeypatch.delenv("TERM", raising=False)
    stream = io.StringIO()
    errors = _Terminal() if stderr_is_a_terminal else io.StringIO()
    opened = cache.open_index(corpus, Output(stream=stream, errors=errors))
    assert opened is not None
    opened.connection.close()
    assert stream.getvalue() == "" and capsys.readouterr().out == ""
    assert bool(errors.getvalue()) == stderr_is_a_terminal


def test_the_index_and_the_files_in_memory_answer_alike(corpus: Path) -> None:
    """A command asks `loaded.Loaded` or the index the same questions (`source_of`): each
    answer must hold the same records in the same order, or a cache would change what it
    prints (the CLI test above sees that through every format)."""
    from summitcli import loader
    from summitcli.loaded import Loaded
    from summitcli.output import Output

    loaded = Loaded(loader.load(corpus))
    served = cache.open_index(corpus, Output(stream=io.StringIO(), errors=io.StringIO()))
    assert served is not None

    def cited(records: Any) -> list[tuple[str, str]]:
        return [(record.summit, getattr(record, "ref", "")) for record in records]

    asked: tuple[Callable[[Any], Any], ...] = (
        lambda source: source.sections(),
        lambda source: source.outcomes(),
        lambda source: source.outcomes(source.topic_names(["energy"])),
        lambda source: source.find_records(["2.1", "summit-00003:S2", "O1"]),
        lambda source: source.quotations(["direct", "reported"], ["Ishiba"], None)[0],
        lambda source: source.quotations(["account", "reported"], None, ["north-korea"], "article")[
            0
        ],
        lambda source: source.quotations(["reported"], None, None, "release")[0],
    )
    try:
        for question in asked:
            answer = cited(question(loaded))
            assert answer and answer == cited(question(served))
        assert [e.date for e in loaded.timeline()] == [e.date for e in served.timeline()]
        assert [t.name for t in loaded.topics()] == [t.name for t in served.topics()]
        for wrong in ("9.9", "O99", "summit-00003:9.9", "nope:S1"):  # and tell the same
            told = []
            for source in (loaded, served):
                with pytest.raises(NotFoundError) as raised:
                    source.find_records([wrong])
                told.append(str(raised.value))
            assert told[0] == told[1] and (":" in wrong or " in any of the " in told[0])
    finally:
        served.connection.close()


@pytest.mark.parametrize(
    ("value", "off"),
    [("1", True), ("yes", True), ("true", True), ("", False), ("0", False), ("false", False),
     ("FALSE", False), ("no", False), ("off", False)],
)  # fmt: skip
def test_summit_no_cache_false_keeps_the_cache(
    monkeypatch: pytest.MonkeyPatch, value: str, off: bool
) -> None:
    """SUMMIT_NO_CACHE=false turned the cache off (new user 53): a word for no is no."""
    monkeypatch.setenv("SUMMIT_NO_CACHE", value)
    assert cache.disabled() is off
