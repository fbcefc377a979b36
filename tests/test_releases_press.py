"""Broadcaster press-pack wording: UK season nouns, the notice's own date, a season measured against."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]

PRESS_PACK = """HOLLOWMERE RETURNS FOR A SECOND RUN

Programme information
Press release, 12 February 2026

The coastal thriller Hollowmere is back for a second outing.
The six-part drama returns on Sunday 8 March at 9pm on Channel 4.

Episode 1 – "Low Water"
Ines is called to a body on the sandbar.

Episode 2 – "The Pilot Boat"
A harbour worker goes missing.
"""


def test_a_press_pack_gives_the_season_and_not_its_own_date(extract_text: Extract) -> None:
    out = extract_text(PRESS_PACK, published="2026-02-12")
    assert [(r.season, r.date) for r in out.releases] == [(2, "2026-03-08")]
    assert [(e.season, e.number, e.title) for e in out.episodes] == [
        (2, 1, "Low Water"),
        (2, 2, "The Pilot Boat"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The drama returns on Sunday 8 March, two years after series one.",
        "The drama arrives on Sunday 8 March, later than the first series.",
    ],
    ids=["after-series-one", "later-than-the-first"],
)
def test_a_season_a_release_is_measured_against_is_not_its_own(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"Hollowmere series 2: return date\n\n{sentence}\n", published="2026-02-12")
    assert [(r.season, r.date) for r in out.releases] == [(2, "2026-03-08")]


def test_the_season_a_date_belongs_to_after_after(extract_text: Extract) -> None:
    """ "eighteen months after series 1 launched on <date>": that date is series 1's."""
    text = (
        "Hollowmere series 2\n\nHollowmere returns for a second series on Sunday 7th September, "
        "eighteen months after series 1 launched on Sunday 3rd March 2024.\n"
    )
    out = extract_text(text, published="2025-06-01")
    assert sorted((r.season, r.date) for r in out.releases) == [(1, "2024-03-03"), (2, "2025-09-07")]


CALENDAR = """The big 2027 TV calendar: every returning show, month by month

JANUARY 2027

Wolfmere Crossing, series 3 — New Year's Day, 9pm — Crime drama — Cast: Ada Lusk — Where to watch: BBC One

The murder drama launches on 1 January with a double bill.

Gilt Quay, season 2 — Sunday 10th January — Period drama — Cast: Cass Weatherall — Where to watch: HBO

The shipping drama returns on HBO on Sunday 10th January. Eight episodes, weekly.

FEBRUARY 2027

Penny Row, series 5 — Thurs 4th Feb, 10pm — Comedy — Where to watch: Channel 4

Channel 4 confirmed the date for the fifth series; it renewed the show for a sixth series back in October.
"""


def test_calendar_entries_set_as_one_line_of_fields(extract_text: Extract) -> None:
    out = extract_text(CALENDAR, published="2026-12-02")
    assert sorted((r.show, r.season, r.date) for r in out.releases) == [
        ("Gilt Quay", 2, "2027-01-10"),
        ("Penny Row", 5, "2027-02-04"),
        ("Wolfmere Crossing", 3, "2027-01-01"),
    ]
    assert [(e.kind, e.show, e.seasons, e.date) for e in out.events] == [
        ("renewal", "Penny Row", [6], "2026-10")
    ]


def test_a_rollouts_region_lines_are_no_show_heads(extract_text: Extract) -> None:
    text = (
        "Moonpost Courier season 2: when and where to watch\n\n"
        "Moonpost Courier season 2 premieres on Thursday, July 9.\n\n"
        "Japan (JST) – Thursday, July 9 – 24:30 – Tokyo MX\n\n"
        "US Pacific (PDT) – Thursday, July 9 – 8:30am – Crunchyroll\n"
    )
    out = extract_text(text, published="2026-06-01")
    assert {r.show for r in out.releases} <= {"Moonpost Courier", None}


SLATE = """NETWORK Sets Fall 2026 Premiere Dates

The network today announced fall premiere dates for its series, led by the new drama SALTMARSH BAY.

All-new drama SALTMARSH BAY premieres with a special two-night event beginning Sunday, Sept. 13.

On Thursday, Oct. 1, FRYER FRIENDS makes its Season 12 premiere, followed by BACK LOT LEAGUE.

FALL PREMIERE SCHEDULE

Sunday, Sept. 13
8:00-9:00 PM ET SALTMARSH BAY (Series Premiere, Night One)

Monday, Sept. 14
9:00-10:00 PM SALTMARSH BAY (Night Two)

Thursday, Oct. 1
8:00-9:00 PM FRYER FRIENDS (Season 12 Premiere)
9:00-9:30 PM BACK LOT LEAGUE (Season Two Premiere)

Wednesday, Oct. 7
9:00-10:00 PM SALTMARSH BAY (Time Period Premiere)
"""


def test_a_network_slate_in_capitals_and_its_slot_lines(extract_text: Extract) -> None:
    out = extract_text(SLATE, published="2026-06-04")
    assert sorted(((r.show or "").upper(), r.season or 0, r.date) for r in out.releases) == [
        ("BACK LOT LEAGUE", 2, "2026-10-01"),
        ("FRYER FRIENDS", 12, "2026-10-01"),
        ("SALTMARSH BAY", 1, "2026-09-13"),
    ]


PACK = """Media Centre › Press packs › Drama

Salt Harrow – series two press pack

The harbour noir returns for six episodes, starting on BBC One on Sunday 5 April.

Introduction

Series two of Salt Harrow follows three cases.

In the first series Morwen solved every case by herself. Morwen is back, and Morwen is busier. Morwen again.

Episode guide

Ep 1/6 – Lantern Rock (Part 1)
TX: Sunday 5 April, 9.00-10.00pm, BBC One

A keeper fails to come ashore after a storm.

Ep 2/6 – Lantern Rock (Part 2)
TX: Sunday 12 April, 9.00-10.00pm, BBC One

The keeper's sister arrives in town.
"""


