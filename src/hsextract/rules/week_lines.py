"""A weekly TV blog's listing lines: "Weekday – Channel – Title 9pm (tag)".

    Must-see TV – week beginning Sat 7 November 2026
    Saturday – BBC Four – Harrow Point 9pm ***New Series***
    Sunday – ITV1 – Gull Ledger 8pm (Series 4, E1/6)
    Thursday – BBC One – Tarrock Weir 9pm (Final Episode)

Each line is one slot in the week the page covers; its tag says what the slot is: a new series or
an opening episode ("E1/6") is the season's premiere on that day, a final episode ("Final Episode",
"E6/6") its finale, any other episode neither. The weekday is dated within the guide's week (the
assemble stage reads "week beginning <date>"; without one, the coming weekday after publication).
"""

from __future__ import annotations

import re
from dataclasses import replace

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.titles import _WEEKDAY_NAME, platforms_in, single_season, title_day
from hsextract.textnorm import may_contain

RULE = "release.week_line"

_LINE = re.compile(
    r"^\s*(?P<day>" + _WEEKDAY_NAME + r")\s*[–—-]\s*(?P<channel>[^–—]{2,40}?)\s*[–—-]\s*"
    r"(?P<title>[A-Z0-9][^–—()*]{0,60}?)\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))\b(?P<tags>.*)$",
    re.IGNORECASE,
)
# "(Series 4, E1/6)", "(S2 E4/6)": episode n of m
_EPISODE_OF = re.compile(r"\bE(?:p(?:isode)?\.?\s*)?(\d{1,2})\s*/\s*(\d{1,2})\b", re.IGNORECASE)
_FINALE = re.compile(r"\b(?:final episode|finale|last episode|series ends|final part)\b", re.IGNORECASE)
_PREMIERE = re.compile(
    r"\b(?:new(?: series| season)?|(?:uk |us |season |series )?premiere|returns?|first episode)\b",
    re.IGNORECASE,
)
_SEASON = re.compile(r"\b(?:(?:series|season)\s+(\d{1,2})|s(\d{1,2}))\b", re.IGNORECASE)


# "week beginning Sat 7 November 2026", "w/c 7 November", "The TV week: Saturday 26th November – ..."
_WEEK_START = re.compile(
    r"\b(?:week\s+(?:beginning|commencing|starting|of)|w/c)\s*:?\s+(?P<date>(?:"
    + _WEEKDAY_NAME
    + r",?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?)",
    re.IGNORECASE,
)
WEEK_WORDS = ("week", "w/c")  # every `_WEEK_START` match holds one
WEEK_BLOCKS = 6  # the guide's week is named in its headline or first lines


def week_start_span(blocks: list[Block]) -> tuple[int, int] | None:
    """Where the first lines name the first day of the week a guide covers ("week beginning ...")."""
    for b in blocks[:WEEK_BLOCKS]:
        if may_contain(b.text, WEEK_WORDS) and (m := _WEEK_START.search(b.text)):
            return b.start + m.start("date"), b.start + m.end("date")
    return None


def _kind(tags: str) -> str | None:
    """'premiere', 'finale' or None (an ordinary episode, or no tag)."""
    if m := _EPISODE_OF.search(tags):
        n, of = int(m.group(1)), int(m.group(2))
        return "premiere" if n == 1 else "finale" if n == of else None
    if _FINALE.search(tags):
        return "finale"
    return "premiere" if _PREMIERE.search(tags) else None


def week_line_heads(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """Block index -> (title, channel) of a weekly guide's listing lines (two lines at least): the
    shows a guide lists, so the context knows the page is about many shows."""
    lines = {
        b.index: (m["title"].strip(), m["channel"].strip())
        for b in blocks
        if (m := _LINE.match(b.text)) and platforms_in(m["channel"])
    }
    return lines if len(lines) >= 2 else {}


def week_line_mentions(blocks: list[Block]) -> list[DatedMention]:
    """The premieres and finales of a weekly guide's listing lines (two lines at least)."""
    lines = [
        (k, m) for k, b in enumerate(blocks) if (m := _LINE.match(b.text)) and platforms_in(m["channel"])
    ]
    if len(lines) < 2:
        return []
    out = []
    for k, m in lines:
        b = blocks[k]
        kind = _kind(m["tags"])
        if kind is None:
            continue
        # the tag's season ("Series 4, E1/6"), else the one season the blurb under the line names
        season = next((int(s.group(1) or s.group(2)) for s in _SEASON.finditer(m["tags"])), None)
        blurb = blocks[k + 1] if k + 1 < len(blocks) and blocks[k + 1].kind == "paragraph" else None
        if season is None and blurb is not None and not _LINE.match(blurb.text):
            season = single_season(blurb.text)
        o = b.start
        plats = [p for _, _, p in platforms_in(m["channel"])]
        out.append(
            DatedMention(
                "release",
                RULE,
                (o + m.start("title"), o + m.end("title")),
                (o + m.start("day"), o + m.end("day")),
                (b.start, b.end),
                b.kind,
                b.index,
                kind=kind,
                tense="future",
                seasons=(season,) if season else (),
                platform=plats[0],
                platforms=tuple(dict.fromkeys(plats)),
                subject=(o + m.start("title"), o + m.end("title")),
                clause=(b.start, b.end),
            )
        )
    return out


# A daily listings post's tag opening an episode's blurb: 'Title, Fox, 8/7C' / '"Ep" (S05E01)' /
# "SEASON PREMIERE  The pups head to the moon." The headline names the day ("TV Tonight: Monday,
# September 21"); the tag makes the slot its section's season premiere (a series premiere: season 1).
TAG_RULE = "release.premiere_tag"
_TAG = re.compile(r"^\s*(?P<tag>(?P<series>SERIES|SEASON)\s+PREMIERE)\b")
_CODE = re.compile(r"\bS(\d{1,2})E\d{1,3}\b")
HEAD_BLOCKS = 3  # the day is named in the headline, or a heading just under the masthead
TAG_LOOKBACK = 2  # the episode line with the slot's code sits this many blocks above the tag at most


def premiere_tag_mentions(blocks: list[Block]) -> list[DatedMention]:
    """The season premieres a listings post flags in capitals, dated by the day its headline names."""
    tags = [(k, m) for k, b in enumerate(blocks) if "PREMIERE" in b.text and (m := _TAG.match(b.text))]
    # the headline, or the heading under a masthead ("GEEK PULSE" / "TV Tonight: Monday, September 21")
    heads = [replace(b, kind="title") for b in blocks[:HEAD_BLOCKS] if b.kind in {"title", "heading"}]
    day = next((d for b in heads if (d := title_day(b)) is not None), None) if tags else None
    if day is None:
        return []
    out = []
    for k, m in tags:
        b = blocks[k]
        codes = [c for a in blocks[max(0, k - TAG_LOOKBACK) : k] for c in _CODE.finditer(a.text)]
        season = 1 if m["series"] == "SERIES" else int(codes[-1].group(1)) if codes else None
        out.append(
            DatedMention(
                "release",
                TAG_RULE,
                (b.start + m.start("tag"), b.start + m.end("tag")),
                (day.start, day.end),
                (b.start, b.end),
                b.kind,
                b.index,
                tense="future",
                seasons=(season,) if season else (),
            )
        )
    return out
