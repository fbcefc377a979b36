"""hsextract as a library: `from hsextract import Extractor` and an article made from a string."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from typing import Any

import pytest

import hsextract
from hsextract import ArticleOutput, article_from_text


def test_import_hsextract_loads_no_model_code() -> None:
    code = (
        "import sys, hsextract; hsextract.__version__; "
        "print(sorted(m for m in ('spacy', 'pydantic', 'hsextract.extractor') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_article_from_text_reads_like_a_file() -> None:
    text = "Brindle Bells\n\nJane Roe stars as Mara Lind in the second season."
    article = article_from_text(text, "bells", published=date(2025, 3, 1), url="https://example.org/b")
    assert (article.id, article.published, article.url, article.title) == (
        "bells",
        date(2025, 3, 1),
        "https://example.org/b",
        "Brindle Bells",  # the headline, as for a file without a sidecar title
    )
    assert article_from_text(text, published="2025-03-01").published == date(2025, 3, 1)
    with pytest.raises(ValueError, match="published"):
        article_from_text(text, published="next Tuesday")
    with pytest.raises(ValueError, match="escape"):
        article_from_text(text, "../x")


def test_extractor_is_exported(extractor: Any) -> None:
    assert hsextract.Extractor is type(extractor)
    out = extractor.extract_one(article_from_text("Jane Roe stars as Mara Lind in Brindle Bells."))
    assert isinstance(out, ArticleOutput) and out.status == "ok"
    assert [(c.actor, c.character) for c in out.cast] == [("Jane Roe", "Mara Lind")]
    with pytest.raises(AttributeError):
        hsextract.Nope  # noqa: B018


def test_the_readme_library_example_runs(extractor: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    code = code.replace("Extractor()", "extractor_fixture")  # the session's model, not a second load
    text = "Brindle Bells\n\nJane Roe stars as Mara Lind in the second season."
    exec(code, {"text": text, "extractor_fixture": extractor})
    assert capsys.readouterr().out == "Jane Roe Mara Lind cast.as\n"
