"""Schedules under day headings: a network's slot lines and a daily guide's flagged title lines.

    Monday, Sept. 21                          FRIDAY
    8:00-9:00 PM GULLEY RESCUE (Season        Copper Slipway (series debut) — Netflix
    Nine Premiere)                            8 p.m.
                                              Pellory PD (season 7 finale) — CBS

A line that flags a premiere or debut is that season's release on the heading's day (a series
premiere or debut is season 1); a flagged finale is the season's finale on that day; a "Time Period
Premiere" or "Night Two" is a later airing and a "(film)" or "(special)" no season at all. A pick's
title line over its "Season Premiere" tag line is read the same way. The sentence rules read such a
block as one run-on sentence, so these lines are read here, one each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.titles import DATE_LINE, platforms_in, seasons_in, single_season, title_day

_TIME = (
    r"\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+(?:ET|PT|CT|MT|ET/PT))?"
)
_FLAG = r"(?:premiere|debut|finale|returns?)"
_RANGE = r"\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"  # "8-9", "9-10:05"
_SLOT_LINE = re.compile(
    r"^\s*(?:" + _TIME + r"(?:\s*[—–-]\s*|\s+))?"  # '8 p.m. — "Title" (NBC, season premiere)'
    r"(?P<q>[\"“])?(?P<title>(?-i:[A-Z0-9])[^()]{0,60}?)(?(q)[\"”])\s*\((?P<note>[^()]*\b"
    + _FLAG
    + r"\b[^()]*)\)"
    r"(?:\s*[—–-]\s*(?P<platform>[^()]{1,40}))?\s*$",
    re.IGNORECASE,
)
_TIME_LINE = re.compile(
    r"^\s*" + _TIME + r"\s*$|^\s*(?:streaming|cable|network|broadcast|late night)\s*$", re.I
)
# a pick's tag line under its title: "Season Premiere", "Limited Series Debut", "Series Finale"; a UK
# listing's episode counter: "New series (1/6)" or "(1/6)" opens a series, "Final episode (6/6)" ends it
_TAG_LINE = re.compile(
    r"^\s*(?:(?:(?:limited|new|final)\s+)?(?:season|series)\s+(?:premiere|debut|finale)"
    r"|(?:new\s+series\s*)?\(1/\d{1,2}\)|(?:final\s+episode\s*)?\((?P<last>\d{1,2})/(?P=last)\))"
    r"(?:\s*$|[.!]\s)",
    re.I,
)
_DAY_WORD = re.compile(r"^\s*(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$")
_LATER_AIRING = re.compile(r"\b(?:time\s+period|time\s+slot|night\s+two|encore|special|film|movie)\b", re.I)
_NEW_SERIES = re.compile(r"\b(?:series\s+(?:premiere|debut)|limited\s+series|new\s+series)\b", re.IGNORECASE)
_FINALE = re.compile(r"\bfinale\b", re.IGNORECASE)
# a grid row ("8:00 | A (S3 premiere) | B") or a rundown line ("8:00 Show #45 "Title"") is read elsewhere
_NOT_SLOT = re.compile(r"\||#\d")
_ANY_WEEKDAY = re.compile(r"\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
TAG_REACH = 2  # blocks between a pick's title line and its tag line (a "Where to watch:" field)


def _day(b: Block) -> bool:
    return _day_line(b.text)


@lru_cache(maxsize=1024)  # each block's line is asked about by slot_lines (twice) and slot_mentions
def _day_line(text: str) -> bool:
    return bool(DATE_LINE.match(text) or DATE_LINE.match(text.title()) or _DAY_WORD.match(text))


def _mention(
    line: Block, day: Block, title: tuple[int, int], note: str, platform: str
) -> DatedMention | None:
    if _LATER_AIRING.search(note):
        return None
    named = {n for _, _, n in seasons_in(note)}
    # a premiere's note may recall the last season ("after the season 4 cliffhanger, the fifth season
    # opens"): the season that premieres is the latest it names
    season = (max(named) if named and not _FINALE.search(note) else single_season(note)) or (
        1 if _NEW_SERIES.search(note) else None
    )
    plats = [p for _, _, p in platforms_in(platform)]
    return DatedMention(
        "release",
        "release.slot_line",
        title,
        (day.start, day.end),
        (line.start, line.end),
        line.kind,
        line.index,
        kind="finale" if _FINALE.search(note) else "premiere",
        # a week's guide runs forward from its date: its "THURSDAY" is the coming one
        tense="future" if _DAY_WORD.match(day.text) else None,
        seasons=(season,) if season else (),
        platform=plats[0] if plats else None,
        platforms=tuple(dict.fromkeys(plats)),
        subject=title,
        clause=(line.start, line.end),
    )


# a blog's listing line: "8-9 Title – SEASON PREMIERE! The dramedy starts its third season ..."
_DASH_SLOT = re.compile(
    r"^\s*" + _RANGE + r"\s+(?P<title>[A-Z0-9][^–—]{0,60}?)\s+[–—-]\s+"
    r"(?P<note>(?:[\w-]+\s+){0,2}(?:season|series)\s+(?:premiere|finale|debut)\b)!?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


# the day's streaming drop: "Streaming: Title (Netflix) – SEASON 2! All eight episodes at once"
_STREAM_SLOT = re.compile(
    r"^\s*(?:streaming|on demand|also streaming)\s*:\s+(?P<title>[A-Z0-9][^()–—]{0,60}?)\s*"
    r"\((?P<platform>[^()]{1,40})\)\s*[–—-]\s*(?P<note>(?:season|series)\s+(?:\d{1,2}|premiere|debut|finale)"
    r"|new\s+series)\b!?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def _slot(line: Block, day: Block) -> DatedMention | None:
    if _NOT_SLOT.search(line.text):
        return None
    if m := _SLOT_LINE.match(line.text):
        title = (line.start + m.start("title"), line.start + m.end("title"))
        return _mention(line, day, title, m["note"], m["platform"] or "")
    if m := _STREAM_SLOT.match(line.text):
        title = (line.start + m.start("title"), line.start + m.end("title"))
        return _mention(line, day, title, f"{m['note']} premiere {_opening(m['rest'])}", m["platform"])
    if m := _DASH_SLOT.match(line.text):
        title = (line.start + m.start("title"), line.start + m.end("title"))
        return _mention(line, day, title, f"{m['note']} {_opening(m['rest'])}", "")
    return None


def _tagged(blocks: list[Block], k: int, day: Block) -> DatedMention | None:
    """A pick's title line (a heading) whose tag line follows within `TAG_REACH` blocks."""
    head = blocks[k]
    if (
        head.kind != "heading"
        or ":" in head.text  # a "Where to watch:" field, not a title
        or len(head.text.split()) > TITLE_LINE_WORDS
        or not head.text[:1].isupper()
    ):
        return None
    for j in range(k + 1, min(len(blocks), k + 2 + TAG_REACH)):
        if tag := _TAG_LINE.match(blocks[j].text):
            between = blocks[k + 1 : j]
            if not all(_FIELD_LINE.search(b.text) or platforms_in(b.text) for b in between):
                return None  # "Pick of the day" over the title line: the head is the title, not this
            fields = " ".join(b.text for b in between)
            blurb = blocks[j + 1].text if j + 1 < len(blocks) else ""  # "The second season opens ..."
            note = f"{_tag_note(tag)} {_opening(blurb)}"
            return _mention(blocks[j], day, (head.start, head.end), note, fields)
    return None


