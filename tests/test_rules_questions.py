"""A release-date question over its answer (rules/questions.py). Snippets are written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hsextract.models import ArticleOutput

Extract = Callable[..., ArticleOutput]

HEAD = "Marlow Bay season 3: release date, cast and everything we know\n\n"


@pytest.mark.parametrize(
    "question, answer, expected",
    [
        ("When could season 3 come out?", "We'd guess early 2027, going by the gap so far.",
         [(3, "2027", "early", "speculated")]),
        ("What time does Marlow Bay season 3 come out?", "Friday, June 12, at 3am ET.",
         [(3, "2026-06-12", None, "confirmed")]),
        ("Will there be a Marlow Bay season 3?", "We'd guess early 2027, going by the gap so far.", []),
    ],
    ids=["cue-less-guess", "cue-less-day", "a-will-there-be-question-asserts-nothing"],
)  # fmt: skip
def test_the_question_cues_an_answer_without_a_release_verb(
    extract_text: Extract, question: str, answer: str, expected: list[tuple[object, ...]]
) -> None:
    out = extract_text(f"{HEAD}{question}\n\n{answer}\n", published="2026-05-25")
    assert [(r.season, r.date, r.qualifier, r.status) for r in out.releases] == expected


def test_an_answers_own_cue_wins_over_the_question(extract_text: Extract) -> None:
    answer = "Filming wrapped in March; the trailer came out on May 20."
    text = f"{HEAD}When is Marlow Bay season 3 released?\n\n{answer}\n"
    out = extract_text(text, published="2026-05-25")
    assert out.releases == []
    assert sorted((e.kind, e.date) for e in out.events) == [
        ("production_end", "2026-03"),
        ("trailer", "2026-05-20"),
    ]
