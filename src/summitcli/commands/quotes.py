"""`summit quotes`: who said what."""

from enum import StrEnum
from typing import Annotated

import typer

from .. import lookup, views
from ..model import Part
from . import command
from .shared import (
    FormatOption,
    JsonlOption,
    JsonOption,
    SpeakerOption,
    TopicOption,
    emit,
    examples,
    no_results,
    output_format,
    source_of,
)


class StatementKind(StrEnum):
    """An enum, as search's RecordType is: `--kind` may be repeated."""

    direct = "direct"
    reported = "reported"
    indirect = "indirect"
    """Another name for reported speech."""
    account = "account"
    unattributed = "unattributed"
    """A quotation the source credits to no one (a draft leaves it so when unsure)."""


@command(
    "quotes",
    short_help="Who said what, in source order.",
    epilog=examples(
        "summit quotes --speaker Ishiba",
        "summit quotes -s 이재명 --kind direct --json",
        "summit quotes --accounts        # the article's own accounts too",
        "summit quotes -s Ishiba --in article   # not the joint document's words",
    ),
)
def quotes(
    ctx: typer.Context,
    speaker: SpeakerOption = None,
    kind: Annotated[
        list[StatementKind] | None,
        typer.Option(
            "--kind",
            "-k",
            help="direct quotation, reported (or indirect) speech, unattributed (a quotation "
            "the source credits to no one) or the article's account; repeat for any of several.",
            metavar="KIND",
            case_sensitive=False,
        ),
    ] = None,
    accounts: Annotated[
        bool,
        typer.Option(
            "--accounts",
            help="Include the article's own accounts of what the sides agreed (not speech).",
        ),
    ] = False,
    part: Annotated[
        Part | None,
        typer.Option(
            "--in",
            help="article: only the article's words; release: only the release's (its "
            "preamble and clauses).",
            metavar="PART",
            case_sensitive=False,
        ),
    ] = None,
    topic: TopicOption = None,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """Who said what, in source order: direct quotations and reported speech, in the article
    and in the release (the preamble paragraphs and clauses that report what the leaders
    reaffirmed or agreed, ten of the bundled summit's eleven clauses among them), and quotations
    the source credits to no one ("no one named"; never with --speaker). The article's own
    accounts of what the sides agreed are not anyone's words: they appear only with --accounts
    or --kind account, labelled as such."""
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    named = ["reported" if k is StatementKind.indirect else k.value for k in kind or []]
    kinds = list(dict.fromkeys([*(named or lookup.QUOTED), *(["account"] if accounts else [])]))
    found, keep = source_of(ctx).quotations(kinds, speaker, topic, part)
    if not found:
        asked = str(keep).removeprefix("a passage")
        message = f"no statements match: none{asked}" if asked else "no statements match"
        no_results(ctx, message, chosen, views.passage)
    emit(ctx, found, views.passage, chosen, title="Who said what", tagged=topic)
