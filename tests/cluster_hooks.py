"""A Dask worker plugin for tests/test_cluster.py: kills its worker process when a chosen article's task
starts, as a crash or an out-of-memory kill would. Its own module, so the test cluster's worker
processes import only this (and Dask) to unpickle it."""

from __future__ import annotations

import os
from typing import Any

from distributed import WorkerPlugin


class CrashOn(WorkerPlugin):
    """`once`: the first worker to start that article's task dies (a marker file makes it once across
    processes); `always`: every worker that starts it dies. Tasks are named `hsextract-<token>-<first
    article id>` (cluster.py), so a batch is recognised by its first article."""

    name = "test-crash-on"

    def __init__(self, once: str, always: str, marker: str) -> None:
        self.once, self.always, self.marker = once, always, marker

    def transition(self, key: Any, start: str, finish: str, *args: Any, **kwargs: Any) -> None:
        if finish != "executing" or not isinstance(key, str) or not key.startswith("hsextract-"):
            return
        if key.endswith(f"-{self.always}"):
            os._exit(1)
        if key.endswith(f"-{self.once}"):
            try:
                os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return
            os._exit(1)
