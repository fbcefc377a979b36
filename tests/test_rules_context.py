"""Show, season and platform detection from phrasing (invented titles)."""

from __future__ import annotations

import pytest

from hsextract.ingest import segment
from hsextract.rules.context import build_context, platforms_in, seasons_in, single_season


@pytest.mark.parametrize(
    ("text", "seasons"),
    [
        ("Glass Orchard season 2 arrives", [2]),
        ("the third series of the show", [3]),
        ("series two picks up", [2]),
        ("S4 is the last", [4]),
        ("a year 11 student in a series of events", []),
        ("seasons 2 and 3 were ordered", [2]),
    ],
    ids=["season-n", "ordinal", "series-word", "s-n", "not-seasons", "plural-first"],
)
def test_seasons_in(text: str, seasons: list[int]) -> None:
    assert [n for _, _, n in seasons_in(text)] == seasons


def test_single_season_is_none_when_two_are_named() -> None:
    assert single_season("season 1 ended and season 2 begins") is None
    assert single_season("season 2 begins") == 2


def test_platforms_prefer_the_longest_name() -> None:
    assert [p for _, _, p in platforms_in("on Apple TV+ and BBC iPlayer, not Max")] == [
        "Apple TV+",
        "BBC iPlayer",
        "Max",
    ]


def test_article_show_is_the_most_mentioned_title_before_season() -> None:
    text = (
        "The Latest Glass Orchard Season 2 News\n\n"
        "Glass Orchard season 2 is coming. Fans of Glass Orchard will be pleased.\n\n"
        "Meanwhile Copper Road season 4 is delayed."
    )
    ctx = build_context(text, segment(text))
    assert ctx.show == "Glass Orchard"
    assert ctx.sentence_show("Meanwhile Copper Road season 4 is delayed.", 2) == "Copper Road"


def test_listicle_sections_scope_show_and_platform() -> None:
    text = (
        "10 shows to watch\n\n"
        "1. Glass Orchard (Netflix)\n\n"
        "A family saga. It premieres on Oct. 3.\n\n"
        "2. Copper Road (Hulu)\n\n"
        "A heist comedy that premieres Friday.\n"
    )
    blocks = segment(text)
    ctx = build_context(text, blocks)
    last = blocks[-1].index
    assert ctx.section_show[last] == "Copper Road"
    assert ctx.section_platform[last] == "Hulu"
