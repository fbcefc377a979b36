"""`hsextract diff`: record-level differences between two runs, or between a run and gold.

Records are paired by identity (RECORD_KEYS), not by list position, so a reordering is no change
and a corrected date is one `~` line rather than a `-` and a `+`. Evidence-only changes are kept
apart from value changes because a rule refactor moves spans without changing what was extracted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from hsextract.cli import UsageError
from hsextract.jsonio import RecordFileError, dumps, gold_files, load_gold, load_output, output_files
from hsextract.kb import is_kb_file, load_kb
from hsextract.kb.models import KnowledgeBase
from hsextract.models import (
    RECORD_KINDS,
    ArticleOutput,
    CastFields,
    EpisodeFields,
    EventFields,
    GoldFile,
    ReleaseFields,
)
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


# kind -> identity. Records work here by attribute, so output, gold and (later) knowledge-base
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
    pairs.sort()
    return pairs, [(o, occ["o", o]) for o in left_o], [(n, occ["n", n]) for n in left_n]


# --- report ---------------------------------------------------------------------------------


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
    values: dict[str, Any] = field(default_factory=dict)  # the whole record for + and -
    changes: tuple[Change, ...] = ()
    evidence: EvidenceChange | None = None


@dataclass
class ArticleDiff:
    article_id: str
    meta: list[Change] = field(default_factory=list)
    records: list[RecordDiff] = field(default_factory=list)


@dataclass
class DiffReport:
    articles_added: list[str] = field(default_factory=list)
    articles_removed: list[str] = field(default_factory=list)
    articles: list[ArticleDiff] = field(default_factory=list)
    ignore_evidence: bool = False
    notes: list[str] = field(default_factory=list)

    def count(self, op: str, *, evidence_only: bool = False) -> int:
        return sum(
            1
            for a in self.articles
            for r in a.records
            if r.op == op and (op != "~" or (not r.changes) == evidence_only)
        )

    @property
    def equal(self) -> bool:
        return not (self.articles_added or self.articles_removed or self.articles)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _values(rec: Any, fields: set[str] | None) -> dict[str, Any]:
    data: dict[str, Any] = rec.model_dump(mode="json", exclude={"evidence"})
    return {k: v for k, v in data.items() if fields is None or k in fields}


def _evidence_change(old: Any, new: Any) -> EvidenceChange | None:
    ev_o, ev_n = getattr(old, "evidence", None), getattr(new, "evidence", None)
    if ev_o is None or ev_n is None or ev_o == ev_n:
        return None
    rules = [tuple(sorted({e.rule for e in ev})) for ev in (ev_o, ev_n)]
    return EvidenceChange(len(ev_o), len(ev_n), rules[0], rules[1])


def _diff_records(
    kind: str, old: Sequence[Any], new: Sequence[Any], *, ignore_evidence: bool, fields: set[str] | None
) -> list[RecordDiff]:
    pairs, gone, came = pair_records(kind, old, new)

    def label(rec: Any, occurrence: int) -> str:
        return record_label(kind, rec) + (f" #{occurrence}" if occurrence > 1 else "")

    out = [RecordDiff(kind, label(old[i], n), "-", _values(old[i], fields)) for i, n in gone]
    out += [RecordDiff(kind, label(new[i], n), "+", _values(new[i], fields)) for i, n in came]
    for o, n, occ in pairs:
        vo, vn = _values(old[o], fields), _values(new[n], fields)
        changes = tuple(
            Change(k, vo.get(k), vn.get(k)) for k in sorted(vo.keys() | vn.keys()) if vo.get(k) != vn.get(k)
        )
        ev = None if ignore_evidence else _evidence_change(old[o], new[n])
        if changes or ev:
            out.append(RecordDiff(kind, label(old[o], occ), "~", changes=changes, evidence=ev))
    return out


def _compare(
    old: Any, new: Any, *, ignore_evidence: bool, fields: Mapping[str, set[str]] | None, meta: list[Change]
) -> ArticleDiff:
    art = ArticleDiff(new.article_id if isinstance(new, GoldFile) else new.article.id, meta)
    for kind in RECORD_KINDS:
        art.records += _diff_records(
            kind,
            getattr(old, kind),
            getattr(new, kind),
            ignore_evidence=ignore_evidence,
            fields=None if fields is None else fields[kind],
        )
    return art


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
        art = _compare(a, b, ignore_evidence=ignore_evidence, fields=None, meta=meta)
        if art.meta or art.records:
            report.articles.append(art)
    return report


def _default_show(doc: Any, show: str | None) -> Any:
    """A record without a show stands for the gold file's show (the scorer's rule), on both sides."""
    if show is None:
        return doc
    update = {
        kind: [r.model_copy(update={"show": show}) if r.show is None else r for r in getattr(doc, kind)]
        for kind in RECORD_KINDS
    }
    return doc.model_copy(update=update)


def diff_against_gold(pred: Mapping[str, ArticleOutput], gold: Mapping[str, GoldFile]) -> DiffReport:
    """Gold is the new side; only gold-labelled articles count and only contract fields compare
    (gold has no evidence, aliases are named differently, `optional`/`note` are gold-only)."""
    base: tuple[type[BaseModel], ...] = (CastFields, ReleaseFields, EpisodeFields, EventFields)
    fields = {k: set(m.model_fields) for k, m in zip(RECORD_KINDS, base, strict=True)}
    report = DiffReport(sorted(gold.keys() - pred.keys()), [], ignore_evidence=True)
    unlabelled = len(pred.keys() - gold.keys())
    if unlabelled:
        report.notes.append(f"{_n(unlabelled, 'predicted article')} without gold not compared")
    for aid in sorted(pred.keys() & gold.keys()):
        sides = [_default_show(pred[aid], gold[aid].show), _default_show(gold[aid], gold[aid].show)]
        art = _compare(*sides, ignore_evidence=True, fields=fields, meta=[])
        if art.records:
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


# --- loading --------------------------------------------------------------------------------


def _load_many(
    path: Path, load: Callable[[Path], Any], ident: Callable[[Any], str], *, gold: bool = False
) -> dict[str, Any]:
    if not path.exists():
        raise UsageError(f"{path}: no such file or directory")
    if path.is_dir():
        files = [p for p, _ in gold_files(path).values()] if gold else output_files(path)
    else:
        files = [path]
    seen: dict[str, Any] = {}
    where: dict[str, Path] = {}
    for f in files:
        doc = load(f)
        aid = ident(doc)
        if aid in seen:
            raise RecordFileError(f"{f}: article id {aid!r} already read from {where[aid]}")
        seen[aid], where[aid] = doc, f
    return seen


def load_side(path: Path) -> dict[str, ArticleOutput]:
    """A folder of `<id>.json` outputs (manifest ignored) or one output file, keyed by article id."""
    return _load_many(path, load_output, lambda d: d.article.id)


def load_gold_side(path: Path) -> dict[str, GoldFile]:
    """A gold folder (split subfolders included, as `eval` reads it) or one gold file."""
    return _load_many(path, load_gold, lambda d: d.article_id, gold=True)


# --- output ---------------------------------------------------------------------------------

_COLORS = {"+": "32", "-": "31", "~": "33", "e": "2", "h": "1"}


def _show(value: Any) -> str:
    return "null" if value is None else repr(value) if isinstance(value, str) else str(value)


def format_text(report: DiffReport, color: bool) -> str:
    """Terminal text: a header per article, +/-/~ lines, evidence-only changes last, a summary."""

    def paint(code: str, text: str) -> str:
        return f"\033[{_COLORS[code]}m{text}\033[0m" if color else text

    lines = [*(paint("e", f"note: {n}") for n in report.notes)]
    lines += [paint("+", f"+ article {a}") for a in report.articles_added]
    lines += [paint("-", f"- article {a}") for a in report.articles_removed]
    for art in report.articles:
        lines.append(paint("h", f"== {art.article_id}"))
        lines += [paint("~", f"  ~ {c.field}: {_show(c.old)} -> {_show(c.new)}") for c in art.meta]
        for r in sorted(art.records, key=lambda r: not r.changes and r.op == "~"):
            head = f"  {r.op} {_SINGULAR[r.kind]:<8} {r.label}"
            if r.op == "~" and not r.changes and r.evidence:
                lines.append(paint("e", f"{head}  ({r.evidence.describe()})"))
                continue
            lines.append(paint(r.op, head))
            lines += [paint(r.op, f"      {c.field}: {_show(c.old)} -> {_show(c.new)}") for c in r.changes]
            if r.evidence:
                lines.append(paint("e", f"      {r.evidence.describe()}"))
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def summary(report: DiffReport) -> str:
    """The last line: '3 articles changed: +4 -1 ~2 records (1 evidence-only); 1 article added'."""
    if report.equal:
        return "no differences"
    text = (
        f"{_n(len(report.articles), 'article')} changed: +{report.count('+')} -{report.count('-')} "
        f"~{report.count('~')} records"
    )
    ev = report.count("~", evidence_only=True)
    text += f" ({ev} evidence-only)" if ev else ""
    extra = [
        f"{_n(len(x), 'article')} {w}"
        for x, w in ((report.articles_added, "added"), (report.articles_removed, "removed"))
        if x
    ]
    return text + ("; " + ", ".join(extra) if extra else "")


def report_to_dict(report: DiffReport) -> dict[str, Any]:
    """Plain data for `--json`: the report's own fields plus counts and the summary line."""
    data: dict[str, Any] = json.loads(json.dumps(asdict(report)))  # tuples -> lists: plain JSON types
    for art in data["articles"]:
        for rec in art["records"]:
            rec["evidence_only"] = rec["op"] == "~" and not rec["changes"]
    counts = {"added": "+", "removed": "-", "changed": "~"}
    data["counts"] = {name: report.count(op) for name, op in counts.items()}
    data["counts"]["evidence_only"] = report.count("~", evidence_only=True)
    return data | {"equal": report.equal, "summary": summary(report)}


