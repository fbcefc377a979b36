"""Scoring one article and a whole gold folder against a prediction folder.

Optional gold entries take part in matching but are never counted: missed, they are not false
negatives; matched, the prediction is simply ignored (not a false positive, not a true positive,
no field accuracy). Field accuracy is computed on true-positive pairs only, and a field counts
only when gold or prediction has a value (both empty says nothing about the extractor).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hsextract.evaluate.matching import align
from hsextract.evaluate.metrics import Counts, Tally, total
from hsextract.jsonio import RecordFileError, gold_files, load_gold, load_output, output_files, sealed_splits
from hsextract.models import RECORD_KINDS, ArticleOutput, GoldFile
from hsextract.textnorm import fold

# Attributes compared on matched pairs, per record type (not part of the matching key).
FIELDS: dict[str, tuple[str, ...]] = {
    "cast": ("season", "description_present", "description"),
    "releases": (
        "platform",
        "platforms",
        "schedule",
        "precision",
        "status",
        "episode_count",
        "episode_runtime_minutes",
        "kind",
    ),
    "episodes": ("number", "runtime_minutes", "air_date"),
    "events": ("precision",),
}
# Fields added in schema_version "2" that gold labelled before then may lack: counted only where the
# gold entry has a value, so an unlabelled gold field never reads as the extractor's mistake.
GOLD_LABELLED_ONLY = frozenset({"platforms", "schedule"})


class EvalError(Exception):
    """Bad arguments to an evaluation (a missing folder, an unknown article id)."""


@dataclass(frozen=True)
class Miss:
    """One false positive or false negative, with enough text to find it again."""

    article: str
    record_type: str
    key: str
    evidence: str | None = None  # FP: the prediction's first evidence text
    note: str | None = None  # FN: the gold entry's note, if any


@dataclass
class ArticleScore:
    article_id: str
    counts: dict[str, Counts]
    fields: dict[str, dict[str, Tally]]
    false_positives: list[Miss] = field(default_factory=list)
    false_negatives: list[Miss] = field(default_factory=list)
    missing_prediction: bool = False
    status: str | None = None  # the prediction's status; None when the file is missing
    ignored: int = 0  # predictions that matched an optional gold entry
    split: str = ""  # the gold subfolder the article's gold is in ("" when not in one)

    @property
    def overall(self) -> Counts:
        return total(self.counts.values())


@dataclass
class EvalReport:
    strict: bool
    articles: list[ArticleScore]
    missing_predictions: list[str] = field(default_factory=list)
    no_gold: list[str] = field(default_factory=list)
    sealed: frozenset[str] = frozenset()  # splits whose per-article rows and errors stay hidden

    @property
    def micro(self) -> dict[str, Counts]:
        return micro(self.articles)

    @property
    def splits(self) -> dict[str, list[ArticleScore]]:
        """Articles per named split, in name order; empty when no article is in a split."""
        named = sorted({a.split for a in self.articles if a.split})
        return {name: [a for a in self.articles if a.split == name] for name in named}

    @property
    def open_articles(self) -> list[ArticleScore]:
        """The articles whose rows and errors may be shown (not in a sealed split)."""
        return [a for a in self.articles if a.split not in self.sealed]

    @property
    def overall(self) -> Counts:
        return total(self.micro.values())

    @property
    def fields(self) -> dict[str, dict[str, Tally]]:
        out = {kind: {name: Tally() for name in FIELDS[kind]} for kind in RECORD_KINDS}
        for art in self.articles:
            for kind, tallies in art.fields.items():
                for name, tally in tallies.items():
                    out[kind][name] = out[kind][name] + tally
        return out

    @property
    def false_positives(self) -> list[Miss]:
        return [m for a in self.open_articles for m in a.false_positives]

    @property
    def false_negatives(self) -> list[Miss]:
        return [m for a in self.open_articles for m in a.false_negatives]


def micro(articles: Sequence[ArticleScore]) -> dict[str, Counts]:
    """Counts per record type summed over some articles."""
    return {kind: total(a.counts[kind] for a in articles) for kind in RECORD_KINDS}


def describe(record_type: str, rec: Any) -> str:
    """The key fields of a gold or predicted record, as one line."""
    season = f"season {rec.season}" if getattr(rec, "season", None) is not None else "no season"
    if record_type == "cast":
        return f"{rec.actor} as {rec.character} ({season})"
    if record_type == "releases":
        return f"{rec.show or '-'} {season} {rec.kind}: {rec.date or 'no date'}"
    if record_type == "episodes":
        number = f"#{rec.number}" if rec.number is not None else "#?"
        return f"{rec.show or '-'} {season} {number} {rec.title!r}"
    seasons = ",".join(str(s) for s in sorted(rec.seasons)) or "-"
    return f"{rec.kind} seasons {seasons}: {rec.date or 'no date'}"


def field_agrees(gold: Any, pred: Any, name: str) -> bool | None:
    """Whether one attribute agrees; None when neither side has a value (not counted)."""
    if name == "description_present":
        return bool(fold(gold.description)) == bool(fold(pred.description))
    a, b = getattr(gold, name), getattr(pred, name)
    if (a is None or a == []) and (b is None or b == [] or name in GOLD_LABELLED_ONLY):
        return None
    if isinstance(a, str) and isinstance(b, str):
        return fold(a) == fold(b)
    return bool(a == b)


def score_article(gold: GoldFile, pred: ArticleOutput | None, *, strict: bool) -> ArticleScore:
    """Match one article's predictions to its gold, type by type; None = no prediction file."""
    score = ArticleScore(
        article_id=gold.article_id,
        counts={},
        fields={},
        missing_prediction=pred is None,
        status=None if pred is None else pred.status,
    )
    for kind in RECORD_KINDS:
        golds: Sequence[Any] = getattr(gold, kind)
        preds: Sequence[Any] = [] if pred is None else getattr(pred, kind)
        aligned = align(kind, golds, preds, file_show=gold.show, strict=strict)
        score.ignored += len(aligned.ignored)
        tallies = {name: Tally() for name in FIELDS[kind]}
        for gi, pi in aligned.tp:
            for name in FIELDS[kind]:
                agrees = field_agrees(golds[gi], preds[pi], name)
                if agrees is not None:
                    tallies[name] = tallies[name] + Tally(int(agrees), 1)
        for pi in aligned.fp:
            p = preds[pi]
            evidence = p.evidence[0].text if p.evidence else None
            score.false_positives.append(Miss(gold.article_id, kind, describe(kind, p), evidence=evidence))
        for gi in aligned.fn:
            g = golds[gi]
            score.false_negatives.append(Miss(gold.article_id, kind, describe(kind, g), note=g.note))
        score.counts[kind] = Counts(len(aligned.tp), len(aligned.fp), len(aligned.fn))
        score.fields[kind] = tallies
    return score


