"""Release statements in the shapes real articles use (schedules, tables, listicle heads, field
lines) and the traps around them. Every snippet is written for the test; names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def releases(out: ArticleOutput) -> list[tuple[str | None, int | None, str | None, str | None]]:
    return sorted((r.show, r.season, r.date, r.platform) for r in out.releases)


def test_table_rows_date_their_episodes(extract_text: Extract) -> None:
    text = (
        "Quarry Bells season 2 release schedule\n\n"
        "Here is the full schedule for season 2:\n\n"
        "Ep | Title | Release date\n"
        "1 | Lantern Hill | June 20\n"
        "2 | Cold Pastures | June 27\n"
        "3 | The Long Drop | July 4\n"
    )
    out = extract_text(text, published="2025-06-01")
    assert [r.date for r in out.releases] == ["2025-06-20"]  # the season's premiere; no release per row
    assert [(e.number, e.title, e.air_date) for e in out.episodes] == [
        (1, "Lantern Hill", "2025-06-20"),
        (2, "Cold Pastures", "2025-06-27"),
        (3, "The Long Drop", "2025-07-04"),  # "Drop" inside a title is no release cue
    ]
    assert [(e.kind, e.date) for e in out.events] == [("finale", "2025-07-04")]  # last row of the full list


def test_a_schedule_table_without_titles_gives_the_premiere_only(extract_text: Extract) -> None:
    text = (
        "Moon Orchard (tvN) broadcast schedule\n\n"
        "Weekend | Episodes | Air dates\n"
        "1 | Episodes 1-2 | Sat June 7 / Sun June 8\n"
        "2 | Episodes 3-4 | Sat June 14 / Sun June 15\n"
    )
    # untitled episodes have no record to carry their dates; the first row is the season's premiere
    assert [r.date for r in extract_text(text, published="2025-05-20").releases] == ["2025-06-07"]


def test_episode_label_lines_date_their_episodes(extract_text: Extract) -> None:
    text = (
        "Tinplate Choir season 2 premiere date\n\n"
        "The first episode titles and broadcast dates are:\n\n"
        'Ep. 1: "First Bell" (July 5)\nEp. 2: "Second Bell" (July 12)\n'
    )
    out = extract_text(text, published="2025-06-20")
    assert [(r.season, r.date) for r in out.releases] == [(2, "2025-07-05")]
    assert [(e.number, e.title, e.air_date) for e in out.episodes] == [
        (1, "First Bell", "2025-07-05"),
        (2, "Second Bell", "2025-07-12"),
    ]


def test_unnumbered_listicle_heads_date_their_show(extract_text: Extract) -> None:
    text = (
        "The best new shows this week\n\n"
        "Gravelmoor (Oct. 3, Netflix)\nA mining-town mystery with a great ensemble.\n\n"
        "Saltbridge, season 2 (Oct. 5, Hulu)\nThe comedy returns for a second run.\n"
    )
    out = extract_text(text, published="2025-09-29")
    assert releases(out) == [
        ("Gravelmoor", None, "2025-10-03", "Netflix"),
        ("Saltbridge", 2, "2025-10-05", "Hulu"),
    ]
    assert {e.rule for r in out.releases for e in r.evidence} == {"release.listing"}


def test_when_field_lines_are_release_statements(extract_text: Extract) -> None:
    text = (
        "The 5 best new TV shows this autumn\n\n"
        "1. The Lantern Ward (BBC One)\n\n"
        "A Victorian hospital drama about a suspicious new anaesthetic.\n\n"
        "When: Sunday 5 October, 9pm on BBC One.\n\n"
        "2. Copper Street (Channel 4)\n\n"
        "The estate drama is back.\n\n"
        "When: Thursday 2 October at 10pm.\n"
    )
    out = extract_text(text, published="2025-09-14")
    assert releases(out) == [
        ("Copper Street", None, "2025-10-02", "Channel 4"),
        ("The Lantern Ward", None, "2025-10-05", "BBC One"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her co-star moved to London from Busan in 2019 to train.",
        "The author launched the manga in a monthly magazine in March 2018.",
        "The publisher released the ninth book volume in March 2025.",
        "The film premiered at a festival in May 2024.",
    ],
    ids=["person-moved", "manga", "book-volume", "film"],
)
def test_not_a_season_release(extract_text: Extract, sentence: str) -> None:
    text = f"Harbour Kites season 2: everything we know\n\n{sentence}\n"
    assert extract_text(text, published="2025-06-01").releases == []


def test_a_new_date_after_a_move_is_still_read(extract_text: Extract) -> None:
    text = "Harbour Kites season 2 delayed\n\nHarbour Kites season 2 has been moved to early March 2026.\n"
    assert [(r.season, r.date) for r in extract_text(text, published="2025-06-01").releases] == [
        (2, "2026-03")
    ]


def test_another_shows_season_in_a_caption_is_not_the_articles(extract_text: Extract) -> None:
    text = (
        'Cast confirmed for new tvN drama "Nine Lanterns"\n\n'
        'Han Da-eun in a still from "Paper Kites" season two. (Photo: tvN)\n\n'
        '"Nine Lanterns" will premiere on Saturday, February 14, 2026 on tvN.\n'
    )
    assert releases(extract_text(text, published="2025-11-12")) == [
        ("Nine Lanterns", None, "2026-02-14", "tvN")
    ]


def test_recurring_weekdays_are_no_dates_and_a_weekly_batch_is_no_season_count(extract_text: Extract) -> None:
    text = (
        "Brass Lantern season 2\n\n"
        "Brass Lantern season 2 premieres on Friday, February 6, 2026 on Apple TV+ with the first two "
        "episodes, followed by one episode weekly, airing every Monday and Tuesday in Korea.\n"
    )
    out = extract_text(text, published="2025-12-01")
    assert [(r.date, r.episode_count) for r in out.releases] == [("2026-02-06", None)]


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        ("Marsh Lights season 3 airs on Tokyo MX from April 4, 2025.", "Tokyo MX"),
        ("Marsh Lights season 3 premieres April 7, 2025 on FXX, streaming the next day on Hulu.", "FXX"),
        ("Marsh Lights season 3 premieres April 7, 2025 on FX on Hulu.", "FX on Hulu"),
    ],
    ids=["anime-broadcaster", "cable-before-streamer", "fx-on-hulu"],
)
def test_platforms_real_articles_name(extract_text: Extract, sentence: str, platform: str) -> None:
    out = extract_text(f"Marsh Lights season 3\n\n{sentence}\n", published="2025-01-10")
    assert [r.platform for r in out.releases][:1] == [platform]


def test_a_bare_weekday_yields_to_the_full_date_of_the_same_premiere(extract_text: Extract) -> None:
    text = (
        "Scarrowby series 2 release schedule\n\n"
        "The Lakeland thriller returns on Sunday night.\n\n"
        "Scarrowby returns for a second series on Sunday 7th September at 9pm on ITV1.\n"
    )
    assert [r.date for r in extract_text(text, published="2025-08-29").releases] == ["2025-09-07"]


def test_a_sentence_opening_preposition_is_no_show(extract_text: Extract) -> None:
    text = (
        "The Hollins Fold series 3: everything we know\n\n"
        "In series 3, the family fights over the farm. The Hollins Fold series 3 starts on Sky Atlantic "
        "on Thursday 8th January.\n\n"
        "In the US, the series arrives on HBO Max a week later, on Thursday 15th January.\n"
    )
    shows = {r.show for r in extract_text(text, published="2025-11-20").releases}
    assert shows == {"The Hollins Fold"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harrowby season 2 (April 4, Netflix)", ("Harrowby", 2, "2025-04-04", "Netflix")),
        ("April 4: Harrowby season 2 (Netflix)", ("Harrowby", 2, "2025-04-04", "Netflix")),
        ("- Friday, April 4: Harrowby season 2 (Netflix)", ("Harrowby", 2, "2025-04-04", "Netflix")),
        ("The second half of Harrowby season 2 picks up on 4 April.", ("Harrowby", 2, "2025-04-04", None)),
        ("- Saturday, April 5: Harrowby episode 1 (Netflix)", ("Harrowby", None, "2025-04-05", "Netflix")),
    ],
    ids=[
        "title-then-date",
        "date-then-title",
        "bulleted-weekday-date-then-title",
        "picks-up-on",
        "first-episode",
    ],
)
def test_streaming_week_lines(extract_text: Extract, line: str, expected: tuple[object, ...]) -> None:
    out = extract_text(f"New this week\n\n{line}\n", published="2025-03-01")
    assert releases(out) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "- Sunday, April 6: Harrowby episode 2 (Netflix)",
        "April 20: Harrowby season 2, episode 3 (Netflix)",
        "- Sunday, May 4: Harrowby finale (Netflix)",
    ],
    ids=["second-episode", "season-then-episode", "finale"],
)
def test_a_later_episodes_listing_line_is_no_release(extract_text: Extract, line: str) -> None:
    assert extract_text(f"New this week\n\n{line}\n", published="2025-03-01").releases == []


def test_an_episode_line_is_not_a_dated_show_entry(extract_text: Extract) -> None:
    text = "Quarrybank series 2 episode guide\n\nEpisode 1: A Will, a Way\nEpisode 2: Who Holds the Key?\n"
    assert {e.show for e in extract_text(text).episodes} == {"Quarrybank"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year's most polished drama, Harrowby, is back.",
        "Harrowby returns to the small screen for the first time since 2022.",
        "The show that everyone watched last fall returns.",
        "The thriller that became one of last year's most polished shows is back.",
        "Harrowby, 2019's breakout hit, is back.",
    ],
    ids=["last-years-hit-is-back", "first-time-since", "last-fall", "one-of-last-years", "a-years-hit"],
)
def test_a_date_looking_back_is_not_the_return(extract_text: Extract, sentence: str) -> None:
    assert extract_text(f"Harrowby season 2\n\n{sentence}\n", published="2025-03-01").releases == []


def test_an_episode_label_before_a_quoted_title_makes_the_drop_an_episodes(extract_text: Extract) -> None:
    text = (
        "Harrowby season 2 episode 4 release date\n\n"
        "Harrowby season 2 premiered on Friday, June 20.\n\n"
        'Harrowby season 2 episode 4, "Who Listens?", premieres on Friday, June 27 on Apple TV+.\n'
    )
    out = extract_text(text, published="2025-06-23")
    assert [r.date for r in out.releases] == ["2025-06-20"]
    assert [(e.number, e.air_date) for e in out.episodes] == [(4, "2025-06-27")]


def test_a_present_tense_part_is_in_the_future(extract_text: Extract) -> None:
    text = "Harrowby season 2\n\nVolume 1 lands on 4 September, and Volume 2 follows on 2 October.\n"
    assert [r.date for r in extract_text(text, published="2025-03-01").releases] == [
        "2025-09-04",
        "2025-10-02",
    ]


def test_tv_guide_entries_scope_their_show_and_later_episodes_are_no_premiere(extract_text: Extract) -> None:
    """A listings page: each show's name on its own line, then its slot line; an episode airing
    tonight in a paragraph that opens with its season is that season's episode, not a premiere."""
    text = (
        "What's on TV tonight\n\n"
        "Copper Road\n9pm, BBC One and iPlayer\n\n"
        'Series 2 of the mystery has been a slow burn. Episode four, "Penance", airs tonight. '
        "The final two episodes follow on Thursday 16th and Thursday 23rd October.\n\n"
        "Tin Lantern\n10pm, Channel 4\n\n"
        'Tin Lantern begins tonight. The last of the six episodes, "Undertow", is the best.\n'
    )
    out = extract_text(text, published="2025-10-09")
    assert [(e.show, e.season, e.number, e.title, e.air_date) for e in out.episodes] == [
        ("Copper Road", 2, 4, "Penance", "2025-10-09"),
        ("Tin Lantern", None, 6, "Undertow", None),  # "The last of the six episodes, 'Undertow'"
    ]
    assert [(r.show, r.date, r.platform) for r in out.releases] == [
        ("Tin Lantern", "2025-10-09", "Channel 4")
    ]


