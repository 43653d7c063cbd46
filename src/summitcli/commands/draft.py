"""`summit draft`: a summit file drafted from a news article, for a curator to finish."""

from pathlib import Path
from typing import Annotated

import typer

from ..errors import SummitError
from ..text import escaped, quoted, shell_word, shortened
from . import command
from .shared import article_text, call_of, examples, file_to_write, path_given


@command(
    "draft",
    short_help="Draft a summit file from a news article.",
    epilog=examples(
        "summit draft article.txt -o my-summit.json",
        "summit validate my-summit.json",
        "summit validate my-summit.json --article article.txt   # nothing changed by hand",
        "summit --data my-summit.json sections",
    ),
)
def draft_command(
    ctx: typer.Context,
    article: Annotated[
        Path,
        typer.Argument(
            help="The article, as plain UTF-8 text; - reads stdin.",
            metavar="ARTICLE",
            parser=path_given,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the draft here instead of to stdout (- is stdout).",
            parser=file_to_write,
            metavar="PATH",
        ),
    ] = None,
    unwrap: Annotated[
        bool,
        typer.Option(
            "--unwrap",
            help="Join each paragraph's lines into one, for an article hard-wrapped at a fixed "
            "width (a line opening a section, a clause or /End/ stays its own).",
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace the output file, keeping the one it was as PATH~ (a draft; never a "
            "reviewed summit file or a file that is no summit file).",
        ),
    ] = False,
) -> None:
    """Draft a summit file from a news article with the joint document's full text: the
    release verbatim, every quotation and sentence of reported speech with its speaker, the
    article's accounts, the rest as narration, the people named. What the rules cannot settle
    is listed on stderr and in curation.review; judgement is left to the curator.

    The article: the story's paragraphs, separated by blank lines, then the joint document: its
    title in brackets with the date and place ("[Joint statement on the Korea-Japan summit
    _2026.3.5. Seoul]": a title naming the meeting titles the summit), preamble paragraphs,
    numbered sections ("1. Trade") with clauses ("(1) ..."), and "/End/".

    To finish a draft: check each review item and remove it, write "(checked)" for "(a guess:
    check it)" in a guessed record's note, fill each placeholder, until 'summit validate'
    passes (README: "Curating a summit of your own")."""
    from ..article import DraftError, read_article
    from ..problems import text_problem

    from_stdin = str(article) == "-"
    name = "stdin" if from_stdin else str(article)
    if output is not None and str(output) == "-":
        output = None
    if not from_stdin and (unfit := text_problem(article.name)):
        kept = unfit.removeprefix("text contains the ")
        raise SummitError(
            f"{quoted(name)}: a summit file cannot keep this name as its source.file (it holds "
            f"the {kept}): rename the article, or draft it from stdin (summit draft - < FILE)"
        )
    text = article_text(article, "nothing to draft")
    from ..files import (
        another_kind,
        cannot_write,
        id_free_beside,
        interruptible,
        is_summit_file,
        keep_former,
        reviewed,
        writable,
        write_text,
    )

    try:  # a name the system refuses ("File name too long") is said with the name, cut short
        if output is not None and not from_stdin and output.exists() and output.samefile(article):
            raise SummitError(
                f"{escaped(str(output))} is the article itself; write the draft to another file"
            )
        if output is not None and reviewed(output):
            raise SummitError(
                f"{escaped(str(output))} is a reviewed summit file (no open review item): "
                "--force replaces only a draft under review; move it away or name another file"
            )
        if force and output is not None and another_kind(output, is_summit_file):
            raise SummitError(
                f"{escaped(str(output))} is no summit file; --force replaces only a draft "
                "under review: name another file"
            )
        target = None if output is None else writable(output, force)
    except OSError as error:
        raise cannot_write(shortened(str(output), 120), error) from None
    try:
        checked = read_article(text, unwrap)
    except DraftError as error:
        raise SummitError(f"{name}: {error}") from None
    import msgspec

    from ..draft import RUNS_OVER_A_LINE, draft_article, encode
    from ..progress import Progress

    streams = call_of(ctx).output
    progress = Progress(None, f"Drafting {escaped(name)}", streams, "steps", watched=True)
    try:  # Ctrl-C, as KeyboardInterrupt, takes the bar away and shows the cursor again
        with interruptible():
            drafted = draft_article(checked, None if from_stdin else article.name, progress)
    finally:
        progress.close()
    if target is not None and output is not None:
        free, holder = id_free_beside(drafted.id, output)
        if holder is not None:
            taken = f"the id {quoted(drafted.id)} is taken by {holder}"
            print(f"summit: note: {taken}: this draft's is {quoted(free)}", file=streams.errors)
            drafted = msgspec.structs.replace(drafted, id=free)
    encoded = encode(drafted).decode()
    if target is None:
        streams.stream.write(encoded)
    else:
        try:
            former = keep_former(target, encoded)
            write_text(target, encoded)
        except OSError as error:
            raise cannot_write(escaped(str(output)), error) from None
        if former is not None:
            print(
                f"summit: note: {escaped(str(output))} replaced; the file it was is kept as "
                f"{escaped(str(former))}",
                file=streams.errors,
            )
    if output is not None and not output.name.endswith(".json"):  # a folder reads *.json
        unread = f"{escaped(str(output))} does not end in .json"
        print(
            f"summit: note: {unread}: a --data folder reads only *.json files", file=streams.errors
        )
    for item in drafted.curation.review:
        print(f"summit: review: {item}", file=streams.errors)
    wrapped = sum(RUNS_OVER_A_LINE in item for item in drafted.curation.review)
    if wrapped and not unwrap:
        print(
            f"summit: note: {wrapped} review item(s) say a line runs on into the next: if the "
            "article is hard-wrapped, draft it with --unwrap",
            file=streams.errors,
        )
    if output is not None:  # what was written and what comes next, last
        items = len(drafted.curation.review)
        against = "" if from_stdin else f" --article {shell_word(str(article))}"
        print(
            f"summit: wrote {escaped(str(output))}: {items} review item{'s' * (items != 1)} to "
            f"clear, then: summit validate {shell_word(str(output))}{against}",
            file=streams.errors,
        )
