"""Choosing the year an expression leaves out, and checking a stated weekday against it.

Policy (documented because other stages rely on it):
- With a published date: the year that puts the date *nearest* to the published date (a
  year-less month counts as its 15th, a season as its midpoint month; ties go to the later
  year). No forward bias: "in December" in a January article is the December just gone.
  When the caller knows the statement's direction (`DateContext.prefer`), a stated month (and
  day) is instead its next occurrence on or after the published date ("future") or its last
  one on or before it ("past"), as gold rule 4.4 says; a season keeps the nearest year.
- Without one: the nearest preceding explicit year in the same section, else the nearest
  preceding year in the article (`article_years_before`), else the article's first year.
- A stated weekday ("Friday April 22") must agree: we keep the anchor year if it does, else take
  the agreeing year closest to it within +-2 years; if none agrees we keep the anchor year and
  say so (`weekday_checked=False` plus a reason, and `conflict=True` for an inferred year).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from hsextract.dates.lexicon import MIDPOINT_MONTH, WEEKDAYS
from hsextract.dates.types import DateContext, Parts

WEEKDAY_WINDOW = 2  # years either side of the anchor searched for an agreeing weekday


@dataclass(frozen=True)
class YearChoice:
    """The year to print, where it came from, and whether a stated weekday agreed."""

    year: int
    source: str
    weekday_checked: bool = False
    reason: str | None = None
    conflict: bool = False  # an inferred year on which the stated weekday falls in no nearby year


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:  # Feb 29 outside a leap year
        return None


def nearest_year(published: datetime.date, month: int, day: int | None) -> int:
    """The year putting (month, day or mid-month) nearest to `published`; ties -> later year."""
    best: tuple[int, int] | None = None
    for year in range(published.year - 4, published.year + 5):  # +-4 so Feb 29 finds a leap year
        when = _date(year, month, day or 15)
        if when is not None:
            key = (abs((when - published).days), -year)
            best = key if best is None or key < best else best
    assert best is not None  # some year in a 9-year window has every (month, day)
    return -best[1]


def directed_year(published: datetime.date, month: int, day: int | None, prefer: str) -> int:
    """The next ("future") or last ("past") occurrence of (month, day) relative to `published`,
    comparing months only when no day is stated ("in March" written on 10 March is this March)."""
    said = (month, day or 0)
    now = (published.month, published.day if day else 0)
    if prefer == "future":
        return published.year if said >= now else published.year + 1
    return published.year if said <= now else published.year - 1


def narrative_year(ctx: DateContext) -> tuple[int, str] | None:
    """Nearest preceding section year, else nearest preceding / first article year."""
    if ctx.section_years:
        return ctx.section_years[-1], "section"
    if ctx.article_years:
        before = ctx.article_years_before or 0
        return (ctx.article_years[before - 1] if before else ctx.article_years[0]), "article"
    return None


def _weekday_year(
    anchor: int, month: int, day: int, weekday: int, published: datetime.date | None
) -> int | None:
    """The year within +-WEEKDAY_WINDOW of `anchor` where (month, day) falls on `weekday`."""
    agreeing = []
    for year in range(anchor - WEEKDAY_WINDOW, anchor + WEEKDAY_WINDOW + 1):
        when = _date(year, month, day)
        if when is not None and when.weekday() == weekday:
            gap = abs((when - published).days) if published else 0
            agreeing.append((abs(year - anchor), gap, -year, year))
    return min(agreeing)[3] if agreeing else None


def check_explicit(parts: Parts) -> YearChoice:
    """A year the text states is kept; a stated weekday is only checked against it."""
    assert parts.year is not None
    if parts.weekday is None or parts.month is None or parts.day is None:
        return YearChoice(parts.year, "explicit")
    when = _date(parts.year, parts.month, parts.day)
    if when is not None and when.weekday() == parts.weekday:
        return YearChoice(parts.year, "explicit", weekday_checked=True)
    return YearChoice(
        parts.year,
        "explicit",
        reason=f"stated {WEEKDAYS[parts.weekday].capitalize()} disagrees with {when}; kept the stated date",
    )


def _published_year(
    parts: Parts, month: int, published: datetime.date, prefer: str | None
) -> tuple[int, str]:
    """The year from the published date, in the statement's direction, and why."""
    if prefer == "future" and parts.month is None:
        # "will premiere in the autumn" written in March: the coming one (it lasts to the month after
        # its midpoint, so an autumn still under way is this one)
        return directed_year(published, min(month + 1, 12), None, "future"), (
            f"next occurrence from published date {published.isoformat()}"
        )
    if prefer == "past" and parts.month is None:
        # "it aired in Norway in the spring" written in November: the one just gone (it starts the
        # month before its midpoint, so a spring under way is this one)
        return directed_year(published, max(month - 1, 1), None, "past"), (
            f"last occurrence from published date {published.isoformat()}"
        )
    if prefer is not None and parts.month is not None:
        which = "next" if prefer == "future" else "last"
        return directed_year(published, month, parts.day, prefer), (
            f"{which} occurrence from published date {published.isoformat()}"
        )
    return nearest_year(
        published, month, parts.day
    ), f"year nearest to published date {published.isoformat()}"


def choose_year(parts: Parts, ctx: DateContext, period_word: str | None = None) -> YearChoice | str:
    """Year for a year-less expression, or a string saying why none can be chosen."""
    if parts.year is not None:
        return check_explicit(parts)
    month = parts.month or MIDPOINT_MONTH.get(period_word or "")
    if month is None:
        return "no month or season to place in a year"
    if ctx.published is not None:
        year, reason = _published_year(parts, month, ctx.published, ctx.prefer)
        source = "published"
    elif (found := narrative_year(ctx)) is not None:
        (year, source), reason = found, "year from the article's narrative"
    else:
        return "no year in the expression, no published date and no year in the article"
    if parts.day is None:
        return YearChoice(year, source, reason=reason)
    if parts.weekday is None:
        if _date(year, month, parts.day) is None:
            return f"{month:02d}-{parts.day:02d} does not exist in anchored year {year}"
        return YearChoice(year, source, reason=reason)
    agreeing = _weekday_year(year, month, parts.day, parts.weekday, ctx.published)
    weekday = WEEKDAYS[parts.weekday].capitalize()
    if agreeing is None:
        if _date(year, month, parts.day) is None:
            return f"{month:02d}-{parts.day:02d} does not exist in anchored year {year}"
        return YearChoice(
            year, source, reason=f"{reason}; stated {weekday} agrees with no year near {year}", conflict=True
        )
    if agreeing != year:
        reason = f"{reason} ({year}), moved to {agreeing} where it is a {weekday}"
    return YearChoice(agreeing, source, weekday_checked=True, reason=reason)
