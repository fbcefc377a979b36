"""`--scheduler`: extraction on a Dask cluster, with the same bytes out as `--jobs 1`.

The machine that runs `hsextract extract` reads the inputs, sends batches of articles to the
cluster's workers and writes every output, the cache keys and the manifest itself, exactly as with
`--jobs` (pipeline.py consumes this module's stream unchanged): the workers need no shared folder,
only hsextract and the model. Each worker loads the model once (cluster_worker.ExtractorPlugin);
batches are sized for `nlp.pipe`; results are yielded as they complete, in any order (each output is
its own file and the manifest keeps input order, so the order changes no byte).

Nothing is lost: a worker that dies mid-batch makes the scheduler run the batch elsewhere; a batch
that kills workers repeatedly (Dask's KilledWorker) is split into single articles, and an article
that still kills its worker is that article's error. Results from a worker running other code or
another model are refused (errors, never cached). Dask is imported only here, only for
`--scheduler`; `local:N` starts a LocalCluster of N worker processes on loopback, no dashboard.
"""

from __future__ import annotations

import argparse
import logging
import queue
import sys
import time
import uuid
from collections import deque
from collections.abc import Generator, Iterator
from contextlib import suppress
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING, Any

from hsextract.ingest import Article
from hsextract.models import ArticleOutput
from hsextract.ner import ModelNotFound

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

TASK_SIZE = 16  # articles per task: one nlp.pipe batch (Extractor.extract's batch_size)
CONNECT_TIMEOUT_S = 30  # to reach a scheduler, or for a LocalCluster to start
WORKER_WAIT_S = 60  # a scheduler without any worker this long before the run: refused
NO_WORKER_S = 300  # ... during the run, every worker gone this long: the rest are errors
IDLE_CHECK_S = 5.0  # how often a run waiting for results checks that workers are still there
DASK_MISSING = "--scheduler needs Dask, which is not installed: pip install 'hsextract[dask]'"


class ClusterUnavailable(Exception):
    """No cluster to run on (Dask missing, a bad address, no worker): a usage error, exit 2."""


def scheduler_arg(text: str) -> str:
    """argparse type of `--scheduler`: `local:N`, `local` (one worker per usable CPU), a scheduler
    address (`tcp://host:8786`, `host:8786`) or a scheduler file (`dask scheduler --scheduler-file`)."""
    text = text.strip()
    if text == "local" or text.startswith("local:"):
        count = text.partition(":")[2] or "auto"
        if count != "auto" and not (count.isdigit() and int(count) >= 1):
            raise argparse.ArgumentTypeError(f"invalid value {text!r}: want local:N with N >= 1")
    elif not text:
        raise argparse.ArgumentTypeError("want a scheduler address, a scheduler file or local:N")
    return text


