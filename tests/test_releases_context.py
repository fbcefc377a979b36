"""Which date is a season's release and which season a statement is about, from the words around it:
a second volume "following a month later on", a boundary date ("until July 24"), another show in an
appositive, a premiere that "continues on" a later date, a repeat, an episode that "follows on" a date,
a past premiere over a year before the article, and the season a renewal orders. Every snippet is
written for the test (invented shows and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def releases(out: ArticleOutput) -> list[tuple[str | None, int | None, str | None, str | None]]:
    return [(r.show, r.season, r.part, r.date) for r in out.releases]


def test_a_second_volume_following_a_month_later(extract_text: Extract) -> None:
    text = (
        "Gallowmere season 3: everything we know\n\nGallowmere season 3 Volume 1 will premiere on Netflix on "
        "Thursday, July 24, 2025, with Volume 2 following a month later on Thursday, August 21.\n"
    )
    assert releases(extract_text(text, published="2025-06-18")) == [
        ("Gallowmere", 3, "Volume 1", "2025-07-24"),
        ("Gallowmere", 3, "Volume 2", "2025-08-21"),
    ]


def test_a_boundary_date_and_another_show_in_an_appositive(extract_text: Extract) -> None:
    text = (
        "Gallowmere season 3: everything we know\n\nGallowmere season 3 premieres on Netflix on July 24. "
        "If you need something to tide you over until July 24, Netflix's other big fantasy, "
        "The Brass Orchard, returns for its second season on July 10.\n"
    )
    assert releases(extract_text(text, published="2025-06-18")) == [
        ("Gallowmere", 3, None, "2025-07-24"),
        ("The Brass Orchard", 2, None, "2025-07-10"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The season 6 premiere is a two-parter that continues on Oct. 16.",
        "Tokyo MX will re-air the first season starting on October 16.",
        'That is followed on Thursday, October 16 by "What the Herons Kept", the best hour yet.',
    ],
    ids=["continues-on", "re-air", "episode-follows-on"],
)
def test_dates_that_are_no_season_release(extract_text: Extract, sentence: str) -> None:
    text = f"Ward Nine season 6\n\nWard Nine season 6 premieres on Thursday, October 9. {sentence}\n"
    assert [r[3] for r in releases(extract_text(text, published="2025-09-01"))] == ["2025-10-09"]


def test_an_episode_that_follows_on_a_date_gets_it_as_its_air_date(extract_text: Extract) -> None:
    text = (
        "Ward Nine season 6 episode guide\n\nThe opener airs on Thursday, October 9. The episode is titled "
        '"Dead Calm". That is followed on Thursday, October 16 by "What the Herons Kept".\n'
    )
    out = extract_text(text, published="2025-09-01")
    assert {(e.title, e.air_date) for e in out.episodes} >= {("What the Herons Kept", "2025-10-16")}


@pytest.mark.parametrize(
    "published, expected",
    [("2025-06-18", [(1, "2023-03")]), ("2023-04-20", [(2, "2023-03")])],
    ids=["two-years-before-is-season-one", "weeks-before-is-the-articles-season"],
)
def test_a_past_premiere_long_before_the_article_is_the_first_season(
    extract_text: Extract, published: str, expected: list[tuple[int, str]]
) -> None:
    text = (
        "Gallowmere season 2 review\n\nGallowmere season 2 is the best thing on TV. "
        "The moody coastal thriller premiered in March 2023 with six episodes.\n"
    )
    assert [(r[1], r[3]) for r in releases(extract_text(text, published=published))] == expected


def renewals(out: ArticleOutput) -> list[tuple[str | None, list[int]]]:
    return [(e.date, e.seasons) for e in out.events if e.kind == "renewal"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Peacock renewed the series in February 2025.", [("2025-02", [])]),
        (
            "Channel 4 recommissioned the drama in July 2023, after the first series did well.",
            [("2023-07", [2])],
        ),
        (
            "Netflix has renewed Gallowmere for a third season. The renewal was announced in July 2025.",
            [("2025-07", [3])],
        ),
    ],
    ids=["unnumbered", "after-the-first-series", "the-renewal-refers-back"],
)
def test_the_season_a_renewal_orders(
    extract_text: Extract, sentence: str, expected: list[tuple[str, list[int]]]
) -> None:
    text = f"Gallowmere season 2 guide\n\nGallowmere season 2 arrives in 2026. {sentence}\n"
    assert renewals(extract_text(text, published="2025-09-01")) == expected


def test_a_headlines_season_phrase_is_not_part_of_the_show(extract_text: Extract) -> None:
    text = "Last Ferry to Kilmory Season 2 Anime Reveals April 4 Premiere, New Cast\n\nThe cast is back.\n"
    assert releases(extract_text(text, published="2026-03-30")) == [
        ("Last Ferry to Kilmory", 2, None, "2026-04-04")
    ]


def test_a_title_holding_a_platforms_name_is_still_a_show(extract_text: Extract) -> None:
    text = (
        "Kilmory season 2\n\nKilmory season 2 premieres on April 4. The studio is also producing the "
        "original anime Silver Fox Parade, which premieres on April 9.\n"
    )
    out = extract_text(text, published="2026-03-30")
    assert [(r[0], r[3]) for r in releases(out)] == [
        ("Kilmory", "2026-04-04"),
        ("Silver Fox Parade", "2026-04-09"),
    ]


def test_an_episode_line_names_no_show(extract_text: Extract) -> None:
    text = (
        "Kilmory series 2 episode guide\n\nEpisode guide\n\n"
        "2.1: Open Ledger (Original Airdate: Sunday 12th April 2026)\nWriter: Ysolde Carrow\n\n"
        "2.2: The Cooper's Kiln Fire (Original Airdate: Sunday 19th April 2026)\nWriter: Ysolde Carrow\n"
    )
    out = extract_text(text)
    assert [(r[0], r[1], r[3]) for r in releases(out)] == [("Kilmory", 2, "2026-04-12")]
    assert [(e.title, e.air_date) for e in out.episodes] == [
        ("Open Ledger", "2026-04-12"),
        ("The Cooper's Kiln Fire", "2026-04-19"),
    ]


def test_a_past_seasons_last_episode_named_in_passing(extract_text: Extract) -> None:
    text = (
        "Kilmory season 2\n\nKilmory season 2 premieres on April 4. The first season ended its "
        '12-episode run in March 2025 with the episode "Kilmory, Terminus".\n'
    )
    out = extract_text(text, published="2026-03-30")
    assert [(e.season, e.title) for e in out.episodes] == [(1, "Kilmory, Terminus")]
