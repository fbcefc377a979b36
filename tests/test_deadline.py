"""`--article-timeout` (issue 25): no article holds a worker forever.

The guard itself on a busy loop; `extract_all` with a fake extractor (which article becomes the
error, the others untouched); then the real command in a subprocess with a tiny timeout on a long
generated article between two corpus articles, for `--jobs 1` and `--jobs 2`. No assertion is about
time: every loop and subprocess is bounded only so that a broken guard fails instead of hanging.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hsextract.assemble import article_info
from hsextract.deadline import ArticleTimeout, deadline, timeout_arg
from hsextract.ingest import build_article
from hsextract.models import ArticleOutput
from hsextract.pipeline import extract_all

ROOT = Path(__file__).resolve().parent.parent
BOUND_S = 60  # a broken guard ends the busy loops here and fails the test


def _busy(limit: float = BOUND_S) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        pass


def test_deadline_interrupts_busy_work_and_leaves_no_timer() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(ArticleTimeout, match=r"timed out after 0\.2 s"), deadline(0.2):
        _busy()
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def test_deadline_not_reached_and_no_limit() -> None:
    with deadline(30):
        value = sum(range(1000))
    assert value == 499500
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with deadline(None):  # no limit: nothing armed
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_deadline_off_the_main_thread_is_no_guard() -> None:
    """Signals reach only the main thread: elsewhere the block runs unguarded, never breaks."""
    seen: list[tuple[float, float]] = []

    def work() -> None:
        with deadline(0.01):
            seen.append(signal.getitimer(signal.ITIMER_REAL))

    t = threading.Thread(target=work)
    t.start()
    t.join(BOUND_S)
    assert seen == [(0.0, 0.0)]


def test_timeout_arg() -> None:
    assert timeout_arg("2.5") == 2.5
    assert timeout_arg("0") is None and timeout_arg("none") is None
    for bad in ("-1", "abc", "nan", "inf"):
        with pytest.raises(argparse.ArgumentTypeError):
            timeout_arg(bad)


class _Stuck:
    """An extractor on which the article with id `stuck` never finishes (until the guard fires)."""

    def __init__(self) -> None:
        self.alone: list[str] = []

    def extract(self, articles: list, batch_size: int = 16) -> Iterator[tuple]:
        for a in articles:
            if a.id == "stuck":
                _busy()
            yield a, ArticleOutput(article=article_info(a))

    def extract_one(self, article):  # type: ignore[no-untyped-def]
        self.alone.append(article.id)
        return next(self.extract([article]))[1]


def _article(aid: str) -> object:
    return build_article(aid, f"Text of {aid} for the test.\n", f"{aid}.txt", {}, [])


def test_extract_all_turns_the_slow_article_into_an_error() -> None:
    stuck = _Stuck()
    todo = [_article(a) for a in ("a1", "stuck", "a2")]
    out = list(extract_all(stuck, todo, timeout=0.3))  # type: ignore[arg-type]
    assert [a.id for a, _ in out] == ["a1", "stuck", "a2"]
    statuses = {a.id: (o.status, o.error) for a, o in out}
    assert statuses["a1"] == ("ok", None) and statuses["a2"] == ("ok", None)
    assert statuses["stuck"][0] == "error"
    assert "timed out after 0.3 s" in (statuses["stuck"][1] or "")
    # the batch ran out: the rest went one by one, and the slow one was tried alone once more
    assert stuck.alone == ["stuck", "a2"]


def _hostile(size: int) -> str:
    """corpus/dev prose on one line, repeated: far too much to extract within the timeout."""
    prose = " ".join(
        " ".join(p.read_text(encoding="utf-8").split())
        for p in sorted((ROOT / "corpus" / "dev").glob("*.txt"))
    )
    return (prose + " ") * (size // len(prose) + 1)


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_command_times_out_one_article_and_keeps_the_rest(tmp_path: Path, jobs: int) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(_hostile(2_000_000), encoding="utf-8")  # about a minute of work
    ordinary = ["corpus/dev/a01_saltmarsh_inquiry_s2.txt", "corpus/dev/a02_glass_harbour_casting.txt"]
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "hsextract.cli", "extract", ordinary[0], str(hostile), ordinary[1]]
    cmd += ["--out", str(out), "--article-timeout", "10", "--jobs", str(jobs), "--no-cache", "--quiet"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 1, proc.stderr  # some article failed
    entries = {e["id"]: e for e in json.loads((out / "manifest.json").read_text())["articles"]}
    assert entries["hostile"]["status"] == "error"
    assert entries["hostile"]["error"].startswith("timed out after 10 s (--article-timeout)")
    assert "hostile" in proc.stderr and "timed out after 10 s" in proc.stderr
    for path in ordinary:  # the others: extracted, byte-identical to the committed outputs
        aid = Path(path).stem
        assert entries[aid]["status"] == "ok"
        assert (out / f"{aid}.json").read_bytes() == (ROOT / "outputs" / f"{aid}.json").read_bytes()
    assert json.loads((out / "hostile.json").read_text())["status"] == "error"
