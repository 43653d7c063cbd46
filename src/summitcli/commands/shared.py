"""What the commands share: their common options, completion, and the way to hand records out.

The annotations here, in `cli.py` and in the command modules are objects, not strings (no
`from __future__ import annotations`): Typer reads them on every call and would `eval` strings.
"""

from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, NoReturn, TypeVar

import msgspec
import typer

from .. import loader, render
from ..errors import EXIT_NO_RESULTS, DataError
from ..model import Citable, Statement, Summit
from ..output import Output
from ..text import escaped, for_data, quoted, said_command, shell_word
from ..views import Options, View

if TYPE_CHECKING:
    from ..index import Index
    from ..loaded import Loaded
else:  # imported only where a call asks for them (`source_of`); these annotations are the checker's
    Index = Loaded = object

Record = TypeVar("Record")


Format = Literal["auto", "rich", "plain", "json", "jsonl", "markdown", "csv"]
"""Every command's output formats; auto chooses by where the output goes (Typer makes a Literal
a choice as it does an enum, without the ~130 µs an enum's class costs to create each call)."""


def _completion_data(ctx: typer.Context) -> Path | None:
    """The --data (or SUMMIT_DATA) of the command line being completed: no callback has run
    to make a `Call` of it yet."""
    data = ctx.find_root().params.get("data")
    return Path(data) if data else None


def _completion_summits(ctx: typer.Context) -> list[Summit]:
    """The summits of the command line being completed."""
    try:
        return loader.load(_completion_data(ctx))
    except DataError:
        return []


def _offered(values: list[str], incomplete: str) -> list[str]:
    """The values that start with what was typed, each once (the shell script quotes them)."""
    return [v for v in dict.fromkeys(values) if v.lower().startswith(incomplete.lower())]


def complete_ref(ctx: typer.Context, incomplete: str) -> list[str]:
    """A folder's refs as its records cite them, `SUMMIT-ID:REF`."""
    return _complete_refs(ctx, incomplete, compared_only=False)


def complete_compared_ref(ctx: typer.Context, incomplete: str) -> list[str]:
    """The refs `compare` takes: statements, clauses and preamble paragraphs."""
    return _complete_refs(ctx, incomplete, compared_only=True)


def _complete_refs(ctx: typer.Context, incomplete: str, *, compared_only: bool) -> list[str]:
    from ..model import Attributable
    from ..refs import records_by_ref
    from ..views import cited

    data = _completion_data(ctx)
    qualify = data is not None and data.is_dir()
    refs = [
        cited(s.id, ref, qualify)
        for s in _completion_summits(ctx)
        for ref, record in records_by_ref(s).items()
        if not compared_only or isinstance(record, Attributable)
    ]
    return _offered(refs, incomplete)


def complete_speaker(ctx: typer.Context, incomplete: str) -> list[str]:
    """Names, aliases, and each word of a name, which `--speaker` finds too: a draft's aliases
    hold only the first and last ("Sivertsen" of "Marianne Sivertsen Næss"). Each is offered
    without its accents too, as `--speaker` takes it: "Ol" completes to "Olafur", since a
    shell keeps only completions that start with what was typed."""
    from ..text import without_accents

    people = [p for summit in _completion_summits(ctx) for p in summit.people]
    names = [name for p in people for name in (p.name, *p.aliases, *p.name.split())]
    return _offered(
        [spelt for name in names for spelt in (name, without_accents(name))], incomplete
    )


def complete_topic(ctx: typer.Context, incomplete: str) -> list[str]:
    return _offered(
        [t.name for summit in _completion_summits(ctx) for t in summit.topics], incomplete
    )


JsonOption = Annotated[
    bool, typer.Option("--json", help="Print a JSON array (UTF-8); short for --format json.")
]
JsonlOption = Annotated[
    bool, typer.Option("--jsonl", help="Print one JSON record per line; short for --format jsonl.")
]
FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help="auto: Rich on a terminal, tab-separated text when piped; or rich, plain, json, "
        "jsonl, markdown, csv.",
        metavar="FORMAT",
        case_sensitive=False,
    ),
]
SpeakerOption = Annotated[
    list[str] | None,
    typer.Option(
        "--speaker",
        "-s",
        help=(
            "Name, surname, alias, or the name in Hangul or kanji (Ishiba, President Lee, "
            "Ishiba Shigeru); repeat for any of several people."
        ),
        metavar="NAME",
        autocompletion=complete_speaker,
    ),
]
TopicOption = Annotated[
    list[str] | None,
    typer.Option(
        "--topic",
        "-t",
        help="A curated topic (see 'summit topics'); repeat for any of several.",
        metavar="TOPIC",
        autocompletion=complete_topic,
    ),
]


class WholeNumber(typer._click.types.IntRange):
    """A count or a number from 1 (`--limit`, `--section`), in a person's words: Click's own
    said "'abc' is not a valid int range" (new user 44)."""

    name = "whole number"