def test_a_part_described_by_its_episodes_is_the_part(extract_text: Extract) -> None:
    text = "Harrowby season 2\n\nPart 2, with the remaining four episodes, follows on Thursday, November 6.\n"
    out = extract_text(text, published="2025-09-01")
    assert [(r.kind, r.part, r.date) for r in out.releases] == [("part", "Part 2", "2025-11-06")]


@pytest.mark.parametrize(
    ("head", "date_line", "expected"),
    [
        (
            "1. Copper Road, series 2 – BBC One and iPlayer",
            "Sunday 5 October, 9pm",
            ("Copper Road", 2, "2025-10-05"),
        ),
        ("Copper Road Season 4 (12 October) – ABC TV and ABC iview", "", ("Copper Road", 4, "2025-10-12")),
        ("2. Copper Road – Channel 4", "Tuesday 7 October, 9pm", ("Copper Road", None, "2025-10-07")),
    ],
    ids=[
        "numbered-dash-platform-then-date-line",
        "season-date-in-brackets-dash-platform",
        "dash-platform-date-line",
    ],
)
def test_roundup_entry_heads_with_a_dash_and_a_date_line(
    extract_text: Extract, head: str, date_line: str, expected: tuple[object, ...]
) -> None:
    text = (
        "Home › TV › What to watch\n\nThe best new TV this week\n\n"
        f"{head}\n{date_line}\n\nA bleak thriller about the moors.\n\n"
        "3. Tin Lantern – Netflix\n\nA comedy with no date yet.\n"
    )
    out = extract_text(text, published="2025-10-03")
    assert [(r.show, r.season, r.date) for r in out.releases] == [expected]


