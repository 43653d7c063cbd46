"""Said versus signed: align what was said (statements, including the article's accounts) with
what the joint document says (the release's preamble and clauses).

Both sides are read with the search engine's own analysis (folding and Snowball stemming, in
`search.WordKeys`), keeping content words only. A statement's link to a release record scores how
much of what the statement says the record also says, word by word and phrase by phrase: the mean
of the IDF-weighted share of the statement's content words found in the record (its curated
keywords and notes included: they bridge what the machine translation garbles, "Mirae Industries"
is future industries; not a draft's notes on how it found a speaker, which are about the
draft), and the same share counting only words that stand in a phrase both texts share. A phrase
is a maximal run of words whose keys match in order on both sides (a local alignment without
gaps, seeded by shared words), holding at least `MIN_PHRASE_WORDS` content
words; so "important partners" weighs more than "partners ... important" far apart.

Scores are sums over sets of words, taken with `math.fsum` (exactly rounded, so the same whatever
order a set is iterated in, which changes with PYTHONHASHSEED); links of equal score, and echoes
of equal score, stay in document order. Listed words are in the order their text writes them.

The thresholds were chosen on the bundled summit against the hand-labelled table in
`tests/test_compare.py`, as round values inside the range where every "not in the release"
statement is recognised and every labelled link but one is right (S16, whose "resolution" meets
the sanctions "resolutions" of 4.2; its label says 4.3, the abductions).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import msgspec

from .model import PLACEHOLDER, Clause, Curation, Preamble, Statement, Summit
from .search import WORD as WORD_PATTERN
from .search import WordKeys

WORD = re.compile(WORD_PATTERN)
"""A word, as compare aligns them (compiled here: no other command needs it)."""
ECHOED = 0.35
"""A link at least this strong: the release says most of what the statement says, much of it in
the same phrases (the labelled links score 0.38 to 0.97 where a clause restates the statement,
0.17 to 0.24 where it shares a theme)."""
PARTLY = 0.15
"""At least this strong, or sharing a phrase: the release says some of it. Below, with no phrase
shared: not in the release. The labelled table allows 0.14 to 0.17 (S8's "17 years since"
scores 0.14 against P3's "since ... 1965"; S9 and S15 score 0.17 against the clauses they echo);
a lede summing up many clauses holds a small share of each, yet "lithium refining" said and
signed is an echo (new user 56)."""
MIN_PHRASE_WORDS = 2
"""Content words a shared phrase needs, so that a lone common word is a term, not a phrase."""
BESIDE_THE_BEST = 1 / 3
"""A link under PARTLY, listed for the phrase it shares, is kept only at this share of the
statement's best link or more: a lede spreading over many clauses is weakly linked to each
alike, but beside a clause restating the statement (S3 and 2.2, 0.54) a stock phrase met
elsewhere ("jointly address", 4.2 at 0.08: new user 61) says nothing of it."""
MAX_LINKS = 3
"""Release records listed for one statement: its best links at or above PARTLY or sharing a
phrase."""

_STOPWORDS = """
    a about above after again against all along also am amid an and any are as at be been being
    between both but by can could did do does each either for from further had has have he her
    here him his how i if in into is it its itself more most my no nor not of on once only or other
    our out over own same she should so some such than that the their them then there these they
    this those through to too under until up very was we were what when where which while who whom
    why will with would you your
    two country countries leader leaders korea japan korean japanese president presidents prime
    minister ministers lee jae myung shigeru ishiba said say says noted mentioned stated added
    expressed remarked told tell tells telling briefed briefing reporters journalists well
    various including among many talk talks talked talking discussed discuss discussing side sides
    monday tuesday wednesday thursday friday saturday sunday
"""
STOPWORDS = frozenset(_STOPWORDS.split())
"""Words that carry no content here: English function words, and the words every record of a
Korea-Japan summit shares (the countries, the leaders, verbs of saying and their audience,
"told reporters"), the talks themselves and their sides,
which every release "held" and every side "had", and the weekday of the news ("vowed on
Thursday"), which dates the story, not what was agreed."""
DATELINE = re.compile(
    r"[^\W\d_][\w'\u2019.-]*(?: [^\W\d_][\w'\u2019.-]*){0,3}(?:, [\w .,]{1,40}?)?"
    r"(?: \([^()\n]{1,40}\))? [-\u2013\u2014] "
)
"""A story's dateline ("DUBLIN, March 12 (Reuters) - "): the place, the day and the agency
frame the first paragraph, and none of its words is what a clause could echo."""

VERDICTS = ("echoed", "partly echoed", "not in the release")

Signed = Preamble | Clause


class _Side:
    """One text read for alignment: its words, their keys, and the content keys it holds."""

    __slots__ = (
        "bridged", "content", "curated_words", "is_content", "keys", "places", "spans", "words",
    )  # fmt: skip

    def __init__(self, text: str, curation: Curation, keys: WordKeys, stop: frozenset[str]) -> None:
        matches = list(WORD.finditer(text))
        self.words = [m.group() for m in matches]
        self.spans = [m.span() for m in matches]
        self.keys = [keys(word) for word in self.words]
        dateline = DATELINE.match(text)
        framed = dateline.end() if dateline else 0
        self.is_content = [
            start >= framed and _is_content(w, k, stop)
            for w, k, (start, _) in zip(self.words, self.keys, self.spans, strict=True)
        ]
        """Each word's flag against `stop` (`stop_words`), read once here: a statement meets
        every record of the release, and a corpus of a thousand summits asked the same word a
        million times."""
        self.content = {k for k, flag in zip(self.keys, self.is_content, strict=True) if flag}
        self.places: dict[str, list[int]] = {}
        """Where each key stands among the words, for the phrase runs another side shares."""
        for place, key in enumerate(self.keys):
            self.places.setdefault(key, []).append(place)
        extra = [word for field in curation.about_the_record for word in WORD.findall(field)]
        self.curated_words: dict[str, str] = {}
        """The content keys only the curated keywords and notes hold, each as first written."""
        for word in extra:
            if _is_content(word, key := keys(word), stop) and key not in self.content:
                self.curated_words.setdefault(key, word)
        self.bridged = set(self.curated_words)


def _is_content(word: str, key: str, stop: frozenset[str]) -> bool:
    return key not in stop and word.lower() not in stop and len(key) > 1


def stop_words(summit: Summit) -> frozenset[str]:
    """STOPWORDS and the words of the summit's people's names and aliases, of its countries
    (its own and its people's, stated or curated) and their nationalities, of its city and
    venue (the dateline of every story, "held talks in Accra" in every preamble) and the
    capitalised words of its title: "Lahti said that …" names who said it, and "Norway and
    Chile share …" or "Norwegian and Chilean experts" the two sides, no content a clause could
    echo (STOPWORDS has the bundled summit's), and a draft's title ("…the Norway-Iceland
    summit") names them before a curator fills in its countries."""
    countries = [summit.info.country, *(person.any_country for person in summit.people)]
    names = [name for person in summit.people for name in (person.name, *person.aliases)]
    titled = [word for word in WORD.findall(summit.info.title) if word[:1].isupper()]
    places = [*countries, summit.info.city, summit.info.venue]
    named = frozenset(
        word.lower()
        for name in [*names, *filter(None, places), *titled]
        if name != PLACEHOLDER
        for word in WORD.findall(name)
    )
    return STOPWORDS | named | _nationalities(summit, [*filter(None, countries), *titled])


def _nationalities(summit: Summit, countries: Sequence[str]) -> frozenset[str]:
    """The capitalised words of the summit's statements and release that are nationalities of
    the `countries` ("Norwegian" of Norway)."""
    from .lookup import same_stem

    country_words = {w.lower() for c in countries if c != PLACEHOLDER for w in WORD.findall(c)}
    records: list[Statement | Signed] = [*summit.statements, *summit.preamble, *summit.clauses]
    capitalised = {w.lower() for r in records for w in WORD.findall(r.text) if w[:1].isupper()}
    return frozenset(
        word
        for word in capitalised - country_words
        if any(same_stem(word, country) for country in country_words if len(country) > 3)
    )


class Link(msgspec.Struct, gc=False):
    """How one statement echoes one release record."""

    ref: str
    score: float
    shared: list[str]
    """The statement's words the release record's text holds too."""
    shared_via_curation: list[str]
    """Its words that meet the record only through curated keywords or notes (either side's):
    they count towards the score, but the source did not sign them."""
    said_only: list[str]
    """The statement's words no part of the release holds (`Alignment.said_only`)."""
    signed_only: list[str]
    """The record's words the statement does not share."""
    said_spans: list[tuple[int, int]]
    """Character offsets of the shared phrases in the statement's text."""
    signed_spans: list[tuple[int, int]]
    """And in the release record's text."""


class Alignment(msgspec.Struct, gc=False):
    """A statement with the release records it echoes, best first, and a verdict."""

    statement: Statement
    links: list[Link]
    records: list[Signed]
    """The release records of `links`, in the same order."""
    verdict: str
    said_only: list[str]
    """The statement's words no part of the release holds (its title, section titles,
    preamble and clauses, or their curated keywords): what a reader takes "only said" to
    mean, whatever the statement links to ("global" of a section title was "only said" beside
    the clauses S4 links to: new user 66)."""

    @property
    def best(self) -> Link | None:
        return self.links[0] if self.links else None


class Echoes(msgspec.Struct, gc=False):
    """A release record with the statements that echo it, strongest first."""

    record: Signed
    statements: list[tuple[str, Link]]
    """Each echoing statement's ref and its link to the record."""


def compare(summit: Summit) -> tuple[list[Alignment], list[Echoes]]:
    """Every statement aligned with the release, and every release record with its echoes."""
    keys = WordKeys(exact=False)
    signed: list[Signed] = [*summit.preamble, *summit.clauses]
    stop = stop_words(summit)
    said = [_Side(s.text, s.curation, keys, stop) for s in summit.statements]
    sides = [_Side(r.text, r.curation, keys, stop) for r in signed]
    documents = [side.content | side.bridged for side in (*said, *sides)]
    titles = [summit.release.title, *(section.title for section in summit.sections)]
    released = set().union(  # every word the release holds: "only said" is none of them
        *documents[len(said) :], *(_Side(t, Curation(), keys, stop).content for t in titles)
    )
    holding = Counter(key for document in documents for key in document)
    weight = {key: math.log(1 + len(documents) / (1 + count)) for key, count in holding.items()}
    alignments: list[Alignment] = []
    for statement, side in zip(summit.statements, said, strict=True):
        total = math.fsum(weight[key] for key in side.content)
        scored = []
        for record, other in zip(signed, sides, strict=True):
            common = (side.content | side.bridged) & (other.content | other.bridged)
            if not common or not total:
                continue
            spans = _shared_phrases(side, other)
            words = min(1.0, math.fsum(weight[key] for key in common) / total)
            phrases = math.fsum(weight[key] for key in _phrase_keys(side, spans[0])) / total
            scored.append(((words + phrases) / 2, record, other, spans))
        scored.sort(key=lambda item: -item[0])  # stable: a tie keeps document order
        weakest = scored[0][0] * BESIDE_THE_BEST if scored else 0.0
        said_only = _terms(side, side.content - released)  # one list, the row's and each link's
        made = [
            (_link(side, other, record.ref, score, spans, said_only), record)
            for score, record, other, spans in scored
            if _says_some(score, spans[0]) and (score >= PARTLY or score >= weakest)
        ]
        made = sorted(made, key=lambda pair: _curated_only(pair[0]))[:MAX_LINKS]
        links = [link for link, _ in made]
        verdict = _verdict(links[0]) if links else VERDICTS[2]
        records = [record for _, record in made]
        alignments.append(Alignment(statement, links, records, verdict, said_only))
    return alignments, [echoed_by(record, alignments) for record in signed]


def echoed_by(record: Signed, alignments: Sequence[Alignment]) -> Echoes:
    """The record with those of the statements that link to it, strongest first, those the
    texts share words by before the curated ones."""
    found = [(a.statement.ref, link) for a in alignments for link in a.links
             if link.ref == record.ref]  # fmt: skip
    found.sort(key=lambda item: -item[1].score)
    return Echoes(record, sorted(found, key=lambda item: _curated_only(item[1])))


def _curated_only(link: Link) -> bool:
    """A link no word of both texts makes: as in search, curation finds it but never outranks
    the words that say it, so such links come after the others (sorts are stable)."""
    return not link.shared


def against(alignments: Sequence[Alignment], ref: str) -> list[Alignment]:
    """The statements that echo one release record, each aligned with that record alone.

    Asked about a clause, a reader reads every figure of a row as about that clause: the words
    the statement shares with it, what only it says, the score and the verdict of that link, not
    of the statement's best link elsewhere in the release.
    """
    return [
        Alignment(alignment.statement, [link], [record], _verdict(link), link.said_only)
        for alignment in alignments
        for link, record in zip(alignment.links, alignment.records, strict=True)
        if link.ref == ref
    ]


def _verdict(link: Link) -> str:
    """An echo needs a phrase's worth of shared words: one word alone scores high where the
    statement has little else ("This is not only about copper"), yet says no more than a
    theme, so it is at most "partly echoed"."""
    words = len(link.shared) + len(link.shared_via_curation)
    if link.score >= ECHOED and words >= MIN_PHRASE_WORDS:
        return VERDICTS[0]
    return VERDICTS[1] if _says_some(link.score, link.said_spans) else VERDICTS[2]


def _says_some(score: float, said_spans: list[tuple[int, int]]) -> bool:
    """One rule for both the links listed and the verdict, so that a listed link is never
    "not in the release"."""
    return score >= PARTLY or bool(said_spans)


def _phrase_keys(said: _Side, spans: list[tuple[int, int]]) -> set[str]:
    """The content keys of the statement's words that stand in the shared phrases `spans`."""
    if not spans:
        return set()
    return {
        key
        for (word_start, _), flag, key in zip(said.spans, said.is_content, said.keys, strict=True)
        if flag and any(start <= word_start < end for start, end in spans)
    }


def _link(
    said: _Side,
    signed: _Side,
    ref: str,
    score: float,
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]],
    said_only: list[str],
) -> Link:
    common = (said.content | said.bridged) & (signed.content | signed.bridged)
    in_both_texts = said.content & signed.content
    said_spans, signed_spans = spans
    return Link(
        ref=ref,
        score=score,
        shared=_terms(said, in_both_texts),
        shared_via_curation=_bridging(said, signed, common - in_both_texts),
        said_only=said_only,
        signed_only=_terms(signed, signed.content - common),
        said_spans=said_spans,
        signed_spans=signed_spans,
    )


