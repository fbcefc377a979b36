"""A cheap "is this English?" check, so a German article is skipped with a reason, not mis-read.

The English model would still tag capitalised words in any Latin-script text as names, and
the rules would then invent pairs. English prose is about 40% function words; other languages
score near zero on an English function-word list. No extra dependency is needed.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENGLISH = frozenset(
    (
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "for",
        "on",
        "that",
        "with",
        "as",
        "by",
        "it",
        "at",
        "from",
        "his",
        "her",
        "their",
        "be",
        "are",
        "has",
        "have",
        "this",
        "will",
        "an",
        "who",
        "which",
        "not",
        "but",
        "its",
        "they",
        "were",
        "been",
        "had",
        "or",
        "would",
        "also",
        "after",
        "more",
        "one",
        "new",
        "first",
        "we",
        "our",
        "you",
    )
)
MIN_WORDS = 40
MIN_RATIO = 0.12


def english_ratio(text: str) -> tuple[float, int]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return 0.0, 0
    return sum(1 for w in words if w in _ENGLISH) / len(words), len(words)


def language_problem(text: str) -> str | None:
    """A reason to skip the article, or None when it reads as English (or is too short to tell)."""
    ratio, n = english_ratio(text)
    if n < MIN_WORDS or ratio >= MIN_RATIO:
        return None
    return f"not English: {ratio:.0%} English function words over {n} words (need {MIN_RATIO:.0%})"
