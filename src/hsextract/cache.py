"""Skip articles whose output is already up to date.

An output is reusable when nothing that produced it changed: the article (text hash, metadata,
source path), the model (package name and version) and the pipeline itself. The pipeline part is a
hash of every module and rule file in the installed package, so editing a rule, a vocabulary list
or any stage's code invalidates the cache without anyone remembering to bump a version. Computing
it reads ~60 small files and imports neither spaCy nor dateparser.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from hsextract import PIPELINE_VERSION
from hsextract.ingest import Article
from hsextract.models import RECORD_KINDS

CACHE_DIR = ".hsextract-cache"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the package's .py and .json files (sorted by path), i.e. code + rules."""
    spec = importlib.util.find_spec("hsextract")
    assert spec is not None and spec.submodule_search_locations
    root = Path(next(iter(spec.submodule_search_locations)))
    h = hashlib.sha256()
    for path in sorted(
        p for p in root.rglob("*") if p.suffix in {".py", ".json"} and "__pycache__" not in p.parts
    ):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def model_fingerprint(model: str | None) -> str:
    """'name==version' of the model package, without loading it (a path model: its meta.json)."""
    from hsextract.ner import MODEL_CANDIDATES

    names = [model] if model else [n for n in MODEL_CANDIDATES if importlib.util.find_spec(n)]
    if not names:
        return "no-model"
    name = names[0]
    meta = Path(name) / "meta.json"
    if meta.exists():
        return f"{name}:{hashlib.sha256(meta.read_bytes()).hexdigest()[:16]}"
    try:
        return f"{name}=={importlib.metadata.version(name.replace('_', '-'))}"
    except importlib.metadata.PackageNotFoundError:
        return name


def run_fingerprint(model: str | None) -> str:
    return f"{PIPELINE_VERSION}:{model_fingerprint(model)}:{code_fingerprint()[:16]}"


def article_key(article: Article, fingerprint: str) -> str:
    parts = [
        fingerprint,
        article.id,
        article.source,
        article.sha256,
        article.html_sha256 or "",  # a page's text is extracted from it: the key covers the HTML too
        article.title or "",
        article.title_origin or "",  # the same title from a sidecar or from the text is another output
        article.url or "",
        article.published.isoformat() if article.published else "",
        *article.warnings,
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class OutputCache:
    """Key files in `<out>/.hsextract-cache/<id>.key`, written after the output they describe."""

    def __init__(self, out_dir: Path, fingerprint: str) -> None:
        self.out_dir = out_dir
        self.folder = out_dir / CACHE_DIR
        self.fingerprint = fingerprint

    def fresh(self, article: Article) -> dict[str, int] | None:
        """The record counts of an up-to-date output, or None when it must be extracted again.

        A key file is only a hint: one that cannot be read or does not parse (a torn disk, a hand
        edit) is a miss, so the article is extracted again and the key rewritten, never a crash."""
        key_file = self.folder / f"{article.id}.key"
        if not key_file.exists() or not (self.out_dir / f"{article.id}.json").exists():
            return None
        try:
            key, counts = key_file.read_text(encoding="utf-8").split("\n", 1)
            parsed = json.loads(counts)
        except (OSError, ValueError, RecursionError):
            return None
        if key != article_key(article, self.fingerprint) or not isinstance(parsed, dict):
            return None
        if set(parsed) != set(RECORD_KINDS) or not all(type(v) is int and v >= 0 for v in parsed.values()):
            return None  # a count that is "x", 1.5, true or -1, or a kind missing: corrupt
        return dict(parsed)

    def store(self, article: Article, counts: dict[str, int]) -> None:
        """Written after the output file, so a key never vouches for a file that is not there (and,
        like the outputs, made durable in the run's batch sync, after its output)."""
        from hsextract.jsonio import write_atomic

        key = article_key(article, self.fingerprint)
        text = key + "\n" + json.dumps(counts, sort_keys=True) + "\n"
        write_atomic(self.folder / f"{article.id}.key", text, durable=False)

    def forget(self, article_id: str) -> None:
        (self.folder / f"{article_id}.key").unlink(missing_ok=True)
