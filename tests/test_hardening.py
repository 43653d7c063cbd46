"""Hostile text, closed pipes, interrupts, random input and read-only behaviour, end to end."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DRAFTS, SUMMIT, clean_env, run_in_process, run_process, write_draft
from summitcli import loader
from summitcli.cli import FOLDER_HINT

HOSTILE = "[bold red]shout[/] [link=https://example.invalid]click[/link] [/] \\[x]"


@pytest.fixture
def hostile_data(write_data: Callable[..., Path]) -> Path:
    def plant(data: dict[str, Any]) -> None:
        data["release"]["sections"][1]["clauses"][0]["text"] = f"hydrogen {HOSTILE}"
        data["statements"][0]["text"] = f"We agreed {HOSTILE}"

    return write_data(plant)


@pytest.mark.parametrize("args", [["show", "2.1", "S1"], ["search", "hydrogen"], ["quotes"]])
def test_markup_in_data_is_shown_literally_on_a_terminal(
    hostile_data: Path, summit_tty: Any, args: list[str]
) -> None:
    code, output = summit_tty("--data", str(hostile_data), *args, columns=400)
    assert code == 0
    assert HOSTILE in output.replace("\r\n", "\n")
    assert "\x1b]8;" not in output  # no hyperlink escape was produced


def test_markup_in_data_is_kept_exactly_in_plain_and_json(hostile_data: Path) -> None:
    plain = run_process("--data", str(hostile_data), "show", "S1").stdout
    assert plain == f"S1\tLee Jae-myung & Shigeru Ishiba\tdirect\tWe agreed {HOSTILE}\n"
    [record] = json.loads(run_process("--data", str(hostile_data), "show", "S1", "--json").stdout)
    assert record["text"] == f"We agreed {HOSTILE}"


def test_markup_in_the_query_is_plain_text(summit_tty: Any) -> None:
    code, output = summit_tty("search", "--any", "[bold]", "hydrogen", "[/]", columns=120)
    assert code == 0
    assert "Search: [bold] hydrogen [/]" in output  # the title, literally


@pytest.mark.parametrize(
    "args",
    [
        ["quotes"],
        ["sections", "--jsonl"],
        ["search", "cooperation", "--json"],
        ["info"],
        ["--help"],
        [],
        ["search", "--help"],
        ["draft", str(DRAFTS / "kim-sato.txt")],
    ],
)
def test_a_closed_pipe_is_quiet(args: list[str]) -> None:
    process = subprocess.Popen(
        [str(SUMMIT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env()
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader leaves before the first line is written
    errors = process.stderr.read().decode()
    assert process.wait(timeout=30) == 0
    assert errors == ""


def test_a_reader_of_the_notes_that_leaves_is_no_failure() -> None:
    """`summit draft a.txt 2>&1 | head -1`: the review notes meet the closed pipe after the
    draft is written, and Typer's Click turned that into exit 1 (a new user's 5 runs of 8)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader leaves before the first note
    try:
        result = subprocess.run(
            [str(SUMMIT), "draft", str(DRAFTS / "kim-sato.txt")],
            stdout=subprocess.PIPE,
            stderr=write_end,
            env=clean_env(),
        )
    finally:
        os.close(write_end)
    assert result.returncode == 0
    assert json.loads(result.stdout)["curation"]["review"]  # the notes it had to say


