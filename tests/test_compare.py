"""Said versus signed: the alignment against a hand-labelled table, its offsets, and the command.

LABELS was made by reading the source, statement by statement: the release records each one
echoes (any of them is a right top link), or None where the release does not say it. It is
judgement; where a statement honestly echoes two records, both are accepted.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import bench_module, run_process, write_draft
from summitcli.compare import ECHOED, MIN_PHRASE_WORDS, STOPWORDS, WORD, compare
from summitcli.model import PLACEHOLDER, Summit
from summitcli.search import WordKeys

LABELS: dict[str, set[str] | None] = {
    "S1": {"P2", "3.1"},  # "mutually beneficial"; society and culture
    "S2": {"2.1", "3.1"},  # future industries; working holiday programs
    "S3": {"2.2"},
    "S4": {"5.2", "P2"},  # "important partners in ... challenges"
    "S5": {"2.2"},
    "S6": {"5.1"},
    "S7": {"5.1"},
    "S8": None,  # 17 years since the last joint document: the release does not say it
    "S9": {"2.2"},
    "S10": {"2.2"},
    "S11": {"2.2"},
    "S12": {"3.1"},
    "S13": None,  # "the potential for cooperation ... is immense"
    "S14": None,  # opposing a unilateral change of the status quo
    "S15": {"4.3"},
    "S16": {"4.3"},  # the resolution of the abduction issue (the note on S16 says so)
    "S17": {"1.2"},
}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _scores(summit: Summit) -> tuple[float, float, int]:
    """Precision and recall of the top link against LABELS, and the "none" recognised."""
    alignments, _ = compare(summit)
    predicted = correct = nones = 0
    for alignment in alignments:
        label = LABELS[alignment.statement.ref]
        best = alignment.best
        if best is not None:
            predicted += 1
            correct += label is not None and best.ref in label
        elif label is None:
            nones += 1
    labelled = sum(label is not None for label in LABELS.values())
    return correct / predicted, correct / labelled, nones


def test_top_links_against_the_labelled_table(summit: Summit) -> None:
    precision, recall, nones = _scores(summit)
    print(f"precision {precision:.2f}, recall {recall:.2f}, 'none' recognised {nones} of 3")
    assert nones == 3  # every statement that is not in the release is recognised
    assert precision >= 0.9 and recall >= 0.9  # 13 of 14 links: S16 goes to 4.2 (see compare.py)


@pytest.mark.parametrize(
    ("ref", "verdict", "best"),
    [
        ("S5", "echoed", "2.2"),
        ("S7", "echoed", "5.1"),
        ("S17", "echoed", "1.2"),
        ("S12", "partly echoed", "3.1"),
        ("S14", "not in the release", None),
        ("S8", "not in the release", None),
    ],
)
def test_alignment_table(summit: Summit, ref: str, verdict: str, best: str | None) -> None:
    [alignment] = [a for a in compare(summit)[0] if a.statement.ref == ref]
    assert alignment.verdict == verdict
    assert (alignment.best.ref if alignment.best else None) == best


def test_said_only_and_signed_only_terms(summit: Summit) -> None:
    [s5] = [a for a in compare(summit)[0] if a.statement.ref == "S5"]
    assert s5.best is not None
    assert {"agriculture", "disaster", "safety"} <= set(s5.best.said_only)
    assert {"decline", "regional", "revitalization"} <= set(s5.best.signed_only)
    assert {"consultative", "body", "birth"} <= set(s5.best.shared)


def test_shared_spans_map_back_exactly(summit: Summit) -> None:
    """Each shared phrase is the same words on both sides, as the search engine keys them (an
    inflection may differ: "rates" and "rate"), and holds enough content words to be one."""
    keys = WordKeys(exact=False)

    def phrases(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, ...]]:
        return sorted(tuple(keys(word) for word in WORD.findall(text[a:b])) for a, b in spans)

    for alignment in compare(summit)[0]:
        for link, record in zip(alignment.links, alignment.records, strict=True):
            said = phrases(alignment.statement.text, link.said_spans)
            assert said == phrases(record.text, link.signed_spans)
            for phrase in said:
                assert sum(key not in STOPWORDS for key in phrase) >= MIN_PHRASE_WORDS
    [s6] = [a for a in compare(summit)[0] if a.statement.ref == "S6"]
    assert s6.best is not None
    spans = [s6.statement.text[a:b] for a, b in s6.best.said_spans]
    assert "rapidly changing international circumstances" in spans


def test_every_release_record_says_who_echoes_it(summit: Summit) -> None:
    echoes = {e.record.ref: [ref for ref, _ in e.statements] for e in compare(summit)[1]}
    assert set(echoes) == {r.ref for r in [*summit.preamble, *summit.clauses]}
    assert {"S3", "S5", "S10", "S11"} <= set(echoes["2.2"])
    assert echoes["4.1"] == []


def test_compare_piped_and_json(summit_cli: Any) -> None:
    rows = [line.split("\t") for line in summit_cli("compare").stdout.splitlines()]
    assert rows[4][:5] == ["S5", "direct", "2.2", rows[4][3], "echoed"]
    assert ["4.1", "", "", ""] in rows  # a column of refs holds refs only: none is empty
    [s5] = json.loads(summit_cli("compare", "S5", "--json").stdout)
    assert s5["type"] == "alignment" and s5["links"][0]["ref"] == "2.2"
    start, end = s5["links"][0]["said_spans"][0]
    assert s5["text"][start:end]
    clause = json.loads(summit_cli("compare", "2.2", "--json").stdout)
    assert clause[0]["type"] == "echoes" and {r["ref"] for r in clause[1:]} >= {"S3", "S5"}
    assert clause[0]["kind"] == "reported"  # as `show 2.2 --json` says it
    assert clause[0]["speakers"] == ["Lee Jae-myung", "Shigeru Ishiba"]
    [unechoed] = json.loads(summit_cli("compare", "4.1", "--json").stdout)
    assert unechoed["echoed_by"] == []


def test_a_piped_row_s_words_are_those_of_every_link_it_lists(summit_cli: Any) -> None:
    """The S2 row listed 3.1 and 2.1 but gave "hydrogen, AI" as only said, though 2.1 signs
    them: its word columns were its best link's alone (new user 26). A row's words are those of
    every link it lists: shared with any, said in none."""
    lines = summit_cli("compare").stdout.splitlines()
    row = next(line.split("\t") for line in lines if line.startswith("S2\t"))
    assert row[2] == "3.1, 2.1"
    shared, only_said = set(row[5].split(", ")), set(row[6].split(", "))
    assert {"hydrogen", "AI", "working", "holiday"} <= shared
    assert not {"hydrogen", "AI"} & only_said
    assert {"nations", "economy"} <= only_said  # "security" is in a clause: signed
    assert "security" not in only_said
    assert row[7] == "artificial, intelligence"  # "future" 3.1's text shares


def test_only_said_is_never_a_word_the_release_holds(summit: Summit, summit_cli: Any) -> None:
    """`compare S4` gave "Only said: … sharing, … responding, common, global" though the
    release's section titles say "sharing", "responding to common challenges" and "global"
    (new user 66): only said was the words of the linked records alone, and a journalist
    reads it as what the release never says. It is what no part of the release (title,
    section titles, preamble, clauses) holds, for every row and every link alike."""
    keys = WordKeys(exact=False)
    release = [summit.release.title, *(s.title for s in summit.sections),
               *(r.text for r in (*summit.preamble, *summit.clauses))]  # fmt: skip
    signed = {keys(w) for text in release for w in WORD.findall(text)}
    for alignment in compare(summit)[0]:
        for said_only in (alignment.said_only, *(link.said_only for link in alignment.links)):
            held = {w for w in said_only if keys(w) in signed}
            assert not held, (alignment.statement.ref, held)
    [s4] = json.loads(summit_cli("compare", "S4", "--json").stdout)
    assert {"sharing", "responding", "common", "global"}.isdisjoint(s4["said_only"])
    assert "neighbors" in s4["said_only"]


@pytest.mark.parametrize("ref", ["S8", "S13", "S14"])
def test_a_statement_not_in_the_release_says_what_it_said_alone(
    summit: Summit, summit_cli: Any, ref: str
) -> None:
    """`compare --verdict none` left ONLY-SAID empty, as if the statements said nothing (new
    user 64): echoing nothing, its words the release holds nowhere were said only, and JSON
    says so too; not every word, since "cocoa" of a clause too weakly linked to list was then
    "only said" of a release that says it (new user 65)."""
    [alignment] = [a for a in compare(summit)[0] if a.statement.ref == ref]
    assert alignment.links == [] and alignment.said_only
    said = {w.lower() for w in WORD.findall(alignment.statement.text)}
    signed = {w.lower() for r in (*summit.preamble, *summit.clauses) for w in WORD.findall(r.text)}
    assert {w.lower() for w in alignment.said_only} <= said - signed
    row = next(line.split("\t") for line in summit_cli("compare", "--verdict", "none").stdout
               .splitlines() if line.startswith(f"{ref}\t"))  # fmt: skip
    assert row[4:7] == ["not in the release", "", ", ".join(alignment.said_only)]
    [record] = json.loads(summit_cli("compare", ref, "--json").stdout)
    assert record["said_only"] == alignment.said_only
    markdown = summit_cli("compare", ref, "--format", "markdown").stdout
    assert f"- Only said: {', '.join(alignment.said_only)}" in markdown


def test_a_rows_only_said_is_in_json_as_in_the_row(summit: Summit, summit_cli: Any) -> None:
    """The row's ONLY-SAID (said in none of its links) is the alignment's `said_only`, in the
    JSON record as in the piped row, for a statement with links as without."""
    rows = {line.split("\t")[0]: line.split("\t") for line in summit_cli("compare").stdout
            .splitlines()}  # fmt: skip
    records = json.loads(summit_cli("compare", "--json").stdout)
    for record in (r for r in records if r["type"] == "alignment"):
        assert rows[record["ref"]][6] == ", ".join(record["said_only"]), record["ref"]
    s2 = next(r for r in records if r.get("ref") == "S2" and r["type"] == "alignment")
    assert "hydrogen" not in s2["said_only"] and "economy" in s2["said_only"]


@pytest.mark.parametrize("ref", ["4.2", "3.1", "2.1"])
def test_a_records_statement_rows_follow_its_echoes_order(summit_cli: Any, ref: str) -> None:
    """New user 61: `compare 4.2` listed its echoes strongest first (S16, S3), then the
    statements' rows in document order (S3, S16)."""
    echoes, *rows = json.loads(summit_cli("compare", ref, "--json").stdout)
    assert [e["ref"] for e in echoes["echoed_by"]] == [row["ref"] for row in rows]


