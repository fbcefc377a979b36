"""Start gates: run a pattern only where its first token can match.

spaCy's Matcher starts every pattern at every token and evaluates each `IN`/`REGEX` predicate in
Python there, so a rule set of 100+ patterns costs ~100 Python calls per token of every article.
Most patterns begin with a word list (a month, a release verb), so a token that is in none of the
lists cannot start them. A `Gate` reads from the pattern which words (or which regex) a first
token must show, and `windows` turns an article's gate hits into the token spans the pattern can
occupy: from a possible start to at most the pattern's longest length. Running the pattern's own
Matcher on those spans finds exactly the matches a whole-document run finds (a match never needs a
token outside its span, and overlapping matches of one key fall in one merged window, so the
greedy LONGEST filter sees the same candidates). Patterns whose start cannot be gated this way
(extension attributes, flags, unbounded operators) run over the whole document as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hsextract.rules.vocab import FUNCTION_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOWER_KEYS = frozenset({"LOWER"})
ORTH_KEYS = frozenset({"ORTH", "TEXT"})
CACHE_LIMIT = 200_000  # word forms whose conditions are remembered; cleared when exceeded


def _reps(op: object) -> tuple[int, int | None]:
    """(min, max) repetitions of an element's OP; max None when unbounded."""
    if op is None or op == "!":
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, None
    if op == "+":
        return 1, None
    m = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", str(op))
    if m is None:
        raise ValueError(f"unknown OP {op!r}")
    low = int(m.group(1) or 0)
    if not m.group(2):
        return low, low
    return low, (int(m.group(3)) if m.group(3) else None)


def max_length(pattern: tuple[dict[str, Any], ...]) -> int | None:
    """The most tokens a match can span; None when an operator is unbounded."""
    total = 0
    for element in pattern:
        high = _reps(element.get("OP"))[1]
        if high is None:
            return None
        total += high
    return total


@dataclass(frozen=True)
class Condition:
    """A necessary condition on one token: its lowercase form or text in a set, or a regex search."""

    attr: str  # "lower" or "orth"
    words: frozenset[str] = frozenset()
    regex: str | None = None


def _condition(element: dict[str, Any]) -> Condition | None:
    """One cheap necessary condition implied by an element, or None if it has none we can check."""
    if element.get("OP") == "!":
        return None
    for key, value in element.items():
        attr = "lower" if key in LOWER_KEYS else "orth" if key in ORTH_KEYS else None
        if attr is None:
            continue
        if isinstance(value, str):
            return Condition(attr, frozenset({value}))
        if isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op == "IN" and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                return Condition(attr, frozenset(arg))
            if op == "REGEX" and isinstance(arg, str):
                return Condition(attr, regex=arg)
    return None


COMMON_MARKS = frozenset({",", ".", ":", ";", "'", '"', "'s", "’s", "-", "–", "—"})


def _cost(cond: Condition) -> int:
    """How often a condition is expected to hold: function words and common punctuation are
    everywhere, a regex (numbers) is common, a closed word list (months, release verbs) is rare."""
    if cond.regex is not None:
        return 40
    return sum(100 if (w.lower() in FUNCTION_WORDS or w in COMMON_MARKS) else 1 for w in cond.words)


@dataclass(frozen=True)
class Gate:
    """A required element's condition (the anchor) and where the match can lie around it: the
    anchor's first token sits `before_min`..`before_max` tokens after the match start, and the
    match spans at most `length` tokens (None: unbounded, the window reaches the document edge)."""

    condition: Condition
    before_min: int
    before_max: int | None
    length: int | None

    @property
    def bounded(self) -> bool:
        return self.before_max is not None and self.length is not None

    def window(self, anchor: int, n_tokens: int) -> tuple[int, int]:
        start = 0 if self.before_max is None else max(0, anchor - self.before_max)
        end = n_tokens if self.length is None else min(n_tokens, anchor - self.before_min + self.length)
        return start, end


def gate_for(pattern: tuple[dict[str, Any], ...]) -> Gate | None:
    """The rarest-looking required element becomes the anchor; None when no required element has
    a condition we can check per token."""
    length = max_length(pattern)
    best: Gate | None = None
    before_min = 0
    before_max: int | None = 0
    for element in pattern:
        low, high = _reps(element.get("OP"))
        cond = _condition(element) if low >= 1 else None
        if cond is not None and (best is None or _cost(cond) < _cost(best.condition)):
            best = Gate(cond, before_min, before_max, length)
        before_min += low
        before_max = None if (before_max is None or high is None) else before_max + high
    return best


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged (touching ones stay apart: no match can lie in both)."""
    out: list[tuple[int, int]] = []
    for s, end in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((s, end))
    return out


class GateIndex:
    """Patterns grouped by anchor condition (one Matcher per group); conditions are looked up once
    per token, word sets by dict and regexes by search.

    A group's windows are the merged windows of all its patterns: each pattern's matches still lie
    in them, and matches of one key that overlap still share a window."""

    def __init__(self, gates: dict[int, Gate]) -> None:
        self.gates = gates
        self.groups: dict[Condition, list[int]] = {}  # bounded gates: windows around each anchor
        self.whole: set[Condition] = set()  # unbounded gates: the anchor only says "run on the doc"
        for key, gate in gates.items():
            if gate.bounded:
                self.groups.setdefault(gate.condition, []).append(key)
            else:
                self.whole.add(gate.condition)
        self._by_word: dict[tuple[str, str], list[Condition]] = {}
        self._regexes: list[tuple[str, re.Pattern[str], Condition]] = []
        for cond in sorted(set(self.groups) | self.whole, key=repr):
            if cond.regex is not None:
                self._regexes.append((cond.attr, re.compile(cond.regex), cond))
            for word in cond.words:
                self._by_word.setdefault((cond.attr, word), []).append(cond)
        self._cache: dict[tuple[int, int], tuple[Condition, ...]] = {}

    def _conditions(self, orth: str, lower: str) -> tuple[Condition, ...]:
        conds = [*self._by_word.get(("lower", lower), ()), *self._by_word.get(("orth", orth), ())]
        conds += [c for attr, rx, c in self._regexes if rx.search(lower if attr == "lower" else orth)]
        return tuple(conds)

    def anchors(self, doc: Doc) -> dict[Condition, list[int]]:
        """Condition -> token indices where it holds; per word form the answer is cached."""
        from spacy.attrs import LOWER, ORTH

        strings, cache = doc.vocab.strings, self._cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        found: dict[Condition, list[int]] = {}
        for i, (orth, lower) in enumerate(doc.to_array([ORTH, LOWER]).tolist()):
            conds = cache.get((orth, lower))
            if conds is None:
                conds = cache[(orth, lower)] = self._conditions(strings[orth], strings[lower])
            for cond in conds:
                found.setdefault(cond, []).append(i)
        return found

    def windows(self, doc: Doc) -> tuple[bool, list[tuple[Condition, list[tuple[int, int]]]]]:
        """Whether an unbounded pattern's anchor occurs, and per group (in a fixed order) the token
        spans its Matcher must run on."""
        n = len(doc)
        found = self.anchors(doc)
        return any(c in found for c in self.whole), [
            (cond, merge([self.gates[k].window(a, n) for k in keys for a in found[cond]]))
            for cond, keys in self.groups.items()
            if cond in found
        ]

    def any_anchor(self, words: list[str]) -> bool:
        """Whether any anchor occurs among these word forms (checked before a Doc is even built)."""
        return any(self._conditions(w, w.lower()) for w in words)
