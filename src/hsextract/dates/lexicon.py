"""Words and patterns around a date: qualifiers, seasons, weekdays, decades, durations, years.

dateparser parses the calendar core ("April 2022"); everything it does not model, or models in a
way that would invent precision ("early 2026" -> a day in January), is peeled off here first.
All matching is on the casefolded expression with single spaces (see `clean`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH_ALT = r"jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec"
MONTH_RE = rf"(?:{'|'.join(MONTHS)}|(?:{_MONTH_ALT})\.?)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Abbreviations only in their usual spellings: dateparser also reads "We" or "Th" as weekdays.
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
                 "fri": 4, "sat": 5, "sun": 6}  # fmt: skip
WEEKDAY_RE = rf"(?:{'|'.join(WEEKDAYS)}|(?:{'|'.join(_WEEKDAY_ABBR)})\.?)"
_WEEKDAY_TOKEN = re.compile(rf"\b({WEEKDAY_RE})(?![\w])(?:\s*,)?\s*")

SEASONS = ("spring", "summer", "fall", "autumn", "winter")
# The qualifier vocabulary of gold/README.md rule 4.3 says "autumn" (also for "fall").
_SEASON_LABEL = {"fall": "autumn", "autumn": "autumn"}
# Representative month of each year-level qualifier, to compare a year-less season to a date.
MIDPOINT_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "winter": 1, "holiday": 12,
                  "q1": 2, "q2": 5, "q3": 8, "q4": 11, "h1": 4, "h2": 10}  # fmt: skip
# One qualifier per date (rule 4.3): the period word beats the position, which beats "by" & co.
# ("early summer" -> "summer", "by the end of 2024" -> "end"); the others go into `reason`.
_POSITIONS = ("start", "early", "mid", "late", "end", "later", "earlier")
_QUALIFIER_RANK = {**dict.fromkeys(MIDPOINT_MONTH, 0), **dict.fromkeys(_POSITIONS, 1)}
# Fixed-date holidays, rewritten to a month and day before parsing.
_HOLIDAYS = {"christmas eve": "december 24", "christmas day": "december 25", "christmas": "december 25",
             "boxing day": "december 26",
             "new year's eve": "december 31", "new year's day": "january 1", "halloween": "october 31",
             "valentine's day": "february 14"}  # fmt: skip
_HOLIDAY_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, _HOLIDAYS)) + r")\b")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
DETERMINERS = ("this", "next", "last", "coming", "upcoming", "past", "following")

_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|\d+)"
_UNIT = r"(?:day|week|month|year)s?"
# "in three months", "two weeks ago": offsets from *now*, i.e. from the published date.
RELATIVE_OFFSET = re.compile(rf"^(?:in|within)\s+{_NUM}\s+{_UNIT}$|^{_NUM}\s+{_UNIT}\s+(?:ago|from now)$")
# "three months later": an offset from a narrative event we do not know.
ANAPHORIC_OFFSET = re.compile(rf"^{_NUM}\s+(?:more\s+)?{_UNIT}\s+(?:later|after|earlier|before|prior)$")
# "three months", "one day", "the past two years", "every year": lengths and recurrences.
DURATION = re.compile(
    r"^(?:for\s+|about\s+|nearly\s+|almost\s+|over\s+|just\s+|the\s+)*"
    rf"(?:(?:next|past|last|first|coming|following)\s+)?{_NUM}\s+(?:more\s+|full\s+|long\s+)?"
    rf"(?:{_UNIT}|decades?)(?:\s+long)?$|^(?:every|each|once a)\s+"
)
DECADE = re.compile(r"^(?:the\s+)?(?:early|mid|late)?[\s-]*(?:'?\d0|(?:1\d|20)\d0)'?s$")
NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
TWO_DIGIT_YEAR = re.compile(r"^'(\d{2})$")
DAY_ONLY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d{2}))?$")
# Something that can only be a calendar reference; without one the expression is not a date.
_DATE_WORD = re.compile(
    rf"\b(?:{MONTH_RE}|{WEEKDAY_RE}|{'|'.join(SEASONS)}|today|tonight|tomorrow|yesterday"
    r"|week|weekend|month|year|quarter|half|holidays|holiday season|q[1-4])(?![\w])"
    r"|(?<![\w$£€#])(?:1[89]|20)\d{2}(?!\d)|^\d{1,4}[/.-]\d{1,2}([/.-]\d{2,4})?$|'\d{2}\b"
)
# "the 31st": a day of a month the text leaves to the published date
BARE_ORDINAL_DAY = re.compile(r"^the\s+(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)
# Clock times say nothing about the day but make dateparser shift it across time zones.
_TIME = re.compile(
    r",?\s*(?:\bat\s+)?(?:\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?|/\s*\d{1,2}(?::\d{2})?\s*c\b)"
    r"|\b(?:midnight|noon|morning|afternoon|evening|night)\b)(?:\s*(?:[ecmp][sd]?t|gmt|bst|utc)\b)?"
)
# Explicit four-digit years: not "$2000", "1990s", "2,000" or "20000"; 1800-2099 only.
_YEAR_IN_TEXT = re.compile(r"(?=[12])(?<![\w$£€#.,])(?:1[89]|20)\d{2}(?![\d%]|'?s\b|,\d)")

# Prefixes peeled off in a loop, longest first; the label (if any) becomes the qualifier.
_PREFIXES: tuple[tuple[re.Pattern[str], str | None], ...] = tuple(
    (re.compile(p), label)
    for p, label in (
        (r"^(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\s+(?:the\s+)?", "end"),
        (r"^(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?", "start"),
        (r"^(?:the\s+)?middle\s+of\s+(?:the\s+)?", "mid"),
        (r"^early[\s-]+(?:in\s+)?", "early"),
        (r"^mid[\s-]+(?:in\s+)?", "mid"),
        (r"^late[\s-]+(?:in\s+)?", "late"),
        (r"^later\s+(?:in\s+)?", "later"),
        (r"^earlier\s+(?:in\s+)?", "earlier"),
        (r"^(?:by|no later than)\s+", "by"),
        (r"^before\s+", "before"),
        (r"^after\s+", "after"),
        (
            r"^(?:on|in|at|from|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?"
            r"|some\s*time\s+in|as of)\s+",
            None,
        ),
    )
)
_SEASON = re.compile(rf"^(?:the\s+)?({'|'.join(SEASONS)})\b(?:\s+(?:of|in)\b)?\s*")
_QUARTER = re.compile(r"^(?:the\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q([1-4]))"
                      r"\b(?:\s+of\b)?[\s-]*")  # fmt: skip
_HOLIDAY_SEASON = re.compile(r"^(?:the\s+)?(?:holidays|holiday season)\b(?:\s+of\b)?\s*")
_HALF = re.compile(r"^(?:the\s+)?(first|second)\s+half\b(?:\s+of\b)?\s*")
_DETERMINER = re.compile(rf"^({'|'.join(DETERMINERS)})\b\s*")
_THE = re.compile(r"^the\s+")


@dataclass(frozen=True)
class Peeled:
    """An expression split into its qualifiers, a relative determiner and the calendar core."""

    qualifiers: tuple[str, ...]
    determiner: str | None
    core: str
    period_word: str | None  # season / quarter / half label that fixes only the year

    @property
    def qualifier(self) -> str | None:
        """The one qualifier kept (rule 4.3 has one word per date); ties keep the first."""
        ranked = sorted(self.qualifiers, key=lambda q: _QUALIFIER_RANK.get(q, 2))
        return ranked[0] if ranked else None

    @property
    def dropped(self) -> str | None:
        """Qualifiers not kept, for the reason ("early summer": kept summer, dropped early)."""
        kept = self.qualifier
        rest = [q for q in self.qualifiers if q != kept]
        return f"qualifier {kept!r} kept, also said: {', '.join(rest)}" if rest else None


# Month names as news copy misspells them (the rules' MONTH macro lists the same spellings)
MISSPELT_MONTHS = {
    "janurary": "january", "januray": "january", "feburary": "february", "febuary": "february",
    "februray": "february", "apirl": "april", "jully": "july", "agust": "august", "augest": "august",
    "septmber": "september", "setpember": "september", "septemeber": "september", "ocotber": "october",
    "octobor": "october", "novmber": "november", "novemeber": "november", "decmber": "december",
    "decemeber": "december",
}  # fmt: skip
_MISSPELT = re.compile(r"\b(" + "|".join(MISSPELT_MONTHS) + r")\b")


def clean(expression: str) -> str:
    """Casefold, unify quotes, collapse spaces, drop edge punctuation ("Oct." -> "oct"), and spell a
    misspelt month right ("Feburary")."""
    text = expression.casefold().replace("’", "'").replace("‘", "'")
    text = _MISSPELT.sub(lambda m: MISSPELT_MONTHS[m.group(1)], text)
    if m := _BRACKETED_DAY.fullmatch(text):  # "easter sunday (28 march)": the bracket is the date
        text = m.group(1)
    return re.sub(r"\s+", " ", text).strip(' ,;:()[]".!?')


_BRACKETED_DAY = re.compile(r"[a-z\s]*day\s*\(([^()]*\d[^()]*)\)")


def _next_token(text: str) -> tuple[str, str | None, int] | None:
    """(kind, label, end) of the peelable word(s) starting `text`, or None if it starts the core."""
    for pattern, label in _PREFIXES:
        if m := pattern.match(text):
            return ("qualifier", label, m.end())
    if m := _DETERMINER.match(text):
        return ("determiner", m.group(1), m.end())
    if m := _SEASON.match(text):
        return ("period", _SEASON_LABEL.get(m.group(1), m.group(1)), m.end())
    if m := _HOLIDAY_SEASON.match(text):
        return ("period", "holiday", m.end())
    if m := _QUARTER.match(text):
        return ("period", f"q{_ORDINAL[m.group(1)] if m.group(1) else m.group(2)}", m.end())
    if m := _HALF.match(text):
        return ("period", f"h{_ORDINAL[m.group(1)]}", m.end())
    if m := _THE.match(text):
        return ("qualifier", None, m.end())
    return None


def peel(text: str) -> Peeled:
    """Strip qualifiers, determiners, seasons, quarters and halves from the front of `text`."""
    qualifiers: list[str] = []
    determiner: str | None = None
    period_word: str | None = None
    while text and (token := _next_token(text)):
        kind, label, end = token
        if kind == "period":
            if period_word is not None:
                break
            period_word = label
        if kind == "determiner":
            determiner = label
        elif label is not None:
            qualifiers.append(label)
        text = text[end:]
    return Peeled(tuple(qualifiers), determiner, text.strip(" ,-"), period_word)


def states_year(text: str) -> bool:
    """True when `text` writes a year out: "2024", "'24" or inside "5/3/24".

    dateparser reads any number that cannot be a day as a year ("Oct 32" -> 2032, "July 26-28"
    -> 2028); such years are rejected unless the text really wrote one.
    """
    return bool(_FOUR_DIGIT_YEAR.search(text) or re.search(r"'\d{2}\b", text) or NUMERIC_DATE.match(text))


def is_date_like(text: str) -> bool:
    """True when `text` names something on a calendar (month, weekday, season, year, 'tomorrow' ...)."""
    return _DATE_WORD.search(text) is not None


def take_weekday(text: str) -> tuple[str, int | None]:
    """Remove a stated weekday ("friday, april 22") and return it (Monday=0) for checking."""
    m = _WEEKDAY_TOKEN.search(text)
    if not m:
        return text, None
    word = m.group(1).rstrip(".")
    day = WEEKDAYS.index(word) if word in WEEKDAYS else _WEEKDAY_ABBR[word]
    return (text[: m.start()] + " " + text[m.end() :]).strip(" ,"), day


def weekday_only(text: str) -> int | None:
    """The weekday if `text` is nothing but a weekday name."""
    rest, day = take_weekday(text)
    return day if not rest else None


def month_only(text: str) -> int | None:
    """The month number if `text` is nothing but a month name."""
    if not re.fullmatch(MONTH_RE, text):
        return None
    stem = text.rstrip(".")[:3]
    return next(i for i, name in enumerate(MONTHS, 1) if name.startswith(stem))


def replace_holidays(text: str) -> str:
    """'christmas day' -> 'december 25': fixed-date holidays are ordinary month-day dates."""
    return _HOLIDAY_RE.sub(lambda m: _HOLIDAYS[m.group()], text)


def strip_times(text: str) -> str:
    """Drop clock times ("at 9 p.m. et", "9/8c"): they can move a date across midnight in UTC."""
    return _TIME.sub(" ", text).strip(" ,")


def explicit_years(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every explicit four-digit year in `text`, in text order.

    Offsets are into `text` as given (no normalisation), so callers can compare them with
    mention offsets to build `DateContext.section_years` / `article_years`. Decades ("1990s"),
    money ("$2000") and thousands ("2,000") are skipped; a bare count like "2000 episodes" is not.
    """
    return list(_explicit_years(text))


@lru_cache(maxsize=1024)  # the assembly asks about each block's text twice
def _explicit_years(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), int(m.group())) for m in _YEAR_IN_TEXT.finditer(text))


# "\b\d{1,2}" written as a digit first, then the word boundary before it as a lookbehind: a pattern
# that starts with a digit lets the scan skip to the next digit instead of trying every position
_DAY_MONTH = re.compile(rf"\d(?<!\w\d)\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?![\w])", re.IGNORECASE)
# (the lookahead, a month's first letter, rules out most positions before the month alternation)
_MONTH_INITIALS = "".join(sorted({m[0] for m in MONTHS}))
_MONTH_DAY = re.compile(
    rf"(?=[{_MONTH_INITIALS}])\b{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{{3}})",
    re.IGNORECASE,
)
_NUMERIC_IN_TEXT = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/\d{2,4})?(?![\d/])")


def writes_day_first(text: str) -> bool:
    """Whether the article writes its dates day first ("12 March", "17/08/2025"): then an ambiguous
    numeric date ("12/03/2026") is read that way too. Numeric dates that settle the order count most."""
    day_first = month_first = 0
    for m in _NUMERIC_IN_TEXT.finditer(text) if "/" in text else ():  # each has its slash
        first, second = int(m.group(1)), int(m.group(2))
        day_first += 2 * (first > 12 >= second)
        month_first += 2 * (second > 12 >= first)
    day_first += len(_DAY_MONTH.findall(text))
    if day_first <= month_first:  # more month-first dates cannot make it day first: skip their scan
        return False
    month_first += len(_MONTH_DAY.findall(text))
    return day_first > month_first
