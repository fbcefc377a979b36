"""`--jobs` is bounded and workers never outlive the run (issue 23).

The bound is a pure function, tested over CPUs, memory and the request. The rest runs the real
command in a subprocess in its own session (so its workers are found by process group in /proc, even
after the parent is gone) on a small invented corpus; every wait has a deadline and every test kills
what is left of its process group, so none can hang or leave processes behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hsextract import parallel
from hsextract.cli import _Parser
from hsextract.jsonio import output_files
from hsextract.models import Manifest
from hsextract.parallel import WORKER_MEMORY_BYTES, available_memory, bound_jobs, usable_cpus
from hsextract.pipeline import INTERRUPTED, add_arguments

GB, MB = 2**30, 2**20
N_ARTICLES = 240
SHOWS = ["Paper Lanterns", "Glass Harbour", "The Quiet Orchard", "Salt Road"]
FIRST = ["Mira", "Teo", "Runa", "Piet", "Ada", "Nils", "Ola", "Bex", "Ivo", "Lena"]
LAST = ["Sollis", "Brand", "Clay", "Hollow", "Frost", "Varga", "Moss", "Dunmore"]
DEADLINE_S = 60  # for any one wait; a healthy run of these tests takes a few seconds each
MESSAGE = re.compile(r"^hsextract: interrupted, (\d+) of (\d+) articles written; re-run to finish$")


# --- the bound ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requested", "cpus", "memory", "expected", "why"),
    [
        (1, 2, 24 * GB, 1, None),
        (2, 2, 24 * GB, 2, None),
        (500, 2, 24 * GB, 2, "2 usable CPUs"),
        (99999999999999999999, 4, None, 4, "4 usable CPUs"),  # no memory figure: CPUs only
        (3, 1, 24 * GB, 1, "1 usable CPU)"),
        (None, 8, 24 * GB, 8, None),  # auto: the CPU count, nothing to say
        (None, 8, 1 * GB, 1 * GB // WORKER_MEMORY_BYTES, "GB available memory"),
        (8, 16, 2 * WORKER_MEMORY_BYTES + MB, 2, "available memory"),
        (4, 2, 100 * MB, 1, "2 usable CPUs; 0.1 GB available memory"),  # both reasons, one line
        (1, 1, 0, 1, None),  # one worker is always allowed: it is the run itself
        (2, 0, None, 1, "1 usable CPU"),  # a nonsense CPU count still gives a worker
    ],
)
def test_bound_jobs(
    requested: int | None, cpus: int, memory: int | None, expected: int, why: str | None
) -> None:
    jobs, notice = bound_jobs(requested, cpus, memory)
    assert jobs == expected
    if why is None:
        assert notice is None
    else:
        assert notice is not None and why in notice and "\n" not in notice
        assert notice.startswith(
            f"hsextract: --jobs {'auto' if requested is None else requested}: using {jobs} "
        )


@pytest.mark.parametrize(
    ("text", "value"),
    [("auto", None), ("AUTO", None), ("3", 3), ("0", 0), ("99999999999999999999", 10**20 - 1)],
)
def test_jobs_option_takes_auto_or_any_whole_number(text: str, value: int | None) -> None:
    """0 parses (the command refuses it, as before); a huge number parses (the bound clamps it)."""
    parser = _Parser(prog="hsextract extract")
    add_arguments(parser)
    assert parser.parse_args(["--jobs", text]).jobs == value
    with pytest.raises(SystemExit, match="2"):
        parser.parse_args(["--jobs", "many"])


def test_available_memory_reads_meminfo_and_falls_back_to_none(tmp_path: Path) -> None:
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       32000000 kB\nMemAvailable:   1024 kB\n")
    assert available_memory(str(meminfo)) == 1024 * 1024
    meminfo.write_text("MemTotal:       32000000 kB\n")  # kernels before 3.14
    assert available_memory(str(meminfo)) is None
    assert available_memory(str(tmp_path / "absent")) is None
    assert usable_cpus() >= 1


def in_child(body: Callable[[], object]) -> int:
    """Run `body` in a forked child, which then exits 0; return the child's exit code."""
    with warnings.catch_warnings():  # Python 3.12+ warns about fork in a threaded process
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:
        try:
            body()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize(("parent_is_right", "code"), [(True, 0), (False, 1)])
