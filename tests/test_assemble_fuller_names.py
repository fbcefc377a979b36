"""The fullest form of a character's name, but never one taken from a title or a credit label
(invented names)."""

from __future__ import annotations

import pytest

from hsextract.pipeline import Extractor

from .conftest import make_article

FULLER_FORMS = {
    "episode-title": (
        "Pellinor: the episode titles\n\n"
        "The episodes of the second season are:\n\n"
        "Episode 1: The Lantern Cellar\nEpisode 2: What Bramwyn Knew\n"
        "Episode 3: Mrs Ysmeralde Keeps a Secret\n\n"
        "Tobrin Vasquell returns as Bramwyn, and Leodie Drossel plays the housekeeper Mrs Ysmeralde.\n",
        {("Tobrin Vasquell", "Bramwyn"), ("Leodie Drossel", "Mrs Ysmeralde")},
    ),
    "show-title": (
        "Five shows to stream this week\n\n"
        "4. Bramwyn Quarrow – Disney+\n\n"
        "Tobrin Vasquell stars as Bramwyn, a hydrologist who arrives to sell the town a pipeline.\n",
        {("Tobrin Vasquell", "Bramwyn")},
    ),
    "caption-credit": (
        "Pellinor returns\n\n"
        "Leodie Drossel is back as Ysmeralde Cassavey.\n\n"
        "Tobrin Vasquell joins the cast as Bramwyn Credit: Network Handout\n",
        {("Leodie Drossel", "Ysmeralde Cassavey"), ("Tobrin Vasquell", "Bramwyn")},
    ),
}


@pytest.mark.parametrize("text, expected", FULLER_FORMS.values(), ids=FULLER_FORMS.keys())
def test_no_fuller_name_from_a_title_or_a_credit_label(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    """A character is called by the fullest form the article gives it, but a show's or an episode's
    title that starts with the name is not such a form, nor is a caption's glued credit label."""
    out = extractor.extract_one(make_article(text))
    assert {(r.actor, r.character) for r in out.cast} == expected
