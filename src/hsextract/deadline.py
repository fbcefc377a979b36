"""`--article-timeout S`: no single article may hold a worker for more than S seconds.

A hostile input (megabytes on one line, a pathological list) used to stall a run for many minutes,
and with `--jobs` it held a worker the whole time. The guard is a real-time timer (SIGALRM) armed
around one article's work in the process's main thread, which is where both `--jobs 1` and every
pool worker extract. When it fires the work stops at the next Python instruction (the model is
fed chunks of bounded size, so that is soon), the article becomes an `error` with a message saying
so, and the run goes on with the next one.

`ArticleTimeout` is a BaseException, like KeyboardInterrupt: the per-article `except Exception`
handlers inside extraction must not turn a batch's timeout into an error of whichever article
happened to be running; the caller (pipeline.extract_all) decides who timed out.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_ARTICLE_TIMEOUT = 900.0  # seconds; generous: a 5 MB article takes a few minutes


class ArticleTimeout(BaseException):
    """The work on one article (or one batch) took longer than `--article-timeout` allows."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"timed out after {seconds:g} s (--article-timeout); not extracted, the run went on")
        self.seconds = seconds


def timeout_arg(text: str) -> float | None:
    """argparse type of `--article-timeout`: seconds > 0, or 0 / 'none' for no limit (None)."""
    import argparse

    if text.strip().lower() in {"0", "none", "off"}:
        return None
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid value {text!r}: want seconds, or 0 for no limit") from None
    if not seconds > 0 or seconds != seconds or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"invalid value {text!r}: want seconds > 0, or 0 for no limit")
    return seconds


def available() -> bool:
    """Signals reach only the main thread, and setitimer is POSIX: elsewhere there is no guard."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in this block once `seconds` have passed (None or no guard: no limit).
    The timer is cancelled before the old handler comes back, and a signal already on its way when
    the block ends is ignored, so the exception never escapes past the block."""
    if seconds is None or not available():
        yield
        return
    armed = True

    def fire(signum: int, frame: FrameType | None) -> None:
        if armed:
            raise ArticleTimeout(seconds)

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        armed = False
        signal.signal(signal.SIGALRM, old)