def test_a_drop_stated_with_and_without_its_season_is_one_release(extract_text: Extract) -> None:
    text = (
        "The best new TV this week\n\n1. Copper Road, series 2 – BBC One\nSunday 5 October, 9pm\n\n"
        "The second series of Copper Road starts on BBC One this Sunday at 9pm.\n\n"
        "2. Tin Lantern – Netflix\n\nA comedy.\n"
    )
    out = extract_text(text, published="2025-10-03")
    assert [(r.show, r.season, r.date) for r in out.releases] == [("Copper Road", 2, "2025-10-05")]


@pytest.mark.parametrize(
    ("text", "show"),
    [
        (
            "Halloran's Yard cast: who's who\n\nHalloran's Yard starts on ITV1 on 19 October. "
            "The Yard is a scrapyard. Halloran's Yard has four episodes. Nobody leaves the Yard.",
            "Halloran's Yard",
        ),
        (
            "Clockwork Heron season 2\n\nClockwork Heron season 2 premieres on July 5. Heron is back. "
            "Clockwork Heron returns with Heron and the Heron family, and Heron again.",
            "Clockwork Heron",
        ),
    ],
    ids=["possessive-title-used-throughout", "full-title-repeated-beats-frequent-last-word"],
)
def test_a_show_named_in_full_again_and_again_keeps_its_full_name(
    extract_text: Extract, text: str, show: str
) -> None:
    assert {r.show for r in extract_text(text, published="2025-06-01").releases} == {show}


def test_an_abbreviated_weekday_and_month_date_a_listing_line(extract_text: Extract) -> None:
    out = extract_text(
        "New this week\n\n- Sat 5 Apr: Harrowby, series 5 (BBC Two, 8pm)\n", published="2025-03-01"
    )
    assert releases(out) == [("Harrowby", 5, "2025-04-05", "BBC Two")]


def test_a_month_range_dates_the_season_from_its_start(extract_text: Extract) -> None:
    text = "Harrowby season 2\n\nThe first season originally aired from April to June 2024 on Netflix.\n"
    out = extract_text(text, published="2025-03-01")
    assert [(r.season, r.date, r.precision) for r in out.releases] == [(1, "2024-04", "month")]


def test_a_schedule_table_dates_each_rows_show(extract_text: Extract) -> None:
    text = (
        "Also streaming this week\n\n"
        "Date | Show | Platform\n"
        "Tue 11 Nov | Reef Rangers S2 | ABC iview\n"
        "Thu 13 Nov | Copper Road | Stan\n"
        "Sat 15 Nov | Moon Pharmacy ep 2 | Viki\n"
    )
    out = extract_text(text, published="2025-11-10")
    assert releases(out) == [
        ("Copper Road", None, "2025-11-13", "Stan"),
        ("Reef Rangers", 2, "2025-11-11", "ABC iview"),
    ]
    assert out.episodes == []  # a show table is not an episode table


def test_a_past_premiere_before_the_coming_seasons_is_the_first(extract_text: Extract) -> None:
    text = (
        "Thornby series 2: cast and how to watch\n\n"
        "When BBC One's Thornby arrived in January 2024, nobody expected a hit.\n\n"
        "Thornby returns on Sunday 2 November at 9pm on BBC One.\n"
    )
    out = extract_text(text, published="2025-10-31")
    assert sorted((r.season, r.date) for r in out.releases) == [(1, "2024-01"), (2, "2025-11-02")]


def test_a_monthly_calendar_dates_each_show(extract_text: Extract) -> None:
    text = (
        "New on Hulu in April\n\nEvery month we list what is coming.\n\n"
        "April at a glance\n\n"
        "April 10 – Marrow Fen (Hulu)\n\n"
        "New series\n\n"
        "Tin Chapel Sessions\nStarts streaming: April 15\n\n"
        "A four-part music docuseries filmed over one winter.\n\n"
        "Moon Ledger\nStarts streaming: Friday the 24th\n\n"
        "A Korean office romance, finally here.\n"
    )
    out = extract_text(text, published="2026-03-27")
    assert sorted((r.show, r.date) for r in out.releases) == [
        ("Marrow Fen", "2026-04-10"),
        ("Moon Ledger", "2026-04-24"),
        ("Tin Chapel Sessions", "2026-04-15"),
    ]


def test_numbered_entries_naming_a_season_or_format_scope_their_show(extract_text: Extract) -> None:
    text = (
        "Spring simulcast guide\n\nThree sequels and a new drama.\n\n"
        "1. Iron Lighthouse – Part 2\n\nPart 2 of Iron Lighthouse premieres on Saturday, April 4.\n\n"
        "2. Noodle Club – season 3\n\nThe third season begins on TBS on Friday, April 10.\n\n"
        "3. The Pawnbroker – new K-drama\n\nThe drama premieres on Saturday, April 18 on tvN.\n"
    )
    out = extract_text(text, published="2026-03-30")
    assert sorted((r.show, r.date) for r in out.releases) == [
        ("Iron Lighthouse", "2026-04-04"),
        ("Noodle Club", "2026-04-10"),
        ("The Pawnbroker", "2026-04-18"),
    ]


