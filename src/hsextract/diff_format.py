"""Rendering a DiffReport: terminal text (one line per record, tagged with what changed) and the
same content as plain JSON data for `--json`."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from hsextract.diff import _SINGULAR, DiffReport, RecordDiff, _n

_COLORS = {"+": "32", "-": "31", "~": "33", "e": "2", "h": "1"}
# The tag after a record line; a plain run diff leaves + and - untagged (the sign says it).
_TAGS = {"key": "[key]", "fields": "[fields]"}
_GOLD_TAGS = {"removed": "[false positive]", "added": "[false negative]", "key": "[key: 1 FP + 1 FN]"}
_GOLD_TAGS |= {"fields": "[matched; fields differ]", "optional": "[optional]"}
# Within an article: what eval counts first, then field changes, then evidence-only moves.
_ORDER = {"key": 0, "removed": 1, "added": 2, "fields": 3, "evidence": 4, "optional": 5}


def _show(value: Any) -> str:
    return "null" if value is None else repr(value) if isinstance(value, str) else str(value)


def _record_lines(r: RecordDiff, gold: bool, paint: Any) -> list[str]:
    # Knowledge-base entries have no eval key: their changes stay untagged.
    tag = "" if r.kind.startswith("kb.") else (_GOLD_TAGS if gold else _TAGS).get(r.change, "")
    head = f"  {r.op} {_SINGULAR[r.kind]:<8} {r.label}" + (f"  {tag}" if tag else "")
    if r.change == "evidence" and r.evidence:
        return [paint("e", f"{head}  ({r.evidence.describe()})")]
    lines = [paint(r.op, head)]
    lines += [paint(r.op, f"      {c.field}: {_show(c.old)} -> {_show(c.new)}") for c in r.changes]
    if r.evidence:
        lines.append(paint("e", f"      {r.evidence.describe()}"))
    return lines


def format_text(report: DiffReport, color: bool, *, show_optional: bool = False) -> str:
    """Terminal text: a header per article, +/-/~ lines tagged with their kind of change, what
    eval counts first and evidence-only changes last, then a summary line."""

    def paint(code: str, text: str) -> str:
        return f"\033[{_COLORS[code]}m{text}\033[0m" if color else text

    gold = report.against_gold
    lines = [*(paint("e", f"note: {n}") for n in report.notes)]
    if gold and not report.equal:
        lines.append(paint("e", "note: predictions -> gold: '-' predicted only, '+' gold only, '~' paired"))
    lines += [
        paint(
            "+",
            f"+ article {a}" + ("  (no prediction: its gold entries are false negatives)" if gold else ""),
        )
        for a in report.articles_added
    ]
    lines += [paint("-", f"- article {a}") for a in report.articles_removed]
    for art in report.articles:
        shown = [*art.records, *(art.optional if show_optional else [])]
        if not (shown or art.meta):
            continue
        lines.append(paint("h", f"== {art.article_id}"))
        lines += [paint("~", f"  ~ {c.field}: {_show(c.old)} -> {_show(c.new)}") for c in art.meta]
        for r in sorted(shown, key=lambda r: _ORDER[r.change]):
            lines += _record_lines(r, gold, paint)
    lines.append(summary(report, show_optional=show_optional))
    return "\n".join(lines) + "\n"


def _gold_summary(report: DiffReport, show_optional: bool) -> str:
    differ = sum(1 for a in report.articles if a.records)
    text = (
        f"{_n(differ, 'article')} differ from gold: {_n(report.false_positives, 'false positive')}, "
        f"{_n(report.false_negatives, 'false negative')} (as eval counts: -{report.count_change('removed')} "
        f"+{report.count_change('added')} ~{report.count_change('key')} key)"
    )
    fields = report.count_change("fields")
    text += f"; {fields} matched with other fields differing" if fields else ""
    optional = report.count_change("optional")
    if optional:
        hint = "" if show_optional else "; --show-optional lists them"
        entries = "entry" if optional == 1 else "entries"
        text += f"; {optional} optional gold {entries} not predicted (not counted{hint})"
    return text


def summary(report: DiffReport, *, show_optional: bool = False) -> str:
    """The last line: '3 articles changed: +4 -1 ~2 records (1 key, 1 evidence-only); 1 article added';
    against gold, the false positives and negatives as `hsextract eval` counts them."""
    if report.against_gold:
        return _gold_summary(report, show_optional)
    if report.equal:
        return "no differences"
    changed = sum(1 for a in report.articles if a.records or a.meta)
    text = (
        f"{_n(changed, 'article')} changed: +{report.count('+')} -{report.count('-')} "
        f"~{report.count('~')} records"
    )
    extra_counts = [f"{n} {w}" for n, w in ((report.count_change("key"), "key"),) if n]
    ev = report.count("~", evidence_only=True)
    extra_counts += [f"{ev} evidence-only"] if ev else []
    text += f" ({', '.join(extra_counts)})" if extra_counts else ""
    extra = [
        f"{_n(len(x), 'article')} {w}"
        for x, w in ((report.articles_added, "added"), (report.articles_removed, "removed"))
        if x
    ]
    return text + ("; " + ", ".join(extra) if extra else "")


def report_to_dict(report: DiffReport, *, show_optional: bool = False) -> dict[str, Any]:
    """Plain data for `--json`: the report's own fields plus counts and the summary line."""
    data: dict[str, Any] = json.loads(json.dumps(asdict(report)))  # tuples -> lists: plain JSON types
    for art in data["articles"]:
        for rec in art["records"]:
            rec["evidence_only"] = rec["change"] == "evidence"
        if not show_optional:
            art["optional"] = len(art["optional"])
    counts = {"added": "+", "removed": "-", "changed": "~"}
    data["counts"] = {name: report.count(op) for name, op in counts.items()}
    data["counts"]["evidence_only"] = report.count("~", evidence_only=True)
    data["counts"] |= {f"change_{c}": report.count_change(c) for c in ("key", "fields", "optional")}
    if report.against_gold:
        data["counts"] |= {
            "false_positives": report.false_positives,
            "false_negatives": report.false_negatives,
        }
    return data | {"equal": report.equal, "summary": summary(report, show_optional=show_optional)}
