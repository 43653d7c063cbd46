"""Keyword search over clauses, preamble paragraphs and statements.

The rules an analyst can predict: text is folded (NFKC, case folding; accents too, but with
`--exact`) on both sides; a query word
matches whole words only, and by default any inflection of it (Snowball stemming); several terms
must all match (or any, with `match_any`); a phrase must match word for word, in order. The curated
keywords and notes of a record are searched too, but only its verbatim text is ever highlighted.
Hits are ranked by BM25, ties in document order, so one query always gives the same list, those
found in the text before those found only through curation.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from .errors import QueryError
from .model import Hit, Searchable, Statement
from .text import fold, quoted, shortened, without_accents, without_format_characters

if TYPE_CHECKING:
    import Stemmer

COMBINING_MARKS = "\u0300-\u036f"
"""The combining diacritical marks, part of the word they follow: text in decomposed form
(NFD, as a Mac may paste it) writes "München" as "Mu", U+0308 and "nchen", and `\\w` takes no
mark. The rarer blocks of marks are left out: each range costs every call its compile."""
SEPARATORS = (
    "\u00a1\u00ab\u00b7\u00bb\u00bf\u200b-\u2027\u2039\u203a\u2060-\u206f\u3000-\u3003"
    "\u3008-\u3011\u3014-\u301f\ufeff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
)
"""Non-ASCII punctuation that separates words as ASCII punctuation does: inverted marks,
guillemets, the middle dot, dashes, curly quotes, bullets and ellipses, invisible marks, CJK and
full-width punctuation."""
WORD = rf"[^\W_]+(?:[{COMBINING_MARKS}]+[^\W_]*)*"
r"""A word: letters and digits with their marks. `\w` takes the underscore too, which joins
words for no reader ("#Tariffs_must_fall" is three words, "must" among them)."""
TOKEN = re.compile(rf"{WORD}|[^\w\s\x00-\x7f{SEPARATORS}]")
"""What search matches: a word, or one mark that is neither a letter nor a separator (※, ◇, an
emoji), which a reader may well look for as it is printed."""
QUOTED = re.compile(r'"([^"]*)"?')
BM25_K1 = 1.2
BM25_B = 0.75


Term = tuple[str, ...]
"""A query term: one word, or the words of a phrase, as they appear in the query."""


QUERY_WORD_LIMIT = 256
"""A query is a few words or a phrase; a longer one is no search (a third new user's 8,000 words
took 22 seconds to find nothing)."""


def parse_query(arguments: Sequence[str]) -> list[Term]:
    """Split command-line arguments into terms.

    Double quotes mark a phrase; so does an argument holding spaces, since the shell only keeps
    those together when the user quoted them. A word that punctuation splits (`Korea-Japan`,
    `U.S.`) is the phrase of its parts. Terms are returned once each, in query order. A query of
    punctuation alone is refused: searching for nothing would otherwise list every passage.
    """
    if not any(argument.strip() for argument in arguments):
        raise QueryError("the search query is empty (give words, or a filter such as --topic)")
    chunks: list[str] = []
    for argument in arguments:
        if '"' not in argument and argument.strip() and len(argument.split()) > 1:
            chunks.append(argument)
            continue
        chunks.extend(match.group(1) for match in QUOTED.finditer(argument))
        chunks.extend(QUOTED.sub(" ", argument).split())
    found = [tuple(TOKEN.findall(without_format_characters(chunk))) for chunk in chunks]
    words = sum(map(len, found))
    if words > QUERY_WORD_LIMIT:
        raise QueryError(
            f"the query has {words:,} words; summit searches at most {QUERY_WORD_LIMIT} at once "
            "(search for fewer, or run several searches)"
        )
    terms = [term for term in dict.fromkeys(found) if term]
    if not terms and not any(c.isprintable() and not c.isspace() for c in "".join(arguments)):
        raise QueryError(  # a zero-width space or a bell is neither a word nor punctuation
            "the search query is empty: it holds only invisible or control characters (give "
            "words, or a filter such as --topic)"
        )
    if not terms:
        raise QueryError(
            f"nothing searchable is left in the query {quoted(shown_query(arguments))}: "
            "punctuation is not searched (give words, or a filter such as --topic)"
        )
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
        self.folded: dict[str, str] = {}
        """The keys of words already folded (building an index keys every word it stores)."""

    def __call__(self, word: str) -> str:
        key = self.cache.get(word)
        if key is None:
            key = self.cache[word] = self.of_folded([fold(word)])[0]
        return key

    def of_terms(self, terms: Sequence[Term]) -> list[Term]:
        """Each term's words keyed, as a search matches them."""
        return [tuple(self(word) for word in term) for term in terms]

    def of_folded(self, words: list[str]) -> list[str]:
        """The keys of words already folded, in one call to the stemmer: stemmed, a Latin
        letter's accent is no part of a key either ("reykjavik" finds "Reykjavík", as a
        keyboard without accents types it); `--exact` keeps both."""
        if self.stemmer is None:
            return words
        return list(self.stemmer.stemWords([without_accents(word) for word in words]))

    def of_folded_words(self, words: list[str]) -> list[str]:
        """`of_folded`, each distinct word stemmed once per call."""
        if self.stemmer is None:
            return words
        cache = self.folded
        try:  # most words of a corpus were keyed before: no set made of them
            return list(map(cache.__getitem__, words))
        except KeyError:
            new = list(set(words).difference(cache))
            cache.update(zip(new, self.of_folded(new), strict=True))
            return list(map(cache.__getitem__, words))

    def of_text(self, text: str) -> list[str]:
        if text.isascii():
            return self.of_folded_words(TOKEN.findall(text.lower()))
        words, cache = TOKEN.findall(text), self.cache
        new = list(set(words).difference(cache))
        if new:  # each keyed as `__call__` keys it, in one call to the stemmer
            cache.update(zip(new, self.of_folded([fold(word) for word in new]), strict=True))
        return list(map(cache.__getitem__, words))


