"""Where the names are in a sentence: maximal capitalised runs that can be a person or a character.

Capitalisation alone over-generates (headline title case, sentence-initial words, months, "Season 2",
"DJ"), so a run is cut or dropped by closed word classes and by what the article capitalises
elsewhere, never by a list of names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hsextract.rules.vocab import (
    FUNCTION_WORDS,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    STRUCTURE_WORDS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from hsextract.rules.tokens import Tokens

QUOTES = frozenset("'\"‘’“”")


def capitalised(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (len(text) > 1 and text[0] in "'’" and text[1].isupper()))


def _is_name_token(
    t: Tokens,
    i: int,
    in_run: bool,
    end: int,
    stop: frozenset[str],
    proper: frozenset[str] = frozenset(),
) -> bool:
    """Token i can be part of a name; `end` is the sentence end (the next token counts only before it)."""
    low, text = t.lower[i], t.text[i]
    nxt = i + 1 if i + 1 < end else None
    if low in stop and text != text.upper():
        return False  # "Replaces", "Stars" in a title-case headline are rule words, not names
    if not in_run and low in ROLE_NOUNS:
        return False  # "Actor Jane Roe", "Newcomer Jane Roe": a job title, not part of the name
    if t.ent[i] == "PERSON" and low not in FUNCTION_WORDS and t.is_alpha[i]:
        return True
    if in_run and low in NAME_PARTICLES and nxt is not None and capitalised(t.text[nxt]):
        return True
    if not capitalised(text) or t.is_punct[i] or t.like_num[i]:
        return False
    if low in FUNCTION_WORDS and low not in HONORIFICS:
        return False
    if (
        (low in MONTHS or low in WEEKDAYS or low in STRUCTURE_WORDS)
        and nxt is not None
        and (t.like_num[nxt] or t.text[nxt] in {",", "."})
    ):
        return False
    # A capitalised common word opening the sentence is not a name (unless capitalised mid-sentence too).
    sentence_initial_word = t.sent_start[i] and not in_run and t.pos[i] != "PROPN" and not t.ent[i]
    return not (sentence_initial_word and text not in proper)


def _nickname_end(t: Tokens, j: int, end: int) -> int | None:
    """Margaret "Peggy" Lind: a quoted capitalised word between two name parts."""
    if (
        j + 3 < end
        and t.text[j] in QUOTES
        and capitalised(t.text[j + 1])
        and t.text[j + 2] in QUOTES
        and capitalised(t.text[j + 3])
    ):
        return j + 3
    return None


def name_runs(
    t: Tokens, start: int, end: int, stop: frozenset[str], proper: frozenset[str]
) -> list[tuple[int, int]]:
    """(start, end) token indices of maximal capitalised runs that can be names, in tokens start..end."""
    runs: list[tuple[int, int]] = []
    i = start
    while i < end:
        if not _is_name_token(t, i, False, end, stop, proper):
            i += 1
            continue
        j = i + 1
        while j < end:
            glued = (
                t.text[j] in {"-", "‐"}
                and not t.space_after[j - 1]
                and j + 1 < end
                and capitalised(t.text[j + 1])
            )
            nick = _nickname_end(t, j, end)
            if nick is not None:
                j = nick
                continue
            if glued or (_is_name_token(t, j, True, end, stop) and t.text[j] not in {"'s", "’s"}):
                j += 1 + (1 if glued else 0)
                continue
            break
        while j > i and t.lower[j - 1] in NAME_PARTICLES:
            j -= 1
        words = [t.lower[k] for k in range(i, j) if t.is_alpha[k]]
        acronym = j - i == 1 and t.text[i].isupper() and len(t.text[i]) <= 4 and t.ent[i] != "PERSON"
        if words and not all(w in NOT_NAME_WORDS for w in words) and not acronym:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def compound_end(t: Tokens, i: int, end: int) -> int:
    """End of a glued hyphen chain ('sister-in-law', 'Kong-born'), or i + 1."""
    k = i
    while (
        k + 2 < end
        and not t.space_after[k]
        and t.text[k + 1] in {"-", "‐"}
        and not t.space_after[k + 1]
        and t.is_alpha[k + 2]
    ):
        k += 2
    return k + 1
