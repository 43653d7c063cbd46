"""`summit compare`: what the leaders said against what the joint document says."""

from typing import Annotated, Literal, get_args

import typer

from .. import lookup, views
from ..compare import VERDICTS, Alignment, Echoes, against, compare, echoed_by
from ..loaded import Loaded
from ..model import Attributable, Clause, Preamble, Statement, Summit
from ..refs import find_records
from . import command
from .shared import (
    FormatOption,
    JsonlOption,
    JsonOption,
    SpeakerOption,
    TopicOption,
    complete_compared_ref,
    emit,
    examples,
    is_corpus,
    no_results,
    note_refs_of_several_summits,
    output_format,
    summits_of,
)

Verdict = Literal["echoed", "partly", "none", "partly echoed", "not in the release"]
"""`--verdict`'s words, one for each of the verdicts' names, and the two names longer than a
word as the rows and JSON write them, for a script that pastes one back."""
VERDICT_NAMES = dict(zip(get_args(Verdict), (*VERDICTS, *VERDICTS[1:]), strict=True))


@command(
    "compare",
    short_help="Said versus signed: each statement against the release.",
    epilog=examples(
        "summit compare                       # every statement, then every release record",
        "summit compare S5                    # what Lee said against what was signed",
        "summit compare 2.2                   # a clause and every statement that echoes it",
        "summit compare --verdict none        # said, but not in the release",
        "summit compare --speaker Ishiba --json | jq '.[] | {ref, verdict}'",
    ),
)
def compare_command(
    ctx: typer.Context,
    refs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Statements (S5) or release records (2.2, P4), each compared as if asked "
            "alone; all of them when left out. In a --data folder of several summits, "
            "SUMMIT-ID:REF for one summit's.",
            metavar="REF...",
            autocompletion=complete_compared_ref,
            show_default=False,
        ),
    ] = None,
    speaker: SpeakerOption = None,
    topic: TopicOption = None,
    verdict: Annotated[
        Verdict | None,
        typer.Option(
            "--verdict",
            help="echoed, partly (or partly echoed) or none (or not in the release), as the "
            "rows and JSON write them.",
            metavar="VERDICT",
            case_sensitive=False,
        ),
    ] = None,
    as_json: JsonOption = False,
    as_jsonl: JsonlOption = False,
    fmt: FormatOption = "auto",
) -> None:
    """Said versus signed: each statement (speech and the article's accounts) against the
    release records it echoes, with the shared wording, what was only said and what was only
    signed, and a verdict; each release record with the statements that echo it."""
    chosen = output_format(ctx, as_json, as_jsonl, fmt)
    summits = summits_of(ctx)
    kinds = lookup.SPEECH if speaker else (*lookup.SPEECH, "account")  # never a person's words
    keep = lookup.quotes_filter(Loaded(summits), kinds, speaker, topic, None)
    of_topic = lookup.Filter(topics=keep.topics)  # a release record need report no one's words
    wanted = VERDICT_NAMES[verdict] if verdict else None
    asked_refs = list(dict.fromkeys(refs or []))
    found_records = find_records(summits, asked_refs)
    asked: list[Attributable] = []
    for found in found_records:
        if not isinstance(found, Attributable):
            kind = "an outcome" if found.TYPE == "outcome" else f"a {found.TYPE}"
            named = views.cited(found.summit, found.ref, is_corpus(ctx))
            raise typer.BadParameter(
                f"{named} is {kind}: compare takes a statement, a clause or a preamble paragraph"
            )
        asked.append(found)
    kept: dict[str, tuple[list[Alignment], list[Echoes]]] = {}

    def compared(summit: Summit) -> tuple[list[Alignment], list[Echoes]]:
        """The summit's alignments the filter keeps, and its echoes: once, however many of
        its records are asked."""
        if summit.id not in kept:
            alignments, echoes = compare(summit)
            kept[summit.id] = ([a for a in alignments if keep(a.statement)], echoes)
        return kept[summit.id]

    by_id = {summit.id: summit for summit in summits}
    items: list[Alignment | Echoes] = []
    pairs: list[tuple[Summit, Attributable | None]] = [(by_id[r.summit], r) for r in asked]
    for summit, record in pairs or [(summit, None) for summit in summits]:
        alignments, echoes = compared(summit)
        if isinstance(record, Preamble | Clause):  # each statement against the record asked
            alignments = against(alignments, record.ref)
        alignments = [a for a in alignments if wanted in (None, a.verdict)]
        if isinstance(record, Statement):
            items += [a for a in alignments if a.statement is record]
        elif record is not None:
            echoes_of = echoed_by(record, alignments)
            if alignments or not (speaker or topic or verdict):  # who echoes it, of those kept
                items.append(echoes_of)
            order = {ref: rank for rank, (ref, _) in enumerate(echoes_of.statements)}
            listed: list[Alignment] = sorted(alignments, key=lambda a: order[a.statement.ref])
            items += listed  # the rows as its echoes list them, strongest first
        else:
            items += alignments
            if not (speaker or verdict):
                items += [e for e in echoes if of_topic(e.record)]
    given = {  # a filter may leave a bare ref one summit's
        (item.statement if isinstance(item, Alignment) else item.record).summit for item in items
    }
    note_refs_of_several_summits(ctx, asked_refs, found_records, given)
    if not items:
        no_results(
            ctx,
            _none_matching(keep, asked[0] if len(asked) == 1 else None, wanted),
            chosen,
            views.compared,
        )
    emit(ctx, items, views.compared, chosen, whole=True, title="Said versus signed")


def _none_matching(keep: lookup.Filter, asked: Attributable | None, verdict: str | None) -> str:
    """The message for nothing found, naming each filter that left it empty, as `quotes` does."""
    filters = [str(keep).removeprefix("a passage").strip()]
    if asked is not None:
        filters.append(
            f"of {asked.ref}" if isinstance(asked, Statement) else f"echoing {asked.ref}"
        )
    if verdict:
        filters.append(f"with the verdict {verdict}")
    named = " ".join(f for f in filters if f)
    return f"no statements match: none {named}" if named else "no statements match"