def search(
    records: Sequence[Searchable],
    terms: Sequence[Term],
    *,
    match_any: bool = False,
    exact: bool = False,
    keep: Callable[[Searchable], bool] | None = None,
) -> list[Hit]:
    """Rank the records that match the terms (and pass `keep`), best first.

    Term statistics come from all `records`, so a filter narrows the list without changing
    any hit's score.
    """
    if not terms:
        return []
    keys = WordKeys(exact)
    wanted = keys.of_terms(terms)
    folded = [fold(fields(record)) for record in records]
    forms, word_count = _corpus_forms(folded, {key for term in wanted for key in term}, keys)
    # Only a record that holds one of the wanted forms as a substring can match; only those are
    # split into words (for exact counts and their length).
    probes = [form for found in forms.values() for form in found]
    frequencies: dict[int, list[int]] = {}
    lengths: dict[int, int] = {}
    for index, text in enumerate(folded):
        if not any(probe in text for probe in probes):
            continue
        words = TOKEN.findall(text)
        lengths[index] = _word_count(words)
        row = []
        for term in wanted:
            counts = [sum(map(words.count, forms[key])) for key in term]
            if len(term) == 1:
                row.append(counts[0])
            elif all(counts):
                row.append(_phrase_occurrences(records[index], term, keys))
            else:
                row.append(0)
        frequencies[index] = row
    ranked = rank(frequencies, lengths, len(records), word_count, match_any=match_any)
    hits = [(score, i) for score, i in ranked if keep is None or keep(records[i])]
    hit = hit_maker(wanted, forms, keys, match_any=match_any)
    return text_first(hit(records[index], -negative) for negative, index in hits)


