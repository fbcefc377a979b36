"""`--scheduler`: extraction on a Dask cluster (issue 20).

The option's parsing and usage errors, and the client's handling of each kind of task answer (with
stand-in futures), run without a cluster. Two tests start real LocalClusters of 2 worker processes
(seconds each, loopback only): the corpus extracted with `--scheduler local:2` is byte-identical to
`--jobs 1`, and a run on a cluster whose workers get killed mid-run loses no article. Every wait is
bounded by a subprocess timeout or a Dask timeout.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hsextract import cluster
from hsextract.cache import run_fingerprint
from hsextract.cli import main
from hsextract.cluster import DaskRunner, scheduler_arg
from hsextract.ingest import Article
from hsextract.models import Manifest
from hsextract.ner import ModelNotFound
from hsextract.pipeline import Extractor, run_extract

from .conftest import CORPUS, make_article

needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None, reason="needs hsextract[dask]"
)

DEADLINE_S = 600  # for a whole subprocess run; a healthy one takes well under a minute


def extract_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "hsextract.cli", "extract", *args, "--quiet"]


def files(folder: Path) -> dict[str, bytes]:
    """Every output and the manifest (not the cache's key files), by name."""
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json"))}


# --- without a cluster ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["local:2", "local", "local:auto", "tcp://10.0.0.5:8786", "sched-host:8786", "/shared/s.json"]
)
def test_scheduler_values_accepted(text: str) -> None:
    assert scheduler_arg(text) == text


@pytest.mark.parametrize("text", ["local:0", "local:two", "local:-1", "  "])
def test_bad_scheduler_values_are_usage_errors(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(CORPUS / "dev"), "--out", "/tmp/never-written", "--scheduler", text])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--scheduler" in err


def test_without_dask_scheduler_is_a_one_line_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails
    out = tmp_path / "out"
    assert main(["extract", str(CORPUS / "dev"), "--out", str(out), "--scheduler", "local:2"]) == 2
    err = capsys.readouterr().err
    assert err == f"hsextract extract: error: {cluster.DASK_MISSING}\n"
    assert "pip install 'hsextract[dask]'" in err
    assert not out.exists()  # refused before anything was written


def test_jobs_and_scheduler_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["extract", str(CORPUS / "dev"), "--out", "/tmp/never-written", "--jobs", "2"]
    assert main([*args, "--scheduler", "local:2"]) == 2
    assert "--jobs and --scheduler exclude each other" in capsys.readouterr().err


@needs_dask
def test_an_unreachable_scheduler_is_a_usage_error_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 2)
    out = tmp_path / "out"
    assert (
        main(["extract", str(CORPUS / "dev"), "--out", str(out), "--scheduler", f"tcp://127.0.0.1:{port}"])
        == 2
    )
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "no Dask cluster to run on" in err[0], err
    assert not out.exists()