def test_a_press_release_with_slash_dates_and_production_codes(extract_text: Extract) -> None:
    text = (
        'CORAL NETWORK DATES SEASON 2 OF "COPPERFEN ACRES"\n\n'
        "Season 2 Premiere Sunday, 3/8 @ 10:00pm e/p on AMC\n\n"
        "Coral Network's prairie drama Copperfen Acres returns for a six-episode second season on "
        "Sunday, 3/8 @ 10:00pm e/p, with new episodes weekly.\n\n"
        'Ep. 201 "Kiln Smoke" – Sunday, 3/8 @ 10:00pm e/p\n'
        'Ep. 202 "Whose Barn, Whose Hay?" – Sunday, 3/15 @ 10:00pm e/p\n\n'
        "Season 1 premiered Sunday, 2/9/2025, on AMC and concluded 4/13/2025."
    )
    out = extract_text(text, published="2026-02-10")
    assert releases(out) == [
        ("Copperfen Acres", 1, "2025-02-09", "AMC"),
        ("Copperfen Acres", 2, "2026-03-08", "AMC"),
    ]  # the capitals of the headline and the prose's spelling are one show, named as the prose writes it
    assert [(e.season, e.number, e.title, e.air_date) for e in out.episodes] == [
        (2, 1, "Kiln Smoke", "2026-03-08"),  # "Ep. 201": season 2, episode 1
        (2, 2, "Whose Barn, Whose Hay?", "2026-03-15"),
    ]
    assert ("finale", "2025-04-13", [1]) in [(e.kind, e.date, e.seasons) for e in out.events]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The streamer is open 24/7 for subscribers who want the show.", id="round-the-clock"),
        pytest.param("Critics rated the season 8/10 on average.", id="a-score"),
    ],
)
def test_a_slash_number_without_a_weekday_year_or_preposition_is_no_date(
    extract_text: Extract, sentence: str
) -> None:
    out = extract_text(
        "Copperfen Acres season 2 premieres in spring 2026. " + sentence, published="2026-01-05"
    )
    assert [(r.date, r.qualifier) for r in out.releases] == [("2026", "spring")]


@pytest.mark.parametrize(
    ("sentence", "season"),
    [
        pytest.param("Brackenfold first aired on BBC One in January 2024.", 1, id="first-aired"),
        pytest.param(
            "Brackenfold, the series premiere of which was in May 2023, returns.", 1, id="series-premiere"
        ),
        pytest.param("Brackenfold season 2 premiered in May 2023.", 2, id="a-stated-season-wins"),
    ],
)
def test_the_shows_start_is_its_first_season(extract_text: Extract, sentence: str, season: int) -> None:
    out = extract_text(sentence, published="2025-06-01")
    assert [r.season for r in out.releases] == [season]


def test_a_two_season_renewal_and_a_quoted_placeholder_date(extract_text: Extract) -> None:
    text = (
        "The streamer has renewed Copperfen Acres for a fourth and fifth season, Prime Video announced on "
        "Tuesday, November 11, 2025. Copperfen Acres season 4 is slated for late 2026, with season 5"
        ' pencilled in as "TBC 2027".'
    )
    out = extract_text(text, published="2025-11-12")
    assert [(e.kind, e.date, e.seasons) for e in out.events if e.kind == "renewal"] == [
        ("renewal", "2025-11-11", [4, 5])
    ]
    assert {r.show for r in out.releases} == {"Copperfen Acres"}  # "TBC 2027" is no show


def test_gallery_slides_with_colon_heads(extract_text: Extract) -> None:
    text = (
        "Fall TV Preview: when your favourite shows come back\n\n"
        "By Ines Marrow\nPublished Aug. 24, 2026 6:00 AM EDT\n\n"
        "We've rounded up the returning shows we can't wait to see.\n\n"
        "1 of 3\n\n"
        "Ravi Ostrander/NBC\n\n"
        "Harrow Basin: Premieres Tuesday, Sept. 15 on NBC\n\n"
        "The procedural kicks off its fourth season with a two-hour premiere. NBC has already renewed the "
        "show for a fifth season.\n\n"
        "2 of 3\n\n"
        "ABC\n\n"
        "Pellam Cove: Premieres Thursday, Sept. 24 on ABC\n\n"
        "The sixth and final season will run 13 episodes. When Pellam Cove premiered in the fall of 2021, "
        "nobody expected it to last.\n\n"
        "3 of 3\n\n"
        "Netflix\n\n"
        "Wick & Marrow: Part 1 premieres Thursday, Oct. 8 on Netflix\n\n"
        "The murder-mystery returns for its third season. Part 2 arrives Thursday, Nov. 26.\n"
    )
    out = extract_text(text, published="2026-08-24")
    assert releases(out) == [
        ("Harrow Basin", 4, "2026-09-15", "NBC"),  # the entry's season, not the renewal's
        ("Pellam Cove", 1, "2021", "ABC"),  # "When Pellam Cove premiered": the show's start
        ("Pellam Cove", 6, "2026-09-24", "ABC"),  # "sixth and final season"
        ("Wick & Marrow", 3, "2026-10-08", "Netflix"),  # the head names the show whole
        ("Wick & Marrow", 3, "2026-11-26", "Netflix"),
    ]


def test_capitals_heads_over_channel_and_date_slot_lines(extract_text: Extract) -> None:
    text = (
        "Winter TV 2027: the returning shows that will get you through January\n\n"
        "Published 27 December 2026, 06:00 GMT\n\n"
        "These are the returning series I'm most looking forward to.\n\n"
        "Ada Penwith returns as Kit Morvah in Saltcombe (Picture: Channel 4/Trevose Films)\n\n"
        "HOLROYD BRIDGE\n"
        "BBC One, Sunday 3 January, 9pm\n\n"
        "The cop show is back for a third series. Series two went out in February 2025.\n\n"
        "GANTRY YARD\n"
        "Sky Atlantic and NOW, Thursday 14 January\n\n"
        "The shipyard thriller returns for series two.\n"
    )
    out = extract_text(text, published="2026-12-27")
    got = {(r.show.casefold() if r.show else None, r.season, r.date) for r in out.releases}
    # a credit line's "Films)" above a head is not the head's subject; the entry opens with its season
    assert {("holroyd bridge", 3, "2027-01-03"), ("gantry yard", 2, "2027-01-14")} <= got


def test_a_streaming_calendar_dates_the_title_lines_under_each_day(extract_text: Extract) -> None:
    text = (
        "New on Netflix this week\n\n"
        "Published Oct. 2, 2026\n\n"
        "Below is the full list, day by day.\n\n"
        "Monday, Oct. 5\n\n"
        "NEW The Copperfen Inquest (Limited Series) – Netflix Original\n"
        "NEW Puddlewick: Season 3 – Netflix Original kids' series\n"
        "Tamsworth Row: Seasons 1–5 – licensed (US only)\n\n"
        "Tuesday, Oct. 6\n\n"
        "NEW Orla Penrose: Loud Quiet – Netflix stand-up special\n"
        "NEW Pocket Wyrms (2026) – Netflix animated film\n"
        "NEW Brackenhurst: Season 4, Volume 1 – Netflix Original\n"
    )
    out = extract_text(text, published="2026-10-02")
    assert sorted((r.show, r.season, r.kind, r.date) for r in out.releases) == [
        ("Brackenhurst", 4, "part", "2026-10-06"),
        ("Puddlewick", 3, "premiere", "2026-10-05"),
        ("The Copperfen Inquest", None, "premiere", "2026-10-05"),
    ]  # no film, special or library dump


