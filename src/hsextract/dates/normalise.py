"""`normalise`: one candidate date span -> ISO value at the precision the text supports.

Order of the checks matters: things that are not dates at all (decades, durations, "We") are
rejected first, relative phrases are routed to the published date, and only the calendar core
left after peeling qualifiers ever reaches dateparser.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import replace

from hsextract.dates import engine
from hsextract.dates.anchor import YearChoice, check_explicit, choose_year
from hsextract.dates.lexicon import (
    ANAPHORIC_OFFSET,
    BARE_ORDINAL_DAY,
    DAY_ONLY,
    DECADE,
    DURATION,
    NUMERIC_DATE,
    RELATIVE_OFFSET,
    TWO_DIGIT_YEAR,
    Peeled,
    clean,
    is_date_like,
    peel,
    replace_holidays,
    states_year,
    strip_times,
    take_weekday,
)
from hsextract.dates.relative import NEEDS_PUBLISHED, is_relative, resolve_offset, resolve_relative
from hsextract.dates.types import DateContext, NormalisedDate, Parts, coarser, iso, unresolved

_NO_CONTEXT = DateContext()
_BETWEEN = re.compile(r"^between\s+(.+?)\s+and\s+(.+)$")
# "March last year", "in October of next year": a month or day in the calendar year before/after publication
_YEAR_WORD = re.compile(r"^(?P<core>.+?),?\s+(?:of\s+)?(?P<det>last|next|this)\s+year$")
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
# "a - b", "a – b", "a to b", "may 26-28", "may-june": the first separator splits start from end.
_RANGE = re.compile(
    r"^(.+?)(?:\s+(?:to|through|thru|until|till)\s+|\s*[–—]\s*|\s+-\s+|(?<=\d)-(?=\d)|(?<=[a-z.])-(?=[a-z]))(.+)$"
)


def normalise(expression: str, ctx: DateContext = _NO_CONTEXT) -> NormalisedDate | None:
    """Normalise one date expression found by the rules stage.

    Returns None when the expression is not a calendar date at all ("three months", "one day",
    "weekly", "We", "8", "the 1990s"); a NormalisedDate with `value=None` and a `reason` when it
    is a date we must not guess (relative without a published date, no year anywhere ...).
    The result depends only on (expression, ctx), never on the clock, TZ or locale, and is cached.
    """
    if not isinstance(expression, str):
        raise TypeError(f"expression must be str, not {type(expression).__name__}")
    return _normalise_cached(expression, ctx)


@functools.lru_cache(maxsize=4096)
def _normalise_cached(expression: str, ctx: DateContext) -> NormalisedDate | None:
    text = clean(expression)
    if not text or DECADE.match(text) or DURATION.match(text):
        return None
    if (offset := _offset(text, ctx)) is not _NOT_AN_OFFSET:
        return offset
    text = replace_holidays(text)
    if day := BARE_ORDINAL_DAY.match(text):
        return _day_of_a_month(int(day.group(1)), ctx)
    if not is_date_like(text):
        return None
    peeled = peel(strip_times(text))
    if is_relative(peeled):
        return resolve_relative(peeled, ctx.published, ctx.prefer)
    core = peeled.core
    if not core:
        return _period_only(peeled, ctx)
    if m := TWO_DIGIT_YEAR.match(core):  # "fall '24"
        year = int(m.group(1))
        return _finish(Parts(year=year + (1900 if year >= 70 else 2000)), peeled, ctx, None)
    if not NUMERIC_DATE.match(core) and (split := _BETWEEN.match(core) or _RANGE.match(core)):
        ranged = _range(split.group(1), split.group(2), peeled, ctx)
        if ranged is not None:
            return ranged
    return _single(core, peeled, ctx)


_NOT_AN_OFFSET = unresolved("not an offset")  # a sentinel: `_offset` found nothing to read


def _offset(text: str, ctx: DateContext) -> NormalisedDate | None:
    """A date counted from publication ("two weeks from now", "March last year"), or from an event in the
    story (never guessed); `_NOT_AN_OFFSET` when the text is neither."""
    if RELATIVE_OFFSET.match(text):
        return resolve_offset(text, ctx.published)
    if ANAPHORIC_OFFSET.match(text):
        return unresolved("offset from an event in the story, not from a calendar date")
    m = _YEAR_WORD.match(text)
    if m is None or not is_date_like(m["core"]) or states_year(m["core"]):
        return _NOT_AN_OFFSET
    if ctx.published is None:
        return unresolved(NEEDS_PUBLISHED)
    found = _normalise_cached(f"{m['core']} {ctx.published.year + _YEAR_STEP[m['det']]}", ctx)
    why = f"year relative to published date {ctx.published.isoformat()}"
    return replace(found, year_source="relative", reason=why) if found and found.value else found


def _period_only(peeled: Peeled, ctx: DateContext) -> NormalisedDate | None:
    """A bare season/quarter/half ("summer"): year precision, year from context."""
    if peeled.period_word is None:
        return None  # only qualifiers ("early"): no calendar content
    return _finish(Parts(), peeled, ctx, None)


def _finish(parts: Parts, peeled: Peeled, ctx: DateContext, reason: str | None) -> NormalisedDate:
    """Choose the year and format at the precision the text gave (year only under a season)."""
    choice = choose_year(parts, ctx, peeled.period_word)
    if isinstance(choice, str):
        return unresolved(choice, peeled.qualifier)
    precision = "year" if peeled.period_word else parts.precision
    reasons = "; ".join(r for r in (choice.reason, reason, peeled.dropped) if r) or None
    return NormalisedDate(
        value=iso(choice.year, parts.month, parts.day, precision),
        precision=precision,
        qualifier=peeled.qualifier,
        year_source=choice.source,
        weekday_checked=choice.weekday_checked,
        weekday_conflict=choice.conflict,
        reason=reasons,
    )


def _ambiguity(core: str, day_first: bool = False) -> str | None:
    """Say so when a numeric date could be read both ways ("05/06/2024")."""
    m = NUMERIC_DATE.match(take_weekday(core)[0])
    if not m or len(m.group(1)) == 4:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    if first <= 12 and second <= 12 and first != second:
        if day_first:
            return "ambiguous numeric date read day-first, as the article writes its other dates"
        return "ambiguous numeric date read month-first (US order)"
    return None


_DAY_OF_MONTH = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$")
WEEKDAY_DAY_MONTHS = range(-2, 4)  # "Thursday 16th": months around the published one that are searched


def _weekday_and_day(day: int, weekday: int, peeled: Peeled, ctx: DateContext) -> NormalisedDate:
    """ "Thursday 16th" (UK listings leave the month out): the month near the published date in which
    the 16th is a Thursday, the nearest if several; without a published date it is not guessed."""
    if ctx.published is None:
        return unresolved("weekday and day without a month need the published date", peeled.qualifier)
    base = ctx.published.year * 12 + ctx.published.month - 1
    found = []
    for step in WEEKDAY_DAY_MONTHS:
        year, month = divmod(base + step, 12)
        try:
            candidate = datetime.date(year, month + 1, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            found.append(candidate)
    if not found:
        return unresolved(f"no month near the published date has a {day} on that weekday", peeled.qualifier)
    best = min(found, key=lambda d: (abs((d - ctx.published).days), d))  # type: ignore[operator]
    return NormalisedDate(
        value=best.isoformat(),
        precision="day",
        qualifier=peeled.qualifier,
        year_source="published",
        weekday_checked=True,
        reason="month and year from the weekday nearest the published date",
    )


def _day_of_a_month(day: int, ctx: DateContext) -> NormalisedDate:
    """ "on the 31st": the next such day from the published date ("the 5th" after the 12th is next
    month's), the last one for a past statement, the nearest when the tense is not known."""
    if ctx.published is None:
        return unresolved("a day of the month alone needs the published date")
    base = ctx.published.year * 12 + ctx.published.month - 1
    found = []
    for step in (-1, 0, 1, 2):
        year, month = divmod(base + step, 12)
        try:
            found.append(datetime.date(year, month + 1, day))
        except ValueError:
            continue
    if ctx.prefer == "future":
        found = [d for d in found if d >= ctx.published]
    elif ctx.prefer == "past":
        found = [d for d in found if d <= ctx.published]
    if not found:
        return unresolved(f"no month near the published date has a day {day}")
    best = min(found, key=lambda d: (abs((d - ctx.published).days), d))  # type: ignore[operator]
    return NormalisedDate(
        value=best.isoformat(),
        precision="day",
        year_source="published",
        reason="month and year from the published date",
    )


def _day_first(text: str) -> str:
    """ "12/03/2026" written day first, as month first for the parser ("3/12/2026")."""
    m = NUMERIC_DATE.match(text)
    if m and len(m.group(1)) <= 2 and int(m.group(2)) <= 12:
        return f"{int(m.group(2))}/{int(m.group(1))}" + (f"/{m.group(3)}" if m.group(3) else "")
    return text


def _single(core: str, peeled: Peeled, ctx: DateContext) -> NormalisedDate:
    text, weekday = take_weekday(core)
    if ctx.day_first:
        text = _day_first(text)
    if weekday is not None and (dom := _DAY_OF_MONTH.match(text)):
        return _weekday_and_day(int(dom.group(1)), weekday, peeled, ctx)
    parsed = engine.parse(text) if text else None
    if parsed is None:
        return unresolved(f"not a date dateparser can read: {core!r}", peeled.qualifier)
    if parsed.from_clock:  # dateparser reads it relative to "now" ("the three months" -> ago)
        return unresolved(f"relative phrase we do not model: {core!r}", peeled.qualifier)
    if (quarter := engine.quarter_of(parsed)) and peeled.period_word is None:  # "2024-q3"
        peeled = replace(peeled, qualifiers=(*peeled.qualifiers, quarter), period_word=quarter)
    parts = replace(parsed.parts, weekday=weekday)
    if parts.year is not None and not states_year(text):
        return unresolved(f"dateparser read a year the text does not write: {core!r}", peeled.qualifier)
    if parts.month is None and (parts.day is not None or parts.year is None):
        return unresolved(f"no month in {core!r}", peeled.qualifier)
    return _finish(parts, peeled, ctx, _ambiguity(core, ctx.day_first))


def _side(text: str) -> Parts | None:
    """One end of a range, possibly incomplete ("26", "may", "july 1, 2024")."""
    text, weekday = take_weekday(strip_times(text))
    if m := DAY_ONLY.match(text):
        return Parts(year=int(m.group(2)) if m.group(2) else None, day=int(m.group(1)), weekday=weekday)
    parsed = engine.parse(text) if text else None
    if parsed is None or parsed.from_clock or parsed.period == "quarter":
        return None
    if parsed.parts.year is not None and not states_year(text):
        return None
    return replace(parsed.parts, weekday=weekday)


def _range(left_text: str, right_text: str, peeled: Peeled, ctx: DateContext) -> NormalisedDate | None:
    """Resolve "may 26 - july 1, 2024": the end lends its year (and month) to the start."""
    left, right = _side(left_text), _side(right_text)
    if left is None or right is None:
        return None
    if right.month is None and right.day is not None:
        right = replace(right, month=left.month, year=right.year)
    if left.month is None and left.day is not None:
        left = replace(left, month=right.month)
    if (left.month is None) != (right.month is None) or (left.month is None and left.year is None):
        return None  # "2024 - may 2025" or bare numbers: not a range we understand
    if left.year is None and right.year is not None:
        wraps = (left.month or 1, left.day or 1) > (right.month or 12, right.day or 31)
        left = replace(left, year=right.year - 1 if wraps else right.year)
    start = choose_year(left, ctx)
    if isinstance(start, str):
        return unresolved(start, peeled.qualifier)
    if right.year is None:
        wraps = (right.month or 12, right.day or 31) < (left.month or 1, left.day or 1)
        right = replace(right, year=start.year + 1 if wraps else start.year)
    end = check_explicit(right)
    precision = coarser(left.precision, right.precision)
    first, last = (
        iso(start.year, left.month, left.day, precision),
        iso(end.year, right.month, right.day, precision),
    )
    if first > last:
        return None  # not a range after all (ISO strings of one precision sort chronologically)
    return NormalisedDate(
        value=first,
        precision=precision,
        qualifier=peeled.qualifier,
        year_source=start.source,
        weekday_checked=_both_checked(left, start, right, end),
        end_value=last,
        reason="; ".join(r for r in (start.reason, end.reason, peeled.dropped) if r) or None,
    )


def _both_checked(left: Parts, start: YearChoice, right: Parts, end: YearChoice) -> bool:
    """True when at least one weekday was stated and every stated weekday agreed."""
    stated = [(p, c) for p, c in ((left, start), (right, end)) if p.weekday is not None]
    return bool(stated) and all(c.weekday_checked for _, c in stated)
