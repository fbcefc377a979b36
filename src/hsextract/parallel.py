"""`--jobs N`: extraction in N worker processes, results in input order.

Each worker loads the model once (process initializer) and receives small batches of articles, so
`nlp.pipe` still batches inside a worker. `Pool.imap` returns results in submission order, which is
what keeps `--jobs 2` byte-identical to `--jobs 1`. Workers send back the canonical JSON text, the
cheapest thing to pickle, and the parent only writes files.

Workers are bounded and never outlive the run: `bound_jobs` caps N by the usable CPUs and by how
many model copies fit in memory (`--jobs 200` once forked 200 model loads and took a 2-core machine
down); each worker dies with its parent (PR_SET_PDEATHSIG on Linux, a parent-pid check besides),
ignores SIGINT (the parent handles it and stops the pool) and exits without a traceback when the
parent's pipes close.
"""

from __future__ import annotations

import argparse
import ctypes
import multiprocessing as mp
import multiprocessing.pool
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from hsextract.ingest import Article
from hsextract.models import ArticleOutput

# Articles per task: large enough for nlp.pipe batching, small enough to spread work evenly.
TASK_SIZE = 8

# Memory one worker needs. Measured as the peak RSS (VmHWM in /proc/<pid>/status) of each worker of
# `hsextract extract corpus --jobs 2 --no-cache`, sampled every 0.1 s (en_core_web_sm, Python 3.11):
# 150 MB once the model is loaded, 154 MB after 600 short invented articles, 276-279 MB on corpus/
# (longer real articles). Rounded up; an article long enough to be chunked can take more.
WORKER_MEMORY_BYTES = 300 * 1024 * 1024

_SIGNALS = (signal.SIGINT, signal.SIGTERM)
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


# --- how many workers -----------------------------------------------------------------------------


def jobs_arg(text: str) -> int | None:
    """argparse type of `--jobs`: a whole number (any size: the bound clamps it) or `auto` (None)."""
    if text.strip().lower() == "auto":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid value {text!r}: want a whole number or 'auto'") from None


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask, e.g. under taskset or a container cpuset)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def available_memory(meminfo: str = "/proc/meminfo") -> int | None:
    """MemAvailable in bytes, or None where it cannot be read (not Linux, an old kernel)."""
    try:
        with open(meminfo, encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def bound_jobs(
    requested: int | None, cpus: int, memory: int | None, per_worker: int = WORKER_MEMORY_BYTES
) -> tuple[int, str | None]:
    """The worker count to use and, when it is less than asked, the one-line notice saying why.

    `requested` None is `--jobs auto` (the CPU count, no notice unless memory lowers it). More
    workers than CPUs only compete for them; more model copies than memory holds sink the machine."""
    cpus = max(1, cpus)
    jobs = cpus if requested is None else max(1, min(requested, cpus))
    reasons = []
    if requested is not None and jobs < requested:
        reasons.append(f"{cpus} usable CPU{'s' if cpus != 1 else ''}")
    if memory is not None and jobs > 1 and jobs * per_worker > memory:
        jobs = max(1, memory // per_worker)
        reasons.append(f"{memory / 2**30:.1f} GB available memory, ~{per_worker // 2**20} MB per worker")
    if not reasons:
        return jobs, None
    asked = "auto" if requested is None else str(requested)
    plural = "s" if jobs != 1 else ""
    return jobs, f"hsextract: --jobs {asked}: using {jobs} worker{plural} ({'; '.join(reasons)})"


# --- the workers ----------------------------------------------------------------------------------

_worker = None
_timeout: float | None = None  # --article-timeout, per article inside the worker
_load_error: Exception | None = None  # raised in the parent by the first task, see `_init`
_parent_pid = 0


def _die_with_parent(parent: int) -> None:
    """Make the kernel kill this worker when the parent dies, even by SIGKILL; where prctl is not
    available, a thread polls the parent pid instead. Either way a parent already gone ends it now."""
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent:  # died between fork and prctl: the death signal will never come
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), name="hsextract-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _init(model: str | None, parent: int, timeout: float | None = None) -> None:
    """Signals first (the parent blocked them around the fork, so none was lost or mishandled), then
    the model: Ctrl-C reaches the whole process group, and only the parent should act on it."""
    global _worker, _load_error, _parent_pid, _timeout
    _timeout = timeout
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    _parent_pid = parent
    _die_with_parent(parent)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    from hsextract.extractor import Extractor

    try:
        _worker = Extractor(model)
    except Exception as exc:  # an initializer that raises makes Pool respawn the worker forever
        _load_error = exc


def _run(batch: list[Article]) -> list[tuple[str, str]]:
    from hsextract.extractor import extract_all

    if os.getppid() != _parent_pid:  # orphaned: nobody will read the result
        os._exit(1)
    if _load_error is not None:  # e.g. no model: the parent reports it and stops the run
        raise _load_error
    assert _worker is not None
    return [(a.id, out.model_dump_json()) for a, out in extract_all(_worker, batch, _timeout)]


def _quiet(target: Callable[..., Any], *args: Any) -> None:
    """A worker's main loop, minus the tracebacks of a run that ended under it: the parent closed
    the pipes (killed, interrupted, finished early) and a result or task cannot be passed on."""
    try:
        target(*args)
    except (BrokenPipeError, ConnectionError, EOFError, KeyboardInterrupt):
        os._exit(1)


class _Pool(multiprocessing.pool.Pool):
    """A Pool whose workers run their loop inside `_quiet`. `Process` is the Pool's documented-in-
    source hook for making its workers (it is passed `target=worker`, the loop in multiprocessing)."""

    @staticmethod
    def Process(ctx: Any, *args: Any, **kwds: Any) -> Any:
        kwds["args"] = (kwds.pop("target"), *kwds.get("args", ()))
        return ctx.Process(*args, target=_quiet, **kwds)


@contextmanager
def _signals_blocked() -> Iterator[None]:
    """Block SIGINT/SIGTERM while workers are forked: a child inherits the mask, not a pending
    signal, and unblocks it in `_init` once it has its own handlers."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


# --- the run --------------------------------------------------------------------------------------


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_parallel(
    articles: Iterable[Article], jobs: int, model: str | None, timeout: float | None = None
) -> Generator[tuple[Article, ArticleOutput], None, None]:
    """Yield (article, output) in input order, extracted by `jobs` processes.

    Work is submitted in windows of a few batches per worker, because `Pool.imap` would otherwise
    drain the whole input at once and memory would grow with the corpus. Closing the generator (or
    an exception in the parent, such as an interrupt) terminates the workers."""
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    window = max(2, jobs * 4)
    batches = _batches(articles, TASK_SIZE)
    with _signals_blocked():
        pool = _Pool(processes=jobs, initializer=_init, initargs=(model, os.getpid(), timeout), context=ctx)
    with pool:
        while chunk := list(islice(batches, window)):
            by_id = {a.id: a for batch in chunk for a in batch}
            for results in pool.imap(_run, chunk):
                for article_id, payload in results:
                    yield by_id[article_id], ArticleOutput.model_validate_json(payload)
