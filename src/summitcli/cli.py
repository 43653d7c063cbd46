"""The `summit` command: the Typer app, its global options, and `main`.

The commands live in `commands/`, a module per group of commands; the app is a Click group that
imports a command's module only when that command is asked for (Click's documented lazy loading),
since every module imported is one more to compile where no bytecode is cached.

Exit codes: 0 results, 1 no results, 2 usage error / unknown ref or name / bad data /
unwritable output, 3 a bug, 130 interrupted. Every error is one line on stderr; nothing but
output goes to stdout. SUMMIT_DEBUG=1 adds the traceback behind an exit 3.
"""

import io
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TextIO, cast

import typer
from typer.core import TyperGroup, TyperOption

from . import __version__
from .commands import MODULES, click_command, help_to_width
from .errors import (
    EMPTY_PATH,
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    DataError,
    OutputClosedError,
    SummitError,
)
from .text import for_data, shortened

if TYPE_CHECKING:
    from rich.console import Console


def _refuse_repeats(command_path: str, command: Any, words: Sequence[str]) -> None:
    """An option that takes one value, given twice (`--limit 2 --limit 3`): Click
    keeps the last silently, so the user asked for two things and got one without a word."""
    options = {
        spelling: param
        for param in command.params
        if param.param_type_name == "option"
        and not (param.multiple or param.count or param.is_flag)
        for spelling in param.opts
    }
    seen: dict[str, str] = {}  # each option's name: its spelling first given
    for word in words:
        if word == "--":
            return
        spelling = word.split("=", 1)[0]
        param = options.get(spelling)
        if param is None:
            continue
        first = seen.get(param.name)
        if first is not None:  # "--limit (-n)" where each spelling was given once
            named = spelling if first == spelling else f"{first} ({spelling})"
            raise SummitError(
                f"{named} given twice; it takes one value (see '{command_path} --help')"
            )
        seen[param.name] = spelling


def _option_of_the_command(option: str, words: Sequence[str]) -> str:
    """`summit COMMAND OPTION` where `option`, given before the command, is one of its own;
    empty where it is not (a typo stays Click's "No such option")."""
    name = next((word for word in words if word in MODULES), None)
    if name is None:
        return ""
    for param in click_command(name).params:
        if option in param.opts:
            value = "" if param.is_flag or param.count else " …"
            return f"summit {name} {option}{value}"
    return ""


