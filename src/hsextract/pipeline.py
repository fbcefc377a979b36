"""The `hsextract extract` command: inputs in, `<id>.json` per article and a manifest out.

The stages themselves (ingest -> ner -> rules -> assemble -> validate) are wired in extractor.py;
the manifest's bookkeeping is run_manifest.py. Per-article failures become statuses, never
exceptions that end the run: every input appears in `manifest.json` exactly once (ok / empty /
duplicate / skipped / error). Outputs are written atomically and are byte-deterministic for the
same input, model and rules.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Generator, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from hsextract.errors import Interrupted, held_interrupts
from hsextract.extractor import Extractor, extract_all
from hsextract.ingest import Article, IngestFailure, discover, read_articles
from hsextract.jsonio import dumps, write_atomic
from hsextract.models import RECORD_KINDS, ArticleOutput, ManifestEntry
from hsextract.outdir import (
    OutputLock,
    previous_ids,
    remove_stale,
    remove_temp_files,
    write_output,
    write_texts,
)
from hsextract.run_manifest import (
    INTERRUPTED,
    NO_MODEL,
    NOT_PROCESSED,
    PENDING,
    RunManifest,
    record_counts,
)
from hsextract.writer import Writer

if TYPE_CHECKING:
    from hsextract.cache import OutputCache
    from hsextract.cluster import DaskRunner

__all__ = [  # the run's vocabulary, as callers and tests have read it from here
    "INTERRUPTED",
    "NOT_PROCESSED",
    "NO_MODEL",
    "PENDING",
    "Extractor",
    "RunResult",
    "add_arguments",
    "extract_all",
    "record_counts",
    "run",
    "run_extract",
]


@dataclass
class RunResult:
    entries: list[ManifestEntry] = field(default_factory=list)
    outputs: dict[str, ArticleOutput] = field(default_factory=dict)

    @property
    def failed(self) -> list[ManifestEntry]:
        return [e for e in self.entries if e.status == "error"]


def _plan(paths: list[Path]) -> tuple[list[Article], list[ManifestEntry], dict[str, ArticleOutput]]:
    """Sort inputs into: to extract, manifest-only entries, and outputs known without the model.

    Entries are in input order, one per input; the ones to extract start as `ok`.
    """
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
        if not item.analysis_text.strip():
            direct[item.id] = ArticleOutput(article=article_info(item), status="empty")
            why = "no text" if not item.text.strip() else "no text outside HTML markup"
            entries.append(
                ManifestEntry(**base, status="empty", error=why, counts=record_counts(direct[item.id]))
            )
        elif item.sha256 in seen_sha:
            entries.append(
                ManifestEntry(
                    **base,
                    status="duplicate",
                    duplicate_of=seen_sha[item.sha256],
                    error=f"same text as {seen_sha[item.sha256]}",
                )
            )
        elif problem := language_problem(item.analysis_text):
            seen_sha[item.sha256] = item.id
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
    extractor: Extractor | None = None,
    jobs: int = 1,
    use_cache: bool = True,
    store_cache: bool = True,
    progress: bool = False,
    cluster: DaskRunner | None = None,
    article_timeout: float | None = None,
) -> RunResult:
    """Extract every input into `out_dir/<id>.json`, each written as soon as it is done.

    The manifest is written first (articles still to extract listed as `skipped`, not processed
    yet), rewritten every few seconds and at the end, so a killed run leaves complete files that
    say what was not done. `extractor` lets a caller reuse an already-loaded model. With
    `use_cache`, an article whose output was made from the same text, metadata, model and code is
    not extracted again (see cache.py); without `store_cache` no cache key is written (and an old
    one for a re-extracted article is removed); `jobs` > 1 extracts in that many worker processes,
    `cluster` on a Dask cluster (cluster.py) instead.
    The folder is locked for the run (outdir.OutputLock): a second run into it raises FolderLocked.
    `article_timeout`: seconds one article may take before it becomes an error (None: no limit).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    lock = OutputLock(out_dir)  # FolderLocked when another run is writing here
    lock.acquire()
    try:
        return _locked_run(
            paths,
            out_dir,
            model,
            jsonl,
            fail_fast,
            quiet,
            extractor,
            jobs,
            use_cache,
            store_cache,
            progress,
            cluster,
            article_timeout,
        )
    finally:
        lock.release()


