"""A shoot told as one span gives a production start and a production end. Every snippet is written
for the test (invented shows)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def production(out: ArticleOutput) -> list[tuple[str, str | None, list[int]]]:
    return sorted((e.kind, e.date, e.seasons) for e in out.events if e.kind.startswith("production"))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Filming took place around Cornwall between February and July 2024.",
            [("production_end", "2024-07", [2]), ("production_start", "2024-02", [2])],
        ),
        (
            "Filming ran from May to October 2025 in Glasgow.",
            [("production_end", "2025-10", [2]), ("production_start", "2025-05", [2])],
        ),
        (
            "The show was shot in Belfast between November 2024 and February 2025.",
            [("production_end", "2025-02", [2]), ("production_start", "2024-11", [2])],
        ),
        (
            "Filming on series three took place between June and September 2025.",
            [("production_end", "2025-09", [3]), ("production_start", "2025-06", [3])],
        ),
    ],
    ids=["between-and", "ran-from-to", "was-shot-across-years", "own-season"],
)
def test_a_filming_span(
    extract_text: Extract, sentence: str, expected: list[tuple[str, str, list[int]]]
) -> None:
    out = extract_text(
        f"Kilmory season 2\n\nKilmory season 2 arrives in 2026. {sentence}\n", published="2026-01-10"
    )
    assert production(out) == expected


def test_a_span_not_after_the_filming_words_is_no_shoot(extract_text: Extract) -> None:
    text = "Kilmory season 2\n\nFilming begins soon. The series airs between October and December 2026.\n"
    assert production(extract_text(text, published="2026-01-10")) == []
