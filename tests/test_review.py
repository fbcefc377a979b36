"""Tests for `hsextract review` without a browser: data, escaping, determinism, gold marking, CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from hsextract.cli import main
from hsextract.evaluate import evaluate_dirs
from hsextract.models import ArticleOutput, GoldFile
from hsextract.review import build_page, embed_json, find_text, page_data, render_page

EVIL = "</script><script>alert(1)</script>"
TEXT = (
    "Mara Quill plays Detective Ines Vale in Harbour Lights. Season 2 premieres on May 3, 2024 "
    f"on StreamCo. Tobias Renn joins as Lio Marsh. A reader wrote {EVIL} & <b>bold</b>.\n"
)


def ev(snippet: str, rule: str = "r.test", text: str = TEXT) -> dict[str, Any]:
    start = text.index(snippet)
    return {"start": start, "end": start + len(snippet), "text": snippet, "rule": rule}


def output(aid: str = "a1", source: str = "corpus/a1.txt", **kw: Any) -> ArticleOutput:
    data: dict[str, Any] = {
        "article": {
            "id": aid,
            "source": source,
            "sha256": "0" * 64,
            "chars": len(TEXT),
            "title": f"News {aid}",
        },
        "cast": [
            {
                "actor": "Mara Quill",
                "character": "Ines Vale",
                "evidence": [ev("Mara Quill plays Detective Ines Vale")],
            },
            {
                "actor": "Tobias Renn",
                "character": "Lio Marsh",
                "evidence": [ev("Tobias Renn joins as Lio Marsh")],
            },
            {"actor": "Ines Vale", "character": "Harbour", "evidence": [ev("Ines Vale in Harbour")]},
        ],
        "releases": [
            {
                "show": "Harbour Lights",
                "season": 2,
                "date": "2024-05-03",
                "precision": "day",
                "evidence": [ev("Season 2 premieres on May 3, 2024")],
            },
        ],
    }
    data.update(kw)
    return ArticleOutput.model_validate(data)


def gold(aid: str = "a1") -> GoldFile:
    return GoldFile.model_validate(
        {
            "article_id": aid,
            "show": "Harbour Lights",
            "cast": [
                {"actor": "Mara Quill", "character": "Ines Vale"},
                {"actor": "Tobias Renn", "character": "Lio Marsh", "optional": True},
                {"actor": "Pell Ardent", "character": "Captain Roe", "note": "named in the caption"},
            ],
            "releases": [{"show": "Harbour Lights", "season": 2, "date": "2024-05-03", "precision": "day"}],
        }
    )


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cwd with corpus/a1.txt, so relative `article.source` paths resolve as in a real run."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a1.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def embedded(html: str) -> Any:
    match = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', html, re.S)
    assert match is not None
    return json.loads(match.group(1))


def test_page_is_self_contained(workdir: Path) -> None:
    html = build_page({"a1": output()}, {"a1": gold()})
    assert not re.search(r"\b(src|href)\s*=", html, re.I)
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert "innerHTML" not in html  # the JS writes article data only through textContent


def test_script_breaking_text_stays_inert(workdir: Path) -> None:
    html = build_page({"a1": output()}, None)
    assert EVIL not in html and "<b>bold</b>" not in html
    assert html.count("<script") == 2 and html.count("</script>") == 2
    data = embedded(html)
    assert data["articles"][0]["text"] == TEXT  # round-trips exactly through the escaping
    assert data == json.loads(json.dumps(page_data({"a1": output()}, None, None)))


def test_embed_json_escapes_every_html_special() -> None:
    text = embed_json({"k": "<&>\u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"k": "<&>\u2028\u2029"}


def test_template_slots_in_data_are_not_expanded(workdir: Path) -> None:
    html = render_page({"articles": [], "summary": None, "x": "{{JS}} {{CSS}}"})
    assert embedded(html)["x"] == "{{JS}} {{CSS}}"


def test_same_inputs_same_bytes(workdir: Path) -> None:
    one = build_page({"a1": output(), "b2": output("b2")}, {"a1": gold()}, workdir / "corpus")
    two = build_page({"b2": output("b2"), "a1": output()}, {"a1": gold()}, workdir / "corpus")
    assert one == two


def test_text_from_source_then_corpus_else_a_note(workdir: Path) -> None:
    assert find_text("a1", output(), None) == (TEXT, None)
    moved = output(source="elsewhere/a1.txt")
    assert find_text("a1", moved, workdir / "corpus") == (TEXT, None)
    text, note = find_text("a1", moved, None)
    assert text is None and note is not None and "elsewhere/a1.txt" in note
    art = page_data({"a1": moved}, None, None)["articles"][0]
    assert art["text"] is None and "not found" in art["text_note"]
    assert len(art["records"]) == 4  # records are still shown


def test_absolute_source_path(tmp_path: Path) -> None:
    path = tmp_path / "abs.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert find_text("a1", output(source=str(path)), None) == (TEXT, None)


def test_evidence_mismatch_is_flagged(workdir: Path) -> None:
    wrong = {"start": 0, "end": 4, "text": "Jane", "rule": "bad"}
    beyond = {"start": len(TEXT) + 5, "end": len(TEXT) + 9, "text": "gone", "rule": "bad"}
    out = output(
        events=[{"kind": "renewal", "seasons": [3], "evidence": [wrong, beyond, ev("Harbour Lights")]}]
    )
    art = page_data({"a1": out}, None, None)["articles"][0]
    spans = art["records"][-1]["spans"]
    assert [(s["ok"], s["inside"], s["found"]) for s in spans] == [
        (False, True, "Mara"),
        (False, False, None),
        (True, True, "Harbour Lights"),
    ]
    assert any("2 evidence span(s) do not match" in n for n in art["notes"])
    assert all(s["ok"] for r in art["records"][:-1] for s in r["spans"])


def test_gold_marks_tp_fp_optional_and_misses(workdir: Path) -> None:
    data = page_data({"a1": output()}, {"a1": gold()}, None)
    art = data["articles"][0]
    assert [(r["label"], r["mark"]) for r in art["records"]] == [
        ("Mara Quill as Ines Vale", "tp"),
        ("Tobias Renn as Lio Marsh", "opt"),
        ("Ines Vale as Harbour", "fp"),
        ("Harbour Lights S2 premiere 2024-05-03", "tp"),
    ]
    assert art["missed"] == [
        {
            "kind": "cast",
            "label": "Pell Ardent as Captain Roe",
            "fields": 'actor="Pell Ardent", character="Captain Roe"',
            "note": "named in the caption",
        }
    ]
    assert art["gold"] == {"fp": 1, "fn": 1}


def test_summary_agrees_with_the_scorer(workdir: Path) -> None:
    for folder, docs in (("pred", [output(), output("b2")]), ("gold", [gold(), gold("c3")])):
        (workdir / folder).mkdir()
        for doc in docs:
            aid = doc.article.id if isinstance(doc, ArticleOutput) else doc.article_id
            (workdir / folder / f"{aid}.json").write_text(doc.model_dump_json(), encoding="utf-8")
    data = page_data({"a1": output(), "b2": output("b2")}, {"a1": gold(), "c3": gold("c3")}, None)
    report = evaluate_dirs(workdir / "gold", workdir / "pred")
    rows = {r["type"]: r for r in data["summary"]["rows"]}
    for kind, counts in [*report.micro.items(), ("all", report.overall)]:
        assert (rows[kind]["tp"], rows[kind]["fp"], rows[kind]["fn"]) == (counts.tp, counts.fp, counts.fn)
        assert rows[kind]["f1"] == f"{counts.f1:.3f}"
    assert "1 article(s) without gold" in data["summary"]["caption"]
    gold_only = next(a for a in data["articles"] if a["id"] == "c3")
    assert gold_only["status"] == "missing" and gold_only["records"] == [] and len(gold_only["missed"]) == 3


def test_index_data_sorted_with_counts(workdir: Path) -> None:
    data = page_data({"z9": output("z9"), "a1": output()}, None, None)
    assert [a["id"] for a in data["articles"]] == ["a1", "z9"]
    assert data["articles"][0]["counts"] == {"cast": 3, "releases": 1, "episodes": 0, "events": 0}
    assert data["summary"] is None and data["articles"][0]["gold"] is None


# --- CLI ------------------------------------------------------------------------------------


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_cli_writes_identical_pages(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(workdir / "outputs", "a1.json", output().model_dump_json())
    write(workdir / "outputs", "manifest.json", "{}")
    write(workdir / "gold", "a1.json", gold().model_dump_json())
    argv = ["review", "--pred", "outputs", "--gold", "gold", "--corpus", "corpus"]
    assert main([*argv, "--out", "one.html"]) == 0
    assert main([*argv, "--out", "two.html"]) == 0
    assert "wrote one.html (1 outputs, 1 gold)" in capsys.readouterr().out
    assert (workdir / "one.html").read_bytes() == (workdir / "two.html").read_bytes()


def test_cli_errors_exit_2(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(workdir / "outputs", "a1.json", json.dumps({"article": {"id": "a1"}}))
    assert main(["review", "--pred", "outputs", "--out", "x.html"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a1.json" in err and "article.source" in err
    assert main(["review", "--pred", "outputs", "--gold", "nope", "--out", "x.html"]) == 2
    assert "nope: not a folder" in capsys.readouterr().err
    assert not (workdir / "x.html").exists()


# --- diff mode (`--against OLD`) -------------------------------------------------------------


def test_diff_mode_rows_agree_with_hsextract_diff(workdir: Path) -> None:
    from hsextract.diff import diff_outputs
    from hsextract.review_diff import diff_page_data

    old = output()
    new = output(
        cast=[old.cast[0].model_dump(), old.cast[1].model_dump()],  # the third record dropped
        releases=[{**old.releases[0].model_dump(), "platform": "StreamCo"}],
    )
    data = diff_page_data({"a1": new, "b2": output("b2")}, {"a1": old, "b2": output("b2")}, None)
    assert data["mode"] == "diff"
    a1, b2 = data["articles"]
    assert (a1["changed"], b2["changed"]) == (True, False)
    changes = [(r["kind"], r["change"], r["changed"]) for r in a1["rows"]]
    assert changes == [
        ("cast", "removed", []),
        ("cast", "same", []),
        ("cast", "same", []),
        ("releases", "fields", ["platform"]),
    ]
    assert a1["rows"][0]["new"] is None and a1["rows"][0]["old"]["label"] == "Ines Vale as Harbour"
    assert a1["rows"][0]["old"]["spans"][0]["text"] == "Ines Vale in Harbour"  # evidence beside it
    report = diff_outputs({"a1": old}, {"a1": new}, ignore_evidence=False)
    from_diff = sorted((r.kind, r.change) for r in report.articles[0].records)
    assert from_diff == sorted((r["kind"], r["change"]) for r in a1["rows"] if r["change"] != "same")
    assert data["summary"]["line"] == "1 article changed: +0 -1 ~1 records"


def test_diff_mode_cli_and_its_usage_errors(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(workdir / "outputs", "a1.json", output().model_dump_json())
    write(workdir / "outputs", "b2.json", output("b2").model_dump_json())
    write(workdir / "old", "a1.json", output(cast=[]).model_dump_json())
    args = ["review", "--pred", "outputs", "--against", "old", "--out", "diff.html"]
    assert main(args) == 0
    assert "(2 outputs, 1 old)" in capsys.readouterr().out
    page = (workdir / "diff.html").read_text(encoding="utf-8")
    data = embedded(page)
    assert data["mode"] == "diff" and [a["id"] for a in data["articles"]] == ["a1", "b2"]
    assert "window.hsRenderDiff" in page
    assert main([*args, "--gold", "gold"]) == 2
    assert "cannot be combined" in capsys.readouterr().err


def test_review_keeps_a_sealed_gold_split_sealed(workdir: Path) -> None:
    write(workdir / "outputs", "a1.json", output().model_dump_json())
    sealed = workdir / "gold2" / "test"
    sealed.mkdir(parents=True)
    (sealed / "a1.json").write_text(gold().model_dump_json(), encoding="utf-8")
    (sealed / "SEALED").write_text("", encoding="utf-8")
    for extra, marked in (([], False), (["--unseal"], True)):
        assert main(["review", "--pred", "outputs", "--gold", "gold2", "--out", "r.html", *extra]) == 0
        data = embedded((workdir / "r.html").read_text(encoding="utf-8"))
        a1 = next(a for a in data["articles"] if a["id"] == "a1")
        assert (a1["gold"] is not None) is marked
