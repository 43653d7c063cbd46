"""The summits of files read into memory, asked as the persistent index is asked.

Kept apart from `lookup` and `refs`, which it imports only where a question needs them, so that
listing a bundled file's sections imports neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Citable, Event, Outcome, Person, Searchable, Section, Summit, Topic

if TYPE_CHECKING:
    from .lookup import Filter


class Loaded:
    """The summits of files read into memory, asked what `index.Index` answers from its database
    (the same methods, the same records in the same order), so that a command asks one way
    whichever holds the corpus."""

    def __init__(self, summits: Sequence[Summit]) -> None:
        self.summits = summits

    def sections(self) -> list[Section]:
        return [section for summit in self.summits for section in summit.sections]

    def section_numbers(self) -> set[int]:
        return {section.number for section in self.sections()}

    def timeline(self) -> list[Event]:
        return [event for summit in self.summits for event in summit.timeline]

    def topics(self) -> list[Topic]:
        return [topic for summit in self.summits for topic in summit.topics]

    def people_named(self, names: Sequence[str]) -> list[Person]:
        from .lookup import find_people

        return find_people(self.summits, names)

    def topic_names(self, topics: Sequence[str]) -> list[str]:
        """`lookup.check_topics`; no topic asked imports no `lookup`."""
        if not topics:
            return []
        from .lookup import check_topics

        return check_topics(self.summits, topics)

    def outcomes(self, topics: Sequence[str] = ()) -> list[Outcome]:
        """The outcomes, or those of any of the topics."""
        wanted = set(topics)
        every = (outcome for summit in self.summits for outcome in summit.outcomes)
        return [outcome for outcome in every if not wanted or wanted & set(outcome.topics)]

    def find_records(self, refs: Sequence[str]) -> list[Citable]:
        from .refs import find_records  # only the commands that take refs need it

        return find_records(self.summits, refs)

    def quotations(
        self,
        kinds: Sequence[str],
        speaker: Sequence[str] | None,
        topic: Sequence[str] | None,
        part: str | None = None,
    ) -> tuple[list[Searchable], Filter]:
        """`summit quotes`: the statements and reported paragraphs the filter keeps, and the
        filter (whose words say what left nothing)."""
        from .lookup import quotations, quotes_filter

        keep = quotes_filter(self, kinds, speaker, topic, part)
        return quotations(self.summits, keep), keep
