"""Article context: which show, which season, which platform a sentence is about.

Shows are found by how articles name them, never by a list of titles: a capitalised run right
before "season N" / "series N", a quoted title, a numbered list heading "3. Title (Platform)".
The article's show is the candidate it mentions most; a heading naming a show scopes the
section under it (listicles cover many shows).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from hsextract.ingest import Block
from hsextract.ingest.segment import DATED_HEAD_TAIL, FORMAT_WORDS
from hsextract.rules.tables import show_table_rows
from hsextract.rules.vocab import PLATFORMS
from hsextract.textnorm import has_word, word_spans

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "final": 0,
}
_NUM = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_SEASON = re.compile(
    r"\b(?:seasons?|series)\s+" + _NUM + r"\b(?!\s*(?:of\s+\d|[-–]\s*\d))"
    r"|\b("
    + "|".join(k for k in ORDINALS if k != "final")
    + r")\s+(?:and\s+(?:final|last)\s+)?(?:season|series)\b"
    r"|\bS(\d{1,2})(?=\b|E\d)"
    r"|\b(\d{1,2})(?:st|nd|rd|th)\s+(?:season|series)\b",  # "2nd Season"
    re.IGNORECASE,
)
_CAP = r"(?:[A-Z0-9](?:[\w!?&:\-]|['’](?=\w))*|&)"
_LINK = r"(?:of|the|and|at|in|on|for|a|an|to|&|de|la|le|von|van)"
_TITLE = _CAP + r"(?:\s+(?:" + _LINK + r"\s+)*" + _CAP + r")*"
# Before "season N" the title is bounded: the unanchored search tries every capitalised word as a
# start, and an unbounded run made each try read to the end of the run (a line of 8,000 capitalised
# words took 18 s). No title is this long; a longer run yields its last words, as a shorter one would.
TITLE_MAX_WORDS = 24
_TITLE_RUN = _CAP + r"(?:\s+(?:" + _LINK + r"\s+)*" + _CAP + rf"){{0,{TITLE_MAX_WORDS - 1}}}"
_BEFORE_SEASON = re.compile(
    r"(" + _TITLE_RUN + r")(?:'s|’s)?\s+(?:(?i:season|series)\s+(?i:" + _NUM + r")\b|"
    r"(?i:\d{1,2}(?:st|nd|rd|th)|"
    + "|".join(k for k in ORDINALS if k != "final")
    + r")\s+(?i:season|series)\b)"
)
# "Title Anime's 2nd Season", "Title Drama Season 2": a format word glued to the title is not part of it
_FORMAT_TAIL = re.compile(r"\s+(?:Anime|Drama|K-Drama|TV Series|Series|Show|Sitcom|Docuseries)(?:['’]s)?$")
# "the first season of Title", "season 2 of Title"
_ORDINAL_WORDS = "|".join(k for k in ORDINALS if k != "final")
_A_SEASON = rf"(?:season|series)\s+{_NUM}|(?:{_ORDINAL_WORDS})\s+(?:season|series)"
_SEASON_OF = re.compile(r"\b(?i:" + _A_SEASON + r")\s+of\s+(?P<title>" + _TITLE + r")")
# Headlines that open with their subject: "Title: ...", "Title review: ...", "Title episode guide – ..."
_HEADLINE_SUBJECT = re.compile(
    r"\s*(" + _TITLE + r")(?:\s+(?i:review|recap|cast|episode guide|guide|trailer|"
    r"ending explained|release date|first look|finale|premiere|season \d+|"
    r"series \d+)){0,3}\s*[:–—|]"
)
# 'Episode 6, titled "Codicil"', 'The finale, "Slack Tide"': an episode's title, not a show's.
_EPISODE_CUE = re.compile(
    r"(?i:\b(?:episode\s+\w+|episodes?|ep\.?\s*\d{1,2}|(?:en)?titled|called|named|finale|premiere|pilot|opener))\W*$"
)
# Quotes must pair: in “She's right,” the apostrophe does not close the “ (no "She" show).
_QUOTED = re.compile(
    r"(?:(?<=\s)|^)(?:“(" + _TITLE + r")”|\"(" + _TITLE + r")\"|‘(" + _TITLE + r")’"
    r"|'(" + _TITLE + r")')(?=[\s.,:;!?s]|$)"
)
# Agnes “Aggie” Dunmore: a nickname inside a person's name, not a title.
_NAME_BEFORE, _NAME_AFTER = re.compile(r"[A-Z][\w'’.-]*\s$"), re.compile(r"\s[A-Z]")
# A "title" made only of these is a sentence opener ("The season 2 finale", “That's all”), never a show.
_NOT_TITLES = (
    frozenset("a an and as but he her here his i if its my or our she so that the".split())
    | frozenset("their there these they this those we what when which who will".split())
    | frozenset(
        "in on at for from with by after before during until since of to into over under across".split()
    )
)  # "In series 3, ...": a preposition opening the sentence, not a title
# "Gildmoor (Oct. 3, Netflix)": an unnumbered listicle entry, known by the platform in its brackets
# "New series: Title (Platform)", "K-drama corner: Title (Platform)": a short section label may lead
_HEAD_LABEL = r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+)?"
# "Title (Netflix)", "'Title' season 2 (Netflix)", "'Title' season 3, episode 4 (Apple TV+)"
_UNNUMBERED_HEAD = re.compile(
    r"^\s*" + _HEAD_LABEL + r"[\"“‘']?(" + _TITLE + r")[\"”’']?(?:,?\s*(?i:season|series)\s+\w+)?"
    r"(?:,?\s*(?i:episode)\s+\w+)?\s*\(([^)]+)\)\s*$"
)
# a head naming one later episode ("season 3, episode 4"): its date is that episode's, no release
_LATER_EPISODE_HEAD = re.compile(r"\b(?i:episode)\s+(?!(?:1|one)\b)\w+")
# "April 4: Title season 2 (Netflix)", "- Sunday, March 16: Title episode 2 (Netflix)": a dated
# schedule entry; group 2 is the date, group 1 the title
# "Sunday", "Sat", "Thurs.": a weekday as listings write it
_WEEKDAY_NAME = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day|\.)?"
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_DATE_FIRST_ENTRY = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<date>(?:"
    + _WEEKDAY_NAME
    + r",?\s+)?(?:"
    + _MONTH_NAME
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH_NAME
    + r"))\s*(?::|\s[–—-])\s+(?P<title>"
    + _TITLE
    + r")"  # "April 10: Title", "April 10 – Title"
)


_FACT_LINE = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s+[^?]{1,120}$")
# "Part 1 – 14 November – Netflix", "Season 2 - April 4 - Netflix": a dash fact line of the entry
_DASH_FACT = re.compile(r"^(?:Part|Volume|Vol\.|Season|Series|Batch|Cour)\s+\w+\s*[–—-]\s+\S")
# "Jun-06, Sat-Sun, 12 eps, tvN/Netflix": an entry's fact line of short comma-separated fields
_COMMA_FACT = re.compile(r"^[^,.!?]{1,24}(?:,\s*[^,.!?]{1,24}){2,6}$")
_EPISODE_COUNT = re.compile(r"\b\d{1,3}\s*(?:eps?|episodes)\b", re.IGNORECASE)
# "Pick of the week: Title, season 2": a heading that is only a show's name (and season) opens its section
_SEASON_HEAD = re.compile(r"^\s*" + _HEAD_LABEL + r"(" + _TITLE + r"),?\s+(?i:season|series)\s+\w+\s*$")


# "Still going: The Ember Gate", "Pick of the week: Title": a label of two to four words before a
# show's name; not a fact field ("Where to watch: Netflix"), a film's label ("Movie of the week: X") or
# a dub line ("Kenji: Jane Roe")
_LABELLED_HEAD = re.compile(r"^\s*([A-Z][a-z]+(?:\s+[a-z]+){1,3}):\s+(" + _TITLE + r")\s*$")
_FACT_LABEL_WORDS = frozenset(
    """
    starring stars cast creator created director directed writer written genre rating runtime episodes
    where when release premiere premieres network platform channel seasons season series time date
    watch streaming available starts returns out showrunner producer voice voices with host hosts
    movie film films movies documentary special book album podcast
    """.split()
)


def labelled_show(heading: str) -> str | None:
    """The show a "Label: Title" heading names, else None."""
    m = _LABELLED_HEAD.match(heading)
    if m is None or set(m.group(1).lower().split()) & _FACT_LABEL_WORDS:
        return None
    return _clean_title(m.group(2))


def _season_head(text: str, heading: str, ctx: ArticleContext) -> str | None:
    """A heading that is only a known show's name (and season) opens that show's section."""
    if (labelled := labelled_show(heading)) and (title := _best_suffix(text, labelled)):
        return title  # "Still going: The Ember Gate"
    m = _SEASON_HEAD.match(heading) or _TITLE_ONLY.match(heading)
    title = _best_suffix(text, m.group(1) if m.re is _SEASON_HEAD else heading.strip()) if m else None
    title = _prose_case(text, title) if title else None  # "MARLSTONE, series 2" over "Marlstone's ..."
    return title if title in ctx.strong_shows else None


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


def slot_heads(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """TV-guide entries: a heading that is just a show's name, then a short line naming the channel
    (and time). The heading scopes the section under it like a listicle head."""
    heads: dict[int, tuple[str, str]] = {}
    for k in range(len(blocks) - 1):
        b, slot = blocks[k], blocks[k + 1]
        if b.kind != "heading" or len(b.text.split()) > SLOT_HEAD_WORDS or not _TITLE_ONLY.match(b.text):
            continue
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
    r"^\s*(?:\d{1,2}[.)]\s+)?" + _HEAD_LABEL + r"(" + _TITLE + r")(?:,?\s*(?i:season|series)\s+\w+)?"
    r"(?:\s*\(([^)]+)\))?\s+[–—-]\s+([^–—()]{1,60}?)\s*$"
)
# A slate's section heading: "Title (Season 2)", "Title (Limited Series)", "Title (Season 4, Final
# Season) — NEW DATE": the brackets give the season or the format, not a platform
_FORMAT_HEAD = re.compile(
    r"^\s*(" + _TITLE + r")\s*\((" + FORMAT_WORDS + r"\b[^()]{0,40})\)(?:\s*[–—-]+\s*([^()]{1,30}))?\s*$"
)
# A gallery slide's head: "Title: Premieres Tuesday, Sept. 15 on NBC", "Title: Part 1 premieres
# Oct. 8 on Netflix", "Title: Returns TBA on Prime Video"
_COLON_HEAD = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(" + _TITLE + r")" + DATED_HEAD_TAIL)
_TRAILING_SEASON = re.compile(r"\s+(?i:season|series)\s+\w+$")
_NOT_AN_ENTRY = re.compile(r"(?i:episode|ep|part|volume|vol|chapter|season|series|week|day)\b")


def _head(m: re.Match[str], title: str | None = None) -> EntryHead:
    """An EntryHead from a head match: group 1 the title (or `title`, a prefix of it), the rest extra."""
    title = m.group(1) if title is None else title
    return EntryHead(m.start(1), m.start(1) + len(title), title, " ".join(g for g in m.groups()[1:] if g))


def entry_head(block: Block) -> EntryHead | None:
    """The head of a listicle entry: "3. Title (Platform)", "Title (Oct. 3, Netflix)", "Label: Title
    (Platform)", "1. Title, series 2 – Platform", "Title Season 4 (12 November) – Platform"."""
    text = block.text
    if m := _LIST_HEAD.match(text):
        return _head(m)
    if m := _PIPE_HEAD.match(text):
        return _head(m, _TRAILING_NUMBER.sub("", m.group(1)))  # "3 | Title 2": the number is the season
    if _DATE_FIRST_ENTRY.match(text):
        return None  # "April 4: Title (Netflix)" names its show after the date
    if block.kind != "heading" and len(text.split()) > LISTING_HEAD_WORDS:
        return None
    if (m := _UNNUMBERED_HEAD.match(text)) and _PLATFORM.search(m.group(2)):
        return _head(m)
    if block.kind == "heading" and (m := _FORMAT_HEAD.match(text)) and not _NOT_AN_ENTRY.match(m.group(1)):
        return _head(m)
    if (m := _COLON_HEAD.match(text)) and not _NOT_AN_ENTRY.match(m.group(1)) and _clean_title(m.group(1)):
        return _head(m)
    return _dash_head(text)


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
    ):
        return None
    return _head(m, _TRAILING_SEASON.sub("", m.group(1)))


