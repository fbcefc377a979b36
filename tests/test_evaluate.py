"""Scoring logic on hand-made gold/prediction objects (invented names throughout)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.evaluate import Counts, f1, match, name_tier, precision, recall, score_article
from hsextract.models import (
    ArticleInfo,
    ArticleOutput,
    CastRecord,
    EpisodeRecord,
    EventRecord,
    Evidence,
    GoldCast,
    GoldEpisode,
    GoldEvent,
    GoldFile,
    GoldRelease,
    ReleaseRecord,
)

AID = "art1"


def ev(text: str = "some words") -> list[Evidence]:
    return [Evidence(start=5, end=5 + len(text), text=text, rule="test")]


def cast(actor: str, character: str, **kw: Any) -> CastRecord:
    return CastRecord(actor=actor, character=character, evidence=ev(f"{actor} plays {character}"), **kw)


def output(aid: str = AID, status: str = "ok", **records: Any) -> ArticleOutput:
    info = ArticleInfo(id=aid, source=f"corpus/{aid}.txt", sha256="0" * 64, chars=100)
    return ArticleOutput(article=info, status=status, **records)


def gold(aid: str = AID, show: str | None = "Paper Lanterns", **records: Any) -> GoldFile:
    return GoldFile(article_id=aid, show=show, **records)


# --- metrics ---------------------------------------------------------------------------------


def test_prf_regular_values() -> None:
    assert precision(3, 1, 2) == 0.75
    assert recall(3, 1, 2) == 0.6
    assert f1(0.75, 0.6) == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r"),
    [
        (0, 0, 0, 1.0, 1.0),  # nothing expected, nothing predicted: perfect
        (0, 0, 4, 0.0, 0.0),  # nothing predicted, something expected
        (0, 3, 0, 0.0, 0.0),  # something predicted, nothing expected
        (0, 2, 2, 0.0, 0.0),
    ],
)
def test_prf_zero_division(tp: int, fp: int, fn: int, p: float, r: float) -> None:
    c = Counts(tp, fp, fn)
    assert (c.precision, c.recall) == (p, r)
    assert c.f1 == (1.0 if p == r == 1.0 else 0.0)


# --- names -------------------------------------------------------------------------------------


def test_name_tier_lenient_and_strict() -> None:
    assert name_tier("ÉLODIE  Marrack.", ["Elodie Marrack"], strict=True) == 2
    assert name_tier("Dr. Elodie Marrack", ["Elodie Marrack"], strict=True) is None
    assert name_tier("Dr. Elodie Marrack", ["Elodie Marrack"], strict=False) == 1
    assert name_tier("Elodie", ["Elodie Marrack"], strict=False) == 0
    assert name_tier("Elodie Marrack", ["Elodie"], strict=False) == 0
    assert name_tier("Elodie", ["Elodie Marrack"], strict=True) is None
    assert name_tier("Marrack", ["Elodie Marrack"], strict=False) is None  # a suffix is not a prefix
    assert name_tier("Mr", ["Mr Farrow"], strict=False) is None  # a bare title is no name
    assert name_tier("", ["Elodie"], strict=False) is None


# --- cast matching ----------------------------------------------------------------------------


def test_duplicate_predictions_one_tp_one_fp() -> None:
    g = gold(cast=[GoldCast(actor="Jora Vell", character="Tamsin")])
    p = output(cast=[cast("Jora Vell", "Tamsin"), cast("Jora Vell", "Tamsin")])
    s = score_article(g, p, strict=False)
    assert s.counts["cast"] == Counts(1, 1, 0)
    assert len(s.false_positives) == 1 and s.false_positives[0].evidence == "Jora Vell plays Tamsin"


def test_optional_entries_neither_required_nor_penalised() -> None:
    g = gold(
        cast=[
            GoldCast(actor="Jora Vell", character="Tamsin"),
            GoldCast(actor="Odo Pike", character="Brother Lune", optional=True),
            GoldCast(actor="Sel Mara", character="Quill", optional=True),
        ]
    )
    p = output(cast=[cast("Jora Vell", "Tamsin"), cast("Odo Pike", "Brother Lune"), cast("Maelis Roe", "X")])
    s = score_article(g, p, strict=False)
    # optional matched -> ignored; optional missed -> not FN; the unrelated one is the only FP
    assert s.counts["cast"] == Counts(1, 1, 0)
    assert s.ignored == 1
    assert [m.key for m in s.false_positives] == ["Maelis Roe as X (no season)"]
    assert s.false_negatives == []


def test_required_entry_preferred_over_optional() -> None:
    g = gold(
        cast=[
            GoldCast(actor="Bram Quist", character="Tamsin", optional=True),
            GoldCast(actor="Bram Ostler", character="Tamsin"),
        ]
    )
    s = score_article(g, output(cast=[cast("Bram", "Tamsin")]), strict=False)
    assert s.counts["cast"] == Counts(1, 0, 0)
    assert s.ignored == 0


def test_actor_and_character_aliases() -> None:
    g = gold(
        cast=[
            GoldCast(actor="Jora Vell", actor_aliases=["Jo Vell-Hart"], character="Tamsin"),
            GoldCast(actor="Odo Pike", character="Brother Lune", character_aliases=["Lune"]),
        ]
    )
    p = output(cast=[cast("Jo Vell Hart", "tamsin"), cast("Odo Pike", "Lune")])
    for strict in (False, True):
        assert score_article(g, p, strict=strict).counts["cast"] == Counts(2, 0, 0)


def test_two_prefix_predictions_for_one_gold() -> None:
    g = gold(cast=[GoldCast(actor="Maelis Roe", character="Bram Ostler")])
    p = output(cast=[cast("Maelis Roe", "Bram"), cast("Maelis Roe", "Bram")])
    assert score_article(g, p, strict=False).counts["cast"] == Counts(1, 1, 0)


@pytest.mark.parametrize("reverse_gold", [False, True])
def test_maximum_matching_beats_greedy(reverse_gold: bool) -> None:
    # Greedy first-match would give "Bram" the first gold and leave "Bram Ostler" unmatched.
    entries = [
        GoldCast(actor="Bram Ostler", character="Tobrin"),
        GoldCast(actor="Bram Quist", character="Tobrin"),
    ]
    g = gold(cast=entries[::-1] if reverse_gold else entries)
    p = output(cast=[cast("Bram", "Tobrin"), cast("Bram Ostler", "Tobrin")])
    assert score_article(g, p, strict=False).counts["cast"] == Counts(2, 0, 0)
    p.cast.append(cast("Bram", "Tobrin"))  # a third, duplicate short name has nothing left
    assert score_article(g, p, strict=False).counts["cast"] == Counts(2, 1, 0)


def test_exact_pairing_preferred_for_field_accuracy() -> None:
    g = gold(cast=[GoldCast(actor="Maelis Roe", character="Bram Ostler", season=2)])
    p = output(cast=[cast("Maelis Roe", "Bram", season=1), cast("Maelis Roe", "Bram Ostler", season=2)])
    s = score_article(g, p, strict=False)
    assert s.counts["cast"] == Counts(1, 1, 0)
    assert s.fields["cast"]["season"].correct == 1
    assert s.false_positives[0].key == "Maelis Roe as Bram (season 1)"


def test_lenient_versus_strict() -> None:
    g = gold(
        cast=[
            GoldCast(actor="Maelis Roe", character="Bram Ostler"),
            GoldCast(actor="Odo Pike", character="Farrow"),
            GoldCast(actor="Sel Mara", character="Quill"),
        ]
    )
    p = output(cast=[cast("Maelis Roe", "Bram"), cast("Odo Pike", "Mr. Farrow"), cast("Sel Mara", "Quill")])
    assert score_article(g, p, strict=False).counts["cast"] == Counts(3, 0, 0)
    strict = score_article(g, p, strict=True)
    assert strict.counts["cast"] == Counts(1, 2, 2)
    assert {m.key for m in strict.false_negatives} == {
        "Maelis Roe as Bram Ostler (no season)",
        "Odo Pike as Farrow (no season)",
    }


# --- other record types -------------------------------------------------------------------------


def release(**kw: Any) -> ReleaseRecord:
    return ReleaseRecord(evidence=ev(), **kw)


def test_release_show_defaults_to_file_show() -> None:
    g = gold(
        show="Paper Lanterns",
        releases=[
            GoldRelease(season=2, date="2024-03-01", precision="day"),
            GoldRelease(show="paper lanterns", season=3, date="2025", precision="year"),
            GoldRelease(show="Tin Orchard", season=1, date="2024-05", precision="month"),
        ],
    )
    p = output(
        releases=[
            release(show="Paper Lanterns", season=2, date="2024-03-01", precision="day"),
            release(season=3, date="2025", precision="year"),  # None show = the file's show
            release(season=1, date="2024-05", precision="month"),  # ... so not the other show
            release(season=2, date="2024-03-02", precision="day"),  # wrong date
        ]
    )
    s = score_article(g, p, strict=False)
    assert s.counts["releases"] == Counts(2, 2, 1)
    assert [m.key for m in s.false_negatives] == ["Tin Orchard season 1 premiere: 2024-05"]


def test_release_without_show_in_article_without_main_show() -> None:
    g = gold(
        show=None,
        releases=[
            GoldRelease(show="Tin Orchard", season=1, date="2024", precision="year"),
            GoldRelease(show="Copper Vale", season=2, date="2024", precision="year"),
        ],
    )
    p = output(
        releases=[
            release(season=1, date="2024", precision="year"),  # no show to stand for: no match
            release(show="COPPER-VALE", season=2, date="2024", precision="year"),
        ]
    )
    assert score_article(g, p, strict=True).counts["releases"] == Counts(1, 1, 1)


def test_episodes_title_aliases_and_season_key() -> None:
    g = gold(
        episodes=[
            GoldEpisode(season=1, number=1, title="The Lamp Room", title_aliases=["Lamp Room"]),
            GoldEpisode(season=1, number=2, title="Salt Hour"),
        ]
    )
    p = output(
        episodes=[
            EpisodeRecord(season=1, number=1, title="lamp room!", evidence=ev()),
            EpisodeRecord(season=2, number=2, title="Salt Hour", evidence=ev()),  # wrong season
        ]
    )
    assert score_article(g, p, strict=True).counts["episodes"] == Counts(1, 1, 1)


def test_events_seasons_compare_as_sets() -> None:
    g = gold(events=[GoldEvent(kind="renewal", seasons=[3, 4]), GoldEvent(kind="trailer", seasons=[2])])
    p = output(
        events=[
            EventRecord(kind="renewal", seasons=[4, 3], evidence=ev()),
            EventRecord(kind="first_look", seasons=[2], evidence=ev()),
        ]
    )
    assert score_article(g, p, strict=False).counts["events"] == Counts(1, 1, 1)


def test_field_accuracy_on_matched_pairs_only() -> None:
    g = gold(
        releases=[
            GoldRelease(
                season=1,
                date="2024-03-01",
                precision="day",
                platform="StreamCo",
                episode_count=8,
                status="confirmed",
            ),
            GoldRelease(season=2, date="2025", precision="year", platform="StreamCo", optional=True),
        ],
        cast=[GoldCast(actor="Maelis Roe", character="Quill", season=1, description="a lighthouse keeper")],
    )
    p = output(
        releases=[
            release(season=1, date="2024-03-01", precision="day", platform="streamco", episode_count=6),
            release(season=2, date="2025", precision="year", platform="Other"),  # optional: no fields
        ],
        cast=[cast("Maelis Roe", "Quill", season=2, description="A lighthouse-keeper")],
    )
    f = score_article(g, p, strict=False).fields
    assert (f["releases"]["platform"].correct, f["releases"]["platform"].total) == (1, 1)
    assert (f["releases"]["episode_count"].correct, f["releases"]["episode_count"].total) == (0, 1)
    assert f["releases"]["episode_runtime_minutes"].total == 0  # neither side has a value
    assert (f["releases"]["status"].correct, f["releases"]["kind"].correct) == (1, 1)
    assert (f["cast"]["season"].correct, f["cast"]["season"].total) == (0, 1)
    assert f["cast"]["description"].correct == f["cast"]["description_present"].correct == 1


@pytest.mark.parametrize("status", ["empty", "error"])
def test_empty_prediction_is_all_false_negatives(status: str) -> None:
    g = gold(
        cast=[GoldCast(actor="Maelis Roe", character="Quill")],
        releases=[GoldRelease(season=1), GoldRelease(season=2, optional=True)],
    )
    s = score_article(g, output(status=status), strict=False)
    assert (s.counts["cast"], s.counts["releases"]) == (Counts(0, 0, 1), Counts(0, 0, 1))
    assert s.overall.precision == 0.0 and s.overall.f1 == 0.0
    assert s.status == status and not s.missing_prediction


def test_missing_prediction_is_all_false_negatives() -> None:
    g = gold(cast=[GoldCast(actor="Maelis Roe", character="Quill")], events=[GoldEvent(kind="renewal")])
    s = score_article(g, None, strict=False)
    assert s.missing_prediction and s.overall == Counts(0, 0, 2)


# --- the matcher itself, against brute force -----------------------------------------------------


def _objective(
    pairs: list[tuple[int, int]], tiers: dict[tuple[int, int], int], req: list[bool]
) -> tuple[int, ...]:
    return (sum(req[g] for g, _ in pairs), len(pairs), sum(tiers[p] for p in pairs))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda n: st.integers(1, 5).flatmap(
            lambda m: st.tuples(
                st.lists(
                    st.lists(st.sampled_from([None, 0, 1, 2, 3, 4]), min_size=m, max_size=m),
                    min_size=n,
                    max_size=n,
                ),
                st.lists(st.booleans(), min_size=n, max_size=n),
            )
        )
    )
)
def test_match_is_optimal_and_one_to_one(case: tuple[list[list[int | None]], list[bool]]) -> None:
    grid, req = case
    n, m = len(grid), len(grid[0])
    tiers = {(g, p): t for g in range(n) for p in range(m) if (t := grid[g][p]) is not None}
    pairs = match(list(range(n)), list(range(m)), lambda g, p: grid[g][p], req)
    assert len({g for g, _ in pairs}) == len({p for _, p in pairs}) == len(pairs)
    assert all(p in tiers for p in pairs)
    best = max(
        _objective([(g, p) for g, p in enumerate(perm) if p is not None and (g, p) in tiers], tiers, req)
        for perm in itertools.permutations([*range(m), *([None] * n)], n)
    )
    assert _objective(pairs, tiers, req) == best
