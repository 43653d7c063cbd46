"""The `summit` command: the Typer app, the options its commands share, and `main`.

The commands themselves live in `commands/`; a call imports only the module of the command it
names, since Python compiles each module it imports (no bytecode is cached where
PYTHONDONTWRITEBYTECODE is set) and Typer converts every registered command on each call.

Exit codes: 0 results, 1 no results, 2 usage error / unknown ref or name / bad data /
unwritable output, 3 a bug, 130 interrupted. Every error is one line on stderr; nothing but
output goes to stdout.
"""

import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

# Typer vendors Click; its exception base is not re-exported, and `main` needs it to turn every
# usage error into one line.
from typer._click.exceptions import ClickException

from . import __version__, loader, render
from .commands import MODULES
from .errors import DataError, OutputClosedError, SummitError
from .model import Summit

if TYPE_CHECKING:
    from .layout import Item

EXIT_OK, EXIT_NO_RESULTS, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class OutputFormat(StrEnum):
    auto = "auto"
    rich = "rich"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


def _completion_summits(ctx: typer.Context) -> list[Summit]:
    """The summits of the command line being completed (its --data or SUMMIT_DATA)."""
    data = ctx.find_root().params.get("data")
    try:
        return loader.load(Path(data) if data else None)
    except DataError:
        return []


def complete_ref(ctx: typer.Context, incomplete: str) -> list[str]:
    from .refs import records_by_ref

    refs = [ref for summit in _completion_summits(ctx) for ref in records_by_ref(summit)]
    return [ref for ref in dict.fromkeys(refs) if ref.lower().startswith(incomplete.lower())]


def complete_speaker(ctx: typer.Context, incomplete: str) -> list[str]:
    people = [p for summit in _completion_summits(ctx) for p in summit.people]
    names = [name for p in people for name in (p.name, *p.aliases)]
    return [n for n in dict.fromkeys(names) if n.lower().startswith(incomplete.lower())]


def complete_topic(ctx: typer.Context, incomplete: str) -> list[str]:
    topics = [t.name for summit in _completion_summits(ctx) for t in summit.topics]
    return [t for t in dict.fromkeys(topics) if t.startswith(incomplete.lower())]


JsonOption = Annotated[bool, typer.Option("--json", help="Print a JSON array (UTF-8).")]
JsonlOption = Annotated[bool, typer.Option("--jsonl", help="Print one JSON record per line.")]
FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="auto: Rich on a terminal, tab-separated text when piped.",
        case_sensitive=False,
    ),
]
SpeakerOption = Annotated[
    str | None,
    typer.Option(
        "--speaker",
        "-s",
        help="Name, surname, alias or Hangul/kanji name (Ishiba, 石破, President Lee).",
        autocompletion=complete_speaker,
    ),
]
TopicOption = Annotated[
    str | None,
    typer.Option(
        "--topic",
        "-t",
        help="A curated topic (see 'summit topics').",
        autocompletion=complete_topic,
    ),
]

app = typer.Typer(
    name="summit",
    help=(
        "Query the Korea-Japan summit of 23 August 2025 in Tokyo: the joint press release, "
        "who said what, the outcomes and the dates.\n\n"
        "Output is a Rich table on a terminal, tab-separated text when piped, or JSON with --json."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def examples(*lines: str) -> str:
    """A help epilog listing example command lines, one per line."""
    return "Examples:\n\n" + "\n\n".join(f"  $ {line}" for line in lines)


def _version(value: bool) -> None:
    if value:
        render.write_lines([f"summit {__version__}"])
        raise typer.Exit()


@app.callback()
def configure(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            envvar="SUMMIT_DATA",
            help="A summit file, or a directory of them, instead of the bundled data.",
            show_default="the bundled summit_2025.json",
        ),
    ] = None,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = None,
) -> None:
    ctx.obj = data


def summits_of(ctx: typer.Context) -> list[Summit]:
    """The summits of `--data` (or SUMMIT_DATA, or the bundled file), read once per call."""
    summits: list[Summit] = loader.load(ctx.find_root().obj)
    return summits


def emit(summits: list[Summit], items: "Sequence[Item]", fmt: str, **options: Any) -> None:
    """Render the records; from a corpus of several summits, plain-text refs name their summit."""
    render.render(items, fmt, qualify=len(summits) > 1, **options)


def output_format(as_json: bool, as_jsonl: bool, chosen: OutputFormat) -> str:
    return render.choose_format(as_json, as_jsonl, chosen.value, sys.stdout)


def no_results(what: str, fmt: str) -> NoReturn:
    """Exit 1, saying so on stderr; `--json` still gets its (empty) array."""
    if fmt == "json":
        render.write_json([])
    print(f"summit: no {what}", file=sys.stderr)
    raise typer.Exit(EXIT_NO_RESULTS)


def _register_commands(arguments: list[str]) -> None:
    """Register the command the arguments name, or every command (for help, completion and
    mistakes, which list or suggest them all)."""
    words = iter(arguments)
    named = None
    for word in words:
        if word == "--data":
            next(words, None)
        elif not word.startswith("-"):
            named = word
            break
    completing = any(name.endswith("_COMPLETE") for name in os.environ)
    wanted = [named] if named in MODULES and not completing else list(MODULES)
    for module in dict.fromkeys(MODULES[name] for name in wanted):
        __import__(f"summitcli.commands.{module}")  # importlib would be one more module to load
    order = list(MODULES)
    chosen = [c for c in app.registered_commands if c.name in wanted]
    app.registered_commands = sorted(chosen, key=lambda command: order.index(str(command.name)))


def main() -> NoReturn:
    """Run the app, turning every failure into one line on stderr and a documented exit code."""
    try:
        _register_commands(sys.argv[1:])
        code = app(standalone_mode=False, prog_name="summit")
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except Exception as error:
        code = _exit_code(error)
    try:
        sys.stdout.flush()
    except Exception as error:
        code = _exit_code(error)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _exit_code(error: Exception) -> int:
    """Say what went wrong in one line on stderr (or nothing, where quiet is right)."""
    if isinstance(error, SummitError):
        return _fail(str(error))
    if isinstance(error, ClickException):
        if type(error).__name__ == "NoArgsIsHelpError":
            # Typer's Rich help has already printed the help; plain Click puts it in the message.
            print(error.format_message(), end="")
            return EXIT_OK
        context = getattr(error, "ctx", None)
        hint = f" (see '{context.command_path} --help')" if context else ""
        return _fail(f"{error.format_message()}{hint}", error.exit_code)
    if isinstance(error, typer.Abort):
        return EXIT_INTERRUPTED
    if isinstance(error, BrokenPipeError | OutputClosedError):
        return _quiet_broken_pipe()
    if isinstance(error, OSError):
        return _fail(f"cannot write the output: {error.strerror or error}")
    return _fail(f"internal error ({type(error).__name__}: {error}); please report it", EXIT_BUG)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"summit: {message}", file=sys.stderr)
    return code


def _quiet_broken_pipe() -> int:
    """The reader went away (`| head -1`): stop quietly, as the Python docs advise."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK
