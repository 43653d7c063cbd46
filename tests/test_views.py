"""Each record type's view: its fields, its JSON, and what it marks as curated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import NO_ROLE_ARTICLE, write_draft
from summitcli import views
from summitcli.model import Narration, Outcome, Statement, Summit
from summitcli.refs import find_records
from summitcli.search import parse_query, search
from summitcli.views import citation_text


def test_qualified_refs_in_a_corpus(summit: Summit) -> None:
    view = views.passage(summit.statements[0], views.Options(qualify=True))
    assert view.values[0] == f"{summit.id}:S1"


def test_the_release_is_named_alike_wherever_it_is_who(summit: Summit) -> None:
    """The title's WHO read "release" and the release's note N10's "the release": two spellings
    of one document in `passages.who`, which a script groups by."""
    by_ref = {record.ref: record for record in summit.searchable}
    assert views.who(by_ref["T"]) == views.who(by_ref["N10"]) == "the release"


def test_every_passage_is_ref_who_kind_text(summit: Summit) -> None:
    """Whatever its type (a section too), a passage has the same four fields, text last."""
    for record in summit.searchable:
        view = views.passage(record, views.Options())
        assert view.labels == views.PASSAGE.labels and view.quoted_row
        assert view.values[3] == views.text_of(record)


def test_an_account_is_nobodys_words(summit: Summit) -> None:
    account = next(s for s in summit.statements if s.kind == "account")
    assert views.who(account).startswith("the article, about ")
    assert views.passage(account, views.Options()).json["speakers"] == []


@pytest.mark.parametrize(
    ("query", "found_in"),
    [
        (["abduction"], {"S16": "curation"}),
        (["hydrogen"], {}),
        (["hydrogen", "future"], {"2.1": "text and curation"}),
    ],
)
def test_a_hit_found_through_curation_says_so(
    summit: Summit, query: list[str], found_in: dict[str, str]
) -> None:
    hits = [views.hit(h, views.Options()) for h in search(summit.searchable, parse_query(query))]
    assert {v.values[0]: v.found_in for v in hits if v.found_in != "text"} == found_in
    assert {v.values[0]: v.json["found_in"] for v in hits if v.found_in != "text"} == found_in


def test_curated_fields_are_marked(summit: Summit) -> None:
    outcome = views.outcome(summit.outcomes[0], views.Options())
    assert all(f.curated for f in outcome.fields[1:])
    assert outcome.notes
    person = views.person(summit.people[0], views.Options())
    assert [f.label for f in person.fields if f.curated] == ["Aliases (curated)"]


def test_citations_name_document_place_and_date(summit: Summit) -> None:
    [preamble, section, statement, outcome] = find_records([summit], ["P3", "4", "S15", "O2"])
    assert citation_text(preamble, summit).startswith(
        f"\u201c{summit.release.title}\u201d, preamble, paragraph 3."
    )
    assert "\u201cCooperation on peace on the Korean Peninsula" in citation_text(section, summit)
    assert citation_text(statement, summit).startswith(
        "The article's words reporting Shigeru Ishiba (indirect speech), at the joint press "
        "conference "
        "(setting inferred). Korea-Japan summit, Tokyo, 23 August 2025. Source article, "
        "paragraph 9. From korea-japan-summit-2025-08-23.txt, an English news article, "
        "machine-translated by AI"
    )
    assert "(curated summary)" in citation_text(outcome, summit)


def test_every_citation_names_the_part_its_record_stands_in(summit: Summit) -> None:
    """The release's closing note N10 was cited by reference managers (BibTeX, RIS, CSL-JSON)
    as "article, paragraph 37", where the plain citation and `source.part` say the release
    (new user 51): a statement's or narration's place is its own part's."""
    placed = [r for r in summit.searchable if isinstance(r, Statement | Narration)]
    assert {r.provenance.part for r in placed} == {"article", "release"}
    for record in placed:
        other = "release" if record.provenance.part == "article" else "article"
        reference = views.reference(record, summit)
        assert views.place(record).startswith(f"{record.provenance.part}, paragraph ")
        assert f"{other}, paragraph" not in reference.title + reference.note
        assert f"{other}, paragraph" not in citation_text(record, summit).lower()


