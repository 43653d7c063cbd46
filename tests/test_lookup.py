"""People by name, topics and sections."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest

from conftest import Result, write_draft
from summitcli.errors import NotFoundError
from summitcli.loaded import Loaded
from summitcli.lookup import check_topics, find_people, known_topics, people_named, search_filter
from summitcli.model import Summit


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("Ishiba", ["Shigeru Ishiba"]),
        ("石破茂", ["Shigeru Ishiba"]),
        ("\u674e\u5728\u660e", ["Lee Jae-myung"]),  # in Hanja, as the Japanese press writes it
        ("PRIME MINISTER ISHIBA", ["Shigeru Ishiba"]),
        ("lee jae myung", ["Lee Jae-myung"]),
        ("Jae-myung", ["Lee Jae-myung"]),
        ("Lee", ["Lee Jae-myung", "Lee Myung-bak"]),
        ("MB", ["Lee Myung-bak"]),
        ("President Lee", ["Lee Jae-myung"]),  # an alias: not Lee Myung-bak through "Lee"
        ("Ishiba Shigeru", ["Shigeru Ishiba"]),  # family name first
        ("Jae-myung Lee", ["Lee Jae-myung"]),
        ("PM Ishiba", ["Shigeru Ishiba"]),
        ("Prime Minister Shigeru Ishiba", ["Shigeru Ishiba"]),
        # the source's own form (its first sentence), and the other leader's by the same pattern
        ("Japanese Prime Minister", ["Shigeru Ishiba"]),
        ("Japanese Prime Minister Shigeru Ishiba", ["Shigeru Ishiba"]),
        ("Japanese Prime Minister Ishiba", ["Shigeru Ishiba"]),
        ("South Korean President", ["Lee Jae-myung"]),
        ("South Korean President Lee", ["Lee Jae-myung"]),  # not the Former President
        ("Lee Jae-myung,", ["Lee Jae-myung"]),  # pasted with the comma after it
        ("Ishiba;", ["Shigeru Ishiba"]),
        # the role as news also words it: its words in any order, "of" as a possessive
        ("Japan's Prime Minister", ["Shigeru Ishiba"]),
        ("Japan\u2019s PM", ["Shigeru Ishiba"]),
        ("President of South Korea", ["Lee Jae-myung"]),
        # a country alone, named whole: its people (new user 55: "Japanese" found Ishiba,
        # "Japan" no one)
        ("Japan", ["Shigeru Ishiba"]),
        ("japan", ["Shigeru Ishiba"]),
        # a NAME as `speakers` prints it for a draft's person, pasted with its mark (new user 28)
        ("Shigeru Ishiba (unreviewed draft: 2 of its counts guessed)", ["Shigeru Ishiba"]),
        ("Ishiba (unreviewed draft: speaker guessed)", ["Shigeru Ishiba"]),
        # a name with its role or another of its names in brackets, as `info` prints a
        # speaker (new user 55): both must call the person
        ("Lee Jae-myung (President of South Korea)", ["Lee Jae-myung"]),
        ("Ishiba Shigeru (石破茂)", ["Shigeru Ishiba"]),
    ],
)
def test_find_people(summit: Summit, name: str, people: list[str]) -> None:
    assert [p.name for p in find_people([summit], [name])] == people


# A name with a title, and whom it finds: only people whose role begins with that title (the
# draft rule too: "President Kim" is not the Former President Kim), or an error saying why.
TITLED: list[tuple[str, list[str] | str]] = [
    ("President Ishiba", "Shigeru Ishiba is Prime Minister of Japan"),
    ("Prime Minister Lee", "Lee Jae-myung is President of South Korea"),
    ("PM Lee", "Lee Myung-bak is Former President"),
    ("President Lee Myung-bak", "Lee Myung-bak is Former President"),
    ("Former President Lee", ["Lee Myung-bak"]),
    ("Former President", ["Lee Myung-bak"]),  # the title alone: who holds it
    ("former president lee myung bak", ["Lee Myung-bak"]),
    # new user 61: a nationality the curators' country gives, as news writes a former leader
    ("former South Korean President Lee Myung-bak", ["Lee Myung-bak"]),
    ("Former South Korean President", ["Lee Myung-bak"]),
    ("Former President of South Korea", ["Lee Myung-bak"]),
    ("Former Japanese President Lee Myung-bak", "no person called"),
    ("President", ["Lee Jae-myung"]),  # not the former president
    ("Prime Minister", ["Shigeru Ishiba"]),
    ("President Jae-myung", ["Lee Jae-myung"]),
    ("Mr Ishiba", ["Shigeru Ishiba"]),  # an honorific is no role
    ("Former Prime Minister", "no person called 'Former Prime Minister'"),
    ("President Kim", "no person called 'President Kim'"),
    # a country named whole: not South Korea, but said so (new user 57)
    ("Korea", "no person called 'Korea'; a country is asked whole: South Korea"),
    ("Ishiba (President of South Korea)", "no person called 'Ishiba (President of South Korea)'"),
    # a title word of a longer title says who holds that one (new user 46: no hint at all)
    ("minister", "no person called 'minister': Shigeru Ishiba is Prime Minister of Japan"),
]


@pytest.mark.parametrize(("name", "expected"), TITLED, ids=[name for name, _ in TITLED])
def test_a_title_finds_only_people_whose_role_it_is(
    summit: Summit, name: str, expected: list[str] | str
) -> None:
    if isinstance(expected, list):
        assert [p.name for p in find_people([summit], [name])] == expected
    else:
        with pytest.raises(NotFoundError) as error:
            find_people([summit], [name])
        assert expected in str(error.value)


FROM = ": the people here are from Japan and South Korea (see 'summit speakers')"
NEAR_NAMES = [
    ("Ishbia", "no person called 'Ishbia'; did you mean Ishiba? (see 'summit speakers')"),
    ("Isiba", "no person called 'Isiba'; did you mean Ishiba? (see 'summit speakers')"),
    # new user 57: "did you mean MB?", one letter shared of two; and "Latvia" said nothing of
    # where the people are from, though --speaker takes a country
    ("Mr", f"no person called 'Mr', nor a country{FROM}"),
    ("Latvia", f"no person called 'Latvia', nor a country{FROM}"),
]


@pytest.mark.parametrize(("name", "said"), NEAR_NAMES)
def test_a_name_nobody_has_is_offered_only_names_it_may_misspell(
    summit: Summit, name: str, said: str
) -> None:
    with pytest.raises(NotFoundError) as error:
        find_people([summit], [name])
    assert str(error.value) == said


def test_several_names_find_anyone_they_name(summit: Summit) -> None:
    found = find_people([summit], ["Ishiba", "이재명"])
    assert sorted(p.name for p in found) == ["Lee Jae-myung", "Shigeru Ishiba"]
    with pytest.raises(NotFoundError, match="no person called 'Kim'"):
        find_people([summit], ["Ishiba", "Kim"])


PASTED_WHO = [
    ("Lee Jae-myung & Shigeru Ishiba", '--speaker "Lee Jae-myung" --speaker "Shigeru Ishiba"'),
    ("Ishiba &Kim", "--speaker Ishiba --speaker Kim"),
    ("Ishiba \uff06 Lee", "--speaker Ishiba --speaker Lee"),  # a full-width &, as NFKC folds it
    (
        "Lee Jae-myung & Shigeru Ishiba (unreviewed draft: speaker guessed)",
        '--speaker "Lee Jae-myung" --speaker "Shigeru Ishiba"',
    ),
    (
        "the article, about Lee Jae-myung & Shigeru Ishiba",
        '--accounts --speaker "Lee Jae-myung" --speaker "Shigeru Ishiba"',
    ),
]


@pytest.mark.parametrize(("pasted", "options"), PASTED_WHO)
def test_names_joined_as_rows_join_them_are_told_to_come_one_per_option(
    summit: Summit, pasted: str, options: str
) -> None:
    """WHO in a row joins speakers with " & " (and marks a guess, or an account's subjects):
    pasted into --speaker, it is several names, and the message gives the options that ask
    for them, each of which works, rather than guessing at one of them."""
    with pytest.raises(NotFoundError) as error:
        find_people([summit], [pasted])
    assert "names several people: give each its own --speaker" in str(error.value)
    assert f"({options} finds what any of them said)" in str(error.value)


def test_one_name_twice_is_one_name(summit: Summit) -> None:
    with pytest.raises(NotFoundError) as error:
        find_people([summit], ["Ishiba & Ishiba"])
    assert "'Ishiba & Ishiba' names one person twice: give it once (--speaker Ishiba)" in str(
        error.value
    )


def test_unknown_names_topics_and_sections(summit: Summit) -> None:
    with pytest.raises(NotFoundError, match="did you mean Ishiba"):
        find_people([summit], ["Ishibaa"])
    with pytest.raises(NotFoundError, match="did you mean Lee Jae-myung, Jae-myung") as error:
        find_people([summit], ["lee-jae-myun"])
    assert "lee-jae-myung" not in str(error.value)  # an id is no name to suggest
    with pytest.raises(NotFoundError, match="did you mean north-korea"):
        check_topics([summit], ["north-kore"])
    with pytest.raises(NotFoundError, match="the sections are 1, 2, 3, 4, 5"):
        search_filter(Loaded([summit]), [], 6, None, None)
    assert check_topics([summit], ["North-Korea", "history"]) == ["north-korea", "history"]
    # a topic's words as typed, spaced or underscored (new user 55: refused, with the right hint)
    assert check_topics([summit], ["North Korea", "north_korea"]) == ["north-korea"] * 2
    with pytest.raises(NotFoundError, match=r"^unknown topic 'trade': no summit here has topics"):
        known_topics([], ["trade"])  # new user 41: 'see summit topics' showed nothing either


def _news_roles(data: dict[str, Any]) -> None:
    """The people as news writes their roles, nationality first, and no title among aliases."""
    roles = ["South Korean President", "Japanese Prime Minister", "Former South Korean President"]
    for person, role in zip(data["people"], roles, strict=True):
        person["role"] = role
        aliases = person["curation"]["aliases"]
        aliases[:] = [alias for alias in aliases if " " not in alias]


# A title and a name, against roles that begin with a nationality: every word of the query is
# one of the person's name or role words, and a role's own title words ("Former") are asked for.
NEWS_TITLED: list[tuple[str, set[str] | str]] = [
    ("Prime Minister Ishiba", {"Shigeru Ishiba"}),
    ("PM Ishiba", {"Shigeru Ishiba"}),
    ("Japanese Prime Minister Shigeru Ishiba", {"Shigeru Ishiba"}),
    ("President Lee", {"Lee Jae-myung"}),  # not the former president
    ("Korean President Jae-myung", {"Lee Jae-myung"}),
    ("Former President Lee", "said by Lee Myung-bak"),  # who made no statement
    ("Prime Minister Lee", "Lee Jae-myung is South Korean President"),
    ("President Ishiba", "Shigeru Ishiba is Japanese Prime Minister"),
    ("Japanese President Lee", "no person called 'Japanese President Lee'"),
    # the title alone is whoever holds it, after a nationality too (new user 28: a corpus's
    # "Norwegian Prime Minister" was left out of -s 'Prime Minister' without a word)
    ("Prime Minister", {"Shigeru Ishiba"}),
    ("President", {"Lee Jae-myung"}),  # not the former president
    # the role alone, as `speakers` prints it, is its holder
    ("Japanese Prime Minister", {"Shigeru Ishiba"}),
    ("Japanese PM", {"Shigeru Ishiba"}),  # "PM" is the title spelled short, in a role too
    ("south korean president", {"Lee Jae-myung"}),
    ("Korean President", "no person called 'Korean President'"),
    # the role with the country for its nationality, as the README's 'Prime Minister of Japan'
    # (new user 26: a draft's "Norwegian Prime Minister" was not "Prime Minister of Norway")
    ("Prime Minister of Japan", {"Shigeru Ishiba"}),
    ("Japan's Prime Minister", {"Shigeru Ishiba"}),
    ("President of South Korea", {"Lee Jae-myung"}),
    ("President of Japan", "no person called 'President of Japan'"),
]


@pytest.mark.parametrize("cache_use", [(), ("--no-cache",)])
@pytest.mark.parametrize(("name", "expected"), NEWS_TITLED, ids=[n for n, _ in NEWS_TITLED])
def test_a_title_finds_a_role_that_begins_with_a_nationality(
    summit_cli: Any,
    write_data: Callable[..., Path],
    cache_use: tuple[str, ...],
    name: str,
    expected: set[str] | str,
) -> None:
    corpus = str(write_data(_news_roles).parent)
    result = summit_cli(*cache_use, "--data", corpus, "search", "--speaker", name, "--json")
    if isinstance(expected, set):
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout)
        assert found and all(expected <= set(hit["speakers"]) for hit in found)
    else:
        assert result.returncode in (1, 2) and expected in result.stderr


def test_a_name_is_matched_as_strictly_as_it_can_be_in_each_summit(
    summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    """ "President Lee" is an alias in one file and a title with a name in another: the first
    file's exact match hid the second's person (a new user's finding in a folder)."""

    def no_aliases(data: dict[str, Any]) -> None:
        data["id"] = "second"
        for person in data["people"]:
            person["curation"]["aliases"] = []

    write_data(name="a.json")
    corpus = str(write_data(no_aliases, name="b.json").parent)
    for cache_use in ((), ("--no-cache",)):
        result = summit_cli(*cache_use, "--data", corpus, "quotes", "-s", "President Lee", "--json")
        assert result.returncode == 0, result.stderr
        found = {(hit["summit"], tuple(hit["speakers"])) for hit in json.loads(result.stdout)}
        assert {summit for summit, _ in found} == {"korea-japan-2025-08-23", "second"}
        assert all("Lee Jae-myung" in speakers for _, speakers in found)


def test_a_name_of_another_role_is_said_once_per_person_in_a_corpus(
    summit_cli: Any, write_data: Callable[..., Path]
) -> None:
    """Two copies of a summit: the message listed each person once per summit (new user 28)."""
    write_data(name="a.json")
    corpus = str(write_data(lambda d: d.update(id="second"), name="b.json").parent)
    said = summit_cli("--data", corpus, "quotes", "-s", "Prime Minister Lee").stderr
    assert said.count("Lee Jae-myung is President of South Korea") == 1, said


@pytest.mark.parametrize(
    ("role", "holds"),
    [
        ("Norwegian Prime Minister", True),
        ("South Korean President", True),
        ("Prime Minister of Norway", True),
        ("Former South Korean President", False),
        ("Former President", False),
        ("Vice President", False),
        ("Deputy Prime Minister", False),
        ("Acting Prime Minister", False),
        ("wife of the Norwegian Prime Minister", False),
    ],
)
def test_a_title_alone_finds_whoever_holds_it(summit: Summit, role: str, holds: bool) -> None:
    """After a nationality too, never after a qualifier that makes it another office."""
    person = msgspec.structs.replace(summit.people[0], role=role)
    person.summit = summit.id  # as the loader fills it in
    title = "President" if "President" in role else "Prime Minister"
    if holds:
        assert people_named([person], [title]) == [person]
    else:
        with pytest.raises(NotFoundError):
            people_named([person], [title])


def _irish_leader(data: dict[str, Any]) -> None:
    leader = next(p for p in data["people"] if p["name"] == "Shigeru Ishiba")
    leader.update(name="Sean O'Brien", role="Irish Taoiseach")
    leader["curation"]["aliases"] = []


def _drafted_roles(roles: dict[str, str]) -> Callable[[dict[str, Any]], None]:
    """Roles as a draft composes them from the joint document, its country the placeholder."""

    def change(data: dict[str, Any]) -> None:
        for person in data["people"]:
            if person["name"] in roles:
                person.update(role=roles[person["name"]], country="(unknown: see curation.review)")
                person["curation"].pop("country", None)
                person["curation"]["aliases"] = []

    return change


_composed_roles = _drafted_roles(
    {
        "Shigeru Ishiba": "Prime Minister of Japan",
        "Lee Jae-myung": "President of the Republic of Korea",
    }
)
_irish_roles = _drafted_roles(  # countries whose nationality is no stem of their name
    {"Shigeru Ishiba": "Taoiseach of Ireland", "Lee Jae-myung": "President of Spain"}
)
_nationality_roles = _drafted_roles(  # the article's words, the country not yet curated
    {"Shigeru Ishiba": "Icelandic Prime Minister", "Lee Jae-myung": "Norwegian President"}
)

_two_word_nationality = _drafted_roles({"Lee Jae-myung": "South Korean President"})


def _accented_leaders(data: dict[str, Any]) -> None:
    names = {"Shigeru Ishiba": "Jonas Gahr Støre", "Lee Jae-myung": "Katrín Jakobsdóttir"}
    for person in data["people"]:
        if person["name"] in names:
            person["name"] = names[person["name"]]
            person["curation"]["aliases"] = [person["name"].split()[-1]]


# A name or role as a user types it (new user 40): without its accents, as most keyboards type
# it; a nationality for the country a draft's composed role ends with, not yet curated.
AS_TYPED: list[tuple[Callable[[dict[str, Any]], None], str, str]] = [
    (_accented_leaders, "Jakobsdottir", "Katrín Jakobsdóttir"),
    (_accented_leaders, "Katrin Jakobsdottir", "Katrín Jakobsdóttir"),
    (_accented_leaders, "JAKOBSDÓTTIR", "Katrín Jakobsdóttir"),
    (_accented_leaders, "Store", "Jonas Gahr Støre"),  # a letter English writes without a mark
    (_accented_leaders, "Jonas Gahr Store", "Jonas Gahr Støre"),
    (_accented_leaders, "Støre", "Jonas Gahr Støre"),
    (_composed_roles, "Japanese Prime Minister", "Shigeru Ishiba"),
    (_composed_roles, "Prime Minister of Japan", "Shigeru Ishiba"),
    (_composed_roles, "Korean President", "Lee Jae-myung"),
    # a nationality that shares no stem with its country (new user 41: 'Irish Taoiseach')
    (_irish_roles, "Irish Taoiseach", "Shigeru Ishiba"),
    (_irish_roles, "Spanish President", "Lee Jae-myung"),
    # a nationality, the title and the surname, as news writes them (new user 42: "Norwegian
    # Prime Minister Støre" found nobody where the role was "Prime Minister of Norway")
    (_composed_roles, "Japanese Prime Minister Ishiba", "Shigeru Ishiba"),
    (_composed_roles, "Korean President Lee", "Lee Jae-myung"),
    (_irish_roles, "Irish Taoiseach Ishiba", "Shigeru Ishiba"),
    # a surname of several words, which a draft's aliases (first and last word) do not hold
    # (new user 42: -s 'Sivertsen Næss', -s 'Ní Bhriain' found nobody)
    (_accented_leaders, "Gahr Støre", "Jonas Gahr Støre"),
    (_accented_leaders, "Gahr Store", "Jonas Gahr Støre"),
    (_accented_leaders, "Prime Minister Gahr Støre", "Jonas Gahr Støre"),
    # "of" a country for a nationality while the country is still a draft's placeholder, and a
    # role pasted with the mark `speakers` prints after a composed one (new user 43)
    (_nationality_roles, "Prime Minister of Iceland", "Shigeru Ishiba"),
    (_nationality_roles, "President of Norway", "Lee Jae-myung"),
    (_composed_roles, "Prime Minister of Japan (curated: composed)", "Shigeru Ishiba"),
    # the country's possessive too, as for a curated country (new user 44)
    (_nationality_roles, "Iceland's Prime Minister", "Shigeru Ishiba"),
    (_nationality_roles, "Norway's President", "Lee Jae-myung"),
    # the country alone, for the nationality a draft's role begins with (new user 57: -s Japan
    # left out a "Japanese Prime Minister" whose country was not yet curated)
    (_nationality_roles, "Iceland", "Shigeru Ishiba"),
    (_nationality_roles, "norway", "Lee Jae-myung"),
    (_two_word_nationality, "South Korea", "Lee Jae-myung"),
    (_irish_roles, "Ireland", "Shigeru Ishiba"),
]


@pytest.mark.parametrize("cache_use", [(), ("--no-cache",)])
@pytest.mark.parametrize(("change", "name", "speaker"), AS_TYPED, ids=[n for _, n, _ in AS_TYPED])
def test_a_name_or_role_as_typed_finds_its_holder(
    summit_cli: Any,
    write_data: Callable[..., Path],
    cache_use: tuple[str, ...],
    change: Callable[[dict[str, Any]], None],
    name: str,
    speaker: str,
) -> None:
    corpus = str(write_data(change).parent)
    result = summit_cli(*cache_use, "--data", corpus, "quotes", "--speaker", name, "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found and all(speaker in hit["speakers"] for hit in found)


@pytest.mark.parametrize(
    ("role", "name", "found"),
    [
        ("professor of Rabat University", "professor", True),
        ("professor of Rabat University", "Professor", True),
        ("spokesperson for the presidency", "spokesperson", True),
        ("economist at the Lake Institute", "economist", True),
        ("ambassador to Japan", "ambassador", True),
        ("minister in charge of trade", "minister", True),
        ("adviser with the Lake Institute", "adviser", True),
        ("professor of Rabat University", "Rabat", False),  # an institution is no role
        ("associate professor of Rabat University", "professor", True),
        ("deputy spokesperson for the presidency", "spokesperson", False),  # another office
        ("Norwegian Fisheries Minister", "Fisheries Minister", True),  # new user 34
        ("Norwegian Fisheries Minister", "Norwegian minister", True),
        ("Fisheries Minister of Norway", "fisheries minister", True),
        ("Deputy Fisheries Minister", "Fisheries Minister", False),
        ("Norwegian Fisheries Minister", "Trade Minister", False),
        ("Ghana's Vice President", "Vice President", True),  # new user 47
        ("Vice President of Ghana", "Vice President", True),
        ("Ghanaian Deputy Trade Minister", "Deputy Trade Minister", True),
        ("Former Vice President", "Vice President", False),  # another office again
    ],
)
def test_the_head_of_a_role_finds_its_holder(
    summit_cli: Any, write_data: Callable[..., Path], role: str, name: str, found: bool
) -> None:
    """New user 32: `-s professor` found nobody whose role was "professor of Y University",
    though `-s Minister` finds a minister: the words a role starts with, before "of", "for"
    or "at", call its holder as a whole title does."""

    def expert(data: dict[str, Any]) -> None:
        leader = next(p for p in data["people"] if p["name"] == "Shigeru Ishiba")
        leader.update(role=role)

    result = summit_cli("--data", str(write_data(expert)), "quotes", "-s", name, "--json")
    if found:
        assert result.returncode == 0, result.stderr
        assert all("Shigeru Ishiba" in hit["speakers"] for hit in json.loads(result.stdout))
    else:
        assert result.returncode == 2 and "no person called" in result.stderr


@pytest.mark.parametrize("cache_use", [(), ("--no-cache",)])
@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Taoiseach", True),  # a title summit has no word for, after a nationality
        ("Irish Taoiseach", True),
        ("O\u2019Brien", True),  # the curly apostrophe a web page gives
        ("Sean O\u2018Brien", True),
        ("O'Brien", True),
        ("Chancellor", False),
        ("Deputy Taoiseach", False),
    ],
)
def test_a_name_or_title_as_pasted_from_the_news_finds_its_holder(
    summit_cli: Any,
    write_data: Callable[..., Path],
    cache_use: tuple[str, ...],
    name: str,
    found: bool,
) -> None:
    """New user 30: `-s Taoiseach` found nobody though the role was "Irish Taoiseach", and a
    name pasted with a curly apostrophe was not the name typed with a straight one."""
    data = str(write_data(_irish_leader).parent)  # a folder: the index is asked too
    result = summit_cli(*cache_use, "--data", data, "quotes", "--speaker", name, "--json")
    if found:
        assert result.returncode == 0, result.stderr
        assert all("Sean O'Brien" in hit["speakers"] for hit in json.loads(result.stdout))
    else:
        assert result.returncode == 2 and "no person called" in result.stderr


_NOBODY_NAMED = """Norway and South Korea agree on shipping

President Anna Berg of Norway met Prime Minister Kim Jae-won in Oslo on Tuesday.

Berg said the talks were useful.

"We have waited too long," the former president told a radio station.

Kim said the two countries would build ships together.

[Joint statement _2026.3.3. Oslo]

1. Peace

(1) Agreed.

/End/
"""
"""A draft with a quotation whose speaker it could not find (no former president listed)."""


@pytest.mark.parametrize("cache_use", [(), ("--no-cache",)])
def test_quotes_lists_a_quotation_nobody_is_named_for_in_source_order(
    tmp_path: Path, summit_cli: Callable[..., Result], cache_use: tuple[str, ...]
) -> None:
    """New user 47: `quotes` left a draft's unattributed quotation out without a word, and
    `--kind unattributed` was refused. Someone's words are quoted there: they are listed where
    the article has them, credited to no one, by the files and by the index alike."""
    write_draft(tmp_path, article=_NOBODY_NAMED)

    def quoted(*options: str) -> list[dict[str, Any]]:
        result = summit_cli(*cache_use, "--data", str(tmp_path), "quotes", *options, "--json")
        assert result.returncode == 0, result.stderr
        return list(json.loads(result.stdout))

    every = quoted()
    assert [(q["kind"], q["speakers"], q["text"][:12]) for q in every] == [
        ("reported", ["Anna Berg"], "Berg said th"),
        ("unattributed", [], '"We have wai'),
        ("reported", ["Kim Jae-won"], "Kim said the"),
    ]
    assert [q["ref"] for q in quoted("--kind", "unattributed")] == [every[1]["ref"]]
    assert [q["ref"] for q in quoted("--kind", "direct", "--kind", "unattributed")] == [
        every[1]["ref"]
    ]
    assert all(q["kind"] != "unattributed" for q in quoted("--speaker", "Berg"))
    shown = summit_cli(*cache_use, "--data", str(tmp_path), "quotes", "--format", "plain")
    assert f"{every[1]['ref']}\tno one named\tunattributed\t" in shown.stdout


def test_info_counts_the_unattributed_quotations_apart_from_the_articles_narration(
    tmp_path: Path, summit_cli: Callable[..., Result]
) -> None:
    """`info` counted a draft's unattributed quotation among the narration, the article's own
    voice: someone's words were hidden in the count of no one's."""
    drafted = write_draft(tmp_path, article=_NOBODY_NAMED)
    kinds = [n["kind"] for n in json.loads(drafted.read_text(encoding="utf-8"))["narration"]]
    counts = json.loads(summit_cli("--data", str(drafted), "info", "--json").stdout)["counts"]
    assert (counts["unattributed"], counts["narration"]) == (
        kinds.count("unattributed"),
        len(kinds) - kinds.count("unattributed"),
    )
    assert counts["unattributed"] == 1
    shown = summit_cli("--data", str(drafted), "info", "--format", "plain").stdout
    assert f"{counts['narration']} narration, 1 unattributed," in shown


_SOUTH_AFRICAN = """South Africa and South Korea agree on mining

South African President Thabo Nkosi met South Korean Prime Minister Kim Jae-won in Pretoria.

Nkosi said the talks were useful.

Kim said the two countries would mine together.

[Joint statement _2026.3.3. Pretoria]

1. Mining

(1) Agreed.

/End/
"""
"""A draft whose roles hold two-word nationalities, its countries not yet curated."""


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("South African President", ["Thabo Nkosi"]),
        ("African President", []),  # a nationality named in part is not that nationality
        ("Korean Prime Minister", []),
        ("South Korean Prime Minister", ["Kim Jae-won"]),
        ("President", ["Thabo Nkosi"]),
        ("Prime Minister Kim", ["Kim Jae-won"]),
        # a nationality alone, as `-s Korean` finds the bundled file's Lee (new user 48)
        ("South African", ["Thabo Nkosi"]),
        ("south korean", ["Kim Jae-won"]),
        ("African", []),
        ("Korean", []),
    ],
)
def test_a_draft_s_two_word_nationality_is_named_whole(
    tmp_path: Path, summit_cli: Callable[..., Result], name: str, found: list[str]
) -> None:
    """New user 48: `-s 'African President'` found the "South African President" of a draft (and
    "Korean President" a South Korean one), which the README says it does not: with the
    country uncurated, the role's own two-word nationality must be asked for whole."""
    path = write_draft(tmp_path, article=_SOUTH_AFRICAN)
    result = summit_cli("--data", str(path), "quotes", "--speaker", name, "--json")
    if found:
        assert result.returncode == 0, result.stderr
        assert {s for q in json.loads(result.stdout) for s in q["speakers"]} == set(found)
    else:
        assert result.returncode == 2, result.stdout
        assert f"no person called '{name}'" in result.stderr


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("Lee", ["Lee Jae-myung", "Lee Myung-bak"]),
        ("Mr Lee", ["Lee Jae-myung", "Lee Myung-bak"]),
        ("Myung-bak", ["Lee Myung-bak"]),
        ("President Lee", ["Lee Jae-myung"]),  # a title still asks for the role
    ],
)
def test_a_surname_one_person_has_as_an_alias_finds_whoever_else_carries_it(
    summit: Summit, name: str, people: list[str]
) -> None:
    """A draft gives each person the first and last word of the name as aliases, so a Spanish
    first surname is no alias: "Peña" was an alias of Milagros Almonte de Peña and found her
    alone, never President Rafael Antonio Peña Almonte, whose words the draft gave "by 'Peña'"
    (new user 53). A word several people's names hold calls them all."""
    former = summit.people[2]
    curation = msgspec.structs.replace(former.curation, aliases=("Myung-bak",))
    renamed = msgspec.structs.replace(former, curation=curation)
    renamed.summit = summit.id  # as the loader fills it in
    everyone = [*summit.people[:2], renamed]
    assert [p.name for p in people_named(everyone, [name])] == people