LISTING_HEAD_WORDS = 12
_DATE_TAIL = re.compile(
    r"^(?:(?:"
    + _WEEKDAY_NAME
    + r",?\s+)?(?:"
    + _MONTH_NAME
    + r"\.?\s+\d{1,2}|\d{1,2}\s+"
    + _MONTH_NAME
    + r")\b"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"  # "Title, season 3 — Thursday"
)
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
_ENTRY_KIND = re.compile(
    r"(?i:\b(?:season|series|part|volume|cour|new|returning|k-drama|drama|anime|docuseries|miniseries|sitcom)\b)"
)
# '"Title" (The CW) – renewed for Season 4 ...': a line that opens with a show and its network,
# then a dash and prose about it; the line is about that show (and only the line)
_LEAD_ENTRY = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:“([^“”]{1,60})”|\"([^\"]{1,60})\"|(" + _TITLE + r"))"
    r"\s*\(([^()]{2,40})\)\s*[–—-]\s+\S"
)


def lead_entry(text: str) -> str | None:
    """The show a '"Title" (Network) – prose' line opens with, else None."""
    m = _LEAD_ENTRY.match(text)
    if m is None or not platforms_in(m.group(4)):
        return None
    return m.group(1) or m.group(2) or m.group(3)


# "Sunday 5 October, 9pm", "Thursday 9 October", "Oct. 3 at 8pm ET": a line that is only a date (and time)
_DATE_LINE = re.compile(
    r"^\s*(?:"
    + _WEEKDAY_NAME
    + r",?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH_NAME
    + r"|"
    + _MONTH_NAME
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?(?:,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)"
    r"(?:\s+[A-Z]{2,4})?)?\s*$"
)
DATE_LINE = _DATE_LINE  # also read by rules.calendar
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


