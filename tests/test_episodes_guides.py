"""Episodes and drops the way weekly streaming guides, episode databases, press stills and prose
schedules name them. Every snippet is written for the test; names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]

WEEK = """New on streaming this week (March 2–8)

Monday, March 2

Quillmarsh, Season 4, Episode 6 — "The Tallyman's Debt" (Max)
The penultimate episode of the season sees the sisters reunite.

Tuesday, March 3

The Orchard Wardens (Hulu)
All 10 episodes of the limited series arrive Tuesday.

The Paper Regatta (Netflix)
A documentary film about a boat race.

Wednesday, March 4

Brackenholt Academy season 2 finale (Disney+)
Episode 8, "Commencement," closes out the second season.

Thursday, March 5

Ferncombe S3E2 "Paper Kites" (Apple TV+)
A quiet, sad hour.

Friday, March 6

Sallowby (Netflix) — Season 2
The fantasy drama returns with all eight episodes.
"""


def test_a_streaming_week_names_each_entrys_show_season_and_episode(extract_text: Extract) -> None:
    out = extract_text(WEEK, published="2026-03-02")
    assert sorted((e.show, e.season, e.number, e.title) for e in out.episodes) == [
        ("Brackenholt Academy", 2, 8, "Commencement"),
        ("Ferncombe", 3, 2, "Paper Kites"),
        ("Quillmarsh", 4, 6, "The Tallyman's Debt"),
    ]
    assert sorted((r.show, r.season, r.date, r.platform) for r in out.releases) == [
        ("Sallowby", 2, "2026-03-06", "Netflix"),
        ("The Orchard Wardens", None, "2026-03-03", "Hulu"),
    ]
    assert [(e.kind, e.show, e.seasons, e.date) for e in out.events if e.kind == "finale"] == [
        ("finale", "Brackenholt Academy", [2], "2026-03-04")
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('S3E2 "Paper Kites"', (3, 2, "Paper Kites")),
        ("S03E05: Paper Kites", (3, 5, "Paper Kites")),
        ("2.4: Paper Kites (Original Airdate 9th May 2024)", (2, 4, "Paper Kites")),
    ],
    ids=["sxe-quoted", "sxe-colon", "database-dot"],
)
def test_episode_labels_that_carry_the_season(
    extract_text: Extract, line: str, expected: tuple[object, ...]
) -> None:
    text = f"Ferncombe episode guide\n\nEvery episode of Ferncombe so far.\n\n{line}\nWriter: Ada Lusk\n"
    out = extract_text(text, published="2026-03-02")
    assert [(e.season, e.number, e.title) for e in out.episodes] == [expected]


def test_a_quoted_title_that_drops_on_a_date_is_an_episode_not_a_release(extract_text: Extract) -> None:
    text = (
        "Ferncombe season 2 release schedule\n\n"
        "Ferncombe season 2 premieres on Hulu on Tuesday, June 2, with one episode each week.\n\n"
        "On Tuesday, June 9, “Two Down” arrives. A week later, “Glass Harbour” follows.\n"
    )
    out = extract_text(text, published="2026-01-15")
    assert [(r.season, r.date) for r in out.releases] == [(2, "2026-06-02")]
    assert sorted((e.season, e.title, e.air_date) for e in out.episodes) == [
        (2, "Glass Harbour", None),
        (2, "Two Down", "2026-06-09"),
    ]


def test_a_quoted_show_title_that_arrives_is_no_episode(extract_text: Extract) -> None:
    text = (
        "What to watch\n\nNew episodes of “Ferncombe” keep coming.\n\n"
        "On Friday, June 5, “Ferncombe” arrives on Hulu with a new season.\n"
    )
    out = extract_text(text, published="2026-01-15")
    assert out.episodes == []


def test_a_press_still_caption_names_the_episode_by_its_production_code(extract_text: Extract) -> None:
    text = (
        "Ferncombe season 2 first look\n\n"
        "Ferncombe — “Neapwater” – Episode 204 — Pictured: Liesje Kroonvelt as Femke Ashby. "
        "(Photo by: Femi Okwe/Peacock)\n\n"
        "Peacock has released first-look images from the second season of Ferncombe.\n"
    )
    out = extract_text(text, published="2026-01-15")
    assert [(e.show, e.season, e.number, e.title) for e in out.episodes] == [("Ferncombe", 2, 4, "Neapwater")]


CAPS_WEEK = """New on streaming this week: Mon 9th – Sun 15th Nov

MON 9TH NOV

Tarnwick Staithe: Season 3, Episodes 1-4 (Prime Video) – Season Premiere!
The shipping saga is back in two blocks.

WEDS 11TH NOV

Ottermere Academy (s2) – Disney+ – Season Premiere!
Two episodes today, then one every Wednesday until the finale on Weds 16th Dec.

The Elder Ledger (Apple TV+) – new episode
Not a premiere: this week's episode lands on Weds.

THURS 12TH NOV

Pellow Bridge (s1-4) – ITVX
Every episode of the police comedy, for the first time on one service.

