"""Shared text helpers: whole-word search must find exactly what the regex it replaces finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.textnorm import has_word, word_spans

ALPHABET = "ab _-'.,é٣Ⅻ\u00a0"


def _regex(text: str, phrase: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30), st.text(alphabet=ALPHABET, max_size=4))
def test_word_spans_equal_the_regex(text: str, phrase: str) -> None:
    assert word_spans(text, phrase) == _regex(text, phrase)
    assert has_word(text, phrase) == bool(_regex(text, phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "spans"),
    [
        ("The Wren Hollow returns; Wren Hollow's cast", "Wren Hollow", [(4, 15), (25, 36)]),
        ("Hollows and Hollow_1 and Hollow", "Hollow", [(25, 31)]),
        ("a a a", "a a", [(0, 3)]),  # no overlapping matches, like finditer
        ("Café Noir / Cafénoir", "Café", [(0, 4)]),
    ],
    ids=["two-mentions", "word-chars-around", "non-overlapping", "accented"],
)
def test_word_spans_on_written_cases(text: str, phrase: str, spans: list[tuple[int, int]]) -> None:
    assert word_spans(text, phrase) == spans
