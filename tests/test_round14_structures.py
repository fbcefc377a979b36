"""Structures of the round-13 and round-14 articles that the rules missed: a streaming guide's entry
with the platform as subject ("Apple TV+ drops the whole of X today"), a channel's name at the end
of a title ("Brother Fox"), a listings paragraph that opens with its show, a weekly guide's listing
lines as the page's shows, a past season word ("aired in the spring"), another country's earlier
run of the same season, a cast member's debut. Every snippet is written for the test (invented
shows, people and titles)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest

from hsextract.dates import normalise
from hsextract.dates.types import DateContext
from hsextract.models import ArticleOutput
from hsextract.rules.titles import platforms_in
from tests.test_round9_structures import releases

Extract = Callable[..., ArticleOutput]


@pytest.mark.parametrize(
    "sentence, show, count",
    [
        ("Apple TV+ drops the whole of The Lantern Weir (all six episodes) today.", "The Lantern Weir", 6),
        (
            "Netflix premieres Crowfield Nights, a Danish thriller, on Friday, all 10 episodes at once.",
            "Crowfield Nights",
            10,
        ),
        ("Hulu releases all eight episodes of Pike & Pennant on Friday.", "Pike & Pennant", 8),
    ],
    ids=["drops-the-whole-of", "title-with-appositive", "releases-all-n-episodes-of"],
)
def test_a_platform_subject_names_the_show_it_drops(
    extract_text: Extract, sentence: str, show: str, count: int
) -> None:
    out = extract_text(f"What to stream this week\n\nSUNDAY\n\n{sentence}\n", published="2026-10-04")
    assert [(r.show, r.episode_count) for r in out.releases] == [(show, count)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Netflix has Sister Marten, all 12 episodes", ["Netflix"]),
        ("the thriller Copper Fox arrives on Netflix", ["Netflix"]),
        ("the drama airs Sundays on Fox", ["Fox"]),
        ("Tonight Fox airs the finale", ["Fox"]),
        ("Quarry Lane Renewed At Fox", ["Fox"]),
        ("it moves to Sky in May", ["Sky"]),
        ("Friday Sky Atlantic drops it", ["Sky Atlantic"]),
    ],
    ids=[
        "no-platform-in-title",
        "channel-ends-a-title",
        "after-on",
        "after-a-time-word",
        "title-case-headline",
        "after-to",
        "after-a-weekday",
    ],
)
def test_a_channel_name_ending_a_title_is_no_platform(text: str, found: list[str]) -> None:
    assert [p for _, _, p in platforms_in(text)] == found


def test_a_listings_paragraph_opening_with_its_show_dates_it_to_the_end(extract_text: Extract) -> None:
    text = (
        "The TV week: Saturday 21st November – Friday 27th November\n\n"
        "Saturday – BBC One – Tollbridge 8pm (Series 2, E1/6)\n"
        "Wednesday – BBC Two – Pellowmere 9pm (Series 2, E1/4)\n\n"
        "Tollbridge is back tonight for six more weeks of bickering.\n\n"
        "Pellowmere returns on Wednesday for a short run. Series 1 went out in February 2025, so it "
        "has been a long wait for the second.\n"
    )
    out = extract_text(text, published="2026-11-21")
    assert ("Pellowmere", 1, "2025-02") in releases(out)
    assert not [r for r in out.releases if r.show == "Tollbridge" and r.season == 1]


def test_a_weekly_guides_lines_keep_their_dates_beside_an_earlier_run(extract_text: Extract) -> None:
    text = (
        "Must-see TV – week beginning Sat 7 November 2026\n\n"
        "Saturday – BBC Four – Skarvik 9pm ***New Series***\n\n"
        "The Norwegian harbour thriller is back for its second series. It aired on NRK in Norway in "
        "the spring, so you may have heard how it ends.\n\n"
        "Friday – Sky Atlantic – Juniper Motel 9pm ***UK Premiere***\n\n"
        "The second season of the motel comedy arrives on Sky Atlantic weekly. It went out on FX in "
        "the States in April, so the UK has had a long wait.\n"
    )
    out = extract_text(text, published="2026-11-06")
    assert releases(out) == [
        ("Juniper Motel", 2, "2026-04"),
        ("Juniper Motel", 2, "2026-11-13"),
        ("Skarvik", 2, "2026"),
        ("Skarvik", 2, "2026-11-07"),
    ]


@pytest.mark.parametrize(
    "published, expression, year",
    [
        ((2026, 11, 6), "in the spring", "2026"),
        ((2026, 11, 6), "in the winter", "2026"),
        ((2026, 3, 10), "in the spring", "2026"),
        ((2026, 3, 10), "in the summer", "2025"),
        ((2026, 2, 1), "in the spring", "2025"),
    ],
    ids=["spring-gone", "winter-gone", "spring-under-way", "summer-last-year", "spring-not-yet"],
)
def test_a_past_season_word_is_the_one_just_gone(
    published: tuple[int, int, int], expression: str, year: str
) -> None:
    found = normalise(expression, DateContext(published=datetime.date(*published), prefer="past"))
    assert found is not None and found.value == year


def test_a_cast_members_debut_episode_is_no_premiere(extract_text: Extract) -> None:
    text = (
        "Quarry Lane adds a deputy\n\n"
        "Quarry Lane has cast Mina Fotheringham as Deputy Jo Hale in a recurring role on the new "
        "season. She debuts in the Oct. 18 episode.\n"
    )
    out = extract_text(text, published="2026-10-04")
    assert out.releases == []
