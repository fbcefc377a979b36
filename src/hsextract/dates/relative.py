"""Relative expressions ("next month", "this Thursday", "later this year", "this fall").

They are resolved against the article's published date and never against today's clock: without
a published date the answer is "unresolved" with a reason. Conventions (news usage, documented):
- "Thursday" / "on Thursday": the Thursday nearest the published date (-3..+3 days): news says
  "announced on Wednesday" the day after and "premieres Friday" a few days before. When the
  statement's direction is known (`prefer`), the coming one (0..+6: "premieres Friday" written on
  a Monday) or the previous one (-6..0: "was announced on Tuesday" written on a Monday).
  "this Thursday" / "coming Thursday": the first one on or after publication; "next Thursday":
  the first one strictly after it; "last Thursday": the latest one strictly before it.
- "next March" / "next summer" / "next quarter-like period": the first one whose (mid) month is
  after the published month; "last ...": the latest one before it; "this ...": published year
  (a "this winter" said from July on means the coming January-February).
- Seasons, quarters and halves are year precision with the season ("autumn" for fall) as qualifier.
"""

from __future__ import annotations

import datetime

from hsextract.dates import engine
from hsextract.dates.lexicon import MIDPOINT_MONTH, Peeled, month_only, weekday_only
from hsextract.dates.types import NormalisedDate, iso, unresolved
from hsextract.models import Precision

_DAY_WORDS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_STEP = {None: 0, "this": 0, "next": 1, "following": 1, "coming": 1, "upcoming": 1, "last": -1, "past": -1}
NEEDS_PUBLISHED = "relative date needs the article's published date (never resolved from today)"


def is_relative(p: Peeled) -> bool:
    """True when the expression only means something relative to 'now'."""
    core, det = p.core, p.determiner
    return (
        (core in _DAY_WORDS and det is None)
        or core in ("week", "weekend", "month", "year")
        or weekday_only(core) is not None
        or (month_only(core) is not None and det is not None)
        or (core == "" and p.period_word is not None and det is not None)
    )


_UNIT_PRECISION: dict[str, Precision] = {"day": "day", "week": "day", "month": "month", "year": "year"}


def _result(
    value: str, precision: Precision, p: Peeled, reason: str, checked: bool = False
) -> NormalisedDate:
    return NormalisedDate(
        value=value,
        precision=precision,
        qualifier=p.qualifier,
        year_source="relative",
        weekday_checked=checked,
        reason=reason,
    )


def _weekday(published: datetime.date, weekday: int, det: str | None, prefer: str | None) -> datetime.date:
    ahead = (weekday - published.weekday()) % 7  # 0..6: on or after
    if det is None and prefer == "past":
        ahead = ahead - 7 if ahead else 0  # -6..0: on or before
    elif det is None and prefer is None:
        ahead = ahead - 7 if ahead > 3 else ahead  # -3..+3: nearest
    elif det in ("next", "following"):
        ahead = ahead or 7  # 1..7: strictly after
    elif det in ("last", "past"):
        ahead = -((published.weekday() - weekday - 1) % 7 + 1)  # -1..-7: strictly before
    return published + datetime.timedelta(days=ahead)


def _period_year(published: datetime.date, mid_month: int, det: str | None) -> int:
    step = _STEP.get(det, 0)
    if step > 0:
        return published.year if mid_month > published.month else published.year + 1
    if step < 0:
        return published.year if mid_month < published.month else published.year - 1
    if mid_month == MIDPOINT_MONTH["winter"] and published.month >= 7:
        return published.year + 1  # "this winter" in the autumn: the coming January-February
    return published.year


def resolve_relative(p: Peeled, published: datetime.date | None, prefer: str | None = None) -> NormalisedDate:
    """Resolve an expression for which `is_relative(p)` holds; `prefer` is the statement's direction."""
    if published is None:
        return unresolved(NEEDS_PUBLISHED, p.qualifier)
    core, det = p.core, p.determiner
    base = f"relative to published date {published.isoformat()}"
    if core in _DAY_WORDS:
        day = published + datetime.timedelta(days=_DAY_WORDS[core])
        return _result(day.isoformat(), "day", p, base)
    if core in ("week", "weekend"):
        return unresolved(f"a week or weekend has no ISO precision here ({base})", p.qualifier)
    if core == "year":
        return _result(f"{published.year + _STEP.get(det, 0):04d}", "year", p, base)
    if core == "month":
        first = published.replace(day=1)
        index = first.year * 12 + first.month - 1 + _STEP.get(det, 0)
        return _result(iso(index // 12, index % 12 + 1, None, "month"), "month", p, base)
    if (weekday := weekday_only(core)) is not None:
        return _result(_weekday(published, weekday, det, prefer).isoformat(), "day", p, base, checked=True)
    if (month := month_only(core)) is not None:
        year = _period_year(published, month, det)
        return _result(iso(year, month, None, "month"), "month", p, base)
    assert p.period_word is not None
    year = _period_year(published, MIDPOINT_MONTH[p.period_word], det)
    return _result(f"{year:04d}", "year", p, base)


def resolve_offset(
    text: str, published: datetime.date | None, qualifier: str | None = None
) -> NormalisedDate:
    """'in three weeks', 'two months ago': dateparser's relative parser based on the published date.

    The precision is the unit's: days and weeks give a day, months a month, years a year.
    """
    if published is None:
        return unresolved(NEEDS_PUBLISHED, qualifier)
    parsed = engine.parse_relative(text, published)
    if parsed is None:
        return unresolved(f"dateparser could not read relative phrase {text!r}", qualifier)
    precision = _UNIT_PRECISION.get(parsed.period)
    if precision is None:
        return unresolved(f"relative phrase {text!r} has unsupported period {parsed.period!r}", qualifier)
    d = parsed.date
    reason = f"offset from published date {published.isoformat()}"
    return NormalisedDate(
        iso(d.year, d.month, d.day, precision), precision, qualifier, "relative", reason=reason
    )
