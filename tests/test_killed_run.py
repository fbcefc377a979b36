"""Nothing lost: outputs are written as articles finish, a killed run leaves only whole files,
reruns are identical, and outputs of inputs that are gone are removed.

A run killed midway (SIGKILL: no cleanup code runs) loses nothing that was finished: each
output is written atomically, so after the kill every `*.json` in the output folder parses and
validates; the manifest (written first, then every few seconds) lists every input, the
unfinished ones as not processed yet; the next run completes the rest, clears leftover temp
files and writes the same bytes for the articles already done.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from hsextract import ner, outdir, run_manifest
from hsextract.cache import CACHE_DIR
from hsextract.ingest import Article
from hsextract.jsonio import dumps, load_output, output_files
from hsextract.models import Manifest
from hsextract.pipeline import PENDING, Extractor, run_extract

from .test_bad_input import load_manifest, small_corpus

N_ARTICLES = 60
SYLLABLES = ["ka", "lo", "mi", "ren", "tha", "vo", "bel", "dra", "sen", "quo", "fi", "mar"]


def name(i: int, j: int) -> str:
    s = SYLLABLES
    return f"{s[i % 12].capitalize()}{s[(i + j) % 12]} {s[(i // 12 + j) % 12].capitalize()}ton"


def write_corpus(folder: Path) -> None:
    """60 distinct small articles, three cast paragraphs each (a few seconds of work in all)."""
    folder.mkdir()
    for i in range(N_ARTICLES):
        paragraphs = [
            f"{name(i, j)} will play Captain {SYLLABLES[j].capitalize()}{SYLLABLES[i % 12]} in Paper "
            f"Lanterns season {j + 2}, the studio said. The writers have been working on the new scripts "
            "since the end of last year, and filming starts in the spring."
            for j in range(3)
        ]
        (folder / f"a{i:02d}.txt").write_text("Paper Lanterns news\n\n" + "\n\n".join(paragraphs) + "\n")


def extract_cmd(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "hsextract.cli", "extract", str(corpus), "--out", str(out), "--quiet"]


@pytest.mark.slow
def test_sigkill_midway_leaves_only_whole_files_and_the_next_run_completes(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus)
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:
        proc = subprocess.Popen(extract_cmd(corpus, out), stderr=err)
    deadline = time.monotonic() + 300
    while not (out.is_dir() and output_files(out)):
        assert proc.poll() is None, log.read_text()
        assert time.monotonic() < deadline, "no output appeared"
        time.sleep(0.005)
    proc.kill()  # SIGKILL
    proc.wait()
    assert proc.returncode == -9

    done = {p.stem: p.read_bytes() for p in output_files(out)}
    assert 0 < len(done) < N_ARTICLES, "the kill must land midway for this test to mean anything"
    for path in out.glob("*.json"):  # every JSON file is whole: none truncated by the kill
        json.loads(path.read_text(encoding="utf-8"))
    for path in output_files(out):  # hidden temp files (if any) are never counted as outputs
        assert not path.name.startswith(".") and load_output(path).status == "ok"
    manifest = Manifest.model_validate_json((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(e.id for e in manifest.articles) == [f"a{i:02d}" for i in range(N_ARTICLES)]
    for entry in manifest.articles:  # the manifest never claims more than is on disk
        pending = (entry.status, entry.error) == ("skipped", PENDING)
        assert pending or (entry.status == "ok" and entry.id in done)

    rerun = subprocess.run(extract_cmd(corpus, out), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    manifest = Manifest.model_validate_json((out / "manifest.json").read_text(encoding="utf-8"))
    assert [e.status for e in manifest.articles] == ["ok"] * N_ARTICLES
    assert len(output_files(out)) == N_ARTICLES
    assert sorted(p.name for p in out.iterdir() if p.name != CACHE_DIR) == sorted(
        [f"a{i:02d}.json" for i in range(N_ARTICLES)] + ["manifest.json"]
    )  # no temp files left
    for aid, raw in done.items():  # what the killed run finished was already final
        assert (out / f"{aid}.json").read_bytes() == raw


def test_outputs_are_written_as_each_article_finishes(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = small_corpus(tmp_path / "c", ["a", "b", "c", "d"])
    out = tmp_path / "out"
    seen: list[tuple[str, set[str], dict[str, str | None]]] = []
    real_run = extractor.stage.run

    def spy(article: Article, chunks: list[ner.Chunk]) -> Any:
        done = {p.stem for p in output_files(out)}
        statuses = {e.id: e.error for e in load_manifest(out).articles}
        seen.append((article.id, done, statuses))
        return real_run(article, chunks)

    monkeypatch.setattr(extractor.stage, "run", spy)
    monkeypatch.setattr(run_manifest, "MANIFEST_EVERY_S", 0.0)  # rewrite the manifest after every article
    monkeypatch.setattr(run_manifest, "MANIFEST_MAX_SHARE", float("inf"))  # however long writing it takes
    run_extract([corpus], out, extractor=extractor)
    assert [(aid, done) for aid, done, _ in seen] == [
        ("a", set()),
        ("b", {"a"}),
        ("c", {"a", "b"}),
        ("d", {"a", "b", "c"}),
    ]
    assert seen[0][2] == {"a": PENDING, "b": PENDING, "c": PENDING, "d": PENDING}
    assert seen[2][2] == {"a": None, "b": None, "c": PENDING, "d": PENDING}
    assert all(e.status == "ok" and e.error is None for e in load_manifest(out).articles)


def test_manifest_rewrites_back_off_when_writing_it_is_slow(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big manifest is rewritten less often, so its writes stay a small share of the run."""
    corpus = small_corpus(tmp_path / "c", ["a", "b", "c", "d"])
    writes: list[str] = []
    real_write = run_manifest.write_atomic

    def counting(path: Path, text: str, durable: bool = True) -> None:
        writes.append(path.name)
        real_write(path, text, durable)

    monkeypatch.setattr(run_manifest, "write_atomic", counting)
    monkeypatch.setattr(outdir, "write_atomic", counting)  # the outputs
    monkeypatch.setattr(run_manifest, "MANIFEST_EVERY_S", 0.0)
    monkeypatch.setattr(run_manifest, "MANIFEST_MAX_SHARE", 1e-9)  # any write "takes too long"
    run_extract([tmp_path / "c"], tmp_path / "out", extractor=extractor)
    assert writes.count("manifest.json") == 2  # before the first article and at the end
    assert len(writes) == 6 and corpus.exists()


