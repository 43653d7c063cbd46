"""The `summit` command: parse options, ask the core, hand the records to a renderer.

Exit codes: 0 results, 1 no results, 2 usage error / unknown ref or name / bad data /
unwritable output, 3 a bug, 130 interrupted. Every error is one line on stderr; nothing but
output goes to stdout.
"""

import copy
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

# Typer vendors Click; its exception base is not re-exported, and `main` needs it to turn every
# usage error into one line.
from typer._click.exceptions import ClickException

from . import __version__, loader, lookup, render
from .loader import DataError
from .lookup import NotFoundError
from .model import Summit
from .search import QueryError, describe_terms, parse_query, search

EXIT_OK, EXIT_NO_RESULTS, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class OutputFormat(StrEnum):
    auto = "auto"
    rich = "rich"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class RecordType(StrEnum):
    clause = "clause"
    preamble = "preamble"
    statement = "statement"


class StatementKind(StrEnum):
    direct = "direct"
    reported = "reported"


def _completion_summits() -> list[Summit]:
    try:
        return loader.load(
            Path(os.environ["SUMMIT_DATA"]) if os.environ.get("SUMMIT_DATA") else None
        )
    except DataError:
        return []


def complete_ref(incomplete: str) -> list[str]:
    refs = [ref for summit in _completion_summits() for ref in lookup.records_by_ref(summit)]
    return [ref for ref in dict.fromkeys(refs) if ref.lower().startswith(incomplete.lower())]


def complete_speaker(incomplete: str) -> list[str]:
    people = [p for summit in _completion_summits() for p in summit.people]
    names = [name for p in people for name in (p.name, *p.aliases)]
    return [n for n in dict.fromkeys(names) if n.lower().startswith(incomplete.lower())]


def complete_topic(incomplete: str) -> list[str]:
    topics = [t.name for summit in _completion_summits() for t in summit.topics]
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


def _summits(ctx: typer.Context) -> list[Summit]:
    summits: list[Summit] = loader.load(ctx.find_root().obj)
    return summits


def _format(as_json: bool, as_jsonl: bool, chosen: OutputFormat) -> str:
    return render.choose_format(as_json, as_jsonl, chosen.value, sys.stdout)


def _no_results(what: str, fmt: str) -> NoReturn:
    if fmt == "json":
        render.write_json([])
    print(f"summit: no {what}", file=sys.stderr)
    raise typer.Exit(EXIT_NO_RESULTS)


