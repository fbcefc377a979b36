"""What a rule id means, checked when a rule file loads.

Code reads a rule's meaning from its id: the prefix says what kind of cue it is ("event." a dated
event, "status." how sure a statement is), and for some kinds the suffix is a value the code uses
("event.renewal" is an event of kind "renewal", "status.expected" a status). So a misspelled prefix
would match and then do nothing, and an event suffix outside the contract's EventKind would turn
every matching article into an error. This table names, per rule file kind, every prefix and (where
code reads it) every suffix, and the slots a pattern may capture; `check_rules` rejects the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol, get_args

from hsextract.models import EventKind, ReleaseStatus

VERSIONS = frozenset({"1"})
EVENTS = frozenset(get_args(EventKind))
STATUSES = frozenset(get_args(ReleaseStatus))
TENSES = frozenset({"future", "past"})

# Per file kind: id prefix -> the suffixes code gives a meaning to, or None when any name will do
# (the prefix alone is read, the suffix only documents the phrasing).
PREFIXES: Mapping[str, Mapping[str, frozenset[str] | None]] = {
    "cast": {"cast": None},
    "releases": {
        "date": None,  # a calendar date or period
        "release": None,  # a release cue ("release.finale" marks a finale, "release.generic" a bare verb)
        "event": EVENTS,  # the suffix is the event's kind
        "status": STATUSES,  # the suffix is the statement's status
        "tense": TENSES,  # the suffix is the statement's tense
        "subject": frozenset({"title_verb", "genre_title"}),
        "skip": None,  # a release word doing another job
        "hedge": None,  # a heading that makes its section speculative
        "neg": frozenset({"not", "skip", "cancel"}),
        "clause": None,  # a clause boundary
        "said": None,  # "said on <date>": the date is the statement's
        "anaphora": frozenset({"event", "announcement"}),
        "label": None,  # a part/premiere/episode/finale label ("label.part" is a part)
        "count": frozenset({"episodes", "exclude"}),
        "season": None,  # a season number, slot "n"
        "episodes": frozenset({"intro", "complete", "partial", "titled", "line", "numbered"}),
    },
}
# Per file kind: the slot names code reads from a match.
SLOTS: Mapping[str, frozenset[str]] = {
    "cast": frozenset({"actor", "character", "desc", "prev_actor", "left", "right", "gap"}),
    "releases": frozenset({"count", "runtime", "n", "code", "sxe", "opener"}),
}


class Rule(Protocol):
    """What the check reads of an engine.Rule (named here so this module need not import the engine)."""

    @property
    def id(self) -> str: ...

    @property
    def slots(self) -> tuple[tuple[str | None, ...], ...]: ...


class RuleError(ValueError):
    """A rule file the code cannot read: bad structure, or a kind, version, id or slot it does not know."""


def check_rules(kind: str, version: str, rules: Iterable[Rule], source: str) -> None:
    """Raise RuleError naming the file and rule for the first unknown kind, version, id or slot."""
    if kind not in PREFIXES:
        raise RuleError(f"{source}: unknown rule file kind {kind!r} (known: {', '.join(sorted(PREFIXES))})")
    if version not in VERSIONS:
        supported = ", ".join(sorted(VERSIONS))
        raise RuleError(f"{source}: unsupported version {version!r} (supported: {supported})")
    prefixes, slots = PREFIXES[kind], SLOTS[kind]
    for rule in rules:
        where = f"{source}: rule {rule.id!r}"
        prefix, dot, suffix = rule.id.partition(".")
        if not dot or not suffix:
            raise RuleError(f"{where}: an id is '<kind>.<name>'")
        if prefix not in prefixes:
            raise RuleError(f"{where}: unknown prefix {prefix!r} (known: {', '.join(sorted(prefixes))})")
        allowed = prefixes[prefix]
        if allowed is not None and suffix not in allowed:
            raise RuleError(
                f"{where}: unknown {prefix} name {suffix!r} (known: {', '.join(sorted(allowed))})"
            )
        used = {s for pattern in rule.slots for s in pattern if s is not None}
        if unknown := used - slots:
            known = ", ".join(sorted(slots))
            raise RuleError(f"{where}: unknown slot(s) {sorted(unknown)} in a {kind} file (known: {known})")
