"""Rendering an EvalReport: a fixed-width text report and a JSON-ready dict with the same content."""

from __future__ import annotations

import re
from typing import Any

from hsextract.evaluate.metrics import Counts, Tally
from hsextract.evaluate.score import EvalReport, Miss
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


def report_to_dict(report: EvalReport) -> dict[str, Any]:
    """Everything `format_report` shows, as plain JSON types (dump with sort_keys for stable output)."""
    return {
        "mode": "strict" if report.strict else "lenient",
        "articles_scored": len(report.articles),
        "micro": _counts_dict(report.micro, report.overall),
        "articles": {
            a.article_id: {
                "counts": _counts_dict(a.counts, a.overall),
                "fields": {k: {n: _tally_dict(t) for n, t in f.items()} for k, f in a.fields.items()},
                "missing_prediction": a.missing_prediction,
                "status": a.status,
                "ignored_optional_matches": a.ignored,
            }
            for a in report.articles
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


def format_report(report: EvalReport) -> str:
    """Readable fixed-width report: micro table, per-article table, field accuracy, FP/FN lists."""
    mode = "strict" if report.strict else "lenient"
    lines = [
        f"hsextract eval ({mode} name matching): {len(report.articles)} article(s) scored, "
        f"{len(report.missing_predictions)} missing prediction(s), {len(report.no_gold)} without gold",
        "",
        f"{'type':<10} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    micro = report.micro
    lines += [_prf_row(kind, micro[kind], 10) for kind in RECORD_KINDS]
    lines.append(_prf_row("micro", report.overall, 10))

    id_width = max([len("article"), *(len(a.article_id) for a in report.articles)])
    lines += ["", "per article (tp/fp/fn)"]
    header = f"{'article':<{id_width}} " + " ".join(f"{k:>10}" for k in RECORD_KINDS)
    lines.append(header + f" {'P':>6} {'R':>6} {'F1':>6}  note")
    for a in report.articles:
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