def test_boxing_day_and_a_christmas_special(extract_text: Extract) -> None:
    text = (
        "The Signal House airs on Boxing Day and 27 December at 9pm on BBC One. Series five of Copperfen "
        "Green returns on Monday 4 January 2027 on BBC One. Before that, Copperfen Green's first ever "
        "Christmas special airs on 23 December."
    )
    out = extract_text(text, published="2026-09-01")
    dates = sorted(r.date for r in out.releases if r.date)
    assert "2026-12-26" in dates and "2027-01-04" in dates
    assert "2026-12-23" not in dates  # a one-off special is no season release


def test_a_return_dates_table_dates_only_flagged_premieres(extract_text: Extract) -> None:
    text = (
        "Every winter return date for the networks\n\n"
        "For each show, the date of its last episode of the year and of its first of the next.\n\n"
        "| Show Title (Network) | Last 2026 Episode | First 2027 Episode |\n"
        "|---|---|---|\n"
        '| "Pellmore Yard" (NBC) | Wednesday, Dec. 9 | Wednesday, Jan. 6 |\n'
        '| "Harrow & Finch Co." (ABC) | Monday, Nov. 30 (fall finale) | Monday, Feb. 22 |\n'
        '| "Quillon Heights" (CBS) | Sunday, Dec. 13 (Season 1 finale) '
        "| Sunday, March 7 (Season 2 premiere) |\n"
        '| "Tamsbury" (Fox) | --- | Wednesday, Jan. 20 (Season 11 premiere) |\n'
    )
    out = extract_text(text, published="2026-11-20")
    # a plain date is a return from the break, a fall finale no season's end; cells do not share cues
    assert releases(out) == [
        ("Quillon Heights", 2, "2027-03-07", "CBS"),
        ("Tamsbury", 11, "2027-01-20", "Fox"),
    ]
    assert [(e.kind, e.seasons, e.date) for e in out.events] == [("finale", [1], "2026-12-13")]
    assert not out.episodes  # the table lists shows, not episodes (its "|---|" line is no row)


def test_a_line_opening_with_a_quoted_show_and_its_network_is_about_that_show(
    extract_text: Extract,
) -> None:
    text = (
        "Still waiting for dates\n\n"
        "These renewed shows have no dates yet:\n\n"
        '"The Weavers\' Hall" (The CW) – renewed for Season 4 in May; the network says it will be back '
        "in 2027.\n"
        '"Morrow & Co." (NBC) – Season 3 will launch in 2027, according to the network.\n'
    )
    out = extract_text(text, published="2026-11-20")
    assert sorted((r.show, r.season, r.date) for r in out.releases) == [
        ("Morrow & Co.", 3, "2027"),
        ("The Weavers' Hall", 4, "2027"),
    ]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Fox's Brindlemoor wraps its sixth and final season on Dec. 6.", [("finale", "2026-12-06")]),
        ("Brindlemoor wrapped up the season on Dec. 6.", [("finale", "2025-12-06")]),  # past: last year's
        ("Filming on Brindlemoor wrapped in December.", [("production_end", "2025-12")]),
        ("Brindlemoor airs its midseason finale on Dec. 6.", []),
    ],
    ids=["wraps-its-season", "wrapped-up-the-season", "filming-wrapped", "midseason-finale"],
)
def test_wrapping_a_season_is_its_finale_not_the_end_of_filming(
    extract_text: Extract, sentence: str, kinds: list[tuple[str, str]]
) -> None:
    out = extract_text(f"Brindlemoor news\n\n{sentence}\n", published="2026-11-20")
    assert [(e.kind, e.date) for e in out.events] == kinds


def test_a_tv_grid_dates_the_premieres_its_cells_flag(extract_text: Extract) -> None:
    text = (
        "PREMIERE WEEK GRID\n\n"
        "TUESDAY, OCT. 6\n\n"
        "Time | ABC | CBS | FOX\n"
        "8:00 | Harlow Vale (S7 premiere, to 10:00) | Quince Row (R) | Movie: Last Orchard (2019)\n"
        "9:00 | ↓ | Mossgiel (series premiere) | Tarnwick (Season 3 premiere)\n"
        "10:00 | Local news | Quince Row (cont.) | Local programming\n\n"
        "The rest of the week is quieter.\n"
    )
    out = extract_text(text, published="2026-10-04")
    # each flagged cell is a release on the heading's day, on its column's channel; reruns, films
    # and continuations are none
    assert releases(out) == [
        ("Harlow Vale", 7, "2026-10-06", "ABC"),
        ("Mossgiel", 1, "2026-10-06", "CBS"),
        ("Tarnwick", 3, "2026-10-06", "Fox"),
    ]


def test_fact_boxes_under_capitals_heads_with_their_season(extract_text: Extract) -> None:
    text = (
        "Spring return dates, at a glance\n\n"
        "Here is when each favourite is back.\n\n"
        "MARLSTONE, series 2\n"
        "Premiere: Sunday 7 March, 9pm\n"
        "Episodes: 6\n"
        "Where to watch: BBC One and BBC iPlayer\n\n"
        "The Marlstone team is back on the moor, and Marlstone fans will not be disappointed.\n\n"
        "HEDGEFORD, season 4\n"
        "Premiere: Easter Sunday (28 March), 9pm\n"
        "Episodes: 8\n"
        "Where to watch: ITV1 and ITVX\n"
    )
    out = extract_text(text, published="2027-02-22")
    assert [(r.show, r.season, r.date) for r in out.releases] == [
        ("Marlstone", 2, "2027-03-07"),  # the capitals head takes the prose's spelling
        ("Hedgeford", 4, "2027-03-28"),  # the bracketed day is the holiday's date; capitals title-cased
    ]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("It premieres on Easter Sunday (28 March).", "2027-03-28"),
        ("It premieres on Sunday (7 March).", "2027-03-07"),
        ("The move was announced last Tuesday (16 February).", None),
    ],
    ids=["holiday", "weekday", "not-a-release"],
)
def test_a_day_in_brackets_dates_the_weekday_before_it(
    extract_text: Extract, sentence: str, date: str | None
) -> None:
    text = f"Hedgeford news\n\nHedgeford season 4 is coming. {sentence}\n"
    out = extract_text(text, published="2027-02-22")
    assert [r.date for r in out.releases] == ([date] if date else [])


