"""People by name, topics and sections."""

from __future__ import annotations

import pytest

from summitcli.errors import NotFoundError
from summitcli.lookup import check_section, check_topic, find_people
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
    ],
)
def test_find_people(summit: Summit, name: str, people: list[str]) -> None:
    assert [p.name for p in find_people([summit], name)] == people


def test_unknown_names_topics_and_sections(summit: Summit) -> None:
    with pytest.raises(NotFoundError, match="did you mean Ishiba"):
        find_people([summit], "Ishibaa")
    with pytest.raises(NotFoundError, match="did you mean north-korea"):
        check_topic([summit], "north korea")
    with pytest.raises(NotFoundError, match="the sections are 1, 2, 3, 4, 5"):
        check_section([summit], 6)
    assert check_topic([summit], "North-Korea") == "north-korea"