class LazyCommands(TyperGroup):
    """The commands of `commands.MODULES`, each made a Click command when first asked for."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """An unknown command's error suggests the nearest ones (`sectoins`: sections)."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in MODULES:
            from .usage import unknown_command

            ctx.fail(unknown_command(name))
        found, command, rest = super().resolve_command(ctx, args)
        if found is not None and command is not None:
            _refuse_repeats(f"summit {found}", command, rest)
        return found, command, rest

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """`summit`'s own options are refused twice as a command's are (`--data A --data B`); an
        option of a command written before it (`summit --json sections`): Click would offer
        summit's own options (`--version`), where the fix is to move it after the command.
        Words after `--version` are refused as a command refuses words it does not take: its
        eager callback would print the version and exit without a look at them."""
        command = command_index(args)
        _refuse_repeats("summit", self, args[:command])
        if "--version" in args[:command] and args[command:]:  # its callback would exit first
            ctx.fail(f"Got unexpected extra argument(s) ({' '.join(args[command:])})")
        try:
            rest: list[str] = super().parse_args(ctx, args)
        except typer.TyperException as error:  # Typer's own Click, whose NoSuchOption it hides
            option = (
                getattr(error, "option_name", None) if hasattr(error, "possibilities") else None
            )
            moved = _option_of_the_command(option, args) if option else ""
            if moved:
                ctx.fail(f"{option} is not summit's own option; put it after the command: {moved}")
            raise
        return rest

    def list_commands(self, ctx: Any) -> list[str]:
        return list(MODULES)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        for param in self.get_params(ctx):  # Typer's words say nothing of naming a shell
            if param.name in COMPLETION_HELP and isinstance(param, TyperOption):
                param.help = COMPLETION_HELP[param.name]
        help_to_width(self, ctx, formatter, super().format_help)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return click_command(cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """Each command's summary whole, wrapped beside its name where the line is narrow: Click
        cut it to the line with "..." (new user 69)."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, click_command(name).short_help) for name in MODULES])


app = typer.Typer(
    name="summit",
    cls=LazyCommands,
    help=(
        "Query a summit: its joint document, who said what, the outcomes and the dates. "
        "The bundled summit is the Korea-Japan summit of 23 August 2025 in Tokyo; "
        "--data reads summits of your own (see 'summit draft').\n\n"
        "Output is a Rich table on a terminal, tab-separated text when piped, or JSON with --json."
    ),
    epilog=(
        "Exit codes: 0 results, 1 no results, 2 a usage error or bad data, 3 a bug in summit, "
        "130 interrupted (README: 'Exit codes and messages')."
    ),
    pretty_exceptions_enable=False,
    # a choice pasted with the spaces around it is that choice (`--verdict 'echoed '`)
    context_settings={"help_option_names": ["-h", "--help"], "token_normalize_func": str.strip},
)


def _version(value: bool) -> None:
    if value:
        print(f"summit {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def configure(
    ctx: typer.Context,
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            envvar="SUMMIT_DATA",
            help="A summit file, or a directory of them, instead of the bundled data.",
            show_default="the bundled summit_2025.json",
            metavar="PATH",
        ),
    ] = None,
    color: Annotated[
        Literal["auto", "always", "never"],
        typer.Option(
            "--color",
            help="Colour: auto (a terminal), always (also into a pipe, for less -R), never.",
            metavar="WHEN",
            case_sensitive=False,
        ),
    ] = "auto",
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read the --data files every call instead of their index in the cache "
            "(also SUMMIT_NO_CACHE=1).",
        ),
    ] = False,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = None,
) -> None:
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())
        raise typer.Exit()
    from .commands.shared import Call
    from .output import Output

    ctx.obj = Call(data_path(data), Output(colour=color), cache=not no_cache)


def data_path(data: str | None) -> Path | None:
    """The path `--data` (or SUMMIT_DATA) names, None for the bundled file. Taken as text, since
    Click turns '' into Path('.'), the current directory, and treats an empty SUMMIT_DATA as
    unset: an empty path is a mistake (an unset variable in a script), never a choice."""
    source = "'--data'"
    if data is None and os.environ.get("SUMMIT_DATA") == "":
        source, data = "SUMMIT_DATA", ""
    if data == "":
        raise typer.BadParameter(EMPTY_PATH, param_hint=source)
    return Path(data) if data else None


GLOBAL_OPTIONS = ("--data", "--color")
"""Options of `summit` itself that people also write after the command."""
GLOBAL_FLAGS = ("--no-cache",)
"""Flags of `summit` itself (no value) that people also write after the command."""
COMPLETION_OPTIONS = ("--install-completion", "--show-completion")
COMPLETION_HELP = {
    "install_completion": "[SHELL] Install completion for bash, zsh, fish or powershell (the "
    "running shell if none is named).",
    "show_completion": "[SHELL] Print the completion script for that shell (the running one if "
    "none is named), to copy it or customize the installation.",
}
BEFORE_THE_COMMAND = ("--version", *COMPLETION_OPTIONS)
"""Options of `summit` itself that are read before the command only (README)."""


def command_index(words: Sequence[str]) -> int:
    """Where the command's name is: the first word that is neither an option nor its value."""
    command = 0
    while command < len(words) and words[command].startswith("-"):
        command += 2 if words[command] in GLOBAL_OPTIONS else 1
    return command


def global_options_first(arguments: Sequence[str]) -> list[str]:
    """`summit search hydrogen --data x` as `summit --data x search hydrogen`: Click only reads
    a group's options before its command. Nothing after `--` moves. One that ends the line
    with no value is all that is kept (`sections --data`), so that Click says it needs one: put
    first, it would take the command's name for its value."""
    words = list(arguments)
    command = command_index(words)
    moved: list[str] = []
    rest: list[str] = []
    index = command
    while index < len(words):
        word = words[index]
        if word == "--":
            rest += words[index:]
            break
        if word in GLOBAL_OPTIONS:
            if index + 1 == len(words):
                return [word]
            moved += words[index : index + 2]
            index += 2
            continue
        if word.partition("=")[0] in GLOBAL_OPTIONS or word in GLOBAL_FLAGS:
            moved.append(word)
        else:
            rest.append(word)
        index += 1
    return [*words[:command], *moved, *rest]


def main(arguments: Sequence[str] | None = None) -> int:
    """Run the app and return its exit code, every failure turned into one line on stderr."""
    _open_closed_streams()
    stdout, stderr = sys.stdout, sys.stderr
    sys.stderr = cast(TextIO, _NotesMayBeLost(stderr))
    settings = _process_settings()
    try:
        return _run(arguments)
    finally:
        sys.stdout, sys.stderr = stdout, stderr
        _restore(settings)


def _process_settings() -> tuple[object, object, str | None]:
    """What a call may change for its own help (Typer's colour and forced terminal, an unusable
    COLUMNS), to be given back after it: a library user or a test runs many calls in one
    process. Typer's Rich module is read only if an earlier call imported it."""
    rich_utils = sys.modules.get("typer.rich_utils")
    colour = getattr(rich_utils, "COLOR_SYSTEM", "auto")
    return colour, getattr(rich_utils, "FORCE_TERMINAL", None), os.environ.get("COLUMNS")


def _restore(settings: tuple[object, object, str | None]) -> None:
    colour_system, force_terminal, columns = settings
    rich_utils = sys.modules.get("typer.rich_utils")
    if rich_utils is not None:
        rich_utils.COLOR_SYSTEM = colour_system  # type: ignore[attr-defined]
        rich_utils.FORCE_TERMINAL = force_terminal  # type: ignore[attr-defined]
    if columns is None:
        os.environ.pop("COLUMNS", None)
    else:
        os.environ["COLUMNS"] = columns


class _NotesMayBeLost:
    """Standard error that cannot be written (`2>/dev/full`) loses the notes, never the call's
    exit code nor its output: the first failed write points it at the null device, so that
    Python's own flush at exit fails no more (it would exit 120)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            self.stream.write(text)
            self.stream.flush()
        except OSError:
            self._lose()
        return len(text)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError:
            self._lose()

    def _lose(self) -> None:
        try:
            descriptor = self.stream.fileno()
        except (OSError, ValueError):  # no descriptor to point elsewhere
            return
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, descriptor)
        os.close(null)

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding: the stream's own
        return getattr(self.stream, name)


def _run(arguments: Sequence[str] | None) -> int:
    if sys.stdout is None:  # started with it closed (`summit sections >&-`): Python gives None
        sys.stdout = _closed_output()
    _write_whole()
    _write_utf8()
    arguments = global_options_first(sys.argv[1:] if arguments is None else arguments)
    _forget_unusable_columns()
    if "--help" in arguments or "-h" in arguments or command_index(arguments) == len(arguments):
        _help_colour_as_asked(arguments)
        _unpad_piped_help()
    data = _option_value(arguments, "--data")
    code: object
    try:
        if arguments[:1] and arguments[0].partition("=")[0] in COMPLETION_OPTIONS:
            from .completion import completion_for

            code = completion_for(arguments)
        else:
            code = app(args=arguments, standalone_mode=False, prog_name="summit")
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except SystemExit as exit:  # shell completion ends the process itself, and so does Rich
        code = EXIT_OK if _reader_left() else exit.code
        if isinstance(exit.__context__, BrokenPipeError):  # Typer's Click: exit 1 on EPIPE
            code = _quiet_broken_pipe()
    except Exception as error:
        code = exit_code(error, data, arguments)
    try:
        sys.stdout.flush()
    except Exception as error:
        code = exit_code(error)
    return code if isinstance(code, int) else EXIT_OK


def _closed_output() -> TextIO:
    """Standard output for a call started with it closed: the first write fails, saying so
    (exit 2), and a command writing only a file runs (new user 62: `draft -o f.json >&-` was
    refused). Its descriptor is /dev/null, so that no file summit opens takes it."""
    import errno
    import io
    from typing import cast

    null = os.open(os.devnull, os.O_WRONLY)
    if null != 1:
        os.dup2(null, 1)
        os.close(null)

    class ClosedOutput(io.TextIOBase):
        def write(self, text: str) -> int:
            raise OSError(errno.EBADF, "standard output is closed")

    return cast(TextIO, ClosedOutput())  # a text stream, for what writes to it


def _write_whole() -> None:
    """Every byte of the output is written, or the call fails saying so (new user 58). A
    descriptor left non-blocking by the parent is made blocking: a slow reader is waited for,
    as `cat` waits, not given the first 64 KiB. With PYTHONUNBUFFERED (set in many containers)
    Python writes stdout straight to its descriptor and drops the rest of a short write (a
    full disk) without an error: a buffered writer writes the rest or raises."""
    import io

    stream = sys.stdout
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):  # not a file: a test's capture
        return
    if not os.get_blocking(descriptor):
        os.set_blocking(descriptor, True)
    if isinstance(getattr(stream, "buffer", None), io.RawIOBase):
        raw = io.FileIO(descriptor, "w", closefd=False)
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(raw),
            stream.encoding,
            stream.errors,
            line_buffering=bool(stream.line_buffering),
            write_through=True,  # as unbuffered as a writer that finishes its writes can be
        )


def _write_utf8() -> None:
    """Output is UTF-8 (README), as `jq`'s and `gh`'s is, whatever Python's stream encoding:
    with PYTHONIOENCODING=ascii a name in Hangul was an internal error (new user 45)."""
    import codecs

    encoding = getattr(sys.stdout, "encoding", None)
    if encoding and codecs.lookup(encoding).name != "utf-8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def _open_closed_streams() -> None:
    """Started with stdin or stderr closed (`2>&-`), Python gives None for it, and the first
    file summit opens would take its descriptor: a cache's database would receive the notes.
    Each descriptor is /dev/null instead, as for a daemon: the notes are lost, the output is
    whole. `sys.stdin` stays None, so that `draft -` can say its input is closed, not empty."""
    for descriptor, name in ((0, "stdin"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        null = os.open(os.devnull, os.O_RDWR)
        if null != descriptor:
            os.dup2(null, descriptor)
            os.close(null)
        if descriptor == 2:
            sys.stderr = open(descriptor, "w", closefd=False)  # noqa: SIM115


def _help_colour_as_asked(arguments: Sequence[str]) -> None:
    """Typer's help, asked with `--color never` or NO_COLOR, has no escape code either, as
    summit's own output has none (Rich's NO_COLOR alone keeps bold and dim). Typer reads
    FORCE_COLOR only when its help module is first imported: each call reads it as it is now,
    or a first call's would colour every later call's piped help in the process."""
    import typer.rich_utils

    from .output import Output

    # Typer 0.28's rule for FORCE_TERMINAL (typer/rich_utils.py, at its import), read now
    forced = any(os.environ.get(name) for name in ("FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS"))
    typer.rich_utils.FORCE_TERMINAL = True if forced else None
    if os.environ.get("_TYPER_FORCE_DISABLE_TERMINAL"):
        typer.rich_utils.FORCE_TERMINAL = False
    if Output(colour=(_option_value(arguments, "--color") or "auto").lower()).uncoloured:
        typer.rich_utils.COLOR_SYSTEM = None


def _unpad_piped_help() -> None:
    """Typer's help is Rich's, each line padded with spaces to the width: sent down a pipe
    all the same (FORCE_COLOR; otherwise piped help is plain text), a line ends at its last
    word, as `gh`'s and `rg`'s do."""
    import typer.rich_utils

    padded = typer.rich_utils._get_rich_console
    if isinstance(padded, _UnpaddedConsoles):  # installed by an earlier call in this process
        return
    typer.rich_utils._get_rich_console = _UnpaddedConsoles(padded)


class _UnpaddedConsoles:
    """Typer's consoles, whose output to a pipe goes through `_Unpadded`."""

    def __init__(self, padded: Callable[[bool], "Console"]) -> None:
        self.padded = padded

    def __call__(self, stderr: bool = False) -> "Console":
        console = self.padded(stderr)
        if not stderr and not sys.stdout.isatty():
            console.file = cast(TextIO, _Unpadded(sys.stdout))
        return console


