"""`hsextract eval`: score per-article predictions against the hand-labelled gold set.

    hsextract eval --gold gold/ --pred outputs/ [--json] [--strict] [--article ID ...]

Per record type: tp/fp/fn, precision, recall and F1, micro over the set and per article, with
one-to-one matching (see `matching`), field accuracy on matched pairs and every FP/FN listed.
Gold may be split into subfolders (`gold/dev/`, `gold/test/`): each split gets its own table, and
a split folder holding a `SEALED` file shows only that table (`--unseal` shows its articles too).
Scoring is a measurement, not a test: the exit code is 0 whatever the scores; 1 when nothing
could be scored (no prediction has gold); 2 for a usage problem or a malformed gold/prediction
file (one line naming file, record and field).
Importing this package stays light (no spaCy, no dateparser).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hsextract.evaluate.matching import match, name_tier
from hsextract.evaluate.metrics import Counts, Tally, f1, precision, recall
from hsextract.evaluate.report import format_report, report_to_dict
from hsextract.evaluate.score import ArticleScore, EvalError, EvalReport, Miss, evaluate_dirs, score_article
from hsextract.jsonio import RecordFileError

__all__ = [
    "ArticleScore",
    "Counts",
    "EvalError",
    "EvalReport",
    "Miss",
    "Tally",
    "add_arguments",
    "evaluate_dirs",
    "f1",
    "format_report",
    "match",
    "name_tier",
    "precision",
    "recall",
    "report_to_dict",
    "run",
    "score_article",
]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--gold", type=Path, default=Path("gold"), help="folder of gold/<id>.json (default gold/)"
    )
    parser.add_argument(
        "--pred",
        type=Path,
        default=Path("outputs"),
        help="folder of <id>.json predictions (default outputs/)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON (sorted keys)")
    parser.add_argument(
        "--strict", action="store_true", help="exact folded names only (no prefix or honorific matches)"
    )
    parser.add_argument(
        "--article", nargs="+", metavar="ID", action="extend", help="score only these article ids"
    )
    parser.add_argument(
        "--unseal",
        action="store_true",
        help="also show per-article rows and errors of sealed splits (an opened test article moves to dev)",
    )


def nothing_to_score(report: EvalReport, gold: Path, pred: Path) -> str | None:
    """Why a report measures nothing, or None: a score over no predicted article is no score,
    and printing it as a table (all zeros, or 1.000 for an empty set) would mislead."""
    if not report.articles:
        return f"no article scored: none of the chosen articles has gold in {gold}"
    if len(report.missing_predictions) == len(report.articles):
        return f"no article scored: no prediction in {pred} has gold in {gold} (wrong folder?)"
    return None


def run(args: argparse.Namespace) -> int:
    from hsextract.errors import UsageError  # lazily: the CLI module is only needed when run from it

    try:
        report = evaluate_dirs(
            args.gold, args.pred, strict=args.strict, articles=args.article, unseal=args.unseal
        )
    except (EvalError, RecordFileError) as exc:
        raise UsageError(str(exc)) from exc
    nothing = nothing_to_score(report, args.gold, args.pred)
    if nothing:
        sys.stderr.write(f"hsextract eval: {nothing}\n")
        return 1
    if args.json:
        print(json.dumps(report_to_dict(report), sort_keys=True, indent=2, ensure_ascii=False))
    else:
        print(format_report(report), end="")
    return 0
