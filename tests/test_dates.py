"""Date normalisation: precision is kept, missing years are anchored, nothing comes from the clock."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.dates import (
    DATEPARSER_SETTINGS,
    DateContext,
    NormalisedDate,
    engine,
    explicit_years,
    normalise,
    writes_day_first,
)
from hsextract.dates.normalise import _normalise_cached
from hsextract.models import ReleaseFields

NONE = DateContext()
PUB = DateContext(published=datetime.date(2024, 3, 12))  # a Tuesday
LEAP_PUB = DateContext(published=datetime.date(2025, 6, 1))
# Narrative contexts (no published date): the mention follows 2019 and 2022 in its section.
SECTION = DateContext(section_years=(2019, 2022), article_years=(2019, 2022, 2023), article_years_before=2)
ARTICLE_PRECEDING = DateContext(article_years=(2018, 2021, 2023), article_years_before=2)
ARTICLE_FIRST = DateContext(article_years=(2018, 2021))

# (id, expression, context, value, precision, qualifier, year_source, end_value)
TABLE: list[tuple[str, str, DateContext, str, str, str | None, str, str | None]] = [
    # explicit full dates, any word order
    ("mdy", "August 3, 2023", NONE, "2023-08-03", "day", None, "explicit", None),
    ("dmy", "3 August 2023", NONE, "2023-08-03", "day", None, "explicit", None),
    ("abbr-ordinal", "Aug. 3rd, 2023", NONE, "2023-08-03", "day", None, "explicit", None),
    (
        "weekday-agrees-explicit",
        "Thursday, October 3, 2024",
        NONE,
        "2024-10-03",
        "day",
        None,
        "explicit",
        None,
    ),
    ("weekday-wrong-explicit", "Friday, October 3, 2024", NONE, "2024-10-03", "day", None, "explicit", None),
    ("iso", "2024-05-17", NONE, "2024-05-17", "day", None, "explicit", None),
    ("numeric-day-first-unambiguous", "17/05/2024", NONE, "2024-05-17", "day", None, "explicit", None),
    ("numeric-ambiguous-month-first", "05/06/2024", NONE, "2024-05-06", "day", None, "explicit", None),
    # month and year precision, with qualifiers
    ("month-year", "April 2022", NONE, "2022-04", "month", None, "explicit", None),
    ("end-of-month", "the end of April 2022", NONE, "2022-04", "month", "end", "explicit", None),
    ("may-2025", "May 2025", NONE, "2025-05", "month", None, "explicit", None),
    ("year", "2024", NONE, "2024", "year", None, "explicit", None),
    ("early-year", "early 2024", NONE, "2024", "year", "early", "explicit", None),
    ("mid-year", "mid-2024", NONE, "2024", "year", "mid", "explicit", None),
    ("late-year", "late 2024", NONE, "2024", "year", "late", "explicit", None),
    ("by-end-of-year", "by the end of 2024", NONE, "2024", "year", "end", "explicit", None),
    ("season-year", "spring 2025", NONE, "2025", "year", "spring", "explicit", None),
    ("season-of-year", "the summer of 2025", NONE, "2025", "year", "summer", "explicit", None),
    ("season-short-year", "fall '24", NONE, "2024", "year", "autumn", "explicit", None),
    ("one-qualifier-kept", "early summer 2025", NONE, "2025", "year", "summer", "explicit", None),
    ("quarter", "Q3 2024", NONE, "2024", "year", "q3", "explicit", None),
    ("quarter-words", "the third quarter of 2025", NONE, "2025", "year", "q3", "explicit", None),
    # missing year, anchored on the published date (nearest)
    ("ordinal-day-published", "3rd October", PUB, "2023-10-03", "day", None, "published", None),
    ("in-month-published-past", "in December", PUB, "2023-12", "month", None, "published", None),
    ("mid-month-published", "mid-May", PUB, "2024-05", "month", "mid", "published", None),
    ("season-published", "summer", PUB, "2024", "year", "summer", "published", None),
    ("time-does-not-shift-day", "Oct. 3 at 9 p.m. ET", PUB, "2023-10-03", "day", None, "published", None),
    ("fixed-holiday", "New Year's Day", PUB, "2024-01-01", "day", None, "published", None),
    ("leap-day-published", "Feb. 29", LEAP_PUB, "2024-02-29", "day", None, "published", None),
    # weekday decides the year within +-2 of the anchor
    ("weekday-moves-published-year", "Thursday, Oct. 3", PUB, "2024-10-03", "day", None, "published", None),
    ("weekday-published-back", "Friday April 22", PUB, "2022-04-22", "day", None, "published", None),
    ("weekday-agrees-section", "Friday April 22", SECTION, "2022-04-22", "day", None, "section", None),
    ("weekday-moves-section", "Wednesday, April 22", SECTION, "2020-04-22", "day", None, "section", None),
    ("weekday-moves-article", "Friday April 22", ARTICLE_FIRST, "2016-04-22", "day", None, "article", None),
    ("weekday-nowhere", "Sunday, April 22", SECTION, "2022-04-22", "day", None, "section", None),
    # narrative anchoring without a published date
    ("abbr-section", "Oct. 3", SECTION, "2022-10-03", "day", None, "section", None),
    ("in-month-section", "in December", SECTION, "2022-12", "month", None, "section", None),
    (
        "in-month-article-preceding",
        "in December",
        ARTICLE_PRECEDING,
        "2021-12",
        "month",
        None,
        "article",
        None,
    ),
    ("in-month-article-first", "in December", ARTICLE_FIRST, "2018-12", "month", None, "article", None),
    # relative phrases with a published date
    ("next-month", "next month", PUB, "2024-04", "month", None, "relative", None),
    ("this-thursday", "this Thursday", PUB, "2024-03-14", "day", None, "relative", None),
    ("later-this-year", "later this year", PUB, "2024", "year", "later", "relative", None),
    ("this-fall", "this fall", PUB, "2024", "year", "autumn", "relative", None),
    ("bare-weekday-nearest", "on Monday", PUB, "2024-03-11", "day", None, "relative", None),
    ("holiday-season", "this holiday season", PUB, "2024", "year", "holiday", "relative", None),
    ("next-year", "next year", PUB, "2025", "year", None, "relative", None),
    ("early-next-year", "early next year", PUB, "2025", "year", "early", "relative", None),
    ("tomorrow", "tomorrow", PUB, "2024-03-13", "day", None, "relative", None),
    ("in-three-months", "in three months", PUB, "2024-06", "month", None, "relative", None),
    # ranges
    ("range-days", "May 26 - July 1, 2024", NONE, "2024-05-26", "day", None, "explicit", "2024-07-01"),
    ("range-same-month", "May 26-28, 2024", NONE, "2024-05-26", "day", None, "explicit", "2024-05-28"),
    (
        "range-between-months",
        "between May and June 2024",
        NONE,
        "2024-05",
        "month",
        None,
        "explicit",
        "2024-06",
    ),
    (
        "range-new-year",
        "December 15 - January 5, 2025",
        NONE,
        "2024-12-15",
        "day",
        None,
        "explicit",
        "2025-01-05",
    ),
    ("range-anchored", "June 26-28", SECTION, "2022-06-26", "day", None, "section", "2022-06-28"),
]


@pytest.mark.parametrize(
    ("expression", "ctx", "value", "precision", "qualifier", "source", "end"),
    [pytest.param(*row[1:], id=row[0]) for row in TABLE],
)
def test_table(
    expression: str,
    ctx: DateContext,
    value: str,
    precision: str,
    qualifier: str | None,
    source: str,
    end: str | None,
) -> None:
    got = normalise(expression, ctx)
    assert got is not None
    assert (got.value, got.precision, got.qualifier, got.year_source, got.end_value) == (
        value,
        precision,
        qualifier,
        source,
        end,
    ), got.reason
    # Whatever we return must fit the output contract's date fields.
    ReleaseFields(date=got.value, precision=got.precision, qualifier=got.qualifier)


@pytest.mark.parametrize(
    "expression",
    ["three months", "one day", "weekly", "We", "8", "the 1990s", "'90s", "every year", "a year", "Season 2"],
)
def test_not_a_calendar_date(expression: str) -> None:
    assert normalise(expression, PUB) is None


@pytest.mark.parametrize(
    ("expression", "ctx", "reason_part"),
    [
        pytest.param("next month", SECTION, "published", id="relative-needs-published"),
        pytest.param("this Thursday", NONE, "published", id="weekday-needs-published"),
        pytest.param("later this year", SECTION, "published", id="later-this-year-needs-published"),
        pytest.param("this fall", NONE, "published", id="season-needs-published"),
        pytest.param("tomorrow", NONE, "published", id="tomorrow-needs-published"),
        pytest.param("in three months", NONE, "published", id="offset-needs-published"),
        pytest.param("summer", NONE, "no year", id="season-no-context"),
        pytest.param("Oct. 3", NONE, "no year", id="day-no-context"),
        pytest.param("Feb. 29", SECTION, "does not exist", id="leap-day-in-common-year"),
        pytest.param("three months later", PUB, "event", id="anaphoric-offset"),
        pytest.param("this week", PUB, "week", id="week-precision"),
        pytest.param("Oct 32", PUB, "year", id="two-digit-number-is-not-a-year"),
    ],
)
def test_unresolved_has_reason(expression: str, ctx: DateContext, reason_part: str) -> None:
    got = normalise(expression, ctx)
    assert got is not None
    assert got.value is None and got.precision is None
    assert got.reason is not None and reason_part in got.reason


def test_weekday_flags_and_reasons() -> None:
    agrees = normalise("Friday April 22", SECTION)
    moved = normalise("Wednesday, April 22", SECTION)
    nowhere = normalise("Sunday, April 22", SECTION)
    wrong = normalise("Friday, October 3, 2024", NONE)
    assert (
        agrees is not None and agrees.weekday_checked and agrees.reason == "year from the article's narrative"
    )
    assert moved is not None and moved.weekday_checked and "moved to 2020" in (moved.reason or "")
    assert nowhere is not None and not nowhere.weekday_checked and "no year near" in (nowhere.reason or "")
    assert wrong is not None and not wrong.weekday_checked and "disagrees" in (wrong.reason or "")
    assert normalise("May 2025", NONE) == NormalisedDate("2025-05", "month", year_source="explicit")


def test_ambiguous_numeric_date_says_so() -> None:
    ambiguous, clear = normalise("05/06/2024"), normalise("17/05/2024")
    assert ambiguous is not None and "ambiguous" in (ambiguous.reason or "")
    assert clear is not None and clear.reason is None


def test_relative_weekday_conventions() -> None:
    """Bare weekday: nearest (-3..+3 days); 'this': on/after; 'next': after; 'last': before (pub Tue)."""
    expected = {
        "this Tuesday": "2024-03-12",
        "next Tuesday": "2024-03-19",
        "last Tuesday": "2024-03-05",
        "Tuesday": "2024-03-12",
        "Friday": "2024-03-15",
        "on Sunday": "2024-03-10",
        "this Sunday": "2024-03-17",
        "Wednesday at 9 p.m.": "2024-03-13",
    }
    got = {e: normalise(e, PUB) for e in expected}
    assert {e: r.value if r else None for e, r in got.items()} == expected
    assert all(r is not None and r.weekday_checked for r in got.values())


def test_dropped_qualifiers_are_reported() -> None:
    got = normalise("by the end of 2024")
    assert got is not None and got.qualifier == "end" and "also said: by" in (got.reason or "")


def test_search_dates_over_a_paragraph_invents_dates() -> None:
    """Why we parse candidate spans only: search_dates reads ordinary words as dates.

    "We" becomes a Wednesday, "one day" and "three months" become offsets from 'now'. Only the
    last date of this paragraph is real. Span-level `normalise` rejects all three.
    """
    from dateparser.search import search_dates

    paragraph = (
        "We first met the new cast one day in the writers' room. Filming wrapped after three months, "
        "and the second season premieres August 3, 2023."
    )
    found = search_dates(paragraph, languages=["en"], settings=dict(DATEPARSER_SETTINGS)) or []
    spurious = [span for span, _ in found if "2023" not in span]
    for word in ("We", "one day", "three months"):
        assert any(word in span for span in spurious), (word, found)
        assert normalise(word, PUB) is None
    real = normalise("August 3, 2023", PUB)
    assert real is not None and real.value == "2023-08-03"


def test_explicit_years() -> None:
    text = "In 2019 it cost $2000; by the 1990s... 2,000 fans. Back in 2024-05-17 and 17/05/2023."
    assert explicit_years(text) == [(3, 2019), (text.index("2024"), 2024), (text.index("2023"), 2023)]


def test_context_validation() -> None:
    with pytest.raises(ValueError, match="article_years_before"):
        DateContext(article_years=(2020,), article_years_before=2)
    with pytest.raises(TypeError):
        DateContext(published=datetime.datetime(2024, 1, 1))
    with pytest.raises(TypeError):
        normalise(2024)  # type: ignore[arg-type]


def test_cached_and_parser_built_once() -> None:
    _normalise_cached.cache_clear()
    first = normalise("3rd October", PUB)
    second = normalise("3rd October", PUB)
    assert first is second and _normalise_cached.cache_info().hits == 1
    assert engine._parser(engine.FIXED_BASE) is engine._parser(engine.FIXED_BASE)


def test_warm_builds_the_parsers_and_caches_no_reading() -> None:
    """Extractor() calls `warm` so the first article does not pay dateparser's start-up; it must
    leave no reading behind that an article could get from the cache."""
    engine._parser.cache_clear()
    engine._raw.cache_clear()
    engine.warm()
    assert engine._parser.cache_info().currsize == 2
    assert engine._raw.cache_info().currsize == 0
    before = engine._parser(engine.FIXED_BASE)
    assert engine.parse("in three weeks") is not None and engine._parser(engine.FIXED_BASE) is before


# Everything the clock could leak into: the table, plus relative / year-less phrases that must
# stay unresolved without a published date or a narrative year.
PROBES = [(row[1], row[2]) for row in TABLE] + [
    (expression, ctx)
    for expression in ("next month", "this Thursday", "tomorrow", "later this year", "Oct. 3", "summer")
    for ctx in (NONE, SECTION)
]


def _probe_results() -> list[dict[str, object] | None]:
    _normalise_cached.cache_clear()
    engine._parser.cache_clear()
    results = [normalise(expression, ctx) for expression, ctx in PROBES]
    return [asdict(r) if r else None for r in results]


def _fake_clock(monkeypatch: pytest.MonkeyPatch, frozen: datetime.date) -> None:
    """Make dateparser's modules and ours see another 'now' (it must not matter)."""

    class _AnyDatetime(type):
        def __instancecheck__(cls, obj: object) -> bool:  # real datetimes still pass isinstance
            return isinstance(obj, datetime.datetime)

    class FakeDatetime(datetime.datetime, metaclass=_AnyDatetime):
        @classmethod
        def now(cls, tz: datetime.tzinfo | None = None) -> FakeDatetime:
            return cls.combine(frozen, datetime.time(), tzinfo=tz)

        @classmethod
        def today(cls) -> FakeDatetime:
            return cls.combine(frozen, datetime.time())

    class FakeDate(datetime.date):
        @classmethod
        def today(cls) -> FakeDate:
            return cls(frozen.year, frozen.month, frozen.day)

    normalise("in three weeks", PUB)  # load dateparser's lazily imported modules before patching them
    # Our modules use the `datetime` module; give them one whose clock is fake too.
    fake_module = SimpleNamespace(**{**vars(datetime), "datetime": FakeDatetime, "date": FakeDate})
    for name, module in list(sys.modules.items()):
        if name.startswith("dateparser") and getattr(module, "datetime", None) is datetime.datetime:
            monkeypatch.setattr(module, "datetime", FakeDatetime)
        if name.startswith("hsextract.dates") and getattr(module, "datetime", None) is datetime:
            monkeypatch.setattr(module, "datetime", fake_module)


