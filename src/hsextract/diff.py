"""`hsextract diff`: record-level differences between two runs, or between a run and gold.

Records are paired by identity (RECORD_KEYS), not by list position, so a reordering is no change.
Records left unpaired are then paired by a partial identity (NEAR_KEYS: the same actor, the same
season's premiere, ...), so a corrected date is one `~` line rather than a `-` and a `+`.
Every change says what it is (`RecordDiff.change`): a record added or removed, a paired record
whose key fields (what `hsextract eval` matches on, KEY_FIELDS) differ, one whose other fields
differ, or one whose evidence alone moved; a rule refactor moves spans without changing what
was extracted. Against gold (`diff_gold`), pairing is eval's own matching.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hsextract.errors import UsageError
from hsextract.jsonio import RecordFileError, dumps, load_side
from hsextract.kb import is_kb_file, load_kb
from hsextract.kb.models import KnowledgeBase
from hsextract.models import RECORD_KINDS, ArticleOutput
from hsextract.textnorm import fold

Key = tuple[Any, ...]


@dataclass(frozen=True)
class KeySpec:
    """How one record kind is identified: an exact key, and optionally a looser key tried on the
    records the exact key left unpaired, when `loose_ok` allows the pair."""

    key: Callable[[Any], Key]
    loose: Callable[[Any], Key] | None = None
    loose_ok: Callable[[Any, Any], bool] = lambda a, b: True


def _episode_key(r: Any) -> Key:
    ident = ("no", r.number) if r.number is not None else ("title", fold(r.title))
    return (fold(r.show), r.season, *ident)


# kind -> identity. Records work here by attribute, so output, gold and knowledge-base
# records all share one table; a merge module can add kinds or reuse these keys.
RECORD_KEYS: dict[str, KeySpec] = {
    "cast": KeySpec(lambda r: (fold(r.actor), fold(r.character))),
    "releases": KeySpec(lambda r: (fold(r.show), r.season, r.kind, r.date)),
    # Number when both have one, else title: a numbered and an unnumbered episode pair by title.
    "episodes": KeySpec(
        _episode_key,
        loose=lambda r: (fold(r.show), r.season, fold(r.title)),
        loose_ok=lambda a, b: a.number is None or b.number is None,
    ),
    "events": KeySpec(lambda r: (r.kind, tuple(sorted(r.seasons)), r.date)),
}
# Knowledge-base entries (`hsextract merge`), within one series; dates are values, not identity.
KB_RECORD_KEYS: dict[str, KeySpec] = {
    "kb.cast": KeySpec(lambda r: (fold(r.actor), fold(r.character))),
    "kb.releases": KeySpec(lambda r: (r.season, r.kind, fold(r.part))),
    "kb.episodes": KeySpec(lambda r: (r.season, fold(r.title) if r.number is None else r.number)),
    "kb.events": KeySpec(lambda r: (r.kind, tuple(r.seasons))),
    "kb.conflicts": KeySpec(lambda r: (r.kind, fold(r.subject))),
}
# What `hsextract eval` matches on (evaluate/matching.py); a paired record differing here would
# be a false positive plus a false negative to the scorer.
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "cast": ("actor", "character"),
    "releases": ("show", "season", "date"),
    "episodes": ("show", "season", "title"),
    "events": ("kind", "seasons", "date"),
}
# Partial identities, tried in order on records left unpaired: one record whose key was corrected.
NEAR_KEYS: dict[str, tuple[Callable[[Any], Key | None], ...]] = {
    "cast": (lambda r: (fold(r.actor),), lambda r: (fold(r.character),)),
    "releases": (lambda r: (fold(r.show), r.season, r.kind), lambda r: (fold(r.show), r.season, r.date)),
    "episodes": (
        lambda r: None if r.number is None else (fold(r.show), r.season, r.number),
        lambda r: (fold(r.show), r.season, fold(r.title)),
    ),
    "events": (lambda r: (r.kind, tuple(sorted(r.seasons))), lambda r: (r.kind, r.date)),
}

_SINGULAR = {"cast": "cast", "releases": "release", "episodes": "episode", "events": "event"}
_SINGULAR |= {f"kb.{k}": v for k, v in _SINGULAR.items()} | {"kb.conflicts": "conflict"}
# KB entries compare on their values and `articles`; per-span provenance is left to the KB itself.
_KB_SKIP = {"sources", "claims"}


def record_label(kind: str, r: Any) -> str:
    """A short human name for a record, built from the same fields as its key."""
    if kind.startswith("kb."):
        return f"{r.kind}: {r.subject}" if kind == "kb.conflicts" else str(r.label())
    show = f"{r.show} " if getattr(r, "show", None) else ""
    season = f"S{r.season}" if getattr(r, "season", None) is not None else ""
    if kind == "cast":
        return f"{r.actor} as {r.character}"
    if kind == "releases":
        return f"{show}{season} {r.kind} {r.date or 'undated'}".replace("  ", " ").strip()
    if kind == "episodes":
        num = f"E{r.number}" if r.number is not None else ""
        return f"{show}{season}{num} {r.title!r}".strip()
    seasons = "S" + ",".join(map(str, r.seasons)) if r.seasons else ""
    return " ".join(p for p in (r.kind, show.strip(), seasons, r.date or "") if p)


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return fold(value)
    return tuple(sorted(value)) if isinstance(value, list) else value


def key_differs(kind: str, a: Any, b: Any) -> bool:
    """Whether two paired records differ in what eval matches on (names folded, seasons a set)."""
    names = KEY_FIELDS.get(kind, ())
    return any(_norm(getattr(a, n, None)) != _norm(getattr(b, n, None)) for n in names)


def near_pairs(kind: str, old: Sequence[Any], new: Sequence[Any]) -> list[tuple[int, int]]:
    """Pair leftovers that share a partial identity (NEAR_KEYS), first come first paired."""
    pairs: list[tuple[int, int]] = []
    free_o, free_n = list(range(len(old))), list(range(len(new)))
    for near in NEAR_KEYS.get(kind, ()):
        for o in list(free_o):
            k = near(old[o])
            n = next((n for n in free_n if k is not None and near(new[n]) == k), None)
            if n is not None:
                pairs.append((o, n))
                free_o.remove(o)
                free_n.remove(n)
    return sorted(pairs)


def pair_records(
    kind: str, old: Sequence[Any], new: Sequence[Any]
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """Pair by identity. Returns (old_i, new_i, occurrence) pairs, then unpaired (old_i, occurrence)
    and (new_i, occurrence). Same-key duplicates pair in order; occurrence>1 becomes a '#n' label."""
    spec = RECORD_KEYS.get(kind) or KB_RECORD_KEYS[kind]

    def numbered(recs: Sequence[Any]) -> dict[Key, list[int]]:
        groups: dict[Key, list[int]] = defaultdict(list)
        for i, r in enumerate(recs):
            groups[spec.key(r)].append(i)
        return groups

    og, ng = numbered(old), numbered(new)
    occ = {("o", i): n for g in og.values() for n, i in enumerate(g, 1)}
    occ |= {("n", i): n for g in ng.values() for n, i in enumerate(g, 1)}
    pairs = [(o, n, occ["o", o]) for k in og for o, n in zip(og[k], ng.get(k, []), strict=False)]
    left_o = sorted(set(range(len(old))) - {p[0] for p in pairs})
    left_n = sorted(set(range(len(new))) - {p[1] for p in pairs})
    if spec.loose is not None:
        for o in list(left_o):
            for n in left_n:
                if spec.loose(old[o]) == spec.loose(new[n]) and spec.loose_ok(old[o], new[n]):
                    pairs.append((o, n, occ["o", o]))
                    left_o.remove(o)
                    left_n.remove(n)
                    break
    for a, b in near_pairs(kind, [old[o] for o in left_o], [new[n] for n in left_n]):
        pairs.append((left_o[a], left_n[b], occ["o", left_o[a]]))
    paired_o, paired_n = {p[0] for p in pairs}, {p[1] for p in pairs}
    pairs.sort()
    return (
        pairs,
        [(o, occ["o", o]) for o in left_o if o not in paired_o],
        [(n, occ["n", n]) for n in left_n if n not in paired_n],
    )


# --- report ---------------------------------------------------------------------------------

# What a RecordDiff is: only on one side, or paired with key / other fields / evidence differing.
# Against gold, "removed" is a false positive, "added" a false negative, "key" one of each, and
# "optional" an optional gold entry nothing matched (never counted by eval).
CHANGES = ("added", "removed", "key", "fields", "evidence", "optional")
COUNTED = frozenset({"added", "removed", "key"})  # what eval counts (`--only key`)


@dataclass(frozen=True)
class Change:
    """One field of a paired record (or of the article) that differs: old -> new."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class EvidenceChange:
    old_spans: int
    new_spans: int
    old_rules: tuple[str, ...]
    new_rules: tuple[str, ...]

    def describe(self) -> str:
        text = f"evidence changed: {_n(self.old_spans, 'span')} -> {_n(self.new_spans, 'span')}"
        if self.old_rules != self.new_rules:
            text += f", rule {', '.join(self.old_rules)} -> {', '.join(self.new_rules)}"
        return text


