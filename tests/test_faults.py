"""The eight faults of issue 24, each reproduced as it was found and shown fixed.

1. two runs into one --out deleted each other's outputs -> a folder lock, the second run exits 2
2. --jsonl overwrote an input, or landed inside an input folder -> refused, exit 2
3. a sidecar published date of 0001 / 9999 made the article an error -> a warning, ignored
4. a model that cannot load hung --jobs 2 forever or gave a traceback -> one line, exit 2
5. a corrupt cache key file crashed every later run -> a cache miss
6. a 237-250 byte id aborted the run on its temp file name -> refused; a failed write is one error
7. a block over 100,000 characters was cut mid-word -> cut at a sentence or word boundary
8. merge/export/review --out on a folder or a read-only place gave tracebacks -> one line, exit 1

Subprocess tests run the real command with a timeout; nothing waits on a clock.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from hsextract import jsonio, ner
from hsextract.cache import CACHE_DIR
from hsextract.cli import main
from hsextract.ingest import parse_published
from hsextract.ingest.read import MAX_ID_BYTES
from hsextract.ingest.segment import cut_point
from hsextract.jsonio import load_output, output_files
from hsextract.outdir import LOCK_FILE, FolderLocked, OutputLock
from hsextract.parallel import extract_parallel
from hsextract.pipeline import NO_MODEL, Extractor, run_extract

from .conftest import make_article
from .test_bad_input import good_output, load_manifest, small_corpus, story, write_side

TIMEOUT_S = 120  # any one command; a healthy one takes seconds
LOCKED = "another hsextract run (pid {pid}) is writing into this folder"


def hsextract(*args: object, stdout: int = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "hsextract.cli", *map(str, args)]
    return subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=TIMEOUT_S)


def one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def assert_manifest_true(out: Path) -> None:
    """Every article listed as written is on disk, and every output on disk is listed."""
    manifest = load_manifest(out)
    written = {e.id for e in manifest.articles if e.status in {"ok", "empty"}}
    assert {p.stem for p in output_files(out)} == written
    assert not [e for e in manifest.articles if e.error and "not processed yet" in e.error]


# --- 1. one run per output folder -----------------------------------------------------------------


def test_the_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    with OutputLock(tmp_path):
        assert (tmp_path / LOCK_FILE).read_text() == f"{os.getpid()}\n"
        with (
            pytest.raises(FolderLocked, match=re.escape(LOCKED.format(pid=os.getpid()))),
            OutputLock(tmp_path),
        ):
            pass
    assert not (tmp_path / LOCK_FILE).exists()
    with OutputLock(tmp_path):  # free again
        pass


def wait_until_stopped(proc: subprocess.Popen[str]) -> None:
    """Until `proc` is stopped (state T in /proc), with a deadline; fails if it ends first."""
    deadline = time.monotonic() + TIMEOUT_S
    while Path(f"/proc/{proc.pid}/stat").read_text().rpartition(")")[2].split()[0] != "T":
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "ended before stopping"
        assert time.monotonic() < deadline, "the first run never took the lock"
        time.sleep(0.01)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="watches the first run in /proc")
def test_a_second_run_into_a_busy_folder_exits_2_and_the_first_stays_true(tmp_path: Path) -> None:
    """The probe: a run into the folder while another is mid-way, with other inputs. It used to
    delete the first run's outputs as stale and both exited 0 with a false manifest."""
    first, second, out = tmp_path / "first", tmp_path / "second", tmp_path / "out"
    small_corpus(first, [f"a{i}" for i in range(6)])
    small_corpus(second, ["b0", "b1"])
    # The first run stops itself (SIGSTOP) once it holds the lock: mid-run, as long as we need.
    hold = "import os, signal, hsextract.outdir as o; a = o.OutputLock.acquire\n"
    hold += "def stop(self): a(self); os.kill(os.getpid(), signal.SIGSTOP)\n"
    hold += "o.OutputLock.acquire = stop\nfrom hsextract.cli import main; raise SystemExit(main())"
    cmd = [sys.executable, "-c", hold, "extract", str(first), "--out", str(out), "--quiet"]
    run1 = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_stopped(run1)
        run2 = hsextract("extract", second, "--out", out, "--quiet")
        assert run2.returncode == 2
        assert one_line(run2.stderr) == (
            f"hsextract extract: error: --out {out}: {LOCKED.format(pid=run1.pid)}; "
            "wait for it to finish or choose another --out"
        )
        os.kill(run1.pid, signal.SIGCONT)
        assert run1.wait(timeout=TIMEOUT_S) == 0, run1.stderr.read() if run1.stderr else ""
    finally:
        run1.kill()
        run1.wait(timeout=TIMEOUT_S)
        if run1.stderr:
            run1.stderr.close()
    assert {p.stem for p in output_files(out)} == {f"a{i}" for i in range(6)}
    assert_manifest_true(out)
    assert not (out / LOCK_FILE).exists()


