"""Literal and anchored patterns: word-condition patterns matched without spaCy's Matcher.

Two thirds of the release rules are a fixed run of word lists ("will" + "premiere"/"debut", "the" +
"finale"): one token per element, no operator, each element one LOWER/ORTH/TEXT value, list or
regex. Once `GateIndex.anchors` knows which tokens meet which condition, such a pattern matches at
`start` exactly when every element's condition holds at `start + k`; a Matcher call per window
costs more than the whole check.

The rest of the bounded release rules (optional words, `{0,5}` gaps, NOT_IN lists, flags such as
IS_TITLE) are *anchored*: from each token of a word that occurs exactly once in the pattern, every
way the other elements can take the tokens before and after it is enumerated. spaCy keeps one
alignment per span, chosen by the order it explores paths in; when two ways give one span different
alignments, that pattern is handed to the Matcher (on the windows around its anchor) instead. Both
results equal the Matcher's, greedy LONGEST filter and alignments included (tests/test_rules_gate.py
and tests/test_rules_literal.py compare them on the corpus, written sentences and random ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hsextract.rules.gate import ATTRS, COMMON_FLAGS, FLAG_KEYS, TRUE, Condition, _condition, _reps, cost


@dataclass(frozen=True)
class LiteralPattern:
    conditions: tuple[Condition, ...]  # one per token
    anchor: int  # the element whose matches propose starts (the rarest-looking)

    def numbered(self, ids: dict[Condition, int]) -> tuple[int, ...]:
        return tuple(ids[c] for c in self.conditions)


def literal_pattern(pattern: tuple[dict[str, Any], ...]) -> LiteralPattern | None:
    """The pattern as a literal sequence, or None when an element has an operator or another key."""
    conditions = []
    for element in pattern:
        cond = _condition(element)
        if "OP" in element or len(element) != 1 or cond is None:
            return None
        conditions.append(cond)
    if not conditions:
        return None
    anchor = min(range(len(conditions)), key=lambda k: (cost(conditions[k]), k))
    return LiteralPattern(tuple(conditions), anchor)


def match_literal(
    conditions: tuple[int, ...], anchor: int, found: dict[int, list[int]], sets: dict[int, set[int]], n: int
) -> list[tuple[int, int]]:
    """(start, end) of the matches the Matcher would keep with greedy="LONGEST", given the token
    indices where each condition (by id) holds: all matches have one length, so it keeps them left
    to right, dropping any that overlaps a kept one. `sets` caches those indices as sets."""
    length = len(conditions)
    out: list[tuple[int, int]] = []
    for a in found.get(conditions[anchor], ()):
        start = a - anchor
        if start < 0 or start + length > n or (out and start < out[-1][1]):
            continue
        ok = True
        for k, c in enumerate(conditions):
            held = sets.get(c)
            if held is None:
                held = sets[c] = set(found.get(c, ()))
            if start + k not in held:
                ok = False
                break
        if ok:
            out.append((start, start + length))
    return out


Test = tuple[Condition, bool]  # the condition, and whether it must hold (False: must not)


def element_tests(element: dict[str, Any]) -> tuple[Test, ...] | None:
    """An element as tests that must all pass: word sets and regexes (NOT_IN as a set that must not
    hold) and lexeme flags; None when a key or operator is not one of these."""
    tests: list[Test] = []
    for key, value in element.items():
        if key == "OP":
            continue
        if key in FLAG_KEYS and isinstance(value, bool):
            if key in COMMON_FLAGS:  # set for most tokens: index the tokens where it is not
                tests.append((Condition(key, frozenset({""})), not value))
            else:
                tests.append((Condition(key, frozenset({TRUE})), value))
            continue
        attr = ATTRS.get(key)
        if attr is not None and isinstance(value, dict) and set(value) == {"NOT_IN"}:
            words = value["NOT_IN"]
            if not (isinstance(words, list) and all(isinstance(w, str) for w in words)):
                return None
            tests.append((Condition(attr, frozenset(words)), False))
            continue
        cond = _condition({key: value})
        if cond is None:
            return None
        tests.append((cond, True))
    return tuple(tests)


@dataclass(frozen=True)
class AnchoredPattern:
    """A bounded pattern of such elements with repeat counts ("the"?, month, day, ","?, year?):
    each element is (tests, min, max) repetitions, and one element that occurs exactly once is the
    anchor matches are grown from, backwards and forwards; `anchor_condition` is its rarest
    positive test."""

    elements: tuple[tuple[tuple[Test, ...], int, int], ...]
    anchor: int
    anchor_condition: Condition

    @property
    def conditions(self) -> tuple[Condition, ...]:
        return tuple(c for tests, _, _ in self.elements for c, _ in tests)

    def numbered(
        self, ids: dict[Condition, int]
    ) -> tuple[tuple[tuple[tuple[int, bool], ...], int, int], ...]:
        return tuple(
            (tuple((ids[c], want) for c, want in tests), low, high) for tests, low, high in self.elements
        )


def anchored_pattern(pattern: tuple[dict[str, Any], ...]) -> AnchoredPattern | None:
    """The pattern as an anchored one, or None when an element has a key `element_tests` cannot
    read, a negation or an unbounded repeat, or no element occurs exactly once with a word test."""
    elements = []
    for element in pattern:
        tests = element_tests(element)
        low, high = _reps(element.get("OP"))
        if tests is None or not tests or element.get("OP") == "!" or high is None:
            return None
        elements.append((tests, low, high))
    anchors = [
        (cost(c), k, c)
        for k, (tests, low, high) in enumerate(elements)
        if low == high == 1
        for c, want in tests
        if want and c.attr not in FLAG_KEYS
    ]
    if not anchors:
        return None
    _, anchor, condition = min(anchors, key=lambda a: (a[0], a[1]))
    return AnchoredPattern(tuple(elements), anchor, condition)


Numbered = tuple[tuple[tuple[tuple[int, bool], ...], int, int], ...]
Alignment = tuple[int, ...]


Sets = dict[Any, Any]  # per document: condition id -> token set; element tests -> (must, must not)


def _grow(
    elements: Numbered, order: range, pos: int, step: int, checks: list[tuple[Any, set[int]]], n: int
) -> list[tuple[int, Alignment]]:
    """Every way the elements (by index, in `order`) consume tokens from `pos` on, going `step`
    (+1 forwards, -1 backwards): (the position after the last token taken, element index per token
    in the order taken). `checks[k]`: (tokens element k needs one of, or None; tokens it refuses)."""
    ways: list[tuple[int, Alignment]] = [(pos, ())]
    for k in order:
        _, low, high = elements[k]
        need, refuse = checks[k]
        grown: list[tuple[int, Alignment]] = []
        for at, taken in ways:
            run, i = 0, at
            while run < high and 0 <= i < n and (need is None or i in need) and i not in refuse:
                run += 1
                i += step
            grown += [(at + step * r, taken + (k,) * r) for r in range(low, run + 1)]
        if not grown:
            return []
        ways = grown
    return ways


def _checks(elements: Numbered, found: dict[int, list[int]], sets: Sets) -> list[tuple[Any, set[int]]]:
    """Per element: the tokens where all its positive tests hold (None: it has none) and those
    where a negative one fails; cached per document in `sets`."""

    def held(cond: int) -> set[int]:
        s = sets.get(cond)
        if s is None:
            s = sets[cond] = set(found.get(cond, ()))
        return s

    out = []
    for tests, _, _ in elements:
        check = sets.get(tests)
        if check is None:
            need = None
            for c, want in tests:
                if want:
                    need = held(c) if need is None else need & held(c)
            refuse = set().union(*(held(c) for c, want in tests if not want))
            check = sets[tests] = (need, refuse)
        out.append(check)
    return out


def match_anchored(
    elements: Numbered,
    anchor: int,
    anchor_condition: int,
    found: dict[int, list[int]],
    sets: Sets,
    n: int,
) -> list[tuple[int, int, list[int]]] | None:
    """(start, end, alignment) of the matches spaCy's Matcher keeps with greedy="LONGEST", from
    the token indices where each condition holds; None when two ways of matching give one span
    different alignments (the Matcher then picks by its own path order: ask it instead). `sets`
    caches token sets per document across patterns."""
    starts = found.get(anchor_condition)
    if not starts:
        return []
    checks = _checks(elements, found, sets)
    need, refuse = checks[anchor]
    spans: dict[tuple[int, int], Alignment] = {}
    for a in starts:
        if (need is not None and a not in need) or a in refuse:
            continue
        before = _grow(elements, range(anchor - 1, -1, -1), a - 1, -1, checks, n)
        if not before:
            continue
        after = _grow(elements, range(anchor + 1, len(elements)), a + 1, 1, checks, n)
        for start, back in before:
            for end, forward in after:
                span, alignment = (start + 1, end), (*reversed(back), anchor, *forward)
                if spans.setdefault(span, alignment) != alignment:
                    return None
    if len(spans) == 1:
        (((start, end), alignment),) = spans.items()
        return [(start, end, list(alignment))]
    kept: list[tuple[int, int, list[int]]] = []
    taken: set[int] = set()
    by_length = sorted(spans.items(), key=lambda kv: (kv[0][1] - kv[0][0], -kv[0][0]), reverse=True)
    for (start, end), alignment in by_length:
        if taken.isdisjoint(range(start, end)):
            kept.append((start, end, list(alignment)))
            taken.update(range(start, end))
    return kept
