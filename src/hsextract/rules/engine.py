"""Load pattern rules kept as data, validate them strictly, and run them with slot alignments.

A rule file is JSON: `{"version", "kind", "macros": {NAME: element}, "rules": [{"id", "description",
"examples", "patterns"}]}`. A pattern is a list of spaCy token-pattern elements or macro names;
an element may carry `"slot"` (actor, character, desc, ...), which is stripped before the pattern
reaches the Matcher and recovered from the match alignments. Unknown keys anywhere are errors,
so a typo in a rule fails at load time rather than silently matching nothing; rule ids, slots,
the file's kind and version are checked against what the code reads (ruleids.py).
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple

from hsextract.rules.gate import FLAG_KEYS
from hsextract.rules.ruleids import RuleError, check_rules
from hsextract.rules.unitattrs import EXTENSIONS, native_element

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from hsextract.rules.gate import Gate

FILE_KEYS = frozenset({"version", "kind", "macros", "rules"})
RULE_KEYS = frozenset({"id", "description", "examples", "patterns"})
TOKEN_KEYS = FLAG_KEYS | frozenset(  # the keys spaCy's Matcher reads
    {
        "ORTH",
        "TEXT",
        "NORM",
        "LOWER",
        "LENGTH",
        "IS_SENT_START",
        "SPACY",
        "POS",
        "TAG",
        "MORPH",
        "DEP",
        "LEMMA",
        "SHAPE",
        "ENT_TYPE",
        "ENT_IOB",
        "ENT_ID",
        "ENT_KB_ID",
        "_",
        "OP",
    }
)
EXTRA_KEYS = frozenset({"slot"})


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    examples: tuple[str, ...]
    patterns: tuple[tuple[dict[str, Any], ...], ...]  # spaCy-ready elements, slots stripped
    slots: tuple[tuple[str | None, ...], ...]  # per pattern, per element


@dataclass(frozen=True)
class RuleSet:
    kind: str
    version: str
    rules: tuple[Rule, ...]


class Match(NamedTuple):
    rule: str
    start: int  # unit index, inclusive
    end: int  # unit index, exclusive
    slots: tuple[tuple[str, int], ...]  # (slot name, unit index) in order


def register_extensions() -> None:
    from spacy.tokens import Token

    for name, default in EXTENSIONS.items():
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)


def _element(raw: object, macros: dict[str, Any], where: str) -> dict[str, Any]:
    if isinstance(raw, str):
        if raw not in macros:
            raise RuleError(f"{where}: unknown macro {raw!r}")
        raw = macros[raw]
    if not isinstance(raw, dict):
        raise RuleError(f"{where}: a pattern element must be an object or a macro name")
    unknown = set(raw) - TOKEN_KEYS - EXTRA_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {sorted(unknown)}")
    return dict(raw)


def parse_rules(data: Any, source: str) -> tuple[str, str, list[Rule]]:
    if not isinstance(data, dict):
        raise RuleError(f"{source}: top level must be an object")
    unknown = set(data) - FILE_KEYS
    if unknown:
        raise RuleError(f"{source}: unknown top-level key(s) {sorted(unknown)}")
    macros = data.get("macros", {})
    for name, macro in macros.items():
        _element(macro, {}, f"{source}: macro {name}")
    rules: list[Rule] = []
    seen: set[str] = set()
    for r_idx, raw in enumerate(data.get("rules", [])):
        where = f"{source}: rules[{r_idx}]"
        if not isinstance(raw, dict):
            raise RuleError(f"{where}: must be an object")
        unknown = set(raw) - RULE_KEYS
        if unknown:
            raise RuleError(f"{where}: unknown key(s) {sorted(unknown)}")
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not rule_id or rule_id in seen:
            raise RuleError(f"{where}: 'id' must be a unique non-empty string")
        seen.add(rule_id)
        patterns, slots = [], []
        for p_idx, pattern in enumerate(raw.get("patterns") or []):
            elements = [_element(e, macros, f"{where} ({rule_id}) pattern {p_idx}") for e in pattern]
            slots.append(tuple(e.pop("slot", None) for e in elements))
            patterns.append(tuple(elements))
        if not patterns:
            raise RuleError(f"{where} ({rule_id}): no patterns")
        rules.append(
            Rule(
                rule_id,
                str(raw.get("description", "")),
                tuple(raw.get("examples", ())),
                tuple(patterns),
                tuple(slots),
            )
        )
    return str(data.get("kind", "")), str(data.get("version", "")), rules


def read_ruleset(raw: bytes, source: str) -> RuleSet:
    """A rule file's bytes, parsed and checked: structure, then kind, version, rule ids and slots
    (ruleids.py); any problem is a RuleError naming `source` and the rule."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise RuleError(f"{source}: not JSON: {exc}") from exc
    kind, version, rules = parse_rules(data, source)
    check_rules(kind, version, rules, source)
    return RuleSet(kind, version, tuple(rules))


