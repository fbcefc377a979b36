"""Stage 1: read articles from disk, decode them, and attach metadata.

Every input becomes either an `Article` or an `IngestFailure`; nothing raises past this module,
because one bad file must not cost a user the rest of the corpus. Offsets everywhere later are
into `Article.text`, the decoded text exactly as read (no newline or whitespace normalisation).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from hsextract.ingest.segment import Block, segment

_SAFE_ID = re.compile(r"^[\w][\w.\- ]*$", re.UNICODE)


class ArticleMeta(BaseModel):
    """Sidecar `<id>.meta.json`; unknown keys are a warning, not silently accepted."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    url: str | None = None
    published: str | None = None
    origin: str | None = None


@dataclass
class Article:
    id: str
    text: str
    source: str
    sha256: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    warnings: list[str] = field(default_factory=list)
    _blocks: list[Block] | None = field(default=None, repr=False)

    @property
    def blocks(self) -> list[Block]:
        """Paragraph/heading/caption blocks, computed once on first use."""
        if self._blocks is None:
            self._blocks = segment(self.text)
        return self._blocks


@dataclass
class IngestFailure:
    """An input that could not become an article; it still appears in the manifest."""

    id: str
    source: str
    error: str
    sha256: str | None = None


Ingested = Article | IngestFailure


def check_id(article_id: str) -> str | None:
    """Why an id is unusable as an output file name, or None when it is fine."""
    if not article_id or article_id in {".", ".."}:
        return "empty or dot article id"
    if "/" in article_id or "\\" in article_id or ".." in article_id:
        return f"article id {article_id!r} would escape the output folder"
    if not _SAFE_ID.match(article_id) or any(ord(c) < 32 for c in article_id):
        return f"article id {article_id!r} has characters not allowed in a file name"
    return None


def decode(raw: bytes) -> tuple[str | None, list[str], str | None]:
    """Bytes -> (text, warnings, error). BOMs pick the codec; NULs without one mean binary."""
    warnings: list[str] = []
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec), [f"decoded as {codec} (byte-order mark)"], None
            except UnicodeDecodeError as exc:
                return None, warnings, f"invalid {codec} after byte-order mark: {exc.reason}"
    if b"\x00" in raw:
        return None, warnings, "binary file (NUL bytes), not text"
    try:
        return raw.decode("utf-8"), warnings, None
    except UnicodeDecodeError as exc:
        bad = raw.decode("utf-8", errors="replace").count("\ufffd")
        warnings.append(f"invalid UTF-8 at byte {exc.start}: {bad} byte sequence(s) replaced with U+FFFD")
        return raw.decode("utf-8", errors="replace"), warnings, None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_published(value: object, warnings: list[str]) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        warnings.append(f"published value {value!r} is not a YYYY-MM-DD date; ignored")
        return None


def _read_meta(meta_path: Path, warnings: list[str]) -> ArticleMeta:
    if not meta_path.exists():
        return ArticleMeta()
    try:
        return ArticleMeta.model_validate(json.loads(meta_path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
        first = str(exc).splitlines()
        reason = " ".join(first[:3]) if first else type(exc).__name__
        warnings.append(f"sidecar {meta_path.name} ignored: {reason}")
        return ArticleMeta()


def read_text_file(path: Path) -> Ingested:
    article_id, source = path.stem, str(path)
    why = check_id(article_id)
    if why:
        return IngestFailure(article_id, source, why)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return IngestFailure(article_id, source, f"cannot read file: {exc.strerror or exc}")
    text, warnings, error = decode(raw)
    if text is None:
        return IngestFailure(article_id, source, error or "undecodable", hashlib.sha256(raw).hexdigest())
    meta = _read_meta(path.with_name(f"{article_id}.meta.json"), warnings)
    return Article(
        id=article_id, text=text, source=source, sha256=sha256_text(text), title=meta.title, url=meta.url,
        published=parse_published(meta.published, warnings), warnings=warnings,
    )


_JSONL_KEYS = {"id", "text", "title", "url", "published"}


def read_jsonl(path: Path) -> Iterator[Ingested]:
    """One article per line; a bad line is reported by its number and the rest are still read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield IngestFailure(path.stem, str(path), f"cannot read file: {exc.strerror or exc}")
        return
    content, _, error = decode(raw)
    if content is None:
        yield IngestFailure(path.stem, str(path), error or "undecodable")
        return
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestFailure(f"{path.stem}:{lineno}", source, f"line {lineno}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str) or not isinstance(obj.get("text"), str):
            yield IngestFailure(f"{path.stem}:{lineno}", source, f"line {lineno}: needs string 'id' and 'text'")
            continue
        why = check_id(obj["id"])
        if why:
            yield IngestFailure(str(obj["id"]), source, f"line {lineno}: {why}")
            continue
        warnings = [f"line {lineno}: unknown key {k!r} ignored" for k in sorted(set(obj) - _JSONL_KEYS)]
        text = obj["text"]
        yield Article(
            id=obj["id"], text=text, source=source, sha256=sha256_text(text),
            title=obj.get("title") if isinstance(obj.get("title"), str) else None,
            url=obj.get("url") if isinstance(obj.get("url"), str) else None,
            published=parse_published(obj.get("published"), warnings), warnings=warnings,
        )


def discover(paths: Iterable[Path]) -> list[Path]:
    """Input files in a stable order: folders expand to their *.txt and *.jsonl, sorted."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(q for q in p.iterdir() if q.suffix in {".txt", ".jsonl"} and q.is_file()))
        else:
            found.append(p)
    return found


def read_articles(paths: Iterable[Path]) -> Iterator[Ingested]:
    for path in discover(paths):
        if not path.exists():
            yield IngestFailure(path.stem, str(path), "no such file")
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path)
        elif path.suffix == ".txt":
            yield read_text_file(path)
        else:
            yield IngestFailure(path.stem, str(path), f"unsupported file type {path.suffix!r} (want .txt or .jsonl)")