@dataclass(frozen=True)
class RecordDiff:
    kind: str
    label: str
    op: str  # "+", "-" or "~"
    change: str  # one of CHANGES
    values: dict[str, Any] = field(default_factory=dict)  # the whole record for + and -
    changes: tuple[Change, ...] = ()
    evidence: EvidenceChange | None = None


@dataclass
class ArticleDiff:
    article_id: str
    meta: list[Change] = field(default_factory=list)
    records: list[RecordDiff] = field(default_factory=list)
    optional: list[RecordDiff] = field(default_factory=list)  # gold mode: optional entries missed


@dataclass
class DiffReport:
    articles_added: list[str] = field(default_factory=list)
    articles_removed: list[str] = field(default_factory=list)
    articles: list[ArticleDiff] = field(default_factory=list)
    ignore_evidence: bool = False
    notes: list[str] = field(default_factory=list)
    against_gold: bool = False
    compared: int = 0  # against gold: gold articles that have a prediction

    def count(self, op: str, *, evidence_only: bool = False) -> int:
        return sum(
            1
            for a in self.articles
            for r in a.records
            if r.op == op and (op != "~" or (r.change == "evidence") == evidence_only)
        )

    def count_change(self, change: str) -> int:
        return sum(1 for a in self.articles for r in [*a.records, *a.optional] if r.change == change)

    @property
    def false_positives(self) -> int:
        """Against gold: what eval counts as FP (a key change is one FP plus one FN)."""
        return self.count_change("removed") + self.count_change("key")

    @property
    def false_negatives(self) -> int:
        return self.count_change("added") + self.count_change("key")

    @property
    def equal(self) -> bool:
        return not (
            self.articles_added or self.articles_removed or any(a.meta or a.records for a in self.articles)
        )

    def only(self, changes: frozenset[str]) -> DiffReport:
        """The same report keeping only records whose change is in `changes` (`--only key`)."""
        kept = []
        for art in self.articles:
            recs = [r for r in art.records if r.change in changes]
            if recs or art.meta or art.optional:
                kept.append(ArticleDiff(art.article_id, art.meta, recs, art.optional))
        return DiffReport(
            self.articles_added,
            self.articles_removed,
            kept,
            self.ignore_evidence,
            self.notes,
            self.against_gold,
        )


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _values(rec: Any, fields: set[str] | None) -> dict[str, Any]:
    data: dict[str, Any] = rec.model_dump(mode="json", exclude={"evidence"})
    return {k: v for k, v in data.items() if fields is None or k in fields}


