"""Interrupts while an output is being recorded (errors.held_interrupts): an article is either both
listed as done and handed to the writer, or neither."""

from __future__ import annotations

import os
import signal

import pytest

from hsextract.errors import Interrupted, held_interrupts, interrupts_raise


def test_a_signal_inside_a_held_block_is_raised_when_it_ends() -> None:
    steps: list[str] = []
    with pytest.raises(Interrupted) as caught, interrupts_raise():
        with held_interrupts():
            steps.append("marked done")
            os.kill(os.getpid(), signal.SIGTERM)  # delivered here, between the two steps
            steps.append("handed to the writer")
        steps.append("next article")  # never reached
    assert steps == ["marked done", "handed to the writer"]
    assert caught.value.exit_code == 128 + signal.SIGTERM


def test_a_signal_outside_a_held_block_is_raised_at_once() -> None:
    steps: list[str] = []
    with pytest.raises(Interrupted), interrupts_raise():
        os.kill(os.getpid(), signal.SIGINT)
        steps.append("after")
    assert steps == []


def test_a_held_block_without_a_signal_raises_nothing() -> None:
    with interrupts_raise(), held_interrupts():
        pass
    with held_interrupts():  # outside interrupts_raise too
        pass
