"""File writes in a background thread, so the model does not wait on the disk.

An atomic write (temporary file, rename) costs a few hundred microseconds of system calls on an
ordinary disk, per article and again for its cache key. The calls release the GIL, so one thread
doing them in submission order overlaps them with the next article's analysis. Order is kept (a
cache key is written after the output it vouches for); `flush` waits for everything submitted
and re-raises the first error, which is how a manifest never lists an output not yet written.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

DEPTH = 64  # writes waiting at most; the producer blocks beyond that (memory stays flat)


class Writer:
    """Runs submitted calls one at a time, in order, in one thread started on the first submit
    (not before: `--jobs` forks its workers first, and a fork should not copy a running thread)."""

    def __init__(self, depth: int = DEPTH) -> None:
        self._queue: queue.Queue[tuple[Callable[..., object], tuple[Any, ...]] | None] = queue.Queue(depth)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            call, args = item
            try:
                if self._error is None:  # after a failure the run is over: skip the rest
                    call(*args)
            except BaseException as exc:  # handed to the producer by flush/submit
                self._error = exc
            finally:
                self._queue.task_done()
        self._queue.task_done()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def submit(self, call: Callable[..., object], *args: Any) -> None:
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="hsextract-writer", daemon=True)
            self._thread.start()
        self._queue.put((call, args))

    def flush(self) -> None:
        """Wait until every submitted call has run; raise the first error one raised."""
        if self._thread is not None:
            self._queue.join()
        self._raise()

    def close(self) -> None:
        """Finish the submitted calls and stop the thread (errors: see `flush`)."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        self._raise()

    def __enter__(self) -> Writer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
            return
        with contextlib.suppress(Exception):  # the run already failed: that is the error to report
            self.close()
