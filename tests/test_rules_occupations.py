"""An occupation capitalised in front of a character's name is the role's description (invented names)."""

from __future__ import annotations

import pytest

from hsextract.assemble.cast_names import clean_character
from hsextract.pipeline import Extractor

from .conftest import make_article


def out_text(text: str) -> str:
    return f"Brinefold: the new drama\n\n{text}\n"


CASES = [
    (
        "sentence-initial-bracket",
        "Coroner Pelagia Korrabel (Tindra Okoro-Vey) has a body on the beach by the end of episode one.",
        ("Tindra Okoro-Vey", "Pelagia Korrabel", "Coroner"),
    ),
    (
        "played-by",
        "Landlady Oswenna Gillingham, played by Oswy Dunmarrow, keeps the pub open all hours.",
        ("Oswy Dunmarrow", "Oswenna Gillingham", "Landlady"),
    ),
    (
        "hyphenated-surname",
        "Trawlerman Bredon Tolvaddon-Hume (Aled Morcambe) goes missing in the storm.",
        ("Aled Morcambe", "Bredon Tolvaddon-Hume", "Trawlerman"),
    ),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_occupation_becomes_the_description(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    article = make_article(out_text(text))
    out = extractor.extract_one(article)
    assert [(r.actor, r.character, r.description) for r in out.cast] == [expected]
    assert all(article.text[ev.start : ev.end] == ev.text for r in out.cast for ev in r.evidence)


KEPT = [
    (
        "rank-stays",
        "Sergeant Pelagia Korrabel (Tindra Okoro-Vey) leads the search.",
        "Sergeant Pelagia Korrabel",
    ),
    (
        "form-of-address-stays",
        "Mrs Oswenna Gillingham (Oswy Dunmarrow) runs the shop.",
        "Mrs Oswenna Gillingham",
    ),
    (
        "given-name-not-listed",
        "Hunter Bredon Tolvaddon (Aled Morcambe) is the new boy.",
        "Hunter Bredon Tolvaddon",
    ),
]


@pytest.mark.parametrize("text, character", [(t, c) for _, t, c in KEPT], ids=[c[0] for c in KEPT])
def test_ranks_and_names_stay_in_the_character(extractor: Extractor, text: str, character: str) -> None:
    out = extractor.extract_one(make_article(out_text(text)))
    assert [r.character for r in out.cast] == [character]


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Coroner Pelagia Korrabel", "Pelagia Korrabel"),
        ("Coroner Marrack", "Coroner Marrack"),  # one word left: not sure it is a descriptor
        (
            "coroner Pelagia Korrabel",
            "coroner Pelagia Korrabel",
        ),  # not capitalised: not glued by a sentence start
        ("DI Pelagia Korrabel", "DI Pelagia Korrabel"),
    ],
)
def test_clean_character_drops_a_leading_occupation(raw: str, clean: str) -> None:
    assert clean_character(raw) == clean