@pytest.mark.parametrize("frozen", [datetime.date(1971, 2, 3), datetime.date(2039, 11, 30)], ids=str)
def test_independent_of_todays_date(monkeypatch: pytest.MonkeyPatch, frozen: datetime.date) -> None:
    baseline = _probe_results()
    _fake_clock(monkeypatch, frozen)
    from dateparser.freshness_date_parser import datetime as seen

    assert seen.now().year == frozen.year  # the fake is really in place
    try:
        assert _probe_results() == baseline
    finally:
        monkeypatch.undo()
        _normalise_cached.cache_clear()
        engine._parser.cache_clear()


def test_independent_of_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    baseline = _probe_results()
    try:
        for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):  # UTC+14 and UTC-11
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            assert _probe_results() == baseline, zone
    finally:
        monkeypatch.undo()
        time.tzset()
        _normalise_cached.cache_clear()


@pytest.mark.slow
def test_same_results_in_a_fresh_process_with_other_tz_and_locale() -> None:
    """A new interpreter (cold caches) with another TZ and locale gives identical output."""
    code = (
        "import json, sys; from dataclasses import asdict; sys.path.insert(0, 'tests');"
        "from test_dates import PROBES; from hsextract.dates import normalise;"
        "print(json.dumps([asdict(r) if (r := normalise(e, c)) else None for e, c in PROBES]))"
    )
    env = {**os.environ, "TZ": "Asia/Kathmandu", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=os.path.dirname(os.path.dirname(__file__)),
    )
    assert json.loads(out.stdout) == _probe_results()


