"""Episode-guide database blocks (a label alone on its line, the title on the next), titles of
scraped lists run together into one paragraph, credit-line runs without an intro, and unnumbered
episodes named in prose ("last night's episode, titled ..."). Every snippet is written for the test
(invented shows and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.ingest import Block
from hsextract.models import ArticleOutput
from hsextract.rules.episodes import EpisodeMention, merge_mentions
from hsextract.rules.guide_blocks import title_sections_dropped

Extract = Callable[..., ArticleOutput]


def episodes(out: ArticleOutput) -> list[tuple[str | None, int | None, int | None, str, str | None]]:
    return [(e.show, e.season, e.number, e.title, e.air_date) for e in out.episodes]


def releases(out: ArticleOutput) -> list[tuple[str | None, int | None, str | None]]:
    return [(r.show, r.season, r.date) for r in out.releases]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            "2x1\nThe Widow's Lamp\nAir date: April 3, 2026\n2x2\nA Cold Supper\nAir date: April 10, 2026\n",
            [(2, 1, "The Widow's Lamp", "2026-04-03"), (2, 2, "A Cold Supper", "2026-04-10")],
        ),
        (
            "Season 2, Episode 1 - Air Date: 3/4/2026\nThe Return\n"
            "Season 2, Episode 2 - Air Date: 3/11/2026\nNight Watch\n",
            [(2, 1, "The Return", "2026-03-04"), (2, 2, "Night Watch", "2026-03-11")],
        ),
        (
            "Episode #: 301\nTitle: Wolves at the Gate\nEpisode #: 302\nTitle: Brass Knuckles\n",
            [(3, 1, "Wolves at the Gate", None), (3, 2, "Brass Knuckles", None)],
        ),
        (
            "Series 3, Episode 1\nMind the Gap, Little Brother\nThe family gathers for a funeral nobody "
            "wanted, and a stranger turns up with a key.\nSeries 3, Episode 2\nWho Let the Dogs Out?\n"
            "A dog goes missing and so does the vicar.\n",
            [(3, 1, "Mind the Gap, Little Brother", None), (3, 2, "Who Let the Dogs Out?", None)],
        ),
    ],
    ids=[
        "sxe-label-title-airdate",
        "label-with-airdate-then-title",
        "production-code-title-field",
        "synopsis-under",
    ],
)
def test_guide_blocks_give_season_number_title_and_air_date(
    extract_text: Extract, lines: str, expected: list[tuple[int | None, int | None, str, str | None]]
) -> None:
    out = extract_text(f"Pellworth episode guide\n\n{lines}", published="2026-03-01")
    assert [e[1:] for e in episodes(out)] == expected


def test_a_guides_title_lines_are_no_shows_and_its_first_date_is_the_season_release(
    extract_text: Extract,
) -> None:
    text = (
        "Pellworth season 2 episode guide\n\n2x1\nThe Widow's Lamp\nAir date: April 3, 2026\n"
        "2x2\nA Cold Supper\nAir date: April 10, 2026\n"
    )
    out = extract_text(text, published="2026-03-01")
    assert {e[0] for e in episodes(out)} == {"Pellworth"}
    assert releases(out) == [("Pellworth", 2, "2026-04-03")]


def test_a_label_line_with_prose_after_it_is_no_guide_label(extract_text: Extract) -> None:
    out = extract_text("Pellworth\n\n2.1 million people watched it.\nA Cold Supper\n", published="2026-03-01")
    assert episodes(out) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "Here are the titles: Episode 1 – The Crossing Episode 2 – The Drift Episode 3 – Lowland",
            [(1, "The Crossing"), (2, "The Drift"), (3, "Lowland")],
        ),
        ("Episode 4: Salt Marsh Episode 5: Brimming Tide.", [(4, "Salt Marsh"), (5, "Brimming Tide")]),
    ],
    ids=["dashes", "colons"],
)
def test_a_flattened_run_of_labels_gives_each_title(
    extract_text: Extract, paragraph: str, expected: list[tuple[int, str]]
) -> None:
    out = extract_text(f"Drumlow season 2 episode titles\n\n{paragraph}\n", published="2026-02-01")
    assert [(e.number, e.title) for e in out.episodes] == expected


def test_labels_out_of_sequence_are_no_flattened_list(extract_text: Extract) -> None:
    text = "Drumlow season 2\n\nWe liked Episode 3 – The Crossing, and Episode 7 – Lowland\n"
    out = extract_text(text)
    assert [e.title for e in out.episodes if any(v.rule == "episodes.flattened" for v in e.evidence)] == []


def test_credit_lines_need_no_intro(extract_text: Extract) -> None:
    text = (
        "Corbel Lane season 3 credits\n\n"
        "- Mind the Gap, Little Brother: Written by Iona Crewe, directed by Pim Aalders\n"
        "- Who Let the Dogs Out?: Written by Iona Crewe, directed by Sol Berne\n"
    )
    assert [e.title for e in extract_text(text).episodes] == [
        "Mind the Gap, Little Brother",
        "Who Let the Dogs Out?",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'In last night\'s episode, titled "Iron Will", the family finally confronts the landlord.',
        'Last night\'s episode, titled "Iron Will", saw the family confront the landlord.',
        "In an episode called Iron Will, the family confronts the landlord.",
        'In this week\'s episode, "Iron Will", the family confronts the landlord.',
        'A new episode ("Iron Will") sees the family confront the landlord.',
    ],
    ids=[
        "last-nights-titled",
        "subject-titled",
        "an-episode-called-unquoted",
        "this-weeks-quoted",
        "new-episode-paren",
    ],
)
def test_an_unnumbered_episode_named_in_prose(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"Coppergate season 4 recap\n\n{sentence}\n")
    assert episodes(out) == [("Coppergate", 4, None, "Iron Will", None)]


def test_next_weeks_dated_episode_is_its_air_date_not_a_release(extract_text: Extract) -> None:
    text = (
        'Coppergate season 4 recap\n\nNext week\'s episode, "Silver Tongue," airs Thursday, Feb. 19 on CBS.\n'
    )
    out = extract_text(text, published="2026-02-13")
    assert episodes(out) == [("Coppergate", 4, None, "Silver Tongue", "2026-02-19")]
    assert releases(out) == []


def _mention(rule: str, number: int | None = None, finale: bool = False) -> EpisodeMention:
    return EpisodeMention(rule, (10, 20), "paragraph", 0, (0, 30), number=number, finale=finale)


def test_a_drop_replaces_a_bare_mention_of_its_title_but_not_a_numbered_one() -> None:
    assert merge_mentions([_mention("episodes.titled"), _mention("episodes.drop")])[0].rule == "episodes.drop"
    assert merge_mentions([_mention("episodes.titled", 6), _mention("episodes.drop")])[0].number == 6
    assert merge_mentions([_mention("episodes.titled", finale=True), _mention("episodes.drop")])[0].finale


def test_sections_set_up_by_title_lines_go_on_with_the_show_before() -> None:
    text = "Show A\nThe Lamp\nrest\n"
    blocks = [
        Block(0, 0, 6, "heading", "Show A"),
        Block(1, 7, 15, "heading", "The Lamp"),
        Block(2, 16, 20, "paragraph", "rest"),
    ]
    lamp = EpisodeMention("episodes.guide", (7, 15), "heading", 1, (7, 15))
    sections = {0: "Show A", 1: "The Lamp", 2: "The Lamp"}
    assert title_sections_dropped(sections, blocks, text, [lamp]) == {0: "Show A", 1: "Show A", 2: "Show A"}
    assert title_sections_dropped({1: "The Lamp"}, blocks, text, [lamp]) == {}


def test_the_nth_and_final_episode_set_off_by_commas(extract_text: Extract) -> None:
    text = (
        "Kilmory series 2\n\nSeries one aired on ITV1 in September 2024. The third episode, Hobb Fen, was "
        "the best, and the fourth and final episode, Verdict Withheld, ended with a shock.\n"
    )
    out = extract_text(text, published="2026-01-01")
    assert [(e.season, e.number, e.title) for e in out.episodes] == [
        (1, 3, "Hobb Fen"),
        (1, 4, "Verdict Withheld"),
    ]


def test_date_first_schedule_lines(extract_text: Extract) -> None:
    text = (
        "Brackfell season 3 release schedule\n\nJanuary 4: Episode 1 – The Brine Causeway\n"
        "January 11: Episode 2 – Crow Hill\nJanuary 18: Episode 3 – Title TBA\n"
    )
    out = extract_text(text, published="2025-09-01")
    assert episodes(out) == [
        ("Brackfell", 3, 1, "The Brine Causeway", "2026-01-04"),
        ("Brackfell", 3, 2, "Crow Hill", "2026-01-11"),
    ]
    assert releases(out) == [("Brackfell", 3, "2026-01-04")]  # the schedule's first date; no show "Episode 1"


def test_will_be_released_is_future(extract_text: Extract) -> None:
    text = 'Brackfell season 3\n\nEpisode 1, "The Brine Causeway" will be released on Jan. 4.\n'
    out = extract_text(text, published="2025-09-01")
    assert episodes(out) == [("Brackfell", 3, 1, "The Brine Causeway", "2026-01-04")]


def test_titleless_schedule_lines_with_the_show_first_date_the_season(extract_text: Extract) -> None:
    text = (
        "Brackfell season 3 release schedule\n\nBrackfell season 3 episode 1: January 4\n"
        "Brackfell season 3 episode 2: January 11\n"
    )
    out = extract_text(text, published="2025-09-01")
    assert (episodes(out), releases(out)) == ([], [("Brackfell", 3, "2026-01-04")])


def test_a_headline_label_before_lowercase_words_has_no_title(extract_text: Extract) -> None:
    text = "Brackfell Season 3 Episode 5: release date, time and schedule on Peacock\n\nIt airs Sunday.\n"
    assert episodes(extract_text(text, published="2025-09-01")) == []


def test_programme_lines_with_an_episode_counter(extract_text: Extract) -> None:
    text = (
        "Brackfell series 3: programme information\n\n"
        "Brackfell – The Sunken Lychgate (Part 1) Ep 1/6\nSunday 8 March\n"
        "9.00-10.00pm BBC ONE and BBC ONE HD\n"
        "New series\nThe village is shaken when the lychgate is found in the mill pond.\n\n"
        "Brackfell – The Sunken Lychgate (Part 2) Ep 2/6\nSunday 15 March\n"
        "9.00-10.00pm BBC ONE and BBC ONE HD\n"
        "The vicar has a secret.\n"
    )
    out = extract_text(text, published="2026-02-20")
    assert episodes(out) == [
        ("Brackfell", 3, 1, "The Sunken Lychgate (Part 1)", "2026-03-08"),
        ("Brackfell", 3, 2, "The Sunken Lychgate (Part 2)", "2026-03-15"),
    ]
    assert releases(out) == [("Brackfell", 3, "2026-03-08")]
