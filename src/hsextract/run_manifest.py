"""The manifest of one extract run: every input's entry, what is still pending, and when to write it.

Every input appears in `manifest.json` exactly once (ok / empty / duplicate / skipped / error).
It is written first (articles still to extract listed as `skipped`, not processed yet), rewritten
every few seconds while the run goes on and at the end, so a killed run leaves a manifest that says
what was not done.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from hsextract import PIPELINE_VERSION
from hsextract.jsonio import dumps, write_atomic
from hsextract.models import RECORD_KINDS, ArticleOutput, Manifest, ManifestEntry

NOT_PROCESSED = "not processed: --fail-fast stopped the run"
PENDING = "not processed yet: the run is still going (or was interrupted)"
INTERRUPTED = "not processed: the run was interrupted (SIGINT or SIGTERM); re-run to finish"
NO_MODEL = "not processed: the spaCy model could not be loaded"
MANIFEST_EVERY_S = 2.0  # rewrite the manifest at most this often while a run goes on
# ... and less often as it grows: writing it may take at most this share of the run (a manifest of
# 2,000 entries takes ~40 ms to write, so every 2 s would be a 2% tax, and quadratic in the corpus).
MANIFEST_MAX_SHARE = 0.005


def record_counts(output: ArticleOutput) -> dict[str, int]:
    return {kind: len(getattr(output, kind)) for kind in RECORD_KINDS}


class RunManifest:
    """The entries of a run, in input order; `by_id` the ones with an output, `pending` the ones
    still to extract. `flush` makes the outputs written so far durable before a write lists them."""

    def __init__(
        self,
        out_dir: Path,
        entries: list[ManifestEntry],
        todo: Iterable[str],
        model: str,
        flush: Callable[[], None],
    ) -> None:
        self.out_dir, self.entries, self.model, self._flush = out_dir, entries, model, flush
        self.by_id = {e.id: e for e in entries if e.status in {"ok", "empty"}}
        self.pending = set(todo)
        for e in entries:
            if e.status == "ok":
                e.status, e.error = "skipped", PENDING if e.id in self.pending else NOT_PROCESSED
        self._every = MANIFEST_EVERY_S
        self._last = time.monotonic()

    def write(self) -> None:
        """Make the outputs written so far durable, then write the manifest that lists them."""
        started = time.monotonic()
        self._flush()
        os.sync()
        manifest = Manifest(pipeline_version=PIPELINE_VERSION, model=self.model, articles=self.entries)
        write_atomic(self.out_dir / "manifest.json", dumps(manifest))
        self._last = time.monotonic()
        self._every = max(MANIFEST_EVERY_S, (self._last - started) / MANIFEST_MAX_SHARE)

    def write_if_due(self) -> None:
        """During the run: write when the last write is long enough ago."""
        if time.monotonic() - self._last >= self._every:
            self.write()

    def cached(self, article_id: str, counts: dict[str, int]) -> None:
        """An article whose output is up to date: done without extracting it."""
        entry = self.by_id[article_id]
        entry.status, entry.error, entry.counts = "ok", None, counts
        self.pending.discard(article_id)

    def done(self, article_id: str, output: ArticleOutput) -> ManifestEntry:
        """An extracted article; its entry (set before the write, which may turn it into an error)."""
        entry = self.by_id[article_id]
        entry.status = "error" if output.status == "error" else "ok"
        entry.error, entry.counts = output.error, record_counts(output)
        self.pending.discard(article_id)
        return entry

    def not_done(self, why: str) -> None:
        """The articles the run did not reach, and why."""
        for aid in self.pending:
            self.by_id[aid].error = why

    def progress(self) -> tuple[int, int]:
        """(articles written, articles with an output to write)."""
        return sum(1 for e in self.by_id.values() if e.status != "skipped"), len(self.by_id)