def _locked_run(
    paths: list[Path],
    out_dir: Path,
    model: str | None,
    jsonl: Path | None,
    fail_fast: bool,
    quiet: bool,
    extractor: Extractor | None,
    jobs: int,
    use_cache: bool,
    store_cache: bool,
    progress: bool,
    cluster: DaskRunner | None = None,
    article_timeout: float | None = None,
) -> RunResult:
    """`run_extract` once the output folder is this run's alone."""
    from hsextract.cache import OutputCache, model_fingerprint, run_fingerprint
    from hsextract.ner import ModelNotFound

    todo, entries, outputs = _plan(paths)
    remove_temp_files(out_dir)
    removed = remove_stale(out_dir, previous_ids(out_dir), entries)
    write_texts(out_dir, todo, entries)  # an HTML article's extracted text, beside its output
    if fail_fast:  # stop before the first input that already failed to read
        todo = _before_first_error(todo, entries)
    writer = Writer()
    book = RunManifest(out_dir, entries, (a.id for a in todo), model_fingerprint(model), writer.flush)
    stream: Generator[tuple[Article, ArticleOutput], None, None] | None = None
    try:
        cache = OutputCache(out_dir, run_fingerprint(model))
        for aid, output in outputs.items():
            write_output(out_dir, cache, aid, dumps(output), book.by_id[aid], None)
        if use_cache:
            todo = _reuse_cached(todo, cache, book, outputs if jsonl is not None else None)
        if todo and extractor is None and jobs <= 1 and cluster is None:
            extractor = Extractor(model)

        book.write()
        if todo:
            stream = _stream(extractor, todo, jobs, model, cluster, article_timeout)
            kept = outputs if jsonl is not None else None  # so memory does not grow with the corpus
            with writer:  # files are written in the background, in order; book.write waits for them
                _write_stream(
                    _progress(stream, len(todo), progress), book, writer, cache, kept, store_cache, fail_fast
                )
            stream.close()  # after a --fail-fast break: stop the workers before the last writes
        book.not_done(NOT_PROCESSED)  # only some left when --fail-fast stopped the run
        book.write()
        if jsonl is not None:
            write_atomic(jsonl, "".join(_jsonl_lines(outputs)))
    except (Interrupted, KeyboardInterrupt, ModelNotFound) as stop:
        # Stop the workers first, then save what finished: the rest stays `skipped` and the cache
        # makes the finished ones hits, so a re-run completes exactly the rest.
        if stream is not None:
            stream.close()
        book.not_done(NO_MODEL if isinstance(stop, ModelNotFound) else INTERRUPTED)
        book.write()
        if isinstance(stop, Interrupted):
            stop.progress = book.progress()
        raise
    finally:
        if stream is not None:  # a break or an error: the workers end here, not at garbage collection
            stream.close()
    if removed and not quiet:
        _say_removed(removed)
    return RunResult(entries=entries, outputs=outputs)


def _before_first_error(todo: list[Article], entries: list[ManifestEntry]) -> list[Article]:
    """--fail-fast: only the articles before the first input that already failed to read."""
    first_error = next((i for i, e in enumerate(entries) if e.status == "error"), len(entries))
    allowed = {e.id for e in entries[:first_error] if e.status == "ok"}
    return [a for a in todo if a.id in allowed]


def _write_stream(
    stream: Iterator[tuple[Article, ArticleOutput]],
    book: RunManifest,
    writer: Writer,
    cache: OutputCache,
    outputs: dict[str, ArticleOutput] | None,
    store_cache: bool,
    fail_fast: bool,
) -> None:
    """Each output as it comes: its entry, its file (in the background), the manifest now and then;
    `outputs` keeps them when given. --fail-fast stops at the first error."""
    for article, output in stream:
        if outputs is not None:
            outputs[article.id] = output
        data = dumps(output)
        # durable in batches: book.write syncs before it lists them
        store = article if store_cache and output.status != "error" else None
        with held_interrupts():  # an interrupt between the two would list an output never written
            entry = book.done(article.id, output)
            writer.submit(write_output, book.out_dir, cache, article.id, data, entry, store)
        if output.status == "error" and fail_fast:
            break
        book.write_if_due()


def _say_removed(removed: list[str]) -> None:
    print(
        f"hsextract: removed {len(removed)} stale output(s) no longer in the input: "
        f"{', '.join(removed[:5])}{' ...' if len(removed) > 5 else ''}",
        file=sys.stderr,
    )


