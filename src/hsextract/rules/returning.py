"""Seasons an article names as past, and the season a returning show's article is about.

UK previews often say only that a drama "is back" for "the new series", and name the earlier season
in passing ("whose first series slipped out in 2023", "the whole of series one is streaming",
"the best drama since, well, the first series of X"). Such a mention is a point of reference, not the
season the article is about; when the article names no other, it is about the season after the
latest one it names as past. Read by `assemble.releases.article_season`.
"""

from __future__ import annotations

import re

from hsextract.rules.titles import NUMBER_WORDS, ORDINALS

# A sentence that speaks of a season as done: a past-tense verb, or a point of reference before it
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|aired|premiered|debuted|launched|ended|left|slipped|saw|came|arrived|dropped|"
    r"played|appeared|became|starred|finished|wrapped|won|drew|concluded|closed)\b",
    re.IGNORECASE,
)
_PAST_BEFORE = re.compile(
    r"\b(?:since|after|before|than|like|unlike|whole\s+of|events\s+of|catch\s+up\s+on|missed)\b"
    r"(?:,\s*\w+,)?\s+(?:the\s+|its\s+|their\s+)?$",  # "since, well, the first series"
    re.IGNORECASE,
)
# The article announces a return: "is back", "returns", "the new series", "a new four-part run"
_RETURN_CUE = re.compile(
    r"\b(?:is|are)\s+back\b|\bback\s+for\b|\breturns?\b|\breturning\b|\bcomes\s+back\b"
    r"|\b(?:new|next|latest)\s+(?:[\w-]+-part\s+|[\w-]+-episode\s+)?(?:season|series|run)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?:season|series)\s+(\w+)|(\w+)\s+(?:season|series|run|outing)", re.IGNORECASE)


def past_season(sentence: str, start: int, end: int) -> bool:
    """Whether the season phrase at start:end, written in words ("the first series", "series one"),
    is named as past: its sentence is in the past tense or a reference word stands before it.
    A number in digits ("season 2") is never taken for a past reference here."""
    words = _NUMBER.fullmatch(sentence[start:end].strip())
    word = (words.group(1) or words.group(2)).lower() if words else ""
    if word not in ORDINALS and word not in NUMBER_WORDS:
        return False
    return bool(_PAST_BEFORE.search(sentence[max(0, start - 40) : start]) or _PAST_VERB.search(sentence))


def announces_return(text: str) -> bool:
    """Whether the text says its show is back ("returns", "is back", "the new series")."""
    return bool(_RETURN_CUE.search(text))
