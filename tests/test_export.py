"""Tests for `hsextract export --format jsonld`: schema.org TVSeries shape, start dates, CLI.

The shape check below is written for these tests: for each node type, the keys it must have, the
keys it may have, and each key's type; unknown keys fail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hsextract.cli import main
from hsextract.jsonio import dumps, load_gold
from hsextract.kb.compare import gold_to_output
from hsextract.kb.jsonld import to_jsonld
from hsextract.kb.merge import merge_outputs
from hsextract.models import ArticleOutput

ROOT = Path(__file__).resolve().parent.parent

# type -> {key: (required, expected type or a nested node check)}
NODE = "node"
SHAPES: dict[str, dict[str, tuple[bool, Any]]] = {
    "TVSeries": {"name": (True, str), "containsSeason": (True, [NODE]), "actor": (True, [NODE])},
    "TVSeason": {
        "seasonNumber": (False, int),
        "startDate": (False, str),
        "endDate": (False, str),
        "numberOfEpisodes": (False, int),
        "episode": (False, [NODE]),
    },
    "TVEpisode": {"name": (True, str), "episodeNumber": (False, int), "datePublished": (False, str)},
    "PerformanceRole": {"actor": (True, NODE), "characterName": (True, str)},
    "Person": {"name": (True, str), "alternateName": (False, [str])},
}
CHILD_TYPES = {
    ("TVSeries", "containsSeason"): "TVSeason",
    ("TVSeries", "actor"): "PerformanceRole",
    ("TVSeason", "episode"): "TVEpisode",
    ("PerformanceRole", "actor"): "Person",
}


def check_node(node: Any, want: str, where: str = "$") -> list[str]:
    """Every problem in one node and its children, as 'path: problem'."""
    if not isinstance(node, dict):
        return [f"{where}: not an object"]
    if node.get("@type") != want:
        return [f"{where}: @type {node.get('@type')!r}, expected {want!r}"]
    shape = SHAPES[want]
    problems = [f"{where}: unknown key {k!r}" for k in node.keys() - shape.keys() - {"@type"}]
    problems += [
        f"{where}: missing {k!r}" for k, (required, _) in shape.items() if required and k not in node
    ]
    for key, value in node.items():
        if key == "@type":
            continue
        kind = shape[key][1] if key in shape else None
        child_type = CHILD_TYPES.get((want, key), "")
        if kind == NODE:
            problems += check_node(value, child_type, f"{where}.{key}")
        elif isinstance(kind, list):
            if not isinstance(value, list):
                problems.append(f"{where}.{key}: not a list")
                continue
            for i, item in enumerate(value):
                if kind[0] == NODE:
                    problems += check_node(item, child_type, f"{where}.{key}[{i}]")
                elif not isinstance(item, kind[0]):
                    problems.append(f"{where}.{key}[{i}]: not {kind[0].__name__}")
        elif kind is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            problems.append(f"{where}.{key}: not {kind.__name__}")
    return problems


def check_document(doc: Any) -> list[str]:
    if not isinstance(doc, dict) or doc.get("@context") != "https://schema.org":
        return ["$: @context must be https://schema.org"]
    problems = [f"$: unknown key {k!r}" for k in doc.keys() - {"@context", "@graph"}]
    graph = doc.get("@graph")
    if not isinstance(graph, list):
        return [*problems, "$.@graph: not a list"]
    for i, node in enumerate(graph):
        problems += check_node(node, "TVSeries", f"$.@graph[{i}]")
    return problems


def _gold_kb_doc() -> dict[str, Any]:
    """The development split's gold (never the sealed test split) merged and exported."""
    outputs = [gold_to_output(load_gold(p)) for p in sorted((ROOT / "gold" / "dev").glob("*.json"))]
    return to_jsonld(merge_outputs(outputs))


def test_gold_export_has_the_expected_shape_for_every_series() -> None:
    doc = _gold_kb_doc()
    assert check_document(doc) == [] and len(doc["@graph"]) > 10
    assert all(s["name"] for s in doc["@graph"])
    seasons = [season for s in doc["@graph"] for season in s["containsSeason"]]
    episodes = [e for season in seasons for e in season.get("episode", [])]
    # gold/dev dates episodes (air_date) and finales (finale events): both reach the export
    assert any("datePublished" in e for e in episodes) and any("endDate" in season for season in seasons)


def test_shape_check_catches_broken_nodes() -> None:
    doc = _gold_kb_doc()
    i, series = next((i, s) for i, s in enumerate(doc["@graph"]) if s["actor"] and s["containsSeason"])
    series["actor"][0]["actor"] = {"@type": "Person"}
    series["containsSeason"][0]["seasonNumber"] = "2"
    series["containsSeason"][0]["note"] = "x"
    del series["name"]
    problems = check_document(doc)
    assert sorted(problems) == sorted(
        [
            f"$.@graph[{i}]: missing 'name'",
            f"$.@graph[{i}].actor[0].actor: missing 'name'",
            f"$.@graph[{i}].containsSeason[0].seasonNumber: not int",
            f"$.@graph[{i}].containsSeason[0]: unknown key 'note'",
        ]
    )
    series["actor"][0]["@type"] = "Person"
    assert f"$.@graph[{i}].actor[0]: @type 'Person', expected 'PerformanceRole'" in check_document(doc)


