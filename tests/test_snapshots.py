"""Whole-article snapshots (pytest-regressions): a changed extraction fails with a readable diff.

Accept an intended change with `pytest tests/test_snapshots.py --force-regen`, then review the
regenerated YAML under tests/test_snapshots/ like code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hsextract.ingest import read_text_file
from hsextract.pipeline import Extractor

from .conftest import DEV_CORPUS

ARTICLES = sorted(p.stem for p in DEV_CORPUS.glob("*.txt"))


def snapshot(extractor: Extractor, article_id: str) -> dict[str, Any]:
    article = read_text_file(DEV_CORPUS / f"{article_id}.txt")
    assert not hasattr(article, "error")
    out = extractor.extract_one(article)  # type: ignore[arg-type]
    data = out.model_dump(mode="json", exclude={"article"})
    for kind in ("cast", "releases", "episodes", "events"):
        for rec in data[kind]:  # one line per span keeps the YAML diff readable
            rec["evidence"] = [
                f"{e['start']}-{e['end']} {e['rule']} [{e['block']}]: {e['text']}" for e in rec["evidence"]
            ]
    return data


@pytest.mark.parametrize("article_id", ARTICLES)
def test_article_snapshot(extractor: Extractor, article_id: str, data_regression: Any, request: Any) -> None:
    data_regression.check(snapshot(extractor, article_id), basename=article_id)


def test_snapshot_folder_has_no_orphans() -> None:
    folder = Path(__file__).with_name("test_snapshots")
    if folder.exists():
        assert {p.stem for p in folder.glob("*.yml")} <= set(ARTICLES)
