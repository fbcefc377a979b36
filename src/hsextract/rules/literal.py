"""Literal patterns: fixed sequences of word conditions, matched without spaCy's Matcher.

Two thirds of the release rules are a fixed run of word lists ("will" + "premiere"/"debut", "the" +
"finale"): one token per element, no operator, each element one LOWER/ORTH/TEXT value, list or
regex. Once `GateIndex.anchors` knows which tokens meet which condition, such a pattern matches at
`start` exactly when every element's condition holds at `start + k`; a Matcher call per window
costs more than the whole check. The result equals the Matcher's, greedy LONGEST filter and
alignments included (tests/test_rules_gate.py compares them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hsextract.rules.gate import Condition, _condition, cost


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
