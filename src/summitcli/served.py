"""`summit search` served from the persistent index: the same hits, found without reading every
file, for the same views, as the command finds in memory (the other commands ask the index and
the files alike: `loaded.Loaded`). Where the index cannot answer as cheaply (a search that finds
nothing, whose message needs every word of the corpus), the index keeps what the answer needs (the
corpus's vocabulary, for "did you mean").
"""

from __future__ import annotations

from collections.abc import Sequence

from . import index as indexing
from . import lookup
from .model import Hit, Searchable
from .search import (
    Term,
    filters_given,
    listing_title,
    nothing_found,
    nothing_listed,
    search_title,
    text_first,
)
from .views import cited


def search(
    index: indexing.Index,
    terms: Sequence[Term],
    record_type: str | None,
    section: int | None,
    speaker: Sequence[str] | None,
    topic: Sequence[str] | None,
    *,
    limit: int | None,
    match_any: bool,
    exact: bool,
    query: Sequence[str] = (),
) -> tuple[Sequence[Hit | Searchable], str] | str | None:
    """`summit search`: (hits or, without terms, passages; the title), or why nothing was
    found, as the command says it reading the files; None for `--exact` words, which the index
    (of stemmed keys) cannot count."""
    if exact and terms:
        return None
    keep = None
    if filters_given(record_type, section, speaker, topic):
        keep = lookup.search_filter(index, record_type, section, speaker, topic)
    if not terms:
        assert keep is not None
        listed = []
        candidates = index.filtered(
            record_type=keep.record_type,
            section=keep.section,
            people=keep.people,
            topics=keep.topics,
        )
        for record in candidates:
            if keep(record):
                listed.append(record)
                if limit is not None and len(listed) >= limit:
                    break
        return (listed, listing_title(str(keep))) if listed else nothing_listed(str(keep))
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
        )
    return hits, search_title(query)
