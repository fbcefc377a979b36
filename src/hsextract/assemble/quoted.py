"""Who is quoted in an article: a word right before a speech verb ("Roe said") or just after it,
one word allowed between ("says co-star Roe", "told Variety Roe" is not).

People who are quoted are actors or crew, never characters. The question is asked for several
names per article; one scan of the text answers all of them. It answers exactly what the regex
`\\b{name}\\s+(?:SAYS)\\b|\\b(?:SAYS)\\s+(?:\\w+\\s+)?{name}\\b` would (property-tested in
tests/test_assemble_quoted.py) without compiling a regex per name, which cost more than the
search: names are new in almost every article.
"""

from __future__ import annotations

import re
from functools import lru_cache

SPEECH_VERBS = (
    "said says told tells adds added explains explained recalls recalled admits admitted laughs jokes"
).split()
_VERB = re.compile(r"(?:" + "|".join(SPEECH_VERBS) + r")")
_WORD = re.compile(r"\w")
_SPACES = re.compile(r"\s+")
_WORD_RUN = re.compile(r"\w+")


def _is_word(ch: str) -> bool:
    return _WORD.match(ch) is not None


def _boundary(text: str, i: int) -> bool:
    """regex \\b at position i of text."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


@lru_cache(maxsize=8)
def speech_sites(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(ends, starts): where a quoted name may end (just before the spaces before a speech verb)
    and where one may start (after a speech verb and its spaces, or one word further)."""
    ends: list[int] = []
    starts: list[int] = []
    for m in _VERB.finditer(text):
        r, e = m.start(), m.end()
        # "{name}\s+VERB\b": spaces right before the verb, a boundary right after it
        if r > 0 and text[r - 1].isspace() and _boundary(text, e):
            q = r - 1
            while q > 0 and text[q - 1].isspace():
                q -= 1
            ends.append(q)
        # "\bVERB\s+(?:\w+\s+)?{name}": a boundary before the verb, spaces after it
        if _boundary(text, r) and (gap := _SPACES.match(text, e)) is not None:
            starts.append(gap.end())
            word = _WORD_RUN.match(text, gap.end())
            if word is not None and (gap2 := _SPACES.match(text, word.end())) is not None:
                starts.append(gap2.end())
    return tuple(ends), tuple(starts)


@lru_cache(maxsize=2)  # per text: the sets below, by name length
def _by_length(text: str) -> dict[int, tuple[frozenset[str], frozenset[str]]]:
    return {}


def _sites_of_length(text: str, n: int) -> tuple[frozenset[str], frozenset[str]]:
    """The `n`-character strings that end at a speech site with a word boundary before them, and
    those that start at one with a boundary after them: one set lookup per name afterwards, where a
    scan of every site for every name grew with names x sites on long texts."""
    table = _by_length(text)
    if n not in table:
        ends, starts = speech_sites(text)
        before = frozenset(text[q - n : q] for q in ends if q >= n and _boundary(text, q - n))
        after = frozenset(text[p : p + n] for p in starts if p + n <= len(text) and _boundary(text, p + n))
        table[n] = (before, after)
    return table[n]


def quoted(name: str, text: str) -> bool:
    """Whether `name` (one word, no spaces) is quoted as a speaker somewhere in `text`."""
    if not name:
        raise ValueError("an empty name")
    before, after = _sites_of_length(text, len(name))
    return name in before or name in after