def _reuse_cached(
    todo: list[Article],
    cache: OutputCache,
    book: RunManifest,
    outputs: dict[str, ArticleOutput] | None,
) -> list[Article]:
    """Mark up-to-date articles done from the cache; return the ones still to extract.
    Outputs are read back only when something (--jsonl) needs the records themselves."""
    from hsextract.jsonio import RecordFileError, load_output

    remaining = []
    for article in todo:
        counts = cache.fresh(article)
        if counts is None:
            remaining.append(article)
            continue
        if outputs is not None:
            try:
                outputs[article.id] = load_output(cache.out_dir / f"{article.id}.json")
            except RecordFileError:
                remaining.append(article)
                continue
        book.cached(article.id, counts)
    return remaining


def _stream(
    extractor: Extractor | None,
    todo: list[Article],
    jobs: int,
    model: str | None,
    cluster: DaskRunner | None,
    timeout: float | None = None,
) -> Generator[tuple[Article, ArticleOutput], None, None]:
    """Outputs from a Dask cluster, worker processes, or this process."""
    if cluster is not None:
        return cluster.extract(todo)
    if jobs > 1:
        from hsextract.parallel import extract_parallel

        return extract_parallel(todo, jobs, model, *[timeout] if timeout else [])
    assert extractor is not None
    return extract_all(extractor, todo, *[timeout] if timeout else [])  # as before without a timeout


def _progress(
    items: Iterator[tuple[Article, ArticleOutput]], total: int, show: bool
) -> Iterator[tuple[Article, ArticleOutput]]:
    """A progress bar on stderr for long runs, only on a terminal (never in logs or CI)."""
    if not show or not sys.stderr.isatty() or total < 2:
        return items
    from tqdm import tqdm

    return iter(tqdm(items, total=total, unit="article", file=sys.stderr, leave=False))