def _evidence_change(old: Any, new: Any) -> EvidenceChange | None:
    ev_o, ev_n = getattr(old, "evidence", None), getattr(new, "evidence", None)
    if ev_o is None or ev_n is None or ev_o == ev_n:
        return None
    rules = [tuple(sorted({r for e in ev for r in e.rules})) for ev in (ev_o, ev_n)]
    return EvidenceChange(len(ev_o), len(ev_n), rules[0], rules[1])


def value_changes(vo: Mapping[str, Any], vn: Mapping[str, Any]) -> tuple[Change, ...]:
    return tuple(
        Change(k, vo.get(k), vn.get(k)) for k in sorted(vo.keys() | vn.keys()) if vo.get(k) != vn.get(k)
    )


def classify(
    kind: str, old: Any, new: Any, *, ignore_evidence: bool, fields: set[str] | None = None
) -> tuple[str | None, tuple[Change, ...], EvidenceChange | None]:
    """What differs between two paired records: (change, field changes, evidence change), the
    change None when nothing does. Shared with the review page's diff mode."""
    changes = value_changes(_values(old, fields), _values(new, fields))
    ev = None if ignore_evidence else _evidence_change(old, new)
    if not (changes or ev):
        return None, (), None
    return ("key" if key_differs(kind, old, new) else "fields" if changes else "evidence"), changes, ev


