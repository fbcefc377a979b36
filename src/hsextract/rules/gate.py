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

ATTRS = {"LOWER": "lower", "ORTH": "orth", "TEXT": "orth", "TAG": "tag"}  # pattern key -> Condition.attr
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


# Boolean token attributes that depend on the word form alone (spaCy reads them from the lexeme).
FLAG_KEYS = frozenset(
    {
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_UPPER",
        "IS_TITLE",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_STOP",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
    }
)
TRUE = "true"  # a flag's value when set ("" when not)
COMMON_FLAGS = frozenset({"IS_ALPHA", "IS_ASCII"})  # set for most tokens: conditions test them unset


@dataclass(frozen=True)
class Condition:
    """A condition on one token: its lowercase form or text in a set, or a regex search; or a
    lexeme flag's value (attr a FLAG_KEYS name, words {TRUE} for set, {""} for unset)."""

    attr: str  # "lower", "orth", "tag" or a flag
    words: frozenset[str] = frozenset()
    regex: str | None = None


def _condition(element: dict[str, Any]) -> Condition | None:
    """One cheap necessary condition implied by an element, or None if it has none we can check."""
    if element.get("OP") == "!":
        return None
    for key, value in element.items():
        attr = ATTRS.get(key)
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


def cost(cond: Condition) -> int:
    """How often a condition is expected to hold: function words and common punctuation are
    everywhere, a regex (numbers) is common, a part-of-speech tag is commoner still, a closed word
    list (months, release verbs) is rare. Only speed depends on the choice, never the matches."""
    if cond.attr in FLAG_KEYS:
        return 1000
    if cond.attr == "tag":
        return 300 * max(1, len(cond.words))
    if cond.regex is not None:
        return 150
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
        if cond is not None and (best is None or cost(cond) < cost(best.condition)):
            best = Gate(cond, before_min, before_max, length)
        before_min += low
        before_max = None if (before_max is None or high is None) else before_max + high
    return best