def hit_maker(
    wanted: Sequence[Term], forms: dict[str, list[str]], keys: WordKeys, *, match_any: bool
) -> Callable[[Searchable, float], Hit]:
    """A function making each hit of a ranked record: the spans of its text that match, and
    where it was found. Only a hit of several terms whose text matched some of them is read
    again, for whether its text alone holds them all."""
    spans_of = span_finder(wanted, forms, keys)
    several = len(wanted) > 1 and not match_any

    def hit(record: Searchable, score: float) -> Hit:
        spans = spans_of(record.text)
        if not spans:
            return Hit(record, score, spans, "curation")
        if several:
            text_keys = keys.of_text(record.text)
            if not all(phrase_count([text_keys], term) for term in wanted):
                return Hit(record, score, spans, "text and curation")
        return Hit(record, score, spans)

    return hit


def text_first(hits: Iterable[Hit], limit: int | None = None) -> list[Hit]:
    """The hits whose text alone holds the query, best first, then those that needed the
    curators' keywords or notes: curation finds a passage but never outranks the words that
    say it. Reads `hits` only until `limit` of the first kind are found (the index rebuilds
    records lazily)."""
    in_text: list[Hit] = []
    through_curation: list[Hit] = []
    for hit in hits:
        (in_text if hit.found_in == "text" else through_curation).append(hit)
        if limit is not None and len(in_text) >= limit:
            break
    return (in_text + through_curation)[:limit]


def framing_only(
    records: Sequence[Searchable],
    terms: Sequence[Term],
    *,
    match_any: bool = False,
    exact: bool = False,
) -> list[Searchable]:
    """The quotations whose framing (the article's words introducing one, "President Lee
    stated,") holds the query. Search does not read the framing, or every quotation would match
    its speaker's name; a search that finds nothing names these, so that the article's words
    are never unfindable without a word why."""
    keys = WordKeys(exact)
    wanted = keys.of_terms(terms)
    found = []
    for record in records:
        framing = framing_keys(record, keys)
        if framing is not None and framing_holds(framing, wanted, match_any=match_any):
            found.append(record)
    return found


def framing_keys(record: Searchable, keys: WordKeys) -> list[str] | None:
    """A quotation's framing keyed as search keys a text, None for any other record (the
    persistent index stores these)."""
    if isinstance(record, Statement) and record.attribution:
        return keys.of_text(record.attribution)
    return None


def framing_holds(framing: Sequence[str], wanted: Sequence[Term], *, match_any: bool) -> bool:
    """Whether a framing's keys hold the keyed terms as `search` matches them in one field (the
    persistent index asks it of the framings it stores)."""
    holds = any if match_any else all
    return holds(phrase_count([framing], term) for term in wanted)


def rank(
    frequencies: dict[int, list[int]],
    lengths: dict[int, int],
    document_count: int,
    word_count: int,
    *,
    match_any: bool,
) -> list[tuple[float, int]]:
    """(minus the BM25 score, index) of every record that matches, best first, ties in document
    order. `frequencies` holds each term's count in each record that has any; the persistent
    index (`index.py`) ranks with this same function, so both paths give the same floats."""
    average_length = word_count / document_count if document_count else 0.0
    terms = len(next(iter(frequencies.values()), []))
    idf = [
        math.log(1 + (document_count - df + 0.5) / (df + 0.5))
        for df in (sum(1 for row in frequencies.values() if row[i]) for i in range(terms))
    ]
    hits: list[tuple[float, int]] = []
    for index, row in frequencies.items():
        if not (any(row) if match_any else all(row)):
            continue
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[index] / average_length)
        score = sum(idf[i] * tf * (BM25_K1 + 1) / (tf + norm) for i, tf in enumerate(row) if tf)
        hits.append((-score, index))
    hits.sort()
    return hits


def searched_fields(record: Searchable) -> tuple[str, ...]:
    """What a search looks in, each field apart so that a phrase matches within one: the
    verbatim text, then the curated keywords and notes (not a draft's notes on how it found a
    speaker, which are about the draft). The SQLite export indexes the same."""
    return (record.text, *record.curation.about_the_record)