Wild Salt Marshes – BBC iPlayer – New Series!
All six hour-long episodes at once.
"""


def test_a_weekly_guide_with_capital_day_headings(extract_text: Extract) -> None:
    out = extract_text(CAPS_WEEK, published="2026-11-09")
    assert sorted((r.show, r.season, r.date, r.platform) for r in out.releases) == [
        ("Ottermere Academy", 2, "2026-11-11", "Disney+"),
        ("Tarnwick Staithe", 3, "2026-11-09", "Prime Video"),
        ("Wild Salt Marshes", None, "2026-11-12", "BBC iPlayer"),
    ]
    assert [(e.show, e.seasons, e.date) for e in out.events if e.kind == "finale"] == [
        ("Ottermere Academy", [2], "2026-12-16")
    ]


DATABASE = """QUILLBROOK
Episode Guide › Season 2

Season 2 • 3 episodes • Premiered Oct 2, 2025 • AMC

9 :02x01 - The Bell in the Mere
Aired: Thursday, October 2, 2025
A year after the flood, the bell rings again.
Director: Maren Skell

10 :02x02 - Salt on the Sill
Aired: Thursday, October 9, 2025
The sheriff finds salt around every house.

11 :02x03 - Mothlight
Aired: Thursday, October 16, 2025
A stranger arrives with a box of moths.
"""


def test_an_episode_database_dates_each_episode_and_the_season_once(extract_text: Extract) -> None:
    out = extract_text(DATABASE, published="2026-01-20")
    assert [(e.season, e.number, e.title, e.air_date) for e in out.episodes] == [
        (2, 1, "The Bell in the Mere", "2025-10-02"),
        (2, 2, "Salt on the Sill", "2025-10-09"),
        (2, 3, "Mothlight", "2025-10-16"),
    ]
    assert [(r.season, r.date) for r in out.releases] == [(2, "2025-10-02")]


def test_a_numbered_list_with_a_synopsis_under_each_title(extract_text: Extract) -> None:
    text = (
        "Daughter of the Beacon – Season 2\n\n"
        "Season 2 premiered on NRK1 on Sunday 4 January.\n\n"
        "SEASON 2 EPISODES\n\n"
        "1. Tåkehorn (The Foghorn)\n"
        "The foghorn sounds on a clear night and a stranger's boat is tied to the jetty.\n\n"
        "2. Sildekongen (The Herring King)\n"
        "Anders comes north with a name from the old case files.\n\n"
        "3. Nordavind (North Wind)\n"
        "A storm cuts the island off.\n"
    )
    out = extract_text(text, published="2026-02-20")
    assert [(e.season, e.number, e.title) for e in out.episodes] == [
        (2, 1, "Tåkehorn"),
        (2, 2, "Sildekongen"),
        (2, 3, "Nordavind"),
    ]
    # the glossed titles are list items, not a listicle's shows: the season's premiere stays the show's
    assert [(r.season, r.date) for r in out.releases] == [(2, "2026-01-04")]


WEEKEND = """What to Watch this Weekend

FRIDAY

The Ledger Keepers
WHERE TO WATCH: Streaming on Apple TV+
Season Premiere
The second season opens with two episodes today.

What Else to Watch
Streaming
Velvet Slipway (series debut) — Netflix
Ninefold Cross (season 3 premiere) — Prime Video
The Marquess of Elsewhere (film) — Hulu
8 p.m.
Stonebury PD (season 7 finale) — CBS

SATURDAY

What Else to Watch
9 p.m.
Kettle & Crane (season 2 premiere) — BBC America
"""


def test_a_weekend_guide_under_bare_weekday_headings(extract_text: Extract) -> None:
    out = extract_text(WEEKEND, published="2026-04-17")
    assert sorted((r.show, r.season, r.date, r.platform) for r in out.releases) == [
        ("Kettle & Crane", 2, "2026-04-18", "BBC America"),
        ("Ninefold Cross", 3, "2026-04-17", "Prime Video"),
        ("The Ledger Keepers", 2, "2026-04-17", "Apple TV+"),
        ("Velvet Slipway", 1, "2026-04-17", "Netflix"),
    ]
    assert [(e.kind, e.show, e.seasons, e.date) for e in out.events] == [
        ("finale", "Stonebury PD", [7], "2026-04-17")
    ]


BLOG_WEEK = """What to watch on TV this week (Oct. 11-17)

SUNDAY

8-9 Gristmill – SEASON PREMIERE! The dramedy starts its third season under new ownership.

9-10:05 Lampwick Road – SERIES FINALE! "The Last Lamp." Eight seasons, one town.

TUESDAY

8-10 Copper Sound – TWO-EPISODE SEASON PREMIERE! After the season 4 cliffhanger, the fifth season opens.

THURSDAY

Streaming: Glass Saints (Netflix) – SEASON 2! All eight episodes at once.
"""


def test_a_blog_week_with_dash_tagged_slot_lines(extract_text: Extract) -> None:
    out = extract_text(BLOG_WEEK, published="2026-10-11")
    assert sorted((r.show, r.season, r.date) for r in out.releases) == [
        ("Copper Sound", 5, "2026-10-13"),
        ("Glass Saints", 2, "2026-10-15"),
        ("Gristmill", 3, "2026-10-11"),
    ]
    assert [(e.show, e.date) for e in out.events if e.kind == "finale"] == [("Lampwick Road", "2026-10-11")]
