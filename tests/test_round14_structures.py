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
from hsextract.ingest import segment
from hsextract.models import ArticleOutput
from hsextract.rules.context import build_context
from hsextract.rules.titles import platforms_in
from tests.test_round9_structures import releases
from tests.test_round10_structures import episodes

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


def test_a_table_numbers_episodes_by_its_code_column_and_drops_a_translation(extract_text: Extract) -> None:
    text = (
        "Havnekontoret series 2: everything we know\n\n"
        "Havnekontoret returns to BBC Four on Boxing Day. Here is the full run, with the running number, "
        "the Danish title and a translation.\n\n"
        "No. | Ep. | Title | DR1 | BBC Four\n"
        "9 | 2x01 | Fyrskibet (The Lightship) | 04/10/2026 | 26/12/2026\n"
        "10 | 2x02 | Skatten, del 1 (The Hoard, Part 1) | 11/10/2026 | 26/12/2026\n"
        "11 | 2x03 | Den sidste kutter (Part 2) | 18/10/2026 | 02/01/2027\n"
    )
    out = extract_text(text, published="2026-12-12")
    assert [(e.number, e.title) for e in out.episodes] == [
        (1, "Fyrskibet"),
        (2, "Skatten, del 1"),
        (3, "Den sidste kutter (Part 2)"),
    ]


def test_a_programme_line_with_a_bilingual_title_and_a_show_in_capitals(extract_text: Extract) -> None:
    text = (
        "Y Felin Goch – Series 2 – Programme Information\n\n"
        "Y Felin Goch returns to BBC Two with six new episodes.\n\n"
        "Y FELIN GOCH – Y Ffordd Hir | The Long Road Ep 1/6\n"
        "Sunday 8 November\n"
        "Y FELIN GOCH – Cerrig | Stones Ep 2/6\n"
        "Sunday 15 November\n"
    )
    out = extract_text(text, published="2026-10-20")
    assert episodes(out) == [("Y Felin Goch", 2, 1, "Y Ffordd Hir"), ("Y Felin Goch", 2, 2, "Cerrig")]


def test_tagged_day_entries_head_their_sections_past_an_episode_row(extract_text: Extract) -> None:
    text = (
        "The Week Ahead: Oct. 25–31 — A Dales Mystery, 'Cargo Bay' Keeps Clocking In\n\n"
        "SUNDAY, OCT. 25\n\n"
        "NEW SEASON · THE HARKNESS LEDGERS: Season 2 (New Season Premiere) — PBS\n"
        "Starts streaming: Oct. 25\n\n"
        "The mystery is back for four more Sunday nights.\n\n"
        "WEDNESDAY, OCT. 28\n\n"
        "NEW EPISODE · CARGO BAY: Season 4, Episode 3 — Hulu\n"
        "Starts streaming: Oct. 28\n\n"
        "The dockside comedy returned on Oct. 7, one episode every Wednesday:\n\n"
        "S4.E1 ∙ The Dog Watch Wed, Oct 7, 2026 A first day goes badly. 8.1 /10\n"
        "S4.E2 ∙ Forklift Test Wed, Oct 14, 2026\n"
        "S4.E3 ∙ Overtime Blues Wed, Oct 21, 2026\n"
    )
    out = extract_text(text, published="2026-10-24")
    assert {e.show for e in out.episodes} == {"Cargo Bay"}
    assert ("The Harkness Ledgers", 2, "2026-10-25") in releases(out)


def test_a_capitals_status_label_with_a_colon_is_no_part_of_the_heading_show(extract_text: Extract) -> None:
    text = (
        "Simulcast Sidebar: what is starting and continuing this week\n\n"
        "STARTING: LANTERN RIVER WARDENS SEASON 2\n\n"
        "The fantasy returns this Saturday. The first two titles were released on Monday:\n\n"
        'Episode 1: "Riptide Hour, Part One"\n'
        'Episode 2: "Riptide Hour, Part Two"\n'
    )
    out = extract_text(text, published="2026-10-13")
    assert {e.show for e in out.episodes} == {"Lantern River Wardens"}


def test_a_structure_word_in_quotes_is_no_show_and_a_schedule_headline_names_one(
    extract_text: Extract,
) -> None:
    text = (
        "Brasswing Rally release schedule: when does Chapter 3 come out on Netflix?\n\n"
        "The Brasswing Rally series is almost here.\n\n"
        "Brasswing Rally episode release schedule\n\n"
        'On the service itself every episode is a "Chapter". Titles for the back half are not out yet.\n\n'
        "- Chapter 1: Grid Zero — Thursday, November 12th\n"
        "- Chapter 2: Pit Lane Blues — Friday, November 20th\n"
    )
    out = extract_text(text, published="2026-11-10")
    assert {e.show for e in out.episodes} == {"Brasswing Rally"}


