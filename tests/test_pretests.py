"""Exact pre-tests before regex scans: `may_contain(text, words)` must hold wherever the regex
matches, or the skipped scan would drop a match. Each guarded regex is checked against strings
hypothesis generates from the regex itself, so an alternative added without one of the words fails."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.assemble import schedule
from hsextract.dates import lexicon
from hsextract.ingest import Block
from hsextract.rules import (
    episode_appositives,
    episode_drops,
    episode_lists,
    episodes,
    heads,
    production_spans,
    releases,
    slots,
    titles,
    week_lines,
)
from hsextract.textnorm import may_contain

GUARDED = [
    pytest.param(schedule._BATCHES, schedule.BATCHES_WORDS, id="batches"),
    pytest.param(schedule._WEEKLY, schedule.WEEKLY_WORDS, id="weekly"),
    pytest.param(schedule._ALL_AT_ONCE, schedule.ALL_AT_ONCE_WORDS, id="all-at-once"),
    pytest.param(episodes.SCHEDULE, episodes.SCHEDULE_WORDS, id="episodes-schedule"),
    pytest.param(releases._SPECIAL_SUBJECT, releases.SPECIAL_WORDS, id="special-subject"),
    pytest.param(releases._CHARACTER_SUBJECT, releases.CHARACTER_WORDS, id="character-subject"),
    pytest.param(releases._WORK_CLAUSE, releases.WORK_CLAUSE_WORDS, id="work-clause"),
    pytest.param(releases._REPEAT, releases.REPEAT_WORDS, id="repeat"),
    pytest.param(production_spans._SPAN, production_spans.SPAN_WORDS, id="production-span"),
    pytest.param(week_lines._WEEK_START, week_lines.WEEK_WORDS, id="week-start"),
    pytest.param(episode_lists._FOLLOWED, ("followed",), id="followed-by"),
    pytest.param(episode_lists._ORDINAL_PAIR, ("episodes",), id="ordinal-pair"),
    pytest.param(episode_lists._FIRST_N, ("episodes",), id="first-n"),
    pytest.param(episode_lists._ORDINAL_ALONE, episode_lists.ORDINAL_WORDS, id="ordinal-alone"),
    pytest.param(episode_appositives._NUMBERED_PAIR, ("episodes",), id="numbered-pair"),
]


def _generator(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The regex without a leading first-letter lookahead ("(?=[efnst])"), which only speeds its scan:
    hypothesis filters out most of what it draws for one, so it draws from the rest (and the guarded
    regex must still match each text)."""
    return re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", regex.pattern), regex.flags)


@pytest.mark.parametrize(("regex", "words"), GUARDED)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_every_match_holds_one_of_the_words(
    regex: re.Pattern[str], words: tuple[str, ...], data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(_generator(regex)))
    match = regex.search(text)
    assert match is not None
    assert may_contain(match.group(), words), match.group()
    assert may_contain(text, words)


@pytest.mark.parametrize(("regex", "words"), GUARDED)
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="aeiklnorswy ſıİKÄ-,", max_size=40))
def test_no_word_no_match(regex: re.Pattern[str], words: tuple[str, ...], text: str) -> None:
    if not may_contain(text, words):
        assert regex.search(text) is None


def test_case_variants_count_as_the_word() -> None:
    assert may_contain("EVERY WEEK", ("week",))
    assert may_contain("\u212aeep", ("keep",))  # the Kelvin sign lowers to "k"
    assert may_contain("Repeat", ("air",)) is False
    # letters a case-insensitive regex matches to "s" or "i" that str.lower() keeps apart
    for trap in ("epiſodes", "bınge", "BİNGE"):
        assert may_contain(trap, ("episodes", "binge"))


def test_an_entry_head_depends_on_the_text_and_kind_only() -> None:
    line = "3. Fyrlys (Netflix)"
    a, b = Block(0, 0, len(line), "paragraph", line), Block(7, 90, 90 + len(line), "paragraph", line)
    assert heads.entry_head(a) == heads.entry_head(b) == heads._entry_head.__wrapped__(line, "paragraph")


def test_a_day_line_depends_on_the_text_only() -> None:
    for line in ("MONDAY, SEPT. 21", "Friday", "8pm, Channel 5"):
        block = Block(3, 40, 40 + len(line), "heading", line)
        assert slots._day(block) == slots._day_line.__wrapped__(line)


# the day-month pattern as it was written before its digit-first form
_DAY_MONTH_PLAIN = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{lexicon.MONTH_RE}(?![\w])", re.IGNORECASE
)


@settings(max_examples=300, deadline=None)
@given(
    before=st.text(alphabet="a1 ٣x_-", max_size=4),
    day=st.from_regex(_DAY_MONTH_PLAIN),
    after=st.text(alphabet="a1 ,.", max_size=4),
)
def test_the_digit_first_day_month_pattern_finds_what_the_plain_one_does(
    before: str, day: str, after: str
) -> None:
    text = before + day + after
    assert lexicon._DAY_MONTH.findall(text) == _DAY_MONTH_PLAIN.findall(text)
    assert [m.span() for m in lexicon._DAY_MONTH.finditer(text)] == [
        m.span() for m in _DAY_MONTH_PLAIN.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(text=st.from_regex(episode_drops._DROP))
def test_every_drop_match_opens_with_a_quote(text: str) -> None:
    match = episode_drops._DROP.search(text)
    assert match is not None and episode_drops._quoted(text, match.start(), match.end())


@pytest.mark.parametrize("regex", [titles._SEASON, titles._SEASON_PAIR], ids=["season", "season-pair"])
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_every_season_phrase_passes_the_season_pretest(regex: re.Pattern[str], data: st.DataObject) -> None:
    text = data.draw(st.from_regex(regex))
    match = regex.search(text)
    assert match is not None
    assert titles.may_name_season(match.group()), match.group()


@pytest.mark.parametrize("regex", [titles._SEASON, titles._SEASON_PAIR], ids=["season", "season-pair"])
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="aeiklnorstuwS1 ſıİ-,", max_size=40))
def test_no_season_word_no_season(regex: re.Pattern[str], text: str) -> None:
    if not titles.may_name_season(text):
        assert regex.search(text) is None


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_an_inline_title_label_has_its_first_number(data: st.DataObject) -> None:
    text = data.draw(st.from_regex(episode_appositives._INLINE_LABEL))
    assert "(1)" in text[episode_appositives._INLINE_LABEL.search(text).start() :]  # type: ignore[union-attr]


_NAMES = sorted(titles._CANONICAL, key=len, reverse=True)
_FLAT_PLATFORM = re.compile(  # the platform pattern as it was written before its shared starts
    r"(?<![\w+])(" + "|".join(re.escape(p) for p in _NAMES) + r")(?![\w+])"
)


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from(_NAMES) | st.sampled_from(["BB", "Sky", " ", "+", "_", "x", "One", "é", "-", "TV"]),
        max_size=6,
    ),
    glue=st.sampled_from(["", " ", "a", "+"]),
)
def test_the_platform_pattern_finds_what_the_flat_alternation_does(parts: list[str], glue: str) -> None:
    text = glue.join(parts)
    found = [(m.span(), m.group(1)) for m in titles._PLATFORM.finditer(text)]
    assert found == [(m.span(), m.group(1)) for m in _FLAT_PLATFORM.finditer(text)]
    assert bool(titles._PLATFORM.fullmatch(text)) == bool(_FLAT_PLATFORM.fullmatch(text))
