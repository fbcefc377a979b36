"""`hsextract review`: one self-contained HTML page for reading outputs against their articles.

The page is made for a person checking an extraction run: each article's text with every
evidence span highlighted, the records beside it, and (with --gold) each record marked TP/FP and
the misses listed. All data is embedded once as JSON and rendered by inline JS one article at a
time, so a corpus of hundreds of articles stays one small DOM. No network, no external assets;
the same inputs give the same bytes. With `--against OLD` the page is a diff of two runs side by side
(`review_diff`); with `--gold`, sealed gold splits stay sealed unless `--unseal` (`diff_gold`).
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hsextract.diff import record_label
from hsextract.diff_gold import load_open_gold
from hsextract.errors import UsageError
from hsextract.evaluate.matching import comparator, match
from hsextract.evaluate.metrics import Counts
from hsextract.evaluate.score import score_article
from hsextract.ingest import corpus_file, text_file_name
from hsextract.jsonio import RecordFileError, load_side, write_or_say
from hsextract.models import RECORD_KINDS, ArticleOutput, GoldFile

_ASSETS = ("review.html", "review.css", "review.js")
_SLOT = re.compile(r"\{\{(TITLE|CSS|JS|DATA)\}\}")
# Characters that could end the <script> element or confuse an HTML parser inside JSON.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def find_text(
    aid: str, pred: ArticleOutput | None, corpus: Path | None, outputs: Path | None = None
) -> tuple[str | None, str | None]:
    """The article text from the output's recorded source, else `corpus/[split/]<id>.txt`; (None, why) if
    neither can be read, so the page can still show the records. An article extracted from a web page
    has its text beside the output (`outputs/<id>.text.txt`): its source is the HTML."""
    tried = []
    if pred is not None and pred.article.origin == "html":
        candidates = [outputs / text_file_name(aid)] if outputs is not None else []
    else:
        candidates = [Path(pred.article.source)] if pred is not None else []
        candidates += [corpus_file(corpus, f"{aid}.txt")] if corpus is not None else []
    for path in candidates:
        tried.append(str(path))
        try:
            return path.read_text(encoding="utf-8", errors="replace"), None
        except OSError:
            continue
    looked = f" (looked for {', '.join(tried)})" if tried else " (no source recorded; give --corpus)"
    return None, "Article text not found" + looked + "; records are shown without it."


def _fields(rec: Any) -> str:
    """The record's values (minus evidence and gold bookkeeping) as one compact line."""
    data = rec.model_dump(mode="json", exclude={"evidence", "note", "optional"})
    return ", ".join(
        f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in data.items() if v not in (None, [], False)
    )


def _spans(rec: Any, text: str | None) -> list[dict[str, Any]]:
    """Evidence spans, each checked against the article text (`ok` False = visibly flagged)."""
    out = []
    for ev in rec.evidence:
        inside = text is not None and ev.end <= len(text)
        found = text[ev.start : ev.end] if text is not None and inside else None
        out.append(
            {
                "start": ev.start,
                "end": ev.end,
                "text": ev.text,
                "rule": ", ".join(ev.rules),
                "inside": inside,
                "found": found,
                "ok": text is None or found == ev.text,
            }
        )
    return out


def _gold_marks(gold: GoldFile, pred: ArticleOutput | None) -> tuple[dict[str, list[str]], list[Any]]:
    """Per kind, 'tp'/'fp'/'opt' for each prediction; and the required gold records missed.
    Pairs come from the scorer's own matcher, so the page agrees with `hsextract eval`."""
    marks: dict[str, list[str]] = {}
    missed: list[Any] = []
    for kind in RECORD_KINDS:
        golds = getattr(gold, kind)
        preds = getattr(pred, kind) if pred is not None else []
        compare = comparator(kind, file_show=gold.show, strict=False)
        pairs = {pi: gi for gi, pi in match(golds, preds, compare, [not g.optional for g in golds])}
        marks[kind] = [
            "fp" if pi not in pairs else "opt" if golds[pairs[pi]].optional else "tp"
            for pi in range(len(preds))
        ]
        hit = set(pairs.values())
        missed += [(kind, g) for gi, g in enumerate(golds) if not g.optional and gi not in hit]
    return marks, missed


def _article(
    aid: str, pred: ArticleOutput | None, gold: GoldFile | None, corpus: Path | None, outputs: Path | None
) -> dict[str, Any]:
    text, text_note = find_text(aid, pred, corpus, outputs)
    marks, missed = _gold_marks(gold, pred) if gold is not None else ({}, [])
    records: list[dict[str, Any]] = [
        {
            "kind": kind,
            "label": record_label(kind, r),
            "fields": _fields(r),
            "spans": _spans(r, text),
            "mark": marks[kind][i] if gold is not None else None,
        }
        for kind in RECORD_KINDS
        for i, r in enumerate(getattr(pred, kind) if pred else [])
    ]
    notes = [] if pred is not None else ["No output file for this article."]
    if pred is not None:
        notes += [f"warning: {w}" for w in pred.article.warnings]
        if text is not None and len(text) != pred.article.chars:
            notes.append(
                f"Article text has {len(text)} characters; the output was made from {pred.article.chars}."
            )
    bad = sum(not s["ok"] for r in records for s in r["spans"])
    notes += [f"{bad} evidence span(s) do not match the article text (outlined in red)."] if bad else []
    counts = {k: sum(r["kind"] == k for r in records) for k in RECORD_KINDS}
    fp = sum(r["mark"] == "fp" for r in records)
    return {
        "id": aid,
        "title": pred.article.title if pred else None,
        "source": pred.article.source if pred else None,
        "status": pred.status if pred else "missing",
        "error": pred.error if pred else None,
        "text": text,
        "text_note": text_note,
        "notes": notes,
        "records": records,
        "counts": counts,
        "gold": {"fp": fp, "fn": len(missed)} if gold is not None else None,
        "missed": [
            {"kind": k, "label": record_label(k, g), "fields": _fields(g), "note": g.note} for k, g in missed
        ],
    }