def pairs(out: ArticleOutput) -> list[tuple[str, str]]:
    return sorted((c.actor, c.character) for c in out.cast)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Orrin Kestle — played by Dagny Fosse-Lund", [("Dagny Fosse-Lund", "Orrin Kestle")]),
        (
            "Temi Ashworth-Okon, who has been DS Petra Halloway since the first episode, is back.",
            [("Temi Ashworth-Okon", "DS Petra Halloway")],
        ),
        (
            "Calder Moyo-Strand says he is happy to be back as Petra's ex-husband Piran, the harbourmaster.",
            [("Calder Moyo-Strand", "Piran")],
        ),
        (
            "THE PELLOW FAMILY stars the voices of Ansel Brzezinski-Hart (Gus Pellow) and Noemi Fairhurst "
            "(Dot Pellow).",
            [("Ansel Brzezinski-Hart", "Gus Pellow"), ("Noemi Fairhurst", "Dot Pellow")],
        ),
        (
            "Meanwhile, Gus recruits a reluctant new hire, Coach Tolliver (guest voice Radek Wiszniewski).",
            [("Radek Wiszniewski", "Coach Tolliver")],
        ),
    ],
    ids=[
        "dash-played-by",
        "who-has-been-since",
        "says-he-is-back-as",
        "stars-the-voices-of",
        "guest-voice-aside",
    ],
)
def test_more_cast_phrasings(extract_text: Extract, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(extract_text(f"Cast news\n\n{sentence}\n", published="2026-11-10")) == expected


def test_a_sub_headed_colon_list_goes_on_with_the_cast_list_above(extract_text: Extract) -> None:
    text = (
        "Lantern Wardens season 2 dub cast\n\n"
        "Crunchyroll announced the English dub cast on Monday.\n\n"
        "Returning\nAyla Vey: Jane Roe\nTomas Vey: Tom Poe\n\n"
        "New\nCaptain Orrin: Bo Pike\nGrandmother Ula: Ana Loe\n"
    )
    assert pairs(extract_text(text, published="2026-10-10")) == [
        ("Ana Loe", "Grandmother Ula"),
        ("Bo Pike", "Captain Orrin"),
        ("Jane Roe", "Ayla Vey"),
        ("Tom Poe", "Tomas Vey"),
    ]


def test_a_show_named_with_its_series_number_is_that_show_and_series(extract_text: Extract) -> None:
    text = (
        "Corrieshalloch 2, episode 3 review: a funeral and a flood\n\n"
        "The third episode of Corrieshalloch's second run is its best yet.\n\n"
        "Corrieshalloch 2\nBBC One and iPlayer, Sundays, 9pm\n\n"
        "Next week's episode, titled The Ferryman's Toll, airs on Sunday.\n\n"
        "I have watched every episode of Corrieshalloch twice.\n"
    )
    out = extract_text(text, published="2026-10-30")
    assert {(e.show, e.season) for e in out.episodes} == {("Corrieshalloch", 2)}


def test_a_ranking_of_labelled_episodes_skips_a_line_with_two(extract_text: Extract) -> None:
    text = (
        "Harrowfell series 2, episode 4 review\n\n"
        "Series one, ranked (worst to best)\n\n"
        "We ranked series one when it aired. Here's the list again:\n\n"
        "5. Episode 3 – A Lamb Astray\n"
        "4. Episode 5 – Quiet Money\n"
        "3. Episodes 1 and 2 – Fold/Beck\n"
        "2. Episode 4 – Tarn Gate\n"
        "1. Episode 6 – The Last Drove\n"
    )
    out = extract_text(text, published="2026-10-12")
    assert sorted((e.season, e.number, e.title) for e in out.episodes) == [
        (1, 3, "A Lamb Astray"),
        (1, 4, "Tarn Gate"),
        (1, 5, "Quiet Money"),
        (1, 6, "The Last Drove"),
    ]


def test_a_listings_episode_takes_the_season_its_show_premieres_that_day(extract_text: Extract) -> None:
    text = (
        "TV Week Ahead: Oct. 4–10\n\n"
        "SUNDAY\n\n"
        "8-8:30 Bobbin & Jackdaw – SERIES PREMIERE!\n"
        "Fox's new animated comedy about a seamstress and a jackdaw who moves into her shop.\n\n"
        '8:30-9 Bobbin & Jackdaw – Episode 2, "Pins and Needles"\n'
        "Back-to-back! The second episode is even better.\n"
    )
    out = extract_text(text, published="2026-10-04")
    assert [(e.show, e.season, e.number, e.title) for e in out.episodes] == [
        ("Bobbin & Jackdaw", 1, 2, "Pins and Needles")
    ]


def test_a_renewal_trackers_status_in_capitals_is_no_show(extract_text: Extract) -> None:
    text = (
        "Will there be a Moss Lantern season 2? Renewal tracker\n\n"
        "Renewal Status: CONFIRMED\n\n"
        "What do our statuses mean? CONFIRMED means a new season is announced. LIKELY means strong "
        "signals. UNCERTAIN means we have heard nothing.\n\n"
        "Studio Hoshikage confirmed on Sunday that the second season of Moss Lantern will premiere in "
        "January on Tokyo MX.\n\n"
        "Status: UNCERTAIN. No announcement yet for the spin-off.\n"
    )
    shows = build_context(text, segment(text)).shows
    assert not {s for s in shows if s.casefold() in {"confirmed", "likely", "uncertain"}}
    out = extract_text(text, published="2026-12-14")
    assert {r.show for r in out.releases} == {"Moss Lantern"}
