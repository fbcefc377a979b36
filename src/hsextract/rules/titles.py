"""Titles, seasons and platforms as articles write them: the shared vocabulary of the context rules.

A title is a run of capitalised words with short linking words ("The Lord of the Flies"); a season is
a number or an ordinal beside "season" / "series"; a platform is one of the known services. Read by
`rules.heads` (entry heads, listing lines) and `rules.context` (the article's show and sections).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from hsextract.ingest import Block
from hsextract.rules.vocab import FUNCTION_WORDS, MONTHS, PLATFORMS, WEEKDAYS
from hsextract.textnorm import may_contain

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


# "Season II": roman numerals from two (a lone "I", "V" or "X" is too often a word or a letter)
ROMAN_SEASONS = {"ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_NUM = r"(\d{1,2}|" + "|".join([*NUMBER_WORDS, *ROMAN_SEASONS]) + r")"


def _number(raw: str) -> int:
    return int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw) or ROMAN_SEASONS[raw]


_SEASON = re.compile(
    r"\b(?:seasons?|series)\s+" + _NUM + r"\b(?!\s*(?:of\s+\d|[-–]\s*\d))"
    r"|\b("
    + "|".join(k for k in ORDINALS if k != "final")
    + r")\s+(?:and\s+(?:final|last)\s+)?(?:season|series)\b"
    r"|\bS(\d{1,2})(?=\b|E\d)"
    r"|\b(\d{1,2})(?:st|nd|rd|th)\s+(?:season|series)\b"  # "2nd Season"
    # UK press wording: "a second run", "its third outing", "the fourth instalment" (not "first run")
    r"|\b(?!first\s+run)("
    + "|".join(k for k in ORDINALS if k != "final")
    + r")\s+(?:run|outing|instal?lment)\b(?![-‐])"
    # "Fourteen series in, and ...", "Five seasons in, the show ...": now in its Nth
    r"|\b" + _NUM + r"\s+(?:seasons|series)\s+in\b(?=\s*[,;:–—-]|\s+and\b)"
    r"|\b(freshman|sophomore)\s+(?:season|series|run|outing)\b",  # US trade wording: first, second
    re.IGNORECASE,
)
_CLASS_YEARS = {"freshman": 1, "sophomore": 2}

# "two years after series one", "bigger than the first season": a season the statement measures
# against, not the one it is about
_RELATIVE_BEFORE = re.compile(
    r"\b(?:after|since|than|following|before|like|unlike)\s+(?:the\s+)?$", re.IGNORECASE
)


_CLAUSE_END = re.compile(r"\s*(?:[.,;:)!?—–]|$)(?!\s*(?:which|that|when)\b)")


def relative_season(text: str, start: int, end: int) -> bool:
    """Whether the season phrase at start:end is a point of comparison ("two years after series
    one."); not the subject of its own clause ("after series one aired in May", "after season one, which
    premiered in March", whose date it is)."""
    return bool(_RELATIVE_BEFORE.search(text, max(0, start - 20), start) and _CLAUSE_END.match(text, end))


# an Arabic article joined to the word it goes with ("Bab el-Nahr", "Bayt al-Rimal") is part of it
_CAP = r"(?:(?:al|el|ad|ar|as|at|ash|ul|ud)-(?=[A-Z]))?(?:[A-Z0-9](?:[\w!?&:\-]|['’](?=\w))*|&)"


_LINK = (
    r"(?:of|the|and|at|in|on|for|a|an|to|&|de|la|le|von|van|del|della|los|las|el|di|da|du|des|dos|das|y"
    r"|from|without|into|upon|under|over|no)"  # "Letters from Jeju", "Ame no Hi"; not "with"/"by" ("Ada Roe
    # with Ben Poe")
)


_TITLE = _CAP + r"(?:\s+(?:" + _LINK + r"\s+)*" + _CAP + r")*"


# Before "season N" the title is bounded: the unanchored search tries every capitalised word as a
# start, and an unbounded run made each try read to the end of the run (a line of 8,000 capitalised
# words took 18 s). No title is this long; a longer run yields its last words, as a shorter one would.
TITLE_MAX_WORDS = 24


_TITLE_RUN = _CAP + r"(?:\s+(?:" + _LINK + r"\s+)*" + _CAP + rf"){{0,{TITLE_MAX_WORDS - 1}}}"


# A "title" made only of these is a sentence opener ("The season 2 finale", “That's all”), never a show.
_NOT_TITLES = (
    frozenset("a an and as but he her here his i if its my or our she so that the".split())
    | frozenset("their there these they this those we what when which who will".split())
    | frozenset(
        "in on at for from with by after before during until since of to into over under across".split()
    )
    # a renewal tracker's status in capitals ("Renewal Status: CONFIRMED", "Status: UNCERTAIN")
    | frozenset(
        "confirmed likely unlikely uncertain unconfirmed pending tba tbc tbd title untitled no yes".split()
    )
)  # "In series 3, ...": a preposition opening the sentence, not a title


# "April 4: Title season 2 (Netflix)", "- Sunday, March 16: Title episode 2 (Netflix)": a dated
# schedule entry; group 2 is the date, group 1 the title
# "Sunday", "Sat", "Thurs.": a weekday as listings write it
_WEEKDAY_NAME = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day|\.)?"