def _diff_records(
    kind: str, old: Sequence[Any], new: Sequence[Any], *, ignore_evidence: bool, fields: set[str] | None
) -> list[RecordDiff]:
    pairs, gone, came = pair_records(kind, old, new)

    def label(rec: Any, occurrence: int) -> str:
        return record_label(kind, rec) + (f" #{occurrence}" if occurrence > 1 else "")

    out = [RecordDiff(kind, label(old[i], n), "-", "removed", _values(old[i], fields)) for i, n in gone]
    out += [RecordDiff(kind, label(new[i], n), "+", "added", _values(new[i], fields)) for i, n in came]
    for o, n, occ in pairs:
        what, changes, ev = classify(kind, old[o], new[n], ignore_evidence=ignore_evidence, fields=fields)
        if what is not None:
            out.append(RecordDiff(kind, label(old[o], occ), "~", what, changes=changes, evidence=ev))
    return out


def diff_outputs(
    old: Mapping[str, ArticleOutput], new: Mapping[str, ArticleOutput], *, ignore_evidence: bool
) -> DiffReport:
    """Compare two runs article by article (keys are article ids)."""
    report = DiffReport(
        sorted(new.keys() - old.keys()), sorted(old.keys() - new.keys()), ignore_evidence=ignore_evidence
    )
    for aid in sorted(old.keys() & new.keys()):
        a, b = old[aid], new[aid]
        meta = [
            Change(name, x, y)
            for name, x, y in (
                ("article.id", a.article.id, b.article.id),
                ("status", a.status, b.status),
                ("article.sha256", a.article.sha256, b.article.sha256),
                ("error", a.error, b.error),
            )
            if x != y
        ]
        art = ArticleDiff(b.article.id, meta)
        for kind in RECORD_KINDS:
            art.records += _diff_records(
                kind, getattr(a, kind), getattr(b, kind), ignore_evidence=ignore_evidence, fields=None
            )
        if art.meta or art.records:
            report.articles.append(art)
    return report