def _load_checked(path: Path, article_id: str, *, is_gold: bool) -> Any:
    """Load a gold/output file and insist its id is the one its file name promises."""
    if is_gold:
        gold = load_gold(path)
        found = gold.article_id
        loaded: Any = gold
    else:
        out = load_output(path)
        found = out.article.id
        loaded = out
    if found != article_id:
        raise RecordFileError(f"{path}: article id {found!r} does not match the file name {article_id!r}")
    return loaded


def evaluate_dirs(
    gold_dir: Path,
    pred_dir: Path,
    *,
    strict: bool = False,
    articles: Sequence[str] | None = None,
    unseal: bool = False,
) -> EvalReport:
    """Score every gold article (or the chosen ones) against `pred_dir/<id>.json`.

    Gold may sit in split subfolders (`gold/dev/`, `gold/test/`); each article keeps its split,
    and a split marked sealed (jsonio.SEALED_MARKER) shows only its totals unless `unseal`.
    Raises EvalError for a missing folder or an article id found in neither folder, and
    RecordFileError for a malformed file.
    """
    for folder in (gold_dir, pred_dir):
        if not folder.is_dir():
            raise EvalError(f"{folder}: not a directory")
    gold_found = gold_files(gold_dir)
    split_of = {aid: split for aid, (_, split) in gold_found.items()}
    gold_paths = {aid: path for aid, (path, _) in gold_found.items()}
    pred_paths = {p.stem: p for p in output_files(pred_dir)}
    if articles is not None:
        wanted = set(articles)
        unknown = sorted(wanted - set(gold_paths) - set(pred_paths))
        if unknown:
            raise EvalError(f"article id(s) in neither {gold_dir} nor {pred_dir}: {', '.join(unknown)}")
        gold_paths = {k: v for k, v in gold_paths.items() if k in wanted}
        pred_paths = {k: v for k, v in pred_paths.items() if k in wanted}
    report = EvalReport(strict=strict, articles=[], sealed=frozenset() if unseal else sealed_splits(gold_dir))
    for article_id in sorted(gold_paths):
        gold = _load_checked(gold_paths[article_id], article_id, is_gold=True)
        pred = None
        if article_id in pred_paths:
            pred = _load_checked(pred_paths[article_id], article_id, is_gold=False)
        else:
            report.missing_predictions.append(article_id)
        scored = score_article(gold, pred, strict=strict)
        scored.split = split_of[article_id]
        report.articles.append(scored)
    report.no_gold = sorted(set(pred_paths) - set(gold_paths))
    return report