_WORDS = [
    "the", "end", "of", "early", "mid-", "late", "by", "in", "this", "next", "last", "summer",
    "fall", "Q3", "May", "Oct.", "Thursday", "3rd", "26", "-", "to", "between", "and", "2024",
    "'24", "17/05/2024", "2024-05-17", "year", "month", "week", "tomorrow", "three", "months",
    "ago", "We", "1990s", "at", "9", "p.m.", ",",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6), st.sampled_from([NONE, PUB, SECTION]))
def test_never_raises_and_always_fits_the_contract(words: list[str], ctx: DateContext) -> None:
    got = normalise(" ".join(words), ctx)
    if got is not None:
        ReleaseFields(date=got.value, precision=got.precision, qualifier=got.qualifier)
        if got.end_value is not None:
            ReleaseFields(date=got.end_value, precision=got.precision)
            assert got.value is not None and got.value <= got.end_value
        if got.value is None:  # unresolved: always says why, never half a date
            assert got.reason and got.precision is None and got.end_value is None


FUTURE = DateContext(published=datetime.date(2025, 3, 4), prefer="future")  # a Tuesday
PAST = DateContext(published=datetime.date(2025, 3, 4), prefer="past")


@pytest.mark.parametrize(
    ("expression", "ctx", "value"),
    [
        pytest.param("in December", FUTURE, "2025-12", id="future-month-goes-forward"),
        pytest.param("in December", PAST, "2024-12", id="past-month-goes-back"),
        pytest.param("in March", FUTURE, "2025-03", id="future-this-month"),
        pytest.param("in March", PAST, "2025-03", id="past-this-month"),
        pytest.param("September 30", FUTURE, "2025-09-30", id="future-day"),
        pytest.param("September 30", PAST, "2024-09-30", id="past-day"),
        pytest.param("March 4", PAST, "2025-03-04", id="past-same-day"),
        pytest.param("Friday", FUTURE, "2025-03-07", id="future-weekday-coming"),
        pytest.param("on Friday", PAST, "2025-02-28", id="past-weekday-previous"),
        pytest.param("Monday", FUTURE, "2025-03-10", id="future-weekday-beyond-three-days"),
        pytest.param("on Tuesday", PAST, "2025-03-04", id="past-weekday-same-day"),
        pytest.param("summer", FUTURE, "2025", id="season-keeps-nearest"),
        pytest.param(
            "in December", DateContext(section_years=(2019,), prefer="future"), "2019-12", id="no-published"
        ),
    ],
)
def test_prefer_gives_the_direction_of_the_statement(expression: str, ctx: DateContext, value: str) -> None:
    got = normalise(expression, ctx)
    assert got is not None and got.value == value, got


