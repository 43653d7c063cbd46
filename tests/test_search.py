"""The search rules, as a table of query -> expected refs, and the ranking."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from summitcli.errors import QueryError
from summitcli.lookup import Filter, find_people
from summitcli.model import Summit
from summitcli.search import (
    QUERY_WORD_LIMIT,
    filters_given,
    framing_only,
    listing_title,
    parse_query,
    search,
)
from summitcli.text import fold


def full_width(text: str) -> str:
    """ASCII letters as their full-width forms, as East Asian input methods type them."""
    return "".join(chr(ord(char) + 0xFEE0) for char in text)


# (query arguments, options, the refs expected, in any order)
QUERIES: list[tuple[list[str], dict[str, bool], set[str]]] = [
    (["hydrogen"], {}, {"2.1", "S2"}),
    (["HYDROGEN"], {}, {"2.1", "S2"}),
    ([full_width("hydrogen")], {}, {"2.1", "S2"}),
    (["AI"], {}, {"2.1", "S2", "N11"}),  # whole words: not "said", "again", "against"
    (["said"], {}, {"S9"}),
    (["rate"], {}, {"2.2", "S3", "S5", "S10"}),  # "rates"
    (["abduction"], {}, {"4.3", "S15", "S16"}),  # "abductions"; S16 by its curated note
    (["abduction"], {"exact": True}, {"S15", "S16"}),
    (["low", "birth", "rates"], {}, {"2.2", "S3", "S5", "S10"}),
    (["rates", "birth"], {}, {"2.2", "S3", "S5", "S10"}),  # AND, any order
    (['"rates birth"'], {}, set()),  # a phrase keeps its order
    (["low birth rates"], {}, {"2.2", "S3", "S5", "S10"}),  # one argument with spaces
    (['"low birth rates"'], {}, {"2.2", "S3", "S5", "S10"}),
    (["Korea-U.S.-Japan"], {}, {"5.1"}),
    (["U.S."], {}, {"5.1", "S6", "S7"}),
    (["future industries"], {}, {"2", "2.1", "S2"}),  # 2 and 2.1 by their curated keyword
    (["artificial intelligence"], {}, {"2.1", "S2"}),
    (["Mirae"], {}, {"2", "2.1"}),
    (["hydrogen", "abduction"], {}, set()),
    (["hydrogen", "abduction"], {"match_any": True}, {"2.1", "S2", "4.3", "S15", "S16"}),
    (["Gyeongju"], {}, {"5.2"}),
    (["17", "years"], {}, {"S8", "N7"}),
    (["2008"], {}, {"N6", "N7"}),  # the article's narration is searchable too
    (["MB"], {}, {"N6"}),
    (["Lee Myung-bak"], {}, {"N6", "N7"}),  # N6 by its curated note
    (["human exchanges"], {}, {"3"}),  # a section title
    (["Joint press release"], {}, {"T", "N9"}),  # the release's title
    (["translated"], {}, {"N11", "2", "2.1"}),  # 2 and 2.1 by notes on the translation
    (["[bold]"], {}, set()),
    (["🙂"], {}, set()),  # a mark is searched as itself: no passage has it
    (["※"], {}, {"N11"}),  # N11 begins with it
    (["※", "feedback"], {}, {"N11"}),
    (['"※ This article"'], {}, {"N11"}),  # a mark stands in a phrase as a word does
    (["hydrogen", "?"], {}, {"2.1", "S2"}),  # punctuation is left out, the words searched
    (["مرحبا"], {}, set()),
]


@pytest.mark.parametrize(
    ("query", "options", "expected"), QUERIES, ids=[" ".join(q[0]) for q in QUERIES]
)
def test_query_finds_the_expected_refs(
    summit: Summit, query: list[str], options: dict[str, Any], expected: set[str]
) -> None:
    hits = search(summit.searchable, parse_query(query), **options)
    assert {hit.record.ref for hit in hits} == expected


def test_cooperate_finds_cooperation_by_stemming(summit: Summit) -> None:
    refs = {hit.record.ref for hit in search(summit.searchable, parse_query(["cooperate"]))}
    exact = {
        hit.record.ref for hit in search(summit.searchable, parse_query(["cooperate"]), exact=True)
    }
    assert "4.1" in refs  # says only "cooperation"
    assert "4.1" not in exact
    assert exact < refs


@pytest.mark.parametrize(
    ("arguments", "terms"),
    [
        (["low", "birth"], [("low",), ("birth",)]),
        (["low birth"], [("low", "birth")]),
        (['"low birth" rates'], [("low", "birth"), ("rates",)]),
        (["Korea-Japan"], [("Korea", "Japan")]),
        (["AI", "ai"], [("AI",), ("ai",)]),
        (['"unclosed phrase'], [("unclosed", "phrase")]),
        (["🙂"], [("🙂",)]),
        (["※AI"], [("※", "AI")]),
        (["“AI”", "—", "…"], [("AI",)]),  # curly quotes, dashes and ellipses separate words
    ],
)
def test_parse_query(arguments: list[str], terms: list[tuple[str, ...]]) -> None:
    assert parse_query(arguments) == terms


@pytest.mark.parametrize(
    ("options", "given"),
    [
        ((None, None, None, None), False),
        ((None, None, [], []), False),  # an empty list narrows nothing
        (("clause", None, None, None), True),
        ((None, 1, None, None), True),
        ((None, None, ["Lee"], None), True),
        ((None, None, None, ["hydrogen"]), True),
    ],
)
def test_filters_given(options: tuple[Any, ...], given: bool) -> None:
    """The one test of whether `search` narrows, which decides if a query of no words lists."""
    assert filters_given(*options) is given


@pytest.mark.parametrize("blank", [[], [""], ["  ", "\t"]])
def test_blank_query_is_an_error(blank: list[str]) -> None:
    with pytest.raises(QueryError):
        parse_query(blank)


# (query arguments, extra options, the refs expected in any order, or an exit code)
COMMAND_QUERIES: list[tuple[list[str], list[str], set[str] | int]] = [
    ([".*"], [], 2),
    (["?"], [], 2),
    (['"'], [], 2),
    (["!!!"], [], 2),
    (["“—”"], [], 2),
    (["?"], ["--type", "clause"], 2),  # not every clause: the query asked for something
    (["?", "!"], ["--json"], 2),
    (["🙂"], [], 1),
    (["※"], [], {"N11"}),
    (["※"], ["--json"], {"N11"}),
    (["hydrogen", "?"], [], {"2.1", "S2"}),
    # invisible format characters (pasted from a web page) are folded away, as in the texts
    (["hydro\u00adgen"], [], {"2.1", "S2"}),
    (["hydrogen\u202e"], [], {"2.1", "S2"}),
    (["\u2066hydrogen\u2069"], [], {"2.1", "S2"}),
    (["hydro\u200bgen"], [], {"2.1", "S2"}),
    (["\ufeffhydrogen"], [], {"2.1", "S2"}),
    (["hydrogen", "\u202e"], [], {"2.1", "S2"}),
    (["\u00ad\u202e"], [], 2),
    (["abduction"], ["--speaker", "Ishi\u00adba\u202e"], {"S15", "S16"}),
]


@pytest.mark.parametrize(
    ("query", "options", "expected"),
    COMMAND_QUERIES,
    ids=[" ".join(q[0] + q[1]) for q in COMMAND_QUERIES],
)
def test_symbols_find_what_has_them_or_are_refused(
    summit_cli: Any, query: list[str], options: list[str], expected: set[str] | int
) -> None:
    """A query of punctuation only is a usage error, never every passage; a mark such as ※ or
    an emoji is searched as itself."""
    result = summit_cli("search", *query, *options, "--format", "json")
    if isinstance(expected, int):
        assert result.returncode == expected
        assert len(result.stderr.splitlines()) == 1
        if expected == 2:
            said = ("nothing searchable", "it holds only invisible or control characters")
            assert any(why in result.stderr for why in said) and result.stdout == ""
    else:
        assert (result.returncode, result.stderr) == (0, "")
        assert {hit["ref"] for hit in json.loads(result.stdout)} == expected


@pytest.mark.parametrize("punctuation", [[".*"], ["?", "!!!"], ['"'], ['""'], ["“”", "…"]])
def test_a_query_of_punctuation_only_is_an_error(punctuation: list[str]) -> None:
    with pytest.raises(QueryError, match="nothing searchable"):
        parse_query(punctuation)


@pytest.mark.parametrize(
    "arguments",
    [
        [f"w{i}" for i in range(QUERY_WORD_LIMIT + 1)],  # a third new user's 8,000 took 22 s
        [" ".join(f"w{i}" for i in range(QUERY_WORD_LIMIT + 1))],  # one phrase of them
    ],
)
def test_a_query_longer_than_the_limit_is_an_error(arguments: list[str]) -> None:
    with pytest.raises(QueryError, match=f"has {QUERY_WORD_LIMIT + 1} words; summit searches"):
        parse_query(arguments)
    assert len(parse_query([f"w{i}" for i in range(QUERY_WORD_LIMIT)])) == QUERY_WORD_LIMIT


def test_fold_normalises_width_and_case() -> None:
    assert fold(full_width("AI") + " Straße") == "ai strasse"


def test_hits_are_ranked_best_first_with_ties_in_document_order(summit: Summit) -> None:
    records = summit.searchable
    hits = search(records, parse_query(["cooperation"]))
    keys = [(-hit.score, records.index(hit.record)) for hit in hits]
    assert keys == sorted(keys)
    assert len({hit.score for hit in hits}) > 1


@pytest.mark.parametrize(
    "query", [["future industries"], ["abduction"], ["translated"], ["Lee Myung-bak"]]
)
def test_the_sources_own_words_rank_before_what_only_curation_holds(
    summit: Summit, query: list[str]
) -> None:
    """A curated keyword or note finds a passage but never outranks the text that says it:
    "future industries" is S2's own words and only section 2's keyword."""
    hits = search(summit.searchable, parse_query(query))
    found_in_text = [hit.found_in == "text" for hit in hits]
    assert found_in_text == sorted(found_in_text, reverse=True)
    assert True in found_in_text and False in found_in_text
    for tier in (True, False):
        scores = [
            hit.score for hit, in_text in zip(hits, found_in_text, strict=True) if in_text is tier
        ]
        assert scores == sorted(scores, reverse=True)


# (query, options, each hit's ref and where the query was found, in rank order)
FOUND_IN: list[tuple[list[str], dict[str, Any], list[tuple[str, str]]]] = [
    (["hydrogen"], {}, [("S2", "text"), ("2.1", "text")]),
    # 2.1 says "hydrogen" but holds "future" only in its curated keyword
    (["hydrogen", "future"], {}, [("S2", "text"), ("2.1", "text and curation")]),
    (["future industries"], {}, [("S2", "text"), ("2", "curation"), ("2.1", "curation")]),
    # with --any, 2.1's own "hydrogen" is enough: its text alone would be found
    (
        ["hydrogen", "future"],
        {"match_any": True},
        [
            *[("2.1", "text"), ("S2", "text"), ("P2", "text"), ("P3", "text"), ("3.1", "text")],
            ("2", "curation"),
        ],
    ),
]


@pytest.mark.parametrize(("query", "options", "expected"), FOUND_IN)
def test_a_hit_says_whether_its_text_alone_holds_the_query(
    summit: Summit, query: list[str], options: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    """A hit that needed the curators' keywords for one of the words is not the text's own:
    it says so and ranks after those the text alone holds."""
    hits = search(summit.searchable, parse_query(query), **options)
    assert [(hit.record.ref, hit.found_in) for hit in hits] == expected


def test_rarer_terms_weigh_more(summit: Summit) -> None:
    hits = search(summit.searchable, parse_query(["hydrogen", "cooperation"]), match_any=True)
    assert {hit.record.ref for hit in hits[:2]} == {"2.1", "S2"}


def test_matched_words_are_the_texts_own(summit: Summit) -> None:
    [clause, *statements] = search(summit.searchable, parse_query(["abduction"]))
    assert {hit.record.ref: hit.matched for hit in [clause, *statements]} == {
        "4.3": ["abductions"],
        "S15": ["abduction"],
        "S16": [],  # found by its curated note, which is never highlighted
    }
    start, end = clause.spans[0]
    assert clause.record.text[start:end] == "abductions"


def test_keyword_matches_are_not_highlighted_in_the_text(summit: Summit) -> None:
    hits = search(summit.searchable, parse_query(['"artificial intelligence"']))
    by_ref = {hit.record.ref: hit for hit in hits}
    assert by_ref["2.1"].matched == []
    assert by_ref["S2"].matched == ["artificial", "intelligence"]


def test_matched_words_come_in_the_texts_order(summit: Summit) -> None:
    """A user reading `matched` beside the text reads the phrase as the text gives it, each
    word once (it came sorted: "diplomacy", "shuttle")."""
    [hit] = search(summit.searchable, parse_query(['"shuttle diplomacy"']))
    assert hit.matched == ["shuttle", "diplomacy"]
    [hit] = search(summit.searchable, parse_query(["Korea-U.S.-Japan"]))
    assert hit.matched == ["Korea", "U", "S", "Japan"]


def test_phrase_highlights_only_the_phrase(summit: Summit) -> None:
    [hit] = search(summit.searchable, parse_query(["Korea-U.S.-Japan"]))
    assert [hit.record.text[s:e] for s, e in hit.spans] == ["Korea", "U", "S", "Japan"]
    assert hit.record.text[hit.spans[0][0] : hit.spans[-1][1]] == "Korea-U.S.-Japan"


FILTERS = [
    ({"record_types": ["clause"]}, ["AI"], {"2.1"}),
    ({"record_types": ["statement"]}, ["AI"], {"S2"}),
    ({"section": 2}, ["rates"], {"2.2"}),
    ({"topics": ["north-korea"]}, ["cooperation"], {"4.1", "4.2"}),
    (
        {"topics": ["north-korea", "trilateral"]},
        ["cooperation"],
        {"4.1", "4.2", "5.1", "5.2", "S6", "S7"},
    ),
    ({"speaker": "Ishiba"}, ["consultative", "body"], {"S11", "2.2"}),  # S3: the article's account
    ({"speaker": "이재명"}, ["consultative"], {"S5", "2.2"}),  # 2.2: "they agreed to launch" it
    ({"speaker": "Ishiba", "kinds": ["account"]}, ["consultative"], {"S3"}),
    ({"speaker": "Ishiba"}, ["stance"], {"P4"}),  # reported speech in the release
    ({"speaker": "Lee Myung-bak"}, ["consultative"], set()),
    ({"kinds": ["direct"], "speaker": "Lee"}, ["Japan"], {"S4", "S6", "S7"}),
    ({"record_types": ["narration"]}, ["Yonhap"], {"N1", "N3", "N5", "N8"}),
]


@pytest.mark.parametrize(("criteria", "query", "expected"), FILTERS)
def test_filters_combine_with_the_query(
    summit: Summit, criteria: dict[str, object], query: list[str], expected: set[str]
) -> None:
    if "speaker" in criteria:
        criteria["people"] = find_people([summit], [str(criteria.pop("speaker"))])
    keep = Filter(**criteria)  # type: ignore[arg-type]
    hits = search(summit.searchable, parse_query(query), keep=keep)
    assert {hit.record.ref for hit in hits} == expected


def test_filters_do_not_change_scores(summit: Summit) -> None:
    everything = {h.record.ref: h.score for h in search(summit.searchable, parse_query(["AI"]))}
    keep = Filter(record_types=["clause"])
    [clause] = search(summit.searchable, parse_query(["AI"]), keep=keep)
    assert clause.score == everything["2.1"]


def test_a_very_long_word_is_safe(summit: Summit) -> None:
    """A long query of many words is refused (`QUERY_WORD_LIMIT`); one long word is searched."""
    assert search(summit.searchable, parse_query(["x" * 10_000])) == []


SPAN_TEXTS = (
    "Hydrogen energy, hydrogen ENERGY and energy hydrogen.",
    "The hydrogen — energy pact: “hydrogen energy” twice… hydrogen energy energy energy.",
    "Energies of hydrogen_energy and hydrogen-energy; a a a a.",
    "Korea-U.S.-Japan and Korea\u2013Japan «energy» ¿hydrogen? ･energy",
    "A\uff3fhydrogen energy\uff3fb: the full-width low line parts words, as the low line does.",
    "石破 said hydrogen energy; ※ energy ½ hydrogen",
)
SPAN_QUERIES = (
    ["hydrogen"],
    ["hydrogen energy"],
    ["energy", "hydrogen"],
    ['"energy energy"', "hydrogen"],
    ["a a"],
    ["Korea-Japan"],
    ["Korea-U.S.-Japan", "energy"],
    ["hydrogen_energy"],
)


@pytest.mark.parametrize("query", SPAN_QUERIES)
def test_spans_in_plain_text_are_the_words_keyed_one_by_one(query: list[str]) -> None:
    """Plain text (ASCII words, separators such as dashes and curly quotes) is marked by
    regular expressions of the corpus's forms; the same words as keying each word."""
    from summitcli.search import TOKEN, WordKeys, is_plain, span_finder

    keys = WordKeys(exact=False)
    terms = [tuple(keys(word) for word in term) for term in parse_query(query)]
    vocabulary = sorted({w for text in SPAN_TEXTS for w in TOKEN.findall(fold(text))})
    forms: dict[str, list[str]] = {key: [] for term in terms for key in term}
    for word in vocabulary:
        if keys(word) in forms:
            forms[keys(word)].append(word)
    spans = span_finder(terms, forms, keys)
    for text in SPAN_TEXTS:
        words = list(TOKEN.finditer(text))
        word_keys = [keys(word.group()) for word in words]
        marked = {
            n
            for term in terms
            for start in range(len(words))
            if tuple(word_keys[start : start + len(term)]) == term
            for n in range(start, start + len(term))
        }
        assert spans(text) == tuple(words[n].span() for n in sorted(marked)), (text, query)
    assert [is_plain(text) for text in SPAN_TEXTS] == [True, True, True, True, True, False]


