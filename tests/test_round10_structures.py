"""Structures a new user's articles state often and the rules missed (round 10): a streaming calendar's
title lines that write the season after the title ("Title, season 2", "Title (Season 2)"), a reporting
verb with a bare weekday ("NBC said Tuesday") that dates the statement and not the release. Every
snippet is written for the test (invented shows, people and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput
from tests.test_round9_structures import releases

Extract = Callable[..., ArticleOutput]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            "April 3\nThe Salt Kings, season 2 (HBO)\nQuiet Hours, season 1\n"
            "April 10\nLowland Blues, season 4 premiere\n",
            [
                ("Lowland Blues", 4, "2026-04-10"),
                ("Quiet Hours", 1, "2026-04-03"),
                ("The Salt Kings", 2, "2026-04-03"),
            ],
        ),
        (
            "Monday, April 6\nCopperhead Lane Season 3\nTuesday, April 7\nFennimore: Limited Series\n",
            [("Copperhead Lane", 3, "2026-04-06"), ("Fennimore", None, "2026-04-07")],
        ),
        (
            "May 1\nBrackenmoss (Season 2)\nMay 8\nThe Marsh Queens: Season 1 premiere\n",
            [("Brackenmoss", 2, "2026-05-01"), ("The Marsh Queens", 1, "2026-05-08")],
        ),
        (
            # an episode and a library dump under a day heading are no season releases
            "May 21\nMoss Garden episode 12 (final episode)\nPellridge (s1-4) – ITVX\n"
            "May 22\nHarrow Mill, season 2\nOld Quarry (Season 3)\n",
            [("Harrow Mill", 2, "2026-05-22"), ("Old Quarry", 3, "2026-05-22")],
        ),
    ],
    ids=[
        "comma-season",
        "bare-season-and-limited-series",
        "bracketed-season-and-premiere-tag",
        "not-seasons",
    ],
)
def test_calendar_title_lines_with_the_season_after_the_title(
    extract_text: Extract, lines: str, expected: list[tuple[str, int | None, str]]
) -> None:
    out = extract_text(
        f"Everything new to stream this spring\n\nHere is what is coming.\n\n{lines}", published="2026-03-25"
    )
    assert releases(out) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dunmore Park will return for a third season, the network announced Tuesday.",
        "Dunmore Park will return for a third season, NBC said Tuesday.",
        "NBC said Tuesday that Dunmore Park will return for a third season.",
        "Dunmore Park will return for a third season, the network announced on Tuesday.",
    ],
    ids=["announced-weekday", "said-weekday", "said-weekday-first", "announced-on-weekday"],
)
def test_a_weekday_after_a_reporting_verb_dates_the_statement_not_a_release(
    extract_text: Extract, sentence: str
) -> None:
    out = extract_text(f"Dunmore Park renewed\n\n{sentence}\n", published="2026-03-05")
    assert out.releases == []


def test_a_release_beside_a_reporting_weekday_keeps_its_own_date(extract_text: Extract) -> None:
    out = extract_text(
        "Dunmore Park returns in April\n\nDunmore Park will return on April 9, NBC said Tuesday.\n",
        published="2026-03-05",
    )
    assert releases(out) == [("Dunmore Park", None, "2026-04-09")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Season 1 of Quarrytown aired Jan. 8 - April 2, 2025 on CBS.",
        "Quarrytown's first season aired from January 8 to April 2, 2025.",
        "Season 1 aired: Jan. 8 - April 2, 2025",
    ],
    ids=["dash-range", "from-to-range", "status-board-line"],
)
def test_a_day_range_lends_its_ends_year_to_its_start(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"Quarrytown canceled after one season\n\n{sentence}\n", published="2026-05-15")
    assert [(r.season, r.date) for r in out.releases] == [(1, "2025-01-08")]


def episodes(out: ArticleOutput) -> list[tuple[str | None, int | None, int | None, str]]:
    return sorted(((e.show, e.season, e.number, e.title) for e in out.episodes), key=lambda e: str(e))


def test_a_listings_slot_line_names_the_show_of_the_episodes_under_it(extract_text: Extract) -> None:
    out = extract_text(
        "TV Tonight: Monday, September 21\n\nPremiere week is here.\n\n"
        'Marram Point, Fox, 7/6C\n\n"Seedbed" (S03E01) (R)\n\nAn encore of last week\'s opener.\n\n'
        'Kettle Pups, Cartoon Network, 8/7C\n\n"Moon Socks" (S05E01); "Dust Crew" (S05E02)\n\n'
        "The pups go to the moon.\n",
        published="2026-09-21",
    )
    assert episodes(out) == [
        ("Kettle Pups", 5, 1, "Moon Socks"),
        ("Kettle Pups", 5, 2, "Dust Crew"),
        ("Marram Point", 3, 1, "Seedbed"),
    ]


_CARDS = (
    "Must-see new series on ITVX in March\n\nHere is what's worth your time this month.\n\n"
    "Marrowfield Row\nCrime | Drama\n(Image: ITV)\nSummary: Keala Obi plays a Liverpool detective.\n"
    "Why to watch: It's the best-looking crime drama in years.\nAvailable March 8\n"
    "The whole series lands on ITVX first.\n\n"
    "Coralline Rooms series 4\nReality\nSummary: The staff take over a beach bar.\n"
    "Why to watch: You already know.\nAvailable March 15\n\n"
    "Last chance to watch\n\nWexcombe\nSummary: The cosy-crime favourite is leaving.\n"
    "Available until March 31\n"
)


def test_a_streaming_guide_card_dates_the_show_at_its_head(extract_text: Extract) -> None:
    out = extract_text(_CARDS, published="2026-02-27")
    assert releases(out) == [("Coralline Rooms", 4, "2026-03-15"), ("Marrowfield Row", None, "2026-03-08")]


def test_a_fact_box_label_over_field_lines_is_no_card_head(extract_text: Extract) -> None:
    out = extract_text(
        "Harrowgate Mills series 2: start date\n\nHarrowgate Mills is back.\n\n"
        "At a Glance\nStarts: Thursday 12 November\nChannel: ITV1\n",
        published="2026-10-20",
    )
    assert {r.show for r in out.releases} <= {"Harrowgate Mills"}


def test_a_season_line_under_a_capitals_head_keeps_the_heads_show(extract_text: Extract) -> None:
    out = extract_text(
        "Every returning drama on British TV this January\n\nHere is when your favourites are back.\n\n"
        "GALLOWMEAD\nSeries 3 (New Year's Day, BBC One)\n\n"
        "The Dales mystery starts its third series on New Year's Day at 9pm on BBC One.\n\n"
        "KITTIWAKE WALK\nSeries 2 (Sunday 10th January, ITV1)\n\n"
        "The six-parter returns to ITV1 on Sunday 10th January at 9pm.\n",
        published="2026-12-05",
    )
    assert releases(out) == [("Gallowmead", 3, "2027-01-01"), ("Kittiwake Walk", 2, "2027-01-10")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Series 1 of Gannet Row aired in six weekly parts from 4 December 2024 to 8 January 2025.",
            [(1, "2024-12-04")],
        ),
        ("The premiere of Gannet Row has been pushed from April 3 to May 8.", [(None, "2026-05-08")]),
    ],
    ids=["run-end-is-no-release", "a-move-keeps-its-new-date"],
)
def test_from_one_date_to_another(
    extract_text: Extract, sentence: str, expected: list[tuple[int | None, str]]
) -> None:
    out = extract_text(f"Gannet Row news\n\n{sentence}\n", published="2026-02-27")
    assert [(r.season, r.date) for r in out.releases] == expected


@pytest.mark.parametrize(
    "sentence, title",
    [
        (
            "Titled The Lampwright's Wager, the episode will air on Sunday, May 17, 2026, at 11:45 pm JST.",
            "The Lampwright's Wager",
        ),
        ('As for the finale title, "Ebbing Light," the showrunner teases a reckoning.', "Ebbing Light"),
        ('The episode title is "Kiln Smoke", and it airs next week.', "Kiln Smoke"),
    ],
    ids=["titled-lead-at-paragraph-start", "finale-title-comma", "episode-title-is"],
)
def test_an_episode_named_in_prose_is_no_season_release(
    extract_text: Extract, sentence: str, title: str
) -> None:
    out = extract_text(f"Marlow Reach season 2: everything we know\n\n{sentence}\n", published="2026-03-16")
    assert [e.title for e in out.episodes] == [title]
    assert out.releases == []


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Moonbay Radio season 2 episode 4 preview\n\nSeason 2 episode list so far\n\n"
            "The website has revealed the following titles for the new season.\n\n"
            "#1 The Lamp at Midnight (Mayonaka no Akari) – October 2\n"
            "#2 Is Anyone Out There? (Dareka Iru?) – October 9\n"
            "#3 Forecast, Partly Cloudy (Yoho, Kumori) – October 16\n",
            [
                (2, 1, "The Lamp at Midnight"),
                (2, 2, "Is Anyone Out There?"),
                (2, 3, "Forecast, Partly Cloudy"),
            ],
        ),
        (
            "The Gull Row Irregulars series 2\n\nEpisodes\n\n"
            "No. overall | No. in series | Title | Directed by | Written by | Original air date\n"
            "7 | 2x01 | Brine Hour, High Spirits | Ngozi Abe | Rhi Tapper | 01/10/2026\n"
            "8 | 2x02 | The Kipper Pact | Ngozi Abe | Rhi Tapper | 08/10/2026\n",
            [(2, 1, "Brine Hour, High Spirits"), (2, 2, "The Kipper Pact")],
        ),
        (
            "Lantern Cove Season 5 Episode Titles Revealed!\n\nHere's the list as it stands right now:\n\n"
            '5×01 – "Salt Lines"\n5×02 – "Mile Nine"\n5×03 – "A Lamp for Ysolde"\n\n'
            'Episode 1: "Salt Lines" (Oct 15)\nThe premiere has to deal with that finale.\n\n'
            'Episode 2: "Mile Nine" (Oct 22)\nMore theories.\n',
            [(5, 1, "Salt Lines"), (5, 2, "Mile Nine"), (5, 3, "A Lamp for Ysolde")],
        ),
    ],
    ids=[
        "hash-numbered-lines-after-following-titles",
        "wiki-number-columns-sxe-cell",
        "sxe-list-then-labelled-again",
    ],
)
def test_more_episode_lists(extract_text: Extract, body: str, expected: list[tuple[int, int, str]]) -> None:
    out = extract_text(body, published="2026-08-21")
    assert sorted((e.season, e.number, e.title) for e in out.episodes) == sorted(expected)


def test_a_wiki_tables_first_row_dates_the_season(extract_text: Extract) -> None:
    out = extract_text(
        "The Gull Row Irregulars series 2\n\nEpisodes\n\n"
        "No. overall | No. in series | Title | Original air date\n"
        "7 | 2x01 | Brine Hour | 01/10/2026\n8 | 2x02 | The Kipper Pact | 08/10/2026\n"
        "9 | 2x03 | Buoy Day | 15/10/2026\n",  # 15/10 says the dates are day-first
        published="2026-11-02",
    )
    assert releases(out) == [("The Gull Row Irregulars", 2, "2026-10-01")]


def test_a_listings_slot_line_with_a_central_time_takes_any_channel(extract_text: Extract) -> None:
    out = extract_text(
        "TV Tonight: Monday, September 21\n\nPremiere week is here.\n\n"
        'Starfield Scouts, Disney XD, 10/9C\n\n"Dark Meridian: Part 1" (S02E02)\n\nThe scouts split up.\n\n'
        "Blackcombe (HBO and Max)\nPremieres: Sunday, Sept. 28, 9/8c\n",
        published="2026-09-21",
    )
    assert episodes(out) == [("Starfield Scouts", 2, 2, "Dark Meridian: Part 1")]
    assert "Premieres" not in str(releases(out))


def test_a_table_under_a_season_heading_is_that_seasons(extract_text: Extract) -> None:
    out = extract_text(
        "Polvean Cove series 2 episode guide\n\nPolvean Cove returns to BBC One on Sunday 29 November.\n\n"
        "Series 1 at a glance\n\nNo. | Title | Original air date\n"
        "1 | The Widow's Lamp | 2 March 2025\n2 | Pilchard Silver | 9 March 2025\n"
        "— | No episode (Easter) | 16 March 2025\n",
        published="2026-11-20",
    )
    assert ("Polvean Cove", 1, "2025-03-02") in releases(out)
    assert "2025-03-16" not in {r.date for r in out.releases}
    assert sorted((e.season, e.title) for e in out.episodes) == [
        (1, "Pilchard Silver"),
        (1, "The Widow's Lamp"),
    ]


def test_a_listings_posts_premiere_tags_date_the_sections_season(extract_text: Extract) -> None:
    out = extract_text(
        "PULSE MAGAZINE\n\nTV Tonight: Monday, September 21\n\nPremiere week is here.\n\n"
        'Kettle Pups, Cartoon Network, 8/7C\n\n"Moon Socks" (S05E01)\n\n'
        "SEASON PREMIERE  The pups go to the moon.\n\n"
        'Hale & Quorn, NBC, 9/8C\n\n"First Light" (S01E01)\n\n'
        "SERIES PREMIERE  A lawyer teams up with a detective.\n\n"
        'Marram Point, Fox, 10/9C\n\n"Drywall" (S03E02)\n\nThe sheriff questions a witness.\n',
        published="2026-09-21",
    )
    assert releases(out) == [("Hale & Quorn", 1, "2026-09-21"), ("Kettle Pups", 5, "2026-09-21")]


def test_a_numbered_heading_over_prose_heads_a_listicle_entry(extract_text: Extract) -> None:
    out = extract_text(
        "Four K-dramas ending soon\n\nHere's the rundown.\n\n1. Plum Blossom Ledger\n\n"
        "This workplace romance started broadcasting on 18 February and wraps up this Thursday.\n\n"
        "2. The Island Tenant\n\n"
        "The island mystery premiered on 14 February and airs two episodes every weekend.\n",
        published="2026-03-24",
    )
    assert releases(out) == [
        ("Plum Blossom Ledger", None, "2026-02-18"),
        ("The Island Tenant", None, "2026-02-14"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Saoirse Tiernan-Obi, who was most recently seen in BBC One's Harbour Lane, "
            "has been cast as Morwen.",
            [("Saoirse Tiernan-Obi", "Morwen")],
        ),
        (
            "The Sluice Gate, who is voiced by Idris Pennar-Jones, has his own song.",
            [("Idris Pennar-Jones", "Sluice Gate")],
        ),
        ("Next week: the season 4 premiere of Saint Brannoc's Singers, which arrives on Peacock.", []),
        (
            "Returning are Colm Mac Giolla as Tormod Ruadh and Willem van der Berg as Piet. "
            "Tormod (Mac Giolla) has moved the body, and Piet (van der Berg) says nothing.",
            [("Colm Mac Giolla", "Tormod Ruadh"), ("Willem van der Berg", "Piet")],
        ),
        (
            "Harbourmaster Inés Galarza, who signed the ship out, is blamed. "
            "Lucía de la Barra leads the cast as Inés Galarza.",
            [("Lucía de la Barra", "Inés Galarza")],
        ),
    ],
    ids=[
        "relative-clause-credit",
        "passive-relative-clause",
        "saints-possessive",
        "particle-surnames",
        "occupation",
    ],
)
def test_cast_names_of_many_shapes(
    extract_text: Extract, sentence: str, expected: list[tuple[str, str]]
) -> None:
    out = extract_text(f"Strathbane series 2 press pack\n\n{sentence}\n", published="2026-09-29")
    assert sorted((c.actor, c.character) for c in out.cast) == expected


def test_a_flattened_cast_table_under_an_actor_character_header(extract_text: Extract) -> None:
    out = extract_text(
        "Fellbeck series 3 cast: who's who\n\n"
        "Back for more are Rosamund Fairley-Obi (Dora Bellamy) and Tallis (Grandpa Osmund).\n\n"
        "Here is the full cast as ITV lists it:\n\n"
        "Actor Character Status\n"
        "Rosamund Fairley-Obi Dora Bellamy Returning\n"
        "Lucan Dewar Morris Bellamy Returning\n"
        "Tallis Grandpa Osmund Returning\n"
        "A.J. Kettle-Mensah Pastor Hild Allen New\n",
        published="2026-12-04",
    )
    assert sorted((c.actor, c.character) for c in out.cast) == [
        ("A.J. Kettle-Mensah", "Pastor Hild Allen"),
        ("Lucan Dewar", "Morris Bellamy"),
        ("Rosamund Fairley-Obi", "Dora Bellamy"),
        ("Tallis", "Grandpa Osmund"),
    ]


def test_a_coarser_and_a_weekday_mention_of_one_premiere_merge_into_the_dated_one(
    extract_text: Extract,
) -> None:
    out = extract_text(
        "The Pellow Bequest series 2 guide\n\n"
        "ITV's Cornish will-reading drama is back in January with six more episodes.\n\n"
        "Episode one airs on ITV1 on Sunday 10 January at 9pm.\n\n"
        "Listings pick\n\nThe Pellow Bequest (ITV1, Sunday, 9pm)\nThe will is read again.\n",
        published="2026-12-06",
    )
    assert releases(out) == [("The Pellow Bequest", 2, "2027-01-10")]


def test_an_interview_speaker_label_is_no_show(extract_text: Extract) -> None:
    out = extract_text(
        "The Ravel Accounts season 2 interview\n\n"
        "The stars sat down with us in London.\n\n"
        "Q: Season 2 adds two new cousins. When does it land?\n"
        "A: Season 2 lands on Netflix on Thursday, December 17.\n",
        published="2026-12-01",
    )
    assert [(r.show, r.season) for r in out.releases] == [("The Ravel Accounts", 2)]


def test_a_ranked_entry_naming_two_episodes_with_a_slash(extract_text: Extract) -> None:
    out = extract_text(
        "Every episode of Oxley Deep season 1, ranked\n\nHere is our ranking.\n\n"
        '5. Episodes 1 and 2: "Bottom Line"/"The Cargo"\nApple dropped the first two together.\n\n'
        '4. Episode 7: "Thermal"\nThe best hour of the show.\n',
        published="2026-12-01",
    )
    assert episodes(out) == [
        ("Oxley Deep", 1, 1, "Bottom Line"),
        ("Oxley Deep", 1, 2, "The Cargo"),
        ("Oxley Deep", 1, 7, "Thermal"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Pieter Oostwal has joined the cast. Oostwal takes over the role of Sheriff Elias Penn from "
            "Garrett Lind-Hale, who played the lawman in the first two seasons.",
            [("Garrett Lind-Hale", "Sheriff Elias Penn"), ("Pieter Oostwal", "Sheriff Elias Penn")],
        ),
        (
            "Also back are DCP Revati Deshmane (Farida Sheikh-Basu) and the informer Pintu (Prateek Ghosh).",
            [("Farida Sheikh-Basu", "DCP Revati Deshmane"), ("Prateek Ghosh", "Pintu")],
        ),
    ],
    ids=["takes-over-the-role-from", "police-rank-marks-the-character"],
)
def test_recast_and_rank_forms(extract_text: Extract, sentence: str, expected: list[tuple[str, str]]) -> None:
    out = extract_text(f"Ochre Fold season 3 casting\n\n{sentence}\n", published="2026-08-12")
    assert sorted((c.actor, c.character) for c in out.cast) == expected
