"""Name folding shared by scoring, diffing, merging and name resolution.

One definition, so "Ann Lee", "ann lee" and "Ann Lée" compare equal everywhere
(evaluation and the knowledge base must agree on what "the same name" means).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from difflib import SequenceMatcher

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
# Two spellings of one person's name ("Ann Lee" / "Ann Leigh") are at least this similar.
VARIANT_SIMILARITY = 0.8
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mx"})


def fold(name: str | None) -> str:
    """Case-, accent- and punctuation-insensitive key: 'Dr. Mara Lind' -> 'dr mara lind'."""
    if not name:
        return ""
    return _fold(name)


@functools.lru_cache(maxsize=65536)  # name resolution folds the same names over and over
def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # casefold first: "MARROW'S END" and "Marrow's End" drop the same possessive
    stripped = stripped.casefold().replace("’", "'").replace("'s ", " ")
    no_punct = _PUNCT.sub(" ", stripped)
    return _SPACE.sub(" ", no_punct).strip()


def _wordchar(c: str) -> bool:
    return c.isalnum() or c == "_"  # exactly what `\w` matches in a str pattern


def word_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    r"""Where `phrase` occurs as whole words: what `re.finditer(r"(?<!\w)" + re.escape(phrase) +
    r"(?!\w)", text)` finds, without compiling a pattern per title or name (a compile costs more
    than the search, and every article brings new titles)."""
    if not phrase:
        return [m.span() for m in re.finditer(r"(?<!\w)(?!\w)", text)]
    out: list[tuple[int, int]] = []
    start, n = 0, len(phrase)
    while (i := text.find(phrase, start)) != -1:
        j = i + n
        if (i == 0 or not _wordchar(text[i - 1])) and (j == len(text) or not _wordchar(text[j])):
            out.append((i, j))
            start = j
        else:
            start = i + 1
    return out


def has_word(text: str, phrase: str) -> bool:
    return bool(word_spans(text, phrase))


def fold_tokens(name: str | None) -> list[str]:
    return fold(name).split()


def strip_title(name: str) -> str:
    """Drop a leading honorific for comparison ('Dr Lind' ~ 'Lind'), never to an empty name."""
    toks = fold_tokens(name)
    if len(toks) > 1 and toks[0] in _TITLES:
        return " ".join(toks[1:])
    return " ".join(toks)


def is_prefix_name(short: str, full: str) -> bool:
    """True when `short` is a leading part of `full` by whole words ('Mara' of 'Mara Lind')."""
    s, f = fold_tokens(short), fold_tokens(full)
    return bool(s) and len(s) < len(f) and f[: len(s)] == s


def spelling_variant(a: str, b: str) -> bool:
    """'Ann Lee' ~ 'Ann Leigh': the same first name and nearly the same letters (not equal)."""
    fa, fb = fold(a), fold(b)
    return (
        fold_tokens(a)[:1] == fold_tokens(b)[:1]
        and fa != fb
        and SequenceMatcher(None, fa, fb).ratio() >= VARIANT_SIMILARITY
    )


# What `re.IGNORECASE` matches to an ASCII letter that `str.lower()` does not lower to it: "ſ" to
# "s", "ı" to "i", and "İ" (which lowers to two characters).
_CASE_TRAPS = ("ſ", "ı", "İ")


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False only when `text` holds none of `words` (lower-case ASCII) in any case, as a
    case-insensitive regex reads case: an exact pre-test before a regex scan that every match of
    holds one of `words` (tests check each such pair against matches hypothesis generates)."""
    if not text.isascii() and any(t in text for t in _CASE_TRAPS):
        return True
    low = text.lower()
    return any(w in low for w in words)
