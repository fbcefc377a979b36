"""Renewals and cancellations the way trade news and status boards state them. Every snippet is
written for the test; names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def events(out: ArticleOutput) -> list[tuple[str, str | None, tuple[int, ...], str | None]]:
    return [(e.kind, e.show, tuple(e.seasons), e.date) for e in out.events]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Quarry Saints cancelled\n\nNBC pulled the plug on Quarry Saints on Tuesday after two seasons.\n",
            [("cancellation", "Quarry Saints", (), "2026-05-12")],
        ),
        (
            "Marsh & Gable renewed\n\nCBS handed Marsh & Gable a fourth season on Monday.\n",
            [("renewal", "Marsh & Gable", (4,), "2026-05-11")],
        ),
        (
            "Marsh & Gable renewed for season 4\n\n"
            "CBS has picked up Marsh & Gable for a fourth season, the network said on Monday.\n",
            [("renewal", "Marsh & Gable", (4,), "2026-05-11")],
        ),
    ],
    ids=["pulled-the-plug-after-two-seasons", "handed-a-season", "picked-up-for-a-season"],
)
def test_renewal_and_cancellation_phrasings(
    extract_text: Extract, text: str, expected: list[tuple[str, str | None, tuple[int, ...], str | None]]
) -> None:
    assert events(extract_text(text, published="2026-05-14")) == expected


def test_a_status_boards_entry_head_names_the_show_of_its_entry(extract_text: Extract) -> None:
    text = (
        "Renewed or cancelled? Our network status board\n\n"
        "CANCELED: 'Quarry Saints'\n"
        "Network: NBC\n\n"
        "NBC pulled the plug on Tuesday. The Season 2 finale, which aired Feb. 26, now ends the series.\n\n"
        "RENEWED: 'Marsh & Gable'\n"
        "Network: CBS\n\n"
        "CBS renewed the procedural for Season 5 on Monday.\n"
    )
    assert events(extract_text(text, published="2026-05-14")) == [
        ("cancellation", "Quarry Saints", (), "2026-05-12"),
        ("finale", "Quarry Saints", (2,), "2026-02-26"),
        ("renewal", "Marsh & Gable", (5,), "2026-05-11"),
    ]


def test_a_status_boards_capital_labels_are_no_show_titles(extract_text: Extract) -> None:
    text = (
        "Renewed or cancelled? Our network status board\n\n"
        "How to read this page: RENEWED means another season is ordered. CANCELED means it will not be back. "
        "ENDED AS PLANNED means the story finished on its own terms.\n\n"
        "RENEWED: 'Marsh & Gable'\n"
        "Network: CBS\n\n"
        "CBS renewed the procedural for Season 5 on Monday.\n"
    )
    assert events(extract_text(text, published="2026-05-14")) == [
        ("renewal", "Marsh & Gable", (5,), "2026-05-11")
    ]
    assert extract_text(text, published="2026-05-14").cast == []