def test_head_reads_the_first_line_quietly() -> None:
    result = subprocess.run(
        f"set -o pipefail; {SUMMIT} quotes | head -1",
        shell=True,
        capture_output=True,
        text=True,
        env=clean_env(),
        executable="/bin/bash",
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("S1\t")


def test_an_unwritable_output_is_one_line() -> None:
    with Path("/dev/full").open("w") as full:
        result = subprocess.run(
            [str(SUMMIT), "sections"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=clean_env(),
        )
    assert (result.returncode, result.stderr) == (
        2,
        "summit: cannot write the output: No space left on device\n",
    )


@pytest.mark.parametrize("unbuffered", ["1", ""])  # PYTHONUNBUFFERED, set in many containers
def test_output_into_a_slow_non_blocking_pipe_arrives_whole(unbuffered: str) -> None:
    """New user 58: stdout a pipe opened non-blocking (as some parents open them), its reader
    slower than summit: the output stopped at the pipe's size and the call exited 0. A slow
    reader is waited for."""
    import fcntl

    whole = run_process("read", "--json").stdout.encode()
    reader, writer = os.pipe()
    fcntl.fcntl(writer, fcntl.F_SETPIPE_SZ, 4096)
    os.set_blocking(writer, False)
    process = subprocess.Popen(
        [str(SUMMIT), "read", "--json"],
        stdout=writer,
        stderr=subprocess.PIPE,
        env=clean_env(PYTHONUNBUFFERED=unbuffered),
    )
    os.close(writer)
    time.sleep(1)  # the pipe fills long before the reader comes
    with os.fdopen(reader, "rb") as pipe:
        arrived = pipe.read()
    assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    assert len(whole) > 4096 * 2 and arrived == whole


@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_output_cut_short_by_a_full_disk_fails_saying_so(unbuffered: str, tmp_path: Path) -> None:
    """New user 58: on a full disk, JSON's one large write was cut short and the call exited
    0 with a third of the file (PYTHONUNBUFFERED writes straight to the descriptor, and a
    short write lost the rest). A file-size limit cuts a write short as a full disk does."""
    import resource

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails, no signal

    with (tmp_path / "out.json").open("wb") as out:
        result = subprocess.run(
            [str(SUMMIT), "read", "--json"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            env=clean_env(PYTHONUNBUFFERED=unbuffered),
            preexec_fn=limited,
            check=False,
        )
    assert (result.returncode, result.stderr) == (
        2,
        "summit: cannot write the output: File too large\n",
    )


def _with_standard_output_closed(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SUMMIT), *args],
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(),
        preexec_fn=lambda: os.close(1),
        check=False,
    )


@pytest.mark.parametrize("args", [["sections"], ["search", "hydrogen", "--json"], ["--help"]])
def test_a_closed_standard_output_is_one_line(args: list[str]) -> None:
    """Started with stdout closed (`summit sections >&-`), Python has no sys.stdout at all."""
    result = _with_standard_output_closed(args)
    assert (result.returncode, result.stderr) == (
        2,
        "summit: cannot write the output: standard output is closed\n",
    )


def test_a_command_writing_only_a_file_runs_with_standard_output_closed(tmp_path: Path) -> None:
    """New user 62: `draft a.txt -o f.json >&-` and `export sqlite x.db >&-` refused to run,
    "standard output is closed", though neither writes to it."""
    article = Path(__file__).parent / "drafts" / "kim-sato.txt"
    for args, written in (
        (["draft", str(article), "-o", str(tmp_path / "d.json")], tmp_path / "d.json"),
        (["export", "sqlite", str(tmp_path / "s.db")], tmp_path / "s.db"),
    ):
        result = _with_standard_output_closed(args)
        assert result.returncode == 0, result.stderr
        assert written.stat().st_size > 0 and "standard output" not in result.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["outcomes"], 0),  # rows, then a note on stderr
        (["show", "S99"], 2),  # an error said on stderr
        (["search", "zeppelin"], 1),  # no results, said on stderr
        (["draft", str(DRAFTS / "kim-sato.txt")], 0),  # the draft, then its review notes
    ],
)
def test_a_full_standard_error_loses_the_messages_never_the_exit_code(
    args: list[str], code: int
) -> None:
    """A third new user's find: with stderr on a full disk (`2>/dev/full`) a note that could
    not be written became exit 1, whatever the call's outcome."""
    with Path("/dev/full").open("w") as full:
        result = subprocess.run(
            [str(SUMMIT), *args], stdout=subprocess.PIPE, stderr=full, env=clean_env()
        )
    assert result.returncode == code
    assert bool(result.stdout) == (code == 0)


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_closed_standard_error_loses_only_the_messages(
    where: str, tmp_path: Path, write_data: Callable[..., Path]
) -> None:
    """Started with stderr closed (`summit search x 2>&-`), the notes have nowhere to go: the
    output is whole, and the first file opened must not take fd 2 (a cache build's notes went
    into stdout, or the call failed with exit 3). Twice: building an index, then using it."""
    path = write_data()
    write_draft(tmp_path)
    data = str(path if where == "file" else tmp_path)
    for _ in range(2):
        result = subprocess.run(
            [str(SUMMIT), "--data", data, "search", "hydrogen", "--json"],
            stdout=subprocess.PIPE,
            text=True,
            env=clean_env(),
            preexec_fn=lambda: os.close(2),
        )
        assert result.returncode == 0
        assert "hydrogen" in json.dumps(json.loads(result.stdout))