def _terms(side: _Side, keys: set[str]) -> list[str]:
    """The content keys as the text writes them, in text order, each once; a key only a curated
    keyword or note holds is left out, since it is not the source's word."""
    seen: dict[str, str] = {}
    for word, key, flag in zip(side.words, side.keys, side.is_content, strict=True):
        if flag and key in keys and key not in seen:
            seen[key] = word
    return list(seen.values())


def _bridging(said: _Side, signed: _Side, keys: set[str]) -> list[str]:
    """The words a link rests on that the two texts do not both hold, as written: in the
    statement's text, the record's, or else the curated keyword or note that holds them (S16's
    note says "abduction", which meets 4.3's "abductions"), each once."""
    written: dict[str, str] = {}
    for side in (said, signed):
        for word, key, flag in zip(side.words, side.keys, side.is_content, strict=True):
            if flag and key in keys:
                written.setdefault(key, word)
    for side in (said, signed):
        for key, word in side.curated_words.items():
            if key in keys:
                written.setdefault(key, word)
    return list(written.values())


def _shared_phrases(
    said: _Side, signed: _Side
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the maximal runs of words both texts share in order, each holding
    at least MIN_PHRASE_WORDS content words; runs do not overlap on either side."""
    said_keys, signed_keys, places = said.keys, signed.keys, signed.places
    shared = said.content.intersection(places)
    if sum(len(said.places[key]) for key in shared) < MIN_PHRASE_WORDS:
        return [], []  # too few of the statement's words stand in the record for a phrase
    runs: set[tuple[int, int, int]] = set()
    covered: set[tuple[int, int]] = set()
    for anchor, key in enumerate(said_keys):
        if not said.is_content[anchor]:
            continue  # a run of function words alone is never kept: start from content words
        for place in places.get(key, ()):
            if (anchor, place) in covered:
                continue
            i, j = anchor, place
            while i and j and said_keys[i - 1] == signed_keys[j - 1]:
                i, j = i - 1, j - 1
            length = 0
            while (
                i + length < len(said_keys)
                and j + length < len(signed_keys)
                and said_keys[i + length] == signed_keys[j + length]
            ):
                covered.add((i + length, j + length))
                length += 1
            if sum(said.is_content[i : i + length]) >= MIN_PHRASE_WORDS:
                runs.add((length, i, j))
    ordered = sorted(runs, key=lambda run: (-run[0], run[1], run[2]))
    used_said: set[int] = set()
    used_signed: set[int] = set()
    said_spans, signed_spans = [], []
    for length, i, j in ordered:
        if used_said & set(range(i, i + length)) or used_signed & set(range(j, j + length)):
            continue
        used_said |= set(range(i, i + length))
        used_signed |= set(range(j, j + length))
        said_spans.append((said.spans[i][0], said.spans[i + length - 1][1]))
        signed_spans.append((signed.spans[j][0], signed.spans[j + length - 1][1]))
    return sorted(said_spans), sorted(signed_spans)
