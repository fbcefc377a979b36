"""The only place that talks to dateparser: its settings, the shared parser, and what it parsed.

We parse *candidate spans* (the rules stage found them), never whole paragraphs: dateparser's
`search_dates` reads "We" as Wednesday and "one day" / "three months" as dates relative to today
(tests/test_dates.py shows it). dateparser fills the fields a text leaves out from the clock or
from the PREFER_* settings; `DateData.parts` tells us which fields the *text* gave, so we keep
only those and never print a day or month the article did not state.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from typing import Any

from hsextract.dates.lexicon import MONTH_RE, month_only
from hsextract.dates.types import Parts

# A fixed "now" for parsing absolute dates. Fields the text leaves out come from here (and are then
# dropped via `parts`), so results never depend on the machine's clock. 2000 is a leap year, so
# a year-less "Feb. 29" still parses; the year is chosen later by anchoring.
FIXED_BASE = datetime.datetime(2000, 1, 1)
# A second, different "now": a parse that changes with the base came from the clock, not the text.
_PROBE_BASE = datetime.datetime(1988, 7, 14)

DATEPARSER_SETTINGS: dict[str, object] = {
    # Naive UTC in and out: the TZ env var and the machine's zone must not move a date.
    "TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    # Never read the clock: relative phrases are resolved against the published date instead
    # (a separate parser per published date, see `_parser`), this base only fills blanks.
    "RELATIVE_BASE": FIXED_BASE,
    # Deterministic fillers for missing day/month; we discard them anyway using `parts`.
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
    # A year-less "April 22" stays in the base year; our own anchoring picks the real year.
    "PREFER_DATES_FROM": "current_period",
    # US news: "05/06/2024" is May 6. dateparser still swaps when the first number cannot be a
    # month ("17/05/2024"), i.e. day-first only when unambiguous.
    "DATE_ORDER": "MDY",
    "PREFER_LOCALE_DATE_ORDER": False,
    # Report a time-only phrase ("midnight") as period "time" rather than as a day.
    "RETURN_TIME_AS_PERIOD": True,
    # No "timestamp" parser: a bare "20240517" or "1700000000" is not a premiere date in prose.
    "PARSERS": ["relative-time", "absolute-time"],
    # Partial dates must parse ("Oct. 3", "April 2022"); `parts` tells us what is missing.
    "STRICT_PARSING": False,
    # The whole span must be a date: skipping unknown words lets junk through ("one day in the").
    "IGNORE_SURROUNDING_TEXT": False,
}


@dataclass(frozen=True)
class Parsed:
    """What dateparser made of a span: fields given by the text, its period, and the full date."""

    parts: Parts
    period: str
    date: datetime.date
    from_clock: bool  # the result moved with the base: a relative phrase


@functools.lru_cache(maxsize=64)
def _parser(base: datetime.datetime) -> Any:
    """One DateDataParser per base (FIXED_BASE, the probe, each published date), built lazily.

    Importing dateparser and loading its English locale is slow, so it happens on first use and
    the parser is reused; the module imports fine without paying that cost.
    """
    from dateparser.date import DateDataParser  # lazy: slow import

    settings = {**DATEPARSER_SETTINGS, "RELATIVE_BASE": base}
    return DateDataParser(languages=["en"], settings=settings)


_M = rf"(?P<m>{MONTH_RE})"
_D = r"(?P<d>0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)[0-9][0-9])"
# The shapes most dates in news take, read directly: the same answer as dateparser (tested on every
# month spelling x day x year x shape, both bases) at a hundredth of the cost. Anything else, an
# impossible day ("feb 30") included, goes to dateparser.
_PLAIN = tuple(
    re.compile(p) for p in (rf"{_M} {_D},? {_Y}", rf"{_D} {_M},? {_Y}", rf"{_M},? {_Y}", rf"{_M} {_D}",
                            rf"{_D} {_M}", _M, _Y)
)  # fmt: skip


def _plain(text: str, base: datetime.datetime) -> tuple[datetime.datetime, str, tuple[str, ...]] | None:
    """A plain month/day/year shape read without dateparser, or None to ask dateparser."""
    if base not in (FIXED_BASE, _PROBE_BASE):
        return None
    m = next((m for rx in _PLAIN if (m := rx.fullmatch(text))), None)
    if m is None:
        return None
    g = m.groupdict()
    month = month_only(g["m"]) if g.get("m") else None
    try:
        obj = datetime.datetime(int(g["y"]) if g.get("y") else base.year, month or 1, int(g.get("d") or 1))
    except ValueError:
        return None
    parts = tuple(sorted(p for p, k in (("day", "d"), ("month", "m"), ("year", "y")) if g.get(k)))
    return obj, ("day" if g.get("d") else "month" if month else "year"), parts


def dateparser_raw(
    text: str, base: datetime.datetime
) -> tuple[datetime.datetime, str, tuple[str, ...]] | None:
    """What dateparser reads: (date, period, sorted parts the text gave), or None."""
    data = _parser(base).get_date_data(text)
    if data.date_obj is None or data.period in (None, "time", "part_of_day"):
        return None
    return data.date_obj, data.period, tuple(sorted(data.parts))


def warm() -> None:
    """Pay dateparser's first-call cost (its English locale data and regexes, ~0.2 s) now, where the
    model is loaded, rather than inside the first article that needs it. Results are not cached
    here, so what any article gets is unchanged."""
    for base in (FIXED_BASE, _PROBE_BASE):
        dateparser_raw("in three weeks", base)


@functools.lru_cache(maxsize=16384)
def _raw(text: str, base: datetime.datetime) -> tuple[datetime.datetime, str, tuple[str, ...]] | None:
    """dateparser's reading of `text` against `base` (plain shapes read directly); cached, because
    articles repeat dates and a dateparser call (~1 ms) is the costliest step after the model."""
    return _plain(text, base) or dateparser_raw(text, base)


def parse(text: str, base: datetime.datetime = FIXED_BASE) -> Parsed | None:
    """Parse one candidate span (weekday and clock times already removed) or return None."""
    raw = _raw(text, base)
    if raw is None:
        return None
    obj, period, parts = raw
    from_clock = False
    if "year" in parts:
        probe = _raw(text, _PROBE_BASE if base != _PROBE_BASE else FIXED_BASE)
        from_clock = probe is None or probe[0].date() != obj.date()
    if period == "quarter":  # "2024-Q3": dateparser gives one month of it; keep the year only
        parts = ("year",)
    fields = Parts(
        year=obj.year if "year" in parts else None,
        month=obj.month if "month" in parts else None,
        day=obj.day if "day" in parts else None,
    )
    return Parsed(fields, period, obj.date(), from_clock)


def parse_relative(text: str, published: datetime.date) -> Parsed | None:
    """Parse a relative phrase ("in three weeks", "next month") against the published date."""
    return parse(text, datetime.datetime.combine(published, datetime.time()))


def quarter_of(parsed: Parsed) -> str | None:
    """'q3' when dateparser read a calendar quarter ("2024-Q3"), else None."""
    return f"q{(parsed.date.month - 1) // 3 + 1}" if parsed.period == "quarter" else None
