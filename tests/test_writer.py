"""The background writer: calls run in order, errors reach the producer, nothing is left behind."""

from __future__ import annotations

import threading
import time

import pytest

from hsextract.writer import Writer


def test_calls_run_in_submission_order_and_flush_waits_for_them() -> None:
    done: list[int] = []

    def slow(i: int) -> None:
        time.sleep(0.001 * (i % 3))
        done.append(i)

    writer = Writer(depth=4)
    for i in range(50):
        writer.submit(slow, i)
    writer.flush()
    assert done == list(range(50))
    writer.close()


def test_no_thread_until_the_first_submit() -> None:
    before = threading.active_count()
    writer = Writer()
    assert threading.active_count() == before  # a fork before the first write copies no thread
    writer.submit(lambda: None)
    assert threading.active_count() == before + 1
    writer.close()
    assert threading.active_count() == before


def test_an_error_reaches_flush_and_later_calls_are_skipped() -> None:
    done: list[str] = []

    def fail() -> None:
        raise OSError("disk full")

    writer = Writer()
    writer.submit(done.append, "first")
    writer.submit(fail)
    writer.submit(done.append, "after the failure")
    with pytest.raises(OSError, match="disk full"):
        writer.flush()
    assert done == ["first"]
    writer.close()


def test_an_error_reaches_the_next_submit() -> None:
    def fail() -> None:
        raise OSError("read-only file system")

    writer = Writer()
    writer.submit(fail)
    writer._queue.join()  # the failure has happened
    with pytest.raises(OSError, match="read-only"):
        writer.submit(print, "never")
    writer.close()


def test_leaving_the_block_finishes_the_writes() -> None:
    done: list[int] = []
    with Writer() as writer:
        for i in range(10):
            writer.submit(done.append, i)
    assert done == list(range(10))


def test_leaving_the_block_on_an_exception_keeps_that_exception() -> None:
    def fail() -> None:
        raise OSError("the writer's")

    with pytest.raises(KeyError, match="the run's"), Writer() as writer:
        writer.submit(fail)
        raise KeyError("the run's")