def listing_lines(blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """Block index -> title span of listicle entry heads whose brackets date the entry
    ("Gildmoor (Oct. 3, Netflix)", "2. Saltmere, season 2 (Hulu, Oct. 5)"): the head is the cue of
    the date in its brackets, as an "Episode 2: ... (May 9)" line is of its date. A head followed by
    a line that is only a date ("Sunday 5 October, 9pm") is the cue of that line's date."""
    out = {}
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
    return out


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


_LIST_HEAD = re.compile(
    r"^\s*\d{1,2}[.)]\s+(" + _TITLE + r")(?:,\s*(?:season|series)\s+\w+)?\s*\(([^)]+)\)\s*$", re.IGNORECASE
)
_PLATFORM = re.compile(
    r"(?<![\w+])(" + "|".join(re.escape(p) for p in sorted(PLATFORMS, key=len, reverse=True)) + r")(?![\w+])"
)
_AIRS_ON = re.compile(r"\b(?:on|to|via|exclusively on|from|at)\s+$", re.IGNORECASE)
# "The Drama on BBC One: release date": the platform is not part of the title
_ON_PLATFORM = re.compile(r"\s+(?:on|at)\s+(?:" + "|".join(re.escape(p) for p in PLATFORMS) + r")$")
_WHETHER = re.compile(
    r"(?i)\s*(?:will|is|are|could|has|have|might|can)\b.*\b(?:there be|renew|return|come|get)\b.*\?\s*$"
)
_LEADING_JUNK = {
    "meanwhile",
    "however",
    "also",
    "plus",
    "and",
    "but",
    "so",
    "then",
    "now",
    "still",
    "elsewhere",
    "finally",
    "fans",
    "viewers",
    "season",
    "series",
    "after",
    "before",
    "while",
    "as",
    "if",
    "the latest",
    "latest",
    "new",
    "all",
    "when",
    "how",
    "why",
    "what",
    "is",
    "will",
    "does",
    "did",
    "more",
    "every",
    "our",
    "watch",
    "exclusive",
    "update",
    "breaking",
    "related",
    "first",
}


_ORD = r"(" + "|".join(k for k in ORDINALS if k != "final") + r")"
# "a fourth and fifth season", "seasons 4 and 5": two seasons named together
_SEASON_PAIR = re.compile(
    r"\b" + _ORD + r"\s+(?:and|&)\s+" + _ORD + r"\s+(?:seasons?|series)\b"
    r"|\bseasons\s+" + _NUM + r"\s+(?:and|&)\s+" + _NUM + r"\b",
    re.IGNORECASE,
)


def _pair_seasons(text: str) -> list[tuple[int, int, int]]:
    """Both seasons of a pair, each spanning the whole pair (one phrase names both)."""
    out = []
    for m in _SEASON_PAIR.finditer(text):
        for g in (1, 2) if m.group(1) else (3, 4):
            raw = m.group(g).lower()
            n = ORDINALS[raw] if g < 3 else int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            if n > 0:
                out.append((m.start(), m.end(), n))
    return out


@lru_cache(maxsize=8192)  # the same sentence is asked about by several stages
def seasons_in(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, season) for 'season 2', 'series two', 'second season', 'S2', 'third and fourth'."""
    out = _pair_seasons(text) if "and" in text or "&" in text else []
    for m in _SEASON.finditer(text):
        if any(s <= m.start() < e for s, e, _ in out):
            continue
        if m.group(1):
            raw = m.group(1).lower()
            n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        elif m.group(2):
            n = ORDINALS[m.group(2).lower()]
        else:
            n = int(m.group(3) or m.group(4))
        if n > 0:
            out.append((m.start(), m.end(), n))
    return tuple(sorted(out))


def headline_season(blocks: list[Block]) -> int | None:
    """The season the headline names: the first title or heading line before the body that names
    one (a breadcrumb line such as "Home > TV" can stand first)."""
    for b in blocks:
        if b.kind == "paragraph" or (b.kind != "title" and "|" in b.text):
            return None  # the body has begun (a table row is body, a "Title | Outlet" headline is not)
        if b.kind in {"title", "heading"} and not _WHETHER.match(b.text) and (found := single_season(b.text)):
            return found  # "Will there be a season 2?" names no season the article is about
    return None


def _list_line(blocks: list[Block], k: int) -> bool:
    """A heading-like line next to a line of the same shape (same first word): one line of a list."""
    first = blocks[k].text.split()[0]
    return any(
        0 <= j < len(blocks) and blocks[j].kind == "heading" and blocks[j].text.split()[0] == first
        for j in (k - 1, k + 1)
    )


def single_season(text: str) -> int | None:
    found = {n for _, _, n in seasons_in(text)}
    return found.pop() if len(found) == 1 else None


def platforms_in(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), m.group(1)) for m in _PLATFORM.finditer(text)]


_PLATFORM_FOLDS = frozenset(p.casefold() for p in PLATFORMS)


_DATE_PREFIX = re.compile(
    r"^(?:"
    + _WEEKDAY_NAME
    + r",?\s+)?(?:"
    + _MONTH_NAME
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH_NAME
    + r")\s*:\s*"
)


# "TBC 2027", "TBA", "2026": a date still to come, quoted on a slate, is no title
_PLACEHOLDER_TITLE = re.compile(r"^(?:(?:TB[ACD]|To be (?:announced|confirmed))\b.*|\d{4})$", re.IGNORECASE)


def _clean_title(raw: str, keep_possessive: bool = False) -> str | None:
    raw = _DATE_PREFIX.sub("", raw)  # "April 4: Title season 2": a schedule entry's date is no title
    words = raw.strip(" :.,;!?'\"‘’“”").split()
    platforms = _PLATFORM_FOLDS
    while words and (
        " ".join(words[:2]).casefold() in _LEADING_JUNK
        or words[0].casefold() in _LEADING_JUNK
        or words[0].casefold().rstrip("'’s") in platforms
        or (words[0].endswith(("'s", "’s")) and not keep_possessive)
    ):
        words = words[2:] if " ".join(words[:2]).casefold() in _LEADING_JUNK else words[1:]
    title = _SEASON_SUFFIX.sub("", " ".join(words)).strip(" :.,;")
    if title and words[-1].casefold() in _ABBREVIATED and raw.rstrip(" :,;'\"‘’“”").endswith("."):
        title += "."  # "Tanner & Co.": the full stop is the abbreviation's
    if (
        not title
        or title.casefold() in platforms
        or not title[0].isupper()
        or _PLACEHOLDER_TITLE.match(title)
        or _DATE_LINE.match(title)  # "May 22" heads a calendar day, it names no show
    ):
        return None
    return None if all(w.casefold() in _NOT_TITLES for w in title.split()) else title


# "Title: Season 2", "Title: Season 3, Part 1": a calendar line's season is not part of the title
_SEASON_SUFFIX = re.compile(r":\s*(?i:season|series|part|volume)\s+\w+.*$")
_ABBREVIATED = frozenset({"co", "inc", "ltd", "bros", "jr", "sr"})
MIN_SHORT_FORM = 4  # characters: a short form of a title is a word, not an abbreviation


@lru_cache(maxsize=4096)
def _spans(text: str, title: str) -> tuple[tuple[int, int], ...]:
    """Whole-word occurrences; cached because candidates are counted many times over one text
    (a str caches its own hash, so the long text costs nothing as a key)."""
    return tuple(word_spans(text, title))


def _count(text: str, title: str) -> int:
    return len(_spans(text, title))


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def _alone_count(text: str, suffix: str) -> int:
    """Mentions of a title's last words used on their own: not after another capitalised word
    ("Wystan" in "Lady Isolde Wystan" or in "Saint Wystan" is no short form of the show)."""
    return sum(1 for a, _ in _spans(text, suffix) if not _CAPITALISED_BEFORE.search(text, max(0, a - 30), a))


def _own_count(text: str, title: str, titles: list[str]) -> int:
    """Mentions of `title` that are not part of a longer candidate ("Hollow" in "The Hollow Sisters")."""
    longer = [s for t in titles if t != title and title in t for s in _spans(text, t)]
    return sum(1 for a, b in _spans(text, title) if not any(x <= a and b <= y for x, y in longer))


def _without_episode_titles(text: str) -> str:
    """The text with the quoted titles an episode cue introduces blanked: 'Episode 2: "Closing Time:
    Part One"' does not count as a mention of a show called "Closing Time"."""
    chars = list(text)
    for m in _QUOTED.finditer(text):
        if _EPISODE_CUE.search(text, max(0, m.start() - EPISODE_CUE_REACH), m.start()):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


EPISODE_CUE_REACH = 40  # characters before a quote that may hold its episode cue


def _quoted(text: str, headline: bool = False) -> list[str]:
    """Quoted titles in a block, leaving out the titles an episode cue introduces and, in prose (a
    headline capitalises every word), nicknames between a first and a last name."""
    return [
        next(g for g in m.groups() if g)
        for m in _QUOTED.finditer(text)
        if (headline or not (_name_before(text, m.start()) and _NAME_AFTER.match(text, m.end())))
        and not _EPISODE_CUE.search(text, _cue_window(text, m.start()), m.start())
        and not _SONG_CUE.search(text, _cue_window(text, m.start()), m.start())
    ]


# 'performs the ending theme song "Hand to Hand"', 'the single "Tailwind"': a song, not a show
_SONG_CUE = re.compile(r"(?i:\b(?:song|theme|single|track|album|anthem|ballad|tune))\W*$")
# 'the original television anime Title (...)', 'the fantasy drama Title', 'Title Anime Reveals ...':
# a format noun names the show after it in prose, or before it in a headline
_FORMAT_BEFORE = re.compile(
    r"\b(?i:the|an?|new|original|television|tv|animated|upcoming|hit)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:anime|series|drama|sitcom|miniseries|docuseries|k-drama)\s+(" + _TITLE + r")"
)
_FORMAT_AFTER = re.compile(r"^\s*(" + _TITLE + r")\s+(?:TV\s+)?(?:Anime|Drama|K-Drama|Series)\b")


POSSESSIVE_TITLE_SHARE = 0.6


# The `$`-anchored searches below look back from a position in a block that can be megabytes long
# (a text dump with no line breaks). Searched from the block's start, each costs the whole prefix and
# the block's mentions together cost its square; these windows start where a match at the position
# can start at the earliest, so the result is the same (`\b` and lookbehinds still see the text
# before the window).
_SPACE_CHAR, _WORD_CHAR, _NON_WORD_CHAR = re.compile(r"\s"), re.compile(r"\w"), re.compile(r"\W")
_NAME_CHAR = re.compile(r"[\w'’.-]")


def _run_start(text: str, end: int, chars: re.Pattern[str]) -> int:
    """Start of the run of `chars` characters that ends at `end`."""
    while end > 0 and chars.match(text, end - 1):
        end -= 1
    return end


def _name_before(text: str, end: int) -> bool:
    """`_NAME_BEFORE.search(text, 0, end)`: a word, one space, then `end` (`$` also matches before
    a final newline, so the word may end one character earlier)."""
    start = _run_start(text, end - 1, _NAME_CHAR)
    if end >= 2 and text[end - 1] == "\n":
        start = min(start, _run_start(text, end - 2, _NAME_CHAR))
    return _NAME_BEFORE.search(text, max(0, start), end) is not None


def _cue_window(text: str, end: int) -> int:
    """Where an `_EPISODE_CUE` match ending at `end` can start: its cue word ends where the non-word
    characters before `end` begin, and "episode"/"ep." with spaces come before that word."""
    word_end = _run_start(text, end, _NON_WORD_CHAR)
    spaces_end = _run_start(text, word_end, _WORD_CHAR)
    return max(0, _run_start(text, spaces_end, _SPACE_CHAR) - len("episode") - 1)


def _airs_on(text: str, end: int) -> bool:
    """`_AIRS_ON.search(text, 0, end)`: its longest word ("exclusively on") before the spaces."""
    start = max(0, _run_start(text, end, _SPACE_CHAR) - len("exclusively on"))
    return _AIRS_ON.search(text, start, end) is not None


def _best_suffix(text: str, raw: str) -> str | None:
    """'The Latest Foo' -> 'Foo' when 'Foo' is far more frequent; keep 'The Foo' when it is the usual form."""
    title = _clean_title(raw)
    if title is None:
        return None
    # "Creator's Title" loses its possessor, but "Hennessy's Wharf" written that way throughout is the name
    whole = _clean_title(raw, keep_possessive=True)
    if (
        whole
        and whole != title
        and _count(text, whole) >= max(2, POSSESSIVE_TITLE_SHARE * _count(text, title))
    ):
        return whole
    words = title.split()
    best, best_count = title, _count(text, title)
    if best_count >= 2:
        return title  # "Brass Lantern" named in full again and again: "Lantern" alone is a short form
    for k in range(1, len(words)):
        suffix = " ".join(words[k:])
        if not suffix[0].isupper() or len(suffix) < MIN_SHORT_FORM:
            continue  # "Fire Co." and "Tanner & Co." share no show called "Co"
        c = _alone_count(text, suffix)
        if c * 0.6 > best_count:
            best, best_count = suffix, c
    return best


@dataclass
class ArticleContext:
    show: str | None
    shows: dict[str, int] = field(default_factory=dict)  # candidate -> mentions in the article
    strong_shows: set[str] = field(default_factory=set)  # named before "season N", in a list head or title
    section_show: dict[int, str] = field(default_factory=dict)  # block index -> show its heading names
    section_platform: dict[int, str] = field(default_factory=dict)
    block_season: dict[int, int] = field(default_factory=dict)  # block index -> season of its section
    platform: str | None = None  # the platform the article names most

    def named_show(self, text: str) -> str | None:
        """The one show candidate `text` names (a longer name wins over a name inside it), else None."""
        named = {
            s for s in self.shows if (self.shows[s] >= 2 or s in self.strong_shows) and has_word(text, s)
        }
        named = {s for s in named if not any(s != o and s in o for o in named)}
        return named.pop() if len(named) == 1 else None

    def sentence_show(self, text: str, block_index: int) -> str | None:
        return self.named_show(text) or self.section_show.get(block_index, self.show)


class ListHead(NamedTuple):
    """A listicle entry's head line: the show it names and the rest of the line (its platform)."""

    show: str
    rest: str


def build_context(text: str, blocks: list[Block]) -> ArticleContext:
    _spans.cache_clear()  # the cache is per article: it must not keep earlier articles' texts alive
    content = [b for b in blocks if b.kind not in {"bio", "byline", "boilerplate"}]
    raw_candidates, strong_raw, list_heads = _title_candidates(text, content)
    prose = _without_episode_titles("\n".join(b.text for b in content if b.kind != "caption"))
    # a list entry's head names its show in full: "Knot & Thistledown", "Tanner's Crossing" stay whole
    heads = {t for h in list_heads.values() if (t := _head_title(h.show))}
    titles = sorted({t for raw in raw_candidates if (t := _best_suffix(text, raw))} | heads)
    # Captions repeat (alt text + caption), so a title only there counts once.
    shows = {title: max(_own_count(prose, title, titles), 1) for title in titles}
    strong = {t for raw in strong_raw if (t := _best_suffix(text, raw))} | heads
    shows, strong = _case_merged(text, prose, shows, strong)
    ranked = _lead_first(text, sorted(shows.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0])), strong)
    listicle = len({h for h, _ in list_heads.values()}) >= 2  # many shows, none the article's own
    main = ranked[0][0] if ranked and not listicle and (ranked[0][1] >= 2 or len(ranked) == 1) else None
    ctx = ArticleContext(show=main, shows=shows, strong_shows=strong | ({main} if main else set()))
    ctx.platform = _main_platform(content)
    _sections(ctx, text, blocks, list_heads)
    ctx.section_show = {k: _prose_case(text, v) for k, v in ctx.section_show.items()}
    return ctx