def test_prefer_is_validated() -> None:
    with pytest.raises(ValueError, match="prefer"):
        DateContext(prefer="sideways")


def test_weekday_conflict_only_for_an_inferred_year() -> None:
    nowhere = normalise("Sunday, April 22", SECTION)
    stated = normalise("Friday, October 3, 2024", NONE)
    agrees = normalise("Friday April 22", SECTION)
    assert nowhere is not None and nowhere.weekday_conflict
    assert stated is not None and not stated.weekday_conflict  # a stated year is kept and not doubted
    assert agrees is not None and not agrees.weekday_conflict


# --- plain shapes read without dateparser must read exactly as dateparser does -----------------

_MONTH_FORMS = [
    *("january february march april may june july august september october november december".split()),
    *(
        f"{a}{dot}"
        for a in "jan feb mar apr may jun jul aug sep sept oct nov dec".split()
        for dot in ("", ".")
    ),
]
_DAY_FORMS = st.builds(
    lambda n, pad, suffix: (f"0{n}" if pad and n < 10 else str(n)) + suffix,
    st.integers(0, 33),
    st.booleans(),
    st.sampled_from(["", "st", "nd", "rd", "th"]),
)
_YEAR_FORMS = st.integers(1890, 2110).map(str)
_SHAPES = ["{m} {d}, {y}", "{m} {d} {y}", "{d} {m} {y}", "{d} {m}, {y}", "{m} {y}", "{m}, {y}", "{m} {d}",
           "{d} {m}", "{m}", "{y}", "the {d} of {m}", "{m} {d}-{y}"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_SHAPES),
    st.sampled_from(_MONTH_FORMS),
    _DAY_FORMS,
    _YEAR_FORMS,
    st.sampled_from([engine.FIXED_BASE, engine._PROBE_BASE]),
)
def test_plain_shapes_read_exactly_as_dateparser(
    shape: str, m: str, d: str, y: str, base: datetime.datetime
) -> None:
    text = shape.format(m=m, d=d, y=y)
    plain = engine._plain(text, base)
    if plain is not None:
        assert plain == engine.dateparser_raw(text, base)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("october 3, 2024", (datetime.datetime(2024, 10, 3), "day", ("day", "month", "year"))),
        ("3rd oct. 2024", (datetime.datetime(2024, 10, 3), "day", ("day", "month", "year"))),
        ("sept 2025", (datetime.datetime(2025, 9, 1), "month", ("month", "year"))),
        ("may 5", (datetime.datetime(2000, 5, 5), "day", ("day", "month"))),
        ("2026", (datetime.datetime(2026, 1, 1), "year", ("year",))),
        ("feb 30, 2024", None),  # impossible day: dateparser decides
        ("next friday", None),  # not a plain shape
    ],
    ids=["month-day-year", "ordinal-abbrev", "month-year", "yearless", "year", "impossible", "relative"],
)
def test_plain_shapes_are_read_without_dateparser(text: str, expected: object) -> None:
    assert engine._plain(text, engine.FIXED_BASE) == expected


