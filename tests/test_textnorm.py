"""Shared text helpers: whole-word search must find exactly what the regex it replaces finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.textnorm import fold, has_word, word_spans

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


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("HOLLOW'S END", "Hollow's End", id="capitals-possessive"),
        pytest.param("Hollow’s End", "hollow's end", id="curly-apostrophe"),
        pytest.param("Dr. Mara Lind", "dr mara lind", id="title-and-stop"),
        pytest.param("Ann Lée", "Ann Lee", id="accent"),
    ],
)
def test_fold_ignores_case_before_the_possessive(a: str, b: str) -> None:
    assert fold(a) == fold(b)