def _lead_first(text: str, ranked: list[tuple[str, int]], strong: set[str]) -> list[tuple[str, int]]:
    """Of strong titles named about as often as the top one (one mention fewer at most), the one the
    text names first leads: a headline opens with the article's show, a second show is a side story."""
    if not ranked:
        return ranked
    close = [kv for kv in ranked if kv[0] in strong and kv[1] >= max(2, ranked[0][1] - 1)]
    if len(close) < 2:
        return ranked
    first = min(close, key=lambda kv: _spans(text, kv[0])[0][0] if _spans(text, kv[0]) else len(text))
    return [first] + [kv for kv in ranked if kv != first]


def _case_merged(
    text: str, prose: str, shows: dict[str, int], strong: set[str]
) -> tuple[dict[str, int], set[str]]:
    """A headline in capitals ("HOLLOW'S END") and the prose's "Hollow's End" are one show, named
    as the prose writes it and counted in any case."""
    canonical = {t: _prose_case(text, t) for t in shows}
    merged: dict[str, int] = {}
    for title, n in shows.items():
        if canonical[title] != title:
            n = len(word_spans(prose.casefold(), title.casefold()))
        merged[canonical[title]] = max(merged.get(canonical[title], 0), n)
    return merged, {canonical.get(t, t) for t in strong}


