"""The README's JSON contract holds: every field every command printed when the contract was
last changed on purpose (tests/contract/json.json) is still there, with the same value. Fields
may be added (the README allows it); none may change or go.

After a deliberate change, documented in the README: SUMMIT_UPDATE_CONTRACT=1 uv run pytest
tests/test_contract.py rewrites the snapshot, and the diff shows what changed."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SNAPSHOT = Path(__file__).parent / "contract" / "json.json"
BEFORE = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
UPDATE = os.environ.get("SUMMIT_UPDATE_CONTRACT") == "1"


def _kept(before: Any, after: Any, where: str) -> list[str]:
    """Where `after` lost or changed something `before` had."""
    if isinstance(before, dict) and isinstance(after, dict):
        return [
            problem
            for key, value in before.items()
            if key != "file"  # the data file's path differs between machines
            for problem in (
                _kept(value, after[key], f"{where}.{key}") if key in after else [f"{where}.{key}"]
            )
        ]
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return [
            p
            for i, (b, a) in enumerate(zip(before, after, strict=True))
            for p in _kept(b, a, f"{where}[{i}]")
        ]
    return [] if before == after else [f"{where}: {before!r} became {after!r}"]


@pytest.mark.parametrize("setup", ["bundled", "corpus"])
def test_every_commands_json_keeps_its_contract(
    setup: str, summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    extra: list[str] = []
    if setup == "corpus":
        write_data(name="a.json")
        extra = [
            "--data",
            str(write_data(lambda d: d.update(id="second-summit"), name="b.json").parent),
        ]
    for call, before in BEFORE[setup].items():
        result = summit_cli(*extra, *json.loads(call), "--json")
        assert result.returncode == 0, (call, result.stderr)
        if UPDATE:
            BEFORE[setup][call] = json.loads(result.stdout)
            continue
        assert _kept(before, json.loads(result.stdout), call) == []
    if UPDATE:  # each setup may run in its own worker (xdist): rewrite only this one's part
        snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8")) | {setup: BEFORE[setup]}
        SNAPSHOT.write_text(
            json.dumps(snapshot, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
