"""Stage 1: read articles from disk, decode them, and attach metadata.

Every input becomes either an `Article` or an `IngestFailure`; nothing raises past this module,
because one bad file must not cost a user the rest of the corpus. Offsets everywhere later are
into `Article.text`, the decoded text exactly as read (no newline or whitespace normalisation).
Segmentation and the model read `Article.analysis_text` instead: the same text with any HTML
markup blanked to same-length whitespace (and a listicle number glued to its line's first word), so
offsets into either are interchangeable.
A saved web page (`.html`, or a `.jsonl` line with `html`) is read through ingest/html.py: its
`Article.text` is the article text trafilatura extracted from it, and `origin` says so.
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
from typing import Literal

from hsextract.ingest.decode import decode
from hsextract.ingest.html import HTML_SUFFIXES, extract_page
from hsextract.ingest.markup import mask_markup
from hsextract.ingest.meta import ArticleMeta, clean_str, meta_values, parse_published, read_sidecar
from hsextract.ingest.segment import Block, segment
from hsextract.ingest.title import text_title

SUFFIXES = (".txt", ".jsonl", *HTML_SUFFIXES)
MAX_BYTES = 64 * 1024 * 1024  # a bigger "article" is a mistake, and reading it would cost the run its memory
# The longest name written for an id is write_atomic's temp file of the longest per-id file,
# `<id>.text.txt` (an HTML article's text, beside `<id>.json`): `.<id>.text.txt.XXXXXXXX.tmp`
# (tempfile's 8 random characters), which must fit in a 255-byte file name.
MAX_ID_BYTES = 255 - len("..text.txt.XXXXXXXX.tmp")  # 232
RESERVED_IDS = frozenset({"manifest"})  # `manifest.json` is the run's own file in the output folder
# a scraped listicle's entry number glued to its head ("2Mara Lind (Jane Roe)", "3The Long Weir"): the
# number is list markup that lost its space, blanked like a tag so the head's first word reads whole
_GLUED_NUMBER = re.compile(r"(?m)^\d{1,2}(?=[A-Z][a-z])")


# markdown emphasis around a title ("1. *The Reed Bed*", "**Damp Plaster**", "_Title_"), as scraped
# text often keeps it: bold markers are blanked, and italics become quotes, since italics are how
# print marks a title ("five episodes: *Tarn Lights*, *Cobble Net* and ..."). A bullet ("* item") has a
# space after its star and is kept.
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*\*|\*|__|_)(?=[^\s*_])([^\n*_]{1,200}?)(?<=[^\s*_\\])\1(?![\w*])")


# A table flattened with another cell separator ("No · Ep · Title · Air date", tab-separated rows):
# the rules read "|" rows, so a run of lines that split alike is given bars (same length). A single
# line with dots ("By Name · 4 min read") is a byline, not a table.
_CELL_SEPARATORS = (" · ", " • ", "\t")
MIN_TABLE_LINES = 3  # a header and two rows
MIN_SEPARATORS = 2  # three cells


def _barred(text: str) -> str:
    lines = text.split("\n")
    for sep in _CELL_SEPARATORS:
        if sep not in text:
            continue
        counts = [0 if "|" in line else line.count(sep) for line in lines]
        k = 0
        while k < len(lines):
            n, j = counts[k], k
            while j < len(lines) and counts[j] == n:
                j += 1
            if n >= MIN_SEPARATORS and j - k >= MIN_TABLE_LINES:
                bar = sep.replace(sep.strip() or sep, "|")
                lines[k:j] = [line.replace(sep, bar) for line in lines[k:j]]
            k = max(j, k + 1)
    return "\n".join(lines)


def _unemphasised(m: re.Match[str]) -> str:
    mark = '"' if len(m[1]) == 1 else " " * len(m[1])
    return mark + m[2] + mark


def unglued(text: str) -> str:
    """`text` with glued entry numbers and emphasis markers blanked, other table separators made bars
    and fact-box leaders colons (same length)."""
    if _GLUED_HINT.search(text):
        text = _GLUED_NUMBER.sub(lambda m: " " * len(m.group()), text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_unemphasised, text)
    if any(sep in text for sep in _CELL_SEPARATORS):
        text = _barred(text)
    if "▸" in text or "...." in text:
        text = _LEADER.sub(lambda m: ":" + " " * (len(m.group()) - 1), text)
    if "「" in text or "『" in text:  # Japanese corner brackets quote a title: read them as quotes
        text = text.translate(_CORNER_QUOTES)
    if "( " in text or " )" in text:  # "Actor ( who plays X )": the spaces move outside the brackets
        text = _INNER_SPACE.sub(lambda m: m["lead"] + "(" if m["lead"] else ")" + m["tail"], text)
    return text


_CORNER_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "“", "』": "”"})
_INNER_SPACE = re.compile(r"\((?P<lead>[ \t]+)(?=\S)|(?<=\S)(?P<tail>[ \t]+)\)")


# a fact box's label and value joined by an arrow or a dot leader: "Broadcast ▸ Tokyo MX",
# "Series 1 ........ spring 2025" read as "Label: value"
_LEADER = re.compile(r"(?m)(?<=[^\s.:])(?:[ \t]*▸|[ \t]+\.{4,})[ \t]+(?=\S)")


_GLUED_HINT = re.compile(r"(?m)^\d")
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
    origin: Literal["text", "html"] = "text"  # "html": `text` was extracted from a web page (html.py)
    html_sha256: str | None = None  # of the page's bytes: the cache key covers the HTML itself
    # Where `title` came from: "meta" (sidecar, jsonl key, the page's own metadata) or "text" (the
    # first block, when it is a headline: ingest/title.py); None when there is no title.
    title_origin: Literal["meta", "text"] | None = None
    _blocks: list[Block] | None = field(default=None, repr=False)
    _analysis: str | None = field(default=None, repr=False)

    @property
    def analysis_text(self) -> str:
        """`text` with HTML markup blanked (same length): what segmentation and NER should read."""
        if self._analysis is None:
            self._analysis = unglued(mask_markup(self.text).text)
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
    if len(article_id.encode("utf-8")) > MAX_ID_BYTES:
        size = len(article_id.encode("utf-8"))
        return f"article id is {size} bytes; at most {MAX_ID_BYTES} fit in a file name"
    return None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_article(
    article_id: str,
    text: str,
    source: str,
    meta: dict[str, str],
    warnings: list[str],
    where: str = "",
    html_sha256: str | None = None,
) -> Article:
    """An article with its markup mask computed once and its metadata problems noted; `html_sha256`
    (of the page it was extracted from) marks an article whose text came from HTML."""
    masked = mask_markup(text)
    if masked.changed:
        warnings.append(where + masked.warning())
    analysis = unglued(masked.text)
    title, blocks = meta.get("title"), None
    origin: Literal["meta", "text"] | None = "meta" if title else None
    if not title:  # the headline in the text, if its first block is one (segmented once, kept)
        blocks = segment(analysis)
        title = text_title(blocks, analysis)
        origin = "text" if title else None
    return Article(
        id=article_id,
        text=text,
        source=source,
        sha256=sha256_text(text),
        title=title,
        title_origin=origin,
        _blocks=blocks,
        url=meta.get("url"),
        published=parse_published(meta.get("published"), warnings, where),
        warnings=warnings,
        origin="text" if html_sha256 is None else "html",
        html_sha256=html_sha256,
        _analysis=analysis,
    )


def html_article(
    article_id: str, html: bytes | str, source: str, meta: dict[str, str], warnings: list[str], where: str
) -> Ingested:
    """An article from a web page; metadata given beside the page (sidecar, jsonl keys) wins over
    what the page says about itself."""
    html_sha = hashlib.sha256(html.encode("utf-8", "replace") if isinstance(html, str) else html).hexdigest()
    page = extract_page(html, meta.get("url"))
    if isinstance(page, str):
        return IngestFailure(article_id, source, where + page, html_sha)
    warnings += [where + w for w in page.warnings]
    found = {"title": page.title, "url": page.url, "published": page.published}
    merged = {**{k: v for k, v in found.items() if v}, **meta}
    return build_article(article_id, page.text, source, merged, warnings, where, html_sha256=html_sha)


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


def read_html_file(path: Path) -> Ingested:
    """A saved web page: binary content is refused, the rest goes through trafilatura."""
    article_id, source = path.stem, str(path)
    why = check_id(article_id)
    if why:
        return IngestFailure(article_id, source, why)
    raw = _read_bytes(path)
    if isinstance(raw, str):
        return IngestFailure(article_id, source, raw)
    # decode() only tells a page from a binary file: trafilatura decodes the page itself, by its
    # declared charset (a windows-1252 page is not "invalid UTF-8").
    error = decode(raw)[2]
    if error:
        return IngestFailure(article_id, source, error, hashlib.sha256(raw).hexdigest())
    warnings: list[str] = []
    meta = read_sidecar(path.with_name(f"{article_id}.meta.json"), warnings)
    return html_article(article_id, raw, source, meta, warnings, "")


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


JSONL_KEYS = frozenset({"id", "text", "html", "title", "url", "published"})


def _jsonl_line(path: Path, lineno: int, line: str, file_notes: list[str]) -> Ingested:
    source, where = f"{path}:{lineno}", f"line {lineno}: "
    line_id = f"{path.stem}:{lineno}"
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return IngestFailure(line_id, source, f"{where}invalid JSON: {getattr(exc, 'msg', exc)}")
    body = [k for k in ("text", "html") if isinstance(obj, dict) and isinstance(obj.get(k), str)]
    if not (isinstance(obj, dict) and isinstance(obj.get("id"), str) and body):
        need = "needs a JSON object with string 'id' and 'text' (or 'html', a saved web page)"
        return IngestFailure(line_id, source, where + need)
    if len(body) > 1:
        return IngestFailure(clean_str(obj["id"])[0], source, f"{where}has both 'text' and 'html'; give one")
    why = check_id(obj["id"])
    if why:
        return IngestFailure(clean_str(obj["id"])[0], source, where + why)
    warnings = [where + n for n in file_notes] if "\ufffd" in line else []
    text, bad = clean_str(obj[body[0]])
    if bad:
        warnings.append(f"{where}{bad} unpaired surrogate(s) in {body[0]} replaced with U+FFFD")
    meta = meta_values(
        {k: v for k, v in obj.items() if k not in {"id", "text", "html"}}, set(JSONL_KEYS), where, warnings
    )
    if body[0] == "html":
        return html_article(obj["id"], text, source, meta, warnings, where)
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
        elif item.suffix.lower() in HTML_SUFFIXES:
            yield read_html_file(item)
        else:
            why = f"unsupported file type {item.suffix!r} (want .txt, .jsonl, .html or .htm)"
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
    "read_html_file",
    "read_jsonl",
    "read_text_file",
    "sha256_text",
]
