"""Release and event mentions: each cue class, negation, status levels, splits, schedules, counts.

Every text is written for the test with invented series names; the whole pipeline runs on it
(the shared session-scoped extractor from conftest), so these tests also cover how the rules
stage hands mentions to the dates and assemble stages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from hsextract.ingest import Article
from hsextract.models import ArticleOutput
from hsextract.ner import analyse
from hsextract.pipeline import Extractor
from hsextract.rules import RuleOutput
from hsextract.rules.hits import Hit, date_candidates, number_value

from .conftest import make_article

Run = Callable[..., ArticleOutput]
TITLE = "Wren Hollow: everything we know\n\n"


def releases(out: ArticleOutput) -> list[tuple[Any, ...]]:
    return [(r.season, r.kind, r.part, r.date, r.precision, r.qualifier) for r in out.releases]


def events(out: ArticleOutput) -> list[tuple[Any, ...]]:
    return [(e.kind, e.seasons, e.date, e.precision) for e in out.events]


def rule_output(extractor: Extractor, article: Article) -> RuleOutput:
    _, _, chunks = next(analyse(extractor.nlp, [(article, None)]))
    return extractor.stage.run(article, chunks)


RELEASE_CUES = [
    (
        "will-premiere",
        "Wren Hollow season 2 will premiere on Netflix on August 14, 2025.",
        (2, "premiere", None, "2025-08-14", "day", None),
    ),
    (
        "launches-british-order",
        "Wren Hollow season 2 launches on Prime Video on 3rd October 2025.",
        (2, "premiere", None, "2025-10-03", "day", None),
    ),
    (
        "available-to-stream",
        "Every episode of Wren Hollow season 2 is available to stream from May 2, 2025.",
        (2, "premiere", None, "2025-05-02", "day", None),
    ),
    (
        "hits-screens",
        "Wren Hollow season 2 hits screens on June 6, 2025.",
        (2, "premiere", None, "2025-06-06", "day", None),
    ),
    (
        "returns",
        "Wren Hollow returns for season 3 on March 1, 2026.",
        (3, "premiere", None, "2026-03-01", "day", None),
    ),
    (
        "debut-past",
        "The first season of Wren Hollow debuted in 2021.",
        (1, "premiere", None, "2021", "year", None),
    ),
    (
        "starts-on",
        "Wren Hollow season 2 starts on BBC One on Sunday 5 October 2025 at 9pm.",
        (2, "premiere", None, "2025-10-05", "day", None),
    ),
    (
        "end-of-month",
        "Wren Hollow season 2 arrives at the end of April 2025.",
        (2, "premiere", None, "2025-04", "month", "end"),
    ),
    (
        "release-date-is",
        "The Wren Hollow season 2 release date is September 12, 2025.",
        (2, "premiere", None, "2025-09-12", "day", None),
    ),
    (
        "release-date-heading",
        "Wren Hollow season 2 release date: August 3, 2025",
        (2, "premiere", None, "2025-08-03", "day", None),
    ),
    (
        "trailer-clause-then-release-clause",
        "The trailer is here, and Wren Hollow season 2 arrives on May 5, 2025.",
        (2, "premiere", None, "2025-05-05", "day", None),
    ),
    (
        "negation-stays-in-its-clause",
        "Season 2 has no trailer yet, and it premieres on May 5, 2025.",
        (2, "premiere", None, "2025-05-05", "day", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in RELEASE_CUES], ids=[c[0] for c in RELEASE_CUES]
)
def test_release_cues(extract_text: Run, text: str, expected: tuple[Any, ...]) -> None:
    out = extract_text(TITLE + text)
    assert releases(out) == [expected]
    assert out.events == []


def test_past_season_release_is_a_release(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Filming for season 1 started in May 2021, but the series was not released on Hulu "
        "until April 2022."
    )
    assert releases(out) == [(1, "premiere", None, "2022-04", "month", None)]
    assert out.releases[0].platform == "Hulu"
    assert events(out) == [("production_start", [1], "2021-05", "month")]


EVENT_CUES = [
    (
        "renewal-two-seasons",
        "Netflix renewed Wren Hollow for seasons 3 and 4 on January 8, 2025.",
        ("renewal", [3, 4], "2025-01-08", "day"),
    ),
    (
        "renewal-ordinal",
        "Wren Hollow was renewed for a third season in May 2025.",
        ("renewal", [3], "2025-05", "month"),
    ),
    (
        "cancellation-unnumbered",
        "Hulu cancelled Wren Hollow in March 2025.",
        ("cancellation", [], "2025-03", "month"),
    ),
    (
        "production-start",
        "Filming on Wren Hollow season 2 began in Belfast in February 2024.",
        ("production_start", [2], "2024-02", "month"),
    ),
    (
        "production-start-long-gap",
        "Production on Wren Hollow season 4 is set to begin in early 2025.",
        ("production_start", [4], "2025", "year"),
    ),
    (
        "production-end",
        "Wren Hollow season 2 wrapped in June 2024.",
        ("production_end", [2], "2024-06", "month"),
    ),
    (
        "first-look",
        "Netflix shared a first look at Wren Hollow season 2 on May 1, 2025.",
        ("first_look", [2], "2025-05-01", "day"),
    ),
    (
        "trailer-drops",
        "The Wren Hollow season 2 trailer dropped on July 9, 2025.",
        ("trailer", [2], "2025-07-09", "day"),
    ),
    (
        "announced-at",
        "The cast of Wren Hollow season 2 was announced at a fan event in July 2024.",
        ("announcement", [2], "2024-07", "month"),
    ),
    (
        "date-change-dated",
        "Netflix delayed Wren Hollow season 2 in May 2025.",
        ("date_change", [2], "2025-05", "month"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EVENT_CUES], ids=[c[0] for c in EVENT_CUES])
def test_event_cues(extract_text: Run, text: str, expected: tuple[Any, ...]) -> None:
    out = extract_text(TITLE + text)
    assert events(out) == [expected]
    assert out.releases == []  # only premieres are releases


def test_two_production_dates_share_a_year(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Production on the second installment began in September 2024 and wrapped in December."
    )
    assert events(out) == [
        ("production_start", [2], "2024-09", "month"),
        ("production_end", [2], "2024-12", "month"),
    ]


def test_event_dated_in_the_sentence_before(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow season 2 news came at a fan event in June 2025. During this event, "
        "the streamer released the first two minutes of the new season."
    )
    assert events(out) == [("first_look", [2], "2025-06", "month")]


def test_date_change_gives_the_new_release_date(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow season 2 was originally set for January 2026, but it has been pushed "
        "back to March 2026."
    )
    assert sorted(r.date for r in out.releases if r.date) == ["2026-01", "2026-03"]
    assert "event.date_change" in {ev.rule for r in out.releases for ev in r.evidence}


def test_season_n_of_show(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Season 1 of Wren Hollow arrived in September 2023. Season 2 is due in May 2025."
    )
    assert releases(out) == [
        (1, "premiere", None, "2023-09", "month", None),
        (2, "premiere", None, "2025-05", "month", None),
    ]
    assert [r.status for r in out.releases] == ["confirmed", "expected"]


def test_clause_with_its_own_release_noun(extract_text: Run) -> None:
    out = extract_text(
        TITLE
        + "Filming on Wren Hollow season 2 will start in the autumn, with the new series expected in 2026.",
        published="2025-07-08",
    )
    assert events(out) == [("production_start", [2], "2025", "year")]
    assert out.events[0].qualifier == "autumn"
    assert releases(out) == [(2, "premiere", None, "2026", "year", None)]


def test_date_of_a_statement_is_not_a_release_date(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "HBO confirmed on Thursday that Wren Hollow season 3 will premiere in early 2026.",
        published="2025-05-02",
    )
    assert releases(out) == [(3, "premiere", None, "2026", "year", "early")]


def test_each_date_goes_to_its_own_cue(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow was greenlit for a third season in 2023, and filming began in March 2024. "
        "“We started shooting in the rain,” the star said in an interview in December.",
        published="2025-02-14",
    )
    assert events(out) == [("renewal", [3], "2023", "year"), ("production_start", [3], "2024-03", "month")]


def test_seasons_follow_their_dates(extract_text: Run) -> None:
    out = extract_text(TITLE + "Season 1 premiered on March 3, 2023 and season 2 followed on April 5, 2024.")
    assert releases(out) == [
        (1, "premiere", None, "2023-03-03", "day", None),
        (2, "premiere", None, "2024-04-05", "day", None),
    ]


def test_a_festival_screening_keeps_its_date_from_the_launch(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Season 1 premiered at the Toronto International Film Festival in September 2024 before "
        "landing on Hulu in April 2025."
    )
    assert releases(out) == [(1, "premiere", None, "2025-04", "month", None)]


NOTHING = [
    ("chart-debut", "Wren Hollow season 2 debuted at No. 1 on the charts in the week of August 7, 2025."),
    ("statement-date", "In January, Netflix confirmed that Wren Hollow would return for a third season."),
    ("delay-noun", "The delay was caused by a strike that halted production in July 2023."),
    ("hasnt-announced", "As of May 2025, Netflix hasn't announced a release date for Wren Hollow season 3."),
    ("no-trailer", "There is no Wren Hollow season 3 trailer as of June 2025."),
    ("will-not-premiere", "Wren Hollow season 3 will not premiere in 2025."),
    ("not-started-curly", "Filming hasn’t started as of June 2025."),
    ("not-renewed", "Wren Hollow has not been renewed for a third season as of June 2025."),
    ("question", "Will Wren Hollow season 3 premiere in 2026?"),
    ("undated-release", "Wren Hollow season 3 will stream on Netflix."),
    ("undated-trailer", "A trailer has been released by Netflix."),
    ("another-work", "The novel was released in 2015 and became a bestseller."),
    ("career-debut", "Ada Fenwick made her debut in 2015."),
    ("role-return", "Ada Fenwick will return as Nell in 2026."),
    ("hypothetical-event", "Filming could start in January 2026, we think."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOTHING], ids=[c[0] for c in NOTHING])
def test_statements_that_produce_nothing(extract_text: Run, text: str) -> None:
    out = extract_text(TITLE + text)
    assert (out.releases, out.events) == ([], [])


STATUS = [
    ("confirmed-will", "Wren Hollow season 3 will premiere on May 8, 2026.", "confirmed"),
    ("confirmed-set-for", "Wren Hollow season 3 is set for May 8, 2026.", "confirmed"),
    ("expected", "Wren Hollow season 3 is expected to premiere in early 2026.", "expected"),
    ("expected-slated", "Wren Hollow season 3 is slated for a fall 2026 release.", "expected"),
    ("expected-should", "Wren Hollow season 3 should arrive in 2026.", "expected"),
    ("speculated-could", "Wren Hollow season 3 could arrive in late 2026.", "speculated"),
    ("speculated-we-predict", "We predict Wren Hollow season 3 will premiere in summer 2026.", "speculated"),
    ("speculated-rumoured", "Wren Hollow season 3 is rumoured to return in 2026.", "speculated"),
]


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in STATUS], ids=[c[0] for c in STATUS])
def test_status_levels(extract_text: Run, text: str, status: str) -> None:
    out = extract_text(TITLE + text)
    assert [r.status for r in out.releases] == [status]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Wren Hollow season 3 premieres in 2026.", "expected"),
        ("Wren Hollow season 3 will premiere on Netflix on May 8, 2026.", "confirmed"),
    ],
    ids=["heading-hedges", "sentence-confirms"],
)
def test_hedging_heading_applies_unless_the_sentence_confirms(
    extract_text: Run, sentence: str, status: str
) -> None:
    out = extract_text(TITLE + "Wren Hollow season 3 predicted release date\n\n" + sentence)
    assert [r.status for r in out.releases] == [status]


def test_qualifiers_are_kept(extract_text: Run) -> None:
    out = extract_text(TITLE + "Wren Hollow season 3 will premiere in early 2026.", published="2025-03-04")
    assert releases(out) == [(3, "premiere", None, "2026", "year", "early")]
    out = extract_text(TITLE + "Wren Hollow season 3 will premiere later this year.", published="2025-03-04")
    assert releases(out) == [(3, "premiere", None, "2025", "year", "later")]


def test_relative_date_without_published_date_is_dropped(extract_text: Run) -> None:
    assert extract_text(TITLE + "Wren Hollow season 3 will premiere later this year.").releases == []


def test_missing_year_from_published_date_checks_the_weekday(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow season 2 will launch on Netflix on Friday April 25.", published="2025-04-01"
    )
    assert releases(out) == [(2, "premiere", None, "2025-04-25", "day", None)]


def test_missing_year_from_the_narrative(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow season 2 lands in spring 2025.\n\nRelease date\n\n"
        "Its first episode drops on Friday April 25."
    )
    assert ("2025-04-25", "day") in [(r.date, r.precision) for r in out.releases]


def test_split_release_one_record_per_part(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow season 4 will arrive in two volumes: Volume 1 on May 26, 2025 and "
        "Volume 2 on July 1, 2025."
    )
    assert releases(out) == [
        (4, "part", "Volume 1", "2025-05-26", "day", None),
        (4, "part", "Volume 2", "2025-07-01", "day", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected", "events"),
    [
        (
            "The first two episodes of Wren Hollow season 2 premiere on Apple TV+ on October 3, 2025, "
            "followed by new "
            "episodes weekly until the finale on November 21, 2025.",
            [(2, "premiere", None, "2025-10-03", "day", None)],
            [("finale", [2], "2025-11-21")],
        ),
        (  # schema 2: an untitled episode's drop is no release (and has no episode record to date)
            "Episode 3 of Wren Hollow season 2 arrives on October 10, 2025 "
            "and episode 4 on October 17, 2025.",
            [],
            [],
        ),
    ],
    ids=["premiere-and-finale", "weekly-drops"],
)
def test_weekly_schedules(
    extract_text: Run, text: str, expected: list[tuple[Any, ...]], events: list[tuple[Any, ...]]
) -> None:
    out = extract_text(TITLE + text)
    assert releases(out) == expected
    assert [(e.kind, e.seasons, e.date) for e in out.events] == events
    assert all(r.episode_count is None for r in out.releases)  # "the first two episodes" is not a count
    assert all(r.schedule == "weekly" for r in out.releases)


@pytest.mark.parametrize(
    ("text", "count", "runtime"),
    [
        ("All eight 30-minute episodes of Wren Hollow season 2 launch on Netflix on May 9, 2025.", 8, 30),
        ("Six hour-long episodes of Wren Hollow season 2 arrive on May 9, 2025.", 6, 60),
        ("Wren Hollow season 2 premieres on May 9, 2025 with ten episodes.", 10, None),
        ("Wren Hollow season 2 premieres on May 9, 2025. The eight-parter is set in Belfast.", 8, None),
        ("The eight-episode second season of Wren Hollow drops on May 9, 2025.", 8, None),
    ],
    ids=["count-and-minutes", "hour-long", "count-only", "parter-next-sentence", "ordinal-between"],
)
def test_episode_counts_and_runtimes(extract_text: Run, text: str, count: int, runtime: int | None) -> None:
    (record,) = extract_text(TITLE + text).releases
    assert (record.episode_count, record.episode_runtime_minutes) == (count, runtime)


def test_show_platform_and_season_from_listicle_headings(extract_text: Run) -> None:
    out = extract_text(
        "The best new shows this autumn\n\n1. Wren Hollow (Netflix)\n\n"
        "Wren Hollow is back for season 2 on September 4, 2025.\n\n2. Ferry Lights (Hulu)\n\n"
        "Ferry Lights season 3 arrives on October 9, 2025."
    )
    assert [(r.show, r.season, r.platform, r.date) for r in out.releases] == [
        ("Wren Hollow", 2, "Netflix", "2025-09-04"),
        ("Ferry Lights", 3, "Hulu", "2025-10-09"),
    ]


def test_season_from_section_heading(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow on Netflix: everything we know\n\nWren Hollow season 3 release date\n\n"
        "The new season arrives on Netflix on May 5, 2026."
    )
    assert [(r.show, r.season, r.date) for r in out.releases] == [("Wren Hollow", 3, "2026-05-05")]


def test_mentions_carry_rule_ids_and_exact_offsets(extractor: Extractor) -> None:
    text = TITLE + "Wren Hollow season 2 will premiere on Netflix on August 14, 2025."
    out = rule_output(extractor, make_article(text))
    (m,) = out.dated
    assert (m.category, m.rule, m.seasons, m.platform) == ("release", "release.premiere", (2,), "Netflix")
    assert m.date is not None and text[slice(*m.date)] == "August 14, 2025"
    assert text[slice(*m.cue)] == "premiere"


@pytest.mark.parametrize(
    ("word", "value"), [("8", 8), ("eight", 8), ("hour", 60), ("third", 3), ("many", None)]
)
def test_number_value(word: str, value: int | None) -> None:
    assert number_value(word) == value


def test_date_candidates_prefer_rules_and_trim_prepositions() -> None:
    text = "was not released until April 2022 or in three months"
    hits = [
        Hit("date.month_alone", text.index("until"), text.index(" 2022")),
        Hit("date.ner", text.index("April"), text.index(" or")),
        Hit("date.ner", text.index("three"), len(text)),
    ]
    found = [text[h.start : h.end] for h in date_candidates(text, hits)]
    assert found == ["April 2022"]  # the entity contains the rule match; "three months" is no date


# Phrasings found on the development corpus, each written here with invented names:
# (id, text, published date, releases as (show, season, kind, date), events as (kind, seasons, date)).
PHRASINGS: list[tuple[str, str, str | None, list[tuple[Any, ...]], list[tuple[Any, ...]]]] = [
    (
        "every-weekday-is-a-schedule",
        "New episodes of Wren Hollow season 2 arrive every Wednesday until the finale on July 16, 2025.",
        None,
        [],
        [("finale", [2], "2025-07-16")],
    ),
    (
        "plural-weekday-is-a-schedule",
        "Wren Hollow season 2 premieres on May 7, 2025, with new episodes weekly on Wednesdays.",
        None,
        [("Wren Hollow", 2, "premiere", "2025-05-07")],
        [],
    ),
    ("story-relative-weekday", "Wren Hollow season 2 is back the Friday after.", "2025-08-14", [], []),
    ("season-word-as-modifier", "Peacock has had success with winter launches before.", "2025-08-28", [], []),
    (
        "no-date-across-another-date",
        "Harbour Nights, whose second season premieres on March 7, was a hit, and Ada Fenwick was seen last "
        "year in a comedy.",
        "2025-01-22",
        [("Harbour Nights", 2, "premiere", "2025-03-07")],
        [],
    ),
    (
        "one-start-two-dates",
        "Production on Wren Hollow is set to begin next month and will run until early summer.",
        "2025-01-22",
        [],
        [("production_start", [], "2025-02")],
    ),
    (
        "elided-verb-with-a-new-label",
        "Episode 4 of Wren Hollow season 2 follows on 23 November, with episode 5 on 30 November.",
        "2025-11-11",
        [],  # schema 2: episode drops date their episodes (see test_each_date_goes_to_the_title_before_it)
        [],
    ),
    (
        "confirmed-on-a-weekday-is-an-announcement",
        "Ada Fenwick replaces Nell Burrow as Sheriff Marlowe in season 3 of Wren Hollow, the streamer "
        "confirmed on Tuesday.",
        "2025-04-09",
        [],
        [("announcement", [3], "2025-04-08")],
    ),
    (
        "announced-on-a-weekday-dates-the-delay",
        "Netflix has delayed Wren Hollow season 2.\n\nThe series will now debut on January 15, 2026, the "
        "streamer announced on Wednesday.",
        "2025-08-28",
        [("Wren Hollow", 2, "premiere", "2026-01-15")],
        [("date_change", [2], "2025-08-27")],
    ),
    (
        "the-announcement-came-with",
        "Netflix confirmed on Wednesday that Wren Hollow season 3 will arrive in two parts.\n\n"
        "The announcement came with a short teaser trailer.",
        "2025-08-14",
        [],
        [("announcement", [3], "2025-08-13"), ("trailer", [3], "2025-08-13")],
    ),
    (
        "the-verb-of-an-event-noun",
        "The first-look images from Wren Hollow season 2, including one of the harbour at dawn, followed on "
        "3 March.",
        "2025-03-18",
        [],
        [("first_look", [2], "2025-03-03")],
    ),
    (
        "began-on",
        "For comparison, the first series of Wren Hollow began on Sunday 14 April 2024.",
        None,
        [("Wren Hollow", 1, "premiere", "2024-04-14")],
        [],
    ),
    (
        "expected-to-wrap",
        "Filming on Wren Hollow season 3 is under way, and production is expected to wrap in August.",
        "2025-04-09",
        [],
        [("production_end", [3], "2025-08")],
    ),
    (
        "series-had-been-ordered",
        "The BBC confirmed in June 2024 that a second series of Wren Hollow had been ordered.",
        None,
        [],
        [("renewal", [2], "2024-06")],
    ),
    (
        "casting-was-announced",
        "They join Ada Fenwick, whose casting was announced in October.",
        "2025-01-22",
        [],
        [("announcement", [], "2024-10")],
    ),
    (
        "premiere-screening-is-no-premiere",
        "At the Wren Hollow premiere screening in Leeds on May 14, the cast spoke to fans.",
        "2025-05-20",
        [],
        [],
    ),
    (
        "is-coming-in",
        "The streamer has confirmed Wren Hollow is coming in early 2026.",
        "2025-09-02",
        [("Wren Hollow", None, "premiere", "2026")],
        [],
    ),
    (
        "starts-tonight",
        "Wren Hollow starts tonight on BBC Two at 9pm.",
        "2025-07-24",
        [("Wren Hollow", None, "premiere", "2025-07-24")],
        [],
    ),
    (
        "holiday",
        "The BBC did slip out a teaser for Wren Hollow season 2 on New Year's Day.",
        "2025-03-18",
        [],
        [("trailer", [2], "2025-01-01")],
    ),
    (
        "bound-and-holiday-modifier",
        "The Wren Hollow shoot wrapped just before Christmas, and fans want a Christmas special.",
        "2025-03-18",
        [],
        [],
    ),
    (
        "title-whose-season",
        "Ada Fenwick also appears in Prime Video's Harbour Nights, whose second season premieres on March 7.",
        "2025-01-22",
        [("Harbour Nights", 2, "premiere", "2025-03-07")],
        [],
    ),
    (
        "genre-noun-before-a-title",
        "Peacock had a hit with winter launches; its true-crime drama The Vane Street Files debuted in "
        "January 2024.",
        "2025-08-28",
        [("The Vane Street Files", None, "premiere", "2024-01")],
        [],
    ),
    (
        "appositive-title",
        "Sky's next big drama, the heist thriller Nine Keys, premieres on Sky Atlantic in January.",
        "2025-11-11",
        [("Nine Keys", None, "premiere", "2026-01")],
        [],
    ),
    (
        "renewal-not-of-the-season-in-an-after-clause",
        "Hulu renewed Wren Hollow for a third season in January, just weeks after the season 2 finale.",
        "2025-04-09",
        [],
        [("renewal", [3], "2025-01")],
    ),
    (
        "tense-of-the-cue-verb",
        "Wren Hollow was one of Hulu's breakout hits when it premiered in December.",
        "2025-03-04",
        [("Wren Hollow", None, "premiere", "2024-12")],
        [],
    ),
    (
        "part-label-beats-a-finale-inside-it",
        "Wren Hollow season 3 arrives in two volumes. Volume 2, which contains the feature-length finale, "
        "follows on 7th November.",
        "2025-08-14",
        [("Wren Hollow", 3, "part", "2025-11-07")],
        [],
    ),
    (
        "clause-about-another-title",
        "Also worth a look: the third and final season of Wren Hollow, which was renewed back in March, and "
        "the revival of The Tollgate Files, which finally started filming in August.",
        "2024-09-02",
        [],
        [("renewal", [3], "2024-03"), ("production_start", [], "2024-08")],
    ),
    (
        "today",
        "Disney+ today released the first-look photos from Wren Hollow season 2.",
        "2025-06-11",
        [],
        [("first_look", [2], "2025-06-11")],
    ),
    (
        "weekly-through-a-date-is-the-finale",
        "Wren Hollow season 3 returns on Thursday, Sept. 4, with a two-episode premiere, followed by a new "
        "episode weekly through Oct. 23.",
        "2025-06-17",
        [("Wren Hollow", 3, "premiere", "2025-09-04")],
        [("finale", [3], "2025-10-23")],
    ),
    (
        "a-relative-clause-is-no-subject",
        "Season 2 of Wren Hollow, which stars Ada Fenwick as Sheriff Nell Dane, premiered in April 2024.",
        "2025-06-17",
        [("Wren Hollow", 2, "premiere", "2024-04")],
        [],
    ),
    (
        "renewal-ahead-of-another-season",
        "Wren Hollow was renewed for a third season in February 2024, ahead of its season 2 premiere.",
        "2025-06-17",
        [],
        [("renewal", [3], "2024-02")],
    ),
    (
        "revealed-today",
        "Wren Hollow season 2 is set for a June 12 premiere, the streamer revealed today.",
        "2025-04-02",
        [("Wren Hollow", 2, "premiere", "2025-06-12")],
        [("announcement", [2], "2025-04-02")],
    ),
    (
        "moved-to-gives-the-new-date",
        "Wren Hollow season 2 was originally set for September but moved to October 24.",
        "2025-09-25",
        [("Wren Hollow", 2, "premiere", "2025-09"), ("Wren Hollow", 2, "premiere", "2025-10-24")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected_releases", "expected_events"),
    [c[1:] for c in PHRASINGS],
    ids=[c[0] for c in PHRASINGS],
)
def test_phrasings(
    extract_text: Run,
    text: str,
    published: str | None,
    expected_releases: list[tuple[Any, ...]],
    expected_events: list[tuple[Any, ...]],
) -> None:
    out = extract_text(TITLE + text, published=published)
    assert [(r.show, r.season, r.kind, r.date) for r in out.releases] == expected_releases
    assert [(e.kind, e.seasons, e.date) for e in out.events] == expected_events


def test_a_platform_that_announces_is_not_where_it_airs(extract_text: Run) -> None:
    out = extract_text(
        TITLE
        + "The BBC has confirmed that Wren Hollow returns in May 2025. The box set lands on BBC iPlayer "
        "when the first episode airs on BBC One. The BBC also said the BBC would repeat it."
    )
    assert [(r.date, r.platform) for r in out.releases] == [("2025-05", "BBC One")]


@pytest.mark.parametrize(
    ("text", "count", "runtime"),
    [
        (
            "Wren Hollow season 2 arrives on May 9, 2025.\n\nEach of the eight episodes was shot in Leeds. "
            "Episodes run to roughly 45 minutes each.",
            8,
            45,
        ),
        ("All six episodes of Wren Hollow arrive on May 9, 2025. Each runs to about 50 minutes.", 6, 50),
        ("Wren Hollow premieres on May 9, 2025. It's a six-part limited series.", 6, None),
        ("Wren Hollow premieres on May 9, 2025. All episodes run for around an hour.", None, 60),
        (
            "Wren Hollow season 2 premieres with two episodes on May 9, 2025.\n\nAfter that, new episodes "
            "arrive every Friday. There are eight episodes in total.",
            8,
            None,
        ),
        ("Wren Hollow season 2 premieres on May 9, 2025, with all eight episodes dropping at once.", 8, None),
    ],
    ids=[
        "section-sentences",
        "each-runs-to",
        "limited-series",
        "an-hour",
        "first-batch-is-no-count",
        "all-n",
    ],
)
def test_counts_stated_elsewhere_in_the_section(
    extract_text: Run, text: str, count: int | None, runtime: int | None
) -> None:
    (record,) = extract_text(TITLE + text).releases
    assert (record.episode_count, record.episode_runtime_minutes) == (count, runtime)


def test_counts_from_the_paragraph_and_the_opening(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow on BBC One: what to expect\n\nWren Hollow is a new six-part thriller set in the "
        "Fens.\n\nWhen is it on?\n\nWren Hollow airs on BBC One on Sunday 5 October 2025 at 9pm."
    )
    assert [(r.show, r.episode_count) for r in out.releases] == [("Wren Hollow", 6)]
    out = extract_text(
        TITLE
        + "Netflix's Wren Hollow is set for a June 12, 2025 premiere. All eight episodes of the drama's "
        "second season will drop at once."
    )
    assert [(r.season, r.episode_count) for r in out.releases] == [(2, 8)]


def test_counts_of_the_current_season_stay_off_a_past_one(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow season 2\n\nWren Hollow season 2 returns in May 2026. The new season will run for eight "
        "episodes.\n\nSeason 1 premiered on Netflix in March 2024."
    )
    assert [(r.season, r.episode_count) for r in out.releases] == [(2, 8), (1, None)]


def test_each_date_goes_to_the_title_before_it(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow season 2 episode guide\n\n"
        'Episode 4, "Tidewrack", follows on 23 November and episode 5, "Low Water", arrives on 30 November.',
        published="2025-11-11",
    )
    assert [(e.number, e.title, e.air_date) for e in out.episodes] == [
        (4, "Tidewrack", "2025-11-23"),
        (5, "Low Water", "2025-11-30"),
    ]
    assert out.releases == []