@pytest.mark.parametrize("pasted", ["x" * 100_000, "Minister of " * 10_000])
def test_a_name_of_a_hundred_thousand_characters_is_answered(summit: Summit, pasted: str) -> None:
    """`quotes --speaker` with a name this long ran for over ten minutes (new user 54): a role
    pattern searched from every place in the name, each search running on to its end. Now one
    pass, and the usual answer."""
    with pytest.raises(NotFoundError):
        find_people([summit], [pasted])


@pytest.mark.parametrize("cache_use", [(), ("--no-cache",)])
def test_a_country_named_whole_finds_its_people_in_every_summit(
    summit_cli: Any, write_data: Callable[..., Path], cache_use: tuple[str, ...]
) -> None:
    """New user 55: `--speaker Japanese` found Ishiba and `--speaker Japan` no one. A country
    finds the people of it, whether the role names it or only the person's `country` does, by
    the files and by a corpus's index alike (the index hands over only the people a word of
    the name is stored for)."""

    def bare_role(data: dict[str, Any]) -> None:
        data["id"] = "japan-elsewhere"
        for person in data["people"]:
            if person["name"] == "Shigeru Ishiba":
                person["role"] = "Prime Minister"
                person["curation"]["aliases"] = ["Ishiba"]  # no word holding "japan"

    write_data()
    folder = str(write_data(bare_role, name="t.json").parent)
    result = summit_cli(*cache_use, "--data", folder, "speakers", "--json")
    assert result.returncode == 0, result.stderr
    found = summit_cli(*cache_use, "--data", folder, "quotes", "--speaker", "Japan", "--json")
    assert found.returncode == 0, found.stderr
    summits = {
        hit["summit"] for hit in json.loads(found.stdout) if hit["speakers"] == ["Shigeru Ishiba"]
    }
    assert summits == {"korea-japan-2025-08-23", "japan-elsewhere"}


