"""The output contract on the whole corpus: exact evidence, schema-valid, byte-deterministic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from hsextract.cli import main
from hsextract.ingest import read_text_file
from hsextract.jsonio import dumps, load_output, output_files
from hsextract.models import ArticleOutput, Manifest
from hsextract.pipeline import Extractor, run_extract
from hsextract.schema import output_schema
from hsextract.validate import EvidenceMismatch, offset_problems, validate_output

from .conftest import CORPUS, OUTPUTS


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus extracted exactly as `make run` does it: from the repo root, path `corpus`."""
    out = tmp_path_factory.mktemp("run1")
    cwd = Path.cwd()
    os.chdir(CORPUS.parent)
    try:
        run_extract([Path("corpus")], out)
    finally:
        os.chdir(cwd)
    return out


def _texts() -> dict[str, str]:
    return {p.stem: read_text_file(p).text for p in sorted(CORPUS.rglob("*.txt"))}  # type: ignore[union-attr]


def test_every_evidence_quotes_the_article_exactly(corpus_run: Path) -> None:
    texts = _texts()
    checked = 0
    for path in output_files(corpus_run):
        out = load_output(path)
        assert offset_problems(out, texts[out.article.id]) == []
        checked += sum(
            len(r.evidence) for kind in ("cast", "releases", "episodes", "events") for r in getattr(out, kind)
        )
    assert checked > 50  # the check ran over real records, not an empty run


def test_outputs_validate_against_the_published_schema(corpus_run: Path) -> None:
    schema = output_schema()
    files = output_files(corpus_run)
    assert len(files) == len(list(CORPUS.rglob("*.txt")))
    for path in files:
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)


def test_rerun_is_byte_identical(corpus_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CORPUS.parent)
    run_extract([Path("corpus")], tmp_path)
    first = {p.name: p.read_bytes() for p in corpus_run.glob("*.json")}
    second = {p.name: p.read_bytes() for p in tmp_path.glob("*.json")}
    assert first == second


def test_manifest_lists_every_article_once(corpus_run: Path) -> None:
    manifest = Manifest.model_validate_json((corpus_run / "manifest.json").read_text(encoding="utf-8"))
    ids = [e.id for e in manifest.articles]
    assert sorted(ids) == sorted(p.stem for p in CORPUS.rglob("*.txt"))
    assert all(e.status in {"ok", "empty"} and e.sha256 for e in manifest.articles)


def test_committed_outputs_match_a_fresh_run(corpus_run: Path) -> None:
    """outputs/ is committed for review with git diff: it must be what the code produces now."""
    committed = {p.name: p.read_text(encoding="utf-8") for p in output_files(OUTPUTS)}
    fresh = {p.name: p.read_text(encoding="utf-8") for p in output_files(corpus_run)}
    assert committed == fresh, "outputs/ is stale: run `make run` and commit outputs/"


def test_validate_rejects_a_shifted_span(extractor: Extractor) -> None:
    from .conftest import make_article

    out = extractor.extract_one(make_article("Corwin Bale stars as Elias Thorn in the drama."))
    bad = out.model_copy(deep=True)
    ev = bad.cast[0].evidence[0]
    ev_data = ev.model_dump()
    ev_data.update(start=ev.start + 1, end=ev.end + 1)
    bad.cast[0].evidence[0] = type(ev).model_validate(ev_data)
    with pytest.raises(EvidenceMismatch, match=r"cast\[0\]\.evidence\[0\]"):
        validate_output(bad, "Corwin Bale stars as Elias Thorn in the drama.")


def test_jsonl_has_one_line_per_record(tmp_path: Path) -> None:
    jsonl = tmp_path / "records.jsonl"
    run_extract([CORPUS / "dev" / "000_697e59239cb9869f.txt"], tmp_path / "out", jsonl=jsonl)
    out = ArticleOutput.model_validate_json((tmp_path / "out" / "000_697e59239cb9869f.json").read_text())
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == sum(len(getattr(out, k)) for k in ("cast", "releases", "episodes", "events"))
    assert {r["article_id"] for r in rows} == {"000_697e59239cb9869f"}
    assert dumps(out) == (tmp_path / "out" / "000_697e59239cb9869f.json").read_text()


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--no-such-flag"])
    assert exc.value.code == 2
    assert main(["extract", "/no/such/folder", "--out", "/tmp/x"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main([]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["bogus"])
    assert exc.value.code == 2


def test_schema_command_prints_the_model_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == output_schema()


def test_only_the_components_the_stages_read_are_loaded(extractor: Extractor) -> None:
    """No rule reads dependencies or lemmas, so neither the parser nor the lemmatizer runs."""
    names = extractor.nlp.pipe_names
    assert "parser" not in names and "lemmatizer" not in names
    assert {"tagger", "attribute_ruler", "ner", "senter"} <= set(names)  # TAG, POS, entities, sentences


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_outputs_do_not_depend_on_the_hash_seed(corpus_run: Path, tmp_path: Path, seed: str) -> None:
    """Set and dict order must never reach the output: another process with another string-hash
    seed writes the same bytes (a caption's "FRANK HALE" once won over "Frank Hale" by set order)."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = "import sys; from hsextract.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["extract", "corpus", "--out", str(tmp_path), "--quiet", "--no-cache"]
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=CORPUS.parent, env=env, timeout=600, check=False
    )
    assert done.returncode == 0
    first = {p.name: p.read_bytes() for p in corpus_run.glob("*.json") if p.name != "manifest.json"}
    second = {p.name: p.read_bytes() for p in tmp_path.glob("*.json") if p.name != "manifest.json"}
    assert first == second
