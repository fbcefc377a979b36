"""Run-on lists of titles each dated in brackets: "Honourable mentions: A (BBC America, Nov. 8),
B (Hulu, Nov. 20) and C (Starz, date TBA)". A listicle's tail or a roundup's "also returning" line
names several shows in one sentence with no release verb; each bracket holding a platform and a day
is that title's release. A block needs two such entries: one bracketed date in prose is the
sentence's own (read by the sentence rules)."""

from __future__ import annotations

import re

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.hits import number_value
from hsextract.rules.titles import platforms_in, single_season

Offsets = tuple[int, int]

_TITLE_WORD = r"[A-Z0-9][\w'’&.!?-]*"
_LINK_WORD = r"(?:of|the|and|in|on|at|a|an|to|for|&|de|la|del|von)"
# an entry starts the block or follows a list separator or an introducing word
_ENTRY = re.compile(
    r"(?:^|(?<=[:;,] )|(?<=\band )|(?<=\bplus )|(?<= are )|(?<= is )|(?<= include )|(?<= includes )"
    r"|(?<= including )|(?<= with ))"
    r"(?:(?i:season|series)\s+(?P<lead>\w+)\s+of\s+)?"  # "Season 3 of Title (Hulu, Nov. 18)"
    rf"(?P<title>{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|{_LINK_WORD})){{0,8}}?)"
    r"(?:,?\s+(?i:season|series)\s+(?P<season>\w+))?\s*\((?P<inner>[^()]{3,60})\)"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# the day inside the bracket: "Nov. 8", "8 November", "Friday, Nov. 8"
_DAY = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b)(?:,?\s+\d{{4}})?",
    re.IGNORECASE,
)
_NOT_A_SEASON = re.compile(r"\b(?:film|movie|special|documentary)\b", re.IGNORECASE)
MIN_ENTRIES = 2


def _entry(b: Block, m: re.Match[str]) -> DatedMention | None:
    inner, o = m["inner"], b.start + m.start("inner")
    day = _DAY.search(inner)
    plats = [p for _, _, p in platforms_in(inner)]
    if day is None or not plats or _NOT_A_SEASON.search(inner):
        return None
    stated = m["season"] or m["lead"]
    season = number_value(stated) if stated else single_season(inner)
    title = (b.start + m.start("title"), b.start + m.end("title"))
    return DatedMention(
        "release",
        "release.bracket_list",
        title,
        (o + day.start(), o + day.end()),
        (b.start, b.end),
        b.kind,
        b.index,
        seasons=(season,) if season else (),
        platform=plats[0],
        platforms=tuple(dict.fromkeys(plats)),
        subject=title,
        clause=(b.start + m.start(), b.start + m.end()),
    )


def bracket_list_mentions(blocks: list[Block]) -> list[DatedMention]:
    """One release per dated bracket entry of a paragraph that lists two at least."""
    out: list[DatedMention] = []
    for b in blocks:
        if b.kind != "paragraph" or b.text.count("(") < MIN_ENTRIES:
            continue
        found = [d for m in _ENTRY.finditer(b.text) if (d := _entry(b, m)) is not None]
        if len(found) >= MIN_ENTRIES:
            out += found
    return out