@app.command("info", epilog=examples("summit info", "summit info --json | jq .counts"))
def info(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The summit at a glance: date, place, participants, meetings, the document, counts."""
    render.render_summits(_summits(ctx), _format(as_json, as_jsonl, fmt))


@app.command(
    "sections",
    epilog=examples("summit sections", "summit sections --clauses", "summit sections --json"),
)
def sections(
    ctx: typer.Context,
    clauses: Annotated[
        bool, typer.Option("--clauses", "-c", help="Print each clause's text too.")
    ] = False,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The numbered sections of the joint press release, with their clause counts."""
    summits = _summits(ctx)
    items = [section for summit in summits for section in summit.sections]
    render.render(
        items,
        _format(as_json, as_jsonl, fmt),
        with_clauses=clauses,
        title="Joint press release: sections",
        qualify=len(summits) > 1,
    )


@app.command(
    "show", epilog=examples("summit show 2.1", "summit show '2(1)' S3 O2", "summit show 4 --json")
)
def show(
    ctx: typer.Context,
    refs: Annotated[
        list[str],
        typer.Argument(
            help="Refs: section 2, clause 2.1 or 2(1), preamble P1, statement S3, outcome O2.",
            autocompletion=complete_ref,
            show_default=False,
        ),
    ],
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """Show records by ref, in the order asked."""
    summits = _summits(ctx)
    records = lookup.find_records(summits, refs)
    render.render(records, _format(as_json, as_jsonl, fmt), detail=True, qualify=len(summits) > 1)


@app.command(
    "search",
    epilog=examples(
        "summit search hydrogen",
        "summit search low birth rates             # all three words, anywhere",
        "summit search 'low birth rates'           # the phrase",
        "summit search abduction --exact           # not 'abductions'",
        "summit search AI --type clause --json",
        "summit search cooperation --speaker Ishiba --limit 3",
    ),
)
def search_command(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            help="Words (all must match; --any for one), or a quoted phrase.", show_default=False
        ),
    ],
    record_type: Annotated[
        RecordType | None, typer.Option("--type", help="Only this type of record.")
    ] = None,
    section: Annotated[
        int | None, typer.Option("--section", help="Only clauses of this section.", min=1)
    ] = None,
    speaker: SpeakerOption = None,
    topic: TopicOption = None,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help="At most N hits.", min=1)
    ] = None,
    match_any: Annotated[bool, typer.Option("--any", help="Match any term, not all.")] = False,
    exact: Annotated[
        bool, typer.Option("--exact", help="Match words exactly, without inflections.")
    ] = False,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """Search clauses, preamble and statements by keyword, best match first."""
    output = _format(as_json, as_jsonl, fmt)
    terms = parse_query(query)
    summits = _summits(ctx)
    keep = lookup.record_filter(
        record_type=record_type.value if record_type else None,
        section=lookup.check_section(summits, section) if section is not None else None,
        people=lookup.find_people(summits, speaker) if speaker is not None else None,
        topic=lookup.check_topic(summits, topic) if topic is not None else None,
    )
    records = [record for summit in summits for record in summit.searchable]
    hits = search(records, terms, match_any=match_any, exact=exact, keep=keep)[:limit]
    if not hits:
        _no_results(
            f"results for {' '.join(describe_terms(terms)) or repr(' '.join(query))}", output
        )
    render.render(hits, output, title=f"Search: {' '.join(query)}", qualify=len(summits) > 1)


