"""Anchored patterns (literal.py): grown from one word around it, they must find exactly what
spaCy's Matcher finds, greedy LONGEST filter and alignments included."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hsextract.rules.engine import CompiledRules, RuleSet, parse_rules
from hsextract.rules.gate import TRUE, Condition
from hsextract.rules.literal import anchored_pattern, element_tests

MONTH = {"LOWER": {"IN": ["may", "june", "sept."]}}
DAY = {"TEXT": {"REGEX": "^[0-9]{1,2}$"}}
GAP = {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["and", "but"]}, "OP": "{0,3}"}

PATTERNS: dict[str, list[dict[str, Any]]] = {
    "date": [{"LOWER": "the", "OP": "?"}, DAY, {"LOWER": "of", "OP": "?"}, MONTH, {"ORTH": ",", "OP": "?"}],
    "gap": [{"LOWER": {"IN": ["filming", "production"]}}, GAP, {"LOWER": {"IN": ["began", "wrapped"]}}],
    "titled": [{"LOWER": "said"}, {"IS_TITLE": True, "OP": "{0,2}"}, {"LOWER": "on", "OP": "?"}],
    # "said on": the first optional "on" or the second may take it; the Matcher decides which
    "ambiguous": [
        {"LOWER": "said"}, {"LOWER": "on", "OP": "?"}, {"LOWER": "the", "OP": "?"}, {"LOWER": "on", "OP": "?"}
    ],
    "repeat": [{"LOWER": "very", "OP": "{1,2}"}, {"LOWER": "good"}],
}  # fmt: skip


def _rules(patterns: dict[str, list[dict[str, Any]]]) -> RuleSet:
    data = {"version": "1", "kind": "t", "rules": [{"id": k, "patterns": [p]} for k, p in patterns.items()]}
    return RuleSet("t", "1", tuple(parse_rules(data, "<test>")[2]))


@pytest.fixture(scope="module")
def pair(nlp: Any) -> tuple[CompiledRules, CompiledRules]:
    rules = _rules(PATTERNS)
    return CompiledRules(nlp.vocab, rules), CompiledRules(nlp.vocab, rules, gated=False)


def test_every_test_pattern_is_anchored(pair: tuple[CompiledRules, CompiledRules]) -> None:
    gated, _ = pair
    assert len(gated._anchored) == len(PATTERNS) and not gated._group and not len(gated._matcher)


def test_element_tests_read_sets_negations_and_flags() -> None:
    assert element_tests(GAP) == (
        (Condition("IS_PUNCT", frozenset({TRUE})), False),
        (Condition("lower", frozenset({"and", "but"})), False),
    )
    assert element_tests({"LOWER": {"FUZZY": "may"}}) is None
    assert element_tests({"_": {"hs_kind": "NAME"}}) is None


def test_the_anchor_is_a_word_that_occurs_exactly_once() -> None:
    grown = anchored_pattern(tuple(PATTERNS["date"]))
    assert grown is not None and grown.anchor == 3  # the month, not the optional "the" or the day regex
    assert anchored_pattern(({"LOWER": "very", "OP": "+"}, {"LOWER": "good"})) is None  # unbounded
    assert anchored_pattern(({"IS_TITLE": True}, {"LOWER": "x", "OP": "?"})) is None  # only a flag once


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It premieres on the 5 of May, and on 6 June.", id="optional-words"),
        pytest.param("Filming in the city finally began, but production wrapped.", id="gap"),
        pytest.param("Filming and production began.", id="gap-refuses-a-conjunction"),
        pytest.param("The studio said Jane Roe on Monday.", id="flag-repeat"),
        pytest.param("The studio said on the on Monday; it said on Friday.", id="ambiguous-path"),
        pytest.param("It is very very very good, very good.", id="bounded-repeat-overlaps"),
    ],
)
def test_anchored_equals_the_matcher_on_written_sentences(
    nlp: Any, pair: tuple[CompiledRules, CompiledRules], text: str
) -> None:
    gated, full = pair
    doc = nlp(text)
    assert gated(doc) == full(doc) and full(doc)


def test_an_ambiguous_match_is_left_to_the_matcher(
    nlp: Any, pair: tuple[CompiledRules, CompiledRules]
) -> None:
    gated, full = pair
    doc = nlp("They said on Monday.")
    found = [m for m in gated(doc) if m.rule == "ambiguous"]
    assert found == [m for m in full(doc) if m.rule == "ambiguous"] and len(found) == 1
    assert set(gated._fallback) == {nlp.vocab.strings["ambiguous#0"]}  # asked the Matcher


WORDS = [
    "the", "of", "on", "said", "very", "good", "May", "may", "June", "Sept.", "5", "12", ",", ".",
    "filming", "production", "began", "wrapped", "and", "but", "in", "Jane", "Roe", "Monday",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_anchored_equals_the_matcher_on_random_word_sequences(
    nlp: Any, pair: tuple[CompiledRules, CompiledRules], words: list[str]
) -> None:
    gated, full = pair
    doc = nlp(" ".join(words))
    assert gated(doc) == full(doc)