def _jsonl_lines(outputs: dict[str, ArticleOutput]) -> Iterator[str]:
    import json

    for aid, output in sorted(outputs.items()):
        for kind in RECORD_KINDS:
            for rec in getattr(output, kind):
                row = {"article_id": aid, "kind": kind, **rec.model_dump(mode="json")}
                yield json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from hsextract.cluster import scheduler_arg
    from hsextract.deadline import DEFAULT_ARTICLE_TIMEOUT, timeout_arg
    from hsextract.parallel import jobs_arg

    parser.add_argument(
        "paths", nargs="*", type=Path, help="article files (.txt, .jsonl, .html) or folders (default corpus/)"
    )
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default outputs/)")
    parser.add_argument("--jsonl", type=Path, help="also write every record as one JSON Lines file")
    parser.add_argument(
        "--model", help="spaCy model package or path (default: en_core_web_sm, else its PyPI copy)"
    )
    parser.add_argument(
        "--jobs",
        type=jobs_arg,
        default=1,
        metavar="N",
        help="worker processes (default 1); 'auto' = one per usable CPU; more than the CPUs, or than "
        "fit in available memory (~300 MB each), is reduced to that with a notice",
    )
    parser.add_argument(
        "--scheduler",
        type=scheduler_arg,
        metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler address (tcp://host:8786) or scheduler file, or local:N "
        "for N worker processes on this machine (needs pip install 'hsextract[dask]')",
    )
    parser.add_argument(
        "--force", action="store_true", help="extract every article again, even when its output is up to date"
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="neither reuse nor record cached outputs (implies --force; for throwaway runs and benchmarks)",
    )
    parser.add_argument("--fail-fast", action="store_true", help="stop at the first article that fails")
    parser.add_argument(
        "--article-timeout",
        type=timeout_arg,
        default=DEFAULT_ARTICLE_TIMEOUT,
        metavar="S",
        help=f"seconds one article may take (default {DEFAULT_ARTICLE_TIMEOUT:g}; 0 = no limit); one that "
        "takes longer is an error in the manifest and the run goes on",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar, no summary line")


def _checked_paths(args: argparse.Namespace) -> list[Path]:
    """The inputs, after the usage checks that must come before the run (which would otherwise
    empty the output folder); a problem is a UsageError."""
    from hsextract.errors import UsageError
    from hsextract.outdir import jsonl_clash

    paths = args.paths or [Path("corpus")]
    missing = [p for p in paths if not p.exists()]
    if missing and len(missing) == len(paths):
        raise UsageError(f"no such file or folder: {', '.join(map(str, missing))}")
    if not discover(paths):  # checked before the run, which would otherwise empty the output folder
        raise UsageError(f"no .txt, .jsonl or .html articles in {', '.join(map(str, paths))}")
    if args.out.exists() and not args.out.is_dir():
        raise UsageError(f"--out {args.out}: exists and is not a folder")
    if args.jsonl is not None and args.jsonl.is_dir():
        raise UsageError(f"--jsonl {args.jsonl}: is a folder, want a file name")
    if args.jsonl is not None and (clash := jsonl_clash(args.jsonl, paths)):
        raise UsageError(clash)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(f"--jobs {args.jobs}: want 1 or more")
    return paths


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every article was read (ok, empty, duplicate, skipped), 1 when some failed, 2 on
    a usage error (no input found, an --out that is not a folder or that another run is writing into,
    a --jsonl among the inputs, a model that cannot be loaded), 130 / 143 when SIGINT /
    SIGTERM stopped the run (the manifest then lists the rest as skipped)."""
    from hsextract.cluster import ClusterUnavailable, open_runner
    from hsextract.errors import UsageError, interrupts_raise
    from hsextract.ner import ModelNotFound
    from hsextract.outdir import FolderLocked
    from hsextract.parallel import available_memory, bound_jobs, usable_cpus

    paths = _checked_paths(args)
    cluster = None
    if args.scheduler is not None:  # Dask is imported only here
        try:
            cluster = open_runner(args.scheduler, args.model, args.jobs)
        except ClusterUnavailable as exc:
            raise UsageError(str(exc)) from exc
    jobs, notice = bound_jobs(args.jobs, usable_cpus(), available_memory())
    if notice:  # even with --quiet: the run is not what was asked for
        print(notice, file=sys.stderr)
    started = time.monotonic()
    try:
        with interrupts_raise(), cluster or nullcontext():
            result = run_extract(
                paths,
                args.out,
                model=args.model,
                jsonl=args.jsonl,
                fail_fast=args.fail_fast,
                quiet=args.quiet,
                jobs=jobs,
                use_cache=not (args.force or args.no_cache),
                store_cache=not args.no_cache,
                progress=not args.quiet,
                cluster=cluster,
                article_timeout=args.article_timeout,
            )
    except Interrupted as stop:
        done = f"{stop.progress[0]} of {stop.progress[1]} articles" if stop.progress else "no article"
        print(f"hsextract: interrupted, {done} written; re-run to finish", file=sys.stderr)
        return stop.exit_code
    except (ModelNotFound, FolderLocked, ClusterUnavailable) as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:  # the output folder, not an article: nothing sensible to carry on with
        print(f"hsextract extract: error: cannot write outputs: {exc}", file=sys.stderr)
        return 1
    _summarise(args, result, time.monotonic() - started)
    return 1 if result.failed else 0


def _summarise(args: argparse.Namespace, result: RunResult, seconds: float) -> None:
    """The summary line (not with --quiet), and the failures (always: exit 1 must come with its reasons)."""
    records = sum(sum(e.counts.values()) for e in result.entries)
    not_processed = [e for e in result.entries if e.error == NOT_PROCESSED]
    if not args.quiet:
        statuses = {
            s: sum(1 for e in result.entries if e.status == s)
            for s in ("ok", "empty", "duplicate", "skipped", "error")
        }
        detail = ", ".join(f"{n} {s}" for s, n in statuses.items() if n)
        print(
            f"hsextract: {len(result.entries)} articles ({detail}), {records} records, "
            f"{seconds:.1f}s -> {args.out}/",
            file=sys.stderr,
        )
    if result.failed:  # even with --quiet: exit 1 must come with its reasons
        print(f"hsextract: {len(result.failed)} article(s) failed:", file=sys.stderr)
        for e in result.failed:
            print(f"  error: {e.id} ({e.source}): {e.error}", file=sys.stderr)
    if args.fail_fast and result.failed:
        print(
            f"hsextract: stopped at the first error (--fail-fast); {len(not_processed)} article(s) not "
            "processed, listed as skipped in the manifest",
            file=sys.stderr,
        )
