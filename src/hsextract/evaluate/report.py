"""Rendering an EvalReport: a fixed-width text report and a JSON-ready dict with the same content."""

from __future__ import annotations

import re
from typing import Any

from hsextract.evaluate.metrics import Counts, Tally, total
from hsextract.evaluate.score import ArticleScore, EvalReport, Miss, micro
from hsextract.models import RECORD_KINDS

_WS = re.compile(r"\s+")
_EVIDENCE_WIDTH = 100


def _tally_dict(t: Tally) -> dict[str, Any]:
    return {"correct": t.correct, "total": t.total, "accuracy": t.accuracy}


def _miss_dict(m: Miss) -> dict[str, Any]:
    return {"article": m.article, "type": m.record_type, "key": m.key, "evidence": m.evidence, "note": m.note}


def _counts_dict(counts: dict[str, Counts], overall: Counts) -> dict[str, Any]:
    out: dict[str, Any] = {kind: counts[kind].as_dict() for kind in RECORD_KINDS}
    out["all"] = overall.as_dict()
    return out


def _split_dict(report: EvalReport, name: str, articles: list[ArticleScore]) -> dict[str, Any]:
    counts = micro(articles)
    return {
        "articles": len(articles),
        "sealed": name in report.sealed,
        "micro": _counts_dict(counts, total(counts.values())),
    }


def report_to_dict(report: EvalReport) -> dict[str, Any]:
    """Everything `format_report` shows, as plain JSON types (dump with sort_keys for stable output).
    Articles of a sealed split appear only in their split's totals, as in the text report."""
    return {
        "mode": "strict" if report.strict else "lenient",
        "articles_scored": len(report.articles),
        "micro": _counts_dict(report.micro, report.overall),
        "splits": {name: _split_dict(report, name, arts) for name, arts in report.splits.items()},
        "articles": {
            a.article_id: {
                "counts": _counts_dict(a.counts, a.overall),
                "fields": {k: {n: _tally_dict(t) for n, t in f.items()} for k, f in a.fields.items()},
                "missing_prediction": a.missing_prediction,
                "status": a.status,
                "ignored_optional_matches": a.ignored,
                "split": a.split,
            }
            for a in report.open_articles
        },
        "fields": {k: {n: _tally_dict(t) for n, t in f.items()} for k, f in report.fields.items()},
        "false_positives": [_miss_dict(m) for m in report.false_positives],
        "false_negatives": [_miss_dict(m) for m in report.false_negatives],
        "missing_predictions": list(report.missing_predictions),
        "no_gold": list(report.no_gold),
    }


def _prf_row(label: str, c: Counts, width: int) -> str:
    return f"{label:<{width}} {c.tp:>5} {c.fp:>5} {c.fn:>5} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"


def _one_line(text: str) -> str:
    flat = _WS.sub(" ", text).strip()
    return flat if len(flat) <= _EVIDENCE_WIDTH else flat[: _EVIDENCE_WIDTH - 3] + "..."


def _miss_lines(title: str, misses: list[Miss]) -> list[str]:
    lines = [f"{title} ({len(misses)})"]
    for m in misses:
        extra = ""
        if m.evidence:
            extra = f'  | "{_one_line(m.evidence)}"'
        elif m.note:
            extra = f"  | note: {_one_line(m.note)}"
        lines.append(f"  {m.article}  {m.record_type:<8}  {m.key}{extra}")
    return lines


def _table(title: str, counts: dict[str, Counts]) -> list[str]:
    lines = [title, f"{'type':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [_prf_row(kind, counts[kind], 10) for kind in RECORD_KINDS]
    return [*lines, _prf_row("micro", total(counts.values()), 10)]


def _split_tables(report: EvalReport) -> list[str]:
    """One table per split (dev, test, ...) after the overall one, so a held-out score is never
    blended into the development score without also being shown on its own."""
    lines: list[str] = []
    for name, articles in report.splits.items():
        sealed = ", sealed: totals only" if name in report.sealed else ""
        lines += ["", *_table(f"split {name} ({len(articles)} article(s){sealed})", micro(articles))]
    return lines


def format_report(report: EvalReport) -> str:
    """Readable fixed-width report: micro tables (all, then per split), per-article table, field
    accuracy, FP/FN lists; a sealed split's articles show only in its table."""
    mode = "strict" if report.strict else "lenient"
    lines = [
        f"hsextract eval ({mode} name matching): {len(report.articles)} article(s) scored, "
        f"{len(report.missing_predictions)} missing prediction(s), {len(report.no_gold)} without gold",
        "",
    ]
    lines += _table("all" if report.splits else "", report.micro)[0 if report.splits else 1 :]
    lines += _split_tables(report)

    shown = report.open_articles
    id_width = max([len("article"), *(len(a.article_id) for a in shown)])
    lines += ["", "per article (tp/fp/fn)"]
    hidden = len(report.articles) - len(shown)
    if hidden:
        lines.append(f"({hidden} article(s) of sealed split(s) not shown; --unseal shows them)")
    header = f"{'article':<{id_width}} " + " ".join(f"{k:>10}" for k in RECORD_KINDS)
    lines.append(header + f" {'P':>6} {'R':>6} {'F1':>6}  note")
    for a in shown:
        cells = " ".join(f"{c.tp}/{c.fp}/{c.fn}".rjust(10) for c in (a.counts[k] for k in RECORD_KINDS))
        o = a.overall
        note = "missing prediction" if a.missing_prediction else ("" if a.status == "ok" else str(a.status))
        row = f"{a.article_id:<{id_width}} {cells} {o.precision:>6.3f} {o.recall:>6.3f} {o.f1:>6.3f}  {note}"
        lines.append(row.rstrip())

    lines += ["", "field accuracy (true-positive pairs; a field counts when gold or prediction has a value)"]
    for kind, tallies in report.fields.items():
        for name, t in tallies.items():
            acc = "-" if t.accuracy is None else f"{100 * t.accuracy:.1f}%"
            lines.append(f"  {kind + '.' + name + ':':<34} {t.correct:>4}/{t.total:<4} {acc:>7}")

    lines += ["", *_miss_lines("false positives", report.false_positives)]
    lines += ["", *_miss_lines("false negatives", report.false_negatives)]
    if report.missing_predictions or report.no_gold:
        lines.append("")
    lines += [f"missing prediction: {a}" for a in report.missing_predictions]
    lines += [f"no gold for {a}" for a in report.no_gold]
    return "\n".join(lines) + "\n"
