"""A past season's release in passing ("Series two went out in February 2025", "Season 1 came out in
March last year", "premiered in August 2024 and was renewed"), a film's date that is no season's,
and a season stated as "Fourteen series in". Every snippet is written for the test (invented shows)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest

from hsextract.dates.normalise import normalise
from hsextract.dates.types import DateContext
from hsextract.models import ArticleOutput
from hsextract.rules.titles import seasons_in

Extract = Callable[..., ArticleOutput]


def releases(out: ArticleOutput) -> list[tuple[int | None, str | None]]:
    return [(r.season, r.date) for r in out.releases]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Series two went out in February 2025.", [(2, "2025-02")]),
        ("Season 1 came out in March 2025.", [(1, "2025-03")]),
        ("Season 1 came out in March last year.", [(1, "2025-03")]),
        ("Harrowgate premeired in August 2024 and was renewed two months later.", [(1, "2024-08")]),
        ("Harrowgate premiered in August 2024 and was quickly renewed.", [(1, "2024-08")]),
    ],
    ids=[
        "went-out",
        "came-out",
        "month-last-year",
        "misspelt-premiered-then-renewed",
        "premiered-then-renewed",
    ],
)
def test_a_past_season_in_passing(
    extract_text: Extract, sentence: str, expected: list[tuple[int, str]]
) -> None:
    text = f"Harrowgate season 3: everything we know\n\nHarrowgate season 3 is on the way. {sentence}\n"
    out = extract_text(text, published="2026-03-01")
    assert [r for r in releases(out) if r[0] != 3] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She also made her first film, playing the queen in Queen of Ash, which came out in March.",
        "His debut novel, a thriller about a lighthouse, which came out in May, sold well.",
    ],
    ids=["film", "novel"],
)
def test_a_works_relative_clause_dates_no_season(extract_text: Extract, sentence: str) -> None:
    out = extract_text(f"Lena Vosk interview\n\n{sentence}\n", published="2026-06-01")
    assert out.releases == []


def test_to_film_is_a_verb_not_a_work(extract_text: Extract) -> None:
    text = (
        "Harrowgate season 2\n\nWhen she left to film a thriller, Pim Aalders took over the part "
        "for series two of Harrowgate, which premiered in May 2025.\n"
    )
    assert releases(extract_text(text, published="2026-06-01")) == [(2, "2025-05")]


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("March last year", "2025-03"),
        ("in March last year", "2025-03"),
        ("October of next year", "2027-10"),
        ("May 5 this year", "2026-05-05"),
        ("spring last year", "2025"),
    ],
)
def test_a_date_in_the_year_before_or_after_publication(expression: str, expected: str) -> None:
    found = normalise(expression, DateContext(published=datetime.date(2026, 3, 1)))
    assert found is not None and found.value == expected and found.year_source == "relative"


def test_a_year_word_without_a_published_date_is_not_guessed() -> None:
    found = normalise("March last year", DateContext())
    assert found is not None and found.value is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fourteen series in and the drama still works", [14]),
        ("Five seasons in, the show is tired", [5]),
        ("renewed for three seasons in a row", []),
        ("filmed two series in Wales", []),
    ],
)
def test_n_seasons_in_is_the_current_season(text: str, expected: list[int]) -> None:
    assert [n for _, _, n in seasons_in(text)] == expected


def test_a_misspelt_month_is_read() -> None:
    found = normalise("Feburary 2022", DateContext())
    assert found is not None and found.value == "2022-02"


def test_the_rules_read_every_misspelt_month_the_dates_stage_corrects() -> None:
    import json
    from importlib.resources import files

    from hsextract.dates.lexicon import MISSPELT_MONTHS

    macro = json.loads(files("hsextract.rules").joinpath("release_rules.json").read_text(encoding="utf-8"))
    assert set(MISSPELT_MONTHS) <= set(macro["macros"]["MONTH"]["LOWER"]["IN"])


def test_a_past_season_with_a_misspelt_month(extract_text: Extract) -> None:
    text = (
        "Harrowgate season 3: everything we know\n\nHarrowgate season 3 is coming to BBC One. "
        "Series one premiered on BBC One in Feburary 2022.\n"
    )
    assert [r for r in releases(extract_text(text, published="2026-03-01")) if r[0] != 3] == [(1, "2022-02")]