_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"


# "Sunday 5 October, 9pm", "Thursday 9 October", "Oct. 3 at 8pm ET": a line that is only a date (and time)
# a day heading may be set in capitals: "MON 9TH NOV", "WEDS 11TH NOV"
_ANY_CASE_WEEKDAY = r"(?i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(?i:[a-z]*day|\.)?"
_ANY_CASE_MONTH = r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-zA-Z]*"
_DATE_LINE = re.compile(
    r"^\s*(?:"
    + _ANY_CASE_WEEKDAY
    + r",?\s+)?(?:\d{1,2}(?i:st|nd|rd|th)?\s+"
    + _ANY_CASE_MONTH
    + r"|"
    + _ANY_CASE_MONTH
    + r"\.?\s+\d{1,2}(?i:st|nd|rd|th)?)(?:,?\s+\d{4})?(?:,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)"
    r"(?:\s+[A-Z]{2,4})?)?\s*:?\s*$"
)  # a trailing colon heads what follows: "September 15:" over its titles


DATE_LINE = _DATE_LINE  # also read by rules.calendar

# a headline naming the one day it covers: "What to watch on Sunday, Oct. 11", "TV tonight, 4 March"
_TITLE_DAY = re.compile(
    r"\b(?:on|for|tonight|today|this)\b(?:(?!\b(?:from|between)\b)[^:.!?]){0,20}?[\s,:]{1,2}"
    r"(?P<day>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*))\b"
    r"(?![,\s]*\d)(?!\s*(?:[-–—]|to\b|through\b|until\b|till\b|and\b))",  # one day, not a range
    re.IGNORECASE,
)


def title_day(b: Block) -> Block | None:
    """The day a headline says its listings are for, as a block of its own (the day heading of the
    lines under it), or None."""
    m = _TITLE_DAY.search(b.text) if b.kind == "title" else None
    if m is None:
        return None
    return Block(b.index, b.start + m.start("day"), b.start + m.end("day"), "heading", m["day"])


# a platform as its own name or in capitals ("FOX", as the network and trade press write it; "HULU" in a
# headline): the capitals read as the platform's own name
_CANONICAL = {**{p.upper(): p for p in PLATFORMS}, **{p: p for p in PLATFORMS}}