STYLE = r"\x1b\[[0-9;]*m"
"""A colour code Rich writes (Select Graphic Rendition)."""


class _Unpadded(io.TextIOBase):
    """A stream that drops the spaces before each line's end (Rich writes whole lines), and
    the blank lines before the first, so that `summit --help | head -1` is the usage line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = False

    def write(self, text: str) -> int:
        unpadded = re.sub(  # FORCE_COLOR: the padding sits among its codes, which stay
            rf"(?:{STYLE}| )+\n", lambda end: end[0].replace(" ", ""), text
        )
        if not self.started:
            unpadded = re.sub(rf"^(?:(?:{STYLE})*\n)+", "", unpadded)
            self.started = bool(unpadded)
        self.stream.write(unpadded)
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


def _option_value(arguments: Sequence[str], option: str) -> str | None:
    """The value given to one of summit's own options (`GLOBAL_OPTIONS`, before the command
    once `global_options_first` has moved them), the last one if repeated; None if not given."""
    words = arguments[: command_index(arguments)]
    value = None
    for index, word in enumerate(words):
        if word == option and index + 1 < len(words):
            value = words[index + 1]
        elif word.startswith(f"{option}="):
            value = word.partition("=")[2]
    return value


MIN_COLUMNS = 20
"""The narrowest layout: below it a panel's borders leave no room for its text (at 4 columns
`show` printed an empty box); the terminal wraps what overflows."""


def _forget_unusable_columns() -> None:
    """A COLUMNS that is no positive number (0, -5, `wide`) counts as unset: Rich, ours and
    Typer's help alike, would take 0 for the width and print nothing (and `²` would crash it,
    a digit to `isdigit` but no number to `int`). Unset, the width is the terminal's, else 80;
    one below `MIN_COLUMNS` is `MIN_COLUMNS`."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and not (columns.isdecimal() and int(columns) > 0):
        del os.environ["COLUMNS"]
    elif columns is not None and int(columns) < MIN_COLUMNS:
        os.environ["COLUMNS"] = str(MIN_COLUMNS)