WORD_EDGES = [
    # text pasted from a Mac may write "München" as "Mu" + U+0308 + "nchen": the mark split
    # the word in three, so a search found it only through the curators' notes
    ("Mu\u0308nchen", "München", "Mu\u0308nchen"),
    # a hashtag or a slogan written with underscores is words, as a reader reads it
    ("#Tariffs_must_fall", "tariffs", "Tariffs"),
    ("#Tariffs_must_fall", "fall", "fall"),
    # a Latin letter typed without its accent, as most keyboards type it (new user 41)
    ("Reykjavík", "reykjavik", "Reykjavík"),
    ("Reykjavík", "Reykjavík", "Reykjavík"),
    ("Bắc Ninh", "Bac", "Bắc"),
    ("Støre", "Store", "Støre"),
    ("Mu\u0308nchen", "Munchen", "Mu\u0308nchen"),
]


@pytest.mark.parametrize("where", ["file", "folder"])
@pytest.mark.parametrize(("written", "query", "matched"), WORD_EDGES)
def test_words_are_found_as_a_reader_reads_them(
    written: str,
    query: str,
    matched: str,
    where: str,
    write_data: Callable[..., Path],
    summit_cli: Any,
) -> None:
    """Searched as typed, a word is the text's own, highlighted, in a file and in a corpus
    index, wherever the text's characters split or join it unlike a reader's eye."""

    def write_it(data: dict[str, Any]) -> None:
        data["statements"][0]["text"] = f"We will meet again in {written} next spring."
        data["statements"][0]["curation"]["notes"] = ["Munich, tariffs must fall: curators."]

    path = write_data(write_it)
    data = str(path if where == "file" else path.parent)
    result = summit_cli("--data", data, "search", query, "--json")
    assert result.returncode == 0, result.stderr
    [hit] = [hit for hit in json.loads(result.stdout) if hit["ref"].endswith("S1")]
    assert (hit["found_in"], hit["matched"]) == ("text", [matched])


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_drafts_notes_on_its_own_rules_are_not_searched(
    where: str, tmp_path: Path, summit_cli: Any
) -> None:
    """ "Drafted: direct, speaker … the subject of the verb (certain)" is about the draft, not
    the summit: `search verb` found every statement through it (a new user's trial)."""
    from summitcli.draft import draft, encode

    article = (Path(__file__).parent / "drafts" / "kim-sato.txt").read_text(encoding="utf-8")
    path = tmp_path / "corpus" / "draft.json"
    path.parent.mkdir()
    path.write_bytes(encode(draft(article, "kim-sato.txt")))
    data = str(path if where == "file" else path.parent)
    result = summit_cli("--data", data, "search", "verb", "--json")
    assert (result.returncode, result.stdout) == (1, "[]\n")