def test_a_worker_whose_parent_is_already_gone_exits(parent_is_right: bool, code: int) -> None:
    """The check after prctl: a parent that died between the fork and the prctl sends no signal."""
    me = os.getpid()
    assert in_child(lambda: parallel._die_with_parent(me if parent_is_right else me + 1)) == code


def _raise(exc: type[BaseException]) -> None:
    raise exc


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("exc", [BrokenPipeError, ConnectionResetError, EOFError, KeyboardInterrupt])
def test_a_worker_whose_pipe_closed_exits_without_a_traceback(
    exc: type[BaseException], capfd: pytest.CaptureFixture[str]
) -> None:
    """Where no death signal comes (not Linux), a worker learns of the end from a closed pipe."""
    assert in_child(lambda: parallel._quiet(_raise, exc)) == 1
    assert capfd.readouterr().err == ""


# --- the command ----------------------------------------------------------------------------------


def live_processes() -> Iterator[tuple[int, int, int]]:
    """(pid, ppid, process group) of every process but zombies (PID 1 in a container may not reap)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone while we looked
            continue
        state, ppid, pgrp = stat.rpartition(")")[2].split()[:3]
        if state not in {"Z", "X"}:
            yield int(entry.name), int(ppid), int(pgrp)


def group(pgid: int) -> list[int]:
    return [pid for pid, _, pgrp in live_processes() if pgrp == pgid]


def children(pid: int) -> list[int]:
    return [p for p, ppid, _ in live_processes() if ppid == pid]


def wait_for(check: Callable[[], bool], what: str, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not check():
        assert proc is None or proc.poll() is None, f"the run ended before {what}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.005)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """240 distinct short articles, two invented cast announcements each (~2 s of work on 2 CPUs)."""
    folder = tmp_path_factory.mktemp("workers") / "corpus"
    folder.mkdir()
    for i in range(N_ARTICLES):
        show = SHOWS[i % len(SHOWS)]
        lines = [
            f"{FIRST[(i + j) % 10]} {LAST[(i // 10 + j) % 8]} will play Captain {LAST[j % 8]}{i} in {show} "
            f"season {j + 2}, the studio said on Monday. Filming starts in spring, after {i} table reads."
            for j in range(2)
        ]
        (folder / f"a{i:03d}.txt").write_text(f"{show} news\n\n" + "\n\n".join(lines) + "\n")
    return folder


@pytest.fixture
def needs_two_workers() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("finds processes in /proc")
    if bound_jobs(2, usable_cpus(), available_memory())[0] < 2:
        pytest.skip("--jobs 2 is bounded to 1 here: there would be no worker processes to test")


def extract(corpus: Path, out: Path, *extra: str) -> list[str]:
    command = [sys.executable, "-m", "hsextract.cli", "extract", str(corpus), "--out", str(out)]
    return [*command, "--quiet", *extra]


class Run:
    """`hsextract extract` in its own session (process group = its pid), stderr to a file; on exit
    anything left in the group is killed, so a failing test never leaves processes behind."""

    def __init__(self, cmd: list[str], log: Path) -> None:
        self.log = log
        with log.open("wb") as err:
            self.proc = subprocess.Popen(cmd, stderr=err, start_new_session=True)
        self.pgid = self.proc.pid

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        for pid in [self.proc.pid, *group(self.pgid)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.proc.wait(timeout=DEADLINE_S)


def start_mid_run(run: Run, out: Path) -> list[int]:
    """Wait until both workers run and the first outputs are written; return the workers' pids."""
    wait_for(lambda: len(children(run.proc.pid)) >= 2, "two workers", run.proc)
    wait_for(lambda: out.is_dir() and bool(output_files(out)), "the first output", run.proc)
    return children(run.proc.pid)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs sched_setaffinity")