def exit_code(error: Exception, data: str | None = None, arguments: Sequence[str] = ()) -> int:
    """Say what went wrong in one line on stderr (or nothing, where quiet is right); a command
    it suggests gets the call's `--data`."""
    if isinstance(error, SummitError):
        variable = os.environ.get("SUMMIT_DATA")
        folder = data or variable  # the variable needs no --data again
        message = str(error)
        if not data and variable and message.startswith(f"{variable}: "):
            message = f"SUMMIT_DATA={message}"  # no option on the command line names it
        return _fail(for_data(message + _folder_hint(error, folder), data))
    if isinstance(error, typer.TyperException):  # Click's usage errors
        from .usage import usage_message

        return _fail(usage_message(error, arguments), error.exit_code)
    if isinstance(error, typer.Abort):
        return EXIT_INTERRUPTED
    if isinstance(error, BrokenPipeError | OutputClosedError):
        return _quiet_broken_pipe()
    if isinstance(error, OSError):
        return _fail(f"cannot write the output: {error.strerror or error}")
    if os.environ.get("SUMMIT_DEBUG"):
        import traceback

        traceback.print_exception(error)
    cache = sys.modules.get("summitcli.cache")  # loaded: the call may have failed on a cache
    said = cache and cache.after_failure(data or os.environ.get("SUMMIT_DATA"), error)
    if said:
        return _fail(*said)
    return _fail(f"internal error ({type(error).__name__}: {error}); please report it", EXIT_BUG)


