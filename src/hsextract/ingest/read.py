"""Stage 1: read articles from disk, decode them, and attach metadata.

Every input becomes either an `Article` or an `IngestFailure`; nothing raises past this module,
because one bad file must not cost a user the rest of the corpus. Offsets everywhere later are
into `Article.text`, the decoded text exactly as read (no newline or whitespace normalisation).
Segmentation and the model read `Article.analysis_text` instead: the same text with any HTML
markup blanked to same-length whitespace, so offsets into either are interchangeable.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hsextract.ingest.decode import decode
from hsextract.ingest.markup import mask_markup
from hsextract.ingest.meta import ArticleMeta, clean_str, meta_values, parse_published, read_sidecar
from hsextract.ingest.segment import Block, segment

SUFFIXES = (".txt", ".jsonl")
MAX_BYTES = 64 * 1024 * 1024  # a bigger "article" is a mistake, and reading it would cost the run its memory
RESERVED_IDS = frozenset({"manifest"})  # `manifest.json` is the run's own file in the output folder
_NOT_IN_NAMES = re.compile(r'[<>:"|?*\x00-\x1f\x7f\ud800-\udfff]')


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
    _analysis: str | None = field(default=None, repr=False)

    @property
    def analysis_text(self) -> str:
        """`text` with HTML markup blanked (same length): what segmentation and NER should read."""
        if self._analysis is None:
            self._analysis = mask_markup(self.text).text
        return self._analysis

    @property
    def blocks(self) -> list[Block]:
        """Paragraph/heading/caption blocks of the analysis text, computed once on first use."""
        if self._blocks is None:
            self._blocks = segment(self.analysis_text)
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
    """Why an id is unusable as an output file name `<id>.json`, or None when it is fine."""
    if not article_id.strip() or article_id in {".", ".."}:
        return "empty or dot article id"
    if "/" in article_id or "\\" in article_id or ".." in article_id:
        return f"article id {article_id!r} would escape the output folder"
    if article_id.startswith("."):
        return f"article id {article_id!r} would be a hidden file"
    if _NOT_IN_NAMES.search(article_id):
        return f"article id {article_id!r} has characters not allowed in a file name"
    if article_id.casefold() in RESERVED_IDS:
        return f"article id {article_id!r} is reserved for the run's own files"
    if len(article_id.encode("utf-8")) > 250:
        return f"article id is {len(article_id.encode('utf-8'))} bytes; at most 250 fit in a file name"
    return None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_article(
    article_id: str, text: str, source: str, meta: dict[str, str], warnings: list[str], where: str = ""
) -> Article:
    """An article with its markup mask computed once and its metadata problems noted."""
    masked = mask_markup(text)
    if masked.changed:
        warnings.append(where + masked.warning())
    return Article(
        id=article_id,
        text=text,
        source=source,
        sha256=sha256_text(text),
        title=meta.get("title"),
        url=meta.get("url"),
        published=parse_published(meta.get("published"), warnings, where),
        warnings=warnings,
        _analysis=masked.text,
    )


def _read_bytes(path: Path) -> bytes | str:
    """The file's bytes, or why they cannot be had."""
    if path.is_dir():
        return "is a folder, not a file"
    if not path.is_file():
        return "not a regular file"
    try:
        if path.stat().st_size > MAX_BYTES:
            return f"file is larger than {MAX_BYTES // (1024 * 1024)} MB"
        return path.read_bytes()
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"


def read_text_file(path: Path) -> Ingested:
    article_id, source = path.stem, str(path)
    why = check_id(article_id)
    if why:
        return IngestFailure(article_id, source, why)
    raw = _read_bytes(path)
    if isinstance(raw, str):
        return IngestFailure(article_id, source, raw)
    text, warnings, error = decode(raw)
    if text is None:
        return IngestFailure(article_id, source, error or "undecodable", hashlib.sha256(raw).hexdigest())
    meta = read_sidecar(path.with_name(f"{article_id}.meta.json"), warnings)
    return build_article(article_id, text, source, meta, warnings)


JSONL_KEYS = frozenset({"id", "text", "title", "url", "published"})