def examples(*lines: str) -> str:
    """A help epilog listing example command lines, one per line."""
    return "Examples:\n\n" + "\n\n".join(f"  $ {line}" for line in lines)


class Call(msgspec.Struct, frozen=True, gc=False):
    """What `summit`'s own options set for the command: the data and the output."""

    data: Path | None
    output: Output
    cache: bool = True
    """False for `--no-cache`: read the files even where a persistent index could serve."""


def call_of(ctx: typer.Context) -> Call:
    call: Call = ctx.find_root().obj
    return call


def summits_of(ctx: typer.Context) -> list[Summit]:
    """The summits of `--data` (or SUMMIT_DATA, or the bundled file), read once per call."""
    call = call_of(ctx)
    summits = loader.load(call.data)
    drafts = [(s.path, len(s.curation.review)) for s in summits if s.curation.review]
    _note_unreviewed(call, drafts)
    if call.data is not None and loader.is_folder(call.data):
        _note_left_out(call)
    return summits


def _note_left_out(call: Call) -> None:
    """A summit file a folder holds under a name no call reads ("KJ.JSON") is said to be left
    out: unsaid, its summit would be an answer missing without a word (new user 57). A hidden
    one is not: left out on purpose, as git and rg leave it."""
    assert call.data is not None
    names = loader.left_out(call.data, hidden=False)
    if names:
        name = quoted(names[0]) + (f" and {len(names) - 1} more" if len(names) > 1 else "")
        are = "is" if len(names) == 1 else "are"
        call.output.note(f"{name} in {escaped(str(call.data))} {are} {loader.LEFT_OUT}")


def _note_unreviewed(call: Call, drafts: Sequence[tuple[str, int]]) -> None:
    """Said once per call: a draft's words are not yet facts. One draft is named; several are
    counted in one line, so that a corpus of drafts is not a page of notes before its results."""
    if not drafts:
        return
    items = sum(review for _, review in drafts)
    if len(drafts) == 1:
        path = drafts[0][0]
        said, where = f"{escaped(path)} is an unreviewed draft", path
    else:
        where = str(call.data)
        said = f"{len(drafts)} files of {escaped(where)} are unreviewed drafts"
    validate = f"summit validate {shell_word(where)}"
    open_items = "1 open review item" if items == 1 else f"{items} open review items"
    call.output.note(f"{said} ({open_items}; {said_command(validate)} lists them)")


def index_of(ctx: typer.Context) -> Index | None:
    """The persistent index of `--data`'s folder, up to date (see `cache.py`); None for the
    bundled file, a single file, `--no-cache`, SUMMIT_NO_CACHE or a cache that cannot be
    written, where the command reads the files with `summits_of`."""
    call = call_of(ctx)
    if call.data is None or not call.cache:
        return None
    from .. import cache

    if cache.disabled() or cache.uncached(call.data):
        return None
    index = cache.open_index(call.data, call.output)
    if index is not None:
        _note_unreviewed(call, index.drafts())
        _note_left_out(call)
    return index


def source_of(ctx: typer.Context) -> Index | Loaded:
    """What a command asks for records: the corpus's persistent index (`index_of`), else the
    files read into memory; both answer the same methods with the same records."""
    index = index_of(ctx)
    if index is not None:
        return index
    from ..loaded import Loaded

    return Loaded(summits_of(ctx))


def note_refs_of_several_summits(
    ctx: typer.Context,
    refs: Sequence[str],
    records: Sequence[Citable],
    given: Collection[str] | None = None,
) -> None:
    from ..refs import held_by_several_summits  # imported by the commands that take refs

    for note in held_by_several_summits(refs, records, given):
        call_of(ctx).output.note(note)


def output_format(ctx: typer.Context, as_json: bool, as_jsonl: bool, chosen: str) -> str:
    """The one format asked for; two different ones are a usage error, never a silent choice."""
    asked = {"json"} if as_json else set()
    asked |= {"jsonl"} if as_jsonl else set()
    asked |= {chosen} if chosen != "auto" else set()
    if len(asked) > 1:
        names = " and ".join(f"'{name}'" for name in sorted(asked))
        raise typer.BadParameter(f"choose one output format, not {names}")
    return call_of(ctx).output.choose(asked.pop() if asked else "auto")


def options_for(ctx: typer.Context, *, whole: bool = False) -> Options:
    return Options(qualify=is_corpus(ctx), whole=whole)


def is_corpus(ctx: typer.Context) -> bool:
    """Whether `--data` names a folder: its records name their summits however many files it
    holds, so that a script's output keeps its shape as the folder grows or shrinks."""
    data = call_of(ctx).data
    return data is not None and data.is_dir()


def path_given(text: str) -> Path:
    """A file argument as typed. An empty one is refused: Click would take it for the current
    directory, so that a script's unset variable would read or write there."""
    if not text:
        raise typer.BadParameter("an empty path names no file")
    return Path(text)


