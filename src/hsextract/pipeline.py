"""Wiring: ingest -> ner -> rules -> assemble -> validate, and the `hsextract extract` command.

Per-article failures become statuses, never exceptions that end the run: every input appears in
`manifest.json` exactly once (ok / empty / duplicate / skipped / error). Outputs are written
atomically and are byte-deterministic for the same input, model and rules.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from hsextract import PIPELINE_VERSION
from hsextract.ingest import Article, IngestFailure, read_articles
from hsextract.jsonio import dumps, write_atomic
from hsextract.models import RECORD_KINDS, ArticleOutput, Manifest, ManifestEntry

if TYPE_CHECKING:
    from spacy.language import Language

    from hsextract.rules import RuleStage


class Extractor:
    """Holds the model and compiled rules; load once per process, reuse for every article."""

    def __init__(self, model: str | None = None) -> None:
        from hsextract.ner import load_model, model_id
        from hsextract.rules import RuleStage, rules_fingerprint

        self.nlp: Language = load_model(model)
        self.model_id = model_id(self.nlp)
        self.stage: RuleStage = RuleStage(self.nlp.vocab)
        self.fingerprint = f"{PIPELINE_VERSION}:{self.model_id}:{rules_fingerprint()}"

    def extract(
        self, articles: list[Article], batch_size: int = 16
    ) -> Iterator[tuple[Article, ArticleOutput]]:
        """Outputs in input order; an exception inside one article becomes that article's error."""
        from hsextract.assemble import article_info, assemble_article
        from hsextract.ner import analyse
        from hsextract.validate import validate_output

        for article, _, chunks in analyse(self.nlp, ((a, None) for a in articles), batch_size=batch_size):
            try:
                output = validate_output(assemble_article(self.stage.run(article, chunks)), article.text)
            except Exception as exc:  # one article's bug must not end the run
                output = ArticleOutput(
                    article=article_info(article), status="error", error=f"{type(exc).__name__}: {exc}"
                )
            yield article, output

    def extract_one(self, article: Article) -> ArticleOutput:
        return next(self.extract([article]))[1]


def record_counts(output: ArticleOutput) -> dict[str, int]:
    return {kind: len(getattr(output, kind)) for kind in RECORD_KINDS}


@dataclass
class RunResult:
    entries: list[ManifestEntry] = field(default_factory=list)
    outputs: dict[str, ArticleOutput] = field(default_factory=dict)

    @property
    def failed(self) -> list[ManifestEntry]:
        return [e for e in self.entries if e.status == "error"]


def _plan(paths: list[Path]) -> tuple[list[Article], list[ManifestEntry], dict[str, ArticleOutput]]:
    """Sort inputs into: to extract, manifest-only entries, and outputs known without the model."""
    from hsextract.assemble import article_info
    from hsextract.ingest.language import language_problem

    todo: list[Article] = []
    entries: list[ManifestEntry] = []
    direct: dict[str, ArticleOutput] = {}
    seen_sha: dict[str, str] = {}
    seen_id: set[str] = set()
    for item in read_articles(paths):
        if isinstance(item, IngestFailure):
            entries.append(
                ManifestEntry(
                    id=item.id, source=item.source, sha256=item.sha256, status="error", error=item.error
                )
            )
            continue
        base = {"id": item.id, "source": item.source, "sha256": item.sha256, "warnings": item.warnings}
        if item.id in seen_id:
            entries.append(ManifestEntry(**base, status="error", error=f"article id {item.id!r} given twice"))
            continue
        seen_id.add(item.id)
        if not item.text.strip():
            direct[item.id] = ArticleOutput(article=article_info(item), status="empty")
            entries.append(ManifestEntry(**base, status="empty", error="no text"))
        elif item.sha256 in seen_sha:
            entries.append(
                ManifestEntry(
                    **base,
                    status="duplicate",
                    duplicate_of=seen_sha[item.sha256],
                    error=f"same text as {seen_sha[item.sha256]}",
                )
            )
        elif problem := language_problem(item.text):
            entries.append(ManifestEntry(**base, status="skipped", error=problem))
        else:
            seen_sha[item.sha256] = item.id
            todo.append(item)
            entries.append(ManifestEntry(**base, status="ok"))
    return todo, entries, direct


def run_extract(
    paths: list[Path],
    out_dir: Path,
    *,
    model: str | None = None,
    jsonl: Path | None = None,
    fail_fast: bool = False,
    quiet: bool = False,
) -> RunResult:
    todo, entries, outputs = _plan(paths)
    by_id = {e.id: e for e in entries if e.status in {"ok", "empty"}}
    extractor = Extractor(model) if todo else None
    if extractor is not None:
        for article, output in extractor.extract(todo):
            outputs[article.id] = output
            entry = by_id[article.id]
            entry.status = "error" if output.status == "error" else "ok"
            entry.error = output.error
            if output.status == "error" and fail_fast:
                break
    result = RunResult(entries=entries, outputs=outputs)
    for aid, output in sorted(outputs.items()):
        write_atomic(out_dir / f"{aid}.json", dumps(output))
        by_id[aid].counts = record_counts(output)
    manifest = Manifest(
        pipeline_version=PIPELINE_VERSION,
        model=extractor.model_id if extractor else (model or "-"),
        articles=entries,
    )
    write_atomic(out_dir / "manifest.json", dumps(manifest))
    if jsonl is not None:
        write_atomic(jsonl, "".join(_jsonl_lines(outputs)))
    return result


def _jsonl_lines(outputs: dict[str, ArticleOutput]) -> Iterator[str]:
    import json

    for aid, output in sorted(outputs.items()):
        for kind in RECORD_KINDS:
            for rec in getattr(output, kind):
                row = {"article_id": aid, "kind": kind, **rec.model_dump(mode="json")}
                yield json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path, help="article files (.txt, .jsonl) or folders (default corpus/)"
    )
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default outputs/)")
    parser.add_argument("--jsonl", type=Path, help="also write every record as one JSON Lines file")
    parser.add_argument(
        "--model", help="spaCy model package or path (default: en_core_web_sm, else its PyPI copy)"
    )
    parser.add_argument("--fail-fast", action="store_true", help="stop at the first article that fails")
    parser.add_argument("--quiet", action="store_true", help="no summary line")


def run(args: argparse.Namespace) -> int:
    from hsextract.cli import UsageError
    from hsextract.ner import ModelNotFound

    paths = args.paths or [Path("corpus")]
    missing = [p for p in paths if not p.exists()]
    if missing and len(missing) == len(paths):
        raise UsageError(f"no such file or folder: {', '.join(map(str, missing))}")
    started = time.monotonic()
    try:
        result = run_extract(
            paths, args.out, model=args.model, jsonl=args.jsonl, fail_fast=args.fail_fast, quiet=args.quiet
        )
    except ModelNotFound as exc:
        raise UsageError(str(exc)) from exc
    records = sum(sum(e.counts.values()) for e in result.entries)
    if not args.quiet:
        statuses = {
            s: sum(1 for e in result.entries if e.status == s)
            for s in ("ok", "empty", "duplicate", "skipped", "error")
        }
        detail = ", ".join(f"{n} {s}" for s, n in statuses.items() if n)
        print(
            f"hsextract: {len(result.entries)} articles ({detail}), {records} records, "
            f"{time.monotonic() - started:.1f}s -> {args.out}/",
            file=sys.stderr,
        )
        for e in result.failed:
            print(f"  error: {e.id} ({e.source}): {e.error}", file=sys.stderr)
    return 1 if result.failed else 0