def fields(record: Searchable) -> str:
    """What search reads of a passage: its text, keywords and notes, a line each."""
    return "\n".join(searched_fields(record))


def passage_keys(
    record: Searchable, keys: WordKeys
) -> tuple[list[str] | None, int, list[list[str]]]:
    """What the index stores of a passage to search it as `search` does: the folded words of
    its text, keywords and notes together (single words are counted in these; None where they
    are the fields' words, in an ASCII passage), its length in words, and the keys of each
    field apart (phrases are matched within one field)."""
    fields = searched_fields(record)
    joined = "\n".join(fields)
    if joined.isascii():  # folding is lower-casing and every token a word: one split per field
        split = [TOKEN.findall(field.lower()) for field in fields]
        return None, sum(map(len, split)), [keys.of_folded_words(field) for field in split]
    words = TOKEN.findall(fold(joined))
    return words, _word_count(words), [keys.of_text(field) for field in fields]


def phrase_count(fields: Sequence[Sequence[str]], phrase: Term) -> int:
    """How often the phrase's keys occur, in order, inside one field's keys."""
    size, first = len(phrase), phrase[0]
    return sum(
        1
        for field in fields
        for start, key in enumerate(field)
        if key == first and tuple(field[start : start + size]) == phrase
    )


def _corpus_forms(
    folded: Sequence[str], wanted: set[str], keys: WordKeys
) -> tuple[dict[str, list[str]], int]:
    """The corpus's own words for each wanted key, and how many words the corpus holds.

    Both come from its distinct whitespace-separated tokens, so each distinct word is stemmed
    once and the corpus is split into words (the costly part) only once per distinct token.
    """
    distinct: set[str] = set()
    word_count = 0
    for token, occurrences in Counter("\n".join(folded).split()).items():
        words = TOKEN.findall(token)
        word_count += occurrences * _word_count(words)
        distinct.update(words)
    vocabulary = sorted(distinct)
    forms: dict[str, list[str]] = {key: [] for key in wanted}
    for word, key in zip(vocabulary, keys.of_folded(vocabulary), strict=True):
        if key in forms:
            forms[key].append(word)
    return forms, word_count


def _word_count(tokens: Sequence[str]) -> int:
    """How many of the tokens are words: a length in words, as BM25 was tuned on, so that
    finding marks too changed no score of a query of words."""
    return sum(1 for token in tokens if len(token) > 1 or token.isalnum())


def _phrase_occurrences(record: Searchable, phrase: Term, keys: WordKeys) -> int:
    """How often the phrase occurs, word for word, inside one field of the record."""
    return phrase_count([keys.of_text(field) for field in searched_fields(record)], phrase)