path_given.__name__ = "path"  # the type the help shows, as for any other path


def file_to_write(text: str) -> Path:
    """A file argument summit writes to (`files.destination` checks what is there). A trailing
    slash names a directory, even one that does not exist yet: never a file called that."""
    from ..files import names_a_directory

    if names_a_directory(text):
        raise typer.BadParameter(f"{text} names a directory; name the file to write")
    return path_given(text)


file_to_write.__name__ = "path"


def emit(
    ctx: typer.Context,
    records: Sequence[Record],
    view: Callable[[Record, Options], View],
    fmt: str,
    *,
    whole: bool = False,
    title: str = "",
    empty: str = "",
    tagged: Sequence[str] | None = None,
) -> None:
    """Show each record through the view the command names, in the format asked for; none is
    `empty`'s message and exit 1, as a search that finds nothing (an uncurated draft has no
    outcomes, events or topics: silence would pass for an answer). Records chosen by the
    curators' topic (`tagged`) say so where no record does: a terminal's title, and stderr
    under piped rows or Markdown (JSON's records name "topics" among their "curated")."""
    if empty and not records:
        no_results(ctx, empty, fmt, view)
    options = options_for(ctx, whole=whole)
    views = [view(record, options) for record in records]
    title += " (topics are the curators' tags)" if tagged and title else ""
    output = call_of(ctx).output
    render.render(views, fmt, output, whole=whole, title=title)
    if tagged and fmt in ("plain", "csv", "markdown"):
        asked = ", ".join(escaped(topic.strip()) for topic in tagged)  # one line, as typed
        output.note(
            f"--topic {asked} keeps the passages the curators tagged so: topics are curation, "
            "not the source's words"
        )


def note_framing_left_out(ctx: typer.Context, records: Sequence[object], fmt: str) -> None:
    """Where `read` and `show`, which promise every sentence and a record whole, leave out
    the article's words that introduce a quotation ("President Lee stated,"): plain and CSV
    rows keep the four passage columns, for `cut`. Listings (`quotes`, `search`) quote the
    words themselves and stay quiet in a pipeline."""
    framed = {(r.summit, r.ref): r for r in records if isinstance(r, Statement) and r.attribution}
    framings = [r.attribution for r in framed.values() if r.attribution]  # one asked twice, once
    if framings and fmt in ("plain", "csv"):
        call_of(ctx).output.note(
            f"the article's words that introduce {len(framings)} "
            f"{'quotation' if len(framings) == 1 else 'quotations'} ({framings[0]!r}…) "
            "are in no column here: see --json (attribution), --format markdown or a terminal"
        )


def no_results(
    ctx: typer.Context,
    message: str,
    fmt: str,
    view: Callable[..., View],
) -> NoReturn:
    """Exit 1, saying why on stderr; `--json` still gets its (empty) array, CSV and a Markdown
    table the header of the records `view` would have shown."""
    from ..views import header

    output = call_of(ctx).output
    if fmt in ("json", "csv", "markdown"):
        render.render([], fmt, output, header=header(view, options_for(ctx)))
    data = call_of(ctx).data
    print(f"summit: {for_data(message, str(data) if data else None)}", file=output.errors)
    raise typer.Exit(EXIT_NO_RESULTS)


ARTICLE_LIMIT = 256 * 1024
"""A news story and its joint document run to tens of kilobytes (a long communiqué to
eighty), and the rules read some ten kilobytes a second: a larger input is no article, and
would keep `draft` busy for minutes before a word was said (a new user's 7 MB file, for a
quarter of an hour)."""


def article_text(article: Path, closed: str) -> str:
    """The text of an article file, or of stdin for "-" (`closed` says what a closed stdin
    leaves undone), for `draft` and `validate --article`: each failure one line naming it."""
    import sys

    from ..errors import SummitError
    from ..loader import read_limited, read_stream
    from ..problems import not_utf8
    from ..text import shortened

    from_stdin = str(article) == "-"
    name = "stdin" if from_stdin else str(article)
    if from_stdin and sys.stdin is None:  # started with `<&-`: see cli._open_closed_streams
        raise SummitError(f"stdin is closed: {closed}")
    try:
        raw = (
            read_stream(sys.stdin.buffer, "stdin", ARTICLE_LIMIT)
            if from_stdin
            else read_limited(article, ARTICLE_LIMIT)
        )
        return raw.decode("utf-8")
    except FileNotFoundError:  # as `loader` says of a summit file
        raise SummitError(f"{shortened(name, 200)}: no such file or directory") from None
    except OSError as error:
        raise SummitError(
            f"{shortened(name, 200)}: cannot be read: {error.strerror or error}"
        ) from None
    except UnicodeDecodeError as error:
        from ..article import encoding_advice

        raise SummitError(f"{name}: {not_utf8(error)}{encoding_advice(error.object)}") from None
