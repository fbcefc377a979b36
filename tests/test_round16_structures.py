"""Structures met in the round-16 work: a show's own start ("Lowtide premiered in 2023") in a story
about a later season is the series premiere; schedule lines dated "9/27"; a guide's "3 | Title [w: ...]"
headings with a synopsis and a critic's initials under each; a database block "Episode #: 13 (S2 E01)";
"Episode 1 of 6:"; glossed titles with a question mark; a plural possessive inside single quotes;
ordinals in prose ("The fifth, 'E', airs", "the first two episodes are", "titled simply"); a credit
glued to a caption; an article's season named far more often than another. Every snippet is written
for the test (invented shows and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.ingest.read import unglued
from hsextract.models import ArticleOutput
from tests.test_round9_structures import releases
from tests.test_round10_structures import episodes

Extract = Callable[..., ArticleOutput]
HEAD = (
    "Quillhythe season 3: release date, cast and more\n\n"
    "Quillhythe returns to Hulu for season 3 on March 4.\n\n"
)


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Quillhythe premiered in August 2024 and became the streamer's biggest launch.\n",
            ("Quillhythe", 1, "2024-08"),
        ),
        (
            "Quillhythe launched on Thursday, March 3, 2022, with all eight episodes at once.\n",
            ("Quillhythe", 1, "2022-03-03"),
        ),
        (
            "Quillhythe premiered in 2022 and returned for a second season in March 2024.\n",
            ("Quillhythe", 1, "2022"),
        ),
    ],
    ids=["premiered-month", "launched-day", "then-returned-for-a-second"],
)
def test_the_shows_own_start_in_a_later_seasons_story_is_season_one(
    extract_text: Extract, body: str, expected: tuple[str, int, str]
) -> None:
    found = releases(extract_text(HEAD + body, published="2026-11-01"))
    assert expected in found
    assert ("Quillhythe", 3, "2027-03-04") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a recap: the season itself premiered on that date
            "Quillhythe season 3 recap: the fall of the house\n\n"
            "Quillhythe premiered on October 11 with a bang, and the season has not let up.\n",
            ("Quillhythe", 3, "2026-10-11"),
        ),
        (  # the season stands before the title: that season's premiere
            HEAD + "Season 2 of Quillhythe premiered on April 5, 2025, on Hulu.\n",
            ("Quillhythe", 2, "2025-04-05"),
        ),
        (  # "returned" is no start
            HEAD + "Quillhythe returned in May 2025 after a long wait.\n",
            None,
        ),
    ],
    ids=["recap-same-season", "season-before-title", "returned-is-no-start"],
)
def test_not_a_series_start(extract_text: Extract, text: str, expected: tuple[str, int, str] | None) -> None:
    found = releases(extract_text(text, published="2026-11-01"))
    if expected is not None:
        assert expected in found
    assert not any(season == 1 for _, season, _ in found)


LARK = [
    ("Larkmoor", 2, 1, "Hay Bales"),
    ("Larkmoor", 2, 2, "Cider Press"),
    ("Larkmoor", 2, 3, "The Long Lane"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Larkmoor season 2 air dates\n\nHere is every air date for the second season of Larkmoor.\n\n"
            '9/20 – Ep. 1: "Hay Bales" (aired)\n9/27 – Ep. 2: "Cider Press" (aired)\n'
            '10/4 – Ep. 3: "The Long Lane"\n10/11 – Ep. 4: TBA\n',
            LARK,
        ),
        (
            "Larkmoor series 2 dates\n\n27.09. – Episode 1: Hay Bales\n04.10. – Episode 2: Cider Press\n",
            LARK[:2],
        ),
        (
            "Larkmoor season 2 episode guide\n\nThe episodes\n\n"
            "1 | Hay Bales [w: Oda Fjeldsgaard · d: Piet Varga]\nThe farm gets a new owner.\n—O.L.\n\n"
            "2 | Cider Press [w: Oda Fjeldsgaard · d: Piet Varga]\nA storm hits the orchard.\n—P.V.\n\n"
            "3 | The Long Lane [w: Tuva Skarstein · d: Piet Varga]\nSomeone goes missing.\n",
            LARK,
        ),
        (
            "Larkmoor season 2 episode list\n\nEpisode list (air dates are mm.dd.yy)\n\n"
            "Air Date: 04.05.25\nEpisode #: 13 (S2 E01)\nHay Bales\n\n"
            "Air Date: 04.12.25\nEpisode #: 14 (S2 E02)\nCider Press\n",
            LARK[:2],
        ),
        (
            "Larkmoor season 2: release schedule and episode titles\n\nWhat are the episode titles?\n\n"
            "1. Hay Bales (The Barn)\n2. Cider Press? (Who Sings at the Weir?)\n"
            "3. The Long Lane (Salt, Rope and Tar)\n",
            [
                ("Larkmoor", 2, 1, "Hay Bales"),
                ("Larkmoor", 2, 2, "Cider Press?"),
                ("Larkmoor", 2, 3, "The Long Lane"),
            ],
        ),
        (
            "Larkmoor season 2 on BBC One\n\n"
            "Series 2, Episode 1 of 6: Hay Bales\nSun 10 Jan · 21:00–22:00 · BBC One\n\n"
            "More episodes\nSeries 2, Episode 2 of 6: Cider Press\nSun 17 Jan · 21:00–22:00 · BBC One\n",
            LARK[:2],
        ),
    ],
    ids=[
        "us-numeric-day-lines",
        "dotted-day-lines",
        "pipe-headings-with-credits",
        "running-number-block",
        "glosses-with-question-mark",
        "episode-n-of-m",
    ],
)
def test_schedule_and_guide_lines(
    extract_text: Extract, text: str, expected: list[tuple[str, int, int, str]]
) -> None:
    assert episodes(extract_text(text, published="2026-09-01")) == expected


RECAP = "Larkmoor season 2 recap\n\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Tonight's fourth episode — titled, with the usual cheer, 'Mud Season' — picks up the thread. "
            "The fifth, 'Whose Barn?', airs next Saturday, and the sixth and final episode, titled simply "
            "'Thistlewick', goes out on 31 October.\n",
            [(4, "Mud Season"), (5, "Whose Barn?"), (6, "Thistlewick")],
        ),
        (
            'The first two episodes are "Hay Bales" and "Cider Press". The streamer names the first three '
            'episodes "A Lane", "B Lane" and "C Lane".\n',
            [(1, "A Lane"), (1, "Hay Bales"), (2, "B Lane"), (2, "Cider Press"), (3, "C Lane")],
        ),
        (
            'The second and third episodes, "Hay Bales" and "Cider Press", are the best.\n',
            [(2, "Hay Bales"), (3, "Cider Press")],
        ),
        ('The third and final episode, "Thistlewick", airs on Sunday.\n', [(3, "Thistlewick")]),
        (
            "The opening episode, titled 'The Millers' Feast', begins with a storm.\n",
            [(1, "The Millers' Feast")],
        ),
        ("Episode two, 'Cider', is fine; the Sisters' Arms is not.\n", [(2, "Cider")]),
    ],
    ids=[
        "aside-ordinal-alone-and-final",
        "first-n-episodes",
        "ordinal-pair-comma",
        "third-and-final",
        "plural-possessive-in-single-quotes",
        "possessive-outside-the-quotes",
    ],
)
def test_ordinals_and_quotes_in_prose(
    extract_text: Extract, body: str, expected: list[tuple[int, str]]
) -> None:
    found = episodes(extract_text(RECAP + body, published="2026-10-17"))
    assert sorted((n, t) for _, _, n, t in found) == expected
    assert all(season == 2 for _, season, _, _ in found)


def test_a_credit_glued_to_a_caption_makes_it_no_heading(extract_text: Extract) -> None:
    text = (
        "Larkmoor series 2 cast: who is who\n\nLarkmoor is back on BBC Four for a second series.\n\n"
        "Oda Fjeldsgaard and Piet Varga in Larkmoor series 1. Picture: BBC/Studio\n\n"
        "Review: Larkmoor (S2 E1-2/10)\n\n"
        'We have seen the first two episodes, "Hay Bales" and "Cider Press", and they are good.\n'
    )
    assert episodes(extract_text(text, published="2026-10-01")) == LARK[:2]


def test_the_season_an_interview_names_three_times_is_the_articles(extract_text: Extract) -> None:
    text = (
        "'I stopped being polite': Oda Fjeldsgaard on Larkmoor and the detective nobody likes\n\n"
        "Filming on series two began in October. By series two the crew knew the moor.\n\n"
        '"In series one I kept trying to make her likeable," Fjeldsgaard says. Series two is darker.\n\n'
        "Larkmoor returns to Channel 4 on Wednesday 3 June at 9pm.\n"
    )
    found = releases(extract_text(text, published="2026-05-01"))  # the show left null: the article's own
    assert [(season, date) for _, season, date in found] == [(2, "2026-06-03")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Is Larkmoor new this Sunday? Season 3 episode 4 delayed\n\n"
            "The third season premiered on Sunday, September 27. New episodes air Sundays on USA Network.\n",
            [(None, 3, "2026-09-27")],
        ),
        (
            "Larkmoor season 2: how to watch\n\n"
            "Unlike season one, which dropped all eight episodes on 13 June 2025, the new ones are split.\n",
            [("Larkmoor", 1, "2025-06-13")],
        ),
        (
            "The Remote: Larkmoor gets its Hulu date, Quillhythe waits until 2026\n\n"
            "No. 1 · Larkmoor (Hulu)\n\n"
            "Hulu confirmed on Tuesday that Larkmoor season 2 will be available Nov. 12, all ten at once.\n\n"
            "No. 2 · Quillhythe (BBC One)\n\nThe BBC says only that series 3 returns in 2026.\n\n"
            "No. 3 · Thistlewick (ITV1)\n\nSeries 3 of the farming drama began on 14 September on ITV1.\n",
            [("Larkmoor", 2, "2026-11-12"), ("Quillhythe", 3, "2026"), ("Thistlewick", 3, "2026-09-14")],
        ),
        (
            "Larkmoor season 3 and Quillhythe season 2: the week ahead\n\n"
            "LARKMOOR: BACK AT LAST\n\nSeries three opens on BBC One on Sunday 3 January at 9pm.\n\n"
            "QUILLHYTHE: THE BIG ONE\n\nSeries two opens on ITV1 on Monday 4 January. It was a hit.\n",
            [("Larkmoor", 3, "2027-01-03"), ("Quillhythe", 2, "2027-01-04")],
        ),
    ],
    ids=[
        "weekday-before-season-is-no-show",
        "preposition-before-season-is-no-show",
        "ranked-entries-no-n",
        "capitals-name-before-a-tagline-opens-a-section",
    ],
)
def test_whose_release_it_is(
    extract_text: Extract, text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    published = "2026-12-28" if "week ahead" in text else "2026-10-02" if "Remote" in text else "2026-10-10"
    assert releases(extract_text(text, published=published)) == sorted(expected, key=str)


def test_a_review_box_headed_show_and_number_is_the_main_show(extract_text: Extract) -> None:
    text = (
        "Larkmoor 2, episode 3 review: a funeral and a flood\n\n"
        "Larkmoor 2\nBBC One and iPlayer, Sundays, 9pm\n★★★★★\n\n"
        "The second series of Larkmoor has been a slow burn. The first, which aired on BBC Scotland in 2024, "
        "was quieter.\n\nAdvertisement\nHide Ad\n\n"
        "Episode 4, titled The Reeve's Tally, airs on Sunday at 9pm on BBC One.\n"
    )
    out = extract_text(text, published="2026-11-09")
    assert [(e.show, e.season, e.number, e.title) for e in out.episodes] == [
        ("Larkmoor", 2, 4, "The Reeve's Tally")
    ]
    assert all(r.show in (None, "Larkmoor") for r in out.releases)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Larkmoor season 2: meet the cast\n\n• Zeferina Quoirin do Valle as Dulcineia Fontoura\n"
            "• Tomás Reis dos Santos as Vicente Prado\n",
            [("Tomás Reis dos Santos", "Vicente Prado"), ("Zeferina Quoirin do Valle", "Dulcineia Fontoura")],
        ),
        (
            "Larkmoor season 2 anime: cast\n\nReturning cast: Wakaba Ibushiya (CV: Ayako Fusebashi), "
            "the depot's only driver, and Old Benzō (CV: Mitsuyo Moriwake).\n",
            [("Ayako Fusebashi", "Wakaba Ibushiya"), ("Mitsuyo Moriwake", "Old Benzō")],
        ),
        (
            "Larkmoor series 2 review\n\nEnter Ormur Stígsson (Yaw Boatemaa-Frick), hotelier and liar. "
            "Widowed Ishwari Kandathil (Zainab Qirbat) takes the job.\n",
            [("Yaw Boatemaa-Frick", "Ormur Stígsson"), ("Zainab Qirbat", "Ishwari Kandathil")],
        ),
        (
            "Larkmoor season 3: who is who\n\nSolvej Tangbrekke – Kwadwo Polgrain [RETURNING]\n"
            "Kwadwo is the vicar of the parish, and after last series he has a secret to keep.\n\n"
            "Folarin Quaynor – Obafemi Sagoe (missing, presumed drowned)\n"
            "Obafemi ran the pub on the green until the storm took his boat out past the point.\n",
            [("Folarin Quaynor", "Obafemi Sagoe"), ("Solvej Tangbrekke", "Kwadwo Polgrain")],
        ),
        (
            "Larkmoor season 2: Peacock adds two\n\nPeacock has cast Madhuri Velankanni in season two. "
            "Velankanni boards the series as Zubaida Marrash, a radio reporter. Kayode Fenchurch has "
            "signed on as Marshal Uriah Fenwold.\n",
            [("Kayode Fenchurch", "Marshal Uriah Fenwold"), ("Madhuri Velankanni", "Zubaida Marrash")],
        ),
    ],
    ids=[
        "portuguese-particle-do",
        "anime-cv-credit",
        "sentence-opener-before-a-character",
        "dash-head-with-status-tag",
        "boards-and-signs-on-as",
    ],
)
def test_cast_forms(extract_text: Extract, text: str, expected: list[tuple[str, str]]) -> None:
    out = extract_text(text, published="2026-10-10")
    assert sorted((c.actor, c.character) for c in out.cast) == expected


def test_a_characters_relative_in_a_possessive_is_no_actor(extract_text: Extract) -> None:
    text = (
        "Larkmoor season 2\n\nTorbern Ruudsvik stars as Gudbrand. Gudbrand's mother, Rannveig, is back, and "
        "Sigvor's husband, Captain Ennio Pastine, returns.\n"
    )
    out = extract_text(text, published="2026-10-10")
    assert [(c.actor, c.character) for c in out.cast] == [("Torbern Ruudsvik", "Gudbrand")]


def test_production_on_the_run_began_and_a_later_possessive_season_is_not_its_own(
    extract_text: Extract,
) -> None:
    text = (
        "Larkmoor season 3: four join the cast\n\nFour actors have joined the cast, the streamer announced "
        "Thursday. Production on the eight-episode season begins later this month in Winnipeg, with the "
        "showrunner back after the second season's finale drew the biggest audience yet.\n"
    )
    out = extract_text(text, published="2025-06-05")
    assert [(e.kind, e.seasons, e.date) for e in out.events if e.kind == "production_start"] == [
        ("production_start", [3], "2025-06")
    ]


def test_a_possessive_season_before_the_date_is_still_the_statements(extract_text: Extract) -> None:
    out = extract_text("Larkmoor season 3\n\nSeason 2's premiere is on March 3.\n", published="2025-06-05")
    assert [(r.season, r.date) for r in out.releases] == [(2, "2026-03-03")]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Broadcast ▸ Tokyo MX", "Broadcast:  Tokyo MX"),
        ("Series 1 ........ spring 2025", "Series 1:         spring 2025"),
        ("Wait.... what", "Wait.... what"),
        ("He said... no", "He said... no"),
    ],
    ids=["arrow-leader", "dot-leader", "ellipsis-in-prose", "three-dots"],
)
def test_fact_box_leaders_read_as_colons(raw: str, expected: str) -> None:
    assert unglued(raw) == expected and len(unglued(raw)) == len(raw)


def test_fact_box_lines_with_leaders_date_their_seasons(extract_text: Extract) -> None:
    text = (
        "Larkmoor series 2: what we know\n\nQuick facts\nBroadcast ▸ Tokyo MX, BS11\n"
        "Slot ▸ Saturdays 24:30 (Tokyo MX)\nSeason 2 start ▸ Sat., Apr. 5, 2025\nEpisodes ▸ 12 (one cour)\n\n"
        "Series 1 ........ spring 2024, ITV1 (6 episodes)\n"
    )
    found = releases(extract_text(text, published="2025-03-01"))
    assert found == [("Larkmoor", 1, "2024"), ("Larkmoor", 2, "2025-04-05")]
