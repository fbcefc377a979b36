"""Releases stated in relative clauses and past-tense asides: "X, which began in 2014", "renewed X for
a second season, which is due in the autumn", "the first season streamed in 2024". Every snippet is
written for the test; names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def releases(out: ArticleOutput) -> list[tuple[str | None, int | None, str | None]]:
    return sorted((r.show, r.season, r.date) for r in out.releases)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Hallowmere, which began in 2014, ends with its seventh series.", [("Hallowmere", 1, "2014")]),
        ("The first season streamed in 2024.", [("Hallowmere", 1, "2024")]),
        (
            "Season 3 arrives in June, six years after its 2020 debut.",
            [("Hallowmere", 1, "2020"), ("Hallowmere", 3, "2026-06")],
        ),
    ],
    ids=["which-began-in", "streamed-in", "since-its-debut"],
)
def test_a_date_worded_as_the_shows_start_is_season_one(
    extract_text: Extract, sentence: str, expected: list[tuple[str, int, str]]
) -> None:
    out = extract_text(f"Hallowmere season 7: what we know\n\n{sentence}\n", published="2026-02-20")
    assert releases(out) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On April 28, Peacock picked it up for a third season, which is due in 2027.",
        "On April 28, Peacock renewed the mystery Perch Water for a third season, which is due in 2027.",
    ],
    ids=["picked-it-up", "renewed-named-show"],
)
def test_a_season_which_is_due_is_that_seasons_release(extract_text: Extract, sentence: str) -> None:
    out = extract_text(
        f"Perch Water saved\n\nPerch Water was cancelled in January. {sentence}\n", published="2026-05-15"
    )
    assert releases(out) == [("Perch Water", 3, "2027")]
    assert [(e.kind, tuple(e.seasons), e.date) for e in out.events if e.kind == "renewal"] == [
        ("renewal", (3,), "2026-04-28")
    ]


def test_the_show_renewed_in_a_roundup_owns_its_which_clause(extract_text: Extract) -> None:
    text = (
        "Saints of Morrow renewed for season 4\n\n"
        "Paramount+ has renewed Saints of Morrow for a fourth season. In the same announcement, Paramount+ "
        "renewed its legal drama Hemlock Row for a second season, which is due in the autumn.\n"
    )
    out = extract_text(text, published="2026-03-01")
    assert [(r.show, r.season, r.date, r.qualifier) for r in out.releases] == [
        ("Hemlock Row", 2, "2026", "autumn")
    ]


@pytest.mark.parametrize(
    "published, sentence, expected",
    [
        ("2026-03-01", "Hemlock Row season 2 will premiere in the autumn.", "2026"),
        ("2026-11-20", "Hemlock Row season 2 is due in the autumn.", "2026"),  # an autumn still under way
        ("2026-12-10", "Hemlock Row season 2 is due in the autumn.", "2027"),
        ("2026-03-01", "Hemlock Row season 2 premiered in the autumn.", "2025"),
    ],
    ids=["future-from-spring", "future-in-late-autumn", "future-from-december", "past"],
)
def test_a_bare_season_word_takes_the_statements_tense(
    extract_text: Extract, published: str, sentence: str, expected: str
) -> None:
    out = extract_text(f"Hemlock Row season 2\n\n{sentence}\n", published=published)
    assert [(r.date, r.qualifier) for r in out.releases] == [(expected, "autumn")]