@pytest.mark.slow
def test_a_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=TIMEOUT_S)
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_FILE).write_text(f"{dead.pid}\n")  # what a SIGKILLed run leaves
    done = hsextract("extract", small_corpus(tmp_path / "c", ["a"]), "--out", out, "--quiet")
    assert done.returncode == 0, done.stderr
    assert_manifest_true(out)
    assert not (out / LOCK_FILE).exists()


# --- 2. --jsonl never destroys or pollutes an input ------------------------------------------------


@pytest.mark.parametrize(
    ("inputs", "jsonl", "why"),
    [
        (["c/x.jsonl"], "c/x.jsonl", "is an input of this run"),
        (["c/a.txt"], "c/a.txt", "is an input of this run"),
        (["c"], "c/records.jsonl", "is inside the input folder c"),
        (["c"], "c/dev/records.jsonl", "is inside the input folder c"),  # folders are read recursively
        (["c/dev/../"], "c/records.jsonl", "is inside the input folder"),
    ],
)
def test_jsonl_inside_the_inputs_is_refused(
    tmp_path: Path,
    inputs: list[str],
    jsonl: str,
    why: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    small_corpus(Path("c/dev"), ["d"])
    small_corpus(Path("c"), ["a"])
    Path("c/x.jsonl").write_text(json.dumps({"id": "x", "text": story("Ada Frost", "Rook")}) + "\n")
    before = {p: p.read_bytes() for p in Path("c").rglob("*") if p.is_file()}
    assert main(["extract", *inputs, "--out", "out", "--jsonl", jsonl]) == 2
    assert why in one_line(capsys.readouterr().err)
    assert {p: p.read_bytes() for p in Path("c").rglob("*") if p.is_file()} == before
    assert not Path("out").exists()


# --- 3. bad published dates warn --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("0001-01-01", False),
        ("1899-12-31", False),
        ("1900-01-01", True),
        ("2035-06-01", True),  # today + 10 years exactly
        ("2035-06-02", False),
        ("2099-01-01", False),
        ("9999-12-31", False),
        ("9999-12-31T23:59:59", False),
    ],
)
def test_published_outside_1900_to_ten_years_ahead_is_a_warning(value: str, kept: bool) -> None:
    warnings: list[str] = []
    parsed = parse_published(value, warnings, "sidecar a.meta.json: ", today=date(2025, 6, 1))
    assert (parsed is not None) == kept
    assert bool(warnings) != kept
    if not kept:
        assert warnings == [
            f"sidecar a.meta.json: published date {value!r} is outside 1900-01-01 .. 2035-06-01; ignored"
        ]


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_an_absurd_sidecar_date_leaves_the_article_ok(
    tmp_path: Path, extractor: Extractor, value: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    # "next Thursday" and "in three weeks" are resolved against the published date: date overflow
    (corpus / "a.txt").write_text(
        story("Mira Sollis", "Captain Brand")
        + "Paper Lanterns season 2 premieres next Thursday on Netflix, and filming starts in three weeks.\n"
    )
    (corpus / "a.meta.json").write_text(json.dumps({"published": value}))
    result = run_extract([corpus], tmp_path / "out", extractor=extractor)
    assert [e.status for e in result.entries] == ["ok"]
    assert "ignored" in result.entries[0].warnings[0] and value in result.entries[0].warnings[0]
    assert load_output(tmp_path / "out" / "a.json").article.published is None


# --- 4. a model that cannot load ends the run once ---------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("model", ["does_not_exist", "no_lang_dir"])
def test_a_model_that_cannot_load_is_one_usage_error_with_any_jobs(tmp_path: Path, model: str) -> None:
    if model == "no_lang_dir":
        model_dir = tmp_path / "no_lang_dir"
        model_dir.mkdir()
        (model_dir / "meta.json").write_text('{"name": "core_web_sm", "version": "3.8.0"}')
        model = str(model_dir)
    corpus = small_corpus(tmp_path / "c", ["a", "b", "c"])
    lines = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        done = hsextract("extract", corpus, "--out", out, "--model", model, "--jobs", jobs)
        assert done.returncode == 2
        lines.append(one_line(done.stderr))
        assert {e.error for e in load_manifest(out).articles} == {NO_MODEL}
    assert lines[0] == lines[1]
    assert lines[0].startswith(f"hsextract extract: error: cannot load spaCy model '{model}': [E05")


def test_workers_that_cannot_load_the_model_raise_it_once() -> None:
    """In the pool itself (the CLI may be bounded to one worker on a small machine)."""
    articles = [make_article(story("Ada Frost", f"Rook {i}"), f"a{i}") for i in range(20)]
    with pytest.raises(ner.ModelNotFound, match="cannot load spaCy model 'does_not_exist'"):
        list(extract_parallel(articles, 2, "does_not_exist"))


# --- 5. a corrupt cache key is a miss --------------------------------------------------------------


@pytest.mark.parametrize(
    "counts",
    [
        '{"cast": "x", "episodes": 0, "events": 0, "releases": 0}',
        '{"cast": [1]}',
        "null",
        "{",
        '{"cast": 1.5}',
    ],
)
def test_a_corrupt_cache_key_is_a_miss(tmp_path: Path, extractor: Extractor, counts: str) -> None:
    corpus, out = small_corpus(tmp_path / "c", ["a", "b"]), tmp_path / "out"
    run_extract([corpus], out, extractor=extractor)
    key_file = out / CACHE_DIR / "a.key"
    key_file.write_text(key_file.read_text().split("\n")[0] + "\n" + counts + "\n")
    result = run_extract([corpus], out, extractor=extractor)
    assert [(e.id, e.status, e.counts["cast"]) for e in result.entries] == [("a", "ok", 1), ("b", "ok", 1)]
    assert json.loads(key_file.read_text().split("\n", 1)[1])["cast"] == 1  # rewritten


# --- 6. long ids, and one article's write failure --------------------------------------------------


def test_ids_up_to_the_limit_are_written_longer_ones_are_refused(
    tmp_path: Path, extractor: Extractor
) -> None:
    ids = ["i" * MAX_ID_BYTES, "j" * (MAX_ID_BYTES + 1), "k" * 250]
    lines = [json.dumps({"id": aid, "text": story("Ada Frost", f"Rook {n}")}) for n, aid in enumerate(ids)]
    (tmp_path / "long.jsonl").write_text("\n".join(lines) + "\n")
    result = run_extract([tmp_path / "long.jsonl"], tmp_path / "out", extractor=extractor)
    assert [e.status for e in result.entries] == ["ok", "error", "error"]
    assert f"at most {MAX_ID_BYTES} fit in a file name" in (result.entries[1].error or "")
    assert_manifest_true(tmp_path / "out")


def test_a_failed_write_is_that_articles_error_and_the_run_goes_on(
    tmp_path: Path, extractor: Extractor
) -> None:
    corpus, out = small_corpus(tmp_path / "c", ["a", "b", "c"]), tmp_path / "out"
    (out / "b.json").mkdir(parents=True)  # where b's output goes: the rename fails
    result = run_extract([corpus], out, extractor=extractor)
    assert [(e.id, e.status) for e in result.entries] == [("a", "ok"), ("b", "error"), ("c", "ok")]
    assert result.entries[1].error == f"cannot write {out / 'b.json'}: Is a directory"
    assert load_manifest(out).articles == result.entries
    assert {p.stem for p in output_files(out) if p.is_file()} == {"a", "c"}
    assert not (out / CACHE_DIR / "b.key").exists()


# --- 7. long blocks are cut between words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("One two three. Four five six", 20, 15),  # the sentence end wins over a later space
        ("one two three four five", 14, 14),  # the limit lands just after a space: cut there
        ("one two three four five", 13, 13),  # the limit lands on a space: the next piece starts with it
        ("one two three four five", 10, 8),  # mid-word: back to the space
        ("We met Mr. Sollis at the bar", 19, 18),  # "Mr." is no sentence end: the last space wins
        ("abcdefghijklmnop", 10, 10),  # no boundary at all: the limit
        ("short", 10, 5),
    ],
)
def test_cut_point_at_the_boundary(text: str, limit: int, cut: int) -> None:
    assert cut_point(text, 0, limit) == cut


