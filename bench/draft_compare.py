"""Which sets a change of `draft`'s rules moved, from `draft_score.py --json` files.

    uv run python bench/draft_compare.py BEFORE.json... -- AFTER.json...

A round's rule holds only where no set falls: each set present on both sides whose figures
changed is printed, "FELL" first where it lost an exact speaker set or a role as the gold, or
gained an unflagged wrong attribution or a dropped sentence; then the totals of both sides.
Exit 1 when a set fell, so a script can stop on it. Sets are matched by their folder's name,
so a score of `/work/heldout-191` meets one of `tests/drafts/heldout-191`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SHOWN = (
    "exact", "unflagged", "roles_as_gold", "speakers_listed", "silent_listed", "dropped", "missed"
)  # fmt: skip
TOTALLED = (
    "statements", "exact", "unflagged", "wrong", "missed", "roles", "roles_as_gold", "speakers",
    "speakers_listed", "silent", "silent_listed", "dropped",
)  # fmt: skip


def scores(files: list[str]) -> dict[str, dict[str, Any]]:
    """Each set's figures by its folder's name, with its unflagged wrong attributions."""
    found: dict[str, dict[str, Any]] = {}
    for file in files:
        for key, figures in json.loads(Path(file).read_text(encoding="utf-8")).items():
            if isinstance(figures, dict) and "exact" in figures:
                unflagged = figures["wrong"] - figures["wrong_flagged"]
                found[Path(key.rstrip("/")).name] = {**figures, "unflagged": unflagged}
    return found


def fell(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether a set lost what no round may cost it."""
    lost = after["exact"] < before["exact"] or after["roles_as_gold"] < before["roles_as_gold"]
    gained = after["unflagged"] > before["unflagged"] or after["dropped"] > before["dropped"]
    return bool(lost or gained)


def compare(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> list[str]:
    """The lines to print: each changed set, then both sides' totals over the common sets."""
    lines = []
    common = sorted(set(before) & set(after))
    for name in common:
        moved = {k: (before[name][k], after[name][k]) for k in SHOWN}
        moved = {k: pair for k, pair in moved.items() if pair[0] != pair[1]}
        if moved:
            mark = "FELL " if fell(before[name], after[name]) else "     "
            lines.append(f"{mark}{name} {moved}")
    for side, figures in (("before", before), ("after", after)):
        totals = {k: sum(figures[name][k] for name in common) for k in TOTALLED}
        lines.append(f"{side}: {totals}")
    missing = sorted(set(before) ^ set(after))
    if missing:
        lines.append(f"on one side only: {', '.join(missing)}")
    return lines


def main(arguments: list[str]) -> int:
    if "--" not in arguments or arguments.index("--") in (0, len(arguments) - 1):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    split = arguments.index("--")
    lines = compare(scores(arguments[:split]), scores(arguments[split + 1 :]))
    print("\n".join(lines))
    return 1 if any(line.startswith("FELL") for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