FRAMED = [
    (['"concluded the Korea-Japan summit"'], {}, ["S1"]),
    (["noted"], {}, ["S1", "S6", "S13"]),  # "noting" too, by stemming
    (["noted"], {"exact": True}, ["S1", "S6"]),
    (["Ishiba", "stated"], {}, ["S16"]),
    (["Ishiba", "stated"], {"match_any": True}, ["S1", "S4", "S16"]),
    (['"he added"'], {}, ["S5"]),
    (["zeppelin"], {}, []),
]


@pytest.mark.parametrize(
    ("query", "options", "expected"), FRAMED, ids=[" ".join(q[0]) for q in FRAMED]
)
def test_framing_only_finds_the_quotations_whose_framing_holds_the_query(
    summit: Summit, query: list[str], options: dict[str, Any], expected: list[str]
) -> None:
    """What search does not read, so that every quotation does not match its speaker's name,
    but must point to when it finds nothing (a new user's "concluded the Korea-Japan summit")."""
    framed = framing_only(summit.searchable, parse_query(query), **options)
    assert [record.ref for record in framed] == expected


@pytest.mark.parametrize(
    ("filters", "title"),
    [
        ("a passage tagged north-korea", "Every passage tagged north-korea"),
        ("a statement said by Shigeru Ishiba", "Every statement said by Shigeru Ishiba"),
        ("a clause in section 2", "Every clause in section 2"),
    ],
)
def test_a_listing_is_titled_by_its_filters(filters: str, title: str) -> None:
    """New user 36: "Every passage that is a passage tagged north-korea"."""
    assert listing_title(filters) == title