def _prose_case(text: str, title: str) -> str:
    """The commonest spelling of an all-capitals title that is not in capitals, else the title."""
    if not title.isupper():
        return title
    folded = text.casefold()
    forms = (
        Counter(form for a, b in word_spans(folded, title.casefold()) if not (form := text[a:b]).isupper())
        if len(folded) == len(text)
        else Counter()
    )
    return min(forms, key=lambda f: (-forms[f], f)) if forms else _title_case(title)


_SMALL_WORDS = frozenset({"of", "the", "and", "at", "in", "on", "for", "a", "an", "to", "or", "by"})


def _title_case(title: str) -> str:
    """A title the text only writes in capitals, as a headline would write it ("THE LARKWOOD
    LETTERS" -> "The Larkwood Letters"); a short word that is no small word stays an acronym ("TV")."""
    words = title.split(" ")
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if k and low in _SMALL_WORDS:
            out.append(low)
        elif (len(w) <= 2 and low not in _SMALL_WORDS) or any(c.isdigit() or c == "." for c in w):
            out.append(w)
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _title_candidates(text: str, content: list[Block]) -> tuple[list[str], list[str], dict[int, ListHead]]:
    """Every written form that may be a title, the strong ones among them (named before a season,
    in the headline, heading a list entry), and the list entries' heads by block index."""
    raw_candidates: list[str] = []
    list_heads: dict[int, ListHead] = {i: ListHead(*h) for i, h in slot_heads(content).items()}
    strong_raw = [h.show for h in list_heads.values()]
    strong_raw += [text[start:end] for start, end in table_shows(content).values()]
    for b in content:
        strong_raw += [_FORMAT_TAIL.sub("", m.group(1)) for m in _BEFORE_SEASON.finditer(b.text)]
        strong_raw += [m.group("title") for m in _SEASON_OF.finditer(b.text)]
        quoted = _quoted(b.text, headline=b.kind in {"title", "heading"})
        raw_candidates += quoted
        raw_candidates += [m.group(1) for m in _FORMAT_BEFORE.finditer(b.text)]
        strong_raw += _head_titles(b)
        if b.kind == "title":
            strong_raw += quoted
            subject = _ON_PLATFORM.sub("", m.group(1)) if (m := _HEADLINE_SUBJECT.match(b.text)) else ""
            if subject and _count(text, subject) >= 2:  # named again below
                strong_raw.append(subject)
        if head := entry_head(b):
            list_heads[b.index] = ListHead(head.title, head.extra)
            strong_raw.append(head.title)
        elif entry := _DATE_FIRST_ENTRY.match(b.text):  # a dated entry names its show for that line
            strong_raw.append(entry.group("title"))
        elif lead := lead_entry(b.text):
            strong_raw.append(lead)
    raw_candidates += strong_raw
    return raw_candidates, strong_raw, list_heads