def test_a_press_pack_episode_guide_with_tx_lines(extract_text: Extract) -> None:
    out = extract_text(PACK, published="2026-03-25")
    assert [(r.show, r.season, r.date) for r in out.releases] == [("Salt Harrow", 2, "2026-04-05")]
    assert [(e.show, e.season, e.number, e.title, e.air_date) for e in out.episodes] == [
        ("Salt Harrow", 2, 1, "Lantern Rock (Part 1)", "2026-04-05"),
        ("Salt Harrow", 2, 2, "Lantern Rock (Part 2)", "2026-04-12"),
    ]


PROGRAMME = """ITV Press Centre › Drama › Reedmere

EMBARGOED UNTIL 00.01HRS THURSDAY 20TH AUGUST 2026

REEDMERE RETURNS TO ITV1 THIS SEPTEMBER

PROGRAMME INFORMATION

Title: Reedmere
Series: 2
Starts: Monday 14th September 2026
Production company: Staithe Lane Films for ITV

ITV confirms that its crime drama Reedmere will return for a second series on Monday 14th September.

CHARACTERS

MARGARET 'PEG' MOSSOP – played by Rosa Okwe-Friel
A retired nurse. Peg knows everyone. Peg asks questions. Peg never stops. Peg again. Peg once more.
"""


def test_programme_information_names_the_show_and_a_nickname_does_not(extract_text: Extract) -> None:
    out = extract_text(PROGRAMME, published="2026-08-20")
    assert ("Reedmere", 2, "2026-09-14") in [(r.show, r.season, r.date) for r in out.releases]
    assert {r.show for r in out.releases} == {"Reedmere"}


PRESS_PAGE = """Channel 4 Press

Wrackmere

Series 2

Transmission: Sunday 8th March 2026, 9pm, Channel 4

The thriller returns. In the second series, Nell Penhale faces her hardest case on Wrackmere beach.

Episode One
"Dead Calm"
Nell is called to the beach at dawn.

Episode Two
"The Net"
Nell questions the harbourmaster.

Cast
Nell Penhale ..... ADA QUILLFORD
Tom Penhale ..... RHYS AMADI-HALE
Writer ..... Jo Elmsley
"""


def test_a_press_page_with_stacked_heads_a_transmission_field_and_a_cast_table(extract_text: Extract) -> None:
    out = extract_text(PRESS_PAGE, published="2026-02-20")
    assert [(r.show, r.season, r.date, r.platform) for r in out.releases] == [
        ("Wrackmere", 2, "2026-03-08", "Channel 4")
    ]
    assert [(e.show, e.season, e.number, e.title) for e in out.episodes] == [
        ("Wrackmere", 2, 1, "Dead Calm"),
        ("Wrackmere", 2, 2, "The Net"),
    ]
    assert {(c.actor, c.character) for c in out.cast} == {
        ("Ada Quillford", "Nell Penhale"),
        ("Rhys Amadi-Hale", "Tom Penhale"),
    }


def test_a_newspaper_columns_picks(extract_text: Extract) -> None:
    text = (
        "TV column for Wednesday, May 20\n\n"
        'II: "The Fenwell Practice," 9 p.m., NBC.\n\n'
        "This legal drama stretches its sixth-season finale across two weeks. Tonight is "
        '"Burden of Proof, Part One"; "Burden of Proof, Part Two" airs next Wednesday (May 27).\n\n'
        'OTHER CHOICES include:\n\n"Okra & Ashe," any time, Hulu. All 10 episodes of the cooking drama\'s'
        " second season arrive today.\n"
    )
    out = extract_text(text, published="2026-05-20")
    assert [(r.show, r.season, r.date, r.platform) for r in out.releases] == [
        ("Okra & Ashe", 2, "2026-05-20", "Hulu")
    ]
    assert ("Burden of Proof, Part Two", "2026-05-27") in [(e.title, e.air_date) for e in out.episodes]


CAPS_SLATE = (
    "Network sets winter premiere dates\n\n"
    "From a media release:\n\n"
    "New Original Series\n\n"
    "SKERROW New Drama Series (8×60) – Premieres Monday, January 11 (9 p.m.)\n\n"
    "A surgeon runs the one clinic on an island she left at eighteen.\n\n"
    "HOLLOW PARADE New Comedy Series (6×30 on CBC Gem, 3×60 on CBC TV) – Premieres Thursday, January 14\n\n"
    "A retired goalie coaches the worst team in the county.\n\n"
    "Returning Original Series\n\n"
    "QUARRYWOOD Season 5 (13×30) – Special premiere Sunday, January 3 (7 p.m.)\n\n"
    "The family comedy opens its fifth season with a special.\n\n"
    "KITE 7 Season 2 (6×15) – All episodes streaming Friday, January 22\n"
)


def test_a_slate_of_capitalised_titles_with_their_format(extract_text: Extract) -> None:
    """'TITLE New Comedy Series (6×30) – Premieres ...': the capitals are the title, the format after
    them is not, and each line dates its own show (with its season, where it gives one)."""
    out = extract_text(CAPS_SLATE, published="2026-11-18")
    assert sorted((r.show, r.season, r.date) for r in out.releases) == [
        ("Hollow Parade", None, "2027-01-14"),
        ("Kite 7", 2, "2027-01-22"),
        ("Quarrywood", 5, "2027-01-03"),
        ("Skerrow", None, "2027-01-11"),
    ]