def test_extract_does_not_import_dask_without_scheduler() -> None:
    code = (
        "import sys; from hsextract.pipeline import add_arguments, run; import hsextract.cluster; "
        "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


class FakeFuture:
    """Stands in for a distributed.Future that has finished one way or another."""

    def __init__(self, status: str, result: Any = None, exception: BaseException | None = None) -> None:
        self.status, self._result, self._exception = status, result, exception

    def result(self) -> Any:
        return self._result

    def exception(self) -> BaseException | None:
        return self._exception


class KilledWorker(Exception):  # matched by name, like Dask's own (distributed.scheduler.KilledWorker)
    pass


@pytest.fixture
def batch() -> list[Article]:
    return [
        make_article("Ada Brook will play Nell Crane in Copper Road season 2.", f"k{i}") for i in range(3)
    ]


def answer(future: FakeFuture, batch: list[Article], retry: deque[list[Article]]) -> list[Any]:
    runner = DaskRunner("tcp://127.0.0.1:1", None)
    return list(runner._answer(future, batch, run_fingerprint(None), retry))  # type: ignore[arg-type]


def test_a_finished_batch_yields_its_articles(batch: list[Article], extractor: Extractor) -> None:
    payload = [(a.id, extractor.extract_one(a).model_dump_json()) for a in batch]
    got = answer(FakeFuture("finished", (run_fingerprint(None), payload)), batch, deque())
    assert [(a.id, o.status, len(o.cast)) for a, o in got] == [(a.id, "ok", 1) for a in batch]


def test_results_of_other_code_or_model_are_refused(batch: list[Article]) -> None:
    got = answer(FakeFuture("finished", ("1:other-model:0123", [])), batch, deque())
    assert [a.id for a, _ in got] == [a.id for a in batch]
    assert all(
        o.status == "error" and "other hsextract code or another model" in (o.error or "") for _, o in got
    )


def test_a_failed_batch_is_retried_one_article_at_a_time(batch: list[Article]) -> None:
    retry: deque[list[Article]] = deque()
    assert answer(FakeFuture("error", exception=KilledWorker("k0")), batch, retry) == []
    assert [[a.id for a in b] for b in retry] == [["k0"], ["k1"], ["k2"]]
    (article, output), *_ = answer(FakeFuture("error", exception=KilledWorker("k1")), [batch[1]], retry)
    assert article.id == "k1" and output.status == "error"
    assert "workers running it died" in (output.error or "")


def test_a_single_article_whose_workers_died_runs_once_more_alone(batch: list[Article]) -> None:
    """It may only have shared a worker with the article that kills: one more try, alone, then an error."""
    runner, alone = DaskRunner("tcp://127.0.0.1:1", None), deque[list[Article]]()
    killed = FakeFuture("error", exception=KilledWorker("k1"))
    first = list(runner._answer(killed, [batch[1]], run_fingerprint(None), deque(), alone))  # type: ignore[arg-type]
    assert first == [] and [[a.id for a in b] for b in alone] == [["k1"]]
    last = list(runner._answer(killed, alone.popleft(), run_fingerprint(None), deque(), alone))  # type: ignore[arg-type]
    assert [(a.id, o.status) for a, o in last] == [("k1", "error")] and not alone


def test_a_model_that_does_not_load_on_a_worker_stops_the_run(batch: list[Article]) -> None:
    with pytest.raises(ModelNotFound, match="on Dask worker"):
        answer(
            FakeFuture("error", exception=ModelNotFound("on Dask worker tcp://x: cannot load")),
            batch,
            deque(),
        )


@needs_dask
def test_the_worker_plugin_reports_the_workers_own_fingerprint_and_model_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a worker sends back is its own fingerprint (computed there), so a worker with other code
    is caught; a model it cannot load is a ModelNotFound naming the worker, raised by its tasks."""
    import pickle

    from hsextract import cluster_worker

    plugin = cluster_worker.ExtractorPlugin(str(tmp_path / "no-such-model"))
    on_worker = pickle.loads(pickle.dumps(plugin))
    assert on_worker.name == plugin.name and on_worker.extractor is None
    monkeypatch.setattr(cluster_worker, "run_fingerprint", lambda model: "1:other:code")

    class Worker:
        address = "tcp://10.0.0.7:40000"

    on_worker.setup(Worker())  # type: ignore[arg-type]
    assert on_worker.fingerprint == "1:other:code" != plugin.fingerprint
    assert isinstance(on_worker.error, ModelNotFound)
    assert str(on_worker.error).startswith("on Dask worker tcp://10.0.0.7:40000: cannot load spaCy model")


# --- on LocalClusters -----------------------------------------------------------------------------


@needs_dask
@pytest.mark.slow
def test_local_cluster_output_is_byte_identical_to_jobs_1(tmp_path: Path, extractor: Extractor) -> None:
    """The whole corpus: `--scheduler local:2` (a subprocess, as a user runs it) against `--jobs 1`;
    then a re-run is all cache hits, nothing rewritten."""
    one, dask_out = tmp_path / "jobs1", tmp_path / "local2"
    run_extract([CORPUS], one, extractor=extractor, use_cache=False, store_cache=False)
    done = subprocess.run(
        extract_cmd(str(CORPUS), "--out", str(dask_out), "--scheduler", "local:2"),
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    expected, got = files(one), files(dask_out)
    assert len(expected) > 60 and "manifest.json" in expected
    assert got.keys() == expected.keys()
    assert [name for name in expected if got[name] != expected[name]] == []
    stamps = {p.name: p.stat().st_mtime_ns for p in dask_out.glob("*.json") if p.name != "manifest.json"}
    again = subprocess.run(
        extract_cmd(str(CORPUS), "--out", str(dask_out), "--scheduler", "local:2"),
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
    )
    assert again.returncode == 0, again.stderr
    assert files(dask_out) == got
    assert {
        p.name: p.stat().st_mtime_ns for p in dask_out.glob("*.json") if p.name != "manifest.json"
    } == stamps


N_ARTICLES = 48  # three tasks of 16
FIRST = ["Mira", "Teo", "Runa", "Piet", "Ada", "Nils", "Ola", "Bex"]
LAST = ["Sollis", "Brand", "Clay", "Hollow", "Frost", "Varga"]


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Invented articles, one JSONL shard per 12, so the run reads several shards."""
    folder = tmp_path / "shards"
    folder.mkdir()
    for shard in range(N_ARTICLES // 12):
        lines = []
        for i in range(shard * 12, shard * 12 + 12):
            text = (
                f"Salt Road season {2 + i % 3}\n\n{FIRST[i % 8]} {LAST[i % 6]} will play Captain "
                f"{LAST[(i + 1) % 6]}{i} in Salt Road season {2 + i % 3}, the studio said. Filming starts "
                f"in spring after {i} table reads.\n"
            )
            lines.append(json.dumps({"id": f"k{i:03d}", "text": text}))
        (folder / f"part-{shard}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def crashing_cluster(tmp_path: Path) -> Iterator[str]:
    """A LocalCluster of 2 worker processes (nannies restart the dead) on loopback, whose workers die
    when they start the task of article k016 (once) or of k032 (every time); its scheduler tolerates
    one worker death per task before it gives up on the task (KilledWorker)."""
    import dask
    from distributed import Client, LocalCluster

    from .cluster_hooks import CrashOn

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        lc = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            silence_logs=50,
        )
    try:
        with Client(lc, timeout=60) as client:
            client.register_plugin(CrashOn("k016", "k032", str(tmp_path / "crashed-once")))
            yield str(lc.scheduler_address)
    finally:
        lc.close(timeout=60)


@needs_dask
@pytest.mark.slow
def test_killed_workers_lose_no_article(
    small_corpus: Path, crashing_cluster: str, tmp_path: Path, extractor: Extractor
) -> None:
    """A worker killed mid-batch: the batch runs again on another worker, its articles all ok. An
    article that kills every worker that starts it: after its batch is split, that article alone is
    an error with the reason; the rest of its batch is ok. Every article is in the manifest once, the
    exit code is 1 with the failure listed, and every ok output is the bytes `--jobs 1` writes."""
    out, one = tmp_path / "out", tmp_path / "jobs1"
    done = subprocess.run(
        extract_cmd(str(small_corpus), "--out", str(out), "--scheduler", crashing_cluster),
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
    )
    assert (tmp_path / "crashed-once").exists()  # the first kill happened
    assert done.returncode == 1, done.stderr
    assert "1 article(s) failed" in done.stderr and "error: k032 " in done.stderr
    manifest = Manifest.model_validate_json((out / "manifest.json").read_text(encoding="utf-8"))
    statuses = {e.id: (e.status, e.error) for e in manifest.articles}
    assert sorted(statuses) == [f"k{i:03d}" for i in range(N_ARTICLES)]
    assert len(manifest.articles) == N_ARTICLES
    status, error = statuses.pop("k032")
    assert status == "error" and "workers running it died" in (error or "")
    assert set(statuses.values()) == {("ok", None)}
    run_extract([small_corpus], one, extractor=extractor, use_cache=False, store_cache=False)
    expected = files(one)
    ok = [name for name in expected if name not in {"manifest.json", "k032.json"}]
    assert len(ok) == N_ARTICLES - 1
    assert [name for name in ok if (out / name).read_bytes() != expected[name]] == []
