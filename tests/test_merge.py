"""Tests for `hsextract merge` and the KB package: series, names, dates, conflicts, supersession, CLI.

Names and shows here are invented for the tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hsextract.cli import main
from hsextract.jsonio import RecordFileError, dumps, load_gold, load_output, output_files
from hsextract.kb import is_kb_file, load_kb
from hsextract.kb.compare import compare_kbs, format_comparison, gold_to_output
from hsextract.kb.dates import compatible, finest, interval
from hsextract.kb.merge import merge_outputs
from hsextract.kb.models import KnowledgeBase, Series
from hsextract.models import ArticleOutput

ROOT = Path(__file__).resolve().parent.parent
SHOW = "Harbour Lights"


def ev(text: str = "span", rule: str = "r.test") -> dict[str, Any]:
    return {"start": 0, "end": len(text), "text": text, "rule": rule}


def cast(actor: str, character: str, rule: str = "r.test", **kw: Any) -> dict[str, Any]:
    return {"show": SHOW, "actor": actor, "character": character, "evidence": [ev(actor, rule)], **kw}


def release(date: str | None, precision: str | None, **kw: Any) -> dict[str, Any]:
    return {"show": SHOW, "season": 2, "date": date, "precision": precision, "evidence": [ev()], **kw}


def episode(number: int | None, title: str, **kw: Any) -> dict[str, Any]:
    return {"show": SHOW, "season": 2, "number": number, "title": title, "evidence": [ev(title)], **kw}


def event(
    kind: str, seasons: list[int], date: str | None = None, precision: str | None = None
) -> dict[str, Any]:
    return {
        "show": SHOW,
        "kind": kind,
        "seasons": seasons,
        "date": date,
        "precision": precision,
        "evidence": [ev()],
    }


def art(aid: str, published: str | None = None, **records: list[dict[str, Any]]) -> ArticleOutput:
    info = {"id": aid, "source": f"corpus/{aid}.txt", "sha256": "0" * 64, "chars": 10, "published": published}
    return ArticleOutput.model_validate({"article": info, **records})


def one(*outputs: ArticleOutput, key: str = "harbour lights") -> Series:
    kb = merge_outputs(outputs)
    return next(s for s in kb.series if s.key == key)


# --- series -----------------------------------------------------------------------------------


def test_unknown_series_bucket_flags_no_conflicts() -> None:
    nameless = [{**release(d, "day"), "show": None, "season": None} for d in ("2024-05-03", "2024-09-01")]
    finales = [{**event("finale", [1], d, "day"), "show": None} for d in ("2024-06-03", "2024-10-01")]
    kb = merge_outputs(
        [
            art("a", releases=nameless[:1], events=finales[:1]),
            art("b", releases=nameless[1:], events=finales[1:]),
        ]
    )
    [bucket] = kb.series
    assert bucket.key == "" and not bucket.conflicts and not bucket.releases[0].conflict
    assert len(bucket.releases[0].claims) == 2
    assert not bucket.events[0].conflict and len(bucket.events[0].claims) == 2


def test_records_without_show_join_the_articles_main_show_or_the_unknown_bucket() -> None:
    a = art(
        "a",
        cast=[
            cast("Mara Quill", "Ines Vale"),
            {**cast("Otto Brandt", "Sven"), "show": None},
            {**cast("Ivo Lark", "Pim"), "show": "HARBOUR  lights"},
        ],
    )
    b = art("b", cast=[{**cast("Lea Dorn", "Kit"), "show": None}])
    kb = merge_outputs([a, b])
    assert [(s.key, s.name) for s in kb.series] == [("", "(unknown series)"), ("harbour lights", SHOW)]
    assert {c.actor for c in kb.series[1].cast} == {"Mara Quill", "Otto Brandt", "Ivo Lark"}
    assert kb.series[1].aliases == ["HARBOUR  lights"] and kb.series[0].cast[0].actor == "Lea Dorn"
    assert [a.id for a in kb.articles] == ["a", "b"]


# --- cast -------------------------------------------------------------------------------------


def test_first_name_and_full_name_of_one_actors_character_become_one_entry() -> None:
    s = one(
        art("a", "2024-01-01", cast=[cast("Mara Quill", "Ines", season=1)]),
        art("b", "2024-02-01", cast=[cast("Mara Quill", "Ines Vale", season=2, description="harbour pilot")]),
        art("c", cast=[cast("Mara Quill", "DI Ines Vale")]),
    )
    [entry] = s.cast
    assert (entry.character, entry.character_aliases) == ("DI Ines Vale", ["Ines", "Ines Vale"])
    assert entry.seasons == [1, 2] and entry.descriptions == ["harbour pilot"]
    assert entry.articles == ["a", "b", "c"] and [src.article for src in entry.sources] == ["c", "a", "b"]
    assert all(src.evidence[0].text == "Mara Quill" for src in entry.sources)
    assert not s.conflicts


def test_actor_spellings_merge_by_majority_and_keep_the_variant() -> None:
    s = one(
        art("a", cast=[cast("Mara Quill", "Ines Vale")]),
        art("b", cast=[cast("Mara Quill", "Ines")]),
        art("c", cast=[cast("Mara Quil", "Ines Vale")]),
        art("d", cast=[cast("Otto Brandt", "Sven Dahl", aliases=["Otto Brant"])]),
        art("e", cast=[cast("Otto Brant", "Sven Dahl")]),
    )
    assert [(c.actor, c.actor_aliases, c.articles) for c in s.cast] == [
        ("Mara Quill", ["Mara Quil"], ["a", "b", "c"]),
        ("Otto Brandt", ["Otto Brant"], ["d", "e"]),
    ]
    assert not s.conflicts


def test_similar_names_stay_apart_with_other_first_name_or_another_character() -> None:
    s = one(
        art("a", cast=[cast("Mara Quill", "Ines Vale"), cast("Mara Quinn", "Pim Loft")]),
        art("b", cast=[cast("Sara Quill", "Pim Loft")]),
    )
    assert len(s.cast) == 3
    # Mara Quinn and Sara Quill are not one person, so Pim Loft has two actors: a conflict.
    assert [(c.kind, c.subject, [v.value for v in c.values]) for c in s.conflicts] == [
        ("actor", "Pim Loft", ["Mara Quinn", "Sara Quill"])
    ]


def test_two_actors_for_one_character_is_a_conflict_unless_a_recast_is_recorded() -> None:
    clash = one(
        art("a", cast=[cast("Mara Quill", "Ines Vale", character_aliases=["Ines"])]),
        art("b", cast=[cast("Lea Dorn", "Ines")]),
    )
    assert all(c.conflict for c in clash.cast) and len(clash.conflicts) == 1
    assert clash.conflicts[0].values[0].articles == ["b"]
    recast = [
        cast("Mara Quill", "Ines Vale", "cast.replaces"),
        cast("Lea Dorn", "Ines Vale", "cast.replaces"),
    ]
    s = one(art("a", cast=recast))
    assert not s.conflicts and all(c.recast and not c.conflict for c in s.cast)
    s = one(art("a", cast=recast), art("b", cast=[cast("Ivo Lark", "Ines Vale")]))
    assert [v.value for v in s.conflicts[0].values] == ["Ivo Lark", "Lea Dorn", "Mara Quill"]


def test_a_short_name_is_not_matched_to_another_actors_character_alias() -> None:
    s = one(art("a", cast=[cast("Mara Quill", "Ines Vale")]), art("b", cast=[cast("Lea Dorn", "Ines")]))
    assert len(s.cast) == 2 and not s.conflicts


# --- dates, releases, supersession -----------------------------------------------------------


def test_intervals_and_compatibility() -> None:
    assert interval("2022-04") == interval("2022-04-01")[:1] + interval("2022-04-30")[1:]
    assert compatible("2022-04", None, "2022-04-22", None)
    assert not compatible("2022-04", None, "2022-05-02", None)
    assert compatible("2026", "early", "2026-03-05", None) and not compatible(
        "2026", "early", "2026-10-01", None
    )
    assert compatible("2024-03", "by", "2024-01-20", None) and not compatible(
        "2024-03", "end", "2024-03-02", None
    )
    assert compatible("2024-13", None, "1999", None)  # impossible date: contradicts nothing
    assert finest([("2022", None), ("2022-04", None), ("2022-04-22", None), ("2023", None)]) == [
        "2022-04-22",
        "2023",
    ]


def test_coarser_date_containing_a_finer_one_is_agreement() -> None:
    s = one(
        art("a", releases=[release("2024-05", "month", qualifier="end", platform="StreamCo")]),
        art("b", "2024-04-01", releases=[release("2024-05-24", "day", status="expected")]),
    )
    [r] = s.releases
    assert (r.date, r.precision, r.conflict, r.dates) == ("2024-05", "month", False, ["2024-05-24"])
    assert [(c.article, c.date, c.status, c.published) for c in r.claims] == [
        ("a", "2024-05", "confirmed", None),
        ("b", "2024-05-24", "expected", "2024-04-01"),
    ]
    assert r.platform == "StreamCo" and not s.conflicts


def test_two_dates_for_one_premiere_are_flagged_and_the_confirmed_latest_is_current() -> None:
    s = one(
        art("a", "2024-01-01", releases=[release("2024-05-03", "day")]),
        art("b", "2024-02-01", releases=[release("2024-06-10", "day")], events=[event("date_change", [2])]),
        art("c", "2024-03-01", releases=[release("2024-07-01", "day", status="speculated")]),
    )
    [r] = s.releases
    assert r.conflict and r.date == "2024-06-10" and r.dates == ["2024-05-03", "2024-06-10", "2024-07-01"]
    [c] = s.conflicts
    assert c.kind == "release_date" and c.subject == "S2 premiere" and "date_change" in (c.note or "")
    assert [(v.value, v.articles) for v in c.values] == [
        ("2024-05-03", ["a"]),
        ("2024-06-10", ["b"]),
        ("2024-07-01", ["c"]),
    ]


def test_later_confirmation_supersedes_an_expected_date_and_is_recorded() -> None:
    s = one(
        art(
            "a",
            "2024-01-10",
            releases=[
                release("2024", "year", qualifier="autumn", status="expected"),
                {**release("2024-05", "month", status="speculated"), "season": 3},
            ],
        ),
        art(
            "b",
            "2024-03-01",
            releases=[release("2024-10-02", "day"), {**release("2024-09-12", "day"), "season": 3}],
        ),
    )
    two, three = s.releases
    assert not s.conflicts and (two.date, three.date) == ("2024-10-02", "2024-09-12")
    assert [
        (x.old_date, x.new_date, x.new_article, x.compatible) for x in two.superseded + three.superseded
    ] == [("2024", "2024-10-02", "b", True), ("2024-05", "2024-09-12", "b", False)]
    assert three.claims[0].superseded_by == "b" and three.dates == ["2024-09-12"]


@pytest.mark.parametrize("published", [("2024-03-01", "2024-01-10"), (None, "2024-01-10"), (None, None)])
def test_no_supersession_without_a_later_published_confirmation(
    published: tuple[str | None, str | None],
) -> None:
    s = one(
        art("a", published[0], releases=[release("2024-05", "month", status="expected")]),
        art("b", published[1], releases=[release("2024-09-12", "day")]),
    )
    assert not s.releases[0].superseded and [c.kind for c in s.conflicts] == ["release_date"]


_WEEKLY = [(1, "The Low Tide", "2024-05-03"), (2, "Salt", "2024-05-10"), (3, "Brine", "2024-05-17")]


def test_a_weekly_schedule_is_one_premiere_and_its_drops_are_episode_air_dates_not_a_conflict() -> None:
    premiere = release("2024-05-03", "day", schedule="weekly", platform="StreamCo", platforms=["StreamCo"])
    drops = [episode(n, t, air_date=d, air_date_precision="day") for n, t, d in _WEEKLY]
    later = episode(2, "Salt", air_date="2024-05", air_date_precision="month")  # agrees, coarser
    s = one(art("a", releases=[premiere], episodes=drops), art("b", episodes=[later]))
    [r] = s.releases
    assert (r.kind, r.date, r.schedule, r.dates, r.conflict) == (
        "premiere",
        "2024-05-03",
        "weekly",
        ["2024-05-03"],
        False,
    )
    assert [(e.number, e.air_date, e.air_date_precision, e.air_dates) for e in s.episodes] == [
        (1, "2024-05-03", "day", ["2024-05-03"]),
        (2, "2024-05-10", "day", ["2024-05-10"]),
        (3, "2024-05-17", "day", ["2024-05-17"]),
    ]
    assert not s.conflicts and not any(e.conflict for e in s.episodes)
    assert [(x.article, x.air_date) for x in s.episodes[1].sources] == [("a", "2024-05-10"), ("b", "2024-05")]


def test_disjoint_air_dates_for_one_episode_are_a_conflict_and_the_latest_published_is_current() -> None:
    s = one(
        art(
            "a", "2024-04-01", episodes=[episode(2, "Salt", air_date="2024-05-10", air_date_precision="day")]
        ),
        art(
            "b", "2024-04-20", episodes=[episode(2, "Salt", air_date="2024-05-17", air_date_precision="day")]
        ),
        art("c", "2024-04-25", events=[event("date_change", [2])]),
    )
    [e] = s.episodes
    assert (e.air_date, e.air_dates, e.conflict) == ("2024-05-17", ["2024-05-10", "2024-05-17"], True)
    [c] = s.conflicts
    assert (c.kind, c.subject, [(v.value, v.articles) for v in c.values]) == (
        "air_date",
        "S2E2",
        [("2024-05-10", ["a"]), ("2024-05-17", ["b"])],
    )
    assert "date_change" in (c.note or "")


def test_a_finale_is_a_one_date_event_whose_disjoint_dates_conflict() -> None:
    agree = one(
        art("a", events=[event("finale", [2], "2024-06", "month")]),
        art(
            "b", events=[event("finale", [2], "2024-06-21", "day"), event("trailer", [2], "2024-01", "month")]
        ),
        art("c", events=[event("trailer", [2], "2024-03-02", "day")]),
    )
    finale, trailer = agree.events
    assert (finale.kind, finale.date, finale.precision, finale.conflict) == (
        "finale",
        "2024-06-21",
        "day",
        False,
    )
    assert trailer.date is None and trailer.dates == ["2024-01", "2024-03-02"] and not agree.conflicts
    clash = one(
        art("a", "2024-03-01", events=[event("finale", [2], "2024-06-21", "day")]),
        art("b", "2024-04-01", events=[event("finale", [2], "2024-07-05", "day")]),
    )
    [finale] = clash.events
    assert finale.conflict and finale.date == "2024-07-05"
    assert [(c.kind, c.subject, [v.value for v in c.values]) for c in clash.conflicts] == [
        ("event_date", "finale S2", ["2024-06-21", "2024-07-05"])
    ]


def test_platforms_pool_across_claims_with_the_primary_first_and_the_stated_schedule() -> None:
    s = one(
        art("a", releases=[release("2024-05-03", "day", platform="FXX", platforms=["FXX", "Hulu"])]),
        art("b", releases=[release("2024-05", "month", platform="FXX", schedule="weekly")]),
        art("c", releases=[release("2024-05-03", "day", platform="FXX", platforms=["FXX", "Disney+"])]),
    )
    [r] = s.releases
    assert (r.platform, r.platforms, r.schedule) == ("FXX", ["FXX", "Hulu", "Disney+"], "weekly")
    assert [c.platforms for c in r.claims] == [["FXX", "Hulu"], ["FXX"], ["FXX", "Disney+"]]
    [r] = one(art("a", releases=[release("2024-05-03", "day")])).releases
    assert (r.platform, r.platforms, r.schedule) == (None, [], None)


# --- episodes and events ----------------------------------------------------------------------


def test_episode_titles_per_number_with_conflicts() -> None:
    s = one(
        art("a", episodes=[episode(3, "The Low Tide"), episode(4, "Salt")]),
        art("b", episodes=[episode(3, "the low tide"), episode(4, "Brine"), episode(None, "Salt")]),
        art("c", episodes=[episode(4, "Salt"), episode(None, "Undertow")]),
    )
    low, four, under = s.episodes
    assert (low.title, low.title_aliases, low.conflict, low.articles) == (
        "The Low Tide",
        ["the low tide"],
        False,
        ["a", "b"],
    )
    assert (four.title, four.conflict, four.articles) == ("Salt", True, ["a", "b", "c"])
    assert under.number is None and under.title == "Undertow"
    [c] = s.conflicts
    assert (c.kind, c.subject, [(v.value, v.articles) for v in c.values]) == (
        "episode_title",
        "S2E4",
        [("Salt", ["a", "b", "c"]), ("Brine", ["b"])],
    )


def test_events_group_by_kind_and_seasons_with_their_finest_dates() -> None:
    s = one(
        art("a", events=[event("renewal", [3, 2], "2024-05", "month"), event("trailer", [2])]),
        art(
            "b",
            events=[
                event("renewal", [2, 3], "2024-05-20", "day"),
                event("trailer", [2], "2024-08", "month"),
                event("trailer", [2], "2024-11-02", "day"),
            ],
        ),
    )
    renewal, trailer = s.events
    assert (renewal.seasons, renewal.dates, renewal.articles) == ([2, 3], ["2024-05-20"], ["a", "b"])
    assert trailer.dates == ["2024-08", "2024-11-02"] and len(trailer.claims) == 3 and not s.conflicts


# --- determinism, strict reading, diff ----------------------------------------------------------


def _corpus() -> list[ArticleOutput]:
    return [
        art("b", "2024-02-01", cast=[cast("Mara Quill", "Ines")], releases=[release("2024-05-03", "day")]),
        art(
            "a",
            "2024-01-01",
            cast=[cast("Mara Quill", "Ines Vale"), cast("Lea Dorn", "Ines Vale")],
            episodes=[episode(1, "Pilot")],
            events=[event("renewal", [3])],
        ),
    ]


def test_output_is_deterministic_and_reads_back_strictly(tmp_path: Path) -> None:
    first, second = dumps(merge_outputs(_corpus())), dumps(merge_outputs(list(reversed(_corpus()))))
    assert first == second
    path = tmp_path / "kb.json"
    path.write_text(first)
    assert is_kb_file(path) and dumps(load_kb(path)) == first
    data = json.loads(first)
    data["series"][0]["cast"][0]["nickname"] = "x"
    path.write_text(json.dumps(data))
    with pytest.raises(RecordFileError, match=r"series\[0\]\.cast\[0\]\.nickname"):
        load_kb(path)


def test_a_version_1_kb_is_refused_with_a_line_saying_to_merge_again(tmp_path: Path) -> None:
    data = json.loads(dumps(merge_outputs(_corpus())))
    data["schema_version"] = "1"
    data["series"][0]["releases"][0]["kind"] = "episode"
    path = tmp_path / "kb.json"
    path.write_text(json.dumps(data))
    with pytest.raises(
        RecordFileError, match=r"kb\.json: a schema_version 1 knowledge base.*re-run 'hsextract merge'"
    ):
        load_kb(path)
    assert is_kb_file(path)


def _write(folder: Path, *outputs: ArticleOutput) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for o in outputs:
        (folder / f"{o.article.id}.json").write_text(dumps(o))
    (folder / "manifest.json").write_text("{}")
    return folder


def test_cli_merge_writes_the_kb_and_reports_conflicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path / "out", *_corpus())
    assert main(["merge", str(folder), "--out", str(tmp_path / "kb.json")]) == 0
    err = capsys.readouterr().err
    assert "2 articles, 1 series" in err and "conflict Harbour Lights: actor Ines Vale: Lea Dorn [a]" in err
    assert (tmp_path / "kb.json").read_text() == dumps(merge_outputs(_corpus()))
    assert main(["merge", str(folder), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and KnowledgeBase.model_validate_json(captured.out).series[0].name == SHOW


def test_cli_merge_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path / "out", *_corpus())
    data = json.loads((folder / "a.json").read_text())
    del data["cast"][1]["character"]
    (folder / "a.json").write_text(json.dumps(data))
    assert main(["merge", str(folder), "--out", str(tmp_path / "kb.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a.json" in err and "cast[1].character" in err
    assert not (tmp_path / "kb.json").exists()
    for argv in (["merge", str(tmp_path / "nope")], ["merge", str(folder), "--include-optional"]):
        assert main(argv) == 2
        assert capsys.readouterr().err.startswith("hsextract merge: error:")


def test_diff_reads_two_kbs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(dumps(merge_outputs(_corpus())))
    moved = art("b", "2024-02-01", cast=[cast("Mara Quill", "Ines")], releases=[release("2024-05-04", "day")])
    changed = [moved, art("a", "2024-01-01", cast=[cast("Mara Quill", "Ines Vale")])]
    new.write_text(dumps(merge_outputs(changed)))
    assert main(["diff", str(old), str(old)]) == 0
    assert "no differences" in capsys.readouterr().out
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "- cast     Lea Dorn as Ines Vale" in out and "- conflict actor: Ines Vale" in out
    assert "+ event" not in out and "- event    renewal S3" in out and "- episode  S2E1 'Pilot'" in out
    assert "~ release  S2 premiere\n      date: '2024-05-03' -> '2024-05-04'" in out  # paired by identity
    output_file = _write(tmp_path / "o", _corpus()[0]) / "b.json"
    assert main(["diff", str(old), str(output_file)]) == 2  # a KB against an article output


def test_import_does_not_pull_in_nlp_libraries() -> None:
    code = (
        "import sys, hsextract.merge, hsextract.export; "
        "print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


# --- measured: the seed series against the hand-written expected KB -----------------------------

EXPECTED = ROOT / "tests" / "data" / "kb" / "heartstopper.expected.json"


def _gold_outputs(include_optional: bool = False) -> list[ArticleOutput]:
    files = sorted(p for p in (ROOT / "gold" / "dev").glob("0*.json"))
    return [gold_to_output(load_gold(p), include_optional=include_optional) for p in files]


def test_merged_gold_matches_the_hand_written_expected_kb() -> None:
    result = compare_kbs(load_kb(EXPECTED), merge_outputs(_gold_outputs()))
    assert (result.missing, result.extra, result.differences) == ([], [], [])
    assert result.matched == {"cast": 18, "release": 2, "claim": 3, "episode": 8, "event": 5}


def test_comparison_reports_missing_and_extra_facts() -> None:
    kb = merge_outputs(_gold_outputs(include_optional=True))
    result = compare_kbs(load_kb(EXPECTED), kb)
    assert {f.label for f in result.extra} >= {"Corinna Jones as Tara Jones", "actor: Tara Jones"}
    kb.series = [s.model_copy(update={"episodes": s.episodes[1:]}) for s in kb.series]
    result = compare_kbs(load_kb(EXPECTED), kb)
    assert [f.label for f in result.missing] == ["S2E1 'Out'"]
    assert "episode             7       1       0" in format_comparison(result)


def test_comparison_checks_air_dates_and_platforms_or_schedule_where_the_expected_kb_gives_them() -> None:
    expected, got = load_kb(EXPECTED), merge_outputs(_gold_outputs())
    series = expected.series[0]
    series.episodes[0].air_date = "2023-08-03"
    series.releases[1].platforms, series.releases[1].schedule = ["Netflix", "Hulu"], "all at once"
    assert got.series[0].releases[1].platforms == ["Netflix"]  # gold leaves [] when `platform` says it all
    assert compare_kbs(expected, got).differences == [
        "release S2 premiere 2023-08-03: platforms expected ('Netflix', 'Hulu'), got ('Netflix',)",
        "release S2 premiere 2023-08-03: schedule expected 'all at once', got None",
        "episode S2E1 'Out': air_date expected '2023-08-03', got None",
    ]


@pytest.mark.slow
def test_real_outputs_merge_into_a_valid_kb_keeping_every_record() -> None:
    files = output_files(ROOT / "outputs") if (ROOT / "outputs").is_dir() else []
    if not files:
        pytest.skip("no pipeline outputs in outputs/")
    outputs = [load_output(p) for p in files]
    kb = merge_outputs(outputs)
    assert KnowledgeBase.model_validate_json(dumps(kb)) == kb

    def count(kinds: tuple[str, ...]) -> tuple[int, int]:
        entries = sum(
            len(getattr(e, "sources", None) or getattr(e, "claims", []))
            for s in kb.series
            for k in kinds
            for e in getattr(s, k)
        )
        return entries, sum(len(getattr(o, k)) for o in outputs for k in kinds)

    sources, records = count(("cast", "episodes"))
    assert sources == records  # one source per record
    claims, dated = count(("releases", "events"))
    assert claims <= dated  # repeated (article, date) claims pool
    format_comparison(compare_kbs(load_kb(EXPECTED), kb))