def _folder_hint(error: SummitError, data: str | None) -> str:
    """One refused file stops every command over its folder (a summit left out silently would
    be a missing answer): the way on, for an archive that is always half-finished."""
    if not (isinstance(error, DataError) and data and Path(error.path).parent == Path(data)):
        return ""
    return FOLDER_HINT


FOLDER_HINT = (
    "; a folder is read whole: mend the file, or hide it (a name starting with '.') to leave it out"
)


MESSAGE_LIMIT = 800


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    """One line, whatever Click or a library wrote (Click lists choices on lines of their own),
    and never more than a screenful: what the user typed is cut short where a message quotes
    it, and the whole at MESSAGE_LIMIT (three refs of a draft's long id may be suggested)."""
    print(f"summit: {shortened(' '.join(message.split()), MESSAGE_LIMIT)}", file=sys.stderr)
    return code


def _reader_left() -> bool:
    """Whether Rich found the reader of our output gone: writing help into a closed pipe
    (`summit --help | head -1`), it points stdout at the null device and exits 1, where a reader
    that leaves is no failure of summit's."""
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), Path(os.devnull).stat())
    except (OSError, ValueError):  # no file descriptor (a test's StringIO)
        return False


def _quiet_broken_pipe() -> int:
    """The reader went away (`| head -1`): stop quietly, as the Python docs advise."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK
