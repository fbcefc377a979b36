"""`hsextract diff OUT --against GOLD`: counts as eval counts them, change kinds, optional entries,
`--only key`, sealed splits; and on the development corpus, diff and eval agree."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hsextract.cli import main
from hsextract.diff_format import format_text
from hsextract.diff_gold import diff_against_gold
from hsextract.evaluate import score_article
from hsextract.jsonio import dumps
from hsextract.models import ArticleOutput, GoldFile

from .conftest import DEV_CORPUS, DEV_GOLD, ROOT

TEXT = "x" * 400


def ev(rule: str = "r.test") -> list[dict[str, Any]]:
    return [{"start": 0, "end": 5, "text": "xxxxx", "rule": rule}]


def pred(aid: str = "a1", **records: Any) -> ArticleOutput:
    info = {"id": aid, "source": f"corpus/{aid}.txt", "sha256": "0" * 64, "chars": len(TEXT)}
    filled = {k: [{**r, "evidence": ev()} for r in v] for k, v in records.items()}
    return ArticleOutput.model_validate({"article": info, **filled})


def gold(aid: str = "a1", **records: Any) -> GoldFile:
    return GoldFile.model_validate({"article_id": aid, "show": "Tern Point", **records})


def release(date: str, **kw: Any) -> dict[str, Any]:
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    return {"show": "Tern Point", "season": 2, "date": date, "precision": precision, **kw}


def cases() -> tuple[ArticleOutput, GoldFile]:
    """One of every situation: exact, lenient name, field difference, FP, FN, a corrected date,
    an optional entry matched (ignored) and one missed, a prediction without a show."""
    p = pred(
        cast=[
            {"actor": "Wren Abney", "character": "Ida Moss"},  # exact
            {"actor": "Colm Ferris", "character": "Nate"},  # lenient prefix of "Nate Quarry"
            {"actor": "Pia Lund", "character": "Agnes", "description": "a nurse"},  # field differs
            {"actor": "Harbour Gate", "character": "Somewhere"},  # FP
            {"actor": "Ros Keel", "character": "The Mayor"},  # matches an optional entry
        ],
        releases=[
            {**release("2025-03-04"), "show": None},  # the file's show; a corrected date below
            {**release("2025-05"), "season": 3},
        ],
        events=[{"kind": "renewal", "seasons": [3]}],
    )
    g = gold(
        cast=[
            {"actor": "Wren Abney", "character": "Ida Moss"},
            {"actor": "Colm Ferris", "character": "Nate Quarry"},
            {"actor": "Pia Lund", "character": "Agnes", "description": "a midwife"},
            {"actor": "Ros Keel", "character": "The Mayor", "optional": True},
            {"actor": "Juno Hale", "character": "Bex"},  # FN
        ],
        releases=[release("2025-03-11"), {**release("2025-05"), "season": 3}],
        events=[
            {"kind": "renewal", "seasons": [3]},
            {"kind": "first_look", "seasons": [2], "optional": True},  # optional, never predicted
        ],
    )
    return p, g


@pytest.mark.parametrize("strict", [False, True])
def test_counts_equal_the_scorers(strict: bool) -> None:
    p, g = cases()
    report = diff_against_gold({"a1": p}, {"a1": g}, strict=strict)
    scored = score_article(g, p, strict=strict).overall
    assert (report.false_positives, report.false_negatives) == (scored.fp, scored.fn)
    summary = format_text(report, color=False).splitlines()[-1]
    assert f"{scored.fp} false positive" in summary and f"{scored.fn} false negative" in summary


def test_each_change_says_what_it_is() -> None:
    p, g = cases()
    (art,) = diff_against_gold({"a1": p}, {"a1": g}).articles
    got = sorted((r.change, r.kind, r.label) for r in art.records)
    assert got == [
        ("added", "cast", "Juno Hale as Bex"),
        ("fields", "cast", "Colm Ferris as Nate"),  # matched by eval's lenient names
        ("fields", "cast", "Pia Lund as Agnes"),
        ("key", "releases", "Tern Point S2 premiere 2025-03-04"),
        ("removed", "cast", "Harbour Gate as Somewhere"),
    ]
    key = next(r for r in art.records if r.change == "key")
    assert [(c.field, c.old, c.new) for c in key.changes] == [("date", "2025-03-04", "2025-03-11")]
    assert [r.label for r in art.optional] == ["first_look Tern Point S2"]
    # Strict names: "Nate" no longer matches "Nate Quarry"; the same actor makes it one key change.
    (strict,) = diff_against_gold({"a1": p}, {"a1": g}, strict=True).articles
    assert ("key", "Colm Ferris as Nate") in {(r.change, r.label) for r in strict.records}


def _write(folder: Path, docs: list[Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        name = d.article.id if isinstance(d, ArticleOutput) else d.article_id
        (folder / f"{name}.json").write_text(dumps(d), encoding="utf-8")
    return folder


def test_cli_only_key_and_optional_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p, g = cases()
    out, gold_dir = _write(tmp_path / "out", [p]), _write(tmp_path / "gold", [g])
    assert main(["diff", str(out), "--against", str(gold_dir)]) == 1
    text = capsys.readouterr().out
    assert "[matched; fields differ]" in text and "[optional]" not in text
    assert "1 optional gold entry not predicted (not counted; --show-optional lists them)" in text
    assert main(["diff", str(out), "--against", str(gold_dir), "--show-optional"]) == 1
    assert "+ event    first_look Tern Point S2  [optional]" in capsys.readouterr().out
    assert main(["diff", str(out), "--against", str(gold_dir), "--only", "key"]) == 1
    keyed = capsys.readouterr().out
    assert "[matched; fields differ]" not in keyed and "Pia Lund" not in keyed
    for needle in ("[false positive]", "[false negative]", "[key: 1 FP + 1 FN]"):
        assert needle in keyed
    assert keyed.splitlines()[-1].startswith(
        "1 article differ from gold: 2 false positives, 2 false negatives"
    )
    assert main(["diff", str(out), "--against", str(gold_dir), "--json"]) == 1
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert (counts["false_positives"], counts["false_negatives"], counts["change_optional"]) == (2, 2, 1)
    # Matched-only differences: nothing eval counts, so `--only key` finds the run equal to gold.
    exact = pred(cast=[{"actor": "Pia Lund", "character": "Agnes"}])
    _write(tmp_path / "out2", [exact])
    _write(tmp_path / "gold2", [gold(cast=[{"actor": "Pia Lund", "character": "Agnes", "description": "x"}])])
    argv = ["diff", str(tmp_path / "out2"), "--against", str(tmp_path / "gold2")]
    assert main(argv) == 1 and main([*argv, "--only", "key"]) == 0


def test_sealed_split_is_not_compared_unless_unsealed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    g = tmp_path / "gold"
    _write(g / "dev", [gold("d1", cast=[{"actor": "Ada Vey", "character": "Rook"}])])
    _write(g / "test", [gold("t1", cast=[{"actor": "Secret Actor", "character": "Hidden"}])])
    (g / "test" / "SEALED").write_text("", encoding="utf-8")
    out = _write(tmp_path / "out", [pred("d1"), pred("t1", cast=[{"actor": "Leaky Name", "character": "Q"}])])
    assert main(["diff", str(out), "--against", str(g)]) == 1
    text = capsys.readouterr().out
    assert "Secret Actor" not in text and "Leaky Name" not in text and "t1" not in text
    assert "1 article(s) of sealed gold split(s) not compared (--unseal compares them)" in text
    assert "== d1" in text and "Ada Vey as Rook  [false negative]" in text
    # The sealed split folder itself: nothing of it is compared either.
    assert main(["diff", str(out), "--against", str(g / "test")]) == 1
    captured = capsys.readouterr()
    assert "Secret Actor" not in captured.out + captured.err and "no article compared" in captured.err
    assert main(["diff", str(out), "--against", str(g), "--unseal"]) == 1
    text = capsys.readouterr().out
    assert "Secret Actor as Hidden  [false negative]" in text and "Leaky Name as Q  [false positive]" in text


def test_unseal_and_strict_need_against(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _write(tmp_path / "out", [pred()])
    assert main(["diff", str(out), str(out), "--unseal"]) == 2
    assert "need --against" in capsys.readouterr().err


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "hsextract.cli", *argv]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_diff_against_gold_agrees_with_eval_on_the_dev_corpus(tmp_path: Path) -> None:
    """The issue's acceptance check: the dev articles extracted afresh, then the diff's summary
    line and eval's micro FP/FN for the same two folders."""
    out = tmp_path / "dev"
    assert _run("extract", str(DEV_CORPUS), "--out", str(out), "--quiet").returncode == 0
    evaluated = _run("eval", "--gold", str(DEV_GOLD), "--pred", str(out), "--json")
    assert evaluated.returncode == 0, evaluated.stderr
    micro = json.loads(evaluated.stdout)["micro"]["all"]
    diffed = _run("diff", str(out), "--against", str(DEV_GOLD))
    assert diffed.returncode == (1 if micro["fp"] or micro["fn"] else 0), diffed.stderr
    last = diffed.stdout.splitlines()[-1]
    found = re.search(r"(\d+) false positives?, (\d+) false negatives?", last)
    assert found, last
    assert (int(found[1]), int(found[2])) == (micro["fp"], micro["fn"])
    keyed = _run("diff", str(out), "--against", str(DEV_GOLD), "--only", "key", "--json")
    counts = json.loads(keyed.stdout)["counts"]
    assert (counts["false_positives"], counts["false_negatives"]) == (micro["fp"], micro["fn"])