def test_an_account_is_never_cited_as_speech(summit: Summit) -> None:
    [account] = find_records([summit], ["S17"])
    citation = citation_text(account, summit)
    assert citation.startswith("The article's account (not a quotation) of Lee Jae-myung & ")
    assert "quoted" not in citation and "press conference" not in citation


def test_a_citation_can_carry_the_quote(summit: Summit) -> None:
    statement = summit.statements[3]
    citation = citation_text(statement, summit, quote=True)
    assert citation.startswith(f"\u201c{statement.text}\u201d \u2014 Lee Jae-myung, quoted")


@pytest.mark.parametrize("ref", ["P1", "2.1", "N10", "S4"])
def test_a_quoted_citation_sets_its_text_apart_from_the_document_s_title(
    summit: Summit, ref: str
) -> None:
    """`cite N10 --quote` printed "“/End/” “Joint press release …”", two quotations side by
    side, read as one (new user 58): a dash sets the text apart from where it stands."""
    [record] = find_records([summit], [ref])
    assert not isinstance(record, Outcome)
    citation = citation_text(record, summit, quote=True)
    assert citation.startswith(f"\u201c{record.text}\u201d \u2014 "), citation
    assert "\u201d \u201c" not in citation


@pytest.mark.parametrize("ref", ["T", "P1", "2", "2.1", "S4", "N2", "O1"])
@pytest.mark.parametrize("quote", [False, True])
def test_a_citation_quotes_in_one_style(summit: Summit, ref: str, quote: bool) -> None:
    """New user 55: `cite 2.1 --quote` put the clause in curly marks and the release's title in
    straight ones, two styles in one line to paste; every quotation a citation makes is curly
    (the source's own straight marks, inside its text, stay as it writes them)."""
    [record] = find_records([summit], [ref])
    citation = citation_text(record, summit, quote=quote)
    own = getattr(record, "text", "").count('"')
    assert citation.count('"') == (own if quote else 0)
    assert citation.count("\u201c") == citation.count("\u201d") >= quote


def test_a_sections_citation_says_its_title_once_even_quoted(summit: Summit) -> None:
    section = summit.sections[1]
    assert citation_text(section, summit, quote=True).count(section.title) == 1


@pytest.mark.parametrize("qualify", [False, True])
def test_a_table_of_no_records_has_the_header_of_real_ones(summit: Summit, qualify: bool) -> None:
    """CSV and Markdown print a table's header with no record to take it from (a CSV of no rows
    is its header): it comes from the same declaration of the view's columns as real records'
    fields, and says whether they are quotations (block quotes in Markdown, not a table)."""
    from summitcli.compare import compare

    options = views.Options(qualify=qualify)
    alignments, echoes = compare(summit)
    [found] = search(summit.searchable, parse_query(["hydrogen"]))[:1]
    entry: dict[str, object] = {"cache": "/cache/corpus-1.db", "stale": None, "files": 2}
    shown: dict[Callable[..., views.View], views.View] = {
        views.passage: views.passage(summit.statements[0], options),
        views.found: views.found(summit.clauses[0], options),
        views.hit: views.hit(found, options),
        views.listing: views.listing(summit.sections[0], options),
        views.outcome: views.outcome(summit.outcomes[0], options),
        views.expanded: views.expanded((summit.outcomes[0], summit.clauses[:1]), options),
        views.event: views.event(summit.timeline[0], options),
        views.topic: views.topic(summit.topics[0], options),
        views.person: views.person(summit.people[0], options),
        views.alignment: views.alignment(alignments[0], options),
        views.compared: views.compared(alignments[0], options),
        views.echoes: views.echoes(echoes[0], options),
        views.cache: views.cache(entry, options),
    }
    for view, real in shown.items():
        header = views.header(view, options)
        scored = views.HIT_LABELS if real.score is not None else ()
        assert header.labels == (*real.headers, *scored), view.__name__
        assert header.quoted == (real.quote is not None), view.__name__


