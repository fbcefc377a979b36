"""Start gates: a gated rule set must find exactly what one whole-document Matcher finds."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hsextract.ner import analyse
from hsextract.rules import gate
from hsextract.rules.engine import CompiledRules, RuleSet, load_ruleset, parse_rules
from hsextract.rules.gate import Condition, Gate, GateIndex, gate_for, max_length, merge
from hsextract.rules.literal import literal_pattern
from hsextract.rules.units import unit_doc, unit_words

from .conftest import DEV_CORPUS, make_article

MONTHS = ["January", "March", "May", "Sept."]


def test_anchor_is_the_rare_word_not_the_function_word() -> None:
    pattern: tuple[dict[str, Any], ...] = (
        {"LOWER": "the", "OP": "?"},
        {"LOWER": "the"},
        {"LOWER": {"IN": ["premiere", "debut"]}},
    )
    g = gate_for(pattern)
    assert g == Gate(Condition("lower", frozenset({"premiere", "debut"})), 1, 2, 3)
    assert g.window(10, 100) == (8, 12)  # "the the premiere" may start two tokens before the anchor


def test_optional_elements_widen_the_window_before_the_anchor() -> None:
    pattern: tuple[dict[str, Any], ...] = (
        {"LOWER": {"IN": ["monday", "friday"]}, "OP": "?"},
        {"ORTH": ",", "OP": "{0,2}"},
        {"TEXT": {"REGEX": "^[0-9]{1,2}$"}},
    )
    g = gate_for(pattern)
    assert g is not None and g.condition.regex == "^[0-9]{1,2}$"
    assert (g.before_min, g.before_max, g.length) == (0, 3, 4)
    assert g.window(1, 100) == (0, 5)  # clipped at the document start


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(({"LOWER": "as", "OP": "?"}, {"ORTH": ",", "OP": "?"}), id="every-element-optional"),
        pytest.param(({"IS_TITLE": True}, {"_": {"hs_kind": "NAME"}}), id="no-checkable-condition"),
        pytest.param(({"LOWER": {"NOT_IN": ["and"]}},), id="negated-set"),
    ],
)
def test_patterns_that_cannot_be_gated(pattern: tuple[dict[str, Any], ...]) -> None:
    assert gate_for(pattern) is None


def test_unbounded_patterns_gate_the_whole_document() -> None:
    g = gate_for(({"IS_TITLE": True, "OP": "*"}, {"LOWER": "as"}, {"IS_ALPHA": True, "OP": "+"}))
    assert g is not None and not g.bounded and g.condition.words == {"as"}
    assert g.window(7, 30) == (0, 30)


def test_an_element_without_a_condition_is_skipped_for_the_next_required_one() -> None:
    pattern: tuple[dict[str, Any], ...] = ({"IS_TITLE": True}, {"LOWER": "premieres"})
    g = gate_for(pattern)
    assert g is not None and g.condition.words == {"premieres"} and (g.before_min, g.before_max) == (1, 1)


def test_max_length_counts_bounded_repeats() -> None:
    assert max_length(({"ORTH": "a", "OP": "{0,5}"}, {"ORTH": "b", "OP": "{2}"}, {"ORTH": "c"})) == 8
    assert max_length(({"ORTH": "a", "OP": "*"},)) is None


def test_merge_joins_overlaps_but_not_touching_spans() -> None:
    assert merge([(5, 9), (0, 3), (2, 4), (9, 12)]) == [(0, 4), (5, 9), (9, 12)]


def test_word_form_cache_is_bounded(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    airs = Condition("lower", frozenset({"airs"}))
    index = GateIndex({1: Gate(airs, 0, 0, 1)})
    monkeypatch.setattr(gate, "CACHE_LIMIT", 3)
    first, second = nlp.make_doc("It airs on Monday."), nlp.make_doc("She airs twice.")
    assert index.anchors(first) == {index.ids[airs]: [1]}
    assert len(index._cache) == 5  # filled past the limit within one document ...
    assert list(index.anchors(second).values()) == [[1]]
    assert len(index._cache) == 4  # ... and cleared before the next one


def test_cast_rules_gated_and_native_equal_whole_document_on_corpus_sentences(
    nlp: Any, extractor: Any
) -> None:
    """The production form (gated, `_` conditions read from the packed native code) against the
    reference (one Matcher, extension attributes) on every corpus sentence."""
    rules = load_ruleset("cast_rules.json")
    fast = CompiledRules(nlp.vocab, rules, native_units=True)
    reference = CompiledRules(nlp.vocab, rules, gated=False)
    assert not any("_" in e for p in fast._patterns.values() for e in p)  # every condition translated
    skipped = matched = 0
    for path in sorted(DEV_CORPUS.glob("*.txt")):
        article = make_article(path.read_text(encoding="utf-8"))
        _, _, chunks = next(iter(analyse(nlp, [(article, None)])))
        for sentence in extractor.stage.sentences(article, chunks):
            doc = unit_doc(nlp.vocab, sentence.units, extensions=True)
            expected = reference(doc)
            matched += len(expected)
            if not fast.may_match(unit_words(sentence.units)):
                skipped += 1
                assert expected == []
            else:
                assert fast(unit_doc(nlp.vocab, sentence.units)) == expected
    assert skipped > 50 and matched > 50


def test_literal_patterns_are_fixed_runs_of_word_conditions() -> None:
    lit = literal_pattern(({"LOWER": "the"}, {"LOWER": {"IN": ["finale", "premiere"]}}, {"TAG": "VBZ"}))
    assert lit is not None and lit.anchor == 1  # the rare word list, not "the"
    assert literal_pattern(({"LOWER": "the", "OP": "?"}, {"LOWER": "finale"})) is None  # an operator
    assert literal_pattern(({"LOWER": "finale", "IS_TITLE": True},)) is None  # two keys in one element


def _compare(nlp: Any, patterns: list[list[dict[str, Any]]], text: str) -> list[Any]:
    data = {"version": "1", "kind": "t", "rules": [{"id": "r", "patterns": patterns}]}
    _, _, rules = parse_rules(data, "<test>")
    ruleset = RuleSet("t", "1", tuple(rules))
    doc = nlp(text)
    gated, full = CompiledRules(nlp.vocab, ruleset), CompiledRules(nlp.vocab, ruleset, gated=False)
    assert gated._literal and not len(gated._matcher)  # really took the literal path
    assert gated(doc) == full(doc)
    return full(doc)


def test_literal_matches_keep_the_matchers_greedy_choice_on_overlaps(nlp: Any) -> None:
    found = _compare(nlp, [[{"LOWER": "very"}, {"LOWER": "very"}]], "It is very very very very good.")
    assert [(m.start, m.end) for m in found] == [(2, 4), (4, 6)]


def test_literal_tag_conditions_match_like_the_matcher(nlp: Any) -> None:
    found = _compare(nlp, [[{"TAG": "VBD"}, {"LOWER": "on"}]], "The show premiered on Friday and ran on.")
    assert [(m.start, m.end) for m in found] == [(2, 4), (6, 8)]


def test_a_tag_rule_on_a_document_without_tags_is_an_error(nlp: Any) -> None:
    data = {"version": "1", "kind": "t", "rules": [{"id": "r", "patterns": [[{"TAG": "VBD"}]]}]}
    ruleset = RuleSet("t", "1", tuple(parse_rules(data, "<test>")[2]))
    with pytest.raises(ValueError, match="tagger"):
        CompiledRules(nlp.vocab, ruleset)(nlp.make_doc("It premiered."))


@pytest.fixture(scope="module")
def release_pair(nlp: Any) -> tuple[CompiledRules, CompiledRules]:
    rules = load_ruleset("release_rules.json")
    return CompiledRules(nlp.vocab, rules), CompiledRules(nlp.vocab, rules, gated=False)


def test_release_rules_are_almost_all_gated(release_pair: tuple[CompiledRules, CompiledRules]) -> None:
    gated, _ = release_pair
    total = sum(len(r.patterns) for r in gated.ruleset.rules)
    assert len(gated._matcher) < total / 10  # the whole-document Matcher keeps only ungateable ones
    assert len(gated._literal) > total / 2  # most are fixed word runs, matched without a Matcher


def test_gated_equals_whole_document_on_the_corpus(
    nlp: Any, release_pair: tuple[CompiledRules, CompiledRules]
) -> None:
    gated, full = release_pair
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV_CORPUS.glob("*.txt"))]
    total = 0
    for doc in nlp.pipe(texts):
        expected = full(doc)
        assert gated(doc) == expected
        total += len(expected)
    assert total > 500  # the comparison covered real matches


WRITTEN = [
    "The second season premieres on Friday, March 14, 2025, with all eight episodes.",
    "It returns in early spring, and episodes 1 and 2 arrive on the same day: 'Pilot' and 'Two'.",
    "Filming wrapped by the end of May; the third series will not air until Sept. 5th.",
    "May 5 may be the date, the network said, while the finale airs on the 30th at 9pm.",
]
WORDS = [
    "the", "The", "season", "series", "2", "12", "31st", "2025", ",", ".", ":", "'", "on", "in",
    "premieres", "airs", "returns", "episodes", "episode", "all", "eight", "first", "final", "end",
    "of", "early", "spring", "by", "Friday", "date", "will", "not", "until", "and", "Netflix",
    *MONTHS,
]  # fmt: skip


@pytest.mark.parametrize("text", WRITTEN, ids=[f"written-{i}" for i in range(len(WRITTEN))])
def test_gated_equals_whole_document_on_written_sentences(
    nlp: Any, release_pair: tuple[CompiledRules, CompiledRules], text: str
) -> None:
    gated, full = release_pair
    doc = nlp(text)
    assert gated(doc) == full(doc) and full(doc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_gated_equals_whole_document_on_random_word_sequences(
    nlp: Any, release_pair: tuple[CompiledRules, CompiledRules], words: list[str]
) -> None:
    gated, full = release_pair
    doc = nlp(" ".join(words))
    assert gated(doc) == full(doc)


@pytest.mark.parametrize(
    "word",
    ["7", "12", "2031", "3rd", "S2E10", "s02e3", "twelve", "iv", "Hollowmere", "Ada", "a", "", "12/05/2031"],
    ids=lambda w: w or "empty",
)
def test_regex_union_says_no_only_when_every_regex_does(word: str) -> None:
    """The per-attribute union is a prefilter: it may not hide a regex that matches."""
    sources = [r"^[0-9]{1,2}$", r"^(19|20)[0-9][0-9]$", r"^[Ss][0-9]{1,2}[Ee][0-9]{1,3}$", r"(st|nd|rd)$",
               r"^(i|ii|iii|iv|twelve)$", r"^[0-9]{1,2}/[0-9]{1,2}(/([0-9]{2}|[0-9]{4}))?$"]  # fmt: skip
    regexes = [("orth", gate.re.compile(src), k) for k, src in enumerate(sources)]
    union = gate._regex_unions(regexes)["orth"]
    assert bool(union.search(word)) == any(rx.search(word) for _, rx, _ in regexes)


def test_regex_union_never_joins_a_back_reference_or_global_flag() -> None:
    for risky in (r"^(a)\1$", r"(?i)^dvd$", r"^(?P<x>a)(?P=x)$"):
        regexes = [("lower", gate.re.compile(risky), 0), ("lower", gate.re.compile(r"^[0-9]$"), 1)]
        assert gate._regex_unions(regexes)["lower"].search("anything")  # falls back: every regex asked


def test_word_and_tag_conditions_combine_like_one_lookup(nlp: Any) -> None:
    """A token's ids come from its word form (cached once per form) and its tag (once per tag):
    the same ids as asking about all its attributes at once."""
    year = Condition("orth", regex=r"^(19|20)[0-9][0-9]$")
    noun = Condition("tag", frozenset({"NN", "NNS"}))
    debut = Condition("lower", frozenset({"debut", "premiere"}))
    index = GateIndex({1: Gate(debut, 0, 0, 2)}, (year, noun))
    doc = nlp("The debut lands in 2031, and its premiere in 2032 follows the debut.")
    expected: dict[int, list[int]] = {}
    for tok in doc:
        values = {"orth": tok.text, "lower": tok.lower_, "tag": tok.tag_}
        for c in index._conditions(values):
            expected.setdefault(c, []).append(tok.i)
    assert index.anchors(doc) == expected
    assert {index.ids[debut], index.ids[year], index.ids[noun]} <= set(expected)
