"""Shared fixtures: the spaCy model and the extractor are loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hsextract.ingest import Article, sha256_text
from hsextract.models import ArticleOutput
from hsextract.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
# Rule and snapshot tests read the development split only: the test split is sealed (corpus/test/README.md).
DEV_CORPUS = CORPUS / "dev"
DEV_GOLD = GOLD / "dev"
OUTPUTS = ROOT / "outputs"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor: Extractor):  # type: ignore[no-untyped-def]
    return extractor.nlp


def make_article(text: str, article_id: str = "t", published: str | None = None) -> Article:
    from datetime import date

    return Article(
        id=article_id,
        text=text,
        source="<test>",
        sha256=sha256_text(text),
        published=date.fromisoformat(published) if published else None,
    )


@pytest.fixture(scope="session")
def extract_text(extractor: Extractor) -> Callable[..., ArticleOutput]:
    """Run the whole pipeline on a text written for the test."""

    def run(text: str, published: str | None = None) -> ArticleOutput:
        return extractor.extract_one(make_article(text, published=published))

    return run
