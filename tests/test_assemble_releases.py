"""Release/event assembly: merging repeated statements, year anchoring, fallbacks, exact evidence."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hsextract.assemble.releases import Anchors, anchors_for, masked_sentence
from hsextract.dates import DateContext
from hsextract.evaluate import score_article
from hsextract.ingest import Article, read_articles
from hsextract.jsonio import load_gold
from hsextract.models import ArticleOutput
from hsextract.ner import analyse
from hsextract.pipeline import Extractor
from hsextract.rules.engine import load_ruleset

from .conftest import DEV_CORPUS, DEV_GOLD, make_article

Run = Callable[..., ArticleOutput]
TITLE = "Wren Hollow: everything we know\n\n"


def test_repeated_statements_merge_into_one_record(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow season 2 will premiere on Netflix on May 9, 2025.\n\n"
        "Release date\n\nMark your calendars: Wren Hollow season 2 arrives on May 9, 2025."
    )
    (record,) = out.releases
    assert (record.season, record.date, record.platform) == (2, "2025-05-09", "Netflix")
    assert [ev.rule for ev in record.evidence] == ["release.premiere", "release.generic"]


def test_prose_with_a_qualifier_speaks_for_a_merged_record(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow season 3 delayed to 2026\n\nWren Hollow season 3 has been delayed. HBO says the third "
        "season will now premiere in early 2026."
    )
    (record,) = out.releases
    assert (record.season, record.date, record.qualifier, len(record.evidence)) == (3, "2026", "early", 2)
    assert record.evidence[0].block == "title"


def test_least_hedged_status_wins_when_merging(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow season 2 is expected to premiere on May 9, 2025. Netflix has since "
        "confirmed that Wren Hollow season 2 will premiere on May 9, 2025."
    )
    assert [(r.date, r.status) for r in out.releases] == [("2025-05-09", "confirmed")]


def test_coarser_mention_of_the_same_premiere_lends_its_evidence(extract_text: Run) -> None:
    """One drop, said twice: the month-only mention is the day-dated premiere said less precisely
    (gold rule 2.4 makes such a duplicate optional), so it is evidence of that record, not a second one."""
    out = extract_text(
        TITLE + "Wren Hollow season 2 arrives on Netflix at the end of April 2025.\n\n"
        "Release date\n\nAll eight episodes of Wren Hollow season 2 will launch on Friday April 25."
    )
    assert [(r.date, r.precision, r.qualifier, r.episode_count) for r in out.releases] == [
        ("2025-04-25", "day", None, 8),
    ]
    assert len(out.releases[0].evidence) == 2


def test_undated_event_lends_evidence_to_its_dated_twin(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Netflix shared a first look at Wren Hollow season 2 on May 1, 2025. Several images "
        "were released from Wren Hollow season 2."
    )
    (event,) = out.events
    assert (event.kind, event.seasons, event.date) == ("first_look", [2], "2025-05-01")
    assert [ev.text for ev in event.evidence] == [
        "first look at Wren Hollow season 2 on May 1, 2025",
        "images were released",
    ]


def test_same_event_twice_is_one_record(extract_text: Run) -> None:
    out = extract_text(
        TITLE + "Wren Hollow was renewed for season 3 on June 2, 2025. The renewal on June 2, 2025 "
        "surprised nobody."
    )
    assert [(e.kind, e.seasons, e.date, len(e.evidence)) for e in out.events] == [
        ("renewal", [3], "2025-06-02", 2)
    ]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, "2022-05-09"),  # the section's own year beats the article's earlier one
        ("2024-01-10", "2024-05-09"),  # a published date beats both
    ],
    ids=["section-year", "published-date"],
)
def test_year_anchoring(extract_text: Run, published: str | None, expected: str) -> None:
    out = extract_text(
        TITLE + "Wren Hollow season 1 premiered in 2019.\n\nWren Hollow season 2\n\n"
        "Filming on season 2 wrapped in 2022. Wren Hollow season 2 premieres on May 9.",
        published=published,
    )
    assert [r.date for r in out.releases if r.season == 2] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wren Hollow season 2 will premiere in December.", "2025-12"),
        ("Wren Hollow season 2 premiered in December.", "2024-12"),
        ("Wren Hollow season 2 premieres in April.", "2025-04"),
    ],
    ids=["future-goes-forward", "past-goes-back", "nearest-when-it-agrees"],
)
def test_year_from_published_date_follows_the_tense(extract_text: Run, sentence: str, expected: str) -> None:
    out = extract_text(TITLE + sentence, published="2025-03-04")
    assert [r.date for r in out.releases] == [expected]


def test_anchors_split_section_and_article_years() -> None:
    anchors = Anchors([(10, 2019), (50, 2022)], [0, 40], datetime.date(2024, 1, 1))
    assert anchors.context(60) == DateContext(datetime.date(2024, 1, 1), (2022,), (2019, 2022), 2)
    assert anchors.context(30) == DateContext(datetime.date(2024, 1, 1), (2019,), (2019, 2022), 1)


def test_anchors_for_reads_content_blocks(extractor: Extractor) -> None:
    article = make_article(TITLE + "Season 1 premiered in 2019.\n\nSeason 2\n\nIt wrapped in 2022.")
    _, _, chunks = next(analyse(extractor.nlp, [(article, None)]))
    anchors = anchors_for(extractor.stage.run(article, chunks))
    assert [y for _, y in anchors.years] == [2019, 2022]
    assert len(anchors.section_starts) == 2  # the title and the "Season 2" heading


def test_platform_and_season_fall_back_to_the_article(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow: the Netflix drama returns\n\nWren Hollow is Netflix's biggest hit of season 2 "
        "so far, and fans are waiting.\n\nThe new episodes arrive on May 9, 2025."
    )
    assert [(r.season, r.platform, r.date) for r in out.releases] == [(2, "Netflix", "2025-05-09")]


def test_a_title_before_the_cue_names_another_series(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow season 2 review\n\n"
        "Wren Hollow, which premiered on Netflix on May 9, 2025, is a delight. "
        "When Harbour Nights dropped in 2019, it changed the genre."
    )
    assert [(r.show, r.season, r.platform, r.date) for r in out.releases] == [
        ("Wren Hollow", 2, "Netflix", "2025-05-09"),
        ("Harbour Nights", None, None, "2019"),
    ]


def test_every_evidence_rule_is_a_rule_of_the_rule_file(extract_text: Run) -> None:
    text = (
        "Wren Hollow season 2 guide\n\nWren Hollow season 2 will premiere on Netflix on May 9, 2025. Netflix "
        "renewed it for season 3 on June 2, 2025. The names of each episode are “Dust” and “Ashes.” "
        'Episode 3, titled "Embers," runs 50 minutes.\n\nEpisode 4: "Smoke" – May 30, 2025'
        "\n\nMore episode titles:\n\n5. “Flame”"
    )
    out = extract_text(text)
    ids = {r.id for r in load_ruleset("release_rules.json").rules}
    rules = {ev.rule for r in (*out.releases, *out.events, *out.episodes) for ev in r.evidence}
    assert rules == {
        "release.premiere",
        "event.renewal",
        "episodes.intro",
        "episodes.titled",
        "episodes.line",
        "episodes.numbered",
    }
    assert rules <= ids


def test_every_evidence_span_is_exact(extract_text: Run) -> None:
    text = (
        TITLE + "Wren Hollow season 2 will premiere on Netflix on Thursday, Oct. 2, 2025. Filming began in "
        "March 2024 and wrapped in August. The names of each episode are “Dust” and “Ashes.”"
    )
    out = extract_text(text)
    records = [*out.releases, *out.events, *out.episodes]
    assert len(records) == 5
    assert all(text[ev.start : ev.end] == ev.text and ev.block for r in records for ev in r.evidence)


SEEDS = ["000_697e59239cb9869f", "001_f6b641e1f01c6a96"]


@pytest.mark.parametrize("article_id", SEEDS)
def test_seed_articles_match_their_gold(extractor: Extractor, article_id: str) -> None:
    """The two seed articles (development data, not the held-out set): every release, episode, event."""
    (article,) = [a for a in read_articles([DEV_CORPUS / f"{article_id}.txt"]) if isinstance(a, Article)]
    gold = load_gold(DEV_GOLD / f"{article_id}.json")
    score = score_article(gold, extractor.extract_one(article), strict=False)
    for kind in ("releases", "episodes", "events"):
        assert (score.counts[kind].fp, score.counts[kind].fn) == (0, 0), kind
        assert all(t.correct == t.total for t in score.fields[kind].values()), kind


FRAGMENTS = [
    "Wren Hollow season 2",
    "will premiere on",
    "Netflix",
    "on Friday April 25",
    "in early 2026",
    "was renewed",
    "for seasons 3 and 4",
    "filming began",
    "and wrapped in December",
    "hasn't announced",
    "the trailer",
    "Volume 1 on May 26",
    "Episode 2:",
    "“Dust,”",
    "The names of each episode are",
    "could arrive",
    "(62 minutes)",
    "During this event,",
    "the first look",
    "pushed back to March",
    ",",
    ".",
    "?",
    ":",
    "\n\n",
    "–",
    "“",
    "'",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25), st.sampled_from([None, "2025-03-04"]))
def test_any_mix_of_cues_gives_valid_records(
    extract_text: Run, parts: list[str], published: str | None
) -> None:
    text = " ".join(parts)
    out = extract_text(text, published=published)
    assert out.status == "ok", out.error
    for record in (*out.releases, *out.events, *out.episodes):
        assert all(text[ev.start : ev.end] == ev.text for ev in record.evidence)


def test_one_date_is_one_drop(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow episode guide\n\nWren Hollow premieres with two episodes on Wednesday, "
        "June 4 on HBO. New "
        "episodes arrive every Wednesday until the finale on July 16.\n\n"
        'Episode 1: "Dust" – Wednesday, June 4\n\nEpisode 2: "Ashes" – Wednesday, June 4\n\n'
        'Episode 3: "Embers" – Wednesday, June 11\n\nEpisode 4: "Smoke" – Wednesday, July 16 (season finale)',
        published="2025-05-20",
    )
    # schema 2: one release (the premiere, weekly), the finale an event, each drop its episode's air date
    assert [(r.kind, r.date, r.platform, r.schedule) for r in out.releases] == [
        ("premiere", "2025-06-04", "HBO", "weekly"),
    ]
    assert [(e.kind, e.date) for e in out.events] == [("finale", "2025-07-16")]
    assert [(e.number, e.air_date) for e in out.episodes] == [
        (1, "2025-06-04"),
        (2, "2025-06-04"),
        (3, "2025-06-11"),
        (4, "2025-07-16"),
    ]


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("Will there be a season 2?\n\nNothing is confirmed yet.", None),
        ("A second series of Wren Hollow is not yet confirmed.", None),
        ("Ada Fenwick also stars in Harbour Nights, whose second season premieres next year.", None),
        ("Slotting into its old slot is the second season of Peacock's mystery Harbour Nights.", None),
        ("Meanwhile Harbour Nights returns for its second season in June.", None),
        ("Here is a guide to all six episodes of the first season.", 1),
    ],
    ids=["question", "denial", "title-whose-season", "season-of-another-title", "its-season", "stated"],
)
def test_the_article_season_is_its_main_shows(extract_text: Run, text: str, season: int | None) -> None:
    out = extract_text(
        "Wren Hollow: everything we know\n\n"
        + text
        + "\n\nAll six episodes of Wren Hollow arrive on Netflix on May 9, 2025. The drama was "
        "filmed in Leeds "
        "and Hull over the whole of last summer, and the cast have said that the weather shows on screen."
    )
    assert [(r.show, r.season) for r in out.releases if r.date == "2025-05-09"] == [("Wren Hollow", season)]


def test_a_listicle_has_no_article_season_and_no_showless_release(extract_text: Run) -> None:
    out = extract_text(
        "Every new show coming to Netflix in October 2025\n\n1. Wren Hollow (Netflix)\n\nA heist drama. It "
        "arrives on October 3, 2025.\n\n2. Harbour Nights, Season 2 (Hulu)\n\nHarbour Nights "
        "season 2 arrives "
        "on October 17, 2025."
    )
    assert [(r.show, r.season, r.date) for r in out.releases] == [
        ("Wren Hollow", None, "2025-10-03"),
        ("Harbour Nights", 2, "2025-10-17"),
    ]


def test_a_past_release_in_a_season_section_is_the_earlier_season(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow season 2: everything we know\n\nWren Hollow was a breakout hit when it "
        "premiered in August "
        "2023. The first season followed a widowed florist.\n\nWren Hollow season 2 premieres on May 9, 2025."
    )
    assert [(r.season, r.date) for r in out.releases] == [(1, "2023-08"), (2, "2025-05-09")]


def test_a_weekday_that_fits_no_nearby_year_drops_the_date(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow season 2\n\nAda Fenwick is best known for the 2019 film Low Water. Wren Hollow season 2 "
        "arrives on Netflix on Thursday 21 August."
    )
    assert out.releases == []  # 21 August 2019 is a Wednesday, and no year within two of 2019 fits


def test_without_a_published_date_a_season_keeps_its_own_year(extract_text: Run) -> None:
    out = extract_text(
        "Wren Hollow season 2\n\nWren Hollow season 1 premiered in August 2023.\n\nWren Hollow "
        "season 2 premieres "
        "Tuesday, March 11, leading up to the season finale on April 15.\n\nHulu released the "
        "season 2 trailer "
        "on February 18."
    )
    assert [(r.season, r.date) for r in out.releases] == [(1, "2023-08"), (2, "2025-03-11")]
    assert sorted((e.kind, e.seasons, e.date) for e in out.events) == [
        ("finale", [2], "2025-04-15"),
        ("trailer", [2], "2025-02-18"),
    ]


def test_an_unnumbered_past_premiere_before_season_2_is_season_1(extract_text: Run) -> None:
    out = extract_text(
        "Netflix Cancels 'Wren Hollow' After Two Seasons\n\nWren Hollow premiered in 2023 and was renewed in "
        "January 2024. Season 2 debuted on July 11, 2025, and ended on Aug. 8, 2025.",
        published="2025-09-15",
    )
    assert [(r.show, r.season, r.date) for r in out.releases] == [
        ("Wren Hollow", 1, "2023"),
        ("Wren Hollow", 2, "2025-07-11"),
    ]


def test_masking_a_span_leaves_titles_outside_it_alone(extractor: Extractor) -> None:
    """A title that ends before the span must not cut the span's text (a negative slice end would)."""
    text = 'Gilt Counter season 2\n\nEpisode 1: "Inventory"\nEpisode 2: "Markdown" airs on Sunday.\n'
    article = make_article(text)
    _, _, chunks = next(analyse(extractor.nlp, [(article, None)]))
    out = extractor.stage.run(article, chunks)
    assert len(out.episodes) == 2
    line = text.index("Episode 2")
    masked = masked_sentence(out, (line, len(text) - 1))
    assert masked == 'Episode 2: "        " airs on Sunday.'
