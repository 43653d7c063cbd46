"""Why a search found nothing, and what its words likely meant ("did you mean"): only a call
that finds nothing, or whose `--any` words are not all in the text, imports this module, so a
search with hits never pays for it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Protocol

from .model import Person, Searchable, Topic
from .numerals import in_figures, ordinal_words
from .search import SEPARATORS, TOKEN, WORD, Term, WordKeys, shown_query
from .text import fold, listed, shell_word, shortened, without_controls, without_format_characters

FRAMED_SHOWN = 5
"""How many refs of the quotations a search found only in their framing it offers to show:
the first few, a command line to start reading, not a listing."""


CJK_BLOCKS = (
    ("\u1100", "\u11ff"),  # Hangul Jamo
    ("\u3040", "\u30ff"),  # Hiragana, Katakana
    ("\u3130", "\u318f"),  # Hangul compatibility Jamo
    ("\u3400", "\u9fff"),  # CJK ideographs
    ("\uac00", "\ud7a3"),  # Hangul syllables
)
"""Compared character by character: as a regular expression class these ranges took 4 ms to
compile on every call (some 37 million instructions), for a message few calls print."""


def _has_cjk(text: str) -> bool:
    return any(low <= char <= high for char in text for low, high in CJK_BLOCKS)


class Vocabulary(Protocol):
    """The corpus's words as "did you mean" asks about them: `Spellings` in memory; the
    persistent index answers from its vocabulary table without reading every file."""

    def knows(self, key: str) -> bool:
        """Whether a word of the corpus has this key (as the search's `WordKeys` make them)."""
        ...

    def near(self, folded: str) -> dict[str, str]:
        """The folded words (and their first spelling) that `difflib` may find close to this
        one at `CLOSE`: all of them, or fewer that surely hold every one it would keep."""
        ...

    def written_as(self, joined: set[str]) -> list[str]:
        """The spellings of the words whose tokens, joined and folded, are among these, in
        order of first use."""
        ...


CLOSE = 0.75
"""How alike (as `difflib` measures it) a word of the corpus must be to be offered."""


class Spellings:
    """`Vocabulary` of `spellings(records)` for a search that read the files."""

    def __init__(self, written: dict[str, str], exact: bool) -> None:
        self.written, self.exact = written, exact
        self.known: set[str] | None = None

    def knows(self, key: str) -> bool:
        if self.known is None:
            keys = WordKeys(self.exact)
            self.known = {keys(word) for folded in self.written for word in TOKEN.findall(folded)}
        return key in self.known

    def near(self, folded: str) -> dict[str, str]:
        return self.written

    def written_as(self, joined: set[str]) -> list[str]:
        return [w for f, w in self.written.items() if joined_form(f) in joined]


def _holds_controls(arguments: Sequence[str]) -> bool:
    """Whether a query holds what a terminal acts on (C0 controls, DEL): copied from a coloured
    terminal it brings its escapes ("hydro\\x1b[31mgen"), which split its words into ones no
    passage holds and no hint is near (new user 62). `text.without_controls` takes them out."""
    return any(ord(c) < 0x20 or c == "\x7f" for argument in arguments for c in argument)


def joined_form(folded: str) -> str:
    """A word's tokens joined and folded: "us" for "u.s", which "did you mean" offers for "US"."""
    return fold("".join(TOKEN.findall(folded)))


def nothing_found(
    vocabulary: Callable[[], Vocabulary],
    terms: Sequence[Term],
    arguments: Sequence[str],
    *,
    exact: bool = False,
    match_any: bool = False,
    unfiltered: int = 0,
    filters: str = "",
    count: Callable[[Sequence[Term]], int] | None = None,
    framed: Callable[[], Sequence[str]] | None = None,
    called: Callable[[str], Sequence[Person]] | None = None,
    has_ref: Callable[[str], bool] | None = None,
    topics: Callable[[], Sequence[Topic]] | None = None,
) -> str:
    """Why a search found nothing, in one line: the filters emptied it (`unfiltered` hits were
    found before them), a phrase is nowhere though its words are (`count` gives the hits of
    other terms), or words of the query are not in the text (with the nearest that are, from
    `vocabulary`: the corpus's, asked for only then), or the query is only in the framing of
    the quotations `framed` cites (`framing_only`), or it is a record's ref (`has_ref`), which
    `show` finds. A query in Hangul or kanji is answered with the people `called` it (the
    curators' aliases), the search for their name as the text writes it, and `quotes -s` only
    for one who speaks: a suggested command must find something (new user 61: `search 이명박`
    was pointed to his quotations, and he says nothing)."""
    shown = shown_query(arguments)
    if unfiltered:
        results = "result" if unfiltered == 1 else "results"
        return f"{unfiltered} {results} for {shown}, none of them {filters}"
    typed_clean = [without_controls(argument) for argument in arguments]
    if _holds_controls(arguments) and any(typed_clean):
        command = " ".join(shell_word(argument) for argument in typed_clean if argument)
        return (
            f"no results for {shown}: it holds a terminal's control characters (pasted "
            f"colour?); without them: summit search {command}"
        )
    if _has_cjk(shown):
        asked = " ".join(argument.strip() for argument in arguments)
        people = called(asked) if called is not None else []
        if not people:
            return (
                f"no results for {shown}: the text is English, and no one in it is called {shown}"
            )
        names = list(dict.fromkeys(p.name for p in people))
        said = (
            f", summit quotes -s {shell_word(asked)} what they said"
            if any(p.speaker for p in people)
            else ""
        )
        return (
            f"no results for {shown}: the text is English, and {shown} is the curators' alias of "
            f"{listed(names)} (summit search {shell_word(names[0])} finds the passages naming "
            f"them{said})"
        )
    if has_ref is not None and len(arguments) == 1:
        from .errors import NotFoundError
        from .refs import split_ref  # only a search that found nothing

        try:
            summit_id, ref = split_ref(arguments[0])
        except NotFoundError:  # ":S4", "S4:": no ref
            summit_id, ref = "", ""
        if ref and has_ref(ref):
            ref = f"{summit_id}:{ref}" if summit_id else ref
            return f"no results for {shown}; {ref} is a ref: summit show {shell_word(ref)}"
    refs = framed() if framed else []
    if refs:
        quotations = "a quotation" if len(refs) == 1 else f"{len(refs):,} quotations"
        more = f" (the first {FRAMED_SHOWN} of {len(refs):,})" if len(refs) > FRAMED_SHOWN else ""
        return (
            f"no results for {shown}; the article's words introducing {quotations} hold it, "
            f"which search does not read: summit show {' '.join(refs[:FRAMED_SHOWN])}{more}"
        )
    words = _distinct_words(terms)
    owners = [term[:-1] for term in terms if len(term) > 1 and term[-1] in ("s", "S")]
    possessive = any(mark in a.lower() for a in arguments for mark in ("'s", "\u2019s"))
    if count and not filters and possessive and len(terms) == len(owners) == 1:  # "Japan" "s"
        named = count(owners)
        if named:
            held = "passage holds" if named == 1 else "passages hold"
            name = " ".join(owners[0])
            command = name if len(owners[0]) == 1 else f'"{name}"'
            return f"no results for {shown}; {named} {held} {name}: summit search {command}"
    if count and not filters and any(len(term) > 1 for term in terms):
        apart = count([(word,) for word in words])
        if apart:
            held = "passage holds" if apart == 1 else "passages hold"
            command = " ".join(w if w.isalnum() else f'"{w}"' for w in words)
            options = " --any" * match_any + " --exact" * exact
            how = "one or more of its words" if match_any else "its words apart or in another order"
            return (
                f"no results for {shown} as a phrase; {apart} {held} {how}: "
                f"summit search {shortened(command, 60)}{options}"
            )
    curated = _curated_topic(" ".join(arguments), topics()) if topics and not filters else ""
    if curated:
        return f"no results for {shown}{curated}"
    typed, nowhere, hint = _unknown_words(vocabulary(), terms, arguments, exact)
    if len(typed) > 1 and nowhere:  # which of several words (one says it all already)
        return f"no results for {shown}: {_in_no_passage(nowhere)}{hint}"
    if len(typed) > 1 and not match_any:
        return (
            f"no results for {shown}: no passage holds all of its words, each of which is in the "
            "text (--any finds passages holding any of them)"
        )
    return f"no results for {shown}{hint}"


def _curated_topic(asked: str, vocabulary: Sequence[Topic]) -> str:
    """The curated topic the words name, or whose description names them, offered to
    `--topic`: `search trilateral` said "did you mean bilateral?" and `search demographics`
    nothing, both topics' names the text does not hold (new user 64). Said as the curators'."""
    from .lookup import described_by, topic_name, topics_describing

    name = topic_name(asked)
    if name in {topic.name for topic in vocabulary}:
        return f"; {name} is a curated topic: summit search --topic {name}"
    named = topics_describing(asked, vocabulary)
    return f"{described_by(asked, vocabulary)}: summit search --topic {named[0]}" if named else ""


def some_words_nowhere(
    vocabulary: Callable[[], Vocabulary],
    terms: Sequence[Term],
    arguments: Sequence[str],
    *,
    exact: bool = False,
) -> str:
    """`--any` found passages, but which of its words are in none, with the nearest words
    that are; "" when every word is somewhere. Without it a mistyped word dropped out of the
    query silently (new user 55: `search hydorgen --any AI` listed AI's passages alone)."""
    _, nowhere, hint = _unknown_words(vocabulary(), terms, arguments, exact)
    return f"{_in_no_passage(nowhere)}{hint}" if nowhere else ""


def _unknown_words(
    known: Vocabulary, terms: Sequence[Term], arguments: Sequence[str], exact: bool
) -> tuple[list[str], list[str], str]:
    """The words as typed, those no passage holds, and the "did you mean" hint for them."""
    keys = WordKeys(exact)
    words = _distinct_words(terms)
    spelled = _nearest_words(known, [w for w in words if not known.knows(keys(w))], terms)
    hint = f"; did you mean {', '.join(spelled)}?" if spelled else ""
    typed = [word for argument in arguments for word in _typed_words(argument)]
    nowhere = [
        word
        for word in dict.fromkeys(typed)
        if any(not known.knows(keys(token)) for token in TOKEN.findall(word))
    ]
    return typed, nowhere, hint


def _distinct_words(terms: Sequence[Term]) -> list[str]:
    """The query's words once each, in the order typed: a word of two terms is one hint."""
    return list(dict.fromkeys(word for term in terms for word in term))


def _in_no_passage(nowhere: Sequence[str]) -> str:
    return f"{listed(nowhere)} {'are' if len(nowhere) > 1 else 'is'} in no passage"


def _typed_words(argument: str) -> list[str]:
    """The words of an argument as the user wrote them, without the marks around them: a no
    results message names "bold" and "hi", not "[bold" and "red]hi[/]". Hyphens, apostrophes
    and dots inside a word keep it whole ("Korea-Jipan", "Minister's", "U.S.")."""
    joined = rf"{WORD}(?:[-'\u2019.]{WORD})*\.?|[^\w\s\x00-\x7f{SEPARATORS}]"
    words = re.findall(joined, without_format_characters(argument))  # compiled only here
    return [_without_full_stop(word) for word in words]


def _without_full_stop(word: str) -> str:
    """A word without the full stop that ends its sentence, but not an abbreviation's ("U.S.")."""
    return word[:-1] if word.endswith(".") and word.count(".") == 1 else word


MARKS = ",;:!?\"'()[]{}<>/\\*|\u2018\u2019\u201c\u201d\u00ab\u00bb\u2026\u2013\u2014"
"""The marks around a word of the text that a "did you mean" hint leaves off: brackets, quotation
marks, slashes, dashes ("Photo /Courtesy of" offered "/Courtesy")."""


def spellings(records: Sequence[Searchable]) -> dict[str, str]:
    """Each folded word of the records' text and its first spelling, in order of first use:
    what "did you mean" offers. The persistent index keeps the corpus's in its vocabulary table
    (the first spelling of the first file holding the word)."""
    written: dict[str, str] = {}
    tokens = dict.fromkeys(chain.from_iterable(record.text.split() for record in records))
    for token in tokens:  # each distinct one once: a token seen again adds nothing
        word = _without_full_stop(token.strip(MARKS)).strip(MARKS)  # "(AI)." is "AI"
        written.setdefault(word.lower() if word.isascii() else fold(word), word)  # `fold`
    return written


ORDINAL_ENDS = ("st", "nd", "rd", "th")
"""A number no passage holds is offered the ordinals built on it that one does ("60th", "23rd"):
as whole words, "60" never matches them, and `CLOSE` finds them too unlike it."""


ORDINALS = ordinal_words(99)
"""Ordinals in words, which a query may write where the text has figures ("sixtieth" for P3's
"60th")."""


SHORT = 5
"""A word shorter than this is close to too many others for `CLOSE` alone: "won" is 0.8 like
"on", so its hint must also begin as it does (typos rarely miss the first letter)."""


def _likely_meant(asked: str, known: str) -> bool:
    """Whether a word `CLOSE` to the one asked is likely the one meant: as long as it, give or
    take a letter, since a slip of typing adds or drops a letter, not a syllable (new user 61:
    "threatening" was offered "Strengthening", "armed" "are")."""
    about_as_long = abs(len(known) - len(asked)) <= 1
    return about_as_long and (len(asked) >= SHORT or known[:1] == asked[:1])


def _nearest_words(
    vocabulary: Vocabulary, nowhere: Sequence[str], terms: Sequence[Term]
) -> list[str]:
    """For each word of the query that no record has, the corpus's nearest word as written."""
    import difflib

    near = []
    for word in nowhere:
        folded = fold(word)
        candidates = vocabulary.near(folded)
        close = difflib.get_close_matches(folded, candidates, n=3, cutoff=CLOSE)
        likely = [candidates[m] for m in close if _likely_meant(folded, m)][:1]
        near += [word for word in likely if word not in near]
    joined = {fold("".join(term)) for term in terms}  # "US" for "U.S.", "co-operation" too
    joined |= {f"{word}{end}" for word in nowhere if word.isdigit() for end in ORDINAL_ENDS}
    in_words = ("-".join(term).lower() for term in terms)
    joined |= {in_figures(ORDINALS[words]) for words in in_words if words in ORDINALS}
    near += [w for w in vocabulary.written_as(joined) if w not in near]
    asked = {fold(word) for term in terms for word in term}  # never what the query already says
    return [word for word in near if fold(word) not in asked][:3]
