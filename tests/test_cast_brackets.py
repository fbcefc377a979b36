"""Brackets after a name that hold no role: a crew member's credit before a crew verb, and a show's
original-language title. "Character (Actor)" runs in synopses still pair. Every snippet is written for
the test (invented names)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazu Imagawa (Iron Lantern Brigade) is returning to direct the anime.",
        "Mirela Dancu (Hollow Bells) will write every episode.",
        "The anime of Last Ferry to Kilmory (Kilmory-yuki Saishu Ressha) revealed a trailer.",
    ],
    ids=["director-credit", "writer-credit", "original-title"],
)
def test_brackets_that_hold_no_role(extract_text: Extract, sentence: str) -> None:
    text = f"Last Ferry to Kilmory season 2\n\n{sentence}\n"
    assert extract_text(text, published="2026-03-01").cast == []


def test_a_synopsis_run_still_pairs(extract_text: Extract) -> None:
    text = "Kilmory season 2\n\nBrother Lio (Evander Tavi) finds the letter that Ingrith (Sunna Blom) hid.\n"
    pairs = [(c.actor, c.character) for c in extract_text(text, published="2026-03-01").cast]
    assert pairs == [("Evander Tavi", "Brother Lio"), ("Sunna Blom", "Ingrith")]
