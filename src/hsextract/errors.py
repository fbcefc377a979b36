"""How a command stops: a usage problem (exit 2) or a signal (exit 128 + its number).

Kept apart from cli.py so that the modules the CLI runs need not import the CLI back.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["Interrupted", "UsageError", "held_interrupts", "interrupts_raise"]

_HELD: list[int] = []  # open `held_interrupts` blocks (main thread only)
_PENDING: list[int] = []  # a signal that arrived inside one, raised when the last one closes


class UsageError(Exception):
    """Raised by a subcommand for a usage problem: one line on stderr, exit 2."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM, raised in the main thread by `interrupts_raise`. A BaseException like
    KeyboardInterrupt, so `except Exception` (one article's failure) never swallows it; the command
    catches it, saves what finished and exits 128 + the signal number (130, 143)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.progress: tuple[int, int] | None = None  # (written, total), set by whoever saved state

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


@contextmanager
def interrupts_raise() -> Iterator[None]:
    """SIGINT and SIGTERM raise `Interrupted`, once: a second signal while the command saves its
    state is ignored (the state write takes well under a second). Only in the main thread, the
    one Python delivers signals to; elsewhere a no-op."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    fired: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if not fired:
            fired.append(signum)
            if _HELD:
                _PENDING.append(signum)
                return
            raise Interrupted(signum)

    old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)
        _PENDING.clear()


@contextmanager
def held_interrupts() -> Iterator[None]:
    """Steps that must happen together or not at all (an article marked done in the manifest and its
    file handed to the writer): an interrupt that arrives inside is raised when the block ends."""
    _HELD.append(1)
    try:
        yield
    finally:
        _HELD.pop()
        if not _HELD and _PENDING:
            raise Interrupted(_PENDING.pop())