# --- CLI ------------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", type=Path, help="output folder or one output file")
    parser.add_argument("new", type=Path, nargs="?", help="output folder or file to compare with OLD")
    parser.add_argument("--against", type=Path, metavar="GOLD_DIR", help="compare OLD with gold instead")
    parser.add_argument("--json", action="store_true", help="machine-readable JSON (sorted keys)")
    parser.add_argument("--ignore-evidence", action="store_true", help="hide evidence-only changes")


def run(args: argparse.Namespace) -> int:
    """Exit 0 when equal, 1 when different, 2 on usage error or bad input."""
    if (args.new is None) == (args.against is None):
        raise UsageError("give either NEW or --against GOLD_DIR (exactly one)")
    try:
        kb_pair = args.new is not None and (is_kb_file(args.old) or is_kb_file(args.new))
        old = {} if kb_pair else load_side(args.old)
        if kb_pair:  # two `hsextract merge` knowledge bases
            report = diff_kbs(load_kb(args.old), load_kb(args.new))
        elif args.against is not None:
            if not args.against.is_dir():
                raise UsageError(f"{args.against}: not a folder of gold files")
            report = diff_against_gold(old, load_gold_side(args.against))
        else:
            if args.old.is_dir() != args.new.is_dir() and args.new.exists():
                raise UsageError("OLD and NEW must both be folders or both be files")
            new = load_side(args.new)
            if not args.old.is_dir() and old.keys() != new.keys():
                # Two single files: compare them whatever their ids; the id change is shown in meta.
                new = {next(iter(old)): next(iter(new.values()))} if old and new else new
            report = diff_outputs(old, new, ignore_evidence=args.ignore_evidence)
    except RecordFileError as exc:
        sys.stderr.write(f"hsextract diff: error: {exc}\n")
        return 2
    if args.json:
        sys.stdout.write(dumps(report_to_dict(report)))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        sys.stdout.write(format_text(report, color))
    return 0 if report.equal else 1
