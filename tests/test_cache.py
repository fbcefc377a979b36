"""Re-runs skip unchanged articles; anything that could change an output invalidates its entry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import hsextract.cache as cache_mod
import hsextract.pipeline as pipeline
from hsextract.pipeline import Extractor, run_extract

TEXTS = {
    "one": "Corwin Bale stars as Elias Thorn in the new drama.\n",
    "two": "Glass Orchard season 2 will premiere on Netflix on March 3, 2026.\n",
}


def corpus(folder: Path, texts: dict[str, str] = TEXTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json"))}


class NoModel(Extractor):
    def __init__(self, model: str | None = None) -> None:
        raise AssertionError("the model was loaded although every output was cached")


def test_unchanged_rerun_loads_no_model_and_writes_the_same_bytes(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, out = corpus(tmp_path / "c"), tmp_path / "o"
    run_extract([src], out, extractor=extractor)
    first = snapshot(out)
    monkeypatch.setattr(pipeline, "Extractor", NoModel)
    result = run_extract([src], out)
    assert snapshot(out) == first
    assert {e.status for e in result.entries} == {"ok"} and all(e.counts for e in result.entries)


def test_changed_article_is_extracted_again_alone(tmp_path: Path, extractor: Extractor) -> None:
    src, out = corpus(tmp_path / "c"), tmp_path / "o"
    run_extract([src], out, extractor=extractor)
    (src / "one.txt").write_text("Tamsin Greaves plays Odile Marchbank.\n", encoding="utf-8")
    seen: list[str] = []
    original = pipeline.extract_all

    def spy(ex: Extractor, todo: list):  # type: ignore[no-untyped-def, type-arg]
        seen.extend(a.id for a in todo)
        return original(ex, todo)

    pipeline.extract_all = spy  # type: ignore[assignment]
    try:
        run_extract([src], out, extractor=extractor)
    finally:
        pipeline.extract_all = original  # type: ignore[assignment]
    assert seen == ["one"]
    assert "Odile Marchbank" in (out / "one.json").read_text(encoding="utf-8")


def test_a_changed_rule_or_code_invalidates_everything(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, out = corpus(tmp_path / "c"), tmp_path / "o"
    run_extract([src], out, extractor=extractor)
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "a-rule-changed")
    monkeypatch.setattr(pipeline, "Extractor", NoModel)
    with pytest.raises(AssertionError, match="model was loaded"):
        run_extract([src], out)


def test_code_fingerprint_covers_rule_files() -> None:
    root = Path(cache_mod.__file__).parent
    assert any(p.suffix == ".json" for p in (root / "rules").iterdir())
    assert len(cache_mod.code_fingerprint()) == 64


def test_force_extracts_again(tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    src, out = corpus(tmp_path / "c"), tmp_path / "o"
    run_extract([src], out, extractor=extractor)
    monkeypatch.setattr(pipeline, "Extractor", NoModel)
    with pytest.raises(AssertionError, match="model was loaded"):
        run_extract([src], out, use_cache=False)


def test_no_cache_neither_reads_nor_records(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, out = corpus(tmp_path / "c"), tmp_path / "o"
    run_extract([src], out, extractor=extractor)
    keys = out / cache_mod.CACHE_DIR
    assert sorted(p.name for p in keys.iterdir()) == ["one.key", "two.key"]
    first = snapshot(out)
    run_extract([src], out, extractor=extractor, use_cache=False, store_cache=False)
    assert list(keys.iterdir()) == []  # the old keys went with the outputs they vouched for
    assert snapshot(out) == first
    monkeypatch.setattr(pipeline, "Extractor", NoModel)
    with pytest.raises(AssertionError, match="model was loaded"):  # nothing cached: extracts again
        run_extract([src], out)


def test_no_cache_flag_on_the_command_line(tmp_path: Path) -> None:
    src, out = corpus(tmp_path / "c", {"one": TEXTS["one"]}), tmp_path / "o"
    cmd = [
        sys.executable,
        "-m",
        "hsextract.cli",
        "extract",
        str(src),
        "--out",
        str(out),
        "--no-cache",
        "--quiet",
    ]
    subprocess.run(cmd, check=True, capture_output=True)
    assert (out / "one.json").exists() and not any((out / cache_mod.CACHE_DIR).glob("*.key"))


@pytest.mark.slow
def test_two_jobs_give_the_same_bytes_as_one(tmp_path: Path, extractor: Extractor) -> None:
    texts = {
        f"a{i:02d}": f"Actor Number{i} Smith will play Role{i} Jones in Glass Orchard season {i % 4 + 1}.\n"
        for i in range(20)
    }
    src = corpus(tmp_path / "c", texts)
    run_extract([src], tmp_path / "j1", extractor=extractor, use_cache=False)
    run_extract([src], tmp_path / "j2", jobs=2, use_cache=False)
    assert snapshot(tmp_path / "j1") == snapshot(tmp_path / "j2")


def test_help_imports_neither_spacy_nor_dateparser() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from hsextract.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(['--help'])\n"
        "    except SystemExit: pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'spacy', 'dateparser', 'thinc'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
