"""Dates as day intervals, so "2022-04" and "2022-04-22" can be told compatible, not conflicting.

A claim's interval is every day it allows: "2022-04" is April 1-30, "2022-04-22" one day,
"early 2026" (year + qualifier) roughly January-April. Two claims are compatible when their
intervals overlap (both could be true); a claim is finer than another when its interval is
strictly inside. Qualifier ranges are generous on purpose: a false conflict costs a reviewer's
time, a missed one only postpones noticing a contradiction that the claims still show.
"""

from __future__ import annotations

import calendar
from datetime import date

Interval = tuple[date, date]

# Month ranges of a year-precision qualifier; unknown qualifiers allow the whole year.
_YEAR_PARTS: dict[str, tuple[int, int]] = {
    "start": (1, 4),
    "early": (1, 5),
    "mid": (4, 9),
    "late": (8, 12),
    "end": (9, 12),
    "spring": (3, 6),
    "summer": (6, 9),
    "autumn": (9, 12),
    "fall": (9, 12),
    "holiday": (11, 12),
}
# Day ranges of a month-precision qualifier (31 = the month's last day).
_MONTH_PARTS: dict[str, tuple[int, int]] = {
    "start": (1, 12),
    "early": (1, 15),
    "mid": (8, 23),
    "late": (15, 31),
    "end": (18, 31),
}


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def interval(value: str, qualifier: str | None = None) -> Interval:
    """Days an ISO date of any precision allows ('by' extends it back to the year's start).
    An impossible date (month 13) allows every day: it cannot contradict anything."""
    try:
        return _interval(value, qualifier)
    except ValueError:
        return date.min, date.max


def _interval(value: str, qualifier: str | None) -> Interval:
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 3:
        day = date(year, parts[1], parts[2])
        return day, day
    if len(parts) == 2:
        month = parts[1]
        last = _last_day(year, month)
        lo, hi = _MONTH_PARTS.get(qualifier or "", (1, last))
        start = date(year, 1, 1) if qualifier == "by" else date(year, month, lo)
        return start, date(year, month, min(hi, last))
    lo_m, hi_m = _YEAR_PARTS.get(qualifier or "", (1, 12))
    return date(year, lo_m, 1), date(year, hi_m, _last_day(year, hi_m))


def width(value: str, qualifier: str | None = None) -> int:
    lo, hi = interval(value, qualifier)
    return (hi - lo).days


def compatible(a: str, qa: str | None, b: str, qb: str | None) -> bool:
    """Could both statements be true? (Their day intervals overlap.)"""
    (alo, ahi), (blo, bhi) = interval(a, qa), interval(b, qb)
    return alo <= bhi and blo <= ahi


def strictly_inside(a: str, qa: str | None, b: str, qb: str | None) -> bool:
    """Is `a` a finer statement lying within `b`?"""
    (alo, ahi), (blo, bhi) = interval(a, qa), interval(b, qb)
    return blo <= alo and ahi <= bhi and (alo, ahi) != (blo, bhi)


def finest(dated: list[tuple[str, str | None]]) -> list[str]:
    """The distinct dates that no other, finer date lies inside ('2022' drops when '2022-04' is there)."""
    keep = {
        d for d, q in dated if not any(strictly_inside(o, oq, d, q) for o, oq in dated if (o, oq) != (d, q))
    }
    return sorted(keep)
