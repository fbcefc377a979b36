"""`quoted` answers what a per-name regex answered, without compiling one per name."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.assemble.quoted import SPEECH_VERBS, quoted


def reference(name: str, text: str) -> bool:
    verbs = "|".join(SPEECH_VERBS)
    s = re.escape(name)
    return re.search(rf"\b{s}\s+(?:{verbs})\b|\b(?:{verbs})\s+(?:\w+\s+)?{s}\b", text) is not None


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        pytest.param("Roe", "“It was hard,” Roe said.", True, id="name-before-verb"),
        pytest.param("Roe", "“It was hard,” says co-star Roe.", False, id="hyphenated-word-between"),
        pytest.param("Roe", "“It was hard,” says actor Roe.", True, id="one-word-between"),
        pytest.param("Roe", "“It was hard,” says the actor Roe.", False, id="two-words-between"),
        pytest.param("Roe", "Monroe said so.", False, id="part-of-a-longer-word"),
        pytest.param("Roe", "Roe saidso.", False, id="verb-glued-to-a-word"),
        pytest.param("Roe", "Roe\n\tsaid it.", True, id="any-whitespace-between"),
        pytest.param("Roe", "Roe Said it.", False, id="case-sensitive-verb"),
        pytest.param("Roe", "Roe plays Mara.", False, id="no-speech-verb"),
        pytest.param("O'Hara", "O'Hara explained the plan.", True, id="name-with-apostrophe"),
        pytest.param("Jr.", "said Jr. yesterday", False, id="no-word-boundary-after-a-final-dot"),
    ],
)
def test_quoted_speakers(name: str, text: str, expected: bool) -> None:
    assert quoted(name, text) is expected
    assert reference(name, text) is expected


PIECES = [*SPEECH_VERBS, "Roe", "Monroe", "actor", "co-star", "(Roe", "Roe.", "un", "s", "_", "é"]
SEPARATORS = [" ", "  ", "\n", "\t", ",", ".", "", "\u00a0", "-", "“"]


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=8),
    st.sampled_from(["Roe", "(Roe", "Roe.", "s", "actor", "é", "_"]),
)
def test_quoted_equals_the_regex(parts: list[tuple[str, str]], name: str) -> None:
    text = "".join(p + sep for p, sep in parts)
    assert quoted(name, text) == reference(name, text)


def test_an_empty_name_is_an_error() -> None:
    with pytest.raises(ValueError, match="empty"):
        quoted("", "Roe said")