def _head_titles(b: Block) -> list[str]:
    """Titles a headline or heading names by its form: "Title Anime Reveals Its Cast", "Still
    going: The Ember Gate", "MARLSTONE, series 2"."""
    out: list[str] = []
    if b.kind == "title" and (format_head := _FORMAT_AFTER.match(b.text)):
        out.append(format_head.group(1))
    if b.kind == "heading" and (labelled := labelled_show(b.text)):
        out.append(labelled)
    if b.kind == "heading" and (season_head := _SEASON_HEAD.match(b.text)):
        out.append(season_head.group(1))
    return out


def _main_platform(content: list[Block]) -> str | None:
    """The platform named most often as where the show airs, then most often at all."""
    counts: dict[str, tuple[int, int]] = {}  # platform -> (mentions as where it airs, all mentions)
    for b in content:
        for start, _, p in platforms_in(b.text):
            airs, seen = counts.get(p, (0, 0))
            counts[p] = (airs + _airs_on(b.text, start), seen + 1)
    # "The BBC has confirmed ... airs on BBC One": where it airs beats who announced it
    return min(counts, key=lambda p: (-counts[p][0], -counts[p][1], p)) if counts else None


def _inside_section(blocks: list[Block], k: int, slots: set[int], heads: set[int]) -> bool:
    """Heading-like lines that continue their section rather than end it."""
    b = blocks[k]
    return bool(
        _list_line(blocks, k)  # "Episode 2 – Title – date" list lines
        or (k and blocks[k - 1].index in slots)  # the "9pm, BBC One" slot line under a TV-guide head
        or not _WORDY.search(b.text)  # a "★★★★" rating line
        # "Sunday 5 October, 9pm" under an entry's head; a day heading after the entry's prose
        # ("May 29" in a monthly calendar) starts the next day instead
        or (_DATE_LINE.match(b.text) and k and blocks[k - 1].index in heads and not day_heading(blocks, k))
        or _FACT_LINE.match(b.text)  # "Seasons: 2", "Where to stream: Netflix": a fact box
        or _DATED_FACT.match(b.text)  # "Premieres Wednesday, March 4" under the entry's head
        or _DASH_FACT.match(b.text)
        or (_COMMA_FACT.match(b.text) and bool(platforms_in(b.text) or _EPISODE_COUNT.search(b.text)))
    )