def span_finder(
    terms: Sequence[Term], forms: dict[str, list[str]], keys: WordKeys
) -> Callable[[str], tuple[tuple[int, int], ...]]:
    """A function giving the character spans of a text's words that make up a term.

    In a plain text (`is_plain`: folding is lower-casing its words) regular expressions of the
    matching forms find them in the lower-cased text, each form where a word starts: one for
    the single words; for each phrase, one for its first word, and one for all its words in a
    row from there. Otherwise each word of the text is keyed and compared.
    """
    single = [form for term in terms if len(term) == 1 for form in forms[term[0]]]
    # No leading \b: an expression that starts with a form is looked for quickly, and where a
    # match starts inside a word, `_starts_word` rejects it.
    words = re.compile(rf"(?:{_alternatives(single)})\b") if single else None
    phrases = []
    for phrase in dict.fromkeys(term for term in terms if len(term) > 1):
        if all(forms[key] for key in phrase):  # else it is in no text: nothing to mark
            first = re.compile(rf"(?:{_alternatives(forms[phrase[0]])})\b")
            whole = r"\W+".join(f"({_alternatives(forms[key])})" for key in phrase)
            phrases.append((first, re.compile(rf"{whole}\b")))

    def spans(text: str) -> tuple[tuple[int, int], ...]:
        if is_plain(text):
            # plain: every character keeps its place; "_" parts words (`WORD`), as "\b" wants
            low = text.lower().replace("_", " ")
            found = []
            if words is not None:
                found += [m.span() for m in words.finditer(low) if _starts_word(low, m.start())]
            if not phrases:
                return tuple(found)
            for first, whole in phrases:
                for match in first.finditer(low):
                    start = match.start()
                    row = whole.match(low, start) if _starts_word(low, start) else None
                    if row is not None:
                        found += [row.span(n) for n in range(1, len(row.groups()) + 1)]
            return tuple(sorted(set(found)))
        word_keys = keys.of_text(text)  # the text's words keyed, each distinct one once
        marked: set[int] = set()
        for term in terms:
            size, first_key, start = len(term), term[0], 0
            for _ in range(word_keys.count(first_key)):
                start = word_keys.index(first_key, start)
                if size == 1 or tuple(word_keys[start : start + size]) == term:
                    marked.update(range(start, start + size))
                start += 1
        if not marked:
            return ()
        found_words = list(TOKEN.finditer(text))
        return tuple(found_words[i].span() for i in sorted(marked))

    return spans


_WORD_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _starts_word(low: str, start: int) -> bool:
    """Whether a word of the lower-cased plain text starts here, not inside one."""
    return start == 0 or low[start - 1] not in _WORD_CHARACTERS


def is_plain(text: str) -> bool:
    """Whether the text holds ASCII and separators alone (a dash, curly quotes): its words are
    the ASCII words of its lower-cased form, as folding finds them."""
    return text.isascii() or set(text) <= _plain_characters()


@functools.cache
def _plain_characters() -> frozenset[str]:
    """ASCII and `SEPARATORS`, made on first use (not a regular expression: compiling one cost
    every search two million instructions)."""
    found, index = set(map(chr, range(128))), 0
    while index < len(SEPARATORS):
        if SEPARATORS[index + 1 : index + 2] == "-":  # a range
            low, high = SEPARATORS[index], SEPARATORS[index + 2]
            found.update(map(chr, range(ord(low), ord(high) + 1)))
            index += 3
        else:
            found.add(SEPARATORS[index])
            index += 1
    return frozenset(found)


def _alternatives(forms: Sequence[str]) -> str:
    """A regular expression of any of the forms, the longest first."""
    return "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))


def search_title(query: Sequence[str] | None) -> str:
    return f"Search: {' '.join(query or [])}"


def filters_given(
    record_types: Sequence[str],
    section: int | None,
    speaker: Sequence[str] | None,
    topic: Sequence[str] | None,
) -> bool:
    """Whether `summit search` narrows by an option: with one, a search of no words lists what
    the filter keeps; without, words are required. The command and the index both ask."""
    return bool(record_types or section is not None or speaker or topic)


def listing_title(filters: str) -> str:
    """A listing's title from its filters' words ("a clause in section 2")."""
    return "Every " + filters.removeprefix("an ").removeprefix("a ")


def nothing_listed(filters: str) -> str:
    """What a listing that keeps nothing says: "no narration tagged north-korea"."""
    return "no " + filters.removeprefix("an ").removeprefix("a ")


def shown_query(arguments: Sequence[str], limit: int = 60) -> str:
    """The query as the user typed it, for messages: a phrase in quotes, apostrophes kept, and
    a long query cut short."""
    text = " ".join(_shown(argument.strip()) for argument in arguments)
    return shortened(text, limit)


def _shown(argument: str) -> str:
    quoted = argument.startswith('"') and argument.endswith('"') and len(argument) > 1
    return f'"{argument}"' if len(argument.split()) > 1 and not quoted else argument
