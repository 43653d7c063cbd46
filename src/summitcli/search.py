"""Keyword search over clauses, preamble paragraphs and statements.

The rules an analyst can predict: text is folded (NFKC, case folding) on both sides; a query word
matches whole words only, and by default any inflection of it (Snowball stemming); several terms
must all match (or any, with `match_any`); a phrase must match word for word, in order. The curated
keywords and notes of a record are searched too, but only its verbatim text is ever highlighted.
Hits are ranked by BM25, ties in document order, so one query always gives the same list.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .errors import QueryError
from .model import Hit, Searchable

if TYPE_CHECKING:
    import Stemmer

WORD = re.compile(r"\w+")
QUOTED = re.compile(r'"([^"]*)"?')
BM25_K1 = 1.2
BM25_B = 0.75


def fold(text: str) -> str:
    """Fold text for matching: NFKC (full-width letters, ligatures) and Unicode case folding."""
    return unicodedata.normalize("NFKC", text).casefold()


Term = tuple[str, ...]
"""A query term: one word, or the words of a phrase, as they appear in the query."""


def parse_query(arguments: Sequence[str]) -> list[Term]:
    """Split command-line arguments into terms.

    Double quotes mark a phrase; so does an argument holding spaces, since the shell only keeps
    those together when the user quoted them. A word that punctuation splits (`Korea-Japan`,
    `U.S.`) is the phrase of its parts. Terms are returned once each, in query order.
    """
    if not any(argument.strip() for argument in arguments):
        raise QueryError("the search query is empty")
    chunks: list[str] = []
    for argument in arguments:
        if '"' not in argument and argument.strip() and len(argument.split()) > 1:
            chunks.append(argument)
            continue
        chunks.extend(match.group(1) for match in QUOTED.finditer(argument))
        chunks.extend(QUOTED.sub(" ", argument).split())
    terms: list[Term] = []
    for chunk in chunks:
        term = tuple(WORD.findall(chunk))
        if term and term not in terms:
            terms.append(term)
    return terms


class WordKeys:
    """Maps a word to the key it is matched by: its folded form, stemmed unless exact.

    Keys are cached per call: a corpus repeats the same few thousand words many times over.
    """

    def __init__(self, exact: bool) -> None:
        self.stemmer: Stemmer.Stemmer | None = None
        if not exact:
            import Stemmer

            self.stemmer = Stemmer.Stemmer("english")
        self.cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        key = self.cache.get(word)
        if key is None:
            key = self.cache[word] = self.of_folded(fold(word))
        return key

    def of_folded(self, word: str) -> str:
        return word if self.stemmer is None else str(self.stemmer.stemWord(word))

    def of_text(self, text: str) -> list[str]:
        return [self(word) for word in WORD.findall(text)]


def search(
    records: Sequence[Searchable],
    terms: Sequence[Term],
    *,
    match_any: bool = False,
    exact: bool = False,
    keep: Callable[[Searchable], bool] = lambda record: True,
) -> list[Hit]:
    """Rank the records that match the terms (and pass `keep`), best first.

    Term statistics come from all `records`, so a filter narrows the list without changing
    any hit's score.
    """
    if not terms:
        return []
    keys = WordKeys(exact)
    wanted = [tuple(keys(word) for word in term) for term in terms]
    texts = [(r.text, *r.curation.keywords, *r.curation.notes) for r in records]
    words_of = [WORD.findall(fold("\n".join(fields))) for fields in texts]
    # Stem each distinct word of the corpus once and keep those with a wanted key: counting
    # them in each record's word list is far cheaper than stemming every word of every record.
    vocabulary: set[str] = set().union(*words_of)
    forms = {
        key: [w for w in vocabulary if keys.of_folded(w) == key] for term in wanted for key in term
    }
    lengths = [len(words) for words in words_of]
    frequencies: list[list[int]] = []
    for record, words in zip(records, words_of, strict=True):
        row = []
        for term in wanted:
            counts = [sum(map(words.count, forms[key])) for key in term]
            if len(term) == 1:
                row.append(counts[0])
            elif all(counts):
                row.append(_phrase_occurrences(record, term, keys))
            else:
                row.append(0)
        frequencies.append(row)
    document_count = len(records)
    average_length = sum(lengths) / document_count if document_count else 0.0
    idf = [
        math.log(1 + (document_count - df + 0.5) / (df + 0.5))
        for df in (sum(1 for row in frequencies if row[i]) for i in range(len(wanted)))
    ]
    hits: list[tuple[float, int]] = []
    for index, row in enumerate(frequencies):
        matches = any(row) if match_any else all(row)
        if not matches or not keep(records[index]):
            continue
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[index] / average_length)
        score = sum(idf[i] * tf * (BM25_K1 + 1) / (tf + norm) for i, tf in enumerate(row) if tf)
        hits.append((-score, index))
    hits.sort()
    return [
        Hit(records[index], -negative, _spans(records[index].text, wanted, keys))
        for negative, index in hits
    ]


def _phrase_occurrences(record: Searchable, phrase: Term, keys: WordKeys) -> int:
    """How often the phrase occurs, word for word, inside one field of the record."""
    size = len(phrase)
    fields = [
        keys.of_text(field)
        for field in (record.text, *record.curation.keywords, *record.curation.notes)
    ]
    return sum(
        1
        for field in fields
        for start in range(len(field) - size + 1)
        if tuple(field[start : start + size]) == phrase
    )


def _spans(text: str, terms: Sequence[Term], keys: WordKeys) -> tuple[tuple[int, int], ...]:
    """The character spans of the text's words that make up an occurrence of a term."""
    words = list(WORD.finditer(text))
    word_keys = [keys(word.group()) for word in words]
    marked: set[int] = set()
    for term in terms:
        size = len(term)
        if size == 1:
            marked.update(i for i, key in enumerate(word_keys) if key == term[0])
            continue
        for start in range(len(words) - size + 1):
            if tuple(word_keys[start : start + size]) == term:
                marked.update(range(start, start + size))
    return tuple(words[i].span() for i in sorted(marked))


def describe_terms(terms: Sequence[Term]) -> list[str]:
    """The parsed query as a user would write it, for messages."""
    return [" ".join(term) if len(term) == 1 else '"' + " ".join(term) + '"' for term in terms]
