"""The value types of date normalisation: what the caller knows, what we return.

Both are frozen and hashable so that `normalise` can cache on `(expression, ctx)`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from hsextract.models import Precision

YearSource = str  # "explicit" | "published" | "section" | "article" | "relative"
PREFER = (None, "future", "past")


@dataclass(frozen=True)
class DateContext:
    """What the article tells us about *when* it is, used to fill a year the expression leaves out.

    `section_years` are the explicit years before the mention in the same section and
    `article_years` those of the whole article, both in text order (`explicit_years` finds them).
    `article_years_before` (an addition to the brief's fields) says how many leading entries of
    `article_years` precede the mention, so the nearest *preceding* article year can be found;
    when it is None or 0 the first year in the article is used.
    `prefer` is the statement's direction in time ("future": "will premiere on May 5", "past":
    "premiered on May 5"): a year taken from the published date is then the next (or the last)
    occurrence rather than the nearest one (gold rule 4.4), and a bare weekday the coming (or the
    previous) one. None keeps the nearest. `day_first` reads an ambiguous numeric date ("12/03/2026")
    day before month, as the article's other dates are written.
    """

    published: datetime.date | None = None
    section_years: tuple[int, ...] = ()
    article_years: tuple[int, ...] = ()
    article_years_before: int | None = None
    prefer: str | None = None
    day_first: bool = False  # the article writes day before month ("12 March"): read "12/03" so

    def __post_init__(self) -> None:
        if isinstance(self.published, datetime.datetime):
            # A datetime would make equal contexts hash differently and leak a time of day.
            raise TypeError("DateContext.published must be a datetime.date, not a datetime")
        if not isinstance(self.section_years, tuple) or not isinstance(self.article_years, tuple):
            raise TypeError("section_years and article_years must be tuples (hashable, for the cache)")
        before = self.article_years_before
        if before is not None and not 0 <= before <= len(self.article_years):
            raise ValueError(f"article_years_before={before} outside 0..{len(self.article_years)}")
        if self.prefer not in PREFER:
            raise ValueError(f"prefer={self.prefer!r} is not one of {PREFER}")


@dataclass(frozen=True)
class NormalisedDate:
    """A calendar date at the precision the text supports, and how it was obtained.

    `value` is ISO at its precision ("2023-08-03" | "2023-08" | "2023") or None when the
    expression is a date but cannot be pinned down (then `reason` says why). For a range,
    `value` is the start and `end_value` the end, both at the coarser of the two precisions.
    `weekday_conflict` is True when the year was inferred and the stated weekday falls on that
    date in no year near it: the inference is then doubtful and callers may drop the date.
    """

    value: str | None
    precision: Precision | None
    qualifier: str | None = None
    year_source: YearSource | None = None
    weekday_checked: bool = False
    end_value: str | None = None
    reason: str | None = None
    weekday_conflict: bool = False


@dataclass(frozen=True)
class Parts:
    """The calendar fields the *text* gave (None = not stated), plus a stated weekday (Mon=0)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    @property
    def precision(self) -> Precision:
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"


_RANK: dict[Precision, int] = {"year": 0, "month": 1, "day": 2}


def coarser(a: Precision, b: Precision) -> Precision:
    """The less precise of two precisions (a range is only as precise as its vaguer end)."""
    return a if _RANK[a] <= _RANK[b] else b


def iso(year: int, month: int | None, day: int | None, precision: Precision) -> str:
    """Format at `precision`, never printing a field the precision does not cover."""
    if precision == "year" or month is None:
        return f"{year:04d}"
    if precision == "month" or day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def unresolved(reason: str, qualifier: str | None = None) -> NormalisedDate:
    """A date expression we recognise but must not guess (no year, relative without a base ...)."""
    return NormalisedDate(value=None, precision=None, qualifier=qualifier, reason=reason)