def load_ruleset(filename: str) -> RuleSet:
    """A packaged rule file (src/hsextract/rules/<filename>), checked (see `read_ruleset`)."""
    return read_ruleset(resources.files("hsextract.rules").joinpath(filename).read_bytes(), filename)


def rule_words(ruleset: RuleSet) -> frozenset[str]:
    """Every literal word a rule set matches on (LOWER values): role words, never name parts."""
    words: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str) and value.isalpha():
            words.add(value.lower())
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)
        elif isinstance(value, list | tuple):
            for v in value:
                collect(v)

    for rule in ruleset.rules:
        for pattern in rule.patterns:
            for element in pattern:
                collect(element.get("LOWER"))
    return frozenset(words)


def reads_attribute(ruleset: RuleSet, key: str) -> bool:
    """Whether some pattern element tests `key` ("POS", "TAG", ...)."""
    return any(key in element for rule in ruleset.rules for p in rule.patterns for element in p)


class CompiledRules:
    """The patterns of a rule set compiled for spaCy's Matcher; match ids map back to (rule, pattern).

    Fixed word runs, and bounded patterns whose elements are word sets, regexes, NOT_IN lists and
    lexeme flags, are matched from the per-token condition index (literal.py; an ambiguous match
    goes to the pattern's own Matcher). Other bounded patterns with a checkable anchor (see `gate`)
    share a Matcher per anchor condition and run only on the windows around the anchor's tokens
    (the cast rules' ones, which read unit codes). Unbounded ones get a Matcher each, run over the whole
    document only when every word they require occurs; patterns with nothing to check share one
    Matcher that always runs. With `gated=False` every pattern is in that shared Matcher (the
    reference the gated run must equal).
    """

    def __init__(
        self, vocab: Vocab, ruleset: RuleSet, gated: bool = True, native_units: bool = False
    ) -> None:
        """`native_units`: the documents are unit docs, whose extension values are also packed into
        one native attribute (see unitattrs.py); `_` conditions then read that instead."""
        from spacy.matcher import Matcher

        from hsextract.rules.gate import GateIndex, gate_for, required_conditions
        from hsextract.rules.literal import AnchoredPattern, LiteralPattern, anchored_pattern, literal_pattern

        register_extensions()
        self.ruleset = ruleset
        self._matcher = Matcher(vocab, validate=True)  # whole-document patterns
        self._always = False  # a whole-document pattern without an anchor: run it on every doc
        self._keys: dict[int, tuple[Rule, int]] = {}
        self._patterns: dict[int, tuple[dict[str, Any], ...]] = {}  # as compiled
        literals: dict[int, LiteralPattern] = {}  # matched without a Matcher (see literal.py)
        anchored: dict[int, tuple[AnchoredPattern, Gate]] = {}  # likewise, with a Matcher fallback
        unbounded: list[tuple[int, tuple[Any, ...], Any]] = []  # (key, required conditions, Matcher)
        gates = {}
        for rule in ruleset.rules:
            for p_idx, written in enumerate(rule.patterns):
                pattern = tuple(native_element(e) for e in written) if native_units else written
                name = f"{rule.id}#{p_idx}"
                key = vocab.strings.add(name)
                self._keys[key] = (rule, p_idx)
                self._patterns[key] = pattern
                literal = literal_pattern(pattern) if gated else None
                if literal is not None:  # never reaches a Matcher: spaCy's pattern check all the same
                    Matcher(vocab, validate=True).add(name, [list(pattern)])
                    literals[key] = literal
                    continue
                gate = gate_for(pattern) if gated else None
                grown = anchored_pattern(pattern) if gate is not None and gate.bounded else None
                if grown is not None and gate is not None:  # its Matcher only when a match is ambiguous
                    Matcher(vocab, validate=True).add(name, [list(pattern)])
                    anchored[key] = (grown, gate)
                    continue
                if gate is None:
                    self._matcher.add(name, [list(pattern)], greedy="LONGEST")
                    self._always = True
                elif gate.bounded:
                    gates[key] = gate
                else:  # its own Matcher over the whole doc, run only when all its words occur
                    own = Matcher(vocab, validate=True)
                    own.add(name, [list(pattern)], greedy="LONGEST")
                    unbounded.append((key, required_conditions(pattern), own))
        also = tuple(c for lit in literals.values() for c in lit.conditions)
        also += tuple(
            c
            for grown, gate in anchored.values()
            for c in (gate.condition, grown.anchor_condition, *grown.conditions)
        )
        also += tuple(c for _, required, _ in unbounded for c in required)
        self._gates = GateIndex(gates, also)
        self._unbounded = [
            (key, tuple(self._gates.ids[c] for c in required), own) for key, required, own in unbounded
        ]
        # each entry ends with the condition ids a match needs somewhere in the document: a pattern
        # missing one is skipped before its per-token work (most are, in any one document)
        ids = self._gates.ids
        self._literal = [  # (key, condition ids, anchor element, alignments, needed ids)
            (
                key,
                lit.numbered(ids),
                lit.anchor,
                list(range(len(lit.conditions))),
                frozenset(lit.numbered(ids)),
            )
            for key, lit in literals.items()
        ]
        self._anchored = [  # (key, numbered elements, anchor, its condition id, gate, its cond. id, needed)
            (
                key,
                grown.numbered(ids),
                grown.anchor,
                ids[grown.anchor_condition],
                gate,
                ids[gate.condition],
                _needed(grown.numbered(ids)),
            )
            for key, (grown, gate) in anchored.items()
        ]
        self._fallback: dict[int, Any] = {}  # key -> its own Matcher, built when first needed
        self._group: dict[int, Any] = {}  # anchor condition id -> Matcher of its patterns
        for cond, keys in self._gates.groups.items():
            self._group[cond] = Matcher(vocab, validate=True)
            for key in keys:
                self._group[cond].add(vocab.strings[key], [list(self._patterns[key])], greedy="LONGEST")

    def _raw(self, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
        from spacy.matcher import Matcher

        from hsextract.rules.gate import merge
        from hsextract.rules.literal import match_anchored, match_literal

        n = len(doc)
        if self._gates.uses_tags and n and not doc.has_annotation("TAG"):
            raise ValueError("a rule reads TAG but the document has no tags: the model needs a tagger")
        found = self._gates.anchors(doc)
        sets: dict[Any, Any] = {}  # per-document token sets (see literal.py)
        out: list[Any] = []
        present = found.keys()  # a pattern needs its anchor's condition and the others it names
        for key, conditions, anchor, alignment, needed in self._literal:
            if present >= needed:
                out += [(key, s, e, alignment) for s, e in match_literal(conditions, anchor, found, sets, n)]
        for key, elements, anchor, anchor_condition, gate, cond, needed in self._anchored:
            if not present >= needed:
                continue
            grown = match_anchored(elements, anchor, anchor_condition, found, sets, n)
            if grown is not None:
                out += [(key, s, e, alignment) for s, e, alignment in grown]
                continue
            matcher: Any = self._fallback.get(key)
            if matcher is None:
                matcher = self._fallback[key] = Matcher(doc.vocab, validate=True)
                matcher.add(doc.vocab.strings[key], [list(self._patterns[key])], greedy="LONGEST")
            for a, b in merge([gate.window(i, n) for i in found.get(cond, ())]):
                out += [(k, a + s, a + e, al) for k, s, e, al in matcher(doc[a:b], with_alignments=True)]
        groups = self._gates.windows(found, n)
        if self._always:
            out += self._matcher(doc, with_alignments=True)
        for _key, required, own in self._unbounded:
            if _in_order(required, found):
                out += own(doc, with_alignments=True)
        for cond, spans in groups:
            matcher = self._group[cond]
            for a, b in spans:
                window = matcher(doc[a:b], with_alignments=True)
                out += [(k, a + s, a + e, al) for k, s, e, al in window]
        return out

    def may_match(self, words: list[str]) -> bool:
        """False when no pattern can match a Doc of these words: no window anchor, no fixed run's
        anchor, and for no unbounded pattern every word it requires."""
        present = self._gates.present(words)
        if self._always or present is None:
            return True
        return (
            any(c in present for c in self._gates.groups)
            or any(conds[anchor] in present for _, conds, anchor, _, _ in self._literal)
            or any(anchor_condition in present for _, _, _, anchor_condition, _, _, _ in self._anchored)
            or any(all(c in present for c in required) for _, required, _ in self._unbounded)
        )

    def __call__(self, doc: Doc) -> list[Match]:
        out: list[tuple[int, Match]] = []
        for match_id, start, end, alignments in self._raw(doc):
            rule, p_idx = self._keys[match_id]
            slot_names = rule.slots[p_idx]
            slots = tuple(
                (name, start + k) for k, a in enumerate(alignments) if (name := slot_names[a]) is not None
            )
            out.append((p_idx, Match(rule.id, start, end, slots)))
        out.sort(key=lambda pm: (pm[1].start, -(pm[1].end - pm[1].start), pm[1].rule, pm[0], pm[1].slots))
        return [m for _, m in out]


def _needed(elements: Any) -> frozenset[int]:
    """The condition ids of an anchored pattern's positive tests in elements it cannot skip: where
    one holds nowhere in a document, the pattern matches nothing there."""
    return frozenset(c for tests, low, _ in elements if low >= 1 for c, want in tests if want)


def _in_order(required: tuple[int, ...], found: dict[int, list[int]]) -> bool:
    """Whether tokens meeting a pattern's required conditions (in pattern order) occur one after
    another: a match takes a later token for each later element, so without such a run it has none
    (most sentences with "plays" and two commas have the commas after it)."""
    pos = -1
    for c in required:
        at = found.get(c, ())
        k = bisect.bisect_right(at, pos)
        if k == len(at):
            return False
        pos = at[k]
    return True
