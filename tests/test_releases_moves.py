"""Release dates that move, are planned or run on a schedule, and listings dated by their headline.
Every snippet is written for the test; names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def releases(out: ArticleOutput) -> list[tuple[str | None, int | None, str | None]]:
    return [(r.show, r.season, r.date) for r in out.releases]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Season 3 of Ironvale has been moved from late 2026 to early 2027.", [("Ironvale", 3, "2027")]),
        ("Season 3 of Ironvale has been pushed from October 3 to November 14.",
         [("Ironvale", 3, "2026-11-14")]),
        ("Sky pushed it back to 8 January, and Ironvale season 3 now opens the new year.",
         [("Ironvale", 3, "2027-01-08")]),
    ],
    ids=["moved-from-to", "pushed-from-to-yearless", "pushed-it-back-to"],
)  # fmt: skip
def test_a_moved_release_keeps_only_its_new_date(
    extract_text: Extract, sentence: str, expected: list[tuple[str, int, str]]
) -> None:
    out = extract_text(f"Ironvale season 3 update\n\n{sentence}\n", published="2026-09-20")
    assert releases(out) == expected


def test_a_question_heading_scopes_a_pencilled_in_date(extract_text: Extract) -> None:
    text = (
        "Gannetby season 2: everything we know\n\n"
        "When will Gannetby season 2 be released?\n\n"
        "The streamer has pencilled in Friday 6 March.\n"
    )
    out = extract_text(text, published="2026-01-20")
    assert [(r.show, r.season, r.date, r.status) for r in out.releases] == [
        ("Gannetby", 2, "2026-03-06", "expected")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ashwell will be wrapping up season three on Dec. 11.", [("finale", (3,), "2026-12-11")]),
        ("The cast will be wrapping up season 3 filming on Dec. 11.",
         [("production_end", (3,), "2026-12-11")]),
    ],
    ids=["wrapping-up-season-three", "wrapping-up-filming-is-no-finale"],
)  # fmt: skip
def test_wrapping_up_a_season_on_a_date_is_its_finale(
    extract_text: Extract, sentence: str, expected: list[tuple[str, tuple[int, ...], str]]
) -> None:
    out = extract_text(f"Ashwell season 3\n\n{sentence}\n", published="2026-11-20")
    assert [(e.kind, tuple(e.seasons), e.date) for e in out.events] == expected


def test_a_headline_day_dates_the_listings_under_clock_headings(extract_text: Extract) -> None:
    text = (
        "What else to watch on Sunday, Oct. 11\n\n"
        "9 p.m.\n"
        "Kettle & Crown (season 2 premiere) — BBC America\n"
        "Hollow Pines (series debut) — AMC\n"
        "10 p.m.\n"
        "Brackwater Inn (season finale) — CBS\n"
    )
    out = extract_text(text, published="2026-10-05")
    assert sorted((r.show, r.season, r.date, r.platform) for r in out.releases) == [
        ("Hollow Pines", 1, "2026-10-11", "AMC"),
        ("Kettle & Crown", 2, "2026-10-11", "BBC America"),
    ]
    assert [(e.kind, e.show, e.date) for e in out.events] == [("finale", "Brackwater Inn", "2026-10-11")]


def test_a_headline_without_one_day_dates_nothing(extract_text: Extract) -> None:
    text = (
        "What to watch this month, from Oct. 11 to Oct. 30\n\n"
        "9 p.m.\n"
        "Kettle & Crown (season 2 premiere) — BBC America\n"
        "Hollow Pines (series debut) — AMC\n"
    )
    assert extract_text(text, published="2026-10-05").releases == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Netflix has confirmed a March 6 release for Gannetby season 2.", ("release", "2026-03-06")),
        ("The streamer announced an April 10 premiere for Gannetby season 2.", ("release", "2026-04-10")),
    ],
    ids=["confirmed-a-dated-release", "announced-a-dated-premiere"],
)
def test_a_date_before_a_release_noun_is_the_release_not_the_report(
    extract_text: Extract, sentence: str, expected: tuple[str, str]
) -> None:
    out = extract_text(f"Gannetby season 2 news\n\n{sentence}\n", published="2026-02-01")
    assert [("release", r.date) for r in out.releases] == [expected]
    assert out.events == []  # the report itself is undated here


def test_a_batch_premiere_then_weekly_until_a_date_gives_premiere_and_finale(extract_text: Extract) -> None:
    text = (
        "Brackwater season 2\n\n"
        "Brackwater opens with its first two episodes on Disney+ on 4 July, then one a week until 18 July.\n"
    )
    out = extract_text(text, published="2026-06-01")
    assert [(r.show, r.season, r.date, r.platform) for r in out.releases] == [
        ("Brackwater", 2, "2026-07-04", "Disney+")
    ]
    assert [(e.kind, e.date) for e in out.events] == [("finale", "2026-07-18")]


def test_a_second_platform_and_date_in_one_sentence_is_its_own_release(extract_text: Extract) -> None:
    text = "Wolfpit season 2\n\nIt streams on Peacock from March 12 and on Sky in the UK from March 13.\n"
    out = extract_text(text, published="2026-02-01")
    assert [(r.season, r.date, r.platform) for r in out.releases] == [
        (2, "2026-03-12", "Peacock"),
        (2, "2026-03-13", "Sky"),  # the verb is elided; the platform after the first date is this date's
    ]


def test_uk_picks_counters_open_and_close_a_series(extract_text: Extract) -> None:
    text = (
        "What to watch this weekend\n\n"
        "SATURDAY 14 NOVEMBER\n\n"
        "Pick of the day\n"
        "Hartsease\n"
        "8pm, Channel 5\n"
        "New series (1/8)\n\n"
        "The vet drama is back for a second series, with a storm over the moor.\n\n"
        "Sandwort Point\n"
        "9pm, ITV1 and ITVX\n"
        "Final episode (6/6)\n\n"
        "The killer is finally unmasked.\n\n"
        "The Tidemill Inquiry\n"
        "10pm, Channel 4\n"
        "(4/6)\n\n"
        "The midpoint of the thriller.\n"
    )
    out = extract_text(text, published="2026-11-10")
    assert [(r.show, r.season, r.date, r.platform) for r in out.releases] == [
        ("Hartsease", 2, "2026-11-14", "Channel 5")  # UK "new series" is a new season: the blurb numbers it
    ]
    assert [(e.kind, e.show, e.date) for e in out.events] == [("finale", "Sandwort Point", "2026-11-14")]


def test_a_calendar_line_title_colon_season_finale(extract_text: Extract) -> None:
    text = (
        "New on Prime Video: the full list\n\n"
        "May 8\nWyvern Staithe: Season 3, Part 1 (Prime Video Original)\n\n"
        "May 13\nRidgeback: Season 2 finale\n"
    )
    out = extract_text(text, published="2026-04-20")
    assert [(r.show, r.season, r.date, r.part) for r in out.releases] == [
        ("Wyvern Staithe", 3, "2026-05-08", "Part 1")
    ]
    assert [(e.kind, e.show, tuple(e.seasons), e.date) for e in out.events] == [
        ("finale", "Ridgeback", (2,), "2026-05-13")
    ]


def test_the_rest_rolling_out_weekly_through_a_date_ends_there(extract_text: Extract) -> None:
    text = (
        "Brackwater season 2\n\n"
        "Season 2 kicks off with a two-episode premiere on July 8; the remaining six episodes will roll "
        "out weekly through August 19.\n"
    )
    out = extract_text(text, published="2026-06-20")
    assert [(r.season, r.date) for r in out.releases] == [(2, "2026-07-08")]
    assert [(e.kind, tuple(e.seasons), e.date) for e in out.events] == [("finale", (2,), "2026-08-19")]