def test_a_stock_phrase_is_no_second_link_for_a_statement_that_echoes_a_clause(
    summit: Summit,
) -> None:
    """New user 61: S3, which 2.2 restates (0.54), was also an echo of 4.2 (0.08) for "jointly
    address" alone, the North Korean cyber threats it never mentions. A phrase lifts a weak
    link for a lede spreading over many clauses, whose every link is weak, not beside a strong
    one."""
    alignments, echoes = compare(summit)
    [s3] = [alignment for alignment in alignments if alignment.statement.ref == "S3"]
    assert [link.ref for link in s3.links] == ["2.2"]
    [echo] = [echo for echo in echoes if echo.record.ref == "4.2"]
    assert "S3" not in [ref for ref, _ in echo.statements]


def test_a_record_no_statement_echoes_says_so_on_a_terminal(summit_cli: Any) -> None:
    shown = summit_cli("compare", "4.1", "--format", "rich", COLUMNS="100").stdout
    assert "Echoed by: no statement" in shown


@pytest.mark.parametrize(
    ("args", "refs"),
    [
        (["--verdict", "none"], ["S8", "S13", "S14"]),
        (["--speaker", "Ishiba", "--verdict", "Echoed"], ["S10", "S11"]),
        (["--topic", "north-korea", "--verdict", "partly"], ["S15", "S16"]),
        # the verdict as JSON and the rows write it, pasted back (new user 65: refused)
        (["--verdict", "not in the release"], ["S8", "S13", "S14"]),
        (["--topic", "north-korea", "--verdict", "partly echoed"], ["S15", "S16"]),
        # pasted with the space around it a terminal's selection takes (new user 66: refused)
        (["--speaker", "Ishiba", "--verdict", " echoed "], ["S10", "S11"]),
        # release records of the topic, whether or not they report anyone's words (4.3 and
        # P1-P3 report no one's, and were left out)
        (["--topic", "north-korea"], ["S15", "S16", "4.1", "4.2", "4.3"]),
    ],
)
def test_compare_filters(summit_cli: Any, args: list[str], refs: list[str]) -> None:
    result = summit_cli("compare", *args)
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == refs