def shared_starts(names: list[str]) -> str:
    """`names` (longest first) as one alternation that writes each shared start once: "BBC One", "BET",
    "BBC" as "B(?:B(?:C(?: One|))|ET)". It matches what "BBC One|BET|BBC" does wherever it is tried (the
    names that fit there are starts of one another, and both try the longer first), but tests a
    character per branch point instead of the first character of each of some 300 names."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[:1], []).append(name[1:])
    return "|".join(
        ""
        if not c
        else re.escape(c + rest[0])
        if len(rest) == 1
        else re.escape(c) + f"(?:{shared_starts(rest)})"
        for c, rest in groups.items()
    )


# the lookahead (each name's first character) rules out most positions before the long alternation
_PLATFORM = re.compile(
    r"(?=["
    + re.escape("".join(sorted({p[0] for p in _CANONICAL})))
    + r"])(?<![\w+])("
    + shared_starts(sorted(_CANONICAL, key=len, reverse=True))
    + r")(?![\w+])"
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


# a guide's status label in capitals before a title: "RETURNING The Idle Hours: Season 1 – Peacock",
# "STARTING: TITLE SEASON 2"
_CAPS_LABELS = frozenset(
    {
        "returning",
        "returns",
        "premiere",
        "premieres",
        "leaving",
        "coming",
        "streaming",
        "recap",
        "review",
        "finale",
        "renewed",
        "cancelled",
        "canceled",
        "ending",
        "soon",
        "spotlight",
        "pick",
        "binge",
        "starting",
        "continuing",
        "wrapping",
        "premiering",
        "ended",
    }
)
# a page's label before a colon in any case: "Recap: Title Season 2, Episode 5", "Exclusive: Title"
_COLON_LABELS = _CAPS_LABELS | {
    "exclusive",
    "watch",
    "interview",
    "preview",
    "explainer",
    "opinion",
    "update",
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
            n = ORDINALS[raw] if g < 3 else _number(raw)
            if n > 0:
                out.append((m.start(), m.end(), n))
    return out


# Every `_SEASON` and `_SEASON_PAIR` match holds one of these words, or an "S" before a digit ("S2"):
# a text with neither names no season, and skips both scans (most sentences; tests/test_pretests.py)
SEASON_WORDS = ("season", "series", "run", "outing", "instal")
_S_NUMBER = re.compile(r"s\d", re.IGNORECASE)


def may_name_season(text: str) -> bool:
    return may_contain(text, SEASON_WORDS) or _S_NUMBER.search(text) is not None


@lru_cache(maxsize=8192)  # the same sentence is asked about by several stages
def seasons_in(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, season) for 'season 2', 'series two', 'second season', 'S2', 'third and fourth'."""
    if not may_name_season(text):
        return ()
    out = _pair_seasons(text) if "and" in text or "&" in text else []
    for m in _SEASON.finditer(text):
        if any(s <= m.start() < e for s, e, _ in out):
            continue
        if m.group(1) or m.group(6):
            raw = (m.group(1) or m.group(6)).lower()
            n = _number(raw)
        elif m.group(2) or m.group(5):
            n = ORDINALS[(m.group(2) or m.group(5)).lower()]
        elif m.group(7):
            n = _CLASS_YEARS[m.group(7).lower()]
        else:
            n = int(m.group(3) or m.group(4))
        if n > 0:
            out.append((m.start(), m.end(), n))
    return tuple(sorted(out))


def single_season(text: str) -> int | None:
    found = {n for _, _, n in seasons_in(text)}
    return found.pop() if len(found) == 1 else None


def platforms_in(text: str) -> list[tuple[int, int, str]]:
    return list(_platforms_in(text))


@lru_cache(maxsize=1024)  # the context rules ask about one block's text several times
def _platforms_in(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(
        (m.start(1), m.end(1), _CANONICAL[m.group(1)])
        for m in _PLATFORM.finditer(text)
        if not _title_word_before(text, m.start(1))
    )


_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z]+) $")


# words that come before a channel's name in prose and Title Case headlines without being a title's
_NOT_TITLE_WORDS = (
    FUNCTION_WORDS
    | MONTHS
    | WEEKDAYS
    | frozenset(
        """today tonight tomorrow yesterday now then also only exclusively watch stream streaming
        joins exits leaves leaving hits lands moves heads renewed cancelled canceled premieres returns
        airs new original""".split()
    )
)


def _title_word_before(text: str, start: int) -> bool:
    """A channel's name as the last word of a title ("Brother Fox", "Red Sky"): a capitalised word
    right before it that is no function word, no possessive and no date word ("Tonight Fox ...",
    "at Fox", "On Fox", "Friday Sky ..." name the channel)."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).casefold() not in _NOT_TITLE_WORDS


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


def _without_leading_junk(words: list[str], keep_possessive: bool) -> list[str]:
    """The title's words without what the sentence put before it: a preposition, a platform, "the new"."""
    # "In The Hollow Tower Season 2, ...": the sentence's preposition ("In Treatment" stays)
    if len(words) > 2 and words[0] in {"In", "On"} and words[1] == "The":
        words = words[1:]
    while words and (
        " ".join(words[:2]).casefold() in _LEADING_JUNK
        or words[0].casefold() in _LEADING_JUNK
        or words[0].casefold().rstrip("'’s") in _PLATFORM_FOLDS
        or (words[0].endswith(("'s", "’s")) and not keep_possessive)
        or (len(words) > 1 and words[0].isupper() and words[0].casefold().rstrip(":") in _CAPS_LABELS)
        or (len(words) > 1 and words[0].endswith(":") and words[0].casefold()[:-1] in _COLON_LABELS)
    ):
        words = words[2:] if " ".join(words[:2]).casefold() in _LEADING_JUNK else words[1:]
    return words


