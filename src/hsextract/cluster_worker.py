"""The worker side of `--scheduler`: a Dask worker plugin that loads the model once, and the task.

Imported on every Dask worker (tasks and the plugin are pickled by reference to this module), so
the workers need hsextract and the model installed, the same versions as the machine that runs
`hsextract extract`: each batch's answer carries the worker's run fingerprint (code, rules, model),
and the client refuses results made by other code (see cluster.py).

A worker with several threads (`dask worker --nthreads 4`) shares one model between them: spaCy's
vocabulary is not safe to grow from two threads at once, so batches on one worker take turns (a
lock). Several single-threaded workers per host (`--nworkers N --nthreads 1`) is the layout to use.
"""

from __future__ import annotations

import signal
import threading
from typing import TYPE_CHECKING

from distributed import WorkerPlugin, get_worker

from hsextract.cache import run_fingerprint
from hsextract.ingest import Article
from hsextract.ner import ModelNotFound

if TYPE_CHECKING:
    from distributed import Worker

    from hsextract.extractor import Extractor

PLUGIN_PREFIX = "hsextract-extractor"


class ExtractorPlugin(WorkerPlugin):
    """Loads the model and compiled rules when a worker starts (or when registered), once.

    Idempotent under its name, which carries the run fingerprint: a second run of the same code and
    model on a long-lived cluster reuses the loaded model; other code or another model gets its own."""

    idempotent = True

    def __init__(self, model: str | None) -> None:
        self.model = model
        self.fingerprint = run_fingerprint(model)
        self.name = f"{PLUGIN_PREFIX}-{self.fingerprint}"
        self.extractor: Extractor | None = None
        self.error: ModelNotFound | None = None
        self.lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        # Sent to workers: only the settings travel, never a loaded model or a lock (the fingerprint
        # is the worker's own again once `setup` has run).
        return {"model": self.model, "fingerprint": self.fingerprint, "name": self.name}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.extractor, self.error, self.lock = None, None, threading.Lock()

    def setup(self, worker: Worker) -> None:
        """Never raises: a model that cannot be loaded is reported by the first task instead, as a
        ModelNotFound the client turns into the usual one-line error."""
        from hsextract.extractor import Extractor

        self.fingerprint = run_fingerprint(self.model)  # this worker's own code and model, not the client's
        try:
            self.extractor = Extractor(self.model)
        except ModelNotFound as exc:
            self.error = ModelNotFound(f"on Dask worker {worker.address}: {exc}")
        except Exception as exc:  # anything else that stops the model loading means the same
            self.error = ModelNotFound(
                f"on Dask worker {worker.address}: cannot load the model: {type(exc).__name__}: {exc}"
            )


def extract_batch(batch: list[Article], plugin_name: str) -> tuple[str, list[tuple[str, str]]]:
    """(this worker's run fingerprint, [(article id, canonical output JSON)]) for one batch, in order.

    The JSON text is the cheapest thing to send back; the client validates it into an ArticleOutput,
    exactly as `--jobs` does with its workers' answers."""
    from hsextract.extractor import extract_all

    plugin = get_worker().plugins.get(plugin_name)
    if not isinstance(plugin, ExtractorPlugin):  # registered before any task is sent: cannot happen
        raise RuntimeError(f"hsextract worker plugin {plugin_name!r} is not set up on this worker")
    if plugin.error is not None:
        raise plugin.error
    assert plugin.extractor is not None
    with plugin.lock:
        results = [(a.id, out.model_dump_json()) for a, out in extract_all(plugin.extractor, batch)]
    return plugin.fingerprint, results


def dask_setup(worker: Worker) -> None:
    """Dask preload of the `local:N` workers (cluster.py): Ctrl-C in a terminal reaches the whole
    process group, and only the hsextract process should act on it (it stops the run, saves the
    manifest, then shuts the cluster down), as `--jobs` workers do. Workers of a cluster started by
    `dask worker` are not preloaded: their own Ctrl-C is theirs."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
