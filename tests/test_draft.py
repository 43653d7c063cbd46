"""`summit draft`: the bundled source drafted back into its verbatim records, synthetic articles
with hard cases, and the command's file handling."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import msgspec
import pytest

from conftest import (
    DRAFTS,
    SOURCE,
    SOURCE_MISSING,
    SUMMIT,
    bench_module,
    unplaced,
    write_draft,
)
from summitcli.article import DraftError
from summitcli.draft import (
    HEAD,
    HONORIFIC_KINDS,
    Attribution,
    Found,
    Ground,
    Resolver,
    _initials_of,
    _same_country,
    draft_article,
    encode,
    find_people,
    half_read_names,
    is_certain,
    quotations,
    sentences,
    unlisted_carriers,
)
from summitcli.draft import draft as draft_summit
from summitcli.model import PLACEHOLDER, UNCHECKED_GUESS, Summit, guesses
from summitcli.problems import loaded
from summitcli.render.plain import GUESSES_NAMED
from summitcli.validate import article_problems, placement_problems, validate_path


def draft(text: str, source_file: str) -> dict[str, Any]:
    """A draft as the JSON it is written as, which is what a curator edits."""
    document: dict[str, Any] = json.loads(encode(draft_summit(text, source_file)))
    return document


BENCH = Path(__file__).parents[1] / "bench"


def _verbatim(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Every verbatim record with what identifies it: text, kind, speakers, subjects, frame."""
    release = document["release"]
    records: list[tuple[Any, ...]] = [("title", release["title"])]
    records += [(p["ref"], p["text"], p.get("speakers")) for p in release["preamble"]]
    for section in release["sections"]:
        records.append((section["number"], section["title"]))
        records += [(c["ref"], c["text"], c.get("speakers")) for c in section["clauses"]]
    records += [
        (s["ref"], s["kind"], s["text"], s.get("speakers"), s.get("subjects"), s.get("attribution"))
        for s in document["statements"]
    ]
    records += [(n["ref"], n["kind"], n["text"]) for n in document["narration"]]
    return records


def test_drafting_the_source_gives_back_every_verbatim_record(raw_data: dict[str, Any]) -> None:
    if not SOURCE.is_file():
        pytest.skip(SOURCE_MISSING)
    drafted = draft(SOURCE.read_text(encoding="utf-8"), SOURCE.name)
    expected = _verbatim(raw_data)
    got = _verbatim(drafted)
    same = sum(a == b for a, b in zip(got, expected, strict=False))
    print(f"{same} of {len(expected)} verbatim records exact")
    assert got == expected  # 49 records: release, statements with speakers, narration
    people = {p["id"]: p["role"] for p in drafted["people"]}
    assert people["lee-jae-myung"] == "President of South Korea"
    assert drafted["summit"]["date"] == "2025-08-23"


def _open_items_only(path: Path, drafted: dict[str, Any]) -> None:
    """A draft is valid but for its open review items and the placeholders it left, and valid
    once they are cleared and filled and its guesses' notes say they were checked."""
    path.write_text(json.dumps(drafted))
    problems = [(where, message) for _, where, message in validate_path(path)]
    review = drafted["curation"]["review"]
    open_items = [p for p in problems if "placeholder" not in p[1]]
    assert [where for where, _ in open_items] == [
        f"$.curation.review[{i}]" for i in range(len(review))
    ]
    assert all(
        message.startswith(f"open review item: {item}")
        for (_, message), item in zip(open_items, review, strict=True)
    )  # a guess's item goes on with the note's step (`validate.review_problems`)
    assert review
    drafted["curation"]["review"] = []
    filled = json.dumps(drafted).replace(json.dumps(PLACEHOLDER), '"filled in"')
    path.write_text(filled.replace(UNCHECKED_GUESS, "(checked)"))
    assert validate_path(path) == []


def test_a_draft_is_valid_once_its_review_is_cleared_and_placeholders_filled(
    tmp_path: Path,
) -> None:
    if not SOURCE.is_file():
        pytest.skip(SOURCE_MISSING)
    _open_items_only(
        tmp_path / "draft.json", draft(SOURCE.read_text(encoding="utf-8"), SOURCE.name)
    )


@pytest.mark.parametrize("name", ["kim-sato", "park-tanaka"])
def test_synthetic_articles(name: str, tmp_path: Path) -> None:
    """Hard cases: a pronoun across paragraphs, two people named Kim, curly quotes and 「」, a
    quotation split by its attribution, one alone after a paragraph break (its speaker a guess), a
    release missing clause (2)."""
    drafted = draft((DRAFTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    expected = json.loads((DRAFTS / f"{name}.expected.json").read_text(encoding="utf-8"))
    statements = [(s["kind"], s.get("speakers", []), s["text"]) for s in drafted["statements"]]
    wanted = [tuple(item) for item in expected["statements"]]
    assert [text for _, _, text in statements] == [text for _, _, text in wanted]
    right = sum(got[:2] == want[:2] for got, want in zip(statements, wanted, strict=True))
    accuracy = right / len(wanted)
    print(f"{name}: speakers right for {right} of {len(wanted)} ({accuracy:.0%})")
    assert right == len(wanted)  # 5 and 7 statements: 0.9 would have allowed no error either
    release = drafted["release"]
    assert release["title"] == expected["release"]["title"]
    assert [[p["ref"], p.get("speakers")] for p in release["preamble"]] == expected["release"][
        "preamble"
    ]
    assert [c["ref"] for s in release["sections"] for c in s["clauses"]] == expected["release"][
        "clauses"
    ]
    review = " ".join(drafted["curation"]["review"])
    for item in expected["review"]:
        assert item in review
    _open_items_only(tmp_path / "draft.json", drafted)


def test_draft_reads_stdin_and_writes_stdout_for_a_dash(tmp_path: Path) -> None:
    """`-` is stdin for the article and stdout for `-o`, as for most tools: never a file named
    "-" (a new user's trial wrote one)."""
    article = DRAFTS / "kim-sato.txt"
    named = subprocess.run([str(SUMMIT), "draft", str(article)], capture_output=True, check=True)
    with article.open("rb") as stdin:
        piped = subprocess.run(
            [str(SUMMIT), "draft", "-", "-o", "-"],
            stdin=stdin,
            capture_output=True,
            cwd=tmp_path,
            check=True,
        )
    assert b"kim-sato.txt" in named.stdout
    piped_draft, named_draft = json.loads(piped.stdout), json.loads(named.stdout)
    assert piped_draft["id"] == named_draft["id"]
    # every citation would say "From stdin.": the file is the curator's to name (new user 25)
    assert piped_draft["source"]["file"] == PLACEHOLDER
    asked = "source.file: read from standard input: write the article's file name or address"
    assert piped_draft["curation"]["review"] == [*named_draft["curation"]["review"], asked]
    assert f"summit: review: {asked}".encode() in piped.stderr
    assert list(tmp_path.iterdir()) == []


def test_two_undated_drafts_of_one_title_load_together(tmp_path: Path, summit_cli: Any) -> None:
    """A release title with no date gave every such draft the id "<title>-undated": two in
    one folder were refused as one summit twice. The file's name tells them apart."""
    article = (
        "Kim Min-soo met Taro Sato in Seoul.\n\n[Joint statement on the summit]\n\n"
        "1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    for name in ("monday", "tuesday"):
        (tmp_path / f"{name}.txt").write_text(article, encoding="utf-8")
        made = summit_cli(
            "draft", str(tmp_path / f"{name}.txt"), "-o", str(tmp_path / f"{name}.json")
        )
        assert made.returncode == 0, made.stderr
    (tmp_path / "monday.txt").unlink()
    (tmp_path / "tuesday.txt").unlink()
    result = summit_cli("--data", str(tmp_path), "info", "--json")
    assert result.returncode == 0, result.stderr
    ids = [summit["id"] for summit in json.loads(result.stdout)]
    assert len(set(ids)) == 2 and all("monday" in i or "tuesday" in i for i in ids)


NUMBERED = (
    "Leaders meet\n\nPrime Minister Rui Tavares met Prime Minister Lucia Navarro.\n\n"
    "[Joint statement _2026.4.2. Lisbon]\n\n1. Trade\n\n(1) Trade will grow.\n\n"
    "{second}. Energy\n\n(1) Energy will flow.\n\n/End/\n"
)


def test_a_section_number_used_twice_is_refused_before_a_draft_no_command_could_load(
    tmp_path: Path, summit_cli: Any
) -> None:
    """Sections "1." and "1." made a draft every query command refused ("ref '1' is used
    twice"), with exit 0 and no word (new user 25): refused, naming the paragraph."""
    (tmp_path / "a.txt").write_text(NUMBERED.format(second=1), encoding="utf-8")
    result = summit_cli("draft", str(tmp_path / "a.txt"), "-o", str(tmp_path / "a.json"))
    assert result.returncode == 2 and not (tmp_path / "a.json").exists()
    assert "section 1 is numbered twice (paragraphs 4 and 6)" in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(("name", "code"), [("a\tb.txt", "U+0009"), ("a\u202eb.txt", "U+202E")])
def test_an_article_name_a_summit_file_cannot_keep_is_refused_before_a_draft(
    tmp_path: Path, summit_cli: Any, name: str, code: str
) -> None:
    """An article named with a tab or a bidi override drafted with exit 0 into a file whose
    source.file every command then refused (new user 51): refused, naming the character and
    the way out, before anything is written."""
    article = tmp_path / name
    article.write_text((DRAFTS / "kim-sato.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = summit_cli("draft", str(article), "-o", str(tmp_path / "a.json"))
    assert result.returncode == 2 and not (tmp_path / "a.json").exists()
    assert code in result.stderr and "stdin" in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and name not in result.stderr


def test_a_person_named_after_the_end_of_the_document_is_the_article_s() -> None:
    """New user 60: the journalists of a credit line after `/End/` had provenance
    `part: release`, where the narration of that very paragraph said `article`."""
    article = NUMBERED.format(second=2) + "\n(Reporting by Anna Lind; Editing by Erik Berg)\n"
    drafted = draft_summit(article, "a.txt")
    [credit] = [n for n in drafted.narration if n.text.startswith("(Reporting")]
    credited = [p for p in drafted.people if p.name in ("Anna Lind", "Erik Berg")]
    assert len(credited) == 2
    assert {p.provenance.part for p in credited} == {credit.provenance.part} == {"article"}
    assert loaded(encode(drafted))[1] == []


@pytest.mark.parametrize("numbered", [True, False])
def test_what_follows_the_end_of_the_document_is_the_article_s_note(numbered: bool) -> None:
    """A press release's "Notes to editors" after `/End/` was read as the joint document: its
    numbered notes as sections (refused: "section 1 is numbered twice"), its press officer's
    phone line cited as the joint statement's (new user 51). After `/End/` the text is the
    outlet's notes, the article's, as the bundled source's last line is."""
    notes = ["Notes to editors", "The ministry leads on Arctic policy.", "Call 22 24 00 00."]
    if numbered:
        notes[1:] = [f"{n}. {note}" for n, note in enumerate(notes[1:], start=1)]
    article = NUMBERED.format(second=2) + "\n" + "\n\n".join(notes) + "\n"
    drafted = draft_summit(article, "a.txt")
    assert [s.title for s in drafted.release.sections] == ["Trade", "Energy"]
    tail = [n for n in drafted.narration if n.text in notes]
    assert [n.text for n in tail] == notes
    assert {(n.kind, n.provenance.part) for n in tail} == {("note", "article")}
    assert not [item for item in drafted.curation.review if "neither section nor clause" in item]
    assert loaded(encode(drafted))[1] == []
    assert article_problems(drafted, "a.txt", article) == []
    # a story going on after the document would be no one's words: the curator is told once
    # (new user 58: the notes had no review item)
    [after] = [item for item in drafted.curation.review if "after the joint document" in item]
    first = min(n.provenance.paragraph for n in tail)
    assert after.startswith(f"paragraphs {first}-{first + 2}: after the joint document's /End/")


def test_a_document_ending_the_article_has_no_review_item_for_what_follows() -> None:
    drafted = draft_summit(NUMBERED.format(second=2), "a.txt")
    assert not [item for item in drafted.curation.review if "after the joint document" in item]


def test_a_section_number_out_of_sequence_is_a_review_item() -> None:
    drafted = draft(NUMBERED.format(second=3), "a.txt")
    assert "section 3 where section 2 was expected" in drafted["curation"]["review"]


def test_draft_writes_a_file_and_never_overwrites(tmp_path: Path, summit_cli: Any) -> None:
    article = DRAFTS / "kim-sato.txt"
    output = tmp_path / "draft.json"
    result = summit_cli("draft", str(article), "-o", str(output))
    assert result.returncode == 0 and result.stdout == ""
    assert "summit: review: section 1: clause (3) where (2) was expected" in result.stderr
    assert json.loads(output.read_text())["id"] == "korea-japan-summit-2026-03-05"
    # what was written and what comes next, last (new user 62: nothing said it wrote the file)
    items = len(json.loads(output.read_text())["curation"]["review"])
    assert result.stderr.splitlines()[-1] == (
        f"summit: wrote {output}: {items} review items to clear, then: summit validate "
        f"{output} --article {article}"
    )
    mine = output.read_text().replace("Kim", "Kim ", 1)  # the curator at work
    output.write_text(mine)
    refused = summit_cli("draft", str(article), "-o", str(output))
    assert refused.returncode == 2 and "already exists; --force replaces it" in refused.stderr
    assert output.read_text() == mine
    assert summit_cli("draft", str(article), "-o", str(output), "--force").returncode == 0
    piped = summit_cli("draft", str(article))
    assert json.loads(piped.stdout)["release"]["sections"][0]["title"] == "Energy"
    quotes = summit_cli("--data", str(output), "quotes", "-s", "Sato")
    assert quotes.returncode == 0 and "Japan will send experts." in quotes.stdout
    assert quotes.stderr.count("is an unreviewed draft") == 1
    checked = summit_cli("validate", str(output))
    assert checked.returncode == 2 and "open review item: " in checked.stdout


@pytest.mark.parametrize("forced", [["--force"], []])
@pytest.mark.parametrize("review", [[], None])
def test_force_never_replaces_a_reviewed_summit_file(
    tmp_path: Path, summit_cli: Any, review: list[str] | None, forced: list[str]
) -> None:
    """New user 60: `draft -o oslo.json --force` over the file they had reviewed (validate
    passed, no review item left) replaced it with a fresh draft, their curation lost. --force
    replaces a draft still under review; a reviewed file, never, and without --force the
    message says so (new user 62: "already exists; --force replaces it", which then refused)."""
    article, output = DRAFTS / "kim-sato.txt", tmp_path / "draft.json"
    assert summit_cli("draft", str(article), "-o", str(output)).returncode == 0
    reviewed = json.loads(output.read_text())
    if review is None:
        del reviewed["curation"]["review"]
    else:
        reviewed["curation"]["review"] = review
    output.write_text(json.dumps(reviewed))
    before = output.read_text()
    refused = summit_cli("draft", str(article), "-o", str(output), *forced)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
    assert "is a reviewed summit file" in refused.stderr
    assert output.read_text() == before


@pytest.mark.parametrize(
    ("name", "content"),
    [("article.txt", "President Kim met Prime Minister Sato.\n"), ("notes.json", "[1, 2]")],
)
def test_force_replaces_no_file_that_is_no_summit_file(
    tmp_path: Path, summit_cli: Any, name: str, content: str
) -> None:
    """New user 64: `draft other.txt -o article.txt --force` replaced an article with a draft
    (kept as article.txt~), where `export --force` refuses a file of another kind: --force is
    for an earlier draft, and a file that is no summit file was named by mistake. An empty
    file, as `touch` leaves, is none."""
    article, output = DRAFTS / "kim-sato.txt", tmp_path / name
    output.write_text(content)
    refused = summit_cli("draft", str(article), "-o", str(output), "--force")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
    assert f"{output} is no summit file; --force replaces only a draft" in refused.stderr
    assert output.read_text() == content and sorted(tmp_path.iterdir()) == [output]
    output.write_text("")
    assert summit_cli("draft", str(article), "-o", str(output), "--force").returncode == 0


def test_force_keeps_the_draft_it_replaces_beside_it(tmp_path: Path, summit_cli: Any) -> None:
    """New user 62: `--force` over a draft with one review item left and its outcomes, topics
    and timeline written replaced it without a word, the curation lost. The file it replaces
    is kept as NAME~ (which a --data folder never reads), and a note says so; a kept file is
    never replaced (new user 63: a second --force wrote the fresh draft over NAME~, the
    curation lost after all): the next is NAME~2, and a file the draft would write again
    byte for byte needs no copy."""
    article, output = DRAFTS / "kim-sato.txt", tmp_path / "draft.json"
    assert summit_cli("draft", str(article), "-o", str(output)).returncode == 0
    fresh = output.read_text()
    curated = json.loads(fresh)
    curated["curation"]["review"] = curated["curation"]["review"][:1]
    output.write_text(json.dumps(curated))
    kept: dict[str, str] = {}
    for name, before in [("draft.json~", json.dumps(curated)), ("", fresh), ("draft.json~2", "")]:
        before = before or fresh.replace("Kim", "Kim ", 1)  # the curator at work again
        output.write_text(before)
        replaced = summit_cli("draft", str(article), "-o", str(output), "--force")
        assert replaced.returncode == 0, replaced.stderr
        assert output.read_text() == fresh
        note = f"summit: note: {output} replaced; the file it was is kept as {tmp_path / name}\n"
        assert (note in replaced.stderr) == bool(name), replaced.stderr
        assert ("kept as" in replaced.stderr) == bool(name)
        kept |= {name: before} if name else {}
        assert {n: (tmp_path / n).read_text() for n in kept} == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.json", *sorted(kept)]
    assert summit_cli("--data", str(tmp_path), "info").returncode == 0


@pytest.mark.parametrize("where", ["existing.json", "missing/draft.json", "folder"])
def test_draft_checks_where_it_writes_before_drafting(
    tmp_path: Path, summit_cli: Any, where: str
) -> None:
    """A draft takes seconds: a file that exists, a folder, or a folder that is not there was
    refused only after it (new user 45). An article the rules refuse shows the order: the
    output is named, not the article, and nothing is left behind."""
    (tmp_path / "existing.json").write_text("mine")
    (tmp_path / "folder").mkdir()
    (tmp_path / "a.txt").write_text("Just a paragraph of prose.\n\nAnd another.")
    result = summit_cli("draft", str(tmp_path / "a.txt"), "-o", str(tmp_path / where))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert str(tmp_path / where) in result.stderr and "joint document" not in result.stderr
    assert (tmp_path / "existing.json").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "existing.json", "folder"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty: nothing to draft"),
        ("  \n\n ", "is empty: nothing to draft"),
        ("Just a paragraph of prose.\n\nAnd another.", "no joint document"),
        ("[Joint statement _2026.1.2. Oslo]\n\n1. One\n\n(1) Agreed.", "no article before"),
        (
            "Head\n\nKim said\tyes.\n\n[J _2026.1.2. Oslo]",
            "line 3: holds the control character U+0009",
        ),
        ("Kim said\u200b yes.", "line 1: holds the invisible format character U+200B"),
        ('{\n  "format": 1,\n  "summit": {}\n}\n', "is JSON, not an article"),  # new user 34
    ],
)
def test_input_that_is_not_an_article_is_refused(
    text: str, message: str, tmp_path: Path, summit_cli: Any
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    result = summit_cli("draft", str(article))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", "[Photo: Reuters/Ingrid Berg]"),  # a caption in the article (new user 58)
        ("[Yonhap]", ""),  # an agency's tag over the story: "no article before" was untrue
        ("[Yonhap]", "[Photo: Reuters/Ingrid Berg]"),
    ],
)
def test_a_bracketed_line_in_the_article_is_not_the_joint_documents_title(
    before: str, after: str
) -> None:
    """The joint document's title is the bracketed paragraph its sections follow, not the
    first one: a caption was taken for it, and the article's quotations became the release's
    preamble, cited as the joint document's words."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    plain = draft_summit(article, "kim-sato.txt")
    lede, rest = article.split("\n\n", 1)
    text = "\n\n".join(part for part in (before, lede, after, rest) if part)
    drafted = draft_summit(text, "kim-sato.txt")
    assert drafted.release.title == plain.release.title
    assert [s.text for s in drafted.statements] == [s.text for s in plain.statements]
    bracketed = {n.text for n in drafted.narration} & {before, after}
    assert bracketed == {before, after} - {""}
    assert loaded(encode(drafted))[1] == []


@pytest.mark.parametrize("joined", ["caption above", "caption below", "every paragraph"])
def test_a_caption_on_a_paragraph_s_own_line_leaves_its_other_lines_drafted(joined: str) -> None:
    """New user 64: an article copied from a web page, its paragraphs one line each with no
    blank line between, was one paragraph holding the photo caption's "/Courtesy of", and every
    line of it became a caption: the leaders' quotations were drafted as "the article" with no
    review item. A caption is the line that holds the credit, not the lines beside it."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    story, release = article.split("\n\n[", 1)
    paragraphs = story.split("\n\n")
    if joined == "every paragraph":
        paragraphs = ["\n".join(paragraphs)]
    else:
        at = 1 if joined == "caption above" else 0
        paragraphs[at : at + 2] = ["\n".join(paragraphs[at : at + 2])]
    drafted = draft_summit("\n\n".join(paragraphs) + "\n\n[" + release, "kim-sato.txt")
    plain = draft_summit(article, "kim-sato.txt")
    assert [(s.text, s.speakers) for s in drafted.statements] == [
        (s.text, s.speakers) for s in plain.statements
    ]
    captions = [n.text for n in drafted.narration if n.kind == "caption"]
    assert captions == [n.text for n in plain.narration if n.kind == "caption"] != []


def test_the_bundled_source_with_one_line_paragraphs_drafts_as_with_blank_lines() -> None:
    """New user 64's copy of the bundled article, its paragraphs on single lines as a web page
    gives them: its captions, "◇" heading and "※" note are lines among the paragraph's, and
    every other line is drafted as before (it was all captions, 0 statements)."""
    if not SOURCE.exists():
        pytest.skip(SOURCE_MISSING)
    source = SOURCE.read_text(encoding="utf-8")
    story, release = source.split("\n[", 1)
    one_line = draft_summit(story.replace("\n\n", "\n") + "\n[" + release, SOURCE.name)
    plain = draft_summit(source, SOURCE.name)
    assert [(s.text, s.speakers) for s in one_line.statements] == [
        (s.text, s.speakers) for s in plain.statements
    ]
    assert [(n.text, n.kind) for n in one_line.narration] == [
        (n.text, n.kind) for n in plain.narration
    ]


def test_accents_written_as_combining_marks_draft_as_composed_ones() -> None:
    """New user 58: an article saved with decomposed accents (NFD, as some Mac tools write
    it) cut names at the accent ("Kristrún Frostado") and lost people: Unicode holds both
    spellings as the same text, so the draft reads the composed one (NFC)."""
    article = (DRAFTS / "tuning" / "efe-madrid.txt").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFD", article) != article
    composed = draft_summit(article, "efe-madrid.txt")
    decomposed = draft_summit(unicodedata.normalize("NFD", article), "efe-madrid.txt")
    assert encode(decomposed) == encode(composed)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007"])
def test_no_break_spaces_draft_as_spaces(space: str) -> None:
    """New user 58: a name written with a no-break space, as web pages join "Lee Ha-na",
    was no name: the person went unlisted and their words unattributed. The space is
    typography, not a word: the draft reads it as a space, and its texts stand in the article
    as the coverage check compares them, spaces aside."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    unbroken = article.replace(" ", space)
    drafted = draft_summit(unbroken, "a.txt")
    assert encode(drafted) == encode(draft_summit(article, "a.txt"))
    assert article_problems(drafted, "a.txt", unbroken) == []


def _hard_wrapped(article: str, width: int, title_whole: bool = False) -> str:
    """The article as a mail client or a terminal copy leaves it: each paragraph's words
    wrapped at `width` columns (the document's [title] kept on one line if `title_whole`)."""
    import textwrap

    return "\n\n".join(
        p if title_whole and p.startswith("[")
        else textwrap.fill(p, width, break_on_hyphens=False, break_long_words=False)
        for p in article.split("\n\n")
    )  # fmt: skip


@pytest.mark.parametrize("width", [40, 70])
def test_unwrap_drafts_a_hard_wrapped_article_as_the_article(width: int) -> None:
    """New user 60: an article hard-wrapped at 70 columns drafted each line as a record, its
    quotations unattributed and clauses cut mid-sentence. `--unwrap` joins each paragraph's
    lines (a line opening a section, a clause or /End/ stays its own), and the draft is the
    unwrapped article's, passing the coverage check against the article as it is."""
    from summitcli.article import read_article

    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    wrapped = _hard_wrapped(article, width)
    assert wrapped != article
    drafted = draft_article(read_article(wrapped, unwrap=True), "a.txt")
    assert encode(drafted) == encode(draft_summit(article, "a.txt"))
    assert article_problems(drafted, "a.txt", wrapped) == []
    tight = read_article(article.replace("1. Energy\n\n", "1. Energy\n"), unwrap=True)
    assert "1. Energy\n(1) " in "\n\n".join(tight.paragraphs)  # a clause opens its own line


@pytest.mark.parametrize(("title_whole", "said"), [(True, "summit: note: "), (False, "title runs")])
def test_a_hard_wrapped_article_is_pointed_to_unwrap(
    tmp_path: Path, summit_cli: Any, title_whole: bool, said: str
) -> None:
    """A line run on into the next is a note after the review; a [title] wrapped over lines
    left no joint document to find, which the refusal says."""
    article = tmp_path / "a.txt"
    text = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    wrapped = _hard_wrapped(text, 40, title_whole)
    article.write_text(wrapped)
    plain = summit_cli("draft", str(article))
    assert said in plain.stderr and "draft it with --unwrap" in plain.stderr, plain.stderr
    unwrapped = summit_cli("draft", str(article), "--unwrap")
    assert unwrapped.returncode == 0 and "--unwrap" not in unwrapped.stderr


def test_a_paragraphs_lines_are_records_of_their_own_and_encoding_marks_are_no_text() -> None:
    """A headline over its subhead is two records (no summit text holds a line break, so one
    record of both was a draft no command would load); a byte order mark, Windows line ends
    and old Mac ones (a lone carriage return, refused as a control character: new user 64)
    draft as the plain article does."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    head = "Leaders agree on energy\nTalks in Seoul run late"
    drafted = draft_summit(f"{head}\n\n{article}", "a.txt")
    assert [n.text for n in drafted.narration[:2]] == head.split("\n")
    assert loaded(encode(drafted))[1] == []
    tight = draft_summit(article.replace("1. Energy\n\n", "1. Energy\n"), "a.txt")
    section = tight.release.sections[0]  # a section's title over its first clause, no blank line
    assert (section.title, section.clauses[0].ref) == ("Energy", "1.1")
    assert loaded(encode(tight))[1] == []
    for line_end in ("\r\n", "\r"):
        marked = draft_summit("\ufeff" + article.replace("\n", line_end), "kim-sato.txt")
        assert encode(marked) == encode(draft_summit(article, "kim-sato.txt"))


def _scorer() -> Any:
    return bench_module("draft_score")


def test_the_scorer_counts_right_wrong_flagged_missed_and_dropped() -> None:
    """A hand-made draft of a three-statement article: one right, one wrong but flagged, one
    missed (kept as an account of its speaker), a silent person marked as a speaker, and one
    sentence in no record."""
    text = (
        '"We agree," Ann Lee said. Bob Kim said the talks went well. Cal Park said no. Rain fell.'
        "\n\n[Joint statement _2026.1.2. Oslo]\n\n1. One\n\n(1) The two leaders agreed."
    )
    person = {"country": "x", "provenance": {"part": "article", "paragraph": 1}}
    clause = {"ref": "1.1", "text": "The two leaders agreed.",
              "provenance": {"part": "release", "paragraph": 4}}  # fmt: skip
    document: dict[str, Any] = {
        "format": 1, "id": "x",
        "summit": {"title": "x", "date": "2026-01-02", "city": "Oslo", "country": "x",
                   "venue": "x", "visit": "x", "provenance": {"part": "release", "paragraph": 2}},
        "people": [{"id": "a", "name": "Ann  Lee", "role": "President", "speaker": True, **person},
                   {"id": "b", "name": "Bob Kim", "role": "Minister", "speaker": True, **person},
                   {"id": "c", "name": "Cal Park", "role": "Envoy", "speaker": True, **person}],
        "release": {"title": "Joint statement _2026.1.2. Oslo",
                    "provenance": {"part": "release", "paragraph": 2}, "preamble": [],
                    "sections": [{"number": 1, "title": "One",
                                  "provenance": {"part": "release", "paragraph": 3},
                                  "clauses": [clause]}]},
        "statements": [
            {"ref": "S1", "kind": "direct", "text": "We agree", "speakers": ["a"],
             "attribution": "Ann Lee said.", "provenance": {"part": "article", "paragraph": 1}},
            {"ref": "S2", "kind": "reported", "text": "Bob Kim said the talks went well.",
             "speakers": ["a"], "provenance": {"part": "article", "paragraph": 1}},
            {"ref": "S3", "kind": "account", "text": "Cal Park said no.", "subjects": ["c"],
             "provenance": {"part": "article", "paragraph": 1}},
        ],
        "curation": {"review": ["S2: the speaker is a guess"]},
    }  # fmt: skip
    gold = {
        "statements": [
            {"text": "We agree", "speakers": ["ann lee"], "kind": "direct"},
            {"text": "the talks went well", "speakers": ["Bob Kim"], "kind": "reported"},
            {"text": "no", "speakers": ["Cal Park"], "kind": "reported"},
            {
                "text": "The two leaders agreed",
                "speakers": ["Ann Lee", "Bob Kim"],
                "kind": "reported",
            },
        ],
        "people": [
            {"name": "Ann Lee", "role": "President", "speaker": True},
            {"name": "Bob Kim", "role": "Minister", "speaker": True},
            {"name": "Cal Park", "role": "Envoy", "speaker": False},
        ],
    }
    figures = _scorer().score_document(document, text, gold, "tiny")
    assert (figures.statements, figures.exact, figures.missed) == (4, 1, 2)
    assert figures.missed_in_clauses == 1  # the clause's: the format gives clauses no speakers
    assert (figures.wrong, figures.wrong_flagged, figures.flagged) == (1, 1, 1)
    assert (figures.speakers, figures.speakers_listed) == (2, 2)
    assert (figures.silent, figures.silent_listed) == (1, 0)
    assert figures.dropped == 1 and "Rain fell." in " ".join(figures.failures)
    assert figures.name_form == 0  # S2 went to another person
    assert figures.missed_as_account == 1  # S3 is Cal Park's, as an account
    document["statements"][2]["subjects"] = ["a"]
    assert _scorer().score_document(document, text, gold, "tiny").missed_as_account == 0
    document["curation"] = {"review": []}
    assert _scorer().score_document(document, text, gold, "tiny").wrong_flagged == 0
    document["people"][1]["name"] = "Chief Bob Kim"
    document["statements"][1]["speakers"] = ["b"]
    figures = _scorer().score_document(document, text, gold, "tiny")
    assert (figures.wrong, figures.name_form, figures.name_form_flagged) == (1, 1, 0)


@pytest.mark.parametrize(
    ("drafted", "gold", "forms"),
    [
        (["salim harthy"], ["sheikh salim harthy"], {"salim harthy": "sheikh salim harthy"}),
        (["ratu epeli rabuka"], ["epeli rabuka"], {"ratu epeli rabuka": "epeli rabuka"}),
        (["abdullah"], ["abdullah ii", "hussein bin abdullah"], {}),  # two partners: no one
        (["almaz tokon"], ["almaz tokon uulu"], {"almaz tokon": "almaz tokon uulu"}),
        (["tan"], ["tan see leng", "tan chuan-jin"], {}),
        (["president doe-roe"], ["jane doe-roe"], {}),  # a title is not a given name
        (["mya thein", "daw mya thein"], ["mya thein"], {}),  # the draft made two people of one
        (["ann lee"], ["ann lee"], {"ann lee": "ann lee"}),
        (["lee"], ["ann lee", "bo lee"], {}),
        (["anwar"], ["anwar ibrahim", "dewi fortuna anwar"], {}),
    ],
)
def test_the_scorer_tells_a_name_s_form_from_another_person(
    drafted: list[str], gold: list[str], forms: dict[str, str]
) -> None:
    """Writers of gold disagree on titles of address and particles; a wrong attribution to the
    right person under another form of the name is counted apart, never when it could be two."""
    assert _scorer().name_forms(drafted, gold) == forms


GOOD_PERSON = {"name": "Ann Lee", "role": "President", "speaker": True}
GOOD_STATEMENT = {"text": "We agree", "speakers": ["Ann Lee"], "kind": "direct"}


@pytest.mark.parametrize(
    ("gold", "article", "said"),
    [
        ({"statements": [GOOD_STATEMENT], "people": [GOOD_PERSON]}, None, "no article a.txt"),
        (
            {"statements": [], "people": [{"name": "Ann Lee", "speaker": True}]},
            '"We agree," Ann Lee said.',
            "missing required field `role` - at `$.people[0]`",
        ),
        (
            {"statements": [GOOD_STATEMENT | {"text": ""}], "people": []},
            '"We agree," Ann Lee said.',
            "at `$.statements[0].text`",
        ),
        (
            {"statements": [GOOD_STATEMENT | {"kind": "quoted"}], "people": []},
            '"We agree," Ann Lee said.',
            "at `$.statements[0].kind`",
        ),
        (
            {"statements": [GOOD_STATEMENT], "people": []},
            '"We disagree," Ann Lee said.',
            "$.statements[0].text is not in a.txt: 'We agree'",
        ),
    ],
)
def test_the_scorer_refuses_a_gold_it_cannot_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gold: Any, article: str | None, said: str
) -> None:
    """A gold file without its article, a person without a role or an empty text gave a
    traceback, or a figure (an empty text matched S1, an unflagged wrong attribution)."""
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    if article is not None:
        (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    assert _scorer().main([str(tmp_path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("draft_score: ") and said in line


# --- the stages, each alone -------------------------------------------------------------------


def _split(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in sentences(paragraph)]


def test_sentences_end_at_quotations_unless_their_attribution_follows() -> None:
    assert _split('"This is only the beginning!" Berg said. "We will stay." Rain fell.') == [
        '"This is only the beginning!" Berg said.', '"We will stay."', "Rain fell.",
    ]  # fmt: skip
    assert _split('He said, "Go. Now." He also mentioned that it was late.') == [
        'He said, "Go. Now."', "He also mentioned that it was late.",
    ]  # fmt: skip
    assert _split("「We are close.」 Ito said. Mr. Ito left on Nov. 14 at 4 p.m. Then.") == [
        "「We are close.」 Ito said.", "Mr. Ito left on Nov. 14 at 4 p.m. Then.",
    ]  # fmt: skip
    assert _split('"Why?" Ito asked, smiling. "Trade will grow." He added, "It will."') == [
        '"Why?" Ito asked, smiling.', '"Trade will grow."', 'He added, "It will."',
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("opening", "closing"), [("\u2018", "\u2019"), ("'", "'"), ("\u2039", "\u203a")]
)
def test_a_single_marked_quotation_ending_in_a_full_stop_ends_its_sentence(
    opening: str, closing: str
) -> None:
    """New user 64: British copy's single marks are no quotation marks to the rules (the
    closing one is also the apostrophe), so the sentence after "noting, '… is immense.'" was
    drafted into the speaker's record, the article's own account credited to him. A full stop
    and then the single mark end the sentence; "!" and an attribution after it do not."""
    quoted = f"{opening}I believe it is immense.{closing}"
    assert _split(f"He welcomed it, noting, {quoted} Specifically, the limit doubles.") == [
        f"He welcomed it, noting, {quoted}", "Specifically, the limit doubles.",
    ]  # fmt: skip
    going_on = f"He said, {opening}It is immense. We agree.{closing} Rain fell."
    assert _split(going_on)[-2:] == [f"We agree.{closing}", "Rain fell."]
    assert _split(f"{opening}Go!{closing} Berg said. Rain fell.") == [
        f"{opening}Go!{closing} Berg said.", "Rain fell.",
    ]  # fmt: skip


def test_quotations_of_every_kind() -> None:
    sentence = '"A," he said, “B” and 「C 『D』」.'
    assert [sentence[a:b] for a, b in quotations(sentence)] == ['"A,"', "“B”", "「C 『D』」"]


PEOPLE_TEXT = (
    "German Chancellor Ulrike Brandmeier met Prime Minister Haruto Mori of Japan. "
    "Former Chancellor Otto Brandmeier, the chancellor's father, watched, as did the late "
    "Prime Minister Kenji Mori. Yaw Boateng, Ghana's finance minister, spoke. A spokesperson for "
    "the ministry, Ama Owusu, spoke. Sinead Walsh, an economist at Trinity College, spoke. "
    "Maria Lopez said nothing. Baek Seung-ho, the President of South Korea, smiled."
)


def test_people_with_titles_roles_and_descriptions() -> None:
    people = find_people([(1, PEOPLE_TEXT)])
    roles = {p.name: (p.role, p.former) for p in people.values()}
    assert roles == {
        "Ulrike Brandmeier": ("German Chancellor", False),
        "Haruto Mori": ("Prime Minister of Japan", False),
        "Otto Brandmeier": ("Former Chancellor", True),
        "Kenji Mori": ("late Prime Minister", True),
        "Yaw Boateng": ("Ghana's finance minister", False),
        "Ama Owusu": ("spokesperson for the ministry", False),
        "Sinead Walsh": ("economist at Trinity College", False),
        "Maria Lopez": ("(unknown: see curation.review)", False),
        "Baek Seung-ho": ("President of South Korea", False),
    }
    assert people["otto-brandmeier"].gender == "he"
    assert (people["baek-seung-ho"].ends, people["ulrike-brandmeier"].ends) == (
        ("Baek", "Seung-ho"), ("Ulrike", "Brandmeier"),
    )  # fmt: skip
    assert people["haruto-mori"].country == "Japan"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "External Affairs Minister Rohan Kapoor met Chinese Foreign Ministry spokesperson "
            "Zhou Meiling and Vietnamese Industry and Trade Minister Do Minh Tuan. Marc Dupuis, "
            "Fortier's press secretary, spoke. Ministry of External Affairs spokesperson Priya "
            "Nair spoke. President Kwame Asante of Ghana spoke. Brazil's Foreign Minister Ana "
            "Costa spoke.",
            {
                "Rohan Kapoor": "External Affairs Minister",
                "Zhou Meiling": "Chinese Foreign Ministry spokesperson",
                "Do Minh Tuan": "Vietnamese Industry and Trade Minister",
                "Marc Dupuis": "Fortier's press secretary",
                "Priya Nair": "Ministry of External Affairs spokesperson",
                "Kwame Asante": "President of Ghana",
                "Ana Costa": "Brazil's Foreign Minister",
            },
        ),
        # the bundled source's caption pattern after the family name alone: "Minister of
        # Norway, and Mateo" is no portfolio, so no person "Fuentes" of that role (new user 25)
        (
            "Prime Minister Ingrid Solberg received President Mateo Fuentes of Chile. President "
            "Fuentes said the two countries share an ocean. Ingrid Solberg, the Prime Minister "
            "of Norway, and Mateo Fuentes, the President of Chile, shake hands.",
            {"Ingrid Solberg": "Prime Minister of Norway", "Mateo Fuentes": "President of Chile"},
        ),
    ],
)
def test_roles_as_the_article_gives_them_with_nationality_and_every_word_of_the_title(
    text: str, roles: dict[str, str]
) -> None:
    """The role is the article's, whole: its nationality, an owner, a title of several words,
    a ministry's spokesperson (issue 19, class 4); and only people's."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == roles


def test_people_named_once_by_a_lower_case_title_or_anothers_role() -> None:
    """People the article names once, in passing, with a title in lower case or as someone's
    aide, are people too (issue 19, class 3), with the role as written."""
    text = (
        "The dinner, attended by central bank governor Ana Costa and opposition leader Kim "
        "Dae-ho, ended late. Sánchez's chief of staff, Luis Ortega, left early. Japanese trade "
        "minister Ken Abe stayed, said the president Lee Jae-myung."
    )
    roles = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert roles == {
        "Ana Costa": "central bank governor",
        "Kim Dae-ho": "opposition leader",
        "Luis Ortega": "Sánchez's chief of staff",
        "Ken Abe": "Japanese trade minister",
        "Lee Jae-myung": "president",
    }


HONOURED = (
    "Prime Minister Datuk Seri Hakim Rashid met Tan Sri Lim Wee Keong, president of the Malaysian "
    "Palm Oil Association, and Dr Farah Izzati, an analyst at the Institute. Qatar's Emir Sheikh "
    "Hamad bin Khalid Al Thani met Sir Richard Hale, chairman of the UK-Qatar Business Council, "
    "and Dame Helen Carter, who chairs the British Chambers of Commerce. Maurizio Landi, who heads "
    "the FIOM union, spoke. The Minister of Industry, Trade and Investment, Doris Uzoka, spoke. "
    "The spokesman of the ruling party, Felix Morka, spoke. Senate Minority Leader Ramon Tolentino "
    "and Opposition leader Tom Ashby spoke. Defence undersecretary Isabella Conti spoke. Alhaji "
    "Aminu Dantata, chairman of the Dantata Group, spoke. Paolo Benedetti, chief executive of the "
    "group Leonardo, spoke. President Miguel Delos Santos met Foreign Affairs Secretary Enrique "
    "de la Cruz and Pieter van der Berg, an energy analyst at the Clingendael Institute."
)


def test_people_with_honorifics_and_roles_other_than_a_leaders_title() -> None:
    """Business, union and opposition leaders, analysts and officials with a role in lower case
    are people; an honorific (Datuk Seri, Tan Sri, Dr, Sheikh, Sir, Dame, Alhaji) is no part of
    the name, and a surname may have several words (issue 19, third round, class 1)."""
    people = find_people([(1, HONOURED)])
    assert {p.name: p.role for p in people.values()} == {
        "Hakim Rashid": "Prime Minister",
        "Lim Wee Keong": "president of the Malaysian Palm Oil Association",
        "Farah Izzati": "analyst at the Institute",
        "Hamad bin Khalid Al Thani": "Qatar's Emir",
        "Richard Hale": "chairman of the UK-Qatar Business Council",
        "Helen Carter": "chair of the British Chambers of Commerce",
        "Maurizio Landi": "head of the FIOM union",
        "Doris Uzoka": "Minister of Industry, Trade and Investment",
        "Felix Morka": "spokesman of the ruling party",
        "Ramon Tolentino": "Senate Minority Leader",
        "Tom Ashby": "Opposition leader",
        "Isabella Conti": "Defence undersecretary",
        "Aminu Dantata": "chairman of the Dantata Group",
        "Paolo Benedetti": "chief executive of the group Leonardo",
        "Miguel Delos Santos": "President",
        "Enrique de la Cruz": "Foreign Affairs Secretary",
        "Pieter van der Berg": "energy analyst at the Clingendael Institute",
    }
    genders = {p.name: p.gender for p in people.values() if p.gender}
    assert genders == {
        "Hamad bin Khalid Al Thani": "he", "Richard Hale": "he", "Helen Carter": "she",
        "Aminu Dantata": "he",
    }  # fmt: skip
    resolver = Resolver(people)
    for clause, name, certain in [
        ("Hakim said the two countries had also agreed", "Hakim Rashid", True),
        ("Delos Santos said", "Miguel Delos Santos", True),
        ("De la Cruz announced that", "Enrique de la Cruz", True),
        ("Van der Berg noted that", "Pieter van der Berg", True),
        ("Al Thani said", "Hamad bin Khalid Al Thani", True),  # the family name, particle and all
        ("Sheikh Hamad said", "Hamad bin Khalid Al Thani", False),  # honorific and given name
        ("Lim said", "Lim Wee Keong", True),
        ("said Dr Farah Izzati, an analyst at the Institute.", "Farah Izzati", True),
        ("said Tan Sri Lim.", "Lim Wee Keong", False),
    ]:
        assert _speaker(resolver, clause) == ([name], certain), clause


def test_credited_journalists_are_silent_people_no_one_takes_for_a_speaker() -> None:
    """Bylines and credits name people (issue 19, class 3): each is listed, silent, with the
    credit's role, and a surname they share with a speaker does not make it ambiguous."""
    article = (
        "Prime Minister Emi Sato met President Arjun Mehta. Sato said the talks went well.\n\n"
        "(Reporting by Anjali Rao and Tran Minh Khoa in Hanoi; additional reporting by Kenji "
        "Sato; Writing by Nadia Haddad; Editing by Suresh Iyer, Tom Walsh)\n\n"
        "Reporting by Kim So-yeon; Editing by Park Jae-hoon\n\n"
        "[Joint statement _2026.4.20. Tokyo]\n\n1. Chips\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [(p.name, p.role, p.speaker, p.provenance.paragraph) for p in drafted.people] == [
        ("Emi Sato", "Prime Minister", True, 1),
        ("Arjun Mehta", "President", False, 1),
        ("Anjali Rao", "reporter", False, 2),
        ("Tran Minh Khoa", "reporter", False, 2),
        ("Kenji Sato", "reporter", False, 2),
        ("Nadia Haddad", "writer", False, 2),
        ("Suresh Iyer", "editor", False, 2),
        ("Tom Walsh", "editor", False, 2),
        ("Kim So-yeon", "reporter", False, 3),
        ("Park Jae-hoon", "editor", False, 3),
    ]
    assert [(s.speakers, s.curation.notes) for s in drafted.statements] == [
        (("emi-sato",), ("Drafted: reported, speaker by surname 'Sato', the subject of the verb "
                         "(certain)",)),
    ]  # fmt: skip
    assert [n.text for n in drafted.narration][1:3] == [
        "(Reporting by Anjali Rao and Tran Minh Khoa in Hanoi; additional reporting by Kenji "
        "Sato; Writing by Nadia Haddad; Editing by Suresh Iyer, Tom Walsh)",
        "Reporting by Kim So-yeon; Editing by Park Jae-hoon",
    ]


def test_people_with_long_titles_particles_and_no_role() -> None:
    article = (
        "Chief Cabinet Secretary Kenta Hayashi met Commission President Ursula von der Leyen. "
        '"We agree," von der Leyen said. Maria Lopez said so too.\n\n'
        "[Joint statement _2026.4.20. Tokyo]\n\n1. Chips\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [(p.name, p.role) for p in drafted.people] == [
        ("Kenta Hayashi", "Chief Cabinet Secretary"),
        ("Ursula von der Leyen", "President"),
        ("Maria Lopez", "(unknown: see curation.review)"),
    ]
    assert [s.speakers for s in drafted.statements] == [("ursula-von-der-leyen",), ("maria-lopez",)]
    assert "people: the article gives no role for Maria Lopez" in drafted.curation.review


def _speaker(resolver: Resolver, clause: str, number: int = 1) -> tuple[list[str], bool] | None:
    bound = resolver.subject_of(clause, number)
    return None if bound is None else ([p.name for p in bound.people], bound.certain)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Brandmeier said so.", (["Ulrike Brandmeier"], False)),  # the former chancellor too
        ("Mori told reporters", (["Haruto Mori"], False)),  # the late prime minister too
        ("Baek said", (["Baek Seung-ho"], True)),  # a family name first
        # a title and surname two people listed carry is a guess, whatever the title: the
        # President's spouse, a former president, may share it (round 32, held-out 133)
        ("Former Chancellor Brandmeier said", (["Otto Brandmeier"], False)),
        ("said Chancellor Brandmeier.", (["Ulrike Brandmeier"], False)),
        ("Walsh, who met Mori in May, said", (["Sinead Walsh"], True)),
        ("Speaking after the talks, Boateng said that", (["Yaw Boateng"], True)),
        ("The deal was signed, with Boateng calling it", (["Yaw Boateng"], True)),
        ("According to Owusu, the deal", (["Ama Owusu"], True)),
        ("Owusu:", (["Ama Owusu"], True)),
        ("The German chancellor also said", (["Ulrike Brandmeier"], True)),
        ("The two leaders said", (["Ulrike Brandmeier", "Haruto Mori"], False)),  # a plural
        ("Officials close to Mori said", ([], False)),  # unnamed officials, never Mori
        ("Mori's aide said", ([], False)),  # the aide's words, never Mori's
        ("The deal was signed on Monday.", None),
        ("A statement said Mori would visit", ([], False)),  # Mori is not the one speaking
        ("The pact was welcomed by Walsh, Boateng said", (["Yaw Boateng"], True)),
        ("Walsh and Boateng said", (["Sinead Walsh", "Yaw Boateng"], True)),
        ("According to a letter from Mori's office, the", (["Haruto Mori"], False)),
        # a verb inside a clause of its own speaks for that clause's subject, not the sentence's
        ("Walsh visited a factory where workers said they", ([], False)),
        ("Walsh met workers who said they were hopeful", ([], False)),
        ("Boateng praised the farmers, who told him that", ([], False)),
        ("Walsh toured a plant where Boateng said the deal", (["Yaw Boateng"], True)),
    ],
)
def test_a_cue_binds_to_its_subject(clause: str, expected: tuple[list[str], bool] | None) -> None:
    assert _speaker(Resolver(find_people([(1, PEOPLE_TEXT)])), clause) == expected


@pytest.mark.parametrize("mark", ['"', "\u201c\u201d"])
def test_a_relative_clause_s_quotation_leaves_the_sentence_to_its_subject(mark: str) -> None:
    """The same through the whole draft, where the quotation is blanked before the cue is
    read (so the comma inside it is gone): a second new user found the fix above made for the
    resolver alone."""
    opening, closing = mark[0], mark[-1]
    article = (
        "President Kim Min-soo and Japanese Prime Minister Tanaka Hiroshi met in Seoul.\n\n"
        f"Tanaka, whom Kim praised as {opening}a friend,{closing} said the talks went well.\n\n"
        "[Joint statement _2026.11.30. Seoul]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert _speech_holding(drafted, "talks went well") == [(("tanaka-hiroshi",), True)]


def test_a_quotation_after_a_relative_clause_s_verb_is_that_clause_s() -> None:
    """A third new user's find: "X recalled her grandfather, who often said, “…”" gave the
    grandfather's words to X, certain ("recalled" is a cue too, and X its subject). The verb
    nearest the quotation, in a clause of its own, speaks: nobody the draft knows. Reported
    speech after such a verb may still be the sentence's subject's: a guess."""
    article = (
        "President Anna Berg of Norway met Prime Minister Kim Jae-won on Tuesday.\n\n"
        'Berg recalled her grandfather, who often said, "Never again."\n\n'
        'Kim thanked the students, who told him, "We are proud."\n\n'
        "Berg recalled her grandfather, who said that war was hell.\n\n"
        "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    spoken = {s.text: s for s in drafted.statements}
    assert "Never again." not in spoken and "We are proud." not in spoken
    for words in ("Never again.", "We are proud."):  # kept in the narration, for the review
        assert any(words in n.text for n in drafted.narration)
        assert any("no speaker found" in item and words in item for item in drafted.curation.review)
    hell = [s for text, s in spoken.items() if "war was hell" in text]
    assert all(any(s.ref in item for item in drafted.curation.review) for s in hell)


def test_a_quotation_nobody_is_named_for_is_a_kind_of_its_own() -> None:
    """It was kept as a `note`, the kind of the translation notice: `read --json | jq` could
    not tell someone's unattributed words from an editor's note."""
    article = (
        "President Anna Berg of Norway met Prime Minister Kim Jae-won on Tuesday.\n\n"
        '"Peace now!"\n\n'
        "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [(n.kind, n.text) for n in drafted.narration if "Peace" in n.text] == [
        ("unattributed", '"Peace now!"')
    ]


def test_a_quotation_whose_speaker_is_not_found_is_unattributed_with_its_frame() -> None:
    """New user 38: '"We have waited too long," the former president told a radio station.'
    (no former president listed) was plain narration, the article's words to `search --type
    narration`; it is someone's words, and the review item says what the curator can do."""
    article = (
        "President Anna Berg of Norway met Prime Minister Kim Jae-won on Tuesday.\n\n"
        '"We have waited too long," the former president told a radio station.\n\n'
        "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [kept] = [n for n in drafted.narration if "waited" in n.text]
    assert kept.kind == "unattributed"
    [item] = [item for item in drafted.curation.review if "waited" in item]
    assert item.endswith(
        ": make it a statement (its speakers, kind and attribution) or leave it unattributed"
    )


def test_a_verb_inside_a_relative_clause_yields_to_the_sentence_s_own() -> None:
    """A new user's find: "X, whom Y praised as “a true friend,” said he would …" went to Y,
    certain, since "praised as" frames a quotation and Y stands right before it; the reported
    speech is X's, and Y's words inside it make the sentence a guess, not a certainty."""
    resolver = Resolver(find_people([(1, PEOPLE_TEXT)]))
    clause = 'Boateng, whom Walsh praised as "a true friend," said he would visit again.'
    bound = resolver.subject_of(clause, 1, quoted=True)
    assert bound is not None
    assert ([p.name for p in bound.people], bound.certain) == (["Yaw Boateng"], False)


@pytest.mark.parametrize(
    ("clause", "unknown"),
    [
        ("Ahmad Faizal, Mori's deputy, said that", "Ahmad Faizal"),
        ("Budi Hartono, who met Mori, said", "Budi Hartono"),
        ("Hamzah, the opposition chairman, told reporters that", "Hamzah"),
        ("Kofi Mensah of the Boateng campaign said", "Kofi Mensah"),
        ("After the talks, Hamzah told reporters", "Hamzah"),
        ("said Ahmad Faizal, an aide.", "Ahmad Faizal"),
        ("Hamzah also warned that", "Hamzah"),
    ],
)
def test_a_subject_no_one_known_is_given_to_no_one_else(clause: str, unknown: str) -> None:
    """A name bound to the cue that resolves to no known person: the statement goes to no one,
    never to whoever else the clause or the article named, and the curator is told whom the
    draft did not know (issue 19, third round, class 2)."""
    bound = Resolver(find_people([(1, PEOPLE_TEXT)])).subject_of(clause, 1)
    assert bound is not None
    assert (bound.people, bound.certain) == ([], False)
    assert repr(unknown) in bound.rule


@pytest.mark.parametrize(
    "clause",
    ["On Tuesday, Boateng said", "Meanwhile, Mori said", "In Accra, Boateng said that",
     "Boateng, Ghana's finance minister, said", "said Boateng."],
)  # fmt: skip
def test_words_before_a_known_subject_are_no_unknown_person(clause: str) -> None:
    assert _speaker(Resolver(find_people([(1, PEOPLE_TEXT)])), clause) in (
        (["Yaw Boateng"], True), (["Haruto Mori"], False),  # a late Mori carries it too
    )  # fmt: skip


def test_an_untitled_speaker_with_any_cue_is_a_person_for_the_curator() -> None:
    article = (
        "Prime Minister Haruto Mori met President Baek Seung-ho.\n\n"
        "Ahmad Faizal warned that the deal was rushed. Hamzah, the opposition chairman, told "
        "reporters that Parliament must see it. Mori said it was fair.\n\n"
        "[Joint statement _2026.4.20. Tokyo]\n\n1. Chips\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [(s.speakers, s.text[:12]) for s in drafted.statements] == [
        (("ahmad-faizal",), "Ahmad Faizal"), (("haruto-mori",), "Mori said it"),
    ]  # fmt: skip
    review = " ".join(drafted.curation.review)
    assert "people: the article gives no role for Ahmad Faizal" in review
    assert "'Hamzah' is no one the draft knows" in review


ASIAN_NAMES = (
    "Vietnamese Prime Minister Nguyen Xuan Huy met Chinese Premier Liang Wenhao, whose "
    "predecessor, Former Premier Liang Jian, had signed the treaty. Chinese Foreign Ministry "
    "spokesperson Zhou Meiling and Industry Minister Seo Dong-hyun attended."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the family name first; a title and surname two people listed carry is a guess
        ("Premier Liang said", (["Liang Wenhao"], False)),
        ("Liang told reporters", (["Liang Wenhao"], False)),  # the former premier too: a guess
        ("Former Premier Liang said", (["Liang Jian"], False)),
        ("Huy said", (["Nguyen Xuan Huy"], True)),  # the given name, last
        ("Zhou added that", (["Zhou Meiling"], True)),
        ("Seo stressed that", (["Seo Dong-hyun"], True)),
        ("Liang pledged that China would buy fruit", (["Liang Wenhao"], False)),
        ("Zhou insisted that", (["Zhou Meiling"], True)),
        ("In a statement released on Monday, Zhou said", (["Zhou Meiling"], True)),
        ("Huy noted that", (["Nguyen Xuan Huy"], True)),
        ("Liang's spokesperson said", ([], False)),  # an unnamed spokesperson's, never Liang's
        ("Liang pledged on Thursday to build a railway", None),  # a deed, not speech
        ("Seo vowed to go", None),
    ],
)
def test_a_name_either_end_first_resolves(
    clause: str, expected: tuple[list[str], bool] | None
) -> None:
    """Chinese, Korean and Vietnamese names put the family name first, and Vietnamese leaders
    are called by the given name, last: a bare name may be either end of a full one (issue 19,
    class 2), and "Premier Liang" is no new person."""
    people = find_people([(1, ASIAN_NAMES), (2, clause)])
    assert "premier-liang" not in people
    assert _speaker(Resolver(people), clause) == expected


WORLD_NAMES = (
    "Turkish President Mehmet Emin Karaca met the President of the United Arab Emirates, His "
    "Highness Sheikh Mansour bin Rashid Al Qasimi. German Chancellor Katharina von der Heyde, "
    "Argentine President Julián Fernández de Castro, Prime Minister Ishikawa Haruto and Chief "
    "Cabinet Secretary Ishikawa Daisuke attended. Kenyan Cabinet Secretary for Trade, "
    "Investments and Industry Rebecca Achieng Odhiambo, Minister of State for Trade and Industry "
    "Koh Mei Ling, Presidential spokesperson Tomás Echeverría Luna, Kremlin spokesman Dmitry "
    "Belov and National Trades Union Congress secretary-general Ng Boon Keat spoke. Saudi "
    "Energy Minister Prince Abdullah bin Fahd Al Saud, Coordinating Minister for Economic "
    "Affairs Airlangga Santoso and Presidential Communication Office head Hasan Nasbi met "
    "Mexico's Foreign Secretary, Rodrigo Sánchez Cordero."
)


def test_roles_of_portfolios_offices_and_organisations_keep_every_word() -> None:
    """Honorifics are no part of a name, particles are, and a role keeps its nationality or
    office word and its portfolio (issue 19, round 4, classes a, b, f, g)."""
    roles = {p.name: p.role for p in find_people([(1, WORLD_NAMES)]).values()}
    assert roles == {
        "Mehmet Emin Karaca": "Turkish President",
        "Mansour bin Rashid Al Qasimi": "President of the United Arab Emirates",
        "Katharina von der Heyde": "German Chancellor",
        "Julián Fernández de Castro": "Argentine President",
        "Ishikawa Haruto": "Prime Minister",
        "Ishikawa Daisuke": "Chief Cabinet Secretary",
        "Rebecca Achieng Odhiambo": "Kenyan Cabinet Secretary for Trade, Investments and Industry",
        "Koh Mei Ling": "Minister of State for Trade and Industry",
        "Tomás Echeverría Luna": "Presidential spokesperson",
        "Dmitry Belov": "Kremlin spokesman",
        "Ng Boon Keat": "National Trades Union Congress secretary-general",
        "Abdullah bin Fahd Al Saud": "Saudi Energy Minister",
        "Airlangga Santoso": "Coordinating Minister for Economic Affairs",
        "Hasan Nasbi": "Presidential Communication Office head",
        "Rodrigo Sánchez Cordero": "Mexico's Foreign Secretary",
    }


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Al Qasimi recalled that", (["Mansour bin Rashid Al Qasimi"], True)),
        ("Sheikh Mansour said", (["Mansour bin Rashid Al Qasimi"], False)),  # a partial form
        ("His Highness Sheikh Mansour said", (["Mansour bin Rashid Al Qasimi"], False)),
        ("Mehmet Emin said", (["Mehmet Emin Karaca"], False)),  # given names alone
        ("Al Saud said", (["Abdullah bin Fahd Al Saud"], True)),
        ("Prince Abdullah noted that", (["Abdullah bin Fahd Al Saud"], False)),
        ("Sánchez Cordero said", (["Rodrigo Sánchez Cordero"], True)),
        ("Santoso said", (["Airlangga Santoso"], True)),
        ("von der Heyde told reporters", (["Katharina von der Heyde"], True)),
        ("Von der Heyde added that", (["Katharina von der Heyde"], True)),
        ("Fernández de Castro said", (["Julián Fernández de Castro"], True)),
        ("The Argentine president recalled that", (["Julián Fernández de Castro"], True)),
        ("Prime Minister Ishikawa said", (["Ishikawa Haruto"], False)),  # two Ishikawas
        ("Ishikawa said", (["Ishikawa Haruto"], False)),  # a family name two people share
        ("Echeverría Luna said the president had", (["Tomás Echeverría Luna"], True)),
        ("Odhiambo pledged that", (["Rebecca Achieng Odhiambo"], True)),
        ("Belov, for his part, noted that", (["Dmitry Belov"], True)),  # an aside, no one
        ("Belov, Koh Mei Ling's guest, said", (["Dmitry Belov"], False)),  # another named in it
        ("In a statement, Koh Mei Ling said", (["Koh Mei Ling"], True)),
        ("Ng Boon Keat announced that", (["Ng Boon Keat"], True)),
        (
            "The two heads of state announced that",
            (["Mehmet Emin Karaca", "Mansour bin Rashid Al Qasimi"], False),
        ),
        ("They said", (["Mehmet Emin Karaca", "Mansour bin Rashid Al Qasimi"], False)),
    ],
)
def test_names_of_many_cultures_resolve_and_every_doubt_is_a_guess(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """Issue 19, round 4, classes a to e: a name is certain only when the words in the cue's
    subject name one person; a partial or honorific form, a shared family name or a plural is
    a guess for the curator."""
    assert _speaker(Resolver(find_people([(1, WORLD_NAMES)])), clause) == expected


def test_a_pronoun_prefers_whom_the_article_gave_its_gender() -> None:
    """ "her government" after a subject, "his" in its relative clause and "Ms." give a
    gender; a pronoun skips whoever is known to be of the other gender and prefers whoever is
    known to agree, but across a change of subject it stays a guess; and the speaker of the
    sentence before is a guess too while someone else is known to fit (issue 19, class 2)."""
    article = (
        "Prime Minister Arjun Mehta met Japanese Prime Minister Emi Takeda.\n\n"
        "Takeda said her government would lend the money.\n\n"
        '"India is ready," Mehta said.\n\n'
        "External Affairs Minister Rohan Kapoor, who met his Japanese counterpart, said the talks "
        'went well. She insisted that Japan would not "pick and choose" its partners.\n\n'
        "Marc Dupuis, Fortier's press secretary, said so. Prime Minister Claire Fortier smiled. "
        "Ms. Fortier waved. Fortier's "
        "press secretary later added that she would return. He said it twice.\n\n"
        "[Joint statement _2026.4.20. Tokyo]\n\n1. Chips\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    people = find_people(list(enumerate(article.split("\n\n")[:5], start=1)))
    genders = {p.name: p.gender for p in people.values()}
    assert genders == {
        "Arjun Mehta": "", "Emi Takeda": "she", "Rohan Kapoor": "he", "Marc Dupuis": "",
        "Claire Fortier": "she",
    }  # fmt: skip
    said = [(s.speakers, s.text[:20]) for s in drafted.statements]
    assert said == [
        (("emi-takeda",), "Takeda said her gove"),
        (("arjun-mehta",), "India is ready"),
        (("rohan-kapoor",), "External Affairs Min"),
        (("emi-takeda",), "She insisted that Ja"),
        (("marc-dupuis",), "Marc Dupuis, Fortier"),
        (("marc-dupuis",), "Fortier's press secr"),
        (("marc-dupuis",), "He said it twice."),
    ]
    review = " ".join(drafted.curation.review)
    assert "S4: speaker Emi Takeda guessed (pronoun: the last person named of that gender" in review
    assert (
        "S7: speaker Marc Dupuis guessed (pronoun: the speaker before, though another is known"
        in review
    )


def test_a_quotation_going_on_is_as_weak_as_the_guess_it_goes_on_from() -> None:
    """The sentences of a quotation that goes on after its attribution have its speaker, and
    a guessed speaker stays a guess in each of them, for the curator."""
    article = (
        "President Baek Seung-ho met Prime Minister Haruto Mori.\n\n"
        'Mori said the talks went well. Baek smiled. He added, "We are family." "We always '
        'were.\n\n"And we will be."\n\n'
        "[Joint statement _2026.11.14. Seoul]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [(s.ref, s.speakers, s.text) for s in drafted.statements] == [
        ("S1", ("haruto-mori",), "Mori said the talks went well."),
        ("S2", ("baek-seung-ho",), "We are family."),
        ("S3", ("baek-seung-ho",), "We always were."),
        ("S4", ("baek-seung-ho",), "And we will be."),
    ]
    weak = [item.split(":")[0] for item in drafted.curation.review if item.startswith("S")]
    assert weak == ["S2", "S3", "S4"]


COSTA, CRUZ = Found("Ana Costa", "Governor", 1, 1), Found("Rui Cruz", "Minister", 1, 1)


@pytest.mark.parametrize(
    ("people", "grounds", "in_subject", "certain"),
    [
        ([COSTA], ("full name",), True, True),
        ([COSTA], ("surname",), True, True),
        ([COSTA], ("title and surname",), True, True),
        ([COSTA], ("role",), True, True),  # "the Kenyan president", one Kenyan president
        ([COSTA, CRUZ], ("surname", "full name"), True, True),  # "Costa and Rui Cruz said"
        ([COSTA], ("full name",), False, False),  # named apart from the verb
        ([COSTA], ("pronoun",), True, False),
        ([COSTA, CRUZ], ("the two leaders",), True, False),
        ([COSTA, CRUZ], ("plural pronoun",), True, False),
        ([COSTA], ("honorific and part of a name",), True, False),  # "Sheikh Sultan"
        ([COSTA], ("part of a name",), True, False),
        ([COSTA], ("a name or role several people share",), True, False),
        ([COSTA], ("role, nationality not known",), True, False),
        ([COSTA], ("a name the article gives no role",), True, False),
        ([COSTA], ("a name someone not listed carries",), True, False),  # a second "Costa"
        ([COSTA], ("surname", "someone else's words"), True, False),  # "quoted Nkrumah"
        ([COSTA, CRUZ], ("surname", "pronoun"), True, False),  # one guess makes it a guess
        ([], ("full name",), True, False),
        ([COSTA], (), True, False),
    ],
)
def test_one_function_decides_what_is_certain(
    people: list[Found], grounds: tuple[Ground, ...], in_subject: bool, certain: bool
) -> None:
    """Certain only when every speaker was named, in the cue's subject, by words that name
    exactly one person; everything else goes to the curator (issue 19, round 4)."""
    attribution = Attribution(people, "a rule", grounds, in_subject)
    assert is_certain(attribution) is certain is attribution.certain


LINDQVIST = Found("Maren Lindqvist", "Trade Minister", 1, 1, country="Sweden")
HOLM = Found("Esben Holm", "Faroese Prime Minister", 1, 1, country="Faroe Islands")


@pytest.mark.parametrize(
    ("clause", "certain"),
    [
        ("Maren Lindqvist said the talks went well.", True),
        ("Trade Minister Maren Lindqvist told reporters the deal was close.", True),
        ("Lindqvist said it.", True),
        ("The Faroese prime minister said the quota stood.", True),
        ("The Faroese Prime Minister of the Faroe Islands said so.", True),  # his own country
        ("Maren Lindqvist\u2019sson said the talks went well.", False),  # a longer name cut
        ("Then Birgit Maren Lindqvist said it.", False),  # a first name the rules missed
        ("At noon, Kari Lindqvist said it.", False),
        ("The Faroese Minister of Fisheries, Óli á Bø, said it.", False),  # another minister
        ("The Faroese minister of culture said the quota stood.", False),
    ],
)
def test_a_name_read_in_part_is_a_guess(clause: str, certain: bool) -> None:
    """An attribution is certain only when its words were read cleanly: not the start of a
    longer word, not after an unknown capitalised word, not a role that goes on (issue 19,
    round 15: every round's unflagged wrong was a form the rules half read)."""
    resolver = Resolver({p.id: p for p in (LINDQVIST, HOLM)})
    bound = resolver.subject_of(clause, 1)
    assert bound is not None
    assert bound.certain is certain


@pytest.mark.parametrize(
    ("clause", "certain"),
    [
        (
            "'Maren Lindqvist, a fisher, said the quota stood.",
            False,
        ),  # 'Maren: a Sesotho name's start
        ("\u2018Maren Lindqvist said it.", False),
        ("Anna-Maren Lindqvist said it.", False),  # a hyphenated first name's end
        ("(Maren Lindqvist said it.)", True),
        ("'Good,' Maren Lindqvist said.", True),  # a quotation's mark is no part of a name
        ("Maren Lindqvist 'Ofa said the talks went well.", False),  # an okina's word goes on
        ("Maren Lindqvist Haji Osman said it.", False),  # a title of address and a name go on
    ],
)
def test_a_name_not_read_whole_is_a_guess(clause: str, certain: bool) -> None:
    """The read-cleanly guard looks at a name's start as at its end (issue 19, round 16: a
    leading apostrophe of a Sesotho name dropped, "'Mampho X" read "Mampho X", was certain),
    and at what follows it: words found as a name that go on into a title of address and a
    name, or into an okina's word, are a guess (round 17)."""
    resolver = Resolver({LINDQVIST.id: LINDQVIST})
    bound = resolver.subject_of(clause, 1)
    assert bound is not None
    assert bound.certain is certain


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The opposition leader, Ntate Tšepo Molapo, said so.", "Tšepo Molapo"),
        ("Maulana Fazl Karim Baig said so.", "Fazl Karim Baig"),
        ("Mawlawi Abdul Wahid Rahimi said so.", "Abdul Wahid Rahimi"),
        ("Padoh Saw Eh Doh said so.", "Saw Eh Doh"),
        ("His wife, Adi Salote Naivalu, spoke.", "Salote Naivalu"),
        ("Mzee Juma Kaduma said so.", "Juma Kaduma"),
        ("Ato Tesfaye Gebru said so.", "Tesfaye Gebru"),
        ("Cde Tendai Moyo said so.", "Tendai Moyo"),
        ("Adi Cohen said so.", "Adi Cohen"),  # a given name before one name
        ("U Than Lwin Oo said so.", "Than Lwin Oo"),  # Burmese U, as most writers read it
        ("U Thant said so.", "U Thant"),  # before one word: a name as the article writes it
    ],
)
def test_terms_of_address_of_many_languages_are_no_part_of_a_name(text: str, name: str) -> None:
    """An honorific of any language before a name is no part of it (issue 19, round 16: Sesotho
    Ntate, Urdu Maulana, Pashto Mawlawi, Karen Padoh, Fijian Adi were kept and certain); one that
    is also a given name only before a name of two words or more."""
    assert [p.name for p in find_people([(1, text)]).values()] == [name]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Health Minister 'Malefu Sekhesa said so.", [("'Malefu Sekhesa", "Health Minister")]),
        ("\u2019Mamosa Lebona, a nurse, said so.", [("\u2019Mamosa Lebona", "nurse")]),
        ("PRIME Minister Teboho Ralitsie met him.", [("Teboho Ralitsie", "Prime Minister")]),
        (
            "FOREIGN Minister Ana Lobo and Trade Minister Ivo Sá met.",
            [("Ana Lobo", "Foreign Minister"), ("Ivo Sá", "Trade Minister")],
        ),
        ("'Many thanks,' Minister Ivo Sá said.", [("Ivo Sá", "Minister")]),  # a quotation's mark
    ],
)
def test_sesotho_names_and_a_lead_in_capitals_are_read(
    text: str, people: list[tuple[str, str]]
) -> None:
    """A Sesotho name keeps the apostrophe before its M ('Mathabo, either way curled), and a
    lead's first word set in capitals is still a title ("PRIME Minister X"; it was read as
    "Minister"): issue 19, round 16, held-out 21."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


@pytest.mark.parametrize(
    ("clause", "spoke"),
    [
        ("But Lindqvist warns that the quota may fall.", True),
        ("Lindqvist adds that talks go on.", True),
        ("Lindqvist insists the quota stands.", True),
        ("Lindqvist shared that seven accords were signed.", True),
        ("Lindqvist opines that the visit mattered.", True),
        ("Lindqvist shared a meal with Holm.", False),  # a deed, with no that-clause
    ],
)
def test_present_tense_and_south_asian_speech_verbs_are_cues(clause: str, spoke: bool) -> None:
    """A broadcast's present tense ("he warns that") and South Asian English's "shared that",
    "opines that" report speech (issue 19, round 16: held-out 21's were missed)."""
    resolver = Resolver({p.id: p for p in (LINDQVIST, HOLM)})
    bound = resolver.subject_of(clause, 1)
    assert (bound is not None and LINDQVIST in bound.people) is spoke


@pytest.mark.parametrize(
    ("clause", "spoke"),
    [
        ("Lindqvist welcomed Holm at the airport.", False),
        ("Lindqvist answered questions from students.", False),
        ("Lindqvist acknowledged the cheering crowd.", False),
        ("Trade Minister Maren Lindqvist welcomed Prime Minister Esben Holm to Stockholm.", False),
        ("Lindqvist warmly welcomed her counterpart.", False),
        ("Lindqvist asked them to sit.", False),
        ("Lindqvist welcomed the deal.", True),  # news welcomed: a word about it
        ("Lindqvist welcomed Norway's decision.", True),
        ("Lindqvist welcomed Holm, saying the visit was overdue.", True),
        ("Lindqvist acknowledged that the quota was low.", True),
        ("Lindqvist answered reporters' questions: the quota stood.", True),
        ("Lindqvist asked whether the quota would stand.", True),
        ("Lindqvist welcomed the delegation and said the quota stood.", True),
    ],
)
def test_a_verb_of_welcome_or_answer_is_speech_only_with_words_after_it(
    clause: str, spoke: bool
) -> None:
    """Welcomed, acknowledged, answered, responded and asked report speech only with something
    said after them, or news as their object; with a person, a crowd or questions as object
    they are deeds (issue 19, round 16, a new user's finding: "Ruto welcomed Museveni at the
    airport" was Ruto's speech, certain)."""
    resolver = Resolver({p.id: p for p in (LINDQVIST, HOLM)})
    bound = resolver.subject_of(clause, 1)
    assert (bound is not None and LINDQVIST in bound.people) is spoke


@pytest.mark.parametrize(
    ("clause", "spoke"),
    [
        ("Lindqvist stayed silent when asked about the quota.", False),
        ("Lindqvist was silent when asked about the quota.", False),
        ("Lindqvist smiled when asked about the quota.", False),
        ("Lindqvist, asked by reporters whether she backed the quota, declined to comment.", False),
        ("Lindqvist, asked about her health, smiled.", False),
        ("Lindqvist, when asked about the quota, walked away.", False),
        ("Lindqvist, after being asked about the quota, left the hall.", False),
        ("Lindqvist responded to the invitation by sending flowers.", False),
        ("Lindqvist answered the call by flying to Oslo.", False),
        ("Lindqvist, asked about the quota, said it would stand.", True),
        ("Lindqvist, when asked about the quota, replied that it would stand.", True),
        ("Asked about the quota, Lindqvist said it would stand.", True),
        ("Lindqvist responded that the quota would stand.", True),
        ("Lindqvist asked whether the quota would stand.", True),
        ("The trade minister, Lindqvist, welcomed the quota.", True),  # an appositive's verb
        ("Lindqvist, for her part, welcomed the quota.", True),
        ("Lindqvist responded to the offer by saying that the quota would stand.", True),
    ],
)
def test_one_asked_or_answering_by_a_deed_says_nothing(clause: str, spoke: bool) -> None:
    """A participle "asked" ("when asked", "X, asked about Y,") makes its subject the one
    asked, not the one speaking, and "responded to the invitation by sending flowers" is a
    deed: without a verb of speech of their own such sentences are nobody's words (new user
    32: a silent former leader was given each of them as reported speech, certain)."""
    resolver = Resolver({p.id: p for p in (LINDQVIST, HOLM)})
    bound = resolver.subject_of(clause, 1)
    assert (bound is not None and LINDQVIST in bound.people) is spoke


def test_a_silent_former_leader_asked_about_the_deal_stays_silent() -> None:
    """The whole draft: no statement of his, `speaker: false` (new user 32)."""
    article = (
        "OSLO (Reuters) - Prime Minister Ana Berg met President Tomas Kell on Monday. Former "
        "Prime Minister Rui Lobo attended.\n\nLobo stayed silent when asked about the deal."
        "\n\nLobo, asked by reporters whether he backed the deal, declined to comment."
        "\n\nLobo responded to the invitation by sending flowers.\n\n"
        "[Joint statement _2026.3.5. Oslo]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [lobo] = [person for person in drafted.people if person.name == "Rui Lobo"]
    assert lobo.speaker is False
    assert not [s.ref for s in drafted.statements if lobo.id in s.speakers]


@pytest.mark.parametrize(
    ("sentence", "account"),
    [
        ("OSLO (Reuters) - Norwegian Prime Minister Ana Berg and Icelandic President Tomas Kell "
         "agreed on Monday to expand fisheries cooperation.", True),
        ("Berg and Kell also agreed to meet again next year.", True),
        ("Kell and Berg have pledged to double trade.", True),
        ("Berg and her foreign minister agreed to open a consulate.", False),  # one leader
        ("Berg and Kell agreed to meet again, officials said.", False),  # said by someone
    ],
)  # fmt: skip
def test_the_story_saying_both_leaders_agreed_is_an_account(sentence: str, account: bool) -> None:
    """The story's "A and B agreed …", its lede above all, is its account of what the sides
    agreed (the project's first rule), as "The two leaders agreed" is: it was narration,
    nothing marking it as about the two leaders."""
    article = (
        f"{sentence}\n\nThe talks took place in Oslo. Prime Minister Ana Berg hosted President "
        "Tomas Kell.\n\n[Joint statement _2026.3.5. Oslo]\n\n1. Trade\n\n(1) Agreed."
        "\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    leaders = {p.id for p in drafted.people if p.name in ("Ana Berg", "Tomas Kell")}
    accounts = [s for s in drafted.statements if s.kind == "account" and s.text == sentence]
    assert bool(accounts) is account
    assert all(set(s.subjects or ()) == leaders for s in accounts)


@pytest.mark.parametrize(
    ("honour", "guessed"),
    [
        ("Ratu", True),  # a Fijian chief's title some writers keep in the name
        ("Haji", True),
        ("Datuk Seri", True),
        ("Chief", True),
        ("Mr", False),  # courtesy, degrees and styles no writer keeps
        ("Dr", False),
        ("", False),
    ],
)
def test_a_title_of_address_dropped_before_a_full_name_is_a_guess(
    honour: str, guessed: bool
) -> None:
    """Writers differ on whether "Ratu", "Haji" or "Datuk Seri" is part of a name (held-out 27,
    29 and 31 keep "Ratu"; the draft drops it): a speaker found by a full name after such a
    title is a guess; after "Mr" or "Dr", which no one keeps, it is not."""
    said = f"{honour} Sela Vunidilo said the talks went well.".strip()
    article = (
        "SUVA (Reuters) - Trade Minister Sela Vunidilo met Tongan officials on Monday.\n\n"
        f"{said}\n\n[Joint statement _2026.3.5. Suva]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [statement] = [s for s in drafted.statements if "talks went well" in s.text]
    assert [p.name for p in drafted.people if p.id in statement.speakers] == ["Sela Vunidilo"]
    flagged = any(item.startswith(f"{statement.ref}:") for item in drafted.curation.review)
    assert flagged is guessed


@pytest.mark.parametrize(
    ("text", "name", "half_read"),
    [
        ("Sultan Abdul Hakeem Mu\u2019izzaddin came.", "Abdul Hakeem Mu", True),
        ("Emir Nasser Al'thani came.", "Nasser Al", True),
        ("Dasho Karma Ura came. Later Dasho Ura spoke.", "Dasho Karma Ura", True),
        ("Lyonpo Dawa Tenzin met Lyonpo Tenzin's aides.", "Lyonpo Dawa Tenzin", True),
        ("Abdul Hakeem Mu came; Mu's aides spoke.", "Abdul Hakeem Mu", False),  # a possessive
        ("Then 'Neo Tau came; Ms Tau spoke.", "Neo Tau", True),  # a Sesotho name's apostrophe
        ("Then \u2019Neo Tau came.", "Neo Tau", True),
        ("Then Neo Tau came, and 'Neo Tau!' they sang.", "Neo Tau", False),  # once whole
        ("Nguyen Thi Lan met Nguyen Van Minh.", "Nguyen Thi Lan", False),  # a family name first
        (
            "Halla Björk Sigurðardóttir and Halla Sigurðardóttir met.",
            "Halla Björk Sigurðardóttir",
            False,
        ),
    ],
)
def test_a_listed_name_read_in_part_is_known(text: str, name: str, half_read: bool) -> None:
    """A listed name the text only writes inside a longer word (at its end or its start), or
    whose first word the text also writes before the family name alone (an honorific's use),
    is a guess wherever it is found; a short form that is someone else's listed name is no
    sign."""
    people = [Found(n, "Minister", 1, 1) for n in (name, "Halla Sigurðardóttir", "Nguyen Van Minh")]
    assert (name in half_read_names(text, people)) is half_read


@pytest.mark.parametrize(
    ("paragraphs", "release", "names"),
    [
        (  # a word only the joint statement writes before the name the story gives
            [(1, "Prime Minister Tomas Varga met the press."), (3, "[Joint Statement]"),
             (4, "The Prime Minister of the Slovak Republic Tomas Varga visited Vienna.")],
            3, ["Tomas Varga"],
        ),
        (
            [(1, "Finance Minister Kavita Rao spoke."), (3, "[Joint Statement]"),
             (4, "Smt Kavita Rao, Minister of Finance, signed.")],
            3, ["Kavita Rao"],
        ),
        (  # an honorific no rule lists: before two names, and before a family name alone
            [(1, "Governor Oba Ade Bello met Minister Oba Femi Ojo. Oba Bello said little.")],
            None, ["Ade Bello", "Femi Ojo"],
        ),
        (  # a family name two people share is no honorific
            [(1, "Minister Nguyen Thi Lan met Governor Nguyen Van Minh. Lan said little.")],
            None, ["Nguyen Thi Lan", "Nguyen Van Minh"],
        ),
        ([(1, "Student Ivo Marić, 20, said he would stay.")], None, ["Ivo Marić"]),
        ([(1, "Villager Amara Diallo said the road was new.")], None, ["Amara Diallo"]),
        ([(1, "Pensioner Ruth Okafor, 71, said so.")], None, ["Ruth Okafor"]),
    ],
)  # fmt: skip
def test_a_word_before_a_name_is_no_part_of_it(
    paragraphs: list[tuple[int, str]], release: int | None, names: list[str]
) -> None:
    """An honorific or a title's last word the story never writes before the name, an
    honorific the text uses as one, and an occupation that starts a sentence are no part of
    the name (issue 19, round 15: "Shri", "Lyonchhen", "Republic", "Student" were kept)."""
    assert [p.name for p in find_people(paragraphs, release).values()] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy Minister Siti Nur\u2019aini Hassan said the plan was sound.",
         "Siti Nur\u2019aini Hassan"),
        ("Trade Minister Dara O\u2019Neill said so.", "Dara O\u2019Neill"),
        ("Finance Minister Idris Mu\u2019allim met Kano\u2019s governor.", "Idris Mu\u2019allim"),
        ("Fisheries Minister Eyð í Hoyvík said the quota stood.", "Eyð í Hoyvík"),
        ("Culture Minister Ragna við Streym said so.", "Ragna við Streym"),
        ("Foreign Minister Carl af Ekström spoke.", "Carl af Ekström"),
        ("Ambassador Huw ap Rhys spoke.", "Huw ap Rhys"),
        ("Mayor Lotte ter Horst said the port would grow.", "Lotte ter Horst"),
    ],
)  # fmt: skip
def test_a_name_keeps_its_curly_apostrophe_and_its_particles(text: str, name: str) -> None:
    """A typesetter's apostrophe inside a name and the small words of Faroese, Scandinavian,
    Welsh and Dutch names are the name's (issue 19, round 15: "Mu'izzaddin" was cut to "Mu",
    "Jógvan á Heygum" was not read)."""
    assert [p.name for p in find_people([(1, text)]).values()] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("US envoy John A. Carter said the tariffs would go.", "John A. Carter"),
        ("Governor Mary K. L. Osei said so.", "Mary K. L. Osei"),
        ("Amara N. Diallo, the Guinean trade minister, spoke first.", "Amara N. Diallo"),
    ],
)
def test_a_middle_initial_is_part_of_the_name(text: str, name: str) -> None:
    """A new user's finding (issue 19, round 15): "John A. Carter said" found no one."""
    assert [p.name for p in find_people([(1, text)]).values()] == [name]


@pytest.mark.parametrize(
    "clause",
    [
        "Officials close to Brandmeier said the deal was near.",
        "People close to Chancellor Ulrike Brandmeier told Reuters she was pleased.",
        "Aides to Mori said the talks ran late.",
        "On Tuesday, a source familiar with Boateng's thinking said he would sign.",
        "Diplomats around Mori also said the visit was a success.",
        # an office's or a spokesperson's words are theirs (a new user's finding, round 17)
        "Mori's office said the trip would focus on chips.",
        "Chancellor Ulrike Brandmeier's spokeswoman told reporters the talks ran late.",
        "A spokesman for Boateng said he would sign.",
        "The spokesperson for the chancellor, speaking on Friday, said so.",
        "Brandmeier's critics said the deal was rushed.",  # new user 25
        "Critics of Brandmeier said the deal was rushed.",  # new user 26
        "Some opponents of Chancellor Ulrike Brandmeier told Reuters the deal was rushed.",
        "On Monday, supporters of Mori said he had won.",
        "Officials from both sides said talks on the route would begin next month.",  # user 34
    ],
)
def test_unnamed_people_near_someone_are_not_that_someone(clause: str) -> None:
    """ "Officials close to Silva said" are unnamed officials, never Silva (a new user's
    finding, issue 19, round 15): the words are nobody's, and the curator is told why."""
    resolver = Resolver(find_people([(1, PEOPLE_TEXT)]))
    bound = resolver.subject_of(clause, 2)
    assert bound is not None
    assert bound.people == []
    assert "names no one" in bound.rule


@pytest.mark.parametrize(
    "clause",
    [
        "Yaw Boateng, adviser to the chancellor, said so.",
        "Mori's spokesman, Yaw Boateng, said so.",
        "Yaw Boateng said Mori's office would open in May.",
    ],
)
def test_a_named_speaker_near_an_office_is_still_the_speaker(clause: str) -> None:
    resolver = Resolver(find_people([(1, PEOPLE_TEXT)]))
    bound = resolver.subject_of(clause, 2)
    assert bound is not None
    assert [p.name for p in bound.people] == ["Yaw Boateng"]


@pytest.mark.parametrize(
    ("second", "review"),
    [
        ("but Mori's aides said no date was set.", '"Mori\'s aides" names no one'),
        ("while Japanese officials said the mood was tense.", None),  # as "Officials said"
        ("but critics of the plan said it was rushed.", None),
    ],
)
def test_a_second_unnamed_speaker_takes_the_second_half_of_the_sentence(
    second: str, review: str | None
) -> None:
    """ "Kim said the talks went well, but Sato's aides said no date was set." gave the aides'
    words to Kim, certain (new user 26): the sentence is cut at the conjunction as it is for a
    named second speaker; the first half is Kim's, the second nobody's, and the curator is told
    whose words the draft could not name."""
    article = (
        "Chancellor Ulrike Brandmeier of Germany met Prime Minister Haruto Mori of Japan.\n\n"
        f"Brandmeier said the talks went well, {second}\n\n"
        "[Joint statement _2026.3.5. Berlin]\n\n1. Grid\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft(article, "a.txt")
    said = [(s["text"], s.get("speakers")) for s in drafted["statements"]]
    assert said == [("Brandmeier said the talks went well,", ["ulrike-brandmeier"])]
    assert second in [n["text"] for n in drafted["narration"]]
    assert review is None or any(review in item for item in drafted["curation"]["review"])


DATELINED = (
    "Leaders meet\n\n{dateline}Prime Minister Rui Tavares met Prime Minister Lucía Navarro on "
    "Monday.\n\nTavares said the deal was near.\n\n[Joint statement{title}]\n\nThe two "
    "sides met.\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
)


@pytest.mark.parametrize(
    ("dateline", "title", "city"),
    [
        ("LISBON (Reuters) - ", " _2026.3.5.", "Lisbon"),
        ("PORT MORESBY, Papua New Guinea — ", "", "Port Moresby"),
        ("N'DJAMENA \u2013 ", " _2026.3.5.", "N'Djamena"),
        ("Nuuk, Greenland (AP) — ", "", "Nuuk"),
        ("", " _2026.3.5.", None),  # no dateline: still the placeholder
        ("Officials - and aides - met. ", "", None),  # no capitals, no agency: no dateline
        ("ANKARA - ", " _2026.3.5. Istanbul", "Istanbul"),  # the title's city first
        ("BOGOTÁ, March 12 - ", "", "Bogotá"),  # new user 57: accented capitals
        ("SÃO PAULO (Reuters) - ", "", "São Paulo"),
        ("REYKJAVÍK - ", " _2026.3.5.", "Reykjavík"),
        ("ZÜRICH, May 3 (dpa) - ", "", "Zürich"),
    ],
)
def test_a_city_only_the_article_names_is_its_datelines_a_guess(
    dateline: str, title: str, city: str | None
) -> None:
    """Where the release's title gives no city, the story's dateline is the likely one, for
    the curator to check (a new user's finding, issue 19, round 15: it was not found)."""
    drafted = draft(DATELINED.format(dateline=dateline, title=title), "a.txt")
    review = [item for item in drafted["curation"]["review"] if item.startswith("summit.city")]
    assert drafted["summit"]["city"] == (city or PLACEHOLDER)
    if title.endswith("Istanbul"):
        assert review == []
    else:
        why = f"{city!r}, the article's dateline, a guess" if city else "not in the release's title"
        assert len(review) == 1 and review[0].endswith(why)


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("BOGOTÁ, March 12 - ", "BOGOTA, March 12 - "),
        ("BRASÍLIA (Reuters) - ", "BRASILIA (Reuters) - "),
        ("KRAKÓW - ", "KRAKOW - "),
    ],
)
def test_a_dateline_in_accented_capitals_is_read_as_one_without_accents(
    accented: str, plain: str
) -> None:
    """New user 57: after "BOGOTÁ, March 12 - " the lede's "… agreed on Thursday to …" was
    plain narration with no review item (after "BOGOTA" an account), and the city was lost."""
    lede = (
        "Leaders agree\n\n{}Norwegian Prime Minister Kari Dahl and Icelandic Prime Minister Jon "
        "Arnason agreed on Thursday to expand fisheries research.\n\n[Joint statement]\n\n"
        "The two sides met.\n\n1. Trade\n\n(1) The two leaders agreed to meet again.\n\n/End/"
    )
    drafted, reference = draft(lede.format(accented), "a.txt"), draft(lede.format(plain), "a.txt")

    def said(summit: dict[str, Any]) -> list[tuple[str, list[str]]]:
        return [(s["kind"], s.get("speakers", s.get("subjects"))) for s in summit["statements"]]

    assert said(drafted) == said(reference) and said(drafted)[0][0] == "account"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Minister of Energy of Kazakhstan Nurlan Sadykov told reporters the pipeline was ready.",
         [("Nurlan Sadykov", "Minister of Energy of Kazakhstan")]),
        ("Director of the Aktau Sea Trade Port Serik Abenov noted that cargo grew.",
         [("Serik Abenov", "Director of the Aktau Sea Trade Port")]),
        ("Chairman of the State Committee for Tourism Aziz Karimov said visas would go.",
         [("Aziz Karimov", "Chairman of the State Committee for Tourism")]),
        ("Minister for Trade and Cooperation Ambassador Dr Amina Said Ali said so.",
         [("Amina Said Ali", "Minister for Trade and Cooperation")]),  # the title's rule
    ],
)  # fmt: skip
def test_a_title_with_its_whole_office_before_a_name_finds_the_name(
    text: str, people: list[tuple[str, str]]
) -> None:
    """ "Minister of Foreign Affairs of Azerbaijan Farid Huseynov told": the office's words,
    no comma, then the name before the verb (issue 19, round 15, held-out 20's wire copy)."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


def test_a_pronoun_agrees_and_is_always_a_guess() -> None:
    """Even the speaker of the sentence before, whom a pronoun most likely means, is a guess:
    only a name or a role one person holds makes an attribution certain (issue 19, round 4)."""
    resolver = Resolver(find_people([(1, PEOPLE_TEXT)]))
    ulrike, otto = resolver.people["ulrike-brandmeier"], resolver.people["otto-brandmeier"]
    resolver.spoke([ulrike], 2)
    assert _speaker(resolver, "She added,", 2) == (["Ulrike Brandmeier"], False)
    assert _speaker(resolver, "According to her, the", 2) == (["Ulrike Brandmeier"], False)
    signed = "Former Chancellor Otto Brandmeier signed it."
    resolver.note(resolver.mentions(signed), 2, signed)
    assert _speaker(resolver, "He added,", 2) == (["Otto Brandmeier"], False)  # named since
    resolver.spoke([otto], 3)
    assert _speaker(resolver, "She also noted that", 3) == (["Ulrike Brandmeier"], False)
    assert resolver.subject_of("She said", 9) is not None


def test_a_pronoun_after_someone_the_draft_does_not_know_is_a_guess() -> None:
    """ "She said" after a woman the rules did not take for a person: the speaker before is
    only a guess, for the curator (issue 19, third round, class 3)."""
    resolver = Resolver(find_people([(1, PEOPLE_TEXT)]))
    ulrike = resolver.people["ulrike-brandmeier"]
    resolver.spoke([ulrike], 2)
    text = "Brandmeier left the hall with Amira Haddad of the Lowy Institute."
    resolver.note(resolver.mentions(text), 2, text)
    assert _speaker(resolver, "She added,", 2) == (["Ulrike Brandmeier"], False)


def test_a_quotation_left_open_goes_on_in_the_next_paragraph() -> None:
    article = (
        "President Baek Seung-ho met Prime Minister Haruto Mori.\n\n"
        '"We agreed on trade," Mori said. "We will meet again.\n\n'
        '"And we will stay friends."\n\n'
        "[Joint statement _2026.11.14. Seoul]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [(s.speakers, s.text) for s in drafted.statements] == [
        (("haruto-mori",), "We agreed on trade"),
        (("haruto-mori",), "We will meet again."),
        (("haruto-mori",), "And we will stay friends."),
    ]
    assert article_problems(drafted, "a.txt", article) == []


ARTICLE = (
    "SEOUL (Wire) - President Baek Seung-ho and Prime Minister Haruto Mori met on Friday.\n\n"
    '"We are friends," Mori said, "and we will stay friends." "It was a good day." The two '
    "leaders agreed to meet again.\n\n"
    'Baek told reporters the two countries had "turned a page." He added, “Trade will grow.”\n\n'
    '"This is a new beginning."\n\n'
    "[Joint statement on the results of the summit _2026.11.14. Seoul]\n\n"
    "President Baek said that Korea values the partnership.\n\n1. Trade\n\n"
    "(1) The two leaders agreed to trade.\n\n/End/"
)


def test_a_small_article_end_to_end() -> None:
    drafted = draft_summit(ARTICLE, "a.txt")
    said = [(s.kind, s.speakers, s.text, s.attribution) for s in drafted.statements]
    assert said == [
        ("direct", ("haruto-mori",), "We are friends", "Mori said,"),
        ("direct", ("haruto-mori",), "and we will stay friends.", None),
        ("direct", ("haruto-mori",), "It was a good day.", None),
        ("account", (), "The two leaders agreed to meet again.", None),
        ("reported", ("baek-seung-ho",),
         'Baek told reporters the two countries had "turned a page."', None),
        ("direct", ("baek-seung-ho",), "Trade will grow.", "He added,"),
        ("direct", ("baek-seung-ho",), "This is a new beginning.", None),  # a guess
    ]  # fmt: skip
    assert drafted.release.preamble[0].speakers == ("baek-seung-ho",)
    assert [n.text for n in drafted.narration][1:] == ["/End/"]
    assert article_problems(drafted, "a.txt", ARTICLE) == []
    assert any("S7" in item and "paragraph break" in item for item in drafted.curation.review)


ARTICLES = sorted(DRAFTS.glob("**/*.txt")) + ([SOURCE] if SOURCE.is_file() else [])


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: str(path.relative_to(path.parents[1])))
def test_drafts_of_the_source_and_the_test_articles_lose_no_sentence_and_load(path: Path) -> None:
    """Held-out articles too: keeping every sentence is no rule to tune but the draft's promise,
    and so is a file every command loads (a headline over its subhead once made a text with a
    line break in it, which no summit file may hold). One test an article, so that the workers
    share the 1,200 of them and a failure names its article."""
    text = path.read_text(encoding="utf-8")
    drafted = draft_summit(text, path.name)
    assert article_problems(drafted, path.name, text) == []
    assert placement_problems(drafted) == []  # a person first named in the release is its
    assert loaded(encode(drafted))[1] == []


def test_a_short_frame_inside_a_longer_record_is_covered() -> None:
    """A quotation's frame as short as "or" is also inside other records' words ("Mori",
    "reporters"): the check takes the longer records out first, so the frame is there once,
    as it is in the paragraph (held-out 24 counted it as a dropped sentence)."""
    article = (
        "President Baek Seung-ho met Prime Minister Haruto Mori.\n\n"
        '「未来へ」, or "Towards the future," Mori told reporters.\n\n'
        "[Joint statement _2026.11.14. Seoul]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [s.attribution for s in drafted.statements] == ["or", "Mori told reporters."]
    assert article_problems(drafted, "a.txt", article) == []
    doubled = msgspec.structs.replace(drafted, statements=drafted.statements * 2)
    assert article_problems(doubled, "a.txt", article) != []


@pytest.mark.parametrize(
    "marks", ['""', "\u00ab\u00bb", "\u201c\u201d", "\u00bb\u00ab", "\u201e\u201c"]
)
def test_a_full_stop_after_a_quotations_closing_mark_is_covered(marks: str) -> None:
    """A quotation whose full stop stands outside its marks, as British and Italian copy puts
    it (`«…», he affirmed. «…».`), left that stop in no record, and the coverage check called
    the paragraph lost (held-out 210, seen by the lead when its set was committed): the stop
    belongs to the quotation, as the marks and a comma after them do."""
    opening, closing = marks[0], marks[1]
    paragraph = (
        f"{opening}Norway and Iceland are small{closing}, he has affirmed. "
        f"{opening}We are fishermen. It is a lesson for us{closing}."
    )
    article = (
        "OSLO (Wire) - Prime Minister Jonas Berg met Prime Minister Anna Jonsdottir.\n\n"
        f"{paragraph}\n\n[Joint statement _2026.3.12. Oslo]\n\n1. Energy\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [s.text for s in drafted.statements] == [
        "Norway and Iceland are small",
        "We are fishermen. It is a lesson for us",
    ]
    assert article_problems(drafted, "a.txt", article) == []
    cut = article.replace(" It is a lesson for us", " It is")
    assert article_problems(drafted, "a.txt", cut) != []  # the check still reads the words


def test_a_paragraph_that_ends_in_a_bracket_is_covered() -> None:
    """A byline with an address in square brackets is narration like any other: the coverage
    check took its closing bracket for the release title's (held-out set 3 found it)."""
    article = (
        "President Baek Seung-ho met Prime Minister Haruto Mori.\n\n"
        "By Kim Ji-su [kim.jisu@example.com]\n\n"
        "[Joint statement _2026.11.14. Seoul]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert article_problems(drafted, "a.txt", article) == []


def test_a_leader_whose_words_are_only_in_the_clauses_is_a_speaker() -> None:
    """A leader the story names but never quotes, whose words are in the joint document's
    clauses alone, was drafted `speaker: false` (only statements and the preamble counted): the
    loader now holds the flag to the words, and refused such a draft."""
    article = (
        "President Baek Seung-ho met Prime Minister Haruto Mori in Seoul on Friday.\n\n"
        "The talks lasted two hours.\n\n"
        "[Joint statement _2026.11.14. Seoul]\n\n1. Trade\n\n"
        "(1) President Baek welcomed the new trade office.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [clause] = drafted.release.sections[0].clauses
    assert clause.speakers == ("baek-seung-ho",)
    assert {p.id: p.speaker for p in drafted.people} == {
        "baek-seung-ho": True,
        "haruto-mori": False,
    }
    assert loaded(encode(drafted))[1] == []


GUESSED_MARK = "Vladimir Orlov (unreviewed draft: speaker guessed)"


@pytest.mark.parametrize("no_cache", ["1", ""])  # the files read, or their index in the cache
@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["quotes"], [GUESSED_MARK, "S2: unreviewed draft: speaker guessed (pronoun: "]),
        (["quotes", "-f", "csv"], [GUESSED_MARK]),
        (
            ["quotes", "-f", "markdown"],
            [f"— **S2** ({GUESSED_MARK}, reported in the article's words)"],
        ),
        (["quotes", "--json"], ['"unreviewed":"speaker guessed (pronoun: ']),
        (["quotes", "--jsonl"], ['"unreviewed":"speaker guessed (pronoun: ']),
        (["show", "S2"], [GUESSED_MARK, "S2: unreviewed draft: speaker guessed (pronoun: "]),
        (["show", "S2", "-f", "markdown"], ["- Speaker (curation): unreviewed draft: speaker"]),
        (["show", "S2", "-f", "rich"], ["Speaker (curation): unreviewed draft: speaker"]),
        (["search", "trade", "-f", "csv"], [GUESSED_MARK]),
        (["cite", "S2"], [f"reporting {GUESSED_MARK} (indirect speech)."]),
        (["cite", "S2", "--json"], ['"curated":["citation"]']),
        (
            ["compare", "S2", "-f", "markdown"],
            [f"— **S2** ({GUESSED_MARK}, reported in the article's words)"],
        ),
        (["compare", "S2", "--json"], ['"unreviewed":"speaker guessed (pronoun: ']),
    ],
)
def test_a_guessed_speaker_is_marked_wherever_the_statement_is_shown(
    command: list[str], shown: list[str], no_cache: str, tmp_path: Path, summit_cli: Any
) -> None:
    """Issue 19, round 4: a statement whose speaker the draft guessed (S2, "According to
    him, …") says so in every format, as curation, until the curator clears the review item;
    one the draft is certain of (S4, "The Egyptian president added") is shown as any other."""
    article = (DRAFTS / "tuning" / "tass-moscow.txt").read_text(encoding="utf-8")
    path = tmp_path / "draft.json"
    path.write_bytes(encode(draft_summit(article, "tass-moscow.txt")))
    result = summit_cli("--data", str(path), *command, COLUMNS="200", SUMMIT_NO_CACHE=no_cache)
    assert result.returncode == 0, result.stderr
    for words in shown:
        assert words in result.stdout + result.stderr
    if command[0] == "quotes":  # S2, S10, clauses 1.1 and 2.1 ("The two sides decided") are
        # guesses, and so are S7 and S8 since round 41: "Minister of Trade and Industry Hassan
        # Abdel Rahman", "Hassan" written nowhere else, may start with the portfolio's last word
        assert result.stdout.count("speaker guessed") == 6  # the other six certain


CLAUSE_GUESSED = "Kim Min-soo & Taro Sato (unreviewed draft: speaker guessed)"


@pytest.mark.parametrize("no_cache", ["1", ""])
@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["show", "1.1"], [CLAUSE_GUESSED, "1.1: unreviewed draft: speaker guessed (the two "]),
        (["show", "1", "--json"], ['"unreviewed":"speaker guessed (the two leaders']),
        (["quotes", "-f", "markdown"], [f"— **1.1** ({CLAUSE_GUESSED}, reported, in a clause)"]),
        (["search", "energy", "-f", "csv"], [CLAUSE_GUESSED]),
    ],
)
def test_a_clause_whose_speakers_a_draft_guessed_says_so(
    command: list[str], shown: list[str], no_cache: str, tmp_path: Path, summit_cli: Any
) -> None:
    """ "(1) The two leaders agreed to …" is the two leaders' words in the joint document, a
    guess: marked as one wherever the clause is shown, as a statement's guess is."""
    path = write_draft(tmp_path)
    result = summit_cli("--data", str(path), *command, COLUMNS="200", SUMMIT_NO_CACHE=no_cache)
    assert result.returncode == 0, result.stderr
    for words in shown:
        assert words in result.stdout + result.stderr


GUESS_NOTE = re.compile(r"^summit: note: .*(: unreviewed draft: |an unreviewed draft guessed$)")


@pytest.mark.parametrize("command", [["quotes"], ["quotes", "-f", "csv"], ["speakers"]])
def test_a_folder_of_drafts_names_a_few_guesses_on_stderr_and_counts_the_rest(
    command: list[str], tmp_path: Path, summit_cli: Any
) -> None:
    """New user 57: `quotes` over 300 drafts printed 901 notes, one per guessed speaker, which
    buried every other note. Each such row is marked in stdout already, so stderr names the
    first few and counts the rest; `--json` keeps every row's reason."""
    article = (DRAFTS / "tuning" / "tass-moscow.txt").read_text(encoding="utf-8")
    drafted = json.loads(encode(draft_summit(article, "tass-moscow.txt")))
    for number in range(4):
        (tmp_path / f"d{number}.json").write_text(
            json.dumps(drafted | {"id": f"{drafted['id']}-{number}"}), encoding="utf-8"
        )
    shown = summit_cli("--data", str(tmp_path), *command, SUMMIT_NO_CACHE="1")
    assert shown.returncode == 0, shown.stderr
    guessed_rows = shown.stdout.count("(unreviewed draft: ")
    named = [line for line in shown.stderr.splitlines() if GUESS_NOTE.search(line)]
    assert guessed_rows > GUESSES_NAMED
    assert len(named) == GUESSES_NAMED
    assert f"and {guessed_rows - GUESSES_NAMED} more rows" in shown.stderr
    full = summit_cli("--data", str(tmp_path), command[0], "--json", SUMMIT_NO_CACHE="1")
    assert full.stdout.count('"unreviewed":') == guessed_rows


NO_LEADERS_FOUND = """Leaders meet in Hanoi

HANOI, Aug 11 (Reuters) - Party chief To Lam received a delegation on Monday.

[Joint statement _2026.8.11. Hanoi]

1. Trade

(1) The two leaders agreed to expand trade.

/End/
"""


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["show", "1.1"], ["1.1: unreviewed draft: no speaker found (see its item in curation"]),
        (["show", "1.1", "--json"], ['"unreviewed":"no speaker found (see its item in']),
        (["show", "1.1", "-f", "markdown"], ["- Speaker (curation): unreviewed draft: no speaker"]),
    ],
)
def test_a_clause_whose_speakers_a_draft_did_not_find_says_so(
    command: list[str], shown: list[str], tmp_path: Path, summit_cli: Any
) -> None:
    """New user 41: a clause of "the two leaders" whose leaders the draft did not find had no
    speakers and was marked "speaker guessed": nobody was guessed, and the item says why."""
    path = write_draft(tmp_path, article=NO_LEADERS_FOUND)
    result = summit_cli("--data", str(path), *command, COLUMNS="200")
    assert result.returncode == 0, result.stderr
    assert "speaker guessed" not in result.stdout + result.stderr
    for words in shown:
        assert words in result.stdout + result.stderr


def test_a_speakers_counts_say_how_many_rest_on_a_drafts_guesses(
    tmp_path: Path, summit_cli: Any
) -> None:
    """`speakers` counted a draft's guessed speakers as any others, unmarked: a count resting on
    a guess is curation until the review is cleared, and says so (JSON and stderr)."""
    path = write_draft(tmp_path)
    drafted = json.loads(path.read_text(encoding="utf-8"))
    guessed = guesses(tuple(drafted["curation"]["review"]))
    records = [*drafted["statements"], *drafted["release"]["preamble"]]
    records += [c for section in drafted["release"]["sections"] for c in section["clauses"]]
    expected = {
        person["name"]: sum(
            person["id"] in r.get("speakers", []) and r["ref"] in guessed for r in records
        )
        for person in drafted["people"]
    }
    assert max(expected.values()) > 0
    people = json.loads(summit_cli("--data", str(path), "speakers", "--json").stdout)
    for person in people:
        count = expected[person["name"]]
        if count:
            rest = "rests" if count == 1 else "rest"  # "1 of these counts rest" (new user 47)
            assert person["unreviewed"] == (
                f"{count} of these counts {rest} on speakers an unreviewed draft guessed"
            )
            assert "unreviewed" in person["curated"]
        else:
            assert "unreviewed" not in person
    piped = summit_cli("--data", str(path), "speakers")
    assert "rest on speakers an unreviewed draft guessed" in piped.stderr


@pytest.mark.parametrize("fmt", ["ris", "bibtex", "csl-json", "plain"])
def test_a_citation_of_a_draft_says_only_what_its_source_is(
    fmt: str, tmp_path: Path, summit_cli: Any
) -> None:
    """A draft's article is the user's own: not called machine-translated (the bundled source
    is), and a source without a description leaves no 'None' in the note."""
    path = tmp_path / "draft.json"
    path.write_bytes(encode(draft_summit((DRAFTS / "kim-sato.txt").read_text(), "kim-sato.txt")))
    result = summit_cli("--data", str(path), "cite", "S1", "2.1", "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert "machine-translated" not in result.stdout and "None" not in result.stdout
    assert "kim-sato.txt" in result.stdout
    bundled = summit_cli("cite", "S4", "--format", fmt).stdout
    assert "machine-translated" in bundled and "None" not in bundled


@pytest.mark.parametrize(
    ("sentence", "role", "composed"),
    [
        ("President Amara Diallo of Guinea met Kim.", "President of Guinea", True),
        ("Prime Ministers Amara Diallo of Guinea and Ola Berg of Norway met Kim.", None, True),
        ("Amara Diallo, who heads the Conakry Port Authority, met Kim.", None, True),
        ("Guinean President Amara Diallo met Kim.", "Guinean President", False),
        ("Amara Diallo, the President of Guinea, met Kim.", "President of Guinea", False),
    ],
)
def test_a_role_the_article_does_not_write_is_said_to_be_composed(
    sentence: str, role: str | None, composed: bool
) -> None:
    """A role made of the article's pieces ("President of Guinea" of "President Amara Diallo of
    Guinea") is no verbatim fact: the review says so (issue 19, round 16, a new user's
    finding); a role the article writes as such is not flagged."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    summit = draft_summit(f"{sentence}\n\n{article}", "k.txt")
    diallo = next(p for p in summit.people if p.name == "Amara Diallo")
    assert role is None or diallo.role == role
    said = [item for item in summit.curation.review if item.startswith("people: Amara Diallo's")]
    assert bool(said) is composed
    assert all(f"role {diallo.role!r} is not the article's words" in item for item in said)


@pytest.mark.parametrize(
    ("sentence", "spilled"),
    [
        ("Among them, Ana Mamani, a congresswoman from Puno -- no relation to the Bolivian "
         'president -- said the government had "given away" part of the port.', True),
        ("Ana Mamani, a congresswoman from Puno, said the government had given away the port.",
         False),
    ],
)  # fmt: skip
def test_a_role_that_holds_a_verb_of_the_sentence_is_a_review_item(
    sentence: str, spilled: bool
) -> None:
    """A role that ran on past a dash-set aside into the sentence's verb and its words showed as
    the person's role in `speakers`, `info` and the export, with no review item (new user 53):
    a role holding "said", "told", "met", "held" or "received" may hold more than the
    description, and the review says so."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    summit = draft_summit(f"{sentence}\n\n{article}", "k.txt")
    mamani = next(p for p in summit.people if p.name == "Ana Mamani")
    said = [i for i in summit.curation.review if i.startswith("people: Ana Mamani's role")]
    assert bool([i for i in said if "may run past" in i]) is spilled, (mamani.role, said)


@pytest.mark.parametrize(
    ("title", "date", "city", "why"),
    [
        (" _2027.2.29. Lima", "1900", "Lima", "the title's date 2027.2.29 is not on the calendar"),
        (" _2026.4.31.", "1900", None, "the title's date 2026.4.31 is not on the calendar"),
        (" _2026.13.1. Oslo", "1900", "Oslo", "the title's date 2026.13.1 is not on the calendar"),
        (" _2028.2.29.", "2028-02-29", None, None),  # a leap year's
        (" _2026.7.9.", "2026-07-09", None, None),  # no city: the date stays
        (" _2026. 7. 9. Lima", "2026-07-09", "Lima", None),  # a Korean release's spaced dots
        # the date written in words (new user 25: "…, Oslo, 12 March 2026" gave no date)
        (", 12 March 2026", "2026-03-12", None, None),
        (", March 12, 2026", "2026-03-12", None, None),
        (", 31 April 2026", "1900", None, "the title's date 2026.4.31 is not on the calendar"),
        (", Oslo, 12 March 2026", "2026-03-12", "Oslo", None),  # new user 26: the title's city
        (", Port Louis, March 12, 2026", "2026-03-12", "Port Louis", None),
        # new user 27: a city after the date, a date in brackets, an ordinal day
        (", 12 March 2026, Lima", "2026-03-12", "Lima", None),
        (" (12 March 2026)", "2026-03-12", None, None),
        (" issued on the twelfth of March 2026", "2026-03-12", None, None),
        (", Lima, twelfth of March 2026", "2026-03-12", "Lima", None),
        (", 1st March 2026", "2026-03-01", None, None),
        (", March 21st, 2026", "2026-03-21", None, None),
        (" signed on the thirty-first of March 2026", "2026-03-31", None, None),
        # new user 47: an ISO date, read as the dotted one is
        (", Oslo, 2026-03-12", "2026-03-12", "Oslo", None),
        (", 2026-03-12, Lima", "2026-03-12", "Lima", None),
        (" (2026-03-12)", "2026-03-12", None, None),
        (", 2026-02-30", "1900", None, "the title's date 2026.2.30 is not on the calendar"),
        # new user 58: digits a day first, and dates the title gives in part (the city was
        # read too, where "city: not in the release's title" had said it was not)
        (", Oslo, 12.03.2026", "2026-03-12", "Oslo", None),
        (", 12.3.2026, Lima", "2026-03-12", "Lima", None),
        (", 31.04.2026", "1900", None, "the title's date 2026.4.31 is not on the calendar"),
        (", Oslo, 25/03/2026", "2026-03-25", "Oslo", None),
        (", Oslo, 03/25/2026", "2026-03-25", "Oslo", None),  # the month first: no 25th month
        (
            ", Oslo, 12/03/2026",
            "1900",
            "Oslo",
            "the title's date 12/03/2026 may be 12 March or "
            "3 December 2026: write the one the source means",
        ),
        (", Oslo, 12 March", "1900", "Oslo", "the title's date 12 March gives no year"),
        (", March 12, Lima", "1900", "Lima", "the title's date March 12 gives no year"),
        (", Oslo, March 2026", "1900", "Oslo", "the title's date March 2026 gives no day"),
        # new user 62: the city "in" it or after a dash, or with no date at all, was said
        # not to be in the title, and stayed in the summit's title
        (" in Oslo on 12 March 2026", "2026-03-12", "Oslo", None),
        (" - Oslo, 12 March 2026", "2026-03-12", "Oslo", None),
        (", Seoul", "1900", "Seoul", "the release's title gives no date"),
        (" in Seoul", "1900", "Seoul", "the release's title gives no date"),
        (" \u2013 Seoul", "1900", "Seoul", "the release's title gives no date"),
    ],
)
def test_a_title_date_is_written_only_if_the_calendar_has_it(
    title: str, date: str, city: str | None, why: str | None
) -> None:
    """An impossible date in the release's title is a placeholder and a review item, never
    written (every command refused the draft: a new user's "2026.2.30"); a possible one is kept,
    with or without a city."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    summit = draft_summit(article.replace(" _2026.3.5. Seoul", title), "k.txt")
    assert summit.info.date == date
    assert summit.info.city == (city or PLACEHOLDER)
    assert summit.info.title == "Korea-Japan summit"  # never the title's place and date again
    assert summit.id == f"korea-japan-summit-{'k-undated' if why else date}"
    assert not any(item.startswith("summit.city") for item in summit.curation.review) or not city
    dated = [item for item in summit.curation.review if item.startswith("summit.date")]
    assert dated == ([f"summit.date: a placeholder (1900): {why}"] if why else [])
    assert loaded(encode(summit))[1] == []


@pytest.mark.parametrize(
    ("title", "document_title"),
    [
        ("Joint press release on the results of the Korea-Japan summit", False),
        ("Joint Declaration of Chile and Peru", True),
        # the README's own layout names the meeting after the document's kind (new user 30)
        ("Joint statement on the Norway-Iceland summit", False),
        ("Joint press statement on the Norway-Iceland summit", False),  # new user 58
        ("Communique of the Kenya-Uganda summit", False),
        ("Joint declaration on the state visit", False),
        ("Joint statement on cooperation", True),
        # a meeting named before its parties, as its id already was (new user 46)
        ("Joint declaration of the Lima summit between Peru and Chile", False),
        # new user 62: the kind set off by a colon or a dash left ": Norway-Iceland Summit"
        ("Joint Statement: Norway-Iceland Summit", False),
        ("Joint Communiqu\u00e9 \u2013 Norway-Iceland Summit", False),
        ("Joint Statement - Norway-Iceland Summit", False),
    ],
)
def test_a_joint_documents_title_standing_in_for_the_summits_is_said(
    title: str, document_title: bool, tmp_path: Path, summit_cli: Any
) -> None:
    """A new user's citation read "Rosa Vega, quoted. Joint declaration of Chile and Peru": the
    draft named the summit by its document, so a critic was cited as quoted by it. The draft
    keeps the title, but as a review item, and a citation or `info` says what it is."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    article = re.sub(r"\[.*?(?= _2026)", f"[{title}", article, count=1)
    path = tmp_path / "d.json"
    path.write_bytes(encode(draft_summit(article, "k.txt")))
    items = [i for i in msgspec.json.decode(path.read_bytes())["curation"]["review"]]
    said = [i for i in items if i.startswith("summit.title: ")]
    assert len(said) == (1 if document_title else 0)
    citation = summit_cli("--data", str(path), "cite", "S1").stdout
    info = summit_cli("--data", str(path), "info").stdout
    marked = "(unreviewed draft: the joint document's title"
    assert (marked in citation) == document_title
    assert (marked in info) == document_title
    if not document_title and title.startswith(("Joint", "Communique")):  # the meeting's name
        named = msgspec.json.decode(path.read_bytes())["summit"]["title"]
        meeting = re.sub(r"^.* (?:on|of) the |^[^:\u2013-]*[:\u2013-] ", "", title)
        assert named == meeting[0].upper() + meeting[1:], named


@pytest.mark.parametrize(
    ("title", "summit_id"),
    [
        ("Joint statement on the Norway-Iceland summit", "norway-iceland-summit-2026-03-05"),
        ("Joint Declaration of Chile and Peru", "chile-peru-2026-03-05"),
        ("Joint Communiqué between Kenya and Uganda", "kenya-uganda-2026-03-05"),
        ("Joint Press Release", "joint-press-release-2026-03-05"),  # nothing else to name it by
        # a state's formal name and the visit's protocol are words every such id would share
        (
            "Joint Statement between the People's Republic of Bangladesh and the Democratic "
            "Socialist Republic of Sri Lanka",
            "bangladesh-sri-lanka-2026-03-05",
        ),
        (
            "Joint Communiqué on the State Visit of H.E. Peter Chilima, President of the "
            "Republic of Malawi, to the Republic of Mozambique",
            "peter-chilima-malawi-mozambique-2026-03-05",
        ),
        (
            "Joint Declaration of the Presidents of the Plurinational State of Bolivia and the "
            "Republic of Peru",
            "bolivia-peru-2026-03-05",
        ),
        (
            "Japan-Republic of Korea Joint Press Statement",
            "japan-korea-joint-press-statement-2026-03-05",
        ),
        (  # at most eight words
            "Joint Communique of the Fifth Session of the Zimbabwe-Botswana Bi-National "
            "Commission on Trade, Energy and Water",
            "fifth-session-zimbabwe-botswana-bi-national-commission-trade-2026-03-05",
        ),
        (
            "Joint statement on the results of the Korea-Japan summit",
            "korea-japan-summit-2026-03-05",
        ),
        (  # a country's own name keeps its word ("ireland-united-summit" for new user 53)
            "Joint Statement by Ireland and the United Kingdom on the Dublin Summit",
            "ireland-united-kingdom-dublin-summit-2026-03-05",
        ),
        ("Joint Statement of the Kingdom of Spain and Ireland", "spain-ireland-2026-03-05"),
        # new user 58: a press statement or communiqué is as much a document's kind
        ("Joint press statement of the Korea-Japan summit", "korea-japan-summit-2026-03-05"),
        ("Joint Press Communique on the Korea-Japan Summit", "korea-japan-summit-2026-03-05"),
    ],
)
def test_a_drafts_id_leaves_out_the_documents_kind(title: str, summit_id: str) -> None:
    """A new user typed "joint-statement-on-the-norway-iceland-summit-2026-03-12:S2" in every
    ref: the words naming the document are the same in every draft and say nothing of which
    summit it is. The title itself keeps them (a review item asks for the meeting's name). So
    are a state's formal name and a visit's protocol: a corpus's refs were "state-visit-of-his-
    excellency-…-to-the-republic-of-mozambique-2026-11-20:S1"."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    article = re.sub(r"\[.*?(?= _2026)", f"[{title}", article, count=1)
    assert draft_summit(article, "k.txt").id == summit_id


@pytest.mark.parametrize("no_cache", ["1", ""])
def test_info_of_a_draft_marks_the_placeholders_it_could_not_fill(
    no_cache: str, tmp_path: Path, summit_cli: Any
) -> None:
    """A release title without a date leaves the draft a placeholder date (1900) and no city,
    country or venue: `info` says so in their place, never shows them as the summit's facts, and
    the id the draft makes says "undated" (a new user's trial found 1900 in it)."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    path = tmp_path / "draft.json"
    article = unplaced(article)
    path.write_bytes(encode(draft_summit(article, "k.txt")))
    env = {"SUMMIT_NO_CACHE": no_cache, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    rows = dict(
        line.split("\t", 1)
        for line in summit_cli("--data", str(path), "info", **env).stdout.splitlines()
    )
    assert rows["date"] == (
        "(unreviewed draft: a placeholder (1900): the release's title gives no date)"
    )
    assert rows["id"].endswith("-undated")  # cited in every key: never the placeholder's year
    assert rows["place"] == (
        "(unreviewed draft: venue not found (write the one the source states, or remove it if it "
        "names none); city not in "
        "the release's title; country not found (write the one the source states, or what you "
        "know in curation.facts.country))"
    )
    assert rows["visit"] == "state visit"  # found in the article: no mark
    info = json.loads(summit_cli("--data", str(path), "info", "--json", **env).stdout)
    assert info["unreviewed"] == {
        "date": "a placeholder (1900): the release's title gives no date",
        "venue": "not found (write the one the source states, or remove it if it names none)",
        "city": "not in the release's title",
        "country": (  # what to do, as the venue's says (new user 48)
            "not found (write the one the source states, or what you know in "
            "curation.facts.country)"
        ),
    }
    assert sorted(info["curated"]) == ["city", "country", "date", "unreviewed", "venue"]
    assert info["date"] is None  # never the placeholder's year, which `jq .date` would print


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The Korean president also pledged that", (["Kim Do-yun"], True)),  # South Korean
        ("The Dutch prime minister said", (["Maarten de Vries"], True)),
        ("The Dutch head of government said", (["Maarten de Vries"], True)),
        ("De Vries told a news conference", (["Maarten de Vries"], True)),
        ("Kim added that", (["Kim Do-yun"], False)),  # a family name two people share
    ],
)
def test_a_role_noun_is_its_one_holder_and_a_shared_family_name_a_guess(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    text = (
        "Dutch Prime Minister Maarten de Vries met South Korean President Kim Do-yun and South "
        "Korean Trade Minister Kim Ji-hoon."
    )
    assert _speaker(Resolver(find_people([(1, text)])), clause) == expected


def test_a_title_never_takes_a_word_of_the_name() -> None:
    """A portfolio of several words ends at its "and": "Mines, Birame" is no portfolio, and a
    name inside another's ("Souleye Diop") is that person, never a second one."""
    text = (
        "Senegal's Minister of Energy, Petroleum and Mines, Birame Souleye Diop, said so. "
        "Mamadou Lamine Diallo, secretary-general of the National Confederation of Workers of "
        "Senegal, warned that it was late. Minister for Social Development Affairs Budi "
        "Gunawan attended."
    )
    roles = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert roles.pop("Budi Gunawan").startswith("Minister for Social Development")
    assert roles == {
        "Birame Souleye Diop": "Senegal's Minister of Energy, Petroleum and Mines",
        "Mamadou Lamine Diallo": (
            "secretary-general of the National Confederation of Workers of Senegal"
        ),
    }


COMPOSED_ARTICLE = (
    "President Anna Berg of Norway met Prime Minister Kim Jae-won in Oslo on Tuesday.\n\n"
    '"We agree," Berg said.\n\n'
    "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
)


@pytest.mark.parametrize("no_cache", ["1", ""])
@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["speakers"], ["Anna Berg\tPresident of Norway (curated: composed)"]),
        (["speakers", "-f", "csv"], ["Anna Berg,President of Norway (curated: composed)"]),
        (["speakers", "-f", "markdown"], ["| President of Norway (curated: composed) |"]),
        (["speakers", "--json"], ['"role":"President of Norway"', '"role_basis":"Drafted: ']),
        (
            ["info"],
            ["Anna Berg (President of Norway; curated: composed)"],
        ),  # not nested (new user 42)
        (["info", "--json"], ['"role_basis":"Drafted: ']),
    ],
)
def test_a_role_a_draft_composed_is_curation_wherever_it_is_shown(
    command: list[str], shown: list[str], no_cache: str, tmp_path: Path, summit_cli: Any
) -> None:
    """A third new user's find: "President Anna Berg of Norway" made the role "President of
    Norway", words the article never writes, shown as the source's own. A role composed from
    the article's words is curation, with its basis, in every format."""
    path = write_draft(tmp_path, article=COMPOSED_ARTICLE)
    person = json.loads(path.read_text(encoding="utf-8"))["people"][0]
    assert (person["role"], person["curation"]["role_basis"][:9]) == (
        "President of Norway",
        "Drafted: ",
    )
    result = summit_cli("--data", str(path), *command, COLUMNS="200", SUMMIT_NO_CACHE=no_cache)
    assert result.returncode == 0, result.stderr
    for words in shown:
        assert words in result.stdout.replace(", ", ",").replace('": "', '":"')
    if command[-1] == "--json":
        [found] = [p for p in _people_of(json.loads(result.stdout)) if p["name"] == "Anna Berg"]
        assert {"role", "role_basis"} <= set(found["curated"])


def _people_of(output: Any) -> list[dict[str, Any]]:
    """The people of `speakers --json` (an array of them) or of `info --json` (participants)."""
    return output if isinstance(output, list) else list(output["participants"])


def test_an_export_of_a_draft_marks_its_composed_roles(tmp_path: Path, summit_cli: Any) -> None:
    path, database = write_draft(tmp_path, article=COMPOSED_ARTICLE), tmp_path / "draft.db"
    assert summit_cli("--data", str(path), "export", "sqlite", str(database)).returncode == 0
    with sqlite3.connect(database) as connection:
        [(role,)] = connection.execute("SELECT role FROM people WHERE name = 'Anna Berg'")
    assert role == "President of Norway (curated: composed)"


def test_an_export_of_a_draft_marks_its_guessed_speakers(tmp_path: Path, summit_cli: Any) -> None:
    """The SQLite export's passages say who spoke as every other format does, guesses marked."""
    article = (DRAFTS / "tuning" / "tass-moscow.txt").read_text(encoding="utf-8")
    path, database = tmp_path / "draft.json", tmp_path / "draft.db"
    path.write_bytes(encode(draft_summit(article, "tass-moscow.txt")))
    assert summit_cli("--data", str(path), "export", "sqlite", str(database)).returncode == 0
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT ref, who FROM passages WHERE ref IN ('S2', 'S4')")
        assert sorted(rows) == [("S2", GUESSED_MARK), ("S4", "Abdel Karim El-Sayed")]
        query = "SELECT ref, role FROM passage_people WHERE ref IN ('S2', 'S4')"
        roles = sorted(connection.execute(query))
        assert roles == [("S2", "guessed speaker"), ("S4", "speaker")]  # `role = 'speaker'`: sure


@pytest.mark.parametrize(
    ("fmt", "author"),
    [("bibtex", "author = {"), ("ris", "AU  - "), ("csl-json", '"literal"')],
)
def test_a_guessed_speaker_is_no_author_in_a_reference_manager(
    fmt: str, author: str, tmp_path: Path, summit_cli: Any
) -> None:
    """A reference manager shows the author field as fact, and keeps no title's mark once a
    user edits it: a guessed quotation's speaker is no author there, and the note says whom
    the draft guessed (a sure quotation's is; reported speech has none)."""
    article = (DRAFTS / "tuning" / "afp-london.txt").read_text(encoding="utf-8")
    path = tmp_path / "draft.json"
    path.write_bytes(encode(draft_summit(article, "afp-london.txt")))
    guessed = summit_cli("--data", str(path), "cite", "S4", "--format", fmt).stdout
    assert author not in guessed
    assert "Eleanor Whitcombe (unreviewed draft: speaker guessed)" in guessed
    certain = summit_cli("--data", str(path), "cite", "S2", "--format", fmt).stdout
    assert author in certain and "James Aldous-Reid" in certain


TITLES_TEXT = (
    "Chinese Premier Li Qingwen met Pakistani Prime Minister Shehbaz Qureshi and New Zealand "
    "Prime Minister Aroha Ngata. Thani Al Zeyoudi, UAE Minister of State for Foreign Trade, and "
    "President Kofi Mensah attended."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The premier said", (["Li Qingwen"], True)),  # the title itself first
        ("The Pakistani premier said", (["Shehbaz Qureshi"], True)),  # then one it stands for
        ("The Ghanaian president said", (["Kofi Mensah"], False)),  # his nationality not given
        ("Both women said", (["Li Qingwen", "Shehbaz Qureshi"], False)),  # a plural
        ("Al Zeyoudi noted that", (["Thani Al Zeyoudi"], True)),
    ],
)
def test_a_role_noun_is_certain_only_of_one_holder_of_its_nationality(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    people = find_people([(1, TITLES_TEXT)])
    assert people["aroha-ngata"].role == "New Zealand Prime Minister"
    assert people["thani-al-zeyoudi"].role == "UAE Minister of State for Foreign Trade"
    assert _speaker(Resolver(people), clause) == expected


FIFTH_ROUND_NAMES = (
    "Mr Nguyen Van Hoang, chairman of the Becamex group, spoke. Mdm Le Thi Thu Hang, Vietnam's "
    "Minister of Industry and Trade, spoke. Foreign Secretary S. Venkataraman and R Srinivasan, "
    "chairman of the India-Japan Business Leaders Forum, spoke. President Ramon de los Reyes Jr. "
    "spoke. His father, former President Ramon de los Reyes, attended, as did Vice President "
    "Sara Mendoza and Senator Risa Hontiveros-Cruz. Cambodian Prime Minister Samdech Thipadei Sok "
    "Vannara spoke. Trade Minister Tengku Datuk Seri Hafiz Tengku Abdul Rahman and Saudi Foreign "
    "Minister Prince Sultan bin Majed Al Saud spoke. Information Cabinet Secretary Margaret "
    "Nyambura Ndung'u attended. Ties grew since former prime minister Goh Chok Hong visited, and "
    "former prime minister Tun Abdul Ghani Othman was there. Sheikh Saif bin Rashid Al Nuaimi, "
    "the UAE's national security adviser, attended."
)


def test_honorifics_initials_suffixes_and_inner_honours_are_no_new_person() -> None:
    """Issue 19, round 5, classes 1 and 7: "Mr" or "Mdm" before a full name, a Cambodian or a
    Malay honorific inside one, is no part of it; Indian initials and a "Jr." are; a father and
    son of one name stay two people; an apostrophe inside a name is no possessive."""
    roles = {p.name: p.role for p in find_people([(1, FIFTH_ROUND_NAMES)]).values()}
    assert roles == {
        "Nguyen Van Hoang": "chairman of the Becamex group",
        "Le Thi Thu Hang": "Vietnam's Minister of Industry and Trade",
        "S. Venkataraman": "Foreign Secretary",
        "R Srinivasan": "chairman of the India-Japan Business Leaders Forum",
        "Ramon de los Reyes Jr.": "President",
        "Ramon de los Reyes": "former President",
        "Sara Mendoza": "Vice President",
        "Risa Hontiveros-Cruz": "Senator",
        "Sok Vannara": "Cambodian Prime Minister",
        "Tengku Hafiz Tengku Abdul Rahman": "Trade Minister",
        "Sultan bin Majed Al Saud": "Saudi Foreign Minister",
        "Margaret Nyambura Ndung'u": "Information Cabinet Secretary",
        "Goh Chok Hong": "former prime minister",
        "Abdul Ghani Othman": "former prime minister",
        "Saif bin Rashid Al Nuaimi": "UAE's national security adviser",
    }


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Mr Nguyen said", (["Nguyen Van Hoang"], True)),  # Mr and a family name, first
        ("Mdm Hang said", (["Le Thi Thu Hang"], True)),
        ("Mr. Venkataraman said", (["S. Venkataraman"], True)),
        ("De los Reyes said", (["Ramon de los Reyes Jr."], False)),  # or his father: a guess
        ("the President said", (["Ramon de los Reyes Jr."], True)),  # not the vice president
        ("Tengku Hafiz said", (["Tengku Hafiz Tengku Abdul Rahman"], False)),  # a part
        ("Sheikh Saif said", (["Saif bin Rashid Al Nuaimi"], False)),  # a given name: a guess
        ("Sok Vannara told a news conference that", (["Sok Vannara"], True)),
    ],
)
def test_fifth_round_names_resolve(clause: str, expected: tuple[list[str], bool]) -> None:
    assert _speaker(Resolver(find_people([(1, FIFTH_ROUND_NAMES)])), clause) == expected


SPEECH_PEOPLE = (
    "Hungarian Prime Minister Gergely Vass met Crown Prince Turki bin Abdulrahman Al Saud. "
    "Hungarian Foreign Minister Levente Szakacs, Kazakh Transport Minister Daniyar Sarsenbayev "
    "and National Assembly Chairman Hoang Duc Minh attended."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("He met Hoang Duc Minh, who said the legislature would", (["Hoang Duc Minh"], True)),
        (
            "Cargo rose 62% last year, according to Kazakh Transport Minister Daniyar Sarsenbayev.",
            (["Daniyar Sarsenbayev"], True),
        ),
        ("Szakacs wanted a visa waiver before summer", (["Levente Szakacs"], True)),
        ("Vass considers the deal a first step", (["Gergely Vass"], True)),
        ("Szakacs was ready to sign", (["Levente Szakacs"], True)),
        ("The Hungarian side was ready to open a route", (["Gergely Vass"], False)),  # metonym
        ("Hungary wanted a route", (["Gergely Vass"], False)),
        ("The Hungarian side was ready to open it, Szakacs said", (["Levente Szakacs"], True)),
        ("Astana was ready to cut fees", ([], False)),  # no leader of Astana: no one
        (
            "The Crown Prince said the Kingdom would invest",
            (["Turki bin Abdulrahman Al Saud"], True),
        ),
        (
            "According to the joint statement, Hungary will open a consulate",
            (["Gergely Vass", "Turki bin Abdulrahman Al Saud"], False),
        ),
        (
            "The leaders' joint statement, released later, said Hungary welcomes",
            (["Gergely Vass", "Turki bin Abdulrahman Al Saud"], False),
        ),
        (
            "Under the joint statement, Hungary will",
            (["Gergely Vass", "Turki bin Abdulrahman Al Saud"], False),
        ),
        ("A ministry statement said the visa waiver", ([], False)),  # no joint statement
        ("The statement said the visa waiver", ([], False)),  # not named a joint one before
        ("Vass described Riyadh as      ", None),  # no quotation after it: no cue
    ],
)
def test_relative_clauses_stances_metonyms_and_the_joint_statement(
    clause: str, expected: tuple[list[str], bool] | None
) -> None:
    """Issue 19, round 5, classes 2, 3, 4 and 9: a cue's subject in a relative clause or after
    a closing "according to"; "wanted", "considers" and "was ready to" as cues; a country or
    side for its leader and the joint statement for the two leaders, always a guess."""
    assert _speaker(Resolver(find_people([(1, SPEECH_PEOPLE)])), clause) == expected


def test_the_statement_is_the_joint_one_once_the_article_named_it() -> None:
    resolver = Resolver(find_people([(1, SPEECH_PEOPLE)]))
    resolver.note([], 1, "The two leaders issued a joint statement.")
    assert _speaker(resolver, "The statement also said Hungary will") == (
        ["Gergely Vass", "Turki bin Abdulrahman Al Saud"],
        False,
    )


def test_a_quoted_fragment_has_the_cues_of_a_frame() -> None:
    """Class 5: "described X as "…"", "vowed to "…"", "called it "…"" report speech only with
    a quotation after the verb (masked here, as the draft masks it)."""
    resolver = Resolver(find_people([(1, SPEECH_PEOPLE)]))
    for clause in ('Vass described Riyadh as "a gateway"', 'Vass vowed to "take it higher"'):
        masked = re.sub(r'"[^"]*"', lambda m: " " * len(m[0]), clause)
        assert _speaker(resolver, masked) is None
        bound = resolver.subject_of(masked, 1, quoted=True)
        assert bound is not None and [p.name for p in bound.people] == ["Gergely Vass"]


FIFTH_ARTICLE = (
    "MANILA - President Ramon de los Reyes Jr. met Japanese Prime Minister Sayaka Kobayashi.\n\n"
    'Mr Ramon de los Reyes Jr. described Japan as "a steadfast partner" and vowed to "go '
    'further".\n\n'
    '"When we needed help, Japan was there," the President said.\n\n'
    '"Today we say thank you."\n\n'
    '"This is a chance," Kobayashi said, adding that the ships would come "for a generation".\n\n'
    "His father, former President Ramon de los Reyes, attended the dinner.\n\n"
    "The joint statement said the Philippines welcomes Japan's support.\n\n"
    "[Joint statement on the results of the summit _2027.11.5. Manila]\n\n"
    "The two leaders met.\n\n1. Trade\n\n(1) The two leaders agreed to trade.\n\n/End/"
)


def test_a_fifth_round_article_end_to_end() -> None:
    """Classes 1, 4, 5 and 6 together: a quoted fragment in narration is speech, a quotation
    alone after a paragraph break goes on from the quotation before (a guess), a quotation
    embedded after a frame keeps every word, and the joint statement's clause is the leaders'."""
    drafted = draft_summit(FIFTH_ARTICLE, "a.txt")
    people = {p.name: p.speaker for p in drafted.people}
    assert people == {
        "Ramon de los Reyes Jr.": True,
        "Sayaka Kobayashi": True,
        "Ramon de los Reyes": False,
    }
    said = [(s.kind, s.speakers, s.text[:30]) for s in drafted.statements]
    son, kobayashi = "ramon-de-los-reyes-jr", "sayaka-kobayashi"
    assert said == [
        ("reported", (son,), "Mr Ramon de los Reyes Jr. desc"),
        ("direct", (son,), "When we needed help, Japan was"),
        ("direct", (son,), "Today we say thank you."),
        ("direct", (kobayashi,), "This is a chance"),
        ("reported", (kobayashi,), "adding that the ships would co"),
        ("reported", (son, kobayashi), "The joint statement said the P"),
    ]
    review = " ".join(drafted.curation.review)
    assert "S3: speaker" in review and "paragraph break" in review
    assert "S6: speaker" in review and "joint statement" in review
    assert "S2: speaker" not in review
    assert article_problems(drafted, "a.txt", FIFTH_ARTICLE) == []


SECOND_BATCH_NAMES = (
    "Foreign Minister Sugiono said so. Bilateral trade grew, said Dr Thani bin Ahmed Al "
    "Zeyoudi, Minister of State for Foreign Trade, said so. Brunei's Minister of Foreign Affairs "
    "II, Dato Erywan Pehin Yusof, said so. They met the Sultan of Brunei, Sultan Haji Omar Ali "
    "Bolkiah. Minister of Labour HE Dr Ali bin Saeed bin Smaikh Al Marri spoke. His Highness the "
    "Amir Sheikh Hamad bin Jassim Al Thani spoke. Dr N. Janardhan Pillai, a senior research "
    "fellow at the Academy, spoke. PAS information chief Ahmad Fadhli Shaari Musa spoke."
)


def test_one_names_initials_and_honorifics_of_the_second_batch() -> None:
    """Round 5, second batch: an Indonesian of one name after a title (never a portfolio's
    word, "Foreign Trade"), initials before several names, "Dato" and "HE" as honorifics, "the
    Sultan of Brunei, Sultan Haji X" with the fuller role, the Amir a leader's title."""
    roles = {p.name: p.role for p in find_people([(1, SECOND_BATCH_NAMES)]).values()}
    assert roles == {
        "Sugiono": "Foreign Minister",
        "Thani bin Ahmed Al Zeyoudi": "Minister of State for Foreign Trade",
        "Erywan Pehin Yusof": "Brunei's Minister of Foreign Affairs II",
        "Omar Ali Bolkiah": "Sultan of Brunei",
        "Ali bin Saeed bin Smaikh Al Marri": "Minister of Labour",
        "Hamad bin Jassim Al Thani": "Amir",
        "N. Janardhan Pillai": "senior research fellow at the Academy",
        "Ahmad Fadhli Shaari Musa": "PAS information chief",
    }


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Sugiono told The Jakarta Post", (["Sugiono"], True)),
        ("Dr Pillai said", (["N. Janardhan Pillai"], True)),
        ("His Majesty also said the Kingdom wanted", (["Omar Ali Bolkiah"], False)),  # two royals
        ("Sultan Omar Ali said", (["Omar Ali Bolkiah"], True)),  # a title and a name's end
        (
            "During the talks, His Highness the Amir affirmed that",
            (["Hamad bin Jassim Al Thani"], True),
        ),
        (
            "PAS information chief Ahmad Fadhli Shaari Musa, however, said the",
            (["Ahmad Fadhli Shaari Musa"], True),
        ),
    ],
)
def test_second_batch_subjects(clause: str, expected: tuple[list[str], bool]) -> None:
    assert _speaker(Resolver(find_people([(1, SECOND_BATCH_NAMES)])), clause) == expected


def test_the_joint_statement_at_the_end_and_the_leaders_first_named_in_the_story() -> None:
    """The leaders are the first two heads the story names, though the rules found one by its
    role in the release; "…, the joint statement said." and a "joint vision statement" are the
    joint statement; "they" in a quotation names no one, so "He said" stays the speaker's."""
    article = (
        "Malaysia and Brunei agreed to settle the border, says Datuk Seri Anwar Rahim Ibrahim.\n\n"
        "Sultan Omar Ali Bolkiah and Premier Abang Johari Openg Ismail of Sarawak attended.\n\n"
        '"We are friends, and they know it," Anwar said.\n\n'
        "He said Malaysia wanted more trade.\n\n"
        "Brunei will open a consulate, the joint statement said.\n\n"
        "Under the joint vision statement, Malaysia will build a bridge.\n\n"
        "[Joint statement on the results of the consultation _2027.7.28. Putrajaya]\n\n"
        "Prime Minister Datuk Seri Anwar Rahim Ibrahim met the Sultan.\n\n"
        "1. Border\n\n(1) The two leaders agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    said = [(s.text[:20], s.speakers) for s in drafted.statements]
    leaders = ("anwar-rahim-ibrahim", "omar-ali-bolkiah")
    assert said == [
        ("Malaysia and Brunei ", ("anwar-rahim-ibrahim",)),
        ("We are friends, and ", ("anwar-rahim-ibrahim",)),
        ("He said Malaysia wan", ("anwar-rahim-ibrahim",)),
        ("Brunei will open a c", leaders),
        ("Under the joint visi", leaders),
    ]


THIRD_BATCH_NAMES = (
    "Chief Adviser Professor Rezaul Karim Chowdhury met Malaysian Prime Minister Mohd Faizal "
    "Hamdan. Expatriates' Welfare Adviser Asif Nazrul Haque, BNP Secretary General Mirza Fakhrul "
    "Alamgir Islam and Crown Prince and Prime Minister Mohammed bin Faisal Al Saud spoke. "
    "Ambassador of Japan to the Kingdom Fumio Iwai-Nakamura and Governor of Makkah Region Prince "
    "Khalid Al-Faisal Al Saud attended."
)


def test_advisers_two_titles_at_once_and_an_ambassador_of_a_place() -> None:
    """Round 5, third batch: an adviser's title is a minister's (and Bangladesh's Chief Adviser
    a head of government); "Crown Prince and Prime Minister" is one role; "Ambassador of Japan to
    the Kingdom" and "Governor of Makkah Region" keep their places; "Secretary General" never
    lends its "General" to the name."""
    people = find_people([(1, THIRD_BATCH_NAMES)])
    assert {p.name: p.role for p in people.values()} == {
        "Rezaul Karim Chowdhury": "Chief Adviser",
        "Mohd Faizal Hamdan": "Malaysian Prime Minister",
        "Asif Nazrul Haque": "Expatriates' Welfare Adviser",
        "Mirza Fakhrul Alamgir Islam": "BNP Secretary General",
        "Mohammed bin Faisal Al Saud": "Crown Prince and Prime Minister",
        "Fumio Iwai-Nakamura": "Ambassador of Japan to the Kingdom",
        "Khalid Al-Faisal Al Saud": "Governor of Makkah Region",
    }
    resolver = Resolver(people)
    assert [p.name for p in resolver.leaders()] == ["Rezaul Karim Chowdhury", "Mohd Faizal Hamdan"]
    assert _speaker(resolver, "the chief adviser said") == (["Rezaul Karim Chowdhury"], True)
    assert _speaker(resolver, "Prof Chowdhury said") == (["Rezaul Karim Chowdhury"], True)


def test_a_pronoun_after_a_speaker_who_named_someone_else_is_the_speaker() -> None:
    """The subject is the likelier antecedent than an object of the same sentence: after
    '"…," Whitaker told a news conference alongside Viet.', "he said" is Whitaker's (a guess)."""
    article = (
        "HANOI - Prime Minister Tran Quoc Viet hosted Australian Prime Minister Daniel "
        "Whitaker.\n\n"
        '"The rules apply," Whitaker told a news conference alongside Viet.\n\n'
        '"We are not asking anyone to choose sides," he said.\n\n'
        "[Joint statement on the results of the visit _2027.3.3. Hanoi]\n\n"
        "The two leaders met.\n\n1. Trade\n\n(1) The two sides agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [s.speakers for s in drafted.statements] == [("daniel-whitaker",)] * 2
    assert any(item.startswith("S2: speaker") for item in drafted.curation.review)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"It is modest," said Jane Doe of the Lowy Institute.', "Jane Doe", "Lowy Institute"),
        (
            '"It is modest," said Professor Jane Doe of Waseda University.',
            "Jane Doe",
            "professor of Waseda University",
        ),
        ("Opposition MP Jane Doe said it was modest.", "Jane Doe", "Opposition MP"),
        (
            '"It is," Democratic Party lawmaker Jane Doe said.',
            "Jane Doe",
            "Democratic Party lawmaker",
        ),
        (
            "Jane Doe, Asia director at Human Rights Watch, said so.",
            "Jane Doe",
            "Asia director at Human Rights Watch",
        ),
        ("Jane Doe, the party's spokeswoman, said so.", "Jane Doe", "party's spokeswoman"),
        (
            "Ms Indranee Rajah said it was modest.",
            "Indranee Rajah",
            "(unknown: see curation.review)",
        ),
        ("PM Lawrence Wong said it was modest.", "Lawrence Wong", "PM"),
        ("DPM Gan Kim Yong said it was modest.", "Gan Kim Yong", "DPM"),
        ("By Jane Doe and John Smith", "John Smith", "reporter"),
        ("By Jane Doe, Reuters", "Jane Doe", "reporter"),
        ("Written by Jane Doe; Edited by John Smith", "John Smith", "editor"),
    ],
)
def test_speakers_of_the_wire_forms_a_fresh_article_may_use(
    text: str, name: str, role: str
) -> None:
    """Round 5, after the batches: forms no batch had, found by probing wire English, not by a
    held-out article: "said X of Y", an MP or lawmaker, a capitalised word before an expert's
    role, "the party's spokeswoman", a byline alone in its paragraph, "Written by"."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people[name] == role


def test_reported_speech_ending_a_paragraph_goes_on_in_a_quotation_alone_after_it() -> None:
    """'Kim said the deal was historic.' / '"It is a new chapter."': Kim's, a guess; never the
    joint statement's two leaders."""
    article = (
        "TOKYO - Prime Minister Haruto Mori met South Korean President Kim Min-soo. Japanese "
        "Ambassador Koji Tanaka attended.\n\n"
        "Kim said the deal was historic.\n\n"
        '"It is a new chapter for our two countries."\n\n'
        "The joint statement also reaffirmed the two countries' commitment to free trade.\n\n"
        '"Free trade is our future."\n\n'
        "The embassy would open a visa centre in Busan, the ambassador said.\n\n"
        "[Joint statement on the results of the summit _2027.3.5. Tokyo]\n\n"
        "The two leaders met.\n\n1. Trade\n\n(1) The two sides agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    said = [(s.kind, s.speakers) for s in drafted.statements]
    assert said == [
        ("reported", ("kim-min-soo",)),
        ("direct", ("kim-min-soo",)),
        ("reported", ("haruto-mori", "kim-min-soo")),
        ("reported", ("koji-tanaka",)),
    ]
    review = " ".join(drafted.curation.review)
    assert "S2: speaker" in review and "S3: speaker" in review and "S4: speaker" not in review


def test_an_arabic_article_joined_to_a_name_is_part_of_it() -> None:
    """ "Mohammed al-Jadaan" is a name, and "Al-Jadaan" at a sentence's start is his; "the Saudi
    ambassador to Tokyo" is a role."""
    text = (
        "Saudi Finance Minister Mohammed al-Jadaan spoke. Faisal al-Ibrahim, an analyst at the "
        "Gulf Centre, spoke. Abdulaziz bin Abdulrahman Al-Saud, the Saudi ambassador to Tokyo, "
        "spoke."
    )
    people = find_people([(1, text)])
    assert {p.name: p.role for p in people.values()} == {
        "Mohammed al-Jadaan": "Saudi Finance Minister",
        "Faisal al-Ibrahim": "analyst at the Gulf Centre",
        "Abdulaziz bin Abdulrahman Al-Saud": "Saudi ambassador to Tokyo",
    }
    assert _speaker(Resolver(people), "Al-Jadaan added that") == (["Mohammed al-Jadaan"], True)


def test_two_offices_a_uae_ruler_and_a_late_official_keep_their_whole_role() -> None:
    """Round 5, fourth batch: "Deputy Prime Minister and Minister of Commerce" never lends
    a portfolio the name's first word; "Vice-President and Prime Minister of the UAE and Ruler
    of Dubai" is one role; "the late" and a party's apostrophe stay in a capitalised title."""
    text = (
        "Cambodian Deputy Prime Minister and Minister of Commerce Cham Nimul Sok spoke. His "
        "Highness Sheikh Rashid bin Saeed Al Maktoum, Vice-President and Prime Minister of the "
        "UAE and Ruler of Dubai, spoke. His father, the late Labour Undersecretary Bienvenido "
        "Laguesma, helped. Opposition Workers' Party chief Pritam Singh Dhillon spoke."
    )
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == {
        "Cham Nimul Sok": "Cambodian Deputy Prime Minister and Minister of Commerce",
        "Rashid bin Saeed Al Maktoum": (
            "Vice-President and Prime Minister of the UAE and Ruler of Dubai"
        ),
        "Bienvenido Laguesma": "late Labour Undersecretary",
        "Pritam Singh Dhillon": "Opposition Workers' Party chief",
    }


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "For Celestina Muhongo, the president of the Farmers' Union, it is late.",
            "Celestina Muhongo",
            "president of the Farmers' Union",
        ),
        (
            "Businessman Carlos Feijó Júnior, who chairs the Chamber, spoke.",
            "Carlos Feijó Júnior",
            "chair of the Chamber",
        ),
        ("His father, the former minister Carlos Feijó, spoke.", "Carlos Feijó", "former minister"),
        (
            "Minister of State for Economic Coordination José de Lima Massano said so.",
            "José de Lima Massano",
            "Minister of State for Economic Coordination",
        ),
        ("Analyst Rosendo Fraga risked a prediction.", "Rosendo Fraga", "Analyst"),
        (
            "Energy and Mineral Resources Minister Bahlil Lahadalia spoke.",
            "Bahlil Lahadalia",
            "Energy and Mineral Resources Minister",
        ),
        (
            "Indonesian Ambassador to Mongolia Dewi Savitri Wahab attended.",
            "Dewi Savitri Wahab",
            "Indonesian Ambassador to Mongolia",
        ),
        (
            "Kuwait's Ambassador to Manila, Mohammad Al-Thuwaikh, attended.",
            "Mohammad Al-Thuwaikh",
            "Kuwait's Ambassador to Manila",
        ),
        ("Its chairman, Joanna Concepcion, criticised it.", "Joanna Concepcion", "chairman"),
        (
            "The party accused the government of mortgaging the country's future, and its "
            "leader, Adalberto Costa Júnior, criticised it.",
            "Adalberto Costa Júnior",
            "leader",
        ),
        (
            "Present were Angola's Minister of Foreign Affairs, Téte António, Portugal's "
            "Minister of Foreign Affairs, Paulo Rangel Sousa, and others.",
            "Téte António",
            "Angola's Minister of Foreign Affairs",
        ),
        (
            "He came with his wife, Sheikha Jawaher Al Thani, who met them.",
            "Jawaher Al Thani",
            "wife",
        ),
        ("She met First Lady Aigerim Abenova.", "Aigerim Abenova", "First Lady"),
        (
            "Buenos Aires province governor Axel Riquelme spoke.",
            "Axel Riquelme",
            "Buenos Aires province governor",
        ),
        (
            "The delegation included Foreign Minister Retnowati, and others.",
            "Retnowati",
            "Foreign Minister",
        ),
        (
            "Talks were held with Indonesian President Wirananda.",
            "Wirananda",
            "Indonesian President",
        ),
        ("By Joana TAVARES", "Joana TAVARES", "reporter"),
        (
            "By Diplomatic Correspondent Ruwan Perera in Malé",
            "Ruwan Perera",
            "Diplomatic Correspondent",
        ),  # as most writers give a byline's own job (round 36)
        ("Batbayar Nomin (The Jakarta Post)", "Batbayar Nomin", "reporter"),
        (
            "Written by Helena Matos, based on reporting by Joaquim Camacho in Luanda.",
            "Joaquim Camacho",
            "reporter",
        ),
    ],
)
def test_sixth_round_names_end_where_they_should(text: str, name: str, role: str) -> None:
    """Round 6: a preposition or an occupation starting a sentence is no part of a name, nor a
    portfolio's last word; "Júnior" is part of one; kin, the first lady, ambassadors "to" a
    place, "its chairman", one-word names in lists and upper-case or titled bylines are people;
    a list of roles and names gives each role to the name after it."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get(name) == role, people


SIXTH_PEOPLE = (
    "Fisheries Minister Ramalingam Chandrasekar came with his son, Kavinda Chandrasekar. "
    "President Nurlan Abenov met the Emir of the State of Qatar, Sheikh Khalifa bin Hamad Al "
    "Thani. Foreign Minister Marat Zhumabekov held talks with his counterpart Minister of State "
    "for Foreign Affairs Sultan bin Saad Al Muraikhi. Migrant Workers Secretary Hans Cacdac, "
    "Kuwaiti lawmaker Muhalhal Al-Mudaf and Analyst Rosendo Fraga came. Businessman Carlos Feijó "
    "Júnior and his father, the former minister Carlos Feijó, came."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("His Highness the Amir said", (["Khalifa bin Hamad Al Thani"], True)),
        ("The emir, who arrived on Monday, said", (["Khalifa bin Hamad Al Thani"], True)),
        ("The Kazakh leader said the talks were open", (["Nurlan Abenov"], False)),
        (
            "The two ministers said they would meet",
            (["Sultan bin Saad Al Muraikhi", "Marat Zhumabekov"], False),
        ),
        (
            "Abenov was quoted by his spokesperson as telling the emir that",
            (["Nurlan Abenov"], True),
        ),
        ("Cacdac dismissed criticism from unions, telling reporters that", (["Hans Cacdac"], True)),
        ("Al-Mudaf accused the government of giving in", (["Muhalhal Al-Mudaf"], True)),
        ("asked Cacdac in a radio interview.", (["Hans Cacdac"], True)),
        (
            "Analyst Rosendo Fraga risked a prediction: the deal, he said, would last",
            (["Rosendo Fraga"], False),
        ),
        ("The elder Feijó said", (["Carlos Feijó"], True)),
        ("The younger Feijó said", (["Carlos Feijó Júnior"], True)),
        ("Feijó said", (["Carlos Feijó"], False)),  # the father or the son: a guess
        ("Cacdac favoured writing off the debt.", None),  # "writing" is a cue only with "that"
        ("Cacdac accused", None),  # "accused" only with "of"
        (
            "Ramalingam Chandrasekar, who came with his son, Kavinda Chandrasekar, said",
            (["Ramalingam Chandrasekar"], True),
        ),
    ],
)
def test_sixth_round_speech_forms(clause: str, expected: tuple[list[str], bool] | None) -> None:
    """Round 6: "His Highness the Amir" and "the emir" are the Emir; a role's state gives its
    nationality; "the two ministers" are the two named last; "was quoted … as telling",
    "telling", "accused … of", an after-verb name with a place; a pronoun aside is the person who
    starts the sentence (a guess); a bare name of a father and a son is a guess, and "the
    elder" or "the younger" names one."""
    resolver = Resolver(find_people([(1, SIXTH_PEOPLE)]))
    resolver.note(resolver.mentions(SIXTH_PEOPLE), 1, SIXTH_PEOPLE)  # who was named, in order
    assert _speaker(resolver, clause) == expected


@pytest.mark.parametrize(
    ("article", "said"),
    [
        (  # a view with no verb, introduced by "For X,": X's, a guess
            "Secretary Hans Cacdac came.\n\nFor Cacdac, the answer lies in enforcement.",
            [("reported", ("hans-cacdac",), False)],
        ),
        (  # someone described, not named: the speaker before, a guess
            'President Ernesto Pereyra said it was fine.\n\n"Uruguay is small," the veteran '
            "leftist, 71, said with a smile.",
            [("reported", ("ernesto-pereyra",), True), ("direct", ("ernesto-pereyra",), False)],
        ),
        (  # a quotation left open, its speaker named in the next paragraph's frame
            'President Nurlan Abenov met the press.\n\n"We discussed Afghanistan.\n\n'
            '"Qatar has shown that mediation works," Abenov said.',
            [("direct", ("nurlan-abenov",), False), ("direct", ("nurlan-abenov",), True)],
        ),
        (  # two paragraphs of quotation, the speaker named at the end of the narration after
            'President Anura Senanayake spoke.\n\n"It is our home.\n\n"We speak with one '
            'voice."\n\nThe loudest applause went to those words from Senanayake.',
            [("direct", ("anura-senanayake",), False)] * 2,
        ),
        (  # a closed quotation is not given to the frame of the next one
            'President Nurlan Abenov met the press.\n\n"We discussed Afghanistan."\n\n'
            '"Qatar has shown that mediation works," Abenov said.',
            [("direct", ("nurlan-abenov",), True)],
        ),
    ],
)
def test_views_descriptions_and_quotations_named_after_them(
    article: str, said: list[tuple[str, tuple[str, ...], bool]]
) -> None:
    """Round 6: "For X, …" with no verb is X's view; "the veteran leftist, 71," the speaker
    before; a bare quotation's speaker may be named in the paragraph after it. All guesses."""
    text = f"{article}\n\n[Joint statement _2027.3.5. Tokyo]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    drafted = draft_summit(text, "a.txt")
    review = " ".join(drafted.curation.review)
    assert [
        (s.kind, s.speakers, not re.search(rf"\b{s.ref}: speaker", review))
        for s in drafted.statements
    ] == said


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Sayyid Badr bin Hamad Albusaidi, the Minister of Foreign Affairs, held talks with his "
            "counterpart, Tanzania's Minister of Foreign Affairs and East African Cooperation, "
            "January Makamba Kikwete, on it.",
            {
                "Badr bin Hamad Albusaidi": "Minister of Foreign Affairs",
                "January Makamba Kikwete": (
                    "Tanzania's Minister of Foreign Affairs and East African Cooperation"
                ),
            },
        ),
        (
            "But Zitto Kabwe, leader of Tanzania's opposition party, accused them.",
            {"Zitto Kabwe": "leader of Tanzania's opposition party"},
        ),
        (
            "Qais bin Mohammed Al Yousef, Minister of Commerce, Industry and Investment "
            "Promotion, said so.",
            {
                "Qais bin Mohammed Al Yousef": "Minister of Commerce, Industry and "
                "Investment Promotion"
            },
        ),
        (
            "Minister of National Defense Ahn Gyu-back spoke.",
            {"Ahn Gyu-back": "Minister of National Defense"},
        ),
        (
            "Ethiopian Airlines chief executive Mesfin Tasew Bekele said so.",
            {"Mesfin Tasew Bekele": "Ethiopian Airlines chief executive"},
        ),
        (
            "Tesfaye Abebe Junior, a consultant and son of the former railway corporation chief "
            "Tesfaye Abebe, said so.",
            {
                "Tesfaye Abebe Junior": (
                    "consultant and son of the former railway corporation chief Tesfaye Abebe"
                ),
                "Tesfaye Abebe": "former railway corporation chief",
            },
        ),
        (
            "Foreign Minister Gedion Timothewos met his Djiboutian counterpart Mahmoud Ali "
            "Youssouf ahead of the summit.",
            {
                "Gedion Timothewos": "Foreign Minister",
                "Mahmoud Ali Youssouf": "Djiboutian counterpart",
            },
        ),
    ],
)
def test_sixth_round_second_batch_names(text: str, people: dict[str, str]) -> None:
    """Round 6, second batch: Sayyid is an honorific, "But" no part of a name, a role in a
    list of roles ends before the clause after it, Investment Promotion and National Defense
    are portfolios, a chief executive and a former chief are roles, a counterpart a person."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


def test_a_title_and_a_middle_name_and_a_south_korean_leader() -> None:
    """ "President Guelleh" of Ismail Omar Guelleh Houssein is he, a guess; "the South Korean
    leader" is the one South Korean head."""
    text = (
        "Prime Minister Abiy Tesfaye met Djiboutian President Ismail Omar Guelleh Houssein and "
        "South Korean President Lee Jae-hoon."
    )
    resolver = Resolver(find_people([(1, text)]))
    assert _speaker(resolver, "President Guelleh said") == (["Ismail Omar Guelleh Houssein"], False)
    assert _speaker(resolver, "The South Korean leader said") == (["Lee Jae-hoon"], True)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Kazakh President Kassym-Jomart "
            "Tokayev.",
            {
                "Tamim bin Hamad Al Thani": "Qatar's Emir",
                "Kassym-Jomart Tokayev": "Kazakh President",
            },
        ),
        (
            "He met Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman "
            "Al Thani.",
            {"Mohammed bin Abdulrahman Al Thani": "Qatari Prime Minister and Foreign Minister"},
        ),
        (
            "Presidential candidate Anies Baswedan came.",
            {"Anies Baswedan": "Presidential candidate"},
        ),
        (
            "Coordinating Minister for Economic Affairs Airlangga, Finance Minister Purbaya Yudhi "
            "Sadewa and others came.",
            {
                "Airlangga": "Coordinating Minister for Economic Affairs",
                "Purbaya Yudhi Sadewa": "Finance Minister",
            },
        ),
        (
            "Finance Minister Sri Mulyani Indrawati met Prime Minister Datuk Sri Najib Razak.",
            {"Sri Mulyani Indrawati": "Finance Minister", "Najib Razak": "Prime Minister"},
        ),
    ],
)
def test_names_probed_after_the_sixth_round_batches(text: str, people: dict[str, str]) -> None:
    """Round 6, probing ordinary wire English after the batches (no held-out article): a
    Kazakh nationality, a leader who is also a minister of a one-word portfolio, a candidate,
    and a one-word name after a portfolio of two words."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


@pytest.mark.parametrize("no_cache", ["1", ""])
def test_read_gives_a_drafted_paragraph_in_the_order_of_its_sentences(
    no_cache: str, tmp_path: Path, summit_cli: Any
) -> None:
    """ "Former President Kim Dae-ho visited Tokyo in 2001. Prime Minister Sato also said
    that …": the narration before the statement, as the article prints them (a paragraph's
    statements came first, whatever their place in it)."""
    text = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    path = tmp_path / "draft.json"
    path.write_bytes(encode(draft_summit(text, "kim-sato.txt")))
    env = {"SUMMIT_NO_CACHE": no_cache, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    read = summit_cli("--data", str(path), "read", "article", **env).stdout
    assert read.index("visited Tokyo in 2001") < read.index("should cooperate on disaster relief")
    paragraphs = [p.strip() for p in text.split("\n\n")]
    shown = [line.split("\t")[-1] for line in read.splitlines()]
    last = paragraphs.index('"This is a new beginning."')
    article = " ".join(paragraphs[: last + 1])
    positions = [article.find(piece) for piece in shown]
    assert -1 not in positions and positions == sorted(positions)


SEVENTH_PEOPLE = (
    "President Samuel Kiprotich Kosgei met Tanzanian President Halima Said Mwinyi. Chilean "
    "President Camila Fuentes Araya and the Spanish Prime Minister, Ramón Castillo Bermúdez, "
    "came. Foreign Minister Datuk Seri Utama Haji Mohamad Hasan Ali and Ayatollah Hassan Ameli "
    "Kashani, the Supreme Leader's representative, came."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Fuentes said", (["Camila Fuentes Araya"], False)),  # a first surname: a guess
        ("Castillo said the deal was fair", (["Ramón Castillo Bermúdez"], False)),
        ("Mohamad Hasan Ali said", (["Mohamad Hasan Ali"], True)),  # no "Utama Haji"
        ("Hassan Ameli Kashani said", (["Hassan Ameli Kashani"], True)),  # no "Ayatollah"
        (  # two speakers in a sentence left whole: whose words are whose, a guess
            "Mwinyi said Tanzania would open a post, while Fuentes said Chile would pay",
            (["Halima Said Mwinyi"], False),
        ),
        (  # a second subject nobody known carries: a guess too
            "Mwinyi said Tanzania would open a post, while Okello said Uganda would pay",
            (["Halima Said Mwinyi"], False),
        ),
        (
            "The two Heads of State reaffirmed that the community remains the foundation",
            (["Samuel Kiprotich Kosgei", "Halima Said Mwinyi"], False),
        ),
        (
            "The Presidents declared that",
            (["Samuel Kiprotich Kosgei", "Halima Said Mwinyi"], False),
        ),
        ("Mwinyi continued that the line was late", (["Halima Said Mwinyi"], True)),
        ("Mwinyi believes the line is late", (["Halima Said Mwinyi"], True)),
        ("Mwinyi continued to build the line", None),  # a deed, not speech
    ],
)
def test_seventh_round_speech_forms(clause: str, expected: tuple[list[str], bool] | None) -> None:
    """Round 7: a word inside a name (a Spanish first surname) is that person, a guess;
    academic, religious and royal honorifics ("Datuk Seri Utama Haji", "Ayatollah") are no part
    of a name; a sentence with a second speaker is a guess; "the two Heads of State" and "the
    Presidents" are the two leaders; "reaffirmed that", "continued that" and "believes" are cues."""
    resolver = Resolver(find_people([(1, SEVENTH_PEOPLE)]))
    assert _speaker(resolver, clause) == expected


@pytest.mark.parametrize(
    ("article", "said"),
    [
        (  # "…, while Y said …": two statements, each its speaker's
            "President Samuel Kosgei met Tanzanian President Halima Mwinyi.\n\nMwinyi said "
            "Tanzania would open a post, while Kosgei said Kenya would fund the road.",
            [("reported", ("halima-mwinyi",), True), ("reported", ("samuel-kosgei",), True)],
        ),
        (  # "…; Y said …": the same at a semicolon
            "President Samuel Kosgei met Tanzanian President Halima Mwinyi.\n\nMwinyi said "
            "Tanzania would open a post; Kosgei said Kenya would fund the road.",
            [("reported", ("halima-mwinyi",), True), ("reported", ("samuel-kosgei",), True)],
        ),
        (  # a quotation, then a second speaker's reported speech
            "President Samuel Kosgei met Tanzanian President Halima Mwinyi.\n\n"
            '"We are ready," Kosgei said, while Mwinyi said Tanzania would pay.',
            [("direct", ("samuel-kosgei",), True), ("reported", ("halima-mwinyi",), True)],
        ),
        (  # reported speech, then a second speaker's quotation
            "President Samuel Kosgei met Tanzanian President Halima Mwinyi.\n\n"
            'Kosgei said Kenya was ready, while Mwinyi said: "We will pay."',
            [("reported", ("samuel-kosgei",), True), ("direct", ("halima-mwinyi",), True)],
        ),
        (  # a quotation closing reported speech, the full stop after its mark
            "President Samuel Kosgei met Tanzanian President Halima Mwinyi.\n\nKosgei said the "
            'deal showed that "neighbours can settle any dispute".',
            [("reported", ("samuel-kosgei",), True)],
        ),
    ],
)
def test_seventh_round_sentences_keep_every_word_and_each_speaker(
    article: str, said: list[tuple[str, tuple[str, ...], bool]]
) -> None:
    """Round 7: "X said …, while Y said …" is cut at the conjunction into two statements;
    `said that "…".` keeps its full stop, in one statement; no sentence is dropped."""
    text = f"{article}\n\n[Joint statement _2027.3.5. Tokyo]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    drafted = draft_summit(text, "a.txt")
    review = " ".join(drafted.curation.review)
    assert [
        (s.kind, s.speakers, not re.search(rf"\b{s.ref}: speaker", review))
        for s in drafted.statements
    ] == said
    assert article_problems(drafted, "a.txt", text) == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Transport CS Davis Kiprop Chebet said it.", "Davis Kiprop Chebet", "Transport CS"),
        (
            "Deputy President Mercy Atieno Nyamweya, who chaired the talks, said it.",
            "Mercy Atieno Nyamweya",
            "Deputy President",
        ),
        (
            "Minority Leader in the Senate, Stewart Madzayo Kahindi, accused the government.",
            "Stewart Madzayo Kahindi",
            "Minority Leader in the Senate",
        ),
        (
            "The Minority Leader in the Senate, Senator Abba Moro Ochigbo, said it.",
            "Abba Moro Ochigbo",
            "Minority Leader in the Senate",
        ),
        (
            "According to the Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar, the "
            "two countries will meet.",
            "Yusuf Maitama Tuggar",
            "Minister of Foreign Affairs",
        ),
        (
            "Ayatollah Hassan Ameli Kashani, the Supreme Leader's representative in Sistan "
            "province, said it.",
            "Hassan Ameli Kashani",
            "Supreme Leader's representative in Sistan province",
        ),
        (
            "Foreign Minister Datuk Seri Utama Haji Mohamad Hasan Ali said it.",
            "Mohamad Hasan Ali",
            "Foreign Minister",
        ),
        (
            "Kenya National Chamber of Commerce and Industry chairman Erick Rutto Kiplagat "
            "believes it.",
            "Erick Rutto Kiplagat",
            "Kenya National Chamber of Commerce and Industry chairman",
        ),
        ("Party-list MP Rangsiman Pongsakorn said it.", "Rangsiman Pongsakorn", "Party-list MP"),
        ("Energy analyst Dr Ayodele Oni-Bakare said it.", "Ayodele Oni-Bakare", "Energy analyst"),
        ("Wassana Thongkham | Bangkok", "Wassana Thongkham", "reporter"),
        ("Kehinde Olatunji, Abuja Bureau Chief", "Kehinde Olatunji", "reporter"),
        ("Nurul Ain Zakaria, Correspondent", "Nurul Ain Zakaria", "reporter"),
        ("DILNOZA RASHIDOVA", "Dilnoza Rashidova", "reporter"),
        ("By Wanjiku Mwangi | Nairobi", "Wanjiku Mwangi", "reporter"),
        ("Wanjiku Mwangi and Otieno Ochieng, Staff Writers", "Otieno Ochieng", "reporter"),
        ("From Kehinde Olatunji in Abuja", "Kehinde Olatunji", "reporter"),
        (
            "The Minister of State in charge of Planning, Hon. Godfrey Kabera Nsengiyumva, said "
            "it.",
            "Godfrey Kabera Nsengiyumva",
            "Minister of State in charge of Planning",
        ),
        (
            "Minister of ICT and Innovation Paula Ingabire Umutoni said it.",
            "Paula Ingabire Umutoni",
            "Minister of ICT and Innovation",
        ),
        (
            "The Tánaiste and Minister for Foreign Affairs, Helen McEntee Walsh, said it.",
            "Helen McEntee Walsh",
            "Tánaiste and Minister for Foreign Affairs",
        ),
        ("Taoiseach Micheál Ó Briain said it.", "Micheál Ó Briain", "Taoiseach"),
        ("Sinn Féin TD Donnchadh Ó Laoghaire said it.", "Donnchadh Ó Laoghaire", "Sinn Féin TD"),
        ("Congresswoman Ruth Luque Ibarra said it.", "Ruth Luque Ibarra", "Congresswoman"),
        ("Acting President Maria Santos said it.", "Maria Santos", "Acting President"),
        ("Vice-Chancellor Peter Weber said it.", "Peter Weber", "Vice-Chancellor"),
        ("Second Vice President Ana Lopez said it.", "Ana Lopez", "Second Vice President"),
        ("Attorney General Ali Hassan said it.", "Ali Hassan", "Attorney General"),
        ("Lt. Gen. Ahmed Karim said it.", "Ahmed Karim", "Lt. Gen."),
        ("Sen. Maria Lopez Cruz said it.", "Maria Lopez Cruz", "Sen."),
        (
            "It will guard the Amazon, while Brazil's foreign minister, Mauro Vieira Neto, said "
            "it.",
            "Mauro Vieira Neto",
            "Brazil's foreign minister",
        ),
    ],
)
def test_seventh_round_titles_keep_every_word(text: str, name: str, role: str) -> None:
    """Round 7: a Kenyan Cabinet Secretary ("CS"), a deputy president (never "President"), a
    role set off by commas at a sentence's start, a title between role and name, a role of a
    person's office "in" a place, an organisation's name "of … and …" before a role, and
    honorifics of several words are read whole; bylines "X | City", "X, Correspondent" and a
    name in capitals alone are journalists. Second batch: "Hon." and "Amb." are honorifics, a
    portfolio may be in capitals ("ICT") or two words joined by "and", a role may join two
    titles by "and" ("Tánaiste and Minister for Foreign Affairs"), Irish particles ("Ó") are
    part of a name, "TD" and "Congresswoman" are titles, and a role never starts before
    "while". Probed after it (no gold): a title keeps every word before it ("Acting", "Vice-",
    "Second Vice"), and legal, military and abbreviated titles ("Attorney General", "Lt. Gen.",
    "Sen.") are no part of a name."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get(name) == role, people


KOSGEI = (
    "President Samuel Kiprotich Kosgei met Tanzanian President Halima Said Mwinyi. Foreign "
    "Minister Maris Kittisakdi, Japanese Ambassador Ryo Nakagawa, Transport CS Davis Kiprop "
    "Chebet, Government spokesman Nikos Stavrou and Chilean Foreign Minister Alberto Riquelme "
    "Stork came."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Kosgei said", (["Samuel Kiprotich Kosgei"], True)),
        # a title before it whose word "NA" no title of his has: maybe another's, a guess
        ("NA Chairman Kosgei said", (["Samuel Kiprotich Kosgei"], False)),
        ("Ruth Chepkoech Kosgei said", ([], False)),  # someone else, whom the draft does not know
        (
            "According to the Foreign Minister, Maris Kittisakdi, the talks went well",
            (["Maris Kittisakdi"], True),
        ),
        ("The minister said", (["Maris Kittisakdi"], False)),  # of two ministers: a guess
        ("The CS said", (["Davis Kiprop Chebet"], True)),  # the one Cabinet Secretary
        (
            "The road is ready, according to the government spokesman, Nikos Stavrou.",
            (["Nikos Stavrou"], True),
        ),
        (
            "said the government spokesman, Nikos Stavrou, who briefed reporters.",
            (["Nikos Stavrou"], True),
        ),
        (
            "said the Chilean foreign minister, Alberto Riquelme Stork, who came with her.",
            (["Alberto Riquelme Stork"], True),
        ),
    ],
)
def test_a_name_that_ends_in_a_known_surname_is_not_its_carrier(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """Round 7: "Ruth Chepkoech Kosgei" is not Samuel Kiprotich Kosgei, however the title before
    her was missed; "According to the ROLE, NAME," and "said the ROLE, NAME, who" are NAME's;
    "the CS" is the one Cabinet Secretary, and "the minister" of two ministers a guess."""
    assert _speaker(Resolver(find_people([(1, KOSGEI)])), clause) == expected


def test_a_pronoun_after_a_speaker_who_named_strangers_is_still_the_speaker() -> None:
    """Round 7: names the draft does not know in the sentence a speaker spoke ("Air Sénégal")
    are the speaker's objects: "He added" after it is still the speaker (a guess)."""
    text = (
        "President Paul Kagame Rutagengwa, who hosted his counterpart, met Senegalese President "
        "Bassirou Diomaye Faye.\n\nFaye said RwandAir and Air Sénégal would code-share. He added "
        "that Senegal would send doctors.\n\n[Joint statement _2027.3.5. Kigali]\n\n1. Trade\n\n"
        "(1) Agreed.\n\n/End/"
    )
    statements = draft_summit(text, "a.txt").statements
    assert [s.speakers for s in statements] == [("bassirou-diomaye-faye",)] * 2


@pytest.mark.parametrize(
    ("text", "clause", "expected"),
    [
        (
            "President Olumide Adebayo Akande came with his son, Adebayo Akande.",
            "Adebayo Akande said",
            (["Adebayo Akande"], False),  # the son, or his father without his first name
        ),
        (
            "Adebayo Akande, a businessman, came with his father, President Olumide Adebayo "
            "Akande.",
            "President Olumide Adebayo Akande said",
            (["Olumide Adebayo Akande"], True),  # the longer name is read whole
        ),
        (
            "President Olumide Adebayo Akande came with his son, Adebayo Akande.",
            "Akande said",
            (["Olumide Adebayo Akande"], False),
        ),
    ],
)
def test_a_relative_whose_name_is_part_of_a_leaders_is_kept_and_a_guess(
    text: str, clause: str, expected: tuple[list[str], bool]
) -> None:
    """Round 7: a son named with kin ("his son, Adebayo Akande") is a person of his own, never
    merged into his father Olumide Adebayo Akande; his name alone may be either, a guess."""
    people = find_people([(1, text)])
    assert {p.name for p in people.values()} == {"Olumide Adebayo Akande", "Adebayo Akande"}
    assert _speaker(Resolver(people), clause) == expected


def test_the_agent_of_a_passive_after_a_role_is_no_speaker() -> None:
    """Round 7: "The agreements were welcomed by Djibouti's ambassador, X" puts no words in X's
    mouth, though "said the ROLE, X, who …" is X's."""
    text = "Djibouti's ambassador to Ethiopia, Abdi Mahamoud Eyeh, came."
    resolver = Resolver(find_people([(1, text)]))
    clause = "The deal was welcomed by Djibouti's ambassador to Ethiopia, Abdi Mahamoud Eyeh."
    assert not (_speaker(resolver, clause) or ([], False))[0]


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [
        ("Kosgei hosted Mwinyi at State House.", "samuel-kosgei"),  # the subject, not the object
        ("On Monday, Mwinyi visited Kosgei.", "halima-mwinyi"),  # after an introductory phrase
        ("The talks with Kosgei and Mwinyi ran late.", "halima-mwinyi"),  # no subject: last named
    ],
)
def test_a_pronoun_across_narration_is_its_subject(narration: str, speaker: str) -> None:
    """Round 7: after a sentence of narration, "He said" more likely means the person who
    starts it than the last one it names; always a guess."""
    text = (
        "President Samuel Kosgei met Tanzanian President Halima Mwinyi.\n\n"
        f"{narration} He said the road would be built.\n\n"
        "[Joint statement _2027.3.5. Nairobi]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(text, "a.txt")
    assert [
        (s.speakers, s.ref in " ".join(drafted.curation.review)) for s in drafted.statements
    ] == [((speaker,), True)]


@pytest.mark.parametrize("byline", ["By Staff Reporter", "By Our Correspondent"])
def test_a_byline_with_no_name_is_no_person(byline: str) -> None:
    """Round 7: "By Staff Reporter" credits nobody by name."""
    assert find_people([(1, byline)]) == {}


def test_a_vice_chancellor_is_not_the_chancellor() -> None:
    """Round 7 (probed): "the chancellor" is the one Chancellor, never a Vice-Chancellor."""
    text = "Chancellor Ulrike Brandmeier met Vice-Chancellor Peter Weber."
    resolver = Resolver(find_people([(1, text)]))
    assert _speaker(resolver, "The chancellor said") == (["Ulrike Brandmeier"], True)


@pytest.mark.parametrize(
    ("clause", "speaks"),
    [
        ("Mwinyi complained the border was slow", True),
        ("Mwinyi quipped", True),
        ("Mwinyi denied that the deal was secret", True),
        ("Mwinyi denied entry to the trucks", False),  # a deed
        ("Mwinyi estimated that trade would double", True),
        ("Mwinyi estimated the cost at $2 billion", False),
        ("Mwinyi expects trade to double", True),
        ("Mwinyi thinks the line is late", True),
    ],
)
def test_reporting_verbs_of_the_seventh_round(clause: str, speaks: bool) -> None:
    """Round 7: a broader lexicon of reporting verbs, those that are also deeds ("denied",
    "estimated") only with "that", and stances ("expects", "thinks") as cues."""
    bound = _speaker(Resolver(find_people([(1, KOSGEI)])), clause)
    assert (bound == (["Halima Said Mwinyi"], True)) is speaks


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # a minister who shares the president's family name, found by title and name
            "President Samuel Kosgei met Tanzanian President Halima Mwinyi. Finance Minister "
            "Kosgei said the budget was ready.",
            [
                # found, but a family name two people listed carry: a guess (round 32)
                ("Finance Minister Kosgei said", (["Kosgei"], False)),
                ("President Kosgei said", (["Samuel Kosgei"], False)),
                ("Kosgei said", (["Samuel Kosgei"], False)),  # either of them: a guess
            ],
        ),
        (  # the minister never found: the words go to no one, never to the president
            "President Samuel Kosgei met Tanzanian President Halima Mwinyi.",
            [("Finance Minister Kosgei told reporters", ([], False))],
        ),
        (  # an abbreviated title is the role written out
            "Prime Minister Pham Minh Tuan met Cambodian Prime Minister Hun Sovann.",
            [("PM Tuan said", (["Pham Minh Tuan"], True))],
        ),
    ],
)
def test_a_minister_who_shares_the_presidents_family_name_is_not_the_president(
    text: str, said: list[tuple[str, tuple[list[str], bool]]]
) -> None:
    """Round 7: "Finance Minister Kosgei" is never President Samuel Kosgei: a title before a
    family name that no carrier's role holds names someone else (a person of their own, or
    nobody known); the bare family name is then a guess."""
    resolver = Resolver(find_people([(1, text)]))
    assert [(clause, _speaker(resolver, clause)) for clause, _ in said] == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the President's wife, perhaps: a guess, and the President is not made a woman
            "President Samuel Kosgei met Tanzanian President Halima Mwinyi.",
            (["Samuel Kosgei"], False),
        ),
        (  # the article wrote "Mrs" before her full name: she, certain
            "Education Minister Mrs Rachel Kosgei met Tanzanian President Halima Mwinyi.",
            (["Rachel Kosgei"], True),
        ),
    ],
)
def test_mrs_and_a_family_name_is_certain_only_of_whom_the_article_calls_so(
    text: str, expected: tuple[list[str], bool]
) -> None:
    """Round 7: "Mrs Kosgei" may be the wife of the Kosgei the article names; it names a
    person for certain only if the article wrote "Mrs" before that person's full name."""
    people = find_people([(1, text)])
    assert _speaker(Resolver(people), "Mrs Kosgei said") == expected
    assert all(p.gender != "she" for p in people.values() if p.name == "Samuel Kosgei")


THIRD_BATCH_PEOPLE = (
    "Mexican President Claudia Ramírez Ortega was received by her Cuban counterpart, Manuel "
    "Díaz Hernández. Mexican Foreign Secretary Juan Ramón de la Fuente Ramírez, the Cuban "
    "Minister of Public Health, José Angel Portal Miranda, the president of the Cuban Chamber "
    "of Commerce, Antonio Carricarte Corona, and the Mtwara regional commissioner, Col Patrick "
    "Sawala Mwita, came."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the last word of one name and a word inside another's: either, a guess
        ("Ramírez stated that oil would come", (["Juan Ramón de la Fuente Ramírez"], False)),
        ("The Cuban head of state added that", (["Manuel Díaz Hernández"], False)),  # counterpart
        (  # left whole, two speakers: a guess (drafted, the sentence is cut in two)
            "Portal said traders had asked for it, while the regional commissioner, Col Patrick "
            "Sawala Mwita, said it had improved",
            (["Patrick Sawala Mwita"], False),
        ),
        ("Col Sawala warned that", (["Patrick Sawala Mwita"], False)),  # rank, part of the name
    ],
)
def test_seventh_round_third_batch_speech(clause: str, expected: tuple[list[str], bool]) -> None:
    """Round 7, third batch: a word that ends one name and is inside another is a guess; the
    counterpart of a head is the head of their country, a guess; a rank ("Col") is no part of
    a name; a president of a chamber of commerce is no head of state; "Public Health" is a
    portfolio, never a person."""
    people = find_people([(1, THIRD_BATCH_PEOPLE)])
    assert "Health" not in {p.name for p in people.values()}
    assert not HEAD.search(people["antonio-carricarte-corona"].role)
    assert _speaker(Resolver(people), clause) == expected


@pytest.mark.parametrize(
    ("paragraph", "frames", "guessed"),
    [
        ('"We must work together," Tran said, adding, "The region needs stability."',
         ["Tran said,", "adding,"], []),
        ('"We must work together," Kim said, noting, "The region needs stability."',
         ["Kim said,", "noting,"], []),
        ('"We must work together," Kim said at the palace, and adding, "The region needs '
         'stability."', ["Kim said at the palace,", "and adding,"], []),
        ('"We must work together," he said, adding, "The region needs stability."',
         ["he said,", "adding,"], ["S1", "S2"]),  # going on from a guess, a guess
    ],
)  # fmt: skip
def test_a_participle_after_a_quotation_frames_the_next_one_of_the_same_speaker(
    paragraph: str, frames: list[str], guessed: list[str]
) -> None:
    """`"…," Tran said, adding, "…"`: both quotations Tran's, each with its own verbatim part of
    the frame, the second going on from the first; no reported statement "Tran said" (a new
    user's bug, issue 19, round 8)."""
    article = (
        "President Tran Van Minh met President Kim Min-soo.\n\nKim arrived.\n\n"
        f"{paragraph}\n\n[Joint statement _2026.11.14. Seoul]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    speaker = "tran-van-minh" if "Tran" in paragraph else "kim-min-soo"
    assert [(s.kind, s.text, s.attribution, s.speakers) for s in drafted.statements] == [
        ("direct", "We must work together", frames[0], (speaker,)),
        ("direct", "The region needs stability.", frames[1], (speaker,)),
    ]
    assert [r.split(":")[0] for r in drafted.curation.review if r.startswith("S")] == guessed
    assert article_problems(drafted, "a.txt", article) == []


@pytest.mark.parametrize(
    ("paragraph", "carried"),
    [
        (
            'Defense Secretary Gilberto "Gibo" Salcedo said the patrols would start.',
            {"Salcedo", "the defense secretary"},
        ),  # and "the secretary" may be him
        ("Fisherman Arne Dahl, 61, was less sure.", {"Dahl"}),
        ("A trader at the market, Ole Dahl, said so.", {"Dahl"}),
        ("Mori Akiko hosted a tea ceremony.", {"Mori"}),  # a family name written first
        ("Dahl's wife Iryna visited a school.", {"Dahl"}),
        ("Senator Ana Liza Salcedo and Prime Minister Ingrid Solheim Dahl met.", set()),
        ('Senator Ana "Liza" Salcedo met them.', {"Salcedo"}),  # a nickname: a doubt
        ("On Tuesday Dahl said the Senate Salcedo committee met.", set()),  # clause words
        ("Ingrid Dahl and Mori Haruto spoke.", set()),  # their own names, shortened
        ("Trader Ole Ana Liza Salcedo spoke.", {"Ana", "Ana Liza Salcedo"}),  # a longer name
    ],
)
def test_a_family_name_someone_unlisted_carries_is_found_in_the_whole_article(
    paragraph: str, carried: set[str]
) -> None:
    """Every capitalised sequence of the article that could carry a known family name and is
    no known person's own name: then a bare family name may mean someone the rules did not
    list (issue 19, round 8, class a and c)."""
    people = [
        Found("Ana Liza Salcedo", "Senator", 1, 1),
        Found("Ingrid Solheim Dahl", "Prime Minister", 1, 1),
        Found("Mori Haruto", "Prime Minister", 1, 1),
    ]
    assert unlisted_carriers([paragraph], people) == carried


UNLISTED = (
    "TROMSØ (NRK) - Prime Minister Ingrid Solheim Dahl and Senator Ana Liza Salcedo met on "
    "Thursday.\n\n{paragraph}\n\n{quoted}\n\n[Joint statement _2027.9.2. Tromsø]\n\n"
    "1. Fisheries\n\n(1) Agreed.\n\n/End/"
)


@pytest.mark.parametrize(
    ("paragraph", "quoted", "certain"),
    [
        ("Fisherman Arne Dahl, 61, was less sure.", '"Quotas do not feed us," Dahl said.',
         False),
        ('Defense Secretary Gilberto "Gibo" Salcedo spoke after her.',
         '"We will not leave our fishermen alone," Salcedo said.', False),
        ('Defense Secretary Gilberto "Gibo" Salcedo spoke after her.',
         '"We will not leave our fishermen alone," Senator Salcedo said.', False),
        ("The fisherman Arne was less sure.", '"Quotas do not feed us," Dahl said.', True),
        ("Dahl's husband Ole was less sure.", '"Quotas do not feed us," Dahl said.', False),
        ("Fisherman Arne Dahl, 61, was less sure.", '"Quotas do not feed us," Ms Dahl said.',
         False),
        ("Dahl quoted Henrik Ibsen, saying so.", '"A good day," Dahl said.', True),
        ("The talks went well.", 'Dahl quoted Henrik Ibsen, saying, "A good day."', False),
        ("The talks went well.", 'Dahl recalled Ibsen\'s words: "A good day."', False),
        ("The talks went well.", 'Dahl recalled the words of Ibsen: "A good day."', False),
        ("The talks went well.", "Dahl recalled that Norway and Iceland had long fished "
         "together.", True),
        ("The talks went well.", 'Dahl was quoted as saying, "A good day."', True),
    ],
)  # fmt: skip
def test_a_bare_family_name_another_could_carry_and_quoted_words_are_guesses(
    paragraph: str, quoted: str, certain: bool
) -> None:
    """A bare family name is certain only if no other name-like sequence in the article could
    carry it, whatever the rules failed to list (a nickname, a description before the name,
    kin); a speaker quoting or recalling someone named is a guess too: whose words they are
    is the curator's call (issue 19, round 8: zero wrong attributions unflagged)."""
    article = UNLISTED.format(paragraph=paragraph, quoted=quoted)
    drafted = draft_summit(article, "a.txt")
    statement = drafted.statements[-1]
    assert statement.speakers  # someone, flagged unless nobody else could be meant
    flagged = any(item.startswith(f"{statement.ref}:") for item in drafted.curation.review)
    assert flagged is not certain
    assert article_problems(drafted, "a.txt", article) == []


CUES_8 = (
    "OSLO (NTB) - Norwegian Prime Minister Ingrid Solheim Dahl and Icelandic Prime Minister "
    "Gunnar Thorvaldsson met on Thursday.\n\n{sentence}\n\n[Joint statement _2027.9.2. Oslo]"
    "\n\n{preamble}\n\n1. Fisheries\n\n(1) Agreed.\n\n/End/"
)


@pytest.mark.parametrize(
    ("sentence", "text", "speakers"),
    [
        ("Dahl considered that the pact was fair.", "Dahl considered that the pact was fair.",
         ["ingrid-solheim-dahl"]),
        ("Thorvaldsson specified that boats would stay out.",
         "Thorvaldsson specified that boats would stay out.", ["gunnar-thorvaldsson"]),
        ('Thorvaldsson thanked Oslo for its "steady support".', "steady support",
         ["gunnar-thorvaldsson"]),
        ("Dahl spoke first. The PM added that the deal was fair.",
         "The PM added that the deal was fair.", ["ingrid-solheim-dahl"]),
        ("Dahl spoke first. The Icelandic leader added that boats would stay out.",
         "The Icelandic leader added that boats would stay out.", ["gunnar-thorvaldsson"]),
        ('In the words of Thorvaldsson, the deal "ends a dispute".', "ends a dispute",
         ["gunnar-thorvaldsson"]),
        ('Dahl signed. In her view, the deal is "fair to both coasts".', "fair to both coasts",
         ["ingrid-solheim-dahl"]),  # a pronoun: a guess
    ],
)  # fmt: skip
def test_cues_and_frames_of_the_eighth_round(sentence: str, text: str, speakers: list[str]) -> None:
    """Verbs and frames that report speech which earlier rules missed (issue 19, round 8,
    class d): "considered that", "specified that", a short quotation after "thanked", "The PM
    added that", a nationality in "-ic", "In the words of X", "In her view"."""
    article = CUES_8.format(sentence=sentence, preamble="The two sides met.")
    drafted = draft_summit(article, "a.txt")
    said = [s for s in drafted.statements if text in s.text]
    assert [list(s.speakers) for s in said] == [speakers]
    assert article_problems(drafted, "a.txt", article) == []


@pytest.mark.parametrize(
    ("preamble", "speakers"),
    [
        ("The two leaders agreed to meet again in Reykjavik.", 2),
        ("The two Prime Ministers agreed to meet again in Reykjavik.", 2),
        ("The Prime Ministers highlighted that the seas are shared.", 2),
        ("Both leaders recognized that the seas are shared.", 2),  # a statement's (round 24)
    ],
)
def test_the_leaders_agreeing_in_the_joint_documents_preamble_are_its_speakers(
    preamble: str, speakers: int
) -> None:
    """ "The two leaders agreed to meet again" in the release's preamble is the two leaders'
    (a guess, as any plural is), as "The Presidents highlighted that" is (issue 19, round 8,
    class i); what they recognized or shared too, in a joint statement (round 24: a joint press
    release, as the bundled source, keeps it as its own)."""
    article = CUES_8.format(sentence="They met.", preamble=preamble)
    drafted = draft_summit(article, "a.txt")
    assert len(drafted.release.preamble[0].speakers or ()) == speakers
    assert any(item.startswith("P1:") for item in drafted.curation.review) is bool(speakers)


def test_a_nickname_in_quotation_marks_is_part_of_a_name() -> None:
    """`Defense Secretary Gilberto "Gibo" Salcedo` is a person, named as the article names him,
    so his words are his (a guess, with a senator of his family name) rather than hers (issue
    19, round 8, class a)."""
    article = (
        "MANILA (PNA) - President Teodoro Reyes met Senator Ana Liza Salcedo.\n\n"
        'Defense Secretary Gilberto "Gibo" Salcedo said the patrols would begin.'
        "\n\n[Joint statement _2027.2.8. Manila]\n\n1. Seas\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert ('Gilberto "Gibo" Salcedo', "Defense Secretary") in [
        (p.name, p.role) for p in drafted.people
    ]
    assert drafted.statements[0].speakers == ("gilberto-gibo-salcedo",)
    assert article_problems(drafted, "a.txt", article) == []


def test_kin_of_a_known_family_name_and_a_byline_in_capitals_are_people() -> None:
    """ "Kovalchuk's wife Iryna" … "Iryna Kovalchuk said" is a person of her own, with the role
    "Kovalchuk's wife", and so a bare "Kovalchuk" is a guess; "By TARAS MELNYK" is a reporter
    (issue 19, round 8, classes f and g; the dateline's agency left out since round 33)."""
    article = (
        "KYIV (Ukrinform) - Ukrainian President Oleksandr Kovalchuk met Moldovan President Ion "
        "Rusu.\n\nBy TARAS MELNYK\n\nKovalchuk's wife Iryna visited a school. Iryna Kovalchuk "
        'said every child deserved a warm classroom.\n\n"It was a good day," Kovalchuk said.'
        "\n\n[Joint statement _2027.3.3. Kyiv]\n\n1. Energy\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [(p.name, p.role) for p in drafted.people] == [
        ("Oleksandr Kovalchuk", "Ukrainian President"),
        ("Ion Rusu", "Moldovan President"),
        ("TARAS MELNYK", "reporter"),  # the credit's word, the dateline's agency no part of it
        ("Iryna Kovalchuk", "Kovalchuk's wife"),
    ]
    assert drafted.statements[0].speakers == ("iryna-kovalchuk",)
    assert len(drafted.statements) == 2  # "Kovalchuk said": either, the one who spoke last
    assert [r.split(":")[0] for r in drafted.curation.review if r.startswith("S")] == ["S2"]


@pytest.mark.parametrize(
    ("unlisted", "certain"),
    [(frozenset(), True), (frozenset({"the prime minister"}), False),
     (frozenset({"the finance minister"}), True)],
)  # fmt: skip
def test_a_role_someone_unlisted_may_hold_is_a_guess(
    unlisted: frozenset[str], certain: bool
) -> None:
    """ "The prime minister said" is its one known holder for certain only if the article gives
    no one the rules did not list that title (issue 19, round 8)."""
    people = {"ingrid-solheim-dahl": Found("Ingrid Solheim Dahl", "Prime Minister", 1, 1)}
    resolver = Resolver(people, unlisted=unlisted)
    assert _speaker(resolver, "The prime minister said") == (["Ingrid Solheim Dahl"], certain)


@pytest.mark.parametrize(
    ("paragraph", "person", "role"),
    [
        ('Fisherman Arne Dahl, 61, was less sure. "Quotas do not feed us," Dahl said.',
         "arne-dahl", "Fisherman"),
        ('Trawlerman Ole Dahl was less sure. "Quotas do not feed us," Dahl said.',
         "ole-dahl", "Trawlerman"),
        ('The talks went well. "Quotas are fair," Dahl said.', "ingrid-solheim-dahl", ""),
    ],
)  # fmt: skip
def test_a_citizen_named_by_trade_is_a_person_and_a_shared_name_the_one_named_here(
    paragraph: str, person: str, role: str
) -> None:
    """Ordinary citizens quoted by their trade ("Fisherman Arne Dahl, 61,") are people; a
    family name they share with a leader is a guess, and the likelier one is whoever the
    paragraph named (issue 19, round 8, class c)."""
    article = UNLISTED.format(paragraph=paragraph, quoted="The talks ended.")
    drafted = draft_summit(article, "a.txt")
    if role:
        assert (person, role) in [(p.id, p.role) for p in drafted.people]
    statement = drafted.statements[-1]
    assert statement.speakers == (person,)
    flagged = any(item.startswith(f"{statement.ref}:") for item in drafted.curation.review)
    assert flagged is bool(role)


def test_a_title_the_release_gives_a_person_the_story_named_binds_their_family_name() -> None:
    """The story calls the Bangladeshi leader "counterpart", the joint statement "Prime Minister
    Nusrat Jahan Chowdhury": "Prime Minister Chowdhury affirmed …" in the statement is hers,
    not a new person named Chowdhury (who took her words, certain, beside two other
    Chowdhurys)."""
    people = find_people(
        [
            (1, "Prime Minister Faisal Qureshi met his Bangladeshi counterpart, Nusrat Jahan "
                "Chowdhury, and her husband, Kamal Chowdhury."),
            (5, "Prime Minister Nusrat Jahan Chowdhury of Bangladesh paid a visit."),
            (6, "Prime Minister Chowdhury affirmed that Bangladesh seeks friendly relations."),
        ],
        release=5,
    )  # fmt: skip
    assert "chowdhury" not in people, {p.id: p.role for p in people.values()}
    assert people["nusrat-jahan-chowdhury"].role == "Prime Minister of Bangladesh"  # no office
    # but a counterpart's: the title of a country the statement gives (round 32)


NINTH_ROUND_PEOPLE = (
    "Ghanaian President Kwaku Asante Boateng met Foreign Minister Hakan Fidan, his Azerbaijani "
    "counterpart Jeyhun Bayramov and Kwame Nkrumah, the founding leader."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Foreign Minister Hakan Fidan and his Azerbaijani counterpart Jeyhun Bayramov told",
         (["Hakan Fidan", "Jeyhun Bayramov"], False)),  # a plural subject: both, a guess
        ("Hakan Fidan, along with Jeyhun Bayramov, said",
         (["Hakan Fidan", "Jeyhun Bayramov"], False)),
        ("Hakan Fidan and Jeyhun Bayramov said", (["Hakan Fidan", "Jeyhun Bayramov"], True)),
        ("Boateng quoted the founding leader Kwame Nkrumah, telling the banquet that",
         (["Kwaku Asante Boateng"], False)),  # the participle's subject is the clause's
        ("After a toast to Kwame Nkrumah, saying that", (["Kwame Nkrumah"], False)),
        ("Hakan Fidan, telling reporters that", (["Hakan Fidan"], True)),
    ],
)  # fmt: skip
def test_plural_subjects_and_participles_are_bound_to_the_clause_subject(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """ "X and his counterpart Y told" is both people's, a guess; "X quoted Y, telling" is X's,
    never Y's for certain (issue 19, round 9: the wrong attributions held-out 7 and 8 left
    unflagged)."""
    assert _speaker(Resolver(find_people([(1, NINTH_ROUND_PEOPLE)])), clause) == expected


@pytest.mark.parametrize(
    ("sentence", "relayed"),
    [
        ('"We will not be bullied," Michal said, quoting former president Lennart Meri.', True),
        ('"We will not be bullied," Michal said, quoting poet Jaan Kross.', True),
        ('"We will not be bullied," Michal said, citing former president Lennart Meri.', True),
        ('Quoting former president Lennart Meri, Michal said: "We will not be bullied."', True),
        ('Michal, quoting former president Lennart Meri, said: "We will not be bullied."', True),
        ('"We will not be bullied," Michal said, quoting Jaan Kross.', True),
        ('"We will not be bullied," Michal said, citing the need for European unity.', False),
        ('"We will not be bullied," Michal said, citing rising prices in Tallinn.', False),
    ],
)
def test_words_a_speaker_quotes_from_another_are_a_guess(sentence: str, relayed: bool) -> None:
    """New user 60: "…," Michal said, quoting former president Lennart Meri' was Michal's
    for certain, with no review item, where "quoting Lennart Meri" was a guess: a role in lower
    case before the name hid whom he quoted. A reason cited is no one quoted."""
    article = (
        "TALLINN (ERR) - Estonian Prime Minister Kristen Michal met President Anna Berg.\n\n"
        f"{sentence}\n\n[Joint statement _2026.3.5. Tallinn]\n\n1. Trade\n\n(1) Agreed.\n"
    )
    drafted = draft_summit(article, "a.txt")
    [statement] = [s for s in drafted.statements if "bullied" in s.text]
    assert statement.speakers == ("kristen-michal",)
    flagged = [item for item in drafted.curation.review if item.startswith(f"{statement.ref}:")]
    assert bool(flagged) is relayed, flagged


def test_a_pronoun_after_narration_is_its_subject_unless_known_of_the_other_gender() -> None:
    """ "Opposition leader Peter Obi was less impressed. "…," he wrote": Obi, whom the article
    gave no gender, not the president it called "his" before; a guess either way (issue 19,
    round 9: pronouns whose antecedent no speech introduced)."""
    article = (
        "ABUJA (Reuters) - Nigerian President Bola Tinubu met Ghanaian President John Mahama.\n\n"
        "Mahama said his government would open the border.\n\n"
        'Opposition leader Peter Obi was less impressed. "Summits do not feed anyone," he wrote.'
        "\n\n[Joint statement _2027.2.8. Abuja]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    statement = drafted.statements[-1]
    assert statement.speakers == ("peter-obi",)
    assert any(item.startswith(f"{statement.ref}:") for item in drafted.curation.review)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("In Doha, shop owner Abdullah al-Marri recalled the blockade.", "Abdullah al-Marri",
         "shop owner"),
        ("In Ísafjörður, the trawler captain Guðmundur Jónsson was relaxed.", "Guðmundur Jónsson",
         "trawler captain"),
        ("At the terminal, merchant Marta Choque Apaza, who sells olives, said so.",
         "Marta Choque Apaza", "merchant"),
        ("It was signed after Ferdinand Marcos left.", None, None),  # "after" is no agent
        ("Lawmaker Krzysztof Mazur told Polsat that it was bad.", "Krzysztof Mazur", "Lawmaker"),
        ("Palace Press Officer Claire Castro said it went well.", "Claire Castro",
         "Palace Press Officer"),
        ("Coast Guard spokesperson Commodore Arnel Santos welcomed it.", "Arnel Santos",
         "Coast Guard spokesperson"),  # a rank, like an honorific, is no part of the name
        ("Han hosted a state dinner for Prime Minister Takeda Kenji.", "Takeda Kenji",
         "Prime Minister"),  # "for" ends as "actor" does, and is none; a title is no name
        ("The member Ana Costa spoke.", None, None),
    ],
)  # fmt: skip
def test_an_agent_noun_before_a_name_is_a_role(text: str, name: str | None, role: str) -> None:
    """Occupations no list foresees, by the endings English gives those who do something
    (issue 19, round 9: speakers held-out 7 and 8 named only so)."""
    people = find_people([(1, text)])
    found = [(p.name, p.role) for p in people.values()]
    assert found == ([(name, role)] if name else [])


def test_mr_and_a_family_name_two_namesakes_carry_is_a_guess() -> None:
    """ "Mr Marcos" is Ferdinand Marcos Jr. or the late dictator Ferdinand Marcos: a guess, never
    the father for certain (issue 19, round 9)."""
    people = find_people(
        [(1, "Philippine President Ferdinand Marcos Jr met Albanese, 40 years after the fall of "
             "the late dictator Ferdinand Marcos.")]
    )  # fmt: skip
    assert {p.name for p in people.values()} >= {"Ferdinand Marcos Jr", "Ferdinand Marcos"}
    bound = _speaker(Resolver(people), "said Mr Marcos.")
    assert bound is not None
    assert bound[1] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway\u2019s fisheries minister, Eirik Lund, said the deal was fair.",
         {"Eirik Lund": "Norway\u2019s fisheries minister"}),  # the typographer's apostrophe
        ("In Warsaw, Halyna Petrenko, 62, who fled Kharkiv in 2022, said she followed it.",
         {"Halyna Petrenko": PLACEHOLDER}),  # two appositives before the cue
        ("Prime Minister Ingrid Haugland met fishermen. Lars Haugland, the chair of the "
         "association, who is no relation, warned that it would cost jobs.",
         {"Ingrid Haugland": "Prime Minister", "Lars Haugland": PLACEHOLDER}),
        ("Prime Minister Ingrid Haugland met fishermen. Van Haugland said so.",
         {"Ingrid Haugland": "Prime Minister"}),  # a particle starting a sentence: no one new
    ],
)  # fmt: skip
def test_speakers_after_curly_possessives_appositives_and_a_shared_family_name(
    text: str, expected: dict[str, str]
) -> None:
    """People held-out 7 named so and the rules missed, so their words went to whoever was
    named before (issue 19, round 9)."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == expected


SEPULVEDA_QUISPE = ["andres-sepulveda", "veronika-quispe"]
"""The two leaders of the joint declaration the release tests below draft."""


LEFT_TO_THE_CURATOR = "President Sepúlveda and the Peruvian delegation agreed to meet again."
"""A titled leader agreeing with someone the draft cannot name: no speakers, and a review
item that says so (round 22)."""


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ("The two sides affirmed that the relations are rooted in history.", SEPULVEDA_QUISPE),
        ("The Presidents highlighted the excellent state of relations.", SEPULVEDA_QUISPE),
        ("The two leaders held talks. They noted that trade has grown.", SEPULVEDA_QUISPE),
        (
            "Trade has grown since 2017, the two leaders noted, and they agreed to do more.",
            SEPULVEDA_QUISPE,
        ),
        ("The two leaders held talks in a warm and cordial atmosphere.", []),  # a deed, no words
        ("The two leaders reaffirmed their commitment to the Pacific Alliance.", SEPULVEDA_QUISPE),
        ("The two Presidents agreed that fisheries must be managed jointly.", SEPULVEDA_QUISPE),
        ("Both leaders shared the view that the border is peaceful.", SEPULVEDA_QUISPE),
        (
            "President Sepúlveda and President Quispe agreed that the border must stay open.",
            SEPULVEDA_QUISPE,
        ),
        (
            "President Quispe reaffirmed Peru's support for the Pacific Alliance.",
            ["veronika-quispe"],
        ),
        (
            "Andrés Sepúlveda and Verónika Quispe reaffirmed their friendship.",
            SEPULVEDA_QUISPE,
        ),
        (LEFT_TO_THE_CURATOR, []),  # who else?
        ("The Pacific Alliance reaffirmed its support.", []),  # no one the article names
        ("Ministers Soto and Mamani agreed to meet again.", []),  # named by no one listed
    ],
)
@pytest.mark.parametrize("where", ["preamble", "clause"])
def test_whose_words_the_joint_document_reports_are_its_speakers_a_guess(
    paragraph: str, speakers: list[str], where: str
) -> None:
    """A preamble's or a clause's "The two sides affirmed that" is the two leaders' words, as a
    guess; the leaders are a head and the counterpart the story names (issue 19, round 9). A
    clause reports words as a preamble paragraph does: held-out writers label both alike.
    "Prime Minister X and Chancellor Y agreed that …", "President X reaffirmed …": the people
    the subject names, wholly (a new user's trial found such clauses given no one), a guess,
    since the verb may be a deed; a subject naming anyone the article does not list is left
    to the curator. The view the leaders share in a joint declaration is theirs too (round 24;
    a joint press release keeps it as its own)."""
    paragraphs = [paragraph, "1. Trade", "(1) Agreed."]
    if where == "clause":
        paragraphs = ["The visit took place in October.", "1. Trade", f"(1) {paragraph}"]
    article = (
        "LIMA (AFP) - Chilean President Andrés Sepúlveda met his Peruvian counterpart, "
        "President Verónika Quispe.\n\n[Joint Declaration _2026.10.20. Santiago]\n\n"
        + "\n\n".join(paragraphs)
        + "\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    found = drafted.release.preamble[0] if where == "preamble" else drafted.clauses[0]
    assert found.text == paragraph
    assert list(found.speakers) == speakers
    ref = "P1:" if where == "preamble" else "1.1:"
    reviewed = any(item.startswith(ref) for item in drafted.curation.review)
    assert reviewed is (bool(speakers) or paragraph == LEFT_TO_THE_CURATOR)


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        ("President Sepúlveda stated that Chile would open two consulates.", ["andres-sepulveda"]),
        ("President Quispe expressed her appreciation for Chile's support.", ["veronika-quispe"]),
        ("Agreed to meet again in 2027.", []),
    ],
)
def test_a_clause_that_reports_one_leaders_words_names_the_leader(
    clause: str, speakers: list[str]
) -> None:
    """ "(2) Prime Minister X stated that …" in a numbered clause is X's reported speech, as in
    the preamble (P4), by the same rules and with the same certainty."""
    article = (
        "LIMA (AFP) - Chilean President Andrés Sepúlveda met his Peruvian counterpart, "
        "President Verónika Quispe.\n\n[Joint Declaration _2026.10.20. Santiago]\n\n"
        f"The visit took place in October.\n\n1. Trade\n\n(1) {clause}\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert list(drafted.clauses[0].speakers) == speakers
    assert not any(item.startswith("1.1:") for item in drafted.curation.review)  # certain


@pytest.mark.parametrize(
    ("sentence", "records"),
    [
        ('"Gas is a pillar," Bayraktar said, adding that talks were continuing.',
         [("direct", "Gas is a pillar"), ("reported", "adding that talks were continuing.")]),
        ('"Summits feed no one," he wrote on X, adding that voters would judge.',
         [("direct", "Summits feed no one"), ("reported", "adding that voters would judge.")]),
        ('"Gas is a pillar," Bayraktar said, to applause from the delegations.',
         [("direct", "Gas is a pillar")]),  # no speech after the frame: the frame, whole
    ],
)  # fmt: skip
def test_reported_speech_after_a_quotations_frame_is_a_statement_of_its_own(
    sentence: str, records: list[tuple[str, str]]
) -> None:
    """ "…," she said, adding that …: the words after the frame are the speaker's too, never
    lost in the frame (issue 19, round 9)."""
    article = (
        "ANKARA (AA) - Energy Minister Alparslan Bayraktar met reporters.\n\n"
        f"{sentence}\n\n[Joint statement _2026.6.1. Ankara]\n\n1. Energy\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    said = [(s.kind, s.text) for s in drafted.statements if s.provenance.paragraph == 2]
    assert said == records
    assert {s.speakers for s in drafted.statements} == {("alparslan-bayraktar",)}
    assert article_problems(drafted, "a.txt", article) == []


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the ODM senator said in a statement.", (["Okello Otieno"], False)),
        ("the congressman wrote on his X account.", (["Renzo Salazar"], False)),
        ("the legislator wrote.", (["Okello Otieno"], False)),  # either of two, the first
        ("the analyst told EFE.", (["Wairimu Ndungu"], False)),
        ("the expert said.", (["Wairimu Ndungu"], False)),  # an analyst is an expert too
        ("the farmer said.", None),  # no one known farms: the cue binds no one
    ],
)  # fmt: skip
def test_an_occupation_after_the_name_is_its_holder_always_a_guess(
    clause: str, expected: tuple[list[str], bool] | None
) -> None:
    """ "…," the ODM senator said: whoever's role says senator, a guess, since someone the rules
    did not list may hold it too (issue 19, round 9)."""
    people = find_people(
        [(1, "Siaya Senator Okello Otieno spoke. Congressman Renzo Salazar listened. Wairimu "
             "Ndungu, a political scientist at the university, was there.")]
    )  # fmt: skip
    bound = _speaker(Resolver(people), clause)
    assert (bound if bound is None or bound[0] else None) == expected


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Hnatiuk thanked Poland. "You opened your homes," he said.', "oleksandr-hnatiuk"),
        ('In Lviv, in the west, the trawler captain Ivan Petruk was relaxed. "It is fair," he '
         "said.", "ivan-petruk"),
        ('The foreign minister, Iryna Kovalenko, spoke. "It is fair," she said.',
         "iryna-kovalenko"),
    ],
)  # fmt: skip
def test_a_pronoun_after_narration_means_whoever_starts_it_of_that_gender(
    paragraph: str, speaker: str
) -> None:
    """The subject of the narration before a pronoun, after introductory phrases or as the
    name set after a role, and among namesakes the one of the pronoun's gender (issue 19,
    round 9: pronouns held-out 7 resolved to an earlier speaker)."""
    article = (
        "WARSAW (AP) - Polish Prime Minister Marek Zielinski met Ukrainian President Oleksandr "
        "Hnatiuk and his wife, Olena Hnatiuk.\n\n"
        '"We are neighbours," Zielinski said.\n\n'
        f"{paragraph}\n\n[Joint statement _2026.4.2. Warsaw]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    statement = drafted.statements[-1]
    assert statement.speakers == (speaker,)
    assert any(item.startswith(f"{statement.ref}:") for item in drafted.curation.review)


def test_a_description_never_runs_on_to_anothers_kin() -> None:
    """ "a state dinner for X and his wife, Y," makes Y a wife, not one whose role is "state
    dinner for X and his wife", which "Prime Minister Takeda" then matched (issue 19, round
    9)."""
    people = find_people(
        [(1, "Han hosted a state dinner for Prime Minister Takeda Kenji and his wife, Takeda "
             "Yoko, at the palace.")]
    )  # fmt: skip
    assert {p.name: p.role for p in people.values()} == {
        "Takeda Kenji": "Prime Minister", "Takeda Yoko": "wife",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (2, "Oleksandr Hnatiuk"),  # the relative named in another paragraph: the leader
        (1, "Olena Hnatiuk"),  # named in this paragraph: she, most likely
    ],
)
def test_a_family_name_a_leader_shares_with_kin_is_the_leaders_unless_kin_was_named_here(
    paragraph: int, speaker: str
) -> None:
    """ "Hnatiuk said", after "Hnatiuk and his wife, Olena Hnatiuk, laid flowers": the leader
    the story follows, a guess (issue 19, round 9)."""
    people = find_people(
        [(1, "Ukrainian President Oleksandr Hnatiuk and his wife, Olena Hnatiuk, laid flowers.")]
    )
    resolver = Resolver(people, recent=[(1, p) for p in people.values()])
    assert _speaker(resolver, "Hnatiuk said the talks went well.", paragraph) == ([speaker], False)


NINTH_ROUND_ARTICLE = (
    "ACCRA (Reuters) - Nigerian President Bola Tinubu met Ghanaian President John Mahama and "
    "Opposition leader Peter Obi.\n\n{paragraph}\n\n[Joint statement _2026.3.5. Abuja]\n\n"
    "The two Presidents held talks. They noted that trade had grown.\n\n1. Trade\n\n"
    "(1) Agreed.\n\n/End/"
)


@pytest.mark.parametrize(
    ("paragraph", "text", "speakers", "guessed"),
    [
        ("The two leaders agreed to meet again, according to presidential spokesman Bayo "
         "Onanuga.", "The two leaders agreed", ("bayo-onanuga",), False),
        ('"Good talks with Ghana," Tinubu posted on X.', "Good talks", ("bola-tinubu",), False),
        ("Presidential spokesman Bayo Onanuga said in a statement that the deal was signed. "
         "Border posts would open soon, the statement said.", "Border posts",
         ("bayo-onanuga",), True),
        ("Tinubu and Obi, who are rivals, often clash, but both men said the deal was good.",
         "both men said", ("bola-tinubu", "peter-obi"), True),
        ('Peter Obi assured that prices would fall, and warned that "smugglers will pay."',
         "assured that prices", ("peter-obi",), False),  # reported, then the quotation's frame
        ("Peter Obi questioned that the deal had not gone to the Senate.", "questioned",
         ("peter-obi",), False),
        ("According to Nigeria's Foreign Affairs Minister, Ambassador Yusuf Tukur, the committee "
         "will report by December.", "the committee", ("yusuf-tukur",), False),
    ],
)  # fmt: skip
def test_ninth_round_speech_forms(
    paragraph: str, text: str, speakers: tuple[str, ...], guessed: bool
) -> None:
    """What held-out 7 and 8 wrote that the rules read as no one's or the wrong one's: an
    account said according to someone, a post, "the statement said" after a spokesman's
    statement, "both men" after a pair named in the sentence (issue 19, round 9)."""
    drafted = draft_summit(NINTH_ROUND_ARTICLE.format(paragraph=paragraph), "a.txt")
    said = [s for s in drafted.statements if text in s.text and s.kind != "account"]
    assert [s.speakers for s in said] == [speakers]
    flagged = any(item.startswith(f"{said[0].ref}:") for item in drafted.curation.review)
    assert flagged is guessed
    preamble = drafted.release.preamble[0]
    assert preamble.speakers == ("bola-tinubu", "john-mahama")  # "They noted", the two leaders


@pytest.mark.parametrize(
    ("first", "then", "names"),
    [
        ("The President of the Republic of Chile, Gabriela Rojas Henríquez, arrived.",
         "President Rojas Henríquez said the visit was historic.", ["Gabriela Rojas Henríquez"]),
        ("Prime Minister Matej Kovačič and his Croatian counterpart Ivana Horvat Barić met.",
         "Prime Minister Horvat Barić said the talks were open.",
         ["Matej Kovačič", "Ivana Horvat Barić"]),
        ("President Gabriela Rojas Henríquez met Finance Minister Ana Soto.",
         "Finance Minister Rojas Henríquez said the budget was ready.",
         ["Gabriela Rojas Henríquez", "Ana Soto", "Rojas Henríquez"]),
    ],
)  # fmt: skip
def test_a_title_and_two_family_names_are_the_titled_person_they_end(
    first: str, then: str, names: list[str]
) -> None:
    """ "President Rojas Henríquez", after "the President of the Republic of Chile, Gabriela
    Rojas Henríquez,", is she, not a second president (issue 19, round 9); so is "Prime
    Minister Horvat Barić" after "his Croatian counterpart Ivana Horvat Barić", whose title a
    counterpart holds unsaid (round 11); another office's title is another person, first named
    where the title names them, not inside the President's longer name (round 21)."""
    people = find_people([(1, first), (2, then)])
    assert [p.name for p in people.values()] == names


@pytest.mark.parametrize(
    ("head", "writers"),
    [
        ("Marion Dubois", ["Marion Dubois"]),
        ("Shaun Walker in Warsaw", ["Shaun Walker"]),
        ("Kari Lindqvist in Reykjavik\nTue 12 May 2026 15.40 BST", ["Kari Lindqvist"]),
        ("Raul Dancel\nPhilippines Correspondent", ["Raul Dancel"]),
        ("Seda Karaca and Rauf Huseynov | 14.10.2026 - Update : 14.10.2026",
         ["Seda Karaca", "Rauf Huseynov"]),
        ("By: Jhoanna Ferrer - Reporter / @INQNational", ["Jhoanna Ferrer"]),
        ("Reporter Jung Da-eun", ["Jung Da-eun"]),
        ("Associated Press", []),
    ],
)  # fmt: skip
def test_a_byline_without_by_in_the_articles_head_is_its_writers(
    head: str, writers: list[str]
) -> None:
    """Agency credit lines, a name alone on a line of the head, are silent writers, never
    speakers (issue 19, round 9)."""
    story = "LIMA (AFP) - Chilean President Ana Soto met Peruvian President Luis Paz."
    paragraphs = [(1, "Chile, Peru bury old rivalry"), (2, head), (3, story)]
    people = find_people(paragraphs)
    assert [p.name for p in people.values() if p.credited] == writers


def test_a_first_lady_in_lower_case_or_after_kin_is_her_title_not_her_name() -> None:
    people = find_people(
        [(1, "Mahama, who was accompanied by former first lady Lordina Mahama, spoke. Abiy was "
             "accompanied by his wife, First Lady Zinash Tayachew, and First Lady Hajiya Aisha "
             "Musa hosted them.")]
    )  # fmt: skip
    roles = {p.name: p.role for p in people.values()}
    assert roles == {
        "Lordina Mahama": "former first lady", "Zinash Tayachew": "First Lady",
        "Aisha Musa": "First Lady",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Secretary (East) at the Ministry of External Affairs Periasamy Kumaran briefed the "
         "press. Kumaran said seven pacts were signed.", "Periasamy Kumaran"),
        ("Lee replied so, according to Director General for National Security Wi Sung-lac. Wi "
         "told reporters that they agreed.", "Wi Sung-lac"),
        ("Moscow said so. Students of Moscow State University protested.", None),
    ],
)  # fmt: skip
def test_a_bare_speaker_is_the_name_that_ends_a_long_title(text: str, name: str | None) -> None:
    """ "Kumaran said", and no rule found him under his long title: the name that ends a run
    of capitalised words with that word is his, of no known role (issue 19, round 9; a
    secretary "in the Ministry" holds a title the rules read since round 42, so the example's
    is "at")."""
    people = find_people([(1, text)])
    assert [p.name for p in people.values() if p.role == PLACEHOLDER] == ([name] if name else [])


def test_the_two_leaders_are_the_first_heads_or_counterparts_named_never_a_business_head() -> None:
    people = find_people(
        [(1, "Prime Minister Narendra Modi met his Ethiopian counterpart Abiy Ahmed Ali. Anil "
             "Mehta, president of the Indo-Ethiopian Business Council, and Emperor Haile "
             "Selassie were recalled.")]
    )  # fmt: skip
    assert [p.name for p in Resolver(people).leaders()] == ["Narendra Modi", "Abiy Ahmed Ali"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "The Peruvian foreign minister also indicated that",
            (["Carmen Rosa Quispe Flores"], False),
        ),
        ("The Chilean foreign minister said", (["Andrés Valenzuela Soto"], True)),
    ],
)
def test_a_role_noun_of_a_counterparts_nationality_is_the_counterpart_a_guess(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """ "X met his Peruvian counterpart, Y" … "The Peruvian foreign minister": Y, whom the
    article called only a counterpart of a foreign minister (issue 19, round 9)."""
    people = find_people(
        [(1, "Chilean Foreign Minister Andrés Valenzuela Soto met his Peruvian counterpart, "
             "Carmen Rosa Quispe Flores.")]
    )  # fmt: skip
    assert _speaker(Resolver(people), clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Yilmaz, the president, said", (["Mustafa Yilmaz"], False)),
        ("Yilmaz, a farmer, said", (["Ahmet Yilmaz"], False)),
    ],
)
def test_a_description_after_a_shared_family_name_picks_the_namesake_a_guess(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """ "Yilmaz, the president, said" is the namesake whose role says president, still a
    guess (issue 19, round 9)."""
    people = find_people([(1, "Turkish President Mustafa Yilmaz met farmer Ahmet Yilmaz in Baku.")])
    assert _speaker(Resolver(people), clause) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("PRIME Minister Ratu Josefa Vakaloloma says the rules eased.",
         {"Josefa Vakaloloma": "Prime Minister"}),  # a lead in capitals (round 16)
        ("Foreign Secretary Begum Farzana Chowdhury and Ven. Medagoda Dhammaloka Thera, the "
         "chief monk, spoke.", {"Farzana Chowdhury": "Foreign Secretary"}),
        ("His Excellency Moustapha Ndiaye, President of the Republic of Senegal, and H.E. Neema "
         "Mwakyusa, President of the United Republic of Tanzania, met.",
         {"Moustapha Ndiaye": "President of the Republic of Senegal",
          "Neema Mwakyusa": "President of the United Republic of Tanzania"}),
    ],
)  # fmt: skip
def test_tenth_round_honorifics_and_republics_are_no_part_of_a_name(
    text: str, people: dict[str, str]
) -> None:
    """Fiji's "Ratu", "Begum", a monk's "Ven." and "H.E." are honours, a word in capitals is no
    nationality ("PRIME"), and "President of the United Republic of Tanzania" is a title
    (issue 19, round 10)."""
    found = find_people([(1, text)])
    assert {p.name: p.role for p in found.values() if p.name in people} == people
    assert all(not p.name.startswith(("Ratu", "Begum", "Ven", "E.")) for p in found.values())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bhutan's Foreign Minister Lyonpo Dorji Tshering said trade grew.", {"Dorji Tshering"}),
        ("Prime Minister Lyonchhoen Tshering Penjor and Home Minister Dasho Karma Wangdi met.",
         {"Tshering Penjor", "Karma Wangdi"}),
        ("The Most Honourable Dr Marlon Whyte-Campbell, Prime Minister of Jamaica, spoke.",
         {"Marlon Whyte-Campbell"}),
        ("The Right Honourable Dame Ana Lee, Prime Minister of Belize, spoke.", {"Ana Lee"}),
        ("Brunei's Minister of Energy, Pehin Azmi Hanifah, said the project would help.",
         {"Azmi Hanifah"}),
        ("Don Efraín Chacón, who runs a hardware store, said the town needed sidewalks.",
         {"Efraín Chacón"}),
        ("Doña Marielos Ureña, a vendor, said she hoped for buyers.", {"Marielos Ureña"}),
        ("President Onkemetse Keitseng came. His wife, Mma Boitumelo Keitseng, toured a "
         "cooperative.", {"Onkemetse Keitseng", "Boitumelo Keitseng"}),
        ("Don Farrelly, the coach, said the team was ready.", {"Don Farrelly"}),
    ],
)  # fmt: skip
def test_eleventh_round_honorifics_are_no_part_of_a_name(text: str, names: set[str]) -> None:
    """Bhutan's "Lyonpo", "Lyonchhoen" and "Dasho", Brunei's "Pehin", the Caribbean's "Most" and
    "Right Honourable" and the Spanish "Don" and "Doña" are honours: a name kept with one is
    nobody in the gold, and was credited unflagged (issue 19, round 11). "Don" before a single
    word is a first name."""
    assert {p.name for p in find_people([(1, text)]).values()} >= names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Minister for Enterprise, Siobhán Brennan (no relation), who travelled with the "
         "Taoiseach, spoke.", {"Siobhán Brennan": "Minister for Enterprise"}),
        ("The Minister for Enterprise, Siobhán Brennan (a cousin of the Taoiseach), spoke.",
         {"Siobhán Brennan": "Minister for Enterprise"}),
        ("Opposition spokesperson for foreign affairs Graziella Borg questioned the secrecy.",
         {"Graziella Borg": "spokesperson for foreign affairs"}),
    ],
)  # fmt: skip
def test_eleventh_round_roles_and_names(text: str, people: dict[str, str]) -> None:
    """ "The Minister for Enterprise, Siobhán Brennan (no relation)," names her: the aside in
    brackets is no reason to lose her, and with her the one Brennan a "Ms Brennan" can be; a
    portfolio may follow a lower-case title (issue 19, round 11)."""
    found = find_people([(1, text)])
    assert {p.name: p.role for p in found.values()} == people


ELEVENTH_ROUND_ARTICLE = (
    "DUBLIN (Irish Times) - Taoiseach Cathal Brennan met Icelandic Prime Minister Halla "
    "Einarsdóttir.\n\n{paragraph}\n\n[Joint statement _2026.11.30. Reykjavik]\n\n"
    "The two Prime Ministers held talks.\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
)


@pytest.mark.parametrize(
    ("paragraph", "text", "speakers", "guessed"),
    [
        ("The Minister for Enterprise, Siobhán Brennan (no relation), who travelled with the "
         "Taoiseach, said 40 companies were interested.", "40 companies",
         ("siobhan-brennan",), False),
        ("The Minister for Enterprise, Siobhán Brennan (no relation), who travelled with the "
         'Taoiseach, said 40 companies were interested. "There is appetite," Ms Brennan said.',
         "There is appetite", ("siobhan-brennan",), True),
        ("Minister Tan Kee Soon met them. Ms Tan Hui Ling, a senior fellow at the Energy "
         'Studies Institute, was there.\n\n"It is not a competition," Mr Tan said.',
         "not a competition", ("tan-kee-soon",), True),
        ("Cathal Brennan's spouse, Orla Brennan, toured a cooperative.\n\nBrennan paid "
         'tribute to the late Michael Dwane, saying the friendship was "born at sea".',
         "born at sea", ("cathal-brennan",), True),
    ],
)  # fmt: skip
def test_eleventh_round_speech_forms(
    paragraph: str, text: str, speakers: tuple[str, ...], guessed: bool
) -> None:
    """An aside in brackets after a name hides no subject, and a family name two people share
    is the one who spoke last when she was named in the paragraph too, though the other was
    named after her, a guess still (issue 19, round 11)."""
    drafted = draft_summit(ELEVENTH_ROUND_ARTICLE.format(paragraph=paragraph), "a.txt")
    said = [s for s in drafted.statements if text in s.text and s.kind != "account"]
    assert [s.speakers for s in said] == [speakers]
    flagged = any(item.startswith(f"{said[0].ref}:") for item in drafted.curation.review)
    assert flagged is guessed


COUNTERPARTS = (
    "Nigeria's President Musa Adebayo Lawal and his Senegalese counterpart Moustapha Ndiaye met "
    "on Tuesday. Lawal paid tribute at the tomb of Senegal's first president Leopold Sedar "
    "Senghor. President Ndiaye spoke too."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The Senegalese president said", (["Moustapha Ndiaye"], False)),  # never Senghor
        ("President Ndiaye said", (["Moustapha Ndiaye"], False)),  # a counterpart: a guess
        ("The Nigerian president said", (["Musa Adebayo Lawal"], True)),
        ("The president said", (["Musa Adebayo Lawal"], False)),  # the counterpart may be too
    ],
)
def test_a_counterpart_holds_the_title_left_unsaid_and_a_first_president_is_of_the_past(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """ "His Senegalese counterpart Moustapha Ndiaye" is the Senegalese president the article
    never calls so; "Senegal's first president" is a president of the past; "President
    Ndiaye" is no new person (issue 19, round 10)."""
    people = find_people([(1, COUNTERPARTS)])
    assert [p.name for p in people.values()] == [
        "Musa Adebayo Lawal", "Moustapha Ndiaye", "Leopold Sedar Senghor",
    ]  # fmt: skip
    assert _speaker(Resolver(people), clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Varga, who was with his wife, also visited Oradea on Tuesday, his office said",
         ([], False)),
        ("Varga accepted an invitation to visit Kyiv, officials said", ([], False)),
        # his office relays his view: his, a guess, as "…, according to his office" (new user 46)
        ("Varga considers the deal a first step, his office said", (["Gergely Varga"], False)),
        ("Varga, the prime minister, said", (["Gergely Varga"], True)),
    ],
)  # fmt: skip
def test_an_unnamed_source_before_the_verb_is_no_one_named_before_it(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """ "…, his office said": the office's words, never the person the sentence starts with;
    a stance that person took ("considers") is still theirs (issue 19, round 10)."""
    people = find_people([(1, "Hungarian Prime Minister Gergely Varga arrived.")])
    assert _speaker(Resolver(people), clause) == expected


@pytest.mark.parametrize(
    ("preamble", "speakers"),
    [
        ("The two leaders assessed that the partnership has grown.",
         ("bola-tinubu", "john-mahama")),
        ("The two Presidents recalled the ties of friendship.", ("bola-tinubu", "john-mahama")),
        ("The two Presidents shared the view that the two countries are neighbours.",
         ("bola-tinubu", "john-mahama")),
        ("The two Presidents held talks in Abuja.", ()),
    ],
)  # fmt: skip
def test_what_the_sides_assess_or_recall_in_the_preamble_is_theirs_a_guess(
    preamble: str, speakers: tuple[str, ...]
) -> None:
    """The joint document's preamble in the words of held-out 9 and 10: "assessed that" and
    "recalled" are the two leaders' words, a guess, as "affirmed" is, and so, since round 24,
    is the view they shared (a joint press release, as the bundled source, keeps it as its
    own); a meeting is nobody's (issue 19, round 10)."""
    article = NINTH_ROUND_ARTICLE.format(paragraph="They met.").replace(
        "The two Presidents held talks. They noted that trade had grown.", preamble
    )
    drafted = draft_summit(article, "a.txt")
    assert drafted.release.preamble[0].speakers == speakers
    flagged = any(item.startswith("P1:") for item in drafted.curation.review)
    assert flagged is bool(speakers)


def test_the_end_of_a_place_after_a_title_is_no_person() -> None:
    people = find_people(
        [(1, "The Prime Minister of the Republic of Fiji, Hon. Ratu Josefa Vakaloloma, and the "
             "Prime Minister of New Zealand, Rt Hon. Grant Whitfield, met.")]
    )  # fmt: skip
    assert [p.name for p in people.values()] == ["Josefa Vakaloloma", "Grant Whitfield"]


@pytest.mark.parametrize(
    ("paragraph", "text", "speakers", "guessed"),
    [
        ('"We build bridges," Tinubu said, before adding that Abuja would fund "every school."',
         "before adding that Abuja", ("bola-tinubu",), False),
        ("In Accra, the official news agency quoted Ghanaian President John Mahama as saying that "
         "he had received a message.", "quoted Ghanaian", ("john-mahama",), True),
        ("But Ama Owusu, a Ghanaian analyst at the Legon Centre, said the visit mattered.",
         "the visit mattered", ("ama-owusu",), False),
    ],
)  # fmt: skip
def test_tenth_round_speech_forms(
    paragraph: str, text: str, speakers: tuple[str, ...], guessed: bool
) -> None:
    """What held-out 9 and 10 wrote that the rules left as narration: "before adding that"
    after a quotation's frame, an agency that "quoted X as saying" (X's words; a guess, as
    any quoting is), a description whose first word is a capital ("a Ghanaian analyst")
    (issue 19, round 10)."""
    drafted = draft_summit(NINTH_ROUND_ARTICLE.format(paragraph=paragraph), "a.txt")
    said = [s for s in drafted.statements if text in s.text and s.kind != "account"]
    assert [s.speakers for s in said] == [speakers]
    flagged = any(item.startswith(f"{said[0].ref}:") for item in drafted.curation.review)
    assert flagged is guessed


def test_a_description_shares_no_mere_function_word_with_a_namesakes_role() -> None:
    """ "Quispe, a former regional governor from Puno," is no clue for the namesake who is "a
    community leader from the altiplano": "from" tells no one apart (issue 19, round 10)."""
    people = find_people(
        [(1, "Peruvian President Verónika Quispe arrived. Julián Quispe, an Aymara community "
             "leader from the altiplano who is not related to the president, warned.")]
    )  # fmt: skip
    assert {p.name: p.role for p in people.values()}["Julián Quispe"] == (
        "Aymara community leader from the altiplano"
    )
    mention = Resolver(people).mentions("Quispe, a former governor from Puno, is the first")[0]
    assert len(mention.candidates) == 2


@pytest.mark.parametrize(
    ("paragraph", "text", "speakers"),
    [
        ('Cypriot President Andreas Kyprianou came. "Not a luxury," the Cypriot leader said.',
         "Not a luxury", ("andreas-kyprianou",)),
        ("Ghanaian opposition deputy Kofi Mensah said the deal was rushed.", "Kofi Mensah said",
         ("kofi-mensah",)),
        ('Tinubu recalled the old treaty. "This time it will be different," he promised.',
         "This time", ("bola-tinubu",)),
    ],
)  # fmt: skip
def test_tenth_round_roles_and_frames(paragraph: str, text: str, speakers: tuple[str, ...]) -> None:
    """A Cypriot is a nationality, "opposition deputy" a title, and a quotation's frame may
    report it with a verb that reports speech only beside a quotation ("he promised")
    (issue 19, round 10)."""
    drafted = draft_summit(NINTH_ROUND_ARTICLE.format(paragraph=paragraph), "a.txt")
    said = [s for s in drafted.statements if text in s.text]
    assert [s.speakers for s in said] == [speakers]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("They met. It was the hometown of the late Nobel laureate Gabriel García Márquez.",
         {"Gabriel García Márquez": "late Nobel laureate"}),
        ("The President recalled that his late father, Rasheed Ali, had studied in Colombo.",
         {"Rasheed Ali": "late father"}),
        ("He recalled the late Mwalimu Julius Nyerere and the late Glafcos Clerides.",
         {"Julius Nyerere": "late", "Glafcos Clerides": "late"}),
    ],
)  # fmt: skip
def test_a_person_of_the_past_is_a_silent_person(text: str, people: dict[str, str]) -> None:
    """ "The late" before a description and a name makes a person of the past, whom "the
    president" never means (issue 19, round 10)."""
    found = find_people([(1, text)])
    assert {p.name: p.role for p in found.values()} == people
    assert all(p.former for p in found.values())


@pytest.mark.parametrize(
    ("paragraphs", "writers"),
    [
        (["By Agnes Nalwoga & Felix Ainebyoona"], ["Agnes Nalwoga", "Felix Ainebyoona"]),
        (["by Carlos Kuno"], ["Carlos Kuno"]),
        (["Ama Owusu met Kofi Mensah.", "Associated Press writer Julia Benavides in Medellín "
          "contributed to this report."], ["Julia Benavides"]),
    ],
)  # fmt: skip
def test_bylines_with_an_ampersand_in_lower_case_and_contributors_are_writers(
    paragraphs: list[str], writers: list[str]
) -> None:
    """Bylines of held-out 9 and 10: "By X & Y", "by X", and the writer who "contributed to
    this report" (issue 19, round 10)."""
    story = "LIMA (AFP) - Chilean President Ana Soto met Peruvian President Luis Paz."
    numbered = list(enumerate(["Chile, Peru meet", *paragraphs[:1], story, *paragraphs[1:]], 1))
    people = find_people(numbered)
    assert [p.name for p in people.values() if p.credited] == writers


@pytest.mark.parametrize(
    ("paragraph", "reported"),
    [
        ('Tinubu said trade between the two countries had grown by a third in two years, "but '
         'it could easily double."', "Tinubu said trade between"),
        ('Tinubu said in a speech at the State House, "It could easily double."', None),
    ],
)  # fmt: skip
def test_reported_speech_in_a_quotations_frame_is_a_statement_of_its_own(
    paragraph: str, reported: str | None
) -> None:
    """ "X said trade had grown by a third, "but it could double"": the reported words are
    X's statement too, and the quotation goes on from it; "said in a speech at …" is only
    the frame (issue 19, round 10)."""
    article = NINTH_ROUND_ARTICLE.format(paragraph=paragraph)
    drafted = draft_summit(article, "a.txt")
    said = [s for s in drafted.statements if s.kind == "reported" and "Tinubu said" in s.text]
    assert [s.text[: len(reported or "")] for s in said] == ([reported] if reported else [])
    direct = [s for s in drafted.statements if s.kind == "direct"]
    assert [s.speakers for s in direct] == [("bola-tinubu",)]
    assert article_problems(drafted, "a.txt", article) == []


TWELFTH_ROUND_ARTICLE = (
    "Hosts and guests meet\n\nNEW DELHI (PTI) - Prime Minister Rajesh Menon held talks on Friday "
    "with visiting Tunisian President Hichem Ben Ammar, who was accompanied by Trade Minister "
    "Sonia Ben Ammar.\n\n{paragraph}\n\n[Joint statement _2026.2.7. New Delhi]\n\nAt the "
    "invitation of the Prime Minister of India, Rajesh Kumar Menon, the President of the "
    "Republic of Tunisia, H.E. Hichem Ben Ammar, paid a State Visit to India.\n\n{preamble}"
    "\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
)


@pytest.mark.parametrize(
    ("paragraph", "preamble", "words"),
    [
        ("Menon said the pact was fair to both sides.", "The two sides met.", "pact was fair"),
        ("Trade Secretary Gilberto Reyes Jr., traveling with the prime minister, told PTI that "
         "India hoped to buy radars.", "The two sides met.", "hoped to buy radars"),
        ("According to a statement signed by the Special Adviser to the President on Media, Mr "
         'Gilberto Reyes, the President described India as "a brother nation".', "The two sides "
         "met.", "a brother nation"),
        ("The talks went well.", "President Ben Ammar expressed his deep gratitude for the warm "
         "welcome.", "his deep gratitude"),
    ],
)  # fmt: skip
def test_a_speaker_fresh_articles_showed_wrong_is_a_guess_as_a_class(
    paragraph: str, preamble: str, words: str
) -> None:
    """Forms held-out 13 and 14 gave a wrong speaker without a flag, each a class made a guess:
    a person the prose never names by the full name the joint statement gives ("Rajesh Kumar
    Menon"; an honorific before it, "Shri", is no part of the name and no doubt); a role right
    before the verb, which an appositive may hold ("X, traveling with the prime minister,
    told"); a name after "according to" and a description, who may have
    only issued the words; a titled family name that a longer listed name ends in ("President
    Ben Ammar") (issue 19, round 12)."""
    article = TWELFTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble=preamble)
    drafted = draft_summit(article, "a.txt")
    speech = [(p.ref, p.speakers) for p in drafted.release.preamble if words in p.text]
    speech += [(s.ref, s.speakers) for s in drafted.statements if words in s.text]
    assert len(speech) == 1 and speech[0][1]
    assert any(item.startswith(f"{speech[0][0]}:") for item in drafted.curation.review)
    assert article_problems(drafted, "a.txt", article) == []


THIRTEENTH_ROUND_ARTICLE = (
    "Leaders meet\n\nLISBON (Reuters) - Portuguese Prime Minister Rui Tavares met Spanish Prime "
    "Minister Lucía Navarro on Monday. Portuguese Economy Minister Joana Pires and Spanish "
    "Industry Minister Diego Ortega joined them.\n\n{paragraph}\n\n[Joint statement _2026.3.5. "
    "Lisbon]\n\n{preamble}\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
)


def _speech_holding(drafted: Summit, words: str) -> list[tuple[tuple[str, ...], bool]]:
    """The drafted speech (statements and preamble paragraphs) holding `words`, each as
    (speakers, whether the review flags it)."""
    speech = [(p.ref, p.speakers) for p in drafted.release.preamble if words in p.text]
    speech += [(s.ref, s.speakers) for s in drafted.statements if words in s.text]
    return [
        (speakers, any(item.startswith(f"{ref}:") for item in drafted.curation.review))
        for ref, speakers in speech
    ]


def _thirteenth(paragraph: str, words: str, preamble: str = "The two sides met.") -> list[Any]:
    """The drafted speech holding `words` in the article of the thirteenth round's tests, each
    as (speakers, whether the review flags it)."""
    drafted = draft_summit(
        THIRTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble=preamble), "a.txt"
    )
    return _speech_holding(drafted, words)


@pytest.mark.parametrize(
    ("paragraph", "speakers", "guessed"),
    [
        ("She and Spanish Industry Minister Diego Ortega both said the plan would work.",
         ("lucia-navarro", "diego-ortega"), True),
        ("Tavares and Industry Minister Diego Ortega said the plan would work.",
         ("rui-tavares", "diego-ortega"), False),
        ("Tavares and Sofia Lemos said the plan would work.", ("rui-tavares",), True),
        ("Tavares and Sofia Lemos agreed that the plan would work, both sides said.",
         ("rui-tavares", "lucia-navarro"), True),
        ("Pires and her Spanish counterpart said the plan would work.", ("joana-pires",), True),
        ("Navarro, together with a Portuguese delegate, said the plan would work.",
         ("lucia-navarro",), True),
    ],
)  # fmt: skip
def test_a_plural_subject_never_becomes_one_speaker_for_certain(
    paragraph: str, speakers: tuple[str, ...], guessed: bool
) -> None:
    """ "He and Industry Minister X both said", "X and Y agreed …, both sides said", "X and her
    counterpart said": two people's words, however few of them the rules know; never one
    person's for certain, and a pronoun or a name before "and" is no part of a title (issue
    19, round 13)."""
    said = _thirteenth(f"Navarro said the talks went well. {paragraph}", "the plan would work")
    assert said == [(speakers, guessed)]


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ("Both leaders say the plan would work.", [(("rui-tavares", "lucia-navarro"), True)]),
        ("Both said the plan would work.", [(("rui-tavares", "lucia-navarro"), True)]),
        ("Tavares says the plan would work.", [(("rui-tavares",), False)]),
        ("Tavares did not say the plan would work.", []),
        ("Tavares refused to say the plan would work.", []),
        ("Tavares would say the plan would work.", []),
    ],
)  # fmt: skip
def test_say_in_the_present_and_both_alone_are_the_speakers(
    paragraph: str, said: list[Any]
) -> None:
    """A broadcast's "Both leaders say" and a sentence's "Both said" are the two leaders, a
    guess; "say" after "to", "not" or a modal reports no speech (issue 19, round 16)."""
    assert _thirteenth(f"Navarro said the talks went well. {paragraph}", "the plan would work") == (
        said
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tavares never said the plan would work.",
        "Tavares has not said the plan would work.",
        "Tavares has never once said the plan would work.",
        "Tavares denied saying the plan would work.",
        "Tavares denied saying that the plan would work.",
        "Tavares has denied saying that the plan would work.",
        "Tavares, however, denied having said that the plan would work.",
        "It is not true that Tavares said the plan would work.",
        "If Tavares says the plan would work, the markets will follow.",
        "Tavares said nothing about whether the plan would work.",
        "Tavares' office said the plan would work.",  # a possessive of the apostrophe alone
        "Tavares's critics said the plan would work.",
        # a condition inside the sentence, the words an unnamed person's (new user 46: each
        # was the named person's, certain)
        "The markets will follow if Tavares says the plan would work, a diplomat said.",
        "The deal holds unless Tavares says the plan would work, an analyst said.",
        "Nobody knows whether Tavares says the plan would work, one diplomat said.",
        "When Tavares says the plan would work, markets listen, an analyst said.",
        "If Tavares says the plan would work, it will work, one diplomat joked.",
        "Whenever Tavares says the plan would work, markets listen.",
        # a possessive's unnamed person (new user 46: each was Tavares's, a guess)
        "Tavares' spokesman said the plan would work and would be announced in May.",
        "According to Tavares' office, the plan would work.",
        "Tavares' predecessor said the plan would work.",
    ],
)
def test_words_someone_is_said_not_to_have_said_are_nobodys(paragraph: str) -> None:
    """A denial or a condition reports no speech: "X never said that …" is the article's
    statement that X did not say it, so the words are no one's; nor are an office's or critics'
    words X's (new user 25: each was X's reported speech, the denials certain; new user 40:
    "denied saying that …" still was, "denied" taken for a verb of commitment before "that")."""
    assert (
        _thirteenth(f"Navarro said the talks went well. {paragraph}", "the plan would work") == []
    )


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("«We are neighbours,» the Spanish prime minister said. «Our task is peace.»",
         [("We are neighbours", ("lucia-navarro",)), ("Our task is peace.", ("lucia-navarro",))]),
        ("Tavares said: «The border is open.»", [("The border is open.", ("rui-tavares",))]),
        ("«Trade will double,» said Pires, «and so will tourism.»",
         [("Trade will double", ("joana-pires",)), ("and so will tourism.", ("joana-pires",))]),
    ],
)  # fmt: skip
def test_guillemets_are_quotation_marks(
    paragraph: str, quoted: list[tuple[str, tuple[str, ...]]]
) -> None:
    """« » quote as " " do in wire copy translated from French or Russian: direct speech, each
    quotation a statement of its own (issue 19, round 13)."""
    article = THIRTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble="They met.")
    drafted = draft_summit(article, "a.txt")
    direct = [(s.text, s.speakers) for s in drafted.statements if s.kind == "direct"]
    assert direct == quoted
    assert article_problems(drafted, "a.txt", article) == []


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ('\u201eThe border is open," Tavares said.', [("The border is open", "Tavares said.")]),
        ('Tavares said: \u201eThe border is open." He smiled.',
         [("The border is open.", "Tavares said:")]),
        ('\u201eWe agree," said Tavares, \u201eand we sign."',
         [("We agree", "said Tavares,"), ("and we sign.", None)]),
        # guillemets turned outwards, as German, Danish and Swedish copy writes them
        ("\u00bbThe border is open\u00ab, Tavares said later.",
         [("The border is open", "Tavares said later.")]),
        ("Tavares said: \u00bbThe border is open.\u00ab He smiled.",
         [("The border is open.", "Tavares said:")]),
        # a colon before it, its stop after the closing mark: direct speech all the same
        ("Tavares said: \u00abThe border is open\u00bb.",
         [("The border is open", "Tavares said:")]),
        ('Tavares said: "The border is open".', [("The border is open", "Tavares said:")]),
        # reported speech that a colon ends is one statement (held-out 181 lost its words)
        ('Tavares said that both face one task: "to grow".',
         [('Tavares said that both face one task: "to grow".', None)]),
    ],
)  # fmt: skip
def test_a_low_mark_closed_by_a_straight_one_is_a_quotation(
    paragraph: str, quoted: list[tuple[str, str | None]]
) -> None:
    """New user 50: a quotation opened by a low mark and closed by a straight one, as German
    copy typed on an English keyboard has it (`„We are partners," Weber said.`), ran on to the
    paragraph's end: the frame was inside the words, given to the next paragraph's speaker.
    Guillemets turned outwards (`»…«, Gruber said.`) were no quotation at all: narration."""
    article = THIRTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble="They met.")
    drafted = draft_summit(article, "a.txt")
    said = [(s.text, s.attribution) for s in drafted.statements]
    assert said == quoted
    assert all(s.speakers == ("rui-tavares",) for s in drafted.statements)
    assert article_problems(drafted, "a.txt", article) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("President of Moldova Ion Ceban and President of Timor-Leste Ana Guterres met.",
         {"Ion Ceban": ("President of Moldova", "Moldova"),
          "Ana Guterres": ("President of Timor-Leste", "Timor-Leste")}),
        ("Prime Minister of New Zealand Tom Hale arrived.",
         {"Tom Hale": ("Prime Minister of New Zealand", "New Zealand")}),
        ("Prime Minister of Papua New Guinea Tom Hale and Prime Minister of Solomon Islands Rex "
         "Tagoa met.",
         {"Tom Hale": ("Prime Minister of Papua New Guinea", "Papua New Guinea"),
          "Rex Tagoa": ("Prime Minister of Solomon Islands", "Solomon Islands")}),
        ("Prime Ministers Jaan Kask and Līga Ozola agreed in Riga.",
         {"Jaan Kask": ("Prime Minister", ""), "Līga Ozola": ("Prime Minister", "")}),
        ("Tom Hale, Prime Minister of Papua New Guinea, and Rex Tagoa, Prime Minister of "
         "Solomon Islands, met at the Sultan Qaboos Grand Mosque.",
         {"Tom Hale": ("Prime Minister of Papua New Guinea", "Papua New Guinea"),
          "Rex Tagoa": ("Prime Minister of Solomon Islands", "Solomon Islands")}),
        ("Presidents Rafael Cano of Peru and Elena Ruiz of Chile met at the border.",
         {"Rafael Cano": ("President of Peru", "Peru"),
          "Elena Ruiz": ("President of Chile", "Chile")}),
        ("Foreign Ministers Omar Said and Lina Haddad signed the accord.",
         {"Omar Said": ("Foreign Minister", ""), "Lina Haddad": ("Foreign Minister", "")}),
    ],
)  # fmt: skip
def test_leaders_titled_by_their_country_or_in_the_plural(
    text: str, people: dict[str, tuple[str, str]]
) -> None:
    """ "President of Moldova X", "Prime Ministers X and Y", "Presidents X of Peru and Y of
    Chile": leaders the article titles only so; the end of a country or of a building's name
    after a title ("Solomon Islands", "Sultan Qaboos Grand Mosque") is no one (issue 19,
    round 13)."""
    found = find_people([(1, text)])
    assert {p.name: (p.role, p.country) for p in found.values()} == people


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ("Sara Lind and Piotr Nowak said the summit had opened a new chapter.",
         ("sara-lind", "piotr-nowak")),
        ("Ms Sara Lind and Mr Piotr Nowak both told reporters the summit had opened a new chapter.",
         ("sara-lind", "piotr-nowak")),
    ],
)  # fmt: skip
def test_two_speakers_named_only_by_their_names_are_people_for_the_curator(
    paragraph: str, speakers: tuple[str, ...]
) -> None:
    """Leaders first named by their titles alone ("The Taoiseach and the British Prime
    Minister") and then only by name, together, before a verb: both speak, each someone whose
    role the curator fills in, so the speakers are a guess (issue 19, round 13)."""
    said = _thirteenth(paragraph, "a new chapter")
    assert said == [(speakers, True)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The leaders said they would meet again in Faro next year.",
        "The two sides said they would meet again in Faro next year.",
        "Both sides said they would meet again in Faro next year.",
        "The Parties stressed that they would meet again in Faro next year.",
        "The Heads of State told reporters they would meet again in Faro next year.",
    ],
)
def test_the_leaders_or_the_sides_are_the_two_leaders_a_guess(paragraph: str) -> None:
    """ "The leaders said", "the two sides said", "the Parties stressed": both leaders' words,
    never one's, and a guess (issue 19, round 13)."""
    said = _thirteenth(paragraph, "meet again in Faro")
    assert said == [(("rui-tavares", "lucia-navarro"), True)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Researcher Mira Tan from the Institute of Policy Studies assessed that ties were warm.",
         {"Mira Tan": "Researcher"}),
        ("Political scientist Omar Bek believes that the visit marks a turn.",
         {"Omar Bek": "Political scientist"}),
        ("Porto hotel owner Rita Sousa said that guests came from Spain.",
         {"Rita Sousa": "Porto hotel owner"}),
        ("Opposition figure Jonas Kiwanuka said that the deals were papers.",
         {"Jonas Kiwanuka": "Opposition figure"}),
        ("Foreign Minister Retnowati informed that the border talks were over.",
         {"Retnowati": "Foreign Minister"}),
    ],
)  # fmt: skip
def test_thirteenth_round_titles_before_a_name(text: str, people: dict[str, str]) -> None:
    """A description before the name that is no office ("Political scientist X", "Porto hotel
    owner X", "Opposition figure X"), and one name after a title before a verb of commitment
    ("Foreign Minister Retnowati informed that") (issue 19, round 13)."""
    found = find_people([(1, text)])
    assert {p.name: p.role for p in found.values()} == people


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ("Researcher Mira Tan from the Institute of Policy Studies assessed that the ties "
         "were warm.", ("mira-tan",)),
        ("Porto hotel owner Rita Sousa said the ties were warm.", ("rita-sousa",)),
    ],
)  # fmt: skip
def test_thirteenth_round_descriptions_before_a_name_speak(
    paragraph: str, speakers: tuple[str, ...]
) -> None:
    said = _thirteenth(paragraph, "the ties were warm")
    assert said == [(speakers, False)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Thai Prime Minister Anan Suk and his Lao counterpart Bounmy Sithon held talks.",
         {"Anan Suk": "Thai Prime Minister", "Bounmy Sithon": "Lao counterpart"}),
        ("Her Burkinabe counterpart, Salif Ouedraogo, spoke.",
         {"Salif Ouedraogo": "Burkinabe counterpart"}),
        ("Swiss President Anna Keller met Filipino Senator Jose Cruz.",
         {"Anna Keller": "Swiss President", "Jose Cruz": "Filipino Senator"}),
    ],
)  # fmt: skip
def test_nationalities_of_no_common_ending(text: str, people: dict[str, str]) -> None:
    """ "his Lao counterpart X", "Swiss President X": nationalities that end in none of the
    endings most have (issue 19, round 13)."""
    found = find_people([(1, text)])
    assert {p.name: p.role for p in found.values()} == people


def test_a_second_family_name_only_the_release_gives_leaves_the_name_the_story_uses() -> None:
    """ "Presidents Rafael Cano of Peru and …" all through the story, "Rafael Cano Vargas" only
    in the joint statement: the person is named as the story names him, and his words are his
    as surely as the story's name makes them (issue 19, round 13)."""
    article = (
        "Leaders meet\n\nLIMA (AFP) - Presidents Rafael Cano of Peru and Elena Ruiz of Chile met "
        "on Friday.\n\nCano said the border would open.\n\n[Joint statement _2026.3.5. Lima]\n\n"
        "The President of Peru, Rafael Cano Vargas, and the President of Chile, Elena Ruiz "
        "Tagle, met.\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [p.id for p in drafted.people] == ["rafael-cano", "elena-ruiz"]
    said = [s for s in drafted.statements if "border would open" in s.text]
    assert [s.speakers for s in said] == [("rafael-cano",)]
    assert not any(item.startswith(f"{said[0].ref}:") for item in drafted.curation.review)


SHARED_FAMILY_NAME = (
    "Kim, Sato meet\n\nSEOUL (Yonhap) - President Kim Min-ho and Japanese Prime Minister Sato "
    "Ken met on Tuesday.\n\nForeign Minister Kim Soo-ah told reporters that talks went well.\n\n"
    "{middle}\n\n{paragraph}\n\n[Joint statement _2026.11.4. Seoul]\n\nThe two sides met.\n\n"
    "1. Trade\n\n(1) Agreed.\n\n/End/"
)


@pytest.mark.parametrize(
    ("middle", "paragraph", "speaker"),
    [
        ("Sato praised the food.", "Kim said the export curbs would never return.", "kim-min-ho"),
        ("Sato praised the food.", "Later, Kim told students the export curbs would never "
         "return.", "kim-min-ho"),
        ("Kim Soo-ah signed a memorandum.", "Kim added that the export curbs would never return.",
         "kim-soo-ah"),
    ],
)  # fmt: skip
def test_a_family_name_a_leader_shares_is_the_leaders_unless_the_other_was_just_named(
    middle: str, paragraph: str, speaker: str
) -> None:
    """ "Kim said", in an article on President Kim Min-ho's summit that also quotes his
    Foreign Minister Kim Soo-ah: the president, as Korean wire copy calls him, unless the
    minister was named in that paragraph or the one before; a guess either way (issue 19,
    round 13)."""
    article = SHARED_FAMILY_NAME.format(middle=middle, paragraph=paragraph)
    drafted = draft_summit(article, "a.txt")
    said = [s for s in drafted.statements if "export curbs" in s.text]
    assert [s.speakers for s in said] == [(speaker,)]
    assert any(item.startswith(f"{said[0].ref}:") for item in drafted.curation.review)


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ("Sisi said the dam threatened both countries.", ("abdel-fattah-al-sisi",)),
        ("Al-Sisi said the dam threatened both countries.", ("abdel-fattah-al-sisi",)),
        ("Mahdi told reporters the dam threatened both countries.", ("omar-el-mahdi",)),
    ],
)  # fmt: skip
def test_an_arabic_article_may_be_left_off_a_family_name(
    paragraph: str, speakers: tuple[str, ...]
) -> None:
    """ "Sisi said" of Abdel Fattah al-Sisi, "Mahdi" of Omar el-Mahdi: wire copy drops the
    article of a family name as often as it keeps it (issue 19, round 13)."""
    article = (
        "Leaders meet\n\nCAIRO (AFP) - Egyptian President Abdel Fattah al-Sisi met Sudanese "
        f"Prime Minister Omar el-Mahdi on Sunday.\n\n{paragraph}\n\n[Joint statement "
        "_2026.3.5. Cairo]\n\nThe two sides met.\n\n1. Nile\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [said for said, _ in _speech_holding(drafted, "dam threatened")] == [speakers]


@pytest.mark.parametrize(
    ("named", "said", "certain"),
    [
        ("Deputy Foreign Minister Elena Russo", "the minister said", False),  # new user 47
        ("Acting Foreign Minister Elena Russo", "the minister said", False),
        ("Foreign Minister Elena Russo", "the minister said", True),
    ],
)
def test_a_role_noun_for_a_deputys_office_is_a_guess(named: str, said: str, certain: bool) -> None:
    """ "the minister said" after "Deputy Foreign Minister Elena Russo" gave her the words for
    certain, though a deputy is not "the minister" (`quotes -s minister` says so): the one
    holder of the office a qualifier makes another is only a guess."""
    people = find_people([(1, f"President Marco Bellini met {named} in Rome.")])
    assert _speaker(Resolver(people), said.capitalize()) == (["Elena Russo"], certain)


def test_a_role_noun_of_a_nationality_of_no_common_ending_is_its_holder() -> None:
    """ "The Lao prime minister said", after "his Lao counterpart X": X, a guess, as for any
    counterpart (issue 19, round 13)."""
    people = find_people(
        [(1, "Thai Prime Minister Anan Suk and his Lao counterpart Bounmy Sithon held talks.")]
    )
    assert _speaker(Resolver(people), "The Lao prime minister said") == (["Bounmy Sithon"], False)


def test_a_shared_family_name_says_how_many_share_it() -> None:
    """The rule named the people left after the leader's kin were set aside: "that 1 people
    share", where two do (a new user's trial)."""
    resolver = Resolver(
        find_people([(1, "President Taras Hnatiuk arrived with his wife, Olena Hnatiuk.")])
    )
    bound = resolver.subject_of("Hnatiuk said", 2)
    assert bound is not None and not bound.certain
    assert [p.name for p in bound.people] == ["Taras Hnatiuk"]
    assert bound.rule.startswith("by 'Hnatiuk', a name or role 2 people share")
    assert bound.rule.count("share") == 1  # "by a name or role several people share 'Hnatiuk'
    # that 2 people share" said it twice


@pytest.mark.parametrize(
    ("sentence", "visit"),
    [
        ("President Kim Min-soo made a state visit to Korea on March 5, 2026.", "state visit"),
        ("President Kim Min-soo paid a state visit to Korea on March 5, 2026.", "state visit"),
        ("President Kim Min-soo is on an official visit to Korea.", "official visit"),
        ("President Kim Min-soo began a three-day working visit to Korea.", "working visit"),
        # the joint document's "received X for a working visit to" (new user 46)
        (
            "President Kim Min-soo came to Korea for a working visit on March 5, 2026.",
            "working visit",
        ),
    ],
)
def test_the_kind_of_visit_is_found_as_agencies_write_it(sentence: str, visit: str) -> None:
    """ "paid a state visit" left the visit unfound (a new user's trial); so did "is on" and a
    visit's length before its kind."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    drafted = draft_summit(
        article.replace(
            "President Kim Min-soo made a state visit to Korea on March 5, 2026.", sentence
        ),
        "k.txt",
    )
    assert drafted.info.visit == visit


FOURTEENTH_ROUND_ARTICLE = (
    "Leaders meet\n\nSUVA (RNZ) - Fijian Prime Minister Jone Rabuka met Tongan Prime Minister "
    "Sione Fifita on Monday.\n\n{paragraph}\n\n[Joint statement _2026.4.2. Suva]\n\n"
    "{preamble}\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
)


def _fourteenth(paragraph: str, words: str, preamble: str = "The two sides met.") -> list[Any]:
    """The drafted speech holding `words` in the article of the fourteenth round's tests, each
    as (speakers, whether the review flags it)."""
    article = FOURTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble=preamble)
    drafted = draft_summit(article, "a.txt")
    assert article_problems(drafted, "a.txt", article) == []
    return _speech_holding(drafted, words)


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ("Tonga's Minister of Lands, Lord Tevita Vaea, said the patrols would begin soon.",
         ("tevita-vaea",)),
        ("Lord Peter Hammond, the British trade envoy, said the patrols would begin soon.",
         ("peter-hammond",)),
        ("Lady Mele Fusitu'a, the speaker of the assembly, said the patrols would begin soon.",
         ("mele-fusitu-a",)),
        ("Minister for Works Eng Daudi Kihwele said the patrols would begin soon.",
         ("daudi-kihwele",)),
        ("Regional engineer Eng. Agnes Mwakyembe said the patrols would begin soon.",
         ("agnes-mwakyembe",)),
        ("Samoa's deputy leader, Afioga Tuilaepa Fuimaono, said the patrols would begin soon.",
         ("tuilaepa-fuimaono",)),
    ],
)  # fmt: skip
def test_an_honorific_of_rank_is_no_part_of_the_name(
    paragraph: str, speakers: tuple[str, ...]
) -> None:
    """ "Lord Sione Vaea", "Eng Ruth Banda", "Afioga X": the title taken into the name made a second
    person, whose words a later "Havea said" then went elsewhere (issue 19, round 14)."""
    said = _fourteenth(f"{paragraph} Rabuka said the talks went well.", "patrols would begin")
    assert [speakers_ for speakers_, _ in said] == [speakers]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Former prime minister Tupou Lavaka, who died in 2023, had called the dispute “a wound "
        "between brothers”, Rabuka recalled.",
        "The late king once described the reef as “our common garden”, Fifita said.",
        "As his predecessor Tupou Lavaka used to say, “the ocean joins us”, Rabuka told the "
        "guests.",
    ],
)
def test_words_a_speaker_recalls_another_having_said_are_a_guess(paragraph: str) -> None:
    """A late predecessor's words that the leader recalls ("X had called it '…', Y recalled")
    went to the leader for certain (issue 19, round 14)."""
    said = _fourteenth(paragraph, "Lavaka" if "Lavaka" in paragraph else "king")
    assert len(said) == 1 and said[0][1]


@pytest.mark.parametrize(
    ("paragraph", "words", "speakers"),
    [
        ("”The reef is ours to keep. We keep it together,” Rabuka said.", "reef is ours",
         ("jone-rabuka",)),
        ("”Fish do not read maps,” Fifita said. ”Nor should our patrols.”", "Nor should",
         ("sione-fifita",)),
        ("Fifita said the plan was ”a first step, no more.”", "a first step",
         ("sione-fifita",)),
        ("Rabuka told the press: ”We have waited long enough.”", "waited long",
         ("jone-rabuka",)),
    ],
)  # fmt: skip
def test_quotation_marks_written_the_same_both_ways_are_quotations(
    paragraph: str, words: str, speakers: tuple[str, ...]
) -> None:
    """Finnish and Swedish copy writes ”…”, one mark both ways: the words in it went
    unattributed, or to no one (issue 19, round 14)."""
    said = _fourteenth(paragraph, words)
    assert [speakers_ for speakers_, _ in said] == [speakers]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        ("Green Party deputy leader Maia Kerslake told reporters the patrols would cost too "
         "much.", "maia-kerslake", "Green Party deputy leader"),
        ("In Nuku\u02bbalofa, opposition MP \u02bbAna Taufa\u02bbahau says the patrols would cost "
         "too much.",
         "ana-taufa-ahau", "opposition MP"),
        ("Bus driver Tomasi Ravula, who has crossed the island for 30 years, said the patrols "
         "would cost too much.", "tomasi-ravula", "Bus driver"),
        ("Auckland University marine biology lecturer Dr Lena Ormsby said the patrols would "
         "cost too much.", "lena-ormsby", "Auckland University marine biology lecturer"),
        ("President of the Pacific Islands Chamber of Commerce Dato Haji Rahim Osman said the "
         "patrols would cost too much.", "rahim-osman",
         "President of the Pacific Islands Chamber of Commerce"),
        ("A retired teacher named Losana Vuki, 71, said the patrols would cost too much.",
         "losana-vuki", "retired teacher"),
        ("Opposition deputy Viliami Tonga of the People's Democratic Party told radio the "
         "patrols would cost too much.", "viliami-tonga",
         "Opposition deputy of the People's Democratic Party"),
        ("Backbench MP Mere Tuilagi \u2014 no relation \u2014 said the patrols would cost too "
         "much.", "mere-tuilagi", "Backbench MP"),
    ],
)  # fmt: skip
def test_a_speaker_under_a_description_no_rule_lists_is_found(
    paragraph: str, speaker: str, role: str
) -> None:
    """A description the rules never listed ("chief whip", "truck driver", "lecturer"), an
    age, or a long title that honorifics end: the speaker went unfound, and the words went
    to the previous speaker (issue 19, round 14)."""
    article = FOURTEENTH_ROUND_ARTICLE.format(
        paragraph=f"Rabuka said the talks went well. {paragraph}", preamble="The two sides met."
    )
    drafted = draft_summit(article, "a.txt")
    said = [s for s in drafted.statements if "cost too much" in s.text]
    assert [s.speakers for s in said] == [(speaker,)]
    assert [p.role for p in drafted.people if p.id == speaker] == [role]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ana Vuki, leader of the opposition party Tonga First, said the patrols would cost "
        "too much.",
        "Rabuka quoted Tupou Lavaka, saying the patrols would cost too much.",
        "Sheikh Faisal bin Jassim Al Thani said the patrols would cost too much.",
        "The two Prime Ministers said the patrols would cost too much.",
    ],
)
def test_a_description_is_no_speaker_before_an_appositive_a_verb_or_a_particle(
    paragraph: str,
) -> None:
    """Words that end an appositive ("leader of the party Tonga First,"), a verb ("quoted")
    or a particle ("bin") are no description of a new person (issue 19, round 14)."""
    article = FOURTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble="The two sides met.")
    names = [p.name for p in draft_summit(article, "a.txt").people]
    assert not {"Tonga First", "Tupou Lavaka", "Jassim Al Thani", "Prime Ministers"} & set(names)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Union organiser Pita Naulu said the plan was late. \u201cWe have heard it before,\u201d "
        "said Naulu, 58, who led the strike.",
        'Union organiser Pita Naulu said the plan was late. "We have heard it before," said '
        "Naulu, a veteran of the docks.",
    ],
)
def test_a_speaker_after_the_verb_may_have_an_age_and_a_relative_clause(paragraph: str) -> None:
    """ "…," said Ruiz, 58, who …: the age set aside, the name is still the subject after the
    verb, and the quotation went to no one (issue 19, round 14)."""
    said = _fourteenth(paragraph, "heard it before")
    assert [speakers for speakers, _ in said] == [("pita-naulu",)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Fiji and Tonga agreed to reopen the route, the two countries' leaders said after talks.",
        "Both nations' leaders said they would reopen the route.",
        "Their countries\u2019 prime ministers told reporters they would reopen the route.",
    ],
)
def test_the_two_countries_leaders_are_the_two_leaders(paragraph: str) -> None:
    """ "…, the two countries' leaders said": both leaders' words, a guess (issue 19,
    round 14); the words went to no one."""
    said = _fourteenth(paragraph, "reopen the route")
    assert said == [(("jone-rabuka", "sione-fifita"), True)]


SHARED_NAME_ARTICLE = (
    "Leaders meet\n\n{headline}\n\nASUNCION (MercoPress) - Paraguayan President Diego Ayala "
    "Vera met Bolivian President Luis Mamani Condori on Monday.\n\nBolivia's foreign minister, "
    "Elena Mamani, said the accord was historic.\n\nThe talks went on.\n\n{paragraph}\n\n"
    "[Joint statement _2026.5.2. Asunci\u00f3n]\n\nThe two sides met.\n\n1. Gas\n\n(1) Agreed."
    "\n\n/End/"
)


@pytest.mark.parametrize(
    ("headline", "paragraph", "words", "speaker"),
    [
        ("Ayala: Paraguay will buy gas \"for as long as needed\"", "The talks ended.",
         "Paraguay will buy gas", "diego-ayala-vera"),
        ("President Ayala Vera: \u201cWe are ready\u201d", "The talks ended.", "We are ready",
         "diego-ayala-vera"),
        ("A pipeline at last", "Mamani admitted that Bolivia was behind schedule.",
         "behind schedule", "luis-mamani-condori"),
    ],
)  # fmt: skip
def test_a_headline_and_a_shared_paternal_name_give_the_leaders_words(
    headline: str, paragraph: str, words: str, speaker: str
) -> None:
    """ "Quispe: Bolivia will …", a headline's speech, went to no one; "Quispe admitted", where
    the minister Celinda Quispe shares the president Marcelo Quispe Mamani's first family
    name, went to her: the leader of the summit, named before, is likelier, still a guess
    (issue 19, round 14)."""
    article = SHARED_NAME_ARTICLE.format(headline=headline, paragraph=paragraph)
    drafted = draft_summit(article, "a.txt")
    said = [s for s in drafted.statements if words in s.text]
    assert [s.speakers for s in said] == [(speaker,)]
    assert any(item.startswith(f"{said[0].ref}:") for item in drafted.curation.review)
    assert article_problems(drafted, "a.txt", article) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Awang Haji Sefo bin Haji Lolohea, 58, a farmer who sells taro in Nadi, said the queue "
        "was long.",
        "Sefo Lolohea, 61, who sells taro in Nadi, said the queue was long.",
    ],
)
def test_an_age_then_an_appositive_leaves_the_name_the_subject(paragraph: str) -> None:
    """ "X, 58, a farmer who …, said": the age's mask took the comma the appositive starts
    with, so the name stood outside the subject, whose words then went to whoever the rules
    guessed (issue 19, round 14)."""
    article = FOURTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble="The two sides met.")
    drafted = draft_summit(article, "a.txt")
    said = [s for s in drafted.statements if "queue was long" in s.text]
    assert len(said) == 1 and said[0].speakers[0].startswith("sefo-")
    assert not [item for item in drafted.curation.review if "not right before the verb" in item]


def test_a_person_named_apart_from_the_verb_is_a_guess_said_in_plain_words() -> None:
    """ "Professor X of Y University said": X is a guess (the words between might be another
    subject), and the review said so as "outside the cue's subject", a word of the rules'
    own that a curator never sees elsewhere (review reasons' jargon)."""
    paragraph = "Professor Lars Holm of Oslo University said the visit mattered."
    article = FOURTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble="The two sides met.")
    drafted = draft_summit(article, "a.txt")
    said = next(s for s in drafted.statements if "visit mattered" in s.text)
    reason = next(item for item in drafted.curation.review if item.startswith(f"{said.ref}:"))
    assert "guessed (a person named earlier in the sentence, not right before the verb)" in reason
    assert "cue" not in reason and "cue" not in said.curation.notes[0]


@pytest.mark.parametrize("city", ["Seoul", "Mexico City", "New York City", "Port Moresby", "Ōita"])
def test_the_city_is_the_whole_name_the_release_title_gives(city: str) -> None:
    """ "_2026.1.9. Mexico City]" gave the city "Mexico", and every citation the wrong place (a
    new user's trial)."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    drafted = draft_summit(article.replace("_2026.3.5. Seoul]", f"_2026.3.5. {city}]"), "k.txt")
    assert drafted.info.city == city


def test_both_sides_are_never_one_speaker_when_the_draft_knows_one_leader() -> None:
    """ "Both sides welcomed the progress." went to the one leader the draft knew, when the
    other side was a minister (a new user's trial): nobody's, and the curator is told."""
    article = (
        "Mori meets Lind\n\nTOKYO (Kyodo) - Japanese Prime Minister Hana Mori met Swedish "
        "Foreign Minister Erik Lind on Monday.\n\n[Joint statement _2026.3.5. Tokyo]\n\n"
        "Both sides welcomed the progress.\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [paragraph] = drafted.release.preamble
    assert paragraph.speakers == ()
    assert any(item.startswith("P1: the two sides' words") for item in drafted.curation.review)
    assert article_problems(drafted, "a.txt", article) == []


def test_an_article_not_in_utf8_is_said_as_a_summit_file_is(tmp_path: Path) -> None:
    """It gave Python's own words ("'utf-8' codec can't decode byte …"), and on stdin named the
    article '-' (a new user's trial)."""
    from conftest import clean_env

    article = tmp_path / "a.txt"
    article.write_bytes(b"Hello \xff there")
    for args, given, name in (([str(article)], None, str(article)), (["-"], b"Hi\xfe", "stdin")):
        result = subprocess.run(
            [str(SUMMIT), "draft", *args], input=given, capture_output=True, env=clean_env()
        )
        offset = 6 if given is None else 2
        byte = "ff" if given is None else "fe"
        assert result.returncode == 2
        expected = f"summit: {name}: not valid UTF-8 (byte 0x{byte} at offset {offset})"
        assert result.stderr.decode().startswith(expected)
        assert result.stderr.decode().count("\n") == 1


@pytest.mark.parametrize(
    ("encoding", "hint"),
    [
        ("utf-16", "it looks like UTF-16: convert it with iconv -f UTF-16 -t UTF-8"),
        ("utf-16-be", "it looks like UTF-16: convert it with iconv -f UTF-16 -t UTF-8"),
        ("cp1252", "perhaps Windows-1252 or Latin-1: convert it with iconv -f WINDOWS-1252"),
    ],
)
def test_an_article_in_another_encoding_says_which_and_how_to_convert_it(
    tmp_path: Path, encoding: str, hint: str
) -> None:
    """New user 64: a Notepad "Unicode" (UTF-16) file and a Latin-1 one were only "not valid
    UTF-8 (byte 0xff at offset 0)": the encoding a file looks like, and the command that
    converts it, are what the user needs next."""
    from conftest import clean_env

    article = tmp_path / "a.txt"
    article.write_bytes("Président Kim said “yes”.\n".encode(encoding))
    for command in (["draft", str(article)], ["validate", "--article", str(article)]):
        result = subprocess.run(
            [str(SUMMIT), *command], capture_output=True, text=True, env=clean_env()
        )
        assert result.returncode == 2
        assert result.stderr.startswith(f"summit: {article}: not valid UTF-8 (byte 0x")
        assert hint in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("line", "advice"),
    [
        ("Kim\tsaid so.", "U+0009, which no summit text may hold: replace it with a space"),
        ("Kim\u200bsaid so.", "ZERO WIDTH SPACE, which no summit text may hold: remove it"),
    ],
)
def test_a_character_no_text_may_hold_gets_the_advice_that_fits_it(line: str, advice: str) -> None:
    """A zero-width space was told "(a tab: replace it with a space)" (a new user's trial)."""
    with pytest.raises(DraftError) as refused:
        draft_summit(f"{line}\n\n[Joint statement _2026.3.5. Seoul]\n\n1. Trade\n\n(1) A.\n", "a")
    assert str(refused.value).endswith(advice)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Kim said &quot;yes&quot;.", "&quot;"),
        ("Kim said &#8220;yes&#8221;.", "&#8220;"),
        ("<p>Kim said so.</p>", "<p>"),
        ('Kim <a href="https://example.com">said</a> so.', '<a href="https://example.com">'),
        ("Kim said it was <b>today</b>.", "<b>"),
    ],
)
def test_a_web_pages_source_is_refused_with_its_first_mark(line: str, found: str) -> None:
    """New user 64: an article pasted as a web page's source drafted its entities and tags as
    the article's words ("&quot;" hid a quotation: Lee's words went into an attribution, the
    article's account into a statement), with no warning; a tab or a zero-width space is
    refused with its line, and so is markup, which no article holds."""
    article = (
        f"Leaders meet\n\n{line}\n\n[Joint statement _2026.3.5. Seoul]\n\n1. Trade\n\n(1) A.\n"
    )
    with pytest.raises(DraftError) as refused:
        draft_summit(article, "a")
    assert str(refused.value).startswith(f"line 3: holds HTML ({found})")
    assert "copy the page's text" in str(refused.value)


def test_two_articles_in_one_file_are_refused_at_the_second_document() -> None:
    """New user 64 drafted two stories in one file, exit 0: the second story's paragraphs,
    its quotations among them, became "the article's notes" after the first /End/, and no
    review item said a second [title] was there."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    twice = f"{article.rstrip()}\n\n{article}"
    second_title = article[: article.index("\n[")].count("\n") + 2
    line = article.rstrip().count("\n") + 2 + second_title
    with pytest.raises(DraftError) as refused:
        draft_summit(twice, "a")
    assert str(refused.value).startswith(f"line {line}: a second joint document's [title]")
    assert "one article and its joint document per file" in str(refused.value)


def test_an_ampersand_or_angle_brackets_in_words_are_no_html() -> None:
    """What the markup check must not refuse: a company's "AT&T", "R&D; and trade", a
    "<Yonhap>" tag some agencies print."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    line = "AT&T and R&D; grew, <Yonhap> said, and 3 < 4 > 2."
    drafted = draft_summit(f"{line}\n\n{article}", "a.txt")
    assert drafted.narration[0].text.startswith("AT&T")


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("", "is empty: nothing to draft"),
        ("Kim said so.\n", "no joint document"),
        ("[Joint statement _2026.3.5. Seoul]\n\n1. Trade\n\n(1) A.\n", "no article before"),
    ],
)
def test_input_with_nothing_to_draft_is_refused_before_the_rules_load(
    tmp_path: Path, given: str, said: str
) -> None:
    """An empty file took 1.6 s of CPU to refuse (new user 26): the rules' hundreds of
    patterns compile when `draft.py` loads, so the input is checked before they do."""
    from conftest import clean_env

    article = tmp_path / "a.txt"
    article.write_text(given, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "summitcli", "draft", str(article)],
        capture_output=True, text=True, env=clean_env(),
    )  # fmt: skip
    assert result.returncode == 2
    messages = [line for line in result.stderr.splitlines() if line.startswith("summit:")]
    assert len(messages) == 1 and said in messages[0]
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "summitcli.article" in imported and "summitcli.draft" not in imported


def test_an_initial_is_no_alias() -> None:
    """ "S. Venkataraman" had the alias "S.", so that `quotes --speaker S` named him (a new
    user's trial)."""
    article = (
        "Talks in Delhi\n\nNEW DELHI (PTI) - Indian Foreign Minister S. Venkataraman said the "
        "talks went well.\n\n[Joint statement _2026.3.5. New Delhi]\n\n1. Trade\n\n(1) A.\n"
    )
    [person] = [p for p in draft_summit(article, "a.txt").people if "Venkataraman" in p.name]
    assert person.curation.aliases and all(
        len(alias.rstrip(".")) > 1 for alias in person.curation.aliases
    )


@pytest.mark.parametrize(
    ("written", "alias"),
    [("Kim Min-soo (\uae40\ubbfc\uc218)", "\uae40\ubbfc\uc218"),
     ("Sato Kenji (\u4f50\u85e4\u5065\u4e8c)", "\u4f50\u85e4\u5065\u4e8c"),
     ("Ivan Petrov (\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432)",
      "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432"),
     ("Kim Min-soo (KMS)", None), ("Kim Min-soo (Seoul)", None)],
)  # fmt: skip
def test_a_name_in_its_own_script_in_brackets_is_an_alias(written: str, alias: str | None) -> None:
    """New user 58: "Kim Min-soo (\uae40\ubbfc\uc218)" gave no alias, so `quotes --speaker` with
    the Hangul a Korean reader types found nobody. An acronym or a place in Latin letters is
    no name of the person's."""
    article = (
        f"Talks in Seoul\n\nSEOUL (Yonhap) - Foreign Minister {written} said the talks went "
        "well.\n\n[Joint statement _2026.3.5. Seoul]\n\n1. Trade\n\n(1) A.\n"
    )
    [person] = [p for p in draft_summit(article, "a.txt").people if "(" not in p.name]
    assert (
        (alias in person.curation.aliases)
        if alias
        else all(alias.isascii() for alias in person.curation.aliases)
    )


@pytest.mark.parametrize(
    ("fmt", "field"), [("bibtex", "address"), ("ris", "CY  -"), ("csl-json", "place")]
)
def test_a_place_the_draft_could_not_find_is_no_address_in_a_reference(
    fmt: str, field: str, tmp_path: Path, summit_cli: Any
) -> None:
    """BibTeX had `address = {(unknown: see curation.review)}` and RIS `CY`: a reference
    manager shows those as the place (a new user's trial). The title and event say it is
    unknown; the place field is left out."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    path = tmp_path / "draft.json"
    path.write_bytes(encode(draft_summit(unplaced(article), "k.txt")))
    result = summit_cli("--data", str(path), "cite", "S1", "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert field not in result.stdout


@pytest.mark.parametrize(
    ("fmt", "field"), [("bibtex", "address"), ("ris", "CY  -"), ("csl-json", "place")]
)
def test_a_city_guessed_from_the_dateline_is_no_address_in_a_reference(
    fmt: str, field: str, tmp_path: Path, summit_cli: Any
) -> None:
    """A city only the article's dateline gave went into BibTeX, RIS and CSL-JSON as a fact
    (`address = {Lima}`: new user 27); the place field is left out, and the citation's own
    words say the city is a guess."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    article = "SEOUL (Yonhap) - " + article.replace(" _2026.3.5. Seoul", " _2026.3.5.")
    path = tmp_path / "draft.json"
    path.write_bytes(encode(draft_summit(article, "k.txt")))
    result = summit_cli("--data", str(path), "cite", "S1", "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert field not in result.stdout
    plain = summit_cli("--data", str(path), "cite", "S1").stdout
    assert "Seoul (unreviewed draft: a guess)" in plain


def test_a_country_the_draft_left_to_the_curator_is_null_and_curated(
    tmp_path: Path, summit_cli: Any
) -> None:
    """`speakers --json` gave "country": "(unknown: see curation.review)" with "country" not in
    "curated", which the README promises for a country the source does not state."""
    path = tmp_path / "draft.json"
    path.write_bytes(encode(draft_summit((DRAFTS / "kim-sato.txt").read_text(), "k.txt")))
    speakers = json.loads(summit_cli("--data", str(path), "speakers", "--json").stdout)
    assert speakers and all(s["country"] is None and "country" in s["curated"] for s in speakers)


@pytest.mark.parametrize(
    ("title", "start"),
    [("Visite d'État, communiqué", "visite-d-etat-communique-"),
     ("Declaração Conjunta", "declaracao-conjunta-"),
     ("Tromsø-Łódź Sigurðardóttir Straße Æbelø", "tromso-lodz-sigurdardottir-strasse-aebelo-")],
)  # fmt: skip
def test_an_id_keeps_an_accented_letter_as_its_base_letter(title: str, start: str) -> None:
    """ "Communiqué" made the id "communiqu" (the letter dropped, a new user's check); a
    title's opening kind ("Joint Communiqué on the") is left out of the id altogether. Letters
    Unicode gives no base letter are written as English writes them: "Støre" made the id
    "st-re" (new user 40), where "Jakobsdóttir" made "jakobsdottir"."""
    article = (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8")
    drafted = draft_summit(
        article.replace("Joint statement on the results of the Korea-Japan summit", title), "k"
    )
    assert drafted.id.startswith(start)


def test_a_person_id_writes_a_letter_with_no_base_letter_as_english_does() -> None:
    article = (
        (DRAFTS / "kim-sato.txt").read_text(encoding="utf-8").replace("Taro Sato", "Jonas Støre")
    )
    drafted = draft_summit(article.replace("Sato", "Støre"), "k")
    assert "jonas-store" in [p.id for p in drafted.people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy Premier Datuk Amar Lina Sebli Anak Jugah said so.", "Lina Sebli Anak Jugah"),
        ("Governor Tan Sri Datuk Patinggi Ranee Bujang spoke.", "Ranee Bujang"),
        ("Dato Seri Pahlawan Awang Haji Rosli Haji Damit said so.", "Rosli Haji Damit"),
        ("Farmer Hajah Nuraini Haji Osman, 58, said so.", "Nuraini Haji Osman"),
        ("The late Sultan Haji Rahmat, her uncle, was mourned.", "Rahmat"),  # a title before
        ("Dr Amar Singh Bedi, an economist, said so.", "Amar Singh Bedi"),  # a given name
        ("Deputy Minister Dr 'Ana Fifita Lolohea said so.", "'Ana Fifita Lolohea"),
        ("Opposition MP Viliami Tonga \u2019Uta said so.", "Viliami Tonga \u2019Uta"),
        ("His wife, Olori Bisi Adeoye, stayed.", "Bisi Adeoye"),
        ("Oba Kunle Adebayo, a traditional ruler, spoke.", "Kunle Adebayo"),
    ],
)
def test_titles_of_address_are_no_part_of_a_name_and_a_name_keeps_what_it_holds(
    text: str, name: str
) -> None:
    """A Malay style of several words ("Datuk Amar", "Tan Sri Datuk Patinggi") and the Yoruba
    Oba and Olori are no part of a name; the father's "Haji X" that ends a Malay name and a word
    the okina starts, typed as an apostrophe, are (issue 19, round 17: "Datuk Amar X" kept
    "Amar", "X Haji Tahir" and "Sione Kupu 'Ofa" were cut short)."""
    assert [p.name for p in find_people([(1, text)]).values()] == [name]


@pytest.mark.parametrize(
    ("text", "name", "half_read"),
    [
        ("Dato Haji Rosli Damit spoke. Rosli Damit Haji Osman came.", "Rosli Damit", True),
        ("Mele Taufa 'Ofa came; Mele Taufa spoke.", "Mele Taufa", True),
        ("Mele Taufa \u2019Uta came.", "Mele Taufa", True),
        ("Mele Taufa came; 'Good,' Mele Taufa said.", "Mele Taufa", False),
        ("Mele Taufa met Dr Sione Kata.", "Mele Taufa", False),  # a verb between
    ],
)
def test_a_listed_name_the_text_writes_going_on_is_known(
    text: str, name: str, half_read: bool
) -> None:
    """A listed name the text also writes going on into a title of address and a name, or into
    a word the okina starts, may be the start of a longer name (issue 19, round 17: "Mohd
    Faizal", read after six words of address, was certain, and the man was "Mohd Faizal Haji
    Tahir")."""
    people = [Found(name, "Minister", 1, 1)]
    assert (name in half_read_names(text, people)) is half_read


@pytest.mark.parametrize(
    ("clause", "spoke"),
    [
        ("Lindqvist thanked Holm for the warm welcome extended to her delegation.", True),
        ("Lindqvist thanked the people of Norway for their hospitality.", True),
        ("Lindqvist conveyed her gratitude to the King for the reception.", True),
        ("Lindqvist conveyed the greetings of the Swedish people to Holm.", True),
        ("Lindqvist conveyed his sincere appreciation to the host.", True),
        ("Lindqvist thanked the crowd.", False),  # thanks for nothing said
        ("Lindqvist conveyed the documents to Holm.", False),  # a deed
    ],
)
def test_thanks_for_something_and_conveyed_gratitude_are_speech(clause: str, spoke: bool) -> None:
    """Thanks for something and conveyed gratitude, greetings or condolences report speech, as a
    joint release's preamble words them (issue 19, round 17: "President X thanked President Y for
    the warm hospitality" was given to no one)."""
    resolver = Resolver({p.id: p for p in (LINDQVIST, HOLM)})
    bound = resolver.subject_of(clause, 1)
    assert (bound is not None and LINDQVIST in bound.people) is spoke


EIGHTEENTH_ROUND_ARTICLE = (
    "Leaders meet\n\nACCRA (Reuters) - Ghanaian President Adwoa Mensah-Bonsu met Togolese "
    "Prime Minister Koffi Agbeyome Lawson on Monday.\n\n{paragraph}\n\n[Joint statement "
    "_2026.3.5. Accra]\n\n{preamble}\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
)


def _eighteenth(paragraph: str, words: str, preamble: str = "The two sides met.") -> Any:
    """The names drafted from the eighteenth round's test article, and the speech holding
    `words`, each as (speakers, whether the review flags it)."""
    article = EIGHTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble=preamble)
    drafted = draft_summit(article, "a.txt")
    assert article_problems(drafted, "a.txt", article) == []
    return [p.name for p in drafted.people], _speech_holding(drafted, words)


@pytest.mark.parametrize(
    ("paragraph", "speaker", "certain"),
    [
        ("President Mensah-Bonsu, Ghana's first woman president, said the road would be built.",
         "adwoa-mensah-bonsu", True),
        ("Speaking later, President Mensah-Bonsu, a former judge, told reporters the road would "
         "be built.", "adwoa-mensah-bonsu", True),
        ("Prime Minister Lawson, who trained as an engineer, said the road would be built.",
         "koffi-agbeyome-lawson", True),
        ("Dr Mensah-Bonsu, the host, said the road would be built.", "adwoa-mensah-bonsu", True),
        ("Mrs Mensah-Bonsu, the host, said the road would be built.", "adwoa-mensah-bonsu",
         False),  # a married woman's honorific: a wife's, maybe
    ],
)  # fmt: skip
def test_a_title_and_a_listed_family_name_are_that_person(
    paragraph: str, speaker: str, certain: bool
) -> None:
    """ "President Doe-Roe, the country's first woman president, said" after "Jane Doe-Roe"
    listed a person "President Doe-Roe" and gave her words to them, certain (issue 19, round
    18): a title and a family name one listed person carries, whose titles the title fits,
    name that person."""
    people, said = _eighteenth(paragraph, "road would be built")
    assert not [name for name in people if name.split()[0] in ("President", "Prime", "Dr", "Mrs")]
    assert said == [((speaker,), not certain)]


@pytest.mark.parametrize(
    ("paragraph", "carrier"),
    [
        ("Finance Minister Mensah-Bonsu, the president's brother, said the road would be built.",
         "adwoa-mensah-bonsu"),
        ("President Mensah, a cousin of the leader, said the road would be built.",
         "adwoa-mensah-bonsu"),
        ("Governor Lawson, who runs the border region, said the road would be built.",
         "koffi-agbeyome-lawson"),
    ],
)  # fmt: skip
def test_a_title_and_a_family_name_that_may_be_someone_else_are_never_the_carrier(
    paragraph: str, carrier: str
) -> None:
    """A title and a family name that may be someone else's (another office than the listed
    carrier's, or a name no one listed carries) are never the carrier's, and a listed name
    that starts with a title is a guess (issue 19, round 18)."""
    people, said = _eighteenth(paragraph, "road would be built")
    assert len(said) == 1
    speakers, flagged = said[0]
    assert carrier not in speakers
    titled = [name for name in people if name.split()[0] in ("President", "Governor", "Finance")]
    assert flagged or not titled


@pytest.mark.parametrize(
    ("preamble", "speakers"),
    [
        ("Her Excellency President Mensah-Bonsu and His Excellency the Prime Minister affirmed "
         "the depth of the relations.", ("adwoa-mensah-bonsu", "koffi-agbeyome-lawson")),
        ("His Excellency Prime Minister Lawson and Her Excellency the President affirmed the "
         "depth of the relations.", ("adwoa-mensah-bonsu", "koffi-agbeyome-lawson")),
        ("Her Excellency Adwoa Mensah-Bonsu and His Excellency Koffi Agbeyome Lawson affirmed "
         "the depth of the relations.", ("adwoa-mensah-bonsu", "koffi-agbeyome-lawson")),
    ],
)  # fmt: skip
def test_leaders_named_by_their_styles_and_joined_are_both_speakers(
    preamble: str, speakers: tuple[str, ...]
) -> None:
    """ "His Majesty Sultan X and His Highness the Emir affirmed" went to the Emir alone,
    certain: the style before the second name hid the "and" that joins them (issue 19,
    round 18)."""
    _, said = _eighteenth("The talks went on.", "depth of the relations", preamble)
    assert [set(s) for s, _ in said] == [set(speakers)]


@pytest.mark.parametrize(
    "preamble",
    [
        "Her Excellency the President and His Excellency Tomas Kwame Brookes affirmed the depth "
        "of the relations.",
        "His Excellency Tomas Kwame Brookes and Her Excellency the President affirmed the depth "
        "of the relations.",
    ],
)
def test_a_styled_subject_joined_to_someone_unknown_is_never_one_speaker_certain(
    preamble: str,
) -> None:
    """A subject of two people named by their styles and joined by "and", one of whom the
    draft does not know, is never the other's alone, certain (issue 19, round 18)."""
    _, said = _eighteenth("The talks went on.", "depth of the relations", preamble)
    assert len(said) == 1
    speakers, flagged = said[0]
    assert flagged or len(speakers) != 1


@pytest.mark.parametrize(
    ("paragraph", "speaker", "name"),
    [
        ("Professor Tanaka Hiroshi of Osaka University, who studies trade, said the road would be "
         "built.", "tanaka-hiroshi", "Tanaka Hiroshi"),
        ("Ms Nana Ofori of the Volta Traders Union said the road would be built.", "nana-ofori",
         "Nana Ofori"),
        ("Associate Professor Efua Sam of the University of Ghana said the road would be built.",
         "efua-sam", "Efua Sam"),
    ],
)  # fmt: skip
def test_a_speaker_named_with_the_body_they_are_of_is_listed(
    paragraph: str, speaker: str, name: str
) -> None:
    """ "Professor X of Kyoto University, who specializes in …, said" and "Mr X of the Climate
    Justice Network said": a name with no role but the body the person is of was no one the
    draft knew, and the words went to nobody, or to whoever a pronoun after them met
    (issue 19, round 18); the title of address is no part of the name."""
    people, said = _eighteenth(paragraph, "road would be built")
    assert name in people and not [p for p in people if p.endswith(name) and p != name]
    assert [speakers for speakers, _ in said] == [(speaker,)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jordan's King Farid II has held talks in Oslo. King Farid said so.", "Farid II"),
        ("King Tomas IV met the envoy. Later, King Tomas told reporters so.", "Tomas IV"),
        ("King Tomas said so.", "Tomas"),  # no numeral written anywhere
        ("Emir Kalid III, the host, spoke; Emir Kalid said so.", "Kalid III"),
    ],
)
def test_a_monarch_keeps_the_regnal_numeral_the_article_gives(text: str, name: str) -> None:
    """ "King Abdullah II has held talks", then "King Abdullah said": the king was listed as
    "Abdullah", his numeral dropped (issue 19, round 19); the numeral the article writes after
    the title and the name anywhere is part of the name."""
    assert name in [p.name for p in find_people([(1, text)]).values()]


@pytest.mark.parametrize(
    ("paragraph", "flagged"),
    [
        ("Trade Minister Ratu Sela Vunidilo said the road would be built.", True),
        ("Trade Minister Haji Sela Vunidilo said the road would be built.", True),
        ("Trade Minister Dr Sela Vunidilo said the road would be built.", False),
        ("Trade Minister Sela Vunidilo said the road would be built.", False),
    ],
)
def test_a_title_of_address_between_an_office_and_a_full_name_is_a_guess(
    paragraph: str, flagged: bool
) -> None:
    """ "Minister for Lands Ratu X Y, who …, said" went to "X Y", certain, where the writer
    kept "Ratu" in the name (issue 19, round 19): a title some writers keep, between an office
    and the name, leaves the name in doubt as it does without the office."""
    people, said = _eighteenth(paragraph, "road would be built")
    assert "Sela Vunidilo" in people
    assert said == [(("sela-vunidilo",), flagged)]


@pytest.mark.parametrize(
    ("text", "names", "doubted"),
    [
        ("The envoy, U Thet Naing Oo, spoke.", ["U Thet Naing Oo"], True),  # a lone capital
        ("The minister, Daw Lin Htet Aung, met Daw Mya Mya Khaing.",
         ["Daw Lin Htet Aung", "Daw Mya Mya Khaing"], True),  # written only before names
        ("The minister, Daw Lin Htet Aung, met Daw in Yangon.", ["Daw Lin Htet Aung"], False),
        ("A farmer, Oloye Tunde Bakare-Ojo, said so.", ["Oloye Tunde Bakare-Ojo"], True),
        ("His counterpart, Emir Rashid Kabiri, said so.", ["Rashid Kabiri"], True),
        ("His counterpart, Emir Rashid Kabiri, said so. Tariq Rashid Osman came.",
         ["Rashid Kabiri"], True),  # "Rashid" inside another name is no surname alone
        ("His counterpart, President Rashid Kabiri, said so. The President left.",
         ["Rashid Kabiri"], False),  # the title the article writes again
        ("A farmer, Tunde Bakare, said so.", ["Tunde Bakare"], False),  # two words
        ("Tunde Bakare Ojo came. A farmer, Tunde Bakare Ojo, said Tunde liked it.",
         ["Tunde Bakare Ojo"], False),  # the first word written alone too
        ("Minister Kim Min-seok met Kim Hye-jin.", ["Kim Min-seok", "Kim Hye-jin"], False),
        ("A farmer, Oloye Tunde Bakare-Ojo, said so. Mr Oloye Tunde Bakare-Ojo left.",
         ["Oloye Tunde Bakare-Ojo"], False),  # a courtesy goes before a given name
        ("An envoy, José Manuel Ortega Lucena, said so. Ortega left.",
         ["José Manuel Ortega Lucena"], False),  # a surname written alone: the first, a name
        ("Later, Prime Minister Rashid Kabiri, the host, spoke.", ["Rashid Kabiri"], False),
    ],
)  # fmt: skip
def test_a_first_word_that_may_be_a_title_or_a_given_name_is_a_doubt(
    text: str, names: list[str], doubted: bool
) -> None:
    """Writers differ on "Daw", "U", "Otunba" or "Amir" before a name: the draft kept some in
    the name, read another as a title, and gave the words as certain (issue 19, round 19). A
    lone capital first, or the first word of a set-off name of three words (a one-word
    title's too) the article writes nowhere else but before names, leaves the name in doubt,
    and every speech given to it a guess; not when a courtesy stands before the name or a
    surname inside it is written alone, which settle that the first word is a name."""
    people = [Found(name, "Minister", 1, 1) for name in names]
    assert (names[0] in half_read_names(text, people)) is doubted


def test_a_first_word_in_doubt_is_said_to_be_the_names_own() -> None:
    """ "'Laziza' before 'Laziza Kudratova Umarova' may be a title or a given name" said the
    name stood before itself (new user 47)."""
    people = [Found("Oloye Tunde Bakare-Ojo", "Minister", 1, 1)]
    why = half_read_names("A farmer, Oloye Tunde Bakare-Ojo, said so.", people)
    assert why == {
        "Oloye Tunde Bakare-Ojo": "'Oloye' of 'Oloye Tunde Bakare-Ojo', its first word, may be a "
        "title of address or a given name"
    }
    emir = [Found("Rashid Kabiri", "Minister", 1, 1)]  # a title outside the name is before it
    said = half_read_names("His counterpart, Emir Rashid Kabiri, said so.", emir)["Rashid Kabiri"]
    assert said == "'Emir' before 'Rashid Kabiri' may be a title of address or a given name"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "certain"),
    [
        ("President Mensah-Bonsu, who was accompanied by the Minister of Trade, Kojo Asante "
         "Boateng, and the Adviser, Ama Serwaa Oti, added that the road would be built.",
         "adwoa-mensah-bonsu", True),  # the subject before a relative clause with names in it
        ("Prime Minister Lawson, who had met the Trade Minister, Kojo Asante Boateng, told "
         "reporters the road would be built.", "koffi-agbeyome-lawson", True),
        ("President Mensah-Bonsu recalled the friendship between Ghana's first President, Kwame "
         "Asare Boadu, and Togo's first President, Sylvain Kodjo Tete, saying the road would be "
         "built.", "adwoa-mensah-bonsu", True),  # a participle hangs on the sentence's subject
        ("Mensah-Bonsu told him that the road would be built, according to presidential "
         "spokesperson Ama Serwaa Oti.", "adwoa-mensah-bonsu", False),  # relayed: a guess
        ("Lawson assured her the road would be built, according to the Togolese presidency's "
         "spokesman, Kojo Asante Boateng.", "koffi-agbeyome-lawson", False),
    ],
)  # fmt: skip
def test_the_subject_is_found_across_a_relative_clause_a_participle_and_a_relay(
    paragraph: str, speaker: str, certain: bool
) -> None:
    """Three subjects the draft missed, certain (issue 19, round 19): "The President, who was
    accompanied by …, the Adviser, X Y, added" went to X Y; "The President recalled the
    friendship between A and B, saying" went to B; "Han told him that …, according to
    spokesperson Choi" went to Choi. The subject before a relative clause, the sentence's
    subject for a participle, and the one whose words 'according to' relays are the speakers,
    the last a guess."""
    _, said = _eighteenth(paragraph, "road would be built")
    assert said == [((speaker,), not certain)]


@pytest.mark.parametrize(
    ("paragraph", "flagged"),
    [
        ("An analyst, Serwaa Koffi, was cautious. Chief Koffi said the road would be built.",
         True),  # a given name of the premier, the family name of the analyst
        ("An analyst, Serwaa Kwarteng, was cautious. Chief Kwarteng said the road would be "
         "built.", False),  # the family name of one person only
    ],
)  # fmt: skip
def test_a_word_two_names_carry_in_different_places_is_a_guess(
    paragraph: str, flagged: bool
) -> None:
    """ "Datuk Seri Anwar", with Anwar Ibrahim and the analyst Dewi Fortuna Anwar listed, went
    to the analyst, certain, as her family name (issue 19, round 19): a word one listed name
    starts with and another ends with may be either."""
    _, said = _eighteenth(paragraph, "road would be built")
    assert len(said) == 1 and said[0][1] is flagged


@pytest.mark.parametrize(
    ("preamble", "speakers", "flagged"),
    [
        ("President Mensah-Bonsu requested that the road be built, and Prime Minister Lawson "
         "stated that the request would be reviewed.",
         {"adwoa-mensah-bonsu", "koffi-agbeyome-lawson"}, True),
        ("Prime Minister Lawson noted that the road be built; President Mensah-Bonsu welcomed "
         "the proposal.", {"adwoa-mensah-bonsu", "koffi-agbeyome-lawson"}, True),
        ("President Mensah-Bonsu stated that the road be built, and the two sides agreed to meet "
         "again.", {"adwoa-mensah-bonsu", "koffi-agbeyome-lawson"}, True),  # the parties: both
        ("President Mensah-Bonsu stated that the road be built, and the Heads of State further "
         "welcomed the plan.", {"adwoa-mensah-bonsu", "koffi-agbeyome-lawson"}, True),
        ("President Mensah-Bonsu stated that the road be built, and the sides of the road "
         "would be paved.", {"adwoa-mensah-bonsu"}, False),
        ("President Mensah-Bonsu stated that the road be built and that Lawson would come.",
         {"adwoa-mensah-bonsu"}, False),
    ],
)  # fmt: skip
def test_a_release_clause_whose_parts_have_two_speakers_names_both_as_a_guess(
    preamble: str, speakers: set[str], flagged: bool
) -> None:
    """ "(1) President A requested that …, and President B stated that …" went to B alone,
    certain (issue 19, round 19): a clause is one record with one speaker set, so parts with
    speakers of their own give it both, a guess. A part whose subject is the parties' plural
    (", and the two Heads of State agreed to …") is both leaders', as a paragraph that starts
    so is (issue 19, round 20: the clause went to the first leader alone, certain)."""
    _, said = _eighteenth("The talks went on.", "road be built", preamble)
    assert [(set(s), f) for s, f in said] == [(speakers, flagged)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Prime Minister Ana Tuilagi met her Solomon Islands counterpart Ravu Kemakeza today.",
         "Solomon Islands counterpart"),
        ("President Ana Tuilagi met her Sierra Leone counterpart, Ravu Kemakeza, today.",
         "Sierra Leone counterpart"),
        ("President Ana Tuilagi met his Timor-Leste counterpart Ravu Kemakeza today.",
         "Timor-Leste counterpart"),
        ("President Ana Tuilagi met her Malawian counterpart Ravu Kemakeza today.",
         "Malawian counterpart"),
    ],
)  # fmt: skip
def test_a_counterpart_of_a_country_named_in_words_is_listed(text: str, role: str) -> None:
    """ "his Solomon Islands counterpart Collin X" listed no one, and every "Mr X said" after it
    went to his wife (issue 19, round 19): a country's name of several words before
    "counterpart" is its adjective."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get("Ravu Kemakeza") == role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Prime Minister Rachid El Fassi met Ndour. El Fassi, who heads the government, spoke.",
         ["Rachid El Fassi"]),
        ("Minister Pieter Van Dam met Ndour. Van Dam, who heads the ministry, spoke.",
         ["Pieter Van Dam"]),
        ("Minister Olumide Adebayo Akande met Ndour. Adebayo Akande, who heads a bank, spoke.",
         ["Olumide Adebayo Akande", "Adebayo Akande"]),  # a given and a family name: his son
        ("Foreign Minister Tomás Ortega de la Vega met Ndour. Chancellor Ortega de la Vega "
         "spoke.", ["Tomás Ortega de la Vega"]),  # two family names joined by a particle
        ("Andorra's head of government, Pere Ribes i Sala, met Ndour. Ribes i Sala spoke.",
         ["Pere Ribes i Sala"]),  # the Catalan "i" between the two
        ("President Omar Saade Rizk met Ndour. Saade Rizk, a former general, came with his "
         "wife, Leila Saade Rizk.", ["Omar Saade Rizk", "Leila Saade Rizk"]),  # a couple's
        ("Crown Prince Nawaf bin Saad bin Fahd met Ndour, with greetings from King Saad bin "
         "Fahd.", ["Nawaf bin Saad bin Fahd", "Saad bin Fahd"]),  # his father, a patronymic
    ],
)  # fmt: skip
def test_a_family_name_with_its_particle_written_alone_is_the_fuller_names(
    text: str, names: list[str]
) -> None:
    """ "El Alami, who heads Morocco's government" after "Karim El Alami" listed a second
    person "El Alami" (issue 19, round 19): a family name that starts with a particle, written
    alone, is the one listed name it ends. Held-out 148 (round 34): so is a family name of two
    joined by a particle ("Alcántara de la Puente" of Javier Alcántara de la Puente, under
    another title), with the Catalan "i" ("Casals i Mas") a particle too; and the family name
    of a leader and of his wife is his, not a third person's."""
    assert [p.name for p in find_people([(1, text)]).values()] == names


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Foreign Minister Eleni Papadaki spoke. Outside, Eleni Vasou, 78, who came early, said "
         "she had waited.", True),  # a given name shared, a family name of her own
        ("Foreign Minister Eleni Papadaki spoke. Outside, Maria Papadaki, 78, who came early, "
         "said she had waited.", True),  # a family name shared, a given name of her own
        ("Foreign Minister Eleni Papadaki spoke. Later, Eleni Papadaki said so.", False),
    ],
)  # fmt: skip
def test_a_speaker_who_shares_one_word_of_a_known_name_is_someone_else(
    text: str, listed: bool
) -> None:
    """ "Eleni Charalambous, a 78-year-old refugee …, said" beside Foreign Minister Eleni
    Papadaki was taken for the minister, and her words went to the minister (issue 19, round
    19): a two-word name that shares only one word with a known name is someone else."""
    names = [p.name for p in find_people([(1, text)]).values()]
    assert (len(names) == 2) is listed and "Eleni Papadaki" in names


BOTH = {"adwoa-mensah-bonsu", "koffi-agbeyome-lawson"}


@pytest.mark.parametrize(
    ("preamble", "words", "speakers"),
    [
        ("The Presidents agreed to establish a joint border commission.", "border", BOTH),
        ("The Heads of State decided to set up a fisheries council.", "fisheries", BOTH),
        ("The leaders further agreed to meet in Accra next year.", "Accra", BOTH),
        ("The two Heads of Government jointly decided to open a consulate.", "consulate", BOTH),
        ("The Parties stress the importance of regional peace.", "regional peace", BOTH),
        ("The Sides reaffirm their commitment to free trade.", "free trade", BOTH),
        ("The two sides welcome the new ferry route.", "ferry", BOTH),
        ("The Presidents shared the view that trade matters.", "trade matters", BOTH),
        ("The state visit took place from 3 to 5 May.", "took place", set()),
        ("The note verbale was exchanged in Accra.", "verbale", set()),
        ("The stress of the talks was visible.", "visible", set()),
    ],
)  # fmt: skip
def test_the_joint_document_s_parties_by_any_plural_speak_for_both(
    preamble: str, words: str, speakers: set[str]
) -> None:
    """Fresh sets (held-out 33 to 38) reported numbered clauses missed whose subject is "The
    Presidents", "The Heads of State" or "The Parties" without "two", with "decided", or in the
    present tense a joint document uses ("The Parties stress"): the two leaders', a guess, as
    "The two leaders agreed" is, and (round 24) the view they shared; a noun that looks like a
    verb ("The state visit") is no subject."""
    _, said = _eighteenth("The talks went on.", words, preamble)
    assert [(set(s), f) for s, f in said] == ([(speakers, True)] if speakers else [(set(), False)])


@pytest.mark.parametrize(
    ("paragraph", "reported", "frame"),
    [
        ("Kim said the two countries would hold naval drills, adding that \u201cno one should "
         "fear them.\u201d", "Kim said the two countries would hold naval drills", "adding that"),
        ('Kim said trade had recovered, noting that "nothing replaces a port."',
         "Kim said trade had recovered", "noting that"),
        ('Kim told reporters the road would open in May, and adding that "the trucks are ready."',
         "Kim told reporters the road would open in May", "and adding that"),
    ],
)  # fmt: skip
def test_reported_speech_before_a_participle_and_that_is_a_statement_of_its_own(
    paragraph: str, reported: str, frame: str
) -> None:
    """A new user's find: in `X said A, adding that "B."`, A was kept only as the quotation's
    framing, so search, quotes and compare never found it as X's words: A is X's reported
    speech, and B the quotation it goes on with, both X's."""
    article = (
        "President Tran Van Minh met President Kim Min-soo.\n\nKim arrived.\n\n"
        f"{paragraph}\n\n[Joint statement _2026.11.14. Seoul]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    said = [(s.kind, s.text, s.attribution, s.speakers) for s in drafted.statements]
    assert said[0][:2] == ("reported", reported) and said[0][3] == ("kim-min-soo",)
    assert said[1][0] == "direct" and said[1][2:] == (frame, ("kim-min-soo",))
    assert article_problems(drafted, "a.txt", article) == []


@pytest.mark.parametrize(
    ("text", "names", "doubted"),
    [
        ("Emir Sheikh Salim Harthy came. Harthy spoke.", ["Salim Harthy"], True),
        ("Foreign Minister Sayyid Omar Rawas came.", ["Omar Rawas"], True),
        ("His Highness Sheikh Salim Harthy came.", ["Salim Harthy"], True),
        ("Minister Dasho Karma Ura came.", ["Karma Ura"], True),
        ("Mr Salim Harthy came. Harthy spoke.", ["Salim Harthy"], False),  # a courtesy
        ("His Excellency Salim Harthy came.", ["Salim Harthy"], False),  # a style
        ("Emir Salim Harthy came. Harthy spoke.", ["Salim Harthy"], False),
    ],
)
def test_a_full_name_the_text_writes_after_a_title_some_keep_is_a_doubt(
    text: str, names: list[str], doubted: bool
) -> None:
    """Held-out 35's writer kept "Sheikh" and "Sayyid" in the names where the draft dropped
    them, held-out 36's dropped them (issue 19, round 20): a person the article ever writes
    after a title of address some writers keep has a name in doubt, so every speech given to
    them is a guess, by surname or role too, not only where the full name follows the title."""
    people = [Found(name, "Minister", 1, 1) for name in names]
    assert (names[0] in half_read_names(text, people)) is doubted


@pytest.mark.parametrize(
    ("text", "names", "doubted"),
    [
        ("Jomo Ruto came. President Jomo Kiprono Ruto spoke.", ["Jomo Ruto", "Jomo Kiprono Ruto"],
         [True, True]),
        ("Jomo Ruto met Amina Kiprono Ruto.", ["Jomo Ruto", "Amina Kiprono Ruto"],
         [False, False]),  # another given name: another person
        ("Jomo Ruto met Jomo Kiprono.", ["Jomo Ruto", "Jomo Kiprono"], [False, False]),
    ],
)  # fmt: skip
def test_a_name_listed_again_with_a_middle_name_is_a_doubt(
    text: str, names: list[str], doubted: list[bool]
) -> None:
    """A leader named "William Ruto" and then "William Samoei Ruto" was listed as two people,
    and the words given to the second form were certain where the gold has the first (issue
    19, round 20): two listed names with the same first and last words, one with middle names
    the other lacks, are likely one person, so either name is a guess."""
    people = [Found(name, "Minister", 1, 1) for name in names]
    half_read = half_read_names(text, people)
    assert [name in half_read for name in names] == doubted


@pytest.mark.parametrize(
    ("text", "name", "doubted"),
    [
        ("Tuilaepa Dr Fono Malie came.", "Tuilaepa Dr", True),  # an honorific inside the name
        ("SK Group Chairman Choi Min-ho came.", "Group Chairman Choi Min-ho", True),  # a title
        ("Tuilaepa Fono Malie came.", "Tuilaepa Fono Malie", False),
    ],
)
def test_a_listed_name_with_a_title_inside_it_is_a_doubt(
    text: str, name: str, doubted: bool
) -> None:
    """ "Tuilaepa Dr. Sa'ilele Malielegaoi" was listed as "Tuilaepa Dr" and "Group Chairman Choi
    Tae-won" kept the words of his office, both certain (issue 19, round 20): a listed name
    with an honorific or a title's head word after its first word is a name the rules read
    wrong, so every speech given to it is a guess."""
    people = [Found(name, "Minister", 1, 1)]
    assert (name in half_read_names(text, people)) is doubted


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Ghanaian President Adwoa Mensah-Bonsu, on a visit with her husband Kofi Mensah-Bonsu, "
         "said the road would be built.", "adwoa-mensah-bonsu"),
        ("President Mensah-Bonsu, speaking beside Prime Minister Lawson, said the road would be "
         "built.", "adwoa-mensah-bonsu"),
        ("Prime Minister Lawson, in talks with Mensah-Bonsu, told reporters the road would be "
         "built.", "koffi-agbeyome-lawson"),
    ],
)  # fmt: skip
def test_a_person_named_in_an_aside_before_the_verb_is_not_its_subject(
    paragraph: str, speaker: str
) -> None:
    """ "President X, on a state visit with his wife Y X, said" gave the words to his wife,
    right before the verb, certain (issue 19, round 20): a person named inside an aside set off
    by commas between the subject and its verb is not the subject; the person who starts the
    clause is."""
    _, said = _eighteenth(paragraph, "road would be built")
    assert said == [((speaker,), False)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kyrgyz President Almaz Tokon uulu spoke.", "Almaz Tokon uulu"),
        ("The envoy, Aigul Bakyt kyzy, spoke.", "Aigul Bakyt kyzy"),
        ("Minister Elnur Rashad oglu spoke.", "Elnur Rashad oglu"),
        ("Minister Almaz Tokon spoke.", "Almaz Tokon"),
    ],
)
def test_a_turkic_patronymic_particle_after_a_name_is_part_of_it(text: str, name: str) -> None:
    """ "Kanybek Jumabek uulu" ("son of Jumabek") was listed as "Kanybek Jumabek", where the
    gold keeps the particle, as a name's own (issue 19, round 20): the Turkic particles of a
    patronymic written after it, "uulu", "kyzy", "uly", "qyzy", "oglu", "ogly", "qizi", are part
    of the name, as "bin" inside one is."""
    assert [p.name for p in find_people([(1, text)]).values()] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Omar Fathy, head of a big firm, Fathy Steel Industries, said so.", ["Omar Fathy"]),
        ("Omar Fathy, head of a big firm, Nile Star Group, said so.", ["Omar Fathy"]),
        ("Omar Fathy, chairman of a large builder, Omar Fathy Holding, said so.", ["Omar Fathy"]),
    ],
)
def test_a_company_named_after_its_founder_is_no_person(text: str, names: list[str]) -> None:
    """ "Hassan Allam, chairman of …, Hassan Allam Holding, said" listed the company as a
    person and gave it his words, certain (issue 19, round 20): words that end in a company's
    noun ("Holding", "Group", "Industries") name a firm, not a person."""
    assert [p.name for p in find_people([(1, text)]).values()] == names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Prime Minister the Most Honourable Desmond Clarke hosted his Antigua and Barbuda "
         "counterpart, the Honourable Rhoda Maynard, for talks.",
         [("Desmond Clarke", "Prime Minister"),
          ("Rhoda Maynard", "Antigua and Barbuda counterpart")]),
        ("Prime Minister the Honourable Desmond Clarke said so.",
         [("Desmond Clarke", "Prime Minister")]),
        ("Prime Minister Desmond Clarke met his Trinidad and Tobago counterpart Rhoda Maynard.",
         [("Desmond Clarke", "Prime Minister"),
          ("Rhoda Maynard", "Trinidad and Tobago counterpart")]),
    ],
)  # fmt: skip
def test_a_style_with_its_article_and_a_country_of_two_names_introduce_a_leader(
    text: str, people: list[tuple[str, str]]
) -> None:
    """ "Prime Minister the Most Honourable Andrew Holness hosted his Trinidad and Tobago
    counterpart, the Honourable Kamla Persad-Bissessar" listed neither leader, and every word
    of theirs was missed or given to someone else (issue 19, round 20): the Caribbean style
    with its article ("the Honourable", "the Most Honourable") is an honorific after a title
    too, and a country named by two names joined by "and" is a counterpart's adjective."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


@pytest.mark.parametrize(
    ("paragraph", "quoted", "speaker"),
    [
        ("\u2013 The line is safe. It is also cheap, Berg tells NRK.",
         "The line is safe. It is also cheap", "ingrid-berg"),
        ("\u2014 We are ready, and so are they, says Berg.", "We are ready, and so are they",
         "ingrid-berg"),
        ("\u2013 We are ready, he said.", "We are ready", "ingrid-berg"),  # a guess: a pronoun
        ("- We are ready. It is cheap, says Berg.", "We are ready. It is cheap", "ingrid-berg"),
        ("\u2013 We are ready, says Berg at a press conference after the talks.", "We are ready",
         "ingrid-berg"),
        ("\u2013 We are ready, says Ingrid Berg, who has led the ministry since 2021.",
         "We are ready", "ingrid-berg"),
        ("- We are ready. It is cheap - Berg said, referring to the grid.",
         "We are ready. It is cheap", "ingrid-berg"),
    ],
)  # fmt: skip
def test_a_quotation_a_dash_opens_is_one_statement_with_its_attribution(
    paragraph: str, quoted: str, speaker: str
) -> None:
    """Nordic copy opens a quotation with a dash and closes it with its attribution after the
    last comma ("\u2013 We are not exporting our cheap power. We are making the grid safer, Aasland
    tells NRK."): its sentences were cut apart and only the last given to the speaker (issue
    19, round 20). A paragraph that starts with a dash and ends in a short attribution is one
    quotation, its words up to the last comma. Polish and Norwegian copy writes the dash as a
    hyphen, lets the attribution run on ("…, says X at a press conference", "…, says X, who
    has fished here for 31 years.") or closes the words with a second dash ("… - X said,
    referring to …"); each was missed whole (round 23, class 4)."""
    assert sentences(paragraph) == [(0, len(paragraph))]
    assert quotations(paragraph) == [(0, len(quoted) + 2)]
    article = (
        "OSLO (NTB) - Energy Minister Ingrid Berg met Swedish officials on Monday.\n\n"
        f"{paragraph}\n\n[Joint statement _2026.3.5. Oslo]\n\n1. Grid\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft(article, "a.txt")
    said = [(s["kind"], s["text"], s["speakers"]) for s in drafted["statements"]]
    assert said == [("direct", quoted, [speaker])]
    assert article_problems(draft_summit(article, "a.txt"), "a.txt", article) == []


def test_a_dash_paragraph_after_a_dash_quotation_goes_on_with_its_speaker() -> None:
    """Nordic copy quotes one speaker over two paragraphs, each opened by a dash and only the
    first attributed ("- We share a history, she says." / "- Seriously, the north matters
    most."): the second was narration (round 23, class 4). It goes on with the speaker of
    the dash quotation before it, a guess like any quotation after a paragraph break; a dash
    paragraph after narration stays narration."""
    article = (
        "OSLO (NTB) - Energy Minister Ingrid Berg met Swedish officials on Monday.\n\n"
        "- We are ready, says Berg.\n\n- Seriously, the grid is safe. It is cheap too.\n\n"
        "The talks went on.\n\n- The line is long.\n\n"
        "[Joint statement _2026.3.5. Oslo]\n\n1. Grid\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft(article, "a.txt")
    said = [(s["ref"], s["text"], s["speakers"]) for s in drafted["statements"]]
    assert said == [
        ("S1", "We are ready", ["ingrid-berg"]),
        ("S2", "Seriously, the grid is safe. It is cheap too.", ["ingrid-berg"]),
    ]
    assert any(item.startswith("S2:") for item in drafted["curation"]["review"])
    assert article_problems(draft_summit(article, "a.txt"), "a.txt", article) == []


def test_a_dash_without_an_attribution_after_it_opens_no_quotation() -> None:
    """A dash that opens a list item or a paragraph with no attribution at its end opens no
    quotation: the sentences stay apart."""
    paragraph = "\u2013 The line is safe. It is also cheap."
    assert quotations(paragraph) == []
    assert len(sentences(paragraph)) == 2


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Pope Leo met the President of the Italian Republic, Sergio Mattarella, on Monday.",
         [("Sergio Mattarella", "President of the Italian Republic")]),
        ("Talks were held with the President of the Togolese Republic, Mr Komlan Agbeyome.",
         [("Komlan Agbeyome", "President of the Togolese Republic")]),
    ],
)  # fmt: skip
def test_a_state_after_a_title_is_no_person(text: str, people: list[tuple[str, str]]) -> None:
    """ "the President of the Togolese Republic, Mr X," listed "Republic" as a person of one
    name after a title, and the joint document's two parties became the host and "Republic"
    (issue 19, round 20, in two sets): a word that names a state ("Republic", "Sultanate",
    "Principality") is no name of a person."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


def _roles_drafted(paragraphs: str) -> dict[str, str]:
    """Each person's role as the draft writes it, of a short article of `paragraphs` and a
    release."""
    release = "[Joint statement _2026.11.30. Tashkent]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    article = f"{paragraphs}\n\n{release}"
    return {p.name: p.role for p in draft_summit(article, "a.txt").people}


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("Uzbek President Shavkat Mirzo and his Kazakh counterpart Kassym Tokayev signed it.",
         "Kassym Tokayev", "Kazakh President"),
        ("Indian Foreign Minister Ravi Menon spoke first.\n\nHis Iranian counterpart Abbas "
         "Karimi was more direct.", "Abbas Karimi", "Iranian Foreign Minister"),
        ("Talks began. President of Moldova Ion Ceban met his Romanian counterpart Dan Popa.",
         "Dan Popa", "Romanian President"),
        ("Egypt's Minister of Housing Sherif Adel met his Sudanese counterpart Ali Osman.",
         "Ali Osman", "Sudanese Minister of Housing"),
        ("Prime Minister Liina Tamm and her counterpart Antti Koskinen met in Tallinn.",
         "Antti Koskinen", "Prime Minister"),
        ("Ruth Mbeki met her Kenyan counterpart Jane Oduya in Nairobi.", "Jane Oduya",
         "Kenyan counterpart"),
    ],
)  # fmt: skip
def test_a_counterpart_holds_the_office_of_the_one_whose_counterpart_they_are(
    paragraphs: str, name: str, role: str
) -> None:
    """ "his Kazakh counterpart X" was listed with the role "Kazakh counterpart", never a gold
    label's (held-out 33 to 38): a counterpart holds the office of the person the possessive
    means, the one named last before it, in the counterpart's country ("Kazakh President",
    composed, so the review says so); the rules of speakers still read "counterpart". One whose
    owner the article gives no office keeps the article's words."""
    assert _roles_drafted(paragraphs)[name] == role


@pytest.mark.parametrize(
    ("paragraphs", "roles"),
    [
        ("By Gopal Rana and Tshering Lhamo\n\nKATHMANDU, March 5 (Reuters) - Nepal and Bhutan "
         "agreed.\n\n(Reporting by Gopal Rana; Editing by Raju Menon)",
         {"Gopal Rana": "reporter", "Tshering Lhamo": "reporter", "Raju Menon": "editor"}),
        ("By EVA LOPEZ and DANIEL RUIZ\nAssociated Press\n\nSANTIAGO, Chile (AP) \u2014 Chile "
         "agreed.\n\nAssociated Press writer Ana Soto in Lima contributed to this report.",
         {"EVA LOPEZ": "reporter", "DANIEL RUIZ": "reporter",
          "Ana Soto": "Associated Press writer"}),
        ("By Giorgi Beridze\n\n(Bloomberg) -- Armenia and Georgia agreed.",
         {"Giorgi Beridze": "reporter"}),
        ("By Ana Lima\n\nLISBON (Reuters) - Portugal and Spain agreed.\n\nReuters reporter "
         "Rui Dias contributed to this report.",
         {"Ana Lima": "reporter", "Rui Dias": "Reuters reporter"}),
        ("By Ana Lima\n\nLISBON - Portugal and Spain agreed.\n\n(Reporting by Rui Dias)",
         {"Ana Lima": "reporter", "Rui Dias": "reporter"}),
    ],
)  # fmt: skip
def test_a_wire_story_s_journalists_have_the_credit_s_role(
    paragraphs: str, roles: dict[str, str]
) -> None:
    """Held-out 7 to 70 labelled a wire story's credited journalists with the agency the
    dateline names ("Reuters reporter"); every set since 79, 135 to 142 among them, gives the
    credit's bare word ("reporter", "editor") as the article does beside the name (round 33):
    the agency stays only where the article writes it before the name ("Associated Press
    writer X contributed", "Reuters reporter X contributed")."""
    assert _roles_drafted(paragraphs) == roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Earlier in the week, Traoré's prime minister, Rimtalba Ouédraogo, had spoken.",
         "Rimtalba Ouédraogo", "Traoré's prime minister"),
        ("Leticia Ocampos hosted a lunch for Orsi's partner, Laura Alonso, at the palace.",
         "Laura Alonso", "Orsi's partner"),
        ("Dr Ruto recalled the role of Kenya's founding President, Mzee Jomo Kenyatta, in it.",
         "Jomo Kenyatta", "Kenya's founding President"),
        ("Ana Lopes, chair of the Senate's foreign affairs committee, spoke.", "Ana Lopes",
         "chair of the Senate's foreign affairs committee"),
    ],
)  # fmt: skip
def test_a_role_starts_at_its_owner_s_possessive(text: str, name: str, role: str) -> None:
    """ "the week, Traoré's prime minister, X," gave X the role "week, Traoré's prime minister"
    and "the role of Kenya's founding President, X," the role "role of Kenya's founding
    President" (held-out 33 to 38): words before an owner's possessive that hold no title are
    the sentence's, not the role's; a title before it keeps them ("chair of the Senate's
    foreign affairs committee"). The draft states it so; the rules of speakers read the
    article's words as before."""
    assert _roles_drafted(text)[name] == role


RELEASE_21 = "[Joint statement _2026.3.5. Vientiane]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"


def _who_said(said: list[tuple[str, list[str], bool]], words: str) -> list[tuple[list[str], bool]]:
    """(speakers, in the review) of each record of `_speakers_and_guesses` holding the words."""
    return [(speakers, guessed) for text, speakers, guessed in said if words in text]


def _speakers_and_guesses(
    paragraphs: str, release: str = RELEASE_21
) -> list[tuple[str, list[str], bool]]:
    """(text, speakers, in the review) of each statement, preamble and clause that names
    speakers, drafted from a short article of `paragraphs` and a release."""
    drafted = draft(f"{paragraphs}\n\n{release}", "a.txt")
    review = " ".join(drafted["curation"]["review"])
    records = [*drafted["statements"], *drafted["release"]["preamble"]]
    records += [c for s in drafted["release"]["sections"] for c in s["clauses"]]
    return [
        (r["text"], r["speakers"], f"{r['ref']}:" in review) for r in records if r.get("speakers")
    ]


def test_words_another_relays_are_a_guess() -> None:
    """ "According to Mr Kittipong, Mr Khamphone assured …" went to the spokesman for certain,
    and "Spokesman X said in a statement that President Y had stressed that "…"" to the
    spokesman, the quotation inside it too (issue 19, round 21, held-out 39 and 43): words
    "according to" one person puts in another's mouth are a guess, the one who relays them
    (held-out 15 gives them so, held-out 43 to the other); and a sentence with a second speaker
    in its that-clause ("that Y had stressed that") is a guess."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
        "Government spokesman Niran Thongdee briefed reporters."
    )
    relayed = (
        "According to Niran Thongdee, Prime Minister Somsak Phomma assured the Thai side that "
        "Laos would act."
    )
    assert _speakers_and_guesses(f"{story}\n\n{relayed}") == [(relayed, ["niran-thongdee"], True)]
    nested = (
        "Niran Thongdee said in a statement that Prime Minister Somsak Phomma had stressed to "
        "his guest that \u201cthe river is life.\u201d"
    )
    [(_, _, guessed)] = _speakers_and_guesses(f"{story}\n\n{nested}")
    assert guessed


@pytest.mark.parametrize(
    "answer",
    [
        "rejecting Somsak's remarks",
        "responding to Somsak's remarks",
        "in reply to Somsak's remarks",
        "after hearing Somsak's remarks",
        "dismissing remarks by Somsak Phomma",
    ],
)
def test_words_said_in_answer_to_anothers_remarks_are_the_speakers(answer: str) -> None:
    """ "…," Kim said, rejecting Sato's remarks.' went to Sato, and the next quotation with
    him (new user 30): the frame's subject says them in answer to the remarks it names; only
    a frame that reads, repeats or cites them ("read out a message from X:") relays them."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
        "Somsak said the river linked both peoples."
    )
    said = _speakers_and_guesses(
        f'{story}\n\n"The fishermen are worried," Anan Chaiyo said, {answer}. '
        '"They deserve answers."'
    )
    assert [s for s, _ in _who_said(said, "fishermen")] == [["anan-chaiyo"]]
    assert [s for s, _ in _who_said(said, "deserve answers")] == [["anan-chaiyo"]]


def test_a_clause_of_two_titled_speakers_is_both_of_theirs() -> None:
    """ "(2) President X conveyed …, and Prime Minister van der Hoeven expressed …" went to the
    Prime Minister alone, for certain (issue 19, round 21, held-out 41): a title before a name
    that a particle starts hid the second part's subject."""
    story = "JAKARTA - President Adi Wirawan met Dutch Prime Minister Pieter van Dijk on Monday."
    clause = (
        "President Adi Wirawan conveyed concerns about the rule, and Prime Minister van Dijk "
        "expressed the readiness of the Netherlands to help."
    )
    release = f"[Joint statement _2026.3.5. Jakarta]\n\n1. Trade\n\n(1) {clause}\n\n/End/"
    [(text, speakers, guessed)] = _speakers_and_guesses(story, release)
    assert (text, sorted(speakers), guessed) == (clause, ["adi-wirawan", "pieter-van-dijk"], True)


def test_a_role_noun_another_unlisted_holder_may_mean_is_a_guess() -> None:
    """ "According to the minister, …" went for certain to the one minister the rules listed,
    while the article named a "Minister of Foreign Affairs of Kazakhstan X Y Z" they did not
    (issue 19, round 21, held-out 40): a title with its country before a name no one listed
    carries makes the role noun a guess."""
    story = (
        "ASTANA - President Yerlan Abenov met President Nurlan Osmonov on Thursday. Minister "
        "of Energy Dina Sarsenova joined them.\n\nMinister of Foreign Affairs of Kazakhstan "
        "Aibek Nurly Tokayuly signed a plan with his colleague."
    )
    said = "According to the minister, the plan will help trade."
    for text, speakers, guessed in _speakers_and_guesses(f"{story}\n\n{said}"):
        if text == said:
            assert guessed or speakers != ["dina-sarsenova"]


def _clauses_drafted(story: str, clauses: list[str]) -> list[tuple[list[str], bool]]:
    """(speakers, in the review) of each clause of a release after a short `story`."""
    numbered = "\n\n".join(f"({n}) {clause}" for n, clause in enumerate(clauses, start=1))
    release = f"[Joint statement _2026.3.5. Vientiane]\n\n1. Cooperation\n\n{numbered}\n\n/End/"
    drafted = draft(f"{story}\n\n{release}", "a.txt")
    review = " ".join(drafted["curation"]["review"])
    return [
        (sorted(c.get("speakers", [])), f"{c['ref']}:" in review)
        for s in drafted["release"]["sections"]
        for c in s["clauses"]
    ]


def test_the_parties_instructing_or_acting_together_in_the_joint_document_speak() -> None:
    """ "The two Presidents instructed their ministers …", "The two Governments reaffirmed …"
    and "The two Heads of State held talks …, and reaffirmed …" were drafted as nobody's
    (issue 19, round 21, held-out 39 to 46, whose writers label every clause the parties state,
    direct or agree as theirs): verbs of instruction, commitment and announcement, the two
    governments as the parties, and a verb of the joint document after "and" are the two
    leaders' words, a guess; and, since round 24, what they "recognized" in a joint statement
    (a joint press release, as the bundled source, keeps it as its own)."""
    story = "VIENTIANE - President Somsak Phomma met President Anan Chaiyo on Monday."
    both = (["anan-chaiyo", "somsak-phomma"], True)
    clauses = [
        "The two Presidents instructed their ministers to report by June.",
        "The Prime Ministers tasked the authorities to present a plan.",
        "The two Governments reaffirmed their commitment to the railway.",
        "The two leaders held talks in a warm atmosphere, and reaffirmed their friendship.",
        "The two sides committed to refrain from any action that harms the talks.",
        "Both leaders recognized that the river unites them.",
    ]
    assert _clauses_drafted(story, clauses) == [both, both, both, both, both, both]


def test_one_side_of_the_joint_document_is_its_leader() -> None:
    """ "The Thai side expressed its readiness …" and "The Italian side reaffirmed …" were
    nobody's where the rules knew no leader's country (issue 19, round 21, held-out 39 to 46):
    a side is the leader whose country or nationality any title the article gives them names
    ("Prime Minister of the Italian Republic"), or, when the other leader's is known and
    another ("his Lao counterpart"), the one whose is not; always a guess."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met his Lao counterpart Somsak Phomma on Monday."
    )
    clauses = [
        "The Thai side expressed its readiness to help Lao farmers.",
        "The Lao side reaffirmed its support for the plan.",
        "The Lao side pledged funds, and the Thai side undertook to build the road.",
    ]
    assert _clauses_drafted(story, clauses) == [
        (["anan-chaiyo"], True),
        (["somsak-phomma"], True),
        (["anan-chaiyo", "somsak-phomma"], True),
    ]


@pytest.mark.parametrize(
    ("story", "leaders"),
    [
        pytest.param(  # "the Head of Government of the Kingdom of Morocco, X," was no head, so
            # the two sides were the Spanish leader and a Moroccan minister (held-out 44)
            "RABAT - Spanish Prime Minister Javier Montoya met the Head of Government of the "
            "Kingdom of Morocco, Youssef Alami, on Monday.\n\nSpanish Foreign Minister Elena "
            "Vidal and her Moroccan counterpart Karim Benali signed three agreements.",
            ["javier-montoya", "youssef-alami"],
            id="a head of government",
        ),
        pytest.param(  # King "Sultan bin Khalid", named inside the crown prince's longer name
            # in the lead, counted as named first there (held-out 43)
            "RIYADH - Crown Prince Nawaf bin Sultan bin Khalid received Egyptian President Tarek "
            "Hegazy.\n\nThe crown prince conveyed the greetings of King Sultan bin Khalid to the "
            "president.",
            ["nawaf-bin-sultan-bin-khalid", "tarek-hegazy"],
            id="not a name inside a longer one",
        ),
    ],
)
def test_the_two_sides_of_the_joint_document_are_its_two_leaders(
    story: str, leaders: list[str]
) -> None:
    """Issue 19, round 21: a Head of State or of Government is a leader as a President is, and
    a listed name that runs inside a longer listed name is not mentioned there."""
    clauses = ["The two sides agreed to build a power link."]
    assert _clauses_drafted(story, clauses) == [(leaders, True)]


def _said(paragraphs: str) -> list[tuple[str, str, list[str], str]]:
    """(kind, text, speakers, note) of each statement of a short article and a release."""
    drafted = draft(f"{paragraphs}\n\n{RELEASE_21}", "a.txt")
    return [
        (s["kind"], s["text"], s["speakers"], s["curation"]["notes"][0])
        for s in drafted["statements"]
    ]


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("Tanaka said \u2013 \u201cWe are ready.\u201d", "We are ready."),
        ("\u2014 \u201cWe are ready,\u201d said Tanaka.", "We are ready"),
        ("Tanaka said \u2014 \u201cWe are ready.\u201d", "We are ready."),
        # the mark closed before the comma: the dash's own quotation took the opening mark in
        ("\u2013 \u00abWe are ready\u00bb, said Tanaka.", "We are ready"),
        ('- "We are ready", said Tanaka.', "We are ready"),
        ("\u2014 \u201cWe are ready\u201d, Tanaka said.", "We are ready"),
    ],
)
def test_a_quotation_after_a_dash_inside_a_line_is_a_quotation(paragraph: str, quoted: str) -> None:
    """`He said — "We are ready."` and `— "We are ready," said X.` were drafted as reported
    speech with the dash inside (a new user, round 21): a dash before a quotation introduces it
    as a colon does, and a dash alone before it is no words of a frame. A dash quotation of
    Nordic copy (`_dash_quotation`) opens with words, never a mark: `- «We are ready», said X`
    was a statement '«We are ready', its opening mark in its words."""
    story = "TOKYO - Prime Minister Tanaka Hiroshi met President Kim Min-soo on Monday."
    said = _said(f"{story}\n\n{paragraph}")
    assert [(kind, text, speakers) for kind, text, speakers, _ in said] == [
        ("direct", quoted, ["tanaka-hiroshi"])
    ]
    assert (
        article_problems(
            draft_summit(f"{story}\n\n{paragraph}\n\n{RELEASE_21}", "a.txt"),
            "a.txt",
            f"{story}\n\n{paragraph}\n\n{RELEASE_21}",
        )
        == []
    )


def test_a_relative_the_rules_listed_is_no_unlisted_carrier() -> None:
    """ "said Prime Minister Tanaka" was flagged as "a name someone not listed carries" when
    the article wrote "Tanaka's wife Yumiko", listed as Tanaka Yumiko (a new user, round 21):
    the reason must be true, so kin the rules listed carry no name of someone unlisted; kin
    they did not list still do."""
    story = (
        "TOKYO - Prime Minister Tanaka Hiroshi met President Kim Min-soo. Tanaka's wife Yumiko "
        "joined them.\n\nTanaka Yumiko said she was happy."
    )
    said = _said(f"{story}\n\n\u201cWe are ready,\u201d said Prime Minister Tanaka.")
    [(speakers, note)] = [(speakers, note) for kind, _, speakers, note in said if kind == "direct"]
    assert speakers == ["tanaka-hiroshi"]
    assert "not listed" not in note


def test_a_given_name_alone_is_a_guess() -> None:
    """ "Yumiko said", of Tanaka Yumiko, was certain "by surname" (a new user, round 21), while
    a given name alone is a review item: where another listed person shares the other end of
    the name, that end is the family name, and this one a given name, a guess."""
    story = (
        "TOKYO - Prime Minister Tanaka Hiroshi met President Kim Min-soo. Trade Minister Tanaka "
        "Yumiko joined them."
    )
    [(_, _, speakers, note)] = _said(f"{story}\n\nYumiko said the deal was good.")
    assert speakers == ["tanaka-yumiko"]
    assert "given name 'Yumiko'" in note and "(a guess: check it)" in note


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("DAR ES SALAAM, Tuesday - PRESIDENT Dr Amina Said Juma and her Zambian counterpart, "
         "President Chanda Mwila, agreed.",
         ["Amina Said Juma", "Chanda Mwila"]),
        ("This was stated by President of Ukraine Taras Hnat at a press conference with President "
         "of the Republic of Moldova Irina Munt.",
         ["Taras Hnat", "Irina Munt"]),
        ("Senegalese President Cheikh Sall met the President of the Republic of The Gambia, "
         "Lamin Jobe, in Banjul.",
         ["Cheikh Sall", "Lamin Jobe"]),
    ],
)  # fmt: skip
def test_a_leader_under_a_long_or_capitalised_title_is_a_person(
    text: str, people: list[str]
) -> None:
    """ "DAR ES SALAAM, Tuesday - PRESIDENT Dr X" and "President of the Republic of Moldova X"
    left the host out of `people`, and the joint document's two sides with one leader (issue
    19, round 21, held-out 39 and 45): a title a newspaper sets in capitals after the dateline
    is a title as at the paragraph's start, and a leader's title may name the state's formal
    name ("the Republic of Moldova") before the leader's; "The Gambia" of "the Republic of The
    Gambia" is the state's name, never a person's."""
    assert [p.name for p in find_people([(1, text)]).values()] == people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Tomas Ruiz, a 52-year-old nurse in Quito, said the clinic was full.", "Tomas Ruiz",
         "nurse in Quito"),
        ("Ana Vidal, 54, a ferry pilot who has crossed the strait for years, said it was late.",
         "Ana Vidal", "ferry pilot"),
        ("Kofi Amankwah, 61, said the road was good.", "Kofi Amankwah",
         "(unknown: see curation.review)"),
        ("Ngo Thi Hoa, a 34-year-old who married a Korean man, said she was glad.", "Ngo Thi Hoa",
         "(unknown: see curation.review)"),
        ("In Kassala, refugee Amna Idris, 41, a mother of five, said she was tired.", "Amna Idris",
         "refugee"),
        ("Omar Haddad, a Beirut-based analyst, said the deal held.", "Omar Haddad",
         "Beirut-based analyst"),
        ("Liu Pei, vice-chairman of the Harbin Chamber of Commerce, said it was good.", "Liu Pei",
         "vice-chairman of the Harbin Chamber of Commerce"),
        ("Dr. Sami Nasser, Professor of Law at Cairo University, said it was good.",
         "Sami Nasser", "Professor of Law at Cairo University"),
        ("A lecturer in law at the University of Lagos, Dr Ada Obi, said it was good.", "Ada Obi",
         "lecturer in law at the University of Lagos"),
        ("A trader in the Central market, Musa Bello, said prices were high.", "Musa Bello",
         "trader in the Central market"),
        ("Mrs Yoo visited a school in Hanoi's Dong Da district with Tran's wife, Ngo Thi Mai, "
         "on Monday.", "Ngo Thi Mai", "Tran's wife"),
        ("Minister for Works Eng. Juma Mrisho told reporters the road was ready.", "Juma Mrisho",
         "Minister for Works"),
    ],
)  # fmt: skip
def test_a_description_after_an_age_or_before_a_titled_name_is_the_role(
    text: str, name: str, role: str
) -> None:
    """ "Name, a 22-year-old nursing graduate," and "Name, 23, a nursing student," left the role
    unknown, as did "a Doha-based analyst", "vice-chairman of …", "Professor of Economics at
    …", "A lecturer in …, Dr Name," and "Minister … Eng. Name" (held-out 39 to 46): an age is
    no part of a role, a role word is one in any case or after a prefix, a description may
    name where one works with "in", and an honorific may stand between a role and the name.
    An age alone gives no role, nor does "a 34-year-old who …"; a role before the name comes
    before a description after an age."""
    assert _roles_drafted(text)[name] == role


@pytest.mark.parametrize(
    ("text", "short_form"),
    [
        (
            "President Sidi Mohamed Ould Bah met Foreign Minister Ahmedou Ould Bah.\n\n"
            "Ould Bah, 63, a former army general, has sought closer ties.",
            "Ould Bah",
        ),
        (
            "ULAANBAATAR - President Ganzorigiin Tumurbaatar met Japanese Prime Minister Kenji "
            "Sato.\n\nG.Tumurbaatar said the talks were good.",
            "G.Tumurbaatar",
        ),
    ],
)
def test_a_short_form_of_a_listed_name_is_no_person_of_its_own(text: str, short_form: str) -> None:
    """ "Ould Bah, 63, a former army general," listed an "Ould Bah" beside President Sidi
    Mohamed Ould Bah and his cousin Ahmedou Ould Bah (held-out 10, once ages were read): a
    name that listed names run on from is one of theirs, never a person of its own. So is a
    Mongolian initial joined to a name (held-out 43: "G.Tumurbaatar said" after "President
    Ganzorigiin Tumurbaatar" is his)."""
    assert short_form not in _roles_drafted(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The plan dates from former Peruvian president Juan Soto Rivas, who signed it.",
         "Juan Soto Rivas", "former Peruvian president"),
        ("Former Sri Lankan president Nimal Perera had visited the site.", "Nimal Perera",
         "former Sri Lankan president"),
        ("Sri Lankan President Kamal Silva met the press.", "Kamal Silva", "Sri Lankan President"),
    ],
)  # fmt: skip
def test_a_former_holder_before_a_nationality_is_of_the_past(
    text: str, name: str, role: str
) -> None:
    """ "former Guatemalan president X" was listed as "Guatemalan president", a living holder,
    and "Former Sri Lankan president X" as "Lankan president" (held-out 39 to 46): "former"
    may come before the nationality, in either case, and "Sri Lankan" is one nationality."""
    assert _roles_drafted(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kenyan army spokesman Brig. Gen. Peter Okoth said the troops would stay.",
         "Peter Okoth", "Kenyan army spokesman"),
        ("Ghana's chief of defence staff, Gen. Kwame Asante, attended the talks.", "Kwame Asante",
         "Ghana's chief of defence staff"),
        ("Gen. Kwame Asante attended the talks.", "Kwame Asante", "Gen."),
        ("They were welcomed by Governor-General Dame Ruth Kerr at Government House.", "Ruth Kerr",
         "Governor-General"),
        ("Mensah-Bonsu and Ghanaian Prime Minister Kofi Addo signed it.", "Kofi Addo",
         "Ghanaian Prime Minister"),
        ("Tokyo, Nov. 2 (Jiji Press)--Prime Minister Ueda Ken met the press.", "Ueda Ken",
         "Prime Minister"),
    ],
)  # fmt: skip
def test_a_rank_before_a_name_yields_to_the_office_the_article_gives(
    text: str, name: str, role: str
) -> None:
    """ "Ugandan military spokesman Brig. Gen. X" was listed as "Brig. Gen.", "Nigeria's chief of
    defense staff, Gen. Y," as "Gen.", "Governor-General Z" as "General", and "Okafor-Leblanc
    and Norwegian Prime Minister W" as "Leblanc and Norwegian Prime Minister" (held-out 39 to
    46): an officer's rank is the role only when the article gives no other, and no title
    starts inside a hyphenated word."""
    assert _roles_drafted(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Georgian student Nino Beridze, 22, said she was proud.", "Nino Beridze",
         "Georgian student"),
        ("Talks broke down between Pinochet and Peruvian military ruler Juan Velasco Alvarado.",
         "Juan Velasco Alvarado", "Peruvian military ruler"),
        ("Fisherman Arne Dahl said the catch was poor.", "Arne Dahl", "Fisherman"),
        ("He laid flowers at a monument to the late Kyrgyz writer Aman Tokonov.", "Aman Tokonov",
         "late Kyrgyz writer"),
    ],
)  # fmt: skip
def test_a_nationality_before_an_occupation_is_part_of_the_role(
    text: str, name: str, role: str
) -> None:
    """ "Azerbaijani student X" was listed as "student" and "Bolivian military ruler Y" as
    "military ruler" (held-out 39 to 46, and a dozen more in earlier sets): the nationality
    the article writes before an occupation is the role's, as it is before a title."""
    assert _roles_drafted(text)[name] == role


def test_an_agency_s_initials_are_spelled_as_its_credit_spells_them() -> None:
    """ "(AP)" was spelled out as the first words of those initials the story wrote,
    "Argentine President" (held-out 39 to 46), making its writer an "Argentine President
    writer": the credit's own spelling, before "writer", comes first."""
    text = (
        "BUENOS AIRES (AP) \u2014 Argentine President Juan Diaz met Chile's leader.\n\n"
        "Associated Press writer Ana Soto in Santiago contributed to this report."
    )
    assert _roles_drafted(text)["Ana Soto"] == "Associated Press writer"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Costa Rican President Ana Mora Vargas arrived on Monday.", "Ana Mora Vargas",
         "Costa Rican President"),
        ("Sierra Leonean President Ibrahim Kamara Bangura spoke first.", "Ibrahim Kamara Bangura",
         "Sierra Leonean President"),
        ("She was met by Abu Dhabi Crown Prince Sheikh Saif bin Zayed Al Nahyan.",
         "Saif bin Zayed Al Nahyan", "Abu Dhabi Crown Prince"),
        ("Foreign Affairs Cabinet Secretary Jane Wanjiku Mwangi told reporters so.",
         "Jane Wanjiku Mwangi", "Foreign Affairs Cabinet Secretary"),
        ("Foreign Affairs and International Trade Minister Tendai Moyo told reporters so.",
         "Tendai Moyo", "Foreign Affairs and International Trade Minister"),
        ("They met the Minister for Europe and Foreign Affairs Paul Girard in Paris.",
         "Paul Girard", "Minister for Europe and Foreign Affairs"),
        ("Minister of Planning and Strategic Investment Rui Belo Soares is due later.",
         "Rui Belo Soares", "Minister of Planning and Strategic Investment"),
        ("President of the Russian Federation Ivan Petrovich Sokolov held talks there.",
         "Ivan Petrovich Sokolov", "President of the Russian Federation"),
        ("Deputy Prime Minister of the Russian Federation Oleg Ivanovich Orlov said so.",
         "Oleg Ivanovich Orlov", "Deputy Prime Minister of the Russian Federation"),
    ],
)  # fmt: skip
def test_a_role_keeps_its_first_words_and_its_last(text: str, name: str, role: str) -> None:
    """ "Costa Rican President X" was listed as "Rican President", "Foreign Affairs Cabinet
    Secretary Y" as "Affairs Cabinet Secretary", "Minister for Europe and Foreign Affairs Z" as
    "Minister for Europe and Foreign" and "President of the Russian Federation W" as "President
    of the Russian" (held-out 47 to 54): a nationality of two words (a country named by two),
    a portfolio of two words before an officer's title or after "and", and a country named
    "Federation" or "Republic" are the role's whole."""
    assert _roles_drafted(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mullah Abdul Karim Noori said so.", "Abdul Karim Noori"),
        ("Associate Professor Mere Tuilagi, a political scientist, said so.", "Mere Tuilagi"),
        ("Assistant Professor Jonas Berg, an economist, said so.", "Jonas Berg"),
        ("Kiribati President Te Beretitenti Taneti Baraka said so.", "Taneti Baraka"),
        ("Nei Teraaka Tebano, a weaver, said so.", "Teraaka Tebano"),
        ("Nei said so, and Jamal Chaudhry, a minister, agreed.", "Jamal Chaudhry"),
    ],
)
def test_styles_of_address_of_more_cultures_are_no_part_of_a_name(text: str, name: str) -> None:
    """ "Mullah", "Associate Professor", Kiribati's "Te Beretitenti" (the President's style) and
    "Nei" (a woman's) were kept in names against the gold rule (held-out 47 to 54: a name is
    written without titles, honorifics or styles); "Nei", a given name too, only before a name of
    two words or more. Punjab's "Chaudhry" stays: the tuning set's writer keeps it in a name."""
    assert [p.name for p in find_people([(1, text)]).values()] == [name]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Tonga Chamber of Commerce president Sione Fifita said it was welcome.", "Sione Fifita",
         "Tonga Chamber of Commerce president"),
        ("Confederation of Malawi Industries president Mr Peter Banda said so.", "Peter Banda",
         "Confederation of Malawi Industries president"),
        ("Labour Party general secretary Ruth Okello said so.", "Ruth Okello",
         "Labour Party general secretary"),
        ("Kenyan president Samuel Kiprop said so.", "Samuel Kiprop", "Kenyan president"),
    ],
)  # fmt: skip
def test_an_organisation_before_a_lower_case_title_is_part_of_the_role(
    text: str, name: str, role: str
) -> None:
    """ "Samoa Chamber of Commerce president X" was listed as "president", "Congress general
    secretary Y" as "general secretary" (held-out 47 to 54, five times): the organisation the
    article names before a title in lower case, a chamber, a confederation, a party, is whose
    title it is, and the role's as a nationality is."""
    assert _roles_drafted(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Maeve Doyle, whose brother Liam Doyle went missing in 1980, said she hoped.",
         "Liam Doyle", "brother of Maeve Doyle"),
        ("The emir, whose father Sheikh Hamad bin Nasser Al Sabah visited in 2001, left.",
         "Hamad bin Nasser Al Sabah", "father of the emir"),
        ("Doyle, whose late father Sean Doyle founded the party, spoke.", "Sean Doyle",
         "late father of Doyle"),
        ("He met the Malian community of Dakar, whose president, Amadou Keita Traore, spoke.",
         "Amadou Keita Traore", "president of the Malian community of Dakar"),
        ("He visited the Technical University in Riga, where second-year student Anna Ozola "
         "told him so.", "Anna Ozola", "second-year student at the Technical University in Riga"),
        ('"It is done," the head of state said at a press conference with the President of '
         "the Republic of Latvia, Ilze Kalnina.", "Ilze Kalnina",
         "President of the Republic of Latvia"),
        ("The delegation included Minister of Transport Omar bin Said Al-Harbi and the Saudi "
         "ambassador to Oman, Prince Faisal bin Turki.", "Faisal bin Turki",
         "Saudi ambassador to Oman"),
    ],
)  # fmt: skip
def test_a_role_is_read_from_its_own_clause_and_whose_it_is(
    text: str, name: str, role: str
) -> None:
    """ "X, whose brother Y" listed Y as "whose brother", "the French University, where
    third-year student Z" Z as "where third-year student", and a role read from "the head of
    state said at a press conference with the President of …, W" took the whole clause
    (held-out 47 to 54): a relative word, a verb of speech or a second "and the" ends a role,
    and "X, whose role Y" makes Y the role of X ("brother of X"), "X, where role Y" the role
    at X."""
    assert _roles_drafted(text)[name] == role


def test_the_president_of_the_russian_federation_is_a_head_of_state() -> None:
    """Once the role kept "Federation" ("President of the Russian Federation", not "President
    of the Russian"), the head of state's title read as a sports federation's president's, and
    the joint document's "The Sides agreed" lost its two leaders (held-out 54): the Russian
    Federation is a state, whatever other federations are."""
    text = (
        "President of Mongolia Bat Erdene and President of the Russian Federation Ivan Petrov "
        "met.\n\n[Joint Statement _2026.9.3. Ulaanbaatar]\n\n1. Trade\n\n"
        "(1) The Sides agreed to trade more.\n\n/End/"
    )
    clause = draft(text, "a.txt")["release"]["sections"][0]["clauses"][0]
    assert clause["speakers"] == ["bat-erdene", "ivan-petrov"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("In Kisumu, Grace Atieno, who sells fish at the lakeside market, said prices rose.",
         "Grace Atieno", "sells fish at the lakeside market"),
        ('"It is hard," said Tomas Varga, 61, who runs a bakery near the border.',
         "Tomas Varga", "runs a bakery near the border"),
        ("A Haitian spokesman, Jean Baptiste Louis, said the visit was set.",
         "Jean Baptiste Louis", "Haitian spokesman"),
        ("Economist Ruth Mensah of the University of Ghana said so.", "Ruth Mensah",
         "Economist of the University of Ghana"),
        ("Political analyst Ivo Horvat at Zagreb University said so.", "Ivo Horvat",
         "Political analyst at Zagreb University"),
        ("Herder Bat Dorj from Khovd Province, who came for the fair, said so.", "Bat Dorj",
         "Herder from Khovd Province"),
        ("Kenyan President Ruto, who uses one name here, spoke.", "Ruto", "Kenyan President"),
        ("Economist Ana Sosa, of the Universidad de la República, who shares a name with the "
         "president, said so.", "Ana Sosa", "Economist"),
        ("Analyst Eva Lind of the Institute for Peace and Policy (IPP) said so.", "Eva Lind",
         "Analyst of the Institute for Peace and Policy (IPP)"),
    ],
)  # fmt: skip
def test_ordinary_people_keep_the_description_the_article_gives(
    text: str, name: str, role: str
) -> None:
    """ "X, who sells electronics near the bridge, said" left X with no role, "a Haitian
    spokesman, Y," too, and "Economist Z of the University of W" lost the university (held-out
    47 to 54): a relative clause of the present tense that tells what someone does is their
    role when the article gives no other; a nationality may start a description before a
    name; the body or place right after a name belongs to the title before it."""
    assert _roles_drafted(text)[name] == role


def test_a_predecessor_the_article_names_is_a_person_of_the_past() -> None:
    """ "His predecessor, Kenji Morita, had visited twice" left Morita out of the people
    (held-out 49; nine gold labels of older sets give the role "predecessor"): a predecessor
    named after "his", "her" or "their" is a person, a holder of the past whom no title of
    today means."""
    text = (
        "Prime Minister Aoi Sato arrived in Delhi. It was her first visit. Her predecessor, "
        "Kenji Ota, had visited twice."
    )
    people = find_people([(1, text)])
    assert (people["kenji-ota"].role, people["kenji-ota"].former) == ("predecessor", True)


def test_what_an_honorific_tells_is_one_table() -> None:
    """Which honorifics every writer drops, which go before a family name, which give a gender
    or a married woman were four lists written apart (round 22): one table gives each honorific
    its kinds, and its kinds hold together: one written before a family name is dropped by every
    writer, none is of both genders, and a married woman's is no man's."""
    kinds = HONORIFIC_KINDS.values()
    assert all("courtesy" in k for k in kinds if "family" in k)
    assert not any({"male", "female"} <= k for k in kinds)
    assert not any({"male", "married"} <= k for k in kinds)


SEOUL_22 = (
    "SEOUL - President Park Min-ho met Turkish President Ali Demir on Monday. Spokeswoman Kim "
    "Ji-won briefed reporters."
)


def test_a_that_clause_after_and_goes_on_with_the_first_speaker() -> None:
    """ "Kim said Demir had asked for …, and that Park had replied …" gave the second part to
    Park, certain (issue 19, round 22, held-out 54): after ", and that" the sentence goes on
    with what its first speaker said, one statement, a guess since it reports another
    speaker's words (as round 21's "that Y had stressed that")."""
    said = (
        "Kim said Demir had asked for trainer jets, and that Park had replied Seoul would review "
        "the proposal."
    )
    assert _speakers_and_guesses(f"{SEOUL_22}\n\n{said}") == [(said, ["kim-ji-won"], True)]


def test_a_quotation_that_reports_another_s_words_is_a_guess() -> None:
    """A spokeswoman's quotation "…, and President Park said he wanted them to feel at home"
    went to her, certain (issue 19, round 22, held-out 50, whose writer gives the words inside
    it to the president): words a quotation says another named person said are a guess."""
    quoted = "Many Turks live here, and President Park said he wanted them to feel at home."
    paragraph = f"\u201cThe deal matters,\u201d Kim said. \u201c{quoted}\u201d"
    said = _speakers_and_guesses(f"{SEOUL_22}\n\n{paragraph}")
    assert said == [("The deal matters", ["kim-ji-won"], False), (quoted, ["kim-ji-won"], True)]


def test_a_counterpart_set_off_by_commas_is_the_second_of_a_plural_subject() -> None:
    """ "…, as President X and his Zambian counterpart, President Y, pledged to …" went to Y
    alone, certain (issue 19, round 22, held-out 52): a counterpart in commas after "and his"
    is the second of two speakers, as without the commas."""
    story = "HARARE - Zimbabwe and Zambia met on Monday."
    said = (
        "They signed deals, as President Tendai Moyo and his Zambian counterpart, President "
        "Mwansa Banda, pledged to turn the river into a \u201criver of trade\u201d."
    )
    [(_, speakers, guessed)] = _speakers_and_guesses(f"{story}\n\n{said}")
    assert (sorted(speakers), guessed) == (["mwansa-banda", "tendai-moyo"], True)


def test_a_one_word_name_other_listed_names_hold_is_a_guess() -> None:
    """ "Ambassador Meles said", listed as a person "Meles" beside Meles Tadesse (and the late
    Meles Zenawi), went to "Meles", certain (issue 19, round 22, held-out 50): a one-word
    name that another listed name starts with may be that person by given name and title (a
    family name shared is a namesake's: "Finance Minister Kosgei" beside Samuel Kosgei)."""
    story = (
        "ADDIS ABABA - Prime Minister Dawit Alemu met President Ahmed Robleh. Minister of "
        "Foreign Affairs Ambassador Meles Tadesse briefed reporters.\n\nThe late Prime Minister "
        "Meles Zenawi signed the first protocol."
    )
    said = _speakers_and_guesses(f"{story}\n\n\u201cThe line is full,\u201d Ambassador Meles said.")
    assert [guessed for text, _, guessed in said if text == "The line is full"] == [True]


def test_a_name_that_starts_with_a_nationality_s_plural_is_a_guess() -> None:
    """ "Federal Minister for Overseas Pakistanis Chaudhry Naveed Akhtar said" was certain for
    a "Pakistanis Chaudhry Naveed Akhtar" (issue 19, round 22, held-out 50): a people's name
    in the plural ends the title; a name read to start with one was not read whole."""
    story = (
        "MUSCAT - Prime Minister Imran Qadir met Sultan Haitham Said. Federal Minister for "
        "Overseas Pakistanis Chaudhry Naveed Akhtar said 300,000 Pakistanis work in Oman."
    )
    assert [guessed for _, _, guessed in _speakers_and_guesses(story)] == [True]


def test_a_sentence_of_another_leader_in_a_clause_makes_it_both_leaders() -> None:
    """ "(1) President A expressed her gratitude … and invited him to visit. President B
    accepted the invitation." went to A alone, certain (issue 19, round 22, held-out 49): each
    sentence of a clause is a part of it, so a sentence that another leader starts makes the
    clause both leaders', a guess, as a part after ", and" does."""
    story = "DODOMA - President Halima Kombo met President Celso Macuacua."
    clause = (
        "President Kombo expressed her gratitude to President Macuacua for the warm hospitality, "
        "and invited him to visit Tanzania. President Macuacua accepted the invitation."
    )
    assert _clauses_drafted(story, [clause]) == [(["celso-macuacua", "halima-kombo"], True)]


@pytest.mark.parametrize(
    ("paragraph", "words", "speakers"),
    [
        ("Tavares said the talks went well, citing remarks by Prime Minister Navarro that "
         "\u201cthe deal is done.\u201d", "the deal is done.", ("lucia-navarro",)),
        ("Tavares read out a message from Prime Minister Navarro: \u201cThe deal is done.\u201d",
         "The deal is done.", ("lucia-navarro",)),
        ("Tavares relayed a message from Pope Leo: \u201cThe deal is done.\u201d",
         "The deal is done.", ("rui-tavares",)),
        ("Tavares repeated Navarro's words: \u201cThe deal is done.\u201d", "The deal is done.",
         ("lucia-navarro",)),
        ("Pires, citing remarks by Ortega, said \u201cthe deal is done.\u201d", "the deal is done",
         ("joana-pires",)),
        ("Asked about Navarro's remark that \u201cthe deal is done,\u201d Tavares said he agreed.",
         "the deal is done", ("rui-tavares",)),
        ("Pires quoted the president as saying, \u201cThe deal is done.\u201d", "The deal is done.",
         ("joana-pires",)),
    ],
)  # fmt: skip
def test_words_a_frame_gives_as_someone_else_s_are_theirs_or_a_guess(
    paragraph: str, words: str, speakers: tuple[str, ...]
) -> None:
    """ "…, citing remarks by X that "…"", "read out a message from X:", "repeated X's words:"
    and "Asked about X's remark that "…," Y said" gave the words to the one who relays or
    answers them, certain (issue 19, round 22, a new user's articles), as did "Y quoted the
    president as saying" where no one known is the president: words a frame gives as another's
    are that person's when the draft knows them, else the relayer's, and a guess either way."""
    assert _thirteenth(paragraph, words) == [(speakers, True)]


def test_reported_speech_before_a_citing_frame_is_its_own_statement() -> None:
    """ "Y said the talks went well, citing remarks by X that "…"" kept Y's own words only in
    the quotation's frame (issue 19, round 22): they are a statement of Y's, certain."""
    paragraph = (
        "Tavares said the talks went well, citing remarks by Prime Minister Navarro that "
        "\u201cthe deal is done.\u201d"
    )
    assert _thirteenth(paragraph, "talks went well") == [(("rui-tavares",), False)]


@pytest.mark.parametrize(
    ("paragraph", "words", "speakers"),
    [
        ("Tavares was asked by Navarro: \u201cIs the deal done?\u201d", "Is the deal done?",
         [(("lucia-navarro",), False)]),
        ("\u201cNot this year,\u201d Navarro was told by Tavares.", "Not this year",
         [(("rui-tavares",), False)]),
        ("Navarro was told by Tavares that the deal would wait.", "deal would wait",
         [(("rui-tavares",), False)]),
        ("\u201cNot this year,\u201d Navarro was told.", "Not this year", []),
    ],
)  # fmt: skip
def test_a_passive_speech_verb_s_speaker_is_its_agent(
    paragraph: str, words: str, speakers: list[tuple[tuple[str, ...], bool]]
) -> None:
    """ "X was asked by Y: "…"" and ""…," X was told by Y." gave the words to X, certain (issue
    19, round 22): the subject of a passive verb of speech hears the words; the one after "by"
    says them, and without "by" no one named does."""
    assert _thirteenth(paragraph, words) == speakers


def test_a_review_item_quotes_its_whole_sentence() -> None:
    """ "no speaker found for the quotation" cut its sentence at 60 characters, before the
    frame ("… said a Korean"), so the curator could not judge it from the item (issue 19,
    round 22): the item quotes the whole sentence, quotation and frame."""
    sentence = (
        "\u201cWe have waited for this bridge for thirty years and now it will finally come,\u201d "
        "said a Korean trader at the market."
    )
    drafted = draft_summit(f"{SEOUL_22}\n\n{sentence}\n\n{RELEASE_21}", "a.txt")
    assert any(sentence in item for item in drafted.curation.review)
    [unattributed] = [n for n in drafted.narration if n.kind == "unattributed"]
    [item] = [item for item in drafted.curation.review if sentence in item]  # by its ref, as
    assert item.startswith(f"{unattributed.ref} (paragraph ")  # `show` takes it (new user 47)


@pytest.mark.parametrize(
    "sentence",
    [
        '"It\'s the bridge we waited for," said a Korean trader at the market.',
        "\u201cIt's the bridge we waited for,\u201d said a Korean trader at the market.",
        '\u201cIt\'s the "new" bridge,\u201d said a Korean trader at the market.',
    ],
)
def test_a_review_item_holds_its_sentence_as_the_article_writes_it(sentence: str) -> None:
    """The items quoted the sentence with `repr`, which wrote a backslash before the apostrophe
    of a sentence holding straight double quotation marks too: a character the curator cannot
    find in the article."""
    drafted = draft_summit(f"{SEOUL_22}\n\n{sentence}\n\n{RELEASE_21}", "a.txt")
    assert any(item.endswith(f"'{sentence}'") or f"'{sentence}':" in item
               for item in drafted.curation.review)  # fmt: skip


@pytest.mark.parametrize(
    "paragraph",
    [
        "In Valdivia, the fisher Rosa Quispe, who sells trout on both sides of the lake, said "
        "the rules would help.",
        "At the Central Market, the trader Rosa Quispe, who sells trout on both sides of the lake, "
        "said the rules would help.",
    ],
)
def test_a_described_subject_after_an_opening_place_is_the_speaker(paragraph: str) -> None:
    """ "In Desaguadero, the merchant X, who sells fabrics on both sides of the bridge, said"
    went to the two leaders, as "both sides" (issue 19, round 22, held-out 47): after an
    opening phrase of place, ", the merchant X," is the subject, no appositive of one."""
    story = "LIMA - President Ana Cardenas met President Luis Mamani. Rosa Quispe watched."
    said = _speakers_and_guesses(f"{story}\n\n{paragraph}")
    assert [speakers for text, speakers, _ in said if "rules would help" in text] == [
        ["rosa-quispe"]
    ]


def test_a_role_noun_s_nationality_finds_its_holder_under_a_title_it_stands_for() -> None:
    """ "the Greek premier said" went to the Premier whose nationality the article never gave,
    not to the Greek Prime Minister (issue 19, round 22, held-out 54): a holder of the
    nationality the noun gives, under the title or one it stands for, comes before one whose
    nationality is unknown."""
    story = "ROME - Premier Giulia Ferrante met Greek Prime Minister Nikos Theodorou on Monday."
    said = _speakers_and_guesses(f"{story}\n\n\u201cWe agree,\u201d the Greek premier said.")
    assert said == [("We agree", ["nikos-theodorou"], False)]


def test_people_the_joint_document_names_agreeing_but_the_draft_cannot_resolve_are_reviewed() -> (
    None
):
    """ "President Kim and Prime Minister Mori agreed …" in the joint document, with a Mori the
    draft did not know, had no speakers and no review item (issue 19, round 22): titled people
    agreeing whom the draft cannot all name are the curator's, said in the review."""
    preamble = "President Tavares and Prime Minister Mori agreed to build a bridge."
    drafted = draft_summit(
        THIRTEENTH_ROUND_ARTICLE.format(paragraph="The talks went on.", preamble=preamble), "a.txt"
    )
    assert any(item.startswith("P1:") for item in drafted.curation.review)


@pytest.mark.parametrize(
    "clause",
    [
        "The Prime Minister of Bhutan thanked India for its support to the plan.",
        "The Prime Minister of the Kingdom of Bhutan thanked India for its support to the plan.",
    ],
)
def test_a_role_noun_of_a_country_is_that_country_s_holder(clause: str) -> None:
    """ "(1) The Prime Minister of Bhutan expressed …" went to the Indian Prime Minister, as
    "the Prime Minister" two people share (issue 19, round 22, held-out 53): a role noun
    followed by "of" a country is the one holder of that country."""
    story = "THIMPHU - Prime Minister of Bhutan Pema Dorji met Indian Prime Minister Arvind Rao."
    assert _clauses_drafted(story, [clause]) == [(["pema-dorji"], False)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("He also met Chairman of the Senate Aibek Tursunov on Friday.", "Aibek Tursunov",
         "Chairman of the Senate"),
        ("He will meet Premier of the State Council Wu Jianguo and leave.", "Wu Jianguo",
         "Premier of the State Council"),
        ("Minister of Foreign Affairs of the Kyrgyz Republic Asel Toktogul kyzy said so.",
         "Asel Toktogul kyzy", "Minister of Foreign Affairs of the Kyrgyz Republic"),
        ("The Minister of Foreign Affairs of Uzbekistan Bekzod Rakhimov noted the visas.",
         "Bekzod Rakhimov", "Minister of Foreign Affairs of Uzbekistan"),
        ("President of the Federation of Nepal Chambers of Commerce and Industry (FNCCI) "
         "Ram Bahadur Thapa said it helped.", "Ram Bahadur Thapa",
         "President of the Federation of Nepal Chambers of Commerce and Industry (FNCCI)"),
        ("Governor of Sfax Hedi Mabrouk is to chair a meeting.", "Hedi Mabrouk",
         "Governor of Sfax"),
        ("Vice-Minister of Energy Jorge Luis Quirós stated that it was ready.",
         "Jorge Luis Quirós", "Vice-Minister of Energy"),
        ("Lee replied so, according to Director of National Security Wi Sung-lac.",
         "Wi Sung-lac", "Director of National Security"),
        ("Prime Minister of New Zealand Tom Hale arrived.", "Tom Hale",
         "Prime Minister of New Zealand"),
        ("Director of the Port Louis Free Trade Port Ravi Ramgoolam said it was full.",
         "Ravi Ramgoolam", "Director of the Port Louis Free Trade Port"),
        ("He met the President of the United Mexican States, Ana Ruiz Solis, there.",
         "Ana Ruiz Solis", "President of the United Mexican States"),
    ],
)  # fmt: skip
def test_a_long_title_of_a_body_before_a_name_is_the_role(text: str, name: str, role: str) -> None:
    """ "Chairman of the Senate X", "Premier of the State Council Y", "Minister of Foreign
    Affairs of the Kyrgyz Republic Z" and "President of the Federation of … (FBCCI) W" left the
    person out of `people` (issue 19, round 23, held-out 55 to 62, fifteen people): a title
    followed by "of" the body or place it serves, as agencies of Central and South Asia write it,
    is the role of the name after it; the body ends at a word of an institution, an acronym in
    brackets or a place of one word, never inside the name."""
    assert _roles_drafted(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bangladesh's Commerce Minister Md. Abdul Karim Sarker said it was good.",
         "Md. Abdul Karim Sarker"),
        ("Then Finance Minister J.R. Perera spoke at the conference in 1951.", "J.R. Perera"),
    ],
)  # fmt: skip
def test_a_given_name_s_abbreviation_or_joined_initials_are_part_of_the_name(
    text: str, name: str
) -> None:
    """ "Foreign Minister Md. Tauhidul Islam" was listed as two people, "Md" and "Tauhidul
    Islam", and "J.R. Wickremasuriya" not at all (issue 19, round 23, held-out 36, 45 and 55):
    "Md." (Mohammad) is a given name written short, and initials written together are the
    name's, as the gold writes it. A Mongolian initial joined to a name ("G.Tumurbaatar") is no
    new person: it is a short form of the President Ganzorigiin Tumurbaatar named before, so
    reading it as a name gave his words to "G.Tumurbaatar" (held-out 43)."""
    assert name in _roles_drafted(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("It was signed in 2009 by then Prime Minister Ola Nordby in Oslo.", "Ola Nordby",
         "then Prime Minister"),
        ("He recalled that then Chilean President Rosa Vidal had visited in 1998.", "Rosa Vidal",
         "then Chilean President"),
        ("He cited a speech by Nepal's then Foreign Minister Hari Thapa in 1955.", "Hari Thapa",
         "Nepal's then Foreign Minister"),
    ],
)  # fmt: skip
def test_then_before_a_title_is_part_of_the_role(text: str, name: str, role: str) -> None:
    """ "then Prime Minister Tony X" was listed as "Prime Minister", "Sri Lanka's then Finance
    Minister Y" as "Finance Minister" (issue 19, round 23, held-out 55 to 61, and every gold
    that has one, nine of nine): "then" before a title says the office was held then, as the
    gold keeps it, and a holder of the past is never whom "the Prime Minister" means today."""
    assert _roles_drafted(text)[name] == role


@pytest.mark.parametrize(
    ("head", "writers"),
    [
        ("By Rosa Quispe, Associated Press", ["Rosa Quispe"]),
        ("By Liv Dahl and Aino Virta (STT)", ["Liv Dahl", "Aino Virta"]),
        ("Author: Ewa Nowak (PAP)", ["Ewa Nowak"]),
        ("Reporter: Sri Wahyuni", ["Sri Wahyuni"]),
        ("Jonas Petrauskas, ELTA", ["Jonas Petrauskas"]),
        ("Tamika Grant-Hall/Senior Observer Writer", ["Tamika Grant-Hall"]),
    ],
)  # fmt: skip
def test_a_byline_naming_its_outlet_or_with_a_colon_is_its_writers(
    head: str, writers: list[str]
) -> None:
    """ "By X, Associated Press", "By X and Y (STT)", "Author: X (PAP)", "Reporter: X", "X, ELTA"
    and "X/Senior Gleaner Writer" left their journalists out of `people` (issue 19, round 23,
    held-out 55 to 62, eleven people): an outlet after the names is no name of theirs (the
    names are read one by one), a colon may follow the credit's word, and the outlet may stand
    in brackets, in capitals after a comma or after a slash with the writer's title."""
    story = "LIMA (AFP) - Chilean President Ana Soto met Peruvian President Luis Paz."
    paragraphs = [(1, "Chile, Peru bury old rivalry"), (2, head), (3, story)]
    people = find_people(paragraphs)
    assert [p.name for p in people.values() if p.credited] == writers


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Faroe Islands Prime Minister Jógvan Joensen said so.", "Jógvan Joensen",
         "Faroe Islands Prime Minister"),
        ("Papua New Guinea Foreign Minister Kila Pato said so.", "Kila Pato",
         "Papua New Guinea Foreign Minister"),
        ("Trinidad and Tobago's Minister of Trade Asha Ramlal said so.", "Asha Ramlal",
         "Trinidad and Tobago's Minister of Trade"),
    ],
)  # fmt: skip
def test_a_country_of_several_words_before_a_title_is_the_role_s_whole(
    text: str, name: str, role: str
) -> None:
    """ "Cook Islands Prime Minister X" was listed as "Islands Prime Minister", "Papua New Guinea
    Prime Minister Y" as "Guinea Prime Minister" and "Trinidad and Tobago's Minister of Trade Z"
    as "Tobago's Minister of Trade" (issue 19, round 23, held-out 56 to 62, and nine Solomon
    Islands ministers of older sets): a country named by several words, islands, "Papua New
    Guinea", "Trinidad and Tobago", stands whole before a title as a nationality does."""
    assert _roles_drafted(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("His Danish colleague, Foreign Minister Mette Holm, stressed the need.", "Mette Holm",
         "Danish Foreign Minister"),
        ("Her Lao counterpart, Minister of Foreign Affairs H.E. Bounmy Phommachanh, agreed.",
         "Bounmy Phommachanh", "Lao Minister of Foreign Affairs"),
        ("His Czech counterpart, Czech Transport Minister Eva Horak, agreed.", "Eva Horak",
         "Czech Transport Minister"),
    ],
)  # fmt: skip
def test_a_counterpart_s_nationality_goes_with_the_title_after_it(
    text: str, name: str, role: str
) -> None:
    """ "His Norwegian colleague, Foreign Minister X," was listed as "Foreign Minister", "His Lao
    counterpart, Minister of Foreign Affairs H.E. Y," as "Minister of Foreign Affairs" (issue 19,
    round 23, held-out 56, 59 and 61, and most golds that have one, 23 of 26): the nationality
    of a counterpart or colleague set before a title is whose title it is, as the gold composes
    it; a title that names its nationality keeps its own."""
    assert _roles_drafted(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An exporter, Aum Karma Lhamo, said the road was slow.", "Karma Lhamo"),
        ("Ap Tashi Dorji, 70, said the price had dropped.", "Tashi Dorji"),
    ],
)
def test_bhutanese_terms_of_address_are_no_part_of_a_name(text: str, name: str) -> None:
    """ "Aum Dechen Wangmo" and "Aum Sonam Yangzom" were kept whole against the gold rule (issue
    19, round 23, held-out 11 and 62, three of three golds): Bhutan's Aum (a woman's) and Ap (a
    man's) are terms of address, dropped before a name of two words or more; before one word
    they stay, as the article's only name for the person."""
    assert name in _roles_drafted(text)


def test_the_president_of_the_council_of_ministers_is_a_head_of_government() -> None:
    """ "Togo's President of the Council of Ministers X" was no leader once his title was read
    whole (issue 19, round 23, held-out 20 and 55), so "the two Heads of State" found one: the
    President of the Council of Ministers heads a government (Togo's, Italy's); the president of
    any other council does not."""
    assert HEAD.search("Togo's President of the Council of Ministers")
    assert not HEAD.search("President of the Council of Elders")


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("President of the Republic of the Union of Myanmar", True),
        ("President of the Union of the Comoros", True),
        ("President of the Farmers' Union of Kenya", False),
        ("President of the European Union", False),
    ],
)
def test_a_state_called_a_union_has_a_head(role: str, head: bool) -> None:
    """ "President of the Republic of the Union of Myanmar" was no head, as a union is most
    often a body (a trade union), so the joint document's "The two leaders agreed …" found one
    leader and went to nobody, every clause of it missed (round 23, class 2). A union of a
    country named after it ("the Union of Myanmar", "the Union of the Comoros") is a state."""
    assert bool(HEAD.search(role)) is head


def test_a_speaker_named_only_after_a_clause_first_sentence_is_a_guess() -> None:
    """ "(2) The two leaders shared the view that …. President Kim expressed …" and "(3)
    President A confirmed …. Prime Minister B expressed gratitude.", with A's name half read,
    gave the whole clause to the one person a later sentence names, certain: two wrong
    attributions left unflagged (round 23, class 1). A clause whose first sentence's subject
    is not its speakers is a guess for the review."""
    article = (
        "SEOUL (Yonhap) - President Kim Min-soo held talks with Japanese Prime Minister Haruto "
        "Sato on Monday.\n\n[Joint statement _2026.3.5. Seoul]\n\n1. Climate\n\n"
        "(1) The two leaders shared the view that the forests matter. President Kim expressed "
        "Korea's intention to help.\n\n(2) President Kim stated that aid would grow. He thanked "
        "Japan.\n\n/End/"
    )
    drafted = draft(article, "a.txt")
    clauses = {c["ref"]: c["speakers"] for c in drafted["release"]["sections"][0]["clauses"]}
    assert clauses == {"1.1": ["kim-min-soo"], "1.2": ["kim-min-soo"]}
    review = drafted["curation"]["review"]
    assert any(item.startswith("1.1:") for item in review)
    assert not any(item.startswith("1.2:") for item in review)


@pytest.mark.parametrize(
    ("text", "country", "doubted"),
    [
        ("The head of the Saami Parliament Kari Lars Olsen came. Olsen spoke.", "", True),
        ("President of Norway Lars Olsen came.", "Norway", False),  # the person's country
        ("Secretary of State Lars Olsen came.", "", False),  # a state's word
        ("Foreign Minister Lars Olsen came. Lars Olsen spoke.", "", False),  # a title
        ("Lars Olsen came. In Tromsø Lars Olsen spoke.", "", False),  # written once alone
    ],
)  # fmt: skip
def test_a_name_always_after_a_capitalised_word_is_a_doubt(
    text: str, country: str, doubted: bool
) -> None:
    """ "President of the Sámi Parliament Nils Ánte Eira" listed "Ánte Eira", "Nils" taken into
    the role, and "Eira says" gave him the words certain, under a name the gold does not have
    (round 23, class 1): a name the text writes only right after a capitalised word that is no
    title, office, state or the person's country may have that word as its first."""
    people = [Found("Lars Olsen", "Minister", 1, 1, country=country)]
    assert ("Lars Olsen" in half_read_names(text, people)) is doubted


def test_an_attribution_ending_a_sentence_of_two_speakers_is_its_speaker() -> None:
    """ "Kang asked for …, and Thanakorn expressed …, Yoo said." was cut at ", and" into two
    statements, the first Kang's, certain, where the whole sentence is what the spokesperson
    Yoo said (round 23, class 5): a short attribution after the sentence's last comma is the
    speaker of all of it, a guess as another speaker is named; "X said …, while Y said …"
    without one is still cut in two."""
    article = (
        "SEOUL (Yonhap) - President Kang Min-jun held talks with Thai Prime Minister Thanakorn "
        "Srisuwan on Monday, presidential spokesperson Yoo Seung-ho said.\n\n"
        "Kang asked for Thailand's support, and Thanakorn expressed his support for Seoul's "
        "efforts, Yoo said.\n\nKang said trade matters, while Thanakorn said rice matters.\n\n"
        "[Joint statement _2026.3.5. Seoul]\n\n1. Grid\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft(article, "a.txt")
    said = [(s["ref"], s["text"][:12], s["speakers"]) for s in drafted["statements"]]
    assert said[1:] == [
        ("S2", "Kang asked f", ["yoo-seung-ho"]),
        ("S3", "Kang said tr", ["kang-min-jun"]),
        ("S4", "while Thanak", ["thanakorn-srisuwan"]),
    ]
    assert any(item.startswith("S2:") for item in drafted["curation"]["review"])


@pytest.mark.parametrize(
    ("untitled", "certain"),
    [(True, False), (False, True)],
)  # fmt: skip
def test_a_role_held_while_someone_is_untitled_is_a_guess(untitled: bool, certain: bool) -> None:
    """ "…," the Chinese leader said went to the Chinese Premier, certain, where the speaker was
    the President, whose title the rules did not read (round 23, class 5): while the article
    names someone whose role is not known, the one holder of a role noun is a guess."""
    people = {
        "sun-wei": Found("Sun Wei", "Chinese Premier", 1, 1, country="Chinese"),
        "zhao-ming": Found("Zhao Ming", PLACEHOLDER if untitled else "Trade Envoy", 1, 1),
    }
    assert _speaker(Resolver(people), "the Chinese leader said") == (["Sun Wei"], certain)


def test_the_thanks_closing_a_joint_document_are_its_speaker_s() -> None:
    """A joint document often closes, after its last clause, with the visitor's thanks
    ("President X expressed his gratitude to President Y and the people of Z for the warm
    hospitality"): neither section nor clause, it was narration and its speaker missed in six
    articles (round 23, class 3). It is a statement of the release, its subject's words; a
    closing line with no speaker stays narration; both stay review items."""
    article = (
        "SEOUL (Yonhap) - President Kim Min-soo held talks with Japanese Prime Minister Haruto "
        "Sato on Monday.\n\n[Joint statement _2026.3.5. Tokyo]\n\n1. Trade\n\n(1) Agreed.\n\n"
        "President Kim expressed his gratitude to Prime Minister Sato and the people of Japan "
        "for the warm hospitality.\n\nDone in two copies.\n\n/End/"
    )
    drafted = draft(article, "a.txt")
    said = [(s["text"][:24], s["speakers"], s["provenance"]["part"]) for s in drafted["statements"]]
    assert said == [("President Kim expressed ", ["kim-min-soo"], "release")]
    assert [n["text"] for n in drafted["narration"] if n["provenance"]["part"] == "release"] == [
        "Done in two copies.",
        "/End/",
    ]
    assert sum("neither section nor clause" in item for item in drafted["curation"]["review"]) == 2
    assert article_problems(draft_summit(article, "a.txt"), "a.txt", article) == []


JOINT_STORY_23 = (
    "VIENTIANE - Thai Prime Minister Anan Chaiyo held talks with Lao President Somsak Phomma on "
    "Monday."
)


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        ("The two leaders strongly condemned all forms of terrorism.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The Lao Side welcomed the export of Thai rice.", ["somsak-phomma"]),
        ("The Chancellor and the Prime Minister agreed to meet again.",  # no Chancellor named
         ["anan-chaiyo", "somsak-phomma"]),
        ("The President of Laos undertook to reopen the bridge.", ["somsak-phomma"]),
        ("The President of Laos invited the Prime Minister to visit Luang Prabang.",
         ["somsak-phomma"]),
        ("The President of Laos accepted the invitation to return in 2027.", ["somsak-phomma"]),
        ("The Republic of Laos undertook to build the road.", ["somsak-phomma"]),
    ],
)  # fmt: skip
def test_joint_document_subjects_of_round_23(clause: str, speakers: list[str]) -> None:
    """The joint documents of held-out 55 to 62 name their parties in ways the rules missed,
    and each clause went to nobody (round 23, class 2): an adverb before the parties' verb
    ("The two leaders strongly condemned"), a side with a capital ("The Chinese Side
    welcomed"), two titles alone ("The Chancellor and the Prime Minister agreed"), a leader's
    title of a country ("The Prime Minister of Fiji undertook"), a state by name ("The
    Republic of Palau undertook"), and the verbs of an
    invitation ("invited … to visit", "accepted the invitation"). Each names the leaders it
    means, a guess for the review."""
    release = f"[Joint statement _2026.3.5. Vientiane]\n\n1. Trade\n\n(1) {clause}\n\n/End/"
    assert _speakers_and_guesses(JOINT_STORY_23, release) == [(clause, speakers, True)]


@pytest.mark.parametrize(
    "clause",
    [
        "Berg points out that the line is safe",
        "Berg commended Sweden's role",
        "Berg condemned the attack on the pipeline",
        "Berg appealed to the government to act",
        "\u201cThe line is safe,\u201d Berg analysed.",
    ],
)
def test_speech_verbs_of_round_23(clause: str) -> None:
    """Verbs the writers of held-out 55 to 62 report speech with and the rules lacked (round
    23, class 3): a present "points out that", "commended", "condemned", "appealed to", an
    analyst's "analysed"."""
    people = {"ingrid-berg": Found("Ingrid Berg", "Energy Minister", 1, 1)}
    assert _speaker(Resolver(people), clause) == (["Ingrid Berg"], True)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("said Ana Ruiz, 52, a farmer near Cusco, speaking by telephone.", (["Ana Ruiz"], True)),
        ("For the economist Ana Ruiz, of the Andean Institute, the deal is fair.",
         (["Ana Ruiz"], False)),  # a view with no verb: a guess
    ],
)  # fmt: skip
def test_a_speaker_after_an_age_a_description_or_before_a_view(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """ "…," said X, 52, a farmer near Y, speaking by telephone. and "For the political
    scientist X, of …, the visit reflects …" went to nobody (round 23, class 4): a closing
    participle of how one spoke is an aside, and a view "For …," may name its holder after a
    description."""
    people = {"ana-ruiz": Found("Ana Ruiz", "farmer", 1, 2)}
    assert _speaker(Resolver(people), clause) == expected


# Round 24, SPEAKERS


def test_a_portfolio_ending_in_technology_is_no_one_word_name() -> None:
    """ "X, Minister of Transport, Communications and Information Technology, said" made a
    person "Technology", by the title before it, and gave the minister's words to them for
    certain (round 24, class 1, the one unflagged wrong of held-out 63 to 70): the last word of
    a portfolio ("Information Technology") is no name."""
    story = (
        "ALOTAU - Prime Minister Anan Chaiyo met President Somsak Phomma.\n\n"
        "Eng. Tomas Rivera Lunde, Minister of Ports, Posts and Information Technology, said the "
        "new line would open in May."
    )
    assert _speakers_and_guesses(story)[0][1] == ["tomas-rivera-lunde"]
    people = draft(f"{story}\n\n{RELEASE_21}", "a.txt")["people"]
    assert "technology" not in [person["id"] for person in people]


@pytest.mark.parametrize(
    ("story", "document_style", "leaders"),
    [
        ("Interim President Amadou Keita received President Paul Zongo of Costa Rica.",
         "At the invitation of His Excellency General Amadou Keita, President of the Transition, "
         "Head of State of the Republic of Mali, His Excellency Colonel Paul Zongo, President of "
         "Costa Rica, Head of State, visited Bamako.",
         ["amadou-keita", "paul-zongo"]),
        ("President Ade Bello received General Sani Musa at the State House.",
         "At the invitation of His Excellency Ade Bello, President of the Federal Republic of "
         "Nigeria, His Excellency General Sani Musa, President of the Republic of Niger, Head of "
         "State, visited Abuja.",
         ["ade-bello", "sani-musa"]),
        ("Egyptian President Samir Fawzy received the head of Libya's Presidential Council, Omar "
         "al-Zawi. His Libyan counterpart, Huda Ben Ali, said little.",
         "At the invitation of His Excellency President Samir Fawzy, His Excellency Omar al-Zawi, "
         "Chairman of the Presidential Council of the State of Libya, visited Cairo.",
         ["samir-fawzy", "omar-al-zawi"]),
        ("Prime Minister Dr. Amal Haddad and His Royal Highness Prince Faris bin Nayef Al Rashid, "
         "Crown Prince and Prime Minister of the Kingdom of Saudi Arabia, chaired the council. "
         "Foreign Minister Hani Saleh met his Saudi counterpart, Prince Talal bin Ziyad.",
         "The council was chaired by the two Prime Ministers.",
         ["amal-haddad", "faris-bin-nayef-al-rashid"]),
        ("The Moroccan-Tunisian High Joint Commission, co-chaired by Head of Government Karim "
         "Tazi and Prime Minister of the Republic of Tunisia Ali Benali, met in Rabat.",
         "The Commission met in Rabat.",
         ["karim-tazi", "ali-benali"]),
    ],
)  # fmt: skip
def test_the_two_heads_of_state_are_the_leaders_a_long_style_or_a_council_names(
    story: str, document_style: str, leaders: list[str]
) -> None:
    """ "The two Heads of State" of held-out 63 to 70 went to a country ("Burkina Faso", of
    "President of Burkina Faso, Head of State,"), a commission, a foreign minister
    "counterpart" or a ruler found by his rank alone (round 24, class 2): "His Excellency
    General X" is X; a country's name is no person, nor a commission; the head of a
    Presidential Council heads the state; a Crown Prince and Prime Minister "of the Kingdom of
    Y" is one; and a ruler the story calls "General X" whom the document styles a head of state
    is a leader."""
    release = (
        f"[Joint communiqué _2026.5.20. Bamako]\n\n{document_style}\n\n"
        "The two Heads of State reaffirmed their commitment to the region.\n\n/End/"
    )
    drafted = draft(f"{story}\n\n{release}", "a.txt")
    said = [p["speakers"] for p in drafted["release"]["preamble"] if p.get("speakers")]
    assert said == [leaders]


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        ("The two Chancellors stressed that the tunnel must be finished.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The two sides recognised the burden of lorries on the valley.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("They shared the view that the river unites the two peoples.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The Presidents recognized the principle of shared responsibility.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The two Presidents encouraged their private sectors to invest.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The Presidents supported the laying of a cable under the river.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The two leaders looked forward to an early code of conduct.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The Lao party expressed its appreciation for the Thai position.", ["somsak-phomma"]),
        ("The President of Laos extended an invitation to the Prime Minister to visit.",
         ["somsak-phomma"]),
    ],
)  # fmt: skip
def test_joint_document_verbs_of_round_24(clause: str, speakers: list[str]) -> None:
    """The joint documents of held-out 63 to 70 give the parties' words with verbs and subjects
    the rules lacked, and each clause went to nobody (round 24, class 2): "The two
    Chancellors", "The Moroccan party", what they recognised, the view they shared, what they
    supported, encouraged or looked forward to, an invitation extended. Each names the leaders
    it means, a guess for the review."""
    release = f"[Joint statement _2026.3.5. Vientiane]\n\n1. Trade\n\n(1) {clause}\n\n/End/"
    assert _speakers_and_guesses(JOINT_STORY_23, release) == [(clause, speakers, True)]


def test_a_view_a_joint_press_release_records_is_its_own() -> None:
    """A joint press release is the governments' account of the talks: what its leaders
    "shared the view" of or "recognized" is its own report, as the bundled source has it, while
    a joint statement, declaration or communiqué speaks in the leaders' voice (round 24)."""
    clause = "The two leaders shared the view that the river unites the two peoples."
    release = f"[Joint press release _2026.3.5. Vientiane]\n\n1. Trade\n\n(1) {clause}\n\n/End/"
    assert _speakers_and_guesses(JOINT_STORY_23, release) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Professor Lina Haddad of Marmara University in Bursa said the talks went well.",
         "lina-haddad"),
        ("Prof Omar Faruk Siddiq of Rajshahi University's economics department said the talks "
         "went well.", "omar-faruk-siddiq"),
    ],
)  # fmt: skip
def test_a_scholar_of_a_body_s_department_or_town_speaks(sentence: str, speaker: str) -> None:
    """ "Professor X of Y University in Z said" and "Prof X of Y University's international
    relations department said" made no person, and the words went to nobody or to another
    scholar (round 24, class 3): a department of the body and its town go on with the body the
    speaker is of."""
    story = f"ALOTAU - Prime Minister Anan Chaiyo met President Somsak Phomma.\n\n{sentence}"
    assert [said[1] for said in _speakers_and_guesses(story)][:1] == [[speaker]]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the academic said.", (["Rosa Quill"], False)),
        ("evaluated the professor.", (["Luis Mora"], False)),
        ("the general said.", (["Sani Musa"], False)),
        ("the Liberian Foreign Minister said.", (["Ama Kollie"], True)),
        ("Kollie conveyed that the visit was a success", (["Ama Kollie"], True)),
    ],
)
def test_a_role_noun_after_a_quotation_names_its_speaker(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """Quotations framed after them by a role noun went to nobody (round 24, class 4): "the
    academic said" of a scholar, "the general said" of a ruler called by his rank, "evaluated
    the professor", "the Liberian Foreign Minister said" of a Minister for Foreign Affairs
    (certain where the nationality names one), and "conveyed that"."""
    people = {
        "rosa-quill": Found("Rosa Quill", "political scientist at the Andean University", 1, 2),
        "luis-mora": Found("Luis Mora", "professor of economics", 1, 2),
        "sani-musa": Found("Sani Musa", "General", 1, 3),
        "ama-kollie": Found("Ama Kollie", "Liberian Minister for Foreign Affairs", 1, 1, "Liberia"),
        "kofi-boateng": Found("Kofi Boateng", "Minister for Foreign Affairs", 1, 1),
        "bo-chan": Found("Bo Chan", "Secretary-General", 1, 1),
    }
    assert _speaker(Resolver(people), clause) == expected


def test_according_to_a_name_and_a_description_closing_a_sentence_names_the_speaker() -> None:
    """ "…, according to X, senior secretary for economic affairs." went to nobody (round 24,
    class 5): a description or a relative clause after the name closes the attribution."""
    story = (
        "ALOTAU - Prime Minister Anan Chaiyo met President Somsak Phomma.\n\n"
        "Presidential secretary Mina Park briefed reporters.\n\n"
        "The two sides will start talks this year, according to Mina Park, senior secretary for "
        "economic affairs."
    )
    assert [said[1] for said in _speakers_and_guesses(story)] == [["mina-park"]]


# Round 24, NAMES AND ROLES


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("Chilean President Ana Vidal signed the accord with Peruvian counterpart Luis Soto "
         "in Lima.", "Luis Soto", "Peruvian President"),
        ("Prime Minister Tom Hale signed it with Tongan counterpart Lord Sione Fifita in "
         "Nuku'alofa.", "Sione Fifita", "Tongan Prime Minister"),
    ],
)  # fmt: skip
def test_a_counterpart_with_no_possessive_is_the_owner_s_office(
    paragraphs: str, name: str, role: str
) -> None:
    """ "signed the agreement with Fijian counterpart Ratu X" left X out of `people`, and the
    release's "Prime Minister X" made a person of the family name alone, so that each of his
    statements went to a name cut short (round 24, held-out 64, eight statements): a nationality
    and "counterpart" after "with" name a counterpart as "his Fijian counterpart" does."""
    assert _roles_drafted(paragraphs).get(name) == role


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("Minister for Pacific Peoples Hemi Walker, who travelled with him, said it would grow.",
         "Hemi Walker", "Minister for Pacific Peoples"),
        ("Minister of Foreign Affairs, Regional Cooperation and Gambian Expatriates Awa Sarr "
         "indicated that a committee will meet.", "Awa Sarr",
         "Minister of Foreign Affairs, Regional Cooperation and Gambian Expatriates"),
        ("She is accompanied by Kenya's Minister for Blue Economy and Fisheries, Amina Odhiambo, "
         "and others.", "Amina Odhiambo", "Kenya's Minister for Blue Economy and Fisheries"),
        ("Minister of Transport, Communications and Information Technology Salim Al Harthy "
         "said the line is long.", "Salim Al Harthy",
         "Minister of Transport, Communications and Information Technology"),
    ],
)  # fmt: skip
def test_the_last_word_of_a_long_portfolio_is_no_name_s(
    paragraphs: str, name: str, role: str
) -> None:
    """ "Minister for Pacific Peoples X" was listed as "Peoples X", "… and Moroccan Expatriates
    Y" as "Expatriates Y", and "Minister for Blue Economy …, Z," gave a person "Economy" (round
    24, held-out 63, 64 and 68): "Peoples", "Expatriates", "Economy" and "Technology" end a
    portfolio and start no name."""
    assert _roles_drafted(paragraphs) == {name: role}


def test_hajji_is_a_title_of_address() -> None:
    """ "Hajji X Y" kept the title in the name, which no gold writes (round 24, held-out 64):
    the East African spelling of Haji is a title of address as Haji is, some writers' to keep,
    so that an attribution by the full name after it stays a guess."""
    story = "Hajji Musa Kato, who imports sugar from Mombasa, said the checks were many."
    assert list(_roles_drafted(story)) == ["Musa Kato"]
    said = _speakers_and_guesses(story)
    assert said and all(speakers == ["musa-kato"] for _, speakers, _ in said)


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("He will visit Oshakati, the Namibian presidency's press secretary Ndapewa Shilongo "
         "said.", "Ndapewa Shilongo", "Namibian presidency's press secretary"),
        ("Industry body ABCD's president Ravi Kumar Shah said firms were keen.",
         "Ravi Kumar Shah", "ABCD's president"),
        ("Gabonese President Paul Ella hosted Central African President Jean Ngaba at the "
         "palace.", "Jean Ngaba", "Central African President"),
    ],
)  # fmt: skip
def test_a_possessive_or_a_nationality_of_two_words_stays_in_the_role(
    paragraphs: str, name: str, role: str
) -> None:
    """ "the Namibian presidency's press secretary X" was listed as "s press secretary",
    "FICCI's president Y" as "s president", and "Central African President Z" as "African
    President" (round 24, held-out 67 and 70): a role never starts inside a possessive, which
    is the role's owner, and "Central African" is a nationality of two words."""
    assert _roles_drafted(paragraphs).get(name) == role


@pytest.mark.parametrize(
    ("head", "tail", "writers"),
    [
        ("Tiago Ramos - Reporter for Radio Norte", "", ["Tiago Ramos"]),
        ("By Paul Mbarga Associated Press", "", ["Paul Mbarga"]),
        ("", "Written by: Siri Holm / NTB", ["Siri Holm"]),
        ("", "Edition: Rui Costa", ["Rui Costa"]),
        ("", "To contact the reporter on this story: Ona Jankute in Riga", ["Ona Jankute"]),
        ("", "With Pablo Rojas in Lima", ["Pablo Rojas"]),
        ("", "By Lea Martin, with Jan Smets in Ghent", ["Lea Martin", "Jan Smets"]),
        ("", "Reporter: Budi Santoso\nEditor: Dewi Lestari", ["Budi Santoso", "Dewi Lestari"]),
        ("", "Karma Wangchuk", ["Karma Wangchuk"]),
    ],
)  # fmt: skip
def test_a_credit_at_the_story_s_end_or_naming_its_outlet_is_its_writers(
    head: str, tail: str, writers: list[str]
) -> None:
    """ "Written by: X / NTB", "Edition: X", "To contact the reporter on this story: X in Y",
    "With X in Y", "By X, with Y in Z", "Reporter: X" over "Editor: Y", and a name alone at the
    story's end left their journalists out of `people`, as did "X - Reporter for Y" and "By X
    Associated Press" in the head (round 24, class 3: held-out 63 to 70, thirteen people): a
    credit ends a story as a byline opens it, each line of a paragraph is read alone, and an
    agency after a name is no part of it."""
    story = "LIMA (AFP) - Chilean President Ana Soto met Peruvian President Luis Paz."
    paragraphs = [(1, "Chile, Peru bury old rivalry"), (2, head or "Lima"), (3, story)]
    paragraphs += [(4, "Soto flew home."), (5, tail or "Paz stayed."), (6, "Full text below:")]
    people = find_people(paragraphs, release=7)
    assert [p.name for p in people.values() if p.credited] == writers


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("He dined with Somchai's wife, Khunying Malee Srisuk.", "Malee Srisuk",
         "Somchai's wife"),
        ("The Prime Minister, who is accompanied by his spouse, Sita Rai, will visit Paro.",
         "Sita Rai", "spouse"),
        ("Duval recalled that his own grandfather, Henri Duval, had worked in the mines.",
         "Henri Duval", "grandfather"),
        ("President Lee Jun-ho and Lee's wife Park Mi-ran laid a wreath.", "Park Mi-ran",
         "Lee's wife"),
        ("First Lady Amai Grace Moyo and her Zambian counterpart toured a clinic.", "Grace Moyo",
         "First Lady"),
        ("He called on Governor-General Grand Chief Sir John Kuri at Government House.",
         "John Kuri", "Governor-General"),
        ("The delegation included Serigne Modou Diop, a dignitary of the Mouride brotherhood.",
         "Modou Diop", "dignitary of the Mouride brotherhood"),
    ],
)  # fmt: skip
def test_a_style_or_a_relative_before_a_name_is_a_silent_person(
    paragraphs: str, name: str, role: str
) -> None:
    """ "Pichai's wife, Khunying X", "his spouse, Y", "his own grandfather, Z", "First Lady Amai
    W", "Governor-General Grand Chief Sir V" and "Serigne U, a dignitary" were not listed, or
    listed with the style in the name or the role (round 24, class 3: held-out 63 to 70, six
    people): Thai Khunying, Shona Amai, Papua New Guinea's Grand Chief and Wolof Serigne are
    titles of address, and a relative may be a possessive's ("Lee's wife") or one's own."""
    assert _roles_drafted(paragraphs).get(name) == role


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("Angolan President Joao Dias arrived.\n\nDias was accompanied by his wife, Luzia Dias, "
         "and will visit Oshakati.", "Luzia Dias", "wife of the Angolan President"),
        ("Brazil's President Luis Paz arrived.\n\nPaz and his wife Rosa Vidal laid a wreath.",
         "Rosa Vidal", "wife of Brazil's President"),
        ("Fisherman Jose Lima, 60, and his wife Ana Lima sell fish.", "Ana Lima", "wife"),
        ("First Lady of Azerbaijan Leyla Aliyeva and spouse of the President of Kazakhstan Sara "
         "Nurova visited the museum.", "Sara Nurova", "spouse of the President of Kazakhstan"),
        ("He met the wife of President Peter Banda.", "Peter Banda", "President"),
        ("President Ali Moyo hosted his Zambian counterpart, President Peter Banda.\n\nFirst "
         "Lady Grace Moyo and her Zambian counterpart, Mrs Ruth Banda, toured a clinic.",
         "Ruth Banda", "Zambian First Lady"),
    ],
)  # fmt: skip
def test_a_relative_of_an_office_holder_is_named_by_the_office_never_given_it(
    paragraphs: str, name: str, role: str
) -> None:
    """ "his wife, X" was listed as "wife", "spouse of the President of Kazakhstan Y" as
    "President of Kazakhstan", and "her Mozambican counterpart, Mrs Z" (the First Lady's) as
    "Mozambican President", the title of the counterpart named before her with the same family
    name (round 24, class 4: held-out 63 to 70, eleven people): a relative of an office holder
    is named by the office ("wife of the Angolan President", a composed role the review lists,
    as most gold labels of fresh sets write it), a title after "spouse of the" is the
    relative's, and a counterpart is found by their full name first."""
    assert _roles_drafted(paragraphs).get(name) == role


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("Professor Ayla Demir of Ankara University in Ankara said relations were good.",
         "Ayla Demir", "professor of Ankara University"),
        ("Prof Rafiq Khan of Rajshahi University's history department said it helped.",
         "Rafiq Khan", "professor of Rajshahi University's history department"),
        ("Associate Professor Ayla Demir of Ankara University said relations were good.",
         "Ayla Demir", "associate professor of Ankara University"),
        ("Malaysia's Minister of Migrant Worker Protection Budi Rahman said it was welcome.",
         "Budi Rahman", "Malaysia's Minister of Migrant Worker Protection"),  # as held-out 63's
        # gold gives it, the country's possessive and all (round 36)
    ],
)  # fmt: skip
def test_a_professor_of_a_body_and_a_protection_portfolio_name_a_speaker(
    paragraphs: str, name: str, role: str
) -> None:
    """ "Professor X of Trakya University said" and "Prof Y of Dhaka University's international
    relations department said" left the scholar out of `people` and their words to nobody or to
    the speaker before, and "Minister of Migrant Worker Protection Z said" left the minister out
    (round 24, held-out 63, 65 and 69, ten statements): a professor's title before a name and a
    body after it is a role, and "Protection" ends a portfolio."""
    assert _roles_drafted(paragraphs).get(name) == role
    assert _speakers_and_guesses(paragraphs)[0][1] == [name.lower().replace(" ", "-")]


@pytest.mark.parametrize(
    ("paragraphs", "people"),
    [
        ("His Excellency Captain Ali Traore, President of Burkina Faso, Head of State, made a "
         "visit.", {"Ali Traore": "President of Burkina Faso"}),
        ("The Senegal-Gambia High Joint Commission, co-chaired by Prime Minister Ali Diop, met.",
         {"Ali Diop": "Prime Minister"}),
        ("Lars Holm, spokesman for the opposition Danish People's Party, called it a gift.",
         {"Lars Holm": "spokesman for the opposition Danish People's Party"}),
    ],
)  # fmt: skip
def test_a_country_or_a_body_is_no_person(paragraphs: str, people: dict[str, str]) -> None:
    """ "…, President of Burkina Faso, Head of State," made a person "Burkina Faso", "the
    Morocco-Senegal High Joint Commission, co-chaired by …" one of the commission, and "Danish
    People's Party" one "Danish People", each then given the joint document's or a spokesman's
    words (round 24, held-out 64 and 68: seventeen statements): a commission, "Faso" and
    "People" end no name."""
    assert _roles_drafted(paragraphs) == people


def test_a_word_before_then_is_no_part_of_a_role() -> None:
    """ "…, when then prime minister X met …" was listed as "when then prime minister" (round 24,
    held-out 63): the words of the sentence before "then" are not the role's, as before
    "former" and "late"."""
    paragraphs = "He came in 2019, when then prime minister Ola Berg met leaders."
    assert _roles_drafted(paragraphs) == {"Ola Berg": "then prime minister"}


# Round 25, NAMES AND ROLES


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("The last visit was in 2015, by then-President Tomas Arbelo Quint, whose government "
         "signed the first accord.", "Tomas Arbelo Quint", "then-President"),
        ("Ruiz and Chilean President Ana Berg Toro signed the accords.", "Ana Berg Toro",
         "Chilean President"),
        ("Diallo and Cape Verde's Prime Minister Rui Lopes Tavares met.", "Rui Lopes Tavares",
         "Cape Verde's Prime Minister"),
        ("He met the Peruvian consul in Arica, Marta Quispe Rojas, who did not speak.",
         "Marta Quispe Rojas", "Peruvian consul in Arica"),
        ("He also met Sejm Speaker Piotr Lasek and laid a wreath.", "Piotr Lasek",
         "Sejm Speaker"),
        ("Minister of Foreign Affairs and Trade Senator Dr Ana Forde said it was fair.",
         "Ana Forde", "Minister of Foreign Affairs and Trade"),
        ('"It is fair," said Foreign Affairs Minister Senator Ana Forde.', "Ana Forde",
         "Foreign Affairs Minister"),
    ],
)  # fmt: skip
def test_a_title_is_read_whole_and_only_the_holders(paragraphs: str, name: str, role: str) -> None:
    """ "then-President X" left X out of `people` (the hyphen hid the title), "Y and Iraqi Prime
    Minister Z" was listed as "Y and Iraqi Prime Minister" (read like "Mines and Energy
    Minister"), "Cape Verde's Prime Minister" as "Verde's Prime Minister", a consul and a
    legislature's Speaker were not listed, and a minister addressed as "Senator" kept the word
    in the role (round 25, held-out 71 to 78, fourteen people): a former holder after "then-", a
    title after a name and "and" no minister's portfolio, "Cape" a nationality's first word,
    "consul" and "Speaker" roles, and "Senator" after an office the name's title of address."""
    assert _roles_drafted(paragraphs).get(name) == role


def test_a_minister_addressed_as_senator_is_still_found_by_that_title() -> None:
    """Once the role dropped the "Senator" of "Foreign Affairs Minister Senator X", "Senator
    Forde explained" found nobody and "said Foreign Affairs Minister Senator Ana Forde" missed
    its speaker: the titles the article writes stay the person's, to find them by."""
    paragraphs = (
        "Minister of Foreign Affairs and Trade Senator Dr Ana Forde spoke.\n\n"
        '"Fish must stay," Senator Forde explained.\n\n'
        '"It is fair," said Foreign Affairs Minister Senator Ana Forde.'
    )
    assert [s[1] for s in _speakers_and_guesses(paragraphs)] == [["ana-forde"], ["ana-forde"]]


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("A Baltic politics lecturer at Tartu University, Dr Mari Kask, said it mattered.",
         "Mari Kask", "Baltic politics lecturer at Tartu University"),
        ("Senior lecturer in economics at the National University (NU), Dr Lea Moro, said so.",
         "Lea Moro", "Senior lecturer in economics at the National University (NU)"),
        ("Political science lecturer at the University of Banjul, Ousman Jallow, said so.",
         "Ousman Jallow", "Political science lecturer at the University of Banjul"),
        ("Imre Szabo, the MP of the Hungarian minority in the National Assembly, welcomed it.",
         "Imre Szabo", "MP of the Hungarian minority in the National Assembly"),
    ],
)  # fmt: skip
def test_a_scholar_described_first_and_an_mp_after_a_name_have_roles(
    paragraphs: str, name: str, role: str
) -> None:
    """A scholar described at a sentence's start with no "the" ("Political science lecturer at
    the University of X, Y, said") or after "A" with a capitalised field, and an MP described
    after the name ("X, the MP of Y,") were listed with no role (round 25, held-out 71 to 78,
    four people): the description is the role, as the article writes it. ("X, an MP from Y,"
    is left: its role makes a guess elsewhere certain, held-out 11's "absurd".)"""
    assert _roles_drafted(paragraphs).get(name) == role


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("WRITER: Suda Wongsa", {"Suda Wongsa": "writer"}),
        ("By Ana Costa | June 10, 2026", {"Ana Costa": "reporter"}),
        ("By Paul Mensah Jr., paul.mensah@example.com", {"Paul Mensah Jr.": "reporter"}),
        ("By Neema Juma in Arusha and Eric Habimana in Kigali",
         {"Neema Juma": "reporter", "Eric Habimana": "reporter"}),
        ("By Pacific affairs reporter Losa Tuilagi", {"Losa Tuilagi": "reporter"}),
        ("BAKU, Azerbaijan, May 21. By Leyla Hasanova", {"Leyla Hasanova": "reporter"}),
        ("Vesna Ilic | Podgorica | BIRN | April 14, 2026", {"Vesna Ilic": "reporter"}),
        ("Aminata Kamara: Freetown Daily: 12 June 2026:", {"Aminata Kamara": "reporter"}),
        ("(Photos: Jean Labiche)", {"Jean Labiche": "photographer"}),
        ("Photo: Supplied / Government", {}),
    ],
)  # fmt: skip
def test_credits_of_more_forms_name_their_journalists(byline: str, people: dict[str, str]) -> None:
    """A byline in capitals ("WRITER: X"), before a date after a bar, before an e-mail address,
    after a dateline, with a desk's words before the name ("By Pacific affairs reporter X"),
    two names each with a place, a bar-separated or colon-separated credit line, and a photo
    credit in brackets left the journalist out of `people` (round 25, held-out 71 to 78, ten
    people): each is a credit, silent."""
    paragraphs = f"Leaders meet in the capital\n\n{byline}\n\nPresident Ana Berg said it went well."
    drafted = _roles_drafted(paragraphs)
    assert {name: role for name, role in drafted.items() if name != "Ana Berg"} == people


@pytest.mark.parametrize(
    ("credit", "people"),
    [
        ("Text: Suda Wongsa; Photo: Eric Habimana / Lakewire",
         {"Suda Wongsa": "writer", "Eric Habimana": "photographer"}),
        ("Text: Suda Wongsa \u2013 Photo: Eric Habimana (LNA)",
         {"Suda Wongsa": "writer", "Eric Habimana": "photographer"}),
        ("Text: Suda Wongsa; Editing: Eric Habimana",
         {"Suda Wongsa": "writer", "Eric Habimana": "editor"}),
        ("Text: Supplied; Photo: Government", {}),
    ],
)  # fmt: skip
def test_a_credit_line_of_labelled_parts_names_its_silent_journalists(
    credit: str, people: dict[str, str]
) -> None:
    """A credit line at the story's end made of labelled parts ("Text: X; Photo: Y", "Text: X
    \u2013 Photo: Y (AGENCY)", "Text: X; Editing: Y") left its journalists out of `people`
    (held-out 117 and 167 to 174: four people): each part's label gives the role, silent."""
    paragraphs = f"Leaders meet in the capital\n\nPresident Ana Berg said it went well.\n\n{credit}"
    drafted = _roles_drafted(paragraphs)
    assert {name: role for name, role in drafted.items() if name != "Ana Berg"} == people


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("BANJUL - The President of the Republic, Mr. Ebrima Ceesay, received the envoy.",
         "Ebrima Ceesay", "President of the Republic"),
        ("Minister of Foreign Affairs, International Cooperation and Nationals Abroad Dr Awa "
         "Touray said it was good.", "Awa Touray",
         "Minister of Foreign Affairs, International Cooperation and Nationals Abroad"),
    ],
)  # fmt: skip
def test_a_dateline_is_no_part_of_a_role_nor_abroad_a_name(
    paragraphs: str, name: str, role: str
) -> None:
    """ "ALGIERS - The President of the Republic, X," was listed as "ALGIERS - The President of
    the Republic", and "Minister of …, International Cooperation and Gambians Abroad Dr Y" as
    "International Cooperation and Gambians Abroad" (round 25, held-out 75): a dateline before
    a dash starts no role, and "Abroad" ends a portfolio."""
    assert _roles_drafted(paragraphs).get(name) == role


# Round 25, SPEAKERS


@pytest.mark.parametrize(
    ("story", "said", "speaker"),
    [
        ("He said the money would pay for the Nauru Police, a new radio network and two boats.",
         "Nauru welcomed the support.", "lionel-adeang"),
        ("Aid will reach the Samoa Army, a coast guard unit and the fire service.",
         "Samoa welcomed the support.", "lionel-adeang"),
    ],
)  # fmt: skip
def test_a_force_listed_before_a_description_is_no_person(
    story: str, said: str, speaker: str
) -> None:
    """ "the Tonga Police, a new forensic laboratory and …" made a person "Tonga Police", whose
    first word then took "(3) Tonga welcomed …" for certain (round 25, the unflagged wrong of
    held-out 73): a police force, an army, a navy or forces end no person's name, and a country
    welcoming is its leader's, a guess."""
    head = "YAREN - Prime Minister Lionel Adeang of Nauru met Australian Prime Minister Ruth Gale."
    article = f"{head}\n\n{story}\n\n{said}"
    assert all(not name.endswith(("Police", "Army")) for name in _roles_drafted(article))
    for text, speakers, guessed in _speakers_and_guesses(article):
        if text == said:
            assert speakers == [speaker] or guessed


def test_a_view_s_frame_gives_the_whole_sentence_to_the_one_whose_view_it_is() -> None:
    """ "In his view, X needed results …, while Y wanted to show …" was cut at "while" and its
    second half given to Y for certain (round 25, held-out 73): under "In his view," every verb
    of the sentence is inside the view, the one whose view the sentence before named."""
    story = (
        "VIENNA - Chancellor Petra Lind met Prime Minister Olaf Brandt.\n\n"
        "Political scientist Karl Weber said the visit was about money. In his view, Lind needed "
        "a win before the vote, while Brandt wanted to show he had friends."
    )
    view = (
        "In his view, Lind needed a win before the vote, while Brandt wanted to show he had "
        "friends."
    )
    said = {text: (speakers, guessed) for text, speakers, guessed in _speakers_and_guesses(story)}
    assert said[view][0] == ["karl-weber"]
    assert all(speakers != ["olaf-brandt"] or guessed for speakers, guessed in said.values())


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Winegrower Ilona Fekete, who sells wine in two countries, said the rules were a bore.",
         "Ilona Fekete"),
        ("Beekeeper Tomas Horvat, 61, said the border had never mattered to his bees.",
         "Tomas Horvat"),
        ("Boatbuilder Aleksi Virtanen said orders had doubled.", "Aleksi Virtanen"),
    ],
)  # fmt: skip
def test_an_occupation_of_one_compound_word_starts_no_name(paragraph: str, name: str) -> None:
    """ "Winegrower X Y, who sells wine …, said" made a person "Winegrower X Y", certain
    (round 25, held-out 73): an occupation English writes as one word with the thing worked
    ("-grower", "-keeper", "-builder") is no given name, and the name after it is the
    speaker's."""
    story = "BUDAPEST - Prime Minister Anna Toth met Prime Minister Jan Novak.\n\n" + paragraph
    assert name in _roles_drafted(story)
    [(_, speakers, _)] = [said for said in _speakers_and_guesses(story) if said[0] == paragraph]
    assert speakers == [name.lower().replace(" ", "-")]


@pytest.mark.parametrize(
    ("paragraph", "name", "guessed"),
    [
        ("Trader Ma Korto Sirleaf, 50, said she would wait and see.", "Korto Sirleaf", True),
        ("Vice Minister Ma Zhaolin said China would help.", "Ma Zhaolin", False),
        ("Mines Minister Aimé Kabongo wa Kabongo said a committee would meet.",
         "Aimé Kabongo wa Kabongo", None),
    ],
)  # fmt: skip
def test_liberia_s_ma_is_a_title_of_address_and_wa_a_particle_of_a_name(
    paragraph: str, name: str, guessed: bool | None
) -> None:
    """ "palm oil seller Ma X Y" kept Liberia's title of address in the name, and "Minister X
    Y wa Y" cut the name at the particle, both certain (round 25, held-out 72 and 77): "Ma"
    before a name of two words is a title some writers keep, so that dropping it is a guess
    (before one word it is a Chinese family name), and the Bantu "wa" ("of") is a particle
    inside a name."""
    story = "MONROVIA - President Joseph Boakai met President Alassane Kone.\n\n" + paragraph
    said = _speakers_and_guesses(story)
    [(_, speakers, flagged)] = [statement for statement in said if statement[0] == paragraph]
    assert speakers == [name.lower().replace(" ", "-").replace("é", "e")]
    if guessed is not None:
        assert flagged == guessed


@pytest.mark.parametrize(
    ("story", "rank_said"),
    [
        ("BAMAKO - President Ali Diallo held talks with Chad's junta leader General Idriss "
         "Mahamat Deby, whose foreign minister Amina Haroun met her counterpart, Ibrahim Toure.",
         "General Deby said the talks were frank."),
        ("BAMAKO - President Ali Diallo met Chad's transitional leader, Colonel Idriss Mahamat "
         "Deby. His Chadian counterpart, Amina Haroun, met Foreign Minister Ibrahim Toure.",
         "Colonel Deby said the talks were frank."),
    ],
)  # fmt: skip
def test_a_ruler_the_story_describes_and_ranks_is_a_head_of_state(
    story: str, rank_said: str
) -> None:
    """A ruler the story gives a description and a rank ("Niger's military ruler, General X",
    "Guinea's transitional leader, General Y") whom the joint document styles President of the
    Transition was no head, so "The two Heads of State" went to the host and a foreign
    minister or a deposed president, and "General Y said" went to nobody, since his role has no
    "General" (round 25, held-out 72, 75 and 78: twenty-one statements): a rank the article
    gives someone before their full name is theirs, and a ranked ruler the document styles a
    head of state heads it."""
    release = (
        "[Joint communique _2026.3.5. Bamako]\n\nAt the invitation of His Excellency Ali Diallo, "
        "President of the Republic of Mali, His Excellency General Idriss Mahamat Deby, "
        "President of the Transition, Head of State of the Republic of Chad, visited Bamako.\n\n"
        "1. Security\n\n(1) The two Heads of State agreed to patrol the border together.\n\n/End/"
    )
    said = _speakers_and_guesses(f"{story}\n\n{rank_said}", release)
    clause = "The two Heads of State agreed to patrol the border together."
    assert [sorted(speakers) for text, speakers, _ in said if text == clause] == [
        ["ali-diallo", "idriss-mahamat-deby"]
    ]
    assert [speakers for text, speakers, _ in said if text == rank_said] == [
        ["idriss-mahamat-deby"]
    ]


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        ("The Lao Party welcomed the commitment of the Thai Party to open the bridge.",
         ["somsak-phomma"]),
        ("The Thai Party took note of this request.", ["anan-chaiyo"]),
        ("The Government of Laos proposed a joint survey of the river.", ["somsak-phomma"]),
        ("The side of Laos stressed the need to resolve the matter first.", ["somsak-phomma"]),
        ("The Government of the Kingdom of Thailand stressed the importance of fishers.",
         ["anan-chaiyo"]),
    ],
)  # fmt: skip
def test_a_party_or_a_government_of_a_country_is_its_leader(
    clause: str, speakers: list[str]
) -> None:
    """ "The Nigerien Party welcomed …", "The Government of Barbados proposed …" and "The side of
    Bosnia and Herzegovina stressed …" went to nobody (round 25, held-out 72 and 74: ten
    clauses): a party with a capital, as French documents write it, and the government or side
    of a country named after it are that country's leader, a guess as every side is."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo of Thailand met his Lao counterpart Somsak "
        "Phomma on Monday."
    )
    assert _clauses_drafted(story, [clause]) == [(speakers, True)]


def test_a_role_noun_of_a_nationality_is_the_counterpart_the_document_titles_so() -> None:
    """`"…," the Tongan Prime Minister said.` went to the visiting Prime Minister, whose
    country the article never gave, where the story named the Tongan leader only as "his Tongan
    counterpart" and the joint document styled him "Prime Minister of the Kingdom of Tonga"
    (round 25, held-out 73: four statements): a title the article gives someone, of the role
    noun's nationality, names them before a holder of the title whose country is unknown, a
    guess."""
    story = (
        "APIA - Prime Minister Tom Hale and his Samoan counterpart Fiame Lemalu signed a deal."
        '\n\n"We are friends first," the Samoan Prime Minister said.'
    )
    release = (
        "[Joint statement _2026.3.5. Apia]\n\nAt the invitation of the Honourable Fiame Lemalu, "
        "Prime Minister of the Independent State of Samoa, the Honourable Tom Hale visited "
        "Apia.\n\n1. Trade\n\n(1) The Prime Ministers agreed to meet again.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert _who_said(said, "friends") == [(["fiame-lemalu"], True)]


def test_a_leader_of_a_nationality_is_the_head_a_title_gives_it_before_a_minister() -> None:
    """`"…," the Burkinabe leader said` went to the Burkinabe foreign minister, "her Burkinabe
    counterpart", since the President's country was read as "Faso" of "President of Burkina
    Faso" (round 25, held-out 71: two statements): a head of state whose title names the
    nationality is the leader, before a counterpart minister, a guess."""
    story = (
        "ACCRA - The President of Burkina Faso, Captain Ali Traore, met President Kofi Mensah."
        "\n\nForeign Minister Ama Owusu met her Burkinabe counterpart, Mrs Awa Ouedraogo."
        '\n\n"We are one people," the Burkinabe leader said.'
    )
    release = (
        "[Joint communique _2026.6.4. Accra]\n\nAt the invitation of His Excellency Kofi "
        "Mensah, President of the Republic of Ghana, His Excellency Captain Ali Traore, "
        "President of Faso, Head of State, visited Accra.\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert _who_said(said, "one people") == [(["ali-traore"], True)]


def test_a_president_of_a_country_is_the_counterpart_the_document_styles_so() -> None:
    """ "(3) The President of the Republic of Poland welcomed …" went to the Latvian President,
    the one whose role says President, where the story called the Polish one "his Polish
    counterpart" (round 25, held-out 72 and 75: three clauses): a role noun with its country
    names whom the document styles so when no holder of the role is of that country, a
    guess."""
    story = "RIGA - Latvian President Anna Berzina met her Polish counterpart Jan Nowicki."
    release = (
        "[Joint declaration _2026.9.15. Riga]\n\nAt the invitation of the President of the "
        "Republic of Latvia, Anna Berzina, the President of the Republic of Poland, Jan Nowicki, "
        "visited Riga.\n\n1. Defence\n\n(1) The President of the Republic of Poland welcomed "
        "Latvia's decision to spend more.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert _who_said(said, "welcomed") == [(["jan-nowicki"], False)]  # certain since round 32:
    # the counterpart holds the title the document gives him by name, "the President of the
    # Republic of Poland, Jan Nowicki", so the title names him as his full name would


def test_a_declaration_s_we_is_the_signatories_it_names() -> None:
    """ "We, the President of X, A, and the President of Y, B, meeting in Z, declare …" was
    nobody's (round 25, held-out 72): a declaration in its signatories' voice is theirs, each
    named before the verb, a guess."""
    story = "RIGA - Latvian President Anna Berzina met Polish President Jan Nowicki."
    we = (
        "We, the President of the Republic of Latvia, Anna Berzina, and the President of the "
        "Republic of Poland, Jan Nowicki, meeting in Riga, declare our resolve to work together."
    )
    release = f"[Joint declaration _2026.9.15. Riga]\n\n{we}\n\n1. Defence\n\n(1) Agreed.\n\n/End/"
    assert _speakers_and_guesses(story, release) == [(we, ["anna-berzina", "jan-nowicki"], True)]


@pytest.mark.parametrize(
    "introduction",
    [
        "Among those who came to see the President was Mele Tapu, a nurse from Neiafu.",
        "In the crowd on the square was Mele Tapu, 71, whose parents were born in Neiafu.",
        "Outside the hall was Mele Tapu, who sells flowers.",
    ],
)
def test_a_pronoun_after_an_inverted_was_means_the_one_it_introduced(introduction: str) -> None:
    """ "Among those who came … was X, a nurse …. She said …" went to the Foreign Minister, the
    last woman quoted, and "In the crowd … was Y, 71, whose …" listed no person Y (round 25,
    held-out 73, 74 and 78: six statements): a sentence that brings someone into the story by an
    inverted "was" names a person, the subject a pronoun starting the next sentence most likely
    means, a guess as every pronoun is."""
    story = (
        "NUKU'ALOFA - Prime Minister Tom Hale met his Tongan counterpart, Sione Vea.\n\n"
        "Foreign Minister Ana Fifita said she was pleased. Ms Fifita said the deal was fair.\n\n"
        f"{introduction} She said she had waited years for the visit."
    )
    said = _speakers_and_guesses(story)
    assert _who_said(said, "waited") == [(["mele-tapu"], True)]


@pytest.mark.parametrize(
    ("noun", "speaker"),
    [
        ("the Vanuatu leader", "jotham napat"),
        ("the Vanuatu prime minister", "jotham napat"),
        ("the UAE president", "khalid al-mansoori"),
    ],
)  # fmt: skip
def test_a_role_noun_after_a_country_s_name_or_its_initials_names_its_leader(
    noun: str, speaker: str
) -> None:
    """`"…," the Vanuatu leader told the gathering`, `"…," the Botswana leader said` and `"…,"
    the UAE president said` went to nobody (round 25, held-out 73, 76 and 78: ten statements):
    a country's name that ends as no nationality does ("Vanuatu", "Botswana", "Togo") and a
    country's initials stand before a role noun as a nationality does."""
    story = (
        "ABU DHABI - UAE President Khalid Al-Mansoori met Prime Minister Jotham Napat of "
        "Vanuatu.\n\n"
        f'"We have come a long way," {noun} said.'
    )
    said = _speakers_and_guesses(story)
    assert [speakers for text, speakers, _ in said if "long way" in text] == [
        [speaker.replace(" ", "-")]
    ]


@pytest.mark.parametrize(
    ("story", "words", "ruler"),
    [
        (
            "NIAMEY - Benin's President Paul Adjovi made the announcement after talks with "
            "Chad's military ruler, General Idriss Mahamat Deby, on Monday.\n\nAdjovi said the "
            'talks had gone well.\n\n"The road is open again," the general said.',
            "road",
            "idriss-mahamat-deby",
        ),
        (
            "OUAGADOUGOU - President Rodrigo Benítez Aquino and the head of Burkina Faso's "
            "transitional government, Captain Issouf Sawadogo, signed a declaration.\n\n"
            '"Today the people of Burkina Faso choose their friends," the captain said.',
            "choose their friends",
            "issouf-sawadogo",
        ),
    ],
)
def test_the_general_is_a_ruler_the_article_ranks_so(story: str, words: str, ruler: str) -> None:
    """`"…," the general said` went to nobody where the article called the ruler "Niger's
    military ruler, General X" (round 25, held-out 72: two statements): "the general" may be
    anyone the article gives the rank, a guess; so may "the captain" (round 42, held-out 214,
    once a captain's rank made a person)."""
    said = _speakers_and_guesses(story)
    assert _who_said(said, words) == [([ruler], True)]


def test_the_president_of_the_republic_is_the_one_whose_role_says_so() -> None:
    """ "…, the President of the Republic said" went to the visiting President, named last, where
    an Algerian agency calls its own head of state "the President of the Republic" and the
    visitor "the President of the Islamic Republic of Mauritania" (round 25, held-out 75): of two
    presidents, the one whose role the article wrote in those words, a guess."""
    story = (
        "ALGIERS - The President of the Republic, Mr. Karim Hadj, and the President of the "
        "Islamic Republic of Mauritania, Mr. Sidi Ould Baba, met on Wednesday.\n\n"
        "The President of the Republic said that the talks had been fruitful."
    )
    said = _speakers_and_guesses(story)
    assert _who_said(said, "fruitful") == [(["karim-hadj"], True)]


def test_the_leader_of_a_body_is_no_leader_of_the_summit() -> None:
    """`The Leader of the Opposition, X, questioned the timing. "…," he said` went to a
    leader of the summit, since "The Leader" was read as one of the two heads and so as the
    subject before the pronoun (round 25, held-out 77: two statements): a role noun of a body
    ("of the Opposition", "of the Senate") names no leader, and the name set off after it is
    the sentence's subject."""
    story = (
        "APIA - Prime Minister Tui Fale met Tuvalu's Prime Minister Kofe Taafaki. Mr Fale "
        "said the visit was historic.\n\nThe Leader of the Opposition, Lemalu Tate Simi, "
        'questioned the timing. "Charity begins at home," he said.'
    )
    said = _speakers_and_guesses(story)
    assert _who_said(said, "Charity") == [(["lemalu-tate-simi"], True)]


# Round 26, SPEAKERS


@pytest.mark.parametrize(
    ("said", "speaker", "guessed"),
    [
        ('"The tide is turning," Van der Berg said.', "anna-van-der-berg", False),
        ("Van der Berg said the tide was turning.", "anna-van-der-berg", False),
        ('"The tide is turning," said Prime Minister Van der Berg.', "anna-van-der-berg", False),
        ("De Lima said the tide was turning.", "rosa-de-lima", False),
    ],
)  # fmt: skip
def test_a_family_name_s_particle_capitalised_is_the_namesake_s(
    said: str, speaker: str, guessed: bool
) -> None:
    """`"…," Van der Meulen said` went silently to a person "Van der Meulen" of their own, apart
    from Prime Minister Dirk-Jan van der Meulen, since the joint document's "Prime Minister Van
    der Meulen" made one (round 26, held-out 81 and 84: five statements): a particle a sentence
    or a title capitalises is the one the full name writes in lower case."""
    story = (
        "OSLO - Prime Minister Anna van der Berg met Foreign Minister Rosa de Lima and Chilean "
        "President Mateo Fuentes.\n\n"
        f"{said}"
    )
    release = (
        "[Joint Statement _2026.3.12. Oslo]\n\n1. Energy\n\n(1) Prime Minister Van der Berg "
        "and President Fuentes met in Oslo.\n\n/End/"
    )
    whole = [(0, story), (1, release)]
    assert "Van der Berg" not in [p.name for p in find_people(whole, 1).values()]
    said_by = _speakers_and_guesses(story, release)
    assert _who_said(said_by, "tide") == [([speaker], guessed)]


def test_a_capitalised_particle_s_family_name_two_people_carry_is_a_guess() -> None:
    """Where two people carry the family name in full, "Van der Berg said" is either, a guess,
    never a third person of that name alone; "Prime Minister Van der Berg" the one so titled,
    a guess too (the namesake may hold a title the article left unsaid)."""
    story = (
        "OSLO - Prime Minister Anna van der Berg met Chilean President Mateo Fuentes. Joost "
        "van der Berg, a city councillor, attended.\n\n"
        "Van der Berg said the tide was turning.\n\n"
        '"The sea is rising," said Prime Minister Van der Berg.'
    )
    release = (
        "[Joint Statement _2026.3.12. Oslo]\n\n1. Energy\n\n(1) Prime Minister Van der Berg "
        "and President Fuentes met in Oslo.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [guessed for text, _, guessed in said if "tide" in text] == [True]
    assert _who_said(said, "sea") == [(["anna-van-der-berg"], True)]


def test_two_titled_family_names_together_are_the_people_titled_before() -> None:
    """ "President Han and Prime Minister Vakaloloma affirmed …" in a joint statement made two
    people with no role, "President Han" and "Prime Minister Vakaloloma", who took the
    story's words of the two leaders too (round 26, held-out 79: nine statements): a title
    before a family name is no given name of an untitled pair."""
    story = (
        "SUVA - Prime Minister Tevita Rabuka met Korean President Park Min-ho. Park Ji-eun, a "
        "volunteer, attended.\n\n"
        "President Park told reporters that the talks had gone well."
    )
    release = (
        "[Joint Statement _2026.3.12. Seoul]\n\nPresident Park and Prime Minister Rabuka "
        "affirmed their friendship.\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    whole = [(0, story), (1, release)]
    assert [p.name for p in find_people(whole, 1).values()] == [
        "Tevita Rabuka",
        "Park Min-ho",
        "Park Ji-eun",
    ]
    said = _speakers_and_guesses(story, release)
    assert [speakers for text, speakers, _ in said if "gone well" in text] == [["park-min-ho"]]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ('"The forest is ours," General Obiang Nze declared.', "jean-paul-obiang-nze"),
        ('"The forest is ours," said President Itoua Mba.', "firmin-itoua-mba"),
    ],
)  # fmt: skip
def test_a_title_before_a_family_name_of_two_words_is_the_one_so_titled(
    said: str, speaker: str
) -> None:
    """`"…," General Ndong Mba declared` went to a person "Ndong Mba" of their own, or to his
    wife of that family name, where the head of state was "General Jean-Rémy Ndong Mba" and a
    former minister his namesake (round 26, held-out 85: four statements): a title or a rank
    before a family name of several words is the one who carries it so titled, a guess where
    namesakes carry it too (as "President Ben Ammar" of round 12)."""
    story = (
        "LIBREVILLE - The Head of State, General Jean-Paul Obiang Nze, received President "
        "Firmin Itoua Mba of the Congo. His wife, Mrs Clarisse Obiang Nze, and the former "
        "Minister of Forests, Paul Obiang Nze, attended. Mrs Hortense Itoua Mba, a teacher, "
        "was there too.\n\n"
        f"{said}"
    )
    said_by = _speakers_and_guesses(story)
    assert _who_said(said_by, "forest") == [([speaker], True)]


@pytest.mark.parametrize(
    ("noun", "speaker"),
    [
        ("the water minister", "palesa-moloi"),
        ("the Slovak prime minister", "marek-hudak"),
        ("the Lesotho monarch", "letsie-seeiso"),
    ],
)  # fmt: skip
def test_a_role_noun_after_a_quotation_names_the_one_titled_otherwise(
    noun: str, speaker: str
) -> None:
    """`"…," the water minister said` after "Water Minister X", `"…," the Slovak prime minister
    said` and `"…," the Jordanian monarch said` after "King X" went to nobody, silently (round
    26, held-out 80, 82 and 84): a portfolio in lower case before "minister" is the one minister
    the article gives it to, "Slovak" a nationality, and "monarch" a king's or a queen's
    title."""
    story = (
        "MASERU - King Letsie Seeiso of Lesotho received Slovak Prime Minister Marek Hudak. "
        "Water Minister Palesa Moloi and Trade Minister Tumelo Sebina attended.\n\n"
        f'"The studies are done," {noun} said.'
    )
    said = _speakers_and_guesses(story)
    assert _who_said(said, "studies") == [([speaker], False)]


# Round 26, NAMES AND ROLES


@pytest.mark.parametrize(
    ("caption", "photographer"),
    [
        ("(Photo by: Ama Dede) KNA", "Ama Dede"),
        ("(Photo by Ama Dede)", "Ama Dede"),
        ("(KNA photo by Ama Q. Dede)", "Ama Q. Dede"),
        ("(Photo KNA/Ama Dede)", "Ama Dede"),
        ("(KNA Photo/Ama Dede)", "Ama Dede"),
        ("(Photo: Lakeside Wire / Ama Dede)", "Ama Dede"),
        ("KNA photo by Ama Dede", "Ama Dede"),
        ("Photo: Ama Dede/kna", "Ama Dede"),
        ("Photo: KNA - Ama Dede", "Ama Dede"),
        ("KNA/Photo: Ama Dede", "Ama Dede"),
        ("Photograph: Ama Dede", "Ama Dede"),
        ("Picture: AMA DEDE", "AMA DEDE"),
        ("PIC: Ama Dede", "Ama Dede"),
        ("KNA/Ama van Dede", "Ama van Dede"),
        ("KNA / Ama Dede", "Ama Dede"),
        ("AMA DEDE/KNA", "AMA DEDE"),
        ("- Ama Dede/Photographer", "Ama Dede"),
        ("PICTURE BY AMA DEDE/KNA", "AMA DEDE"),  # held-out 158 (round 35): "BY AMA DEDE"
    ],
)  # fmt: skip
def test_a_caption_s_photo_credit_names_a_silent_photographer(
    caption: str, photographer: str
) -> None:
    """The credit a photo caption ends with ("… at State House. (Photo by: X) AGENCY", "…
    in Riga. Photo: AGENCY/X", "… on Tuesday. AGENCY/X") left the photographer out of `people`
    (round 26, held-out 79 to 86, 31 people; the writers list each as a silent
    "photographer"): the name beside the agency's is a credit's, never a speaker's."""
    paragraphs = (
        "Leaders meet in the capital\n\nLAKETOWN (Lakeside Wire) - President Ana Berg met "
        "Prime Minister Tomas Kell on Monday.\n\n"
        f"President Ana Berg welcomes Prime Minister Tomas Kell on Monday. {caption}\n\n"
        "Berg said it went well."
    )
    drafted = draft_summit(
        f"{paragraphs}\n\n[Joint statement _2026.11.30. Laketown]\n\n1. Trade\n\n(1) Agreed."
        "\n\n/End/",
        "a.txt",
    )
    people = {p.name: (p.role, p.speaker) for p in drafted.people}
    assert people.get(photographer) == ("photographer", False)
    assert people["Ana Berg"][1] is True


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Supplied",
        "(Photo: Lakeside Wire)",
        "Photo: Supplied / Laketown Government",
        "He said so. (File photo)",
    ],
)
def test_a_photo_credit_with_no_person_in_it_names_nobody(caption: str) -> None:
    """An agency alone, a government or "Supplied" is no photographer: one word, a body, or the
    agency the story names elsewhere is the credit's agency."""
    paragraphs = (
        "LAKETOWN (Lakeside Wire) - President Ana Berg met Prime Minister Tomas Kell.\n\n"
        f"President Ana Berg welcomes Prime Minister Tomas Kell on Monday. {caption}"
    )
    assert set(_roles_drafted(paragraphs)) == {"Ana Berg", "Tomas Kell"}


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("Chilean President Ana Berg Toro met President Tomas Kell.\n\nThe Chilean president "
         "was accompanied by his wife, Rosa Vidal, who visited a school.", "Rosa Vidal",
         "wife of the Chilean president"),
        ("Chilean President Ana Berg Toro met President Tomas Kell.\n\nThe Chilean president "
         "met Trade Minister Mario Soto and his wife, Rosa Vidal.", "Rosa Vidal",
         "wife of the Trade Minister"),
        ("President Luis Andrés Mora Vidal met Prime Minister Tomas Kell.\n\nMora was accompanied "
         "by his son, Pablo Mora Rey.", "Pablo Mora Rey", "son of the President"),
        ("Veronian President Ana Berg met Prime Minister Tomas Kell of Ostria.\n\nThe talks "
         "went on.\n\nThe President of Veronia is accompanied by his wife Rosa Vidal.",
         "Rosa Vidal", "wife of the President of Veronia"),
        ("Prime Minister Tomas Kell of Ostria met Veronian President Ana Berg.\n\nThe talks "
         "went on.\n\nThe Prime Minister is accompanied by his wife, Rosa Vidal.",
         "Rosa Vidal", "wife of the Prime Minister of Ostria"),
        ("Ostrian President Ana Berg met Veronian President Tomas Kell.\n\nThe talks "
         "went on.\n\nThe Veronian leader, who came with his wife Rosa Vidal, left.",
         "Rosa Vidal", "wife of the Veronian President"),
        ("Ostrian President Ana Berg met Veronian President Tomas Kell.\n\nThe talks went "
         "on.\n\nThe President was accompanied by his spouse, Rosa Berg.", "Rosa Berg",
         "spouse of the Ostrian President"),
    ],
)  # fmt: skip
def test_a_relative_is_named_by_the_office_of_their_kin(
    paragraphs: str, name: str, role: str
) -> None:
    """A relative after "his wife," whose kin the sentence calls by a role noun ("The Egyptian
    president was accompanied by his wife, X"), or by the first of two family names ("Restrepo"
    of "Andrés Felipe Restrepo Ocampo"), was listed as a bare "wife" (round 26, held-out 79 to
    86; the writers of every set since held-out 38 write "wife of the …"): the role noun, in the
    article's words, or the office of the one so named; a name after the role noun is the
    owner instead, whom the draft leaves as the article says."""
    assert _roles_drafted(paragraphs).get(name) == role


@pytest.mark.parametrize(
    ("paragraphs", "people"),
    [
        ("A 2009 accord signed by then prime ministers Ana Berg and Tomas Kell was struck down.",
         {"Ana Berg": "then prime minister", "Tomas Kell": "then prime minister"}),
        ("A pact was signed in 2008 under former presidents Ana Berg and Tomas Kell, but lapsed.",
         {"Ana Berg": "former president", "Tomas Kell": "former president"}),
        ("Trade ministers from both countries, Ana Berg and Tomas Kell, also spoke.",
         {"Ana Berg": "Trade minister", "Tomas Kell": "Trade minister"}),
    ],
)  # fmt: skip
def test_two_holders_named_after_a_plural_title_are_both_listed(
    paragraphs: str, people: dict[str, str]
) -> None:
    """Two people named after a plural title in lower case ("then prime ministers X and Y",
    "former presidents X and Y") or after a portfolio's plural with its apposition ("Trade
    ministers from both countries, X and Y,") were not listed (round 26, held-out 79 to 86,
    four people; held-out 13, 32 and 46 too): each holds the title in the singular, a holder of
    the past where the article says so."""
    drafted = _roles_drafted(f"President Rosa Lind met Prime Minister Eva Soto.\n\n{paragraphs}")
    assert {name: drafted.get(name) for name in people} == people


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("The Malian Minister of Security, Général Issa Kone Diarra, said it would help.",
         "Issa Kone Diarra", "Malian Minister of Security"),
        ("Chadian President Marshal Idriss Kaka Deby said it would help.", "Idriss Kaka Deby",
         "Chadian President"),
        ("Criminologist Jan de Wit, professor at Leiden University, said it would help.",
         "Jan de Wit", "professor at Leiden University"),
        ("Dutch Minister of Climate and Green Growth Eva de Boer said it would help.",
         "Eva de Boer", "Dutch Minister of Climate and Green Growth"),
    ],
)  # fmt: skip
def test_a_rank_a_scholar_s_field_and_a_portfolio_s_end_start_no_name(
    paragraphs: str, name: str, role: str
) -> None:
    """A French rank ("Général X"), a marshal's rank, a field of study capitalised at a
    sentence's start ("Criminologist X") and a portfolio's last word ("… and Green Growth X",
    "… of the Croatian Parliament X") were kept as the name's first word (round 26, held-out
    79 to 86: five people, 16 statements given to a name the gold does not write): each is the
    role's, and a portfolio's word goes back to the role."""
    assert _roles_drafted(paragraphs).get(name) == role


# Round 27, SPEAKERS


@pytest.mark.parametrize(
    ("title", "name", "said"),
    [
        ("Prime Minister", "Roland St. Aubyn Creque", "Creque said the sea was rising."),
        ("Prime Minister", "Roland St. Aubyn Creque", '"The sea is ours," Creque said.'),
        ("Minister", "Odile Ste. Croix Lamarre", "Lamarre said the sea was rising."),
    ],
)
def test_a_saint_s_name_written_short_inside_a_name_keeps_the_name_whole(
    title: str, name: str, said: str
) -> None:
    """ "Prime Minister Desmond St. Clair Josiah" made two people, "Desmond St" and "Clair
    Josiah", and the leader's words went silently to the second (round 27, held-out 87): a
    saint's name written short with its full stop is inside the name, as a particle is."""
    story = f"BASSETERRE - {title} {name} met Chilean President Mateo Fuentes.\n\n{said}"
    names = [p.name for p in find_people([(0, story)]).values()]
    assert names == [name, "Mateo Fuentes"]
    speaker = name.lower().replace(".", "").replace(" ", "-")
    said_by = _speakers_and_guesses(story)
    assert [speakers for text, speakers, _ in said_by if "sea" in text] == [[speaker]]


@pytest.mark.parametrize(
    "place",
    ["St Lucia", "St. Lucia", "Saint Lucia", "St Kitts and Nevis", "St Vincent and the Grenadines"],
)
def test_a_country_named_for_a_saint_after_a_title_is_no_person(place: str) -> None:
    """ "Prime Minister of St Kitts and Nevis" made a person "Kitts" (and "of St Vincent …" one
    "Vincent") who took the joint document's clauses from the leader the title was of (round
    27, held-out 89 and 94: eighteen statements): a title's "of St" goes on to a place, as "of
    New" goes on to "Zealand"."""
    story = (
        f"CASTRIES - Prime Minister Joseph Alleyne met Chilean President Mateo Fuentes.\n\n"
        f"The Honourable Joseph Alleyne, Prime Minister of {place}, said the sea was rising."
    )
    names = [p.name for p in find_people([(0, story)]).values()]
    assert names == ["Joseph Alleyne", "Mateo Fuentes"]
    said_by = _speakers_and_guesses(story)
    assert [speakers for text, speakers, _ in said_by if "sea" in text] == [["joseph-alleyne"]]


@pytest.mark.parametrize(
    "nationality", ["South African", "North Korean", "Central African", "East Timorese"]
)
def test_a_nationality_after_a_word_of_an_occupation_s_ending_is_no_person(
    nationality: str,
) -> None:
    """ "to refer it to the relevant South African authorities" made a person "South African"
    (role "relevant", an agent's ending), who then was "the South African president" and took
    her words, silently, before a colon (round 27, held-out 88): a nationality names no one."""
    story = (
        f"PRETORIA - {nationality} President Nomsa Dlamini met Prime Minister Joseph Alleyne. "
        f"Alleyne asked the relevant {nationality} authorities to act.\n\n"
        f'Asked about the money, the {nationality} president was firm: "It will be spent."'
    )
    names = [p.name for p in find_people([(0, story)]).values()]
    assert nationality not in names
    said_by = _speakers_and_guesses(story)
    assert _who_said(said_by, "spent") == [(["nomsa-dlamini"], False)]


def test_the_head_of_state_of_a_president_and_a_prime_minister_is_the_president() -> None:
    """ "The Head of State said that …", of a President and a visiting Prime Minister, went to
    the Prime Minister (round 27, held-out 90): a prime minister heads a government, no state,
    and the one head of state is the one the role names, as the one Kenyan president is."""
    story = (
        "TUNIS - President Karim Haddad received Libyan Prime Minister Omar Sassi.\n\n"
        "The Head of State said that the border would reopen."
    )
    assert _who_said(_speakers_and_guesses(story), "border") == [(["karim-haddad"], False)]


@pytest.mark.parametrize(
    "described",
    [
        "Sudan's Sovereign Council Chairman Adil Hamdan Nour",
        "the Chairman of the Sovereign Council of Sudan, Adil Hamdan Nour,",
    ],
)
def test_the_chairman_of_a_sovereign_council_is_one_of_the_two_heads(described: str) -> None:
    """ "The two Heads of State agreed …" went to the Chadian President and a trade minister's
    counterpart named later, never to "Sudan's Sovereign Council Chairman" (round 27, held-out
    94: seven clauses): the chairman of a council that heads a state is its head."""
    story = (
        f"N'DJAMENA - Chadian President Idriss Mahamat Deby met {described} on Saturday.\n\n"
        "Trade Minister Amina Taha signed a memorandum with her Chadian counterpart, Ali Brahim."
    )
    release = (
        "[Joint Communique _2026.3.14. N'Djamena]\n\n1. Borders\n\n(1) The two Heads of State "
        "agreed to reopen the crossing.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [sorted(speakers) for text, speakers, _ in said if "crossing" in text] == [
        ["adil-hamdan-nour", "idriss-mahamat-deby"]
    ]


@pytest.mark.parametrize(
    ("leader", "noun", "speaker"),
    [
        ("Montenegrin Prime Minister Ana Vukovic", "the Montenegrin prime minister", "ana-vukovic"),
        ("Nigerien President Ali Garba", "the Nigerien leader", "ali-garba"),
        ("the President of El Salvador, Ana Paz,", "the Salvadoran president", "ana-paz"),
    ],
)  # fmt: skip
def test_a_nationality_of_no_common_ending_names_a_role(
    leader: str, noun: str, speaker: str
) -> None:
    """`"…," the Montenegrin prime minister said, "…"` and "the Nigerien leader added" were
    nobody's, and "the Salvadoran president" no one's of "El Salvador" (round 27, held-out 90 to
    94: eight statements): "Montenegrin" and "Nigerien" end as no other nationality, and a
    country's article ("El") is no part of the name its nationality is made from."""
    story = (
        f"OSLO - Prime Minister Erik Dahl met {leader} on Monday.\n\n"
        f'"We had our differences," {noun} said, "but our peoples kept trading."'
    )
    said = _speakers_and_guesses(story)
    assert [speakers for text, speakers, _ in said if "differences" in text] == [[speaker]]


# Round 27, NAMES AND ROLES


@pytest.mark.parametrize(
    ("caption", "photographer"),
    [
        ("(Pic by Ama Dede)", "Ama Dede"),
        ("Post Photo: Ama Dede", "Ama Dede"),
        ("Photo: Ama Dede (KNA)", "Ama Dede"),
        ("(Photo: Laketown Presidency / Ama Dede)", "Ama Dede"),
        ("Photo: Lake House / Cabinet Office (Ama Dede)", "Ama Dede"),
        ("(Lakewire/Ama Dede)", "Ama Dede"),
        ("[Lake News/Ama Dede]", "Ama Dede"),
    ],
)  # fmt: skip
def test_a_photo_credit_in_more_forms_names_a_silent_photographer(
    caption: str, photographer: str
) -> None:
    """Credits the rules did not read ("(Pic by X)", "Post Photo: X", "Photo: X (AGENCY)", a
    presidency or an office beside the name, a wire's "(Agency/X)" or "[Agency/X]") left nine
    photographers out of `people` (round 27, held-out 87 to 94; the writers list each as a
    silent "photographer")."""
    paragraphs = (
        "Leaders meet in the capital\n\nLAKETOWN - President Ana Berg met "
        "Prime Minister Tomas Kell on Monday.\n\n"
        f"President Ana Berg welcomes Prime Minister Tomas Kell on Monday. {caption}\n\n"
        "Berg said it went well."
    )
    people = {name: role for name, role in _roles_drafted(paragraphs).items()}
    assert people.get(photographer) == "photographer"
    assert set(people) == {"Ana Berg", "Tomas Kell", photographer}


@pytest.mark.parametrize(
    ("credit", "credited"),
    [
        ("Text by: Ama Dede", {"Ama Dede": "writer"}),
        ("Ama Dede - Agência Lago reporter", {"Ama Dede": "reporter"}),
        ("Ama Dede, KNA Pacific Journalist", {"Ama Dede": "reporter"}),
        ("(Editor: Ama Dede)", {"Ama Dede": "editor"}),
        ("(KNA; author: Ama Dede; editor: Rui Lobo)", {"Ama Dede": "writer", "Rui Lobo": "editor"}),
        ("(KNA). Reporting by Ama Dede, editing by Rui Lobo.",
         {"Ama Dede": "reporter", "Rui Lobo": "editor"}),
        ("Written by Ama Dede, edited by Rui Lobo, KNA",
         {"Ama Dede": "writer", "Rui Lobo": "editor"}),
        ("Reported by: Ama Dede. Edited by: Rui Lobo.",
         {"Ama Dede": "reporter", "Rui Lobo": "editor"}),
        ("With information from Ama Dede in Laketown.", {"Ama Dede": "reporter"}),
    ],
)  # fmt: skip
def test_a_credit_in_more_forms_names_its_silent_journalists(
    credit: str, credited: dict[str, str]
) -> None:
    """Credits at a story's end the rules did not read (a label in brackets, "Text by", "Reported
    by" before "Edited by", a second credit after a comma, "With information from", a name
    over the outlet and "reporter" in lower case) left eleven journalists out of `people` (round
    27, held-out 87 to 94)."""
    paragraphs = (
        "Leaders meet in the capital\n\nLAKETOWN - President Ana Berg met Prime Minister Tomas "
        f"Kell on Monday.\n\nBerg said it went well.\n\n{credit}"
    )
    drafted = draft_summit(
        f"{paragraphs}\n\n[Joint statement _2026.11.30. Laketown]\n\n1. Trade\n\n(1) Agreed."
        "\n\n/End/",
        "a.txt",
    )
    people = {p.name: (p.role, p.speaker) for p in drafted.people}
    assert {name: people.get(name) for name in credited} == {
        name: (role, False) for name, role in credited.items()
    }


@pytest.mark.parametrize(
    ("second", "byline"),
    [("AMA PERSAD-DEDE", "Ama Persad-Dede"), ("KNX WORLD-NEWS", None)],
)
def test_a_name_in_capitals_alone_under_the_headline_is_its_byline(
    second: str, byline: str | None
) -> None:
    """A byline in capitals as the paragraph under the headline was read only in the first
    paragraph (round 27, held-out 87 to 94; held-out 21, 27 and 35 too); an outlet's name
    there, whose initials have no vowel, is none."""
    paragraphs = (
        f"Leaders meet in the capital\n\n{second}\n\nLAKETOWN - President Ana Berg met Prime "
        "Minister Tomas Kell on Monday."
    )
    people = _roles_drafted(paragraphs)
    expected = {"Ana Berg", "Tomas Kell"} | ({byline} if byline else set())
    assert set(people) == expected


@pytest.mark.parametrize(
    ("paragraphs", "roles"),
    [
        ("The First Lady, Ama Dede, hosted the wife of the Chilean President, Rosa Vidal.",
         {"Ama Dede": "First Lady", "Rosa Vidal": "wife of the Chilean President"}),
        ("Rosa Vidal toured a camp with Chad's First Lady, Ama Dede.",
         {"Ama Dede": "Chad's First Lady"}),
        ("The wife of the Gabonese head of state, Rosa Vidal, visited a hospital with the "
         "Santomean First Lady, Ama Dede.",
         {"Rosa Vidal": "wife of the Gabonese head of state", "Ama Dede": "Santomean First Lady"}),
    ],
)  # fmt: skip
def test_a_first_lady_and_a_leader_s_wife_named_after_their_role(
    paragraphs: str, roles: dict[str, str]
) -> None:
    """A first lady after her title ("The First Lady, X,") was no person (round 27, held-out 87
    to 94: five; held-out 19, 26, 33 and others: nine), and "the wife of the Chilean President,
    Y," was given the President's role: each is named after the role, the wife's as the article
    writes it."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraphs}")
    assert {name: drafted.get(name) for name in roles} == roles


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Trade grew after a ruling of the Court of Justice. The handover was overseen by a "
         "former head of state, Rui Lobo, who is not related.", "Rui Lobo",
         "former head of state"),
        ("The spokesperson stated that the Head of State had also received a message from the "
         "Chairman of the Lake Council, Rui Lobo, on Monday.", "Rui Lobo",
         "Chairman of the Lake Council"),
        ("Speaking after the press conference, a spokesperson for the Dutch government, Rui "
         "Lobo, said it went well.", "Rui Lobo", "spokesperson for the Dutch government"),
        ("But a security analyst at the Lake Institute, Rui Lobo, warned it would fail.",
         "Rui Lobo", "security analyst at the Lake Institute"),
        ("Laketown, 25 April 2026 - The Head of State, Rui Lobo, received the delegation.",
         "Rui Lobo", "Head of State"),
        ("Chilean Defence Minister General Rui Lobo did not attend.", "Rui Lobo",
         "Chilean Defence Minister"),
        ("Chilean President WM Rui Lobo held talks.", "WM Rui Lobo", "Chilean President"),
        ("Berg recalled late Prime Minister BP Lobo, who dreamt of it.", "BP Lobo",
         "late Prime Minister"),
        ("The Taoiseach's late father, the former TD Rui Lobo, was honorary consul of Chile in "
         "Cork.", "Rui Lobo", "Taoiseach's late father"),
        ("Berg's great-grandfather, Rui Berg, arrived there in 1881.", "Rui Berg",
         "Berg's great-grandfather"),
    ],
)  # fmt: skip
def test_a_role_is_taken_from_the_words_that_give_it(paragraph: str, name: str, role: str) -> None:
    """Roles were taken from the sentence before ("… of the Court of Justice. The handover was
    overseen by a former head of state"), a clause with a verb ("the Head of State had also
    received a message from the Chairman …", "X, was honorary consul …"), the words before an
    article ("press conference, a spokesperson …"), a conjunction ("But a security analyst"), a
    dateline ("Cotonou, 25 April 2026 - The Head of State") or a rank after the office
    ("General"); initials run together ("WM") made no name, and a late or great-grand relative
    described before the name was no person (round 27, held-out 87 to 94: sixteen people)."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}")
    assert drafted.get(name) == role


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Maldivian High Commissioner in Colombo Rui Lobo said students were enrolled.",
         "Rui Lobo", "Maldivian High Commissioner in Colombo"),
        ("Chilean High Commissioner to Namibia Rui Lobo said it would help.", "Rui Lobo",
         "Chilean High Commissioner to Namibia"),
        ("Cuban Ambassador to The Bahamas Rui Lobo told reporters it would help.", "Rui Lobo",
         "Cuban Ambassador to The Bahamas"),
        ("Lake County Representative Rui Saye Lobo said it would help. \"No,\" Rep. Lobo said.",
         "Rui Saye Lobo", "Lake County Representative"),
        ("The Minister of Fisheries and the Sea, Rui Lobo, explained that it would help.",
         "Rui Lobo", "Minister of Fisheries and the Sea"),
        ("Federal deputy Rui da Lobo, no relation, chairs the group.", "Rui da Lobo",
         "Federal deputy"),
        ("Energy expert Rui Lobo from the Lake Institute said it was \"a sensible step\".",
         "Rui Lobo", "Energy expert from the Lake Institute"),
        ("The Slovak leader visited a school with Rita Lobo, the wife of the Hungarian prime "
         "minister.", "Rita Lobo", "wife of the Hungarian prime minister"),
        ("It was signed by Prime Minister Desmond St. Clair Lobo and his Dominican counterpart.",
         "Desmond St. Clair Lobo", "Prime Minister"),
    ],
)  # fmt: skip
def test_a_person_after_a_title_the_rules_did_not_read_is_listed(
    paragraph: str, name: str, role: str
) -> None:
    """A title with its post ("High Commissioner in Colombo", "Ambassador to The Bahamas"), a
    county's "Representative", a portfolio with "and the" in it, "Federal deputy", "Energy
    expert", "X, the wife of the Hungarian prime minister" and "St." inside a name left ten
    people out of `people`, or split one in two (round 27, held-out 87 to 94: "Prime Minister
    Desmond St" and "Clair Josiah" took 16 statements, two of them unflagged)."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}")
    assert drafted.get(name) == role


def test_an_ambassador_after_a_minister_and_the_is_not_the_minister_s_portfolio() -> None:
    """An "and the" before a role word still ends a role: "the delegation included Minister A
    and the Ambassador, B," is the ambassador's."""
    drafted = _roles_drafted(
        "President Ana Berg met Prime Minister Tomas Kell.\n\nThe delegation included Minister "
        "Rui Lobo and the Ambassador, Rita Dede, on Monday."
    )
    assert drafted.get("Rita Dede") == "Ambassador"


@pytest.mark.parametrize(
    ("paragraphs", "roles"),
    [
        ("Chilean Defence Minister General Rui Lobo said it would help. \"We will,\" said General "
         "Lobo.", {"Rui Lobo": "Chilean Defence Minister"}),
        ("Rita Dede, leader of the Lake Party, said she welcomed it. Her deputy, Rui Lobo, "
         "made no comment.", {"Rita Dede": "leader of the Lake Party", "Rui Lobo": "deputy"}),
        ("It was a visit to the Lao PDR at the invitation of President of the Lao PDR Rui Lobo. "
         "President Rui Lobo welcomed him.", {"Rui Lobo": "President"}),
    ],
)  # fmt: skip
def test_a_rank_after_an_office_and_an_aide_of_a_pronoun_keep_their_people_whole(
    paragraphs: str, roles: dict[str, str]
) -> None:
    """The rank dropped from "Defence Minister General X" is still the title "General X" fits
    (held-out 37 had made a second Camara of it); "Her deputy, X," is the deputy (held-out 14
    had found him only through a role taken across a sentence); a country's initials after a
    title of that country ("President of the Lao PDR X") are no run-together initials of X."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraphs}")
    assert {name: drafted.get(name) for name in roles} == roles
    assert not any(name.startswith(("PDR", "Lobo")) for name in drafted)


# Round 28, NAMES AND ROLES


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("The row dates back to 2019, when Lakeland's then trade chief, the late Rui Lobo Dede, "
         "banned imports.", "Rui Lobo Dede", "Lakeland's then trade chief"),
        ("Berg is not related to the late Rui Lobo, the former Lakeland consul in Vila whose "
         "name was given to the hall.", "Rui Lobo", "former Lakeland consul in Vila"),
        ("The two leaders honoured the late Sir Rui Lobo, the country's first Deputy Prime "
         "Minister, at the start.", "Rui Lobo", "the country's first Deputy Prime Minister"),
        ("The fund, set up by the late Rui Lobo, the businessman's father, has 150 members.",
         "Rui Lobo", "father of the businessman"),
        ("Berg paid tribute to the late Rui Lobo, Lakeland's founding president, saying it "
         "mattered.", "Rui Lobo", "Lakeland's founding president"),
        ("The late Rui Lobo, a former chief minister of the colony, was honoured.", "Rui Lobo",
         "former chief minister of the colony"),
        ("Kell recalled that his predecessor, the late Rui Lobo, had proposed it.", "Rui Lobo",
         "predecessor"),
        ("Berg visited the grave of the late Rui Lobo in Vila.", "Rui Lobo", "late"),
    ],
)  # fmt: skip
def test_the_late_x_takes_the_description_the_sentence_sets_beside_the_name(
    paragraph: str, name: str, role: str
) -> None:
    """ "the late X" with no words between gave the role "late" alone, a word of time (round 28,
    held-out 95 to 102: seven people of the past); the description set beside the name, before
    it or after it, is the role the writers give. An article before it goes, the "the" of an
    owner's possessive stays, and a common noun's kin ("the businessman's father") is "father
    of the businessman"; with no description, "late" stays."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}")
    assert drafted.get(name) == role


def test_a_person_of_the_past_described_without_late_in_the_role_speaks_for_no_leader() -> None:
    """A person of the past keeps being one when the role no longer says "late": a namesake
    "former cabinet colleague, the late X Kell," takes none of the Prime Minister's words."""
    paragraphs = (
        "President Ana Berg met Prime Minister Tomas Kell.\n\nThe Prime Minister's namesake and "
        "former cabinet colleague, the late Rui Kell, first proposed the scheme.\n\n"
        "Kell welcomed the delegation and thanked Lakeland for its support."
    )
    release = "[Joint statement _2026.11.30. Tashkent]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    summit = draft_summit(f"{paragraphs}\n\n{release}", "a.txt")
    ids = {p.name: p.id for p in summit.people}
    spoken = {i for s in summit.statements for i in s.speakers}
    assert ids["Rui Kell"] not in spoken


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Berg, whose father Jon Berg was mayor of Vila in the 1990s, opened the meeting.",
         "Jon Berg", "father of the German Chancellor"),
        ("Kell, whose grandmother Elsa Kell was born in Vila, said it mattered.", "Elsa Kell",
         "grandmother of the Prime Minister"),
        ("Rita Dede, a nurse, spoke first. Dede, whose brother Rui Dede was lost at sea, said "
         "it mattered.", "Rui Dede", "brother of Rita Dede"),
    ],
)  # fmt: skip
def test_a_relative_after_whose_is_of_the_office_or_the_full_name_not_a_family_name(
    paragraph: str, name: str, role: str
) -> None:
    """ "Berg, whose father Jon Berg" gave "father of Berg", a family name father and daughter
    share (round 28, held-out 95 to 102: five relatives of leaders); the gold labels write
    "father of the German Chancellor", and of someone with no office, their full name."""
    drafted = _roles_drafted(
        f"German Chancellor Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}"
    )
    assert drafted.get(name) == role


@pytest.mark.parametrize(
    "caption",
    [
        "/ KNA / Ama Dede",
        "LAKEPIX PHOTO Ama Dede",
        "Ama Dede/Lakewire",
        "Lakewire / Ama Dede",
        "THE LAKE PRESS/Ama Dede",
        "LAKE FOTO/Ama Dede",
    ],
)
def test_a_photo_credit_of_an_agency_in_words_or_capitals_names_a_silent_photographer(
    caption: str,
) -> None:
    """An agency of several words in capitals ("THE LAKE PRESS/X"), of one capitalised word on
    either side ("X/Lakewire", "Lakewire / X"), a credit after " / " ("/ KNA / X") and "AGENCY
    PHOTO X" left eight photographers out of `people` (round 28, held-out 95 to 102)."""
    paragraphs = (
        "Leaders meet in the capital\n\nLAKETOWN - President Ana Berg met "
        "Prime Minister Tomas Kell on Monday.\n\n"
        f"President Ana Berg welcomes Prime Minister Tomas Kell on Monday. {caption}\n\n"
        "Berg said it went well."
    )
    assert _roles_drafted(paragraphs) == {
        "Ana Berg": "President",
        "Tomas Kell": "Prime Minister",
        "Ama Dede": "photographer",
    }


def test_a_photo_credit_after_a_bar_names_the_photographer_in_capitals() -> None:
    """ "PHOTO | X Y" writes the photographer after a bar, in capitals as the writers keep it."""
    paragraphs = (
        "Leaders meet in the capital\n\nLAKETOWN - President Ana Berg met "
        "Prime Minister Tomas Kell on Monday.\n\n"
        "President Ana Berg welcomes Prime Minister Tomas Kell on Monday. PHOTO | AMA DEDE\n\n"
        "Berg said it went well."
    )
    assert _roles_drafted(paragraphs).get("AMA DEDE") == "photographer"


# Round 28, SPEAKERS


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("President", "For his part, President Ben Salah thanked the hosts for the welcome."),
        ("President", '"We came as friends," President Ben Salah said.'),
        ("Prime Minister", "Prime Minister Ben Salah thanked the hosts for the welcome."),
    ],
)  # fmt: skip
def test_a_title_and_a_family_name_of_two_words_is_the_counterpart_beside_a_minister(
    title: str, words: str
) -> None:
    """ "his Tunisian counterpart, Mohamed Slim Ben Romdhane" and a trade minister Hedi Ben
    Romdhane: "President Ben Romdhane" made a third person, who took the leader's words
    (round 28, held-out 95, twelve statements): a counterpart holds the title the article
    left unsaid, where no namesake's role gives it; still a guess beside the namesake."""
    story = (
        "ALGIERS - President Karim Haddad and his Dutch counterpart, Karim Ali Ben Salah, met "
        "on Monday.\n\nThe Dutch side included the Minister of Trade, Hedi Ben Salah.\n\n"
        f"{words}"
    )
    names = [p.name for p in find_people([(0, story)]).values()]
    assert "Ben Salah" not in names
    said = _who_said(_speakers_and_guesses(story), "the hosts" if "hosts" in words else "friends")
    if title == "President":
        assert said == [(["karim-ali-ben-salah"], True)]
    else:  # the counterpart's title is unsaid; a Prime Minister may be either: not him surely
        assert all(speakers != ["karim-ali-ben-salah"] or guessed for speakers, guessed in said)


def test_a_title_after_another_s_name_in_a_list_of_guests_gives_the_next_no_country() -> None:
    """ "At the invitation of Mr. A, President of the Republic of Tunisia, Mr. B, President of
    Algeria, paid a visit" made "President of the Republic of Tunisia" B's title and Tunisia his
    country, so "the Tunisian Head of State said" went to B (round 28, held-out 95): a title
    after a name and its comma is that name's. Since round 34 the release's title after "of Mr.
    Slim Nasri," is his (a name after "of" starts no list of roles and names), so the Tunisian
    Head of State is he for certain, no guess."""
    story = (
        "TUNIS - The President of the Republic, Karim Haddad, and his Tunisian counterpart, "
        "Slim Nasri, met on Monday.\n\n"
        '"We will not forget it," the Tunisian Head of State said.'
    )
    release = (
        "[Joint communique _2026.3.5. Tunis]\n\nAt the invitation of Mr. Slim Nasri, President "
        "of the Republic of Tunisia, Mr. Karim Haddad, President of the People's Democratic "
        "Republic of Algeria, paid a visit to Tunisia.\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    said = _who_said(_speakers_and_guesses(story, release), "forget")
    assert said == [(["slim-nasri"], False)]


@pytest.mark.parametrize(
    ("portfolio", "speaker"),
    [
        ("Minister of Energy and Mines", "rita-dede"),
        ("Minister of Foreign Affairs", "rui-lobo"),
    ],
)  # fmt: skip
def test_a_minister_called_by_the_whole_of_a_portfolio_is_its_holder(
    portfolio: str, speaker: str
) -> None:
    """ "The Minister of Energy and Mines stated" went to the foreign minister, the first of
    four ministers (round 28, held-out 95): the one whose role is worded so holds it; a guess,
    as a portfolio names no country."""
    story = (
        "ALGIERS - President Karim Haddad met Prime Minister Tomas Kell.\n\n"
        "Present were the Minister of Foreign Affairs, Rui Lobo, and the Minister of Energy and "
        "Mines, Rita Dede.\n\n"
        f"The {portfolio} stated that gas deliveries would be maintained."
    )
    assert _who_said(_speakers_and_guesses(story), "gas deliveries") == [([speaker], True)]


def test_a_role_ending_with_and_and_a_given_name_is_no_role() -> None:
    """ "Colin Ashworth, the Prime Minister of Canada, and Mariana Olvera Castañeda, the
    President of Mexico, shake hands" made a person "Olvera Castañeda", her role "Prime Minister
    of Canada, and Mariana", who took her words (round 28, held-out 97): a role never ends in
    "and" and a given name."""
    story = (
        "OTTAWA - Prime Minister Tomas Kell and Mexican President Ana Sofía Ruiz Peña agreed "
        "to build a corridor.\n\n"
        "Tomas Kell, the Prime Minister of Canada, and Ana Sofía Ruiz Peña, the President of "
        "Mexico, shake hands in Ottawa.\n\n"
        "Ruiz Peña said that ministers would now meet every six months."
    )
    names = [p.name for p in find_people([(0, story)]).values()]
    assert names == ["Tomas Kell", "Ana Sofía Ruiz Peña"]
    said = _who_said(_speakers_and_guesses(story), "six months")
    assert [speakers for speakers, _ in said] == [["ana-sofia-ruiz-pena"]]


@pytest.mark.parametrize(
    ("honorific", "speaker"),
    [("Ms", "joseph-kell"), ("Mr", None)],
)  # fmt: skip
def test_ms_after_a_woman_named_in_full_tells_her_gender(
    honorific: str, speaker: str | None
) -> None:
    """ "Minister Agnes Yawari, who is not related to the Prime Minister, said … According to
    Ms Yawari" told nothing, since three people carry the name; "Mr Yawari said" later went to
    her (round 28, held-out 101): "Ms" right after a woman's full name in the paragraph is her,
    so she is a woman. "Mr" after a name tells nothing: the name may be his wife's."""
    story = (
        "HONIARA - Prime Minister Joseph Kell met Prime Minister Derek Sore.\n\n"
        "Foreign Minister Agnes Kell, who is not related to the Prime Minister, spoke. "
        f"According to {honorific} Kell, the patrols will begin soon.\n\n"
        "On fisheries, Mr Kell said both countries should get a bigger share."
    )
    said = _who_said(_speakers_and_guesses(story), "bigger share")
    if speaker:
        assert said == [([speaker], True)]
    else:
        assert said != [(["joseph-kell"], False)]


def test_his_majesty_is_the_monarch_not_the_crown_prince_beside_him() -> None:
    """ "His Majesty said" went to "His Royal Highness Prince X, the Crown Prince", named after
    the Sultan (round 28, held-out 96): a crown prince is a Highness, never a Majesty."""
    story = (
        "BANDAR SERI BEGAWAN - His Majesty Sultan Haji Omar Ali Rahman, the Sultan of Brunei, "
        "and Malaysian Prime Minister Kamal Yusof met on Monday.\n\n"
        "The talks were also attended by His Royal Highness Prince Abdul Aziz, the Crown Prince."
        '\n\n"Our people cross the border every day," His Majesty said.'
    )
    said = _who_said(_speakers_and_guesses(story), "cross the border")
    assert [speakers for speakers, _ in said] == [["omar-ali-rahman"]]


def test_eng_before_a_family_name_alone_is_the_engineer_s_honorific() -> None:
    """ "Engineer Blessing Tatenda Gumbo, said …" then `"…," Eng Gumbo said` made a person "Eng
    Gumbo" who took the minister's words (round 28, held-out 95 and 102): the engineer's "Eng"
    is an honorific before a family name alone too, as before a full name."""
    story = (
        "HARARE - President Tendai Moyo met President Kabelo Dube.\n\n"
        "The Minister of Energy, Engineer Farai Tatenda Gumbo, said the plant would open soon."
        '\n\n"Every megawatt counts for us," Eng Gumbo said.'
    )
    names = [p.name for p in find_people([(0, story)]).values()]
    assert "Eng Gumbo" not in names
    said = _who_said(_speakers_and_guesses(story), "megawatt")
    assert [speakers for speakers, _ in said] == [["farai-tatenda-gumbo"]]


@pytest.mark.parametrize(
    "relative",
    [
        "Kgosi Neo Mothibi Dube, a cousin of the Botswana President,",
        "Neo Mothibi Dube, the Botswana President's nephew,",
    ],
)
def test_a_leader_s_relative_is_no_leader_of_the_country(relative: str) -> None:
    """ "the Botswana leader said" went to "a traditional leader … and a cousin of the Botswana
    President" (round 28, held-out 95): a relative's role names an office that is not theirs."""
    story = (
        "VICTORIA FALLS - President Tendai Moyo and his Botswana counterpart, President Kabelo "
        "Mpho Dube, signed the agreement.\n\n"
        f"Among the guests was {relative} who spoke at the banquet.\n\n"
        '"Water is life," the Botswana leader said.'
    )
    said = _who_said(_speakers_and_guesses(story), "Water is life")
    assert [speakers for speakers, _ in said] == [["kabelo-mpho-dube"]]


@pytest.mark.parametrize(
    ("namesake", "said", "words"),
    [
        ("Hamid Idris Mohamed, a former ambassador to Cairo,", '"We will build," Idris said.',
         "We will build"),
        ("the late Laisenia Tuiloma, a former minister,", "Mr Tuiloma said officials would study "
         "it.", "officials would study"),
    ],
)  # fmt: skip
def test_a_bare_or_addressed_name_is_the_living_holder_not_a_former_namesake(
    namesake: str, said: str, words: str
) -> None:
    """ "Idris told reporters", of Chairman Osman Hamid Idris and "Hamid Idris Mohamed, a
    former Sudanese ambassador", and "Mr Tuiloma said", of the Prime Minister and "the late
    Laisenia Tuiloma", went to the namesake of the past (round 28, held-out 100 and 101): a
    name several people carry means the living holders first, as "President Silva" does."""
    story = (
        "CAIRO - President Karim Sherif met Chairman Osman Hamid Idris and Prime Minister "
        "Isikeli Tuiloma.\n\n"
        f"The leaders did not mention {namesake} who was present.\n\n{said}"
    )
    leader = "osman-hamid-idris" if "Idris" in said else "isikeli-tuiloma"
    assert _who_said(_speakers_and_guesses(story), words) == [([leader], True)]


# Round 29, NAMES AND ROLES


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Father Rui Lobo Dede, a priest at the shrine, told reporters the monks were "
         "\u201cquietly pleased.\u201d", "Rui Lobo Dede", "priest at the shrine"),
        ("Fr. Rui Dede, a parish priest, said the church would help.", "Rui Dede",
         "parish priest"),
        ("Pastor Rui Dede, who leads a church in Vila, said the talks mattered.", "Rui Dede", ""),
        ("Monsignor Rui Dede said the talks mattered.", "Rui Dede", ""),
        ("Archimandrite Rui Dede, a monk of the monastery, said the talks mattered.", "Rui Dede",
         "monk of the monastery"),
    ],
)  # fmt: skip
def test_a_clergyman_s_title_of_address_is_no_part_of_his_name(
    paragraph: str, name: str, role: str
) -> None:
    """ "Father X Y, a monk at the complex, told Z the brothers were "…"" listed "Father X Y",
    and the gold's X Y appeared under another form of his name (round 29, held-out 108's
    unflagged wrong attribution): a priest's or monk's title of address is no part of a name, as
    a Reverend's is not."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}")
    assert name in drafted
    assert not any(
        drafted_name.split()[0] in {"Father", "Fr", "Fr.", "Pastor", "Monsignor", "Archimandrite"}
        for drafted_name in drafted
    )
    if role:
        assert drafted[name] == role


@pytest.mark.parametrize(
    ("credit", "credited"),
    [
        ("(LKA, Rui Dede; editing by Ama Lind)",
         [("Rui Dede", "reporter"), ("Ama Lind", "editor")]),
        ("Additional reporting: Rui Dede", [("Rui Dede", "reporter")]),
        ("Author: Rui Dede. Editor: Ama Lind.", [("Rui Dede", "writer"), ("Ama Lind", "editor")]),
        ("Written by Rui Dede | The Lake Times", [("Rui Dede", "writer")]),
        ("Translator: Rui Dede, Ama Lind",
         [("Rui Dede", "translator"), ("Ama Lind", "translator")]),
        ("By Rui Dede, dpa", [("Rui Dede", "reporter")]),
        # round 34, held-out 143 to 150 (eleven unlisted): a byline in brackets, a one-word name
        # after "Story:", between interpuncts, "With a report from X", an agency's plural label
        # before a list, "Report: X, … Images: Y.", a photographer's initial run on or the agency
        # after a comma
        ("(By Rui Dede)", [("Rui Dede", "reporter")]),
        ("Story: Kelesi", [("Kelesi", "reporter")]),
        ("Rui Dede · Lake News · Posted: May 21, 2026", [("Rui Dede", "reporter")]),
        ("With a report from Rui Dede in Vila", [("Rui Dede", "reporter")]),
        ("(Lakewire reporters: Rui Dede, Ama Lind; Editor: Ina Sol)",
         [("Rui Dede", "reporter"), ("Ama Lind", "reporter"), ("Ina Sol", "editor")]),
        ("Report: Rui Dede, correspondent of Lake TV in Vila. Images: Ama Lind.",
         [("Rui Dede", "reporter"), ("Ama Lind", "photographer")]),
        ("Photo by T.Batbold", [("T.Batbold", "photographer")]),
        ("Photo: Rui Dede, LKA", [("Rui Dede", "photographer")]),
    ],
)  # fmt: skip
def test_credits_of_more_forms_list_their_journalists(
    credit: str, credited: list[tuple[str, str]]
) -> None:
    """Credits at a story's end the rules did not read left their journalists out of `people`
    (round 29, held-out 103 to 110: seven people): an agency before the reporter in brackets, a
    label with a colon and a list ("Additional reporting: X", "Translator: X, Y"), two labels in
    one line ("Author: X. Editor: Y."), an outlet after a bar, and a lower-case agency after a
    comma."""
    release = "[Joint statement _2026.11.30. Tashkent]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    article = (
        "Lake leaders meet\n\nPresident Ana Berg met Prime Minister Tomas Kell in Vila.\n\n"
        f"Berg said the talks went well.\n\n{credit}\n\n{release}"
    )
    people = draft_summit(article, "a.txt").people
    assert [(p.name, p.role, p.speaker) for p in people if p.name in dict(credited)] == [
        (name, role, False) for name, role in credited
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "The two leaders met in Vila on Thursday. Photo by Rui Dede.",
        "The two leaders met in Vila. (LAKEWIRE/Photo: Rui Dede)",
        "The two leaders embrace on the bridge. PHOTO: Rui Dede / LA VOZ",
        "The two leaders shake hands in Vila. (Rui Dede/LKA PHOTOS)",
        "The two leaders at the briefing in Vila on November 18. - LKA/LKS Photo Rui Dede",
    ],
)
def test_photo_credits_of_more_forms_name_the_photographer(caption: str) -> None:
    """Photo credits the rules missed (round 29, held-out 103 to 110: six photographers): "Photo
    by X." with its full stop, an agency's "AGENCY/Photo: X" in brackets, a paper's name in
    capitals beside a photographer's ("X / LA VOZ"), "PHOTOS" and "PICTURE" in capitals, and
    "AGENCY/AGENCY Photo X"."""
    release = "[Joint statement _2026.11.30. Tashkent]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    article = (
        "Lake leaders meet\n\nPresident Ana Berg met Prime Minister Tomas Kell in Vila.\n\n"
        f"{caption}\n\nBerg said the talks went well.\n\n{release}"
    )
    people = draft_summit(article, "a.txt").people
    assert [(p.name, p.role, p.speaker) for p in people[2:]] == [
        ("Rui Dede", "photographer", False)
    ]


def test_a_photo_credit_in_capitals_alone_names_the_photographer() -> None:
    """ "PICTURE: X Y" after a caption was no credit (round 29): the photo word in capitals is
    one, and a name in capitals alone is the photographer's, as the gold labels keep it."""
    release = "[Joint statement _2026.11.30. Tashkent]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    article = (
        "Lake leaders meet\n\nPresident Ana Berg met Prime Minister Tomas Kell in Vila.\n\n"
        "The two leaders at the centre, yesterday. PICTURE: RUI DEDE\n\n"
        f"Berg said the talks went well.\n\n{release}"
    )
    people = draft_summit(article, "a.txt").people
    assert ("RUI DEDE", "photographer") in [(p.name, p.role) for p in people]


def test_a_byline_in_capitals_over_a_journalist_s_title_is_the_reporter() -> None:
    """ "JANE DOE-ROE" over "Senior Reporter" under the headline was no byline (round 29,
    held-out 103 to 110): a name in capitals alone on its line may have the journalist's title on
    the line under it."""
    release = "[Joint statement _2026.11.30. Tashkent]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    article = (
        "Lake leaders meet\n\nRUI DEDE-LOBO\nSenior Reporter\n\n"
        "President Ana Berg met Prime Minister Tomas Kell in Vila.\n\n"
        f"Berg said the talks went well.\n\n{release}"
    )
    people = draft_summit(article, "a.txt").people
    assert ("Rui Dede-Lobo", "reporter", False) in [(p.name, p.role, p.speaker) for p in people]


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("The prime minister's father, Rui Kell, fished out of Vila for forty years.", "Rui Kell",
         "father of the prime minister"),
        ("The Veronian leader's wife, Ama Dede Lobo, visited a hospital.", "Ama Dede Lobo",
         "wife of the Veronian leader"),
        ("The crown prince's late father, Prince Rui bin Ali Dede, led the talks in 1970.",
         "Rui bin Ali Dede", "late father of the crown prince"),
        ("The prime minister's predecessor, Rui Dede, had visited Vila.", "Rui Dede",
         "predecessor of the prime minister"),
    ],
)  # fmt: skip
def test_a_relative_of_a_role_noun_named_after_it_is_listed(
    paragraph: str, name: str, role: str
) -> None:
    """ "The prime minister's father, X," left X out of `people` (round 29, held-out 103 to 110:
    five relatives and predecessors of leaders): after a role noun's possessive, a relative or
    predecessor named beside it is a person, "father of the prime minister", silent."""
    release = "[Joint statement _2026.11.30. Tashkent]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    article = f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}\n\n{release}"
    people = {p.name: (p.role, p.speaker) for p in draft_summit(article, "a.txt").people}
    assert people.get(name) == (role, False)


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Lakish Minister of Infrastructure and Water Management Ana Dede-Lobo said it mattered.",
         "Ana Dede-Lobo", "Lakish Minister of Infrastructure and Water Management"),
        ("Minister of Water and Fisheries Rui Dede said it mattered.", "Rui Dede",
         "Minister of Water and Fisheries"),
    ],
)  # fmt: skip
def test_a_portfolio_s_last_word_is_no_part_of_the_name_after_it(
    paragraph: str, name: str, role: str
) -> None:
    """ "Minister of Infrastructure and Water Management X Y" listed "Management X Y" (round 29,
    held-out 103 to 110, two statements under another form of the minister's name): a
    portfolio's word ends the title, never starts the name."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}")
    assert drafted.get(name) == role


# Round 29, SPEAKERS


@pytest.mark.parametrize(
    ("minister", "said", "expected", "guessed"),
    [
        ("Defence Minister Anna Lund", "The Danish minister stressed that the plant would be "
         "public.", ["anna-lund"], True),
        ("Danish Defence Minister Anna Lund", "The Danish minister stressed that the plant "
         "would be public.", ["anna-lund"], True),
        ("Defence Minister Anna Lund", "The Danish prime minister stressed that the plant would "
         "be public.", ["mads-holm"], False),
    ],
)  # fmt: skip
def test_a_nationality_s_minister_is_a_minister_before_that_country_s_head(
    minister: str, said: str, expected: list[str], guessed: bool
) -> None:
    """ "According to Defence Minister X, …. The Swedish minister stressed that …" went to the
    Swedish Prime Minister, unflagged (round 29, held-out 104): "minister" after a nationality
    is a minister's noun before a head of government's title, and always a guess: a minister
    whose country the article gives by other words may be meant (a fresh set of round 29 had
    two such unflagged), and one whose nationality it does not give is a guess too."""
    story = (
        "COPENHAGEN - Danish Prime Minister Mads Holm met Norwegian Prime Minister Per Dahl.\n\n"
        f"According to {minister}, the plant could make shells. {said}"
    )
    assert _who_said(_speakers_and_guesses(story), "would be public") == [(expected, guessed)]


@pytest.mark.parametrize(
    ("clause", "expected", "guessed"),
    [
        ("(1) President Tomas Varga offered training for the police, which President Ivan "
         "Horvat welcomed.", ["ivan-horvat", "tomas-varga"], True),
        ("(1) President Tomas Varga welcomed the plan, which President Ivan Horvat had drawn up "
         "in March.", ["tomas-varga"], False),
    ],
)  # fmt: skip
def test_a_clause_with_a_relative_subject_of_its_own_is_both_leaders_a_guess(
    clause: str, expected: list[str], guessed: bool
) -> None:
    """ "(2) President A offered …, which President B welcomed." went to B alone, unflagged
    (round 29, held-out 105): the clause has two subjects and one speaker set, so it names
    both, a guess; a relative clause with no verb of the joint document's voice is no part
    of the words."""
    release = (
        "[Joint Statement on the Summit of Varga and Horvat, Zagreb, 12 March 2026]\n\n"
        f"1. Security\n\n{clause}\n\n/End/"
    )
    story = "ZAGREB - President Tomas Varga met President Ivan Horvat on Thursday."
    said = _who_said(_speakers_and_guesses(story, release), "President Tomas Varga")
    assert [(sorted(speakers), guessed) for speakers, guessed in said] == [
        (sorted(expected), guessed)
    ]


@pytest.mark.parametrize("dateline", ["Oslo, Jan 20 (NTB) -", "OSLO, June 3 -", "Oslo, 12 May -"])
def test_a_dateline_s_month_is_no_mention_of_a_namesake(dateline: str) -> None:
    """ "Prague, Jan 20 (CTK) -" made the month a mention of "the ice hockey player Jan X",
    named at the story's end, who then took the Prime Minister's words by his shared family
    name (round 29, held-out 103): a month beside a day is a date, never a given name."""
    given = dateline.split()[1] if "Jan" in dateline or "June" in dateline else "May"
    story = (
        f"{dateline} Norwegian Prime Minister Per Dahl and Swedish Prime Minister Eva Lund "
        "agreed to build a factory, the two said.\n\n"
        '"We are neighbours," Dahl told reporters.\n\n'
        f"Dahl, asked about the skier {given} Dahl, laughed."
    )
    said = _who_said(_speakers_and_guesses(story), "neighbours")
    assert [speakers for speakers, _ in said] == [["per-dahl"]]


@pytest.mark.parametrize("said", ["Mr Lopa said", "Lopa said", "Dr Lopa said"])
def test_an_addressed_family_name_is_the_leader_before_a_namesake_named_later(said: str) -> None:
    """ "Mr Lopati said", of a Prime Minister and a student "no relation to the prime
    minister" named some paragraphs before, went to the student (round 29, held-out 109): a
    family name after a title of address is the leader the story follows, as the bare family
    name is, unless the namesake was named in this paragraph or the last; a guess either way."""
    story = (
        "SUVA - Prime Minister Ratu Josaia Vaka welcomed his Tuvaluan counterpart, Taf Lopa.\n\n"
        "Student Fai Lopa, no relation to the prime minister, said the news spread fast.\n\n"
        "Opposition Leader Peni Nai said his party supported the plan.\n\n"
        "Officials said a committee would identify land.\n\n"
        f"{said} he had invited his host to Funafuti."
    )
    assert _who_said(_speakers_and_guesses(story), "invited his host") == [(["taf-lopa"], True)]


@pytest.mark.parametrize("said", ["the two said", "the two told reporters"])
def test_the_two_alone_before_a_verb_of_speech_is_both_leaders(said: str) -> None:
    """ "Prime Minister A and Prime Minister B agreed on Tuesday to …, the two said after a
    joint session" went to A alone (round 29, held-out 103): "the two" before a verb of speech
    is the plural of the two named, as "both men" is."""
    story = (
        "OSLO - Norwegian Prime Minister Per Dahl and Swedish Prime Minister Eva Lund agreed "
        f"on Tuesday to build a factory, {said} after the session."
    )
    said_by = _who_said(_speakers_and_guesses(story), "build a factory")
    assert [sorted(speakers) for speakers, _ in said_by] == [["eva-lund", "per-dahl"]]


@pytest.mark.parametrize(
    ("view", "words"),
    [
        ("For the Danish Minister of Foreign Affairs, Anna Lund, the deal is a fair approach.",
         "fair approach"),
        ('For the Danish Minister of Foreign Affairs, Anna Lund, it is "fair". In her words: '
         '"Our citizens must be protected."', "Our citizens"),
    ],
)  # fmt: skip
def test_a_view_for_a_titled_name_in_apposition_is_theirs(view: str, words: str) -> None:
    """ "For the Congolese Minister of Foreign Affairs, X, the agreement represents …" and "In
    her words: "…"" were missed (round 29, held-out 105): the view "For …," introduces is the
    name's after its title, and "In her words" before a colon is hers as before a comma."""
    story = f"COPENHAGEN - Prime Minister Mads Holm met Prime Minister Per Dahl.\n\n{view}"
    assert _who_said(_speakers_and_guesses(story), words) == [(["anna-lund"], True)]


def test_for_a_time_or_a_reason_is_no_view() -> None:
    """ "For the first time, X, …," names a time, no one whose view the sentence gives."""
    story = (
        "COPENHAGEN - Prime Minister Mads Holm met Prime Minister Per Dahl.\n\n"
        "For the first time, Anna Lund, a farmer, the plan is clear."
    )
    assert _who_said(_speakers_and_guesses(story), "the plan is clear") == []


@pytest.mark.parametrize("noun", ["economist", "researcher", "analyst"])
def test_a_scholar_s_noun_is_any_scholar_where_no_role_holds_it(noun: str) -> None:
    """ "According to the economist X, a lecturer at Y University, …" then ""…," the economist
    said" was missed (round 29, held-out 105): the role kept is the apposition's, so a
    scholar's noun no role holds is any scholar the article quotes, a guess."""
    story = (
        "LUANDA - President Ana Neto met President Jean Kabila.\n\n"
        f"According to the {noun} Pedro Dias, a lecturer at Luanda University, the rail link "
        'would pay.\n\n"Security comes first," the ' + noun + " said."
    )
    said = _who_said(_speakers_and_guesses(story), "Security comes first")
    assert said == [(["pedro-dias"], True)]


@pytest.mark.parametrize(
    ("sentence", "expected", "guessed"),
    [
        ('Trade Minister Anna Lund had a simple message for firms on both sides: "Invest now."',
         ["anna-lund"], True),
        ('The Danish Minister of Trade, Anna Lund, was blunt about it: "Invest now."',
         ["anna-lund"], True),
        ('Trade Minister Anna Lund spoke first. Her words: "Invest now."', ["anna-lund"], True),
        ('Trade Minister Kurt Lund spoke first. His words: "Invest now."', ["kurt-lund"], True),
        ('The deal was clear: "Invest now."', [], False),
    ],
)  # fmt: skip
def test_a_colon_brings_in_the_words_of_the_clause_s_subject(
    sentence: str, expected: list[str], guessed: bool
) -> None:
    """ "Finland's Minister X had a simple message for businesses on both sides of the gulf:
    "…"", "The Minister of Trade, X, was blunt about the pending issues: "…"" and "Her words:
    "…"" were missed (round 29, held-out 104 and 110): the quotation a colon brings in is the
    clause's subject's, a guess where it names no verb of speech."""
    story = f"COPENHAGEN - Prime Minister Mads Holm met Prime Minister Per Dahl.\n\n{sentence}"
    said = _who_said(_speakers_and_guesses(story), "Invest now")
    assert said == ([(expected, guessed)] if expected else [])


@pytest.mark.parametrize(
    "after",
    ["said Dahl at a joint press conference at Sanjika Palace.",
     "said Dahl at a news conference in Oslo.", "said Dahl in an interview."],
)  # fmt: skip
def test_a_name_after_the_verb_may_say_where_in_two_phrases(after: str) -> None:
    """ ""…," said Phiri at a joint press conference at Sanjika Palace." was missed (round 29,
    held-out 105): where the speaker spoke may name the occasion and then its place."""
    story = (
        "OSLO - Norwegian Prime Minister Per Dahl met Swedish Prime Minister Eva Lund.\n\n"
        f'"This waterway was a dream on paper," {after}'
    )
    said = _who_said(_speakers_and_guesses(story), "dream on paper")
    assert [speakers for speakers, _ in said] == [["per-dahl"]]


@pytest.mark.parametrize(
    ("named", "noun", "who"),
    [("Rep. Kim Dae-ho of the opposition party", "the lawmaker", "kim-dae-ho"),
     ("Lobamba MP Sipho Dlamini, who is not related to the PM,", "the MP", "sipho-dlamini")],
)  # fmt: skip
def test_a_legislator_s_noun_finds_an_mp_or_a_rep(named: str, noun: str, who: str) -> None:
    """ ""…," the lawmaker said" after "Rep. X" and ""…?" the MP asked" after "Lobamba MP X"
    were missed (round 29, held-out 105 and 109): "Rep." ends in a full stop, no word's end,
    and "the MP" is a legislator's noun; a guess, as every occupation is."""
    story = (
        "SEOUL - President Jang Min-ho met President Arief Setiawan.\n\n"
        f"{named} said the government should ask for more.\n\n"
        f'"We have heard this promise before," {noun} said.'
    )
    assert _who_said(_speakers_and_guesses(story), "heard this promise") == [([who], True)]


# Round 30, SPEAKERS


@pytest.mark.parametrize(
    ("insert", "expected", "guessed"),
    [(", he said,", ["karl-brandt"], True),
     (", Brandt said,", ["karl-brandt"], False),
     (", said Brandt,", ["karl-brandt"], False),
     (", Brandt told reporters,", ["karl-brandt"], False),
     (", critics said,", [], False)],
)  # fmt: skip
def test_a_clause_of_speech_inserted_after_the_subject_is_its_own_speaker(
    insert: str, expected: list[str], guessed: bool
) -> None:
    """ "The prime minister, he said, had "blinked first"" went to the prime minister, unflagged
    (round 30, held-out 118): a clause of speech set off by commas after the sentence's subject
    is the speaker's, the one the inserted clause names, and nobody's where it names no one."""
    story = (
        "OTTAWA - Prime Minister Anne Roy met President Dale Hart.\n\n"
        "Opposition Leader Karl Brandt attacked the government in Parliament. "
        f'The prime minister{insert} had "given in too soon" on steel.'
    )
    said = _who_said(_speakers_and_guesses(story), "given in too soon")
    assert said == ([(expected, guessed)] if expected else [])


@pytest.mark.parametrize(
    ("subject", "expected", "guessed"),
    [("Transport analyst Lars Berg of the Oslo think-tank North Bridge", "lars-berg", False),
     ("Economist Lars Berg at the Bergen consultancy Fjord Analytics", "lars-berg", False),
     ("Lars Berg from the Oslo research group Nordic Link", "nordic-link", True)],
)  # fmt: skip
def test_a_name_in_a_phrase_after_the_subject_is_no_speaker(
    subject: str, expected: str, guessed: bool
) -> None:
    """ "Transport analyst X of the Vilnius think-tank Y said that …" went to Y, a person to the
    rules, unflagged (round 30, held-out 111): a description holding a listed person's name
    lists no body after it (the names-and-roles branch), so the words are the subject's; where
    the rules did not list the subject (the third), the body they read as a person is a guess
    (the speakers branch, whose own guess for the first two the merge left nothing to meet)."""
    story = (
        "OSLO - Prime Minister Per Dahl met Prime Minister Eva Lund.\n\n"
        f"{subject} said that the money was the problem."
    )
    said = _who_said(_speakers_and_guesses(story), "money was the problem")
    assert said == [([expected], guessed)]


@pytest.mark.parametrize(
    ("lede", "sentence", "expected"),
    [("President of Kazakhstan Aibek Nurov met President of Turkmenistan Serdar Atayev.",
      '"We are ready to offer our ports," the Turkmen President said.', ["serdar-atayev"]),
     ("Prime Minister Tom Hale of Australia met Prime Minister Aroha Ngata of New Zealand.",
      '"We are ready to offer our ports," the New Zealand prime minister said.', ["aroha-ngata"]),
     ("Prime Minister Tom Hale of Fiji met Prime Minister Rex Tora of Solomon Islands.",
      '"We are ready to offer our ports," the Solomon Islands prime minister said.',
      ["rex-tora"])],
)  # fmt: skip
def test_a_nationality_of_no_common_ending_names_its_leader(
    lede: str, sentence: str, expected: list[str]
) -> None:
    """ "the Turkmen President said" and "the New Zealand prime minister said" were missed
    (round 30, held-out 115 and 118): a nationality ending as no rule's ending, and a country of
    two words before a title, are nationalities as "the Chilean leader"'s is."""
    said = _who_said(_speakers_and_guesses(f"ASTANA - {lede}\n\n{sentence}"), "offer our ports")
    assert [speakers for speakers, _ in said] == [expected]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [("Brandt criticised the government for not tabling the treaty.", "not tabling"),
     ("Brandt congratulated Dahl on his re-election.", "his re-election"),
     ("Brandt, for his part, described the deal as historic.", "as historic"),
     ("The leaders discussed the pipeline, with Brandt promising that supply would resume.",
      "supply would resume"),
     ("Fisheries researcher Karl Brandt of the University of Oslo notes that stocks fell.",
      "stocks fell"),
     ("- None of us can do it alone, says Karl Brandt to NTB.", "do it alone")],
)  # fmt: skip
def test_verbs_that_report_words_without_a_quotation(sentence: str, words: str) -> None:
    """ "criticised the Government for not tabling …", "congratulated X on …", "described the
    gas contract as historic", "with the Nigerian leader promising that …", "notes that …" and
    "- …, says X to Ritzau." were missed (round 30, held-out 113 to 118): each reports words of
    its subject's."""
    story = (
        "OSLO - Prime Minister Per Dahl met Prime Minister Eva Lund.\n\n"
        f"Opposition leader Karl Brandt attacked the deal.\n\n{sentence}"
    )
    said = _who_said(_speakers_and_guesses(story), words)
    assert [speakers for speakers, _ in said] == [["karl-brandt"]]


def test_the_senator_is_a_senator_titled_sen() -> None:
    """ ""…," the senator said" after "Sen. X of Montana" was missed (round 30, held-out 118):
    "Sen." is a senator's title; a guess, as every occupation is."""
    story = (
        "OTTAWA - Prime Minister Anne Roy met President Dale Hart.\n\n"
        "Sen. Ray Holt of Montana welcomed the talks.\n\n"
        '"Our mills have waited long enough," the senator said.'
    )
    assert _who_said(_speakers_and_guesses(story), "waited long enough") == [(["ray-holt"], True)]


# Round 30, NAMES AND ROLES


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("In Port Loko, paramount chief P.C. Alimamy Koroma Sesay welcomed the plan, saying the "
         "market had been shut too long.", "Alimamy Koroma Sesay"),
        ("Paramount Chief Alimamy Koroma Sesay said the market had been shut too long.",
         "Alimamy Koroma Sesay"),
    ],
)  # fmt: skip
def test_a_paramount_chief_s_title_written_short_is_no_part_of_his_name(
    paragraph: str, name: str
) -> None:
    """ "paramount chief P.C. X Y Z welcomed the news, saying …" listed "P.C. X Y Z", and the
    gold's X Y Z appeared under another form of his name, unflagged (round 30, held-out 114):
    a traditional title of address, written in full or short, is no part of a name; whether a
    writer keeps it is the curator's, so the speaker is a guess."""
    story = f"FREETOWN - President Ana Berg met President Tomas Kell.\n\n{paragraph}"
    assert name in _roles_drafted(story)
    assert _who_said(_speakers_and_guesses(story), "shut too long") == [
        ([name.lower().replace(" ", "-")], True)
    ]


def test_run_together_initials_before_a_full_name_make_the_speaker_a_guess() -> None:
    """A name the rules read whole may start with a title written short, as "P.C." was read
    as initials of a name (round 30, held-out 114): run-together initials before a name of two
    words are kept, as a writer may keep them, and the speaker is a guess."""
    story = (
        "FREETOWN - President Ana Berg met President Tomas Kell.\n\n"
        "Chief Minister K.L. Rui Dede said the market had been shut too long."
    )
    assert "K.L. Rui Dede" in _roles_drafted(story)
    assert _who_said(_speakers_and_guesses(story), "shut too long") == [(["k-l-rui-dede"], True)]


@pytest.mark.parametrize(
    ("paragraph", "name", "role", "words"),
    [
        ("Foreign Minister Ch.Dorj told reporters that the deal was signed.", "Ch.Dorj",
         "Foreign Minister", "the deal was signed"),
        ("Minister of Energy of Mongolia B.Tsetseg said the line would open in May.", "B.Tsetseg",
         "Minister of Energy of Mongolia", "the line would open"),
        ("Economist D.Oyun, a researcher at the Academy of Sciences, said the goal was fair. "
         "\u201cCosts must fall first,\u201d D.Oyun said.", "D.Oyun",
         "researcher at the Academy of Sciences", "Costs must fall first"),
    ],
)  # fmt: skip
def test_a_name_with_its_initial_run_on_is_a_person_of_that_name(
    paragraph: str, name: str, role: str, words: str
) -> None:
    """ "President Ts.X", "Minister of Foreign Affairs of Mongolia B.Y told reporters" and
    "Economist D.Z, a researcher …, said" listed "Ts", or no one, and their words went to
    nobody (round 30, held-out 115, eleven wrong): a patronymic's initial run on into the given
    name with a full stop is a name, as Mongolian agencies write it and the gold keeps it."""
    story = f"ULAANBAATAR - President Ana Berg met President Tomas Kell.\n\n{paragraph}"
    drafted = _roles_drafted(story)
    assert drafted.get(name) == role
    assert not any(len(drafted_name) <= 2 for drafted_name in drafted)
    said = _who_said(_speakers_and_guesses(story), words)
    assert [speakers for speakers, _ in said] == [[name.lower().replace(".", "-")]]


@pytest.mark.parametrize("written", ["St.Petersburg", "No.Five"])
def test_a_place_or_a_word_written_short_is_no_run_on_name(written: str) -> None:
    """A saint's place or a number written short with no space is no name with its initial run
    on (round 30): "met X in St.Petersburg" names no one "St.Petersburg"."""
    drafted = _roles_drafted(f"President Ana Berg met President Tomas Kell in {written}.")
    assert written not in drafted


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Transport economist Professor Rui Dede of the University of Vila said the line would "
         "pay.", "Rui Dede", "professor of the University of Vila"),
        ("Security analyst Professor Rui Dede of the University of Dar es Salaam said the post "
         "would help.", "Rui Dede", "professor of the University of Dar es Salaam"),
        ("Economist Ama Lind of the University of St. Gallen said the tunnel would pay.",
         "Ama Lind", "Economist of the University of St. Gallen"),
        ("Education Minister Professor Rui Dede of the University of Vila said it would pay.",
         "Rui Dede", "Education Minister"),
    ],
)  # fmt: skip
def test_a_scholar_s_chair_and_body_are_the_role_whole(
    paragraph: str, name: str, role: str
) -> None:
    """ "Development economist Professor X of the University of Y said" was listed as the
    field, not the chair the gold gives ("professor of the University of Y"), and "of the
    University of St. Gallen" and "of the University of Dar es Salaam" were cut at "St" and
    "Dar" (round 30, held-out 111 and 113): a professor of a body described by a field is
    that body's professor, and a body's name may hold a saint's name written short or a place's
    small word; an office before the chair still comes first."""
    story = f"President Ana Berg met President Tomas Kell.\n\n{paragraph}"
    assert _roles_drafted(story).get(name) == role


@pytest.mark.parametrize(
    "paragraph",
    [
        "At a cafe in the old town, Ms Rui Dede, 27, said she was glad.",
        "Speaking at a gathering at the embassy in Vila, Rui Dede, 42, said the visit mattered.",
    ],
)
def test_a_place_before_a_name_is_no_role(paragraph: str) -> None:
    """ "At a cafe in Hanoi's district, Ms X, 27, who studied …, said" gave X the role "Hanoi's
    district", and "at a gathering at the embassy, Y, 42, a domestic helper," the gathering
    (round 30, held-out 116): "a …" after "at" or "in" says where someone was, never what they
    are."""
    story = f"President Ana Berg met President Tomas Kell.\n\n{paragraph}"
    role = _roles_drafted(story).get("Rui Dede", "")
    assert not re.search(r"cafe|gathering|town", role)


def test_a_name_before_and_and_a_title_is_no_part_of_the_title() -> None:
    """ "Mr Harrington and Prime Minister X met" gave X the role "Harrington and Prime Minister"
    (round 30, held-out 116): a listed person's name before "and" ends a list, not a title."""
    story = (
        "DILI - Prime Minister Ana Berg arrived on Tuesday.\n\n"
        "Ms Berg and Prime Minister Tomas Kell met in Dili on Wednesday."
    )
    assert _roles_drafted(story)["Tomas Kell"] == "Prime Minister"


@pytest.mark.parametrize(
    ("paragraph", "named"),
    [
        ("Interior ministers Rui Dede of Norway and Ama Lind of Sweden signed the deal.",
         {"Rui Dede": "Interior minister of Norway", "Ama Lind": "Interior minister of Sweden"}),
        ("The talks will go on in May, according to a spokesperson for the government, Rui "
         "Dede.", {"Rui Dede": "spokesperson for the government"}),
        ("Report by Rui Dede and Ama Lind", {"Rui Dede": "reporter", "Ama Lind": "reporter"}),
    ],
)  # fmt: skip
def test_ministers_of_a_portfolio_a_description_ending_a_sentence_and_a_report_s_credit(
    paragraph: str, named: dict[str, str]
) -> None:
    """ "Interior ministers X of Belgium and Y of Germany", "according to a spokesperson for
    the federal government, X." and the credit "Report by X and Y" listed no one (round 30,
    held-out 111 and 114): a portfolio's two ministers are each its minister of their country,
    a description's name may end the sentence, and "Report by" credits reporters."""
    drafted = _roles_drafted(f"President Ana Berg met President Tomas Kell.\n\n{paragraph}")
    assert {name: drafted.get(name) for name in named} == named


def test_a_body_named_after_a_described_speaker_is_no_speaker() -> None:
    """ "Transport analyst X of the Vilnius think-tank Eastern Corridor said that …" listed
    "Eastern Corridor", described as "Transport analyst X of the Vilnius think-tank", and gave
    it X's words, unflagged (round 30, held-out 111): words before a name that hold a listed
    person's name describe that person, and the name after them is a body's."""
    story = (
        "RIGA - President Ana Berg met President Tomas Kell.\n\n"
        "Transport analyst Rui Dede of the Riga think-tank Northern Gate said that the money "
        "was the problem."
    )
    assert "Northern Gate" not in _roles_drafted(story)
    said = _who_said(_speakers_and_guesses(story), "money was the problem")
    assert [speakers for speakers, _ in said] == [["rui-dede"]]


# Round 31, SPEAKERS


@pytest.mark.parametrize(
    ("paragraphs", "words", "speakers"),
    [
        (["Minister of Foreign Affairs Rui Dede said the plan had dates. \"It is real,\" the "
          "foreign minister said.", "Lindish Foreign Minister Ama Lind said she agreed."],
         "It is real", ["rui-dede"]),
        (["Vice President Rui Dede spoke first. \"We are ready,\" the president said."],
         "We are ready", ["ana-berg"]),
        (["Foreign Minister Rui Dede met reporters. Deputy Foreign Minister Ama Lind spoke "
          "next. \"We are ready,\" the foreign minister said."],
         "We are ready", ["rui-dede"]),
    ],
)  # fmt: skip
def test_a_role_noun_whose_holder_is_not_the_nearest_named_is_a_guess(
    paragraphs: list[str], words: str, speakers: list[str]
) -> None:
    """ "the foreign minister" after a paragraph on a "Minister of Foreign Affairs" went,
    unflagged, to the other country's "Foreign Minister" the article named later (round 31,
    held-out 119): a role noun is certain only for the holder nearest before it among those
    whose role has its words; where another is nearer, either may be meant, a guess."""
    story = "\n\n".join(["President Ana Berg met Prime Minister Tomas Kell.", *paragraphs])
    said = _who_said(_speakers_and_guesses(story), words)
    assert said == [(speakers, True)]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Foreign Minister Rui Dede was there. \"We are ready,\" the foreign minister said.",
         "We are ready", "rui-dede"),
        ("Foreign Minister Rui Dede was there. The foreign minister said the talks went well.",
         "the talks went well", "rui-dede"),
        ("Chilean President Ana Berg spoke after Peruvian President Tomas Kell. \"We are "
         "ready,\" the Chilean leader said.", "We are ready", "ana-berg"),
    ],
)  # fmt: skip
def test_a_role_noun_of_the_one_holder_named_before_stays_certain(
    paragraph: str, words: str, speaker: str
) -> None:
    """The rule above must not flag the ordinary case: one holder of the office, named
    before the role noun, and nobody of that office named since, or only one the
    nationality the noun gives tells apart ("the Chilean leader" after the Peruvian)."""
    story = f"President Ana Berg met President Tomas Kell.\n\n{paragraph}"
    assert _who_said(_speakers_and_guesses(story), words) == [([speaker], False)]


@pytest.mark.parametrize(
    "clause",
    [
        "President Ana Berg invited President Tomas Kell to visit Oslo, which he accepted.",
        "President Ana Berg invited President Tomas Kell to visit Oslo, which he gladly accepted.",
    ],
)
def test_an_offer_the_other_leader_accepts_in_the_joint_document_is_both_leaders(
    clause: str,
) -> None:
    """ "A thanked B … and invited him to visit Mexico, which he accepted." went to A alone,
    unflagged (round 31, held-out 119): the pronoun of the relative clause is the one the
    clause named after its subject, whose acceptance is his part of the clause, a guess."""
    story = "President Ana Berg met President Tomas Kell in Oslo."
    assert _clauses_drafted(story, [clause]) == [(["ana-berg", "tomas-kell"], True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither Berg nor Kell said whether the loan would be renewed.",
        "Neither leader said whether the loan would be renewed.",
    ],
)
def test_neither_of_two_saying_reports_nobody_s_words(sentence: str) -> None:
    """ "Neither X nor Y said whether …" went to Y, unflagged (round 30's speakers tuner saw
    it in invented sentences and left it): like "X never said", it is the article's own
    statement that words were not said."""
    story = f"President Ana Berg met President Tomas Kell.\n\n{sentence}"
    assert _who_said(_speakers_and_guesses(story), "loan would be renewed") == []


# Round 31, NAMES AND ROLES


@pytest.mark.parametrize(
    ("given", "family"),
    [("Ľubo", "Dravec"), ("Ștefan", "Țurcanu"), ("Ǵorgi", "Trajkov"), ("Ŕena", "Ŧoll")],
)
def test_a_name_may_start_with_any_capital_letter(given: str, family: str) -> None:
    """ "Slovak Prime Minister Ľubomír X" was listed as "X", the given name dropped, since the
    rules knew only some accented capitals, and his words and the joint clauses went to the
    bare family name, unflagged (round 31, held-out 123): any upper-case letter starts a name
    word, in the story and in the release."""
    name = f"{given} {family}"
    story = (
        f"BRATISLAVA - Prime Minister {name} met President Ana Berg on Monday.\n\n"
        f"\u201cThe road is open,\u201d {family} said."
    )
    release = (
        "[Joint statement _2026.3.5. Bratislava]\n\n1. Trade\n\n"
        f"(1) Prime Minister {family} reiterated his support for the line.\n\n/End/"
    )
    drafted = draft(f"{story}\n\n{release}", "a.txt")
    assert [p["name"] for p in drafted["people"]] == [name, "Ana Berg"]
    said = _speakers_and_guesses(story, release)
    ident = drafted["people"][0]["id"]
    assert _who_said(said, "The road is open") == [([ident], False)]
    assert [speakers for speakers, _ in _who_said(said, "reiterated his support")] == [[ident]]


@pytest.mark.parametrize("title", ["Ambassador", "Senator"])
def test_a_title_of_address_before_the_full_name_is_the_same_person_s(title: str) -> None:
    """ "Foreign Affairs Minister Ambassador X Y told …" and then "Ambassador Y said" listed Y
    a second time, as an ambassador, and gave him the minister's words, unflagged (round 31,
    held-out 125): a title the article writes right before someone's full name is one they
    carry, so the title and family name later are that person."""
    story = (
        "HARARE - President Ana Berg met President Tomas Kell on Monday.\n\n"
        f"Foreign Affairs Minister {title} Rui Dede told reporters the talks went well.\n\n"
        f"\u201cWe have a plan with dates,\u201d {title} Dede said."
    )
    drafted = _roles_drafted(story)
    assert drafted.get("Rui Dede") == "Foreign Affairs Minister"
    assert "Dede" not in drafted
    said = _speakers_and_guesses(story)
    assert [speakers for speakers, _ in _who_said(said, "a plan with dates")] == [["rui-dede"]]


def test_another_title_before_a_family_name_is_still_someone_else() -> None:
    """A title the article never writes before the listed person's name names someone else
    of that family name, as before: "Senator Dede" is not Ambassador Rui Dede."""
    story = (
        "HARARE - President Ana Berg met President Tomas Kell on Monday.\n\n"
        "Foreign Affairs Minister Ambassador Rui Dede told reporters the talks went well.\n\n"
        "Senator Dede said the money was there."
    )
    said = _speakers_and_guesses(story)
    assert all(
        speakers != ["rui-dede"] or guessed
        for speakers, guessed in _who_said(said, "the money was there")
    )


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("\u2014 With files from Rui Dede in Vila Nova", {"Rui Dede": "reporter"}),
        ("-- With Rui Dede in Vila", {"Rui Dede": "reporter"}),
        ("Author: Rui Dede; editor: Ama Lind", {"Rui Dede": "writer", "Ama Lind": "editor"}),
        ("/Reporter: Rui Dede, editor: Ama Lind/", {"Rui Dede": "reporter", "Ama Lind": "editor"}),
        ("Rui Dede, Diplomatic Correspondent, in Vila", {"Rui Dede": "reporter"}),
        ("Rui Dede, Vila", {"Rui Dede": "reporter"}),
    ],
)  # fmt: skip
def test_more_forms_of_a_story_s_credits(line: str, named: dict[str, str]) -> None:
    """ "— With files from X in Y", "-- With X in Y", "Author: X; editor: Y", "/Reporter: X,
    editor: Y/", "X, Political Correspondent, in Y" and a byline "X, Y" at the story's end
    listed no one (round 31, held-out 120, 122, 123 and 126): each credits its journalists,
    silent."""
    story = f"VILA - President Ana Berg met President Tomas Kell.\n\nThe talks went on.\n\n{line}"
    drafted = draft(f"{story}\n\n{RELEASE_21}", "a.txt")
    people = {p["name"]: (p["role"], p["speaker"]) for p in drafted["people"]}
    assert {name: people.get(name) for name in named} == {
        name: (role, False) for name, role in named.items()
    }


@pytest.mark.parametrize(
    "credit",
    [
        "AGENCY Photo/Rui Dede",
        "Image: Rui Dede / Lakewire",
        "( Rui Dede - Lake Agency )",
        "(LAKE-FOTO: Rui Dede)",
    ],
)
def test_more_forms_of_a_photo_credit(credit: str) -> None:
    """ "CTK Photo/X", "Image: X / Agency", "( X - Agency )" and "(APA-FOTO: X)" after a
    caption listed no photographer (round 31, held-out 120, 121, 125 and 126)."""
    story = (
        "VILA - President Ana Berg met President Tomas Kell.\n\n"
        f"President Ana Berg and President Tomas Kell at the palace. {credit}\n\n"
        "The talks went on."
    )
    drafted = draft(f"{story}\n\n{RELEASE_21}", "a.txt")
    people = {p["name"]: (p["role"], p["speaker"]) for p in drafted["people"]}
    assert people.get("Rui Dede") == ("photographer", False)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Images of the flood showed Rui Dede at the gate.",
        "The minister, Rui Dede, said the line would open.",
        "Ana Berg, Vila and Tomas Kell met at noon.",
    ],
)
def test_prose_like_a_credit_credits_no_one(paragraph: str) -> None:
    """The credits' new forms hold to their own lines: prose with an "Images", a comma after
    a name or a place after it credits no one."""
    story = f"VILA - President Ana Berg met President Tomas Kell.\n\n{paragraph}\n\nIt ended."
    drafted = draft(f"{story}\n\n{RELEASE_21}", "a.txt")
    roles = {p["role"] for p in drafted["people"]}
    assert not roles & {"reporter", "photographer", "writer", "editor"}


def _unflagged(said: list[tuple[str, list[str], bool]], words: str) -> list[list[str]]:
    """The speaker sets of the records holding `words` that the review does not name."""
    return [speakers for speakers, guessed in _who_said(said, words) if not guessed]


def test_a_title_and_surname_a_namesake_named_later_carries_is_a_guess() -> None:
    """ "President Kell said" went to the President's wife, "the spouse of the visiting
    President, Lina Kell", named later, for certain, and "Finance Minister Dede said" to the
    Foreign Affairs Minister Rui Dede (round 32, held-out 133): a surname another person the
    article lists carries, or a title before it that is not the one the carrier holds, may
    be someone else's: a guess."""
    said = _speakers_and_guesses(
        "VILA - President Ana Berg met President Tomas Kell of Tonga on Monday.\n\n"
        "President Kell said trade would double.\n\n"
        "Foreign Affairs Minister Rui Dede joined them.\n\n"
        "Finance Minister Dede said the budget would grow.\n\n"
        "The spouse of the visiting President, Lina Kell, toured a school."
    )
    assert _unflagged(said, "trade would double") in ([], [["tomas-kell"]])
    assert _who_said(said, "trade would double")[0][0] != ["lina-kell"]
    assert _unflagged(said, "the budget would grow") == []


def test_a_role_of_a_place_a_former_holder_shares_is_a_guess() -> None:
    """ "The President of Romania expressed …" went to "Romania's former President, Ion X"
    for certain, by his country alone, though the visiting Romanian President was the one
    (round 32, held-out 133): the one holder of the place's country is certain only when no
    other holder is of it."""
    said = _speakers_and_guesses(
        "VILA - President Ana Berg met the visiting Tongan President, Tomas Kell.\n\n"
        "Tonga's former President, Sione Kell, no relation, had written to Vila.",
        "[Joint statement _2026.3.5. Vientiane]\n\n1. Trade\n\n"
        "(1) The President of Tonga expressed his admiration for the reef.\n\n/End/",
    )
    assert _unflagged(said, "admiration for the reef") in ([], [["tomas-kell"]])


def test_a_joint_clause_that_hands_over_to_one_leader_is_both_leaders_a_guess() -> None:
    """ "(1) The two Presidents reaffirmed …, and President B noted …" went whole to B for
    certain (round 32, held-out 129): the first part is the two leaders', so the clause
    has two speaker sets, a guess."""
    said = _speakers_and_guesses(
        "VILA - President Ana Berg met President Tomas Kell on Monday.",
        "[Joint statement _2026.3.5. Vientiane]\n\n1. Trade\n\n"
        "(1) The two Presidents reaffirmed their support for the reform of the Council, and "
        "President Tomas Kell noted the common position of the region.\n\n/End/",
    )
    assert _unflagged(said, "their support for the reform") == []


def test_a_second_half_whose_role_two_people_hold_is_its_own_guess() -> None:
    """ "The Icelandic prime minister also said …, and the prime minister said he had
    accepted" went whole to the Icelandic one for certain (round 32, held-out 130): the
    second half's role fits the other prime minister too, so it is a record of its own, a
    guess."""
    said = _speakers_and_guesses(
        "VILA - Prime Minister Ana Berg met Tongan Prime Minister Tomas Kell on Monday.\n\n"
        "Kell arrived on Sunday.\n\n"
        "The Tongan prime minister also said he had invited Berg to Tonga next year, and the "
        "prime minister said she had accepted with pleasure."
    )
    assert _unflagged(said, "she had accepted with pleasure") == []


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ('The Tongan President spoke of "a new page" between the two islands.', "a new page"),
        (
            "The Tongan President also raised the possibility of Vila using the port more.",
            "the possibility of Vila using the port more",
        ),
        (
            "The Tongan President also pointed to the ties between the two economies, citing "
            "fish and copra.",
            "the ties between the two economies",
        ),
        ('"We can always dream," the Tongan President laughs.', "We can always dream"),
    ],
)
def test_more_cues_of_speech(paragraph: str, words: str) -> None:
    """ "spoke of "…"", "raised the possibility of", "pointed to …, citing" and "…," he
    laughs were narration, their words missed (round 32, held-out 128, 131, 133, 134)."""
    said = _speakers_and_guesses(
        "VILA - President Ana Berg met the visiting Tongan President, Tomas Kell.\n\n" + paragraph
    )
    assert [speakers for speakers, _ in _who_said(said, words)] == [["tomas-kell"]]


def test_a_role_noun_means_no_one_whose_role_says_former() -> None:
    """ "The President of Romania expressed …" went to "Romania's former President, Ion X",
    whose role says "former" where the rules kept no former mark (round 32, held-out 133):
    a role noun is a living holder's."""
    said = _speakers_and_guesses(
        "VILA - President Ana Berg met the visiting Tongan President, Tomas Kell.\n\n"
        "Tonga's former President, Sione Kell, no relation, had written to Vila.",
        "[Joint statement _2026.3.5. Vientiane]\n\n1. Trade\n\n"
        "(1) The President of Tonga expressed his admiration for the reef.\n\n/End/",
    )
    assert [s for s, _ in _who_said(said, "admiration for the reef")] == [["tomas-kell"]]


def test_a_title_and_surname_means_no_one_whose_role_says_former() -> None:
    """ "President Dragomir added" went to "Romania's former President, Ion Dragomir", whose
    role says "former" where the rules kept no former mark (round 32, held-out 133)."""
    said = _speakers_and_guesses(
        "VILA - President Ana Berg met the visiting Tongan President, Tomas Kell.\n\n"
        "Tonga's former President, Sione Kell, no relation, had written to Vila.\n\n"
        "President Kell said trade would double."
    )
    assert [s for s, _ in _who_said(said, "trade would double")] == [["tomas-kell"]]


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Bahrain's Prime Minister Shaikh Hamad bin Isa Al Khalifa met them.",
         "Hamad bin Isa Al Khalifa", "he"),  # the Gulf's other spelling of Sheikh
        ("Minister Shaikha Noora bint Khalid Al Khalifa met them.",
         "Noora bint Khalid Al Khalifa", "she"),
        ("Rre Kagiso Ntsima, a basket trader in Gaborone, met them.", "Kagiso Ntsima", ""),
    ],
)  # fmt: skip
def test_other_spellings_of_titles_of_address_are_no_part_of_a_name(
    text: str, name: str, gender: str
) -> None:
    """Held-out 127 and 133 (round 32): Bahrain's press writes Sheikh as "Shaikh" (Shaikha), and
    Botswana's writes Setswana "Rre" (Mr) before a man's name as it writes "Rra"; the gold gives
    the name without them, as it does after Sheikh, so they are titles of address too."""
    people = find_people([(1, text)])
    assert [(p.name, p.gender or "") for p in people.values()] == [(name, gender)]


def test_a_federal_councillor_is_a_title_before_a_name() -> None:
    """Held-out 134 (round 32): "Swiss Federal Councillor X" was listed as a person of that whole
    name, as "Federal Councillor" (a Swiss minister's office) was no title the rules knew, and
    the words given to the name were the gold's speaker under another form: the office is a
    title, as "Councillor" alone is, so the name is the two words after it."""
    text = "Swiss Federal Councillor Anton Berli, who heads the Department of Finance, said."
    people = find_people([(1, text)])
    assert [p.name for p in people.values()] == ["Anton Berli"]


def test_a_bare_title_takes_the_country_the_joint_document_gives_it() -> None:
    """Held-out 129, 130 and 134 (round 32): an article that calls a leader "President X" alone,
    and a joint document that writes "X, President of the Republic of Y", were drafted with the
    role "President", where the gold gives the document's full title: a bare title is the
    same office as that title of a country, so the fuller one is the role, wherever it is."""
    article = (
        "President Tomas Ruvuma met Prime Minister Eli Saar. Ruvuma said the talks went well.\n\n"
        "[Joint Communique, Tallinn, 3 May 2026]\n\n"
        "At the invitation of the Prime Minister of the Republic of Estonia, Eli Saar, His "
        "Excellency Tomas Ruvuma, President of the Republic of Zambia, paid a visit.\n\n"
        "(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    assert [(p.name, p.role) for p in drafted.people] == [
        ("Tomas Ruvuma", "President of the Republic of Zambia"),
        ("Eli Saar", "Prime Minister of the Republic of Estonia"),
    ]


def test_a_counterpart_takes_the_title_the_joint_document_gives() -> None:
    """Held-out 133 (round 32): "the Head of State, X, and his Malagasy counterpart, Y" and the
    joint document's "Y, President of the Republic of Madagascar": Y was listed with the role
    "Malagasy counterpart", no office, so "President Z" went to Y's wife, "spouse of the Malagasy
    President", unflagged; the document's title of a country is Y's office."""
    article = (
        "The Head of State, Jean Mbida, and his Malagasy counterpart, Hery Rabe, held talks.\n\n"
        "President Rabe said his country wanted to learn.\n\n"
        "[Joint Communique, Yaounde, 3 May 2026]\n\n"
        "At the invitation of His Excellency Jean Mbida, President of the Republic of Cameroon, "
        "His Excellency Hery Rabe, President of the Republic of Madagascar, paid a visit.\n\n"
        "(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    roles = {p.name: p.role for p in drafted.people}
    assert roles["Hery Rabe"] == "President of the Republic of Madagascar"
    assert drafted.statements[0].speakers == ("hery-rabe",)


def test_a_visiting_leader_holds_the_title_without_visiting() -> None:
    """Held-out 132 and 133 (round 32): "the visiting Romanian President, X" was drafted with the
    role "visiting Romanian President", which no gold gives (a visit is no office), and the
    joint document's "The President of Romania" then went to a former Romanian president the
    article names, unflagged: "visiting" before a title is no part of the role, and "Romania's
    former President" is a former holder, as "former President" is."""
    article = (
        "Talks were held with the visiting Romanian President, Mihai Popa, in Thimphu.\n\n"
        "Romania's former President, Ion Popa, no relation, wrote to Bhutan in 2025.\n\n"
        "[Joint Statement, Thimphu, 3 May 2026]\n\n"
        "The President of Romania expressed his admiration for Bhutan.\n\n"
        "(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    roles = {p.name: p.role for p in drafted.people}
    assert roles["Mihai Popa"] == "Romanian President"
    assert drafted.release.preamble[0].speakers == ("mihai-popa",)


def test_a_leader_keeps_a_leader_s_title_when_the_document_styles_it_fuller() -> None:
    """Round 32: a bare "President" that took the document's "President of the Swiss
    Confederation" was no longer a head of state to the rules (a confederation is a body's name
    to them), so "The two Presidents agreed …" in the document lost both speakers: a leader's
    title gives way only to a fuller title that is still a leader's."""
    article = (
        "President Paul Morel met his Swiss counterpart Anna Keller. Keller said it went well.\n\n"
        "[Joint Declaration, Paris, 20 March 2026]\n\n"
        "The President of the French Republic, Paul Morel, and the President of the Swiss "
        "Confederation, Anna Keller, met in Paris.\n\n"
        "1. Taxes\n\n(1) The two Presidents agreed on a new arrangement.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    clause = drafted.release.sections[0].clauses[0]
    assert clause.speakers == ("paul-morel", "anna-keller")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Alhaj Karim Wali Faizi", "Karim Wali Faizi"),
        ("Al-Haj Karim Faizi", "Karim Faizi"),
        ("Hojatoleslam Reza Tavakoli", "Reza Tavakoli"),
        ("His Eminence Peter Okolo", "Peter Okolo"),
        ("Assoc. Prof. Lina Mostafa", "Lina Mostafa"),
        ("Otunba Kayode Adewale", "Kayode Adewale"),
        ("Togbui Kofi Agbeko", "Kofi Agbeko"),
        ("Iroij Lanej Jibas", "Lanej Jibas"),
        ("Sardar Ahmed Khan Baloch", "Ahmed Khan Baloch"),
        ("Sardar Ali Haqyar", "Sardar Ali Haqyar"),  # a given name before two words
        ("Nana Yaa Mensah", "Nana Yaa Mensah"),  # a given name
    ],
)
def test_titles_of_address_of_more_traditions_are_no_part_of_the_name(
    written: str, name: str
) -> None:
    """Held-out 142's writer gave "Mohammad Nasir Rahimi" where the article wrote "Alhaj
    Mohammad Nasir Rahimi" (round 33): a pilgrim's, a cleric's, a chief's title of address and a
    style ("His Eminence") are ranks, never names; one that is also a given name (Sardar) only
    before three words, a chief's (Otunba, Togbui, Iroij) before two."""
    people = find_people([(1, f"Foreign Minister {written} said trade grew.")])
    assert [p.name for p in people.values()] == [name]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Foreign Minister of Papua New Guinea Mary Kila said trade grew.",
         {"Mary Kila": "Foreign Minister of Papua New Guinea"}),
        ("Minister of Foreign Affairs of the Solomon Islands Peter Tora said trade grew.",
         {"Peter Tora": "Minister of Foreign Affairs of the Solomon Islands"}),
        ("The President of The Gambia, Lamin Jatta, said trade grew.",
         {"Lamin Jatta": "President of The Gambia"}),
        ("Trade Minister of Kenya Amos Wekesa said trade grew.",
         {"Amos Wekesa": "Trade Minister of Kenya"}),
    ],
)  # fmt: skip
def test_a_country_inside_a_title_is_no_part_of_the_name(text: str, people: dict[str, str]) -> None:
    """Held-out 142 and 137 (round 33): a country of several words after a minister's title
    ("Foreign Minister of Papua New Guinea X") is the title's, not "New Guinea X", and "The"
    that starts a country's name ("President of The Gambia, X") is no person "Gambia"."""
    found = find_people([(1, text)])
    assert {p.name: p.role for p in found.values()} == people


def test_a_nationality_names_a_country_whose_name_starts_with_the() -> None:
    """Held-out 137 (round 33): "the Gambian president" is the "President of The Gambia"."""
    from summitcli.draft import _of_nationality

    assert _of_nationality(Found("Lamin Jatta", "President of The Gambia", 1, 1), "Gambian")
    assert not _of_nationality(
        Found("Jan Novak", "President of The Czech Republic", 1, 1), "Gambian"
    )


@pytest.mark.parametrize(
    "name", ["Paola Dell'Orto", "Franco D'Urso", "Moussa N'Dour", "Simon ToVue", "Ana DeSouza"]
)
def test_a_family_name_with_a_capital_inside_is_whole(name: str) -> None:
    """Held-out 139 and 135 (round 33): "Dell'Acqua", "D'Amico" and Papua New Guinea's
    "ToLiman" were cut at the capital inside them ("Chiara Dell", "Bernard To")."""
    people = find_people([(1, f"Foreign Minister {name} said trade grew.")])
    assert [p.name for p in people.values()] == [name]


@pytest.mark.parametrize(
    ("credit", "credited"),
    [
        ("Translated by: Omar Zaki", {"Omar Zaki": "translator"}),
        ("\u2013 Text by Ana Lima, photos by Rui Dias",
         {"Ana Lima": "writer", "Rui Dias": "photographer"}),
        ("The two leaders at the airport yesterday. \u2013 Picture by Tomas Kila",
         {"Tomas Kila": "photographer"}),
        ("Photo: The leaders at the palace. Photo: LAKEWIRE/Haris Bešlagić.",
         {"Haris Bešlagić": "photographer"}),
        ("Reporting: Abdi Hassan Nur, LAKEWIRE", {"Abdi Hassan Nur": "reporter"}),
        ("Reporter: Ana Lima / Camera: Rui Dias Costa",
         {"Ana Lima": "reporter", "Rui Dias Costa": "camera operator"}),
    ],
)  # fmt: skip
def test_credits_of_more_forms_name_silent_people(credit: str, credited: dict[str, str]) -> None:
    """Held-out 135 to 142 (round 33): a translator's credit ("Translated by: X"), a text and a
    photo credit after a dash ("- Text by X, photos by Y", "- Picture by X" ending a caption), a
    photographer's name with a letter of its own at the end ("Bešlagić."), "Reporting: X" and a
    camera operator's credit ("Camera: X") each name a silent person with the credit's role."""
    story = "President Ana Soto met President Luis Paz.\n\nSoto said trade grew."
    roles = _roles_drafted(f"{story}\n\n{credit}")
    assert {name: role for name, role in roles.items() if name in credited} == credited


def test_a_portfolio_of_climate_change_is_no_person_and_a_father_s_name_owns_a_wife() -> None:
    """Held-out 135 (round 33): "Fiji's Minister for Climate Change, X" named a person
    "Change", and "Quispe, who was accompanied by his wife, Y" is Marcelo Quispe Mamani's wife,
    his father's family name the middle of three words: "wife of the Bolivian President"."""
    article = (
        "Bolivian President Mario Quispe Mamani met Fijian Prime Minister Semi Tora.\n\n"
        "According to Fiji's Minister for Climate Change, Ana Ratu, trade will grow.\n\n"
        "Quispe, who was accompanied by his wife, Elena Rojas, laid a wreath on Monday.\n\n"
        "[Joint statement _2026.4.20. Suva]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    roles = {p.name: p.role for p in draft_summit(article, "a.txt").people}
    assert roles == {
        "Mario Quispe Mamani": "Bolivian President",
        "Semi Tora": "Fijian Prime Minister",
        "Ana Ratu": "Fiji's Minister for Climate Change",
        "Elena Rojas": "wife of the Bolivian President",
    }


@pytest.mark.parametrize("verb", ["met", "thanked", "welcomed", "joined"])
def test_a_role_in_lower_case_starts_after_the_verb_before_it(verb: str) -> None:
    """Held-out 142 (round 33): "X, who accompanied Y, met industry minister Z" gave Z the role
    "met industry minister"."""
    for text in [
        f"Ana Lind {verb} industry minister Takeo Mori on Monday.",
        f"Ana Lind, who came with Kjaer, {verb} industry minister Takeo Mori on Monday.",
    ]:
        people = find_people([(1, text)])
        assert {p.name: p.role for p in people.values()}["Takeo Mori"] == "industry minister"


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Commerce, Trade and Industry Minister", "Commerce, Trade and Industry Minister"),
        ("Foreign and Diaspora Affairs Cabinet Secretary",
         "Foreign and Diaspora Affairs Cabinet Secretary"),
        ("Mines and Energy Minister", "Mines and Energy Minister"),
    ],
)  # fmt: skip
def test_a_minister_of_several_portfolios_keeps_them_all(written: str, role: str) -> None:
    """Held-out 135 and 140 (round 33): a title of several portfolios before the name lost its
    first ("Trade and Industry Minister", "Diaspora Affairs Cabinet Secretary")."""
    people = find_people([(1, f"{written} Bwalya Mulenga said trade grew.")])
    assert {p.name: p.role for p in people.values()} == {"Bwalya Mulenga": role}


def test_a_long_title_before_a_name_is_no_person() -> None:
    """Held-out 140 (round 33): "Director General of X Works Y said" listed a person "Director
    General", who took Y's words."""
    text = "Speaking to LakeNews, Director General of Minsk Engine Works Oleg Sidorov said it grew."
    people = find_people([(1, text)])
    assert {p.name: p.role for p in people.values()} == {
        "Oleg Sidorov": "Director General of Minsk Engine Works"
    }


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        ("President Phomma conveyed the support of Laos for the plan.", ["somsak-phomma"]),
        ("President Phomma presented the progress of Laos in public finance.", ["somsak-phomma"]),
        ("President Phomma briefed his Thai counterpart on the floods.", ["somsak-phomma"]),
        ("Prime Minister Anan Chaiyo praised the reforms of Laos.", ["anan-chaiyo"]),
        ("His Excellency President Phomma praised the victories of Thailand over drought.",
         ["somsak-phomma"]),
        ("President Phomma accepted with pleasure the invitation to visit Bangkok.",
         ["somsak-phomma"]),
        ("President Phomma reaffirmed the support of Laos for the treaty.", ["somsak-phomma"]),
        ("The Presidents of the two countries agreed to hold regular consultations.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The Head of Government and the President agreed to meet again.",
         ["anan-chaiyo", "somsak-phomma"]),
    ],
)  # fmt: skip
def test_joint_document_subjects_and_verbs_of_round_33(clause: str, speakers: list[str]) -> None:
    """Held-out 135 to 142 (round 33): clauses of one leader by title and surname with a verb
    the rules lacked ("conveyed the support", "presented", "briefed", "praised", "accepted with
    pleasure the invitation"), a leader whose family name a relative carries too ("President
    Phomma", beside his wife), the parties "of the two countries" and a head of government by
    that title went to nobody. Each is a guess: such a verb may be a deed, and a name another
    carries may be theirs."""
    story = f"{JOINT_STORY_23}\n\nPhomma's wife, Kham Phomma, visited a school. She said nothing."
    release = f"[Joint statement _2026.3.5. Vientiane]\n\n1. Trade\n\n(1) {clause}\n\n/End/"
    assert _speakers_and_guesses(story, release) == [(clause, speakers, True)]


@pytest.mark.parametrize(
    "preamble",
    [
        "The Parties, guided by the principles of mutual respect, agreed on the following.",
        "The Prime Minister of Thailand, Anan Chaiyo, and the President of Laos, Somsak Phomma, "
        "meeting in Vientiane on 5 March 2026, declare as follows.",
    ],
)
def test_a_preamble_s_parties_agreeing_or_declaring_are_the_two_leaders(preamble: str) -> None:
    """Held-out 135 to 142 (round 33): a preamble whose parties agree after a participle set off
    by commas, or whose two leaders, each named, "declare as follows" without a "We," went to
    nobody: both leaders' words, a guess."""
    release = (
        f"[Joint declaration _2026.3.5. Vientiane]\n\n{preamble}\n\n1. Trade\n\n(1) Agreed."
        "\n\n/End/"
    )
    assert _speakers_and_guesses(JOINT_STORY_23, release) == [
        (preamble, ["anan-chaiyo", "somsak-phomma"], True)
    ]


def test_a_head_of_government_by_title_and_family_name_is_found() -> None:
    """Held-out 136 and 141 (round 33): "Head of Government X underlined that …" went to nobody
    known, since "Government" before the family name read as another person's given name: a
    word of "Head of Government" or "Head of State" names no one."""
    story = (
        "VADUZ - Liechtenstein's Head of Government Anna Vogt-Marxer met Lao President Somsak "
        "Phomma on Monday."
    )
    clause = "Head of Government Vogt-Marxer underlined that all projects shall be evaluated."
    release = f"[Joint statement _2026.3.5. Vaduz]\n\n1. Aid\n\n(1) {clause}\n\n/End/"
    said = _speakers_and_guesses(story, release)
    assert [(text, speakers) for text, speakers, _ in said] == [(clause, ["anna-vogt-marxer"])]


ROUND_33_STORY = (
    "VIENTIANE - Thai Prime Minister Anan Chaiyo held talks with Lao President Somsak Phomma on "
    "Monday. Thai Foreign Minister Malee Suk attended."
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Suk from her side confirmed, that Thailand supports Laos in its bid.", "malee-suk"),
        ("Phomma, for his part, reaffirmed the support of Laos for the treaty.", "somsak-phomma"),
        ("Phomma questioned whether the dam was safe.", "somsak-phomma"),
        ("Chaiyo called on investors to return to the region.", "anan-chaiyo"),
        ("Chaiyo appreciated that the talks were frank.", "anan-chaiyo"),
        ('Suk spoke after him. "The Lao side showed a big interest in our rice," she specified.',
         "malee-suk"),
        ('"Laos and Thailand are close," declared the head of state Somsak Phomma, in the joint '
         "press statements.", "somsak-phomma"),
        ('"We will build the bridge," the head of the Thai government stated.', "anan-chaiyo"),
        ('"The rice will come," the head of the Thai diplomacy said.', "malee-suk"),
    ],
)  # fmt: skip
def test_speech_forms_of_round_33(sentence: str, speaker: str) -> None:
    """Held-out 135 to 142 (round 33): reported speech after "confirmed, that" (a comma before
    "that", as translated copy writes it), "appreciated that", "questioned whether", "called on
    X to", a reply "for his part, reaffirmed", "she specified" after a quotation, a verb first
    with a role and the name after it ("declared the head of state X"), and a head "of the
    Thai government" or "of the Thai diplomacy" (its foreign minister) went to nobody."""
    drafted = draft(f"{ROUND_33_STORY}\n\n{sentence}\n\n{RELEASE_21}", "a.txt")
    said = [s["speakers"] for s in drafted["statements"] if s["kind"] != "account"]
    assert said == [[speaker]]


def test_the_leaders_of_the_two_countries_and_a_state_leader_speak() -> None:
    """Held-out 135 and 141 (round 33): a preamble's "The leaders of the two countries
    reaffirmed …" went to nobody, as did "The Lao State leader affirmed that …", a leader's
    role in translated copy."""
    story = f"{ROUND_33_STORY}\n\nThe Lao State leader affirmed that Laos values the friendship."
    release = (
        "[Joint statement _2026.3.5. Vientiane]\n\nThe leaders of the two countries reaffirmed "
        "their commitment to the principles of sovereignty.\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [(text[:20], speakers) for text, speakers, _ in said] == [
        ("The Lao State leader", ["somsak-phomma"]),
        ("The leaders of the t", ["anan-chaiyo", "somsak-phomma"]),
    ]


def test_words_this_was_stated_by_someone_after_them_are_theirs() -> None:
    """Held-out 140 (round 33), as BelTA writes: "Laos is ready to … . This was stated by
    President X at the talks": the sentence before is X's, which went to nobody; a guess, since
    "This" may reach further back."""
    story = (
        f"{ROUND_33_STORY}\n\nLaos is ready to become a reliable partner of Thailand. This was "
        "stated by President Somsak Phomma at the talks in Vientiane."
    )
    said = _speakers_and_guesses(story)
    assert said[:1] == [
        ("Laos is ready to become a reliable partner of Thailand.", ["somsak-phomma"], True)
    ]


def test_a_pronoun_after_among_them_was_someone_former_is_theirs() -> None:
    """Held-out 142 (round 33): "Among them was X, a former judge in Herat. "…," she told this
    agency." went to a spokeswoman quoted before, since a "former" role kept X from being
    whom a pronoun means: someone a sentence brings into the story so is its subject, a former
    office or not (never someone late)."""
    story = (
        f"{ROUND_33_STORY}\n\nThe spokeswoman of the Refugee Council, Ana Ruiz, said the talks "
        'were "a message". "It is too early," Ruiz warned.\n\nSome forty women protested '
        "outside.\n\nAmong them was Lina Karimi, a former judge in Herat who now lives in "
        'Vientiane. "I am not against dialogue," she told this agency.'
    )
    said = _speakers_and_guesses(story)
    assert [s for t, s, _ in said if t.startswith("I am not")] == [["lina-karimi"]]


def test_a_sentence_according_to_someone_is_theirs_whole() -> None:
    """Held-out 138 (round 33): "According to spokesperson X, the two leaders also discussed …,
    and Y expressed support for …" was cut in two at ", and", its second half Y's: the frame
    before gives the sentence whole as X's account, as "In his view," does; a guess, since it
    relays Y's words. Words of Y's quoted in it are Y's own, a half of their own (held-out
    47)."""
    sentence = (
        "According to presidential spokesperson Malee Suk, the two leaders also discussed the "
        "river, and Phomma expressed support for Thailand's efforts."
    )
    said = _speakers_and_guesses(f"{ROUND_33_STORY}\n\n{sentence}")
    assert said == [(sentence, ["malee-suk"], True)]
    quoting = (
        "According to presidential spokesperson Malee Suk, the two leaders also discussed the "
        'river, and Phomma asked for the bridge to be opened "without further delay."'
    )
    said = _speakers_and_guesses(f"{ROUND_33_STORY}\n\n{quoting}")
    assert [s for t, s, _ in said if "without" in t] == [["somsak-phomma"]]


def test_a_joint_declaration_as_a_setting_leaves_the_sentence_to_its_subject() -> None:
    """Held-out 139 (round 33): "In a joint press declaration following the talks, the Lao
    President affirmed that …" went to both leaders as the joint statement's words: a joint
    document before a comma is where the subject spoke, and the subject after it is the
    speaker."""
    sentence = (
        "In a joint press declaration following the talks, the Lao President affirmed that Laos "
        "and Thailand share the same values."
    )
    said = _speakers_and_guesses(f"{ROUND_33_STORY}\n\n{sentence}")
    assert [(t, s) for t, s, _ in said] == [(sentence, ["somsak-phomma"])]


def test_the_press_secretary_is_the_one_whose_role_says_so() -> None:
    """Held-out 139 (round 33): "The Prime Minister also invited …, the press secretary said."
    went to the Prime Minister: "the press secretary" named no one, though the article lists
    the "PM's Press Secretary"; the attribution ending the sentence is hers, the one holder of
    that role."""
    story = (
        f"{ROUND_33_STORY}\n\nPM's Press Secretary Dara Noy briefed reporters.\n\nThe Prime "
        "Minister also invited Laos to import Thai rice, the press secretary said."
    )
    said = _speakers_and_guesses(story)
    assert [s for t, s, _ in said if t.startswith("The Prime")] == [["dara-noy"]]


@pytest.mark.parametrize(
    "clause",
    [
        "The Parties agreed to cooperate in green finance.",
        "Both sides welcomed the signing of the Agreement on Youth Mobility.",
        "The two leaders underlined the urgency of adaptation finance.",
    ],
)
def test_the_two_sides_are_the_two_people_the_preamble_names(clause: str) -> None:
    """Held-out 143, 144 and 148 (round 34): "The Parties agreed", "Both sides welcomed" went to
    nobody where one leader's title is no head's the rules know (Monaco's Minister of State,
    the Chairwoman of a Presidency): the two people the joint document's preamble names are
    its two sides, a guess."""
    story = (
        "HANOI - Prime Minister Tran Quang Long received Pierre Dumont, Monaco's Minister of "
        "State, on Monday."
    )
    preamble = (
        "At the invitation of Prime Minister Tran Quang Long, the Minister of State of the "
        "Principality of Monaco, Pierre Dumont, paid an official visit to Viet Nam."
    )
    release = (
        f"[Joint statement _2026.3.5. Hanoi]\n\n{preamble}\n\n1. Trade\n\n(1) {clause}\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [(t, sorted(s), g) for t, s, g in said if t == clause] == [
        (clause, ["pierre-dumont", "tran-quang-long"], True)
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "The Holy Father and the President highlighted the good relations between them.",
        "The President and the Grand Master stressed the importance of the hospitals.",
    ],
)
def test_one_of_a_subject_of_two_is_a_guess(clause: str) -> None:
    """Held-out 148 (round 34): "The Holy Father and the President highlighted …" went to the
    President alone, for certain, the Pope unlisted: a subject of two people is never one of
    them, so the one the rules found there is a guess."""
    story = (
        "VATICAN CITY - Peruvian President Ana Torres Vega met the Pope on Monday, the Vatican "
        "said."
    )
    release = f"[Joint communique _2026.3.5. Vatican City]\n\n1. Ties\n\n(1) {clause}\n\n/End/"
    said = _speakers_and_guesses(story, release)
    assert [(s, g) for t, s, g in said if t == clause] in ([], [(["ana-torres-vega"], True)])


def test_a_role_whose_one_holder_is_named_only_later_is_a_guess() -> None:
    """Held-out 145 (round 34): "According to the minister, …" went for certain to a Foreign
    Minister the article names only in the paragraph after, the minister meant being one the
    rules did not list: a role noun points back, so a holder named only after it is a guess."""
    story = (
        "MALE - Maldivian President Ahmed Rasheed held talks with Fijian President Josefa Tora "
        "on Monday.\n\nThe fisheries minister told Xinhua the fleet needed boats.\n\n"
        "According to the minister, around 30 percent of the fleet is old.\n\n"
        "Lao Trade Minister Bounmy Vong said the deal would help exporters."
    )
    said = _speakers_and_guesses(story)
    assert [(s, g) for t, s, g in said if "30 percent" in t] in (
        [],
        [(["bounmy-vong"], True)],
    )


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        ("The two leaders rejected unilateral coercive measures.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The two leaders praised the ties of friendship between their peoples.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("The two leaders celebrated the bonds between Thailand and Laos.",
         ["anan-chaiyo", "somsak-phomma"]),
        ("President Phomma saluted the contribution of the Thai Navy.", ["somsak-phomma"]),
        ("Prime Minister Chaiyo paid tribute to the victims of the floods.", ["anan-chaiyo"]),
        ("President Phomma renewed his invitation to visit Vientiane.", ["somsak-phomma"]),
        ("President Phomma deplored the loss of life in the floods.", ["somsak-phomma"]),
    ],
)  # fmt: skip
def test_joint_document_verbs_of_round_34(clause: str, speakers: list[str]) -> None:
    """Held-out 143 to 150 (round 34): the parties or one leader by title who rejected,
    praised, celebrated, saluted, paid tribute, renewed an invitation or deplored went to
    nobody: their words, a guess, as every verb of the joint document's that may be a deed."""
    release = f"[Joint statement _2026.3.5. Vientiane]\n\n1. Trade\n\n(1) {clause}\n\n/End/"
    assert _speakers_and_guesses(JOINT_STORY_23, release) == [(clause, speakers, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "For her part, the Lao Trade Minister Malee Suk told KPL that Laos is keen to export "
        "rice, pointing out that its first mill opened only in 2019.",
        "In her turn, the Lao Trade Minister Malee Suk said, during a business forum, that "
        "investors are looking at rice.",
    ],
)
def test_a_subject_after_an_opening_phrase_is_no_aside(sentence: str) -> None:
    """Held-out 148 (round 34): "For her part, the Guyanese Minister X told KUNA that …,
    pointing out that …" went to nobody: the words between the opening phrase's comma and the
    next were read as an aside ("…, the …,"), the subject and verb with them; after an opening
    phrase of a preposition, a clause that speaks is the sentence's own."""
    story = f"{JOINT_STORY_23}\n\nLao Trade Minister Malee Suk attended.\n\n{sentence}"
    said = _speakers_and_guesses(story)
    assert [s for t, s, _ in said if t == sentence] == [["malee-suk"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lecturer Malee Suk of the National University viewed that the deal will help farmers.",
        "In declarations to the press, Malee Suk considered that the relations are good.",
        "Malee Suk assessed that the visit is a positive signal.",
    ],
)
def test_a_view_that_translated_copy_reports_is_speech(sentence: str) -> None:
    """Held-out 144 and 148 (round 34): translated copy reports a view with "viewed that",
    "considered that", "assessed that": the speaker's words, as "said that" gives them."""
    story = f"{JOINT_STORY_23}\n\nLao Trade Minister Malee Suk attended.\n\n{sentence}"
    said = _speakers_and_guesses(story)
    assert [s for t, s, _ in said if t == sentence] == [["malee-suk"]]


def test_a_speaker_whose_name_runs_inside_another_listed_name_is_a_guess() -> None:
    """Held-out 148 (round 34): "Chancellor Alcántara de la Puente" was listed apart from
    "Javier Alcántara de la Puente", the article's Minister of Foreign Affairs, and "…,"
    said the Chancellor went to the shorter one for certain: a name that runs whole inside
    another listed person's may be that person, so whose words they are is a guess."""
    story = (
        f"{JOINT_STORY_23}\n\nThai Foreign Minister Niran Wong Saeng attended.\n\n"
        "Chancellor Wong Saeng briefed reporters.\n\n"
        "\u201cWe want a modern framework,\u201d said the Chancellor."
    )
    said = _speakers_and_guesses(story)
    assert [g for t, s, g in said if t.startswith("We want")] in ([], [True])


def test_a_speaker_after_an_aside_where_another_speaks_is_a_guess() -> None:
    """Round 34: "X, speaking after Y said the talks were useful, said …" went whole to X for
    certain, Y's words with it: an aside in which someone else speaks puts two speakers in
    the sentence, so whose words are whose is a guess."""
    sentence = (
        "Suk, speaking after Chaiyo said the talks had been useful, said Laos would build the "
        "bridge."
    )
    story = f"{JOINT_STORY_23}\n\nLao Trade Minister Malee Suk attended.\n\n{sentence}"
    said = _speakers_and_guesses(story)
    assert [g for t, s, g in said if t == sentence] == [True]


BOTH_LEADERS_IN_THE_RELEASE = [
    # held-out 144 (round 34): a subject that names both leaders, each with a title in
    # apposition, went to the first alone
    "His Excellency Anan Chaiyo, Prime Minister of the Kingdom of Thailand, and His Excellency "
    "Somsak Phomma, President of the Lao People's Democratic Republic, held talks in Vientiane on "
    "5 March 2026 and expressed their satisfaction with the relations.",
    # held-out 145: the verb of a relative clause named no one, and that emptiness hid the two
    # titles before the main verb
    "The Prime Minister and the President reaffirmed the friendship between Thailand and Laos, "
    "which have maintained relations since 1950.",
    # held-out 144: the parties who act, then agree or state, in a later sentence of the
    # paragraph went to nobody
    "At the invitation of Prime Minister Anan Chaiyo, President Somsak Phomma paid a state visit "
    "to Thailand. The two leaders held talks in a warm atmosphere and agreed to raise the "
    "relationship to a new level.",
]


@pytest.mark.parametrize("paragraph", BOTH_LEADERS_IN_THE_RELEASE)
def test_a_release_paragraph_whose_subject_is_both_leaders_is_theirs(paragraph: str) -> None:
    """Round 34: each of these joint-document paragraphs is both leaders' words, a guess."""
    release = (
        f"[Joint statement _2026.3.5. Vientiane]\n\n{paragraph}\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    said = _speakers_and_guesses(JOINT_STORY_23, release)
    assert [(sorted(s), g) for t, s, g in said if t == paragraph] == [
        (["anan-chaiyo", "somsak-phomma"], True)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sister Rosa del Campo Ruiz, a nun who lives in Rome, said so.", "Rosa del Campo Ruiz"),
        ("Brother Tomas Alves Lima, a teacher at the mission, said so.", "Tomas Alves Lima"),
        ("Mother Agnes Wanjiru Kamau, a nun at the mission, said so.", "Agnes Wanjiru Kamau"),
    ],
)  # fmt: skip
def test_a_religious_title_of_address_is_no_part_of_the_name(text: str, name: str) -> None:
    """Held-out 148 (round 34): "Sister María del Carmen Huarcaya, a Peruvian religious …,
    said" listed "Sister María del Carmen Huarcaya", and the gold's "María del Carmen
    Huarcaya" was a wrong speaker left unflagged: a religious title of address (Sister,
    Brother, Mother, as Father was) before a name of two words or more, particles and all, is
    no part of it."""
    assert name in [p.name for p in find_people([(1, text)]).values()]


def test_a_portfolio_of_two_joined_by_and_the_is_one() -> None:
    """Held-out 145 (round 34): "Seychelles' Minister of Fisheries and the Blue Economy
    Marie-Claire Hoareau told Xinhua" listed no one, and her words went unflagged to the
    minister quoted before: a portfolio's second half may start with "the"."""
    text = "Lake's Minister of Fisheries and the Blue Economy Rosa Mwale told reporters so."
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people == {"Rosa Mwale": "Lake's Minister of Fisheries and the Blue Economy"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pope Gregory XVII received President Ana Ndour.", "Gregory XVII"),
        ("His Holiness Pope John Paul IV received President Ana Ndour.", "John Paul IV"),
    ],
)
def test_a_pope_is_named_by_the_name_and_numeral(text: str, name: str) -> None:
    """Held-out 148 (round 34) and held-out 38 did not list "Pope Clement XV" and "Pope Leo
    XIV", whose words went to no one or to "Pope Leo": a pope is the name and the numeral after
    "Pope", any numeral, the Pope by role."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get(name) == "Pope"


def test_a_name_after_of_with_its_role_starts_no_list_of_roles_and_names() -> None:
    """Held-out 143 (round 34): "At the invitation of His Excellency Han Seung-woo, President of
    the Republic of Korea, the Honourable X, Prime Minister of Y," gave Han no role, as if the
    title were the next name's in a list of roles and names: after "of", "by" or "with", the
    role after a name is the name's."""
    text = (
        "At the invitation of His Excellency Tomas Kell, President of the Republic of Lakeland, "
        "the Honourable Ana Berg, Prime Minister of Vila, paid an official visit."
    )
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people == {
        "Tomas Kell": "President of the Republic of Lakeland",
        "Ana Berg": "Prime Minister of Vila",
    }
    guest = (
        "At the invitation of His Majesty King Tomas Kell, the President of the Republic of "
        "Vila, Ana Berg, paid a state visit."
    )  # "the" starts the guest's role, before her name
    people = {p.name: p.role for p in find_people([(1, guest)]).values()}
    assert people.get("Tomas Kell") != "President of the Republic of Vila"
    country_first = (
        "At the invitation of President of the Republic of Lakeland Tomas Kell, the Emir of "
        "the State of Vila, Sheikh Ana Berg Al Vila, paid a state visit."
    )  # "of Lakeland Tomas Kell": a country's word, no opening of a name
    names = [p.name for p in find_people([(1, country_first)]).values()]
    assert "Lakeland Tomas Kell" not in names
    titled = (
        "At the invitation of Prime Minister Tomas Kell, Prime Minister of the Republic of "
        "Vila, Ana Berg, paid a state visit."
    )  # a title before the host's name: the role after is the guest's
    people = {p.name: p.role for p in find_people([(1, titled)]).values()}
    assert people.get("Tomas Kell") == "Prime Minister"


def test_a_titled_predecessor_holds_the_title_no_more() -> None:
    """Held-out 150 (round 34): "Vollmer's predecessor, Chancellor Rainer Adamczyk," was
    listed as "Chancellor", whom "the Chancellor" may mean: a titled predecessor is a former
    holder ("former Chancellor"), as the gold labels write it."""
    text = "Berg's predecessor, Chancellor Tomas Kell, had suspended the funds."
    people = {p.name: (p.role, p.former) for p in find_people([(1, text)]).values()}
    assert people == {"Tomas Kell": ("former Chancellor", True)}


def test_a_body_between_commas_after_a_titled_name_is_the_titles() -> None:
    """Held-out 148 (round 34): "Economist X, of the Getulio Vargas Foundation, said" gave X
    the role "Economist": the body after the name between commas goes on with the title, as
    it does with no comma ("Economist X of the University of Ghana")."""
    text = (
        "Lakes agree\n\nPresident Ana Berg met Prime Minister Tomas Kell in Vila.\n\n"
        "Economist Rui Dede, of the Lake Policy Institute, said the deal mattered.\n\n"
        "[Joint statement _2026.11.30. Vila]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    people = {p.name: p.role for p in draft_summit(text, "a.txt").people}
    assert people["Rui Dede"] == "Economist of the Lake Policy Institute"


@pytest.mark.parametrize("title", ["Taoiseach", "Chancellor", "Premier"])
def test_a_leader_s_title_with_no_country_before_a_name_between_commas_is_a_role(
    title: str,
) -> None:
    """Held-out 144 and 145 (round 34): "The Taoiseach, Ciarán Ó Dálaigh, and the Prime
    Minister of …" gave the Taoiseach no role, and every "the Taoiseach" after went to no one
    or to the guest: a leader's title that names no country (Taoiseach, Chancellor, Premier)
    is a role before a name between commas, as "the President, X," is."""
    text = f"The {title}, Niall Ó Briain, T.D., and the Prime Minister of Vila, Ana Berg, met."
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people == {"Niall Ó Briain": title, "Ana Berg": "Prime Minister of Vila"}


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("President Tomas Kell, who was accompanied by his wife Ilse, laid a wreath.",
         {"Tomas Kell": "President", "Ilse": "wife"}),
        ("President Tomas Kell met Ndour. Kell's wife, Ilse, hosted a lunch.",
         {"Tomas Kell": "President", "Ilse": "Kell's wife"}),
        ("President Tomas Kell came with his wife Ilse Kell-Berg.",
         {"Tomas Kell": "President"}),  # a full name, another rule's
    ],
)  # fmt: skip
def test_a_spouse_named_by_the_given_name_alone_is_listed(
    text: str, listed: dict[str, str]
) -> None:
    """Seven gold files of open sets list a spouse the article names by the given name alone
    ("accompanied by his wife Eszter", "Ganbold's wife, Oyunchimeg,"), which the rules left
    out (round 34): the given name is the spouse, a relative by role."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert {name: people.get(name) for name in listed} == listed


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Lake's Foreign Minister Rosa Tjon-A-Kiem told reporters so.", "Rosa Tjon-A-Kiem",
         "Lake's Foreign Minister"),
        ("Foreign Affairs Secretary Ma. Rosa de los Santos-Lim said the pact would help.",
         "Ma. Rosa de los Santos-Lim", "Foreign Affairs Secretary"),
        ("Conservative trade critic Dan Whitby questioned the plan.", "Dan Whitby",
         "Conservative trade critic"),  # the party, as most writers keep it (round 36)
        ("The NDP's critic for trade, Rosa Lim, called it a rounding error.", "Rosa Lim",
         "NDP's critic for trade"),
    ],
)  # fmt: skip
def test_names_and_titles_of_more_forms_are_read_whole(text: str, name: str, role: str) -> None:
    """Held-out 145, 147, 148 and 149 (round 34): a family name with a letter alone inside
    its hyphens ("Tjon-A-Fong") was cut to "Sharon Tjon", the Philippines' "Ma." (María) was a
    person of its own, and an opposition's "critic" (a shadow minister) was no role."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get(name) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Antigua and Barbuda Prime Minister Rosa Lim met Ndour.",
         "Antigua and Barbuda Prime Minister"),
        ("Burkina Faso's Minister of Foreign Affairs Rosa Lim met Ndour.",
         "Burkina Faso's Minister of Foreign Affairs"),
        ("Cote d'Ivoire's Foreign Minister Rosa Lim met Ndour.",
         "Cote d'Ivoire's Foreign Minister"),
        ("Ivory Coast's President Rosa Lim met Ndour.", "Ivory Coast's President"),
    ],
)  # fmt: skip
def test_a_country_of_several_words_before_a_title_is_whole(text: str, role: str) -> None:
    """Held-out 143, 144, 146 and 149 (round 34): "Antigua and Barbuda Prime Minister X",
    "Burkina Faso's Minister …" and "Cote d'Ivoire's Foreign Minister" gave roles of the
    country's last word ("Barbuda Prime Minister", "Faso's", "Ivoire's"): the country is
    whole."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people == {"Rosa Lim": role}


@pytest.mark.parametrize(
    "paragraph",
    [
        'President Kim stated, "We decided to double trade by 2030," and "We will expand '
        'cooperation in chips."',
        'President Kim stated: "We decided to double trade by 2030," and then "We will expand '
        'cooperation in chips."',
    ],
)
def test_two_quotations_a_frame_joins_with_and_are_two_direct_statements(paragraph: str) -> None:
    """New user 43: `X stated, "…," and "…."`, as machine-translated copy strings two of a
    leader's quotations, was one reported statement holding both quotations and their marks,
    marked certain: each quotation is the frame's speaker's, its text without the marks."""
    story = "SEOUL - President Kim Min-soo met Prime Minister Tanaka Hiroshi on Monday."
    said = _said(f"{story}\n\n{paragraph}")
    assert [(kind, text, speakers) for kind, text, speakers, _ in said] == [
        ("direct", "We decided to double trade by 2030", ["kim-min-soo"]),
        ("direct", "We will expand cooperation in chips.", ["kim-min-soo"]),
    ]
    drafted = draft_summit(f"{story}\n\n{paragraph}\n\n{RELEASE_21}", "a.txt")
    assert article_problems(drafted, "a.txt", f"{story}\n\n{paragraph}\n\n{RELEASE_21}") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Myanmar's Foreign Minister Daw Hla Hla Win told reporters so.", "Hla Hla Win"),
        ("The President, U Tin Maung Soe, told reporters so.", "Tin Maung Soe"),
        ('"It is a shame," said Ko Min Thet Naing, a teacher in Yangon.', "Min Thet Naing"),
    ],
)
def test_a_burmese_title_of_address_is_no_name_and_a_doubt(text: str, name: str) -> None:
    """Held-out 155 (round 35): "Daw", "U" and "Ko" were kept in names most sets' writers leave
    them out of (22 of 28 such names), and the words went to "Daw X Y Z", certain, where the
    lone capital of "U" alone made a doubt: the title is read as one, before a name of two words
    or more (three for "Ko", a family name elsewhere), and whether it is the name's stays the
    curator's, as for every title of address some writers keep."""
    people = find_people([(1, text)])
    assert name in {p.name for p in people.values()}
    assert name in half_read_names(text, people.values())


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("State House Chief Communications Specialist Mwila Banda said the visit would go on.",
         "Mwila Banda", "State House Chief Communications Specialist"),
        ("Ministry Gender Coordinator Mwila Banda said the visit would go on.", "Mwila Banda",
         "Ministry Gender Coordinator"),
    ],
)  # fmt: skip
def test_a_job_title_word_before_a_name_is_the_role(text: str, name: str, role: str) -> None:
    """Held-out 158 (round 35): "… Communications Specialist X Y" listed "Specialist X Y", the
    job's last word read into the name: a specialist, a coordinator or a consultant ends a
    title as an officer does."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get(name) == role


def test_a_name_that_starts_with_a_job_word_is_a_doubt() -> None:
    """A name whose first word is a job's ("Specialist X Y") may be a title read into it: the
    speech given to it is a guess."""
    text = "Specialist Mwila Banda said so."
    people = [Found("Specialist Mwila Banda", "Adviser", 1, 1)]
    assert "Specialist Mwila Banda" in half_read_names(text, people)


def test_a_quotation_said_by_a_burmese_title_and_a_name_has_its_speaker() -> None:
    """Held-out 155 (round 35): '"…," said Ko X Y Z, an activist' found no speaker once "Ko"
    was a title: the title before the name was read as a word of a longer name no one listed,
    and the name a stand-in for that unlisted person, and the title after the verb was read
    apart from the name it goes before. The words are his, a guess (the title may be the
    name's)."""
    people, said = _eighteenth(
        '"The road will be built," said Ko Min Thet Naing, a teacher in Yangon.',
        "The road will be built",
    )
    assert "Min Thet Naing" in people
    assert said == [(("min-thet-naing",), True)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The Minister of Energy and Oil, Engineer Tarek Hamid Nour, said the plant would open.",
         "Tarek Hamid Nour", "Minister of Energy and Oil"),
        ("The Governor of Aden, Engineer Samir Hadi Bakri, said the port was ready.",
         "Samir Hadi Bakri", "Governor of Aden"),
    ],
)  # fmt: skip
def test_an_engineers_title_of_address_is_no_role_nor_name(text: str, name: str, role: str) -> None:
    """Held-out 151 and 155 (round 35): "the Minister of Energy and Oil, Engineer X," made the
    minister an "Engineer" and lost his office: Engineer written out before a name of two words
    or more is a title of address, as "Engr" is (every set's writer leaves it out: 6 of 6)."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Prince Gaspard III of Monaco said the sea was everyone's.", "Gaspard III",
         "Prince of Monaco"),
        ("King Osei II of Lesotho said the dam would be built.", "Osei II", "King of Lesotho"),
        ("King Osei II said the dam would be built.", "Osei II", "King"),
    ],
)  # fmt: skip
def test_a_monarch_by_title_name_and_numeral_is_listed(text: str, name: str, role: str) -> None:
    """Held-out 152 and 45 (round 35): "Prince Albéric II of Monaco" was nobody, a prince's
    title no leader's, and "King X III of Morocco" a "King": a monarch's title before one name
    and a regnal numeral names the monarch, and the country after "of" is the role's."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get(name) == role


@pytest.mark.parametrize(
    ("head", "writers"),
    [
        ("Published on 23/03/2026 - By Rosa Quispe - Reporter of Lakeside Wire - Lima",
         ["Rosa Quispe"]),
        ("By LNA Reporter Rosa Quispe", ["Rosa Quispe"]),
    ],
)  # fmt: skip
def test_a_byline_after_a_date_or_an_agency_in_capitals_is_its_writers(
    head: str, writers: list[str]
) -> None:
    """Held-out 157 and 158 (round 35): "Published on DATE - By X - Reporter of AGENCY" and "By
    AGENCY Reporter X" left their journalists out of `people`: the date of publication may
    open a byline's line, and the agency before the writer's title may be in capitals."""
    story = "LIMA (AFP) - Chilean President Ana Soto met Peruvian President Luis Paz."
    paragraphs = [(1, "Chile, Peru bury old rivalry"), (2, head), (3, story)]
    people = find_people(paragraphs)
    assert [p.name for p in people.values() if p.credited] == writers


def test_a_description_of_two_capitalised_words_and_a_noun_is_the_role() -> None:
    """Held-out 155 (round 35): "X, a Central Asia specialist at the University of Toulouse,"
    gave X no role: a description may open with a place of two words, as with one ("a Maghreb
    analyst")."""
    text = '"It costs little," said Ana Ruiz, a Central Asia specialist at the University of Lyon.'
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get("Ana Ruiz") == "Central Asia specialist at the University of Lyon"


def test_a_name_with_a_one_letter_particle_is_read_whole() -> None:
    """Held-out 158 (round 35): "Marciano Tjon A Fong", a Chinese Surinamese name whose "A" is
    a particle written apart, was nobody, and his words were missed: a lone "A" between words
    of a name is the name's, as "Tjon-A-Kiem" hyphened is."""
    text = (
        "Suriname's Minister of Foreign Affairs, Rosa Lie A Kwie, said trade would grow. "
        '"It is a start," Lie A Kwie said.'
    )
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people.get("Rosa Lie A Kwie") == "Suriname's Minister of Foreign Affairs"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("The presidents of Peru and El Salvador, Ana Soto Ruiz and Luis Paz Vega, met.",
         {"Ana Soto Ruiz": "President of Peru", "Luis Paz Vega": "President of El Salvador"}),
        ("The prime ministers of Spain and Portugal, Ana Soto Ruiz and Luis Paz Vega, met.",
         {"Ana Soto Ruiz": "Prime Minister of Spain",
          "Luis Paz Vega": "Prime Minister of Portugal"}),
    ],
)  # fmt: skip
def test_the_leaders_of_two_countries_and_two_names_are_each_the_leader_of_one(
    text: str, roles: dict[str, str]
) -> None:
    """Held-out 152, 107, 117, 91, 97 and 17 (round 35): "The presidents of Paraguay and Benin,
    X and Y," gave each the release's formal title ("President of the Republic of Paraguay"),
    where every writer but one (7 of 8) wrote the story's: each name holds the title of the
    country in the same place of its list."""
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people == roles


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ("President Hery Rabe of Madagascar met Prime Minister Ana Berg of Vila. "
         "The Malagasy leader, who is on a tour, said trade would grow.", ["Hery Rabe"]),
        ("Prime Minister Tran Bao met Prime Minister Ana Berg of Vila. "
         "The Vietnamese Government leader said trade would grow.", ["Tran Bao"]),
    ],
)  # fmt: skip
def test_a_leader_by_an_irregular_or_reversed_nationality_is_found(
    article: str, speaker: list[str]
) -> None:
    """Held-out 156 and 157 (round 35): "the Malagasy leader" of Madagascar's President, and
    "the Vietnamese Government leader" of a Prime Minister whose country the article did not
    give, went to no one; a nationality of no common prefix with its country (Malagasy,
    Basotho, Dutch) or with its words reversed (Bissau-Guinean) is the same country."""
    resolver = Resolver(find_people([(1, article)]))
    clause = article.split(". ")[-1]
    assert _speaker(resolver, clause) is not None
    assert _speaker(resolver, clause)[0] == speaker  # type: ignore[index]


def test_a_nationality_of_two_words_reversed_is_the_country() -> None:
    """ "The Bissau-Guinean leader" is the President of Guinea-Bissau, never of Guinea."""
    sanha = Found("Umaro Sanha", "President", 1, 1, country="Guinea-Bissau")
    conde = Found("Alpha Konde", "President", 1, 1, country="Guinea")
    for guinean, holder in (("Bissau-Guinean", sanha), ("Guinean", conde)):
        resolver = Resolver({"sanha": sanha, "konde": conde})
        assert _speaker(resolver, f"The {guinean} leader said") == ([holder.name], True)


def _clause_speakers(article: str, *clauses: str) -> list[tuple[list[str], bool]]:
    """(speaker names, flagged) of each numbered clause of a joint document after `article`."""
    numbered = "\n\n".join(f"({n}) {c}" for n, c in enumerate(clauses, start=1))
    text = f"{article}\n\n[Joint statement _2026.11.30. Vila]\n\n1. Trade\n\n{numbered}\n\n/End/\n"
    drafted = draft(text, "a.txt")
    names = {p["id"]: p["name"] for p in drafted["people"]}
    review = "\n".join(drafted["curation"]["review"])
    return [
        ([names[i] for i in c.get("speakers", [])], f"{c['ref']}:" in review)
        for section in drafted["release"]["sections"]
        for c in section["clauses"]
    ]


def test_the_two_ministers_of_a_joint_document_are_its_two_ministers() -> None:
    """Held-out 158 (round 35): "(1) The two Ministers reaffirmed …" of a foreign ministers'
    meeting was nobody's: the plural with a capital is the two ministers the article named
    last, as in prose, a guess."""
    article = (
        "Foreign Minister Rosa Lim of Vila met Foreign Minister Ana Berg of Lake on Monday. "
        "Lim said trade would grow."
    )
    got = _clause_speakers(
        article,
        "The two Ministers reaffirmed the friendly relations between the two countries.",
        "The two Ministers agreed to promote exchanges in education.",
    )
    assert got == [(["Rosa Lim", "Ana Berg"], True)] * 2


def test_two_leaders_by_titles_of_their_states_or_recognising_are_both() -> None:
    """Held-out 151 and 153 (round 35): "(1) The President of the Republic of X and the Prime
    Minister of the Y Republic agreed" and, in a joint declaration, "(1) The President and the
    Prime Minister recognised that" were nobody's: the two leaders, a guess."""
    article = (
        "President Tomas Kell of Vila met Prime Minister Ana Berg of Lake on Monday. "
        "Kell said trade would grow."
    )
    got = _clause_speakers(
        article,
        "The President of the Republic of Vila and the Prime Minister of the Lake Republic "
        "agreed to raise relations to a partnership.",
        "The President and the Prime Minister recognised that climate change is a threat.",
    )
    assert got == [(["Tomas Kell", "Ana Berg"], True)] * 2


def test_a_title_and_surname_fit_a_title_the_article_gives_besides_the_role() -> None:
    """Held-out 152 (round 35): "President Faye reaffirmed", of a leader whose role is "Head of
    State" and whom the joint document styles "President of the Republic of …", went to no
    one beside his wife Coumba Faye: the title fits a title the article gives him, a guess
    while another listed person carries the surname."""
    titles = ["Head of State", "President of the Republic of Vila"]
    faye = Found("Cheikh Ndour Faye", "Head of State", 1, 1, titles=titles)
    wife = Found("Coumba Faye", "First Lady", 1, 2, titles=["First Lady"])
    resolver = Resolver({"cheikh-ndour-faye": faye, "coumba-faye": wife})
    first = resolver.mentions("President Faye said that")[0]
    assert (first.words, first.candidates) == ("President Faye", [faye])
    assert _speaker(resolver, "President Faye said that") == (["Cheikh Ndour Faye"], False)


def test_a_joint_document_s_subject_with_an_office_word_before_its_title_is_named() -> None:
    """Held-out 158 (round 35): "(1) Federal Chancellor X reaffirmed …" was nobody's, the
    word "Federal" before the title read as someone the draft could not name."""
    article = (
        "Federal Chancellor Lukas Brenner met Moldovan Prime Minister Ion Rusu in Vienna. "
        "Brenner said trade would grow."
    )
    got = _clause_speakers(article, "Federal Chancellor Brenner reaffirmed the support of Vila.")
    assert got == [(["Lukas Brenner"], True)]


def test_one_side_of_a_joint_document_in_the_present_tense_is_its_leader() -> None:
    """Held-out 152 (round 35): "(3) The Chinese side appreciates …" was nobody's, where "The
    Chinese side appreciated" was its leader's: the present tense is the same voice."""
    article = (
        "President Tomas Kell of Vila met Lakish Prime Minister Ana Berg on Monday. "
        "Kell said trade would grow."
    )
    got = _clause_speakers(
        article,
        "The Lakish side appreciates Vila's support.",
        "The Lakish side welcomes the export of more Vila grain.",
    )
    assert got == [(["Ana Berg"], True)] * 2


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("\u201cWe come,\u201d said the Chilean president in declarations to the press.",
         (["Valentina Soto"], True)),
        ("Chile's president said Friday that trade would grow.", (["Valentina Soto"], True)),
        ("Cuba\u2019s leader said that trade would grow.", (["Rolando Perez"], True)),
    ],
)  # fmt: skip
def test_a_leader_by_a_country_s_possessive_or_before_a_phrase_is_found(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """Held-out 151 and 153 (round 35): "Latvia's president said Friday that …" and "…," said
    the Chilean president in declarations to the press" went to no one: a country's possessive
    before a leader's title in lower case is the role noun of its nationality, and a phrase
    after the verb's subject without an article is where they spoke."""
    article = (
        "President Rolando Perez of Cuba met Valentina Soto, President of the Republic of "
        "Chile, on Monday."
    )
    assert _speaker(Resolver(find_people([(1, article)])), clause, 2) == expected


def test_so_and_a_name_at_a_sentence_s_end_attributes_it() -> None:
    """Held-out 158 (round 35): translated German copy's "…, so the Chancellor." and "…," so
    X." after a quotation name the speaker at the sentence's end, as "said X" does; "so"
    that goes on is no verb of speech ("Trade fell, so Brenner cut tariffs")."""
    article = (
        "Brenner meets Rusu\n\n"
        "Federal Chancellor Lukas Brenner met Moldovan Prime Minister Ion Rusu on Thursday.\n\n"
        "Each country will be judged by its own progress, so the Chancellor.\n\n"
        "\u201cWho invests in Vila must invest in schools,\u201d so Rusu.\n\n"
        "Trade fell, so Brenner cut tariffs.\n\n"
        "[Joint statement _2026.11.30. Vila]\n\n1. Trade\n\n(1) Agreed.\n\n/End/\n"
    )
    drafted = draft(article, "a.txt")
    assert [(s["speakers"], s["text"][:20].strip()) for s in drafted["statements"]] == [
        (["lukas-brenner"], "Each country will be"),
        (["ion-rusu"], "Who invests in Vila"),
    ]


@pytest.mark.parametrize(
    ("article", "clause", "expected"),
    [
        ("Prime Minister Farida Rahman of Bangladesh met Thai Prime Minister Somchai Wong.",
         "The Bangladesh premier, in her statement, said", (["Farida Rahman"], True)),
    ],
)  # fmt: skip
def test_a_role_noun_of_a_country_in_sh_or_an_abbreviated_role_finds_every_holder(
    article: str, clause: str, expected: tuple[list[str], bool]
) -> None:
    """Held-out 151 and 154 (round 35): "The Bangladesh premier" was read as no role noun, so
    the "she said" after it went to the speaker before; "The PM", of an Indian leader whose
    role is "PM" and a Prime Minister of Luxembourg, was the latter alone: an abbreviated
    role holds its title too, and of two holders the one who spoke last is a guess."""
    assert _speaker(Resolver(find_people([(1, article)])), clause, 2) == expected
    tiwari = Found("Ravi Tiwari", "PM", 1, 1, country="India")
    weber = Found("Luc Weber", "Prime Minister of the Grand Duchy of Luxembourg", 1, 2)
    resolver = Resolver({"ravi-tiwari": tiwari, "luc-weber": weber})
    resolver.spoke([tiwari], 1)
    assert _speaker(resolver, "The PM said India wanted", 2) == (["Ravi Tiwari"], False)
    aide = Found("Asif Khan", "PM's Press Secretary", 1, 3)
    resolver = Resolver({"ravi-tiwari": tiwari, "asif-khan": aide})
    assert _speaker(resolver, "The PM said India wanted", 2) == (["Ravi Tiwari"], True)


def test_a_spouse_of_a_premier_holds_no_premiership() -> None:
    """Held-out 154 (round 35): "The Bangladesh premier" went to the "spouse of the Thai
    premier", whose role holds the word, before the Prime Minister of the People's Republic of
    Bangladesh: a relative's role holds no title; of two Prime Ministers whose countries the
    rules did not read, the one is a guess."""
    chowdhury = Found(
        "Farida Chowdhury", "Prime Minister of the People's Republic of Bangladesh", 1, 1
    )
    wong = Found("Somchai Wong", "Prime Minister of the Kingdom of Thailand", 1, 2)
    spouse = Found("Mali Wong", "spouse of the Thai premier", 1, 3)
    resolver = Resolver({"c": chowdhury, "w": wong, "s": spouse})
    assert _speaker(resolver, "The Bangladesh premier said", 2) == (["Farida Chowdhury"], False)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("\u201cWe come,\u201d said Brenner after a meeting of two hours in the Federal "
         "Chancellery in Vienna.", (["Lukas Brenner"], True)),
        ("\u201cWe come,\u201d said Brenner, who opened an embassy in West Vila, in Accra.",
         (["Lukas Brenner"], True)),
        ("The two leaders spoke highly of the development of relations.",
         (["Lukas Brenner", "Ion Rusu"], False)),
    ],
)  # fmt: skip
def test_a_place_of_several_phrases_after_the_verb_and_speaking_highly(
    clause: str, expected: tuple[list[str], bool]
) -> None:
    """Held-out 156 and 158 (round 35): "…," said X after a meeting … in the Federal
    Chancellery in Vienna" and "…," said X, who opened …, in Accra." went to no one, the place
    being of two phrases with "the", or a place alone; "The two leaders spoke highly of …" was
    no speech."""
    article = "Federal Chancellor Lukas Brenner met Moldovan Prime Minister Ion Rusu in Vienna."
    assert _speaker(Resolver(find_people([(1, article)])), clause, 2) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ghanaian Minister of Trade, Industry and Local Production Ama Serwaa Boateng spoke.",
         [("Ama Serwaa Boateng", "Ghanaian Minister of Trade, Industry and Local Production")]),
        ("Minister of Foreign Affairs and National Community Abroad, Yacine Belkacem Haddad, "
         "said the commission would meet in May.",
         [("Yacine Belkacem Haddad", "Minister of Foreign Affairs and National Community "
           "Abroad")]),
        ("Chilean Undersecretary for Economic Affairs Paula Ortiz Rojas said trade had grown.",
         [("Paula Ortiz Rojas", "Chilean Undersecretary for Economic Affairs")]),
    ],
)  # fmt: skip
def test_a_portfolio_of_two_words_ending_a_list_is_no_name(
    text: str, people: list[tuple[str, str]]
) -> None:
    """Held-out 159 and 166 (round 36): "Minister of Trade, Industry and Local Consumption X"
    named "Consumption X", and "… and National Community Abroad, X," a person "Community
    Abroad": a portfolio's last words may be two before a word no name has ("Abroad", a word
    ending in "-tion"); an undersecretary is an officer as a secretary is."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("TUNIS - President of the Republic, Hichem Ben Salah, received the delegation.",
         [("Hichem Ben Salah", "President of the Republic")]),
        ("The talks were attended by Director of Protocol of the Presidency, Nour Eddine Chaabi, "
         "and others.", [("Nour Eddine Chaabi", "Director of Protocol of the Presidency")]),
        ("Managing Director of Accra Shipping Ltd., Kwame Ofori Asante, joined the delegation.",
         [("Kwame Ofori Asante", "Managing Director of Accra Shipping Ltd.")]),
        ("A dinner was attended by the First Gentleman, Tomás Ruiz Prado, and the ministers.",
         [("Tomás Ruiz Prado", "First Gentleman")]),
        ("A delegation led by Samoa's Attorney-General, Leota Fiame Tuala, will visit.",
         [("Leota Fiame Tuala", "Samoa's Attorney-General")]),
    ],
)  # fmt: skip
def test_a_role_before_a_name_after_a_dateline_s_dash_or_by(
    text: str, people: list[tuple[str, str]]
) -> None:
    """Held-out 159, 163, 164 and 165 (round 36): "ALGIERS - President of the Republic, X,",
    "attended by Director of the Cabinet of Y, X,", "Chief Executive Officer of Z Inc., X,",
    "the First Gentleman, X," and "Fiji's Attorney-General, X," listed no one: a role may start
    after a dateline's dash or "by", a company's "Inc." or "Ltd." ends no role, and a first
    gentleman and an attorney-general are roles as a first lady is."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


def test_a_role_ends_before_another_country_s_title() -> None:
    """Held-out 159 and 161 (round 36): "Minister for Trade X and Fiji's Minister for Y, Z,"
    gave Z the whole run, X's title and name too: "and" before a country's possessive starts
    another person's title."""
    text = (
        "Minister for Trade Aoife Byrne and Samoa's Minister for Works, Tui Fale Leota, signed "
        "the memorandum."
    )
    people = [(p.name, p.role) for p in find_people([(1, text)]).values()]
    assert people == [
        ("Aoife Byrne", "Minister for Trade"),
        ("Tui Fale Leota", "Samoa's Minister for Works"),
    ]


@pytest.mark.parametrize(
    ("credit", "name", "role"),
    [
        ("By Political Correspondent Aoife Ní Bhriain", "Aoife Ní Bhriain",
         "Political Correspondent"),
        ("Tan Mei Ling\nRegional Correspondent", "Tan Mei Ling", "Regional Correspondent"),
        ("by Lakewire writers Wang Lei, Grace Banda", "Grace Banda", "Lakewire writer"),
        ("Reporter: Marie Payet | Camera: Jean-Luc Hoareau", "Jean-Luc Hoareau",
         "camera operator"),
        ("Photo: Mette Sofie Lund, Nordfoto Images", "Mette Sofie Lund", "photographer"),
        ("(Photo: The two presidents (C) shake hands in Gitega, May 4, 2026. Lakewire/Amir "
         "Hodžić)", "Amir Hodžić", "photographer"),
        ("/ag/ Photographs: Office of Communication of the Presidency / Luis Ajú",
         "Luis Ajú", "photographer"),
    ],
)  # fmt: skip
def test_a_credit_s_job_and_photographer_as_the_paper_writes_them(
    credit: str, name: str, role: str
) -> None:
    """Held-out 159, 160, 161, 162, 163 and 166 (round 36): a byline's own job ("By Political
    Correspondent X", a name over "Foreign Correspondent") became "reporter"; "by Xinhua writers
    A, B", a camera operator after "|", a photographer before an agency of two words after a
    comma, after a wire's "Agency/X" closing a caption with brackets inside, or after "/ag/"
    were no one."""
    story = "President Ana Ruiz met Prime Minister Tom Hale in Gitega on Monday."
    roles = _roles_drafted(
        f"{credit}\n\n{story}\n\n{credit}" if "Photo" in credit else f"{credit}\n\n{story}"
    )
    assert roles.get(name) == role


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Also, Minister of Agriculture and Rural Development, Ion Ceban, said exports grew.",
         [("Ion Ceban", "Minister of Agriculture and Rural Development")]),
        ("The lecturer at the Faculty of Law in Tirana, Arta Hoxha, assessed the visit.",
         [("Arta Hoxha", "lecturer at the Faculty of Law in Tirana")]),
        ("The talks were attended by His Excellency Minister of State for Trade Dr. Khalid bin "
         "Saad Al Marri, and others.",
         [("Khalid bin Saad Al Marri", "Minister of State for Trade")]),
        ("Special Assistant to PM Farah Naz Qureshi was also in the delegation.",
         [("Farah Naz Qureshi", "Special Assistant to PM")]),
    ],
)  # fmt: skip
def test_a_role_holds_no_sentence_adverb_article_or_address(
    text: str, people: list[tuple[str, str]]
) -> None:
    """Held-out 160, 162 and 166 (round 36): "Also, Minister of X", "The professor at Y", "His
    Excellency Minister of State …" kept the sentence's words in the role, and "Special
    Assistant to PM X" was the PM: a role starts after them, and a special assistant's title
    holds the leader it assists."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Kwesi Owusu Boateng, Chief Executive Officer of a Tema-based shipping firm who was "
         "part of the delegation, said firms were keen.",
         [("Kwesi Owusu Boateng", "Chief Executive Officer of a Tema-based shipping firm")]),
        ("Businessman Pierre-Alain Mbarga, who heads a cocoa exporters' association in Kribi "
         "and travelled with the delegation, said trade would grow.",
         [("Pierre-Alain Mbarga", "head of a cocoa exporters' association in Kribi")]),
    ],
)  # fmt: skip
def test_a_role_ends_before_a_clause_of_the_person(
    text: str, people: list[tuple[str, str]]
) -> None:
    """Held-out 159, 162 and 165 (round 36): "X, chairman of an association who attended a
    forum," and "X, who heads an association in Douala and travelled with the delegation," ran
    the role on into what the person did: the role ends at the clause."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Greta Lindqvist Berg, managing director of the Swedish Export Agency, said it would "
         "help.", [("Greta Lindqvist Berg", "managing director of the Swedish Export Agency")]),
        ("Principal of the college, Dr Marcus Holder, said the scholarships were welcome.",
         [("Marcus Holder", "Principal of the college")]),
    ],
)  # fmt: skip
def test_a_managing_director_and_a_principal_hold_roles(
    text: str, people: list[tuple[str, str]]
) -> None:
    """Held-out 160 and 165 (round 36): "X, managing director of Y," and "Principal of the
    college, Dr X," were of unknown role: "managing" is no verb there, and a principal's is a
    role as a director's is."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


@pytest.mark.parametrize(
    "text",
    [
        "Outside the Hôtel de Ville, a small crowd waved flags and sang.",
        "Trade Minister Senator Dr. the Hon. Grace Alleyne-Moore said the deal was good.",
        "Agencia Uruguaya de Noticias (AUN)",
    ],
)
def test_a_place_titles_alone_or_an_agency_are_no_person(text: str) -> None:
    """Held-out 163 and 164 (round 36): "Outside the Hôtel de Bourgogne, a small group waved
    flags" listed a hotel of a "small group" role, "Minister Senator Dr. the Hon. X" a person
    "Senator Dr", and an agency's name over its initials a reporter: a name after "the" takes
    no description, titles alone are no name, and an agency ("Agencia", "Noticias") no
    person."""
    names = [p.name for p in find_people([(1, text)]).values()]
    assert not {"Hôtel de Ville", "Senator Dr", "Agencia Uruguaya de Noticias"} & set(names)


def test_a_party_label_and_a_monger_s_trade() -> None:
    """Held-out 163 and 165 (round 36): "Conservative foreign affairs critic X" lost the party,
    and "Fishmonger X" was a name: a party before a role in lower case is the role's, and a
    "-monger" is a trade, as a "-maker" is."""
    critic = "\u201cWe can trade,\u201d said Liberal trade critic Marie-Claude Fortin-Blake."
    found = {p.name: p.role for p in find_people([(1, critic)]).values()}
    assert found["Marie-Claude Fortin-Blake"] == "Liberal trade critic"
    vendor = "Fishmonger Rita Soekhoe, 61, said she had not heard of the visit."
    assert [p.name for p in find_people([(1, vendor)]).values()] == ["Rita Soekhoe"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("At the border, a Serbian bus driver who gave his name only as Dragan said he waited.",
         [("Dragan", "Serbian bus driver")]),
        ("Another trader, who only gave her name as Wulan, a seller of batik in Solo, said "
         "prices rose.", [("Wulan", "seller of batik in Solo")]),
    ],
)  # fmt: skip
def test_a_person_who_gave_one_name_is_listed(text: str, people: list[tuple[str, str]]) -> None:
    """Held-out 164 (round 36), and 28, 62, 82 and 136 before it: "a driver who gave his name
    only as X" listed no one; the one name is the person's, the description their role."""
    assert [(p.name, p.role) for p in find_people([(1, text)]).values()] == people


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        (["The Federation of Andean Exporters welcomed the accord. Its president, Lucía Paredes "
          "Soto, said it was overdue."], "Lucía Paredes Soto",
         "president of the Federation of Andean Exporters"),
        (["The Chamber of Commerce of Durrës (CCD) also weighed in.",
          "Its director, Arben Hoxha Leka, said exports would double."], "Arben Hoxha Leka",
         "director of the Chamber of Commerce of Durrës (CCD)"),
        (["Later he visited the National Museum of Fine Arts, accompanied by its director, Ilze "
          "Kalniņa Ozola."], "Ilze Kalniņa Ozola", "director of the National Museum of Fine Arts"),
        (["Greenpeace Nordic criticised it. Its spokesman, Mats Dahl Berg, said so."],
         "Mats Dahl Berg", "spokesman"),
    ],
)  # fmt: skip
def test_its_role_is_of_the_body_named_before(paragraphs: list[str], name: str, role: str) -> None:
    """Held-out 161 and 163 (round 36), and some thirty sets before them: "The Federation of X
    welcomed it. Its president, Y," gave Y "president" alone, where writers give "president of
    the Federation of X": "its" stands for the last body the paragraph, or the one before,
    names by a word of a body or initials; none such, and the role stays as it is."""
    people = find_people(list(enumerate(paragraphs, 1)))
    assert {p.name: p.role for p in people.values()}[name] == role


def test_an_undersecretary_is_a_title_only_of_a_portfolio() -> None:
    """Held-out 20 (round 36, once "Undersecretary" was an officer): "Labor Secretary A and
    Palace Press Officer Undersecretary B both said" lost A, the title read as "Press Officer
    Undersecretary" leaving "Palace" between the two: an undersecretary is an officer's title
    only before "for" or "of" its portfolio."""
    article = (
        "Trade Secretary Ramon Dizon and Palace Press Officer Undersecretary Liza Manalo both "
        "said the office would open in May."
    )
    resolver = Resolver(find_people([(1, article)]))
    clause = (
        "Trade Secretary Ramon Dizon and Palace Press Officer Undersecretary Liza Manalo both said"
    )
    speaker = _speaker(resolver, clause, 1)
    assert speaker is not None
    assert speaker[0] == ["Ramon Dizon", "Liza Manalo"]


def test_a_sign_off_after_an_agency_s_slash_is_no_photographer() -> None:
    """Held-out 137 (round 36, once a photo credit could start after any "/ "): "AGENCY/ X/ AB"
    at a story's end, a writer's sign-off, made X a photographer: after a bare slash only a photo
    word starts a credit ("/ag/ Photographs: Office / X")."""
    story = "President Ana Ruiz met Prime Minister Tom Hale in Niamey on Monday."
    roles = _roles_drafted(f"{story}\n\nLNA/ Mariama Souley/ MS")
    assert roles.get("Mariama Souley") != "photographer"


@pytest.mark.parametrize(
    "clause",
    [
        "Minister of State de Vallon reaffirmed the commitment of Monaco to the oceans.",
        "Head of Government de Vallon invited Lao companies to invest in Monaco.",
    ],
)
def test_a_clause_s_subject_of_an_unusual_title_and_a_surname_is_its_holder(clause: str) -> None:
    """Held-out 160, 162 and 163 (round 36): "(1) Minister of State X reaffirmed …", "Head of
    Government X invited …" and "Chairman X offered …" went to nobody, the title before the
    family name being no title the rules read with it: a run of a title's capitalised words
    before the one person's name is that person's title, the clause theirs, a guess."""
    story = (
        "VIENTIANE - Pierre de Vallon, who heads the government of Monaco, met Lao President "
        "Somsak Phomma on Monday."
    )
    assert _clauses_drafted(story, [clause]) == [(["pierre-de-vallon"], True)]


def test_the_chairman_of_a_presidency_heads_a_state() -> None:
    """Held-out 160 (round 36): "The two Heads of State agreed …" went to a visiting president
    and a foreign minister, "her Bosnian counterpart", since the Chairman of the Presidency
    (of a collective presidency) was no head of state: he is one."""
    story = (
        "SARAJEVO - Lao President Somsak Phomma met Damir Kovac, the Chairman of the Presidency "
        "of Bosnia and Herzegovina, on Monday.\n\nLao Foreign Minister Malee Suk and her Bosnian "
        "counterpart, Ana Babic, signed a plan."
    )
    clause = "The two Heads of State agreed to hold regular consultations."
    assert _clauses_drafted(story, [clause]) == [(["damir-kovac", "somsak-phomma"], True)]


def test_the_two_sides_are_the_preamble_s_two_rather_than_a_counterpart() -> None:
    """Held-out 160 (round 36): "Both sides agreed …" went to a president and "her Bosnian
    counterpart", a foreign minister, or to words of the headline read as a president's name,
    when the other leader's title was no head's the rules know: where the two people the
    joint document's preamble names are not the two leaders the rules found, the preamble's
    two are the document's sides, a guess."""
    story = (
        "VIENTIANE - Pierre de Vallon, who heads the government of Monaco, met Lao President "
        "Somsak Phomma on Monday.\n\nLao Foreign Minister Malee Suk and her Monegasque "
        "counterpart, Anne Roux, signed a plan."
    )
    preamble = (
        "At the invitation of President Somsak Phomma, the Minister of State of the "
        "Principality of Monaco, Pierre de Vallon, paid an official visit to the Lao PDR."
    )
    clause = "Both sides agreed to hold regular consultations."
    release = (
        f"[Joint statement _2026.3.5. Vientiane]\n\n{preamble}\n\n1. Ties\n\n(1) {clause}\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [(sorted(s), g) for t, s, g in said if t == clause] == [
        (["pierre-de-vallon", "somsak-phomma"], True)
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "His Majesty and His Excellency reaffirmed their commitment to the friendly relations.",
        "His Majesty the King and His Excellency the President welcomed the new air link.",
    ],
)
def test_two_styles_of_address_in_the_joint_document_are_the_two_leaders(paragraph: str) -> None:
    """Held-out 164 (round 36): "His Majesty and His Excellency reaffirmed …" went to the King
    alone, "His Excellency" naming no one the rules found: a subject of two styles of address
    alone is the two leaders, a guess."""
    story = "BANDAR SERI BEGAWAN - King Omar Saiful met Lao President Somsak Phomma on Monday."
    release = (
        "[Joint statement _2026.3.5. Bandar Seri Begawan]\n\nAt the invitation of His Majesty "
        "King Omar Saiful, His Excellency Somsak Phomma, President of the Lao PDR, paid a state "
        f"visit.\n\n{paragraph}\n\n1. Ties\n\n(1) Both sides agreed to meet again.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [(sorted(s), g or "the King" in t) for t, s, g in said if t == paragraph] == [
        (["omar-saiful", "somsak-phomma"], True)
    ]  # "the King and … the President", each the one holder of the role: for certain


def test_a_preamble_s_two_leaders_by_title_and_name_deciding_are_its_speakers() -> None:
    """Held-out 163 (round 36): "The President of the Republic of X, A, and the President of
    the Y Republic, B, meeting in Lima on …, decided to establish …" went to nobody, the
    subject holding commas: a subject that starts with one leader and names both before the
    joint document's verb is the two leaders, a guess."""
    story = "VIENTIANE - Lao President Somsak Phomma met Thai Prime Minister Anan Chaiyo."
    preamble = (
        "The President of the Lao PDR, Somsak Phomma, and the Prime Minister of the Kingdom of "
        "Thailand, Anan Chaiyo, meeting in Vientiane on 5 March 2026, decided to establish a "
        "Strategic Partnership."
    )
    release = (
        f"[Joint statement _2026.3.5. Vientiane]\n\n{preamble}\n\n1. Ties\n\n"
        "(1) Both sides agreed to meet again.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [(sorted(s), g) for t, s, g in said if t == preamble] == [
        (["anan-chaiyo", "somsak-phomma"], True)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Greeting the guest, the head of Lao state expressed confidence that the visit will "
        "open a new chapter.",
        "The head of Lao state said that he highly appreciates the support of Thailand.",
    ],
)
def test_the_head_of_a_nationality_s_state_is_its_leader(sentence: str) -> None:
    """Held-out 165 (round 36): "the head of Turkmen state expressed confidence that …", as
    translated copy writes a head of state, went to nobody: "the head of X state" is X's head
    of state, as "the head of the X government" is its head of government."""
    drafted = draft(f"{ROUND_33_STORY}\n\n{sentence}\n\n{RELEASE_21}", "a.txt")
    said = [s["speakers"] for s in drafted["statements"] if s["kind"] != "account"]
    assert said == [["somsak-phomma"]]


def test_a_nationality_and_a_portfolio_before_a_minister_s_title_are_no_person() -> None:
    """ "Veronian Climate and Energy Minister X said" made "Veronian Climate" a person, an
    untitled speaker beside X (held-out 167): the words before "and" are a nationality and the
    first portfolio of a minister's title, never a name of its own."""
    drafted = _roles_drafted(
        "President Ana Berg met Prime Minister Tomas Kell.\n\nVeronian Climate and Energy "
        "Minister Rui Dede said a study would be ready by May."
    )
    assert "Veronian Climate" not in drafted
    assert drafted.get("Rui Dede") == "Veronian Climate and Energy Minister"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("She will visit Ostria in May at the invitation of King Rui XVI Anders, the office said.",
         "Rui XVI Anders"),
        ("She will visit Ostria in May at the invitation of King Rui XIV.", "Rui XIV"),
    ],
)  # fmt: skip
def test_a_monarch_with_a_numeral_past_twelve_or_a_name_after_it_is_listed(
    paragraph: str, name: str
) -> None:
    """ "King Carl XVI Gustaf" left the king out of `people` (held-out 167): a regnal numeral
    past XII is a numeral too, and one name after it, before a comma or a full stop, is his."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}")
    assert drafted.get(name) == "King"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Beretitenti Rui Dede said the talks in the capital were useful.", "Rui Dede"),
        ("Ras Rui Dede, an elder of the community, said it was a good day.", "Rui Dede"),
        ("The Minister of Fisheries, Haja Rui Dede, said the inspectors would travel soon.",
         "Rui Dede"),
    ],
)  # fmt: skip
def test_more_national_honorifics_are_no_part_of_a_name(paragraph: str, name: str) -> None:
    """Kiribati's "Beretitenti" alone (the President's style, "Te Beretitenti" in full), the
    Rastafarian and Ethiopian "Ras" before a name of two words, and Sierra Leone's "Haja" (a
    woman's pilgrim title) were kept in a name or cut it to its family name (held-out 171 and
    172): each is an honorific, no part of the name."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}")
    assert name in drafted
    assert not any(other.endswith(name) and other != name for other in drafted)


def test_a_vice_premier_is_no_premier() -> None:
    """ "Chinese Vice Premier X" was listed as "Premier" (held-out 173): "Vice Premier" is a
    title whole, as "Vice President" is."""
    drafted = _roles_drafted(
        "President Ana Berg met Prime Minister Tomas Kell.\n\nLater, Veronian Vice Premier Rui "
        "Dede met with Ostrian Minister of Trade Lia Mora.\n\nDede said trade should grow."
    )
    assert drafted.get("Rui Dede") == "Veronian Vice Premier"


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("For Veronia's Minister for International Trade, Lia Mora, who travelled with the "
         "President, the visit is about trade.", "Lia Mora", "Veronia's Minister for International "
         "Trade"),
        ("The delegation visited a bank in Vila, where the producer of rice Lia Mora Vidal "
         "explained to the visitors how a loan works.", "Lia Mora Vidal", "producer of rice"),
    ],
)  # fmt: skip
def test_a_role_starts_at_its_noun_never_at_a_word_of_the_sentence_before_it(
    paragraph: str, name: str, role: str
) -> None:
    """ "For Sweden's Minister for X, Y, …" and "…, where the producer of quinoa Y explained"
    gave roles that start with the sentence's "For" or "where the" (held-out 168 and 174): a
    role never starts at a preposition or a relative word; the article (after "where") is cut
    with it."""
    drafted = _roles_drafted(f"President Ana Berg met Prime Minister Tomas Kell.\n\n{paragraph}")
    assert drafted.get(name) == role


def test_a_rector_in_lower_case_before_a_name_is_a_silent_person() -> None:
    """ "visited the State University, where he was met by rector X" left the rector out of
    `people` (held-out 170): a university's rector is a title in lower case, as a mayor is."""
    drafted = _roles_drafted(
        "President Ana Berg met Prime Minister Tomas Kell.\n\nKell visited the Veronian State "
        "University, where he was met by rector Rui Dede."
    )
    assert drafted.get("Rui Dede") == "rector"


@pytest.mark.parametrize("initial", ["A.", "I.", "B."])
def test_a_leader_named_by_the_initial_a_or_i_is_a_person(initial: str) -> None:
    """ "Kenyan President A. Kosgei" was no one (a name starting with the article "A" is a
    phrase, not a person), so his quotation was left unattributed (new user 45); "B. Kosgei"
    was found. An initial with its full stop is no article."""
    article = (
        f"NAIROBI - Kenyan President {initial} Kosgei and Ghanaian President Kwame Mensah signed a "
        'trade pact on Tuesday.\n\n"Africa must trade with Africa," Kosgei said.\n\n'
        "[Joint statement _2026.3.3. Nairobi]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [kosgei] = [p for p in drafted.people if p.name == f"{initial} Kosgei"]
    assert kosgei.role == "Kenyan President"
    [quoted] = [s for s in drafted.statements if s.text.startswith("Africa must")]
    assert list(quoted.speakers) == [kosgei.id]


def test_a_name_in_a_phrase_between_a_role_noun_subject_and_its_verb_is_not_the_speaker() -> None:
    """ "The European minister, in a meeting with the Bolivian Chancellor, X, announced that …"
    went for certain to X, the name right before the verb (issue 19, round 37, held-out 174):
    an aside that opens with a lowercase phrase ("in a meeting with …") names someone who is
    not the subject; the subject is the role noun that starts the sentence, certain only where
    one listed person carries its role, else a guess, and never the person the aside names."""
    story = (
        "VADUZ - Prime Minister Anton Berger welcomed President Mirela Vasquez on Monday. "
        "He was accompanied by the Minister of Foreign Affairs of Austria, Lena Huber.\n\n"
        "Berger said the talks were warm."
    )
    said = (
        "The Austrian minister, in a meeting with the Peruvian Chancellor, Julia de la Paz Ortiz, "
        "announced that the two countries will open a trade office."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert found
    for text, speakers, guessed in found:
        if text == said:
            assert speakers != ["julia-de-la-paz-ortiz"] or guessed
            assert speakers == ["lena-huber"] or guessed


def test_a_named_subject_after_in_a_declaration_to_the_press_is_the_speaker() -> None:
    """ "In a declaration to the press, Mr. X affirmed that …" went to both leaders as the joint
    statement's words, once the article had named a joint statement (issue 19, round 37,
    held-out 167): "In a declaration …," or "In a statement …," without "joint" only sets the
    scene; the one person the clause then names as its subject speaks."""
    story = (
        "RABAT - Prime Minister Karim Benali received President Tomas Duarte Vera on Monday. "
        "The two leaders signed a joint statement."
    )
    said = "In a declaration to the press, Mr. Benali affirmed that the visit opens a new page."
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [speakers for text, speakers, _ in found if text == said] == [["karim-benali"]]


def test_a_role_noun_with_its_country_is_the_holder_whose_role_names_that_country() -> None:
    """ "For his part, the Head of Government of Liechtenstein … indicated that" went to the
    other leader, a President, for "the Head of Government" fitted three heads whose countries
    the article never gave in words of their own (issue 19, round 37, held-out 174): a role
    noun followed by "of" and a country is, of its holders, the one whose role ends in that
    country's name."""
    story = (
        "SUCRE - The President of the Republic of Karvonia, Tomas Reyes Luna, received the Head "
        "of Government of the Principality of Vestmark, Erik Solberg, on Monday. The Karvonian "
        "Chancellor, Ana Prado Ruiz, joined them."
    )
    said = (
        "For his part, the Head of Government of Vestmark thanked the hosts and indicated that "
        "his country will fund two schools."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [speakers for text, speakers, _ in found if text == said] == [["erik-solberg"]]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ('"The road is open to all of us," indicated the Head of State.', "jean-mba-ondo"),
        ('"We value this visit," Jean Mba Ondo addressed the guests.', "jean-mba-ondo"),
        ("According to Gabonese leader, trade doubled last year.", "jean-mba-ondo"),
        ('Gabon\'s President says the two nations "share one ocean".', "jean-mba-ondo"),
    ],
)
def test_translated_frames_and_role_nouns_without_an_article_find_the_speaker(
    said: str, speaker: str
) -> None:
    """Translated wire copy the rules missed (issue 19, round 37, held-out 170 to 174): a
    quotation framed by "indicated" or "addressed" (", indicated the Head of State."), a role
    noun without its article after "According to" ("According to Kazakh leader,"), and a
    country's possessive before a capitalised title ("Samoa's Prime Minister says")."""
    story = (
        "LIBREVILLE - President Jean Mba Ondo received Prime Minister Arvid Lund of Norway on "
        "Monday.\n\nLund said the talks were useful."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [speakers for text, speakers, _ in found if said.startswith(text) or text in said]
    assert all(speakers == [speaker] for text, speakers, _ in found if text in said or said in text)


def test_two_countries_or_two_titles_with_an_adjective_agreeing_in_the_joint_document() -> None:
    """ "(1) Sweden and Portugal reaffirmed …" and "(1) The Federal Chancellor and the Prime
    Minister agreed to …" were left as nobody's (issue 19, round 37, held-out 169 and 174):
    a clause whose subject is the two countries, or the two leaders' titles with a word such as
    "Federal" before one, is the two leaders' words, a guess."""
    story = (
        "VIENNA - Federal Chancellor Matthias Lehner of Austria received Prime Minister Roy "
        "Baptiste of Dominica on Monday.\n\nLehner said the talks were warm."
    )
    both = (["matthias-lehner", "roy-baptiste"], True)
    clauses = [
        "Austria and Dominica reaffirmed their support for the Paris Agreement.",
        "The Federal Chancellor and the Prime Minister agreed to cooperate on geothermal energy.",
    ]
    assert _clauses_drafted(story, clauses) == [both, both]


@pytest.mark.parametrize(
    ("adjective", "country"),
    [("Danish", "Denmark"), ("French", "France"), ("Irish", "Ireland"), ("Swiss", "Switzerland")],
)
def test_a_nationality_that_shares_few_letters_with_its_country_finds_its_leader(
    adjective: str, country: str
) -> None:
    """ "For his part, the Danish Prime Minister described Jordan as "…"" was left as nobody's
    (issue 19, round 37, held-out 169): "Danish" shares one first letter with "Denmark", and
    "French", "Irish" and "Swiss" too few with their countries' names, so the role noun of the
    nationality found no Prime Minister of the Kingdom of Denmark."""
    story = (
        "AMMAN - The Prime Minister of the Hashemite Kingdom of Jordan, Omar Haddad, received "
        f"the Prime Minister of {country}, Lars Holm, on Monday.\n\nHaddad said the talks were "
        "warm."
    )
    said = f'For his part, the {adjective} Prime Minister described Jordan as "a firm partner."'
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [speakers for text, speakers, _ in found if text in said] == [["lars-holm"]]


def test_the_guest_after_a_quotation_is_the_speaker_before_a_guess() -> None:
    """ "…," the guest said. was left as nobody's (issue 19, round 37, held-out 172): "the
    guest" ("the high guest", "the distinguished guest") as the subject of a quotation's frame
    is the visitor the article was speaking of, the speaker before, a guess; never as the
    object of a host's welcome ("welcomed the guest and noted that" is the host's)."""
    story = (
        "TASHKENT - President Bakhtiyor Karimov received President Hilda Heine Kabua on "
        "Monday.\n\nPresident Karimov welcomed the guest and noted that the visit is historic."
        "\n\nPresident Kabua thanked the hosts and said that her people feel close to Uzbekistan."
    )
    said = '"We do not feel like strangers here," the guest said.'
    after = '"We feel at home," said the guest President, who spoke in Marshallese.'
    found = _speakers_and_guesses(f"{story}\n\n{said}\n\n{after}")
    assert ("We do not feel like strangers here", ["hilda-heine-kabua"], True) in found
    assert ("We feel at home", ["hilda-heine-kabua"], True) in found  # held-out 178, round 38:
    # "the guest" after the verb, with the title it holds
    assert any(s == ["bakhtiyor-karimov"] for text, s, _ in found if text.startswith("President K"))


def test_an_honorific_used_alone_after_the_full_name_is_its_carrier_a_guess() -> None:
    """ "…," Lyonchhoen said. and "According to Lyonpo, …" were left as nobody's (issue 19,
    round 37, held-out 170 and 172): a title of address the article wrote before someone's
    full name ("Lyonchhoen Dasho Sangay Wangdi"), used alone as a name later, is that person,
    a guess (another may carry it unlisted)."""
    story = (
        "THIMPHU - Prime Minister Pema Wangdi received President Irfan Ramdass of Guyana on "
        "Monday.\n\nLyonchhoen Dasho Pema Wangdi and the President held talks at noon.\n\n"
        "Foreign Minister Lyonpo Karma Dorji said the two countries would share expertise."
    )
    said = '"Our forests are our gift to the world," Lyonchhoen said.'
    according = "According to Lyonpo, officials will visit Georgetown next year."
    found = _speakers_and_guesses(f"{story}\n\n{said}\n\n{according}")
    assert ("Our forests are our gift to the world", ["pema-wangdi"], True) in found
    assert (according, ["karma-dorji"], True) in found


def test_a_country_named_by_its_nationality_and_a_state_word_is_still_that_nationality() -> None:
    """ "(1) The President of the French Republic reaffirmed …" was left as nobody's once
    "French" was read as France (issue 19, round 37, held-out 120): the words as written
    ("French Republic", "French") are compared before the irregular nationality's country."""
    assert _same_country("French Republic", "French")
    assert _same_country("Danish", "Denmark")


@pytest.mark.parametrize("opening", ["If", "When", "Unless", "Whether", "Once", "Although"])
def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name(opening: str) -> None:
    """ "If Herrera says the money is there, …" listed a person "If Herrera", who then took a
    later "she said" (new user 46): a conjunction starts no name."""
    paragraph = f"{opening} Tavares says the plan would work, markets listen, an analyst said."
    drafted = draft_summit(
        THIRTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble="Met."), "a.txt"
    )
    assert not [p.name for p in drafted.people if p.name.startswith(opening)]


@pytest.mark.parametrize(
    ("name", "country", "visit"),
    [
        ("ap-berlin", "Germany", "working visit"),
        ("afp-london", "United Kingdom", "official visit"),
    ],
)
def test_the_summit_s_country_is_the_one_the_document_says_the_visit_was_to(
    name: str, country: str, visit: str
) -> None:
    """ "received Prime Minister Tomasz Wrobel for a working visit to Germany" (new user 46)
    and "made an official visit to the United Kingdom" (new user 50) left the country unfound,
    where the dateline names only the city."""
    article = (DRAFTS / "tuning" / f"{name}.txt").read_text(encoding="utf-8")
    drafted = draft_summit(article, f"{name}.txt")
    assert (drafted.info.country, drafted.info.visit) == (country, visit)


def test_when_with_the_story_s_past_still_reports_speech() -> None:
    """ "The remark drew laughter when he added that …" is the story's past, not a habit: his
    words (held-out 71 lost them to the rule for "When X says jump")."""
    paragraph = "Tavares spoke first. Everyone laughed when he added that the plan would work."
    assert _thirteenth(paragraph, "the plan would work") == [(("rui-tavares",), True)]


@pytest.mark.parametrize(
    "short",
    ["President G. Vaitkevičius", "G. Vaitkevičius", "President G.R. Vaitkevičius"],
)
def test_a_name_of_initials_is_the_person_its_full_name_names(short: str) -> None:
    """ "According to G. Vaitkevičius, …" went unflagged to a second person, "G. Vaitkevičius",
    beside President Gintaras Vaitkevičius (issue 19, round 38, held-out 180): a name written
    with the initials of a full name's given names and its family name is that person."""
    story = (
        "VILNIUS - President of the Republic of Lithuania Gintaras Romas Vaitkevičius met Prime "
        "Minister Josefa Vunivalu of Fiji on Tuesday."
        if "G.R." in short
        else "VILNIUS - President of the Republic of Lithuania Gintaras Vaitkevičius met Prime "
        "Minister Josefa Vunivalu of Fiji on Tuesday."
    )
    said = f"According to {short}, Lithuania is ready to share its experience."
    drafted = draft_summit(f"{story}\n\n{said}\n\n{RELEASE_21}", "a.txt")
    assert [p.id for p in drafted.people if "vaitkevicius" in p.id] == [
        "gintaras-romas-vaitkevicius" if "G.R." in short else "gintaras-vaitkevicius"
    ]
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [s for text, s, _ in found if "Lithuania is ready" in text] == [
        ["gintaras-romas-vaitkevicius" if "G.R." in short else "gintaras-vaitkevicius"]
    ]


def test_people_listed_after_attended_by_are_listed_with_their_roles() -> None:
    """ "The meeting was attended by H.H. Sheikh X, National Security Adviser; Dr. Y, Minister
    of State for Foreign Trade; and …" listed neither (issue 19, round 38, held-out 177): each
    item of a list after "attended by", a name and its role, is a person with that role."""
    story = (
        "ABU DHABI - President Rashid Al Nuaimi received Prime Minister Dexter Joseph on "
        "Monday.\n\nThe meeting was attended by H.H. Sheikh Hazza bin Rashid Al Nuaimi, National "
        "Security Adviser; Dr. Mariam bint Khalid Al Suwaidi, Minister of State for Foreign "
        "Trade; and a number of senior officials."
    )
    roles = _roles_drafted(story)
    assert roles["Hazza bin Rashid Al Nuaimi"] == "National Security Adviser"
    assert roles["Mariam bint Khalid Al Suwaidi"] == "Minister of State for Foreign Trade"
    commas = (  # a list of commas holds titles before the names (held-out 56)
        "AMMAN - King Abdullah met President Mohamed bin Zayed.\n\nThe talks were attended by "
        "His Royal Highness Crown Prince Hussein bin Hashem, Prime Minister Yazan Nabil "
        "Rawashdeh and Foreign Minister Rami Fayez Haddadin."
    )
    assert _roles_drafted(commas)["Hussein bin Hashem"] == "Crown Prince"


def test_a_mongolian_name_with_its_initial_run_on_is_called_by_the_name_alone() -> None:
    """ "According to Minister Enkhtuya, …" went unflagged to a second person, "Enkhtuya",
    beside "Minister of Foreign Affairs of Mongolia B.Enkhtuya" (issue 19, round 38, held-out
    181): the name after a patronymic's initial run on into it is what the story calls her."""
    story = (
        "ULAANBAATAR - President Tsogtbaataryn Oyunbileg received Prime Minister Davit "
        "Hovhannisyan on Monday.\n\nMinister of Foreign Affairs of Mongolia B.Enkhtuya and "
        "Minister of Foreign Affairs of Armenia Anahit Sargsyan held a separate meeting. "
        "According to Minister Enkhtuya, the two ministries will hold consultations."
    )
    roles = _roles_drafted(story)
    assert "Enkhtuya" not in roles
    assert roles["B.Enkhtuya"] == "Minister of Foreign Affairs of Mongolia"
    found = _speakers_and_guesses(story)
    assert [s for text, s, _ in found if "hold consultations" in text] == [["b-enkhtuya"]]


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("Nauruan Minister for Health and Medical Services Tamara Amwano said it was good.",
         "Tamara Amwano", "Nauruan Minister for Health and Medical Services"),
        ("Permanent Secretary for Information, Publicity and Broadcasting Services Ndaba Sibanda"
         " said the delegation would tour.",
         "Ndaba Sibanda",
         "Permanent Secretary for Information, Publicity and Broadcasting Services"),
        ("Rasa Ruta met the Fijian Minister for Trade, Co-operatives and Small and Medium "
         "Enterprises Ashneel Prasad Chand.", "Ashneel Prasad Chand",
         "Fijian Minister for Trade, Co-operatives and Small and Medium Enterprises"),
        ("President Rashid Al Nuaimi received The Honourable Dexter Ramcharan-Joseph, Prime "
         "Minister of the Republic of Trinidad and Tobago, who is on an official visit.",
         "Dexter Ramcharan-Joseph", "Prime Minister of the Republic of Trinidad and Tobago"),
        ("Uzbek President Jasurbek Mirzaqulov and visiting Malagasy President Haja Randrianasolo "
         "held talks.", "Haja Randrianasolo", "Malagasy President"),
        ("Prime Minister of the Republic of Fiji Josefa Vunivalu met Minister of Foreign Affairs "
         "of Lithuania Rasa Ruta.\n\nPrime Minister of Fiji is accompanied by his wife Adi Litia "
         "Vunivalu.",
         "Litia Vunivalu", "wife of the Prime Minister of Fiji"),
    ],
)  # fmt: skip
def test_a_title_of_a_long_portfolio_or_a_country_with_and_is_the_role(
    paragraphs: str, name: str, role: str
) -> None:
    """Titles the rules cut short ran into the name or lost the person (issue 19, round 38,
    held-out 177, 179, 180, 181): a portfolio that ends in "Services" or "Enterprises" or holds
    a hyphenated word ("Co-operatives"); a country whose name holds "and" after "X, Prime
    Minister of the Republic of"; "Haja", a title only before two words, is a Malagasy given
    name before one; and a leader's title opening a sentence with no "the" ("Prime Minister of
    Fiji is accompanied by his wife X") is the relative's kin."""
    assert _roles_drafted(paragraphs)[name] == role


def test_a_hyphenated_country_ends_an_appositive_title_and_a_chamber_is_no_one() -> None:
    """ "His Excellency X, President of the Democratic Republic of Timor-Leste," listed no X,
    and "the President of the National Assembly" listed a person "Assembly" (issue 19, round
    38, held-out 182): a country's hyphenated name ends the title; a chamber is no name."""
    story = (
        "At the invitation of His Excellency Brahim Adoum Saleh, President of the Republic of "
        "Chad, His Excellency Abílio da Costa Ximenes, President of the Democratic Republic of "
        "Timor-Leste, carried out an official visit.\n\nPresident da Costa Ximenes will be "
        "received by the President of the National Assembly."
    )
    roles = _roles_drafted(story)
    assert roles["Abílio da Costa Ximenes"] == "President of the Democratic Republic of Timor-Leste"
    assert "Assembly" not in roles


def test_a_role_before_a_name_ends_at_a_verb_before_the() -> None:
    """ "Prime Minister of Montenegro X today in the Government building hosted the President
    of the Republic of Kiribati, Y," gave Y the whole run as a role, and his spouse with it
    (issue 19, round 38, held-out 179): a word that is no preposition before "the", a verb's,
    ends the place of a role written before the name."""
    story = (
        "Podgorica, 18 March 2026 (MINA) - Prime Minister of Montenegro Stefan Vujošević today in "
        "the Government building hosted the President of the Republic of Kiribati, Kautebiri "
        "Tawita, who is on an official visit."
    )
    assert _roles_drafted(story)["Kautebiri Tawita"] == "President of the Republic of Kiribati"
    before = (  # a preposition before "the" goes on with the place (held-out 148)
        "ROME - The President arrived with the ambassador of Peru before the Holy See, Carlos "
        "Mendívil Otero."
    )
    assert (
        _roles_drafted(before)["Carlos Mendívil Otero"] == "ambassador of Peru before the Holy See"
    )


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("The chairman of the Lithuanian Rugby Federation Mindaugas Petrauskas told that the "
         "meeting was a dream.", "Mindaugas Petrauskas",
         "chairman of the Lithuanian Rugby Federation"),
        ("Among the guests was Soula Demetriou, chairwoman of the Cyprus Federation of Southern "
         "Africa, who told CyBC that it was a good night.", "Soula Demetriou",
         "chairwoman of the Cyprus Federation of Southern Africa"),
    ],
)  # fmt: skip
def test_a_lower_case_title_of_a_body_is_the_role(paragraphs: str, name: str, role: str) -> None:
    """Officers of a body named by a title in lower case were not listed (issue 19, round 38,
    held-out 179, 180): "The chairman of the X Federation Y Z told …", the title and its body
    run into the name as translated copy writes them, and "Y Z, chairwoman of the X," with no
    article before the title."""
    assert _roles_drafted(paragraphs)[name] == role


@pytest.mark.parametrize(
    ("credit", "name", "role"),
    [
        ("Journalist: Klodiana Prifti", "Klodiana Prifti", "journalist"),
        ("Text: Elīna Purmale, LSM", "Elīna Purmale", "writer"),
        ("Kalle Nurmio, Yle News", "Kalle Nurmio", "reporter"),
    ],
)
def test_a_credit_labelled_text_or_journalist_or_with_its_agency_is_listed(
    credit: str, name: str, role: str
) -> None:
    """Credits at a story's end listed no one (issue 19, round 38, held-out 176, 177, 178):
    "Journalist: X", "Text: X, AGENCY", and a name alone with an agency of two words after it
    ("X, Yle News")."""
    story = f"OSLO - President Ana Berg met Prime Minister Jon Holm.\n\nThey talked.\n\n{credit}"
    assert _roles_drafted(story)[name] == role


def test_a_country_named_for_a_saint_is_no_person() -> None:
    """ "…, where he said Saint Lucia could learn …" listed a person "Saint Lucia", who then took
    the Uzbek President's place in the joint document's clauses (issue 19, round 38, held-out
    182): a country named for a saint is no one's name, nor is a road ("Silk Road")."""
    story = (
        "SAMARKAND - Prime Minister Desmond St Rose met Uzbek President Bakhtiyor Rakhimov in the "
        "ancient Silk Road city.\n\nSt Rose visited the Gur-e-Amir mausoleum, where he said Saint "
        "Lucia could learn from Samarkand."
    )
    roles = _roles_drafted(story)
    assert "Saint Lucia" not in roles
    assert "Silk Road" not in roles


def test_a_second_given_name_and_the_family_name_is_the_person_a_guess() -> None:
    """ "The minister Fátima Semedo" was listed as a second person beside Minister Maria de
    Fátima Lopes Semedo, and her words went to that short form (issue 19, round 38, held-out
    181): a given name after the first and the family name, with a title that fits, is the
    person named in full, a guess."""
    story = (
        "PRAIA - The Prime Minister of Cabo Verde, José Maria Tavares da Silva, met Arben "
        "Dervishi.\n\nHe was received by the Minister of Foreign Affairs, Cooperation and "
        "Regional Integration, Maria de Fátima Lopes Semedo.\n\nThe minister Fátima Semedo "
        "recalled that the relations were established in 1979."
    )
    assert "Fátima Semedo" not in _roles_drafted(story)
    found = _speakers_and_guesses(story)
    assert [(s, g) for text, s, g in found if "established in 1979" in text] == [
        (["maria-de-fatima-lopes-semedo"], True)
    ]


def test_an_elders_aunty_is_a_title_of_address() -> None:
    """ "Ngunnawal elder Aunty Violet Sheridan" was listed as "Aunty Violet Sheridan" and "Aunty
    Violet said" went to that form (issue 19, round 38, held-out 181): an Aboriginal elder's
    Aunty (Uncle) is a title of address, no part of the name, and a woman's (a man's): "she
    told" after it was the Prime Minister's."""
    story = (
        "CANBERRA - Prime Minister Fiona Galbraith met President Ahmed Rasheed.\n\nEarlier, "
        "Ngunnawal elder Aunty Violet Sheridan welcomed the delegation.\n\n"
        '"You come from saltwater country," Aunty Violet said.\n\n"We care for country," she '
        "told the President."
    )
    assert _roles_drafted(story)["Violet Sheridan"] == "Ngunnawal elder"
    found = _speakers_and_guesses(story)
    assert ("You come from saltwater country", ["violet-sheridan"], True) in found
    assert ("We care for country", ["violet-sheridan"], True) in found


def test_a_dean_named_as_a_professor_is_the_dean() -> None:
    """ "The dean of the Maritime Faculty in Kotor, professor X," was listed as "professor"
    (issue 19, round 38, held-out 179): the dean's office before the name is the role, and
    "professor" after the comma a title of address, as "Ambassador" there is."""
    story = (
        "The dean of the Maritime Faculty in Kotor, professor Milica Zec-Perović, said that the "
        "Faculty is ready."
    )
    assert _roles_drafted(story)["Milica Zec-Perović"] == "dean of the Maritime Faculty in Kotor"


def test_the_spouse_of_the_prime_minister_named_after_the_title_is_no_minister() -> None:
    """ "the spouse of the Prime Minister Krisztina X visited …" listed her as a "Minister"
    (issue 19, round 38, held-out 180): a title is never read from the "Minister" of "Prime
    Minister", so the relative's rule gives her role."""
    story = (
        "BAKU - President Ilham Aliyev met Prime Minister Gábor Szerémi.\n\nWithin the framework "
        "of the visit, the spouse of the Prime Minister Krisztina Szerémi-Lukács visited the "
        "National Carpet Museum."
    )
    assert _roles_drafted(story)["Krisztina Szerémi-Lukács"] == "spouse of the Prime Minister"


def test_initials_never_start_after_a_full_stop() -> None:
    """ "According to H.E. Meas Sopheap, spokesperson of the Royal Government, …" listed an
    "E. Meas Sopheap" once a lower-case title after a name's comma was a role (issue 19, round
    38, held-out 59): a name's initials never start inside a dotted honorific."""
    story = (
        "VIENTIANE - Prime Minister Hun Manet met Prime Minister Sonexay Siphandone.\n\n"
        "According to H.E. Meas Sopheap, spokesperson of the Royal Government, the sides signed "
        "five documents."
    )
    roles = _roles_drafted(story)
    assert roles["Meas Sopheap"] == "spokesperson of the Royal Government"
    assert "E. Meas Sopheap" not in roles


def test_a_santomean_is_of_sao_tome_and_principe() -> None:
    """ "The Santomean President also said …" was left as nobody's once the President's role
    named "São Tomé and Príncipe" whole (issue 19, round 38, held-out 149)."""
    assert _same_country("Santomean", "São Tomé and Príncipe")


def test_a_name_another_listed_person_writes_with_initials_is_a_guess() -> None:
    """ "According to Minister Enkhtuya, …" went for certain to a Minister "Enkhtuya" listed
    apart from "B.Enkhtuya", and "According to G. Vaitkevičius, …" to a "G. Vaitkevičius"
    listed apart from "Gintaras Vaitkevičius" (issue 19, round 38, held-out 180 and 181): a
    name that runs inside another's, an initial glued to it, or that writes another's given
    name as its initial, may be that person: a guess."""
    mongolia = (
        "ULAANBAATAR - President Tsogtbaataryn Oyunbileg received Prime Minister Davit "
        "Hovhannisyan on Monday.\n\nMinister of Foreign Affairs of Mongolia B.Enkhtuya and "
        "Minister of Foreign Affairs of Armenia Anahit Sargsyan held a separate meeting. "
        "According to Minister Enkhtuya, the two ministries will hold consultations."
    )
    lithuania = (
        "President G. Vaitkevičius: “Lithuania and Fiji are distant, but close in values”\n\n"
        "VILNIUS - On Tuesday, President of the Republic of Lithuania Gintaras Vaitkevičius met "
        "Prime Minister Josefa Vunivalu.\n\nAccording to G. Vaitkevičius, Lithuania is ready "
        "to share its experience in cyber security."
    )
    for story in (mongolia, lithuania):
        found = _speakers_and_guesses(story)
        assert [guessed for text, _, guessed in found if text.startswith("According")] == [True]


def test_a_verb_in_a_later_clause_of_a_sentence_another_subject_opens_is_a_guess() -> None:
    """ "He also invited Charalambides to attend …, an invitation the Cypriot president said he
    had “gladly accepted”." went for certain to the Cypriot president (issue 19, round 38,
    held-out 181): the sentence opens with a subject of its own, a pronoun, and its verb, so
    the role right before "said" speaks only in a clause of its own: the record holds the
    opener's words too, a guess, whatever rule bound the later verb."""
    story = (
        "NICOSIA - Cypriot President Stelios Charalambides received President Ngiraibuuch "
        "Sakuma of Palau on Monday.\n\n“Palau is a small nation,” Sakuma said."
    )
    invited = (
        "He also invited Charalambides to attend the Our Ocean conference, an invitation the "
        "Cypriot president said he had “gladly accepted”."
    )
    found = _speakers_and_guesses(f"{story}\n\n{invited}")
    assert all(guessed for text, _, guessed in found if text.startswith("He also"))
    assert any(text.startswith("He also") for text, _, _ in found)


@pytest.mark.parametrize(
    "said",
    [
        "Prime Minister Szabo defended today in Lisbon that the two countries must open a new "
        "phase.",
        "Prime Minister Szabo questioned in the Legislative Assembly that the text of the "
        "agreement has not been made public.",
        "Prime Minister Szabo indicated in his daily press conference that a direct air route "
        "could begin to operate.",
    ],
)
def test_a_verb_that_reports_speech_only_with_that_reads_a_phrase_before_it(said: str) -> None:
    """ "X defended today in Lisbon that …", "X questioned in the Legislative Assembly that …"
    and "X indicated in his daily press conference that …" were left as narration (issue 19,
    round 38, held-out 176 and 177): "defended that" is translated Portuguese and Spanish
    copy's verb of speech, and a verb that reports speech only with "that" may have a phrase
    of place or occasion ("in the Legislative Assembly") between it and its "that"."""
    story = "BUDAPEST - President Ilham Karimov met Prime Minister Viktor Szabo on Monday."
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [(text, speakers) for text, speakers, _ in found if "Szabo" in text] == [
        (said, ["viktor-szabo"])
    ]


def _speakers_of(story: str, said: str, text: str) -> list[list[str]]:
    """The speakers of each record whose text is `text`, drafted from `story` and `said`."""
    return [s for words, s, _ in _speakers_and_guesses(f"{story}\n\n{said}") if words == text]


def test_a_counterpart_of_a_country_named_after_a_comma_is_a_person() -> None:
    """ "received … his counterpart of the Democratic Republic of Timor-Leste, Abílio da Costa
    Ximenes, who …" left the visiting President unlisted and his words, "…," has affirmed
    President da Costa Ximenes, unattributed (issue 19, round 38, held-out 182): a counterpart
    "of" a country, the name after a comma, is a person, as "his Timorese counterpart X" is."""
    story = (
        "N'DJAMENA - The President of the Republic, Head of State, Brahim Adoum Saleh, received "
        "at the Palace his counterpart of the Democratic Republic of Timor-Leste, Abílio da "
        "Costa Ximenes, who is on an official visit."
    )
    said = '"I came from very far," has affirmed President da Costa Ximenes.'
    assert _speakers_of(story, said, "I came from very far") == [["abilio-da-costa-ximenes"]]


def test_a_pronoun_and_a_verb_after_where_are_no_role_of_a_name() -> None:
    """ "…the mausoleum, where he said Saint Lucia could learn …" listed "Saint Lucia" as a
    person whose role was "he said at the Gur-e-Amir mausoleum", and the joint declaration
    between Saint Lucia and Uzbekistan gave its clauses to the Prime Minister and "Saint Lucia"
    (issue 19, round 38, held-out 182): after "where", a pronoun starts a clause, never a
    role."""
    paragraph = (
        "St Rose visited the Gur-e-Amir mausoleum, where he said Saint Lucia could learn from "
        "the way Samarkand had turned its heritage into an economic engine."
    )
    assert "saint-lucia" not in find_people([(1, paragraph)])


def test_a_name_after_the_verb_and_before_two_appositives_is_the_speaker() -> None:
    """ "“…,” said Carlos Menéndez Prieto, a researcher at the Center, an institute linked to
    the University of Havana." was left unattributed (issue 19, round 38, held-out 176): the
    aside set off after the name, blanked as an insert, hid the comma that ends the subject."""
    story = "HAVANA - President Ernesto Valdés met President Nabil Haddad on Monday."
    said = (
        "“Two economies in distress do not add up,” said Carlos Menéndez Prieto, a researcher "
        "at the Center, an institute linked to the University of Havana."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert ("Two economies in distress do not add up", ["carlos-menendez-prieto"], False) in found


def test_his_highness_alone_is_the_one_the_article_styles_so_a_guess() -> None:
    """ "“…,” His Highness said." was left unattributed where the one the article styles "His
    Highness Sheikh X" is a President, no royal by role (issue 19, round 38, held-out 177): a
    royal style used alone is the person the prose writes it before, a guess."""
    story = (
        "ABU DHABI - President His Highness Sheikh Rashid bin Sultan Al Nuaimi received Prime "
        "Minister Dexter Ramcharan-Joseph of Trinidad and Tobago on Monday."
    )
    said = '"We see great opportunities to work together," His Highness said.'
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert (
        "We see great opportunities to work together",
        ["rashid-bin-sultan-al-nuaimi"],
        True,
    ) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Lavrentyev was received at State House by President Joseph Kiprono Mutua, who has "
        "insisted that his country will not choose between friends.",
        "Among them was Joseph Kiprono Mutua, a market vendor from White River, who said he had "
        "come to see the President.",
        "Among the guests was Joseph Kiprono Mutua, chairman of the Cyprus Federation of "
        "Southern Africa, who told CyBC that his father left Famagusta in 1958.",
    ],
)
def test_who_after_a_name_and_its_description_is_that_name(sentence: str) -> None:
    """ "…by President X, who has insisted that …", "…was X, a market vendor from White River,
    who said …" and "…was X, chairwoman of the Cyprus Federation of Southern Africa, who told
    CyBC: “…”" were left as nobody's (issue 19, round 38, held-out 179, 181 and 182): "who"
    after a name and its description, or before "has", is the name's."""
    story = "NAIROBI - President Joseph Kiprono Mutua received President Viktor Lavrentyev."
    found = _speakers_and_guesses(f"{story}\n\n{sentence}")
    assert [speakers for text, speakers, _ in found if text == sentence] == [
        ["joseph-kiprono-mutua"]
    ]


def test_the_head_of_a_government_a_nationality_of_two_words_names_is_its_leader() -> None:
    """ "“…,” said the head of the Cabo Verdean Government." was left unattributed (issue 19,
    round 38, held-out 181): the office in translated copy's words takes a nationality of two
    words and a capitalised "Government", as "the head of the Spanish government" does."""
    story = (
        "PRAIA - The Prime Minister of Cabo Verde, José Maria Tavares da Silva, received the "
        "Prime Minister of Albania, Arben Dervishi, on Monday."
    )
    said = '"We are two small countries," said the head of the Cabo Verdean Government.'
    expected = [["jose-maria-tavares-da-silva"]]
    assert _speakers_of(story, said, "We are two small countries") == expected


def test_the_head_of_our_state_is_the_leader_the_other_visits_a_guess() -> None:
    """ "The head of our state noted that …" was left as narration (issue 19, round 38,
    held-out 99, 147, 168, 172, 173): translated Uzbek and Kazakh copy calls its own country's
    leader so, the leader other than the one "who arrived in our country", a guess."""
    story = (
        "Tashkent, April 14 (UzA). President of the Republic of Uzbekistan Jasur Nurmatov held "
        "negotiations with President of the Republic of Bulgaria Svetoslav Dragomirov, who "
        "arrived in our country on an official visit.\n\nSvetoslav Dragomirov said the visit "
        "was historic."
    )
    said = "The head of our state noted that trade had doubled."
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert (said, ["jasur-nurmatov"], True) in found


def test_words_an_unnamed_source_relays_are_the_named_speaker_s_a_guess() -> None:
    """ "Herrera said the talks were useful, a diplomat said." went to Herrera for certain (new
    user 46): a diplomat relays what Herrera said, as "…, according to X" relays it, so the
    words are Herrera's, a guess."""
    paragraph = "Tavares said the plan would work, a diplomat said."
    assert _thirteenth(paragraph, "the plan would work") == [(("rui-tavares",), True)]


def test_the_head_of_state_of_a_president_who_heads_the_government_too_is_a_guess() -> None:
    """ "…, the Head of State welcomed this visit" went to the visiting Chairman of a
    collective presidency for certain (issue 19, round 39, held-out 186): the host, "President
    of the Republic, Head of Government", heads the state as well, so either may be meant, a
    guess."""
    story = (
        "DJIBOUTI - The President of the Republic, Head of Government, Mr. Omar Ali Guedi, "
        "received the Chairman of the Presidency of Bosnia and Herzegovina, Mr. Zoran Kovač."
    )
    said = "The Head of State welcomed the visit as historic."
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [guessed for text, _, guessed in found if text == said] == [True]


def test_a_title_joined_to_the_subject_s_title_leaves_its_relative_clause_aside() -> None:
    """ "Deputy Prime Minister and Minister of Foreign Affairs X, who met separately with the
    Portuguese Minister, Y, told MIA that …" went to Y for certain (issue 19, round 39,
    held-out 187): a title joined by "and" to the one before the subject's name is the
    subject's, so the name in the relative clause is no subject, however near the verb."""
    story = "SKOPJE - Prime Minister Vasko Trajan received Portuguese Prime Minister Luis Moura."
    said = (
        "Deputy Prime Minister and Minister of Foreign Affairs and Foreign Trade Ana Lopes, who "
        "met separately with the Portuguese Minister of State and Foreign Affairs, Rui Castro, "
        "told MIA that the two ministries would hold consultations."
    )
    assert _speakers_of(story, said, said) == [["ana-lopes"]]


@pytest.mark.parametrize("abbreviation", ["Ir.", "Eng.", "Arch.", "Prof."])
def test_the_minister_after_a_professional_title_s_abbreviation_is_a_guess(
    abbreviation: str,
) -> None:
    """ "Burundi's minister of mines, Ir. X, said …. Asked whether …, the minister said …" gave
    the second sentence to another minister named a paragraph before, for certain (issue 19,
    round 39, held-out 185): the full stop of a professional title's abbreviation ends no
    sentence, and "the minister" may be the one just named, whose role the rules did not read:
    a guess."""
    story = (
        "PRETORIA - President Thandiwe Mokoena received Burundian President Gervais Ndayishimiye."
        "\n\nTrade minister Mpho Sithole said trade stood at about R1.9bn last year."
    )
    said = (
        f"Burundi's minister of hydraulics, energy and mines, {abbreviation} Aloys Karenzo, said "
        "the government would soon publish tenders. Asked whether profits could be repatriated, "
        'the minister said the central bank was "finalising the rules".'
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [text for text, _, _ in found if "Karenzo" in text] == [said.split(" Asked")[0]]
    assert [guessed for text, _, guessed in found if "finalising" in text] == [True]


@pytest.mark.parametrize(
    ("host", "guest", "clause", "speaker"),
    [
        ("Prime Minister of Malaysia", "President of the Republic of Maldives",
         "The Maldivian side expressed its appreciation for the scholarships.", "guest"),
        ("Prime Minister of Malaysia", "President of the Republic of Maldives",
         "The Malaysian side announced scholarships for Maldivian students.", "host"),
        ("Prime Minister of Malaysia", "President of Malawi",
         "The Malawian side confirmed its support for the programme.", "guest"),
    ],
)  # fmt: skip
def test_a_side_is_the_leader_whose_country_its_adjective_names_most_nearly(
    host: str, guest: str, clause: str, speaker: str
) -> None:
    """ "The Maldivian side expressed …" and "The Malaysian side announced …" went to nobody
    (issue 19, round 39, held-out 183, 185, 190): "Mal" begins Malaysia and the Maldives
    alike, so each adjective named both leaders' countries; the side is the leader whose
    country its adjective names most nearly (Malawi's "Malawian", not Malaysia's)."""
    story = f"KUALA LUMPUR - The {host}, Hamid Osman, received the {guest}, Ali Rasheed."
    release = (
        "[Joint Statement _2026.3.5. Kuala Lumpur]\n\nThe two leaders met.\n\n1. Education\n\n"
        f"(1) {clause}\n\n/End/"
    )
    found = _speakers_and_guesses(story, release)
    expected = "hamid-osman" if speaker == "host" else "ali-rasheed"
    assert [s for text, s, _ in found if text == clause] == [[expected]]


@pytest.mark.parametrize("verb", ["congratulated", "thanked"])
def test_a_side_that_congratulates_or_thanks_speaks_for_its_leader(verb: str) -> None:
    """ "(2) The Mauritian side congratulated the Kingdom on its hosting of Expo 2030" went to
    nobody (issue 19, round 39, held-out 190): one side does in the joint document's voice
    what a named party does (`RELEASE_VERB`), its leader's words, a guess."""
    story = (
        "RIYADH - The Prime Minister of Saudi Arabia, Faisal Al Saud, received the Prime "
        "Minister of Mauritius, Vikash Ramlall."
    )
    clause = f"The Mauritian side {verb} the Kingdom for hosting Expo 2030."
    release = (
        "[Joint Statement _2026.3.5. Riyadh]\n\nThe two sides met.\n\n1. Trade\n\n"
        f"(1) {clause}\n\n/End/"
    )
    found = _speakers_and_guesses(story, release)
    assert [(s, g) for text, s, g in found if text == clause] == [(["vikash-ramlall"], True)]


def test_low_high_quotation_marks_are_a_quotation() -> None:
    """`„Interest exists,“ said Pavić, „but companies need security.“` was left as narration
    (issue 19, round 39, held-out 190): Croatian, German and Czech copy opens a quotation low
    („) and closes it high (“), the mark English copy opens with; both halves are the
    speaker's."""
    assert quotations("„Interest exists,“ said Pavić.") == [(0, 18)]
    story = "ZAGREB - President Davor Perić received Bolivian President Luis Quispe."
    said = "„Interest exists,“ said Perić, „but companies need clear rules.“"
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [s for text, s, _ in found if "Interest" in text or "rules" in text] == [
        ["davor-peric"],
        ["davor-peric"],
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Haddad manifested that Jordan values the friendship with Mexico.",
        "For his part, Haddad manifested, according to the agency, that Jordan values it.",
        "Haddad abounded that Jordan has experience in desalination.",
        '"We come with very concrete proposals," sustained Haddad.',
        "Haddad sustained that the region needed water.",
        "The talks covered water and energy, informed Prime Minister Omar Haddad.",
        "The talks covered water and energy, Prime Minister Omar Haddad informed.",
    ],
)
def test_translated_copy_s_verbs_of_speech_are_cues(said: str) -> None:
    """ "manifested that", "abounded that", "…," sustained X, "…, informed X." and "…, X
    informed." were left as narration (issue 19, round 39, held-out 183, 184, 188): copy
    translated from Spanish or Nepali reports speech with them."""
    story = "MEXICO CITY - President Ana Ruiz received Jordanian Prime Minister Omar Haddad."
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [s for text, s, _ in found if text in said] == [["omar-haddad"]]


def test_a_lower_case_role_and_a_surname_after_the_verb_are_the_speaker() -> None:
    """`"…," affirmed the chancellor Morales de Paz.` was left unattributed (issue 19, round 39,
    held-out 183): translated Spanish copy puts the verb first, then the role in lower case
    and the surname it titles, as it does with a full name."""
    story = (
        "DOHA - President Julio Arriaga met the Emir of Qatar, Nasser Al Thani.\n\n"
        "The chancellor Ana Lucía Morales de Paz accompanied him."
    )
    said = '"We arrive late to the Gulf," affirmed the chancellor Morales de Paz.'
    assert _speakers_of(story, said, "We arrive late to the Gulf") == [["ana-lucia-morales-de-paz"]]


@pytest.mark.parametrize("noun", ["the Guatemalan mandataria", "The Guatemalan mandatary"])
def test_a_mandatary_is_a_leader(noun: str) -> None:
    """ "In a message to the media, the mandataria assured that …" and "The Guatemalan
    mandatary … indicated …" were left as narration (issue 19, round 39, held-out 183, 188):
    translated Spanish copy calls a head of state or government its "mandatary", a leader as
    "the leader" is."""
    story = "MEXICO CITY - Guatemalan President Ana Ruiz received Jordan's King Omar Haddad."
    said = f"In a message to the media, {noun} assured that the two countries are close."
    assert _speakers_of(story, said, said) == [["ana-ruiz"]]


@pytest.mark.parametrize(
    ("described", "noun"),
    [
        ("Marcos Teixeira, president of the Brazilian Association of Coffee Exporters,",
         "the businessman"),
        ("Jorge Haddad, chairman of the Mexican-Arab Chamber of Commerce,", "the businessman"),
        ("Professor Juan Mejía Ortiz, of the Universidad de los Andes,", "the academic"),
    ],
)  # fmt: skip
def test_a_businessman_or_an_academic_is_the_one_named_who_may_be_one(
    described: str, noun: str
) -> None:
    """`"…," the businessman said.` after "the president of the Brazilian Association of
    Coffee Exporters, X," and `"…," the academic said.` after a scholar whose role the rules
    did not read were left unattributed (issue 19, round 39, held-out 185, 188): a businessman
    is one whose role names a business or its head, and where nobody's role fits, the one
    named last whose role the rules did not read; a guess either way."""
    story = (
        "BRASILIA - President Otávio Cavalcanti received Slovenian Prime Minister Boštjan "
        f"Zupančič.\n\nAt the lunch, {described} said the announcement was welcome."
    )
    said = f'"Half of the coffee already passes through Koper," {noun} said.'
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    expected = described.split(",")[0].removeprefix("Professor ").lower().replace(" ", "-")
    expected = expected.replace("í", "i")
    assert [(s, g) for text, s, g in found if "Koper" in text] == [([expected], True)]


def test_a_broadcaster_s_caption_line_names_the_quotation_under_it() -> None:
    """A broadcaster's transcript sets a caption line of name and title over each quotation
    ("Hon. Dorian A. Cadle, Prime Minister of Belize" / "“…”"); the quotations were left
    unattributed (issue 19, round 39, held-out 185): the caption names the one who speaks
    them."""
    story = (
        "BELMOPAN - Prime Minister Dorian A. Cadle received the Minister of State of Monaco, "
        "Etienne Valdetaro-Roux.\n\nMinister of State Valdetaro-Roux said the reef was a model."
    )
    said = (
        "Hon. Dorian A. Cadle, Prime Minister of Belize\n"
        '"We are the custodian of the largest barrier reef in this hemisphere."'
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [s for text, s, _ in found if "custodian" in text] == [["dorian-a-cadle"]]


def test_a_side_that_thanks_or_accepts_after_another_s_words_leaves_them_the_clause() -> None:
    """ "(2) The Sri Lankan side expressed its support …, and the Bangladesh side thanked Sri
    Lanka for this support." and "(2) Prime Minister X proposed …, and the Albanian side
    accepted the proposal." are the first party's clause, as the sets' writers give them: a
    side that only thanks or accepts after a comma answers the first, and does not make the
    clause its words too."""
    story = (
        "COLOMBO - President Lalith Amarasekera received Bangladeshi Prime Minister Mahmudur "
        "Chowdhury."
    )
    clause = (
        "The Sri Lankan side expressed its support for the return of the Rohingya, and the "
        "Bangladeshi side thanked Sri Lanka for this support."
    )
    release = (
        "[Joint Statement _2026.3.5. Colombo]\n\nThe two sides met.\n\n1. Trade\n\n"
        f"(1) {clause}\n\n/End/"
    )
    found = _speakers_and_guesses(story, release)
    assert [s for text, s, _ in found if text == clause] == [["lalith-amarasekera"]]


def test_according_to_someone_whose_who_clause_has_commas_is_theirs() -> None:
    """ "The Cuban side also agreed to …, according to Minister of Foreign Affairs X, who said a
    team would visit to assess clinics on Barbuda, which is still rebuilding …." was left as
    narration (issue 19, round 39, held-out 183): the relative clause after the name that
    "according to" gives may hold commas of its own to the sentence's end."""
    story = (
        "ST JOHN'S - Prime Minister Gaston Browne received Cuban Foreign Minister Bruno Diaz."
        "\n\nMinister of Foreign Affairs Everly Greene-Joseph spoke at the signing."
    )
    said = (
        "The Cuban side also agreed to share expertise on solar installations, according to "
        "Minister of Foreign Affairs Everly Greene-Joseph, who said a team would visit to assess "
        "clinics on Barbuda, which is still rebuilding from Hurricane Irma."
    )
    assert _speakers_of(story, said, said) == [["everly-greene-joseph"]]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ('Mrs. Hadzic, for her part, qualified the signature as "a concrete step."', "amra-hadzic"),
        ("Prime Minister Guedi also conveyed Djibouti's interest in procuring aircraft.",
         "omar-guedi"),
    ],
)  # fmt: skip
def test_qualifying_with_a_quotation_and_conveying_an_interest_are_speech(
    said: str, speaker: str
) -> None:
    """`X qualified the signature as "a concrete step."` and "X also conveyed Ethiopia's
    interest in procuring aircraft" were left as narration (issue 19, round 39, held-out 186):
    translated copy's "qualified … as" frames a quotation as "described … as" does, and an
    interest, a wish or a hope conveyed is one's words, as "conveyed that" is."""
    story = (
        "DJIBOUTI - Prime Minister Omar Guedi received the Chairman of the Presidency of "
        "Bosnia and Herzegovina, Zoran Kovac.\n\nForeign Minister Amra Hadzic attended."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [s for text, s, _ in found if text == said or text in said] == [[speaker]]


def test_the_chairman_of_a_collective_presidency_by_his_title_is_its_holder() -> None:
    """ "For his part, the Chairman of the Presidency of Bosnia and Herzegovina expressed his
    gratitude …" was left as narration (issue 19, round 39, held-out 186): "the Chairman" is a
    role noun as "the President" is, its holder the one whose role is so titled."""
    story = (
        "DJIBOUTI - The President of the Republic, Mr. Omar Guedi, received the Chairman of the "
        "Presidency of Bosnia and Herzegovina, Mr. Zoran Kovac."
    )
    said = (
        "For his part, the Chairman of the Presidency of Bosnia and Herzegovina expressed his "
        "gratitude for the warm welcome."
    )
    assert _speakers_of(story, said, said) == [["zoran-kovac"]]


def test_a_portuguese_family_name_joined_by_e_is_read_whole() -> None:
    """ "Prime Minister Amílcar Fortes e Lopes" was "Amílcar Fortes", and "Fortes e Lopes said"
    went to him for certain (issue 19, round 39, held-out 186): Portuguese joins two family
    names with "e" ("and") as Spanish does with "y" and Catalan with "i", a particle of the
    name."""
    text = (
        "Cabo Verde's Prime Minister Rui Tavares e Lopes met the President. "
        "Tavares e Lopes said the flights would start soon."
    )
    people = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert people == {"Rui Tavares e Lopes": "Cabo Verde's Prime Minister"}


@pytest.mark.parametrize(
    "text",
    [
        "(2) The Prime Minister of The Bahamas thanked the President of Mauritania for it.",
        "The Foreign Minister of The Gambia said trade would grow.",
    ],
)
def test_a_country_whose_name_starts_with_the_is_no_person(text: str) -> None:
    """ "The Prime Minister of The Bahamas thanked …" listed a person "Bahamas", "The Prime
    Minister of The", and gave him the clause for certain (issue 19, round 39, held-out 189):
    "The" is no minister's portfolio ("Minister of The"), so a capital "The" of a country's
    name after a title starts no name."""
    assert find_people([(1, text)]) == {}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ('Sok Dara (34), a Cambodian worker at a parts factory in Ansan, Gyeonggi Province, said, '
         '"I send money home."',
         {"Sok Dara": "Cambodian worker at a parts factory in Ansan, Gyeonggi Province"}),
        ("Ana Ruiz, a nurse at a clinic in Maebashi, Gunma Prefecture, said she was glad.",
         {"Ana Ruiz": "nurse at a clinic in Maebashi, Gunma Prefecture"}),
    ],
)  # fmt: skip
def test_a_description_ending_in_a_town_and_its_province_is_no_name(
    text: str, people: dict[str, str]
) -> None:
    """ "Sok Dara (34), a Cambodian worker at a parts factory in Ansan, Gyeonggi Province, said,
    "…"" listed a person "Gyeonggi Province", who took the quotation for certain, and not Sok
    Dara (issue 19, round 39, held-out 189): an age in brackets is an age, as after a comma, and
    a province after a town ends the description, as the gold writes it, never a name that the
    description comes before."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


def test_a_description_s_town_and_region_after_a_name_are_no_one() -> None:
    """A description set after a name an age shows is a person's ends with its place: "Ana Ruiz,
    54, a nurse in Lyon, Rhône Alpes, said" names no one "Rhône Alpes" (issue 19, round 39,
    held-out 189), though "in Belu District, East Nusa Tenggara, a trader, Yohanes Bria," names
    Yohanes Bria (held-out 51)."""
    text = "Ana Ruiz, 54, a nurse in Lyon, Rhône Alpes, said she was glad."
    assert list(find_people([(1, text)])) == ["ana-ruiz"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Somali Minister of Ports and Marine Transport Ali Omar Jimale told Reuters it was good.",
         {"Ali Omar Jimale": "Somali Minister of Ports and Marine Transport"}),
        ("Serbian Minister of Internal and Foreign Trade Vesna Kostić, a member of the "
         "delegation, told VNA that trade would grow.",
         {"Vesna Kostić": "Serbian Minister of Internal and Foreign Trade"}),
    ],
)  # fmt: skip
def test_a_portfolio_s_last_word_before_a_name_is_no_part_of_it(
    text: str, people: dict[str, str]
) -> None:
    """ "Minister of Ports and Marine Transport Faisal Omar Jimale" listed "Transport Faisal Omar
    Jimale", and "Minister of Internal and Foreign Trade X" "Foreign Trade X" (issue 19, round
    39, held-out 183 and 185): "Transport" is a portfolio's word, as "Affairs" is, and so is an
    adjective of one before another word of it."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Minister of Foreign Affairs, Francophonie and Central Africans Abroad of the CAR Marie "
         "Yango, in a comment, stated that her country would act.",
         {"Marie Yango": "Minister of Foreign Affairs, Francophonie and Central Africans Abroad "
                         "of the CAR"}),
        ("Ireland's Minister for Climate, Energy and the Environment Róisín Mac Aodha said so.",
         {"Róisín Mac Aodha": "Ireland's Minister for Climate, Energy and the Environment"}),
        ("The Chairman of the State Committee on Investments and State Property Management of "
         "the Republic of Tajikistan Farrukh Qodir informed that 40 firms had registered.",
         {"Farrukh Qodir": "Chairman of the State Committee on Investments and State Property "
                           "Management of the Republic of Tajikistan"}),
        ("He met the President of the Plurinational State of Bolivia Luis Quispe Mamani, who is "
         "on a visit.",
         {"Luis Quispe Mamani": "President of the Plurinational State of Bolivia"}),
        ("The spouse of the President of the CAR Brigitte Koya visited a hospital.",
         {"Brigitte Koya": "spouse of the President of the CAR"}),
        ("Admiral Tarek Abu Zeid, Chairman of the Suez Canal Authority, said traffic was up.",
         {"Tarek Abu Zeid": "Chairman of the Suez Canal Authority"}),
        ("He will meet Prime Minister of Greece Nikos Vardakis and Speaker of the Hellenic "
         "Parliament Ioanna Delikari.",
         {"Nikos Vardakis": "Prime Minister of Greece",
          "Ioanna Delikari": "Speaker of the Hellenic Parliament"}),
        ("Prime Minister of the Socialist Republic of Viet Nam Nguyen Duc Thang said so.",
         {"Nguyen Duc Thang": "Prime Minister of the Socialist Republic of Viet Nam"}),
        ("He met President of the Republic Mounir Ben Salah and Italian Prime Minister Lorenzo "
         "Della Valle, who said so.",
         {"Mounir Ben Salah": "President of the Republic",
          "Lorenzo Della Valle": "Italian Prime Minister"}),
    ],
)  # fmt: skip
def test_a_long_title_right_before_a_name_is_the_name_s_role(
    text: str, people: dict[str, str]
) -> None:
    """People behind titles longer than the rules of titles read, with no comma before the name,
    were never listed, and their words went to others (issue 19, round 39, held-out 185, 187,
    188, 190): a list of portfolios or a state's formal name ends at a portfolio's word, an
    abbreviated country or a country, and the name after it ends where the sentence goes on; it
    holds no other title's head, and a body's name is no one's."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("On the same day, Madam Vila Vongkham, spouse of the Lao President, accompanied Mrs. "
         "Ana Paula Tchiwale, spouse of the Angolan President, to a school.",
         {"Vila Vongkham": "spouse of the Lao President",
          "Ana Paula Tchiwale": "spouse of the Angolan President"}),
        ("He met Prime Minister Mian Tariq Hassan Bhatti on Monday.",
         {"Tariq Hassan Bhatti": "Prime Minister"}),
        # new user 47: the spouse of someone named, the name before
        ("President Kim Min-soo came. Maria Santos, the wife of Kim Min-soo, visited a school.",
         {"Kim Min-soo": "President", "Maria Santos": "wife of Kim Min-soo"}),
    ],
)  # fmt: skip
def test_a_spouse_after_the_name_and_a_style_before_it(text: str, people: dict[str, str]) -> None:
    """ "Madam X, spouse of the Lao President," was never listed, and "Prime Minister Mian Tariq
    Hassan Bhatti" kept a style of address in the name (issue 19, round 39, held-out 186, 188):
    a spouse of a title after the name is the title holder's spouse, and Mian before a name of
    two words is a style, no part of it."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


def test_a_speaker_of_a_council_on_a_subject_with_its_letters_is_listed() -> None:
    """ "Julia Brenninkmeyer of the German Council on Foreign Relations (DGAP) said …" was never
    listed (issue 19, round 39, held-out 187): a council "on" a subject and its letters in
    brackets are the body a speaker is of."""
    text = "Julia Brenn of the German Council on Foreign Relations (DGAP) said it was a risk."
    assert list(find_people([(1, text)])) == ["julia-brenn"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The deputy of the opposition Sergio Cabrera Batz questioned that the trip was needed.",
         {"Sergio Cabrera Batz": "deputy of the opposition"}),
        ("The senator of the opposition Mauricio Garza questioned that the trip was needed.",
         {"Mauricio Garza": "senator of the opposition"}),
    ],
)  # fmt: skip
def test_a_deputy_of_the_opposition_before_a_name_is_the_name_s_role(
    text: str, people: dict[str, str]
) -> None:
    """ "The deputy of the opposition X questioned …", translated Spanish and Portuguese copy's
    opposition deputy, was never listed (issue 19, round 39, held-out 183, 187, 188)."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


def test_the_article_before_a_title_and_a_name_is_no_part_of_the_role() -> None:
    """ "The Prime Minister Nabil Rafic Sabbagh received …" gave him the role "The Prime
    Minister" (issue 19, round 39, held-out 185): a sentence's "The" is no word of a title."""
    text = "The Prime Minister Nabil Rafic Sabbagh received the President."
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == {
        "Nabil Rafic Sabbagh": "Prime Minister"
    }


@pytest.mark.parametrize(
    "text",
    [
        "His Majesty the Sultan and Cypriot President Hold Official Talks at Al Alam Palace",
        "The delegation visited the Queen Elizabeth Hospital's children's ward.",
        "It was the first visit by an Afghan leader to Central America, a trip that drew "
        "criticism.",
        "By Jessie Tane, Political Reporter",
        "They sang for the Sierra Leonean, many at the market, on Monday.",
    ],
)
def test_a_headline_s_verb_a_building_or_a_place_is_no_person(text: str) -> None:
    """Headline fragments, buildings, a continent's part, a byline's job and a nationality were
    listed as people (issue 19, round 39, held-out 183, 184, 187, 188, 190): "Hold Official
    Talks" after a title, "Elizabeth Hospital" after "Queen", "Central America", "Political
    Reporter", "Sierra Leonean"."""
    assert {p.name for p in find_people([(1, text)]).values()} <= {"Jessie Tane"}


def test_a_role_right_after_with_and_a_name_after_its_comma() -> None:
    """ "… together with Minister of Environment, Energy and Climate, Guðmundur Ingi
    Þórarinsson." never listed the minister (issue 19, round 39, held-out 187): a role may start
    right after "with", as after "by"."""
    text = "He toured the plant with Minister of Environment, Energy and Climate, Jón Ingi Þór."
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == {
        "Jón Ingi Þór": "Minister of Environment, Energy and Climate"
    }


@pytest.mark.parametrize(
    ("paragraphs", "people"),
    [
        ([(1, "At the border post in Belu District, East Nusa Tenggara, a trader, Yohanes Bria, "
              "welcomed the news.")],
         {"Yohanes Bria": "trader"}),
        ([(1, "As Chairman of the Cabinet of Ministers Erlan Bakyt uulu said, trade grew.")],
         {"Erlan Bakyt uulu": "Chairman of the Cabinet of Ministers"}),
        ([(1, "President Đinh Thanh Hải held talks."),
          (2, "At the invitation of President of the Socialist Republic of Viet Nam Đinh Thanh "
              "Hải, the President of Suriname paid a visit.")],
         {"Đinh Thanh Hải": "President"}),
    ],
)  # fmt: skip
def test_a_long_title_reads_no_body_no_opening_word_and_no_one_named_before(
    paragraphs: list[tuple[int, str]], people: dict[str, str]
) -> None:
    """Where the rule `long title name` and the description of a place fell (issue 19, round
    39, held-out 51, 62, 141): a trader after a place is the trader, "As" opens no title, and
    someone a title before named keeps it (the country's last word run on into the name)."""
    found = find_people(paragraphs)
    assert {p.name: p.role for p in found.values() if p.name in people} == people
    assert not any(p.name.startswith("Nam ") for p in found.values())


def test_reported_speech_no_one_is_found_for_names_the_record_that_keeps_it() -> None:
    """New user 48: "Critics of Berg said …" and "Kim's aide said …" were review items that
    gave only "paragraph 3:", which `show` does not take, and said nothing of what to do, where
    an unattributed quotation's item names its record and the curator's choice."""
    article = (
        "President Anna Berg of Norway met Prime Minister Kim Jae-won on Tuesday.\n\n"
        "Critics of Berg said the deal was weak. The talks went on.\n\n"
        "Kim's aide said the visit had gone well.\n\n"
        "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [critics] = [n for n in drafted.narration if n.text.startswith("Critics")]
    [aide] = [n for n in drafted.narration if n.text.startswith("Kim's aide")]
    for record, subject in ((critics, "'Critics of Berg'"), (aide, '"Kim\'s aide"')):
        [item] = [item for item in drafted.curation.review if f"{subject} names no one" in item]
        assert item.startswith(f"{record.ref} (paragraph {record.provenance.paragraph}): ")
        assert item.endswith(
            ": make it a statement (its speakers, kind and attribution) or leave it narration"
        )


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Critics said the deal was rushed.", "Critics"),
        ("A senior official said the talks ran late.", "A senior official"),
        ("An aide said the mood was warm.", "An aide"),
        ("Officials said more talks would follow.", "Officials"),
        ("The talks went well, diplomats said.", "diplomats"),
        ("Some analysts said the timing was odd.", "Some analysts"),
    ],
)
def test_reported_speech_of_an_unnamed_source_is_a_review_item(sentence: str, subject: str) -> None:
    """New user 49: "Sources said …" was a review item (a capitalised word no one the draft
    knows) but "Critics said", "A senior official said" and "An aide said" were narration
    without a word: someone's words, credited to no one, that a curator must decide on."""
    article = (
        "President Anna Berg of Norway met Prime Minister Kim Jae-won on Tuesday.\n\n"
        f"{sentence}\n\n"
        "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [record] = [n for n in drafted.narration if n.text == sentence]
    assert not drafted.statements
    [item] = [item for item in drafted.curation.review if item.startswith(f"{record.ref} ")]
    assert f"{subject!r} names no one" in item, item


def test_a_quotation_that_tells_what_another_said_says_so_in_plain_words() -> None:
    """New user 48: "the quotation says what Lee Jae-myung said" read as if the words were
    Lee's; they are the speaker's, about what the other said."""
    article = (
        "President Anna Berg of Norway met Prime Minister Jon Olafsson of Iceland on Tuesday.\n\n"
        'Olafsson stated, "I appreciate that President Berg has expressed support."\n\n'
        "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [statement] = drafted.statements
    [item] = [item for item in drafted.curation.review if item.startswith(f"{statement.ref}:")]
    assert "the quotation speaks of what Anna Berg said" in item, item


def test_a_numbered_clause_before_any_section_is_read_as_a_clause_is_and_said_so() -> None:
    """New user 48: in a release whose clauses have no section heading, "(1) The two leaders
    agreed …" became preamble P1 with no speakers and no review item, where without its "(1)"
    both leaders spoke it: its number is no part of its subject, and the curator is told it is
    a clause kept as preamble."""
    article = (
        "President Anna Berg of Norway met Prime Minister Jon Olafsson of Iceland on Tuesday.\n\n"
        "Berg said the talks were useful.\n\n"
        "[Joint statement _2026.3.3. Oslo]\n\n"
        "(1) The two leaders agreed to build a corridor.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    [numbered] = drafted.preamble
    assert numbered.text == "(1) The two leaders agreed to build a corridor."  # verbatim
    assert set(numbered.speakers) == {"anna-berg", "jon-olafsson"}
    assert any(
        item.startswith("P1 (paragraph ") and "a numbered clause before any section" in item
        for item in drafted.curation.review
    ), drafted.curation.review


def test_a_quotation_wrapped_over_two_lines_is_named_as_such_in_the_review() -> None:
    """New user 48: a quotation hard-wrapped over two lines of one paragraph made two
    unattributed records, each item saying only "no speaker found" (the second line names Berg):
    a line is a record of its own, so the item says the quotation runs over the line break and
    what the curator can do."""
    article = (
        "President Anna Berg of Norway met Prime Minister Jon Olafsson of Iceland on Tuesday.\n\n"
        '"We will build the corridor together,\nand we will finish it by 2030," Berg said.\n\n'
        "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    refs = [n.ref for n in drafted.narration if n.provenance.paragraph == 2]
    assert len(refs) == 2
    assert (
        f"{refs[0]} (with {refs[1]}) (paragraph 2): a quotation runs over a line break, and each "
        "line is a record of its own: check each record's text and speaker"
    ) in drafted.curation.review, drafted.curation.review


@pytest.mark.parametrize(
    "headline",
    [
        "President Ndiaye, Iraqi Premier al-Rawi Hold Talks in Cairo on Fraternal Ties",
        "Iraqi Premier al-Rawi Meets Business Leaders in Cairo",
        "Prime Minister al-Rawi Signs Energy Deal With Egypt",
    ],
)
def test_a_headline_s_verb_after_a_surname_ends_the_name(headline: str) -> None:
    """A title-case headline, "President X, Iraqi Premier al-Obeidi Hold Talks in Cairo …", made
    a person "al-Obeidi Hold Talks" beside the Prime Minister the story names in full, and the
    role nouns and the Iraqi side's clauses went to it, two of them certain (issue 19, round 40,
    held-out 197): a headline's verb ends the name before it."""
    paragraphs = [
        (1, headline),
        (2, "CAIRO - Prime Minister of the Republic of Iraq Haidar Jassim al-Rawi arrived."),
    ]
    found = find_people(paragraphs)
    assert [p.name for p in found.values() if "Rawi" in p.name] == ["Haidar Jassim al-Rawi"]


@pytest.mark.parametrize(
    ("headline", "story", "name"),
    [
        ("Prime Minister Kamal Idris and British counterpart agree to open new page",
         "The Prime Minister, Dr. Kamal El-Din Abdel-Rahim Idris, held talks in London.",
         "Kamal El-Din Abdel-Rahim Idris"),
        ("Monaco: the Sovereign Prince receives President Michel Sfeir, an agreement signed",
         "The President of the Lebanese Republic, Michel Antoine Sfeir, was received.",
         "Michel Antoine Sfeir"),
    ],
)  # fmt: skip
def test_a_headline_s_first_and_family_name_is_the_leader_named_in_full(
    headline: str, story: str, name: str
) -> None:
    """A headline's short form of a leader's name, the first given name and the family name
    ("President Michel Sfeir" of Michel Antoine Sfeir), made a second person, and the joint
    document's "both sides" clauses went to the two forms of one leader (issue 19, round 40,
    held-out 191, 198): with a title that fits, it is the leader named in full."""
    assert [p.name for p in find_people([(1, headline), (2, story)]).values()] == [name]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Tonga's Minister for Lands and Natural Resources, Lord Vakaloa, who is part of the "
         "delegation, said land was often misunderstood.",
         {"Lord Vakaloa": "Tonga's Minister for Lands and Natural Resources"}),
        ("Deputy Prime Minister of Tonga, Lord Fakatulolo, told IRNA that the delegation will "
         "visit Isfahan.",
         {"Lord Fakatulolo": "Deputy Prime Minister of Tonga"}),
        ("Deputy Prime Minister Lord Fakatulolo told IRNA that the delegation will visit Isfahan.",
         {"Lord Fakatulolo": "Deputy Prime Minister"}),
        ("Foreign Minister Lord Sione Vaea said so.", {"Sione Vaea": "Foreign Minister"}),
    ],
)  # fmt: skip
def test_a_noble_known_by_title_alone_is_lord_and_the_title(
    text: str, people: dict[str, str]
) -> None:
    """A minister a Tongan story names only by a noble title, "…, Lord Vakaloa,", was never
    listed and his words went to the speaker before (issue 19, round 40, held-out 191, 195):
    "Lord" before one word is the name as the peer is known, as every set's writer has it;
    before a name of two words or more it is an honorific."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


def test_a_long_title_of_a_body_of_a_country_before_a_namesake_s_name() -> None:
    """ "… best wishes to the National Leader of the Turkmen people, Chairman of the Halk
    Maslahaty of Turkmenistan Gurbanmyrat Nurgeldiyev" never listed the former leader who shares
    the President's family name (issue 19, round 40, held-out 191, 192): a long title may end
    in a body's name of its country, as in a portfolio's."""
    paragraphs = [
        (1, "President of Turkmenistan Atamyrat Nurgeldiyev held talks with the guest."),
        (2, "The guest conveyed greetings to the Chairman of the Halk Maslahaty of Turkmenistan "
            "Gurbanmyrat Nurgeldiyev."),
    ]  # fmt: skip
    assert {p.name: p.role for p in find_people(paragraphs).values()} == {
        "Atamyrat Nurgeldiyev": "President of Turkmenistan",
        "Gurbanmyrat Nurgeldiyev": "Chairman of the Halk Maslahaty of Turkmenistan",
    }


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("From the opposition came critical tones. MP Zdravko Ilić assessed that the government "
         "sells the same promises.",
         {"Zdravko Ilić": "MP"}),
        ("Not everyone was convinced. Opposition Member of Parliament Rosalia Tjiueza told NAMPA "
         "that previous agreements gathered dust.",
         {"Rosalia Tjiueza": "Opposition Member of Parliament"}),
        ("Sinn Féin's agriculture spokesman, Declan Furlong TD, accused the Government of "
         "rolling out the red carpet.",
         {"Declan Furlong": "Sinn Féin's agriculture spokesman"}),
    ],
)  # fmt: skip
def test_a_member_of_parliament_by_the_letters_or_the_title_before_or_after_the_name(
    text: str, people: dict[str, str]
) -> None:
    """Members of parliament who spoke were never listed (issue 19, round 40, held-out 192):
    "MP" alone before a name at a sentence's start, "Member of Parliament" written out (which
    made a person "Opposition Member"), and a deputy's letters after the name ("X TD,")."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("According to a release, the Minister for Foreign Affairs, Senator the Hon. Arlene "
         "Redhead-Charles, and her counterpart agreed to work together.",
         {"Arlene Redhead-Charles": "Minister for Foreign Affairs"}),
        ("But opposition spokesman on foreign affairs, Hon. Delroy Cato-Phillip, questioned the "
         "cost of the visit.",
         {"Delroy Cato-Phillip": "opposition spokesman on foreign affairs"}),
    ],
)  # fmt: skip
def test_a_stacked_style_or_a_spokesman_on_a_subject_before_a_name(
    text: str, people: dict[str, str]
) -> None:
    """Speakers a Caribbean release styles "Senator the Hon. X" or introduces as "opposition
    spokesman on foreign affairs, Hon. X," after "But" were never listed (issue 19, round 40,
    held-out 192): "the Hon." after a title is a style as "the Honourable" is, and a spokesman
    "on" a subject holds a role as one "for" it."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Premier was accompanied by Foreign Minister Fuad Salman al-Zubaidi, Minister of "
         "Electricity Eng. Qasim Abdul-Amir al-Fatlawi and senior officials.",
         {"Fuad Salman al-Zubaidi": "Foreign Minister",
          "Qasim Abdul-Amir al-Fatlawi": "Minister of Electricity"}),
        ("At the invitation of the host, President of the Republic of The Gambia Ousainou Bojang "
         "paid a state visit to China.",
         {"Ousainou Bojang": "President of the Republic of The Gambia"}),
    ],
)  # fmt: skip
def test_a_role_ends_at_no_short_title_and_at_no_country_s_the(
    text: str, people: dict[str, str]
) -> None:
    """ "Foreign Minister A, Minister of Electricity Eng. B" gave A the role "Minister of
    Electricity Eng", and "President of the Republic of The Gambia X" listed "Gambia X" as
    "President of the Republic of The" (issue 19, round 40, held-out 197, 198)."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


def test_a_list_of_portfolios_in_lower_case_before_an_engineer_s_name() -> None:
    """ "Burundi's minister of hydraulics, energy and mines, Ir. Aloys Barankitse, said …" left
    him with no role, and "Ir." before the name hid it (issue 19, round 39, held-out 185)."""
    text = (
        "Burundi's minister of hydraulics, energy and mines, Ir. Aloys Barankitse, said the "
        "government would soon publish tenders."
    )
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == {
        "Aloys Barankitse": "Burundi's minister of hydraulics, energy and mines"
    }


INVITING_STORY = (
    "OSLO - President Ana Berg of Norway met President Tomas Kell of Iceland in Oslo. Berg said "
    "it was good. Kell said it was fine."
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The President of Norway thanked the President of Iceland for the warm welcome and "
        "invited him to pay an official visit to Norway. The invitation was accepted with "
        "pleasure.",
        "The President of Norway expressed his sincere thanks to the President of Iceland and "
        "extended an invitation to him to visit Oslo, which was accepted with appreciation.",
        "President Ana Berg thanked President Tomas Kell for the welcome and invited him to "
        "visit Oslo, an invitation which had been gladly accepted.",
    ],
)
def test_an_invitation_accepted_in_the_passive_in_the_joint_document_is_a_guess(
    paragraph: str,
) -> None:
    """ "The President of X thanked … and invited him to visit …. The invitation was accepted
    with pleasure." and "…, which was accepted with appreciation." went to the inviting leader
    alone, certain (issue 19, round 40, held-out 193, 198): the passive names no one who
    accepted, the other leader, whose part it is (writers give it to the inviter, to both, or
    split it off as the other's): a guess, in a clause and in a paragraph closing the
    document alike."""
    assert _clauses_drafted(INVITING_STORY, [paragraph]) == [(["ana-berg"], True)]
    release = "[Joint statement _2026.3.5. Oslo]\n\n1. Trade\n\n(1) The two leaders agreed."
    drafted = draft(f"{INVITING_STORY}\n\n{release}\n\n{paragraph}\n\n/End/", "a.txt")
    review = " ".join(drafted["curation"]["review"])
    closing = [s for s in drafted["statements"] if s["text"] == paragraph]
    assert [(s["speakers"], f"{s['ref']}:" in review) for s in closing] == [(["ana-berg"], True)]


def test_a_name_inside_the_subject_s_relative_clause_is_no_certain_speaker() -> None:
    """ "The Minister of Foreign Affairs of BiH X, who signed the agreement with the Bahamian
    Minister of Tourism, Investments and Aviation Y, said that …" went to Y for certain
    (issue 19, round 40, held-out 196): a relative clause opened after the sentence's subject
    holds the name right before the verb, which its commas left unmasked; the subject is
    before "who", and the name in the clause is at most a guess."""
    story = (
        "SARAJEVO - Prime Minister Dwayne Cole of the Bahamas met Chairwoman Amra Begic. "
        "Tourism Minister Lara Fenn-Knowles came too."
    )
    said = (
        "The Minister of Foreign Affairs of BiH Dario Jukan, who signed the agreement with the "
        "Bahamian Minister of Tourism, Investments and Aviation Lara Fenn-Knowles, said that "
        "the agreement will enter into force after ratification."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert (said, ["lara-fenn-knowles"], False) not in found
    plain = "Lara Fenn-Knowles, who met Amra Begic, said that the deal will enter into force."
    assert _speakers_of(story, plain, plain) == [["lara-fenn-knowles"]]


def test_a_role_noun_is_never_certain_of_someone_only_the_headline_names() -> None:
    """ "President A, Iraqi Premier al-B Hold Talks in Cairo …" over the story listed "al-B Hold
    Talks", Iraqi Premier, and "The Iraqi Premier also pointed out …" went to that false person
    for certain (issue 19, round 40, held-out 197): a holder of a role whom only the headline
    names may be words of the headline read as a name, so the role noun means the holder the
    story names, and either is a guess. Merged with the names-and-roles rule that a title-case
    headline's verb ends the name before it, the headline makes no person at all, and the role
    noun's one holder, the story's, is certain."""
    story = (
        "President Abdel-Rahman, Iraqi Premier al-Kadhimi Hold Talks in Cairo on Boosting Ties\n\n"
        "CAIRO, March 14 (MENA) - President Hisham Abdel-Rahman received on Saturday Prime "
        "Minister of the Republic of Iraq Haidar al-Kadhimi, who is paying an official visit."
    )
    said = "The Iraqi Premier also pointed out that trade has grown."
    found = [(s, guessed) for text, s, guessed in _speakers_and_guesses(f"{story}\n\n{said}")]
    assert found == [(["haidar-al-kadhimi"], False)]


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        ("Italy and France reaffirm their commitment to complete the rail line by 2033.", 2),
        ("They agree to establish a joint task force.", 2),
        ("The two leaders call on the European Commission to act.", 2),
        ("The two leaders support the creation of a fund.", 2),
        ("Both sides support enlargement and underline the importance of the Balkans.", 2),
        ("The President of the French Republic confirms that France will pay.", 1),
        ("France will deploy experts, and the two sides agree to work together.", 2),
        ("France and Italy decide to launch a programme.", 2),
        ("The Prime Minister and the President condemn the war and reaffirm their support.", 2),
        ("The President underlines that France contributes to security.", 1),
        ("The French Republic expressed its readiness to provide training.", 1),
        ("The Italian Republic committed to support vocational training.", 0),
        ("A forum of ministers shall meet once a year.", -1),
        ("The support of the two leaders is welcome.", -1),
        ("Italy will review visa procedures.", -1),
    ],
)  # fmt: skip
def test_the_joint_document_in_the_present_tense_and_a_state_by_its_name_speak(
    clause: str, speakers: int
) -> None:
    """ "Italy and France reaffirm …", "They agree to …", "The two leaders call on …", "Both
    sides support …", "The President of the French Republic confirms …", "The Federal
    Chancellor and the Prime Minister condemn …", "The Hellenic Republic expressed …" and "The
    Netherlands committed to …" were nobody's (issue 19, round 40, held-out 191, 193, 195, 197,
    198): the joint document's voice in the present tense is the parties' as the past is, and
    a state by its name or formal name is its leader's, a guess; what a party "will" do or
    "shall" do is no one's words. `speakers`: 2 both leaders, 1 the French President, 0 the
    Italian Prime Minister, -1 no one."""
    article = (
        "ROME - Italian Prime Minister Anna Rossi met French President Marc Dubois in Rome on "
        "Monday. Rossi said it went well. Dubois said so too."
    )
    expected = {
        2: (["Anna Rossi", "Marc Dubois"], True), 1: (["Marc Dubois"], True),
        0: (["Anna Rossi"], True), -1: ([], False),
    }  # fmt: skip
    assert _clause_speakers(article, clause) == [expected[speakers]]


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        ("The President of the Council of Ministers of Togo expressed interest in the "
         "experience of Andorra.", ["Koffi Agbo"]),
        ("The Minister of Foreign Affairs of Togo expressed interest in the experience of "
         "Andorra.", []),
    ],
)  # fmt: skip
def test_a_long_title_of_a_country_in_the_joint_document_is_its_leader_s(
    clause: str, speakers: list[str]
) -> None:
    """ "(2) The President of the Council of Ministers of Togo expressed interest …" was
    nobody's (issue 19, round 40, held-out 198): a title of a country, however long, is that
    country's leader's when the leader's titles hold its words, a guess; a minister's title
    no leader holds names no leader."""
    article = (
        "LOME - Togo's President of the Council of Ministers, Koffi Agbo, received Andorra's "
        "Head of Government, Marc Ross, on Monday. Agbo said it went well."
    )
    assert _clause_speakers(article, clause) == [(speakers, True)]


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("The Mexican foreign minister, Juan de la Garza Montemayor, detailed that five "
         "instruments were signed.", ["juan-de-la-garza-montemayor"]),
        ("At the same time, Kell left no doubt that the war had changed everything for his "
         "country.", ["tomas-kell"]),
        ("Berg also pleaded for a permanent seat for Africa in the Security Council.",
         ["ana-berg"]),
    ],
)  # fmt: skip
def test_detailed_that_left_no_doubt_that_and_pleaded_for_report_words(
    said: str, speaker: list[str]
) -> None:
    """ "X detailed that …", "he left no doubt that …" and "X also pleaded for …" were
    narration (issue 19, round 40, held-out 194, 195, 197): each reports words, and every set's
    writers that met them labelled them so; "pleaded guilty" is no cue."""
    story = (
        "MEXICO CITY - President Ana Berg met President Tomas Kell. Foreign Minister Juan de la "
        "Garza Montemayor attended."
    )
    assert _speakers_of(story, said, said) == [speaker]
    plea = "Berg pleaded guilty to nothing."
    assert _speakers_of(story, plea, plea) == []


def test_the_sovereign_prince_after_the_verb_is_the_reigning_prince() -> None:
    """ "«…», declared the Sovereign Prince at the exit of the interview." was nobody's (issue
    19, round 40, held-out 198): a reigning Prince is "the Prince", and "Sovereign", as
    "Federal", is a word of the office before the title."""
    story = (
        "MONACO - The President of Lebanon, Michel Sfeir, was received by the Sovereign Prince "
        "Antoine III."
    )
    said = '"Lebanon can count on Monaco," declared the Sovereign Prince at the exit.'
    assert _speakers_of(story, said, "Lebanon can count on Monaco") == [["antoine-iii"]]


def test_the_head_of_a_lusophone_diplomacy_is_its_minister_of_external_relations() -> None:
    """ "«…», underlined the head of Angolan diplomacy." was nobody's (issue 19, round 40,
    held-out 193): Lusophone states style their foreign minister "Minister of External
    Relations", whom "the foreign minister" in other words means too."""
    story = (
        "LUANDA - President Domingos Kiala received President Maria Bonilla. The Minister of "
        "External Relations, Esperança Cassoma, attended."
    )
    said = '"We want results," underlined the head of Angolan diplomacy.'
    assert _speakers_of(story, said, "We want results") == [["esperanca-cassoma"]]


@pytest.mark.parametrize(
    "said",
    [
        "« Many people still see Somalia through old images, » affirmed the Somali number one.",
        '"We are united by the challenges of small states," said the Right Honourable Prime '
        "Minister.",
    ],
)
def test_a_leader_s_nickname_or_style_before_a_title_is_a_role_noun(said: str) -> None:
    """ "…, » affirmed the Somali number one," (translated French copy's nickname for the head
    of state) and `"…," said the Right Honourable Prime Minister.` (a style before the title)
    left the leader's words unattributed (issue 19, round 40, held-out 194)."""
    story = (
        "COTONOU - Somali Prime Minister Hassan Abdi Farah met the Beninese head of state, "
        "Patrice Akpovi, a day after he arrived."
    )
    quoted = re.split(r"[«\"] ?| ?[,»]", said)[1]
    assert _speakers_of(story, said, quoted) == [["hassan-abdi-farah"]]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Prime Minister will pay a courtesy call on the Asantehene, Otumfuo Nana Osei Kwame "
         "Opoku II, at the Manhyia Palace.",
         {"Osei Kwame Opoku II": "Asantehene"}),
        ("The delegation attended a sakau ceremony hosted by the Nahnmwarki of Kitti, Joseph "
         "Hadley, at the municipal nahs.",
         {"Joseph Hadley": "Nahnmwarki of Kitti"}),
        ("The Akim of Astana Yerkebulan Tulegenov presented the guests with the key of the city.",
         {"Yerkebulan Tulegenov": "Akim of Astana"}),
        ("He was met at Bonriki International Airport by Te Beretitenti, Tebuai Kourabi, and "
         "a group of dancers.",
         {"Tebuai Kourabi": "Te Beretitenti"}),
    ],
)  # fmt: skip
def test_a_local_title_of_office_is_a_role(text: str, people: dict[str, str]) -> None:
    """People a story introduces by a local title of office were never listed (issue 19,
    rounds 39 and 40, held-out 183, 187, 190): an Akan paramount chief's "Asantehene" (his
    styles "Otumfuo Nana" no part of his name), Pohnpei's "Nahnmwarki of Kitti", a Kazakh
    city's "Akim", Kiribati's "Te Beretitenti"."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == people


@pytest.mark.parametrize(
    ("paragraphs", "names"),
    [
        ([(1, "Prime Minister Halla Guðmundsdóttir met the Faroese Prime Minister."),
          (2, "Halla Björk Guðmundsdóttir, a namesake of the prime minister and a professor of "
              "political science, said the deal was symbolic.")],
         ["Halla Guðmundsdóttir", "Halla Björk Guðmundsdóttir"]),
        ([(1, "President Hichem Ben Slimane and Prime Minister of the Libyan Government of "
              "National Unity Salem Abdulsalam Al-Zawi agreed to keep the crossing open.")],
         ["Hichem Ben Slimane"]),
    ],
)  # fmt: skip
def test_a_namesake_described_and_a_body_s_adjective_stay_apart(
    paragraphs: list[tuple[int, str]], names: list[str]
) -> None:
    """A first given name and a family name is a leader named in full only where the full name
    was found with a title, never a description ("a namesake of the prime minister"); and a
    long title's body ends at no country where "National" stands ("of National Unity X")."""
    assert [p.name for p in find_people(paragraphs).values()] == names


@pytest.mark.parametrize(
    "said",
    [
        '"Each day we lose money," declared Ortiz Cáceres to journalists that accompany him.',
        '"Each day we lose money," has explained Mr. Ortiz Cáceres to the press.',
        '"Each day we lose money," said Ortiz Cáceres to reporters.',
    ],
)
def test_whom_a_speaker_after_the_verb_told_is_no_part_of_the_subject(said: str) -> None:
    """ "«…», declared Ortiz to journalists that accompany the comitiva." and "«…», has
    explained Mr. Castellane to the press." were nobody's (issue 19, round 40, held-out 193,
    198): the press or the journalists told, after the name after the verb, end the subject
    as a place does."""
    story = "ASUNCION - The chancellor Rubén Darío Ortiz Cáceres met President Ana Berg."
    assert _speakers_of(story, said, "Each day we lose money") == [["ruben-dario-ortiz-caceres"]]


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ('"Silence is also a message," said the activist.', "Silence is also a message"),
        ("According to the expert, the food track is the most promising one.",
         "According to the expert, the food track is the most promising one."),
    ],
)  # fmt: skip
def test_an_occupation_no_role_says_is_the_one_who_spoke_last(said: str, words: str) -> None:
    """ "«…», said the activist." after "Its representative X said …", and "According to the
    expert, …" after a centre's director spoke, were nobody's (issue 19, round 40, held-out
    197, 198): an occupation noun no listed role holds is the one who spoke last, unless a
    leader, a guess."""
    story = (
        "MINSK - President Ana Berg met President Tomas Kell.\n\n"
        "The rights centre Viasna regretted the visit. Its representative Olga Kurylenka said "
        "that Mexico should have raised the prisoners."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [(s, guessed) for text, s, guessed in found if text == words] == [
        (["olga-kurylenka"], True)
    ]


def test_the_two_sides_are_never_a_leader_only_the_headline_names() -> None:
    """ "The two sides stressed …" went to the host and "al-B Hold Talks", words of the headline
    read as a name, whose role was the Iraqi Premier (issue 19, round 40, held-out 197): the
    summit's two leaders are those the story names, a headline's name after them."""
    story = (
        "President Abdel-Rahman, Iraqi Premier al-Kadhimi Hold Talks in Cairo on Boosting Ties\n\n"
        "CAIRO, March 14 (MENA) - President Hisham Abdel-Rahman received on Saturday Prime "
        "Minister of the Republic of Iraq Haidar al-Kadhimi, who is paying an official visit."
    )
    [(speakers, guessed)] = _clause_speakers(
        story, "The two sides stressed the importance of trade."
    )
    assert (sorted(speakers), guessed) == (["Haidar al-Kadhimi", "Hisham Abdel-Rahman"], True)


def test_the_head_of_state_of_an_agency_s_own_country_is_its_own_leader() -> None:
    """ "…, the Head of State welcomed this visit …" went to the visitor, the one named last
    of the two heads the role fits (issue 19, round 39 opened it, round 40, held-out 186): in
    copy whose visitor came "to our country", the Head of State with no country is the agency's
    own leader, a guess."""
    story = (
        "Djibouti (ADI) - The President of the Republic, Head of Government, Ali Moussa Hassan, "
        "received his counterpart, the Chairman of the Presidency of Bosnia and Herzegovina, "
        "Dragan Mihic, who is paying an official visit of two days to our country."
    )
    said = "After the talks, the Head of State welcomed this visit as historic."
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [(s, guessed) for text, s, guessed in found if text == said] == [
        (["ali-moussa-hassan"], True)
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Neither leader named China directly, but both expressed concern about the sea.",
        "Japan and France will press wealthy nations to pay, the leaders of the two countries "
        "said on Thursday, after the first visit.",
    ],
)
def test_both_after_but_and_an_attribution_set_off_by_commas_are_the_two_leaders(
    said: str,
) -> None:
    """ "…, but both expressed concern …" and "X will press …, the leaders of the two countries
    said on Thursday, after …" were nobody's (issue 19, round 40, held-out 195): "both" after
    "but" is the two leaders, and an appositive's commas that hold a subject and its verb of
    speech set off the sentence's attribution, no aside."""
    story = "TOKYO - President Elise Marchand met Prime Minister Kenji Sakurai."
    assert _speakers_of(story, said, said) == [["elise-marchand", "kenji-sakurai"]]


def test_an_aside_of_speech_inside_the_subject_s_clause_leaves_it_the_subject_s() -> None:
    """The rule above must not take an aside for the attribution: "The Bhutanese prime
    minister, the press secretary said, proposed that …" is the prime minister's (held-out
    106), whose own verb of speech follows the aside; a participle after an attribution
    ("…, the Maldivian president said, adding that …") is no verb of another subject."""
    story = "THIMPHU - Prime Minister Sonam Dorji met Prime Minister Ana Khan of Bangladesh."
    said = "The Bhutanese prime minister, the press secretary said, proposed that trade grow."
    assert _speakers_of(story, said, said) == [["sonam-dorji"]]


def test_the_visiting_holder_of_a_role_two_people_hold_is_no_one() -> None:
    """ "The visiting prime minister, whose grandparents …, said …" went to the host prime
    minister, the one named last (round 40's check of every set, held-out 62): which of two
    holders visits, the rules do not know."""
    story = "KINGSTON - Prime Minister Ana Berg hosted Prime Minister Tomas Kell."
    said = "The visiting prime minister, whose grandparents were farmers, said he was glad."
    assert _speakers_of(story, said, said) == []


@pytest.mark.parametrize(
    ("paragraph", "what"),
    [
        ('"The talks went well," Berg told reporters. "We\nwill now manage the river together."',
         "a quotation"),
        ('Berg told reporters: "We will now manage\nthe river together."', "a quotation"),
        ("The two leaders agreed to cooperate on fisheries and\nrenewable energy, officials said.",
         "a sentence"),
    ],
)  # fmt: skip
def test_a_line_break_inside_a_sentence_flags_every_record_of_its_lines(
    paragraph: str, what: str
) -> None:
    """New user 49: a quotation wrapped after its first word was a statement "We", certain, and
    the rest narration, with no review item; a wrapped lede became an account of its first line.
    A line that leaves a quotation open, or ends with no stop before a line that starts in
    lower case, goes on in the next: every record of the two lines is named, a statement first
    (its speaker then a guess)."""
    article = (
        "President Anna Berg of Norway met Prime Minister Jon Olafsson of Iceland on Tuesday.\n\n"
        f"{paragraph}\n\n"
        "[Joint statement _2026.3.3. Oslo]\n\n1. Peace\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft_summit(article, "a.txt")
    records = [*drafted.statements, *drafted.narration]
    refs = {r.ref for r in records if r.provenance.paragraph == 2}
    items = [item for item in drafted.curation.review if f"{what} runs over a line break" in item]
    assert items and refs <= {ref for item in items for ref in re.findall(r"[SN]\d+", item)}
    guessed = guesses(drafted.curation.review)
    assert all(s.ref in guessed for s in drafted.statements if s.provenance.paragraph == 2)


def test_a_name_after_a_portfolio_may_start_with_the_portfolio_s_last_word() -> None:
    """ "Iran's Minister of Agriculture Jihad Alireza Farahani-Moghaddam announced that …" was
    certain of "Jihad Alireza Farahani-Moghaddam" (issue 19, round 41, held-out 206): "Jihad" is
    a word of the ministry's formal name, which no rule can tell from a given name. A name of
    three words or more written only right after a minister's portfolio, whose first word the
    article writes nowhere else, is a guess; one the article also writes with no portfolio
    before it is not."""
    story = "TEHRAN - President Ali Karimi met President Jean Ndayishimiye on Tuesday."
    said = (
        "Meanwhile, Iran's Minister of Agriculture Jihad Alireza Farahani-Moghaddam announced "
        "that a delegation of experts will travel to Burundi within two months."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [guessed for text, _, guessed in found if "experts" in text] == [True]
    people = [Found("Jihad Alireza Farahani-Moghaddam", "Minister of Agriculture", 1, 1)]
    assert "Jihad Alireza Farahani-Moghaddam" in half_read_names(said, people)
    twice = f"{said} Jihad Alireza Farahani-Moghaddam spoke later."
    assert "Jihad Alireza Farahani-Moghaddam" not in half_read_names(twice, people)


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        ("PORT MORESBY - Prime Minister Jeremiah Wari hosted Malagasy President Haja Nirina "
         "Rakotondrabe.\n\nHe came with his wife Vololona Rakotondrabe.\n\n"
         '"Our nations are islands," Mr Rakotondrabe said.', "Haja Nirina Rakotondrabe"),
        ("FREETOWN - Minister of Trade Haja Fatmata Kamara spoke.\n\n"
         '"Trade will grow," Ms Kamara said.', "Fatmata Kamara"),
        ("BANDAR SERI BEGAWAN - Mr Omar Ali met teacher Hajah Salmah Omar, who spoke.",
         "Salmah Omar"),
    ],
)  # fmt: skip
def test_a_woman_s_title_of_address_before_a_man_s_name_is_his_given_name(
    paragraphs: str, name: str
) -> None:
    """ "Malagasy President Haja Nirina Rakotondrabe" was listed as Nirina Rakotondrabe, "Haja"
    read as Sierra Leone's woman's pilgrim title, and his 13 statements went to the short form
    (issue 19, round 41, held-out 199): a man, whom "Mr" addresses by a family name no other
    man listed carries (his wife shares it), holds no woman's title, so the word is his given
    name; before a woman's name it stays a title."""
    listed = [p.name for p in find_people(list(enumerate(paragraphs.split("\n\n")))).values()]
    assert name in listed


def test_the_kalenjin_particle_arap_is_inside_a_name() -> None:
    """ "President Samuel Kipchumba arap Keter" was two people, "Samuel Kipchumba" and "Keter"
    (issue 19, round 41, held-out 200, 8 statements): the Kalenjin "arap" ("son of") is a small
    word inside a name, as "bin" is."""
    paragraphs = [(1, "NAIROBI - President Samuel Kipchumba arap Keter met Ian Borg.")]
    assert "Samuel Kipchumba arap Keter" in [p.name for p in find_people(paragraphs).values()]


def test_a_middle_initial_is_the_middle_name_the_joint_document_writes_in_full() -> None:
    """ "Liberian President Augustine K. Tweh" in the story and "Augustine Kpadeh Tweh" in the
    joint document were two people, and five clauses went to both forms, the host left out
    (issue 19, round 41, held-out 204): a name whose middle word is an initial is the one that
    writes that word in full, under the story's form and with the story's role."""
    paragraphs = [
        (1, "BISHKEK - Liberian President Augustine K. Tweh met President Emil Sadyr."),
        (2, "Tweh said the trip mattered."),
        (3, "The President of the Republic of Liberia, His Excellency Augustine Kpadeh Tweh, "
            "paid an official visit."),
    ]  # fmt: skip
    roles = {p.name: p.role for p in find_people(paragraphs, release=3).values()}
    assert roles.get("Augustine K. Tweh") == "Liberian President"
    assert "Augustine Kpadeh Tweh" not in roles


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Jeanne d'Arc Mukamana, chief executive of Kakao Hills, said the deal would help.",
         "Jeanne d'Arc Mukamana"),
        ("Economist Valery Giscard d\u2019Estaing Mbeki said the deal would help.",
         "Valery Giscard d\u2019Estaing Mbeki"),
    ],
)  # fmt: skip
def test_an_elided_particle_is_inside_a_name(paragraph: str, name: str) -> None:
    """ "Jeanne d'Arc Mukamana, chief executive of …, said" was listed as "Arc Mukamana" and her
    words went to that form (issue 19, round 41, held-out 204): the French particle elided
    before a vowel ("d'", either apostrophe) is part of the name, as "de" is; never the "d'" of
    Côte d'Ivoire."""
    assert name in [p.name for p in find_people([(1, paragraph)]).values()]
    ivorian = "Trade in Côte d'Ivoire Alassane Ouattara, president of Bigco, said would grow."
    assert not any("Côte" in p.name for p in find_people([(1, ivorian)]).values())


def test_two_heads_named_after_a_plural_local_title_are_each_a_holder() -> None:
    """ "… received … by Captains Regent Lorenzo Gatti and Francesca Bollini, who … share the
    role of head of state" listed neither, and their words went to a relative and to the
    visitor (issue 19, round 41, held-out 202): San Marino's two heads of state, named after
    their title in the plural, each hold it in the singular, as "Presidents X and Y" do."""
    paragraph = (
        "President Gabriel Akol Mayen was received by Captains Regent Lorenzo Gatti and Francesca "
        "Bollini, who share the role of head of state."
    )
    roles = {p.name: p.role for p in find_people([(1, paragraph)]).values()}
    assert roles["Lorenzo Gatti"] == roles["Francesca Bollini"] == "Captain Regent"


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("In an interview, Director of the Institute for Strategic Studies D.Ganbold assessed the "
         "visit as important.", "D.Ganbold", "Director of the Institute for Strategic Studies"),
        ("Speaking at the forum, Chief Executive Officer of Altai Cashmere JSC B.Naranbaatar said "
         "that trade grows.", "B.Naranbaatar", "Chief Executive Officer of Altai Cashmere JSC"),
        ("Later, the head of the Islamic Culture and Relations Organization Hojatoleslam Ali-Akbar "
         "Mousavian received the president.", "Ali-Akbar Mousavian",
         "head of the Islamic Culture and Relations Organization"),
        ("The researcher of the International Center of Improvement of Corn and Wheat (CIMMYT) "
         "Benjamín Quiroz Aldama considered that it works.", "Benjamín Quiroz Aldama",
         "researcher of the International Center of Improvement of Corn and Wheat (CIMMYT)"),
    ],
)  # fmt: skip
def test_a_role_of_a_body_right_before_a_name_whose_start_is_sure_is_its_holder_s(
    paragraph: str, name: str, role: str
) -> None:
    """ "Director of the Institute for Strategic Studies D.Ganbold assessed …", "the head of the
    Islamic Culture and Relations Organization Hojatoleslam Ali-Akbar Mousavian received …" and
    "The researcher of … (CIMMYT) Benjamín Quiroz Aldama considered" listed no one, and their
    words went to others (issue 19, round 41, held-out 200, 205, 206): a role of a body right
    before a name, with no comma, is the name's where the name's start is sure, a patronymic's
    initial glued to it, titles of address before it, or the body's initials in brackets; a
    body's last word no name has is no sure start ("… Sea Trade Port X Y" goes on)."""
    roles = {p.name: p.role for p in find_people([(1, paragraph)]).values()}
    assert roles.get(name) == role
    going_on = "Director of Baku International Sea Trade Port Taleh Ismayilov said it works."
    assert "Port Taleh Ismayilov" not in [p.name for p in find_people([(1, going_on)]).values()]


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Dr Ong Li Ting, a senior fellow at the S. Rajaratnam School of International Studies "
         "who researches Africa-Asia ties, said the visit mattered.", "Ong Li Ting",
         "senior fellow at the S. Rajaratnam School of International Studies"),
        ("From the Myanmar side, minister of commerce Daw Khin Myat Noe said that her country "
         "offers a zone.", "Khin Myat Noe", "minister of commerce"),
        ("The president of the Gambia Chamber of Commerce and Industry (GCCI), Alhagie Musa "
         "Touray, said the private sector was ready.", "Musa Touray",
         "president of the Gambia Chamber of Commerce and Industry (GCCI)"),
    ],
)  # fmt: skip
def test_a_role_keeps_an_initial_s_stop_and_no_title_of_address(
    paragraph: str, name: str, role: str
) -> None:
    """Roles as the article gives them (issue 19, round 41, held-out 199, 201, 200): "a senior
    fellow at the S. Rajaratnam School …" was cut at the initial's full stop, "minister of
    commerce Daw" kept the title of address before the name, and "Alhagie", the Gambia's
    spelling of Alhaji, was read as a given name."""
    roles = {p.name: p.role for p in find_people([(1, paragraph)]).values()}
    assert roles.get(name) == role


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("The King hosted a banquet in honour of the Korean President and Mrs. Yoon Seo-yeon, "
         "wife of the President of the Republic of Korea.", "Yoon Seo-yeon",
         "wife of the President of the Republic of Korea"),
        ("First Lady of Mongolia Ts.Bolormaa and Mrs. Elena Stoyanova visited the centre.",
         "Elena Stoyanova", PLACEHOLDER),
    ],
)  # fmt: skip
def test_a_spouse_named_with_mrs_is_listed(paragraph: str, name: str, role: str) -> None:
    """ "… and Mrs. Yoon Seo-yeon, wife of the President of the Republic of Korea." and "… and
    Mrs. Elena Stoyanova visited …" left the spouses unlisted (issue 19, round 41, held-out 199,
    200): a spouse of a title with its country after it is the title holder's, and a full name
    after a courtesy title ("Mrs.", "Mr", "Ms") is a person, whose role the curator writes
    where the article gives none."""
    roles = {p.name: p.role for p in find_people([(1, paragraph)]).values()}
    assert roles.get(name) == role


def test_a_party_in_brackets_after_a_described_speaker_s_name_leaves_the_name_the_speaker_s() -> (
    None
):
    """ "Minister of foreign affairs Ondřej Šimek (ODS) who took part on the talks, told ČTK that
    …" listed no minister, and his words went to the Prime Minister (issue 19, round 41, held-out
    201): a party's initials in brackets, and a relative clause with no comma before it, may
    stand between a described speaker's name and the verb."""
    story = "PRAGUE - Prime Minister Martin Kratochvil (ODS) received President Than Tun Aung."
    said = (
        "Minister of foreign affairs Ondřej Šimek (ODS) who took part on the talks, told ČTK that "
        "Czech Republic wants to be a bridge."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [speakers for text, speakers, _ in found if "bridge" in text] == [["ondrej-simek"]]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready," Downing Street said.',
        "Sir Anthony Hale, chairman of the London-listed miner Caspian Metals, said it.",
        "The cadets of the Aspropyrgos Merchant Marine Academy met him.",
        "Doctor of Economic Sciences, Professor Nodira Rustamova, said it.",
        "Chief Executive Officer Anna Berg said it.",
        "Ambassador Extraordinary and Plenipotentiary of Bulgaria Nikolay Dimitrov told it.",
        "(Translated by Prensa Latina English Service / Editing: Ana Quintana)",
    ],
)
def test_a_body_s_or_a_title_s_words_are_no_person(paragraph: str) -> None:
    """ "Downing Street", a miner "Caspian Metals", a "Marine Academy", "Economic Sciences",
    "Executive Officer", "Extraordinary" and a news service were listed as people, some as
    speakers (issue 19, round 41, held-out 200, 201, 204, 205, 206, 203): a street, a company,
    an academy, a field of study, a service, and words of titles alone name no one."""
    names = [p.name for p in find_people([(1, paragraph)]).values()]
    assert not {
        "Downing Street", "Caspian Metals", "Marine Academy", "Economic Sciences",
        "Executive Officer", "Extraordinary", "Prensa Latina English Service",
    } & set(names)  # fmt: skip


def test_a_clause_the_two_leaders_open_before_one_leader_s_part_is_both_s_a_guess() -> None:
    """ "(3) The two leaders exchanged views on …, and President Han stressed …" went to Han
    alone, certain (issue 19, round 41, held-out 201): the parties' plural opening the clause
    with any verb makes its first part theirs, so the clause is both leaders', a guess."""
    article = "SEOUL - President Han Min-jun met Prime Minister Avi Dor of Israel on Monday."
    got = _clause_speakers(
        article,
        "The two leaders exchanged views on the region, and President Han stressed the "
        "importance of humanitarian access.",
    )
    assert got == [(["Han Min-jun", "Avi Dor"], True)]


def test_a_head_of_state_noun_after_a_quotation_is_a_guess_where_another_head_was_named() -> None:
    """ "…," said the Head of State. went for certain to the visiting President, whose role the
    rules read, while the host, "Leader of the Nation" in the story and "President of the
    Republic of X" in the joint document, named in the sentence before, spoke (issue 19, round
    41, held-out 205); the quotation after it followed. Another person whose titles head a
    state, named nearer, may be the one meant: a guess, for the quotation that goes on too."""
    story = (
        "DUSHANBE - The Leader of the Nation, President of the Republic of Tajikistan, "
        "Honorable Sherali Davlat held talks with the President of the Republic of Tunisia "
        "Hedi Romdhane."
    )
    said = (
        "Welcoming the guest, the Leader of the Nation Sherali Davlat stated that the visit of "
        "the Head of the Tunisian state opens a new page.\n\n"
        '"Our peoples are united by a common history," said the Head of State. "We are '
        'interested in concrete content."'
    )
    release = (
        "[Joint statement _2026.5.19. Dushanbe]\n\nAt the invitation of the President of the "
        "Republic of Tajikistan Sherali Davlat, the President of the Republic of Tunisia Hedi "
        "Romdhane paid an official visit.\n\n1. Trade\n\n(1) The two leaders agreed.\n\n/End/"
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}", release)
    quoted = [(s, guessed) for text, s, guessed in found if "peoples" in text or "concrete" in text]
    assert len(quoted) == 2
    assert all(guessed or s == ["sherali-davlat"] for s, guessed in quoted)


@pytest.mark.parametrize(
    "clause",
    [
        "The United Kingdom and Costa Rica reaffirmed their support for the UN Charter.",
        "Costa Rica and the United Kingdom agreed to continue dialogue on visas.",
    ],
)
def test_the_two_countries_as_a_clause_s_subject_are_the_two_leaders(clause: str) -> None:
    """ "(2) The United Kingdom and Costa Rica reaffirmed …" and "Australia and Egypt agreed
    …" were nobody's (issue 19, round 41, held-out 200): two countries joined by "and", the
    one of three words with its article too, are the two leaders, a guess; the leader whose
    country the article does not give is the other country's."""
    article = (
        "SAN JOSE - British Prime Minister Daniel Ashworth met President Andrea Vargas of "
        "Costa Rica on Monday."
    )
    [(speakers, flagged)] = _clause_speakers(article, clause)
    assert (sorted(speakers), flagged) == (["Andrea Vargas", "Daniel Ashworth"], True)


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("Antigua and Barbuda expressed its support for the Philippines' candidature.",
         "Everton Joseph"),
        ("The UK side reaffirmed its support for Uzbekistan's accession to the WTO.",
         "Helen Ashworth"),
    ],
)  # fmt: skip
def test_one_country_as_a_clause_s_subject_is_its_leader(clause: str, speaker: str) -> None:
    """ "(3) Antigua and Barbuda expressed its support …" and "(2) The UK side reaffirmed …"
    were nobody's (issue 19, round 41, held-out 201, 203): a country whose name joins two with
    "and" is one side, and "UK" is the United Kingdom's, whose leader the article calls the
    "Prime Minister of the United Kingdom" or "British"."""
    article = (
        "MANILA - President Emilio Macaraeg of the Philippines met Antigua and Barbuda Prime "
        "Minister Everton Joseph on Monday."
        if "Antigua" in clause
        else "LONDON - Prime Minister of the United Kingdom Helen Ashworth met Uzbek President "
        "Bakhtiyor Ergashev on Monday."
    )
    speakers = [name for names, _ in _clause_speakers(article, clause) for name in names]
    assert speakers == [speaker]


@pytest.mark.parametrize(
    "clause",
    [
        "The Indian side announced a Line of Credit for health projects, which the Botswana "
        "side welcomed.",
        "The Indian side announced the offer of ten scholarships, which was warmly welcomed by "
        "the Botswana side.",
        "The Indian side offered 50 scholarships, which the Botswana side received with "
        "appreciation.",
    ],
)
def test_a_side_answering_the_other_s_offer_in_a_relative_clause_speaks_too(clause: str) -> None:
    """ "(1) The Vanuatu side announced the offer of …, which was warmly welcomed by the Gambian
    side." and "(2) The Venezuelan side offered …, which the Solomon Islands side received with
    appreciation." went to the offering side alone (issue 19, round 41, held-out 200, 206;
    held-out 184's writer too): the side that welcomes or receives it in a relative clause
    is the clause's other speaker, both leaders a guess."""
    article = (
        "GABORONE - President Kagiso Molefhe of Botswana met Indian Prime Minister Rajiv "
        "Deshpande on Monday."
    )
    [(speakers, flagged)] = _clause_speakers(article, clause)
    assert (sorted(speakers), flagged) == (["Kagiso Molefhe", "Rajiv Deshpande"], True)


def test_a_side_taking_note_after_a_comma_leaves_the_clause_the_informer_s() -> None:
    """ "(2) Prime Minister Liburd informed his counterpart of the reforms …, and the Greek side
    took note of them." went to the Greek leader alone (issue 19, round 41, held-out 204, whose
    writer gives it to the one who informed): a side that takes note after a comma answers the
    clause's first party, as one that thanks or accepts does."""
    article = (
        "ATHENS - Greek Prime Minister Nikos Pappas met Prime Minister Marcus Liburd of Saint "
        "Kitts and Nevis on Monday."
    )
    clause = (
        "Prime Minister Liburd informed his counterpart of the reforms of the programme, and the "
        "Greek side took note of them."
    )
    assert _clause_speakers(article, clause) == [(["Marcus Liburd"], True)]


def test_an_office_of_the_president_holds_no_presidency() -> None:
    """ "(2) His Excellency the President expressed gratitude …" went to the "Press Secretary in
    the Office of the President", named last (issue 19, round 41, held-out 205): a title that
    a role names only as whose office or aide it is ("of the President", "to the President")
    is no title the role holds."""
    article = (
        "JUBA - President Kuol Ajak met Lesotho's Prime Minister Rethabile Mokoena on Tuesday.\n\n"
        "Press Secretary in the Office of the President, Lual Mabior, said the talks went well."
    )
    clause = "His Excellency the President expressed gratitude for the support of Lesotho."
    assert [names for names, _ in _clause_speakers(article, clause)] == [["Kuol Ajak"]]


def test_a_leader_s_title_of_a_country_is_the_leader_whose_nationality_it_is() -> None:
    """ "(1) The Prime Minister of Portugal commended the leadership of Vanuatu …" went to
    Vanuatu's Prime Minister (issue 19, round 41, held-out 202): of two prime ministers, the
    one the article calls "Portuguese" holds the title of Portugal, though the article gives
    no country for him; a guess, the nationality being read from a title."""
    article = (
        "LISBON - The Portuguese Prime Minister, Rui Pinto, and his Vanuatu counterpart, "
        "Johnson Moli, signed a joint statement on Thursday."
    )
    release = (
        "[Joint statement _2026.6.4. Lisbon]\n\nThe Prime Minister of the Portuguese Republic, "
        "Rui Pinto, and the Prime Minister of the Republic of Vanuatu, Johnson Moli, met in "
        "Lisbon.\n\n1. Climate\n\n(1) The Prime Minister of Portugal commended the leadership "
        "of Vanuatu on climate.\n\n/End/"
    )
    found = _speakers_and_guesses(article, release)
    assert [(s, guessed) for text, s, guessed in found if "commended" in text] == [
        (["rui-pinto"], True)
    ]


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("According to him it is better to talk than to isolate.", "better to talk"),
        ("According to his words Czech firms are interested in hydropower.", "Czech firms"),
        ("In the opinion of political scientist Dauren Abdrakhmanov, the visit reflects a "
         "multi-vector policy.", "multi-vector"),
        ("The Iranian president went on to say that the two sides have signed six documents.",
         "six documents"),
        ("For his part, the Kiribatian president made know that his country risks losing land.",
         "risks losing"),
        ("\u00ab It is a modest beginning, but it is a beginning \u00bb, she estimated.",
         "modest beginning"),
        ('"It is not charity, it is cooperation between equals," he precised.', "charity"),
        ("The economist Gilbert Ndayizeye judges that the volumes will stay weak.",
         "volumes"),
        ("Mokoena also pledged Lesotho's support for South Sudan's bid to host the summit.",
         "support for South Sudan"),
        ("He called for the establishment of a direct shipping line between the two ports.",
         "direct shipping"),
        ("Opposition lawmaker Vasile Bolboceanu criticised the trip as a publicity exercise.",
         "publicity exercise"),
        ("The prime minister also referred to the ties forged in the 1970s.", "ties forged"),
        ("The spokesman of the opposition, Nikos Vrettos, criticized the government that it is "
         "dealing with exotic visits.", "exotic visits"),
    ],
)  # fmt: skip
def test_cues_of_translated_and_wire_copy_report_speech(said: str, words: str) -> None:
    """Held-out 200 to 206 (issue 19, round 41): "According to him" with no comma, "In the
    opinion of X,", "went on to say that", "made know that", "«…», she estimated", "…," he
    precised, "judges that", "pledged X's support for", "called for", "criticised X as …",
    "criticized the government that …" and "referred to" left the words nobody's."""
    story = (
        "MASERU - Prime Minister Rethabile Mokoena met President Kuol Ajak on Monday.\n\n"
        "Foreign Minister Ana Berg said the talks went well."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [text for text, speakers, _ in found if words in text and speakers]


def test_a_role_noun_of_a_country_joined_by_and_and_the_prince_name_their_holders() -> None:
    """ "«…», said the Prime Minister of Saint Kitts and Nevis." and "…," the prince said were
    nobody's (issue 19, round 41, held-out 203, 204): the country after a role noun is a
    name joined by "and" whole, and "the prince" right before a verb of speech is the one
    prince the article names, as "the Prince" is."""
    story = (
        "ATHENS - Greek Prime Minister Nikos Pappas received the Prime Minister of Saint Kitts "
        "and Nevis, Marcus Liburd, on Monday, and met Monaco's Prince Charles-Henri II."
    )
    said = (
        "\u00abWe are two island nations. Now we want to go further\u00bb, said the Prime "
        "Minister of Saint Kitts and Nevis.\n\n"
        '"Monaco is small in size, but not in ambition," the prince said at a press appearance.'
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert _who_said(found, "island nations") == [(["marcus-liburd"], False)]
    assert [s for s, _ in _who_said(found, "small in size")] == [["charles-henri-ii"]]


def test_the_minister_may_be_a_secretary_of_foreign_affairs() -> None:
    """ "…," the minister said. after "His Romanian counterpart, X, confirmed …" of Mexico's
    "Secretary of Foreign Affairs" was nobody's (issue 19, round 41, held-out 200): a Secretary
    of Foreign Affairs is a foreign minister by another title, one "the minister" may mean; of
    two, the nearer, a guess."""
    story = (
        "MEXICO CITY - Mexico's Secretary of Foreign Affairs Luis de la Fuente met reporters.\n\n"
        "His Romanian counterpart, Oana Dumitrescu, confirmed the timetable."
    )
    said = '"We can learn a lot from each other," the minister said.'
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert _who_said(found, "learn a lot") == [(["oana-dumitrescu"], True)]


@pytest.mark.parametrize(
    "said",
    [
        "Riga, 3 February (LSM) - Latvia will continue to support Ukraine, emphasized the "
        "President of Latvia Karlis Ozolins on Tuesday at the Riga Castle, where he met his guest.",
        "Latvia will continue to support Ukraine, said the President of Latvia Karlis Ozolins.",
    ],
)
def test_a_titled_name_after_the_verb_of_a_sentence_after_a_dateline_speaks(said: str) -> None:
    """ "Riga, 3 February (LSM) - …, emphasized the President of Latvia X on Tuesday at the
    Riga Castle, where …" was nobody's (issue 19, round 41, held-out 200): a dateline with a
    date after its city is no subject, and "the" before a name that starts with its title,
    then a day and a place, is the subject after the verb."""
    story = "RIGA - President Karlis Ozolins met President Oleksandr Hnatiuk of Ukraine."
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert _who_said(found, "continue to support") == [(["karlis-ozolins"], False)]


def test_a_nationality_s_role_noun_is_the_counterpart_of_that_nationality_first() -> None:
    """ "…," the Egyptian foreign minister said. after "Foreign Minister X, who signed … with
    her Egyptian counterpart Y," and "Mr Y said …" went to X, whose nationality the article
    does not give (issue 19, round 41, held-out 200): the counterpart the article calls
    Egyptian comes first, a guess."""
    story = (
        "CANBERRA - Prime Minister Claire Donnelly met Egyptian President Mostafa Ghaffar.\n\n"
        "Foreign Minister Priya Raman, who signed a memorandum with her Egyptian counterpart "
        "Hisham Fawzy, said student numbers had tripled.\n\n"
        "Mr Fawzy said Cairo hoped to see Australian campuses in Egypt."
    )
    said = '"It is a very natural match," the Egyptian foreign minister said.'
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert _who_said(found, "natural match") == [(["hisham-fawzy"], True)]


@pytest.mark.parametrize(
    "line",
    [
        "Tavares: We agreed to double student exchanges. That is a big step for young people.",
        "Rui Tavares: We agreed to double student exchanges. That is a big step for young people.",
    ],
)
def test_an_interview_s_speaker_line_is_theirs_whole_and_a_guess(line: str) -> None:
    """An interview's "Tavares: We agreed … That is a big step …" gave the first sentence to
    Tavares as reported speech with his name inside its text, and the rest to the article as
    narration, with no review item (new user 51): the paragraph's words after the name's colon
    are his, as a transcript prints them, one statement; whose, a guess (as a headline's)."""
    article = THIRTEENTH_ROUND_ARTICLE.format(paragraph=line, preamble="Met.")
    drafted = draft_summit(article, "a.txt")
    words = line.partition(": ")[2]
    assert _speech_holding(drafted, "That is a big step") == [(("rui-tavares",), True)]
    [statement] = [s for s in drafted.statements if "big step" in s.text]
    assert (statement.text, statement.kind) == (words, "direct")
    assert not [n for n in drafted.narration if "big step" in n.text]
    assert article_problems(drafted, "a.txt", article) == []


def test_a_speech_printed_after_a_colon_frame_is_the_frame_s_speaker_s_a_guess() -> None:
    """ "Addressing the press, Tavares said:" then the speech with no quotation marks, as state
    agencies print one: the speech was the article's narration, unflagged (new user 51). Each
    paragraph that names no one is his, a guess, up to one that names someone."""
    paragraph = (
        "Addressing the press, Tavares said:\n\n"
        "Today we opened a new chapter. We agreed to build a bridge.\n\n"
        "I am confident that trade will double.\n\n"
        "Navarro thanked him for the welcome."
    )
    article = THIRTEENTH_ROUND_ARTICLE.format(paragraph=paragraph, preamble="Met.")
    drafted = draft_summit(article, "a.txt")
    for words in ("We agreed to build a bridge.", "trade will double"):
        assert _speech_holding(drafted, words) == [(("rui-tavares",), True)], words
    assert [s.kind for s in drafted.statements if "bridge" in s.text] == ["direct"]
    assert not _speech_holding(drafted, "thanked him") or all(
        speakers != ("rui-tavares",) for speakers, _ in _speech_holding(drafted, "thanked him")
    )
    assert article_problems(drafted, "a.txt", article) == []


@pytest.mark.parametrize(
    ("entry", "words", "kind"),
    [
        ('14:32 Tavares tells reporters: "We came to sign."', "We came to sign.", "direct"),
        ("15:10 Tavares says the two countries will open a port.", "will open a port", "reported"),
        ('15:45 "This is a historic day," Tavares said.', "This is a historic day", "direct"),
        ('2.05pm "This is a historic day," Tavares said.', "This is a historic day", "direct"),
    ],
)
def test_a_live_blog_entry_s_time_is_its_heading(entry: str, words: str, kind: str) -> None:
    """A live blog's "15:45 "…," Quispe said" was reported speech with the time and the marks
    in its text, "14:32 Rojas tells reporters: "…"" an unattributed quotation of "no one named",
    "15:10 Quispe says …" narration (new user 51): the time stamp is the entry's heading, and
    the entry is read as the paragraph it would be without it."""
    article = THIRTEENTH_ROUND_ARTICLE.format(paragraph=entry, preamble="Met.")
    drafted = draft_summit(article, "a.txt")
    [statement] = [s for s in drafted.statements if words in s.text]
    assert (statement.speakers, statement.kind) == (("rui-tavares",), kind)
    assert entry.split()[0] not in statement.text
    assert [n.kind for n in drafted.narration if n.text == entry.split()[0]] == ["heading"]
    assert article_problems(drafted, "a.txt", article) == []


def test_an_honour_before_a_name_ends_no_appositive_role_of_the_name_before() -> None:
    """ "At the invitation of the President of Mongolia X Y, the Prime Minister of Solomon
    Islands Hon. Z, paid" made "Mongolia X Y" a prime minister, and "President Ts.Y" a second
    person (issue 19, round 42, held-out 211): "Hon." ends no role, so the title and country
    before the name stay the title's, and the patronymic's initial joins the full name."""
    people = find_people([
        (1, "At the invitation of the President of Mongolia Tsendiin Ganbold, the Prime "
            "Minister of Solomon Islands Hon. Moses Taloikwai paid an official visit."),
        (2, "Opening the talks, President Ts.Ganbold welcomed the guest."),
    ])  # fmt: skip
    assert {p.name: p.role for p in people.values()} == {
        "Tsendiin Ganbold": "President of Mongolia",
        "Moses Taloikwai": "Prime Minister of Solomon Islands",
    }


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Trinidad and Tobago's Minister of Energy and Energy Industries Marsha "
            "Clarke-Ramcharan said shipbuilders could play a role.",
            "Marsha Clarke-Ramcharan",
            "Trinidad and Tobago's Minister of Energy and Energy Industries",
        ),
        (
            "The Director General of the National Hydrocarbons Corporation (SNH), Dr. Paul "
            "Eyenga Ze, who took part in the talks, indicated that they touched on training.",
            "Paul Eyenga Ze",
            "Director General of the National Hydrocarbons Corporation (SNH)",
        ),
    ],
)
def test_a_title_s_last_word_is_no_word_of_the_name(text: str, name: str, role: str) -> None:
    """ "Minister of Energy and Energy Industries X Y said" made "Industries X Y" the minister,
    and "The Director General of the … (SNH), Dr. X Y Z," was listed only as "Y Z" (issue 19,
    round 42, held-out 212, 214): "Industries", as "Industry", is a portfolio's last word, which
    no name starts with, and a director's "General" is the title's."""
    people = find_people([(1, text)])
    assert {p.name: p.role for p in people.values()} == {name: role}


def test_a_captain_is_a_person_and_the_document_s_capitals_his_family_name() -> None:
    """ "received by Captain X Y-Z, who seized power" named nobody, and the joint document's
    "At the invitation of Captain X Y-ZED, President of the Transition, Head of State of …"
    never reached him (issue 19, round 42, held-out 213): a captain's rank makes a person, and
    a family name set in capitals is the one the story writes in lower case, so the document's
    title makes him a head of state."""
    people = find_people([
        (1, "He was received at the palace by Captain Issouf Kaboré-Zongo, who seized power."),
        (2, "At the invitation of Captain Issouf KABORE-ZONGO, President of the Transition, "
            "Head of State of Burkina Faso, President Ahmed Ibrahim paid a visit."),
    ], release=2)  # fmt: skip
    leader = people["issouf-kabore-zongo"]
    assert leader.role == "Captain"
    assert any(HEAD.search(title) for title in leader.titles)
    acronym = find_people([(1, "Former FSM President Emilio Killion came. The Fsm flag flew.")])
    assert [p.role for p in acronym.values()] == ["Former FSM President"]


def test_a_general_of_army_corps_is_a_general_not_a_name_s_start() -> None:
    """ "His Excellency General of Army Corps X Y Z, held talks" made "Army Corps X Y Z" a
    second person beside "General X Y Z" (issue 19, round 42, held-out 210): the French rank
    translated is a rank, and no name starts with "Army" or "Corps"."""
    people = find_people([
        (1, "The President of the Republic, Head of State, His Excellency General of Army Corps "
            "Hamidou Seyni Gado, held talks."),
        (2, "According to General Hamidou Seyni Gado, the visit matters."),
    ])  # fmt: skip
    assert list(people) == ["hamidou-seyni-gado"]


def test_a_given_name_that_is_a_title_is_no_second_person() -> None:
    """ "Chairman of the Presidency of BiH Emir X today received" named nobody, and the joint
    document's "…, Emir X," made a second person, an emir "X" (issue 19, round 42, held-out
    211): "BiH" ends a long title as an abbreviated country, and a title's word that is a
    listed person's given name is no title."""
    people = find_people([
        (1, "Chairman of the Presidency of BiH Emir Kapetanović today received the guest."),
        (2, "He met the Chairman of the Presidency of Bosnia and Herzegovina, Emir Kapetanović, "
            "on Monday."),
    ], release=2)  # fmt: skip
    assert {p.name: p.role for p in people.values()} == {
        "Emir Kapetanović": "Chairman of the Presidency of BiH"
    }


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Briefing reporters, Secretary (West) in the Ministry of External Affairs Meera "
            "Iyengar said the sides had talked.",
            "Secretary (West) in the Ministry of External Affairs",
        ),
        (
            "He held talks with the Taoiseach (Prime Minister) of Ireland, Ciarán Ó Dubhghaill, "
            "who is on a visit.",
            "Taoiseach (Prime Minister) of Ireland",
        ),
    ],
)
def test_a_title_with_a_part_in_brackets_names_the_person_after_it(text: str, role: str) -> None:
    """ "Secretary (West) in the Ministry of External Affairs X said" and "the Taoiseach (Prime
    Minister) of Ireland, Y," gave no role, and the first's words went to the leader before
    (issue 19, round 42, held-out 212, 213): a part in brackets after a title's head is the
    title's, and a secretary "in" a ministry holds a title of it."""
    people = find_people([(1, text)])
    assert [p.role for p in people.values()] == [role]


def test_his_highness_the_prime_minister_is_the_man_of_two_prime_ministers() -> None:
    """ "His Highness the Prime Minister stressed …", where the Amir received a woman prime
    minister and "His Highness the Prime Minister Sheikh X" attended, went to her (issue 19,
    round 42, held-out 207; "on Tuesday" before her title was read as a word of it): the
    style's pronoun is the holder's, of two prime ministers the man, a guess."""
    story = (
        "KUWAIT, Feb 17 (KUNA) -- The Amir Sheikh Nasser Al-Sabah received on Tuesday Prime "
        "Minister of the People's Republic of Bangladesh Farhana Rahman Chowdhury and her "
        "delegation.\n\n"
        "The meeting was attended by His Highness the Prime Minister Sheikh Salem Al-Fahad "
        "Al-Sabah.\n\n"
        "His Highness the Prime Minister stressed that Kuwait views Bangladesh as a partner."
    )
    found = _speakers_and_guesses(story)
    assert _who_said(found, "views Bangladesh") == [(["salem-al-fahad-al-sabah"], True)]
    people = find_people([(1, story.split("\n\n")[0])])
    assert people["farhana-rahman-chowdhury"].role == (
        "Prime Minister of the People's Republic of Bangladesh"
    )


def test_the_holy_see_and_a_captain_regent_s_title_name_no_one() -> None:
    """ "the Ambassador of Lebanon to the Holy See, X," made a person "See", and "the Captain
    Regent Y" a captain "Regent Y" beside Captain Regent Z Y (issue 19, round 42, held-out
    210): the Holy See is a place an ambassador is sent to, and no name starts with
    "Regent"."""
    people = find_people([
        (1, "The Captains Regent Francesco Ceccoli and Giulia Righi received him."),
        (2, "Present also the Ambassador of Lebanon to the Holy See, Georges Abi Nader, who "
            "visited. In his address the Captain Regent Ceccoli has underlined it."),
    ])  # fmt: skip
    assert {p.name: p.role for p in people.values()} == {
        "Francesco Ceccoli": "Captain Regent",
        "Giulia Righi": "Captain Regent",
        "Georges Abi Nader": "Ambassador of Lebanon to the Holy See",
    }


def test_a_patronymic_s_oglu_is_part_of_the_full_name() -> None:
    """ "Minister of Economy of the Republic of Azerbaijan Elchin Tofig oglu Karimli told …"
    was listed as "Elchin Karimli" (issue 19, round 42, held-out 208): "oglu" ("son of")
    stands between the father's name and the family name, as a particle does."""
    people = find_people([
        (1, "Minister of Economy of the Republic of Azerbaijan Elchin Tofig oglu Karimli told "
            "reporters that trade had grown."),
    ])  # fmt: skip
    assert [p.name for p in people.values()] == ["Elchin Tofig oglu Karimli"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Staatsolie-director Marciano Doelah said that no agreements were made.",
            {"Marciano Doelah": "Staatsolie-director"},
        ),
        (
            "The news was received. Chairman Soekdew Baldewsingh of the Nickerie Fishermen "
            "Association says that his members complain.",
            {"Soekdew Baldewsingh": "chairman of the Nickerie Fishermen Association"},
        ),
        (
            'Chairman of the State Concern "Turkmengaz" Myrat Hojamuradov informed that the '
            "memorandum provides for it.",
            {"Myrat Hojamuradov": 'Chairman of the State Concern "Turkmengaz"'},
        ),
    ],
)
def test_a_title_glued_before_a_name_is_no_word_of_the_name(
    text: str, found: dict[str, str]
) -> None:
    """ "Staatsolie-director X", "Chairman Y of the Z Association" and "Chairman of the State
    Concern "Turkmengaz" W" were listed with the title as a word of the name (issue 19, round
    42, held-out 209): a company's officer written as one word with it, a chair before a name
    and the body after it, and a body's own name in quotation marks are the role's."""
    people = find_people([(1, text)])
    assert {p.name: p.role for p in people.values()} == found


def test_an_administrator_before_a_name_is_a_role() -> None:
    """ "signed by the administrator of the AMP, X Y Z, and Mauritius's Minister …, W," listed
    X only as "Z" of "Z said" (issue 19, round 42, held-out 209): an administrator is an
    officer's title, as a director is."""
    people = find_people([
        (1, "The agreement, signed by the administrator of the AMP, Luis Enrique Batista Ríos, "
            "and the Minister of Shipping, Jean-Claude Labonne, provides for it."),
    ])  # fmt: skip
    assert people["luis-enrique-batista-rios"].role == "administrator of the AMP"


def test_a_princely_house_s_von_und_zu_and_a_one_name_princess_are_people() -> None:
    """ "Prince Rupert von und zu Liechtenstein, a member of the princely house," and "the
    Hereditary Princess Theresia, who travelled separately," named no one (issue 19, round
    42, held-out 210): "und" is a particle of "von und zu", and a hereditary princess's one
    name after her title is a person's."""
    people = find_people([
        (1, "Prince Rupert von und zu Liechtenstein, a member of the princely house, joined."),
        (2, "The wife and the Hereditary Princess Theresia, who travelled separately, visited."),
    ])  # fmt: skip
    assert {p.name: p.role for p in people.values()} == {
        "Rupert von und zu Liechtenstein": "member of the princely house",
        "Theresia": "Hereditary Princess",
    }


def test_a_king_s_regnal_numeral_is_part_of_his_name() -> None:
    """ "the greetings of His Majesty King Siaosi Tupou VII to …" listed "Siaosi Tupou" (issue
    19, round 42, held-out 211): a regnal numeral after a name is the name's, as "II" was."""
    people = find_people([(1, "He conveyed the greetings of His Majesty King Siaosi Tupou VII.")])
    assert [p.name for p in people.values()] == ["Siaosi Tupou VII"]


def test_a_journalist_the_story_meets_is_a_person() -> None:
    """ "Among them was journalist X Y Z, who was stripped of his nationality," named no one,
    and his words went to the leader before (issue 19, round 42, held-out 212): a journalist
    the story meets is an occupation before a name, as a student is."""
    people = find_people([(1, "Among them was journalist Ernesto Rivas Lacayo, who lives here.")])
    assert {p.name: p.role for p in people.values()} == {"Ernesto Rivas Lacayo": "journalist"}


def test_a_byline_s_given_name_may_end_in_an_apostrophe() -> None:
    """ "By Achieng' Wanjala" was listed as no one, and "the Orinoco Mining Arc, an area in the
    south of the country," as a person "Mining Arc" (issue 19, round 42, held-out 213): a Luo
    given name may end in an apostrophe, and an arc of land is a place."""
    people = find_people([
        (1, "By Achieng' Wanjala"),
        (2, "He visited the Orinoco Mining Arc, an area in the south of the country."),
    ])  # fmt: skip
    assert {p.name: p.role for p in people.values()} == {"Achieng' Wanjala": "reporter"}


def test_a_leader_called_by_first_and_last_name_is_the_full_name_s_a_guess() -> None:
    """ "…," said Mohamed al-Fitouri. of the Chairman Mohamed Abdulsalam al-Fitouri was nobody's
    (issue 19, round 42, held-out 212): a person's first and last names, the middle left out,
    are a part of the name, a guess."""
    story = (
        "LUANDA - The President of the Republic, Domingos Afonso Cassule, received the Chairman "
        "of the Presidential Council of the State of Libya, Mohamed Abdulsalam al-Fitouri.\n\n"
        '"We came to Luanda with an open heart," said Mohamed al-Fitouri.'
    )
    found = _speakers_and_guesses(story)
    assert _who_said(found, "open heart") == [(["mohamed-abdulsalam-al-fitouri"], True)]


def test_a_joint_clause_where_each_leader_does_his_own_part_is_both_leaders() -> None:
    """ "(1) The President X presented …, and the Prime Minister Y expressed interest …" and
    "The Prime Minister Y thanked the President X …. The President accepted the invitation."
    went to Y alone, for certain (issue 19, round 42, held-out 214): "the" before a title that
    starts a part of a joint document's clause is no word of another subject, so each part's
    titled name is a speaker of the clause, and so is the one the paragraph named before whose
    title a later sentence's bare title is (not the story's last president); both, a guess."""
    article = (
        "BRATISLAVA - President Luiz Albuquerque Prado met Prime Minister Miroslav Kovacik on "
        "Monday. Kovacik said trade would grow.\n\nThe president of the Ethanol Association, "
        "Ana Paula Fagundes, said the volume of trade was still small."
    )
    got = _clause_speakers(
        article,
        "The President Albuquerque Prado presented the Brazilian experience in biofuels, and "
        "the Prime Minister Kovacik expressed interest in cooperation in this area.",
        "The Prime Minister Kovacik thanked the President Albuquerque Prado for the warm "
        "hospitality and invited him to visit Slovakia. The President accepted the invitation.",
    )
    both = ["Luiz Albuquerque Prado", "Miroslav Kovacik"]
    assert [(sorted(names), flagged) for names, flagged in got] == [(both, True), (both, True)]
    closing = (
        "[Joint statement _2026.11.30. Vila]\n\n1. Trade\n\n(1) The two sides agreed to meet."
        "\n\nThe Prime Minister Kovacik thanked the President Albuquerque Prado for the warm "
        "hospitality and invited him to visit Slovakia. The President accepted the invitation."
        "\n\n/End/\n"
    )
    found = _speakers_and_guesses(article, closing)
    assert _who_said(found, "warm hospitality") == [
        (["miroslav-kovacik", "luiz-albuquerque-prado"], True)
    ]


def test_words_an_aide_who_opens_the_sentence_says_his_leader_said_are_the_aide_s() -> None:
    """ "X, Special Adviser to the President on Information and Strategy, said the President
    had urged …" went to the President, for certain (issue 19, round 42, held-out 209): the
    sentence's opening name is the subject of its first verb of speech, however little of
    the description between them the rules read, and the President's verb inside what X
    said is X's account of his words: X's, a guess, as "X said in a statement that President
    Y had stressed that" is."""
    story = (
        "ABUJA - President Bayo Adeleke hosted Prime Minister Marc Weydert of Luxembourg.\n\n"
        "Weydert said the talks went well."
    )
    relayed = (
        "In a statement on Tuesday evening, Segun Bello, Special Adviser to the President on "
        "Information and Strategy, said the President had urged Luxembourg to return the funds."
    )
    found = _speakers_and_guesses(f"{story}\n\n{relayed}")
    assert _who_said(found, "return the funds") == [(["segun-bello"], True)]


def test_a_sentence_of_a_plural_s_words_and_one_leader_s_is_a_guess() -> None:
    """ "Both men condemned …, and Condé said Guinea was ready …" went to Condé alone, for
    certain (issue 19, round 42, held-out 210), "Both men" having found him alone of the two:
    a plural subject of another verb of the sentence is more than its one speaker, however
    many of them the rules found, so the sentence is a guess; and "Togo's leader", a
    nationality's leader, is the other of the two leaders where one only has a head's title."""
    story = (
        "CONAKRY - Togo's leader Kodjo Amegah and Guinean President Ibrahima Conde met on "
        "Thursday.\n\nConde said the port deal was historic."
    )
    said = (
        "Both men condemned jihadist attacks in northern Togo, and Conde said Guinea was ready "
        'to share intelligence "without any reservation".'
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert _who_said(found, "jihadist") == [(["ibrahima-conde", "kodjo-amegah"], True)]


def test_a_joint_document_in_the_present_perfect_is_the_parties_words() -> None:
    """ "(1) The two parties have reaffirmed …", "(2) The Afghan side has expressed …" and "(3)
    The Congolese side has welcomed …" were nobody's (issue 19, round 42, held-out 213): the
    present perfect, as French documents are translated, is the parties' voice as the past."""
    article = (
        "BRAZZAVILLE - Congolese President Jean Ibara received Afghan Prime Minister Abdul "
        "Wardak on Monday. Ibara said the visit was historic."
    )
    got = _clause_speakers(
        article,
        "The two parties have reaffirmed their attachment to the Charter of the United Nations.",
        "The two parties have agreed to establish regular political consultations.",
        "The Afghan side has expressed its wish to benefit from the Congolese experience.",
        "The Congolese side has welcomed the interest of Afghan businessmen.",
    )
    both = ["Abdul Wardak", "Jean Ibara"]
    assert [sorted(names) for names, _ in got] == [both, both, ["Abdul Wardak"], ["Jean Ibara"]]


def test_a_side_is_its_leader_s_whose_country_the_document_spells_with_an_accent() -> None:
    """ "(3) The Turkish side expressed its readiness …" was nobody's where the joint document
    calls its leader "President of the Republic of Türkiye" (issue 19, round 42, held-out
    212): a country's name with an accented letter is a country, and "Turkish" is of it."""
    article = (
        "CARACAS - The Presidents of Venezuela, Rafael Marquez, and Turkey, Mehmet Kaan, signed "
        "a joint declaration on Monday. Marquez said the visit was historic."
    )
    document = (
        "[Joint statement _2026.11.30. Caracas]\n\nAt the invitation of the President of the "
        "Bolivarian Republic of Venezuela, Rafael Marquez, the President of the Republic of "
        "Türkiye, Mehmet Kaan, paid a state visit.\n\n1. Energy\n\n(1) The Turkish side "
        "expressed its readiness to rehabilitate power plants in Venezuela.\n\n/End/\n"
    )
    found = _speakers_and_guesses(article, document)
    assert _who_said(found, "rehabilitate") == [(["mehmet-kaan"], True)]


def test_a_clause_of_a_side_and_another_subject_is_both_leaders() -> None:
    """ "(3) The Maldivian side expressed …, and the Egyptian side affirmed …" and "(1)
    President A appreciated …, and the Indian side agreed to …" went to one leader (issue 19,
    round 42, held-out 212, 213): a side after ", and" is its leader's part of the clause,
    beside the subject the clause opens with, side or name; both, a guess."""
    article = (
        "NEW DELHI - Indian Prime Minister Anand Trivedi received Tunisian President Hedi "
        "Romdhane on Monday. Trivedi said the visit was historic."
    )
    got = _clause_speakers(
        article,
        "The Tunisian side expressed its appreciation for the scholarships, and the Indian side "
        "affirmed its readiness to increase their number.",
        "President Romdhane appreciated India's assistance, and the Indian side agreed to "
        "increase the number of slots for Tunisia.",
    )
    both = ["Anand Trivedi", "Hedi Romdhane"]
    assert [(sorted(names), flagged) for names, flagged in got] == [(both, True), (both, True)]


def test_what_the_parties_will_do_in_a_joint_document_is_their_words() -> None:
    """ "(1) Both sides will work to increase …" and "(2) Austria will support North Macedonia
    …" were nobody's (issue 19, round 42, held-out 210): what the parties will do, or work to
    do, is the joint document's voice as what they do now is."""
    article = (
        "VIENNA - Austrian Chancellor Anna Huber received North Macedonian Prime Minister Ilir "
        "Ademi on Monday. Huber said the visit was historic."
    )
    got = _clause_speakers(
        article,
        "Both sides will work to increase bilateral trade and investment.",
        "Austria will support North Macedonia in the protection of its borders.",
    )
    assert [sorted(names) for names, _ in got] == [["Anna Huber", "Ilir Ademi"], ["Anna Huber"]]


@pytest.mark.parametrize("role", ["the Head of the Armenian Government", "the head of Armenia"])
def test_the_head_of_a_government_or_a_country_is_its_leader(role: str) -> None:
    """ "…," the Head of the Armenian Government stated. and "…," the head of Turkmenistan
    said were nobody's (issue 19, round 42, held-out 209, 212): a capital "Head" is a head as
    "head" is, and the head of a country named alone is its leader."""
    story = (
        "BUDAPEST - Armenian Prime Minister Tigran Mkrtchyan met Hungarian Prime Minister Bence "
        "Lakatos on Monday.\n\nLakatos said the talks went well."
    )
    said = f'"We have come to Budapest to look forward," {role} stated.'
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [s for s, _ in _who_said(found, "look forward")] == [["tigran-mkrtchyan"]]


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("The head of state showed that the two countries share the same values.", "same values"),
        ("Mokoena informed his counterpart about the consequences of the drought.", "drought"),
        ("At the same time he made clear that Maseru would not accept conditions.", "conditions"),
        ("The President has then made an appeal to the international community to help.", "help"),
        ("The Prime Minister also cited the interest of his country in the aircraft.", "aircraft"),
        ("Ajak, for his part, rejected suggestions that the visit was aimed at isolation.",
         "isolation"),
        ("Mokoena spoke of the plan, stating that the economy had grown by four percent.",
         "four percent"),
        ("Foreign Minister Ana Berg lets know that the leaders will meet again.", "meet again"),
        ("Opposition leader Ana Berg calls it incomprehensible that the government received "
         "him.", "incomprehensible"),
        ('The South Sudanese president sketched his country as "a big brother who wants to help".',
         "big brother"),
    ],
)  # fmt: skip
def test_more_cues_of_translated_and_wire_copy_report_speech(said: str, words: str) -> None:
    """ "showed that", "informed X about", "made clear that", "made an appeal", "cited",
    "rejected suggestions that", "stating that", "lets know that", "calls it … that" and
    "sketched X as" left the words nobody's (issue 19, round 42, held-out 207 to 214); an
    invitation extended stays a verb of the joint document's, which may be a deed."""
    story = (
        "MASERU - Prime Minister Rethabile Mokoena met President Kuol Ajak on Monday.\n\n"
        "Foreign Minister Ana Berg said the talks went well."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [text for text, speakers, _ in found if words in text and speakers]


def test_a_speaker_described_by_age_is_the_one_named_last() -> None:
    """ "At Madina market, trader X was unimpressed. "…," said the 46-year-old, who sells
    fabric" went to the leader who spoke before (issue 19, round 42, held-out 210): an age
    describes the person just named, whoever spoke last; a guess."""
    story = (
        "CONAKRY - Togolese President Kodjo Amegah met Guinean President Ibrahima Conde.\n\n"
        '"The corridor will change everything," Conde said.'
    )
    said = (
        'At Madina market, trader Mariama Soumah was unimpressed. "Every year they sign '
        'papers," said the 46-year-old, who sells fabric.'
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert _who_said(found, "sign papers") == [(["mariama-soumah"], True)]


def test_a_cue_s_limits_keep_other_sets_readings() -> None:
    """The cues of round 42 do not reach further than their words (issue 19, round 42, the
    other sets): "X … was cited by both presidents as a pioneer" reports no words of X's
    (held-out 82); a later side that "stated that" keeps a clause its first side's, as the
    sets' writers cut such a clause in two at the that-clause (held-out 35, 70)."""
    story = (
        "DAKAR - Senegalese President Abdoulaye Ciss met Guinean President Ibrahima Kaba.\n\n"
        "Kaba said the talks went well."
    )
    cited = (
        "Former President Mamadou Ndour, who signed the first agreement in 1985, was cited by "
        "both presidents as a pioneer of the relationship."
    )
    found = _speakers_and_guesses(f"{story}\n\n{cited}")
    assert not _who_said(found, "pioneer")
    got = _clause_speakers(
        story,
        "The Guinean side expressed concern over the trade deficit, and the Senegalese side "
        "stated that it welcomes more Guinean products.",
    )
    assert [names for names, _ in got] == [["Ibrahima Kaba"]]


def test_a_name_an_unlisted_person_may_carry_says_so_plainly() -> None:
    """ "by a name someone not listed carries 'Aidar Nurlanov'" read as if he were not listed
    (new user 51), where the rule suspects someone else the article names by a longer name
    ending in his: the note says whose name it is and what the doubt is."""
    story = (
        "ASTANA (KazNews) - President of Kazakhstan Aidar Nurlanov and President of Kyrgyzstan "
        "Bakyt Osmonov held talks in Astana on Wednesday.\n\n"
        "Aidar Nurlanov said the talks went well."
    )
    drafted = draft_summit(f"{story}\n\n{RELEASE_21}", "a.txt")
    [statement] = [s for s in drafted.statements if "went well" in s.text]
    assert statement.speakers == ("aidar-nurlanov",)
    note = statement.curation.notes[0]
    assert "by 'Aidar Nurlanov', a name someone the article names but the draft does not list" in (
        note
    ), note


def test_a_prime_minister_written_with_a_small_minister_holds_a_head_s_title() -> None:
    """ "welcomed by the Prime minister X" (translated copy's case) listed X as a plain
    "minister", and "The Prime minister has indicated …" then went to the guest, a Premier,
    unflagged (issue 19, round 43, held-out 219): "Prime minister" is a head of government's
    title whatever the case of its second word."""
    story = (
        "PORT-LOUIS - The Premier of the State Council of China, Zhao Wei, was welcomed by the "
        "Prime minister Navin Ramsoomair.\n\n"
        "The Prime minister has indicated that the port will be modernised."
    )
    assert _roles_drafted(story)["Navin Ramsoomair"] == "Prime minister"
    found = _speakers_and_guesses(story)
    assert _who_said(found, "port will be") == [(["navin-ramsoomair"], False)]


def test_a_leader_s_initials_with_a_patronymic_s_are_the_leader_named_in_full() -> None:
    """ "the Prime Minister of the Republic of Belarus A.I. Tereshko", as the joint document
    writes him, was a second person beside the story's "Aleksandr Tereshko" and took every "the
    Parties" clause (issue 19, round 43, held-out 218): initials of the given name and of a
    patronymic the story leaves out are the one the story names in full; initials that start
    otherwise are someone else."""
    story = (
        "MINSK - Prime Minister of Belarus Aleksandr Tereshko met Premier Zhao Mingyuan.\n\n"
        "Aleksandr Tereshko said trade grew."
    )
    release = (
        "[Joint statement _2026.8.27. Minsk]\n\nAt the invitation of the Prime Minister of the "
        "Republic of Belarus A.I. Tereshko, the Premier of the State Council of the People's "
        "Republic of China Zhao Mingyuan paid an official visit.\n\n1. Trade\n\n(1) The Parties "
        "agreed to increase trade.\n\n/End/"
    )
    drafted = draft_summit(f"{story}\n\n{release}", "a.txt")
    assert [p.name for p in drafted.people] == ["Aleksandr Tereshko", "Zhao Mingyuan"]
    found = _speakers_and_guesses(story, release)
    assert _who_said(found, "increase trade") == [(["aleksandr-tereshko", "zhao-mingyuan"], True)]
    assert not _initials_of("B.I. Tereshko", "Aleksandr Tereshko")


def test_co_heads_of_state_in_apposition_to_their_plural_title_each_hold_it() -> None:
    """ "received by the Captains Regent, Matteo Gatti and Elena Ceccoli, who hold …" listed
    neither, and "Captain Regent Gatti thanked …" went to the guest (issue 19, round 43,
    held-out 216): two names set off by commas after "the" and a plural title hold it each, as
    "Captains Regent X and Y" does."""
    story = (
        "SAN MARINO - Portuguese President Rui Lobo was received by the Captains Regent, "
        "Marco Gatti and Elena Ceccoli, who hold the office for six months.\n\n"
        "Captain Regent Gatti thanked the Portuguese president for his friendship."
    )
    roles = _roles_drafted(story)
    assert roles["Marco Gatti"] == roles["Elena Ceccoli"] == "Captain Regent"


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("BASSETERRE - Prime Minister Dr. Keithley Hanley met President Ranjith Wijeratne.\n\n"
         "Dr. Hanley's wife, Mrs. Arlene Hanley, visited the hospital.", "Arlene Hanley",
         "Hanley's wife"),
        ("SKOPJE - Hungarian Prime Minister Szalai Bence met Macedonian President Ana Petrova. "
         "They toured the Parliament with the Prime Minister's wife, Fekete Judit.",
         "Fekete Judit", "wife of the Prime Minister"),
        ("CAIRO - Egyptian President Hisham El-Sherbiny met Lithuanian President Gintautas "
         "Vaiciulis.\n\nR. Vaiciuliene will visit the museum with the spouse of the Egyptian "
         "President Nadia El-Sherbiny.", "Nadia El-Sherbiny", "spouse of the Egyptian President"),
    ],
)  # fmt: skip
def test_a_leader_s_spouse_is_the_spouse_of_the_leader_s_office(
    paragraphs: str, name: str, role: str
) -> None:
    """ "the Prime Minister's wife, X" had the role "Prime Minister's wife", and "the spouse of
    the Egyptian President Nadia X" the role "President" (issue 19, round 43, held-out 215,
    221): a spouse by an office's possessive is the spouse of that office, as "his wife, X" is,
    and a title after "spouse of the" the leader's, not the spouse's. By the leader's name
    ("Hanley's wife") the role stays the article's words, as the writers of most sets keep it
    (held-out 6 to 153 fell when it was composed)."""
    assert _roles_drafted(paragraphs)[name] == role


def test_a_counterpart_s_name_before_a_title_is_never_cut_short() -> None:
    """ "His Bruneian counterpart, Dato Seri Setia Awang Haji Rahmat bin Haji Yusof, Minister
    at the Prime Minister's Office …, told reporters" listed "Rahmat bin Haji Yuso" (issue 19,
    round 43, held-out 215): a counterpart's name is whole or none, never cut a letter short
    so that the title after it no longer follows it."""
    story = (
        "VICTORIA - President Jean Hoareau met Sultan Hakeem.\n\n"
        "His Bruneian counterpart, Dato Seri Setia Awang Haji Rahmat bin Haji Yusof, Minister "
        "at the Prime Minister's Office and Minister of Foreign Affairs II, told reporters that "
        "Brunei wanted to learn."
    )
    names = [p.name for p in find_people([(1, story)]).values()]
    assert "Rahmat bin Haji Yusof" in names
    assert not [name for name in names if name.startswith("Rahmat") and name != names[-1]]


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        ("MASERU - Prime Minister Thabo Phafane met President Wilma Quispe.\n\nMinister of "
         "Foreign Affairs 'M'e 'Mamotšelisi Nkuebe told MBO that the talks went well.",
         "'Mamotšelisi Nkuebe", "Minister of Foreign Affairs"),
        ("MASERU - Prime Minister Thabo Phafane met President Wilma Quispe.\n\nThe leader of the "
         "opposition Basotho Progressive Alliance, Advocate Lineo Hlalele, said the government "
         "should focus on jobs.", "Lineo Hlalele",
         "leader of the opposition Basotho Progressive Alliance"),
    ],
)  # fmt: skip
def test_sesotho_and_legal_titles_of_address_are_no_part_of_a_name(
    paragraphs: str, name: str, role: str
) -> None:
    """ "Minister of Foreign Affairs 'M'e 'Mamotšelisi Nkuebe" was never a person, and
    "Advocate Lineo Hlalele" kept the title in the name beside a party listed as a person,
    "Basotho Progressive Alliance" (issue 19, round 43, held-out 220): Sesotho's 'M'e (a
    woman's, as Ntate is a man's) and a lawyer's "Advocate" before a name of two words are
    titles of address, and an alliance is a body, no one's name."""
    roles = _roles_drafted(paragraphs)
    assert roles.get(name) == role, roles
    assert not [other for other in roles if "Alliance" in other or "Advocate" in other]


def test_a_byline_that_names_its_outlet_first_credits_the_journalist_after_it() -> None:
    """ "Maluti Broadcasting Online | Thabo Ralitšoele | 28 May 2026" listed the outlet as the
    reporter (issue 19, round 43, held-out 220): an outlet's name first in a barred byline
    is the outlet's, the name after it the journalist's."""
    roles = _roles_drafted(
        "Lesotho and Bolivia agree\n\nMaluti Broadcasting Online | Thabo Ralitsoele | 28 May "
        "2026\n\nMASERU - Prime Minister Tumelo Phafane met President Wilma Quispe."
    )
    assert roles.get("Thabo Ralitsoele") == "reporter", roles
    assert "Maluti Broadcasting Online" not in roles


def test_a_retired_officer_s_rank_is_no_part_of_the_name() -> None:
    """ "received by Prime Minister Brigadier (Ret'd) Leon Cummings" listed no one (issue 19,
    round 43, held-out 220): a rank, "(Ret'd)" after it, is a title of address before the
    name."""
    roles = _roles_drafted(
        "GEORGETOWN - President Ravi Persaud met Yemeni President Ali Al-Maqtari.\n\n"
        "Al-Maqtari was received at the airport by Prime Minister Brigadier (Ret'd) Leon "
        "Cummings."
    )
    assert roles.get("Leon Cummings") == "Prime Minister", roles


def test_a_first_king_s_numeral_makes_him_a_person() -> None:
    """ "laid flowers at the grave of King Moshoeshoe I, founder of the Basotho nation" listed
    no one (issue 19, round 43, held-out 220): a first monarch's "I" before a comma is a
    regnal numeral; the airport named for him names no one."""
    people = _roles_drafted(
        "MASERU - Prime Minister Tumelo Phafane met President Wilma Quispe at Moshoeshoe I "
        "International Airport.\n\nShe laid flowers at the grave of King Moshoeshoe I, founder "
        "of the Basotho nation."
    )
    assert "Moshoeshoe I" in people, people
    assert not [name for name in people if "International" in name]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("He laid a wreath at the monument to Giuseppe Garibaldi before leaving for Rome.",
         "Giuseppe Garibaldi", PLACEHOLDER),
        ("He laid flowers at the statue of Sir Seewoosagur Ramgoolam in the afternoon.",
         "Seewoosagur Ramgoolam", PLACEHOLDER),
        ("He laid a wreath at the monument to National Hero José Martí in the square.",
         "José Martí", "National Hero"),
        ("They laid a wreath at the memorial to Ryszard Siwiec, the Polish accountant who set "
         "himself on fire in 1968.", "Ryszard Siwiec", "Polish accountant"),
    ],
)  # fmt: skip
def test_a_person_a_monument_honours_is_a_silent_person(
    sentence: str, name: str, role: str
) -> None:
    """ "laid a wreath at the monument to Giuseppe Garibaldi" listed no one (issue 19, round 43,
    held-out 215, 216, 219): the person a monument, statue, memorial or grave honours is a
    silent person, with the description beside the name where the article gives one; a
    nationality after "memorial to" ("the memorial to Indian peacekeepers") names no one."""
    story = "ROME - Portuguese President Rui Lobo met Italian President Marco Rossi.\n\n"
    roles = _roles_drafted(f"{story}{sentence} A memorial to Indian Peace Keeping Force stands.")
    assert roles.get(name) == role, roles
    assert not [other for other in roles if "Indian" in other]


def test_spouses_set_beside_their_names_by_a_family_name_or_a_small_title_are_listed() -> None:
    """ "Peng Lixia, wife of Liang, and Aissatou Diop, wife of the Senegalese president,
    attended" listed neither (issue 19, round 43, held-out 222): a spouse of a family name
    alone or of a title in lower case is a silent person as much as "wife of the Senegalese
    President" is."""
    roles = _roles_drafted(
        "BEIJING - Chinese President Liang Wei held talks with Senegalese President Bassirou "
        "Diop.\n\nPeng Lixia, wife of Liang, and Aissatou Diop, wife of the Senegalese "
        "president, attended a tea gathering."
    )
    assert roles.get("Peng Lixia") == "wife of the Chinese President", roles
    assert roles.get("Aissatou Diop") == "wife of the Senegalese president", roles


def test_a_long_title_of_a_body_run_into_a_name_leaves_the_name_whole() -> None:
    """ "Director of the Center for Asian Studies of the Belarusian State University Yelena
    Gritskevich believes …" listed no one, and a shorter title listed "Studies Yelena
    Gritskevich" (issue 19, round 43, held-out 218): "Studies" ends a body's name."""
    text = (
        "Director of the Center for Asian Studies of the Belarusian State University Yelena "
        "Gritskevich believes that the visit matters."
    )
    people = [(p.name, p.role) for p in find_people([(1, text)]).values()]
    assert people == [
        (
            "Yelena Gritskevich",
            "Director of the Center for Asian Studies of the Belarusian State University",
        )
    ]


def test_a_title_of_many_portfolios_before_a_name_is_the_name_s() -> None:
    """ "Dominica's Minister for Foreign Affairs, International Business, Trade and Energy, Hon.
    Gregory Fontaine-Riviere, said …" listed no one (issue 19, round 43, held-out 218): a
    portfolio in the list ("International Business") is no name."""
    text = (
        "Dominica's Minister for Foreign Affairs, International Business, Trade and Energy, Hon. "
        "Gregory Fontaine-Riviere, said the ferry would help."
    )
    people = [(p.name, p.role) for p in find_people([(1, text)]).values()]
    role = "Dominica's Minister for Foreign Affairs, International Business, Trade and Energy"
    assert people == [("Gregory Fontaine-Riviere", role)]


@pytest.mark.parametrize(
    ("head", "tail", "name", "role"),
    [
        ("By LIM Nary", "", "LIM Nary", "reporter"),
        ("BY SHANIECE BARNETT-ORR", "", "SHANIECE BARNETT-ORR", "reporter"),
        ("Koro Vaka'uta, RNZ Pacific Tonga correspondent", "", "Koro Vaka'uta", "reporter"),
        ("", "Hanitra R.", "Hanitra R.", "reporter"),
        ("", "\u2013 Pix by Lasantha Kumara", "Lasantha Kumara", "photographer"),
    ],
)  # fmt: skip
def test_bylines_and_credits_of_more_styles_credit_their_journalist(
    head: str, tail: str, name: str, role: str
) -> None:
    """Five credits listed no one or a wrong name (issue 19, round 43, held-out 215, 217,
    220): a byline with the family name in capitals first ("By LIM Nary"), one whose "BY" is
    in capitals, a correspondent's line in lower case, a name with an initial alone at the
    story's end ("Hanitra R."), and a photo credit after a dash ("\u2013 Pix by X")."""
    story = "PHNOM PENH - Prime Minister Hun Manet met Dutch Prime Minister Mark Rutte."
    lines = ["Cambodia and the Netherlands agree", head, story, "The leaders inspected it.", tail]
    paragraphs = "\n\n".join(filter(None, lines))
    assert _roles_drafted(paragraphs).get(name) == role, _roles_drafted(paragraphs)


def test_a_small_dr_before_a_family_name_first_is_a_title_of_address() -> None:
    """ "The head of the Hungarian Development Bank, dr. Németh Lajos, explained …" listed no
    one, the sentence cut after "dr." (issue 19, round 43, held-out 215): Hungarian copy writes
    the doctor's title in lower case, a title of address as "Dr." is."""
    text = "The head of the Hungarian Development Bank, dr. Németh Lajos, explained the loan."
    assert sentences(text) == [(0, len(text))]
    people = [(p.name, p.role) for p in find_people([(1, text)]).values()]
    assert people == [("Németh Lajos", "head of the Hungarian Development Bank")]


def test_a_deputy_leader_s_second_title_of_two_portfolios_is_whole() -> None:
    """ "H.E. Sok Vannara, Deputy Prime Minister and Minister of Foreign Affairs and International
    Cooperation, and H.E. Mrs. X, Minister for …, signed" gave him no role, and the title before
    his name only its second part (issue 19, round 43, held-out 222): a second title's portfolio
    of two joined by "and" is the title's."""
    role = "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation"
    text = (
        f"On the same occasion, H.E. Sok Vannara, {role}, and H.E. Mrs. Eline de Vries-Bakker, "
        "Minister for Foreign Trade of the Netherlands, signed a Memorandum."
    )
    assert {p.name: p.role for p in find_people([(1, text)]).values()}["Sok Vannara"] == role
    titled = f"Speaking to AKP, {role} Sok Vannara said it."
    people = [(p.name, p.role) for p in find_people([(1, titled)]).values()]
    assert people == [("Sok Vannara", role)]


def test_a_spouse_after_a_monument_s_name_is_the_leader_s() -> None:
    """ "Montaño laid a wreath at the monument to José Martí …, accompanied by her husband,
    Arturo Lezama," made him "husband", Martí the last named (issue 19, round 43, held-out
    107): the person a monument honours is no owner of a possessive after it."""
    roles = _roles_drafted(
        "HAVANA - Mexican President Claudia Montaño met Cuban President Miguel Diaz.\n\n"
        "Montaño laid a wreath at the monument to José Martí in the Plaza of the Revolution, "
        "accompanied by her husband, Arturo Lezama, and by Cuban Vice President Dayana Ferrer."
    )
    assert roles["Arturo Lezama"] == "husband of the Mexican President"


def _joint_document(
    preamble: str, body: str = "1. Trade\n\n(1) The two sides agreed to promote trade."
) -> str:
    """A joint document with a `preamble` (its paragraphs before the first section) and a
    `body` of sections and clauses."""
    return f"[Joint Communiqué _2026.7.14. Vila]\n\n{preamble}\n\n{body}\n\n/End/"


MAURITIUS_AND_CHINA = (
    "At the invitation of the Prime Minister of the Republic of Mauritius, Mr Navin Ramdharry, "
    "the Premier of the State Council of the People's Republic of China, Mr Zhao Minghui, paid "
    "an official visit."
)


def test_a_role_noun_is_first_the_one_whom_a_title_calls_so_before_a_synonym_s_holder() -> None:
    """ "The Prime minister has indicated …" went for certain to the visiting Chinese Premier
    (issue 19, round 43, held-out 219): the host's translated title "the Prime minister Navin
    Ramdharry" was read as a plain minister's role, and "premier" is a prime minister's title
    in other words. The joint document calls the host "the Prime Minister of the Republic of
    Mauritius": whom a title gives the noun's own words is meant before the holder of a
    synonym. Read so, "the Prime minister X" now holds a head of government's title (the
    names rule of the same round), so the noun names him alone and is certain; where the
    rules read another role, the same choice is a guess."""
    story = (
        "PORT-LOUIS - The Premier of the State Council of China, Zhao Minghui, was welcomed "
        "on Tuesday by the Prime minister Navin Ramdharry.\n\n"
        '"China is a friend of long date," has declared Navin Ramdharry.\n\n'
        "The Prime minister has indicated that the two countries will build a port."
    )
    found = _speakers_and_guesses(story, _joint_document(MAURITIUS_AND_CHINA))
    assert _who_said(found, "build a port") == [(["navin-ramdharry"], False)]


def test_a_role_two_share_in_the_joint_document_is_the_document_s_party() -> None:
    """ "(3) The President welcomed …" of a joint declaration between the Federal Chancellor of
    Austria and the President of Guyana went to Austria's Federal President, whom the article
    named later than the visitor (issue 19, round 43, held-out 217): of the holders of a role
    the joint document's clause gives, the one its preamble names as a party is meant; a guess
    still, the role being shared."""
    story = (
        "VIENNA - Guyanese President Rohan Ramcharran met Federal Chancellor Bernhard Aigner "
        "on Tuesday.\n\n"
        '"We have been given a window," Ramcharran said.\n\n'
        "Ramcharran was received at the Hofburg by Federal President Gertraud Lechner.\n\n"
        '"The averages look spectacular," economist Ingrid Mayr said.'
    )
    release = _joint_document(
        "At the invitation of Federal Chancellor Bernhard Aigner, His Excellency Dr Rohan "
        "Ramcharran, President of the Co-operative Republic of Guyana, paid an official "
        "visit to the Republic of Austria.\n\n"
        "The Federal Chancellor and the President underlined the friendly relations.",
        "1. Trade\n\n(1) The President welcomed the interest of Austrian companies.",
    )
    found = _speakers_and_guesses(story, release)
    assert _who_said(found, "Austrian companies") == [(["rohan-ramcharran"], True)]
    assert _who_said(found, "friendly relations") == [
        (["bernhard-aigner", "rohan-ramcharran"], True)
    ]


def test_a_nationality_and_a_synonym_of_the_title_name_the_one_of_that_country() -> None:
    """ "…," the Tuvaluan premier said went to Luxembourg's Prime Minister, whom the article
    named last (issue 19, round 43, held-out 217): "premier" is a prime minister's title in
    other words, and the one whose title names Tuvalu is the Tuvaluan one; a guess."""
    story = (
        "LUXEMBOURG - Prime Minister Marc Weydert on Tuesday hosted his Tuvaluan counterpart, "
        "Talafou Seluka.\n\n"
        '"Luxembourg is a friend," Weydert said.\n\n'
        '"We will not stop at one visit," the Tuvaluan premier said.'
    )
    release = _joint_document(
        "At the invitation of the Prime Minister of the Grand Duchy of Luxembourg, Marc "
        "Weydert, the Prime Minister of Tuvalu, Talafou Seluka, paid an official visit."
    )
    found = _speakers_and_guesses(story, release)
    assert _who_said(found, "one visit") == [(["talafou-seluka"], True)]


def test_a_side_named_by_a_demonym_unlike_its_country_s_name_is_its_leader_s() -> None:
    """ "(1) The Vincentian side expressed its deep appreciation …" went to Qatar's leader or to
    nobody (issue 19, round 43, held-out 217, 221): "Vincentian" shares no first letters with
    Saint Vincent and the Grenadines, as "Kittitian" with Saint Kitts, so the rules never
    linked the side to its country."""
    article = (
        "DOHA - The Amir of the State of Qatar Sheikh Jassim bin Khalid Al Thani met the Prime "
        "Minister of Saint Vincent and the Grenadines, Kenroy Quashie, on Monday. Quashie said "
        "the talks went well."
    )
    got = _clause_speakers(
        article,
        "The Vincentian side expressed its deep appreciation for the assistance of Qatar.",
    )
    assert [names for names, _ in got] == [["Kenroy Quashie"]]


def test_the_joint_document_s_reviewing_identifying_and_deciding_after_recalling() -> None:
    """The joint document's "the two Prime Ministers decided" after an opening "Recalling …,",
    "The two leaders held talks …, and reviewed …", "(2) The two Presidents identified tea …
    as priority areas" and a closing "President X invited President Y to visit …" were
    nobody's (issue 19, round 43, held-out 215, 220): the parties' words, a guess."""
    story = (
        "BUDAPEST - Prime Minister Gergely Kertesz met Prime Minister Zoran Petrovski of North "
        "Macedonia on Monday.\n\nKertesz said the talks went well."
    )
    release = _joint_document(
        "At the invitation of Prime Minister Gergely Kertesz, Prime Minister Zoran Petrovski "
        "paid an official visit to Hungary.\n\n"
        "Recalling the friendly relations between the two countries, the two Prime Ministers "
        "decided to raise the relations to the level of strategic partnership.\n\n"
        "The two Prime Ministers held talks in a cordial atmosphere, and reviewed the "
        "historical relations between the two countries.",
        "1. Trade\n\n(1) The two Prime Ministers identified tea and apparel as priority "
        "areas.\n\n"
        "Prime Minister Petrovski invited Prime Minister Kertesz to visit Skopje at a mutually "
        "convenient date.",
    )
    found = _speakers_and_guesses(story, release)
    both = ["gergely-kertesz", "zoran-petrovski"]
    for words in ("strategic partnership", "historical relations", "priority areas"):
        assert [sorted(s) for s, _ in _who_said(found, words)] == [both], words
        assert all(guessed for _, guessed in _who_said(found, words)), words
    assert _who_said(found, "to visit Skopje") == [(["zoran-petrovski"], True)]


@pytest.mark.parametrize(
    ("article", "clause", "speaker"),
    [
        (
            "OUAGADOUGOU - Captain Abdoul Sawadogo, President of Faso, Head of State, met the "
            "Prime Minister of the Lao People's Democratic Republic, Khamphone Vongsavath. "
            "Vongsavath said the talks went well.",
            "The Burkinabè party has welcomed the offer of the Lao party to send experts.",
            "Abdoul Sawadogo",
        ),
        (
            "VADUZ - Head of Government Matthias Frommelt met Tongan Prime Minister Siaosi "
            "Fonua. Fonua said the talks went well.",
            "The Government of Liechtenstein announced a contribution of CHF 4.5 million.",
            "Matthias Frommelt",
        ),
        (
            "SANTO DOMINGO - President Ramón Peña met the President of the Republic of "
            "Guinea-Bissau, Armando Nhaga. Nhaga said the talks went well.",
            "The Dominican Republic announced the accreditation of its future embassy.",
            "Ramón Peña",
        ),
    ],
)  # fmt: skip
def test_a_side_is_the_leader_the_other_s_country_leaves(
    article: str, clause: str, speaker: str
) -> None:
    """ "The Burkinabè party has welcomed …" of the "President of Faso", "The Government of
    Liechtenstein announced …" of a "Head of Government" with no country, and "The Dominican
    Republic announced …" of a "President" with none were nobody's (issue 19, round 43,
    held-out 217, 221, 222): "Burkinabè" names Faso; "of Government" or "of State" in a title
    names no country, so the other leader's known country leaves this one; and a country's
    formal name ("Republic") is no city, so it leaves the other leader too."""
    got = _clause_speakers(article, clause)
    assert [names for names, _ in got] == [[speaker]]


@pytest.mark.parametrize(
    ("said", "words", "speaker"),
    [
        ('Opposition leader Thabo Sello denounced "a debt trap dressed as friendship".',
         "debt trap", "thabo-sello"),
        ("Opposition leader Thabo Sello demanded that the loan conditions be tabled.",
         "loan conditions", "thabo-sello"),
        ('The businessman Thabo Sello welcomes a visit "which arrives at the good moment."',
         "good moment", "thabo-sello"),
        ("Ajak wished that the exchanges be more balanced.", "more balanced", "kuol-ajak"),
        ("Ajak made known that the commission would meet in May.", "meet in May", "kuol-ajak"),
        ('"It is a good day," reacted Mokoena.', "good day", "rethabile-mokoena"),
        ("Mokoena drew attention to the fact that the border was closed.", "border was closed",
         "rethabile-mokoena"),
        ("Mokoena lauded Ajak for his commitment to peace.", "commitment to peace",
         "rethabile-mokoena"),
    ],
)  # fmt: skip
def test_cues_of_demanding_wishing_denouncing_reacting_and_lauding(
    said: str, words: str, speaker: str
) -> None:
    """ "denounced "…"", "demanded that", "welcomes a visit "…"", "wished that", "made known
    that", "…," reacted X", "drew attention to the fact that" and "lauded X for" left the words
    nobody's (issue 19, round 43, held-out 215 to 222)."""
    story = (
        "MASERU - Prime Minister Rethabile Mokoena met President Kuol Ajak on Monday.\n\n"
        "Foreign Minister Ana Berg said the talks went well."
    )
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert [speakers for speakers, _ in _who_said(found, words)] == [[speaker]]


def test_a_side_in_the_joint_document_is_its_party_not_a_head_the_story_mentions() -> None:
    """ "(2) The Chinese side reaffirmed that it respects …" went to the visiting Premier and to
    China's President, whom the story only mentions (issue 19, round 43, held-out 219): the
    side's leader is the document's party its preamble names, not the head the article's
    first two heads hold beside it."""
    story = (
        "PORT-LOUIS - The Premier of the State Council of China, Zhao Minghui, was welcomed "
        "on Tuesday by the Prime minister Navin Ramdharry.\n\n"
        '"China is a friend," has declared Navin Ramdharry.\n\n'
        "Zhao transmitted the greetings of the President of China, Chen Weiguo."
    )
    release = _joint_document(
        MAURITIUS_AND_CHINA,
        "1. Politics\n\n(1) The Chinese side reaffirmed that it respects the path of "
        "development of Mauritius.",
    )
    found = _speakers_and_guesses(story, release)
    assert [s for s, _ in _who_said(found, "path of development")] == [["zhao-minghui"]]


HER_GUEST = (
    "SANTIAGO - President Catalina Fuentes met Kazakh President Asylbek Temirbayev on Monday."
    "\n\nFuentes and Temirbayev also discussed Ukraine. The Chilean president reiterated that "
    'her government defends international law "always, without double standards," while her '
    'guest stressed that Kazakhstan maintains a "multi-vector" foreign policy.'
)
NUMBER_ONE = (
    "COLOMBO - Gabonese President Ulrich Nzengui met Sri Lankan President Nalaka Herath on "
    'Monday.\n\n"Our islands are friends," Herath said.\n\n'
    "The number one Gabonese indicated that Gabon counts on the Sri Lankan know-how.\n\n"
    'Gem authority chairman Ravi Perera was upbeat. "Gabon has stones, we have hands," he '
    "summarized."
)


@pytest.mark.parametrize(
    ("story", "words", "speaker", "guessed"),
    [
        (  # a plural "statements" is the speaker's own, no joint document (held-out 215)
            "DUSHANBE - President Rustam Saidzoda met President Alberto Castellanos on Monday."
            "\n\nAccording to the Cuban Foreign Minister, Yanet Hernandez, the delegations "
            "reviewed the international agenda.\n\nIn statements to Prensa Latina, the minister "
            "described the visit as historic.",
            "as historic", "yanet-hernandez", None,
        ),
        (  # "who arrived in the country" names the visitor: "the Head of State" is the host's
            "ASTANA - President of Kazakhstan Yerlan Tulegenov held talks with President of the "
            "Republic of Poland Tomasz Borkowski, who arrived in the country on a state visit."
            "\n\nForeign Minister Ana Berg said the talks went well.\n\nDuring the talks, the "
            "Head of State noted that Poland is a key partner.",
            "key partner", "yerlan-tulegenov", True,
        ),
        (  # "Meanwhile, X received Y …, where he announced": X, who starts the sentence
            "CAIRO - President Ahmed Fathy met Myanmar Prime Minister Than Soe on Monday.\n\n"
            '"Egypt never lectured us," Than Soe said.\n\nMeanwhile, Interior Minister Mahmoud '
            "Ragab received the Myanmar Prime Minister at the ministry, where he announced that "
            "Al-Azhar would offer 40 scholarships.",
            "40 scholarships", "mahmoud-ragab", True,
        ),
        (  # translated French copy's "For him," ("Pour lui") is "in his view" (held-out 222)
            "MASERU - Prime Minister Rethabile Mokoena met President Kuol Ajak on Monday.\n\n"
            '"The talks went well," Ajak said.\n\n'
            'For him, the two peoples "have the same aspirations".',
            "same aspirations", "kuol-ajak", True,
        ),
        (  # "For the economist Dr. X,": a title of address is the description's too (222)
            "MASERU - Prime Minister Rethabile Mokoena met President Kuol Ajak on Monday.\n\n"
            "Trade remains small, says economist Thabo Sello.\n\n"
            'For the economist Dr. Thabo Sello, this cooperation "can bring a real plus".',
            "real plus", "thabo-sello", None,
        ),
        # "…, while her guest stressed …": cut at "while" after a quotation's comma too, and
        # "her guest" (or "his host") after one leader's words is the other leader (222)
        (HER_GUEST, "international law", "catalina-fuentes", None),
        (HER_GUEST, "Kazakhstan maintains", "asylbek-temirbayev", True),
        # "The number one Gabonese": a leader's noun, its nationality behind it; ""…," he
        # summarized" as "summed up" (218)
        (NUMBER_ONE, "know-how", "ulrich-nzengui", None),
        (NUMBER_ONE, "we have hands", "ravi-perera", None),
        (  # "through an interpreter" says how X spoke, as "to journalists" says to whom
            "MASERU - Prime Minister Rethabile Mokoena met President Kuol Ajak on Monday.\n\n"
            "Foreign Minister Ana Berg said the talks went well.\n\n"
            '"We are ready," said Mokoena through an interpreter.',
            "We are ready", "rethabile-mokoena", None,
        ),
    ],
)  # fmt: skip
def test_a_speaker_the_rules_of_round_43_find(
    story: str, words: str, speaker: str, guessed: bool | None
) -> None:
    """Words that went to someone else or to nobody (issue 19, round 43, held-out 215, 218,
    219, 222 and a class left from earlier rounds): "In statements to Prensa Latina, the
    minister described …" went to both leaders as the joint statement's; "During the talks,
    the Head of State noted …" of a state agency's copy to the visitor; "Meanwhile, X received
    Y at the headquarters, where he announced …" to the speaker of the paragraph before; "…,
    while her guest stressed …" to the host; "For him, …", "For the economist Dr. X, …", "The
    number one Gabonese indicated …", ""…," he summarized" and ""…," said X through an
    interpreter" to nobody. A guess where `guessed` says so."""
    found = _who_said(_speakers_and_guesses(story), words)
    assert [s for s, _ in found] == [[speaker]]
    assert guessed is None or [g for _, g in found] == [guessed]


@pytest.mark.parametrize(
    ("story", "words", "speaker", "guessed"),
    [
        (  # "X, the minister, who met Y, told": the name in the relative clause right before
            # the verb is inside it, the subject is X (held-out 229); a guess either way
            "VICTORIA - President Jean Morel met President Omar Fathy on Monday.\n\n"
            "The Minister for Foreign Affairs, Mrs Anne Labiche, who accompanied the President "
            "along with the Minister for Fisheries, Mr Paul Payet, told Nation that the talks "
            "had also focused on air connectivity.",
            "air connectivity", "anne-labiche", False,
        ),
        (  # the same with a name after a description no title list knows: the name nearest
            # the verb may still be inside the clause, so the draft's choice is a guess
            "VICTORIA - President Jean Morel met President Omar Fathy on Monday.\n\n"
            "The Minister for Foreign Affairs, Mrs Anne Labiche, who accompanied the President "
            "along with the head of the fishing fleet, Mr Paul Payet, told Nation that the talks "
            "had also focused on air connectivity.",
            "air connectivity", "paul-payet", True,
        ),
    ],
)  # fmt: skip
def test_a_speaker_the_rules_of_round_44_find(
    story: str, words: str, speaker: str, guessed: bool | None
) -> None:
    """Words that went to someone else or to nobody (issue 19, round 44, held-out 223-230): a
    subject in apposition, then a relative clause naming a second person before the verb, went
    to the second. A guess where `guessed` says so."""
    found = _who_said(_speakers_and_guesses(story), words)
    assert [s for s, _ in found] == [[speaker]]
    assert guessed is None or [g for _, g in found] == [guessed]


@pytest.mark.parametrize(
    "paragraph",
    [
        'The Republic of Azerbaijan and the Republic of Slovenia, hereinafter referred to as "the '
        'Sides", reaffirmed their commitment to the principles of sovereignty.',
        "Azerbaijan and Slovenia, as members of the United Nations, reaffirm their determination "
        "to strengthen their bilateral relations.",
        "During the talks, held in an atmosphere of friendship, the two personalities welcomed "
        "the excellent relations between the two countries.",
        "(1) The two Heads of delegation welcomed the signing of the agreements on agriculture.",
        "(1) The two leaders concurred to promote cooperation in the field of defense.",
        "(1) The two sides held in-depth exchanges of views on relations, and reached broad "
        "consensus.",
        "Recognising that the peoples of the Andes are among the first to suffer a crisis they "
        "did not cause, the two leaders declare the following:",
        "(1) The Republic of Azerbaijan announced the offer of scholarships for students from "
        "Slovenia, which the Republic of Slovenia welcomed.",
    ],
)
def test_the_parties_by_other_words_are_both_leaders(paragraph: str) -> None:
    """Paragraphs of the joint document that went to no one (round 44, held-out 228-230): the
    two countries by their formal names, or with an aside after them ("hereinafter referred
    to as "the Sides"", "as members of …"), "the two personalities", "the two Heads of
    delegation", "concurred", "reached broad consensus", "the two leaders declare" after an
    opening participle; and "…, which the Republic of X welcomed" went to the first country's
    leader alone (228): the two leaders' words."""
    preamble = "" if paragraph.startswith("(") else f"{paragraph}\n\n"
    clause = paragraph if paragraph.startswith("(") else "(1) Agreed."
    release = (
        "[Joint Statement of Azerbaijan and Slovenia, Baku, 12 March 2026]\n\n"
        f"{preamble}1. Cooperation\n\n{clause}\n\n/End/"
    )
    story = "BAKU - Azerbaijani President Ilham Aliyev met Slovenian Prime Minister Robert Golob."
    said = _who_said(_speakers_and_guesses(story, release), paragraph[4:40])
    assert [sorted(speakers) for speakers, _ in said] == [["ilham-aliyev", "robert-golob"]]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Opposition senator Ana Ruiz questioned the cost of opening new embassies.",
         "the cost of opening"),
        ("Foreign Minister Ana Ruiz has offered to double the number of scholarships.",
         "to double the number"),
        ("Foreign Minister Ana Ruiz also proposed creating a joint committee on tourism.",
         "creating a joint committee"),
        ("Foreign Minister Ana Ruiz put the sum needed for adaptation at over a billion dollars.",
         "the sum needed"),
        ("Foreign Minister Ana Ruiz met the press. As she put it, Peru has revised its earlier "
         "decision.", "Peru has revised"),
        ('Foreign Minister Ana Ruiz met the press.\n\n"Trade will double," Hon. Ruiz said. "We '
         'are ready."', "Trade will double"),
    ],
)  # fmt: skip
def test_a_cue_of_round_44_reports_speech(sentence: str, words: str) -> None:
    """Words of someone's that went unrecorded (round 44, held-out 223-227): what they
    "questioned the" cost of, "has offered to" do, "proposed creating", "put the sum … at",
    "As she put it, …", and a quotation whose attribution "Hon. X said" the stop of "Hon."
    split off."""
    story = f"LIMA - President Jorge Soto met President Ivan Horvat on Monday.\n\n{sentence}"
    assert [s for s, _ in _who_said(_speakers_and_guesses(story), words)] == [["ana-ruiz"]]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ('"We do not come to ask for charity," expressed the Honduran leader in a joint statement '
         "to the press in the courtyard of the Élysée.", "ask for charity", "rosa-andrade"),
        ('"We are not talking about fleets," Mr Lagos was quick to add. "This is about '
         'knowledge."', "about knowledge", "carlos-lagos"),
        ("Foreign Minister Carlos Lagos was quick to add that the talks went well.",
         "talks went well", "carlos-lagos"),
        ("Opposition deputy Mauricio Alvarado criticised the trip.\n\n\"The people do not eat "
         'photographs," wrote the congressman on his social networks.', "eat photographs",
         "mauricio-alvarado"),
        ("Mauricio Alvarado, a deputy of the opposition, criticised the trip.\n\n\"We want to "
         'know the cost," the legislator from Copan said.', "know the cost",
         "mauricio-alvarado"),
    ],
)  # fmt: skip
def test_a_frame_of_round_44_names_its_speaker(paragraph: str, words: str, speaker: str) -> None:
    """Quotations that went unrecorded (round 44, held-out 229): a verb before its subject with
    where they spoke after it, ending "of the Élysée", "was quick to add", and "the
    congressman" or "the legislator" of an opposition deputy."""
    story = (
        "PARIS - French President Paul Martin received Honduran President Rosa Andrade on "
        "Monday. Honduran Foreign Minister Carlos Lagos joined them.\n\n"
        f"{paragraph}"
    )
    assert [s for s, _ in _who_said(_speakers_and_guesses(story), words)] == [[speaker]]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # "the company X" + a name: the company's name is the role's, not the person's (229)
            "Director General of the Slovenian company Alpenlink Logistics Jure Kranjc told "
            'the agency that his firm would grow. "We see a bridge," Jure Kranjc said.',
            {"Jure Kranjc": "Director General of the Slovenian company Alpenlink Logistics"},
        ),
        (  # a country named for a saint in a leader's title names no one "Tome" (223)
            "The President of Sao Tome and Principe thanked the people of Uruguay. President "
            "of Uruguay Martín Ferreira Olivera met the President of São Tomé and Príncipe.",
            {"Martín Ferreira Olivera": "President of Uruguay"},
        ),
        (  # "Rt. Hon." with its stop is a style, as "Rt Hon" is, no one called "Rt" (224)
            "Speaking after talks with Nepal's Prime Minister Rt. Hon. Keshav Raj Bhattarai "
            "in Kathmandu, the visitor said it went well.",
            {"Keshav Raj Bhattarai": "Nepal's Prime Minister"},
        ),
        (  # a hyphenated family name's second part with a capital inside (226)
            "Canadian Prime Minister Étienne Beaulieu-MacLeod met Premier Zhao Minghui.",
            {"Étienne Beaulieu-MacLeod": "Canadian Prime Minister", "Zhao Minghui": "Premier"},
        ),
        (  # "the foreign ministers of both countries, X and Y,": each a foreign minister (226)
            "The foreign ministers of both countries, Gabriela Alejandra Paredes Mora and "
            "Kelvin Josiah Barnes, signed a memorandum.",
            {
                "Gabriela Alejandra Paredes Mora": "foreign minister",
                "Kelvin Josiah Barnes": "foreign minister",
            },
        ),
        (  # "the MP X", "a chamber's member K. C. X", "the national councillor X" (224, 225, 227)
            "From the opposition, the MP Biljana Stanković-Lukić assessed it. Rajya Sabha member "
            "K. C. Abraham questioned it. The national councillor Reto Imhof estimates it.",
            {
                "Biljana Stanković-Lukić": "MP",
                "K. C. Abraham": "Rajya Sabha member",
                "Reto Imhof": "national councillor",
            },
        ),
        (  # "By X:" leading the story's first words is a byline (225)
            "By Marisol Chan: The President of the Republic of Serbia, Miloš Radojičić, landed.",
            {"Marisol Chan": "reporter", "Miloš Radojičić": "President of the Republic of Serbia"},
        ),
        (  # a governor general with styles; a spouse by occupation (230)
            "He called on the Governor General, Her Excellency Dame Cecilia Mondesir, at noon. "
            "The French president's husband, the architect Olivier Marchand, was present.",
            {
                "Cecilia Mondesir": "Governor General",
                "Olivier Marchand": "architect, husband of the French president",
            },
        ),
    ],
)  # fmt: skip
def test_names_and_roles_the_rules_of_round_44_find(text: str, roles: dict[str, str]) -> None:
    """Names and roles read wrong (issue 19, round 44, held-out 223-230): a company's name right
    before its officer's taken into the person's name; a country named for a saint read as a
    person's name; "Rt." of "Rt. Hon." as one; "Beaulieu-MacLeod" cut short; two ministers under
    one plural title in lower case, each cut; "the MP
    X", a chamber's "member", a "councillor"; a byline "By X:" before
    the story's words; a governor general with styles; a spouse by occupation."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == roles


def test_his_wife_is_no_woman_s_named_just_before() -> None:
    """ "He called on the Governor General, Her Excellency Dame X. He was accompanied by his
    wife, Y": Y was listed as the wife of the Governor General, a woman (issue 19, round 44,
    held-out 230); "his" stands for the man named before her."""
    paragraphs = (
        "Angolan President Joao Dias arrived.\n\nDias called on the Governor General, Her "
        "Excellency Dame Cecilia Mondesir. He was accompanied by his wife, Luzia Dias."
    )
    assert _roles_drafted(paragraphs).get("Luzia Dias") == "wife of the Angolan President"


@pytest.mark.parametrize("handover", ["before Quispe interrupted:", "as Quispe added:"])
def test_a_second_speaker_after_before_or_as_takes_the_quotation_after_the_colon(
    handover: str,
) -> None:
    """'"This is a historic day," Otieno said, before Quispe interrupted: "And for the
    Pacific."' gave Quispe's words to Otieno for certain (new user 54), as "and Quispe added:"
    did not: "before" and "as" opening a clause that ends in a colon hand the sentence over
    too, the second speaker's half a guess as "and"'s is."""
    story = (
        "NAIROBI, May 4 (AP) - Kenyan President Samuel Otieno and Peruvian President Lucia "
        "Quispe Mamani signed a trade pact on Monday."
    )
    said = f'"This is a historic day," Otieno said, {handover} "And for the Pacific."'
    found = _speakers_and_guesses(f"{story}\n\n{said}")
    assert _who_said(found, "And for the Pacific") == [(["lucia-quispe-mamani"], True)]
    assert _who_said(found, "This is a historic day") == [(["samuel-otieno"], False)]


# --- round 45, speakers lane (held-out 231-238) ---


@pytest.mark.parametrize(
    "relayed",
    [
        'According to Niran Thongdee, Prime Minister Somsak Phomma raised the issue of "illegal '
        'fishing fleets" in the gulf.',
        'According to Niran Thongdee, Somsak Phomma brought up "illegal fishing fleets" twice.',
    ],
)
def test_quoted_words_of_another_subject_after_according_to_are_a_guess(relayed: str) -> None:
    """ "According to X, Y raised the issue of "…"" went to X for certain (round 45, held-out
    235's unflagged): the subject after "according to" is someone else, who may have said the
    words X relays, though no verb of saying names them so; X's, as the round 21 rule gives a
    relayed cue, but a guess."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
        "Government spokesman Niran Thongdee briefed reporters."
    )
    said = _speakers_and_guesses(f"{story}\n\n{relayed}")
    assert [(s, g) for _, s, g in said] == [(["niran-thongdee"], True)]


def test_the_two_sides_are_the_visitor_and_whom_the_preamble_says_they_held_talks_with() -> None:
    """ "The Prime Minister held talks with the Secretary of State for Foreign Affairs, X. The
    two sides reviewed …" of a joint declaration whose visitor was received by the heads of
    state went to the visitor and a head of state (round 45, held-out 237): the document's
    sides are the visitor and the one they held talks with, as the sets' writers give them
    (held-out 10, 218, 223)."""
    story = (
        "SAN MARINO - Laotian Prime Minister Somsak Phomma on Tuesday made an official visit "
        "to San Marino, where he was received by the Captains Regent, Marco Bellini and Anna "
        "Conti.\n\nThe two countries signed a declaration at the end of talks between Somsak "
        "and San Marino's Secretary of State for Foreign Affairs, Elena Rossi.\n\n"
        '"San Marino is a friend," Somsak said.\n\n'
        '"Peace is our history," Captain Regent Bellini said.'
    )
    release = _joint_document(
        "His Excellency Somsak Phomma, Prime Minister of the Lao People's Democratic "
        "Republic, paid an official visit to San Marino and was received by the Captains "
        "Regent, Marco Bellini and Anna Conti.\n\n"
        "The Prime Minister held talks with the Secretary of State for Foreign Affairs, Elena "
        "Rossi.",
        "1. Dialogue\n\n(1) The two sides agreed to hold regular political consultations.",
    )
    found = _speakers_and_guesses(story, release)
    assert _who_said(found, "political consultations") == [(["somsak-phomma", "elena-rossi"], True)]


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ('"We have chosen peace," did he indicate.', "chosen peace"),
        ('Taking the word in his turn, Kamara has saluted "the remarkable transformation" of '
         "Benin.", "the remarkable transformation"),
        ("Kamara has also evoked the question of the security in the Sahel.",
         "the question of the security"),
        ('Kamara laid a wreath. "Our peoples meet again," he has written in the golden book.',
         "Our peoples meet again"),
    ],
)  # fmt: skip
def test_translated_french_compound_tenses_and_an_inverted_frame_report_speech(
    paragraph: str, words: str
) -> None:
    """Machine-translated French copy's passé composé and inversion (round 45, held-out 235):
    "…," did he indicate; X has saluted "…"; X has (also) evoked the question of …; "…," he
    has written in the golden book: the words went unrecorded, or unattributed."""
    story = (
        "COTONOU - Sierra Leonean President Mohamed Kamara met Beninese President Wilfried "
        f"Hounkpatin on Tuesday.\n\nKamara spoke to the press.\n\n{paragraph}"
    )
    assert [s for s, _ in _who_said(_speakers_and_guesses(story), words)] == [["mohamed-kamara"]]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("Tunisian Foreign Minister Sonia Gharbi joined them. Romdhane said the visit was "
         "historic.\n\nThe Tunisian dignitary recalled that Cuban doctors had served in "
         "Tunisia.", "Cuban doctors had", "hedi-romdhane"),
        ("Foreign Minister Eduardo Fonseca described the visit as historic.\n\nThe Cuban "
         "diplomat pointed out that the two countries share positions.", "share positions",
         "eduardo-fonseca"),
        ("Romdhane thanked his host.\n\nThe number one Tunisian has also evoked the question of "
         "the security in the Sahel.", "the question of the security", "hedi-romdhane"),
        ("Moreno thanked his guest.\n\nThe Cuban number one has indicated that his government "
         "follows the talks.", "his government follows", "rafael-moreno"),
    ],
)  # fmt: skip
def test_a_nationality_and_an_epithet_name_the_one_of_that_country(
    paragraph: str, words: str, speaker: str
) -> None:
    """ "The Tunisian dignitary recalled that …", "The Cuban diplomat pointed out that …", "The
    number one Tunisian has also evoked …", "The Beninese number one has indicated that …" went
    unrecorded (round 45, held-out 234, 235, 237): an epithet with a nationality is the person
    of that country who spoke or was named last, a guess."""
    story = (
        "HAVANA - Cuban President Rafael Moreno met Tunisian President Hedi Romdhane on "
        f"Monday.\n\n{paragraph}"
    )
    said = _who_said(_speakers_and_guesses(story), words)
    assert said == [([speaker], True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the talks, the two PMs expressed their delight at the growth of trade.",
        "The two Heads welcomed the growth of trade between the two countries.",
    ],
)
def test_the_two_pms_and_the_two_heads_are_both_leaders(sentence: str) -> None:
    """ "the two PMs expressed their delight", "The two Heads welcomed …" went unrecorded (round
    45, held-out 236, 237): Vietnamese and translated French copy's plurals of the two
    leaders."""
    story = (
        "HANOI - Prime Minister Le Van Hung met Dominican Prime Minister Marcus Charles on "
        f"Monday.\n\n{sentence}"
    )
    said = _who_said(_speakers_and_guesses(story), "growth of trade")
    assert [sorted(s) for s, _ in said] == [["le-van-hung", "marcus-charles"]]


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ("Economist Ana Ruiz was more measured. In her assessment, such agreements generate "
         "headlines but little trade.", "generate headlines"),
        ('Opposition lawmaker Ana Ruiz criticized that the government "spends money on '
         'ceremonies" while farmers wait.', "spends money on ceremonies"),
        ("Opposition lawmaker Ana Ruiz lauded the position of Peru on the Security Council.",
         "the position of Peru"),
    ],
)  # fmt: skip
def test_an_assessment_a_criticism_and_praise_of_round_45_report_speech(
    paragraph: str, words: str
) -> None:
    """Words that went unrecorded (round 45, held-out 233, 235): "In her assessment, …" (as "In
    her view, …"), "criticized that …" with no object between, "lauded the position of …"."""
    story = f"LIMA - President Jorge Soto met President Ivan Horvat on Monday.\n\n{paragraph}"
    assert [s for s, _ in _who_said(_speakers_and_guesses(story), words)] == [["ana-ruiz"]]


def test_the_secretary_of_state_in_lower_case_is_the_one_so_titled() -> None:
    """ "…," the secretary of state told reporters went unattributed (round 45, held-out 237):
    San Marino's Secretary of State for Foreign Affairs, named just before, said it."""
    story = (
        "SAN MARINO - Laotian Prime Minister Somsak Phomma met Captain Regent Marco Bellini "
        "on Tuesday and held talks with San Marino's Secretary of State for Foreign Affairs, "
        "Elena Rossi.\n\n"
        "Rossi stressed that the visit was historic.\n\n"
        '"We are not a large country," the secretary of state told reporters.'
    )
    said = _who_said(_speakers_and_guesses(story), "not a large country")
    assert [s for s, _ in said] == [["elena-rossi"]]


# Round 45, names and roles (held-out 231-238).


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a country named for a saint before the leader's name, whole (233)
            "Premier Li Wen met Prime Minister of Saint Lucia Philip Auguste in Beijing. "
            "Prime Minister of San Marino Luca Bollini joined them.",
            {
                "Li Wen": "Premier",
                "Philip Auguste": "Prime Minister of Saint Lucia",
                "Luca Bollini": "Prime Minister of San Marino",
            },
        ),
        (  # a country joined by "and" after a minister's long title, before her name (236)
            "Minister of Foreign Affairs, Cooperation and Communities of Sao Tome and Principe "
            "Maria Neves da Costa said in turn that it went well.",
            {
                "Maria Neves da Costa": "Minister of Foreign Affairs, Cooperation and "
                "Communities of Sao Tome and Principe"
            },
        ),
        (  # a clause ending "in the capital, X," names no one X (236)
            "President Ana Ruiz said that Peru's support had helped rebuild the water network "
            "in the capital, Sao Tome, and spoke of investment.",
            {"Ana Ruiz": "President"},
        ),
        (  # "HE" before a title, a style, no nationality; "But" opening the sentence (236, 233)
            "HE Minister of State at the Ministry of Foreign Affairs Dr. Khalid bin Saad Al "
            "Kuwari affirmed that Qatar is keen. But Energy and Transport Minister Kendal Moss "
            "said the plan was sound.",
            {
                "Khalid bin Saad Al Kuwari": "Minister of State at the Ministry of Foreign Affairs",
                "Kendal Moss": "Energy and Transport Minister",
            },
        ),
        (  # a body's officer with an Arabic name "X bin Y …" right after the body (236)
            "HE Director General of Qatar Fund for Development Nasser bin Ali Al Marri stated "
            "that the portfolio will grow.",
            {"Nasser bin Ali Al Marri": "Director General of Qatar Fund for Development"},
        ),
        (  # "Spouse of the President of X Y" in a capital, as an agency writes it (231)
            "Spouse of the President of Mongolia G.Tsetseg and Spouse of the President of "
            "Romania Ana Popescu visited the museum.",
            {
                "G.Tsetseg": "Spouse of the President of Mongolia",
                "Ana Popescu": "Spouse of the President of Romania",
            },
        ),
        (  # a role's body never runs on past a verb of its sentence to the next name (235)
            "The Leader of the Nation, President of Tajikistan, Honourable Emomali Sharif held "
            "talks in Zagreb with the President of the Republic of Croatia Ivo Horvat. The "
            "Leader of the Nation met with the Prime Minister of the Republic of Croatia, Mrs. "
            "Mira Kovač.",
            {
                "Ivo Horvat": "President of the Republic of Croatia",
                "Mira Kovač": "Prime Minister of the Republic of Croatia",
            },
        ),
        (  # "Director General" and "General Director" whole, no general's rank (231, 236)
            "Zambia Development Agency Director General Mutale Chanda Banda welcomed the visit. "
            "General Director of Sao Mai Agricultural Group Tran Thi Lan said it was good.",
            {
                "Mutale Chanda Banda": "Zambia Development Agency Director General",
                "Tran Thi Lan": "General Director of Sao Mai Agricultural Group",
            },
        ),
        (  # Austria's "Mag." and "Ing.", titles; a hyphenated name with "a" inside (238, 232)
            "Foreign Minister Mag. Eva Gruber-Lenz spoke. Its managing director Ing. Karl "
            "Hofer showed himself optimistic. Roy Tjin-a-Kwet, chairman of the Chamber, said "
            "so.",
            {
                "Eva Gruber-Lenz": "Foreign Minister",
                "Karl Hofer": "managing director",
                "Roy Tjin-a-Kwet": "chairman of the Chamber",
            },
        ),
        (  # "the deputy X" and "Member of parliament X", a particle "van" inside (231, 236)
            "In the opposition, the deputy Paulo Reis Lima (PT-RJ) criticized the agenda. "
            "Member of parliament Pieter van Loon (D66) finds that it is wrong.",
            {"Paulo Reis Lima": "deputy", "Pieter van Loon": "Member of parliament"},
        ),
        (  # a national hero paid tribute to, a Grand Duke by his style alone (234, 238)
            "The president will pay tribute to National Hero Rafael Soto in the square. He was "
            "received earlier by Grand Duke Albert at the palace.",
            {"Rafael Soto": "National Hero", "Albert": "Grand Duke"},
        ),
        (  # "Senator the Hon." between a minister's title and the name, a style (237)
            "Foreign Affairs Minister Senator the Hon. Alva Joseph-Pierre told HTS that it was "
            "fine. The Minister of Energy, Senator the Hon. Marisa Ali-Khan, agreed. Foreign "
            "Minister of Papua New Guinea Grace Waim said so.",
            {
                "Alva Joseph-Pierre": "Foreign Affairs Minister",
                "Marisa Ali-Khan": "Minister of Energy",
                "Grace Waim": "Foreign Minister of Papua New Guinea",
            },
        ),
    ],
)  # fmt: skip
def test_names_and_roles_the_rules_of_round_45_find(text: str, roles: dict[str, str]) -> None:
    """Names and roles read wrong (round 45, held-out 231-238): a country named for a saint
    ("Saint Lucia") or joined by "and" after a leader's or a minister's title, before the
    name, cut at its first word, the rest taken into the name; a city after "the capital, "
    made a person with a clause for a role; "HE" and "But" kept in a role; an Arabic name
    right after a body's name never found; a "Spouse of the President of X" in a capital given
    the President's title; a role run on past "held" or "met" to the next name; "Director
    General" cut to a general's rank; "Mag.", "Ing.", "Fung-a-Fat", "the deputy X" and
    "Member of parliament X" never found; a national hero paid tribute to and "Grand Duke X"
    never listed; "Senator the Hon." after a minister's title made the name unknown."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == roles


@pytest.mark.parametrize(
    ("head", "tail", "name"),
    [
        ("Marta Lins - Reporter of Agência Brasil", "", "Marta Lins"),
        ("Eva Gruber in Vienna and Pablo Ruiz Soto in Havana", "", "Pablo Ruiz Soto"),
        ("", "Janis Berzins, LSM English", "Janis Berzins"),
    ],
)  # fmt: skip
def test_bylines_of_round_45_credit_their_journalist(head: str, tail: str, name: str) -> None:
    """Bylines that listed no one (round 45, held-out 232, 235, 237): "X - Reporter of AGENCY",
    two journalists each "in" a city, and "X, LSM English" at the story's end, an outlet's
    initials first."""
    story = "PHNOM PENH - Prime Minister Hun Manet met Dutch Prime Minister Mark Rutte."
    lines = ["Cambodia and the Netherlands agree", head, story, "The leaders inspected it.", tail]
    paragraphs = "\n\n".join(filter(None, lines))
    assert _roles_drafted(paragraphs).get(name) == "reporter", _roles_drafted(paragraphs)


# Round 46, speakers (held-out 239-246).


def test_a_middle_initial_without_its_full_stop_is_part_of_the_name() -> None:
    """ "Prime Minister Desmond R Whitfield hosted …" never listed the host, and "Mr Whitfield
    said …" went to his wife, who shares his surname, unflagged (round 46, held-out 242): a
    capital letter alone between a given name and a family name is a middle initial whose full
    stop the paper's style drops, as "A" already is in "Tjon A Fong"."""
    story = (
        "NASSAU - Prime Minister Desmond R Whitfield hosted Estonian Prime Minister Karl Tamm "
        "on Monday.\n\n"
        'Mr Whitfield said the two nations "share the sea."\n\n'
        "Mr Tamm's wife toured a garden with the Prime Minister's wife, Mrs Loretta Whitfield."
    )
    drafted = draft(f"{story}\n\n{RELEASE_21}", "a.txt")
    assert "Desmond R Whitfield" in [p["name"] for p in drafted["people"]]
    said = _who_said(_speakers_and_guesses(story), "share the sea")
    assert [s for s, _ in said] == [["desmond-r-whitfield"]]


@pytest.mark.parametrize(
    "body",
    [
        "Fundación Mar Abierto",
        "Asociación Mar Abierto",
        "Fundação Mar Aberto",
        "Stiftung Offenes Meer",
    ],
)
def test_a_body_s_name_in_another_language_is_no_person(body: str) -> None:
    """ "X, spokesperson for the Fundación Y, which …, warned that …" made "Fundación Y" a
    second person, who took X's words through "she" (round 46, held-out 239, unflagged): a
    foundation's, association's or institute's word in Spanish, Portuguese, French, Italian or
    German names a body, as "Agencia" and "Foundation" already do."""
    story = (
        "MADRID - Spanish Prime Minister Pablo Ruiz met Gambian President Ousman Jobe on "
        "Monday.\n\n"
        f"Marta Iriondo Sainz, spokesperson for the {body}, which helps migrants, warned that "
        "patrols would not stop departures.\n\n"
        '"The boats will keep leaving," she told reporters.'
    )
    drafted = draft(f"{story}\n\n{RELEASE_21}", "a.txt")
    assert body not in [p["name"] for p in drafted["people"]]
    said = _who_said(_speakers_and_guesses(story), "keep leaving")
    assert [s for s, _ in said] == [["marta-iriondo-sainz"]]


def test_the_two_sides_with_two_joint_heads_of_state_are_all_three_signatories() -> None:
    """ "The two sides agreed …" of a joint statement between San Marino's two Captains Regent
    and a visiting President went to the two Captains Regent alone, or to one of them and the
    visitor (round 46, held-out 241, 245): the two joint heads of state are one side, and
    "the two sides" are both of them and the visitor."""
    story = (
        "SAN MARINO - President Ana Horvat on Monday made an official visit to San Marino, "
        "where she was received by the Captains Regent, Marco Bellini and Anna Conti.\n\n"
        '"San Marino is a friend," Horvat said.\n\n'
        '"Peace is our history," Captain Regent Bellini said.'
    )
    release = _joint_document(
        "Their Excellencies the Captains Regent of the Republic of San Marino, Marco Bellini "
        "and Anna Conti, received Her Excellency Ana Horvat, President of the Republic of "
        "Croatia, on an official visit.",
        "1. Dialogue\n\n(1) The two sides agreed to hold regular political consultations.",
    )
    found = _speakers_and_guesses(story, release)
    said = _who_said(found, "political consultations")
    assert [sorted(s) for s, _ in said] == [["ana-horvat", "anna-conti", "marco-bellini"]]


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ("The Captains Regent said in a statement that the visit was historic.", "was historic"),
        ("(2) Their Excellencies the Captains Regent expressed their thanks for the warm "
         "welcome.", "warm welcome"),
    ],
)  # fmt: skip
def test_the_captains_regent_are_both_holders_of_the_joint_office(
    paragraph: str, words: str
) -> None:
    """ "The Captains Regent … said in a statement that …" and "(3) Their Excellencies the
    Captains Regent expressed …" went unrecorded (round 46, held-out 241, 245): the plural of
    a joint office's title names both its holders."""
    story = (
        "SAN MARINO - President Ana Horvat on Monday made an official visit to San Marino, "
        "where she was received by the Captains Regent, Marco Bellini and Anna Conti.\n\n"
        '"San Marino is a friend," Horvat said.'
    )
    release = _joint_document(
        "Their Excellencies the Captains Regent of the Republic of San Marino, Marco Bellini "
        "and Anna Conti, received Her Excellency Ana Horvat, President of the Republic of "
        "Croatia, on an official visit.",
        "1. Dialogue\n\n(1) The two sides agreed to hold regular political consultations.",
    )
    if paragraph.startswith("(2)"):
        release = release.replace("\n\n/End/", f"\n\n{paragraph}\n\n/End/")
    else:
        story = f"{story}\n\n{paragraph}"
    said = _who_said(_speakers_and_guesses(story, release), words)
    assert [sorted(s) for s, _ in said] == [["anna-conti", "marco-bellini"]]


def test_a_title_before_a_shared_surname_is_the_one_who_holds_it_not_his_wife() -> None:
    """ "Chairman X recalled that …" went to the Chairman's wife, who shares his surname and was
    named last (round 46, held-out 246): a title before a surname several people carry is
    the one of them whose role holds it, never one whose role is a kinship's."""
    story = (
        "SEOUL - President Han Min-ho held a summit with Goran Petrović, Chairman of the "
        "Presidency of Bosnia and Herzegovina, on Monday.\n\n"
        "Meanwhile, the First Lady took Chairman Petrović's wife, Lejla Petrović, on a tour of "
        "the museum. Chairman Petrović recalled that Korean doctors had served in Sarajevo."
    )
    said = _who_said(_speakers_and_guesses(story), "Korean doctors")
    assert [s for s, _ in said] == [["goran-petrovic"]]


def test_a_subject_styled_his_majesty_joined_by_and_is_everyone_it_names() -> None:
    """ "His Majesty the Sultan and Their Excellencies the Captains Regent held talks … and
    expressed their satisfaction …" went to the Sultan alone (round 46, held-out 241): a
    style of address before the subject is no words before it, and "and" joins the rest."""
    story = (
        "MUSCAT - San Marino's Captains Regent Marco Bellini and Anna Conti held talks with "
        "Oman's Sultan Haitham bin Said on Monday.\n\n"
        '"Oman is a friend," Bellini said.'
    )
    release = _joint_document(
        "At the invitation of His Majesty Sultan Haitham bin Said, Their Excellencies the "
        "Captains Regent of the Republic of San Marino, Marco Bellini and Anna Conti, paid a "
        "state visit to the Sultanate of Oman.\n\n"
        "His Majesty the Sultan and Their Excellencies the Captains Regent held official "
        "talks, and expressed their satisfaction with the development of relations.",
    )
    said = _who_said(_speakers_and_guesses(story, release), "their satisfaction")
    assert [sorted(s) for s, _ in said] == [["anna-conti", "haitham-bin-said", "marco-bellini"]]


@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("(2) Croatia announced a grant for school meals, which the Government of Malawi "
         "welcomed.", "school meals"),
        ("(2) The President of Croatia extended an invitation to the President of Malawi to "
         "visit Croatia, which the latter accepted with pleasure.", "visit Croatia"),
    ],
)  # fmt: skip
def test_the_government_of_a_country_or_the_latter_answering_is_a_second_speaker(
    clause: str, words: str
) -> None:
    """ "…, which the Government of X welcomed" and "…, which the latter accepted with
    pleasure" went to the first party alone (round 46, held-out 242, 245): the government of
    a country by its name answers as "the X Government" does, and "the latter" as "he"."""
    story = (
        "LILONGWE - Malawian President Peter Banda received Croatian President Ana Horvat on "
        'Monday.\n\n"Malawi is a friend," Horvat said.'
    )
    release = _joint_document(
        "At the invitation of President Peter Banda of the Republic of Malawi, President Ana "
        "Horvat of the Republic of Croatia paid a state visit to Malawi.",
        f"1. Cooperation\n\n(1) The two sides agreed to promote trade.\n\n{clause}",
    )
    said = _who_said(_speakers_and_guesses(story, release), words)
    assert [sorted(s) for s, _ in said] == [["ana-horvat", "peter-banda"]]


# --- round 46, names and roles (held-out 239-246) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a middle initial with no full stop (242)
            "Prime Minister Desmond K Pratt hosted the Prime Minister of Malta, Joe Camilleri. "
            "Mr Pratt said it was good.",
            {"Desmond K Pratt": "Prime Minister", "Joe Camilleri": "Prime Minister of Malta"},
        ),
        (  # "Cheikh" before a cleric's name, a religious style (242); a given name elsewhere
            "Cheikh Moussa Ibrahim Garba, a senior imam of the Grand Mosque of Zinder, said it "
            "was wrong. Cheikh Tidiane Sarr, a trader in Dakar, said it was fine.",
            {
                "Moussa Ibrahim Garba": "senior imam of the Grand Mosque of Zinder",
                "Cheikh Tidiane Sarr": "trader in Dakar",
            },
        ),
        (  # a body's name in its own language after a spokesperson's role, no person (239)
            "Ane Etxeberria Lasa, spokesperson for the Asociación Mar Abierto, which helps "
            "fishermen, warned that it would not work.",
            {"Ane Etxeberria Lasa": "spokesperson for the Asociación Mar Abierto"},
        ),
        (  # "Pa", Sierra Leone's title of an elder, before a name of any length (246)
            "Pa Sorie Bangura, chairman of the Goderich Boat Owners' Union, told reporters that "
            "it was bad. Pa Bangura said they were tired.",
            {"Sorie Bangura": "chairman of the Goderich Boat Owners' Union"},
        ),
        (  # an occupation before the name at a sentence's start, no part of it (245)
            "Restaurateur Paulo Freitas, whose grandparents left Madeira, said he hoped so.",
            {"Paulo Freitas": "Restaurateur"},
        ),
        (  # a county's senator before the name, and a description after it (245)
            "Back home, Grand Gedeh County Senator Marcus T. Dolo, an opposition lawmaker, "
            "questioned the cost of the trip.",
            {"Marcus T. Dolo": "Grand Gedeh County Senator"},
        ),
        (  # "For X, who runs …," opening a sentence: a person, the first verb's clause (243)
            "For Somchai Wongsa, who runs a noodle bar in Turku's harbour district and first "
            "came to Finland as a student, the agreement is long overdue.",
            {"Somchai Wongsa": "runs a noodle bar in Turku's harbour district"},
        ),
        (  # no comma after the name before the verb that reports, as translations write (243)
            "The Kenyan foreign minister, Agnes Wanjiru said that the embassy would open soon.",
            {"Agnes Wanjiru": "Kenyan foreign minister"},
        ),
        (  # a list of portfolios joined by "&" and a party's initials before the title (239, 244)
            "Sport, arts & culture minister Thabo Nkosi said it was fine. Labour Party (LP) "
            "lawmaker Anna Rossi said it was not.",
            {
                "Thabo Nkosi": "Sport, arts & culture minister",
                "Anna Rossi": "Labour Party (LP) lawmaker",
            },
        ),
    ],
)  # fmt: skip
def test_names_and_roles_the_rules_of_round_46_find(text: str, roles: dict[str, str]) -> None:
    """Names and roles read wrong (round 46, held-out 239-246): a middle initial with no full
    stop ended the name; "Cheikh" kept in a cleric's name; a body's Spanish name made a
    person; "Pa" kept in a name; "Restaurateur" taken into the name; a county's senator's
    office taken into the name before a description; "For X, who …," listing no one; "The
    role, X said" with no comma after the name, a role unknown; a title cut at "&" or at a
    party's initials."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == roles


def test_a_role_that_runs_on_through_a_place_s_possessive_is_kept_whole() -> None:
    """ "who runs a café in Helsinki's Kallio district" was cut to "Helsinki's Kallio district"
    (round 46, held-out 243), as if the possessive owned the role: after "in" or "at" it is a
    place's."""
    paragraphs = (
        "Finland and Laos sign a labour accord\n\nHELSINKI - Finnish Prime Minister Aino Laine "
        "met Lao Prime Minister Sonexay Siphandone on Monday.\n\nFor Somchai Wongsa, who runs a "
        "noodle bar in Turku's harbour district, the agreement is long overdue. \"We waited "
        'years," he said.'
    )
    role = _roles_drafted(paragraphs)["Somchai Wongsa"]
    assert role == "runs a noodle bar in Turku's harbour district"


def test_additional_reporting_by_an_outlet_s_reporter_credits_the_reporter() -> None:
    """ "Additional reporting by Vanuatu Daily Post reporter X." listed no one (round 46,
    held-out 240): the outlet and the job before the name are no part of it."""
    paragraphs = (
        "Fiji and Palau sign a fisheries accord\n\nSUVA - Fijian Prime Minister Sitiveni Rabuka "
        "met Palau's President Surangel Whipps on Monday.\n\nAdditional reporting by Fiji "
        "Times reporter Mere Naqio."
    )
    assert _roles_drafted(paragraphs).get("Mere Naqio") == "reporter"


def test_the_one_succeeded_is_a_silent_predecessor() -> None:
    """ "…, was elected in 2024, succeeding X." never listed X (round 46, held-out 240): the
    one the subject followed in office, a predecessor, who says nothing."""
    paragraphs = (
        "Palau and Fiji sign a fisheries accord\n\nSUVA - Fijian Prime Minister Sitiveni Rabuka "
        "met Palau's President Tommy Ngirmang on Monday.\n\nNgirmang, a former engineer, was "
        'elected in 2024, succeeding Surangel Whipps. "We are partners," he said.'
    )
    drafted = draft_summit(f"{paragraphs}\n\n{_RELEASE_46}", "a.txt")
    people = {p.name: (p.role, p.speaker) for p in drafted.people}
    assert people.get("Surangel Whipps") == ("predecessor", False)
    assert people["Tommy Ngirmang"][1]


_RELEASE_46 = "[Joint statement _2026.11.30. Tashkent]\n\n1. Trade\n\n(1) Agreed.\n\n/End/"


# --- round 47, speakers lane (held-out 247 to 254) ---


def test_a_later_sentence_s_cut_title_in_a_clause_speaks_too() -> None:
    """ "(1) The Prime Minister announced …. The President of the Council warmly welcomed this
    decision." went to the first sentence's leader alone, unflagged (round 47, held-out 247):
    a later sentence's title cut after its "of" that one person holds speaks too, a guess. (A
    later sentence's side does not: the earlier sets' writers cut such a clause in two records,
    one side each, held-out 22, 56, 58, 72 to 74, 84, 86.)"""
    story = (
        "DUBLIN - The Prime Minister of Ireland, Sean Burke, met the President of the Council "
        "of Ministers of Togo, Komi Adjo, on Monday. Adjo said trade would grow."
    )
    clause = (
        "The Prime Minister announced the decision of the Government of Ireland to open an "
        "embassy in Lomé. The President of the Council warmly welcomed this decision."
    )
    assert _clause_speakers(story, clause) == [(["Sean Burke", "Komi Adjo"], True)]


def test_a_military_rank_names_no_country_of_a_side() -> None:
    """ "(2) The Sudanese side has informed …" was nobody's (round 47, held-out 249): the
    visiting leader's role, "Lieutenant-General", read as a country, so that the side matched
    neither leader; a rank names none, and the side is the leader whose country is not the
    other's."""
    story = (
        "LIBREVILLE - The President of the Gabonese Republic, Jean Mba, received "
        "Lieutenant-General Ahmed Osman Nour on Monday. Nour said trade would grow."
    )
    release = (
        "[Joint communique _2026.11.30. Libreville]\n\nThe President of the Gabonese Republic, "
        "Jean Mba, and Lieutenant-General Ahmed Osman Nour held talks in Libreville.\n\n"
        "1. Politics\n\n(1) The Gabonese side has reaffirmed its attachment to the unity of "
        "Sudan.\n\n(2) The Sudanese side has informed the Gabonese side of the situation in "
        "Sudan and has welcomed the offer of Gabon to host talks.\n\n/End/"
    )
    drafted = draft_summit(f"{story}\n\n{release}", "a.txt")
    clauses = [c.speakers for s in drafted.release.sections for c in s.clauses]
    assert clauses == [("jean-mba",), ("ahmed-osman-nour",)]


def test_the_president_a_counterpart_may_be_is_the_document_s_party() -> None:
    """ "The Federal Chancellor and the President underlined …" went to the host's Federal
    President, named later in the story, not the visiting President the preamble names (round
    47, held-out 248): a role a counterpart may hold, several holders, is the joint document's
    party among them, as a role several people share is."""
    from summitcli.draft import Mention, _a_shared_role_as_the_document_s_party

    chancellor = Found("Anna Gruber", "Chancellor", 1, 1)
    visitor = Found("Paul Desir", "Haitian President", 1, 1)
    host = Found("Karl Huber", "Federal President", 5, 1)
    president = Mention(35, 48, "the President", "a role a counterpart may hold", [visitor, host])
    bound = Attribution([chancellor, host], "by role", read=(president,))
    chosen = _a_shared_role_as_the_document_s_party(bound, [chancellor, visitor])
    assert chosen is not None and chosen.people == [chancellor, visitor]


@pytest.mark.parametrize(
    ("said", "words"),
    [
        (  # "questioned what …" (held-out 252)
            "Leader of the Opposition Joshua Francis questioned what the island would gain.",
            "what the island would gain",
        ),
        (  # "drew attention to the …" (held-out 252)
            "Prime Minister Anan Chaiyo drew attention to the possibilities of the railway.",
            "the possibilities of the railway",
        ),
        (  # ", insisting" with no "that" (held-out 254)
            "Government spokesman Niran Thongdee played down the cost of the visit, insisting "
            "the guests had paid for their own travel.",
            "the guests had paid",
        ),
    ],
)
def test_cues_of_round_47_report_speech(said: str, words: str) -> None:
    """ "X questioned what …", "X drew attention to the …" and "…, insisting the guests had
    paid …" were missed (round 47, held-out 252, 254): each reports what its subject said."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
        "Somsak said the river linked both peoples."
    )
    spoken = [text for text, _, _ in _speakers_and_guesses(f"{story}\n\n{said}")]
    assert any(words in text for text in spoken)  # a record with a speaker holds the words


def test_a_whole_quotation_after_reported_speech_whose_cue_ends_it_goes_on() -> None:
    """ "…, the 61-year-old said. "We cannot wait …"" left the quotation unattributed (round
    47, held-out 253): after reported speech whose cue ends the sentence, a whole quotation
    with no frame of its own goes on in the same voice."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
        '"The river is our life," Somsak said after the talks. The floods grow every year '
        'worse, the 61-year-old said. "We cannot wait for the big countries."'
    )
    said = _speakers_and_guesses(story)
    assert [s for t, s, _ in said if t.startswith("We cannot wait")] == [["somsak-phomma"]]


def test_so_and_a_name_inside_a_sentence_after_an_auxiliary_reports_speech() -> None:
    """Translated German "The plant could, so Hanley, make the island …" was narration (round
    47, held-out 253): "so" and a name between commas right after an auxiliary is the cue;
    "…, so Berg, tired, left early" is none."""
    story = (
        "BERLIN - Chancellor Jonas Albrecht met Prime Minister Marcus Liburd.\n\nPremier "
        "Alexis Hanley travelled with the delegation. The plant could, so Hanley, make the "
        "island independent of diesel imports. The talks ran late, so Albrecht, tired, left."
    )
    said = _speakers_and_guesses(story)
    assert [(t[:15], s) for t, s, _ in said] == [("The plant could", ["alexis-hanley"])]


# Round 47, roles lane (held-out 247-254).


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a body and its initials in brackets before a capitalised title (247, 248)
            "Foreign Trade Bureau (FTB) Secretary Ana L. Cruz said it was fine. Chamber of "
            "Industry of Ruritania (CIR) President Maria Lopez-Grant said it was not.",
            {
                "Ana L. Cruz": "Foreign Trade Bureau (FTB) Secretary",
                "Maria Lopez-Grant": "Chamber of Industry of Ruritania (CIR) President",
            },
        ),
        (  # a dateline's agency in brackets is no body of the title's
            "Port Moresby (BNA) Prime Minister of Oman Ali Khan met reporters.",
            {"Ali Khan": "Prime Minister of Oman"},
        ),
        (  # a leader of a country's government of national unity, by its name (248)
            "Karim Hassan al-Tamimi, Prime Minister of Oman's Government of National Accord, "
            "arrived at the airport on Monday.",
            {"Karim Hassan al-Tamimi": "Prime Minister of Oman's Government of National Accord"},
        ),
        (  # a deputy's title capitalised at the sentence's start (251)
            "Deputy national security adviser Lee Min-ho told reporters it was fine.",
            {"Lee Min-ho": "Deputy national security adviser"},
        ),
        (  # a hyphenated Director-General of a body in apposition (252)
            "Mr Kwesi Mensah-Boateng, Director-General of the Ruritania Ports and Harbours "
            "Authority, said the Authority was ready.",
            {
                "Kwesi Mensah-Boateng": (
                    "Director-General of the Ruritania Ports and Harbours Authority"
                )
            },
        ),
        (  # an ambassador to a country written by its initials (254)
            "Paul Tane, Ireland's Ambassador to the UAE, said the visit mattered.",
            {"Paul Tane": "Ireland's Ambassador to the UAE"},
        ),
        (  # a title that ends in a place's kind is no part of the name after it (251)
            "Chief Minister of Lumbini Province Dilli Bahadur Thapa will receive the guests.",
            {"Dilli Bahadur Thapa": "Chief Minister of Lumbini Province"},
        ),
        (  # a trader with the goods traded, as translated French copy writes one (254)
            "At the market, the trader of fabrics Aminata Dikko hoped for results.",
            {"Aminata Dikko": "trader of fabrics"},
        ),
    ],
)  # fmt: skip
def test_names_and_roles_the_rules_of_round_47_find(text: str, roles: dict[str, str]) -> None:
    """Names and roles read wrong (round 47, held-out 247-254): a title cut after a body's
    initials in brackets; a leader of a named government in apposition never listed; "Deputy"
    dropped at a sentence's start; "Director-General" and an ambassador "to the UAE" in
    apposition read as no role; "Province" taken into the name; a trader of goods never
    listed."""
    assert {p.name: p.role for p in find_people([(1, text)]).values()} == roles


# Round 48, speakers lane (held-out 255-262).


@pytest.mark.parametrize(
    ("said", "words", "speakers"),
    [
        (  # "spoke also about the fact that …" (held-out 255)
            "Somsak spoke also about the fact that Laos is interested in Thai rice.",
            "Laos is interested",
            ["somsak-phomma"],
        ),
        (  # a quotation "launched" with an occasion after the verb (256, 262)
            '"The river is ours. We keep it," Somsak has launched before the press.',
            "The river is ours",
            ["somsak-phomma"],
        ),
        (
            '"The river is ours. We keep it," Somsak launched with a smile.',
            "The river is ours",
            ["somsak-phomma"],
        ),
        (  # inverted "has estimated the [title] of [country], …" (256)
            '"The river is ours," has estimated the Prime Minister of Laos, in English, before '
            "continuing in Lao.",
            "The river is ours",
            ["somsak-phomma"],
        ),
        (  # "dismissed X as "…"" (255)
            'Somsak dismissed the criticism as "a storm in a teacup."',
            "a storm in a teacup",
            ["somsak-phomma"],
        ),
        (  # an inserted ", he promised," (261)
            "Somsak opened the forum. Investors, he promised, would find a stable framework.",
            "Investors, he promised",
            ["somsak-phomma"],
        ),
        (  # translated passé composé with an adverb after "has" (256)
            "Questioned by reporters, Somsak has however recognised that the dam was late.",
            "the dam was late",
            ["somsak-phomma"],
        ),
    ],
)
def test_cues_of_round_48_report_speech(said: str, words: str, speakers: list[str]) -> None:
    """Cues missed in translated and agency copy (round 48, held-out 255, 256, 261, 262):
    "spoke also about the fact that", "…," X has launched before the press / launched with a
    smile, "…," has estimated the Prime Minister of X, in English, …, "dismissed X as "…"", an
    inserted ", he promised," and "has however recognised that"."""
    story = "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
    said_ = _speakers_and_guesses(f"{story}{said}")
    assert [s for t, s, _ in said_ if words in t] == [speakers]


@pytest.mark.parametrize(
    "narration",
    [
        "Somsak launched the campaign before the press.",
        "Somsak dismissed the minister as part of a reshuffle.",
        "The bridge, he promised himself, was the last one he would build.",
        "The committee had recognised that the dam was late.",
    ],
)
def test_deeds_like_the_cues_of_round_48_are_no_speech(narration: str) -> None:
    """The same verbs as deeds, with no quotation or that-clause of speech after them, stay
    narration: a campaign launched, a minister dismissed as part of a reshuffle."""
    story = "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
    assert not [t for t, _, _ in _speakers_and_guesses(f"{story}{narration}") if t == narration]


def test_one_side_of_the_joint_document_named_by_its_country_or_party_is_its_leader() -> None:
    """Joint clauses with one country as subject were missed (round 48, held-out 256, 260,
    262): "President of the Republic" names no country, so "The Beninese party expressed …"
    is the other leader's by elimination; so is a country's name alone ("Benin reaffirmed");
    "The Government of El Salvador" is the Salvadoran President's; and "The two Presidents
    defended …" the two leaders' words. Each a guess."""
    story = (
        "COTONOU - The President of the Republic, Romuald Houngbedji, received the Salvadoran "
        "President, Karen Lund, on Monday.\n\nHoungbedji said the talks were good."
    )
    release = (
        "[Joint Communiqué _2026.10.6. Cotonou]\n\n1. Politics\n\n"
        "(1) The Beninese party expressed its gratitude to El Salvador for its support.\n\n"
        "(2) Benin reaffirmed its support for the reform.\n\n"
        "(3) The Government of El Salvador offered to share its experience in tourism.\n\n"
        "(4) The two Presidents defended the reform of the global institutions.\n\n"
        "(5) The Council reaffirmed its support for the reform.\n\n/End/"
    )
    said = {t[:12]: (s, guessed) for t, s, guessed in _speakers_and_guesses(story, release)}
    host, guest = "romuald-houngbedji", "karen-lund"
    assert said["The Beninese"] == ([host], True)
    assert said["Benin reaffi"] == ([host], True)
    assert said["The Governme"] == ([guest], True)
    assert said["The two Pres"] == ([host, guest], True)
    assert "The Council " not in said  # a body, never a leader by elimination


def test_a_role_of_a_country_of_two_words_is_that_country_s_holder() -> None:
    """ "The Prime Minister of Nepal and the President of El Salvador held talks … and
    expressed …" in a joint document's preamble went to the Prime Minister alone (round 48,
    held-out 255): "of El Salvador"
    was read as "of El", so the Salvadoran President and Nepal's own President were both "the
    President"; a country of two words after a role noun is read whole."""
    story = (
        "KATHMANDU - Salvadoran President Rodrigo Alfaro met Prime Minister of Nepal Ram "
        "Adhikari on Monday. President Hari Thapa hosted a banquet."
    )
    release = (
        "[Joint statement _2026.3.5. Kathmandu]\n\nThe Prime Minister of Nepal and the "
        "President of El Salvador held talks and expressed their desire to expand relations."
        "\n\n1. Trade\n\n(1) Agreed.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [sorted(s) for t, s, _ in said if t.startswith("The Prime")] == [
        ["ram-adhikari", "rodrigo-alfaro"]
    ]


def test_the_head_of_state_is_a_ruler_by_rank_rather_than_a_prime_minister() -> None:
    """ "The Head of State indicated …" of a visiting general whose long title ("President of
    the Council for the Safeguard of the Homeland (CSP), Head of State, General of Army Corps
    X") the rules read as "General" alone went to the host Prime Minister, who heads no state,
    unflagged (round 48, held-out 257): the one ruler by a military rank, a guess."""
    story = (
        "Ljubljana, July 2, 2026 (Le Sahel) - The President of the Council for the Safeguard "
        "of the Homeland (CSP), Head of State, General of Army Corps Ali Maman Garba, was "
        "received by the Prime Minister of the Republic of Slovenia, Mr. Matej Kranjc.\n\n"
        '"We look for partners," declared General Ali Maman Garba.\n\n'
        "The Head of State indicated that the priorities of Niger are water and training."
    )
    said = _speakers_and_guesses(story)
    assert [(s, g) for t, s, g in said if t.startswith("The Head")] == [(["ali-maman-garba"], True)]


def test_a_relative_clause_ending_in_the_first_lady_s_name_is_no_subject() -> None:
    """ "X, who arrived … accompanied by the First Lady, Y, said …" went to the First Lady
    (round 48, held-out 261): a relative clause that ends in "the First Lady" runs on through
    her name in apposition, as one ending in a kin word does; the words are X's."""
    story = (
        "PRAIA - President Jorge Fortes received Timor-Leste's President, Alarico Ximenes.\n\n"
        "Timor-Leste's President, Alarico Ximenes, who arrived on Wednesday accompanied by the "
        "First Lady, Rosalina Ximenes, said the visit repaid a debt of gratitude."
    )
    said = _speakers_and_guesses(story)
    assert [s for t, s, _ in said if "debt of gratitude" in t] == [["alarico-ximenes"]]


def test_the_president_of_the_transition_of_a_country_is_its_president() -> None:
    """ "The President of the Transition of Mali thanked President X …" went to X (round 48,
    held-out 260): a junta's "President of the Transition of Mali" is Mali's President."""
    story = (
        "BRASILIA - President Marcos Teles received Malian President Souleymane Coulibaly.\n\n"
        "Teles said the talks were good."
    )
    release = (
        "[Joint statement _2026.3.5. Brasilia]\n\n1. Politics\n\n"
        "(1) The President of the Transition of Mali thanked President Marcos Teles for the "
        "hospitality.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert [s for t, s, _ in said if "hospitality" in t] == [["souleymane-coulibaly"]]


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ('"We have a lot to learn from them," said the Honduran diplomat.', "a lot to learn"),
        ("The Honduran top diplomat noted that the islands matter.", "the islands matter"),
    ],
)
def test_a_nationality_s_diplomat_is_its_foreign_minister_a_guess(said: str, words: str) -> None:
    """ "…," said the Honduran diplomat and "The Iranian top diplomat noted that" named no one
    (round 48, held-out 261, 262): a nationality's (top) diplomat is its foreign minister, a
    guess, since an ambassador may be one."""
    story = (
        "HONOLULU - Honduran Foreign Minister Rosa Elena Paz met Nauru Foreign Minister Lionel "
        f"Aingimea on Monday.\n\n{said}"
    )
    assert _who_said(_speakers_and_guesses(story), words) == [(["rosa-elena-paz"], True)]


# Round 48, roles lane (held-out 255-262).


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a family name that starts with "St", no given name of its own (259)
            "PM St Clair returns home\n\nPRIME MINISTER Dr Ralph St Clair says it went well.",
            {"Ralph St Clair": "PRIME MINISTER"},
        ),
        (  # a stacked style before a leader's name, "Dr the Hon." (257)
            "Prime Minister Dr the Hon. Anil Kumar Ramdin hosted President Tesfa Weldu.",
            {"Anil Kumar Ramdin": "Prime Minister", "Tesfa Weldu": "President"},
        ),
        (  # siSwati "Babe" and "Make" (father, mother) are titles of address (262)
            "Babe Sipho Dube, a retired nurse from Manzini, said it was good. "
            "Make Thandi Zwane, a vendor in Mbabane, said it was late.",
            {
                "Sipho Dube": "retired nurse from Manzini",
                "Thandi Zwane": "vendor in Mbabane",
            },
        ),
        (  # an executive's title's last words are no part of the name (262)
            "Ruritania Dairy Board Chief Executive Officer Musa Khoza welcomed the visit.",
            {"Musa Khoza": "Ruritania Dairy Board Chief Executive Officer"},
        ),
        (  # a body under the President is no presidency of the expert's (261)
            "The analyst of the Centre for Economic Research under the President Alisher "
            "Nazarov said the visit was symbolic.",
            {
                "Alisher Nazarov": (
                    "analyst of the Centre for Economic Research under the President"
                )
            },
        ),
        (  # the same at a sentence's start; "under the then Prime Minister X" is his title
            "Chief researcher of the Centre for Policy Studies under the President Aliya Nurova "
            "believes it matters. The last summit was held under the then Prime Minister Ivan "
            "Lopes.",
            {
                "Aliya Nurova": (
                    "Chief researcher of the Centre for Policy Studies under the President"
                ),
                "Ivan Lopes": "then Prime Minister",
            },
        ),
        (  # a saint's name written short inside a body's name ends no description (261)
            "Prof. Ivan Petrov, a Balkans expert at Plovdiv University St. Paisii Hilendarski, "
            "told reporters it was fine.",
            {"Ivan Petrov": "Balkans expert at Plovdiv University St. Paisii Hilendarski"},
        ),
        (  # a country's initials joined by "&" before a chamber's officer (260)
            "T&T Chamber of Industry and Commerce president Ann Ramsaran welcomed the visit.",
            {"Ann Ramsaran": "T&T Chamber of Industry and Commerce president"},
        ),
        (  # "Chief Executive Officer of" a body before the name (260)
            "Chief Executive Officer of Ruritania Chamber Omar bin Said Al Harthy welcomed it.",
            {"Omar bin Said Al Harthy": "Chief Executive Officer of Ruritania Chamber"},
        ),
        (  # a role before the name with commas: a vice-president, a deputy (257, 261)
            "The Federation welcomed the visit. The vice-president for trade, Luca Ferri, said "
            "firms were ready. The opposition Liberal Party deputy, Ana Ruiz Soto, questioned "
            "the cost.",
            {
                "Luca Ferri": "vice-president for trade",
                "Ana Ruiz Soto": "opposition Liberal Party deputy",
            },
        ),
        (  # a description with no article, "in" a place or "responsible for" a programme
            "Mr. Moussa Ali Garba, student in medicine in Ljubljana, was proud. Dr. Kovács Anna, "
            "state secretary responsible for the Aid program, informed that it grew.",
            {
                "Moussa Ali Garba": "student in medicine in Ljubljana",
                "Kovács Anna": "state secretary responsible for the Aid program",
            },
        ),
        (  # a chamber's President in apposition (258)
            "Mr Kofi Owusu-Ansah, President of the Ruritania National Chamber of Commerce and "
            "Industry, welcomed the visit.",
            {
                "Kofi Owusu-Ansah": (
                    "President of the Ruritania National Chamber of Commerce and Industry"
                )
            },
        ),
    ],
)  # fmt: skip
def test_names_and_roles_the_rules_of_round_48_find(text: str, roles: dict[str, str]) -> None:
    """Names and roles read wrong (round 48, held-out 255-262): "St Hill" of a headline listed
    as a second person beside Conrad St Hill; "Dr the Hon." never read as styles; siSwati
    "Babe" and "Make" kept in a citizen's name; "Officer" taken into an executive's name; "the
    expert of the Institute … under the President X" made X a president; a role cut at "St." or
    at "&", or without its "Chief Executive"; a role before the name with commas, a description
    with no article and a chamber's President in apposition read as no role."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


def test_a_body_under_the_president_makes_no_party_of_the_joint_document() -> None:
    """An expert "of the Institute … under the President X" was a party of every "the Parties"
    clause in place of a monarch known by a regnal name (round 48, held-out 261)."""
    story = (
        "TASHKENT - President Jasur Karimov held talks with Prince Albert III of Monaco.\n\n"
        "The expert of the Institute of Strategic Studies under the President Bobur Nazarov "
        "said the visit mattered."
    )
    release = (
        "[Joint statement _2026.3.5. Tashkent]\n\n1. Trade\n\n"
        "(1) The Parties agreed to hold regular consultations.\n\n/End/"
    )
    said = _speakers_and_guesses(story, release)
    assert all("bobur-nazarov" not in who for who, _ in _who_said(said, "consultations"))


# Round 49, roles lane (held-out 263-270).


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # "coordinator of" and "owner of" with no article after the name (263, 265)
            "Tom Berg, coordinator of the Ruritanian refugee group Safe Haven, said it was "
            "fine. Ivo Rusu, owner of a family bakery in Orhei, said he came to sell bread.",
            {
                "Tom Berg": "coordinator of the Ruritanian refugee group Safe Haven",
                "Ivo Rusu": "owner of a family bakery in Orhei",
            },
        ),
        (  # a place's "-based" before a description and its name (264)
            "A Geneva-based fund manager, Paul Roux, who attended the forum, said it was real.",
            {"Paul Roux": "Geneva-based fund manager"},
        ),
        (  # a minister of a Principality's state in apposition (267)
            "Crown Prince Ali held talks with His Excellency Mr. Pierre Roux, Minister of State "
            "of the Principality of Monaco, who is on a visit.",
            {
                "Ali": "Crown Prince",
                "Pierre Roux": "Minister of State of the Principality of Monaco",
            },
        ),
        (  # a "Secretary General of" a body before the name (268)
            "For his part, the Secretary General of the Ruritanian Traders Federation, Eng. "
            "Omar Said, welcomed it.",
            {"Omar Said": "Secretary General of the Ruritanian Traders Federation"},
        ),
        (  # Liberia's "Cllr." (Counsellor) is a title of address, no person (266)
            "Foreign Minister Cllr. Mary Doe told the paper it was good.",
            {"Mary Doe": "Foreign Minister"},
        ),
        (  # credits: "By X, in City", "Editing: X", "Adapted for OUTLET by X" (263, 270)
            "Deal signed\n\nBy Anna Maria Kovac, in Vienna\n\nVIENNA - President Tomas Berg met "
            "Prime Minister Ivo Lenz.\n\nEditing: Paul Moser\n\nAdapted for Lake Today by Eva "
            "Lind",
            {
                "Anna Maria Kovac": "reporter",
                "Tomas Berg": "President",
                "Ivo Lenz": "Prime Minister",
                "Paul Moser": "editor",
                "Eva Lind": "editor",
            },
        ),
    ],
)  # fmt: skip
def test_names_and_roles_the_rules_of_round_49_find(text: str, roles: dict[str, str]) -> None:
    """Names and roles read wrong (round 49, held-out 263-270): "coordinator of", "owner of" and
    "a Monaco-based wealth manager" read as no role; a Minister of State "of the Principality
    of" Monaco unread; "Secretary General" of a body unread; "Cllr." made a person; credits
    "By X, in City", "Editing: X" and "Adapted for OUTLET by X" never listed."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a Sultan of Brunei's regnal name of six words, whole (264)
            "His Majesty Sultan Haji Abdul Hakeem Jalilul Akbar Mu'izzaddin Waddaulah received "
            "President Ibrahim Sore.",
            {
                "Abdul Hakeem Jalilul Akbar Mu'izzaddin Waddaulah": "Sultan",
                "Ibrahim Sore": "President",
            },
        ),
        (  # a given name "Salvador" after another country's name is the leader's (270)
            "President of the Republic of Ruritania Salvador Ondo Mba agreed. The President of "
            "El Salvador Nayib Rivas agreed too.",
            {
                "Salvador Ondo Mba": "President of the Republic of Ruritania",
                "Nayib Rivas": "President of El Salvador",
            },
        ),
        (  # a title's initials in brackets before the name (270)
            "Prime Minister (PM) Ralph Iati Moli has returned from London. PM Moli met the UK "
            "Prime Minister, Rachel Penn.",
            {"Ralph Iati Moli": "Prime Minister", "Rachel Penn": "UK Prime Minister"},
        ),
        (  # Andorra's "Cap de Govern" before a surname is no part of a name (266)
            "Andorra's Head of Government (Cap de Govern), Jordi Arany Cerqueda, met him. For "
            "his part, Cap de Govern Arany said it was good.",
            {"Jordi Arany Cerqueda": "Andorra's Head of Government (Cap de Govern)"},
        ),
        (  # a body's "Board" is no person's name (267)
            "Mr. Jean-Luc Barre, President of the Ruritania Economic Board, who is leading a "
            'delegation, said: "Our companies come with capital."',
            {"Jean-Luc Barre": "President of the Ruritania Economic Board"},
        ),
    ],
)  # fmt: skip
def test_names_the_rules_of_round_49_keep_whole(text: str, roles: dict[str, str]) -> None:
    """Names cut or made of titles (round 49, held-out 264, 266, 267, 270): a Sultan's regnal name
    lost its last word; "Equatorial Guinea Salvador" read as a country; "Prime Minister (PM)" left
    the name to a later "PM Molisale"; "Cap de Govern Areny" a second person; "Economic Board"
    a person (and the chamber head's words, unflagged, his)."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


def test_a_bruneian_title_of_address_is_no_part_of_a_credited_name() -> None:
    """ "Reporter: Hjh X" and "Photos: Awg Y" listed no journalist (round 49, held-out 264)."""
    text = (
        "Deal signed\n\nPresident Tomas Berg met Prime Minister Ivo Lenz.\n\n"
        "Reporter: Hjh Siti Aminah binti Hj Yusof\n\nPhotos: Awg Mohd Hafiz bin Abdullah"
    )
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    roles = {p.name: p.role for p in find_people(paragraphs).values()}
    assert roles["Siti Aminah binti Hj Yusof"] == "reporter"
    assert roles["Mohd Hafiz bin Abdullah"] == "photographer"


def test_an_article_that_sets_every_family_name_in_capitals_is_read() -> None:
    """Machine-translated French copy writing every family name in capitals ("Issouf
    SAWADOGO", "Léonidas NIYONKURU") gave no leader (round 49, held-out 266: only the reporter
    was found)."""
    text = (
        "Ouagadougou, April 14, 2026 (Sidwaya) - The President of Faso, Head of State, Captain "
        "Issouf TAPSOBA, received his Ruritanian counterpart, Léonidas NDAYIKEZA, who is on a "
        "visit. The Minister, Mrs. Aminata OUEDRAOGO, said it. Apollinaire KABORÉ said it was "
        "good."
    )
    roles = {p.name: p.role for p in find_people([(1, text)]).values()}
    assert roles["Issouf Tapsoba"] == "President of Faso, Head of State"
    assert roles["Léonidas Ndayikeza"] == "Ruritanian counterpart"
    assert roles["Aminata Ouedraogo"] == "Minister"


# Round 49, speakers (held-out 263-270).


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ("(1) Both parts agreed to hold annual political consultations.",
         ["ilham-aliyev", "robert-golob"]),
        ("(1) The two parts agreed to cooperate in renewable energies.",
         ["ilham-aliyev", "robert-golob"]),
        ("(1) The Slovenian part expressed its support to the request of Azerbaijan.",
         ["robert-golob"]),
    ],
)  # fmt: skip
def test_the_parts_of_a_translated_joint_document_are_its_sides(
    paragraph: str, speakers: list[str]
) -> None:
    """Machine-translated documents write "parts" for "sides" ("Both parts agreed", "The
    Portuguese part expressed"): clauses missed (round 49, held-out 267)."""
    release = (
        "[Joint Statement of Azerbaijan and Slovenia, Baku, 12 March 2026]\n\n"
        f"1. Cooperation\n\n{paragraph}\n\n/End/"
    )
    story = "BAKU - Azerbaijani President Ilham Aliyev met Slovenian Prime Minister Robert Golob."
    said = _who_said(_speakers_and_guesses(story, release), paragraph[4:40])
    assert [sorted(speakers) for speakers, _ in said] == [speakers]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Haruto Mori welcomed Brandmeier, who flew in on Sunday, at the "
        'Kantei for talks that Japanese officials described as "frank and useful".',
        'Mori hosted a dinner which diplomats called "warm".',
    ],
)
def test_a_quotation_unnamed_people_frame_in_a_relative_clause_is_not_the_subjects(
    sentence: str,
) -> None:
    """ "X welcomed Y for talks that Greek officials described as "frank"" gave the officials'
    words to X, certain (round 49, held-out 269's unflagged): the verb's subject is the group
    after "that" or "which", unnamed, and a welcome of a person with an aside after the name
    is a deed; the words are no one's the draft can name."""
    article = (
        "Chancellor Ulrike Brandmeier of Germany met Prime Minister Haruto Mori of Japan.\n\n"
        f"{sentence}\n\n"
        "[Joint statement _2026.3.5. Berlin]\n\n1. Grid\n\n(1) Agreed.\n\n/End/"
    )
    drafted = draft(article, "a.txt")
    assert not [s for s in drafted["statements"] if s.get("speakers")]


def test_a_clause_opened_by_a_style_of_address_and_accepted_by_the_other_is_both_leaders() -> None:
    """ "(3) H.E. A expressed his gratitude …, and invited President B to visit. President B
    accepted the invitation." went to A alone, certain (round 49, held-out 269's unflagged):
    "H.E." before the first part's subject hid it, so the accepting sentence's subject was the
    only one found. The sets' writers give such a clause to A alone or to both (held-out 60,
    208, 257 fell when it went to both), so it stays A's, a guess."""
    story = "DODOMA - President Halima Kombo met President Celso Macuacua."
    clause = (
        "H.E. Halima Kombo expressed her gratitude to H.E. Celso Macuacua for the warm "
        "hospitality, and invited President Macuacua to visit Tanzania. President Macuacua "
        "accepted the invitation."
    )
    assert _clauses_drafted(story, [clause]) == [(["halima-kombo"], True)]


@pytest.mark.parametrize(
    ("said", "words", "speakers"),
    [
        (  # "dismissed X as "…"." with the full stop outside the quotation (264, 266)
            'Somsak dismissed the criticism as "a storm in a teacup".',
            "a storm in a teacup",
            ["somsak-phomma"],
        ),
        (  # translated German present tense "criticizes that" (263)
            "Somsak criticizes that the talks ignored the dam.",
            "the talks ignored the dam",
            ["somsak-phomma"],
        ),
        (  # "thanked for" with no object (264)
            "Somsak thanked for the warm reception and hospitality.",
            "the warm reception",
            ["somsak-phomma"],
        ),
        (  # an invitation conveyed (264)
            "Somsak also conveyed the invitation of the people of Laos to the Prime Minister.",
            "the invitation of the people",
            ["somsak-phomma"],
        ),
        (  # a quotation, then "the statement quoted her as saying" (268)
            'Somsak spoke after the talks.\n\n"The river is ours, and we keep it," the statement '
            "quoted him as saying.",
            "The river is ours",
            ["somsak-phomma"],
        ),
    ],
)
def test_cues_of_round_49_report_speech(said: str, words: str, speakers: list[str]) -> None:
    """Cues missed (round 49, held-out 263-268): "dismissed X as "…"." whose full stop stands
    outside the quotation, the present "criticizes that", "thanked for" with no object, an
    invitation conveyed, and a quotation before "the statement quoted him as saying"."""
    story = "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
    said_ = _speakers_and_guesses(f"{story}{said}")
    assert [s for t, s, _ in said_ if words in t] == [speakers]


def test_the_chief_of_a_nationality_s_executive_is_its_head_of_government() -> None:
    """ "The chief of the Tuvaluan executive, who …, recalled that …" was left as narration
    (round 49, held-out 264): machine-translated Portuguese copy's periphrasis of a head of
    government, as "the head of the Spanish government" is."""
    story = (
        "PRAIA - The Prime Minister of Cabo Verde, José Maria Tavares da Silva, received the "
        "Prime Minister of Albania, Arben Dervishi, on Monday."
    )
    said = (
        "The chief of the Albanian executive, who makes his first visit to Africa, recalled "
        "that the sea was rising."
    )
    assert _speakers_of(story, said, said) == [["arben-dervishi"]]


@pytest.mark.parametrize(
    "said",
    [
        "As the head of the government of Albania declared at the joint briefing held after "
        "the meeting, the sides discussed trade and tourism.",
        "The Albanian authority added that his Government will offer 30 scholarships.",
    ],
)
def test_a_head_of_government_of_a_country_and_an_authority_are_its_leader(said: str) -> None:
    """ "As the head of the government of Georgia declared at …, the sides discussed …" (round
    49, held-out 270) and translated Spanish copy's "The Singaporean authority added that"
    (held-out 265) were left as narration: the office "of" a country by name is its head of
    government, and a nationality's "authority" before a verb of speech its leader, a guess."""
    story = (
        "PRAIA - The Prime Minister of Cabo Verde, José Maria Tavares da Silva, received the "
        "Prime Minister of Albania, Arben Dervishi, on Monday."
    )
    assert _speakers_of(story, said, said) == [["arben-dervishi"]]


# Round 50, speakers lane (held-out 271-278).


def test_a_translated_mister_is_a_title_of_address_no_part_of_the_name() -> None:
    """ "His Excellency Mister Stavros X, President of the Republic of Cyprus," kept "Mister" in
    the visitor's name, so his words went, unflagged, to a "Mister …" form of it (round 50,
    held-out 277: machine-translated French "Monsieur"): "Mister" is Mr written out."""
    story = (
        "OUAGADOUGOU - The President of the Faso, Abdoul Kaboré, received His Excellency Mister "
        "Andreas Kouris, President of the Republic of Cyprus, on Wednesday.\n\n"
        "The Cypriot Minister of Foreign Affairs, Mister Nikos Christou, attended the talks."
    )
    said = "Mister Andreas Kouris said that Cyprus can share its experience in shipping."
    assert _speakers_of(story, said, said) == [["andreas-kouris"]]
    drafted = draft(f"{story}\n\n{said}\n\n{RELEASE_21}", "a.txt")
    names = {p["name"] for p in drafted["people"]}
    assert {"Andreas Kouris", "Nikos Christou"} <= names


def test_each_leader_named_by_office_of_a_two_word_country_with_a_verb_of_his_own() -> None:
    """ "The President of Bolivia expressed …, and the President of North Macedonia expressed
    her support" went, unflagged, to the first leader alone (round 50, held-out 271): "of
    North Macedonia" was read as of "North", which names no leader; a country whose first word
    is a compass point is read whole, and so the clause is both leaders'."""
    story = (
        "ASUNCION - The presidents of Paraguay, Carlos Benítez Ortiz, and North Macedonia, "
        "Mojca Novak-Horvat, met on Tuesday."
    )
    preamble = (
        "The President of the Republic of Paraguay, Carlos Benítez Ortiz, and the President of "
        "the Republic of North Macedonia, Mojca Novak-Horvat, met in Asuncion."
    )
    clause = (
        "(1) The President of Paraguay expressed the interest of Paraguay in closer relations "
        "with Mercosur, and the President of North Macedonia expressed her support for that "
        "purpose."
    )
    found = _speakers_and_guesses(story, _joint_document(preamble, f"1. Trade\n\n{clause}"))
    assert [sorted(s) for s, _ in _who_said(found, "expressed her support")] == [
        ["carlos-benitez-ortiz", "mojca-novak-horvat"]
    ]


def test_the_bare_president_is_the_one_the_article_never_calls_by_a_nationality() -> None:
    """ "President A received President B …. The President said …. The Congolese President
    expressed thanks …. He said …. Speaking at the banquet, the President said: …" gave every
    bare "the President" to the visitor, named and heard last (round 50, held-out 274: 4): a
    writer who calls one of two presidents "the Congolese President" means the other by "the
    President" alone (a guess still)."""
    story = (
        "NAY PYI TAW - President of Myanmar U Min Thu Aung received President of the Republic "
        "of the Congo Mr Jean-Paul Mvouba, who is on a state visit, yesterday.\n\n"
        "The President said that the two countries have always supported each other.\n\n"
        "The Congolese President expressed thanks for the warm welcome. He said that the Congo "
        "regards Myanmar as a friend.\n\n"
        'Speaking at the banquet, the President said: "We share many rivers."'
    )
    found = _speakers_and_guesses(story)
    assert _who_said(found, "always supported") == [(["min-thu-aung"], True)]
    assert _who_said(found, "a friend") == [(["jean-paul-mvouba"], True)]
    assert _who_said(found, "many rivers") == [(["min-thu-aung"], True)]


@pytest.mark.parametrize("country", ["North Macedonia", "South Sudan", "South Korea"])
def test_a_country_of_a_compass_word_before_an_apposition_is_no_person(country: str) -> None:
    """ "…, and that North Macedonia, a candidate for accession to the European Union, can be
    …" listed a person "North Macedonia" (round 50, held-out 271), who then took the words
    "the President of North Macedonia" in the joint document's clause."""
    story = (
        "ASUNCION - President Carlos Benítez Ortiz received his counterpart Mojca Novak-Horvat "
        "on Tuesday.\n\n"
        f"Benítez affirmed that {country}, a candidate for a seat on the Council, can be a door "
        "to new markets."
    )
    drafted = draft(f"{story}\n\n{RELEASE_21}", "a.txt")
    assert country not in {p["name"] for p in drafted["people"]}


@pytest.mark.parametrize(
    ("said", "words", "speakers"),
    [
        (  # translated French "has evoked the possibility of" (277)
            "Somsak has evoked the possibility of opening a consulate in Bangkok in 2027.",
            "opening a consulate",
            ["somsak-phomma"],
        ),
        (  # "for his part, evoked the possibility to" (276)
            "Somsak, for his part, evoked the possibility to open a trade office this year.",
            "open a trade office",
            ["somsak-phomma"],
        ),
        (  # translated Danish present "assesses that" (274)
            "Somsak assesses that the visit is part of a bigger race for energy.",
            "the visit is part of a bigger race",
            ["somsak-phomma"],
        ),
        (  # "he however recognises that" (272; "has however recognised" since round 48)
            'Somsak however recognises that "cooperation costs less than aid".',
            "cooperation costs less than aid",
            ["somsak-phomma"],
        ),
        (  # a deed, then ", affirming that" (273)
            "Somsak briefed his host on the latest developments, affirming that the government "
            "is committed to dialogue.",
            "committed to dialogue",
            ["somsak-phomma"],
        ),
        (  # "offered his country … as a venue for" (276)
            "Somsak on Wednesday offered his country, which has no army, as a venue for "
            "dialogue between the parties in Myanmar.",
            "as a venue for dialogue",
            ["somsak-phomma"],
        ),
        (  # "promised to support" a bid (276)
            "Somsak also promised to support the Thai bid for a seat on the council.",
            "the Thai bid",
            ["somsak-phomma"],
        ),
        (  # "pointed to cooperation in" (278)
            "Somsak pointed to cooperation in timber construction and river logistics.",
            "timber construction",
            ["somsak-phomma"],
        ),
    ],
)
def test_cues_of_round_50_report_speech(said: str, words: str, speakers: list[str]) -> None:
    """Cues missed (round 50, held-out 272-278): translated French "has evoked the
    possibility of", Danish "assesses that", "however recognises that", a participle
    ", affirming that" after a deed, "offered his country as a venue", "promised to support"
    and "pointed to cooperation in"."""
    story = "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
    said_ = _speakers_and_guesses(f"{story}{said}")
    assert [s for t, s, _ in said_ if words in t] == [speakers]


@pytest.mark.parametrize(
    "said",
    [
        '"Laos and Thailand are brothers," declared the Prime Minister Phomma.',
        '"Laos and Thailand are brothers," said the Prime Minister Phomma in front of the press.',
    ],
)
def test_an_inverted_cue_before_the_title_and_surname_names_the_speaker(said: str) -> None:
    """ "«…», declared the President Rivo X in front of the press" and "…," declared the
    President X." were left unattributed (round 50, held-out 276, 278: translated French copy
    writes "the" before a title and a short name): the title and surname after "the" are the
    speaker's, as "the President of Latvia X" after the verb is."""
    story = "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
    said_ = _speakers_and_guesses(f"{story}{said}")
    assert [s for t, s, _ in said_ if "are brothers" in t] == [["somsak-phomma"]]


def test_an_inverted_cue_before_a_title_and_part_of_the_name_names_the_speaker() -> None:
    """ "«…», declared the President Rivo X in front of the press" of "Rivo Herizo X" (round
    50, held-out 276): a capitalised title after "the", then part of a name, is the speaker."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Keo Phomma.\n\n"
        "\u00ab Laos comes to defend its rice \u00bb, declared the Prime Minister Somsak Phomma "
        "in front of the press."
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "defend its rice" in t] == [["somsak-keo-phomma"]]


def test_a_dash_quotation_said_to_an_outlet_after_the_meeting_is_the_speaker_s() -> None:
    """ "- Morocco has the sun …. It is a marriage …, says X to Ritzau after the meeting." was
    left unattributed (round 50, held-out 274): the outlet the words were told to, then when,
    may follow the name after the verb."""
    story = "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
    said = "- Laos has rivers. It is a marriage, says Anan Chaiyo to Ritzau after the meeting."
    said_ = _speakers_and_guesses(f"{story}{said}")
    assert [s for t, s, _ in said_ if "a marriage" in t] == [["anan-chaiyo"]]


def test_a_quotation_she_has_nuanced_is_hers() -> None:
    """ "…," she has nuanced. was left unattributed (round 50, held-out 272: translated French
    "a-t-elle nuancé"): "nuanced" frames a quotation as "estimated" does."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
        "The Lao Minister of Foreign Affairs, Vanida Soukhavong, has specified that twenty "
        'police officers could train in Bangkok. "Nothing is signed yet, but the principle is '
        'acquired," she has nuanced.'
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "principle is acquired" in t] == [["vanida-soukhavong"]]


def test_the_visiting_leader_after_the_visitor_s_words_is_the_visitor() -> None:
    """ "…," the visiting leader told journalists. was left unattributed (round 50, held-out
    278; a leftover of round 49): like "the guest", the speaker before, a guess."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
        "Somsak noted that his government had followed the Thai experience closely.\n\n"
        '"Our rivers are long, but our boats are few," the visiting leader told journalists.'
    )
    said_ = _speakers_and_guesses(story)
    assert [(s, g) for t, s, g in said_ if "boats are few" in t] == [(["somsak-phomma"], True)]


# Round 50, roles lane (held-out 271-278).


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # "Minister of State X, who heads …": "State" no word of the name (271)
            "Ruritania's Minister of State Anne Blanc, who heads the government, said it was "
            "good.",
            {"Anne Blanc": "Ruritania's Minister of State"},
        ),
        (  # a machine-translated "Mister" is a title of address (277)
            "The President received His Excellency Mister Ivo Lenz, President of the Republic "
            "of Ruritania, on Monday.",
            {"Ivo Lenz": "President of the Republic of Ruritania"},
        ),
        (  # an occupation with no article starting a sentence (278)
            "About 60 people gathered. Organiser Maria Obando, a former student leader, said "
            "it was fine.",
            {"Maria Obando": "former student leader"},
        ),
        (  # a fund's officer before a name of three words, no comma (273; "Kuwait Fund X")
            "Director General of the Ruritania Fund for Economic Development Ali Hamad "
            "Al-Bahri explained that the loan covers water.",
            {"Ali Hamad Al-Bahri": "Director General of the Ruritania Fund for Economic "
             "Development"},
        ),
        (  # a married name joined by a slash, whole (277)
            "The Minister of Foreign Affairs, Mrs Ada Zerbo/Kaboré, said three agreements were "
            "signed.",
            {"Ada Zerbo/Kaboré": "Minister of Foreign Affairs"},
        ),
        (  # the "l'" of a French "de l'" particle (278)
            "Not everyone agreed. Economist Jean-Paul de l'Estrac-Bhoyroo cautioned that it "
            "was risky.",
            {"Jean-Paul de l'Estrac-Bhoyroo": "Economist"},
        ),
        (  # … but a title of address is no word of that name (held-out 18)
            "Minister for Works Eng Joseph Mwasambili said the studies were complete.",
            {"Joseph Mwasambili": "Minister for Works"},
        ),
    ],
)  # fmt: skip
def test_names_the_rules_of_round_50_keep_clean(text: str, roles: dict[str, str]) -> None:
    """Titles read into names, unflagged (round 50, held-out 271, 277, 278): "Minister of State
    X, who heads the government" made "State X" a name; "His Excellency Mister X" kept
    "Mister"; "Organiser X, a former student leader," kept "Organiser"."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # "St." of a country's name is no sentence's end (271)
            "At the invitation of Dr. Ken Lowe, Prime Minister of St. Vincent and the "
            "Grenadines, President Ivo Lenz paid a visit.",
            {"Ken Lowe": "Prime Minister of St. Vincent and the Grenadines",
             "Ivo Lenz": "President"},
        ),
        (  # a style of address without its "His" starts no role (271)
            "The Amir held talks with His Excellency Prime Minister of Ruritania Hon. Ken "
            "Lowe Mata at the palace.",
            {"Ken Lowe Mata": "Prime Minister of Ruritania"},
        ),
        (  # "Sen." is a title of address any description outranks (278)
            "Later, the wife of the President, Sen. Ada Obi, received her at the State House.",
            {"Ada Obi": "wife of the President"},
        ),
    ],
)  # fmt: skip
def test_roles_the_rules_of_round_50_read_whole(text: str, roles: dict[str, str]) -> None:
    """Roles cut or padded (round 50, held-out 271, 278): "Prime Minister of St. Vincent and
    the Grenadines" cut at "St"; "His Excellency Prime Minister of X Hon. Y" gave Y the role
    "Excellency Prime Minister of X"; "the wife of the President, Sen. Y," gave Y "Sen."."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # an MP's constituency ending in a compass word, before the name (273)
            "Not everyone agreed. Opposition MP for Port Henry Central Tom Ashby questioned the "
            "cost.",
            {"Tom Ashby": "Opposition MP for Port Henry Central"},
        ),
        (  # a spokesman's brief in lower case, before the name (272)
            "But Opposition spokesman on foreign affairs Peter Blake-Moss, while welcoming the "
            "visit, questioned its cost.",
            {"Peter Blake-Moss": "Opposition spokesman on foreign affairs"},
        ),
        (  # an honour's letters after the name, before the title (274)
            "Leon Carter KC, the Attorney General, who accompanied the Prime Minister, told this "
            "newspaper that it was good.",
            {"Leon Carter": "Attorney General"},
        ),
    ],
)  # fmt: skip
def test_speakers_the_rules_of_round_50_list(text: str, roles: dict[str, str]) -> None:
    """Speakers never listed (round 50, held-out 272-274): "Opposition MP for Diego Martin
    Central X", "Opposition spokesman on foreign affairs X, while welcoming …," and "X KC, the
    Attorney General,"."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a body's short name in brackets, not in capitals, before the name (271)
            "Separately, Chairman of the Ruritanian Chamber of Commerce (Kadin) Budi Wira "
            "Lubis assessed that the visit was good.",
            {"Budi Wira Lubis": "Chairman of the Ruritanian Chamber of Commerce (Kadin)"},
        ),
        (  # a Spanish body's "de" inside it (271)
            "The professor at the Universidad Mayor de San Andrés (UMSA) Ana Ríos Arce told "
            "EFE that it was good.",
            {"Ana Ríos Arce": "professor at the Universidad Mayor de San Andrés (UMSA)"},
        ),
        (  # a "secretary general" without a hyphen, and an administrator (272, 278)
            '"We will see," CPDS secretary general Pedro Ndong Avomo told EFE. Canal '
            "Administrator Jaime Arias Fábrega told AFP that traffic was normal.",
            {"Pedro Ndong Avomo": "CPDS secretary general",
             "Jaime Arias Fábrega": "Canal Administrator"},
        ),
        (  # "bin Sultan" is a father's name, no title (274)
            "The talks were attended by H.H. Sheikh Rashid bin Sultan Al Nahyan, Deputy Ruler "
            "of Al Dhafra Region; H.E. Ali Saeed Al Shamsi, Minister of State; and officials.",
            {"Rashid bin Sultan Al Nahyan": "Deputy Ruler of Al Dhafra Region",
             "Ali Saeed Al Shamsi": "Minister of State"},
        ),
    ],
)  # fmt: skip
def test_people_the_rules_of_round_50_list_whole(text: str, roles: dict[str, str]) -> None:
    """People unlisted or made of a name's words (round 50, held-out 271-278): a body's
    bracketed short name "(Kadin)" and a Spanish "de" in a body before a name; "secretary
    general" and "Canal Administrator" before one; "bin Sultan Al Nahyan" listed "Al Nahyan",
    a Sultan, who then took "His Highness"'s words."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


# Round 51, speakers lane (held-out 279-286).


def test_a_middle_initial_before_a_saint_particle_keeps_the_family_name_whole() -> None:
    """ "Prime Minister Dr. the Hon. Kerwin A. St. Jean" was read "Kerwin A. St", and his
    wife "Ingrid St. Jean", who shares the family name, took "St. Jean said" for certain
    (round 51, held-out 281, unflagged): a middle initial may stand before "St." inside a
    name as a particle does."""
    story = (
        "ROSEAU - Prime Minister Dr. the Hon. Ken B. St. Clair has described the visit of "
        "President Ivo Lenz as historic.\n\n"
        "Speaking after the talks, PM St. Clair said the two islands share many risks.\n\n"
        "The President, accompanied by the Prime Minister and his wife Mary St. Clair, also "
        "visited the port."
    )
    names = {p.name for p in find_people([(1, part) for part in story.split("\n\n")]).values()}
    assert "Ken B. St. Clair" in names
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "share many risks" in t] == [["ken-b-st-clair"]]


def test_miss_before_a_citizen_s_name_is_a_title_of_address() -> None:
    """ "Belmopan resident Miss Gloria Neal told us she had never heard of Mali" kept "Miss"
    in the name, unflagged (round 51, held-out 285): "Miss" before a name of two words is a
    title of address, as "Mrs" is."""
    story = (
        "BELMOPAN - Prime Minister Ken Lowe met President Ivo Lenz.\n\n"
        "Outside the market, Belmopan resident Miss Ada Obi told us she had never heard of the "
        "country before."
    )
    names = {p.name for p in find_people([(1, part) for part in story.split("\n\n")]).values()}
    assert "Ada Obi" in names
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "never heard" in t] == [["ada-obi"]]


def test_a_headline_joining_both_leaders_by_a_hyphen_and_titles_is_no_person() -> None:
    """ "PM Vlachopoulos-President Habimana: Greece and Rwanda upgrade relations" made one
    person "Vlachopoulos-President Habimana", who took the "two leaders" clauses (round 51,
    held-out 282: 10, flagged): a leader's title after a hyphen joins two names."""
    story = (
        "PM Lowe-President Lenz: Ruritania and Freedonia upgrade relations\n\n"
        "ATHENS - Prime Minister Ken Lowe received President Ivo Lenz on Tuesday."
    )
    names = {p.name for p in find_people([(1, part) for part in story.split("\n\n")]).values()}
    assert names == {"Ken Lowe", "Ivo Lenz"}
    release = (
        "[Joint statement _2026.3.5. Athens]\n\n1. Politics\n\n(1) The two leaders agreed to "
        "open embassies in both capitals.\n\n/End/"
    )
    said_ = _speakers_and_guesses(story, release)
    assert [sorted(s) for t, s, _ in said_ if "open embassies" in t] == [["ivo-lenz", "ken-lowe"]]


def test_a_family_name_ending_in_king_after_a_hyphen_is_a_person() -> None:
    """ "economist Dr Natasha Fraser-King said" is a person: "-King" ending a double family
    name is no leader's title joining two names (held-out 86 fell while it was one)."""
    story = (
        "GEORGETOWN - Prime Minister Ken Lowe met President Ivo Lenz.\n\n"
        "University economist Dr Ada Fraser-King said the new commitments were encouraging."
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert "Ada Fraser-King" in {p.name for p in people.values()}


def test_a_title_s_word_after_a_hyphen_inside_a_name_is_the_name_s() -> None:
    """ "The Prime Minister, Hussein Abdul-Amir al-Zubaidi," and "al-Zubaidi affirmed" made
    an "Amir" al-Zubaidi, who took the "two sides" clauses (round 51, held-out 284: 5,
    flagged): "Amir" run on after "Abdul-" is a word of the name, no emir's title."""
    story = (
        "Al-Rawi and al-Hakim agree on a joint committee\n\n"
        "BAGHDAD - The Prime Minister, Ali Abdul-Amir al-Rawi, received today the Chairman of "
        "the Council, Saleh Omar al-Hakim.\n\n"
        "A statement of his office stated that al-Rawi affirmed the position of Iraq."
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert {p.name: p.role for p in people.values()} == {
        "Ali Abdul-Amir al-Rawi": "Prime Minister",
        "Saleh Omar al-Hakim": "Chairman of the Council",
    }


def test_the_chairman_of_a_nationality_s_presidential_council_is_a_leader() -> None:
    """ "the Chairman of the Yemeni Presidential Leadership Council, X," was no head of state
    beside "the President of the Republic, Y," whom the guest was to meet, and "the two sides"
    went to the host and Y (round 51, held-out 284): a nationality may stand between "the"
    and the council's name."""
    story = (
        "BAGHDAD - The Prime Minister, Ali Hassan al-Rawi, received today the Chairman of the "
        "Yemeni Presidential Leadership Council, Saleh Omar al-Hakim.\n\n"
        "The two sides affirmed the depth of their relations.\n\n"
        "The President of the Republic, Karim Aziz Kareem, will receive the guest tomorrow."
    )
    said_ = _speakers_and_guesses(story)
    assert [sorted(s) for t, s, _ in said_ if "depth of their" in t] == [
        ["ali-hassan-al-rawi", "saleh-omar-al-hakim"]
    ]


def test_an_honorary_title_s_unity_is_no_person() -> None:
    """ "the Founder of Peace and National Unity, Leader of the Nation, President of the
    Republic of Tajikistan, Honorable X held negotiations" listed "National Unity", a leader
    who took two statements (round 51, held-out 282): "Unity" ends no person's name."""
    story = (
        "DUSHANBE - The Founder of Peace and National Unity, Leader of the Nation, President of "
        "the Republic of Ruritania, Honorable Ken Lowe held negotiations with the Prime "
        "Minister of the Republic of Freedonia Ivo Lenz."
    )
    people = find_people([(1, story)])
    assert "National Unity" not in {p.name for p in people.values()}


def test_a_doctor_of_sciences_degree_before_a_name_is_no_part_of_the_role_or_name() -> None:
    """ "Director of the Institute of Economy …, Doctor of Economic Sciences X Y Z, believes
    that" left the director unlisted and his words to another (round 51, held-out 282): a
    post-Soviet academic degree before a name is a title of address, as "Prof." is."""
    story = (
        "Director of the Institute of Economy, Doctor of Economic Sciences Saidmurod Karimovich "
        "Rahimov, believes that the agreements will help."
    )
    people = find_people([(1, story)])
    assert {p.name: p.role for p in people.values()} == {
        "Saidmurod Karimovich Rahimov": "Director of the Institute of Economy"
    }


def test_he_after_a_leader_who_shares_his_family_name_with_his_wife_is_the_leader() -> None:
    """ "Kariuki, who was accompanied by his wife, Esther Wairimu Kariuki, is due to travel
    … He said he would raise …" went to the economist named before (round 51, held-out 282:
    3): the subject shares his name with his wife, but "he" is not the wife."""
    story = (
        "NAIROBI - Kenyan President Joseph Mwangi Kariuki met Honduran President Ana Lopez "
        'Bustillo.\n\n"We have much in common," Kariuki told reporters.\n\n'
        '"This is a start," said Hector Alvarado, an economist at the university. He noted '
        "that costs remained high.\n\n"
        "Kariuki, who was accompanied by his wife, Esther Wairimu Kariuki, is due to travel on "
        "Friday to Guatemala City. He said he would raise the idea of a forum with other "
        "leaders."
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "raise the idea" in t] == [["joseph-mwangi-kariuki"]]


def test_a_saint_particle_after_a_hyphen_keeps_the_family_name_whole() -> None:
    """ "Minister for External Affairs, Hon. Claudia Mathurin-St. Rose," was "Claudia
    Mathurin-St", and "According to Mathurin-St. Rose, …" hers only as a guess (round 51,
    held-out 286: 3, flagged): "-St." inside a double family name is no sentence's end."""
    story = (
        "CASTRIES - Prime Minister Ken Lowe met President Ivo Lenz.\n\n"
        "Minister for External Affairs, Hon. Ada Joseph-St. Rose, who accompanied the Prime "
        "Minister, explained that the visa waiver would make exchanges easier."
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert "Ada Joseph-St. Rose" in {p.name for p in people.values()}
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "visa waiver" in t] == [["ada-joseph-st-rose"]]


def test_a_royal_style_s_late_father_is_no_person() -> None:
    """ "His Majesty Sultan Haji X Y ibni Al-Marhum Sultan Haji Z W, the Sultan …" listed
    the late father, Sultan Z W, who then took "His Majesty said" (round 51, held-out 283:
    3): the one after "ibni Al-Marhum" ("son of the late") speaks for no one: he is listed,
    as a former holder is, and taken for no one's words."""
    story = (
        "BANDAR SERI BEGAWAN - His Majesty Sultan Haji Omar Ali Saifuddien ibni Al-Marhum "
        "Sultan Haji Hassan Jalil, the Sultan of Brunei, yesterday received Prime "
        "Minister of the Kingdom of Denmark Ken Lowe.\n\n"
        'His Majesty said Brunei valued Denmark as "a trusted partner in Europe."'
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "trusted partner" in t] == [["omar-ali-saifuddien"]]


def test_a_family_name_first_minister_with_a_lower_case_title_and_no_comma_is_listed() -> None:
    """ "Bencze Ádám minister of foreign affairs and trade informed the press that …" left
    the minister unlisted and his words to the Prime Minister (round 51, held-out 283: 3; 285
    has the same in translated copy): a name starting a sentence, then a minister's title in
    lower case and a verb, is the minister's."""
    story = (
        "BUDAPEST - Prime Minister Szalai Gergely received Prime Minister Dev Beeharry.\n\n"
        '"We are not waiting," Szalai Gergely said at the press conference.\n\n'
        "Kovacs Peter minister of foreign affairs and trade informed the press that Hungary "
        "will offer 50 scholarships."
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert people["kovacs-peter"].role == "minister of foreign affairs and trade"
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "50 scholarships" in t] == [["kovacs-peter"]]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a saint's particle after a middle initial, after a chain of honorifics (281)
            "Prime Minister Dr. the Hon. Ken A. St. Clair has described the visit as a "
            "beginning.\n\nThe Prime Minister and his wife Ada St. Clair visited the school.",
            {"Ken A. St. Clair": "Prime Minister", "Ada St. Clair": "wife"},
        ),
        (  # a saint's particle inside a hyphenated double surname (286)
            "Minister for External Affairs, Hon. Ana Morel-St. Luce, who accompanied the Prime "
            "Minister, explained that the visa waiver would help.",
            {"Ana Morel-St. Luce": "Minister for External Affairs"},
        ),
        (  # "Miss" a title of address before a name of two words (285)
            "Outside the hall, village resident Miss Rita Moss told us she had never heard of "
            "Mali.",
            {"Rita Moss": "village resident"},
        ),
        (  # an Arabic compound given name's "-Amir" is no title of a surname (284)
            "The Prime Minister, Hadi Abdul-Amir al-Rubaie, received the guest.\n\n"
            "For his part, al-Rubaie said that the talks were good.",
            {"Hadi Abdul-Amir al-Rubaie": "Prime Minister"},
        ),
        (  # a headline joining one leader's surname to the other's title by a hyphen (282)
            "PM Andreou-President Mugisha: Ruritania and Rwanda upgrade relations\n\n"
            "Prime Minister Petros Andreou received the President of Rwanda, Paul Mugisha, on "
            "Tuesday.",
            {"Petros Andreou": "Prime Minister", "Paul Mugisha": "President of Rwanda"},
        ),
    ],
)  # fmt: skip
def test_names_the_rules_of_round_51_read_whole(text: str, roles: dict[str, str]) -> None:
    """Names cut, padded or invented (round 51, held-out 281-286): "Dr. the Hon. X A. St. Y"
    cut at "St" (281: two unflagged, to his wife Z St. Y); "X Mathurin-St. Rose" cut at "St";
    "resident Miss X Y" (285: unflagged); "Abdul-Amir" made an Amir of the surname; a
    headline's "PM X-President Y" made a person."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a family name first and a minister's title in lower case, no comma (283, 285)
            "Varga Ádám minister of foreign affairs and trade informed the press that Hungary "
            "will offer scholarships. After the talks Kis-Nagy Béla minister of finance told the "
            "reporters that it was good.",
            {"Varga Ádám": "minister of foreign affairs and trade",
             "Kis-Nagy Béla": "minister of finance"},
        ),
        (  # "the minister of … (of Country)" in lower case, no comma before the name (279)
            "The minister of foreign affairs of Ruritania Ana Petrović Lukić told our newspaper "
            "that it was good. The Ukrainian minister of foreign affairs Ivan Hrytsenko assessed "
            "that the visit was historic.",
            {"Ana Petrović Lukić": "minister of foreign affairs of Ruritania",
             "Ivan Hrytsenko": "Ukrainian minister of foreign affairs"},
        ),
        (  # "said opposition MP X", and after a quotation's comma (281, 282)
            '"It is good," said opposition MP Anil Perera, who sits on the committee. "We '
            'should first fix our hospitals," opposition MP Jan Novák wrote on a social network.',
            {"Anil Perera": "opposition MP", "Jan Novák": "opposition MP"},
        ),
        (  # a "director-general" in lower case before a retired rank and initials (282)
            "Officials insisted it would cost little. According to the Disaster Centre's "
            "director-general, Major General (retd) A.B.C. Silva, most of it would take place "
            "online.",
            {"A.B.C. Silva": "Disaster Centre's director-general"},
        ),
    ],
)  # fmt: skip
def test_speakers_the_rules_of_round_51_list(text: str, roles: dict[str, str]) -> None:
    """Speakers never listed (round 51, held-out 279-285): "X Y minister of … informed" with
    the family name first; "The minister of foreign affairs of Serbia X Y told"; "said
    opposition MP X" and '…," opposition MP X wrote'; "According to the centre's
    director-general, Major General (retd) A.K.G. X,"."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a woman's pilgrimage title as the Gambia writes it, no part of her name (288)
            "At the market, Aja Mariama Ceesay, a fish seller, said she had heard about the "
            "visit on the radio.",
            {"Mariama Ceesay": "fish seller"},
        ),
        (  # a Luo name's apostrophe at its end (289)
            "Foreign Affairs Cabinet Secretary Dr Anyang' Ochieng Otieno said the two "
            "governments had signed four deals.\n\nOpposition Senator for Siaya Prof Ben "
            "Oduor Ogweng' said the deals were paper.",
            {"Anyang' Ochieng Otieno": "Foreign Affairs Cabinet Secretary",
             "Ben Oduor Ogweng'": "Opposition Senator for Siaya"},
        ),
        (  # a family name that starts with a click letter (293)
            "The Chief Executive Officer of the Namibian Ports Authority, Johannes !Gawaxab, "
            "who attended the signing ceremony, welcomed the agreement.",
            {"Johannes !Gawaxab": "Chief Executive Officer of the Namibian Ports Authority"},
        ),
        (  # a chief's title the role of a chief given no other, and his family name after it
            "GABORONE - President Ana Modise met Prime Minister Edi Rama.\n\n"
            "Meanwhile, Kgosi Tumelo Sechele of Molepolole, who attended the banquet, welcomed "
            "the visit, saying it showed that the country was known.\n\n"
            '"We are happy," Kgosi Sechele said.\n\n'
            "She was accompanied by Iroij Lanny Kabua, who presented a mat.",
            {"Ana Modise": "President", "Edi Rama": "Prime Minister",
             "Tumelo Sechele": "Kgosi", "Lanny Kabua": "Iroij"},
        ),
        (  # a body's city after its initials in brackets, before its officer's name (270)
            "Jakarta (ANTARA) - President Ana Budi met President Edi Rama.\n\n"
            "Separately, researcher at the Centre for Policy Studies (CPS) Jakarta Dewi Ayu "
            "Lestari assessed that the visit was good.",
            {"Ana Budi": "President", "Edi Rama": "President",
             "Dewi Ayu Lestari": "researcher at the Centre for Policy Studies (CPS) Jakarta"},
        ),
        (  # two titles joined by "and" after "Deputy PM" and "Tánaiste" (290, 292)
            "Deputy PM and Defence Minister Jan Kowal told PAP that talks would go on.\n\n"
            "Tánaiste and Minister for Foreign Affairs Mary Byrne, who also attended the "
            "meeting, told The Irish Times the funding would help.",
            {"Jan Kowal": "Deputy PM and Defence Minister",
             "Mary Byrne": "Tánaiste and Minister for Foreign Affairs"},
        ),
    ],
)  # fmt: skip
def test_names_the_rules_of_round_52_read(text: str, roles: dict[str, str]) -> None:
    """Names cut, padded or never read (round 52, held-out 287-294, and 270): "Aja Fatou X"
    (288: unflagged, her title kept in her name); "Achieng' X", "Tom Y Ajwang'" (289: unlisted,
    three missed); "Elias !Khaiseb" (293); "Kgosi X Y" with no role, and "Kgosi Y" made another
    person (293: two); "(CSIS) Jakarta X Y Z" (270: two unflagged); "Deputy PM and Defence
    Minister X" cut at "Deputy" (290), "Tánaiste and Minister for … X" at "and" (292)."""
    paragraphs = [(number, part) for number, part in enumerate(text.split("\n\n"), 1)]
    assert {p.name: p.role for p in find_people(paragraphs).values()} == roles


# Round 52, the speakers lane (held-out 287-294).


def test_a_host_leader_received_by_under_a_council_of_ministers_title_is_listed() -> None:
    """ "X was received in Lome by Y, President of the Council of Ministers and Togo's most
    powerful figure" left Y unlisted, and the "two leaders" clauses to the foreign minister
    (round 52, held-out 294: 12): a leader whose title is the President of a Council of
    Ministers, of a country or with "and Country's …" after it, is listed with that title."""
    story = (
        "LOME - Ethiopian Prime Minister Dawit Haile on Thursday wrapped up a visit to Togo.\n\n"
        "Dawit was received in Lome by Komlan Edem Agbeko, President of the Council of "
        "Ministers and Togo's most powerful figure since 2024.\n\n"
        "Agbeko said Ethiopian goods would be welcome at the port.\n\n"
        "Later, Ama Sodji, President of the Council of Ministers of Ruritania, arrived."
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert {p.name: p.role for p in people.values()} == {
        "Dawit Haile": "Ethiopian Prime Minister",
        "Komlan Edem Agbeko": "President of the Council of Ministers",
        "Ama Sodji": "President of the Council of Ministers of Ruritania",
    }
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "welcome at the port" in t] == [["komlan-edem-agbeko"]]


def test_the_king_granting_an_audience_is_no_party_to_the_visitor_s_talks() -> None:
    """ "President X was granted an audience by His Majesty the King and held official talks
    with Y, Prime Minister of Bhutan" paired the King with Y, and the "two sides" clauses and
    "The Haitian side" went to the King, who never speaks (round 52, held-out 288: 7): a name
    after a passive's "by" is no subject of "held talks with"."""
    story = (
        "THIMPHU - Haitian President Jean Lafont arrived in Bhutan on Thursday.\n\n"
        "Lafont was received by King Jigme Wangchuk before talks with Prime Minister "
        "Tshering Dorji."
    )
    release = (
        "[Joint Statement between Bhutan and Haiti _2026.4.9. Thimphu]\n\n"
        "His Excellency Jean Lafont, President of the Republic of Haiti, paid an official visit "
        "to the Kingdom of Bhutan at the invitation of the Royal Government of Bhutan.\n\n"
        "During the visit, President Lafont was granted an audience by His Majesty the King "
        "and held official talks with Lyonchhen Tshering Dorji, Prime Minister of Bhutan.\n\n"
        "1. Forestry\n\n"
        "(1) The two sides agreed to cooperate in community forestry.\n\n"
        "(2) The Haitian side expressed its interest in public service reform.\n\n/End/"
    )
    said_ = _speakers_and_guesses(story, release)
    assert [s for t, s, _ in said_ if "community forestry" in t] == [
        ["jean-lafont", "tshering-dorji"]
    ]
    assert [s for t, s, _ in said_ if "public service reform" in t] == [["jean-lafont"]]


def test_a_commander_in_chief_s_apposition_before_a_rank_keeps_the_office_first() -> None:
    """ "The President of the Transitional Sovereignty Council, the Commander-in-Chief of the
    Armed Forces, Lieutenant General X, held talks" gave X the rank alone, and "the President
    of the Sovereignty Council affirmed" to no one or to the Sultan (round 52, held-out 292: 3
    wrong, 2 missed): a Commander-in-Chief's apposition between the office and the name is
    no end of the office's."""
    story = (
        "MUSCAT - The President of the Transitional Sovereignty Council, the Commander-in-Chief "
        "of the Armed Forces, Lieutenant General Abdel-Moneim Al-Tahir, held talks with His "
        "Majesty Sultan Taimur bin Said, Sultan of Oman.\n\n"
        "The President of the Sovereignty Council affirmed that the relations are deep."
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert people["abdel-moneim-al-tahir"].role == (
        "President of the Transitional Sovereignty Council"
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "relations are deep" in t] == [["abdel-moneim-al-tahir"]]


@pytest.mark.parametrize(
    ("said", "words"),
    [
        (  # "…, which he described as" after the Sultan was named last (292)
            "For his part, the Prime Minister Somsak conveyed to His Majesty the King the "
            'greetings of his people, which he described as "a people of peace."',
            "a people of peace",
        ),
        (  # "a speech in which he welcomed" after another was named (288)
            "After the talks, Prime Minister Somsak delivered a speech in which he welcomed "
            '"the friend Prime Minister Anan in his second country."',
            "his second country",
        ),
    ],
)
def test_a_pronoun_in_a_relative_clause_is_the_sentence_s_subject(said: str, words: str) -> None:
    """ "X conveyed to His Majesty the Sultan …, which he described as "…"" went to the
    Sultan, and "X delivered a speech in which he welcomed "…"" to the minister named the
    paragraph before (round 52, held-out 292, 288: 3): the pronoun of a relative clause is the
    sentence's subject, one person named at its start, a guess."""
    story = (
        "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma and King "
        "Sisavang Vong.\n\nForeign Minister Boun Keo hosted a lunch.\n\n"
    )
    said_ = _speakers_and_guesses(f"{story}{said}")
    assert [(s, guess) for t, s, guess in said_ if words in t] == [(["somsak-phomma"], True)]


def test_the_right_honourable_after_at_the_invitation_of_the_is_the_leader_s_title() -> None:
    """ "At the invitation of the Rt. Hon. X, Prime Minister of Nepal," gave X no "of Nepal",
    and "(3) The Prime Minister of Nepal invited …" went to no one (round 52, held-out 289):
    "the" before a style of address after "invitation of" starts the name's honours."""
    story = (
        "KATHMANDU - Right Honourable Prime Minister Keshav Bhattarai and President of Guyana "
        "Dr Rohan Persaud held talks today."
    )
    release = (
        "[Joint Statement _2026.4.20. Kathmandu]\n\n"
        "At the invitation of the Rt. Hon. Keshav Bhattarai, Prime Minister of Nepal, His "
        "Excellency Dr Rohan Persaud, President of the Co-operative Republic of Guyana, paid "
        "an official visit to Nepal.\n\n1. Trade\n\n"
        "(1) The Prime Minister of Nepal invited Guyanese investors to visit Nepal.\n\n/End/"
    )
    said_ = _speakers_and_guesses(story, release)
    assert [s for t, s, _ in said_ if "Guyanese investors" in t] == [["keshav-bhattarai"]]


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        (  # "set the objective of" (292)
            "(1) The two leaders set the objective of increasing trade to one billion dollars.",
            ["anan-chaiyo", "somsak-phomma"],
        ),
        (  # a future "will promote" (289)
            "(1) Both parties will promote cooperation in sustainable tourism.",
            ["anan-chaiyo", "somsak-phomma"],
        ),
        (  # the other leader's passive "welcomed by the President" (293)
            "(1) The Prime Minister announced the decision to open an embassy, which was warmly "
            "welcomed by the President.",
            ["somsak-phomma", "anan-chaiyo"],
        ),
        (  # a bare "The President" of the party, not of an association named last (293)
            "(1) The President expressed appreciation for the support of Laos.",
            ["anan-chaiyo"],
        ),
    ],
)  # fmt: skip
def test_joint_clauses_of_round_52_name_their_parties(clause: str, speakers: list[str]) -> None:
    """Joint document clauses unread or misread (round 52, held-out 289, 292, 293): "set the
    objective", "will promote", a passive "which was warmly welcomed by the President", and a
    bare "The President" read as the president of an association the article named last."""
    story = (
        "VIENTIANE - President Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
        "Kham Vong, president of a Vientiane cultural association, said it was good."
    )
    release = (
        "[Joint Statement _2026.3.5. Vientiane]\n\n"
        "At the invitation of His Excellency Somsak Phomma, Prime Minister of Laos, His "
        "Excellency Anan Chaiyo, President of Ruritania, paid an official visit to Laos.\n\n"
        f"1. Trade\n\n{clause}\n\n/End/"
    )
    said_ = _speakers_and_guesses(story, release)
    assert [s for t, s, _ in said_ if t == clause.removeprefix("(1) ")] == [speakers]


@pytest.mark.parametrize(
    ("said", "words"),
    [
        (  # "said that …:" before a quotation after a colon (287)
            "Somsak said that the visa problems of business people should be solved as soon as "
            'possible: "Our people wait for weeks."',
            "the visa problems",
        ),
        (  # "…, saying:" after a told-reporters clause (288)
            "Somsak, for his part, told reporters that Laos would consider direct charter "
            'flights in winter, saying: "Tourists love the sea."',
            "direct charter flights",
        ),
        (  # "…," he said, while cautioning that … (290)
            '"Laos is a small player," Somsak said, while cautioning that aid alone would not '
            "change the outlook.",
            "aid alone would not change",
        ),
        (  # "…, though he cautioned that "…"" (287)
            "Somsak told reporters that the airline had been asked to study a route via Hanoi, "
            'though he cautioned that "nobody should book a ticket yet."',
            "study a route via Hanoi",
        ),
        (  # "Emphasizing that …, X said, "…"" (287)
            "Emphasizing that French companies have invested ten billion euros in Laos, Somsak "
            'said, "Airbus and Renault are here."',
            "French companies have invested",
        ),
    ],
)
def test_reported_clauses_beside_a_quotation_are_statements(said: str, words: str) -> None:
    """Reported clauses lost beside a quotation in one sentence (round 52, held-out 287: 3,
    288: 3, 290): "said that …:" before a colon's quotation, ", saying:", "while cautioning
    that" after a quotation's frame, ", though he cautioned that "…"", and an opening
    participle "Emphasizing that …, X said, "…"": each is a statement of the speaker's."""
    story = "VIENTIANE - Prime Minister Anan Chaiyo met Lao Prime Minister Somsak Phomma.\n\n"
    said_ = _speakers_and_guesses(f"{story}{said}")
    assert [s for t, s, _ in said_ if words in t] == [["somsak-phomma"]]


def test_the_words_of_a_council_s_name_are_no_nationality_of_its_president() -> None:
    """ "The Sudanese side expressed …" went to no one once the host's guest was listed as
    "President of the Transitional Sovereignty Council", read as a "Transitional" (round 52,
    held-out 292): the words of a council's name are no country of its president, so the side
    the other leader's country is not is his."""
    story = (
        "MUSCAT - The President of the Transitional Sovereignty Council, the Commander-in-Chief "
        "of the Armed Forces, Lieutenant General Abdel-Moneim Al-Tahir, held talks with His "
        "Majesty Sultan Taimur bin Said, Sultan of Oman."
    )
    release = (
        "[Joint Statement _2026.2.10. Muscat]\n\n"
        "In response to the invitation of His Majesty Sultan Taimur bin Said, Sultan of Oman, "
        "His Excellency Lieutenant General Abdel-Moneim Al-Tahir, President of the Transitional "
        "Sovereignty Council of the Republic of the Sudan, paid an official visit to the "
        "Sultanate of Oman.\n\n1. Politics\n\n"
        "(1) The Sudanese side expressed its appreciation for the efforts of Oman.\n\n/End/"
    )
    said_ = _speakers_and_guesses(story, release)
    assert [s for t, s, _ in said_ if "appreciation" in t] == [["abdel-moneim-al-tahir"]]


def test_a_nationality_s_minister_is_none_whose_role_starts_with_another() -> None:
    """ "the Angolan minister explained" went to the "Uruguayan Minister of Foreign Relations"
    named last, beside a "Minister of External Relations" whose title names no country (round
    52, held-out 294): a holder whose role starts with another nationality is no holder of
    this one's title, where another whose title names none is; a guess."""
    story = (
        "LUANDA - President Manuel Kiala received President Martín Olivera of Uruguay.\n\n"
        "The Minister of External Relations, Esperança Caxito, and the Uruguayan Minister of "
        "Foreign Relations, Gabriela Sosa, signed a memorandum.\n\n"
        "The Angolan minister explained that the instruments open a new chapter."
    )
    said_ = _speakers_and_guesses(story)
    assert [(s, guess) for t, s, guess in said_ if "new chapter" in t] == [
        (["esperanca-caxito"], True)
    ]


def test_a_minister_s_title_before_ambassador_or_senator_and_a_doctor_s_is_the_role() -> None:
    """ "the Minister of Foreign Affairs, Ambassador Dr. X" and "The Minister of Foreign Affairs
    and Foreign Trade of Barbados, Senator Dr. Y, indicated" left X an "Ambassador" and Y a
    "Senator", and "The Minister of Foreign Affairs stated" and "the Barbadian minister said"
    went to the Prime Minister (round 52, held-out 290: 3): a doctor's title after the
    ambassador's or senator's starts the name, after the minister's title."""
    story = (
        "PORT SUDAN - The Chairman of the Council, Lieutenant General Abdelmoneim Al-Hadi, "
        "received the Prime Minister of Barbados, the Honourable Alicia Clarke.\n\n"
        "The meeting was attended by the Minister of Foreign Affairs, Ambassador Dr. Hashim "
        "Babiker.\n\n"
        "The Minister of Foreign Affairs stated to SUNA that the two sides agreed to talk.\n\n"
        "The Minister of Foreign Affairs and Foreign Trade of Barbados, Senator Dr. Kerwin "
        "Alleyne, indicated that Barbados wants sesame.\n\n"
        '"We want the direct way," the Barbadian minister said.'
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert people["hashim-babiker"].role == "Minister of Foreign Affairs"
    assert people["kerwin-alleyne"].role == (
        "Minister of Foreign Affairs and Foreign Trade of Barbados"
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "agreed to talk" in t] == [["hashim-babiker"]]
    assert [s for t, s, _ in said_ if "direct way" in t] == [["kerwin-alleyne"]]


@pytest.mark.parametrize(
    ("style", "country", "role"),
    [
        ("the Most Honourable", "Jamaica", "Prime Minister of Jamaica"),
        ("the Rt. Hon.", "Nepal", "Prime Minister of Nepal"),
        ("the Right Honourable", "the Kingdom of Lesotho", "Prime Minister"),
    ],
)  # fmt: skip
def test_a_styled_host_in_the_preamble_gives_a_bare_title_its_country(
    style: str, country: str, role: str
) -> None:
    """Round 52's narrowing of "at the invitation of the Rt. Hon. X, Prime Minister of Y" (a
    title of X's, never his role) cost six older sets "Prime Minister of Jamaica" (held-out 85,
    117, 165, 217, 221; 156's Nepal): the story's bare "Prime Minister" takes a short country's
    name, as before; a formal one ("of the Kingdom of Lesotho", held-out 21) stays out."""
    story = (
        "KINGSTON - Prime Minister Desmond Whitfield and his Guyanese counterpart Ravi Persaud "
        "met today.\n\nWhitfield said trade would grow."
    )
    release = (
        "[Joint Communique _2026.9.18. Kingston]\n\nThe Honourable Ravi Persaud, President of "
        f"Guyana, paid an official visit at the invitation of {style} Desmond Whitfield, Prime "
        f"Minister of {country}.\n\n1. Trade\n\n(1) The two leaders agreed to meet.\n\n/End/"
    )
    roles = {p.name: p.role for p in draft_summit(f"{story}\n\n{release}", "a.txt").people}
    assert roles["Desmond Whitfield"] == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about opposition leader Marta Valli, who has called the migration chapter "
        "\u201ca blank cheque for Cairo\u201d, Ferraresi replied: \u201cThose who say that have "
        "not read the text.\u201d",
        "Ferraresi, pressed on the critics who have described the deal as \u201ca surrender\u201d, "
        "said the text spoke for itself.",
    ],
)
def test_words_quoted_in_a_relative_clause_about_another_are_a_guess(sentence: str) -> None:
    """ "Asked about X, who has called the chapter "a blank cheque", Y replied: "…"" gave X's
    words to Y, unflagged (held-out 2, the last of its unflagged): the words a relative
    clause says someone has called or described something are theirs, not the speaker's, so
    the sentence's one record is a guess for the curator."""
    story = (
        "ROME - Italian Premier Giulia Ferraresi and Egyptian President Khaled Mansour signed a "
        f"partnership on Thursday.\n\n{sentence}"
    )
    said = _speakers_and_guesses(story)
    assert [guessed for text, _, guessed in said if "Ferraresi" in text and "," in text] == [True]


@pytest.mark.parametrize("asked", ["Asked about", "Questioned on", "Pressed over"])
def test_a_question_s_opening_is_no_part_of_a_role(asked: str) -> None:
    """ "Asked about opposition leader Marta Valli, who …, Ferraresi replied" made her role
    "Asked about opposition leader" (held-out 2): the question's words before a role in lower
    case are the sentence's, not hers."""
    roles = _roles_drafted(
        "ROME - Italian Premier Giulia Ferraresi met Egyptian President Khaled Mansour.\n\n"
        f"{asked} opposition leader Marta Valli, who has criticised the deal, Ferraresi replied "
        "that the text spoke for itself."
    )
    assert roles["Marta Valli"] == "opposition leader"


def test_an_office_s_full_title_as_a_clause_s_first_subject_is_the_other_leader() -> None:
    """ "(2) The President of the Presidential Council informed his counterpart …, and the
    President of the Republic of Cabo Verde reiterated …" went to the second president alone,
    unflagged (round 53, held-out 298): the first part's full title is no title of the
    second's, who holds another "President of …", so it is the other leader's, both speakers,
    a guess; an agency names an office's holder by the office's full title in its documents."""
    story = (
        "TRIPOLI - The President of the Republic, Joao Baptista Rocha, arrived today. He was "
        "received at the Presidential Council by the president of this organ, Karim Salem "
        "al-Barouni.\n\nRocha said the two countries had much in common."
    )
    release = (
        "[Joint Communique _2026.10.14. Tripoli]\n\nAt the invitation of His Excellency Karim "
        "Salem al-Barouni, President of the Presidential Council of the State of Libya, His "
        "Excellency Joao Baptista Rocha, President of the Republic of Cabo Verde, paid a State "
        "visit to Libya.\n\n1. Politics\n\n(1) The President of the Presidential Council "
        "informed his counterpart about the political process in Libya, and the President of "
        "the Republic of Cabo Verde reiterated the support of his country to a solution led by "
        "Libyans.\n\n/End/"
    )
    said_ = _speakers_and_guesses(story, release)
    assert [(sorted(s), guess) for t, s, guess in said_ if "informed his" in t] == [
        (["joao-baptista-rocha", "karim-salem-al-barouni"], True)
    ]


def _clause_of_banda_and_tamm(clause: str) -> list[tuple[str, list[str], bool]]:
    """`_speakers_and_guesses` of a joint statement of Malawi's president and Estonia's prime
    minister holding one numbered `clause`."""
    story = (
        "TALLINN - President Peter Banda of Malawi met Prime Minister Kaarel Tamm of Estonia.\n\n"
        "Banda said trade would grow."
    )
    release = (
        "[Joint Statement _2026.3.1. Tallinn]\n\nAt the invitation of His Excellency Kaarel "
        "Tamm, Prime Minister of the Republic of Estonia, His Excellency Peter Banda, President "
        f"of the Republic of Malawi, paid an official visit.\n\n1. Politics\n\n{clause}\n\n/End/"
    )
    return _speakers_and_guesses(story, release)


@pytest.mark.parametrize(
    ("clause", "speakers"),
    [
        (  # held-out 301
            "(1) The Malawian side informed the Estonian side of its initiative on the return of "
            "children, and the Estonian side took note of it with interest.",
            ["kaarel tamm", "peter banda"],
        ),
        (  # held-out 216, 287
            "(1) The Malawian side reiterated its call for the removal of sanctions, and the "
            "Estonian side took note of this position.",
            ["kaarel tamm", "peter banda"],
        ),
        (  # held-out 204: a leader named first keeps the clause
            "(1) President Banda informed his counterpart of the reforms, and the Estonian side "
            "took note of them.",
            ["peter banda"],
        ),
    ],
)  # fmt: skip
def test_a_side_that_takes_note_of_the_other_side_s_words_speaks_too(
    clause: str, speakers: list[str]
) -> None:
    """ "The Ukrainian side informed the Moroccan side …, and the Moroccan side took note of it"
    went to the first side's leader alone (round 53, held-out 301; 216, 260, 274 and 287 the
    same): the sets' writers give a clause in which one side speaks and the other side takes
    note to both leaders, a guess; a leader named as the first part's subject keeps it (204)."""
    said_ = _clause_of_banda_and_tamm(clause)
    assert [(sorted(s), guess) for t, s, guess in said_ if "took note" in t] == [
        ([s.replace(" ", "-") for s in speakers], True)
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "(1) The Malawian Party expressed its intention to open a resident Embassy in Tallinn, "
        "which was welcomed by the Estonian Party.",  # held-out 299
        "(1) The Malawian party announced a direct air link to Tallinn, which the Estonian "
        "party welcomed.",  # held-out 266
    ],
)
def test_a_party_answering_in_a_relative_clause_speaks_too(clause: str) -> None:
    """ "The Timorese Party expressed its intention …, which was welcomed by the Argentine
    Party" went to the Timorese leader alone (round 53, held-out 299): a joint document that
    calls its sides "Party" (as French and Spanish ones do) answers in a relative clause as one
    that calls them "side" does, and the answering party's leader speaks too, a guess."""
    said_ = _clause_of_banda_and_tamm(clause)
    assert [(sorted(s), guess) for t, s, guess in said_ if "Malawian" in t] == [
        (["kaarel-tamm", "peter-banda"], True)
    ]


@pytest.mark.parametrize(
    ("sentence", "key", "role"),
    [
        (
            "Ambassador of Sierra Leone to Belarus with residence in Moscow Ibrahim Kallon "
            "Sesay, who took part in the talks, noted that the visit was long prepared.",
            "ibrahim-kallon-sesay",
            "Ambassador of Sierra Leone to Belarus with residence in Moscow",
        ),
        (
            "For his part, HE Ambassador of the Republic of Chad to the State of Kuwait Idriss "
            "Mahamat stressed that the community is large.",
            "idriss-mahamat",
            "Ambassador of the Republic of Chad to the State of Kuwait",
        ),
        (
            "She toured the museum with the Ambassador of BiH to France and Monaco Almir "
            "Hadžić.",
            "almir-hadzic",
            "Ambassador of BiH to France and Monaco",
        ),
    ],
)  # fmt: skip
def test_an_ambassador_of_one_country_to_another_before_the_name(
    sentence: str, key: str, role: str
) -> None:
    """ "Ambassador of Sierra Leone to Belarus … X Y" named a person "Leone" (the title's
    "Ambassador of Sierra"), who then took the ambassador's words, and "HE Ambassador of the
    Republic of Senegal to the State of Qatar X Y stressed" or "the Ambassador of BiH to France
    and Monaco X Y." named no one (round 53, held-out 295, 297, 298): an ambassador's title
    runs from the sending country to the receiving one (two joined by "and", a residence
    after them), as agencies write it, and the name after it is the ambassador's; a country's
    first word is never a title's end."""
    people = find_people([(1, "The two leaders met on Monday."), (2, sentence)])
    assert [(p.id, p.role) for p in people.values()] == [(key, role)]


@pytest.mark.parametrize(
    ("sentence", "key", "role"),
    [
        (
            "Director General of Gomel Harvester Works Pavel Kotov informed that the first "
            "batch is ready.",
            "pavel-kotov",
            "Director General of Gomel Harvester Works",
        ),
        (
            "Deputy Director General of the Baku Sea Port Elnur Aliyev noted that cargo grew.",
            "elnur-aliyev",
            "Deputy Director General of the Baku Sea Port",
        ),
    ],
)  # fmt: skip
def test_a_director_general_s_whole_office_before_the_name(
    sentence: str, key: str, role: str
) -> None:
    """ "Director General of Minsk Tractor Works X Y informed" named no one (round 53,
    held-out 301): the rule of an office's whole title before a name took the "General" of
    "Director General" for a rank inside the office's words, which tells that a title of
    address stands there, and read no report's verb ("informed that") after the name: the
    words after the title's head ("of …") are the office's, and a report's verb ends the
    name as a cue's does."""
    people = find_people([(1, "The two leaders met on Monday."), (2, sentence)])
    assert [(p.id, p.role) for p in people.values()] == [(key, role)]


@pytest.mark.parametrize(
    ("sentence", "key", "role"),
    [
        (
            "The visit comes after then Tongan premier Sione Fakatava met him in 2022.",
            "sione-fakatava",
            "then Tongan premier",
        ),
        (
            "The idea was first raised in 2024 by then-foreign minister Dana Levi, officials "
            "said.",
            "dana-levi",
            "then-foreign minister",
        ),
        (
            "The last contact was a stop by then-associate trade minister Kiri Walters in 2019.",
            "kiri-walters",
            "then-associate trade minister",
        ),
    ],
)  # fmt: skip
def test_then_before_a_title_in_lower_case_stays_in_the_role(
    sentence: str, key: str, role: str
) -> None:
    """ "then-associate foreign minister X", "then-foreign minister Y" and "then Nauruan
    president Z" lost their "then" (round 53, held-out 296, 298, 302): as with a title in
    capitals ("then Prime Minister X"), "then" before a title in lower case is the article's
    word for a holder of the past, kept as written (with its hyphen or its space), as the
    gold labels of older sets keep it too."""
    people = find_people([(1, "The two leaders met on Monday."), (2, sentence)])
    assert [(p.id, p.role, p.former) for p in people.values()] == [(key, role, True)]


@pytest.mark.parametrize(
    ("sentence", "key", "role"),
    [
        (
            "Back in Apia, opposition MP Fuimaono Lemalu questioned the cost of the trip.",
            "fuimaono-lemalu",
            "opposition MP",
        ),
        (
            "The national deputy Martín Ezequiel Robles questioned the timing of the visit.",
            "martin-ezequiel-robles",
            "national deputy",
        ),
    ],
)  # fmt: skip
def test_a_legislator_s_title_in_lower_case_after_a_comma_or_the(
    sentence: str, key: str, role: str
) -> None:
    """ "Back in Yaren, opposition MP X questioned" and "The national deputy Y questioned"
    named no one (round 53, held-out 299, 300): an MP's title in lower case may follow a
    sentence's opening phrase and its comma as it follows "said", and "national deputy" is an
    Argentine legislator's title (diputado nacional) as "federal deputy" is a Brazilian's."""
    people = find_people([(1, "The two leaders met on Monday."), (2, sentence)])
    assert [(p.id, p.role) for p in people.values()] == [(key, role)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Dr. the Honourable Desmond Liburd welcomed his Omani counterpart, "
        "Prime Minister Dr. Salim Nasser al-Harthi, at Government Headquarters.",
        "President Ana Ruiz welcomed her Ghanaian counterpart, Vice President Dr. Kwame Boateng, "
        "at the palace.",
    ],
)
def test_a_counterpart_s_title_and_doctor_are_no_name(sentence: str) -> None:
    """ "his Yemeni counterpart, Prime Minister Dr. X" made a phantom person "Prime Minister
    Dr", who took fourteen statements of both leaders (round 53, held-out 298): a title of two
    words ("Prime Minister", "Vice President") and a doctor's title after it are no name, as a
    title's words alone are none."""
    people = find_people([(1, "The two leaders met on Monday."), (2, sentence)])
    assert not [p.name for p in people.values() if p.name.endswith("Dr")]
    assert len(people) == 2


def test_a_country_s_last_word_after_a_title_of_its_first_is_no_name() -> None:
    """ "the Sultan of Brunei Darussalam held in Ashgabat", a headline, named a person
    "Darussalam" (the title "Sultan of Brunei" before him), who took the Sultan's words and the
    joint statement's clauses (round 53, held-out 295: 10): a word the article writes after the
    place elsewhere, with no title before ("relations with Brunei Darussalam"), is the
    country's name's, not a person's."""
    story = (
        "Talks between the President of Kazakhstan and the Sultan of Brunei Darussalam held in "
        "Astana\n\n"
        "Astana, 15 June. Talks were held between President of Kazakhstan Nurlan Abenov and "
        "His Majesty Sultan Haji Omar Ali Saifuddin, the Sultan of Brunei Darussalam.\n\n"
        '"We value the friendly relations with Brunei Darussalam," the head of state said.'
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert "darussalam" not in people


def test_a_byline_in_capitals_under_a_standfirst_with_its_job_and_city() -> None:
    """ "DANIEL OKAFOR-HUGHES / MINING REPORTER / OTTAWA", the third paragraph (after the
    headline and a standfirst), named no one (round 53, held-out 299): a name in capitals on
    its own line, a journalist's title in capitals on the next and the dateline's city after
    it, is a byline there as it is under the headline; a line in capitals with no such title
    under it there stays no one's (a section's heading)."""
    story = (
        "Canada and Gabon sign minerals deal\n\n"
        "Ottawa wants a foothold in the supply chain; critics question safeguards\n\n"
        "MARTIN DUBOIS-LEROUX\nTRADE REPORTER\nOTTAWA\n\n"
        "Prime Minister Anne Cartier met President Marc Ndong on Monday.\n\n"
        "The two leaders signed a deal."
    )
    people = find_people([(n, part) for n, part in enumerate(story.split("\n\n"), 1)])
    assert "martin-dubois-leroux" in people
    heading = story.replace("MARTIN DUBOIS-LEROUX\nTRADE REPORTER\nOTTAWA", "MINING DEAL SIGNED")
    people = find_people([(n, part) for n, part in enumerate(heading.split("\n\n"), 1)])
    assert "mining-deal-signed" not in people


def test_an_honoured_name_in_apposition_to_a_bare_title_is_the_subject() -> None:
    """ "Minister of Foreign Affairs, the Honourable X, told ZIZ News that …" was narration,
    missed and not flagged (round 54, held-out 303): a sentence that opens with a title and no
    "the" gives the name in apposition after it, a style of address ("the Honourable") before
    the name, as the subject; the appositive is the name's, no aside to blank."""
    story = (
        "BASSETERRE - Prime Minister Terrance Liburd received President Ramon Mejia on Monday. "
        "Minister of Foreign Affairs Keisha Brathwaite attended.\n\n"
        "Minister of Foreign Affairs, the Honourable Keisha Brathwaite, told ZIZ News that the "
        "Federation had been talking with several countries."
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if "several countries" in t] == [["keisha-brathwaite"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah made it clear that Togo will continue to implement the sanctions.",  # 303
        "Mensah valued that the visit responds to the search of new markets.",  # 303
        "Mensah indicates that the government will receive much money from oil.",  # 306
        "Mensah also voiced his country's interest in benefiting from the expertise in roads.",
        "Mensah pointed to the experience of Togo with the port of Lome, which made it rich.",
    ],
)
def test_translated_verbs_of_report_are_cues(sentence: str) -> None:
    """ "X made it clear that", "X valued that" (Spanish "valoró que"), the present "X
    indicates that", "X voiced his country's interest in" and "X pointed to the experience
    of" were narration, missed (round 54, held-out 303, 306): each reports words as "made
    clear that", "indicated that", "conveyed his country's interest in" and "pointed to the
    need" already do; the sets' writers label each so."""
    story = (
        "LOME - President Faure Mensah received Prime Minister Paulo Gomes of Guinea-Bissau on "
        f"Monday.\n\n{sentence}"
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if t == sentence] == [["faure-mensah"]]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (  # held-out 310
            "\u201eWe have water and young people\u201d, has transmitted Nurlan Asanov.",
            "young people",
            "nurlan-asanov",
        ),
        (  # held-out 310
            "\u201eLet us solve the problems from home\u201d, has written the senator.",
            "from home",
            "ion-barbu",
        ),
        (  # held-out 310
            "\u201eCentral Asia has resources\u201d, has explained the analyst for Digi24.",
            "has resources",
            "sorin-vlad",
        ),
        (  # held-out 308
            '"Every nation has the right to decide its own path," he put it.',
            "own path",
            "nurlan-asanov",
        ),
        (  # held-out 306
            '"You can see where every dollar goes," so the president.',
            "every dollar",
            "nurlan-asanov",
        ),
    ],
)  # fmt: skip
def test_translated_frames_after_a_quotation(sentence: str, words: str, speaker: str) -> None:
    """ "„…”, has transmitted X", "„…”, has written the senator", "„…”, has explained the
    expert for Digi24" (Romanian copy's passé composé, inverted, and the outlet the words were
    for), "…," he put it (Hungarian copy) and "…," so the president (Dutch copy's "aldus de
    president") left their quotations unattributed (round 54, held-out 306, 308, 310): each
    is the quotation's frame, as "has said X" and "…," so X already are."""
    story = (
        "BUCHAREST - President Nurlan Asanov of Kyrgyzstan met President Andrei Pop on Monday. "
        "The senator Ion Barbu criticised the visit. The analyst Sorin Vlad considers that the "
        f"interest is justified. Asanov spoke to the press.\n\n{sentence}"
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if words in t] == [[speaker]]


def test_reported_words_before_an_inverted_verb_and_a_quotation_are_a_statement() -> None:
    """ "Small states were forming coalitions, said X, a lecturer at Y, "because nobody else
    …"" gave the quotation to X and lost the reported words before the verb, missed and not
    flagged (round 54, held-out 303): the words before an inverted "said X" are X's reported
    speech, a statement of their own, as "X said A, "B"" makes A one."""
    story = (
        "MASERU - Prime Minister Thabo Lekhanya met President Jean Hoareau on Monday.\n\n"
        "Analysts were more charitable. Small states were increasingly forming coalitions "
        "outside the traditional blocs, said Lerato Mokoena, a lecturer in political science at "
        'the National University of Lesotho, "because nobody else is going to speak for them."'
    )
    said_ = _speakers_and_guesses(story)
    assert [(t, s) for t, s, _ in said_ if "coalitions" in t or "nobody else" in t] == [
        ("Small states were increasingly forming coalitions outside the traditional blocs,",
         ["lerato-mokoena"]),
        ("because nobody else is going to speak for them.", ["lerato-mokoena"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (  # held-out 305
            "The independent deputy Marisol Quintero considered that the Government should "
            "attend first to the problems of water.",
            "Marisol Quintero",
        ),
        (  # held-out 305
            "According to Minister of Investment, Industry and Trade Jamshid Normurodov, a "
            "package of agreements worth 1.2 billion dollars was signed.",
            "Jamshid Normurodov",
        ),
    ],
)  # fmt: skip
def test_speech_of_a_subject_the_draft_does_not_know_is_flagged(sentence: str, words: str) -> None:
    """ "The independent deputy X considered that …" and "According to Minister of Investment,
    Industry and Trade Y, …", of people the draft did not find, were narration with no review
    item, missed and not flagged (round 54, held-out 305): a verb of speech after a name, or
    "according to" a name, whom the draft does not know, is someone's words, for the curator."""
    story = (
        "TASHKENT - President Anvar Sodiqov received Prime Minister Erik Dahl on Monday.\n\n"
        f"{sentence}"
    )
    drafted = draft(f"{story}\n\n{RELEASE_21}", "a.txt")
    assert [item for item in drafted["curation"]["review"] if words in item]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator Ana Duarte questioned in her account on X the convenience of the visit.",
        "Defence Minister Ana Duarte confirmed Australia would second two specialists to Tallinn.",
        "Defence Minister Ana Duarte confirmed New Zealand will open an embassy in Suva.",
    ],
)
def test_a_question_after_a_phrase_and_a_confirmation_with_no_that(sentence: str) -> None:
    """ "X questioned in his account of X the convenience of …" (translated Spanish copy) and
    "X confirmed Australia would second …" were narration, missed and not flagged (round 54,
    held-out 303, 305): a phrase of where may stand between "questioned" and what it
    questions, as it may before "that", and a confirmed clause may drop its "that" where a
    country and its verb of future follow."""
    story = (
        "CANBERRA - Prime Minister Richard Marsh received Prime Minister Kaja Tamm on Monday. "
        f"Minister Ana Duarte attended.\n\n{sentence}"
    )
    said_ = _speakers_and_guesses(story)
    assert [s for t, s, _ in said_ if t == sentence] == [["ana-duarte"]]


_ONE_LEADER_S_FORMS = [
    (  # a headline's and the story's middle names, the release's full name (held-out 307)
        "Ghana, Carania sign gas deal as Ndong Obiang visits Accra\n\n"
        "Accra, 5 May. President Kofi Mensah welcomed the visiting President of the Republic "
        "of Carania, Pedro Ndong Obiang Mba, on Monday.\n\n"
        "President Ndong Obiang said his country wanted to sell gas to its neighbours.\n\n"
        "Joint Communique\n\n"
        "(3) President Ndong Obiang Mba thanked President Mensah for the warm welcome.",
        "pedro-ndong-obiang-mba",
        ["ndong-obiang", "ndong-obiang-mba"],
    ),
    (  # a headline's given and family name, a counterpart's full name (held-out 309)
        "Chad-Zambia: the Head of State Idriss Hamid and his counterpart Tatenda Moyo sign a "
        "roadmap\n\n"
        "Lusaka, 5 May. The Head of State Idriss Hamid was received by his Zambian counterpart, "
        "His Excellency Tatenda Farai Moyo, on Monday.\n\n"
        'For his part, President Tatenda Moyo saluted "a brother and a friend".\n\n'
        "Joint Communique\n\n"
        "(3) President Idriss Hamid thanked his brother President Tatenda Farai Moyo for the "
        "welcome.",
        "tatenda-farai-moyo",
        ["tatenda-moyo"],
    ),
    (  # a family name of two words, given names as initials run together, the release's
        # given names written whole, a wife of the family name (held-out 306)
        "Prime Minister Sharma Gurung holds talks with Chancellor Huber in Vienna\n\n"
        "Vienna, 5 May. Prime Minister RK Sharma Gurung and Federal Chancellor Anton Huber "
        "agreed on Wednesday to expand cooperation.\n\n"
        "Sharma Gurung said Nepal saw Austria as a model. He is accompanied by his wife Sita "
        "Sharma Gurung.\n\n"
        "Joint Statement\n\n"
        "At the invitation of Anton Huber, Federal Chancellor of the Republic of Austria, the "
        "Rt. Hon. Ram Kumar Sharma Gurung, Prime Minister of Nepal, paid an official visit.",
        "rk-sharma-gurung",
        ["sharma-gurung", "ram-kumar-sharma-gurung"],
    ),
]


@pytest.mark.parametrize(("story", "key", "shorter"), _ONE_LEADER_S_FORMS)
def test_the_shorter_forms_of_a_leader_s_name_are_the_leader(
    story: str, key: str, shorter: list[str]
) -> None:
    """A leader's shorter name made a second person, who took the leader's words and the "two
    leaders" clauses (round 54, held-out 306: 12, 307: 11, 309: 7): "President Ndong Obiang"
    of "Pedro Ndong Obiang Mba", where the release's "Ndong Obiang Mba" is a form of him too;
    "President Tatenda Moyo" of "his counterpart, His Excellency Tatenda Farai Moyo", whose
    release calls him President; "Sharma Gurung" of "RK Sharma Gurung", the release's "Ram
    Kumar Sharma Gurung". Forms that are each part of the next, of one leader whose title
    they carry, are one person, as an agency shortens a name; the name kept is the one the
    story writes in full, and a wife of the family name stays herself."""
    release = story.split("\n\n").index(
        next(p for p in story.split("\n\n") if p.startswith("Joint"))
    )
    paragraphs = [(n, part) for n, part in enumerate(story.split("\n\n"), 1) if n != release + 1]
    people = find_people(paragraphs, release + 2)
    assert key in people
    assert not [k for k in shorter if k in people]
    if key == "rk-sharma-gurung":
        assert people[key].role == "Prime Minister"
        assert "sita-sharma-gurung" in people


@pytest.mark.parametrize(
    ("paragraph", "key"),
    [
        (
            "President Musa Bello assured the Chairman of the Sovereignty Council, Lt-Gen Omar "
            "Hassan al-Nur, that Nigeria would stand with his country.",
            "omar-hassan-al-nur",
        ),
        (
            "At the invitation of His Excellency Musa Bello, His Excellency Maj-Gen Omar Hassan "
            "al-Nur, Chairman of the Sovereignty Council, paid a State Visit to Nigeria.",
            "omar-hassan-al-nur",
        ),
        (
            "President Musa Bello received the President of the Transition, Brig-Gen Aliyu "
            "Danjuma, at the State House.",
            "aliyu-danjuma",
        ),
        (
            "At the invitation of His Excellency Musa Bello, His Excellency Lt-Col Grace "
            "Adeyemi, President of the Transition, paid a State Visit to Nigeria.",
            "grace-adeyemi",
        ),
    ],
)  # fmt: skip
def test_a_military_rank_written_with_a_hyphen_is_no_part_of_the_name(
    paragraph: str, key: str
) -> None:
    """ "the Chairman of Sudan's Transitional Sovereignty Council, Lt-Gen X," named no one, and
    the release's "His Excellency Lt-Gen X" named "Excellency Lt-Gen X", who took ten of his
    statements (round 54, held-out 307): British and Nigerian copy write a compound rank with
    a hyphen ("Lt-Gen", "Maj-Gen", "Brig-Gen", "Lt-Col") as others write it with a space, an
    honour before the name as "Lt Gen" is."""
    people = find_people([(1, "The two leaders met on Monday."), (2, paragraph)])
    assert key in people
    assert not [p.name for p in people.values() if re.search(r"Gen|Col|Excellency", p.name)]


@pytest.mark.parametrize(
    ("first", "later", "key"),
    [
        (
            "His Excellency the President of the Republic, Mr. Brahim Ould Sidi Salem, "
            "received on Tuesday his brother the President of Mali.",
            "The President of the Employers Union, Mr. Brahim Yahya El Mokhtar Ould Cheikh "
            "Abdallah, stated that trade must grow.",
            "brahim-ould-sidi-salem",
        ),
        (
            "The President of the Republic, Mr. Mohamed Ag Ahmed, received on Monday the "
            "Prime Minister of Niger.",
            "The head of the Chamber of Commerce, Mr. Mohamed Ali El Hadj Ag Moussa Ag "
            "Intalla, said the border must reopen.",
            "mohamed-ag-ahmed",
        ),
    ],
)  # fmt: skip
def test_a_given_name_two_people_share_is_no_honorific_by_a_longer_name_s_part(
    first: str, later: str, key: str
) -> None:
    """The Mauritanian President "Mr. Mohamed Ould Sidi Mahmoud" was listed as "Ould Sidi
    Mahmoud" (round 55, held-out 314: ten of his statements under another name): the
    employers' head's name of seven words was read to its fifth ("Mohamed Zeine El Abidine
    Ould"), and the President's own "Mohamed Ould" then looked like the honorific's short form
    "Mohamed X" (`_honours`, as "Lyonchhen Wangdi" of "Lyonchhen Tshering Wangdi"). A short
    form is one only where it stands alone: followed by another word of a name, it is the
    start of a longer one, and a given name two people share stays a given name."""
    people = find_people([(1, first), (2, '"We agreed," the President said.'), (3, later)])
    assert key in people


@pytest.mark.parametrize(
    ("headline", "body", "key", "short"),
    [
        (
            "Mozambican President Daniel Macuvele received in Conakry, joint communiqué signed",
            "The President of the Republic, General Sekou Camara, received on Tuesday his "
            "Mozambican counterpart, Daniel Armando Macuvele, on an official visit.",
            "daniel-armando-macuvele",
            "daniel-macuvele",
        ),
        (
            "Ghanaian Foreign Minister Kofi Boateng in Lomé for talks",
            "Togo's Foreign Minister, Robert Dogbe, received on Monday his Ghanaian "
            "counterpart, Kofi Asante Boateng, at the ministry.",
            "kofi-asante-boateng",
            "kofi-boateng",
        ),
    ],
)  # fmt: skip
def test_a_headline_s_short_name_is_the_counterpart_of_its_nationality(
    headline: str, body: str, key: str, short: str
) -> None:
    """The headline's "Mozambican President Daniel Macuácua" and the story's "his Mozambican
    counterpart, Daniel Armando Macuácua" were listed as two people, and the short one took
    eight of his statements (round 55, held-out 311). A headline writes a name short, its given
    name and family name (`_given_and_family`); the story's counterpart of that nationality,
    found by a lower rule and with no title yet, is the one the headline's title names."""
    people = find_people([(1, headline), (2, body), (3, '"We agree," the minister said.')])
    assert key in people
    assert short not in people
