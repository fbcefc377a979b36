"""Run-on lists of titles dated in brackets (rules/bracket_lists.py). Snippets are written for the
test; names are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]


def releases(out: ArticleOutput) -> list[tuple[str | None, int | None, str | None, str | None]]:
    return sorted((r.show, r.season, r.date, r.platform) for r in out.releases)


@pytest.mark.parametrize(
    "sentence",
    [
        "Honourable mentions: Brindle Cove (BBC America, Nov. 8), Season 3 of Pellwick (Hulu, Nov. 18) "
        "and The Tallow Wager (Starz, date TBA).",
        "Also worth a look are Brindle Cove (Nov. 8, BBC America) and Pellwick season 3 (Nov. 18, Hulu).",
    ],
    ids=["platform-then-date", "date-then-platform"],
)
def test_each_bracketed_entry_is_its_titles_release(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"The best new shows of November\n\n{sentence}\n", published="2026-10-29")
    assert releases(out) == [
        ("Brindle Cove", None, "2026-11-08", "BBC America"),
        ("Pellwick", 3, "2026-11-18", "Hulu"),  # "date TBA" dates nothing
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brindle Cove (Hulu) and Pellwick (Starz) are both worth your time.",  # brackets without a day
        "Brindle Cove (the film, Nov. 8, Netflix) and Pellwick (a special, Nov. 18, Hulu) close the month.",
    ],
    ids=["no-day", "films-and-specials"],
)
def test_brackets_without_a_seasons_day_date_nothing(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"The best new shows of November\n\n{sentence}\n", published="2026-10-29")
    assert [r.date for r in out.releases if r.date] == []
