"""Heads and lines that scope or date a listicle entry: "3. Title (Netflix)", "Title, season 2 — May 1",
"SHOW" over "BBC One, Sunday 3 January, 9pm", a "Date | Show | Platform" row, a calendar's day heading.

`listing_lines` maps each such line to the title span that is the cue of the date on it; the context
rules read `entry_head` and `slot_heads` to scope the sections under them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from hsextract.ingest import Block
from hsextract.ingest.segment import DATED_HEAD_TAIL, FORMAT_WORDS
from hsextract.rules.tables import show_table_rows
from hsextract.rules.titles import (
    _DATE_LINE,
    _MONTH_NAME,
    _NUM,
    _PLATFORM,
    _TITLE,
    _WEEKDAY_NAME,
    _clean_title,
    platforms_in,
)
from hsextract.rules.vocab import REGION_WORDS

# "Gildmoor (Oct. 3, Netflix)": an unnumbered listicle entry, known by the platform in its brackets
# "New series: Title (Platform)", "K-drama corner: Title (Platform)": a short section label may lead
# a short label before the title: "New series: Title", or a capitals tag "NEW SEASON · TITLE"
# a list entry's number: "3. ", "3) ", a ranking's "No. 3 · "
ENTRY_NUMBER = r"(?:\d{1,2}[.)]|(?i:no)\.\s*\d{1,2}\s*[·•|:–—-])\s+"
_HEAD_LABEL = r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+|[A-Z][A-Z'’-]*(?:\s+[A-Z'’-]+){0,2}\s+[·•|]\s+)?"


# "Title (Netflix)", "'Title' season 2 (Netflix)", "'Title' season 3, episode 4 (Apple TV+)", a
# weekly guide's "Title, Season 4, Episode 6 — "Episode Title" (Max)", "Title S3E2 "Episode Title"
# (Hulu)", "Title season 2 finale (Disney+)", "Title (Netflix) — Season 2", "Title — Season 2 (Netflix)"
_UNNUMBERED_HEAD = re.compile(  # a bullet may mark the entry: "• Title (Season 3 premieres 9 p.m. AMC)"
    r"^\s*(?:[•▪◦*]\s+)?" + _HEAD_LABEL + r"[\"“‘']?(" + _TITLE + r")[\"”’']?"
    r"(?:(?:,|\s+[–—-])?\s*(?i:season|series)\s+\w+)?"
    r"(?:,?\s*(?i:episode)\s+\w+|\s+[Ss]\d{1,2}[Ee]\d{1,3})?(?:\s+(?i:finale|premiere))?"
    r"(?:\s*[–—:-]?\s*[\"“][^\"”]{1,80}[\"”])?\s*\(([^)]+)\)(?:\s*[–—-]\s*((?i:season|series|part)\s+\w+))?\s*$"
)
# what a head's title run may take in after the title: "Title Season 2 Finale", "Title S3E2"
_HEAD_TAIL = re.compile(r"(?:\s+(?:(?:Season|Series)\s+\w+|S\d{1,2}E\d{1,3}))?(?:\s+(?:Finale|Premiere))?$")


# a head naming one later episode ("season 3, episode 4"): its date is that episode's, no release
_LATER_EPISODE_HEAD = re.compile(r"\b(?i:episode)\s+(?!(?:1|one)\b)\w+")


_DATE_FIRST_ENTRY = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<date>(?:"
    + _WEEKDAY_NAME
    + r",?\s+)?(?:"
    + _MONTH_NAME
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH_NAME
    + r"))\s*(?::|\s[–—-])\s+(?!(?i:episodes?|ep|chapter)\b)(?P<title>"
    + _TITLE
    + r")"  # "April 10: Title", "April 10 – Title"; not "Fri 16 Oct – Episode 1: TITLE", an episode's
)


_FACT_LINE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s?:\s+[^?]{1,120}$"
)  # "Original Air Date : 20 May"


# "Part 1 – 14 November – Netflix", "Season 2 - April 4 - Netflix": a dash fact line of the entry
_DASH_FACT = re.compile(r"^(?:Part|Volume|Vol\.|Season|Series|Batch|Cour)\s+\w+\s*[–—-]\s+\S")


# "Jun-06, Sat-Sun, 12 eps, tvN/Netflix": an entry's fact line of short comma-separated fields
_COMMA_FACT = re.compile(r"^[^,.!?]{1,24}(?:,\s*[^,.!?]{1,24}){2,6}$")


_EPISODE_COUNT = re.compile(r"\b\d{1,3}\s*(?:eps?|episodes)\b", re.IGNORECASE)


# "9pm, BBC One and iPlayer", "Apple TV+", "11.05pm, BBC Two", "Netflix, Part 1: Thursday 21 January; Part 2:
# Thursday 18 February": a listings slot line under a show's name
_SLOT_LINE = re.compile(r"^(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b[,;:–-]?\s*)?[^.?!]{1,100}$", re.IGNORECASE)


SLOT_HEAD_WORDS = 8


# "Starts streaming: April 15", "Out: Friday the 10th", "Available April 3": the entry's date
_DATED_FACT = re.compile(
    r"^(?:(?:starts?|streaming|available|premieres?|release date|released|out|arrives?|airs?|on air|when"
    r"|date)[\w ]{0,20}:?\s+)(?=\S*\s*(?:[A-Z][a-z]+day|the\s+\d|\d|" + _MONTH_NAME + r"))[^.?!]{1,40}$",
    re.IGNORECASE,
)


_CLOCK_TAIL = re.compile(r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*$", re.IGNORECASE)


def slot_heads(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """TV-guide entries: a heading that is just a show's name, then a short line naming the channel
    (and time). The heading scopes the section under it like a listicle head."""
    heads: dict[int, tuple[str, str]] = {}
    for k in range(len(blocks) - 1):
        b, slot = blocks[k], blocks[k + 1]
        if b.kind != "heading" or len(b.text.split()) > SLOT_HEAD_WORDS or not _TITLE_ONLY.match(b.text):
            continue
        if _PLATFORM.fullmatch(b.text.strip()) or _FACT_BOX.match(b.text):
            continue  # a listing's channel line ("BBC One" over "Also available on BBC iPlayer"): no show
        if _DATE_LINE.match(_CLOCK_TAIL.sub("", b.text.strip())):
            continue  # a page's time stamp ("Thu 12 Nov 2026 at 06:30") over a photo caption: no show
        if _DATED_FACT.match(slot.text) and not _FACT_LINE.match(b.text):
            heads[b.index] = (b.text.strip(), slot.text)  # "Siltmere" above "Starts streaming: April 10"
            continue
        if _FACT_LINE.match(slot.text) or _FACT_LINE.match(b.text):
            continue  # "Episodes: 8" above "Where to stream: Netflix" is a fact box
        if (
            slot.kind in {"heading", "paragraph", "caption"}
            and _SLOT_LINE.match(slot.text)
            and platforms_in(slot.text)
        ):
            heads[b.index] = (b.text.strip(), slot.text)
    cards = _card_heads(blocks)
    inside = {i for j, (_, _, k) in cards.items() for i in range(j + 1, k)}  # a card's genre line is no show
    return {
        **{i: h for i, h in heads.items() if i not in inside},
        **{j: (t, f) for j, (t, f, _) in cards.items()},
    }


# a fact box's own label over its field lines names no show
_FACT_BOX = re.compile(
    r"^\s*(?:at a glance"
    r"|(?:the\s+)?(?:programme|program|show|series|key|quick)\s+(?:information|info|details|facts)"
    r"|the (?:details|facts|essentials|lowdown)|need to know|fact ?file"
    r"|how to watch|where to watch|key dates)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


# a streaming guide's card: "Title" / "Crime | Drama" / "(Image: ...)" / "Summary: ..." / "Why to
# watch: ..." / "Available March 8": the card's first heading is its show, the last line its date
_CARD_FIELD = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}:\s")
_CARD_REACH = 8  # blocks a card's date line looks back for its title
_UNTIL_FACT = re.compile(r"^\S+\s+(?:until|till|through|to)\b", re.IGNORECASE)  # "Available until March 31"


def _card_heads(blocks: list[Block]) -> dict[int, tuple[str, str, int]]:
    """Card heads by block index: (title, date line, the date line's index). A card has field lines
    ("Summary: ..."); a heading straight over a field line is a fact box's label ("At a Glance")."""
    heads: dict[int, tuple[str, str, int]] = {}
    for k, fact in enumerate(blocks):
        if (
            fact.kind not in {"heading", "paragraph"}
            or not _DATED_FACT.match(fact.text)
            or _UNTIL_FACT.match(fact.text)
        ):
            continue
        head: tuple[int, str] | None = None
        fields = 0
        for j in range(k - 1, max(-1, k - 1 - _CARD_REACH), -1):
            b = blocks[j]
            if b.kind == "heading" and _DATED_FACT.match(b.text):
                break  # the card before ends with its own date line
            if b.kind == "heading":
                title = _TRAILING_SEASON.sub("", b.text.strip())
                over_field = j + 1 < k and _CARD_FIELD.match(blocks[j + 1].text)
                card = (
                    _TITLE_ONLY.match(title)
                    and ":" not in title
                    and not over_field
                    and not _FACT_BOX.match(title)
                )
                head = (b.index, title) if card else head
            elif b.kind == "paragraph" and _CARD_FIELD.match(b.text):
                fields += 1
            elif b.kind != "caption":
                break  # prose ends the card
        if head is not None and fields:
            heads[head[0]] = (head[1], fact.text, fact.index)
    return heads


_WORDY = re.compile(r"[A-Za-z]{3}")


_TITLE_ONLY = re.compile(r"^\s*" + _TITLE + r"\s*$")


class EntryHead(NamedTuple):
    """A listicle entry's head line: its title's span in the line and what follows it (platform, date)."""

    start: int
    end: int
    title: str
    extra: str


# "1. Moorcliff, series 2 – BBC One and iPlayer", "Title Season 4 (12 November) – ABC TV": the
# platform after a dash, with or without a date in brackets before it
_DASH_HEAD = re.compile(
    r"^\s*(?:" + ENTRY_NUMBER + r")?" + _HEAD_LABEL + r"(" + _TITLE + r")"
    r"(?:\s*\([^)]+\)(?=[,:]?\s*(?i:season|series)\s))?"
    r"(?:[,:]?\s*(?i:season|series)\s+\w+(?:,\s*(?i:episode)\s+\w+)?)?"
    r"(?:\s*\(([^)]+)\))?\s+[–—-]\s+([^–—()]{1,60}?)(?P<tag>\s+[–—-]\s+[^–—()]{1,30}?|\s*\([^()]{1,30}\))?\s*$"
)  # a tag may follow the platform: "Title (s2) – Disney+ – Season Premiere!", "– Netflix (Hindi dub)"


# A slate's section heading: "Title (Season 2)", "Title (Limited Series)", "Title (Season 4, Final
# Season) — NEW DATE": the brackets give the season or the format, not a platform
_FORMAT_HEAD = re.compile(
    r"^\s*(" + _TITLE + r")\s*\((" + FORMAT_WORDS + r"\b[^()]{0,40})\)(?:\s*[–—-]+\s*([^()]{1,30}))?\s*$"
)


# A gallery slide's head: "Title: Premieres Tuesday, Sept. 15 on NBC", "Title: Part 1 premieres
# Oct. 8 on Netflix", "Title: Returns TBA on Prime Video"
_NUMBERED_TITLE = re.compile(r"^\s*" + ENTRY_NUMBER + r"(" + _TITLE + r")\s*$")
_COLON_HEAD = re.compile(r"^\s*(?:" + ENTRY_NUMBER + r")?(" + _TITLE + r")" + DATED_HEAD_TAIL)


_TRAILING_SEASON = re.compile(r"\s+(?i:season|series)\s+\w+$")


_NOT_AN_ENTRY = re.compile(r"(?i:episode|ep|part|volume|vol|chapter|season|series|week|day)\b")


# a listings blog's line: a time range, the show, a dash, then what airs
_TIMED_ENTRY = re.compile(
    r"^\s*\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?\s+"
    r"([A-Z0-9][^–—:]{0,60}?)\s+[–—-]\s+(\S.*)$"
)
# a fact-box line is no entry head: "Cast: Nan Pellow – JANE ROE; DI Tancred Pewsey – ...", "Slot: Saturdays
# 24:30 (Tokyo MX)"
_FACT_LABEL = re.compile(
    r"^\s*(?i:cast|starring|stars|writer|director|producer|creator|voices?|guest stars?"
    r"|(?:time\s*)?slot|broadcast|airtime|schedule)\s*:"
)


def _head(m: re.Match[str], title: str | None = None) -> EntryHead:
    """An EntryHead from a head match: group 1 the title (or `title`, a prefix of it), the rest extra."""
    title = m.group(1) if title is None else title
    return EntryHead(m.start(1), m.start(1) + len(title), title, " ".join(g for g in m.groups()[1:] if g))


# "1. Fyrlys (The Lamp)": a bracket that only translates the title (capitalised words, no
# platform, date, year or format; "(Who Sings at the Weir?)", "(Salt, Rope and Tar)" too) makes
# the line an episode list's item, not a show's entry
_GLOSS = re.compile(r"^(?!.*\d)(?!.*" + FORMAT_WORDS + r"\b)[A-Z][\w'’-]*(?:,?\s+[\w'’-]+){0,7}[?!]?$")


def _gloss(bracket: str) -> bool:
    return bool(_GLOSS.match(bracket)) and not platforms_in(bracket)


# A broadcaster's slate line: the title in capitals, then its format or season in ordinary case
# ("TITLE New Comedy Series (6×30) – Premieres ...", "TITLE Season 5 (13×30) – Special premiere ...")
_CAPS_HEAD = re.compile(
    r"^\s*([A-Z0-9][A-Z0-9&'’.:-]*(?:\s+[A-Z0-9&'’.:-]+)*)\s+"
    r"((?:New\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Series|Season\s+\w+|Special|Miniseries|Docuseries)\b.*)$"
)
CAPS_HEAD_LETTERS = 3


def entry_head(block: Block) -> EntryHead | None:
    """The head of a listicle entry: "3. Title (Platform)", "Title (Oct. 3, Netflix)", "Label: Title
    (Platform)", "1. Title, series 2 – Platform", "Title Season 4 (12 November) – Platform"."""
    return _entry_head(block.text, block.kind)


@lru_cache(maxsize=1024)  # the context, the listing lines and the line above each ask about one block
def _entry_head(text: str, kind: str) -> EntryHead | None:
    """`entry_head` of a block's text and kind, all it reads (offsets are into the text). A "label"
    before a season phrase is the title: "Title: Season 2 (Netflix Original)"."""
    head = _entry_head_of(text, kind)
    if head is not None and SCHEDULE_LABEL.search(head.title):
        return None
    if head is None or not _SEASON_PHRASE.match(head.title):
        return head
    label = _LABEL_BEFORE.match(text[: head.start])
    return EntryHead(label.start(1), label.end(1), label.group(1), head.extra) if label else None


_LABEL_ONLY = re.compile(r"^(?i:episode|ep\.?|chapter|part)\s*#?\d{1,3}$")
_FACT_BRACKET = re.compile(r"\([^()]*\)\s*$")
_BULLET = re.compile(r"^\s*[•▪◦*]\s+")
_SEASON_PHRASE = re.compile(r"^(?i:season|series|part|volume)\s+\w+$")
_LABEL_BEFORE = re.compile(r"^\s*(?:" + ENTRY_NUMBER + r")?(" + _TITLE + r"):\s+$")


# a schedule's own heading names no show: "THIS WEEK ON KOREAN TV (Oct. 10–16)", "Sunday Night on AMC"
SCHEDULE_LABEL = re.compile(
    r"\b(?:this|next|last)\s+week\b|\btonight\b|\bthis\s+weekend\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+night\s+on\b",
    re.IGNORECASE,
)


def _entry_head_of(text: str, kind: str) -> EntryHead | None:
    if _FACT_LABEL.match(text):
        return None
    # a dash's date or note before the bracket makes it an entry's head even with an unknown channel
    if (
        (m := _LIST_HEAD.match(text))
        and (m.group(2) or not _gloss(m.group(3)))
        and not _LABEL_ONLY.match(m[1])  # "2. Episode 6 – Title (the finale)"
    ):
        return _head(m)
    if m := _PIPE_HEAD.match(text):
        return _head(m, _TRAILING_NUMBER.sub("", m.group(1)))  # "3 | Title 2": the number is the season
    if _DATE_FIRST_ENTRY.match(text):
        return None  # "April 4: Title (Netflix)" names its show after the date
    if head := _long_head(text):
        return head
    # a long line is prose, not a head; a bulleted entry's trailing bracket of facts is its own ("• Title
    # (Season 3 premieres 9 p.m. AMC; streams the same night on AMC+)")
    words = (_FACT_BRACKET.sub("", text) if _BULLET.match(text) else _CAPS_TAG.sub("", text)).split()
    if kind != "heading" and len(words) > LISTING_HEAD_WORDS:
        return None
    # "Title (Netflix)", or "Title Season 2 (14 Nov)" in a week's list: the bracket dates the entry
    if _EPISODE_LABEL.match(text):
        return None  # 'Episode 1: "Title" (Oct 15)': an episode's line, its title no show
    if (m := _UNNUMBERED_HEAD.match(text)) and (_PLATFORM.search(m.group(2)) or _DATE_TAIL.match(m.group(2))):
        return _head(m, _HEAD_TAIL.sub("", m.group(1)) or None)
    return _short_head(text, kind)


def _short_head(text: str, kind: str) -> EntryHead | None:
    """Heads with no bracket: "Title (Drama)", "Title: returns in May", "2. Title", "Title – Netflix"."""
    if kind == "heading" and (m := _FORMAT_HEAD.match(text)) and not _NOT_AN_ENTRY.match(m.group(1)):
        return _head(m)
    if (m := _COLON_HEAD.match(text)) and not _NOT_AN_ENTRY.match(m.group(1)) and _clean_title(m.group(1)):
        return _head(m)
    return _dash_head(text)


PROSE_CHARS = 60  # a numbered heading over a paragraph this long heads a listicle entry


def numbered_heads(blocks: list[Block]) -> dict[int, EntryHead]:
    """A listicle's bare numbered headings over the entries' prose ("2. The Ferry Lodger" / a
    paragraph); not a numbered list of titles, whose lines follow one another."""
    out = {}
    for k, b in enumerate(blocks[:-1]):
        nxt = blocks[k + 1]
        m = _NUMBERED_TITLE.match(b.text) if b.kind == "heading" else None
        if (
            m
            and not _NOT_AN_ENTRY.match(m.group(1))
            and nxt.kind == "paragraph"
            and len(nxt.text) >= PROSE_CHARS
        ):
            out[b.index] = _head(m)
    return out


# a listings post's slot line over the episode it airs: "Title, Fox, 8/7C", "Title, BBC Two, 9pm"
_NETWORK_SLOT = re.compile(
    r"^\s*([^:,]+?),\s+([A-Z][^,\d]{1,29}),\s+\d{1,2}(?:[:.]\d{2})?"
    r"\s*(?:(?P<central>/\s*\d{1,2}(?:[:.]\d{2})?\s*[cC])|(?i:[ap]\.?m\.?))?(?:\s*(?:ET|PT|ET/PT))?\s*$"
)  # with a US "8/7C" time any channel name goes ("Disney XD"); otherwise a known platform


_EPISODE_LABEL = re.compile(r"^\s*(?i:episode|ep\.?|chapter)\s*#?\d{1,3}\s*[:–—-]")


def _long_head(text: str) -> EntryHead | None:
    """Heads that may run long: a slate line in capitals, a line of fields, a timed listing line."""
    if (m := _CAPS_HEAD.match(text)) and sum(c.isalpha() for c in m.group(1)) >= CAPS_HEAD_LETTERS:
        return _head(m)  # "TITLE New Drama Series (8×60) – Premieres Monday, January 11"
    if field := _field_head(text):
        return field  # a long line of fields is still a head
    if m := _TIMED_ENTRY.match(text):
        return _head(m)  # "10:05-11 Title – Episode 4, "Brackish Hours." ...": the line is about Title
    if (
        (m := _NETWORK_SLOT.match(text))
        and _TITLE_ONLY.match(m.group(1))
        and (m["central"] or _PLATFORM.fullmatch(m.group(2)))
    ):
        return EntryHead(m.start(1), m.end(1), m.group(1), m.group(2))
    return None


# a calendar entry set as one line of dash-separated fields: "Title, series 3 — New Year's Day, 9pm —
# Crime drama — Cast: A, B — Where to watch: BBC One and BBC iPlayer"
_FIELD_HEAD = re.compile(
    r"^\s*("
    + _TITLE
    + r")(?:,\s*(?i:(?:season|series)\s+\w+|\w+\s+(?:season|series|cour|part))|\s*\([^()]{1,20}\))?"
    r"\s+[–—]\s+((?:[^–—]+\s[–—]\s+){2,}[^–—]+)$"
)


def _field_head(text: str) -> EntryHead | None:
    if "–" not in text and "—" not in text:  # a field line has its dashes: skip the costly match
        return None
    if (m := _FIELD_HEAD.match(text)) is None or _NOT_AN_ENTRY.match(m.group(1)):
        return None
    if m.group(1).split()[0].lower() in REGION_WORDS:
        return None  # a rollout's "Japan (JST) – Thursday, July 9 – Tokyo MX" line
    return _head(m, _FIELD_TAIL.sub("", m.group(1)) or None)


# what a field head's title run takes in after the title: "Title S2", "Title S4 Part 1"
_FIELD_TAIL = re.compile(r"(?:\s+S\d{1,2})?(?:\s+(?:Part|Volume|Season|Series)\s+\w+)?$")


def _dash_head(text: str) -> EntryHead | None:
    """ "1. Title, series 2 – Platform"; "2. Title – season 3", "3. Title – new K-drama": a numbered
    entry may name its season or format instead of a platform."""
    m = _DASH_HEAD.match(text)
    numbered = bool(_NUMBERED.match(text)) and m is not None and bool(_ENTRY_KIND.search(m.group(3)))
    # "Title, season 2 — May 8 and July 12"; not an "Episode 9: Title TBA — Dec. 2" schedule line
    dated = (
        m is not None and bool(_DATE_TAIL.match(m.group(3))) and m.start(1) == len(text) - len(text.lstrip())
    )
    if (
        m is None
        or not (numbered or dated or _PLATFORM.search(m.group(3)))
        or _NOT_AN_ENTRY.match(m.group(1))
        # a tag is a label ("Season Premiere!"), not a date: "US – Peacock – Thursday 2 April" is a fact line
        or (m["tag"] and (not _PLATFORM.search(m.group(3)) or _HAS_DAY.search(m["tag"])))
    ):
        return None
    return _head(m, _TRAILING_SEASON.sub("", m.group(1)).rstrip(":"))


LISTING_HEAD_WORDS = 12
_CAPS_TAG = re.compile(r"^\s*[A-Z][A-Z'’-]*(?:\s+[A-Z'’-]+){0,2}\s+[·•|]\s+")  # "NEW SEASON · Title ..."


_DATE_TAIL = re.compile(
    r"^(?:(?:"
    + _WEEKDAY_NAME
    + r",?\s+)?(?:"
    + _MONTH_NAME
    + r"\.?\s+\d{1,2}|\d{1,2}\s+"
    + _MONTH_NAME
    + r")\b"
    r"|" + _WEEKDAY_NAME + r"\b"  # "Title, season 3 — Thursday"
    r"|(?:Christmas|Boxing|New\s+Year['’]s|Valentine['’]s)\s+(?:Day|Eve)\b)"  # "Title — Boxing Day, 9pm"
)


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")


_ENTRY_KIND = re.compile(
    r"(?i:\b(?:season|series|part|volume|cour|new|returning|k-drama|drama|anime|docuseries|miniseries|sitcom)\b)"
)


# '"Title" (The CW) – renewed for Season 4 ...': a line that opens with a show and its network,
# then a dash and prose about it; the line is about that show (and only the line)
_LEAD_ENTRY = re.compile(
    # "Streaming: Title (Netflix) – ...": a label may lead
    r"^\s*(?:[-*•]\s*)?(?:(?i:streaming|on demand|also streaming|also new)\s*:\s+)?"
    r"(?:“([^“”]{1,60})”|\"([^\"]{1,60})\"|(" + _TITLE + r"))"
    r"\s*\(([^()]{2,40})\)\s*[–—-]\s+\S"
)


# a newspaper TV column's pick: 'TONIGHT'S BEST: "Title," 8 p.m., CBS.' / '"Title," any time, Hulu.'
_COLUMN_ENTRY = re.compile(
    r"^\s*(?:[A-Z][A-Z'’ -]{0,20}:\s+)?[“\"](?P<title>[^“”\"]{1,60}?),?[”\"],?\s+"
    r"(?P<when>\d{1,2}(?::\d{2})?(?:\s*(?:-|and)\s*\d{1,2}(?::\d{2})?)?\s*[ap]\.?m\.?"
    r"|any time|all (?:day|night))"
    r",\s*(?P<network>[^.,]{2,30})\."
)


def column_network(text: str) -> str | None:
    """The platform a column's pick line names ('"Title," any time, Hulu.'), else None."""
    c = _COLUMN_ENTRY.match(text)
    found = platforms_in(c["network"]) if c else []
    return found[0][2] if found else None


def lead_entry(text: str) -> str | None:
    """The show a '"Title" (Network) – prose' line, or a column's '"Title," 8 p.m., CBS.' pick, opens with."""
    if (c := _COLUMN_ENTRY.match(text)) and platforms_in(c["network"]):
        return c["title"]
    m = _LEAD_ENTRY.match(text) if "(" in text else None  # the network is in brackets
    if m is None or not platforms_in(m.group(4)):
        return None
    return m.group(1) or m.group(2) or m.group(3)


DATE_FIRST_ENTRY = _DATE_FIRST_ENTRY


_HAS_DAY = re.compile(r"\d")


# "Title: Season 2 (Prime Video Original)", "Title (Limited Series) – Netflix": a calendar's title line
_CALENDAR_LINE = re.compile(
    r"^(?:NEW\s+)?[A-Z0-9][^:()]{0,60}(?::\s*(?i:season|series|part|volume)\b[^()]*)?\s*\("
)


def day_heading(blocks: list[Block], k: int) -> bool:
    """A date line over a title line ("May 29" over "Title: Season 4 (Prime Video Original)") heads
    a calendar's day; it is not the date of the entry above it."""
    return (
        bool(_DATE_LINE.match(blocks[k].text))
        and k + 1 < len(blocks)
        and bool(_CALENDAR_LINE.match(blocks[k + 1].text) or entry_head(blocks[k + 1]))
    )


def _after_channels(line: str) -> str:
    """A slot line without its leading channels: "BBC One and iPlayer, Sunday 3 January" -> the date."""
    m = re.match(
        r"^(?:" + _PLATFORM.pattern + r")(?:\s+(?:and|&)\s+(?:" + _PLATFORM.pattern + r"))*,\s*", line
    )
    return line[m.end() :] if m else line


_SPAN_SPLIT = re.compile(r"\s+(?:[–—-]|to|until|through)\s+", re.IGNORECASE)
_MONTH_WORD = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)