def test_a_monthly_calendar_with_dash_dated_picks_and_day_headings(extract_text: Extract) -> None:
    text = (
        "Everything coming to Prime Video in May\n\n"
        "Our picks this month\n\n"
        "Bellwether Down, season 2 — May 1\n"
        "All eight episodes drop at once.\n\n"
        "Harker & Vine — May 22\n"
        "A limited series about two rival clockmakers, starring Ilse Ward as Harker.\n\n"
        "May 6\n\n"
        "The Tollgate Files: Season 1 (Prime Video Original)\n"
        "The Glass Weir (2019)\n\n"
        "May 13\n\n"
        "Ridgemoor: Season 3 finale (Prime Video Original)\n\n"
        "May 22\n\n"
        "Harker & Vine (Prime Video Original limited series)\n\n"
        "May 29\n\n"
        "Cobble Lane: Season 4 (Prime Video Original)\n"
    )
    out = extract_text(text, published="2026-04-27")
    # the pick heads date their shows; a day heading after an entry's prose starts a new day, so
    # the last show is not the limited series above it; a finale, a film and a title's ": Season 1"
    # are no releases or names
    assert sorted((r.show, r.season, r.date) for r in out.releases) == [
        ("Bellwether Down", 2, "2026-05-01"),
        ("Cobble Lane", 4, "2026-05-29"),
        ("Harker & Vine", None, "2026-05-22"),
        ("The Tollgate Files", 1, "2026-05-06"),
    ]


def test_a_listings_rundown_names_each_episodes_show_and_flags_its_premiere(extract_text: Extract) -> None:
    text = (
        "PREMIERE WEEK GRID\n\n"
        "WEDNESDAY, OCT. 7\n\n"
        "Time | ABC | NBC\n"
        "8:00 | Pellham Row (S3 premiere) | Oxley Marsh (series premiere)\n\n"
        "EPISODE RUNDOWN\n\n"
        'ABC\n8:00 Pellham Row #27 "Low Tide Rising" (Season Premiere)\n\n'
        'NBC\n8:00 Oxley Marsh #1 "Pilot" (SERIES PREMIERE)\n'
        '9:00 Quarry Lights #12 "Second Shift"\n'
    )
    out = extract_text(text, published="2026-10-04")
    # the running number (#27) is not the episode's number; a flagged premiere is episode 1 of the
    # season the article dates for that show
    assert sorted((e.show, e.season, e.number, e.title) for e in out.episodes) == [
        ("Oxley Marsh", 1, 1, "Pilot"),
        ("Pellham Row", 3, 1, "Low Tide Rising"),
        ("Quarry Lights", None, None, "Second Shift"),
    ]


def test_an_anime_announcement_with_hash_numbered_titles(extract_text: Extract) -> None:
    text = (
        "Lanternbell Postal Anime Reveals Titles for First 3 Episodes\n\n"
        "The official website for the original television anime Lanternbell Postal revealed the titles "
        "of its first three episodes. The anime will premiere on TOKYO MX on Saturday, April 4.\n\n"
        "The first three episodes are:\n\n"
        '#1 "The Letter Nobody Sent" — April 4\n'
        '#2 "Aunt Mira\'s Lantern, Lost" — April 11\n'
        '#3 "Rooftops in the Rain?" — April 18\n\n'
        'Kasumi Oda performs the ending theme song "Hand in Glove". '
        "A promotional video released in January previewed it.\n"
    )
    out = extract_text(text, published="2026-03-20")
    # the show comes from "the ... anime <Title>", not from the quoted song; "Aunt Mira's Lantern"
    # inside a title is no cast pair; a promotional video is a trailer, not a release
    assert [(e.show, e.number, e.title) for e in out.episodes] == [
        ("Lanternbell Postal", 1, "The Letter Nobody Sent"),
        ("Lanternbell Postal", 2, "Aunt Mira's Lantern, Lost"),
        ("Lanternbell Postal", 3, "Rooftops in the Rain?"),
    ]
    assert [(r.show, r.date) for r in out.releases] == [("Lanternbell Postal", "2026-04-04")]
    assert [(e.kind, e.date) for e in out.events] == [("trailer", "2026-01")]
    assert out.cast == []


def test_a_week_at_a_glance_line_dates_every_title_and_dash_heads_take_a_weekday(
    extract_text: Extract,
) -> None:
    text = (
        "New on streaming this week\n\n"
        "The week at a glance\n\n"
        "Wednesday, March 11 — The Corrow Light (Netflix); Hedgerow Tea (Disney+)\n"
        "Friday, March 13 — Ramsgill Rovers season 2 (Prime Video); Fairlea: The Reunion (Peacock); "
        "Paper Quay (Max, film)\n\n"
        "Disney+\n\n"
        "Hedgerow Tea, season 1 — Wednesday\n"
        "The new animated series follows a family of hedgehogs, and all ten episodes land at once.\n"
    )
    out = extract_text(text, published="2026-03-09")
    # one release per listed title, with its platform; a reunion and a film are none; the weekday
    # head and the glance line are one release, with the head's season
    assert releases(out) == [
        ("Hedgerow Tea", 1, "2026-03-11", "Disney+"),
        ("Ramsgill Rovers", 2, "2026-03-13", "Prime Video"),
        ("The Corrow Light", None, "2026-03-11", "Netflix"),
    ]


def test_a_long_slot_line_with_parts_and_an_old_plan(extract_text: Extract) -> None:
    text = (
        "Winter TV: the returning shows\n\n"
        "THE LARKWOOD LETTERS\n"
        "Netflix, Part 1: Thursday 21 January; Part 2: Thursday 18 February\n\n"
        "Netflix has split the second season of its Regency romance in two.\n\n"
        "TARNVIK\n"
        "BBC Two, spring\n\n"
        "Series three was meant to return in October, but the BBC pushed it back to the spring.\n"
    )
    out = extract_text(text, published="2026-12-27")
    # the slot line under a capitals head dates both parts; a date the show was meant to keep is none
    assert sorted((r.show, r.season, r.kind, r.part, r.date) for r in out.releases if r.date != "2027") == [
        ("The Larkwood Letters", 2, "part", "Part 1", "2027-01-21"),
        ("The Larkwood Letters", 2, "part", "Part 2", "2027-02-18"),
    ]
    assert not [r for r in out.releases if r.date and r.date.endswith("-10")]