def diff_kbs(old: KnowledgeBase, new: KnowledgeBase) -> DiffReport:
    """Two knowledge bases: series stand where articles stand in a run diff (keyed by folded name)."""
    o, n = {s.key: s for s in old.series}, {s.key: s for s in new.series}
    report = DiffReport(sorted(n.keys() - o.keys()), sorted(o.keys() - n.keys()), ignore_evidence=True)
    report.notes.append("knowledge bases: series compared in place of articles; evidence spans not compared")
    for key in sorted(o.keys() & n.keys()):
        art = ArticleDiff(n[key].name or key)
        for kind in ("cast", "releases", "episodes", "events", "conflicts"):
            entries = getattr(n[key], kind) or getattr(o[key], kind)
            fields = set(type(entries[0]).model_fields) - _KB_SKIP if entries else set()
            art.records += _diff_records(
                f"kb.{kind}",
                getattr(o[key], kind),
                getattr(n[key], kind),
                ignore_evidence=True,
                fields=fields,
            )
        if art.records:
            report.articles.append(art)
    return report


# --- CLI ------------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", type=Path, help="output folder or one output file")
    parser.add_argument("new", type=Path, nargs="?", help="output folder or file to compare with OLD")
    parser.add_argument("--against", type=Path, metavar="GOLD_DIR", help="compare OLD with gold instead")
    parser.add_argument("--json", action="store_true", help="machine-readable JSON (sorted keys)")
    parser.add_argument("--ignore-evidence", action="store_true", help="hide evidence-only changes")
    parser.add_argument(
        "--only",
        choices=["key"],
        help="key: only records added, removed or with key fields changed (what eval counts)",
    )
    parser.add_argument("--strict", action="store_true", help="with --against: eval's --strict name matching")
    parser.add_argument(
        "--show-optional",
        action="store_true",
        help="with --against: list optional gold entries not predicted",
    )
    parser.add_argument(
        "--unseal", action="store_true", help="with --against: also compare articles of sealed gold splits"
    )


def _build(args: argparse.Namespace) -> DiffReport:
    from hsextract.diff_gold import diff_against_gold, load_open_gold

    kb_pair = args.new is not None and (is_kb_file(args.old) or is_kb_file(args.new))
    if kb_pair:  # two `hsextract merge` knowledge bases
        return diff_kbs(load_kb(args.old), load_kb(args.new))
    old = load_side(args.old)
    if args.against is not None:
        if not args.against.is_dir():
            raise UsageError(f"{args.against}: not a folder of gold files")
        gold, sealed = load_open_gold(args.against, unseal=args.unseal)
        return diff_against_gold(old, gold, strict=args.strict, sealed=sealed)
    if args.old.is_dir() != args.new.is_dir() and args.new.exists():
        raise UsageError("OLD and NEW must both be folders or both be files")
    new = load_side(args.new)
    if not args.old.is_dir() and old.keys() != new.keys():
        # Two single files: compare them whatever their ids; the id change is shown in meta.
        new = {next(iter(old)): next(iter(new.values()))} if old and new else new
    return diff_outputs(old, new, ignore_evidence=args.ignore_evidence)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when equal, 1 when different, 2 on usage error or bad input."""
    from hsextract.diff_format import format_text, report_to_dict

    if (args.new is None) == (args.against is None):
        raise UsageError("give either NEW or --against GOLD_DIR (exactly one)")
    if args.against is None and (args.strict or args.show_optional or args.unseal):
        raise UsageError("--strict, --show-optional and --unseal need --against GOLD_DIR")
    try:
        report = _build(args)
    except RecordFileError as exc:
        sys.stderr.write(f"hsextract diff: error: {exc}\n")
        return 2
    if report.against_gold and not report.compared:
        # As eval: a comparison over no predicted article is no comparison, not "no differences".
        sys.stderr.write(f"hsextract diff: no article compared: no prediction in {args.old} has gold")
        sys.stderr.write(f" in {args.against}{'' if args.unseal else ' outside sealed splits'}\n")
        return 1
    if args.only == "key":
        report = report.only(COUNTED)
    if args.json:
        sys.stdout.write(dumps(report_to_dict(report, show_optional=args.show_optional)))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        sys.stdout.write(format_text(report, color, show_optional=args.show_optional))
    return 0 if report.equal else 1
