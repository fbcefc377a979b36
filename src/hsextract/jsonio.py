"""Canonical JSON, atomic writes and strict reading of output/gold files.

Canonical: sorted keys, two-space indent, UTF-8 without ASCII escaping, trailing newline, so
the same records always give the same bytes and `git diff outputs/` stays readable.
Atomic: a temp file in the destination folder, then rename, so a killed run never leaves a
truncated file; fsync before the rename unless the caller flushes a whole batch itself (the
extract run writes thousands of outputs and syncs once before each manifest that lists them).
Strict reading names the file, the record and the field on error.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import to_json

from hsextract.errors import UsageError
from hsextract.models import ArticleOutput, GoldFile

M = TypeVar("M", bound=BaseModel)


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _umask_mode()


class RecordFileError(Exception):
    """A gold/output file that cannot be read or does not match the contract."""


def _sorted(obj: Any) -> Any:
    """`obj` with every dict's keys in sorted order."""
    if isinstance(obj, dict):
        return {k: _sorted(obj[k]) for k in sorted(obj)}
    if isinstance(obj, list):
        return [_sorted(v) for v in obj]
    return obj


def _has_float(obj: Any) -> bool:
    if isinstance(obj, dict):
        return any(_has_float(v) for v in obj.values())
    if isinstance(obj, list):
        return any(_has_float(v) for v in obj)
    return isinstance(obj, float)


def dumps(obj: Any) -> str:
    """Canonical JSON text. pydantic-core's serializer writes the same bytes as `json.dumps` with
    these settings, three times faster (tests/test_jsonio.py compares them); floats, whose exponent
    it spells differently ("1e-7"), take the standard library's path. The record contract has no
    float field (tested), so a model skips that check."""
    if isinstance(obj, BaseModel):
        return to_json(_sorted(obj.model_dump(mode="json")), indent=2).decode("utf-8") + "\n"
    if _has_float(obj):
        return json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    return to_json(_sorted(obj), indent=2).decode("utf-8") + "\n"


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    """`durable=False` skips the fsync: the rename is still atomic against a killed process, and
    the caller makes the batch durable (os.sync) before it reports it done."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, _FILE_MODE)  # mkstemp creates 0600; outputs are ordinary shared files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_or_say(path: Path, text: str) -> str | None:
    """`write_atomic`, for a command's `--out`: None when written, else the one-line reason it could
    not be (a folder, a read-only place, a full disk), for the command to print and exit 1 with."""
    if path.is_dir():
        return f"cannot write {path}: it is a folder; want a file name"
    try:
        write_atomic(path, text)
    except (FileExistsError, NotADirectoryError):  # from making the parent folders
        return f"cannot write {path}: part of its folder path is a file"
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror or exc}"
    return None


def _describe(err: ValidationError) -> str:
    """'cast[3].actor: Field required' for the first few errors."""
    parts = []
    for e in err.errors()[:5]:
        loc = ""
        for item in e["loc"]:
            loc += f"[{item}]" if isinstance(item, int) else (f".{item}" if loc else str(item))
        parts.append(f"{loc or '<root>'}: {e['msg']}")
    more = f" (+{err.error_count() - 5} more)" if err.error_count() > 5 else ""
    return "; ".join(parts) + more


def load_model(path: Path, model: type[M]) -> M:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordFileError(f"{path}: cannot read: {exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RecordFileError(
            f"{path}: invalid JSON at line {exc.lineno} col {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError as exc:  # e.g. 100,000 "[": the parser gives up before any syntax error
        raise RecordFileError(f"{path}: invalid JSON: nested too deeply to read") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RecordFileError(f"{path}: {_describe(exc)}") from exc


def load_output(path: Path) -> ArticleOutput:
    return load_model(path, ArticleOutput)


def load_gold(path: Path) -> GoldFile:
    return load_model(path, GoldFile)


def output_files(folder: Path) -> list[Path]:
    """Per-article output files in a folder (the manifest and hidden temp files excluded)."""
    return sorted(
        p for p in folder.glob("*.json") if p.name != "manifest.json" and not p.name.startswith(".")
    )


SEALED_MARKER = "SEALED"  # a gold split folder holding this file shows only its score table


def gold_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Gold files of a gold folder, keyed by article id, with the split each belongs to.

    `gold/<id>.json` is in split "" (no split); `gold/<split>/<id>.json` in that split (`dev`,
    `test`, ...), one level deep, so one folder can hold a development and a sealed test set.
    An id found twice is an error: eval and diff key everything by article id.
    """
    found: dict[str, tuple[Path, str]] = {}
    candidates = [(p, "") for p in output_files(folder)]
    subfolders = sorted(d for d in folder.iterdir() if d.is_dir() and not d.name.startswith("."))
    candidates += [(p, d.name) for d in subfolders for p in output_files(d)]
    for path, split in candidates:
        if path.stem in found:
            raise RecordFileError(f"{path}: article id {path.stem!r} already read from {found[path.stem][0]}")
        found[path.stem] = (path, split)
    return found


def sealed_splits(folder: Path) -> frozenset[str]:
    """Split names under a gold folder whose folder carries the `SEALED` marker file."""
    if not folder.is_dir():
        return frozenset()
    return frozenset(d.name for d in folder.iterdir() if d.is_dir() and (d / SEALED_MARKER).is_file())


def _load_many(
    path: Path, load: Callable[[Path], Any], ident: Callable[[Any], str], *, gold: bool = False
) -> dict[str, Any]:
    if not path.exists():
        raise UsageError(f"{path}: no such file or directory")
    if path.is_dir():
        files = [p for p, _ in gold_files(path).values()] if gold else output_files(path)
    else:
        files = [path]
    seen: dict[str, Any] = {}
    where: dict[str, Path] = {}
    for f in files:
        doc = load(f)
        aid = ident(doc)
        if aid in seen:
            raise RecordFileError(f"{f}: article id {aid!r} already read from {where[aid]}")
        seen[aid], where[aid] = doc, f
    return seen


def load_side(path: Path) -> dict[str, ArticleOutput]:
    """A folder of `<id>.json` outputs (manifest ignored) or one output file, keyed by article id."""
    return _load_many(path, load_output, lambda d: d.article.id)


def load_gold_side(path: Path) -> dict[str, GoldFile]:
    """A gold folder (split subfolders included, sealed ones too) or one gold file. Commands that
    show per-article results read `diff_gold.load_open_gold` instead, which honours `SEALED`."""
    return _load_many(path, load_gold, lambda d: d.article_id, gold=True)