def _tag_note(tag: re.Match[str]) -> str:
    """A tag line as a note: a UK counter's "New series (1/6)" opens a series whose number the blurb
    gives (in UK usage "new series" is a new season, not a new show); "Final episode (6/6)" ends one."""
    if "(" not in tag.group(0):
        return tag.group(0)
    return "finale" if tag.group("last") else "premiere"


# a field between a pick's title and its tag line: "9pm, BBC One", "Where to watch: Netflix"
_FIELD_LINE = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}/\d{1,2}c\b|:", re.I)


def _opening(text: str) -> str:
    """A blurb's first sentence, whose season ("The second season opens ...") is the pick's."""
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


TITLE_LINE_WORDS = 8


def slot_mentions(blocks: list[Block]) -> list[DatedMention]:
    """The flagged lines under each day heading ("MONDAY, SEPT. 21", "FRIDAY" too)."""
    out: list[DatedMention] = []
    day: Block | None = None
    for k, b in enumerate(blocks):
        if _day(b):
            day = b
        elif (dated := title_day(b)) is not None:
            day = dated
        elif b.kind == "heading" and _ANY_WEEKDAY.search(b.text):
            day = None  # "EPISODE RUNDOWN — MONDAY": another day's section, not the last heading's
        elif day is not None and (found := _slot(b, day) or _tagged(blocks, k, day)) is not None:
            out.append(found)
    return out


def slot_lines(blocks: list[Block]) -> set[int]:
    """Block indexes of the slot lines `slot_mentions` reads, which sentences must not read again."""
    out, under = set(), False
    for b in blocks:
        if _day(b) or title_day(b) is not None:
            under = True
        elif b.kind == "heading" and _ANY_WEEKDAY.search(b.text):
            under = False
        elif under and not _NOT_SLOT.search(b.text) and (_SLOT_LINE.match(b.text) or _TAG_LINE.match(b.text)):
            out.add(b.index)
    return out
