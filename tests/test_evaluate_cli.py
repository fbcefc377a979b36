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


@pytest.fixture
def split_dirs(tmp_path: Path) -> tuple[Path, Path]:
    """Gold in dev/ (a, b) and a sealed test/ (t1, t2); predictions for all four."""
    g, p = tmp_path / "gold", tmp_path / "pred"
    g.mkdir()
    write_gold(g / "dev", "a", cast=[GoldCast(actor="Maelis Roe", character="Quill")])
    write_gold(g / "dev", "b", cast=[GoldCast(actor="Odo Pike", character="Farrow")])
    write_gold(g / "test", "t1", cast=[GoldCast(actor="Sel Mara", character="Tamsin")])
    write_gold(g / "test", "t2", cast=[GoldCast(actor="Ivo Dunn", character="Lune")])
    (g / "test" / "SEALED").write_text("")
    write_pred(p, "a", cast=[cast("Maelis Roe", "Quill")])
    write_pred(p, "b", cast=[cast("Odo Pike", "Harrow")])
    write_pred(p, "t1", cast=[cast("Sel Mara", "Tamsin"), cast("Leaky Secret", "Hidden Role")])
    write_pred(p, "t2")
    return g, p


def test_splits_get_their_own_tables_and_the_sealed_one_hides_its_errors(
    split_dirs: tuple[Path, Path],
) -> None:
    report = evaluate_dirs(*split_dirs)
    assert {a.article_id: a.split for a in report.articles} == {
        "a": "dev",
        "b": "dev",
        "t1": "test",
        "t2": "test",
    }
    assert [a.article_id for a in report.open_articles] == ["a", "b"]
    text = format_report(report)
    assert "split dev (2 article(s))" in text and "split test (2 article(s), sealed: totals only)" in text
    # the test table: 1 tp, 1 fp, 1 fn; the dev table: 1 tp, 1 fp, 1 fn; all: 2/2/2
    test_table = text.split("split test")[1].split("\n\n")[0]
    assert test_table.splitlines()[2].split() == ["cast", "1", "1", "1", "0.500", "0.500", "0.500"]
    assert text.split("split dev")[0].splitlines()[4].split()[:4] == ["cast", "2", "2", "2"]
    assert "Leaky Secret" not in text and "Ivo Dunn" not in text and "t1 " not in text
    assert "Odo Pike" in text  # dev errors stay listed
    assert "2 article(s) of sealed split(s) not shown" in text
    data = report_to_dict(report)
    assert sorted(data["articles"]) == ["a", "b"]
    assert data["splits"]["test"]["sealed"] is True and data["splits"]["test"]["micro"]["cast"]["fp"] == 1
    assert "Leaky Secret" not in json.dumps(data)


def test_unseal_shows_the_sealed_split(
    split_dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    g, p = split_dirs
    assert main(["eval", "--gold", str(g), "--pred", str(p), "--unseal"]) == 0
    out = capsys.readouterr().out
    assert "Leaky Secret" in out and "split test (2 article(s))" in out


def test_an_id_in_two_splits_is_an_error(split_dirs: tuple[Path, Path]) -> None:
    g, p = split_dirs
    write_gold(g / "dev", "t1", cast=[])
    with pytest.raises(RecordFileError, match="already read from"):
        evaluate_dirs(g, p)


def test_nothing_to_score_exits_1_and_never_shows_a_perfect_score(
    dirs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    g, _ = dirs
    other = tmp_path / "other"
    write_pred(other, "zzz", cast=[cast("Zed Fane", "Ysmay")])
    assert main(["eval", "--gold", str(g), "--pred", str(other)]) == 1
    captured = capsys.readouterr()
    assert "no prediction in" in captured.err and "1.000" not in captured.out
    assert main(["eval", "--gold", str(g), "--pred", str(other), "--article", "zzz"]) == 1
    captured = capsys.readouterr()
    assert "none of the chosen articles has gold" in captured.err and "1.000" not in captured.out
