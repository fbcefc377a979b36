"""The output folder between runs: what the last run listed, stale outputs, leftover temp files,
and the lock that keeps a second run out while one is writing.

Kept apart from the extraction wiring because it only ever touches files, and it must be careful:
it deletes only what a previous manifest of this folder listed, and only names that are safe ids.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from hsextract.ingest import Article, check_id, text_file_name
from hsextract.jsonio import write_atomic
from hsextract.models import ManifestEntry

if TYPE_CHECKING:
    from hsextract.cache import OutputCache


def previous_ids(out_dir: Path) -> set[str]:
    """Article ids the last run's manifest listed (a missing or unreadable manifest lists none)."""
    try:
        data = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
        rows = data.get("articles", []) if isinstance(data, dict) else []
    except (OSError, ValueError, RecursionError):
        return set()
    return {r["id"] for r in rows if isinstance(r, dict) and isinstance(r.get("id"), str)}


def remove_stale(out_dir: Path, previous: set[str], entries: list[ManifestEntry]) -> list[str]:
    """Delete `<id>.json` of ids the last manifest listed that now have no output: gone from the
    input, or now a duplicate / skipped / unreadable. Never a file the last manifest did not list."""
    keep = {e.id for e in entries if e.status in {"ok", "empty"}}
    removed: list[str] = []
    for aid in sorted(previous - keep):
        path = out_dir / f"{aid}.json"
        if check_id(aid) is None and path.is_file():
            path.unlink()
            removed.append(aid)
    return removed


def remove_temp_files(out_dir: Path) -> None:
    """Temp files a killed run left (`jsonio.write_atomic` names them `.<name>.json.<random>.tmp`)."""
    for path in out_dir.glob(".?*.json.*.tmp"):
        if path.is_file():
            path.unlink(missing_ok=True)


LOCK_FILE = ".hsextract.lock"
_LOCK_MODE = 0o644


class FolderLocked(Exception):
    """Another live run holds the output folder's lock."""

    def __init__(self, out_dir: Path, holder: str) -> None:
        who = f"pid {holder}" if holder.isdigit() else "a process that did not say its pid"
        super().__init__(
            f"--out {out_dir}: another hsextract run ({who}) is writing into this folder; "
            "wait for it to finish or choose another --out"
        )


class OutputLock:
    """An exclusive lock on an output folder for the length of a run, held in `<out>/.hsextract.lock`
    (the holder's pid inside, for the message a second run prints).

    Two runs into one folder would delete each other's outputs as stale and each write a manifest
    that the other made false, so the second one is refused rather than made to wait (a wait could be
    hours, with nothing said). The lock is `flock` on the file, which the kernel drops when the holder
    dies however it dies: a lock file left by a killed run is stale and simply taken over. Workers
    forked during the run inherit the descriptor; they never outlive the parent (parallel.py).
    """

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / LOCK_FILE
        self.out_dir = out_dir
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, _LOCK_MODE)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 64).decode("ascii", "replace").partition("\n")[0].strip()
                os.close(fd)
                raise FolderLocked(self.out_dir, holder) from None
            except BaseException:
                os.close(fd)
                raise
            # The holder before us may have removed the file between our open and our lock: then we
            # locked a file nobody else will ever open. Only the file at the path counts.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        pid = f"{os.getpid()}\n".encode("ascii")
        os.pwrite(fd, pid, 0)
        os.ftruncate(fd, len(pid))
        self._fd = fd

    def release(self) -> None:
        """Remove the file while still holding the lock (see `acquire`), then let go."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(fd)

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def write_output(
    out_dir: Path, cache: OutputCache, article_id: str, text: str, entry: ManifestEntry, key: Article | None
) -> None:
    """One article's output file, then the cache key vouching for it (for `key`, the article it was
    made from), or, without `key`, the old key removed.

    A failed write is that article's error, not the run's end: `entry` (listed in the next manifest,
    which is written only after this returns) says so, and no file or key of an older run is left to
    pass for this one. A key that cannot be written only costs a re-extraction next time.
    """
    path = out_dir / f"{article_id}.json"
    try:
        write_atomic(path, text, durable=False)
    except OSError as exc:
        entry.status, entry.error = "error", f"cannot write {path}: {exc.strerror or exc}"
        entry.counts = dict.fromkeys(entry.counts, 0)
        with contextlib.suppress(OSError):
            cache.forget(article_id)
        with contextlib.suppress(OSError):  # an older run's output of this id would now be a lie
            path.unlink(missing_ok=True)
        return
    try:
        if key is not None:
            cache.store(key, entry.counts)
        else:
            cache.forget(article_id)
    except OSError:
        with contextlib.suppress(OSError):
            cache.forget(article_id)


def jsonl_clash(jsonl: Path, paths: list[Path]) -> str | None:
    """Why `--jsonl` would destroy or pollute an input: it is one (the records would overwrite the
    articles), or it lies inside an input folder (folders are read recursively, so the next run would
    read the records back as broken articles). None when it is safe."""
    target = jsonl.resolve()
    for path in paths:
        source = path.resolve()
        if target == source:
            return f"--jsonl {jsonl}: is an input of this run; writing it would overwrite the articles"
        if source.is_dir() and target.is_relative_to(source):
            return (
                f"--jsonl {jsonl}: is inside the input folder {path}, where the next run would read it "
                "as articles; write it elsewhere"
            )
    return None


def write_texts(out_dir: Path, articles: Iterable[Article], entries: Iterable[ManifestEntry]) -> None:
    """Write each HTML article's extracted text as `<out>/<id>.text.txt` (atomically, only when it
    changed) and name it in its manifest entry; remove the text file of an id the last manifest
    listed that now has none (gone, or no longer from HTML). Runs for cache hits too, so a deleted
    text file comes back without re-extracting."""
    by_id = {e.id: e for e in entries}
    written: set[str] = set()
    for article in articles:
        if article.origin != "html" or article.id not in by_id:
            continue
        path = out_dir / text_file_name(article.id)
        try:
            same = path.read_bytes() == article.text.encode("utf-8")
        except OSError:
            same = False
        if not same:
            write_atomic(path, article.text)
        by_id[article.id].text_file = path.name
        written.add(article.id)
    for aid in previous_ids(out_dir) - written:
        if check_id(aid) is None:  # a safe file name: never a path out of the folder
            (out_dir / text_file_name(aid)).unlink(missing_ok=True)
