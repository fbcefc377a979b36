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
    HYPHEN_PREFIXES,
    HYPHEN_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    STRUCTURE_WORDS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from hsextract.rules.tokens import Tokens

QUOTES = frozenset("'\"‘’“”")
HYPHENS = frozenset({"-", "‐"})
_PASSIVE_AUX = frozenset(
    {"will", "would", "is", "was", "be", "been", "being", "has", "have", "also", "now", "to"}
)
_PASSIVE_ROLE = frozenset({"played", "portrayed", "voiced", "essayed"})
_ACTIVE_AUX = _PASSIVE_AUX | {"been", "set", "reportedly", "officially", "finally", "only"}
# A cast verb right after a sentence-initial word makes it an actor: "Brennix plays ...".
_ACTIVE_ROLE = frozenset(
    """
    appears cameo cameos cast essay essays joins lands landed play plays portray portrays reprise
    reprises returns star stars takes voice voices
    """.split()
)
# Parts of speech a sentence-initial word never has when it opens a name.
_NOT_NAME_POS = frozenset(
    {"ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "NUM", "PART", "INTJ", "PUNCT"}
)


def capitalised(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (len(text) > 1 and text[0] in "'’" and text[1].isupper()))


def _wordlike(text: str) -> bool:
    """Letters, with apostrophes or full stops inside ("O'Dea", "A.J.")."""
    return text.replace("'", "").replace("’", "").replace(".", "").isalpha()


def name_syllable(word: str) -> bool:
    """A lowercase part after a glued hyphen that continues a name ("Ji-woo", "Ye-jin", "Dae-ul"),
    not an adjective or noun ending ("Oscar-winning", "Hong Kong-born", "Co-star")."""
    if not word.isalpha() or not word.islower() or len(word) > 6 or word in HYPHEN_WORDS:
        return False
    return not (len(word) >= 5 and word.endswith(("ed", "ing", "er", "ers")))


def glued_next(t: Tokens, j: int, end: int) -> bool:
    """Token j is a hyphen glued to the name part before it and to a name part after it."""
    if not (t.text[j] in HYPHENS and j + 1 < end and not t.space_after[j - 1] and not t.space_after[j]):
        return False
    nxt = t.text[j + 1]
    if capitalised(nxt):
        return True
    prev = t.text[j - 1]
    return (
        len(prev) >= 2
        and capitalised(prev)
        and prev.isalpha()
        and prev.lower() not in HYPHEN_PREFIXES
        and name_syllable(nxt)
    )


def _particle_continues(t: Tokens, i: int, end: int) -> bool:
    """A lowercase particle inside a name: another particle or a capitalised part follows
    ("van der Ploeg", "al-Haddad")."""
    k = i + 1
    while k < end and t.lower[k] in NAME_PARTICLES and t.text[k].islower():
        k += 1
    if k < end and t.text[k] in HYPHENS and not t.space_after[k - 1] and k + 1 < end:
        k += 1
    return k < end and k > i and capitalised(t.text[k]) and t.text[k].isalpha()


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
    if not in_run and (low in ROLE_NOUNS or (t.sent_start[i] and low in SENTENCE_OPENERS)):
        # "Actor Jane Roe", "Newcomer Jane Roe": a job title, not part of the name; "Enter Mara Lind
        # (Jane Roe)": the model's person may start one word early
        return False
    if t.ent[i] == "PERSON" and low not in FUNCTION_WORDS and t.is_alpha[i] and capitalised(text):
        return True
    if in_run and low in NAME_PARTICLES and nxt is not None and _particle_continues(t, i, end):
        return True
    if not capitalised(text) or t.is_punct[i] or t.like_num[i]:
        return False
    if low in FUNCTION_WORDS and low not in HONORIFICS:
        return False
    if _dated_word(t, i, nxt):
        return False
    # A capitalised common word opening the sentence is not a name (unless capitalised mid-sentence too).
    sentence_initial_word = t.sent_start[i] and not in_run and t.pos[i] != "PROPN" and not t.ent[i]
    if not sentence_initial_word or text in proper:
        return True
    return _opens_name(t, i, end, stop)


def _dated_word(t: Tokens, i: int, nxt: int | None) -> bool:
    """A month, weekday or structure word before a number or a stop: "May 4", "Episode 3", "Friday,"."""
    low = t.lower[i]
    return (
        (low in MONTHS or low in WEEKDAYS or low in STRUCTURE_WORDS)
        and nxt is not None
        and (t.like_num[nxt] or t.text[nxt] in {",", "."})
    )


def _passive_role_follows(t: Tokens, k: int, end: int) -> bool:
    """Tokens from k read ", played by" or "will be played by" (a character as the subject)."""
    if k < end and t.text[k] == ",":
        k += 1
    n = 0
    while k < end and n < 4 and t.lower[k] in _PASSIVE_AUX:
        k += 1
        n += 1
    return k + 1 < end and t.lower[k] in _PASSIVE_ROLE and t.lower[k + 1] == "by"


def _active_role_follows(t: Tokens, k: int, end: int) -> bool:
    """Tokens from k read "plays", "stars as", "has been cast as", "will reprise" ..."""
    n = 0
    while k < end and n < 4 and t.lower[k] in _ACTIVE_AUX:
        k += 1
        n += 1
    return k < end and t.lower[k] in _ACTIVE_ROLE


def _opens_name(t: Tokens, i: int, end: int, stop: frozenset[str]) -> bool:
    """A sentence-initial capitalised word the model does not call a name still opens one when a name
    part follows ("Saoirse O'Dea ...", "Wenda dos Santos ...", "Ji-woo ...") or it stands right before
    a bracketed name ("Mara (Jane Roe) ..."), unless it is a function word or an opener."""
    low = t.lower[i]
    if t.is_stop[i] or low in SENTENCE_OPENERS or not t.is_alpha[i]:
        return False
    k = i + 1
    if k >= end:
        return False
    if glued_next(t, k, end):
        return True  # "Ye-jin ...": a hyphenated given name
    if t.pos[i] in _NOT_NAME_POS:
        return False
    if _passive_role_follows(t, k, end):
        return True  # "Mara, played by ...", "Mara will be played by ..."
    if _active_role_follows(t, k, end):
        return True  # "Brennix plays ...", "Brennix has been cast as ..."
    if t.text[k] == "(":
        return k + 1 < end and capitalised(t.text[k + 1]) and _wordlike(t.text[k + 1])
    if t.lower[k] in NAME_PARTICLES and t.text[k].islower():
        return _particle_continues(t, k, end)
    if capitalised(t.text[k]) and k + 2 < end and glued_next(t, k + 1, end):
        return True  # "Hwang Ji-seul ..."
    nxt_low = t.lower[k]
    return (
        capitalised(t.text[k])
        and _wordlike(t.text[k])
        and nxt_low not in FUNCTION_WORDS
        and nxt_low not in stop
        and nxt_low not in NOT_NAME_WORDS
        and not t.is_stop[k]
    )


def _nickname_end(t: Tokens, j: int, end: int) -> int | None:
    """Yselda "Dony" Lind: a quoted capitalised word between two name parts."""
    if (
        j + 3 < end
        and t.text[j] in QUOTES
        and capitalised(t.text[j + 1])
        and t.text[j + 2] in QUOTES
        and capitalised(t.text[j + 3])
    ):
        return j + 3
    return None


def _short_family_name(t: Tokens, i: int, end: int) -> bool:
    """ "Do Ha-rin", "Oh Jae-ryong": a short capitalised word spelled like a function word opens a
    name when a hyphenated given name follows it."""
    return (
        capitalised(t.text[i])
        and t.is_alpha[i]
        and len(t.text[i]) <= 3
        and i + 3 < end
        and capitalised(t.text[i + 1])
        and glued_next(t, i + 2, end)
    )


def _starts_run(t: Tokens, i: int, end: int, stop: frozenset[str], proper: frozenset[str]) -> bool:
    if not capitalised(t.text[i]):
        return False  # both tests below need it (most tokens: checked first, for speed)
    return _is_name_token(t, i, False, end, stop, proper) or _short_family_name(t, i, end)


def name_runs(
    t: Tokens, start: int, end: int, stop: frozenset[str], proper: frozenset[str]
) -> list[tuple[int, int]]:
    """(start, end) token indices of maximal capitalised runs that can be names, in tokens start..end."""
    runs: list[tuple[int, int]] = []
    i = start
    while i < end:
        if not _starts_run(t, i, end, stop, proper):
            i += 1
            continue
        j = _trimmed_end(t, i, _run_end(t, i, end, stop), end)
        words = [t.lower[k] for k in range(i, j) if t.is_alpha[k]]
        acronym = j - i == 1 and t.text[i].isupper() and len(t.text[i]) <= 4 and t.ent[i] != "PERSON"
        if words and not all(w in NOT_NAME_WORDS for w in words) and not acronym:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _run_end(t: Tokens, i: int, end: int, stop: frozenset[str]) -> int:
    """Where the name run that starts at token i ends (exclusive)."""
    j = i + 1
    while j < end:
        glued = glued_next(t, j, end)
        nick = _nickname_end(t, j, end)
        if nick is not None:
            j = nick
            continue
        if glued or (_is_name_token(t, j, True, end, stop) and t.text[j] not in {"'s", "’s"}):
            j += 1 + (1 if glued else 0)
            continue
        if capitalised(t.text[j]) and t.is_alpha[j] and j + 2 < end and glued_next(t, j + 1, end):
            j += 3  # "Moon Do-hyun": a function word's spelling, glued to a name syllable
            continue
        break
    return j


def _trimmed_end(t: Tokens, i: int, j: int, end: int) -> int:
    """The run i..j without trailing lower-case particles, nor a caption's glued credit label."""
    while (
        j > i
        and t.lower[j - 1] in NAME_PARTICLES
        and not capitalised(t.text[j - 1])
        and not (j - 2 > i and t.text[j - 2] in HYPHENS and not t.space_after[j - 2])
    ):
        j -= 1
    if j - 1 > i and t.lower[j - 1] in _CREDIT_LABELS and j < end and t.text[j] == ":":
        j -= 1  # "... as Mara Credit: Network Handout": the caption's credit label, glued on
    return j


_CREDIT_LABELS = frozenset({"credit", "credits", "photo", "photograph", "picture", "pictured", "image"})


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
