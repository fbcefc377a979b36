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
    from spacy.tokens import Doc, Span, Token

QUOTES = frozenset("'\"‘’“”")


def capitalised(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (len(t) > 1 and t[0] in "'’" and t[1].isupper()))


def _is_name_token(
    tok: Token,
    in_run: bool,
    next_tok: Token | None,
    stop: frozenset[str],
    proper: frozenset[str] = frozenset(),
) -> bool:
    low = tok.lower_
    if low in stop and tok.text != tok.text.upper():
        return False  # "Replaces", "Stars" in a title-case headline are rule words, not names
    if not in_run and low in ROLE_NOUNS:
        return False  # "Actor Jane Roe", "Newcomer Jane Roe": a job title, not part of the name
    if tok.ent_type_ == "PERSON" and low not in FUNCTION_WORDS and tok.is_alpha:
        return True
    if in_run and low in NAME_PARTICLES and next_tok is not None and capitalised(next_tok):
        return True
    if not capitalised(tok) or tok.is_punct or tok.like_num:
        return False
    if low in FUNCTION_WORDS and low not in HONORIFICS:
        return False
    if (
        (low in MONTHS or low in WEEKDAYS or low in STRUCTURE_WORDS)
        and next_tok is not None
        and (next_tok.like_num or next_tok.text in {",", "."})
    ):
        return False
    # A capitalised common word opening the sentence is not a name (unless capitalised mid-sentence too).
    sentence_initial_word = tok.is_sent_start and not in_run and tok.pos_ != "PROPN" and not tok.ent_type_
    return not (sentence_initial_word and tok.text not in proper)


def _nickname_end(doc: Doc, j: int, end: int) -> int | None:
    """Margaret "Peggy" Lind: a quoted capitalised word between two name parts."""
    if (
        j + 3 < end
        and doc[j].text in QUOTES
        and capitalised(doc[j + 1])
        and doc[j + 2].text in QUOTES
        and capitalised(doc[j + 3])
    ):
        return j + 3
    return None


def name_runs(sent: Span, stop: frozenset[str], proper: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) token indices of maximal capitalised runs that can be names."""
    runs: list[tuple[int, int]] = []
    i, end = sent.start, sent.end
    doc = sent.doc
    while i < end:
        nxt = doc[i + 1] if i + 1 < end else None
        if not _is_name_token(doc[i], False, nxt, stop, proper):
            i += 1
            continue
        j = i + 1
        while j < end:
            tok, nxt = doc[j], (doc[j + 1] if j + 1 < end else None)
            glued = (
                tok.text in {"-", "‐"} and not doc[j - 1].whitespace_ and nxt is not None and capitalised(nxt)
            )
            nick = _nickname_end(doc, j, end)
            if nick is not None:
                j = nick
                continue
            if glued or (_is_name_token(tok, True, nxt, stop) and tok.text not in {"'s", "’s"}):
                j += 1 + (1 if glued else 0)
                continue
            break
        while j > i and doc[j - 1].lower_ in NAME_PARTICLES:
            j -= 1
        words = [t.lower_ for t in doc[i:j] if t.is_alpha]
        acronym = (
            j - i == 1 and doc[i].text.isupper() and len(doc[i].text) <= 4 and doc[i].ent_type_ != "PERSON"
        )
        if words and not all(w in NOT_NAME_WORDS for w in words) and not acronym:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def compound_end(doc: Doc, i: int, end: int) -> int:
    """End of a glued hyphen chain ('sister-in-law', 'Kong-born'), or i + 1."""
    k = i
    while (
        k + 2 < end
        and not doc[k].whitespace_
        and doc[k + 1].text in {"-", "‐"}
        and not doc[k + 1].whitespace_
        and doc[k + 2].is_alpha
    ):
        k += 2
    return k + 1