TOPIC_ASKED_AS_WORDS = [
    (("search", "trilateral"), 1, "; trilateral is a curated topic: summit ", "trilateral"),
    (("search", "demographics"), 1, "; demographics is a curated topic: summit ", "demographics"),
    (
        ("quotes", "--topic", "abduction"),
        2,
        "; the description of the curated topic north-korea names it",
        "",
    ),
    (
        ("quotes", "--topic", "Hydrogen"),
        2,
        "; the description of the curated topic future-industries names it",
        "",
    ),
]


@pytest.mark.parametrize("corpus", [False, True])
@pytest.mark.parametrize(("call", "code", "hint", "topic"), TOPIC_ASKED_AS_WORDS)
def test_a_word_that_names_a_curated_topic_leads_to_it(
    summit_cli: Any,
    write_data: Callable[..., Path],
    corpus: bool,
    call: tuple[str, ...],
    code: int,
    hint: str,
    topic: str,
) -> None:
    """New user 64: `search trilateral` said "did you mean bilateral?" and `search
    demographics` only "no results", though both are the curated topics' names (the text says
    "Korea-U.S.-Japan"), and `--topic abduction` was an "unknown topic" though north-korea's
    description names the abduction issue. The topic is offered, as the curators' tag (a
    suggested command names the --data it was given)."""
    data = ("--data", str(write_data().parent)) if corpus else ()
    result = summit_cli(*data, *call)
    assert (result.returncode, result.stdout) == (code, "")
    assert hint in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.endswith(f"search --topic {topic}\n" if topic else "\n")
    assert "did you mean" not in result.stderr