FILLER = "The crew spent the week on location near the old harbour, and the weather held for the shoot. "
CAST = "Mira Sollis will play Captain Brand in Paper Lanterns season 2."


def test_a_name_across_the_chunk_limit_is_whole(extractor: Extractor) -> None:
    """One 130,000-character paragraph with "Mira Sollis" across offset 100,000, where the old cut
    ("Mira So" | "llis ...") fell. The record is whole and its evidence covers the old cut."""
    start = ner.CHUNK_CHARS - len("Mira So")
    head = FILLER * (start // len(FILLER))
    text = head + " " * (start - len(head)) + CAST + " " + FILLER * 300
    assert "\n" not in text and len(text) > ner.CHUNK_CHARS + 25_000
    spans = ner.chunk_spans(text, make_article(text).blocks)
    assert [s for s, _ in spans[1:]] == [e for _, e in spans[:-1]] and spans[-1][1] == len(text)
    assert all(text[e - 1].isspace() for _, e in spans[:-1]) and spans[0][1] <= start
    output = extractor.extract_one(make_article(text))
    assert [(r.actor, r.character) for r in output.cast] == [("Mira Sollis", "Captain Brand")]
    assert any(ev.start < ner.CHUNK_CHARS < ev.end for ev in output.cast[0].evidence)


# --- 8. every command's output errors are one line, exit 1 -------------------------------------------


def unwritable(tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    if kind == "folder":
        (tmp_path / "taken").mkdir()
        return tmp_path / "taken"
    if kind == "under-a-file":
        (tmp_path / "file").write_text("")
        return tmp_path / "file" / "out"
    (tmp_path / "ro").mkdir(mode=0o500)
    if os.geteuid() == 0:  # root may write anyway: the folder refuses as the kernel would refuse others

        def refuse(*args: object, **kw: object) -> tuple[int, str]:
            raise PermissionError(13, "Permission denied", str(tmp_path / "ro"))

        monkeypatch.setattr(jsonio.tempfile, "mkstemp", refuse)
    return tmp_path / "ro" / "out"


@pytest.mark.parametrize("kind", ["folder", "under-a-file", "read-only"])
@pytest.mark.parametrize("command", ["merge {pred}", "export {pred}", "review --pred {pred}"])
def test_an_output_that_cannot_be_written_is_one_line_exit_1(
    tmp_path: Path,
    kind: str,
    command: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pred = write_side(tmp_path / "pred", {"a": good_output("a")})
    out = unwritable(tmp_path, kind, monkeypatch)
    args = [*command.format(pred=pred).split(), "--out", str(out)]
    assert main(args) == 1
    why = {"folder": "it is a folder; want a file name", "under-a-file": "part of its folder path is a file"}
    assert one_line(capsys.readouterr().err) == (
        f"hsextract {args[0]}: error: cannot write {out}: {why.get(kind, 'Permission denied')}"
    )


def test_a_closed_stdout_is_one_line_exit_1() -> None:
    read, write = os.pipe()
    os.close(read)  # nobody will read: every write fails (EPIPE)
    try:
        done = hsextract("schema", stdout=write)
    finally:
        os.close(write)
    assert done.returncode == 1
    assert one_line(done.stderr) == "hsextract schema: error: cannot write output: Broken pipe"


def test_pieces_of_a_long_line_start_their_own_chunks() -> None:
    """Issue 25: a line cut into blocks (segment.BLOCK_CHARS) is analysed piece by piece, so no
    sentence runs from one piece into the next; an ordinary article stays one chunk."""
    text = (FILLER * 400).strip()
    blocks = make_article(text).blocks
    assert len(blocks) > 1
    spans = ner.chunk_spans(text, blocks)
    assert [s for s, _ in spans] == [b.start for b in blocks]
    assert [s for s, _ in spans[1:]] == [e for _, e in spans[:-1]] and spans[-1][1] == len(text)
    ordinary = "\n\n".join([FILLER.strip()] * 50)
    assert ner.chunk_spans(ordinary, make_article(ordinary).blocks) == [(0, len(ordinary))]
