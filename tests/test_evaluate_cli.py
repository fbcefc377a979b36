"""`hsextract eval` and `evaluate_dirs` on gold/prediction folders written to tmp_path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hsextract.cli import main
from hsextract.evaluate import EvalError, evaluate_dirs, format_report, report_to_dict
from hsextract.jsonio import RecordFileError, dumps
from hsextract.models import ArticleInfo, ArticleOutput, CastRecord, Evidence, GoldCast, GoldFile, GoldRelease


def cast(actor: str, character: str) -> CastRecord:
    text = f"{actor} as {character}"
    return CastRecord(
        actor=actor, character=character, evidence=[Evidence(start=0, end=len(text), text=text, rule="t")]
    )


def write_gold(folder: Path, aid: str, **records: Any) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{aid}.json").write_text(dumps(GoldFile(article_id=aid, show="Paper Lanterns", **records)))


def write_pred(folder: Path, aid: str, status: str = "ok", **records: Any) -> None:
    folder.mkdir(exist_ok=True)
    info = ArticleInfo(id=aid, source=f"corpus/{aid}.txt", sha256="0" * 64, chars=100)
    (folder / f"{aid}.json").write_text(dumps(ArticleOutput(article=info, status=status, **records)))


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    """Gold a, b, d; predictions b, c, d (a missing, c without gold, d empty)."""
    g, p = tmp_path / "gold", tmp_path / "pred"
    write_gold(
        g, "a", cast=[GoldCast(actor="Maelis Roe", character="Quill")], releases=[GoldRelease(season=1)]
    )
    write_gold(
        g,
        "b",
        cast=[
            GoldCast(actor="Odo Pike", character="Farrow"),
            GoldCast(actor="Sel Mara", character="Tamsin"),
            GoldCast(actor="Ivo Dunn", character="Brother Lune"),
        ],
    )
    write_gold(g, "d", cast=[GoldCast(actor="Kai Moor", character="Ysolde")])
    write_pred(p, "b", cast=[cast("Odo Pike", "Farrow"), cast("Sel Mara", "Tamsin"), cast("Uma Bell", "Pim")])
    write_pred(p, "c", cast=[cast("Zed Fane", "Ysmay")])
    write_pred(p, "d", status="empty")
    (p / "manifest.json").write_text("{}")  # not an article
    return g, p


def test_unequal_article_sets_and_micro_sums(dirs: tuple[Path, Path]) -> None:
    report = evaluate_dirs(*dirs)
    assert [a.article_id for a in report.articles] == ["a", "b", "d"]
    assert report.missing_predictions == ["a"] and report.no_gold == ["c"]
    per = {a.article_id: (a.overall.tp, a.overall.fp, a.overall.fn) for a in report.articles}
    assert per == {"a": (0, 0, 2), "b": (2, 1, 1), "d": (0, 0, 1)}
    micro = report.overall
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 4)
    assert report.micro["cast"].fn == 3 and report.micro["releases"].fn == 1
    # micro is pooled counts, not the mean of per-article scores
    assert micro.recall == pytest.approx(2 / 6)
    assert micro.recall != pytest.approx(sum(a.overall.recall for a in report.articles) / 3)
    fn_articles = sorted(m.article for m in report.false_negatives)
    assert fn_articles == ["a", "a", "b", "d"]


def test_text_report(dirs: tuple[Path, Path]) -> None:
    text = format_report(evaluate_dirs(*dirs))
    assert "missing prediction: a" in text and "no gold for c" in text
    assert '"Uma Bell as Pim"' in text  # the FP's evidence
    assert "Ivo Dunn as Brother Lune (no season)" in text  # the FN's key fields
    micro_line = next(line for line in text.splitlines() if line.startswith("micro"))
    assert micro_line.split() == ["micro", "2", "1", "4", "0.667", "0.333", "0.444"]
    assert any(line.startswith("d ") and line.endswith("empty") for line in text.splitlines())


def test_cli_text_and_json(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    g, p = dirs
    assert main(["eval", "--gold", str(g), "--pred", str(p)]) == 0
    assert "missing prediction: a" in capsys.readouterr().out
    assert main(["eval", "--gold", str(g), "--pred", str(p), "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data == json.loads(json.dumps(report_to_dict(evaluate_dirs(g, p))))
    assert out == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"  # keys sorted
    assert data["micro"]["all"]["tp"] == 2 and data["articles"]["a"]["missing_prediction"] is True
    assert data["no_gold"] == ["c"] and data["mode"] == "lenient"


def test_cli_strict_and_article_filter(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    g, p = dirs
    write_pred(p, "a", cast=[cast("Maelis", "Quill")])
    assert main(["eval", "--gold", str(g), "--pred", str(p), "--json", "--article", "a", "c"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["articles"]) == ["a"] and data["no_gold"] == ["c"]
    assert data["micro"]["cast"]["tp"] == 1
    assert main(["eval", "--gold", str(g), "--pred", str(p), "--json", "--strict", "--article", "a"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["mode"] == "strict" and data["micro"]["cast"]["tp"] == 0


def test_malformed_gold_exits_2_naming_file_record_field(
    dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    g, p = dirs
    bad = {"article_id": "b", "cast": [{"actor": "Odo Pike", "character": "Farrow"}, {"actor": "Sel Mara"}]}
    (g / "b.json").write_text(json.dumps(bad))
    assert main(["eval", "--gold", str(g), "--pred", str(p)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(g / "b.json") in err and "cast[1].character" in err


def test_malformed_prediction_exits_2(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    g, p = dirs
    data = json.loads((p / "b.json").read_text())
    data["cast"][2]["evidence"][0]["end"] = 999
    (p / "b.json").write_text(json.dumps(data))
    assert main(["eval", "--gold", str(g), "--pred", str(p)]) == 2
    err = capsys.readouterr().err
    assert str(p / "b.json") in err and "cast[2].evidence[0]" in err


def test_mismatched_id_and_bad_arguments(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    g, p = dirs
    with pytest.raises(EvalError, match="zzz"):
        evaluate_dirs(g, p, articles=["b", "zzz"])
    with pytest.raises(EvalError, match="not a directory"):
        evaluate_dirs(g, p / "nope")
    assert main(["eval", "--gold", str(g), "--pred", str(p), "--article", "zzz"]) == 2
    assert "zzz" in capsys.readouterr().err
    write_pred(p, "elsewhere")
    (p / "elsewhere.json").rename(p / "d.json")
    with pytest.raises(RecordFileError, match="does not match the file name"):
        evaluate_dirs(g, p)
