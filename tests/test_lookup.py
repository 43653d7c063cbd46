"""People by name, topics and sections."""

from __future__ import annotations

import pytest

from summitcli.errors import NotFoundError
from summitcli.lookup import check_section, check_topics, find_people
from summitcli.model import Summit


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("Ishiba", ["Shigeru Ishiba"]),
        ("石破茂", ["Shigeru Ishiba"]),
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
    ],
)
def test_find_people(summit: Summit, name: str, people: list[str]) -> None:
    assert [p.name for p in find_people([summit], [name])] == people


def test_several_names_find_anyone_they_name(summit: Summit) -> None:
    found = find_people([summit], ["Ishiba", "이재명"])
    assert sorted(p.name for p in found) == ["Lee Jae-myung", "Shigeru Ishiba"]
    with pytest.raises(NotFoundError, match="no person called 'Kim'"):
        find_people([summit], ["Ishiba", "Kim"])


def test_unknown_names_topics_and_sections(summit: Summit) -> None:
    with pytest.raises(NotFoundError, match="did you mean Ishiba"):
        find_people([summit], ["Ishibaa"])
    with pytest.raises(NotFoundError, match="did you mean north-korea"):
        check_topics([summit], ["north korea"])
    with pytest.raises(NotFoundError, match="the sections are 1, 2, 3, 4, 5"):
        check_section([summit], 6)
    assert check_topics([summit], ["North-Korea", "history"]) == ["north-korea", "history"]