def open_runner(scheduler: str, model: str | None, jobs: int | None) -> DaskRunner:
    """The runner for `--scheduler`, checked before the run writes anything: Dask installed, no
    `--jobs` besides it, a remote scheduler reachable with a worker; `local:N` bounded like `--jobs`
    (CPUs, memory; the notice on stderr) and started only when something needs extracting."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ClusterUnavailable(DASK_MISSING) from exc
    if jobs != 1:
        raise ClusterUnavailable("--jobs and --scheduler exclude each other: the cluster's workers work")
    if scheduler == "local" or scheduler.startswith("local:"):
        from hsextract.parallel import available_memory, bound_jobs, usable_cpus

        count = scheduler.partition(":")[2]
        requested = None if count in ("", "auto") else int(count)
        workers, notice = bound_jobs(requested, usable_cpus(), available_memory())
        if notice:
            print(notice.replace("--jobs ", "--scheduler local:", 1), file=sys.stderr)
        return DaskRunner(None, model, local_workers=workers)
    runner = DaskRunner(scheduler, model)
    runner.connect()
    return runner


def _local_worker_config(environ: dict[str, Any]) -> dict[str, Any]:
    """Dask settings for the workers of `local:N`, tuned for long pure-Python tasks: no statistical
    profiler (a stack sample every 10 ms) and glibc's own malloc trimming instead of Dask's
    MALLOC_TRIM_THRESHOLD_=64 KiB, which returns memory the next batch allocates again."""
    kept = {k: v for k, v in environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    return {"distributed.worker.profile.enabled": False, "distributed.nanny.pre-spawn-environ": kept}


def _batches(items: list[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class _Alone(list[Article]):
    """A one-article batch on its last try, run alone."""

    alone = True


def _error(article: Article, message: str) -> tuple[Article, ArticleOutput]:
    from hsextract.assemble import article_info

    return article, ArticleOutput(article=article_info(article), status="error", error=message)


class DaskRunner:
    """One run's Dask client: a remote scheduler (`address`) or a LocalCluster started on first use."""

    def __init__(self, address: str | None, model: str | None, local_workers: int = 1) -> None:
        self.address = address
        self.model = model
        self.local_workers = local_workers
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None

    @property
    def where(self) -> str:
        return f"local:{self.local_workers}" if self.address is None else self.address

    def connect(self) -> Client:
        """Connect (or start the LocalCluster) once and wait for a worker, within timeouts."""
        if self.client is not None:
            return self.client
        import dask
        from distributed import Client, LocalCluster

        try:
            settings = _local_worker_config(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
            settings["distributed.comm.timeouts.connect"] = f"{CONNECT_TIMEOUT_S}s"
            with dask.config.set(settings):
                if self.address is None:
                    self.cluster = self._start_local(LocalCluster)
                    self.client = Client(self.cluster, timeout=CONNECT_TIMEOUT_S)
                elif self.address.endswith(".json"):
                    self.client = Client(scheduler_file=self.address, timeout=CONNECT_TIMEOUT_S)
                else:
                    self.client = Client(self.address, timeout=CONNECT_TIMEOUT_S)
                self.client.wait_for_workers(1, timeout=WORKER_WAIT_S)
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            why = f"{type(exc).__name__}: {exc}".strip().splitlines()[0]
            raise ClusterUnavailable(f"--scheduler {self.where}: no Dask cluster to run on ({why})") from exc
        return self.client

    def _start_local(self, local_cluster: type[LocalCluster]) -> LocalCluster:
        """The `local:N` cluster; its workers ignore Ctrl-C (cluster_worker.dask_setup)."""
        return local_cluster(
            n_workers=self.local_workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",  # loopback only: nothing listens on the network
            scheduler_port=0,
            dashboard_address=None,  # no dashboard; the scheduler's health routes on a free loopback port
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
            death_timeout=CONNECT_TIMEOUT_S,  # a worker that loses its scheduler exits
            preload=["hsextract.cluster_worker"],
        )

    def close(self) -> None:
        """Leave the cluster (a LocalCluster is shut down); bounded, never raises."""
        for part in (self.client, self.cluster):
            if part is not None:
                with suppress(Exception):  # already gone: nothing left to close
                    part.close(timeout=CONNECT_TIMEOUT_S)
        self.client = self.cluster = None

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def extract(self, articles: list[Article]) -> Generator[tuple[Article, ArticleOutput], None, None]:
        """Yield (article, output) for every article, as batches complete on the cluster."""
        from hsextract.cache import run_fingerprint
        from hsextract.cluster_worker import ExtractorPlugin, extract_batch

        client = self.connect()
        plugin = ExtractorPlugin(self.model)
        client.register_plugin(plugin)  # loads the model on every worker now, and on any that joins
        ours = run_fingerprint(self.model)
        batches = _batches(articles, TASK_SIZE)
        retry: deque[list[Article]] = deque()  # single articles of a batch that killed workers
        # a single article whose workers died may only have shared them with the one that kills: it
        # runs once more alone, when nothing else runs, and only then is it an error
        alone: deque[list[Article]] = deque()
        running: dict[Future[Any], list[Article]] = {}
        done: queue.Queue[Future[Any]] = queue.Queue()
        window = max(4, 4 * sum(client.nthreads().values()))

        def submit(batch: list[Article]) -> None:
            key = f"hsextract-{uuid.uuid4().hex[:12]}-{batch[0].id}"
            future = client.submit(extract_batch, batch, plugin.name, key=key, pure=False)
            running[future] = batch
            future.add_done_callback(done.put)  # called from Dask's thread; the queue is thread-safe

        def fill() -> None:
            while len(running) < window and (batch := retry.popleft() if retry else next(batches, None)):
                submit(batch)
            if not running and alone:
                submit(alone.popleft())

        try:
            fill()
            no_worker_since: float | None = None
            while running:
                try:
                    future = done.get(timeout=IDLE_CHECK_S)
                except queue.Empty:
                    if client.nthreads():
                        no_worker_since = None
                    elif no_worker_since is None:
                        no_worker_since = time.monotonic()
                    elif time.monotonic() - no_worker_since > NO_WORKER_S:
                        why = f"not processed: no Dask worker at {self.where} for {NO_WORKER_S} s"
                        yield from self._rest(running, retry + alone, batches, why)
                        return
                    continue
                batch = running.pop(future, None)
                if batch is None:  # cancelled below, in a run that is ending
                    continue
                if future.status in ("cancelled", "lost"):  # the scheduler forgot it: disconnected
                    running[future] = batch
                    why = f"not processed: lost the Dask scheduler at {self.where}"
                    yield from self._rest(running, retry + alone, batches, why)
                    return
                yield from self._answer(future, batch, ours, retry, alone)
                fill()
        finally:
            if running:  # --fail-fast, an interrupt, an error: stop the cluster's work for this run
                with suppress(Exception):  # the cluster is already gone
                    client.cancel(list(running), force=True)

    def _answer(
        self,
        future: Future[Any],
        batch: list[Article],
        ours: str,
        retry: deque[list[Article]],
        alone: deque[list[Article]] | None = None,
    ) -> Iterator[tuple[Article, ArticleOutput]]:
        """One finished task's articles; a failed batch goes back as single articles."""
        if future.status == "finished":
            theirs, results = future.result()
            if theirs != ours:
                why = (
                    f"refused: a Dask worker runs other hsextract code or another model ({theirs}, "
                    f"here {ours}): install the same hsextract and model on every worker"
                )
                yield from (_error(a, why) for a in batch)
                return
            by_id = {a.id: a for a in batch}
            for article_id, payload in results:
                yield by_id[article_id], ArticleOutput.model_validate_json(payload)
            return
        exc: Any = future.exception()
        if isinstance(exc, ModelNotFound):  # the model did not load on a worker: the run stops (exit 2)
            raise ModelNotFound(str(exc))
        if len(batch) > 1:
            retry.extend([a] for a in batch)
            return
        killed = type(exc).__name__ == "KilledWorker"
        if killed and alone is not None and not isinstance(batch, _Alone):
            alone.append(_Alone(batch))
            return
        what = f"{type(exc).__name__}: {exc}".strip().splitlines()[0]
        if killed:
            what = "the Dask workers running it died, every time (KilledWorker): it crashes or exhausts them"
        yield _error(batch[0], f"not extracted on the cluster: {what}")

    @staticmethod
    def _rest(
        running: dict[Future[Any], list[Article]],
        retry: deque[list[Article]],
        batches: Iterator[list[Article]],
        why: str,
    ) -> Iterator[tuple[Article, ArticleOutput]]:
        """Every article not yet answered, as an error saying why: listed, never silently lost."""
        for batch in [*running.values(), *retry, *batches]:
            yield from (_error(a, why) for a in batch)
