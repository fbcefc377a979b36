"""Streaming calendars: a day heading ("Monday, Oct. 5") dates the title lines listed under it.

"New on <streamer> this week" articles give each day a heading, then one line per title:
"NEW Title: Season 3 – Netflix Original", "Title (Limited Series) – Netflix Original". No sentence
joins the date to the title, so the sentence rules never see them together; here each line becomes a
release statement whose cue is its title and whose date is the heading. Films, specials, single
episodes and library dumps ("Seasons 1–5 – licensed") are not season releases and are skipped.
"""

from __future__ import annotations

import re

from hsextract.ingest import Block
from hsextract.rules.context import DATE_LINE
from hsextract.rules.dated import DatedMention
from hsextract.rules.hits import number_value

Offsets = tuple[int, int]

_TITLE_LINE = re.compile(
    r"^(?:NEW\s+)?(?P<title>[A-Z0-9][^:–—()]{0,60}?)"
    r"(?:\s*\((?P<note>[^)]{1,30})\))?"
    r"(?::\s*(?:(?i:season|series)\s+(?P<season>\w+))?,?\s*(?P<part>(?i:part|volume|vol\.)\s+\w+)?)?"
    r"\s+[–—-]\s+(?P<rest>.{1,80})$"
)
# not a season release: a film or special, one episode, a library dump of several seasons
_NOT_A_SEASON = re.compile(
    r"\b(?:film|movie|special|stand-up|episode\s+\d|seasons\s+\d|licensed|new episodes|concert)\b",
    re.IGNORECASE,
)


def _entry(text: str, line: Block, day: Block) -> DatedMention | None:
    m = _TITLE_LINE.match(line.text)
    if m is None or _NOT_A_SEASON.search(line.text) or re.fullmatch(r"\d{4}", m["note"] or ""):
        return None
    season = number_value(m["season"]) if m["season"] else None
    o = line.start
    return DatedMention(
        "release",
        "release.day_heading",
        (o + m.start("title"), o + m.end("title")),
        (day.start, day.end),
        (line.start, line.end),
        line.kind,
        line.index,
        kind="part" if m["part"] else "premiere",
        part=m["part"],
        seasons=(season,) if season else (),
        subject=(o + m.start("title"), o + m.end("title")),
        clause=(line.start, line.end),
    )


def day_heading_mentions(text: str, blocks: list[Block]) -> list[DatedMention]:
    """The release statements of the title lines under day headings (two lines at least per article)."""
    out: list[DatedMention] = []
    day: Block | None = None
    for b in blocks:
        if b.kind == "heading" and DATE_LINE.match(b.text):
            day = b
        elif day is not None and _listed(b) and (found := _entry(text, b, day)):
            out.append(found)
        elif b.kind in {"heading", "caption"} and not _SEPARATOR.search(b.text):
            day = None  # a heading that lists no title ends the day
    return out if len(out) >= 2 else []


_SEPARATOR = re.compile(r"\s[–—-]\s")
LISTED_LINE_CHARS = 120  # a listed title line ending in "(Spain)" is typed a paragraph; prose runs longer


def _listed(b: Block) -> bool:
    return b.kind in {"heading", "caption"} or (b.kind == "paragraph" and len(b.text) <= LISTED_LINE_CHARS)