def _clean_title(raw: str, keep_possessive: bool = False) -> str | None:
    raw = _DATE_PREFIX.sub("", raw)  # "April 4: Title season 2": a schedule entry's date is no title
    words = _without_leading_junk(raw.strip(" :.,;!?'\"‘’“”").split(), keep_possessive)
    platforms = _PLATFORM_FOLDS
    title = _SEASON_SUFFIX.sub("", " ".join(words)).strip(" :.,;")
    if title and words[-1].casefold() in _ABBREVIATED and raw.rstrip(" :,;'\"‘’“”").endswith("."):
        title += "."  # "Tanner & Co.": the full stop is the abbreviation's
    if (
        len(title) < 2  # "Q: Season 2 adds ...": an interview's speaker label, no title
        or title.casefold() in platforms
        or not title[0].isupper()
        or _PLACEHOLDER_TITLE.match(title)
        or _DATE_LINE.match(title)  # "May 22" heads a calendar day, it names no show
    ):
        return None
    return None if all(w.casefold() in _NOT_TITLES for w in title.split()) else title


# "Title: Season 2", "Title: Season 3, Part 1": a calendar line's season is not part of the title
_SEASON_SUFFIX = re.compile(
    r":\s*(?i:season|series|part|volume)\s+\w+.*$"
    # "4. Title Season 2 Episode 4 (October 24) – Crunchyroll": an episode's list entry names its show
    r"|\s+(?i:season|series)\s+\d{1,2},?\s+(?i:episode|ep\.?)\s+\d{1,3}$"
    # "the second season of Title on Thursday, January 1": the date after a title is not part of it
    r"|\s+(?:on|in|from|this|next|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|June|July|August|September|October|November|December)$"
)


_ABBREVIATED = frozenset({"co", "inc", "ltd", "bros", "jr", "sr"})


# A network press release sets every show title in capitals inside normal prose: "FRYER FRIENDS
# (8:00-9:00 PM ET/PT) makes its Season 12 premiere". Such a run (five letters or more, not an
# acronym string such as "FOX NFL" or "ET/PT", not a platform) names a show when the article has two
# of them at least, so one shouted word ("EXCLUSIVE") is not taken for a title.
_CAPS_RUN = re.compile(r"(?<![\w'’])[A-Z][A-Z0-9'’.-]*(?:\s+(?:&\s+)?[A-Z][A-Z0-9'’.-]*)*(?![\w'’])")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_NOT_CAPS_TITLES = frozenset(
    "exclusive update breaking live new watch premiere finale season series episode pictured photo "
    "credit copyright all rights reserved "
    # a status board's labels: "RENEWED means ...", "ENDED AS PLANNED means ..."
    "renewed canceled cancelled ended ending saved axed returning pending awaiting decision "
    "as planned".split()
)
MIN_CAPS_TITLE_LETTERS = 5
MIN_CAPS_TITLES = 2


_BRACKETED_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]+\s+\($")


def caps_titles(texts: list[str]) -> list[str]:
    """Show titles written in capitals inside prose (`texts`: the article's paragraphs)."""
    found: list[str] = []
    for text in texts:
        if len(list(islice(_LOWER_WORD.finditer(text), MIN_CAPS_TITLES + 1))) < MIN_CAPS_TITLES + 1:
            continue  # a line in capitals is a heading, not prose (counted only as far as needed)
        for m in _CAPS_RUN.finditer(text):
            run = m.group().strip(".'’-")
            words = run.split()
            before = _BRACKETED_AFTER_NAME.search(text, max(0, m.start() - 40), m.start())
            if before and text.startswith(")", m.end()):
                continue  # "Mara Lind (JANE ROE)": a photo caption's actor, in capitals
            if (
                sum(c.isalpha() for c in run) >= MIN_CAPS_TITLE_LETTERS
                and not all(len(w) <= 3 for w in words)
                and not platforms_in(run.title())
                and not platforms_in(run)
                and not all(w.lower() in _NOT_CAPS_TITLES for w in words)
            ):
                found.append(run)
    return found if len(set(found)) >= MIN_CAPS_TITLES else []
