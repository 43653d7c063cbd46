"""A round's figures for `summit draft`, from `draft_score.py --json` files.

    uv run python bench/draft_table.py totals SCORES... [--sets 239-246 | --except 239-246]
    uv run python bench/draft_table.py readme README.md SCORES... --fresh 247-254 \\
        [--opened 239-246 --round 46]

`totals` sums the figures of the sets chosen by held-out number ("heldout" is held-out 1):
the fresh sets, the sets a round opened, all the others. `readme` rewrites the README's table
of every set from the scores, so that no figure is copied by hand: the fresh sets first, in
bold, the sets opened this round relabelled, every other row keeping its label. These lived in
a working folder and were lost with it between sessions; a round's figures should be
reproducible by anyone from the committed sets.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

Figures = dict[str, int]
SUMMED = (
    "articles", "statements", "exact", "flagged", "wrong", "wrong_flagged", "name_form",
    "name_form_flagged", "missed", "missed_in_clauses", "roles", "roles_as_gold", "speakers",
    "speakers_listed", "silent", "silent_listed", "dropped",
)  # fmt: skip
TABLE_HEAD = "| set | articles"
HERE = Path(__file__).resolve().parent


class TableError(Exception):
    """A table the scores cannot fill: said, and the README left as it was."""


def read_scores(files: list[str]) -> dict[str, Figures]:
    """Each set's figures by its folder's name, read as `draft_compare.py` reads them (a
    script of this folder, no package: loaded by its path)."""
    spec = importlib.util.spec_from_file_location("draft_compare", HERE / "draft_compare.py")
    assert spec is not None and spec.loader is not None
    compare = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compare)
    found: dict[str, Figures] = compare.scores(files)
    return found


def held_out_number(set_name: str) -> int | None:
    """`heldout-12` is 12 and `heldout` is 1, the first set; the tuning set has none."""
    if set_name == "heldout":
        return 1
    found = re.fullmatch(r"heldout-(\d+)", set_name)
    return int(found[1]) if found else None


def numbers(span: str) -> range:
    low, _, high = span.partition("-")
    return range(int(low), int(high or low) + 1)


def totals(scores: dict[str, Figures], chosen: range | None, left_out: range | None) -> Figures:
    total = dict.fromkeys(SUMMED, 0)
    for set_name, figures in scores.items():
        number = held_out_number(set_name)
        if chosen is not None and number not in chosen:
            continue
        if left_out is not None and number in left_out:
            continue
        for key in SUMMED:
            total[key] += figures.get(key, 0)
    return total


def share(part: int, whole: int) -> str:
    """Whole per cents, but one decimal where the 90 % bar is at stake (89.6 % is not 90 %)."""
    value = 100 * part / whole if whole else 0.0
    return f"{value:.1f} %" if round(value) == 90 else f"{value:.0f} %"


def cells(figures: Figures, fresh: bool) -> list[str]:
    f = figures
    exact = f"{f['exact']} ({share(f['exact'], f['statements'])})"
    return [
        str(f["articles"]), str(f["statements"]), f"**{exact}**" if fresh else exact,
        f"{f['flagged']} ({share(f['flagged'], f['statements'])})",
        f"{f['wrong']} ({f['wrong'] - f['wrong_flagged']}; "
        f"{f['name_form']} ({f['name_form'] - f['name_form_flagged']}))",
        f"{f['missed']} ({f['missed_in_clauses']})", f"{f['speakers_listed']} of {f['speakers']}",
        f"{f['silent_listed']} of {f['silent']}", f"{f['roles_as_gold']} of {f['roles']}",
        str(f["dropped"]),
    ]  # fmt: skip


FRESH_LABEL = "held-out {}: **fresh, never opened** (written this stop)"


def set_of_row(label: str) -> str:
    if label.startswith("tuned on"):
        return "tuning"
    found = re.match(r"held-out (\d+)", label)
    if not found:
        raise TableError(f"a row of no set: {label!r}")
    return "heldout" if found[1] == "1" else f"heldout-{found[1]}"


def rewrite_table(
    text: str, scores: dict[str, Figures], fresh: range, opened: range, round_: str
) -> str:
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith(TABLE_HEAD)), None)
    if start is None:
        raise TableError(f"no table starting {TABLE_HEAD!r}")
    end = start + 2
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    labels = [FRESH_LABEL.format(number) for number in reversed(fresh)]
    labels += [row.split(" | ")[0].removeprefix("| ") for row in lines[start + 2 : end]]
    rows = []
    for label in labels:
        set_name = set_of_row(label)
        if set_name not in scores:
            raise TableError(f"no score for the row {label!r}")
        number = held_out_number(set_name)
        if number in opened and number not in fresh:
            label = f"held-out {number}: opened in round {round_}"
        figures = cells(scores[set_name], "never opened**" in label)
        rows.append(f"| {label} | {' | '.join(figures)} |")
    lines[start + 2 : end] = rows
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    summing = commands.add_parser("totals", help="sum the figures of the sets chosen")
    summing.add_argument("scores", nargs="+")
    summing.add_argument("--sets", type=numbers, help="only these held-out sets, as 239-246")
    summing.add_argument("--except", dest="left_out", type=numbers, help="all but these")
    table = commands.add_parser("readme", help="rewrite the README's table of every set")
    table.add_argument("readme", type=Path)
    table.add_argument("scores", nargs="+")
    table.add_argument("--fresh", type=numbers, default=range(0), help="sets written this stop")
    table.add_argument("--opened", type=numbers, default=range(0), help="sets opened this round")
    table.add_argument("--round", dest="round_", default="", help="the round that opened them")
    arguments: Any = parser.parse_args(argv)
    try:
        scores = read_scores(arguments.scores)
        if arguments.command == "totals":
            total = totals(scores, arguments.sets, arguments.left_out)
            unflagged = total["wrong"] - total["wrong_flagged"]
            print(
                *(f"{key} {value}" for key, value in total.items()),
                f"exact share {share(total['exact'], total['statements'])}",
                f"unflagged {unflagged}",
                sep="\n",
            )
            return 0
        text = arguments.readme.read_text(encoding="utf-8")
        table_text = rewrite_table(
            text, scores, arguments.fresh, arguments.opened, arguments.round_
        )
        arguments.readme.write_text(table_text, encoding="utf-8")
    except (OSError, ValueError, TableError) as error:
        print(f"draft_table: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
