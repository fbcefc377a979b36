"""Structures met in the round-17 work. Cast: a manner phrase inside "played ... by" ("played with icy
charm by"), a possessive appositive before "is played by" ("Tibbald, Jorund's youngest,"), "appears in
flashbacks as", a sentence adverb between the actor and the verb (", meanwhile,"), and a copula
"respectively" list ("A and B are her stepdaughters, X and Y, respectively"). Every snippet is written
for the test (invented shows and names)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]
HEAD = "Wyndle Sound season 2: meet the cast\n\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "In the new season the county assessor Yelizaveta Prunk, played with icy charm by Gerlinde "
            "Ruddlesby-Nwosu, arrives in town.\n",
            [("Gerlinde Ruddlesby-Nwosu", "Yelizaveta Prunk")],
        ),
        (
            "Yelizaveta Prunk is played to perfection by Gerlinde Ruddlesby-Nwosu.\n",
            [("Gerlinde Ruddlesby-Nwosu", "Yelizaveta Prunk")],
        ),
        ("Tibbald, Jorund's youngest, is played by Kofi Adjei-Marsh.\n", [("Kofi Adjei-Marsh", "Tibbald")]),
        (
            "Veteran actress Gudlaug Skarsvåg appears in flashbacks as Jorund's grandmother, Mrs. Hegseth.\n",
            [("Gudlaug Skarsvåg", "Mrs. Hegseth")],
        ),
        (
            "Veteran actor Osvald Treganza, meanwhile, will transform into the village's eccentric "
            "postmaster, Evelin Wenn.\n",
            [("Osvald Treganza", "Evelin Wenn")],
        ),
        ("Osvald Treganza, too, returns as Evelin Wenn.\n", [("Osvald Treganza", "Evelin Wenn")]),
        (
            "Kadri Tammaru and Epp Vaikla are her scheming stepdaughters, Liisu Kuusk and Marje Rebane, "
            "respectively.\n",
            [("Epp Vaikla", "Marje Rebane"), ("Kadri Tammaru", "Liisu Kuusk")],
        ),
        ("Kadri Tammaru and Epp Vaikla are from Haapsalu and Viljandi, respectively.\n", []),
    ],
    ids=[
        "played-with-a-manner-phrase-by",
        "played-to-perfection-by",
        "possessive-appositive-then-played-by",
        "appears-in-flashbacks-as",
        "meanwhile-between-actor-and-verb",
        "too-between-actor-and-verb",
        "copula-respectively-list",
        "copula-respectively-places-are-no-roles",
    ],
)
def test_cast_forms(extract_text: Extract, body: str, expected: list[tuple[str, str]]) -> None:
    out = extract_text(HEAD + body, published="2026-10-10")
    assert sorted((c.actor, c.character) for c in out.cast) == expected