@pytest.mark.parametrize(
    ("size", "said"),
    [
        (256 * 1024 + 1, "over it"),
        (700 * 1024 + 500, "700 KiB"),
        (1024 * 1024 * 3 // 2, "1.5 MiB"),
    ],
)
def test_draft_refuses_more_than_an_article_at_once(size: int, said: str, tmp_path: Path) -> None:
    """A padded or concatenated input kept `draft` busy for minutes without a word (a new
    user's 700 KB file, then a 7 MB one): anything over an article's size is refused first."""
    article = tmp_path / "big.txt"
    paragraph = "President Kim said the talks went well. " * 20 + "\n\n"
    article.write_text((paragraph * (size // len(paragraph) + 1))[:size], encoding="utf-8")
    result = subprocess.run(
        [str(SUMMIT), "draft", str(article)],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        f"summit: {article}: file is too large ({said}; the limit is 256 KiB)\n",
    )


@pytest.mark.parametrize(
    ("close_stdin", "message"),
    [
        (True, "summit: stdin is closed: nothing to draft\n"),
        (False, "summit: stdin: is empty: nothing to draft\n"),
    ],
)
def test_draft_tells_a_closed_stdin_from_an_empty_one(close_stdin: bool, message: str) -> None:
    """`summit draft - <&-` has nothing to read, as `< /dev/null` has, but for another reason:
    the message says which, since the fix differs (a pipe never connected, not an empty file)."""
    result = subprocess.run(
        [str(SUMMIT), "draft", "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=clean_env(),
        preexec_fn=(lambda: os.close(0)) if close_stdin else None,
    )
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message)


@pytest.mark.parametrize(
    "args",
    [
        ["search", "\x1b[31mred\x1b]0;pwned\x07"],
        ["search", "\x1b]0;pwned\x07", "--type", "clause"],
        ["show", "\x1b]0;pwned\x07"],
        ["quotes", "-s", "\x1b]0;pwned\x07"],
        ["show", "S1\u202e99S"],
        ["quotes", "-s", "Nobody\u2066\u200b\u00ad\U000e0041\u2028"],
        ["search", "zebra\u202e"],
        ["search", "zebra\u2067\u00ad"],
        ["--data", "/nonexistent/\u202enosj.json", "info"],
        ["--data", "/nonexistent/a\nb.json", "info"],  # new user 46: "a b.json"
    ],
)
def test_control_characters_typed_are_never_echoed_raw(args: list[str]) -> None:
    """A message quoting the query must not let it retitle or recolour the terminal, nor show
    other text than it holds (a right-to-left override reverses what follows it)."""
    result = subprocess.run([str(SUMMIT), *args], capture_output=True, text=True, env=clean_env())
    assert result.returncode in (1, 2) and result.stderr.startswith("summit: ")
    assert result.stderr.rstrip("\n").isprintable(), result.stderr


@pytest.fixture(scope="module")
def large_corpus(tmp_path_factory: pytest.TempPathFactory, raw_data: dict[str, Any]) -> Path:
    """Enough summits that a search is still running a second after it starts."""
    directory = tmp_path_factory.mktemp("corpus")
    for n in range(2000):
        data = raw_data | {"id": f"summit-{n}"}
        (directory / f"{n:04}.json").write_text(json.dumps(data), encoding="utf-8")
    return directory


def _running_summit_code(pid: int) -> bool:
    """Whether Python has finished starting and runs summit's code: it has loaded its first
    extension module (the interpreter's own start-up loads none; summit's first imports do,
    after the Ctrl-C handler is in place). Linux only: /proc/PID/maps."""
    return "lib-dynload" in Path(f"/proc/{pid}/maps").read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("after", [0, 0.005, 0.02, 0.05, 0.15, 0.3, 0.6])
def test_ctrl_c_at_any_moment_exits_130_quietly(large_corpus: Path, after: float) -> None:
    """Interrupted while Python imports Typer, loads the data or searches: never a traceback.

    The moments count from when summit's code runs: before it, Python is still starting (its
    own set-up, some 20 ms that no program can guard); the handler is the first thing summit's
    code does (see the next test). Output goes to /dev/null, so the process is
    never blocked on a full pipe when it is hit.
    """
    process = subprocess.Popen(
        [str(SUMMIT), "--data", str(large_corpus), "search", "cooperation"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=clean_env(),
    )
    deadline = time.monotonic() + 10
    while not _running_summit_code(process.pid) and time.monotonic() < deadline:
        time.sleep(0.0005)
    time.sleep(after)
    assert process.poll() is None, "finished before the interrupt: make the corpus larger"
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=30)
    assert (process.returncode, errors) == (130, b"")


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("after", [0, 0.2])
def test_ctrl_c_during_an_export_leaves_nothing_behind(
    large_corpus: Path, tmp_path: Path, after: float
) -> None:
    """Interrupted while the database is being written (its temporary file exists): no
    temporary file, no journal, no database, exit 130 and nothing on stderr."""
    target = tmp_path / "out"
    target.mkdir()
    process = subprocess.Popen(
        [str(SUMMIT), "--data", str(large_corpus), "export", "sqlite", str(target / "x.db")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=clean_env(),
    )
    deadline = time.monotonic() + 30
    while not any(target.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.001)
    time.sleep(after)
    assert process.poll() is None, "finished before the interrupt: make the corpus larger"
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=30)
    assert (process.returncode, errors) == (130, b"")
    assert sorted(p.name for p in target.iterdir()) == []


def test_ctrl_c_handler_is_installed_before_anything_is_imported() -> None:
    """The handler comes before the first import that takes time: `signal` itself imports
    enum, a window of several milliseconds in which Ctrl-C printed a traceback."""
    script = (
        "import sys; before = set(sys.modules); import summitcli.__main__; "
        "print(sorted(set(sys.modules) - before - {'summitcli', 'summitcli.__main__'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=clean_env()
    )
    assert result.stdout.strip() == "[]", result.stdout


def _snapshot(directory: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in directory.rglob("*")}


def test_commands_write_nothing(tmp_path: Path) -> None:
    data = loader.bundled_data_path()
    before = (data.read_bytes(), data.stat().st_mtime)
    home = tmp_path / "home"
    home.mkdir()
    for args in (
        ["info"],
        ["sections", "-c"],
        ["search", "AI"],
        ["quotes"],
        ["validate"],
        ["cite", "S1"],
    ):
        subprocess.run(
            [str(SUMMIT), *args],
            cwd=tmp_path,
            env=clean_env(HOME=str(home)),
            capture_output=True,
            check=False,
        )
    assert _snapshot(tmp_path) == {str(home): home.stat().st_mtime}
    assert (data.read_bytes(), data.stat().st_mtime) == before


RANDOM = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)


def _assert_well_behaved(args: list[str]) -> None:
    first = run_in_process(*args)
    assert first.returncode in (0, 1, 2), first.stderr
    assert "Traceback" not in first.stderr
    if "--json" in args and first.returncode in (0, 1):
        json.loads(first.stdout)
    if first.returncode == 2:
        assert first.stderr.startswith("summit: ") and first.stderr.count("\n") == 1
    second = run_in_process(*args)
    assert (second.returncode, second.stdout, second.stderr) == (
        first.returncode,
        first.stdout,
        first.stderr,
    )


@RANDOM
@given(query=st.lists(text, min_size=1, max_size=3))
def test_random_queries(query: list[str]) -> None:
    _assert_well_behaved(["search", "--json", "--", *query])


@RANDOM
@given(name=text)
def test_random_speaker_names(name: str) -> None:
    _assert_well_behaved(["quotes", "--json", "--speaker", name])


@RANDOM
@given(
    refs=st.lists(
        st.one_of(text, st.sampled_from(["2.1", "2(1)", "P4", "S17", "O1", "5"])),
        min_size=1,
        max_size=3,
    )
)
def test_random_refs(refs: list[str]) -> None:
    _assert_well_behaved(["show", "--json", "--", *refs])


@pytest.mark.parametrize(
    ("database", "metadata", "env"),
    [
        ("{out}/c2.db", "{corp}/metadata.json", False),
        ("{corp}/new.json", None, False),
        ("{corp}/c2.db", None, False),
        ("{out}/c2.db", "{corp}/sub/../metadata.json", False),
        ("{out}/c2.db", "{corp}/metadata.json", True),  # SUMMIT_DATA names the folder
    ],
)
def test_export_never_writes_into_the_data_folder_it_reads(
    database: str, metadata: str | None, env: bool, tmp_path: Path, summit: Any
) -> None:
    """A file written into a `--data` folder would be read as a summit by every later call:
    refused, in one line, with nothing written."""
    corp, out = tmp_path / "corp", tmp_path / "out"
    corp.mkdir()
    (corp / "sub").mkdir()
    out.mkdir()
    (corp / "a.json").write_bytes(Path(summit.path).read_bytes())
    paths = {"out": out, "corp": corp}
    args = ["export", "sqlite", database.format(**paths)]
    args += ["--metadata", metadata.format(**paths)] if metadata else []
    data = {"SUMMIT_DATA": str(corp)} if env else {}
    result = run_process(*(args if env else ["--data", str(corp), *args]), **data)
    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    assert result.stderr.count("\n") == 1 and "--data folder" in result.stderr, result.stderr
    assert sorted(p.name for p in corp.iterdir()) == ["a.json", "sub"]
    assert list(out.iterdir()) == []
    assert run_process("--data", str(corp), "info").returncode == 0


def _memory_limited() -> None:
    """A gigabyte of address space: a reader that takes a whole endless stream fails fast
    (MemoryError) instead of taking the shared machine's memory."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["--data", "/dev/zero", "info"], None),
        (["--data", "/dev/zero", "--no-cache", "info"], None),
        (["validate", "/dev/zero"], None),
        (["draft", "/dev/zero"], None),
        (["draft", "-"], "/dev/zero"),
    ],
)
def test_an_endless_stream_is_read_no_further_than_the_size_limit(
    args: list[str], stdin: str | None
) -> None:
    """A device or a pipe has no size to check beforehand: summit reads one byte more than the
    limit, never the whole stream."""
    with open(stdin or os.devnull, "rb") as source:  # noqa: PTH123
        result = subprocess.run(
            [str(SUMMIT), *args],
            stdin=source,
            capture_output=True,
            text=True,
            env=clean_env(),
            timeout=60,
            preexec_fn=_memory_limited,
        )
    limit = "256 KiB" if args[0] == "draft" else "50 MiB"  # an article to draft has its own
    too_large = (
        f"{'stdin' if stdin else '/dev/zero'}: file is too large (over {limit}; "
        f"the limit is {limit})"
    )
    said = (result.stdout, result.stderr)
    if args[0] == "validate":  # the problem is listed as a record, the count said on stderr
        assert said == (f"{too_large}\n", "summit: 1 problem found\n")
    else:
        assert said == ("", f"summit: {too_large}\n")
    assert result.returncode == 2


def _named_pipe(entry: Path) -> str:
    os.mkfifo(entry)
    return "is a named pipe, not a summit file; summit reads regular files"


def _looping_link(entry: Path) -> str:
    entry.symlink_to(entry.name)
    return "cannot be read: Too many levels of symbolic links"


@pytest.mark.parametrize(
    "args",
    [
        ["--data", "{corp}", "info"],
        ["--data", "{corp}", "--no-cache", "info"],
        ["validate", "{corp}"],
    ],
)
@pytest.mark.parametrize("make", [_named_pipe, _looping_link])
def test_an_entry_of_a_data_folder_that_is_no_file_is_refused_without_opening_it(
    args: list[str], make: Callable[[Path], str], tmp_path: Path, summit: Any
) -> None:
    """Nobody writes into a pipe a folder holds: opening it would wait for ever. A link to
    itself said "cannot write the output", a failure of the output, where the input is at
    fault (a third new user's find)."""
    corp = tmp_path / "corp"
    corp.mkdir()
    (corp / "a.json").write_bytes(Path(summit.path).read_bytes())
    refused = f"{corp}/b.json: {make(corp / 'b.json')}"
    result = run_process(*(arg.format(corp=corp) for arg in args))
    said = (result.stdout, result.stderr)
    if args[0] == "validate":
        assert said == (f"{refused}\nOK {corp}/a.json\n", "summit: 1 problem found\n")
    else:
        assert said == ("", f"summit: {refused}{FOLDER_HINT}\n")
    assert result.returncode == 2


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('"$SUMMIT" --data <(cat "$DATA") --no-cache sections --json', '"ref":"1"'),
        ('"$SUMMIT" --data <(cat "$DATA") sections --json', '"ref":"1"'),
        ('"$SUMMIT" validate <(cat "$DATA")', "OK /dev/fd/"),
        ('"$SUMMIT" draft <(cat "$ARTICLE")', '"format"'),
    ],
)
def test_a_pipe_named_on_the_command_line_is_read(script: str, expected: str, summit: Any) -> None:
    """A process substitution is a pipe the user named: read, as `cat` reads it."""
    article = Path(__file__).parent / "drafts" / "kim-sato.txt"
    env = clean_env(SUMMIT=str(SUMMIT), DATA=str(summit.path), ARTICLE=str(article))
    result = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--data", "{long}", "info"],
        ["--data", "{long}", "--no-cache", "info"],
        ["validate", "{long}"],
        ["draft", "{long}"],
    ],
)
def test_a_path_too_long_to_read_is_said_as_reading_it(args: list[str]) -> None:
    """The system refuses a name of 300 characters before any file is opened: a reading error,
    naming the path cut short, never one about writing the output."""
    long = "a" * 300 + ".json"
    result = run_process(*(arg.format(long=long) for arg in args))
    said = result.stdout + result.stderr
    assert result.returncode == 2
    assert f"{'a' * 70}" in said and long not in said
    assert "cannot be read" in said and "File name too long" in said, said
    assert "write" not in said


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["show", "S1\x1b[31m"],
            r"unknown ref 'S1\x1b[31m'; did you mean S1? (see 'summit quotes')",
        ),
        (["show", "2.1\x1b"], r"unknown ref '2.1\x1b'; did you mean 2.1? (see"),
        (["show", "S\\1"], r"unknown ref 'S\1'; did you mean "),
        (["show", "x\x1b:S1"], r"unknown summit 'x\x1b' in ref 'x\x1b:S1' (the summits are"),
        (
            ["quotes", "-s", "Ishiba\x1b[0m"],
            r"no person called 'Ishiba\x1b[0m'; did you mean Ishiba? (see 'summit speakers')",
        ),
        (
            ["quotes", "-t", "north-korea\x1b[0m"],
            r"unknown topic 'north-korea\x1b[0m'; did you mean north-korea? (see 'summit topics')",
        ),
        (
            ["sections\x1b[0m"],
            r"no such command 'sections\x1b[0m'; did you mean sections? (see 'summit --help')",
        ),
        (["search", ".\x1b"], r"nothing searchable is left in the query '.\x1b': punctuation"),
        (["search", "\x1b[0m,"], r"no results for \x1b[0m,"),
    ],
)
def test_messages_escape_what_was_typed_once(args: list[str], expected: str) -> None:
    """A control character typed is shown as its escape (`\\x1b`), a backslash as itself, in
    every message alike; the ref, name or command meant without the escape sequence is the one
    suggested."""
    data = ["--data", str(loader.bundled_data_path())] if ":" in args[-1] else []
    result = run_process(*data, *args)
    assert result.returncode in (1, 2)
    assert result.stderr.startswith(f"summit: {expected}"), result.stderr