def _period_line(text: str) -> bool:
    """A line that is only a span of two dates ("Saturday 3rd October – Friday 9th October 2026"): the
    period a listing covers, not the date of one drop."""
    parts = _SPAN_SPLIT.split(text.strip())
    return (
        len(text) <= PERIOD_LINE_CHARS
        and len(parts) == 2
        and all(_MONTH_WORD.search(p) and re.search(r"\d", p) for p in parts)
    )


PERIOD_LINE_CHARS = 70


def listing_lines(blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """Block index -> title span of listicle entry heads whose brackets date the entry
    ("Gildmoor (Oct. 3, Netflix)", "2. Saltmere, season 2 (Hulu, Oct. 5)"): the head is the cue of
    the date in its brackets, as an "Episode 2: ... (May 9)" line is of its date. A head followed by
    a line that is only a date ("Sunday 5 October, 9pm") is the cue of that line's date."""
    out = _card_lines(blocks)
    slots = slot_heads(blocks)
    for k, b in enumerate(blocks):
        if b.index in slots and k + 1 < len(blocks) and _DATE_LINE.match(_after_channels(blocks[k + 1].text)):
            out[blocks[k + 1].index] = (
                b.start,
                b.end,
            )  # "MARSDEN EDGE" over "BBC One, Sunday 3 January, 9pm"
            continue
        head = entry_head(b)
        # "Gildmoor (Oct. 3, Netflix)", "Title, season 3 — Thursday"; not "Channel 4"
        dated = head is not None and (
            _HAS_DAY.search(_PLATFORM.sub("", head.extra)) or _DATE_TAIL.match(head.extra)
        )
        if head is not None and dated and not _DATE_FIRST_ENTRY.match(b.text):
            out[b.index] = (b.start + head.start, b.start + head.end)
        elif (
            head is not None
            and k + 1 < len(blocks)
            and (_DATE_LINE.match(blocks[k + 1].text) or _DATED_FACT.match(blocks[k + 1].text))
            and not day_heading(blocks, k + 1)
            and not _LATER_EPISODE_HEAD.search(b.text)
        ):  # "Sunday 5 October, 9pm", "Premieres Wednesday, March 4" under the head
            out[blocks[k + 1].index] = (b.start + head.start, b.start + head.end)
        elif (
            (entry := _DATE_FIRST_ENTRY.match(b.text))
            and not _LATER_EPISODE.match(b.text, entry.end("title"))
            and ";" not in b.text  # "Friday — A (Netflix); B (Max)" dates each title (rules.calendar)
        ):
            out[b.index] = (b.start + entry.start("title"), b.start + entry.end("title"))
    # "Tue 11 Nov | Harbour Pups S2 | ABC iview"; a return table's rows are cued by their own flags
    for index, span in table_shows(blocks, returns=False).items():
        out.setdefault(index, span)
    return _without_periods(blocks, out)


def _card_lines(blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """A card's "Available March 8" line -> its head's title span."""
    by_index = {b.index: b for b in blocks}
    return {
        k: (by_index[j].start, by_index[j].start + len(t)) for j, (t, _, k) in _card_heads(blocks).items()
    }


def _without_periods(blocks: list[Block], lines: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Not "Saturday 3rd October – Friday 9th October 2026" under "WEEK 41": the period a listing covers."""
    periods = {b.index for b in blocks if _period_line(b.text)}
    return {index: span for index, span in lines.items() if index not in periods}


# what follows a show's name in a schedule cell: "S2", "Season 4", "Part 1", "ep 1", "episodes 1-3"
_CELL_TAIL = re.compile(
    r"\s+(?i:S\d{1,2}\b|(?:season|series|part|volume)\s+\w+|eps?\.?\s*\d|episodes?\s+\d).*$"
)


def table_shows(blocks: list[Block], returns: bool | None = None) -> dict[int, tuple[int, int]]:
    """Block index -> the show's name in each row of a "Date | Show | Platform" table, without the
    season or episode after it, its quotes or its bracketed network ("\"Title\" (NBC)"); a later
    episode's row ("Title ep 2") dates no release. `returns` as for show_table_rows."""
    texts = {b.index: b for b in blocks}
    out = {}
    for index, (start, end) in show_table_rows(blocks, returns).items():
        b = texts[index]
        cell = b.text[start - b.start : end - b.start]
        tail = _CELL_TAIL.search(cell)
        if tail and _LATER_EPISODE.match(cell, tail.start()):
            continue
        name = _CELL_BRACKET.sub("", cell[: tail.start()] if tail else cell)
        lead = len(name) - len(name.lstrip(_CELL_QUOTES))
        name = name.rstrip(_CELL_QUOTES + " ")
        if len(name) > lead:
            out[index] = (start + lead, start + len(name))
    return out


_CELL_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


_CELL_QUOTES = "\"'“”‘’*"


# "- Sunday, March 16: Title episode 2 (Netflix)": a later episode's air date, not the season's release
_LATER_EPISODE = re.compile(
    r",?\s*(?:(?i:season|series)\s+\w+,?\s*)?(?i:(?:episodes?|eps?\.?)\s*(?!(?:1|one)\b)"
    + _NUM
    + r"|finale|season finale)\b"
)


# "1 | Title (working title)", "3 | Title 2": a ranked entry's head, set off by a bar; a number
# after the title is its season
_PIPE_HEAD = re.compile(
    r"^\s*\d{1,2}\s*\|\s+(" + _TITLE + r")(?:\s+(\d{1,2}))?(?:\s*\(([^()|]{1,40})\))?\s*$"
)


_TRAILING_NUMBER = re.compile(r"\s+\d{1,2}$")


def _pipe_season(line: str) -> int | None:
    m = _PIPE_HEAD.match(line)
    n = _TRAILING_NUMBER.search(m.group(1)) if m else None
    return int(n.group()) if n else None


_LIST_HEAD = re.compile(  # "3. Title (Netflix)", "1. Title, series 2 — Sunday 29 November (RÚV)"
    r"^\s*"
    + ENTRY_NUMBER
    + r"("
    + _TITLE
    + r")(?:,\s*(?:season|series)\s+\w+)?(?:\s+[–—]\s+([^()–—]{1,40}?))?"
    r"\s*\(([^)]+)\)\s*$",
    re.IGNORECASE,
)