def test_compare_in_a_corpus_stays_within_each_summit(
    summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    write_data(name="a.json")
    corpus = str(write_data(lambda d: d.update(id="second"), name="b.json").parent)
    records = json.loads(summit_cli("--data", corpus, "compare", "--json").stdout)
    for record in records:
        if record["type"] == "alignment":
            assert all(link["ref"][0] in "P12345" for link in record["links"])
    assert {r["summit"] for r in records} == {"korea-japan-2025-08-23", "second"}
    rows = summit_cli("--data", corpus, "compare", "second:S5").stdout.splitlines()
    assert rows[0].startswith("second:S5\tdirect\tsecond:2.2")


@pytest.mark.parametrize("ref", ["S5", "2.2"])
def test_a_ref_every_summit_of_a_folder_has_is_compared_in_each(
    ref: str, summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    """As `show` and `cite` find a bare ref in every summit, so does compare (it took the
    first summit's alone, saying nothing)."""
    write_data(name="a.json")
    corpus = str(write_data(lambda d: d.update(id="second"), name="b.json").parent)
    asked = json.loads(summit_cli("--data", corpus, "compare", ref, "--json").stdout)
    wanted = {f"korea-japan-2025-08-23:{ref}", f"second:{ref}"}
    assert wanted <= {f"{item['summit']}:{item['ref']}" for item in asked}


def test_a_ref_a_filter_keeps_in_one_summit_is_not_said_to_be_given_from_each(
    summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    """New user 34: `compare S3 --speaker Solberg` gave one summit's S3 and noted "S3 is in 3
    summits (…): each is given": the note counts the summits whose record is given."""
    write_data(name="a.json")
    changed = write_data(
        lambda d: (d.update(id="second"), d["statements"][3].update(speakers=["shigeru-ishiba"])),
        name="b.json",
    )
    corpus = str(changed.parent)
    result = summit_cli("--data", corpus, "compare", "S4", "--speaker", "Lee Jae-myung")
    assert [row.split("\t")[0] for row in result.stdout.splitlines()] == [
        "korea-japan-2025-08-23:S4"
    ]
    assert "is in 2 summits" not in result.stderr, result.stderr
    both = summit_cli("--data", corpus, "compare", "S4")
    assert "S4 is in 2 summits (korea-japan-2025-08-23, second): each is given" in both.stderr
    # a filter that keeps it in two of three says so (new user 43: "S1 is in 2 summits" of 4)
    write_data(lambda d: d.update(id="third"), name="c.json")
    two = summit_cli("--data", corpus, "compare", "S4", "--speaker", "Lee Jae-myung")
    assert (
        "S4 is in 3 summits, 2 of them given here (korea-japan-2025-08-23, third): give "
        "SUMMIT-ID:S4 for one"
    ) in two.stderr, two.stderr


@pytest.mark.parametrize("output", [[], ["--json"]])
def test_compare_is_the_same_under_every_hash_seed(tmp_path: Path, output: list[str]) -> None:
    """Ties break in document order, whatever order Python iterates a set in: summit-00214 of
    the generated corpus (seed 20) has S3 scored alike against 3.3 and 5.3, up to the order
    its words' weights were added in, and gave 3.3 first under one PYTHONHASHSEED, 5.3 under
    another, with other "shared" words."""
    corpus = bench_module("corpus").write(tmp_path / "corpus", 215)
    for path in corpus.glob("*.json"):
        if path.name not in ("00213.json", "00214.json"):
            path.unlink()
    outputs = {
        run_process("--data", str(corpus), "compare", *output, PYTHONHASHSEED=seed).stdout
        for seed in ("0", "1", "2", "3", "4", "5")
    }
    [output_text] = outputs
    assert "summit-00214" in output_text and "S3" in output_text


def test_compare_on_a_terminal_side_by_side_and_stacked(summit_tty: Any) -> None:
    _, wide = summit_tty("compare", "S5", columns=120)
    lines = ANSI.sub("", wide).splitlines()
    assert any("Lee Jae-myung said" in line and "2.2 signed" in line for line in lines)
    assert "\x1b[" in wide  # shared phrases highlighted
    _, narrow = summit_tty("compare", "S5", columns=60)
    lines = ANSI.sub("", narrow).splitlines()
    assert not any("Lee Jae-myung said" in line and "2.2 signed" in line for line in lines)
    assert any("Only said:" in line for line in lines)


@pytest.mark.parametrize("fmt", ["markdown", "rich"])
def test_a_statements_only_said_is_shown_once_however_many_links_it_has(
    summit: Summit, summit_tty: Any, summit_cli: Any, fmt: str
) -> None:
    """`compare S1` repeated "Only said: fields, direction" under each of its two links (new
    user 66): what only the statement says is the statement's, whatever it is set beside; it
    is shown once, after its links, while each link keeps what only it signed."""
    linked = [a for a in compare(summit)[0] if len(a.links) > 1]
    assert linked
    for alignment in linked[:3]:
        ref = alignment.statement.ref
        if fmt == "rich":
            shown = ANSI.sub("", summit_tty("compare", ref, columns=120)[1])
        else:
            shown = summit_cli("compare", ref, "--format", fmt).stdout
        assert shown.count("Only said:") == 1, shown
        assert shown.count("Only signed:") == len(alignment.links), shown


def test_a_record_compare_does_not_take_is_named_as_asked_in_a_corpus(
    summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    """`compare mauritania-…:N4` in a folder said "N4 is a narration", not which N4 (new
    user 53)."""
    write_data(name="a.json")
    corpus = write_data(lambda data: data.update(id="second"), name="b.json").parent
    result = summit_cli("--data", str(corpus), "compare", "second:N4")
    assert result.returncode == 2 and "second:N4 is a narration: compare takes" in result.stderr
    alone = summit_cli("compare", "N4")
    assert "Invalid value: N4 is a narration" in alone.stderr


def test_compare_a_section_is_a_usage_error(summit_cli: Any) -> None:
    result = summit_cli("compare", "4")
    assert (
        result.returncode == 2
        and "compare takes a statement, a clause or a preamble" in result.stderr
    )


def test_an_account_is_never_headed_as_said(summit_tty: Any) -> None:
    _, output = summit_tty("compare", "S17", columns=120)
    plain = ANSI.sub("", output)
    assert " said " not in plain.replace("\n", " ").split("1.2 signed")[0]
    assert "The article's account, about Lee Jae-myung" in plain  # the names may wrap


def test_reported_speech_is_headed_as_the_article_s_report(
    summit_cli: Any, summit_tty: Any
) -> None:
    """S9 is the article's sentence "Prime Minister Ishiba also said that …": headed "Shigeru
    Ishiba said:" on a terminal and in Markdown, the reporter's words read as his (new user
    52); a quotation is still headed "said"."""
    reported_by = "The article reports Shigeru Ishiba"
    _, terminal = summit_tty("compare", "S9", columns=120)
    markdown = summit_cli("compare", "S9", "--format", "markdown").stdout
    for shown in (ANSI.sub("", terminal).replace("\n", " "), markdown):
        assert "Ishiba said" not in shown and reported_by in " ".join(shown.split())
    assert "**Lee Jae-myung said:**" in summit_cli("compare", "S5", "--format", "markdown").stdout


def test_a_release_record_is_compared_with_each_statement_against_itself(
    summit: Summit, summit_cli: Any
) -> None:
    """`compare 3.2` shows S1 and S7 against 3.2 (shared words, only said, only signed, score,
    verdict), not against their best links (P2 and 5.1)."""
    alignments, _ = compare(summit)
    own = {a.statement.ref: next(li for li in a.links if li.ref == "3.2") for a in alignments
           if any(li.ref == "3.2" for li in a.links)}  # fmt: skip
    assert set(own) == {"S1", "S7"}
    assert own["S7"].shared == ["agreed", "create", "relations"]  # "agreed to create ... relations"
    records = json.loads(summit_cli("compare", "3.2", "--json").stdout)
    assert [r["type"] for r in records] == ["echoes", "alignment", "alignment"]
    for record in records[1:]:
        [link] = record["links"]
        assert link["ref"] == "3.2"
        assert link["shared"] == own[record["ref"]].shared
        assert link["said_only"] == own[record["ref"]].said_only
        assert link["signed_only"] == own[record["ref"]].signed_only
        assert record["verdict"] == ("echoed" if link["score"] >= ECHOED else "partly echoed")
    rows = {row[0]: row for row in (line.split("\t") for line in
                                    summit_cli("compare", "3.2").stdout.splitlines())}  # fmt: skip
    s7 = own["S7"]
    assert rows["S7"] == ["S7", "direct", "3.2", f"{s7.score:.2f}", "partly echoed",
                          ", ".join(s7.shared), ", ".join(s7.said_only),
                          ", ".join(s7.shared_via_curation)]  # fmt: skip
    assert rows["S1"][2:4] == ["3.2", f"{own['S1'].score:.2f}"]
    assert rows["S1"][5] == ", ".join(own["S1"].shared)
    markdown = summit_cli("compare", "3.2", "--format", "markdown").stdout
    assert "**5.1**" not in markdown and "**P2**" not in markdown
    statement = json.loads(summit_cli("compare", "S7", "--json").stdout)[0]
    assert statement["links"][0]["ref"] == "5.1"  # asked for the statement: its own best links
    assert summit_cli("compare", "3.2", "--verdict", "echoed").returncode == 1


def test_words_shared_only_through_curated_keywords_are_not_said_to_be_signed(
    summit_cli: Any, summit: Summit
) -> None:
    """Clause 2.1 says neither 'future' nor 'artificial intelligence'; its curated keywords do.
    S2's link to it lists them apart, as curation, never as words the release signed."""
    [alignment] = json.loads(summit_cli("compare", "S2", "--json").stdout)
    [link] = [link for link in alignment["links"] if link["ref"] == "2.1"]
    clause = next(c for c in summit.clauses if c.ref == "2.1").text.lower()
    assert all(word.lower() in clause for word in link["shared"]), link["shared"]
    assert "future" in link["shared_via_curation"]
    markdown = summit_cli("compare", "S2", "-f", "markdown").stdout
    assert "- Shared through the curators' keywords or notes (curated): " in markdown


def test_every_link_says_which_words_bridge_it(summit: Summit) -> None:
    """S16 was 'partly echoed' by 4.3 with nothing shared listed: only its curated note's
    "abduction issue" met the clause's "issue of abductions", and the list held the statement's
    words alone. A link lists every word it rests on, those met through curation apart."""
    alignments, _ = compare(summit)
    unexplained = [
        (a.statement.ref, link.ref)
        for a in alignments
        for link in a.links
        if not (link.shared or link.shared_via_curation)
    ]
    assert unexplained == []
    [s16] = [a for a in alignments if a.statement.ref == "S16"]
    [to_the_clause] = [link for link in s16.links if link.ref == "4.3"]
    assert (to_the_clause.shared, to_the_clause.shared_via_curation) == (
        [],
        ["issue", "abductions"],
    )


def test_a_drafts_notes_on_its_own_rules_bridge_nothing() -> None:
    """A draft notes how it found each speaker ("speaker by surname 'Ferreira' (certain)"):
    words about the draft, not about the summit, which linked statements to clauses that
    named the same leader."""
    import msgspec

    from summitcli.draft import draft

    drafts = Path(__file__).parent / "drafts"
    drafted = draft((drafts / "kim-sato.txt").read_text(encoding="utf-8"), "kim-sato.txt")
    bare = msgspec.structs.replace(
        drafted,
        statements=tuple(
            msgspec.structs.replace(s, curation=msgspec.structs.replace(s.curation, notes=()))
            for s in drafted.statements
        ),
    )
    scores = [[(link.ref, link.score) for link in a.links] for a in compare(drafted)[0]]
    assert scores == [[(link.ref, link.score) for link in a.links] for a in compare(bare)[0]]


@pytest.mark.parametrize("asked", ["4.3", "S16"])
def test_a_link_made_through_curation_says_so_on_stderr_when_piped(
    asked: str, summit_cli: Any
) -> None:
    """A piped row names the words its best link meets through the curators' notes, not its
    other links': S16's row to 4.3 showed a score and an empty "Shared" with no word that
    curation made the link. Each such link is named on stderr, and one that shares no word
    of the texts rests on curation only, not partly."""
    result = summit_cli("compare", asked)
    assert result.returncode == 0
    assert (
        "S16: its link to 4.3 rests only on the curators' keywords or notes (issue, abductions)"
    ) in result.stderr
    if asked == "S16":
        assert "its link to 4.2 rests partly on the curators' keywords or notes (issues)" in (
            result.stderr
        )
    assert "S15:" not in result.stderr  # its words are the two texts' own


def test_the_names_of_a_summits_own_people_are_no_content() -> None:
    """A draft's compare listed "Lahti" as said and not signed: the bundled summit's leaders'
    names are stop words, any other summit's people's names were content."""
    from summitcli.draft import draft

    article = (
        "Helsinki, March 3 (STT) -- Finnish President Aino Lahti and Norwegian Prime Minister "
        "Erik Dahl met in Helsinki on Tuesday.\n\n"
        "Lahti said that the two countries would share data on sea ice.\n\n"
        "[Joint Statement between Finland and Norway _2026.3.3. Helsinki]\n\n"
        "President Lahti and Prime Minister Dahl held talks in Helsinki.\n\n"
        "1. Arctic\n\n(1) The two leaders agreed to share data on sea ice in the Arctic.\n\n"
        "/End/\n"
    )
    drafted = draft(article, "article.txt")
    names = {
        word.lower()
        for person in drafted.people
        for name in (person.name, *person.aliases)
        for word in WORD.findall(name)
    }
    alignments, _ = compare(drafted)
    listed = {
        word.lower()
        for alignment in alignments
        for link in alignment.links
        for word in (*link.shared, *link.said_only, *link.signed_only)
    }
    assert listed and names and not listed & names, listed & names


def test_the_countries_of_a_summit_are_no_content() -> None:
    """A new user's summit called "Norway and Chile share the same ocean" partly echoed by the
    preamble that names the two countries, on those names alone: the bundled summit's countries
    are stop words, and so are any summit's own (its country, its people's, stated or curated)."""
    import msgspec

    from summitcli.draft import draft
    from summitcli.model import PersonCuration

    article = (
        "OSLO - Prime Minister Ingrid Solberg received President Mateo Fuentes on Thursday.\n\n"
        '"Norway and Chile share the same ocean and the same responsibility," Solberg said.\n\n'
        "[Joint Statement _2026.3.12. Oslo]\n\n"
        "Prime Minister Ingrid Solberg received President Mateo Fuentes of Chile on an official "
        "visit to Norway.\n\n"
        "1. Trade\n\n(1) The two leaders agreed to expand trade in salmon.\n\n/End/\n"
    )
    drafted = draft(article, "article.txt")
    host, guest = drafted.people
    curated = PersonCuration(country="Chile")
    drafted = msgspec.structs.replace(
        drafted,
        info=msgspec.structs.replace(drafted.info, country="Norway"),
        people=(
            msgspec.structs.replace(host, country="Norway"),
            msgspec.structs.replace(guest, country=None, curation=curated),
        ),
    )
    [alignment], _ = compare(drafted)
    assert alignment.links == [], alignment.links


def test_the_names_in_a_drafts_title_are_no_content() -> None:
    """A new user's draft, its countries not yet filled: a remark on geothermal expertise was
    "partly echoed" by the preamble on "Iceland" and "Norway" alone. The capitalised words of
    the summit's title name the meeting's sides, as its countries do."""
    from summitcli.draft import draft

    article = (
        "OSLO - Prime Minister Jonas Berg met Prime Minister Kristin Dal on Thursday.\n\n"
        "Dal said that Iceland would share its geothermal expertise with Norway.\n\n"
        "[Joint statement on the Norway-Iceland summit _2026.3.12. Oslo]\n\n"
        "Prime Minister Jonas Berg of Norway and Prime Minister Kristin Dal of Iceland held a "
        "summit in Oslo.\n\n"
        "1. Trade\n\n(1) The two leaders agreed to expand trade in salmon.\n\n/End/\n"
    )
    drafted = draft(article, "article.txt")
    assert drafted.info.country == PLACEHOLDER
    [alignment], _ = compare(drafted)
    assert alignment.links == [], alignment.links


def test_the_city_and_the_talks_themselves_are_no_content() -> None:
    """New user 34: "We have talked for too long" was "partly echoed" by a preamble's "held
    talks in Accra", and an account linked to a clause by "ACCRA", the dateline: the city a
    summit was held in and its talks are what every record of it shares, no content."""
    from summitcli.draft import draft

    article = (
        "ACCRA - President Kwame Mensah met President Samuel Kiprotich in Accra on Monday.\n\n"
        '"We have talked for too long," Kiprotich said.\n\n'
        "[Joint communique _2026.2.9. Accra]\n\n"
        "President Mensah and President Kiprotich held talks in Accra.\n\n"
        "1. Trade\n\n(1) The two leaders agreed to open a direct flight to Accra.\n\n/End/\n"
    )
    drafted = draft(article, "article.txt")
    assert drafted.info.city == "Accra"
    [alignment], _ = compare(drafted)
    assert alignment.links == [], alignment.links


def test_the_words_that_frame_speech_are_no_content() -> None:
    """New user 65: a statement's framing, "told reporters", "briefing journalists", "the two
    sides discussed", was listed as only said, as if the release had failed to say it: the
    verbs of saying and their audience, and the sides of any talks, are no content."""
    from summitcli.draft import draft

    article = (
        "LIMA - President Ana Rojas met President Luis Pardo in Lima on Monday.\n\n"
        "Pardo told reporters that the two sides discussed copper, briefing journalists.\n\n"
        "[Joint communique _2026.2.9. Lima]\n\n"
        "President Rojas and President Pardo held talks in Lima.\n\n"
        "1. Trade\n\n(1) The two leaders agreed to open a direct flight to Cusco.\n\n/End/\n"
    )
    drafted = draft(article, "article.txt")
    alignments, _ = compare(drafted)
    framing = {"told", "reporters", "sides", "discussed", "briefing", "journalists"}
    for alignment in alignments:
        assert not framing & {w.lower() for w in alignment.said_only}, alignment.said_only


@pytest.mark.parametrize(
    "dateline",
    [
        "DUBLIN, March 12 (Reuters) - ",
        "LONDON (AFP) \u2013 ",
        "Dublin, 12 March 2027 (dpa) \u2014 ",
    ],
)
def test_a_datelines_words_and_the_weekday_are_no_content(dateline: str) -> None:
    """New user 54: compare listed "March, 12, Reuters, Thursday" as "Only said" for the
    article's first paragraph: a dateline (the place, the day, the agency) and the weekday of the
    news are the story's framing, never what a clause could echo; the same month or number in
    the text itself ("by March 2028") still counts."""
    from summitcli.draft import draft

    article = (
        f"{dateline}Prime Minister Ann Byrne and President Tom Hale vowed on Thursday to "
        "reopen the rail link by March 2028.\n\n"
        "[Joint communique _2027.3.12. Dublin]\n\n"
        "1. Transport\n\n(1) The two leaders agreed to reopen the rail link.\n\n/End/\n"
    )
    [alignment], _ = compare(draft(article, "article.txt"))
    said_only = {word.lower() for word in alignment.links[0].said_only}
    assert said_only == {"vowed", "reopen", "march", "2028"} - {"reopen"}, said_only


def test_a_plural_leaders_title_is_no_content() -> None:
    """ "presidents" was listed as only signed in a new user's Chile-Peru draft, where "the
    leaders" and "president" are stop words: every summit's sides are its presidents."""
    from summitcli.draft import draft

    article = (
        "LIMA - President Ana Soto met President Luis Paz on Monday.\n\n"
        "Soto said that the two countries would manage the rivers.\n\n"
        "[Joint declaration _2026.3.12. Lima]\n\n"
        "The presidents agreed to manage the rivers jointly, and their ministers will meet.\n\n"
        "/End/\n"
    )
    [alignment], _ = compare(draft(article, "article.txt"))
    words = {w for link in alignment.links for w in (*link.shared, *link.signed_only)}
    assert "rivers" in words and not words & {"presidents", "ministers"}, words


@pytest.mark.parametrize(
    ("asked", "said", "words"),
    [
        ("S16", "S16", "issues, issue, abductions"),
        ("4.3", "S16", "issue, abductions"),
        ("4.3", "S15", ""),
    ],
)
def test_a_csv_row_names_what_its_link_shares_only_through_curation(
    asked: str, said: str, words: str, summit_cli: Any
) -> None:
    """`compare 4.3 --format csv` gave S16 "partly echoed" with nothing under "Shared": its
    score rests on the curators' keywords alone, which only stderr said, where a script
    reading the file never looks. The row's own column says which words, marked curated, of
    every link the row lists (S16's to 4.2 and 4.3)."""
    result = summit_cli("compare", asked, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    row = next(r for r in rows if r["type"] == "alignment" and r["Ref"] == said)
    assert row["Shared through curation (curated)"] == words  # one shape or several


def test_a_guessed_speaker_is_said_under_piped_compare_rows(
    tmp_path: Path, summit_cli: Any
) -> None:
    """`compare --speaker` keeps a statement whose speaker a draft only guessed: the row has no
    column to say so, so stderr does, as under `quotes`."""
    from summitcli.loader import load_file

    path = write_draft(tmp_path)
    guessed = next(s for s in load_file(path).statements if s.guess)
    speaker = guessed.people[0].name
    for fmt in ("plain", "csv"):
        result = summit_cli("--data", str(path), "compare", "-s", speaker, "--format", fmt)
        assert f"{guessed.ref}: unreviewed draft: speaker guessed" in result.stderr, fmt


def test_a_release_record_s_guessed_speakers_are_marked_in_its_echoes(
    tmp_path: Path, summit_cli: Any
) -> None:
    """Echo records gained `speakers`, and a draft's guessed clause speakers came in them as
    certain, where `show --json` marks them: JSON says so as `show` does, and plain rows on
    stderr."""
    from summitcli.loader import load_file

    path = write_draft(tmp_path)
    clause = next(c for c in load_file(path).clauses if c.guess)
    compared = summit_cli("--data", str(path), "compare", clause.ref, "--json").stdout
    echoes = json.loads(compared)[0]
    [shown] = json.loads(summit_cli("--data", str(path), "show", clause.ref, "--json").stdout)
    assert echoes["speakers"] == shown["speakers"]
    assert echoes["unreviewed"] == shown["unreviewed"]
    assert "unreviewed" in echoes["curated"]
    piped = summit_cli("--data", str(path), "compare", clause.ref)
    assert f"{clause.ref}: unreviewed draft: speaker guessed" in piped.stderr


CHIPS_ARTICLE = """Kim and Sato agree on semiconductor supply chain at Seoul summit

SEOUL - South Korean President Kim Min-soo and Japanese Prime Minister Taro Sato met in Seoul on March 5, 2026, and agreed to deepen cooperation on semiconductors.

"We will build a resilient supply chain together," President Kim said at a joint press conference.

Prime Minister Sato said that Japan would host the next round of talks in Osaka in June.

The two leaders agreed to launch a working group on chip export controls.

"This is a new chapter," he said.

[Joint statement on the results of the Korea-Japan summit _2026.3.5. Seoul]

President Kim Min-soo and Prime Minister Taro Sato held a summit in Seoul on March 5, 2026.

1. Economic cooperation

(1) The two leaders agreed to establish a working group on semiconductor supply chains.

(2) The two leaders shared the view that export controls should be transparent.

2. People-to-people exchanges

(1) Prime Minister Sato stated that Japan will expand youth exchange programs.

/End/
"""  # noqa: E501 (an article's paragraphs are lines)
"""A new user's article, whose quotation scores 0.3499 against clause 1.1."""


def test_a_shown_score_never_reaches_a_verdict_it_has_not(summit: Summit, tmp_path: Path) -> None:
    """A draft's S1 scored 0.3499, shown "0.35 partly echoed" where the README says echoed
    starts at 0.35: a score is shown cut to two places, never rounded over a threshold."""
    from summitcli import views
    from summitcli.compare import PARTLY
    from summitcli.loader import load_file

    options = views.Options()
    chips = load_file(write_draft(tmp_path, article=CHIPS_ARTICLE))
    scores = [link.score for a in compare(chips)[0] for link in a.links]
    assert any(0.345 <= score < ECHOED for score in scores)  # the case: would round to 0.35
    for found in (summit, chips):
        for alignment in compare(found)[0]:
            score = views.alignment(alignment, options).values[3]
            if not score:
                continue
            shown, phrased = float(score), bool(alignment.best and alignment.best.said_spans)
            partly = shown >= PARTLY or phrased  # a shared phrase is a partial echo
            verdict = "echoed" if shown >= ECHOED else "partly" if partly else "not"
            assert alignment.verdict.startswith(verdict), (found.id, alignment.statement.ref, score)


@pytest.mark.parametrize("fmt", ["markdown", "rich", "csv", "plain"])
def test_an_echo_made_only_through_curation_is_named_beside_the_echoes(
    fmt: str, summit_cli: Any
) -> None:
    """`compare 4.3` listed "Echoed by: S16, S15" first, S16 leading, with nothing there to say
    that only the curators' keywords link S16 to the abductions clause (a new user's find)."""
    result = summit_cli("compare", "4.3", "--format", fmt, COLUMNS="120")
    assert result.returncode == 0
    shown = {
        "markdown": "- Echoed only through curation (curated): S16\n",
        "rich": "Echoed only through curation (curated): S16",
        "csv": 'echoes,korea-japan-2025-08-23,4.3,"S15, S16","0.17, 0.19",S16,',
        "plain": "4.3\tS15, S16\t0.17, 0.19\tS16\n",  # a column of refs keeps refs alone
    }
    assert shown[fmt] in result.stdout
    if fmt in ("plain", "csv"):  # which words, where a row has no room for them
        assert "4.3: its echo by S16 rests only on the curators' keywords or notes (issue, " in (
            result.stderr
        )


def test_echoes_and_links_in_json_say_what_rests_on_curation(summit_cli: Any) -> None:
    """`"curated": []` on 4.3 and S16 while a link's only shared words were the curators':
    each echo carries its words as each link does, and each names its curated field, so that
    `select(.shared != [])` keeps what the source's own words link."""
    [echoes, *_] = json.loads(summit_cli("compare", "4.3", "--json").stdout)
    by_ref = {echo["ref"]: echo for echo in echoes["echoed_by"]}
    assert by_ref["S16"]["shared"] == []
    assert by_ref["S16"]["shared_via_curation"] == ["issue", "abductions"]
    assert by_ref["S16"]["curated"] == ["shared_via_curation"]
    assert by_ref["S15"]["shared"] and by_ref["S15"]["curated"] == []
    [s16] = json.loads(summit_cli("compare", "S16", "--json").stdout)
    assert [link["curated"] for link in s16["links"]] == [["shared_via_curation"]] * 2


def test_one_shared_word_is_never_an_echo() -> None:
    """A new user's expert said "This is not only about copper": one content word, so sharing
    it made a full share and "echoed" (0.50) against a leader's clause. An echo needs at least
    a phrase's worth of shared words; one is at most "partly echoed"."""
    from summitcli.draft import draft

    article = (
        "HANOI - Prime Minister Minh Tran met President Ana Soto on Tuesday.\n\n"
        '"This is not only about copper," said Professor Lena Ruiz, an analyst.\n\n'
        "[Joint statement _2026.3.10. Hanoi]\n\n"
        "1. Trade\n\n(1) President Ana Soto stated that Chile welcomes investment in copper and "
        "lithium.\n\n/End/\n"
    )
    [alignment], _ = compare(draft(article, "article.txt"))
    [link] = alignment.links
    assert link.shared == ["copper"] and link.score >= ECHOED
    assert alignment.verdict == "partly echoed"


def test_a_lede_summing_up_several_clauses_echoes_each_it_shares_a_phrase_with() -> None:
    """New user 56: a lede agreeing on "lithium refining, renewable hydrogen and ocean research"
    linked to the hydrogen clause alone; the clause signing "lithium refining" scored under
    PARTLY (a lede says many things, so each clause holds a small share of them) and its words
    were listed as said only; with one topic more, neither clause was linked. A phrase both
    texts share is at least a partial echo."""
    from summitcli.draft import draft

    article = (
        "LISBON (Reuters) - Prime Minister Rui Costa and President Ana Soto agreed on Monday to "
        "expand cooperation in lithium refining, renewable hydrogen, ocean research and port "
        "logistics, as the two leaders met for the first summit in nine years.\n\n"
        "[Joint statement _2026.5.4. Lisbon]\n\n1. Economy\n\n"
        "(1) The two leaders agreed to establish a working group on lithium refining and "
        "battery value chains.\n\n"
        "(2) The two leaders welcomed cooperation on renewable hydrogen, including a pilot "
        "export corridor.\n\n/End/\n"
    )
    [alignment], echoes = compare(draft(article, "article.txt"))
    links = {link.ref: link for link in alignment.links}
    assert sorted(links) == ["1.1", "1.2"] and alignment.verdict == "partly echoed"
    assert {"lithium", "refining"} <= set(links["1.1"].shared)
    assert all(echo.statements for echo in echoes)


def test_a_link_the_texts_share_words_by_comes_before_a_curated_one(summit: Summit) -> None:
    """As in search, curation finds a link but never outranks the words that say it: 4.3's
    echoes listed S16, linked only by the curators' notes, before S15, which shares "abduction"
    with it (new user 30)."""
    alignments, echoes = compare(summit)
    orders = [[link for _, link in echo.statements] for echo in echoes]
    orders += [alignment.links for alignment in alignments]
    assert any(link.shared for order in orders for link in order)
    for order in orders:
        by_text = [bool(link.shared) for link in order]
        assert by_text == sorted(by_text, reverse=True), [link.ref for link in order]
    [echo] = [echo for echo in echoes if echo.record.ref == "4.3"]
    assert [ref for ref, _ in echo.statements][:1] == ["S15"]


def test_several_refs_are_each_compared_as_if_asked_alone(summit_cli: Any) -> None:
    """`show` and `cite` take many refs; `compare` took one, so `xargs summit compare` failed
    (new user 44)."""

    def compared(*refs: str) -> list[Any]:
        result = summit_cli("compare", *refs, "--json")
        assert result.returncode == 0, result.stderr
        found: list[Any] = json.loads(result.stdout)
        return found

    assert compared("S5", "2.2", "S7") == compared("S5") + compared("2.2") + compared("S7")
    assert compared("S5", "S5") == compared("S5")  # asked twice, given once
    wrong = summit_cli("compare", "S5", "4")
    assert (wrong.returncode, wrong.stdout) == (2, "")
    assert "4 is a section" in wrong.stderr


@pytest.mark.parametrize("ref", ["S5", "S7", "S14"])
def test_a_quotation_compared_keeps_the_articles_framing(summit_cli: Any, ref: str) -> None:
    """`show`, `quotes` and `read` give a quotation's framing ("He added,"); `compare` dropped
    it in Markdown and JSON, so the quotation lost the words that say who spoke (new user 45).
    Each statement that has one carries it, as the article's words."""
    [statement] = json.loads(summit_cli("show", ref, "--json").stdout)
    framing = statement["attribution"]
    [compared] = json.loads(summit_cli("compare", ref, "--json").stdout)
    assert compared["attribution"] == framing
    report = summit_cli("compare", ref, "--format", "markdown").stdout
    if framing:
        assert f"- Framed by the article: {framing}" in report.replace("\\", ""), report
    else:
        assert "Framed by the article" not in report


NORDIC_ARTICLE = """Norway and Iceland agree on fisheries research

OSLO - Norwegian Prime Minister Kari Lund and Icelandic Prime Minister Jon Arnason met in Oslo on May 4, 2026.

"Norwegian and Icelandic scientists will share fisheries data," Lund said at a joint press conference.

Arnason said that the Icelandic fleet would test Norwegian nets.

[Joint statement between the Kingdom of Norway and Iceland _2026.5.4. Oslo]

Prime Minister Kari Lund of Norway and Prime Minister Jon Arnason of Iceland held talks in Oslo.

1. Fisheries

(1) The two Prime Ministers agreed that scientists will share fisheries data and test nets.

/End/
"""  # noqa: E501 (an article's paragraphs are lines)
"""A draft whose statements name the two sides by their nationalities."""


def test_a_summits_nationalities_are_no_content(tmp_path: Path) -> None:
    """The README: the names of a summit's countries are left out of the words compared, but
    their nationalities were not, so a draft's S1 had "Norwegian" and "Icelandic" only said
    and the score lowered by them (new user 45)."""
    from summitcli.loader import load_file

    nordic = load_file(write_draft(tmp_path, article=NORDIC_ARTICLE))
    words = {
        word.lower()
        for alignment in compare(nordic)[0]
        for link in alignment.links
        for word in (*link.shared, *link.said_only, *link.signed_only)
    }
    assert words and not words & {"norwegian", "icelandic", "norway", "iceland"}, words
    assert {"scientists", "fisheries"} <= words  # content words stay


def test_every_compare_csv_row_names_its_own_record_under_ref(summit_cli: Any) -> None:
    """`compare --format csv` put a statement's ref under "Said" and a release record's under
    "Signed", the column where a statement's row lists the records it is linked to (new user
    45): a script joining rows back to `show` could not tell which ref was the row's own. Each
    row names its record under "Ref", as JSON's `ref`; "Signed" holds only the links."""
    rows = list(csv.DictReader(io.StringIO(summit_cli("compare", "--format", "csv").stdout)))
    records = json.loads(summit_cli("compare", "--json").stdout)
    assert [(r["type"], r["Ref"]) for r in rows] == [(r["type"], r["ref"]) for r in records]
    assert {r["Signed"] for r in rows if r["type"] == "echoes"} == {""}
