"""A season named in words as past is a point of reference; a returning show's article is about the
next season. Every snippet is written for the test; names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput
from hsextract.rules.returning import announces_return, past_season

Extract = Callable[..., ArticleOutput]


def _past(sentence: str, phrase: str) -> bool:
    start = sentence.index(phrase)
    return past_season(sentence, start, start + len(phrase))


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        pytest.param(
            "Holm Reach, whose first series aired in 2022, is back.", "first series", True, id="past-verb"
        ),
        pytest.param(
            "Ivo Pell, who played the vicar in the first season, has left.",
            "first season",
            True,
            id="who-played",
        ),
        pytest.param(
            "It is the best thriller since, well, the first series of Holm Reach.",
            "first series",
            True,
            id="since-well",
        ),
        pytest.param("The whole of series one is streaming now.", "series one", True, id="whole-of"),
        pytest.param(
            "It is darker than the second season ever dared to be.", "second season", True, id="than"
        ),
        pytest.param(
            "There are eight episodes in the first season.", "first season", False, id="present-count"
        ),
        pytest.param(
            "The writers make the second series bigger and louder.", "second series", False, id="present-verb"
        ),
        pytest.param("Season 1 was a hit on ITV.", "Season 1", False, id="digits-never"),
        pytest.param("The third season arrives in May.", "third season", False, id="future"),
    ],
)
def test_past_season(sentence: str, phrase: str, expected: bool) -> None:
    assert _past(sentence, phrase) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Holm Reach is back on ITV next week.", True, id="is-back"),
        pytest.param(
            "Channel 4 strips the new four-part series across a week.", True, id="new-n-part-series"
        ),
        pytest.param("Holm Reach returns for more.", True, id="returns"),
        pytest.param("Holm Reach premieres on ITV next week.", False, id="premiere-only"),
    ],
)
def test_announces_return(text: str, expected: bool) -> None:
    assert announces_return(text) is expected


def test_a_returning_show_without_a_season_number_is_about_the_next_season(extract_text: Extract) -> None:
    text = (
        "Holm Reach is back: the coastal thriller returns to ITV\n\n"
        "Holm Reach, whose first series aired in spring 2024, is back for a new six-part run.\n\n"
        'The first episode, titled "Low Tide Bell", airs at 9pm on Monday 2 March 2026 on ITV.\n\n'
        "If you missed it, the whole of series one is on ITVX now.\n"
    )
    out = extract_text(text, published="2026-02-20")
    assert [(r.season, r.date) for r in out.releases if r.date == "2026-03-02"] == [(2, "2026-03-02")]
    assert [(e.season, e.number, e.title) for e in out.episodes] == [(2, 1, "Low Tide Bell")]


def test_a_first_season_described_in_the_present_stays_the_articles_season(extract_text: Extract) -> None:
    text = (
        "Holm Reach: release schedule\n\n"
        "There are eight episodes in the first season of Holm Reach. It returns to its lighthouse weekly. "
        'The first episode, titled "Low Tide Bell", arrives on Apple TV+ on Friday 6 March 2026.\n'
    )
    out = extract_text(text, published="2026-02-20")
    assert {r.season for r in out.releases} == {1}
    assert [(e.season, e.number) for e in out.episodes] == [(1, 1)]
