"""Episode lines labelled the ways episode guides label them: a running number with the season's own
("Episode #14 (season 2, episode 3):"), a code after the title ('Episode: "Title" (2×3)'), an
original-language title with its translation, and an "Aired on <date>" line under an episode line.
Every snippet is written for the test (invented shows and titles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def episodes(out: ArticleOutput) -> list[tuple[int | None, int | None, str, str | None]]:
    return [(e.season, e.number, e.title, e.air_date) for e in out.episodes]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            'Episode #14 (season 2, episode 1): "Brass Weather"\nWritten by Tove Lindahl.\n\n'
            'Episode #15 (season 2, episode 2): "A Coat for Winter, Almost"\nDirected by Ivo Pike.\n',
            [(2, 1, "Brass Weather", None), (2, 2, "A Coat for Winter, Almost", None)],
        ),
        (
            'Episode: "Kestrel Hour" (2×3)\nA lighthouse keeper turns up.\n\n'
            'Episode: "Salt and Iron" (2x7)\nA smuggler comes ashore.\n',
            [(2, 3, "Kestrel Hour", None), (2, 7, "Salt and Iron", None)],
        ),
        (
            "Paper Lanterns (S2E4)\nThe festival goes wrong.\n\n"
            "The Far Shore (S2E5)\nA ferry goes missing.\n",
            [(2, 4, "Paper Lanterns", None), (2, 5, "The Far Shore", None)],
        ),
    ],
    ids=["running-number-then-season-episode", "code-after-a-quoted-title", "sxe-after-the-title"],
)
def test_labelled_lines_give_season_and_number(
    extract_text: Extract, lines: str, expected: list[tuple[int | None, int | None, str, str | None]]
) -> None:
    assert episodes(extract_text(f"Wendmoor episode guide\n\n{lines}", published="2026-03-01")) == expected


def test_aired_on_lines_date_the_code_line_above(extract_text: Extract) -> None:
    text = (
        "Pellinor season 3 episode guide\n\n"
        "3.01 – The Salt Road\nAired on April 14\n\n"
        "3.02 – Kissed by Rain\nWritten by Oona Marsh\nAired on April 21\n\n"
        "3.03 – Lantern Hour\nAired on April 28\n"
    )
    out = extract_text(text, published="2026-10-01")
    assert episodes(out) == [
        (3, 1, "The Salt Road", "2026-04-14"),
        (3, 2, "Kissed by Rain", "2026-04-21"),  # a credit line may sit between
        (3, 3, "Lantern Hour", "2026-04-28"),
    ]
    # a weekly run is one release, its first date; never a release per episode
    assert [(r.season, r.date) for r in out.releases] == [(3, "2026-04-14")]


def test_translated_titles_are_titles_not_cast_pairs(extract_text: Extract) -> None:
    text = (
        "Fjellbyen season 2: the episode titles\n\n"
        "The six episodes of Fjellbyen season 2 are:\n\n"
        "1. Sildekongen (The Herring King)\n"
        "2. Vinterhavn (Winter Harbour)\n"
        "3. Den siste båten (The Last Boat)\n"
    )
    out = extract_text(text)
    assert [(e.season, e.number, e.title) for e in out.episodes] == [
        (2, 1, "Sildekongen"),
        (2, 2, "Vinterhavn"),
        (2, 3, "Den siste båten"),
    ]
    assert out.cast == []  # "Vinterhavn (Winter Harbour)" is a title and its translation


def test_chapter_labels_give_titles_without_a_season_number(extract_text: Extract) -> None:
    text = (
        "Brassfield season 2 episode guide\n\n"
        "Chapter 9: The Ember Ferry\nThe crew crosses the bay at night.\n\n"
        "Chapter 10: Lamps on the Water\nA search begins.\n"
    )
    # a chapter count runs across the series: it is no episode number within the season
    assert episodes(extract_text(text)) == [
        (2, None, "The Ember Ferry", None),
        (2, None, "Lamps on the Water", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Episode 204, titled “Foxglove”, runs 58 minutes.", 'Episode 204, called "Foxglove", runs 58 minutes.'],
    ids=["curly-quotes", "straight-quotes"],
)
def test_a_production_code_then_titled_keeps_the_title_alone(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"Saltmere season 2\n\n{sentence}\n")
    found = [(e.season, e.number, e.title, e.runtime_minutes) for e in out.episodes]
    assert found == [(2, 4, "Foxglove", 58)]