class _Scope(NamedTuple):
    """The show, platform and season of the section a block sits in."""

    show: str | None
    platform: str | None
    season: int | None


def _sections(ctx: ArticleContext, text: str, blocks: list[Block], list_heads: dict[int, ListHead]) -> None:
    """Each block's show, platform and season, from the list entry or heading it sits under."""
    # a listicle's entries are different shows: a season in its headline is no entry's
    title_season = None if len({h.show for h in list_heads.values()}) >= 2 else headline_season(blocks)
    scope = _Scope(None, None, title_season)
    slots = set(slot_heads(blocks))
    heads = slots | set(list_heads)
    entries: list[list[Block]] = []  # list entries whose head names no season
    for k, b in enumerate(blocks):
        if b.index in list_heads:
            plats = platforms_in(list_heads[b.index].rest)
            season = single_season(b.text) or _pipe_season(b.text)
            scope = _Scope(_head_title(list_heads[b.index].show), plats[0][2] if plats else None, season)
            entries.append([])
        elif b.kind == "heading":
            scope = _heading_scope(ctx, text, blocks, k, (slots, heads), scope, title_season)
        if entries and scope.show and not scope.season and b.index not in ctx.block_season:
            entries[-1].append(b)
        elif entries and entries[-1]:
            entries.append([])  # the entry has ended
        if scope.show:
            ctx.section_show[b.index] = scope.show
        if scope.platform:
            ctx.section_platform[b.index] = scope.platform
        if scope.season:
            ctx.block_season[b.index] = scope.season
    for entry in entries:
        if season := _entry_season(entry):
            ctx.block_season.update(dict.fromkeys((b.index for b in entry), season))
    _lead_lines(ctx, blocks, list_heads)