def test_a_problem_in_a_path_with_a_line_break_is_one_line() -> None:
    """`summit validate $'a\\nb'` printed its problem over two lines, where each problem is one
    line as a compiler writes it (new user 46): the path is escaped as a message escapes it;
    JSON keeps it as it is."""
    path = "/nonexistent/a\nb.json"
    result = subprocess.run(
        [str(SUMMIT), "validate", path], capture_output=True, text=True, env=clean_env()
    )
    assert result.returncode == 2
    assert result.stdout == "/nonexistent/a\\nb.json: no such file or directory\n"
    as_json = subprocess.run(
        [str(SUMMIT), "validate", path, "--json"], capture_output=True, text=True, env=clean_env()
    )
    assert [problem["file"] for problem in json.loads(as_json.stdout)] == [path]
    info = subprocess.run(
        [str(SUMMIT), "--data", path, "info"], capture_output=True, text=True, env=clean_env()
    )
    assert info.stderr == "summit: /nonexistent/a\\nb.json: no such file or directory\n"


def test_notes_naming_a_path_with_a_line_break_are_one_line(tmp_path: Path) -> None:
    """`cache info`'s note, `export`'s "wrote", its "already exists" and `validate`'s OK line
    printed a folder's line break raw (two lines) or as a space, where every other message
    escapes it (new user 51)."""
    folder = tmp_path / "a\nb"
    folder.mkdir()
    data = folder / "summit.json"
    data.write_bytes(loader.bundled_data_path().read_bytes())
    cache = str(tmp_path / "cache")
    database = str(tmp_path / "x\ny.db")
    calls = [
        ("--data", str(folder), "cache", "info"),
        ("--data", str(folder), "export", "sqlite", database),
        ("--data", str(folder), "export", "sqlite", database),  # already exists
        ("validate", str(data)),
    ]
    for args in calls:
        result = run_process(*args, XDG_CACHE_HOME=cache)
        lines = (result.stdout + result.stderr).splitlines()
        assert all(line.isprintable() for line in lines), (args, lines)
        assert any("a\\nb" in line or "x\\ny.db" in line for line in lines), (args, lines)


def test_refusals_naming_a_written_path_escape_its_line_breaks(tmp_path: Path) -> None:
    """Refusals "is a directory", "is the article itself", "is inside the --data folder" printed a
    path's line break as a space (the CLI joins a message's whitespace), where "already exists"
    escapes it: the user could not tell which path was meant."""
    article = tmp_path / "article.txt"
    article.write_text((DRAFTS / "kim-sato.txt").read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "a\nb"
    folder.mkdir()
    (folder / "summit.json").write_bytes(loader.bundled_data_path().read_bytes())
    (tmp_path / "l\nk").symlink_to(article)
    calls = [
        ("draft", str(article), "-o", str(folder)),  # a directory
        ("draft", str(article), "-o", str(tmp_path / "l\nk")),  # the article itself
        ("--data", str(folder), "export", "sqlite", str(folder / "x.db")),  # inside --data
    ]
    for args in calls:
        result = run_process(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "a\\nb" in result.stderr or "l\\nk" in result.stderr, (args, result.stderr)
