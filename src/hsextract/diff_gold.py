"""`hsextract diff OUT --against gold/`: a run's records against gold, counted the way eval counts.

Pairing is the scorer's own (`evaluate.matching.align`), so the diff cannot disagree with
`hsextract eval` on the same folders: an unmatched prediction is `-` (a false positive), an
unmatched required gold entry `+` (a false negative), and where an FP and an FN share a partial
identity (the same actor, the same season's premiere: `diff.NEAR_KEYS`) they are shown as one
`~` key change, still one FP plus one FN. A matched pair whose other fields differ is a `fields`
change, which eval does not count. Optional gold entries nothing matched are never "missing":
they are counted apart (`--show-optional` lists them). Like eval, articles of a sealed split are
not compared unless `--unseal`: the diff lists per-record errors, which a sealed split must hide.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from hsextract.diff import ArticleDiff, DiffReport, RecordDiff, _n, near_pairs, record_label, value_changes
from hsextract.evaluate.matching import align
from hsextract.jsonio import SEALED_MARKER, RecordFileError, gold_files, load_gold, sealed_splits
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

_BASE: tuple[type[BaseModel], ...] = (CastFields, ReleaseFields, EpisodeFields, EventFields)
# Contract fields compared (gold has no evidence; `optional`/`note`/aliases are gold-only).
FIELDS = {k: set(m.model_fields) for k, m in zip(RECORD_KINDS, _BASE, strict=True)}
_ALIASES = {"actor": "actor_aliases", "character": "character_aliases", "title": "title_aliases"}


def load_open_gold(path: Path, *, unseal: bool = False) -> tuple[dict[str, GoldFile], list[str]]:
    """Gold files of a folder (split subfolders included) keyed by article id, and the ids left
    unread because their split is sealed (a `SEALED` file in the split folder, or in `path`)."""
    found = gold_files(path)
    sealed = frozenset() if unseal else sealed_splits(path)
    whole = not unseal and (path / SEALED_MARKER).is_file()
    hidden = sorted(aid for aid, (_, split) in found.items() if whole or split in sealed)
    gold: dict[str, GoldFile] = {}
    for aid, (file, _) in sorted(found.items()):
        if aid in hidden:
            continue
        doc = load_gold(file)
        if doc.article_id != aid:
            raise RecordFileError(
                f"{file}: article id {doc.article_id!r} does not match the file name {aid!r}"
            )
        gold[aid] = doc
    return gold, hidden


def _default_show(rec: Any, show: str | None) -> Any:
    """A record without a show stands for the gold file's show (the scorer's rule)."""
    if show is None or getattr(rec, "show", "") is not None:
        return rec
    return rec.model_copy(update={"show": show})


def _agrees(name: str, pred: Any, gold: Any, value_p: Any, value_g: Any) -> bool:
    """Eval's notion of agreement: strings folded, gold name/title aliases accepted."""
    if isinstance(value_p, str) and isinstance(value_g, str):
        accepted = [value_g, *getattr(gold, _ALIASES.get(name, ""), [])]
        return fold(value_p) in {fold(v) for v in accepted}
    if isinstance(value_p, list) and isinstance(value_g, list):
        return sorted(value_p) == sorted(value_g)
    return bool(value_p == value_g)


def _values(rec: Any, kind: str) -> dict[str, Any]:
    data: dict[str, Any] = rec.model_dump(mode="json", include=FIELDS[kind])
    return data


def _compare_kind(kind: str, gold: GoldFile, pred: ArticleOutput | None, *, strict: bool) -> ArticleDiff:
    golds: Sequence[Any] = [_default_show(g, gold.show) for g in getattr(gold, kind)]
    preds: Sequence[Any] = [_default_show(p, gold.show) for p in (getattr(pred, kind) if pred else [])]
    al = align(
        kind, getattr(gold, kind), getattr(pred, kind) if pred else [], file_show=gold.show, strict=strict
    )
    art = ArticleDiff(gold.article_id)
    for gi, pi in al.tp:
        vp, vg = _values(preds[pi], kind), _values(golds[gi], kind)
        differ = {
            k for k in vp.keys() | vg.keys() if not _agrees(k, preds[pi], golds[gi], vp.get(k), vg.get(k))
        }
        changes = value_changes({k: vp.get(k) for k in differ}, {k: vg.get(k) for k in differ})
        if changes:
            art.records.append(
                RecordDiff(kind, record_label(kind, preds[pi]), "~", "fields", changes=changes)
            )
    fp, fn = [preds[i] for i in al.fp], [golds[i] for i in al.fn]
    near = near_pairs(kind, fp, fn)
    for a, b in near:
        changes = value_changes(_values(fp[a], kind), _values(fn[b], kind))
        art.records.append(RecordDiff(kind, record_label(kind, fp[a]), "~", "key", changes=changes))
    paired_p, paired_g = {a for a, _ in near}, {b for _, b in near}
    art.records += [
        RecordDiff(kind, record_label(kind, p), "-", "removed", _values(p, kind))
        for i, p in enumerate(fp)
        if i not in paired_p
    ]
    art.records += [
        RecordDiff(kind, record_label(kind, g), "+", "added", _values(g, kind))
        for i, g in enumerate(fn)
        if i not in paired_g
    ]
    art.optional += [
        RecordDiff(kind, record_label(kind, golds[i]), "+", "optional", _values(golds[i], kind))
        for i in al.optional_missed
    ]
    return art


def diff_against_gold(
    pred: Mapping[str, ArticleOutput],
    gold: Mapping[str, GoldFile],
    *,
    strict: bool = False,
    sealed: Sequence[str] = (),
) -> DiffReport:
    """Predictions are the old side, gold the new one. A gold article without a prediction is
    listed as added and all its required entries as false negatives (as eval scores it);
    predicted articles without gold and sealed articles are noted, not compared."""
    report = DiffReport(sorted(gold.keys() - pred.keys()), [], ignore_evidence=True, against_gold=True)
    report.compared = len(gold.keys() & pred.keys())
    hidden = set(sealed)
    unlabelled = len(pred.keys() - gold.keys() - hidden)
    if unlabelled:
        report.notes.append(f"{_n(unlabelled, 'predicted article')} without gold not compared")
    if hidden:
        report.notes.append(
            f"{len(hidden)} article(s) of sealed gold split(s) not compared (--unseal compares them)"
        )
    for aid in sorted(gold):
        art = ArticleDiff(aid)
        for kind in RECORD_KINDS:
            part = _compare_kind(kind, gold[aid], pred.get(aid), strict=strict)
            art.records += part.records
            art.optional += part.optional
        if art.records or art.optional:
            report.articles.append(art)
    return report
