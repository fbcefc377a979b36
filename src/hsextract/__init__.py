"""hsextract: cast, release and episode records from TV-series news, with evidence.

As a library:

    from hsextract import Extractor, article_from_text

    output = Extractor().extract_one(article_from_text(text, published="2025-03-01"))

The names below are imported on first use, so `import hsextract` (and the CLI's startup) does not
load spaCy or pydantic.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
PIPELINE_VERSION = "1"

if TYPE_CHECKING:
    from hsextract.extractor import Extractor, article_from_text
    from hsextract.ingest import Article
    from hsextract.models import ArticleOutput

__all__ = ["PIPELINE_VERSION", "Article", "ArticleOutput", "Extractor", "__version__", "article_from_text"]

_LAZY = {
    "Extractor": "hsextract.extractor",
    "article_from_text": "hsextract.extractor",
    "Article": "hsextract.ingest",
    "ArticleOutput": "hsextract.models",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'hsextract' has no attribute {name!r}")