def test_a_draft_s_placeholders_never_pass_for_the_source_s_words(tmp_path: Path) -> None:
    """`speakers --json` gave "(unknown: see curation.review)" as a role, uncurated, `info`
    printed "Kenji Tanaka ((unknown: see curation.review))" and "visit (unknown: see
    curation.review) (unreviewed draft: not found)": null in JSON, marked curated, and text
    says what is unknown once."""
    from summitcli.loader import load_file
    from summitcli.model import PLACEHOLDER

    summit = load_file(write_draft(tmp_path, article=NO_ROLE_ARTICLE))
    [tanaka] = [p for p in summit.people if p.name == "Kenji Tanaka"]
    assert tanaka.role == PLACEHOLDER
    shown = views.person(tanaka, views.Options())
    assert shown.json["role"] is None and "role" in shown.json["curated"]
    about = views.summit(summit)
    assert all(PLACEHOLDER not in field.value for field in about.fields)
    assert "Kenji Tanaka (role unknown: unreviewed draft)" in [f.value for f in about.fields]
    [participant] = [p for p in about.json["participants"] if p["name"] == "Kenji Tanaka"]
    assert participant["role"] is None


def test_info_gives_each_participant_the_country_and_marks_speakers_gives(tmp_path: Path) -> None:
    """`info --json` said null where the curator had filled a draft's countries in (new user
    43), while `speakers --json` gave the curated country, marked: one person, one answer."""
    import json

    from summitcli.loader import load_file

    path = write_draft(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    first = next(p for p in data["people"] if p["speaker"])
    first["country"], first["curation"]["country"] = None, "Norway"  # the curators' knowledge
    path.write_text(json.dumps(data), encoding="utf-8")
    summit = load_file(path)
    participants = views.summit(summit).json["participants"]
    for person, shown in zip([p for p in summit.people if p.speaker], participants, strict=True):
        spoken = views.person(person, views.Options()).json
        marked = "country" in shown.get("curated", [])
        assert (shown["country"], marked) == (spoken["country"], "country" in spoken["curated"])
    assert participants[0]["country"] == "Norway"


EXPERT_ARTICLE = """Leaders meet in Hanoi

HANOI, April 2 -- President Le Van Minh met Prime Minister Ana Lima in Hanoi on Thursday.

"We are friends," Le Van Minh said after the talks.

Economist Kenji Tanaka, who did not attend, said the deal was modest.

[Joint statement _2026.4.2. Hanoi]

The two leaders agreed to meet again.

/End/
"""


def test_only_the_leaders_words_are_cited_as_speech_at_the_summit(tmp_path: Path) -> None:
    """A reference manager prints a `speech` as given at its event: an expert the reporter
    asked spoke to the article, not at the summit (new user 29). The leaders, whom the joint
    document gives words, are cited so; anyone else as quoted in the article on it."""
    from summitcli.loader import load

    [drafted] = load(write_draft(tmp_path, article=EXPERT_ARTICLE))
    by_speaker = {s.people[0].name: s for s in drafted.statements if s.people}
    leader = views.reference(by_speaker["Le Van Minh"], drafted)
    expert = views.reference(by_speaker["Kenji Tanaka"], drafted)
    assert leader.speech and leader.title.startswith("Le Van Minh, quoted: ")
    assert not expert.speech
    assert expert.title.startswith("Kenji Tanaka, reported in the news article on the ")
    assert expert.authors == ()  # reported speech: the reporter's sentence (new user 36)


def test_every_passage_lists_its_speakers(summit: Summit) -> None:
    """`summit search X --json | jq '.[].speakers[]'` reads any hit: a title, a section's
    title or narration is nobody's words, `[]` (new user 30: jq stopped on their null)."""
    for record in summit.searchable:
        speakers = views.passage_json(record)["speakers"]
        assert isinstance(speakers, list), record.ref
        assert speakers == [p.name for p in getattr(record, "people", ())], record.ref


def test_speakers_rows_give_each_person_s_country_marked_where_curated(summit: Summit) -> None:
    """`speakers --json` gave each person's country while its CSV, Markdown and piped rows left
    it out (new user 45): a script reading the rows could not tell a Korean speaker from a
    Japanese one. A country the source does not state is the curators' and says so."""
    rows = {p.name: views.person(p, views.Options()) for p in summit.people}
    countries = {
        name: next(f.value for f in view.fields if f.label == "Country")
        for name, view in rows.items()
    }
    assert countries == {
        "Lee Jae-myung": "South Korea",
        "Shigeru Ishiba": "Japan",
        "Lee Myung-bak": "South Korea (curated)",
    }


COMPOSED_ROLE_ARTICLE = """Leaders meet in Oslo

OSLO (Reuters) - President Anna Berg of Norway met Prime Minister Jon Olafsson of Iceland.

"We are old friends," Berg said.

[Joint statement _2026.3.12. Oslo]

The two leaders agreed to meet again.

/End/
"""


def test_a_composed_role_s_note_names_its_summit_in_a_folder(tmp_path: Path) -> None:
    """In a folder of summits the note on a guessed count named its summit and the note on a
    composed role did not (new user 46): a reader could not tell whose Berg it was."""
    from summitcli.loader import load_file

    summit = load_file(write_draft(tmp_path, article=COMPOSED_ROLE_ARTICLE))
    [berg] = [p for p in summit.people if p.name == "Anna Berg"]
    assert berg.curation.role_basis
    [composed] = [
        n for n in views.person(berg, views.Options(qualify=True)).notes if "composed" in n
    ]
    assert composed.startswith(f"{summit.id}:Anna Berg's role is composed")
    [alone] = [n for n in views.person(berg, views.Options()).notes if "composed" in n]
    assert alone.startswith("Anna Berg's role is composed")


@pytest.mark.parametrize(
    ("guessed", "said"), [(1, "1 of these counts rests"), (2, "2 of these counts rest")]
)
def test_a_count_resting_on_a_guess_agrees_with_its_number(
    summit: Summit, monkeypatch: pytest.MonkeyPatch, guessed: int, said: str
) -> None:
    """ "1 of these counts rest on speakers …" (new user 47)."""
    monkeypatch.setattr(summit.people[0], "guessed", guessed)
    assert views.person(summit.people[0], views.Options()).json["unreviewed"].startswith(said)


def test_a_summit_fact_the_curators_gave_is_shown_as_curation(tmp_path: Path) -> None:
    """The curator filled a draft's "summit.country: not found" from what they knew, and `info`
    showed "Oslo, Norway" as the source's (new user 47): a fact the source does not state is
    stored with its basis in `curation.facts` and every output says it is curated."""
    import json

    from summitcli.loader import load_file

    path = write_draft(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["summit"] |= {"country": "Norway", "city": "Oslo"}
    data["curation"]["facts"] = {"country": "Oslo is the capital of Norway"}
    data["curation"]["review"] = [i for i in data["curation"]["review"] if "summit." not in i]
    path.write_text(json.dumps(data), encoding="utf-8")
    about = views.summit(load_file(path))
    assert about.json["country"] == "Norway"
    assert "country" in about.json["curated"] and "city" not in about.json["curated"]
    assert about.json["fact_basis"] == {"country": "Oslo is the capital of Norway"}
    [place] = [f.value for f in about.fields if f.label == "place"]
    assert "Oslo, Norway (curated: Oslo is the capital of Norway)" in place


def test_a_citation_says_which_of_its_facts_the_curators_gave(
    write_data: Callable[..., Path],
) -> None:
    """A citation named a city the curators knew, not the source, as the source's (new user
    47's `info`, for a citation): the text marks it, and "citation" is listed as curation."""
    from summitcli.loader import load_file

    def known(data: dict[str, Any]) -> None:
        data["curation"]["facts"] = {"city": "the venue is in Tokyo", "date": "a calendar"}

    curated = load_file(write_data(known))
    [clause] = find_records([curated], ["2.1"])
    assert "Tokyo (curated), 23 August 2025 (curated)" in citation_text(clause, curated)
    assert "citation" in views.citation(clause, curated, views.Options()).json["curated"]


@pytest.mark.parametrize("ref", ["S8", "S4", "2.1", "N1"])
def test_a_reference_managers_title_marks_the_curators_title_and_date(
    write_data: Callable[..., Path], ref: str
) -> None:
    """New user 60: RIS's `TI` and BibTeX's `title` named a summit title the curators wrote
    where the source gives none as the source's; the citation text marked it."""
    from summitcli.loader import load_file

    def known(data: dict[str, Any]) -> None:
        data["curation"]["facts"] = {"title": "the agencies' name", "date": "a calendar"}

    curated = load_file(write_data(known))
    [record] = find_records([curated], [ref])
    entry = views.citation(record, curated, views.Options()).reference
    assert entry is not None
    title = entry.title if ref[0] != "2" else entry.event
    assert f"{curated.info.title} (curated)" in title and "2025 (curated)" in title


def test_a_citation_is_curated_for_a_guess_only_where_it_names_the_speaker(
    write_data: Callable[..., Path],
) -> None:
    """A clause's citation names no speaker, yet a guessed speaker listed it as curated, with
    nothing in any format to show why (new user 51): a statement's citation names its guessed
    speaker, marked; a clause's or preamble's is the document's place alone."""
    from summitcli.loader import load_file
    from summitcli.model import guessed_speaker

    def guessed(data: dict[str, Any]) -> None:
        data["curation"]["review"] = [
            guessed_speaker(ref, "Lee Jae-myung", "a test's rule", "…") for ref in ("2.1", "S4")
        ]

    drafted = load_file(write_data(guessed))
    [clause, statement] = find_records([drafted], ["2.1", "S4"])
    assert views.citation(clause, drafted, views.Options()).json["curated"] == []
    said = views.citation(statement, drafted, views.Options())
    assert said.json["curated"] == ["citation"] and "guess" in said.json["citation"]


@pytest.mark.parametrize(
    ("score", "shown"), [(0.349996, 0.3499), (0.24999, 0.2499), (0.29, 0.29), (0.2897, 0.2897)]
)
def test_a_json_score_is_cut_as_the_shown_one_is(score: float, shown: float) -> None:
    """JSON rounded 0.249996 to 0.25 where plain, CSV and Markdown said 0.24 (new user 53): a
    score over a verdict's threshold in JSON, under it in the table. Four places, cut."""
    from types import SimpleNamespace

    link: Any = SimpleNamespace(score=score, shared=[], shared_via_curation=[])
    assert views._shared_json("1.1", link)["score"] == shown


@pytest.mark.parametrize("score", [0.35 - 5e-11, 0.29, 0.28999999999999998, 0.3499999, 0.0, 1.0])
def test_a_json_score_never_contradicts_the_shown_one(score: float) -> None:
    """The table's two places and JSON's four are one cut of one number: a score a hair under
    0.35 was "0.34" in the table and 0.35 (an echo's threshold) in JSON, their margins for a
    float's last bit being ten times apart."""
    assert f"{views._json_score(score):.4f}"[:-2] == views._score(score)
