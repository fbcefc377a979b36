"""Surface forms the rules had not met: markdown emphasis around titles, an episode label and its title
on two lines, "Episode 1, Title" with a comma, a recap headline's page label and episode code
("Recap: Show Season 2, Episode 5", "Show 2x05 review:"), a past season as the subject of a relative
clause ("after season one, which premiered in March 2024") or standing as a bare ordinal ("the
first, which aired in 2024"). Every snippet is written for the test (invented shows and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.ingest.read import unglued
from hsextract.models import ArticleOutput
from hsextract.rules.titles import relative_season
from tests.test_round9_structures import releases
from tests.test_round10_structures import episodes

Extract = Callable[..., ArticleOutput]
GUIDE = "Pellmore season 2 episode guide\n\nHere are the titles for Pellmore season 2:\n\n"
TITLES = [
    ("Pellmore", 2, 1, "The Reed Bed"),
    ("Pellmore", 2, 2, "Damp Plaster"),
    ("Pellmore", 2, 3, "A Door in the Hill"),
]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Episode 1: *The Reed Bed*", 'Episode 1: "The Reed Bed"'),
        ("**Damp Plaster** airs", "  Damp Plaster   airs"),
        ("_A Door_ opens", '"A Door" opens'),
        ("* a bullet line", "* a bullet line"),
        ("snake_case_name and 5 * 3 * 2", "snake_case_name and 5 * 3 * 2"),
        ("S*M*A*S*H", "S*M*A*S*H"),
    ],
    ids=[
        "italics-quote",
        "bold-blanked",
        "underscore-quote",
        "bullet-kept",
        "no-emphasis",
        "stars-inside-a-word",
    ],
)
def test_markdown_italics_quote_a_title_and_bold_is_blanked(raw: str, expected: str) -> None:
    assert unglued(raw) == expected and len(unglued(raw)) == len(raw)


@pytest.mark.parametrize(
    "lines",
    [
        "1. *The Reed Bed*\n2. *Damp Plaster*\n3. *A Door in the Hill*\n",
        "Episode 1: **The Reed Bed**\nEpisode 2: **Damp Plaster**\nEpisode 3: **A Door in the Hill**\n",
        "Episode 1\nThe Reed Bed\nEpisode 2\nDamp Plaster\nEpisode 3\nA Door in the Hill\n",
        "Episode 1, The Reed Bed – January 4\nEpisode 2, Damp Plaster – January 11\n"
        "Episode 3, A Door in the Hill – January 18\n",
        "January 4 – Episode 1, The Reed Bed\nJanuary 11 – Episode 2, Damp Plaster\n"
        "January 18 – Episode 3, A Door in the Hill\n",
    ],
    ids=["numbered-italics", "labelled-bold", "label-over-title", "label-comma-title", "date-label-comma"],
)
def test_an_episode_list_in_another_surface(extract_text: Extract, lines: str) -> None:
    out = extract_text(GUIDE + lines, published="2026-11-01")
    assert episodes(out) == sorted(TITLES, key=str)
    text = GUIDE + lines
    assert all(text[e.start : e.end] == e.text for r in out.episodes for e in r.evidence)


def test_one_label_over_one_line_is_a_sub_heading_not_a_list(extract_text: Extract) -> None:
    text = (
        "Pellmore season 2 review\n\nEpisode 1\nThe Reed Bed opens slowly\n\n"
        "Ada walks the field for forty minutes and nothing happens, which is the point.\n"
    )
    assert extract_text(text, published="2026-11-01").episodes == []


def test_a_comma_after_a_label_before_a_season_is_no_title(extract_text: Extract) -> None:
    text = GUIDE + "Episode 1, Season 2 – January 4\nEpisode 2, Season 2 – January 11\n"
    assert extract_text(text, published="2026-11-01").episodes == []


@pytest.mark.parametrize(
    "headline",
    [
        "Recap: Pellmore Season 2, Episode 5, 'A Door in the Hill'",
        "Pellmore recap, season 2 episode 5: A Door in the Hill",
        'Pellmore 2x05 – "A Door in the Hill"',
        'Pellmore 2x05 review: "A Door in the Hill"',
        "'Pellmore' S02E05 recap: 'A Door in the Hill'",
    ],
    ids=["label-colon-first", "label-comma-season", "code-dash", "code-review-quoted", "sxe-recap-quoted"],
)
def test_a_recap_headline_names_its_show_and_episode(extract_text: Extract, headline: str) -> None:
    body = "\n\nWell, that was a lot of Pellmore. Ada opened the door at last, and Pellmore fans cheered.\n"
    out = extract_text(headline + body, published="2026-11-01")
    assert episodes(out) == [("Pellmore", 2, 5, "A Door in the Hill")]


@pytest.mark.parametrize(
    "headline",
    [
        "Pellmore 2x05 recap: Ada Opens the Door — and When Does the Finale Air?",
        "Pellmore series 2 is 6x60' of drama",
    ],
    ids=["unquoted-teaser-after-a-label", "episodes-times-minutes"],
)
def test_a_code_without_a_title_gives_no_episode(extract_text: Extract, headline: str) -> None:
    body = "\n\nPellmore is back. Ada opened the door at last, and Pellmore fans cheered.\n"
    assert extract_text(headline + body, published="2026-11-01").episodes == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Season 2 landed in full on July 17, 2025, more than a year after season one, which "
            "premiered in March 2024.",
            [("Harrowgate", 1, "2024-03"), ("Harrowgate", 2, "2025-07-17")],
        ),
        ("The third season keeps the format of the first, which aired in 2024.", [("Harrowgate", 1, "2024")]),
        ("Season 3 is as long as the second, which streamed in May 2025.", [("Harrowgate", 2, "2025-05")]),
    ],
    ids=["relative-clause-of-a-season", "bare-ordinal-first", "bare-ordinal-second"],
)
def test_a_past_season_named_by_a_relative_clause(
    extract_text: Extract, sentence: str, expected: list[tuple[str, int, str]]
) -> None:
    text = f"Harrowgate season 3: everything we know\n\nHarrowgate season 3 is on the way. {sentence}\n"
    assert releases(extract_text(text, published="2026-11-01")) == expected


@pytest.mark.parametrize(
    "text, relative",
    [
        ("two years after series one.", True),
        ("two years after series one, which aired in May", False),
        ("a year after season one, the cast changed", True),
    ],
    ids=["comparison", "relative-clause", "comparison-then-clause"],
)
def test_a_season_with_a_relative_clause_is_its_subject(text: str, relative: bool) -> None:
    start = text.index("se")
    end = text.index("one") + 3
    assert relative_season(text, start, end) is relative


def test_a_schedule_of_dated_episode_lines_names_no_show_and_keeps_the_guides_case(
    extract_text: Extract,
) -> None:
    text = (
        "Pellmore episode release schedule: when is episode 3 out?\n\n"
        "Pellmore is going weekly on Prime Video.\n\n"
        "Pellmore episode release schedule\n\n"
        "Fri 16 Oct – Episode 1: THE REED BED (out now)\n"
        "Fri 23 Oct – Episode 2: DAMP PLASTER\n"
        "Fri 30 Oct – Episode 3: Title TBA\n\n"
        "Episode guide\n\n"
        "Season One Episode 01 - The Reed Bed\n"
        "Original Airdate: 16 Oct. 2026\n"
    )
    out = extract_text(text, published="2026-10-19")
    assert episodes(out) == [("Pellmore", 1, 1, "The Reed Bed"), ("Pellmore", 1, 2, "DAMP PLASTER")]


def test_a_table_flattened_with_middle_dots_is_read_as_a_table(extract_text: Extract) -> None:
    text = (
        "Pellmore: the story so far\n\nPellmore series 2 went out in autumn 2024. Pellmore is back.\n\n"
        "No · Ep · Title · UK air date\n"
        "7 · 2x01 · Onion Soup · 06/10/2024\n"
        "8 · 2x02 · The Weaver's Dance · 13/10/2024\n"
    )
    out = extract_text(text, published="2026-11-01")
    assert episodes(out) == [("Pellmore", 2, 1, "Onion Soup"), ("Pellmore", 2, 2, "The Weaver's Dance")]


@pytest.mark.parametrize(
    "raw, barred",
    [
        ("A · B · C\n1 · 2 · 3\n4 · 5 · 6\n", "A | B | C\n1 | 2 | 3\n4 | 5 | 6\n"),
        ("A\tB\tC\n1\t2\t3\n4\t5\t6\n", "A|B|C\n1|2|3\n4|5|6\n"),
        ("By Ada Roe · Oct 4 · 4 min read\nText here.\n", "By Ada Roe · Oct 4 · 4 min read\nText here.\n"),
        ("A · B · C\n1 · 2 · 3\n", "A · B · C\n1 · 2 · 3\n"),
    ],
    ids=["middle-dots", "tabs", "byline-kept", "two-lines-kept"],
)
def test_a_run_of_lines_that_split_alike_gets_bars(raw: str, barred: str) -> None:
    assert unglued(raw) == barred


def test_a_label_with_another_count_over_its_title(extract_text: Extract) -> None:
    text = (
        "Pellmore series 2 episode guide\n\nSATURDAY 14 NOVEMBER, 9pm\n"
        "Ep. 1 (Chapter 9)\nThe Reed Bed\nEp. 2 (Chapter 10)\nWhose Paint Is Wet?\n"
    )
    out = extract_text(text, published="2026-11-01")
    assert episodes(out) == [("Pellmore", 2, 1, "The Reed Bed"), ("Pellmore", 2, 2, "Whose Paint Is Wet?")]


def test_a_dated_line_labelled_after_its_title(extract_text: Extract) -> None:
    text = (
        "Pellmore series 2: the guide\n\nPellmore returns to BBC One in January.\n\nEpisode guide\n"
        "Sun 3rd Jan: Brine Coin (Ep. 1)\nSun 10th Jan: Ep. 2 – TBA\nSun 17th Jan: Shearing Gale (Ep. 3)\n"
    )
    out = extract_text(text, published="2026-12-09")
    assert episodes(out) == [("Pellmore", 2, 1, "Brine Coin"), ("Pellmore", 2, 3, "Shearing Gale")]


@pytest.mark.parametrize(
    "headline",
    [
        "Pellmore Season 2: Release Date, Voice Cast & Episode Table",
        "Pellmore Recap: Season 2, Episode 1, 'Salt'",
    ],
    ids=["title-case-season", "recap-label"],
)
def test_a_headline_subject_drops_its_season_or_label(extract_text: Extract, headline: str) -> None:
    text = f"{headline}\n\nOur Pellmore tracker is back.\n\nPellmore Season 2 Episode List\n\n" + (
        'No. overall | No. in season | Title\n13 | 1 | "Salt"\n14 | 2 | "Glaze Morning"\n'
    )
    out = extract_text(text, published="2026-12-01")
    assert {e.show for e in out.episodes} == {"Pellmore"}


def test_a_complete_list_in_italics_is_numbered(extract_text: Extract) -> None:
    text = (
        "Pellmore series 2\n\nEpisodes. The series consists of three episodes: *Tarn Lights*, "
        "*The Sunken Jetty* and *Pellmore*.\n"
    )
    out = extract_text(text, published="2026-11-01")
    assert episodes(out) == [
        ("Pellmore", 2, 1, "Tarn Lights"),
        ("Pellmore", 2, 2, "The Sunken Jetty"),
        ("Pellmore", 2, 3, "Pellmore"),
    ]


def test_an_image_credit_above_a_list_names_no_show(extract_text: Extract) -> None:
    text = (
        "Pellmore Season 2 Episode 5: Release Time, Title and the German TV Dates\n\n"
        "Titled Rime Notes, the fourth episode of Pellmore season 2 was a cliffhanger.\n\n"
        "Key visual: the kite fleet over Harlow Quay. © Studio Kawasemi/Netflix\n\n"
        "How is season 2 being released?\n\n"
        "So far the launch episodes have been *Gust From the Fells* (Ep. 1) and *A Stamp With No "
        "Country* (Ep. 2). Harlow Quay is lovely in the rain, as Harlow Quay always is.\n"
    )
    out = extract_text(text, published="2026-11-16")
    assert ("Pellmore", 2, 1, "Gust From the Fells") in episodes(out)
    assert not [e for e in out.episodes if "Release" in e.title]


def test_a_picks_entry_is_headed_by_the_line_over_its_where_to_watch_line(extract_text: Extract) -> None:
    text = (
        "Staff picks: what we are watching in December\n\n"
        "IF YOU ARE: Missing a Courtroom Drama\n\nThe Okafor Inquest\n"
        "(Where to Watch: Peacock, eight episodes)\n\n"
        "The legal drama premieres with two episodes on Thursday, Dec. 3.\n\n"
        "IF YOU LIKED: Every Café Sitcom\n\nSorrel and Brine\n(Where to Watch: Hulu, all 10 episodes)\n\n"
        "The comedy landed on Hulu on Nov. 24 with all ten episodes.\n"
    )
    out = extract_text(text, published="2026-12-01")
    assert releases(out) == [
        ("Sorrel and Brine", None, "2026-11-24"),
        ("The Okafor Inquest", None, "2026-12-03"),
    ]


def test_a_fact_line_over_a_channel_line_heads_nothing(extract_text: Extract) -> None:
    text = (
        "Pellmore series 2: start date\n\nPellmore series 2 begins on Monday 4 January.\n\n"
        "Episodes: 5\nChannel: Channel 5\n"
    )
    out = extract_text(text, published="2026-12-01")
    assert {r.show for r in out.releases} == {"Pellmore"}


@pytest.mark.parametrize(
    "heading",
    ["THIS WEEK ON KOREAN TV (Oct. 10–16)", "Sunday Night on AMC — Oct. 11"],
    ids=["this-week-on", "weekday-night-on"],
)
def test_a_schedules_own_heading_names_no_show(extract_text: Extract, heading: str) -> None:
    text = (
        "The week ahead in TV\n\nThe best of the week's television.\n\n"
        f"{heading}\n\nGinkgo Wire, season 2 – Wednesday, Oct. 14, 9 p.m. on tvN\n"
    )
    out = extract_text(text, published="2026-10-07")
    assert all(heading.split()[0].casefold() not in (r.show or "").casefold() for r in out.releases)


def cast(out: ArticleOutput) -> list[tuple[str, str]]:
    return sorted((c.actor, c.character) for c in out.cast)


def test_a_lifes_dates_after_a_bracket_pair_follow_the_actor(extract_text: Extract) -> None:
    text = (
        "Carnhollow series 3: who is in the cast?\n\nCarnhollow returns to ITV in November.\n\n"
        "Ebenezer Quill-Rowan (Old Jacka Trevail) · 7 Jun 1941 – 30 Jan 2025 (illness)\n"
        "Tamsin Curnow-Bright (Tegen Wenn) · b. 2001\n"
    )
    out = extract_text(text, published="2026-11-01")
    assert cast(out) == [
        ("Ebenezer Quill-Rowan", "Old Jacka Trevail"),
        ("Tamsin Curnow-Bright", "Tegen Wenn"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Matriarch Dona Amelia Seixal (Graça Monte-Vaz) rules the vineyard.",
            [("Graça Monte-Vaz", "Dona Amelia Seixal")],
        ),
        (
            "Owner Olli Kattila (Jussi Marten-Cole) is debt-free at last.",
            [("Jussi Marten-Cole", "Olli Kattila")],
        ),
        (
            "The quiz special stars Bertie Kilbridge as Himself and Ada Roe as Mara Vell.",
            [("Ada Roe", "Mara Vell")],
        ),
    ],
    ids=["matriarch-prefix", "owner-prefix", "as-himself"],
)
def test_a_role_noun_before_a_character_and_an_appearance_as_oneself(
    extract_text: Extract, sentence: str, expected: list[tuple[str, str]]
) -> None:
    out = extract_text(f"Carnhollow series 3\n\nCarnhollow is back. {sentence}\n", published="2026-11-01")
    assert cast(out) == expected


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            "Cast\n\nHalka Kuczyn – Ewa Dunbar-Grabb\nFather Ignac – Wiktor Drzewo-Kell\n",
            [("Ewa Dunbar-Grabb", "Halka Kuczyn"), ("Wiktor Drzewo-Kell", "Father Ignac")],
        ),
        (
            "Who is in the cast?\n\nHalka Kuczyn, a prosecutor – Ewa Dunbar-Grabb\n"
            "Morwel, Halka's daughter – Zuzanna Kirkbright\n",
            [("Ewa Dunbar-Grabb", "Halka Kuczyn"), ("Zuzanna Kirkbright", "Morwel")],
        ),
    ],
    ids=["dash-lines", "dash-lines-with-descriptions"],
)
def test_a_run_of_dash_lines_under_a_cast_heading(
    extract_text: Extract, lines: str, expected: list[tuple[str, str]]
) -> None:
    out = extract_text(f"Carnhollow series 3: cast\n\nCarnhollow is back.\n\n{lines}", published="2026-11-01")
    assert cast(out) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Arpi Vardan-Blake joins Part 2 as Seda.",
        "Arpi Vardan-Blake, who joins season two as Levon's estranged daughter Seda, is in the finale.",
    ],
    ids=["joins-part-n", "who-joins-season-n"],
)
def test_joining_a_season_or_part_as_a_character(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"Carnhollow series 3\n\nCarnhollow is back. {sentence}\n", published="2026-11-01")
    assert cast(out) == [("Arpi Vardan-Blake", "Seda")]


def test_a_bulleted_calendar_entry_with_a_long_fact_bracket_heads_its_show(extract_text: Extract) -> None:
    text = (
        "Midseason TV 2027: premiere dates for every returning show\n\n"
        "Networks have set most of their winter dates.\n\nSUNDAY, JAN. 3\n\n"
        "• Harrow Deep (Season 3 premieres 9 p.m. AMC; streams the same night on AMC+)\n"
        "The third season of the crime saga picks up a year after the shooting.\n\n"
        "TUESDAY, JAN. 5\n\n"
        "• Spongecove Bay (series premiere 10 p.m. FX; streams next day on Hulu)\n"
        "A sponge diver inherits his uncle's boat and his uncle's debts.\n"
    )
    out = extract_text(text, published="2026-12-11")
    assert ("Harrow Deep", 3, "2027-01-03") in releases(out)
    assert ("Spongecove Bay", 1, "2027-01-05") in releases(out)


def test_a_bulleted_return_from_a_break_is_no_premiere(extract_text: Extract) -> None:
    text = (
        'Midseason TV 2027: premiere dates\n\nA plain "returns" means a show back from its break.\n\n'
        "SUNDAY, JAN. 3\n\n• Harrow Deep (Season 3 premieres 9 p.m. AMC; streams the same night on AMC+)\n"
        "• Dobrow & Daughter (returns 8 p.m. NBC; its regular time starts later in the month)\n\n"
        "TUESDAY, JAN. 5\n\n• Spongecove Bay (series premiere 10 p.m. FX; streams next day on Hulu)\n"
    )
    out = extract_text(text, published="2026-12-11")
    assert releases(out) == [("Harrow Deep", 3, "2027-01-03"), ("Spongecove Bay", 1, "2027-01-05")]


def test_a_numbered_entry_with_a_dash_date_before_its_channel_heads_its_show(extract_text: Extract) -> None:
    text = (
        "Northern Screens Weekly: five things to stream (20–26 November)\n\nOur usual picks.\n\n"
        "1. Hrossey, series 2 — Sunday 29 November (NRK1)\n\n"
        "The island police drama returns next Sunday, the 29th, and then airs every Sunday at 21.00.\n\n"
        "2. Episode 6 – Brimvik (the finale of another show)\n\n"
        "3. Storvatn Road (SVT Play)\n\nA six-part miniseries about an inheritance.\n"
    )
    out = extract_text(text, published="2026-11-20")
    assert ("Hrossey", 2, "2026-11-29") in releases(out)
    assert "Episode 6" not in {r.show for r in out.releases}
