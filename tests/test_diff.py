"""Tests for `hsextract diff`: identity pairing, evidence handling, text/JSON output, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hsextract.cli import main
from hsextract.diff import RECORD_KEYS, diff_outputs
from hsextract.diff_format import format_text, report_to_dict
from hsextract.diff_gold import diff_against_gold
from hsextract.jsonio import dumps, load_side
from hsextract.models import ArticleOutput, GoldFile

TEXT = (
    "Mara Quill plays Detective Ines Vale in Harbour Lights. Season 2 premieres on May 3, 2024 "
    "on StreamCo with eight episodes. Episode 3, titled 'The Low Tide', follows Ines. "
    "StreamCo renewed Harbour Lights for season 3."
)


def ev(snippet: str, rule: str = "r.test") -> dict[str, Any]:
    start = TEXT.index(snippet)
    return {"start": start, "end": start + len(snippet), "text": snippet, "rule": rule}


def cast(actor: str = "Mara Quill", character: str = "Ines Vale", **kw: Any) -> dict[str, Any]:
    return {"actor": actor, "character": character, "evidence": [ev("Mara Quill plays")], **kw}


def release(**kw: Any) -> dict[str, Any]:
    base = {
        "show": "Harbour Lights",
        "season": 2,
        "date": "2024-05-03",
        "precision": "day",
        "platform": "StreamCo",
        "evidence": [ev("premieres on May 3, 2024")],
    }
    return {**base, **kw}


def episode(**kw: Any) -> dict[str, Any]:
    base = {
        "show": "Harbour Lights",
        "season": 2,
        "number": 3,
        "title": "The Low Tide",
        "evidence": [ev("Episode 3, titled 'The Low Tide'")],
    }
    return {**base, **kw}


def event(**kw: Any) -> dict[str, Any]:
    base = {
        "kind": "renewal",
        "show": "Harbour Lights",
        "seasons": [3],
        "evidence": [ev("renewed Harbour Lights for season 3")],
    }
    return {**base, **kw}


def article(aid: str = "a1", **kw: Any) -> ArticleOutput:
    data: dict[str, Any] = {
        "article": {"id": aid, "source": f"corpus/{aid}.txt", "sha256": "0" * 64, "chars": len(TEXT)},
        "cast": [cast()],
        "releases": [release()],
        "episodes": [episode()],
        "events": [event()],
    }
    data.update(kw)
    return ArticleOutput.model_validate(data)


def write_dir(folder: Path, *arts: ArticleOutput) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for a in arts:
        (folder / f"{a.article.id}.json").write_text(dumps(a), encoding="utf-8")
    (folder / "manifest.json").write_text('{"not": "an output"}', encoding="utf-8")
    return folder


def only_article(report: Any) -> Any:
    assert len(report.articles) == 1
    return report.articles[0]


def test_identical_and_reordered_runs_are_equal() -> None:
    a = article(cast=[cast(), cast("Tobias Renn", "Lio Marsh")])
    b = article(cast=[cast("Tobias Renn", "Lio Marsh"), cast()])
    report = diff_outputs({"a1": a}, {"a1": b}, ignore_evidence=False)
    assert report.equal
    assert format_text(report, color=False).strip() == "no differences"


def test_spelling_variants_pair_by_folded_key_and_show_the_change() -> None:
    b = article(cast=[cast("Mára  quill", "INES VALE")])
    rec = only_article(diff_outputs({"a1": article()}, {"a1": b}, ignore_evidence=False)).records[0]
    assert rec.op == "~" and rec.label == "Mara Quill as Ines Vale"
    assert [(c.field, c.new) for c in rec.changes] == [("actor", "Mára  quill"), ("character", "INES VALE")]


def test_field_change_is_one_tilde_line_with_old_and_new() -> None:
    report = diff_outputs(
        {"a1": article()}, {"a1": article(releases=[release(platform="Vidora")])}, ignore_evidence=False
    )
    rec = only_article(report).records[0]
    assert (rec.op, rec.kind) == ("~", "releases")
    assert [(c.field, c.old, c.new) for c in rec.changes] == [("platform", "StreamCo", "Vidora")]
    text = format_text(report, color=False)
    assert "~ release  Harbour Lights S2 premiere 2024-05-03" in text
    assert "platform: 'StreamCo' -> 'Vidora'" in text
    assert text.rstrip().endswith("1 article changed: +0 -0 ~1 records")


def test_key_field_change_is_one_key_change() -> None:
    """A corrected date pairs by partial identity (same season's premiere): one `~` tagged key,
    not an unrelated `-` and `+`."""
    new = article(releases=[release(date="2024-05", precision="month")])
    report = diff_outputs({"a1": article()}, {"a1": new}, ignore_evidence=False)
    (rec,) = only_article(report).records
    assert (rec.op, rec.change, rec.label) == ("~", "key", "Harbour Lights S2 premiere 2024-05-03")
    assert [(c.field, c.old, c.new) for c in rec.changes] == [
        ("date", "2024-05-03", "2024-05"),
        ("precision", "day", "month"),
    ]
    assert report.count("+") == 0 and report.count("-") == 0 and report.count_change("key") == 1
    text = format_text(report, color=False)
    assert "~ release  Harbour Lights S2 premiere 2024-05-03  [key]" in text
    assert text.rstrip().endswith("1 article changed: +0 -0 ~1 records (1 key)")


def test_unrelated_records_stay_removed_plus_added() -> None:
    new = article(cast=[cast("Tobias Renn", "Lio Marsh")])
    recs = only_article(diff_outputs({"a1": article()}, {"a1": new}, ignore_evidence=False)).records
    assert sorted((r.op, r.change) for r in recs) == [("+", "added"), ("-", "removed")]


def test_each_change_says_what_it_is() -> None:
    recast = cast("Tobias Renn", "Ines Vale")  # same character, new actor: the key changed
    moved = event(evidence=[ev("StreamCo renewed Harbour Lights", "ev.renew")])
    new = article(cast=[recast], releases=[release(platform="Vidora")], events=[moved])
    report = diff_outputs({"a1": article()}, {"a1": new}, ignore_evidence=False)
    kinds = {r.kind: r.change for r in only_article(report).records}
    assert kinds == {"cast": "key", "releases": "fields", "events": "evidence"}
    assert not report.only(frozenset({"added", "removed", "key"})).equal
    keyed = report.only(frozenset({"added", "removed", "key"}))
    assert [r.kind for r in only_article(keyed).records] == ["cast"]
    spelling = article(cast=[cast("MARA quill", "Inès Vale")])  # folds equal: not a key change
    rec = only_article(diff_outputs({"a1": article()}, {"a1": spelling}, ignore_evidence=False)).records[0]
    assert rec.change == "fields"


def test_episode_pairs_by_number_when_both_have_one_else_by_title() -> None:
    renamed = article(episodes=[episode(title="Low Tide")])
    rec = only_article(diff_outputs({"a1": article()}, {"a1": renamed}, ignore_evidence=False)).records[0]
    assert rec.op == "~" and [c.field for c in rec.changes] == ["title"]

    unnumbered = article(episodes=[episode(number=None)])
    rec = only_article(diff_outputs({"a1": article()}, {"a1": unnumbered}, ignore_evidence=False)).records[0]
    assert rec.op == "~" and [(c.field, c.old, c.new) for c in rec.changes] == [("number", 3, None)]

    # A new number for the same title: paired by title, a field change (eval matches on title).
    renumbered = article(episodes=[episode(number=4)])
    recs = only_article(diff_outputs({"a1": article()}, {"a1": renumbered}, ignore_evidence=False)).records
    assert [(r.op, r.change, [c.field for c in r.changes]) for r in recs] == [("~", "fields", ["number"])]
    retitled = article(episodes=[episode(number=4, title="High Water")])
    recs = only_article(diff_outputs({"a1": article()}, {"a1": retitled}, ignore_evidence=False)).records
    assert sorted(r.op for r in recs) == ["+", "-"]


def test_event_key_ignores_season_order() -> None:
    old = article(events=[event(seasons=[3, 4])])
    new = article(events=[event(seasons=[4, 3], qualifier="early")])
    rec = only_article(diff_outputs({"a1": old}, {"a1": new}, ignore_evidence=False)).records[0]
    assert rec.op == "~" and [c.field for c in rec.changes] == ["qualifier", "seasons"]


def test_evidence_only_change_is_shown_apart_and_can_be_ignored() -> None:
    moved = cast(evidence=[ev("Mara Quill plays", "cast.plays"), ev("Ines Vale", "cast.role")])
    old, new = {"a1": article()}, {"a1": article(cast=[moved])}
    report = diff_outputs(old, new, ignore_evidence=False)
    rec = only_article(report).records[0]
    assert rec.op == "~" and not rec.changes and rec.evidence is not None
    assert (
        rec.evidence.describe() == "evidence changed: 1 span -> 2 spans, rule r.test -> cast.plays, cast.role"
    )
    assert report.count("~", evidence_only=True) == 1 and report.count("~") == 0
    assert "(1 evidence-only)" in format_text(report, color=False)
    assert diff_outputs(old, new, ignore_evidence=True).equal


def test_value_change_also_reports_evidence_on_its_own_line() -> None:
    changed = release(platform="Vidora", evidence=[ev("on StreamCo", "rel.platform")])
    report = diff_outputs({"a1": article()}, {"a1": article(releases=[changed])}, ignore_evidence=False)
    lines = format_text(report, color=False).splitlines()
    i = next(i for i, line in enumerate(lines) if "platform:" in line)
    assert lines[i + 1].strip() == "evidence changed: 1 span -> 1 span, rule r.test -> rel.platform"
    hidden = diff_outputs({"a1": article()}, {"a1": article(releases=[changed])}, ignore_evidence=True)
    assert only_article(hidden).records[0].evidence is None


def test_duplicate_keys_in_one_file_are_kept_with_suffix() -> None:
    dup = article(cast=[cast(), cast(description="a detective"), cast(description="x")])
    report = diff_outputs({"a1": article()}, {"a1": dup}, ignore_evidence=False)
    labels = sorted((r.op, r.label) for r in only_article(report).records)
    assert labels == [("+", "Mara Quill as Ines Vale #2"), ("+", "Mara Quill as Ines Vale #3")]


def test_articles_added_removed_and_status_change() -> None:
    old = {"a1": article(), "gone": article("gone")}
    new = {"a1": article(status="error", error="boom", cast=[]), "fresh": article("fresh")}
    report = diff_outputs(old, new, ignore_evidence=False)
    assert report.articles_added == ["fresh"] and report.articles_removed == ["gone"]
    art = only_article(report)
    assert [(c.field, c.old, c.new) for c in art.meta] == [("status", "ok", "error"), ("error", None, "boom")]
    text = format_text(report, color=False)
    for needle in (
        "+ article fresh",
        "- article gone",
        "== a1",
        "~ status: 'ok' -> 'error'",
        "- cast     Mara Quill as Ines Vale",
    ):
        assert needle in text
    assert text.rstrip().endswith("1 article changed: +0 -1 ~0 records; 1 article added, 1 article removed")


def test_color_codes_only_when_asked() -> None:
    report = diff_outputs({"a1": article()}, {"a1": article(cast=[])}, ignore_evidence=False)
    assert "\033[31m  - cast" in format_text(report, color=True)
    assert "\033[" not in format_text(report, color=False)


@pytest.mark.parametrize(("no_color", "expect_color"), [("", True), ("1", False)])
def test_cli_colours_only_on_a_tty_without_no_color(
    tmp_path: Path, no_color: str, expect_color: bool
) -> None:
    import os
    import pty

    old = write_dir(tmp_path / "old", article())
    new = write_dir(tmp_path / "new", article(cast=[]))
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | (
        {"NO_COLOR": no_color} if no_color else {}
    )
    leader, follower = pty.openpty()
    code = "import sys; from hsextract.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.run(
        [sys.executable, "-c", code, "diff", str(old), str(new)],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,
        check=False,
    )
    os.close(follower)
    out = os.read(leader, 65536).decode()
    os.close(leader)
    assert proc.returncode == 1, proc.stderr
    assert ("\033[31m" in out) is expect_color
    assert "Mara Quill as Ines Vale" in out


def test_report_to_dict_shape() -> None:
    report = diff_outputs(
        {"a1": article()}, {"a1": article(releases=[release(platform="Vidora")])}, ignore_evidence=False
    )
    data = report_to_dict(report)
    assert data["equal"] is False
    assert data["counts"] == {
        "added": 0,
        "removed": 0,
        "changed": 1,
        "evidence_only": 0,
        "change_key": 0,
        "change_fields": 1,
        "change_optional": 0,
    }
    rec = data["articles"][0]["records"][0]
    assert rec["changes"] == [{"field": "platform", "old": "StreamCo", "new": "Vidora"}]
    assert rec["label"] == "Harbour Lights S2 premiere 2024-05-03" and rec["evidence_only"] is False
    assert rec["evidence"] is None and rec["kind"] == "releases" and rec["op"] == "~"
    assert rec["change"] == "fields"
    json.dumps(data)  # plain JSON types only


def test_key_table_is_per_kind() -> None:
    assert set(RECORD_KEYS) == {"cast", "releases", "episodes", "events"}
    a, b = article().cast[0], article(cast=[cast("MARA  Quill", "Inès Vale")]).cast[0]
    assert RECORD_KEYS["cast"].key(a) == RECORD_KEYS["cast"].key(b)


def test_against_gold_compares_contract_fields_only() -> None:
    gold = GoldFile.model_validate(
        {
            "article_id": "a1",
            "cast": [{"actor": "Mara Quill", "character": "Ines Vale", "actor_aliases": ["M. Quill"]}],
            "releases": [
                {
                    "show": "Harbour Lights",
                    "season": 2,
                    "date": "2024-05-03",
                    "precision": "day",
                    "platform": "StreamCo",
                    "note": "labelled",
                }
            ],
            "episodes": [{"show": "Harbour Lights", "season": 2, "number": 3, "title": "The Low Tide"}],
            "events": [
                {"kind": "production_start", "show": "Harbour Lights", "seasons": [3], "optional": True}
            ],
        }
    )
    report = diff_against_gold({"a1": article(), "extra": article("extra")}, {"a1": gold, "g2": gold})
    assert report.notes == ["1 predicted article without gold not compared"]
    assert report.articles_added == ["g2"]  # no prediction: its gold entries are false negatives
    a1 = next(a for a in report.articles if a.article_id == "a1")
    assert [(r.op, r.change, r.label) for r in a1.records] == [("-", "removed", "renewal Harbour Lights S3")]
    # The optional gold event is never "missing": it is kept apart and not counted.
    assert [(r.change, r.label) for r in a1.optional] == [("optional", "production_start Harbour Lights S3")]
    assert (report.false_positives, report.false_negatives) == (1, 3)
    # A gold record without a show stands for the file's show (as in the scorer).
    gold_noshow = gold.model_copy(
        update={
            "show": "Harbour Lights",
            "events": [],
            "releases": [gold.releases[0].model_copy(update={"show": None})],
        }
    )
    report = diff_against_gold({"a1": article(events=[])}, {"a1": gold_noshow})
    assert report.equal


# --- CLI ------------------------------------------------------------------------------------


def test_cli_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_dir(tmp_path / "old", article(), article("b2"))
    same = write_dir(tmp_path / "same", article("b2"), article())
    new = write_dir(tmp_path / "new", article(cast=[]), article("b2"))
    assert main(["diff", str(old), str(same)]) == 0
    assert capsys.readouterr().out == "no differences\n"
    assert main(["diff", str(old), str(new), "--json"]) == 1
    out = capsys.readouterr().out
    data = json.loads(out)
    assert out == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert data["articles"][0]["records"][0]["op"] == "-"
    assert main(["diff", str(old), str(new)]) == 1
    assert "\033[" not in capsys.readouterr().out  # captured stdout is not a TTY


def test_cli_single_files_with_different_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_dir(tmp_path / "o", article("x1"))
    write_dir(tmp_path / "n", article("x2", events=[]))
    assert main(["diff", str(tmp_path / "o" / "x1.json"), str(tmp_path / "n" / "x2.json")]) == 1
    out = capsys.readouterr().out
    assert "~ article.id: 'x1' -> 'x2'" in out and "- event    renewal Harbour Lights S3" in out


def test_cli_bad_input_names_file_record_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_dir(tmp_path / "good", article())
    bad = write_dir(tmp_path / "bad", article())
    data = json.loads((bad / "a1.json").read_text())
    del data["cast"][0]["actor"]
    (bad / "a1.json").write_text(json.dumps(data))
    assert main(["diff", str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a1.json" in err and "cast[0].actor" in err

    (bad / "a1.json").write_text("{broken")
    assert main(["diff", str(good), str(bad)]) == 2
    assert "invalid JSON" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["diff", "{d}"],
        ["diff", "{d}", "{d}", "--against", "{d}"],
        ["diff", "{d}/missing", "{d}"],
        ["diff", "{d}", "{d}/a1.json"],
        ["diff", "{d}", "--against", "{d}/a1.json"],
    ],
)
def test_cli_usage_errors_exit_2(argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_dir(tmp_path / "d", article())
    assert main([a.format(d=folder) for a in argv]) == 2
    assert capsys.readouterr().err.startswith("hsextract diff: error:")


def test_cli_against_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = write_dir(tmp_path / "pred", article())
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"article_id": "a1", "cast": [{"actor": "Mara Quill", "character": "Ines Vale"}]}
    (gold_dir / "a1.json").write_text(json.dumps(gold))
    assert main(["diff", str(pred), "--against", str(gold_dir)]) == 1
    out = capsys.readouterr().out
    assert "- release  Harbour Lights S2 premiere 2024-05-03" in out
    assert "cast" not in out.split("== a1")[1].split("\n", 1)[1].split("release")[0]


def test_load_side_ignores_manifest(tmp_path: Path) -> None:
    folder = write_dir(tmp_path / "d", article(), article("b2"))
    assert sorted(load_side(folder)) == ["a1", "b2"]


def test_import_does_not_pull_in_nlp_libraries() -> None:
    code = (
        "import sys, hsextract.diff, hsextract.review; "
        "print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"