def test_a_labelled_heading_names_its_show_but_not_a_film_or_a_dub_line(extract_text: Extract) -> None:
    text = (
        "New on streaming this week\n\n"
        "Every new series on the streamers this week.\n\n"
        "Hedgerow Tea, season 1 — Wednesday\n"
        "The new animated series lands all at once.\n\n"
        "Still going: The Ember Gate\n"
        "The fantasy series' second season, which premiered on Feb. 11, continues. Episode 5, "
        '"A Door Left Ajar," lands Wednesday, March 11.\n\n'
        "Movie of the week: Salt Verge\n"
        "Streaming on Netflix from Friday, March 13.\n"
    )
    out = extract_text(text, published="2026-03-09")
    assert ("The Ember Gate", 2, "2026-02-11") in [(r.show, r.season, r.date) for r in out.releases]
    assert [(e.show, e.season, e.number, e.title) for e in out.episodes] == [
        ("The Ember Gate", 2, 5, "A Door Left Ajar")
    ]
    assert not [r for r in out.releases if r.show == "Salt Verge"]  # a film


def test_a_ranked_character_before_an_actor_in_brackets_is_no_credit(extract_text: Extract) -> None:
    text = (
        "Saltreach returns for a second series\n\n"
        "The six-part series sees DI Hester Quell (Marnie Oswin-Kent) return to the Essex marshes.\n"
    )
    out = extract_text(text, published="2026-08-20")
    assert [(c.actor, c.character) for c in out.cast] == [("Marnie Oswin-Kent", "DI Hester Quell")]


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        ("The mystery, which wrapped its second season last October, is back.", [("finale", [2], "2025-10")]),
        ("Season 2 premieres May 25.", []),
    ],
    ids=["season-words-before-a-date", "season-number-kept"],
)
def test_season_words_before_a_model_date_are_not_part_of_it(
    extract_text: Extract, sentence: str, events: list[tuple[str, list[int], str]]
) -> None:
    out = extract_text(f"Quillmere news\n\n{sentence}\n", published="2026-05-12")
    assert [(e.kind, e.seasons, e.date) for e in out.events] == events
    if not events:
        assert [(r.season, r.date) for r in out.releases] == [(2, "2026-05-25")]


def test_revealed_titles_after_a_colon_are_episodes(extract_text: Extract) -> None:
    text = (
        "The Ulvmark Inn season 2\n\n"
        "The new season has eight episodes. Netflix has revealed the first three titles: "
        '"The Thaw", "A Room with No Key" and "Morning Ferry".\n'
    )
    out = extract_text(text, published="2026-06-03")
    assert [(e.season, e.title) for e in out.episodes] == [
        (2, "The Thaw"),
        (2, "A Room with No Key"),
        (2, "Morning Ferry"),
    ]


def test_quoted_entry_heads_over_a_premieres_line(extract_text: Extract) -> None:
    text = (
        "What to stream this week: March 3-9\n\n"
        "Our picks of the new shows and returning favorites this week.\n\n"
        "'Harrowmere Row' season 2 (Netflix)\n"
        "Premieres Wednesday, March 4\n\n"
        "The period drama is back with all eight episodes.\n\n"
        "'The Brinholt Files' (Peacock)\n"
        "Premieres Thursday\n\n"
        "The first three episodes drop Thursday, with new episodes weekly.\n\n"
        "'Saltcove' season 3, episode 4 (Apple TV+)\n"
        "Streaming Friday\n\n"
        "The third season continues.\n"
    )
    out = extract_text(text, published="2026-03-02")
    # a later episode's head dates that episode, not a release
    assert releases(out) == [
        ("Harrowmere Row", 2, "2026-03-04", "Netflix"),
        ("The Brinholt Files", None, "2026-03-05", "Peacock"),
    ]


def test_a_month_only_premiere_is_the_same_seasons_dated_premiere(extract_text: Extract) -> None:
    text = (
        "Quarry Bells adds two ahead of its January return\n\n"
        "Season 2 of Quarry Bells premieres Thursday, January 15, 2026, on Paramount+.\n\n"
        "Season 1 aired on Paramount+ in March 2024.\n"
    )
    out = extract_text(text, published="2025-11-02")
    assert sorted((r.season, r.date) for r in out.releases) == [(1, "2024-03"), (2, "2026-01-15")]
    jan = next(r for r in out.releases if r.date == "2026-01-15")
    assert {e.text for e in jan.evidence} >= {"January return"}  # the coarse mention lends its evidence


def test_an_earlier_run_in_the_same_month_is_not_merged(extract_text: Extract) -> None:
    text = (
        "New on streaming this week\n\n"
        "1. Moon Orchard (August 20) – Prime Video\n\n"
        "The romance that aired on tvN in August 2025 arrives on Prime Video in India on August 20.\n"
    )
    out = extract_text(text, published="2025-08-18")
    assert sorted(r.date for r in out.releases) == ["2025-08", "2025-08-20"]


def test_an_episode_code_is_not_part_of_the_show(extract_text: Extract) -> None:
    text = (
        "The Pale Ledger 2x06 preview: Ada goes after the ledger\n\n"
        "Spoilers for The Pale Ledger 2x05 follow. "
        "Season 2 of The Pale Ledger returns on AMC on March 1, 2026.\n"
    )
    out = extract_text(text, published="2026-02-23")
    assert {r.show for r in out.releases} == {"The Pale Ledger"}


def test_first_broadcast_dates_a_past_season(extract_text: Extract) -> None:
    text = (
        "Hollin Gate series 2: everything we know\n\n"
        "Hollin Gate series 2 arrives on Netflix on May 3, 2026. The first series, first broadcast on S4C "
        "in the spring of 2024, was a hit.\n"
    )
    out = extract_text(text, published="2026-04-01")
    assert sorted((r.season, r.date, r.platform) for r in out.releases) == [
        (1, "2024", "S4C"),
        (2, "2026-05-03", "Netflix"),
    ]


def test_a_programme_week_span_is_no_release_and_a_strip_is(extract_text: Extract) -> None:
    text = (
        "PROGRAMME INFORMATION: WEEK 41\n\n"
        "Saturday 3rd October – Friday 9th October 2026\n\n"
        "**NEW SERIES** Harrow Sands\n\n"
        "The drama returns for a second series, stripped across four consecutive nights from Monday 5th "
        "October at 9pm on Channel 5.\n"
    )
    out = extract_text(text, published="2026-09-22")
    assert [(r.season, r.date, r.platform) for r in out.releases] == [(2, "2026-10-05", "Channel 5")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The slot puts Hollin Gate a week after the final season of Brass Kings, which returns on "
            "Thursday, November 6.",
            ("Brass Kings", "2025-11-06"),
            id="which-returns",
        ),
        pytest.param(
            "The slate also has comedy Night Shift at Pell's, which comes back Wednesday, October 1.",
            ("Night Shift at Pell's", "2025-10-01"),
            id="which-comes-back-possessive-title",
        ),
        pytest.param(
            "Season 1, which premiered in October 2024, followed the lights over the fields.",
            ("Hollin Gate", "2024-10"),
            id="a-season-clause-stays-the-main-shows",
        ),
    ],
)
def test_a_which_clause_is_about_the_title_it_hangs_on(
    extract_text: Extract, sentence: str, expected: tuple[str, str]
) -> None:
    text = (
        "Hollin Gate season 3: everything we know\n\n"
        f"Hollin Gate season 3 arrives on Netflix on November 13, 2025. {sentence}\n"
    )
    out = extract_text(text, published="2025-09-10")
    assert expected in {(r.show, r.date) for r in out.releases}
    assert ("Hollin Gate", "2025-11-13") in {(r.show, r.date) for r in out.releases}