def test_jobs_beyond_the_cpus_is_clamped_with_a_notice_and_the_run_finishes(
    corpus: Path, tmp_path: Path
) -> None:
    # Run on at most 2 CPUs (the affinity mask, as under taskset), so a big machine does not load
    # dozens of models here; the bound reads the same mask.
    limit = (
        "import os, sys; os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:2]); "
        "os.execv(sys.argv[1], sys.argv[1:])"
    )
    out = tmp_path / "out"
    cmd = [sys.executable, "-c", limit, *extract(corpus, out, "--jobs", "500")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=DEADLINE_S * 2)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and re.fullmatch(
        r"hsextract: --jobs 500: using [12] workers? \(.*usable CPUs?.*\)", lines[0]
    )
    manifest = Manifest.model_validate_json((out / "manifest.json").read_text(encoding="utf-8"))
    assert [e.status for e in manifest.articles] == ["ok"] * N_ARTICLES


@pytest.mark.slow
@pytest.mark.usefixtures("needs_two_workers")
def test_workers_die_within_seconds_when_the_parent_is_killed(corpus: Path, tmp_path: Path) -> None:
    """A busy worker may notice the closed pipe by itself (and must not print a traceback then); one
    that cannot, stopped here to stand in for one loading a model for minutes on an overloaded
    machine, is ended by the kernel (PR_SET_PDEATHSIG)."""
    out = tmp_path / "out"
    with Run(extract(corpus, out, "--jobs", "2"), tmp_path / "stderr.txt") as run:
        workers = start_mid_run(run, out)
        assert set(workers) <= set(group(run.pgid))
        os.kill(workers[0], signal.SIGSTOP)
        run.proc.kill()  # SIGKILL: the parent runs no cleanup code at all
        run.proc.wait(timeout=DEADLINE_S)
        deadline = time.monotonic() + 5
        while (left := group(run.pgid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert left == [], f"workers still alive 5 s after the parent was killed: {left}"
        assert "Traceback" not in run.stderr()


@pytest.mark.slow
@pytest.mark.usefixtures("needs_two_workers")
@pytest.mark.parametrize(
    ("signum", "to_group", "code"),
    [(signal.SIGINT, True, 130), (signal.SIGTERM, False, 143)],
    ids=["ctrl-c-to-the-group", "sigterm-to-the-parent"],
)
def test_an_interrupted_run_saves_what_finished_and_a_rerun_does_the_rest(
    corpus: Path, tmp_path: Path, signum: int, to_group: bool, code: int
) -> None:
    out = tmp_path / "out"
    with Run(extract(corpus, out, "--jobs", "2"), tmp_path / "stderr.txt") as run:
        start_mid_run(run, out)
        if to_group:  # what Ctrl-C in a terminal does: every process of the foreground group
            os.killpg(run.pgid, signum)
        else:
            run.proc.send_signal(signum)
        assert run.proc.wait(timeout=DEADLINE_S) == code, run.stderr()
        wait_for(lambda: not group(run.pgid), "the workers to end")
        lines = run.stderr().splitlines()
    match = MESSAGE.match(lines[0]) if len(lines) == 1 else None
    assert match, lines  # that line alone: no traceback from the parent or any worker
    written, total = int(match[1]), int(match[2])
    assert total == N_ARTICLES and 0 < written < total, "the signal must land mid-run"

    manifest = Manifest.model_validate_json((out / "manifest.json").read_text(encoding="utf-8"))
    ok = {e.id for e in manifest.articles if e.status == "ok"}
    skipped = [e for e in manifest.articles if e.status == "skipped"]
    assert len(ok) == written and len(skipped) == total - written
    assert all(e.error == INTERRUPTED for e in skipped)
    assert {p.stem for p in output_files(out)} == ok  # what it lists as done is on disk, nothing more
    if signum != signal.SIGINT:
        return  # one re-run is enough: it does not depend on which signal stopped the first run

    before = {p.stem: (p.read_bytes(), p.stat().st_mtime_ns) for p in output_files(out)}
    rerun = subprocess.run(
        extract(corpus, out, "--jobs", "2"), capture_output=True, text=True, timeout=DEADLINE_S
    )
    assert rerun.returncode == 0, rerun.stderr
    manifest = Manifest.model_validate_json((out / "manifest.json").read_text(encoding="utf-8"))
    assert [e.status for e in manifest.articles] == ["ok"] * N_ARTICLES
    for aid, (raw, mtime) in before.items():  # finished articles were cache hits: not even rewritten
        path = out / f"{aid}.json"
        assert path.read_bytes() == raw and path.stat().st_mtime_ns == mtime