def test_seed_series_content() -> None:
    [series] = [s for s in _gold_kb_doc()["@graph"] if s["name"] == "Heartstopper"]
    one, two = series["containsSeason"]
    assert (one["seasonNumber"], one["startDate"], one["numberOfEpisodes"]) == (1, "2022-04-22", 8)
    assert (two["seasonNumber"], two["startDate"]) == (2, "2023-08-03") and "numberOfEpisodes" not in two
    assert [(e["episodeNumber"], e["name"]) for e in two["episode"]][:2] == [(1, "Out"), (2, "Family")]
    roles = {r["actor"]["name"]: r for r in series["actor"]}
    assert roles["Olivia Colman"] == {
        "@type": "PerformanceRole",
        "characterName": "Sarah Nelson",
        "actor": {"@type": "Person", "name": "Olivia Colman", "alternateName": ["Olivia Coleman"]},
    }
    assert len(roles) == 18


def _art(aid: str, published: str | None, **records: list[dict[str, Any]]) -> ArticleOutput:
    info = {"id": aid, "source": "t", "sha256": "0" * 64, "chars": 1, "published": published}
    return ArticleOutput.model_validate({"article": info, **records})


def _rel(date: str, precision: str, **kw: Any) -> dict[str, Any]:
    ev = {"start": 0, "end": 1, "text": "x", "rule": "r"}
    return {"show": "Tidewater", "season": 1, "date": date, "precision": precision, "evidence": [ev], **kw}


def test_conflicting_premiere_exports_the_confirmed_latest_published_date() -> None:
    kb = merge_outputs(
        [
            _art("a", "2024-01-01", releases=[_rel("2024-05-03", "day", episode_count=6)]),
            _art("b", "2024-03-01", releases=[_rel("2024-06-10", "day")]),
            _art("c", "2024-04-01", releases=[_rel("2024-08-01", "day", status="speculated")]),
        ]
    )
    assert kb.series[0].releases[0].conflict
    [season] = to_jsonld(kb)["@graph"][0]["containsSeason"]
    assert season == {
        "@type": "TVSeason",
        "seasonNumber": 1,
        "startDate": "2024-06-10",
        "numberOfEpisodes": 6,
    }


def test_parts_give_start_date_and_episode_total_and_unknown_series_is_left_out() -> None:
    parts = [
        _rel("2024-10-03", "day", kind="part", part="Volume 1", episode_count=4),
        _rel("2024-11-07", "day", kind="part", part="Volume 2", episode_count=4),
    ]
    nameless = {**_rel("2025", "year"), "show": None, "season": None}
    kb = merge_outputs([_art("a", None, releases=parts), _art("b", None, releases=[nameless])])
    doc = to_jsonld(kb)
    assert [s["name"] for s in doc["@graph"]] == ["Tidewater"] and check_document(doc) == []
    assert doc["@graph"][0]["containsSeason"][0] == {
        "@type": "TVSeason",
        "seasonNumber": 1,
        "startDate": "2024-10-03",
        "numberOfEpisodes": 8,
    }


def _ep(number: int, title: str, air_date: str | None = None, precision: str | None = None) -> dict[str, Any]:
    ev = {"start": 0, "end": 1, "text": "x", "rule": "r"}
    return {
        "show": "Tidewater",
        "season": 1,
        "number": number,
        "title": title,
        "air_date": air_date,
        "air_date_precision": precision,
        "evidence": [ev],
    }


def test_weekly_season_exports_premiere_start_episode_air_dates_and_finale_end() -> None:
    finale = {
        "show": "Tidewater",
        "kind": "finale",
        "seasons": [1],
        "date": "2024-05-17",
        "precision": "day",
        "evidence": [{"start": 0, "end": 1, "text": "x", "rule": "r"}],
    }
    first = _art(
        "a",
        "2024-04-01",
        releases=[_rel("2024-05-03", "day", schedule="weekly", episode_count=3)],
        episodes=[_ep(1, "Ebb", "2024-05-03", "day"), _ep(2, "Flow", "2024-05-10", "day"), _ep(3, "Slack")],
        events=[finale],
    )
    moved = _art("b", "2024-04-20", episodes=[_ep(2, "Flow", "2024-05-11", "day")])  # latest published wins
    kb = merge_outputs([first, moved])
    doc = to_jsonld(kb)
    assert check_document(doc) == []
    [season] = doc["@graph"][0]["containsSeason"]
    assert season == {
        "@type": "TVSeason",
        "seasonNumber": 1,
        "startDate": "2024-05-03",
        "endDate": "2024-05-17",
        "numberOfEpisodes": 3,
        "episode": [
            {"@type": "TVEpisode", "name": "Ebb", "episodeNumber": 1, "datePublished": "2024-05-03"},
            {"@type": "TVEpisode", "name": "Flow", "episodeNumber": 2, "datePublished": "2024-05-11"},
            {"@type": "TVEpisode", "name": "Slack", "episodeNumber": 3},
        ],
    }
    assert [c.kind for c in kb.series[0].conflicts] == ["air_date"]


def test_cli_export_from_kb_or_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    art = _art("a", None, releases=[_rel("2024-05-03", "day")])
    (folder / "a.json").write_text(dumps(art))
    kb_path, from_kb, from_outputs = tmp_path / "kb.json", tmp_path / "1.jsonld", tmp_path / "2.jsonld"
    kb_path.write_text(dumps(merge_outputs([art])))
    assert main(["export", "--format", "jsonld", "--kb", str(kb_path), "--out", str(from_kb)]) == 0
    assert main(["export", str(folder), "--out", str(from_outputs)]) == 0
    assert from_kb.read_text() == from_outputs.read_text() == dumps(to_jsonld(merge_outputs([art])))
    assert check_document(json.loads(from_kb.read_text())) == []
    for argv in (
        ["export"],
        ["export", str(folder), "--kb", str(kb_path)],
        ["export", "--kb", str(folder / "x")],
    ):
        assert main(argv) == 2
        assert capsys.readouterr().err.startswith("hsextract export: error:")
    assert main(["export", "--kb", str(folder / "a.json")]) == 2  # an article output is not a KB
    assert "a.json" in capsys.readouterr().err
