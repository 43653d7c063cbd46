"""Country pairs for a round's fresh held-out sets: `uv run python bench/heldout_pairs.py 191`.

Each set's articles are about summits of country pairs that no file name under `tests/drafts`
holds together yet, so that a writer cannot echo an earlier set's story and a tuner's rule for
one pair's names cannot score on the next round's sets by chance. The seed makes a round's
pairs repeatable; each country comes once in a set.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterable
from pathlib import Path

DRAFTS = Path(__file__).resolve().parent.parent / "tests" / "drafts"
COUNTRY_NAMES = """
Afghanistan Albania Algeria Andorra Angola Antigua-and-Barbuda Argentina Armenia Australia Austria
Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia
Bosnia-and-Herzegovina Botswana Brazil Brunei Bulgaria Burkina-Faso Burundi Cabo-Verde Cambodia
Cameroon Canada Central-African-Republic Chad Chile China Colombia Comoros Congo Costa-Rica
Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Dominican-Republic Ecuador Egypt
El-Salvador Equatorial-Guinea Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia
Georgia Germany Ghana Greece Grenada Guatemala Guinea Guinea-Bissau Guyana Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Ivory-Coast Jamaica Japan Jordan
Kazakhstan Kenya Kiribati Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya
Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta
Marshall-Islands Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro
Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands New-Zealand Nicaragua Niger Nigeria
North-Macedonia Norway Oman Pakistan Palau Panama Papua-New-Guinea Paraguay Peru Philippines
Poland Portugal Qatar Romania Rwanda Saint-Kitts-and-Nevis Saint-Lucia Saint-Vincent Samoa
San-Marino Sao-Tome Saudi-Arabia Senegal Serbia Seychelles Sierra-Leone Singapore Slovakia
Slovenia Solomon-Islands Somalia South-Africa South-Korea South-Sudan Spain Sri-Lanka Sudan
Suriname Sweden Switzerland Tajikistan Tanzania Thailand Timor-Leste Togo Tonga
Trinidad-and-Tobago Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine United-Arab-Emirates
United-Kingdom Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
"""
COUNTRIES = COUNTRY_NAMES.split()  # a name of several words hyphenated, as in file names
SETS, PER_SET = 8, 8


def held_together(names: Iterable[str], first: str, second: str) -> bool:
    """Whether a file name already holds both countries (as a part of it, lower case: a
    "guinea" pair counts as held by "papua-new-guinea" too, erring towards a fresh pair)."""
    first, second = first.lower(), second.lower()
    return any(first in name and second in name for name in names)


def fresh_pairs(names: list[str], seed: int) -> list[list[tuple[str, str]]]:
    """`SETS` sets of `PER_SET` pairs, none held by `names` nor drawn twice, no country twice
    in a set."""
    draw = random.Random(seed)
    drawn: set[frozenset[str]] = set()
    sets: list[list[tuple[str, str]]] = []
    while len(sets) < SETS:
        pairs: list[tuple[str, str]] = []
        while len(pairs) < PER_SET:
            first, second = draw.sample(COUNTRIES, 2)
            in_set = {country for pair in pairs for country in pair}
            taken = frozenset((first, second)) in drawn or {first, second} & in_set
            if taken or held_together(names, first, second):
                continue
            drawn.add(frozenset((first, second)))
            pairs.append((first, second))
        sets.append(pairs)
    return sets


def _spaced(country: str) -> str:
    return country.replace("-", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=int, help="the number of the round's first fresh set")
    parser.add_argument("--seed", type=int, help="the draw's seed (default: 1000 x first)")
    arguments = parser.parse_args()
    names = [path.stem.lower() for path in DRAFTS.rglob("*.txt")]
    seed = 1000 * arguments.first if arguments.seed is None else arguments.seed
    for number, pairs in enumerate(fresh_pairs(names, seed), start=arguments.first):
        listed = "; ".join(f"{_spaced(a)} -- {_spaced(b)}" for a, b in pairs)
        print(f"held-out {number}: {listed}")


if __name__ == "__main__":
    main()
