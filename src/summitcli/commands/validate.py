"""`summit validate`: check summit files and list every problem."""

from pathlib import Path
from typing import Annotated

import typer

from .. import loader, render
from ..errors import EMPTY_PATH, EXIT_USAGE, SummitError
from ..text import escaped
from . import command
from .shared import (
    FormatOption,
    JsonlOption,
    article_text,
    call_of,
    examples,
    output_format,
    path_given,
)


@command(
    "validate",
    short_help="Check summit files, and against their article.",
    epilog=examples(
        "summit validate",
        "summit validate my-summit.json",
        "summit validate my-summit.json --format csv",
    ),
)
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Summit files or directories (default: --data, or the bundled file).",
            show_default=False,
            metavar="PATH...",
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print the problems as a JSON array (UTF-8): file, path, message; short for "
            "--format json.",
        ),
    ] = False,
    article: Annotated[
        Path | None,
        typer.Option(
            "--article",
            help="The article the files were curated from: each text they give as the "
            "source's must stand in it, word for word, and each of its sentences in exactly "
            "one record (- reads stdin).",
            metavar="PATH",
            parser=path_given,
        ),
    ] = None,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """Check summit files against the JSON Schema and the loader's cross-reference checks, and,
    with --article, against the article they were curated from."""
    from .. import views
    from ..validate import validate_path

    if "" in (paths or []):  # taken as text: Click would make '' the current directory
        raise typer.BadParameter(EMPTY_PATH, param_hint="'PATH'")
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    call = call_of(ctx)
    targets = [Path(path) for path in paths] if paths else [call.data or loader.bundled_data_path()]
    label = "stdin" if str(article) == "-" else str(article)  # as `draft` names its input
    name = f"on {label}" if label == "stdin" else label  # "not in the article on stdin"
    source = (name, article_text(article, "no article to check")) if article else None
    from ..article import is_json

    if source is not None and is_json(source[1]):
        raise SummitError(
            f"{escaped(label)}: is JSON, not an article: --article takes the news article, "
            "with its joint document, that the files were curated from"
        )
    checked: list[str] = []
    notes: list[tuple[str, str, str]] = []
    problems = [
        problem for target in targets for problem in validate_path(target, checked, source, notes)
    ]
    for file, where, message in notes:
        call.output.note(f"{file}: {where}: {message}")
    options = views.Options()
    shown = [views.problem(problem, options) for problem in problems]
    if shown or chosen not in ("plain", "rich"):
        header = views.header(views.problem, options)
        render.render(shown, chosen, call.output, title="Problems", header=header)
    if chosen in ("plain", "rich"):  # a reader is told each good file is; records are problems
        bad = {file for file, _, _ in problems}
        ok = [f"OK {escaped(file)}" for file in checked if file not in bad]  # a line each
        render.write_lines(ok, call.output)
    if problems:
        count = len(problems)
        print(f"summit: {count} problem{'' if count == 1 else 's'} found", file=call.output.errors)
        raise typer.Exit(EXIT_USAGE)