def required_conditions(pattern: tuple[dict[str, Any], ...]) -> tuple[Condition, ...]:
    """A checkable condition of every element a match cannot skip: all must occur in a document
    for the pattern to match there."""
    out = []
    for element in pattern:
        cond = _condition(element) if _reps(element.get("OP"))[0] >= 1 else None
        if cond is not None:
            out.append(cond)
    return tuple(out)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged (touching ones stay apart: no match can lie in both)."""
    out: list[tuple[int, int]] = []
    for s, end in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((s, end))
    return out


def _regex_unions(regexes: list[tuple[str, re.Pattern[str], int]]) -> dict[str, re.Pattern[str]]:
    """Per attribute, one pattern that finds a match where any of its regexes does: a word none of
    them matches costs one search. A regex that cannot sit in an alternation (a back-reference, a
    global flag) gets a union that always matches, so its attribute is checked one regex at a time."""
    out: dict[str, re.Pattern[str]] = {}
    for attr in sorted({a for a, _, _ in regexes}):
        sources = [rx.pattern for a, rx, _ in regexes if a == attr]
        try:
            if any(re.search(r"\\[1-9]|\(\?P=|^\(\?[aiLmsux]+\)", src) for src in sources):
                raise re.error("not safe in an alternation")
            out[attr] = re.compile("|".join(f"(?:{src})" for src in sources))
        except re.error:
            out[attr] = re.compile("")
    return out


class GateIndex:
    """Conditions looked up once per token (word sets by dict, regexes by search, the answer cached
    per word form), and the anchor groups built on them: bounded patterns are grouped by anchor
    condition (one Matcher per group). A group's windows are the merged windows of all its
    patterns: each pattern's matches still lie in them, and matches of one key that overlap still
    share a window.

    Conditions are numbered (`ids`) so the per-token work hashes small ints, not dataclasses."""

    def __init__(self, gates: dict[int, Gate], also: tuple[Condition, ...] = ()) -> None:
        """`gates`: bounded ones only; `also`: more conditions to look up per token (the elements of
        literal patterns, the words unbounded patterns require)."""
        if any(not g.bounded for g in gates.values()):
            raise ValueError("GateIndex groups bounded gates only")
        self.gates = gates
        groups: dict[Condition, list[int]] = {}
        for key, gate in gates.items():
            groups.setdefault(gate.condition, []).append(key)
        every = sorted(set(groups) | set(also), key=repr)
        self.ids = {cond: i for i, cond in enumerate(every)}
        self.groups = {self.ids[c]: keys for c, keys in groups.items()}  # windows per anchor
        self.uses_tags = any(c.attr == "tag" for c in every)
        self.flags = sorted({c.attr for c in every if c.attr in FLAG_KEYS})  # read from the lexeme
        self._by_word: dict[tuple[str, str], list[int]] = {}
        self._regexes: list[tuple[str, re.Pattern[str], int]] = []
        for cond, i in self.ids.items():
            if cond.regex is not None:
                self._regexes.append((cond.attr, re.compile(cond.regex), i))
            for word in cond.words:
                self._by_word.setdefault((cond.attr, word), []).append(i)
        self._any_regex = _regex_unions(self._regexes)
        self._cache: dict[tuple[int, ...], tuple[int, ...]] = {}  # (word form, tag) -> condition ids
        self._orth_ids: dict[int, tuple[int, ...]] = {}  # word form -> ids of its word conditions
        self._tag_ids: dict[int, tuple[int, ...]] = {}  # tag -> ids of its tag conditions
        self._word_cache: dict[str, tuple[int, ...]] = {}  # for `present`: word form -> condition ids

    def _conditions(self, values: dict[str, str]) -> tuple[int, ...]:
        """Ids of the conditions that hold for a token with these attribute values."""
        ids = [i for attr, value in values.items() for i in self._by_word.get((attr, value), ())]
        # one search per attribute rules out most words (an article's new words are mostly names,
        # and every regex is asked about each of them once)
        hit = {attr for attr, rx in self._any_regex.items() if attr in values and rx.search(values[attr])}
        ids += [i for attr, rx, i in self._regexes if attr in hit and rx.search(values[attr])]
        return tuple(sorted(set(ids)))

    def _token_conditions(self, vocab: Any, orth: int, tag: int) -> tuple[int, ...]:
        """`_conditions` of a word form with a tag: the word's part is shared by all its tags (a new
        word is met with several), the tag's by all words (conditions hold attribute by attribute)."""
        word = self._orth_ids.get(orth)
        if word is None:
            lexeme = vocab[orth]
            values = {"orth": lexeme.orth_, "lower": lexeme.lower_}
            values.update({f: TRUE if getattr(lexeme, f.lower()) else "" for f in self.flags})
            word = self._orth_ids[orth] = self._conditions(values)
        tagged = self._tag_ids.get(tag)
        if tagged is None:
            tagged = self._tag_ids[tag] = self._conditions({"tag": vocab.strings[tag]})
        return tuple(sorted(set(word) | set(tagged))) if tagged else word

    def anchors(self, doc: Doc) -> dict[int, list[int]]:
        """Condition id -> token indices where it holds."""
        from spacy.attrs import ORTH, TAG

        vocab, cache = doc.vocab, self._cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
            self._orth_ids.clear()
        keys: list[Any]  # the word form (its lowercase form and flags follow from it), and the tag
        keys = (
            list(zip(*doc.to_array([ORTH, TAG]).T.tolist(), strict=True))
            if self.uses_tags
            else doc.to_array(ORTH).tolist()
        )
        found: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            ids = cache.get(key)
            if ids is None:
                orth, tag = key if self.uses_tags else (key, 0)
                ids = cache[key] = self._token_conditions(vocab, orth, tag)
            for c in ids:
                at = found.get(c)
                if at is None:
                    found[c] = [i]
                else:
                    at.append(i)
        return found

    def windows(self, found: dict[int, list[int]], n: int) -> list[tuple[int, list[tuple[int, int]]]]:
        """Given `anchors` of a document of `n` tokens: per group (in a fixed order) the token spans
        its Matcher must run on."""
        return [
            (cond, merge([self.gates[k].window(a, n) for k in keys for a in found[cond]]))
            for cond, keys in self.groups.items()
            if cond in found
        ]

    def present(self, words: list[str]) -> set[int] | None:
        """Ids of the conditions that hold for some of these word forms (checked before a Doc is
        built); None when a tag or flag condition exists, since tags are not known yet (and flags
        would need the lexemes)."""
        if self.uses_tags or self.flags:
            return None
        cache = self._word_cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        out: set[int] = set()
        for w in words:
            ids = cache.get(w)
            if ids is None:
                ids = cache[w] = self._conditions({"orth": w, "lower": w.lower()})
            out.update(ids)
        return out