def _jsonl_line(path: Path, lineno: int, line: str, file_notes: list[str]) -> Ingested:
    source, where = f"{path}:{lineno}", f"line {lineno}: "
    line_id = f"{path.stem}:{lineno}"
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return IngestFailure(line_id, source, f"{where}invalid JSON: {getattr(exc, 'msg', exc)}")
    if not (isinstance(obj, dict) and isinstance(obj.get("id"), str) and isinstance(obj.get("text"), str)):
        return IngestFailure(line_id, source, f"{where}needs a JSON object with string 'id' and 'text'")
    why = check_id(obj["id"])
    if why:
        return IngestFailure(clean_str(obj["id"])[0], source, where + why)
    warnings = [where + n for n in file_notes] if "\ufffd" in line else []
    text, bad = clean_str(obj["text"])
    if bad:
        warnings.append(f"{where}{bad} unpaired surrogate(s) in text replaced with U+FFFD")
    meta = meta_values(
        {k: v for k, v in obj.items() if k not in {"id", "text"}}, set(JSONL_KEYS), where, warnings
    )
    return build_article(obj["id"], text, source, meta, warnings, where)


def read_jsonl(path: Path) -> Iterator[Ingested]:
    """One article per line; a bad line is reported by its number and the rest are still read."""
    raw = _read_bytes(path)
    if isinstance(raw, str):
        yield IngestFailure(path.stem, str(path), raw)
        return
    content, notes, error = decode(raw)
    if content is None:
        yield IngestFailure(path.stem, str(path), error or "undecodable", hashlib.sha256(raw).hexdigest())
        return
    # Only \n ends a line: JSON strings cannot hold a raw one, but may hold U+2028 and friends.
    for lineno, line in enumerate(content.split("\n"), start=1):
        if line.strip():
            yield _jsonl_line(path, lineno, line, notes)


def _expand(path: Path) -> list[Path] | IngestFailure:
    """A folder's *.txt and *.jsonl, its subfolders' too (a corpus split into dev/ and test/ is
    one corpus), hidden files and folders skipped, sorted; any other path as given."""
    if not path.is_dir():
        return [path]
    found: list[Path] = []
    problems: list[OSError] = []
    for root, dirs, files in os.walk(path, onerror=problems.append):
        here = Path(root)
        # a folder named like an article ("x.txt/") is reported (reading it fails), not walked
        named = [d for d in dirs if Path(d).suffix.lower() in SUFFIXES]
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in named)
        found += (
            here / f for f in [*files, *named] if Path(f).suffix.lower() in SUFFIXES and not f.startswith(".")
        )
    if problems:
        exc = problems[0]
        return IngestFailure(path.name, str(path), f"cannot list folder: {exc.strerror or exc}")
    return sorted(found)


def corpus_file(corpus: Path, name: str) -> Path:
    """`corpus/<name>`, else `corpus/<split>/<name>` in the first split folder holding it (ids are
    unique across a corpus, so at most one does); the top-level path when none does."""
    direct = corpus / name
    if direct.exists() or not corpus.is_dir():
        return direct
    splits = sorted(d for d in corpus.iterdir() if d.is_dir() and not d.name.startswith("."))
    return next((d / name for d in splits if (d / name).exists()), direct)


def discover(paths: Iterable[Path]) -> list[Path]:
    """Input files in a stable order; a file named twice (directly or via its folder) counts once."""
    return [p for p in _inputs(paths) if isinstance(p, Path)]


def _inputs(paths: Iterable[Path]) -> Iterator[Path | IngestFailure]:
    seen: set[str] = set()
    for p in paths:
        expanded = _expand(p)
        if isinstance(expanded, IngestFailure):
            yield expanded
            continue
        for q in expanded:
            key = os.path.normcase(os.path.abspath(q))
            if key not in seen:
                seen.add(key)
                yield q


def read_articles(paths: Iterable[Path]) -> Iterator[Ingested]:
    for item in _inputs(paths):
        if isinstance(item, IngestFailure):
            yield item
        elif not item.exists() and not item.is_symlink():
            yield IngestFailure(item.stem, str(item), "no such file")
        elif not item.exists():
            yield IngestFailure(item.stem, str(item), "broken symbolic link")
        elif item.suffix.lower() == ".jsonl":
            yield from read_jsonl(item)
        elif item.suffix.lower() == ".txt":
            yield read_text_file(item)
        else:
            why = f"unsupported file type {item.suffix!r} (want .txt or .jsonl)"
            yield IngestFailure(item.stem, str(item), why)


__all__ = [
    "Article",
    "ArticleMeta",
    "IngestFailure",
    "Ingested",
    "build_article",
    "check_id",
    "decode",
    "discover",
    "read_articles",
    "read_jsonl",
    "read_text_file",
    "sha256_text",
]