def test_outputs_are_synced_in_batches_before_the_manifest_lists_them(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No fsync per output; one os.sync() before each manifest write makes what it lists durable."""
    small_corpus(tmp_path / "c", ["a", "b", "c"])
    events: list[str] = []
    real_write, real_sync = run_manifest.write_atomic, run_manifest.os.sync

    def recording(path: Path, text: str, durable: bool = True) -> None:
        events.append(f"{path.name}{'' if durable else ' (no fsync)'}")
        real_write(path, text, durable)

    def sync() -> None:
        events.append("sync")
        real_sync()

    monkeypatch.setattr(run_manifest, "write_atomic", recording)
    monkeypatch.setattr(outdir, "write_atomic", recording)  # the outputs
    monkeypatch.setattr(run_manifest.os, "sync", sync)
    run_extract([tmp_path / "c"], tmp_path / "out", extractor=extractor)
    assert events == [
        "sync",
        "manifest.json",
        "a.json (no fsync)",
        "b.json (no fsync)",
        "c.json (no fsync)",
        "sync",
        "manifest.json",
    ]


def test_stale_outputs_are_removed_only_if_the_last_manifest_listed_them(
    tmp_path: Path, extractor: Extractor
) -> None:
    corpus = small_corpus(tmp_path / "c", ["a", "b", "c", "d"])
    out = tmp_path / "out"
    run_extract([corpus], out, extractor=extractor)
    assert len(output_files(out)) == 4
    (out / "mine.json").write_text("{}")  # a file hsextract never wrote
    (corpus / "b.txt").unlink()
    (corpus / "c.txt").write_text("")  # still an input: its output is replaced, not removed
    (corpus / "d.txt").write_bytes((corpus / "a.txt").read_bytes())  # now a duplicate: no output
    run_extract([corpus], out, extractor=extractor, quiet=True)
    assert {p.name for p in out.iterdir() if p.name != CACHE_DIR} == {
        "a.json",
        "c.json",
        "manifest.json",
        "mine.json",
    }
    assert load_output(out / "c.json").status == "empty"
    # A tampered manifest cannot make the run delete outside the output folder.
    victim = tmp_path / "victim.json"
    victim.write_text("{}")
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["articles"].append({"id": "../victim"})
    (out / "manifest.json").write_text(json.dumps(manifest))
    run_extract([corpus], out, extractor=extractor, quiet=True)
    assert victim.exists()


def test_rerun_writes_identical_outputs_and_manifest(tmp_path: Path, extractor: Extractor) -> None:
    corpus = small_corpus(tmp_path / "c", ["a", "b"])
    run_extract([corpus], tmp_path / "o1", extractor=extractor)
    run_extract([corpus], tmp_path / "o2", extractor=extractor)
    for name in ("a.json", "b.json", "manifest.json"):
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes()
    assert dumps(load_manifest(tmp_path / "o1")) == (tmp_path / "o1" / "manifest.json").read_text()


@pytest.mark.parametrize("durable", [True, False], ids=["fsync", "batch-synced"])
def test_write_atomic_replaces_whole_files_and_fsyncs_only_when_durable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, durable: bool
) -> None:
    from hsextract import jsonio

    synced: list[int] = []
    real_fsync = jsonio.os.fsync
    monkeypatch.setattr(jsonio.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    target = tmp_path / "deep" / "x.json"
    jsonio.write_atomic(target, "first\n", durable=durable)
    jsonio.write_atomic(target, "second\n", durable=durable)
    assert target.read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.json"]  # no temp file left
    assert len(synced) == (2 if durable else 0)
