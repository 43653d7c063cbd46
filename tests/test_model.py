"""The declared format: dates on the calendar, and the schema generated from the classes."""

from __future__ import annotations

import pytest

from summitcli.loader import bundled_data_path
from summitcli.model import IsoDate, guessed_speaker, guesses
from summitcli.schema import schema_text


@pytest.mark.parametrize(
    ("date", "human"),
    [
        ("1998", "1998"),
        ("2008-04", "April 2008"),
        ("2025-08-23", "23 August 2025"),
        ("2025-08-23T16:55", "23 August 2025"),
        ("2024-02-29", "29 February 2024"),
    ],
)
def test_dates_as_precise_as_the_source(date: str, human: str) -> None:
    assert IsoDate.parse(date).human() == human


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2025-13-45", "is not a date on the calendar"),
        ("2025-02-30", "is not a date on the calendar"),
        ("2025-02-29", "is not a date on the calendar"),
        ("2025-08-23T24:00", "is not a date on the calendar"),
        ("2025-W34-6", "expected an ISO 8601 date"),
        ("23 August 2025", "expected an ISO 8601 date"),
        ("2025-08-23T16:55:00", "expected an ISO 8601 date"),
        (2025, "expected an ISO 8601 date"),
    ],
)
def test_dates_off_the_calendar_or_out_of_form_are_refused(date: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        IsoDate.parse(date)


def test_the_committed_schema_is_the_generated_one() -> None:
    committed = bundled_data_path().with_name("summit.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "run: uv run python -m summitcli.schema > data/summit.schema.json"
    )


@pytest.mark.parametrize(
    ("item", "found"),
    [
        ("S4: speaker Ana Ruiz guessed (pronoun: 'she'): 'She said so.'", {"S4": "pronoun: 'she'"}),
        # a curator's note on an item still open keeps the mark (new user 25)
        ("S4 (checked, ok): speaker Ana Ruiz guessed (pronoun: 'she'): 'She said so.'",
         {"S4": "pronoun: 'she'"}),
        ("S4 ok", {"S4": "see its item in curation.review"}),
        ("2.1: speaker guessed, to check", {"2.1": "see its item in curation.review"}),
        ("S40: speaker Ana Ruiz guessed (plural): 'x'", {"S40": "plural"}),
        # or annotated before the ref: "DONE:" does not clear an item validate still counts
        ("DONE: S4: speaker Ana Ruiz guessed (pronoun: 'she'): 'x'", {"S4": "pronoun: 'she'"}),
        ("[ ] P2: speaker Ana Ruiz guessed (plural): 'x'", {"P2": "plural"}),
        ("to do - 2.1: speaker guessed", {"2.1": "see its item in curation.review"}),
        ("summit.date: not found; the article says 'up 2.5 per cent'", {}),
        ("the quotation speaks of what S4 said", {}),
        ("people: each person's country", {}),
        ("paragraph 4: no speaker found, a plural: 'They said so.'", {}),
        ("Summit 4 was moved", {}),
    ],
)  # fmt: skip
def test_a_review_item_naming_a_record_keeps_its_speaker_a_guess(
    item: str, found: dict[str, str]
) -> None:
    """The mark stays while `validate` counts the item open: any item that starts with the
    record's ref (after a few words of the curator's own, at most), however the curator
    annotated it."""
    assert guesses((item,)) == found


@pytest.mark.parametrize(
    "sentence",
    ['She said: "It\'s done."', "It's done, she said.", 'She said "done".', "Done, she said."],
)
def test_a_guessed_speakers_item_holds_the_sentence_as_the_article_writes_it(sentence: str) -> None:
    """The curator checks the guess against the article: `repr` wrote a backslash before the
    apostrophe of a sentence that holds both quotation marks, a character the article lacks."""
    item = guessed_speaker("S4", "Ana Ruiz", "pronoun", sentence)
    assert item.endswith(f": '{sentence}'")
    assert guesses((item,)) == {"S4": "pronoun"}