def _summary(pred: Mapping[str, ArticleOutput], gold: Mapping[str, GoldFile]) -> dict[str, Any]:
    """Micro P/R/F1 per type over the gold articles, from the scorer (lenient mode)."""
    totals = {k: Counts() for k in RECORD_KINDS}
    for aid in sorted(gold):
        score = score_article(gold[aid], pred.get(aid), strict=False)
        totals = {k: totals[k] + score.counts[k] for k in RECORD_KINDS}
    totals["all"] = sum(totals.values(), Counts())
    rows = [
        {
            "type": k,
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
            "p": f"{c.precision:.3f}",
            "r": f"{c.recall:.3f}",
            "f1": f"{c.f1:.3f}",
        }
        for k, c in totals.items()
    ]
    unscored = len(pred.keys() - gold.keys())
    caption = f"Scored on {len(gold)} gold article(s), lenient matching (as `hsextract eval`)"
    caption += f"; {unscored} article(s) without gold are not scored." if unscored else "."
    return {"rows": rows, "caption": caption}


def page_data(
    pred: Mapping[str, ArticleOutput],
    gold: Mapping[str, GoldFile] | None,
    corpus: Path | None,
    outputs: Path | None = None,
) -> dict[str, Any]:
    """Everything the page shows, as plain JSON data, articles sorted by id; `outputs` is the folder
    the outputs came from (where HTML articles' extracted texts are)."""
    ids = sorted(pred.keys() | (gold.keys() if gold else set()))
    articles = [_article(a, pred.get(a), gold.get(a) if gold else None, corpus, outputs) for a in ids]
    return {"articles": articles, "summary": _summary(pred, gold) if gold is not None else None}


def _asset(name: str) -> str:
    return (importlib.resources.files("hsextract") / "review_assets" / name).read_text(encoding="utf-8")


def embed_json(data: Any) -> str:
    """JSON that is inert inside <script type="application/json">: no '<', '>' or '&' survive."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def render_page(data: Mapping[str, Any], title: str = "hsextract review") -> str:
    """Fill the template in one pass (so data that looks like a slot is never re-expanded)."""
    html_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    template, css, js = (_asset(n) for n in _ASSETS)
    js = _asset("review_diff.js") + "\n" + js  # diff mode (`--against`) is one more renderer
    slots = {"TITLE": html_title, "CSS": css, "JS": js, "DATA": embed_json(data)}
    return _SLOT.sub(lambda m: slots[m.group(1)], template)


def build_page(
    pred: Mapping[str, ArticleOutput],
    gold: Mapping[str, GoldFile] | None = None,
    corpus: Path | None = None,
    outputs: Path | None = None,
) -> str:
    n = len(pred.keys() | (gold.keys() if gold else set()))
    title = f"hsextract review — {n} article{'s' * (n != 1)}"
    return render_page(page_data(pred, gold, corpus, outputs), title)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pred", type=Path, required=True, help="output folder (or one output file)")
    parser.add_argument("--gold", type=Path, help="gold folder: mark TP/FP, list misses, score")
    parser.add_argument("--corpus", type=Path, help="folder of <id>.txt (when a recorded source is missing)")
    parser.add_argument("--out", type=Path, required=True, help="HTML file to write")
    parser.add_argument(
        "--unseal", action="store_true", help="with --gold: also mark articles of sealed gold splits"
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="OLD",
        help="diff mode: an older run (folder or file) shown side by side with --pred",
    )


def page(
    args: argparse.Namespace,
    pred: Mapping[str, ArticleOutput],
    gold: Mapping[str, GoldFile] | None,
    old: Mapping[str, ArticleOutput] | None,
    outputs: Path | None,
) -> str:
    """The review page, or with `--against OLD` its diff mode (two runs side by side)."""
    if old is None:
        return build_page(pred, gold, args.corpus, outputs)
    from hsextract.review_diff import build_diff_page

    return build_diff_page(pred, old, args.corpus, (str(args.against), str(args.pred)), outputs)


def run(args: argparse.Namespace) -> int:
    if args.against is not None and args.gold is not None:
        raise UsageError("--against (diff mode) and --gold cannot be combined")
    if args.gold is not None and not args.gold.is_dir():
        raise UsageError(f"{args.gold}: not a folder of gold files")
    if args.corpus is not None and not args.corpus.is_dir():
        raise UsageError(f"{args.corpus}: not a folder")
    try:
        pred = load_side(args.pred)
        # Sealed gold splits stay sealed here too: the page lists every miss (`diff_gold`).
        gold = load_open_gold(args.gold, unseal=args.unseal)[0] if args.gold is not None else None
        old = load_side(args.against) if args.against is not None else None
    except RecordFileError as exc:
        sys.stderr.write(f"hsextract review: error: {exc}\n")
        return 2
    outputs = args.pred if args.pred.is_dir() else args.pred.parent  # HTML articles' texts are there
    if problem := write_or_say(args.out, page(args, pred, gold, old, outputs)):
        sys.stderr.write(f"hsextract review: error: {problem}\n")
        return 1
    extra = f", {len(gold)} gold" if gold is not None else f", {len(old)} old" if old is not None else ""
    print(f"wrote {args.out} ({len(pred)} outputs{extra})")
    return 0
