"""`hsextract review --pred NEW --against OLD`: the review page's diff mode.

Two runs of the same articles side by side: per article, one row per record pair, the old run's
record on the left and the new run's on the right, each with its evidence. Rows come from the
same pairing and classification as `hsextract diff` (`diff.pair_records`, `diff.classify`), so
the page and the command always tell the same story: added, removed, key change, field change,
evidence-only change, or unchanged. The article text shows both runs' spans, coloured by the
row's change; the old run's spans are placed only when both runs read the same text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hsextract.diff import classify, diff_outputs, pair_records, record_label
from hsextract.diff_format import summary
from hsextract.models import RECORD_KINDS, ArticleOutput
from hsextract.review import _spans, find_text, render_page

# Rows within a kind: changes first (what eval would count, then the rest), unchanged last.
_ORDER = {"removed": 0, "added": 1, "key": 2, "fields": 3, "evidence": 4, "same": 5}


def _cell(kind: str, rec: Any, text: str | None) -> dict[str, Any]:
    """One run's record: its label, its non-empty values as (name, JSON text) pairs, its spans."""
    data = rec.model_dump(mode="json", exclude={"evidence"})
    fields = [[k, json.dumps(v, ensure_ascii=False)] for k, v in data.items() if v not in (None, [], False)]
    return {"label": record_label(kind, rec), "fields": fields, "spans": _spans(rec, text)}


def _rows(
    kind: str, old: list[Any], new: list[Any], texts: tuple[str | None, str | None]
) -> list[dict[str, Any]]:
    pairs, gone, came = pair_records(kind, old, new)
    rows: list[dict[str, Any]] = []
    for o, n, _ in pairs:
        what, changes, ev = classify(kind, old[o], new[n], ignore_evidence=False)
        rows.append(
            {
                "kind": kind,
                "change": what or "same",
                "changed": [c.field for c in changes],
                "evidence_note": ev.describe() if ev else None,
                "old": _cell(kind, old[o], texts[0]),
                "new": _cell(kind, new[n], texts[1]),
                "order": n,
            }
        )
    rows += [
        {"kind": kind, "change": "removed", "changed": [], "old": _cell(kind, old[i], texts[0]), "new": None}
        | {"evidence_note": None, "order": i}
        for i, _ in gone
    ]
    rows += [
        {"kind": kind, "change": "added", "changed": [], "old": None, "new": _cell(kind, new[i], texts[1])}
        | {"evidence_note": None, "order": i}
        for i, _ in came
    ]
    rows.sort(key=lambda r: (_ORDER[r["change"]], r["order"]))
    for r in rows:
        del r["order"]
    return rows


def _article(
    aid: str, old: ArticleOutput | None, new: ArticleOutput | None, corpus: Path | None, outputs: Path | None
) -> dict[str, Any]:
    shown = new or old
    text, text_note = find_text(aid, shown, corpus, outputs if new is not None else None)
    notes: list[str] = []
    same_text = old is not None and new is not None and old.article.sha256 == new.article.sha256
    if old is not None and new is not None and not same_text:
        notes.append("The article text changed between the runs: only the new run's spans are marked in it.")
    if old is None:
        notes.append("Only in the new run.")
    if new is None:
        notes.append("Only in the old run.")
    texts = (text if (same_text or new is None) else None, text if new is not None else None)
    rows = [
        row
        for kind in RECORD_KINDS
        for row in _rows(
            kind, list(getattr(old, kind)) if old else [], list(getattr(new, kind)) if new else [], texts
        )
    ]
    counts = {c: sum(r["change"] == c for r in rows) for c in _ORDER}
    return {
        "id": aid,
        "title": shown.article.title if shown else None,
        "source": shown.article.source if shown else None,
        "status": {"old": old.status if old else "missing", "new": new.status if new else "missing"},
        "text": text,
        "text_note": text_note,
        "notes": notes,
        "rows": rows,
        "counts": counts,
        "changed": any(c != "same" for c in (r["change"] for r in rows)) or old is None or new is None,
    }


def diff_page_data(
    new: Mapping[str, ArticleOutput],
    old: Mapping[str, ArticleOutput],
    corpus: Path | None,
    names: tuple[str, str] = ("old", "new"),
    outputs: Path | None = None,
) -> dict[str, Any]:
    """Everything the diff page shows, as plain JSON data, articles sorted by id."""
    ids = sorted(new.keys() | old.keys())
    return {
        "mode": "diff",
        "names": {"old": names[0], "new": names[1]},
        "articles": [_article(a, old.get(a), new.get(a), corpus, outputs) for a in ids],
        "summary": {"line": summary(diff_outputs(old, new, ignore_evidence=False))},
    }


def build_diff_page(
    new: Mapping[str, ArticleOutput],
    old: Mapping[str, ArticleOutput],
    corpus: Path | None = None,
    names: tuple[str, str] = ("old", "new"),
    outputs: Path | None = None,
) -> str:
    """The diff page; `outputs` is the new run's folder (where HTML articles' texts are)."""
    n = len(new.keys() | old.keys())
    title = f"hsextract review diff — {names[0]} → {names[1]}, {n} article{'s' * (n != 1)}"
    return render_page(diff_page_data(new, old, corpus, names, outputs), title)