def test_plain_shapes_only_with_the_fixed_bases() -> None:
    assert engine._plain("may 5", datetime.datetime(2024, 3, 12)) is None


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Thursday 16th", "2025-10-09", "2025-10-16"),
        ("Sunday 5th", "2025-10-09", "2025-10-05"),
        ("Monday the 3rd", "2025-10-09", "2025-11-03"),
        ("Friday 31st", "2025-12-20", "2025-10-31"),
    ],
    ids=["later-this-month", "earlier-this-month", "next-month", "nearest-month-with-that-weekday"],
)
def test_a_weekday_and_an_ordinal_day_take_the_nearest_month_where_they_agree(
    text: str, published: str, value: str
) -> None:
    got = normalise(text, DateContext(published=datetime.date.fromisoformat(published)))
    assert got is not None and (got.value, got.precision, got.weekday_checked) == (value, "day", True)


def test_a_weekday_and_an_ordinal_day_need_the_published_date() -> None:
    got = normalise("Thursday 16th")
    assert got is not None and got.value is None and "published date" in (got.reason or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It lands on Thursday 12 March in Australia and 19 March in the UK.", True, id="day-month-words"
        ),
        pytest.param(
            "It lands on Thursday, March 12 and on March 19 in the UK.", False, id="month-day-words"
        ),
        pytest.param("Filming ran 17/08/2025 to 3/09/2025.", True, id="numeric-day-over-twelve"),
        pytest.param("It premiered 8/17/2025 and ended 10/5/2025.", False, id="numeric-month-first"),
    ],
)
def test_an_articles_day_order(text: str, expected: bool) -> None:
    assert writes_day_first(text) is expected


def test_an_ambiguous_numeric_date_follows_the_articles_day_order() -> None:
    us = normalise("Thursday 12/03/2026", DateContext(published=datetime.date(2026, 1, 20)))
    uk = normalise("Thursday 12/03/2026", DateContext(published=datetime.date(2026, 1, 20), day_first=True))
    assert us is not None and uk is not None
    assert (us.value, uk.value) == ("2026-12-03", "2026-03-12")  # both Thursdays: only the order decides
    assert uk.reason is not None and "day-first" in uk.reason