def _lead_lines(ctx: ArticleContext, blocks: list[Block], list_heads: dict[int, ListHead]) -> None:
    """A '"Title" (NBC) – ...' line is about its show; the section goes on after it."""
    for b in blocks:
        if b.index not in list_heads and (lead := lead_entry(b.text)) and (title := _head_title(lead)):
            ctx.section_show[b.index] = title


def _head_title(raw: str) -> str | None:
    """A list head's title as written (a possessive is part of it: "Tanner's Crossing")."""
    return _clean_title(raw, keep_possessive=True)


def _entry_season(entry: list[Block]) -> int | None:
    """A list entry about one show whose prose names one season only ("kicks off its fourth
    season") is about that season; not a season's possessive ("after the first season's finale")
    nor a person's ("her first series since 2021")."""
    paragraphs = [b.text for b in entry if b.kind == "paragraph"]
    named = _own_seasons(paragraphs)
    if len(named) > 1 and paragraphs:  # "is back for a third series. Series two went out in 2025":
        named = _own_seasons([re.split(r"(?<=[.!?])\s", paragraphs[0], maxsplit=1)[0]])  # the opening
    return named.pop() if len(named) == 1 else None


def _own_seasons(texts: list[str]) -> set[int]:
    return {
        n
        for text in texts
        for s, e, n in seasons_in(text)
        if not text.startswith(("'s", "’s"), e)
        and not _PERSONS_SERIES.search(text, 0, s)
        and not _RENEWED_FOR.search(text, max(0, s - 60), s)
    }


# "her first series since 2021", "his second season as showrunner": a person's career, not the show's
# "has already renewed the show for a fifth season": the next season, not the entry's
_RENEWED_FOR = re.compile(r"\brenew\w*\b[^.!?]*\bfor\s+(?:an?\s+)?$", re.IGNORECASE)
_PERSONS_SERIES = re.compile(r"\b(?:her|his|their|my|our)\s+$", re.IGNORECASE)


def _heading_scope(
    ctx: ArticleContext,
    text: str,
    blocks: list[Block],
    k: int,
    slots_heads: tuple[set[int], set[int]],
    scope: _Scope,
    title_season: int | None,
) -> _Scope:
    """`slots_heads`: the TV-guide heads and all entry heads (slot heads included), by block index."""
    b = blocks[k]
    if labelled_show(b.text) and (named := _season_head(text, b.text, ctx)):  # not a "Label: value" fact line
        return _Scope(named, None, single_season(b.text) or title_season)
    if _inside_section(blocks, k, *slots_heads):
        if scope.show and not scope.platform and (plats := platforms_in(b.text)):
            return scope._replace(
                platform=plats[0][2]
            )  # "Jun-06, Sat-Sun, 12 eps, tvN/Netflix" under the head
        return scope
    if named := _season_head(text, b.text, ctx):
        return _Scope(
            named, None, single_season(b.text) or title_season
        )  # "Pick of the week: Title, season 2"
    # a heading that is not a list item ends the item ("Honorable mentions");
    # "Will there be a season 3?" asks about a season; its section is not about that season
    return _Scope(None, None, (None if _WHETHER.match(b.text) else single_season(b.text)) or title_season)