def test_a_listicle_head_with_a_regional_streamer(extract_text: Extract) -> None:
    """'Title Season 2 (16 November) – Binge' heads its entry as '... – Stan' does."""
    text = (
        "Five new shows to stream this week\n\n"
        "Pellinor Season 2 (16 November) – Binge\n\n"
        "Genre: Fantasy\n\n"
        "The fantasy epic returns, and the first season aired in 2023.\n"
    )
    out = extract_text(text, published="2025-11-10")
    assert sorted((r.show, r.season, r.date) for r in out.releases) == [
        ("Pellinor", 1, "2023"),
        ("Pellinor", 2, "2025-11-16"),
    ]
    assert [r.platform for r in out.releases if r.season == 2] == ["Binge"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The network says it is targeting early 2027 for the new season.",
        "The streamer is aiming for early 2027.",
    ],
    ids=["targeting", "aiming-for"],
)
def test_a_targeted_window_is_an_expected_premiere(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"Pellinor season 3: what we know\n\n{sentence}\n", published="2026-06-01")
    assert [(r.show, r.season, r.date, r.status) for r in out.releases] == [
        ("Pellinor", 3, "2027", "expected")
    ]


@pytest.mark.parametrize("dash", ["–", "--"], ids=["en-dash", "typed-double-hyphen"])
def test_a_finale_calendars_tagged_lines(extract_text: Extract, dash: str) -> None:
    """Day headings over 'Title (Network) – 3rd season finale' lines: each tag says finale or premiere,
    its ordinal the season; a typed '--' is a dash."""
    text = (
        "Finale dates for spring\n\n"
        "Thursday, May 7th\n\n"
        f"Corrieburn (CBS) {dash} 3rd season finale\n\n"
        "Tuesday, May 12th\n\n"
        f"Pellinor (NBC) {dash} 4th season finale\n\n"
        f"Harrowgill (ABC) {dash} 2nd Season Premiere\n"
    )
    out = extract_text(text, published="2026-04-20")
    assert sorted((e.show, e.kind, tuple(e.seasons), e.date) for e in out.events) == [
        ("Corrieburn", "finale", (3,), "2026-05-07"),
        ("Pellinor", "finale", (4,), "2026-05-12"),
    ]
    assert [(r.show, r.season, r.date) for r in out.releases] == [("Harrowgill", 2, "2026-05-12")]


def test_a_festive_guides_lines_dated_by_a_holiday(extract_text: Extract) -> None:
    """'Title, series 3 — New Year's Day, 9pm': the holiday is the line's date (row 266)."""
    text = (
        "Christmas TV guide\n\n"
        "Corrieburn, series 3 — New Year's Day, 9pm\n\n"
        "The moorland thriller returns for a third run.\n\n"
        "Pellinor, series 2 — Boxing Day, 8pm\n\n"
        "The second series opens with a wedding.\n"
    )
    out = extract_text(text, published="2026-12-10")
    assert sorted((r.show, r.season, r.date) for r in out.releases) == [
        ("Corrieburn", 3, "2027-01-01"),
        ("Pellinor", 2, "2026-12-26"),
    ]


def test_a_trade_date_list_with_colon_headings(extract_text: Extract) -> None:
    """'September 15:' over 'Title (FOX, Season 4)' lines (row 317): a date line ending in a colon
    heads the titles under it, and the network written in capitals is that platform ("Fox")."""
    text = (
        "Fall 2026 premiere dates\n\n"
        "September 15:\nCorrieburn (FOX, Season 4)\nPellinor (NBC, Season 2; final season)\n"
    )
    out = extract_text(text, published="2026-06-20")
    assert sorted((r.show, r.season, r.date, r.platform) for r in out.releases) == [
        ("Corrieburn", 4, "2026-09-15", "Fox"),
        ("Pellinor", 2, "2026-09-15", "NBC"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellinor season 2 streams Saturdays starting April 4 on Crunchyroll.",
        "Pellinor season 2 is avail from 4 April on Netflix, new episodes every Saturday and Sunday.",
    ],
    ids=["streams-saturdays-starting", "avail-from"],
)
def test_weekly_slot_phrasings_date_the_premiere(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"Pellinor season 2: where to watch\n\n{sentence}\n", published="2026-03-20")
    assert [(r.show, r.season, r.date) for r in out.releases] == [("Pellinor", 2, "2026-04-04")]


def test_a_weeks_list_dates_its_entries_in_brackets(extract_text: Extract) -> None:
    """'Title Season 2 (14 Nov)' (row 257): a bracketed day and month heads and dates the entry as a
    platform in brackets heads it."""
    text = (
        "New this week on streaming\n\n"
        "Corrieburn Season 2 (14 Nov)\n\nThe bakery competition is back for a second helping.\n\n"
        "Pellinor Season 3 (16 Nov)\n\nThe detectives return.\n"
    )
    out = extract_text(text, published="2026-11-10")
    assert sorted((r.show, r.season, r.date) for r in out.releases) == [
        ("Corrieburn", 2, "2026-11-14"),
        ("Pellinor", 3, "2026-11-16"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The second season wrapped up on Friday, July 10.", [("finale", (2,), "2026-07-10")]),
        ("Season 2 ended on July 10 with a cliffhanger.", [("finale", (2,), "2026-07-10")]),
        ("Filming on season 3 wrapped in May.", [("production_end", (3,), "2026-05")]),
    ],
    ids=["season-wrapped-up", "season-ended", "filming-wrapped-is-no-finale"],
)
def test_a_season_that_wrapped_up_or_ended_on_a_date_had_its_finale(
    extract_text: Extract, sentence: str, expected: list[tuple[str, tuple[int, ...], str]]
) -> None:
    out = extract_text(f"Pellinor renewed for season 3\n\n{sentence}\n", published="2026-07-20")
    assert [(e.kind, tuple(e.seasons), e.date) for e in out.events] == expected
