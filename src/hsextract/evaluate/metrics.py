"""Counting and the P/R/F1 arithmetic, kept pure so the edge cases are easy to test.

Zero-division convention (one rule for both ratios): when a ratio's denominator is zero the
score is 1.0 if the *other* error count is zero too (nothing predicted, nothing expected: a
perfect, empty answer) and 0.0 otherwise (nothing predicted although something was expected,
or something predicted although nothing was expected). F1 is 0.0 when P + R is 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def precision(tp: int, fp: int, fn: int) -> float:
    """tp / (tp + fp); with nothing predicted: 1.0 if nothing was expected, else 0.0."""
    if tp + fp:
        return tp / (tp + fp)
    return 1.0 if fn == 0 else 0.0


def recall(tp: int, fp: int, fn: int) -> float:
    """tp / (tp + fn); with nothing expected: 1.0 if nothing was predicted, else 0.0."""
    if tp + fn:
        return tp / (tp + fn)
    return 1.0 if fp == 0 else 0.0


def f1(p: float, r: float) -> float:
    """Harmonic mean, 0.0 when both are 0 (avoids the 0/0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    """True/false positive and false negative counts for one record type (or a sum of them)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return precision(self.tp, self.fp, self.fn)

    @property
    def recall(self) -> float:
        return recall(self.tp, self.fp, self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def total(counts: Iterable[Counts]) -> Counts:
    """Micro sum: add the raw counts, never average the ratios."""
    out = Counts()
    for c in counts:
        out = out + c
    return out


@dataclass
class Tally:
    """'correct / total' for one attribute over matched record pairs."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.correct + other.correct, self.total + other.total)

    @property
    def accuracy(self) -> float | None:
        """None when nothing was compared (there is no accuracy of zero comparisons)."""
        return self.correct / self.total if self.total else None
