"""`summit search` answered, from the persistent index (`from_index`) or the files in memory
(`from_files`): the same hits, or the same passages a filter alone lists, or the same message
where nothing is found, for the same views (the other commands ask the index and the files
alike: `loaded.Loaded`). Where the index cannot answer as cheaply (a search that finds nothing,
whose message needs every word of the corpus), the index keeps what the answer needs (the
corpus's vocabulary, for "did you mean").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .errors import NotFoundError
from .model import Hit, Person, Searchable, Summit
from .search import (
    Term,
    filters_given,
    framing_only,
    listing_title,
    nothing_listed,
    search,
    search_title,
    text_first,
)
from .views import cited

if TYPE_CHECKING:
    from .index import Index

Answer = tuple[Sequence[Hit | Searchable], str, str] | str
"""(hits or, without terms, passages; the title; a note for stderr, or ""), or why nothing was
found."""


def from_index(
    index: Index,
    terms: Sequence[Term],
    record_types: Sequence[str],
    section: int | None,
    speaker: Sequence[str] | None,
    topic: Sequence[str] | None,
    *,
    limit: int | None,
    match_any: bool,
    exact: bool,
    query: Sequence[str] = (),
) -> Answer | None:
    """`summit search` from the index, as `from_files` answers it; None for `--exact` words,
    which the index (of stemmed keys) cannot count."""
    if exact and terms:
        return None
    keep = None
    if filters_given(record_types, section, speaker, topic):
        from .lookup import search_filter  # only filters need it

        keep = search_filter(index, record_types, section, speaker, topic)
    if not terms:
        assert keep is not None
        listed = []
        candidates = index.filtered(
            record_types=keep.record_types,
            section=keep.section,
            people=keep.people,
            topics=keep.topics,
        )
        for record in candidates:
            if keep(record):
                listed.append(record)
                if limit is not None and len(listed) >= limit:
                    break
        return (listed, listing_title(str(keep)), "") if listed else nothing_listed(str(keep))
    hit = index.hit_maker(terms, match_any=match_any)
    hits = text_first(
        (
            hit(record, score)
            for score, record in index.search(terms, match_any=match_any)
            if keep is None or keep(record)
        ),
        limit,
    )
    if not hits:
        from .suggestions import nothing_found

        unfiltered = index.hit_count(terms, match_any=match_any) if keep else 0
        return nothing_found(
            index.vocabulary,
            terms,
            query,
            exact=False,  # the index answers no --exact words (above)
            match_any=match_any,
            unfiltered=unfiltered,
            filters=str(keep) if keep else "",
            count=lambda apart: index.hit_count(apart, match_any=match_any),
            framed=lambda: [
                cited(summit, ref, qualify=index.path.is_dir())  # as the files, read, say it
                for summit, ref in index.framing_only(terms, match_any=match_any)
            ],
            called=lambda name: _people_called(index.people_named, name),
            has_ref=lambda ref: next(index.records("ref = ?", [ref]), None) is not None,
            topics=index.topics,
        )
    note = ""
    if _several(terms, match_any):
        from .suggestions import some_words_nowhere

        note = some_words_nowhere(index.vocabulary, terms, query)
    return hits, search_title(query), note


def from_files(
    summits: Sequence[Summit],
    terms: Sequence[Term],
    record_types: Sequence[str],
    section: int | None,
    speaker: Sequence[str] | None,
    topic: Sequence[str] | None,
    *,
    limit: int | None,
    match_any: bool,
    exact: bool,
    query: Sequence[str] = (),
    qualify: bool,
) -> Answer:
    """`summit search` over the summits in memory (`qualify`: refs name their summit)."""
    records = [record for summit in summits for record in summit.searchable]
    keep = None
    if filters_given(record_types, section, speaker, topic):
        from .loaded import Loaded
        from .lookup import search_filter

        keep = search_filter(Loaded(summits), record_types, section, speaker, topic)
    filters = str(keep) if keep is not None else ""
    if not terms:
        listed = [record for record in records if keep is None or keep(record)][:limit]
        return (listed, listing_title(filters), "") if listed else nothing_listed(filters)
    hits = search(records, terms, match_any=match_any, exact=exact, keep=keep)[:limit]
    if hits:
        note = ""
        if _several(terms, match_any):
            from .suggestions import Spellings, some_words_nowhere, spellings

            vocabulary = Spellings(spellings(records), exact)
            note = some_words_nowhere(lambda: vocabulary, terms, query, exact=exact)
        return hits, search_title(query), note
    from .suggestions import Spellings, nothing_found, spellings

    unfiltered = len(search(records, terms, match_any=match_any, exact=exact)) if keep else 0
    return nothing_found(
        lambda: Spellings(spellings(records), exact),
        terms,
        query,
        exact=exact,
        match_any=match_any,
        unfiltered=unfiltered,
        filters=filters,
        count=lambda apart: len(search(records, apart, match_any=match_any, exact=exact)),
        framed=lambda: [
            cited(r.summit, r.ref, qualify)
            for r in framing_only(records, terms, match_any=match_any, exact=exact)
        ],
        called=lambda name: _people_called(lambda names: _find_people(summits, names), name),
        has_ref=lambda ref: _holds_ref(summits, ref),
        topics=lambda: [topic for summit in summits for topic in summit.topics],
    )


def _several(terms: Sequence[Term], match_any: bool) -> bool:
    """`--any` with more than one word: one of them may have found nothing unseen."""
    return match_any and sum(len(term) for term in terms) > 1


def _holds_ref(summits: Sequence[Summit], ref: str) -> bool:
    from .refs import records_by_ref  # only a search that found nothing

    return any(ref in records_by_ref(summit) for summit in summits)


def _find_people(summits: Sequence[Summit], names: Sequence[str]) -> list[Person]:
    from .lookup import find_people  # only a query in Hangul or kanji that found nothing

    return find_people(summits, names)


def _people_called(find: Callable[[Sequence[str]], list[Person]], name: str) -> list[Person]:
    """The people called `name`: `find` (`lookup.find_people`'s kind) raises for a name nobody
    has."""
    try:
        return find([name])
    except NotFoundError:
        return []
