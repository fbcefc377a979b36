"""A scraped "Cast & Crew" list with character and actor on one line, no separator (invented names)."""

from __future__ import annotations

import pytest

from hsextract.pipeline import Extractor

from .conftest import make_article

PAGE = (
    "Cinderhay Mill\n\n"
    "The mill crew face their hardest week yet. {prose}\n\n"
    "Cast & Crew\n"
    "{rows}\n"
    "Director Suki Pellworth\n"
    "Writer Gareth Amwell-Tindle\n"
    "see more\n\n"
    "Episodes in this series\n"
)


def pairs(extractor: Extractor, rows: str, prose: str = "") -> set[tuple[str, str]]:
    out = extractor.extract_one(make_article(PAGE.format(rows=rows, prose=prose)))
    return {(r.actor, r.character) for r in out.cast}


CASES = {
    "two-and-two": (
        "Oriel Vantry Tomasz Brellick-Hume\nInspector Quill Adaeze Fenmore",
        "",
        {("Tomasz Brellick-Hume", "Oriel Vantry"), ("Adaeze Fenmore", "Inspector Quill")},
    ),
    "one-word-character": (
        "Shadwick Tomasz Brellick-Hume\nPenny Marl Adaeze Fenmore",
        "",
        {("Tomasz Brellick-Hume", "Shadwick"), ("Adaeze Fenmore", "Penny Marl")},
    ),
    "three-word-actor-named-in-prose": (
        "Oriel Vantry Maria del Carmen Osk\nPenny Marl Adaeze Fenmore",
        "Maria del Carmen Osk is the find of the series.",
        {("Maria del Carmen Osk", "Oriel Vantry"), ("Adaeze Fenmore", "Penny Marl")},
    ),
}


@pytest.mark.parametrize("rows, prose, expected", CASES.values(), ids=CASES.keys())
def test_rows_split_into_character_and_actor(
    extractor: Extractor, rows: str, prose: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(extractor, rows, prose) == expected


def test_crew_lines_and_a_lone_row_are_no_roles(extractor: Extractor) -> None:
    assert pairs(extractor, "Oriel Vantry Tomasz Brellick-Hume") == set()  # one row: not sure it is a table
    got = pairs(extractor, "Oriel Vantry Tomasz Brellick-Hume\nPenny Marl Adaeze Fenmore")
    assert not {a for a, _ in got} & {"Suki Pellworth", "Gareth Amwell-Tindle"}