@app.command(
    "quotes",
    epilog=examples(
        "summit quotes --speaker Ishiba", "summit quotes -s 이재명 --kind direct --json"
    ),
)
def quotes(
    ctx: typer.Context,
    speaker: SpeakerOption = None,
    kind: Annotated[
        StatementKind | None,
        typer.Option("--kind", "-k", help="direct quotation or reported (indirect) speech."),
    ] = None,
    topic: TopicOption = None,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """Who said what: the article's statements, quoted and reported, in article order."""
    output = _format(as_json, as_jsonl, fmt)
    summits = _summits(ctx)
    keep = lookup.record_filter(
        people=lookup.find_people(summits, speaker) if speaker is not None else None,
        kind=kind.value if kind else None,
        topic=lookup.check_topic(summits, topic) if topic is not None else None,
    )
    found = lookup.statements(summits, keep)
    if not found:
        _no_results("statements match", output)
    render.render(found, output, title="Who said what", qualify=len(summits) > 1)


@app.command(
    "speakers", epilog=examples("summit speakers", "summit speakers --json | jq '.[].name'")
)
def speakers(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The people the source names, with role, aliases and how many statements each made."""
    summits = _summits(ctx)
    people = [person for summit in summits for person in summit.people]
    render.render(people, _format(as_json, as_jsonl, fmt), title="People", qualify=len(summits) > 1)


@app.command(
    "outcomes", epilog=examples("summit outcomes", "summit outcomes --topic exchanges --json")
)
def outcomes(
    ctx: typer.Context,
    topic: TopicOption = None,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The concrete outcomes (curated summaries) and the refs behind each."""
    summits = _summits(ctx)
    wanted = lookup.check_topic(summits, topic) if topic is not None else None
    found = [o for s in summits for o in s.outcomes if wanted is None or wanted in o.topics]
    render.render(
        found, _format(as_json, as_jsonl, fmt), title="Outcomes", qualify=len(summits) > 1
    )


@app.command(
    "timeline", epilog=examples("summit timeline", "summit timeline --json | jq -r '.[].date'")
)
def timeline(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The dated events the source mentions, oldest first (dates as precise as the source)."""
    summits = _summits(ctx)
    events = sorted((e for s in summits for e in s.timeline), key=lambda event: event.date)
    render.render(
        events, _format(as_json, as_jsonl, fmt), title="Timeline", qualify=len(summits) > 1
    )


@app.command(
    "topics", epilog=examples("summit topics", "summit search cooperation --topic north-korea")
)
def topics(
    ctx: typer.Context,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """The curated topic tags, with how many records carry each."""
    summits = _summits(ctx)
    found = [topic for summit in summits for topic in summit.topics]
    render.render(found, _format(as_json, as_jsonl, fmt), title="Topics", qualify=len(summits) > 1)


@app.command("cite", epilog=examples("summit cite 3.1", "summit cite S4 --format markdown"))
def cite(
    ctx: typer.Context,
    refs: Annotated[
        list[str],
        typer.Argument(help="Refs to cite (as for 'summit show').", autocompletion=complete_ref),
    ],
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = OutputFormat.auto,
) -> None:
    """A ready-to-paste citation of each record: document, place in it, summit, date, ref."""
    summits = _summits(ctx)
    citations = [lookup.cite(summits, record) for record in lookup.find_records(summits, refs)]
    render.render(citations, _format(as_json, as_jsonl, fmt))


@app.command("validate", epilog=examples("summit validate", "summit validate my-summit.json"))
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(
            help="A summit file or directory (default: --data, or the bundled file).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Check summit files against the JSON Schema and the loader's cross-reference checks."""
    from .validate import validate_path

    target = path or ctx.find_root().obj or loader.bundled_data_path()
    problems = validate_path(target)
    if as_json:
        render.write_json([{"file": f, "path": p, "message": m} for f, p, m in problems])
    else:
        lines = [
            f"{file}: {where}: {message}" if where else f"{file}: {message}"
            for file, where, message in problems
        ]
        render.write_lines(lines or [f"OK {target}"])
    if problems:
        print(f"summit: {len(problems)} problem(s) found", file=sys.stderr)
        raise typer.Exit(EXIT_USAGE)


def _app_for(arguments: list[str]) -> typer.Typer:
    """The app with only the command the arguments name, when they name one.

    Typer turns every registered command's signature into a Click command on every call, which
    costs more than the work of most queries; help, completion and mistakes get the whole app.
    """
    if any(arg.startswith("--") and "complet" in arg for arg in arguments):
        return app
    words = iter(arguments)
    for word in words:
        if word == "--data":
            next(words, None)
        elif not word.startswith("-"):
            chosen = [c for c in app.registered_commands if c.name == word]
            if not chosen:
                return app
            lean = copy.copy(app)
            lean.registered_commands = chosen
            return lean
    return app


def main() -> NoReturn:
    """Run the app, turning every failure into one line on stderr and a documented exit code."""
    try:
        code = _app_for(sys.argv[1:])(standalone_mode=False, prog_name="summit")
    except (DataError, NotFoundError, QueryError) as error:
        code = _fail(str(error))
    except ClickException as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            # Typer's Rich help has already printed the help; plain Click puts it in the message.
            print(error.format_message(), end="")
            sys.exit(EXIT_OK)
        context = getattr(error, "ctx", None)
        hint = f" (see '{context.command_path} --help')" if context else ""
        code = _fail(f"{error.format_message()}{hint}", error.exit_code)
    except typer.Abort:
        code = EXIT_INTERRUPTED
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except (BrokenPipeError, render.OutputClosedError):
        code = _quiet_broken_pipe()
    except OSError as error:
        code = _fail(f"cannot write the output: {error.strerror or error}")
    except Exception as error:  # a bug: still one line, never a traceback
        code = _fail(
            f"internal error ({type(error).__name__}: {error}); please report it", EXIT_BUG
        )
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _quiet_broken_pipe()
    except OSError as error:
        code = _fail(f"cannot write the output: {error.strerror or error}")
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"summit: {message}", file=sys.stderr)
    return code


def _quiet_broken_pipe() -> int:
    """The reader went away (`| head -1`): stop quietly, as the Python docs advise."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK
