"""Episode titles: every list form, numbering only when stated or from a complete ordered list.

Texts are written for the test with invented titles; the whole pipeline runs on each one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hsextract.models import ArticleOutput
from hsextract.ner import analyse
from hsextract.pipeline import Extractor
from hsextract.rules.episodes import quoted_at, quoted_run

from .conftest import make_article

Run = Callable[..., ArticleOutput]
TITLE = "Copper Street season 2: everything we know\n\n"


def episodes(out: ArticleOutput) -> list[tuple[Any, ...]]:
    return [(e.season, e.number, e.title, e.runtime_minutes) for e in out.episodes]


FORMS = [
    (
        "prose-list-each-episode",
        "Netflix revealed the titles. "
        "The names of each episode are “Dust,” “Ashes,” “Rise/Fall,” and “Embers.”",
        [(2, 1, "Dust", None), (2, 2, "Ashes", None), (2, 3, "Rise/Fall", None), (2, 4, "Embers", None)],
    ),
    (
        "prose-list-straight-quotes",
        'The episodes are titled "Dust", "Ashes" and "Embers", and that is every episode of the season.',
        [(2, None, "Dust", None), (2, None, "Ashes", None), (2, None, "Embers", None)],
    ),
    (
        "prose-list-partial",
        "Episode titles include “Dust,” “Ashes,” and “Embers.”",
        [(2, None, "Dust", None), (2, None, "Ashes", None), (2, None, "Embers", None)],
    ),
    (
        "prose-list-no-particular-order",
        'The names of all the episodes, in no particular order, are "Dust," "Ashes," and "Embers."',
        [(2, None, "Dust", None), (2, None, "Ashes", None), (2, None, "Embers", None)],
    ),
    (
        "episode-titled",
        'Episode 3, titled "Under the Lamp," runs 55 minutes.',
        [(2, 3, "Under the Lamp", 55)],
    ),
    (
        "ordinal-episode-titled",
        "The third episode, titled ‘Lantern Hours’, is the best.",
        [(2, 3, "Lantern Hours", None)],
    ),
    (
        "episode-is-called-unquoted",
        "Episode 4 is called The Quiet Hour, and it is a bottle episode.",
        [(2, 4, "The Quiet Hour", None)],
    ),
    ("finale-is-called", "The finale is called “Lights Out.”", [(2, None, "Lights Out", None)]),
    (
        "episode-lines",
        "Episode 1: 'The Long Night' (62 minutes)\n"
        "Episode 2 – “Cold Open” (48 minutes)\n"
        "Episode 3: The Quiet Hour",
        [(2, 1, "The Long Night", 62), (2, 2, "Cold Open", 48), (2, 3, "The Quiet Hour", None)],
    ),
    (
        "numbered-list",
        "Here are the episode titles for the new season:\n\n1. “Dust”\n\n2. “Ashes”\n\n3. “Embers”",
        [(2, 1, "Dust", None), (2, 2, "Ashes", None), (2, 3, "Embers", None)],
    ),
    (
        "numbered-list-with-synopses",
        "A guide to all three episodes of the season:\n\n1. “Dust”\nNell comes home to an empty farm.\n\n"
        "2. “Ashes”\nA barn burns down.\n\n3. “Embers”\nThe village takes sides.",
        [(2, 1, "Dust", None), (2, 2, "Ashes", None), (2, 3, "Embers", None)],
    ),
    (
        "episode-n-comma-quote",
        'Episode 2, "Tide Tables", aired last week. Next up is episode 3, “Kelp”, on Sunday.',
        [(2, 2, "Tide Tables", None), (2, 3, "Kelp", None)],
    ),
    (
        "ordinal-episode-comma-quote",
        "The fourth episode, ‘Low Water’, is the best.",
        [(2, 4, "Low Water", None)],
    ),
    ("pilot-comma-quote", "The pilot, “Ferry Lights”, was shot in Wales.", [(2, 1, "Ferry Lights", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_episode_list_forms(extract_text: Run, text: str, expected: list[tuple[Any, ...]]) -> None:
    out = extract_text(TITLE + text)
    assert episodes(out) == expected
    assert all(out.article.chars and ev.text == e.title for e in out.episodes for ev in e.evidence)


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("Copper Street season 2 premieres on May 9, 2025 with three episodes.\n\n", True),
        ("Copper Street season 2 premieres on May 9, 2025 with ten episodes.\n\n", False),
        ("Copper Street season 2 has three episodes. ", True),
        ("Copper Street season 2 has ten episodes. ", False),
    ],
    ids=[
        "release-count-matches",
        "release-count-disagrees",
        "paragraph-count-matches",
        "paragraph-count-disagrees",
    ],
)
def test_order_numbers_need_a_consistent_count(extract_text: Run, text: str, numbered: bool) -> None:
    out = extract_text(TITLE + text + "The names of every episode are “Dust,” “Ashes,” and “Embers.”")
    assert [e.number for e in out.episodes] == ([1, 2, 3] if numbered else [None, None, None])


def test_a_synopsis_line_is_not_a_title(extract_text: Run) -> None:
    text = (
        "Episode 1: Nell returns to the village and finds her mother has sold the family farm to a stranger"
    )
    assert extract_text(TITLE + text).episodes == []


@pytest.mark.parametrize(
    "text",
    [
        '"It was a wild ride," said star Nell Burrow. '
        'Critics called it "a triumph" and "the best of the year."',
        "The best shows this year:\n\n1. “Copper Street” (Netflix)\n\n2. “Ferry Lights” (Hulu)",
        "Season 1, episode 8 hinted at a romance.",
    ],
    ids=["quoted-remarks", "listicle-of-shows", "episode-without-title"],
)
def test_quoted_phrases_that_are_not_episode_titles(extract_text: Run, text: str) -> None:
    assert extract_text(TITLE + text).episodes == []


def test_episode_lines_give_dated_drops(extract_text: Run) -> None:
    out = extract_text(
        "Copper Street season 2 episode guide\n\n"
        "Episode one: 'The Arrival' – Monday 6 October, 9pm (58 minutes)\n\n"
        "Episode two: 'Crossing' – Monday 13 October\n\nEpisode 3 – Monday 20 October",
        published="2025-09-20",
    )
    assert episodes(out) == [(2, 1, "The Arrival", 58), (2, 2, "Crossing", None)]
    # schema 2: one premiere; later drops are the titled episodes' air dates (episode 3 has no title)
    assert [(r.kind, r.date) for r in out.releases] == [("premiere", "2025-10-06")]
    assert [e.air_date for e in out.episodes] == ["2025-10-06", "2025-10-13"]


def test_titled_lines_give_dated_drops_and_the_finale_its_number(extract_text: Run) -> None:
    out = extract_text(
        "Copper Street season 2: the release schedule\n\nThe six-part second season premieres "
        "Friday, Oct. 10.\n\n"
        'Episode 1, "Dust": Friday, Oct. 10\n\nEpisode 2, "Ashes": Friday, Oct. 17\n\n'
        "The finale, “Embers”, airs on Friday, Nov. 14.",
        published="2025-10-01",
    )
    assert episodes(out) == [(2, 1, "Dust", None), (2, 2, "Ashes", None), (2, 6, "Embers", None)]
    # schema 2: one premiere, the episodes' air dates, the finale an event
    assert [(r.kind, r.date) for r in out.releases] == [("premiere", "2025-10-10")]
    assert [e.air_date for e in out.episodes] == ["2025-10-10", "2025-10-17", "2025-11-14"]
    assert [(e.kind, e.date) for e in out.events] == [("finale", "2025-11-14")]


def test_an_episode_title_never_names_the_show(extract_text: Run) -> None:
    out = extract_text(
        "Copper Street season 2 episode guide\n\n"
        'Episode 1: "The Last Testament" – Wednesday, June 4\n\nEpisode 2: "Perpetua" – '
        "Wednesday, June 11\n\n"
        "Perpetua is played by Ada Fenwick. Perpetua is the middle sister.",
        published="2025-05-20",
    )
    assert {r.show for r in (*out.releases, *out.episodes)} == {"Copper Street"}


def test_season_from_heading_and_repeated_title_merges(extract_text: Run) -> None:
    out = extract_text(
        "Copper Street: everything we know\n\nCopper Street season 3 episodes\n\n"
        "The names of each episode are “Dust” and “Ashes.” Fans loved “Dust.”\n\n"
        'Episode 1, titled "Dust," opens in Belfast.'
    )
    assert episodes(out) == [(3, 1, "Dust", None), (3, 2, "Ashes", None)]
    assert [len(e.evidence) for e in out.episodes] == [2, 1]


def test_mentions_keep_rule_ids_and_offsets(extractor: Extractor) -> None:
    text = TITLE + 'Episode 3, titled "Under the Lamp," runs 55 minutes.'
    article = make_article(text)
    _, _, chunks = next(analyse(extractor.nlp, [(article, None)]))
    (m,) = extractor.stage.run(article, chunks).episodes
    assert (m.rule, m.number, m.runtime, text[slice(*m.title)]) == (
        "episodes.titled",
        3,
        55,
        "Under the Lamp",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Dusk,” “Kin,” and “Heatwave.” Then", ["Dusk", "Kin", "Heatwave"]),
        ("'Nell's Day', 'Lantern' or 'Tide'", ["Nell's Day", "Lantern", "Tide"]),
        ('"A", "B" & "C"', ["A", "B", "C"]),
        ("“Unclosed, “B”", []),
    ],
    ids=["curly-with-sentence-commas", "apostrophe-inside-single-quotes", "ampersand", "unclosed-quote"],
)
def test_quoted_run(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in quoted_run(text, 0, len(text))] == expected


def test_quoted_at_needs_an_opening_quote() -> None:
    assert quoted_at("no quote here", 0, 13) is None
    assert quoted_at("“Rise/Fall,”", 0, 12) == (1, 10)


@pytest.mark.parametrize(
    ("paragraph", "season"),
    [
        ('Series 2 of the mystery has been slow. Episode four, "Penance", airs tonight.', 2),
        (
            'The first episode, titled "Dusk," picks up six months after the '
            'first season\'s finale. The second episode is titled "Rust, Then Rain."',
            None,
        ),
        (
            'The second season opens in spring.\n\nThe first episode, titled "Dusk," picks up after the '
            'first season\'s finale. The second episode is titled "Rust, Then Rain."',
            2,
        ),
    ],
    ids=["paragraph-opens-with-its-season", "a-past-seasons-finale-is-no-scope", "the-articles-season-holds"],
)
def test_the_season_a_paragraph_opens_with_scopes_its_titles(
    extract_text: Callable[..., ArticleOutput], paragraph: str, season: int | None
) -> None:
    out = extract_text(f"Episode news\n\n{paragraph}\n", published="2025-10-09")
    assert out.episodes and {e.season for e in out.episodes} == {season}
