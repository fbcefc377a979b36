"""A title from the text when no metadata gives one: a headline first block, never a body sentence.
Every article here is invented for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from hsextract.ingest import read_jsonl, read_text_file
from hsextract.ingest.read import Article
from hsextract.models import ArticleInfo
from hsextract.schema import output_schema

BODY = "Mara Quill plays Detective Ines Vale in the second season, which StreamCo confirmed on Monday.\n"


def read(tmp_path: Path, text: str, meta: dict[str, str] | None = None) -> Article:
    path = tmp_path / "art.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        (tmp_path / "art.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    article = read_text_file(path)
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour Lights season 2: release date, cast and everything we know",
        "Is Harbour Lights coming back? Here's what StreamCo says",
        "'Harbour Lights' Recasts Ines Vale as Mara Quill Steps In",
        "EXCLUSIVE: Harbour Lights sets its return date",
    ],
)
def test_a_headline_first_block_is_the_title(tmp_path: Path, headline: str) -> None:
    article = read(tmp_path, f"{headline}\n\nBy Ada Vey\nMay 3, 2024\n\n{BODY}")
    assert (article.title, article.title_origin) == (headline, "text")


@pytest.mark.parametrize(
    "text",
    [
        BODY + "\n" + BODY,  # the first block is a sentence with a full stop
        "Mara Quill, who plays the detective in the new series of\nharbour town drama Harbour Lights.\n",
        "The second season of the drama was announced by\nStreamCo on Monday, with eight episodes.\n",
        "Mara Quill returns as Ines Vale. StreamCo confirmed the news on Monday\n\n" + BODY,
        "Harbour Lights season 2: release date, cast and everything we know\n",  # no body text follows
        "Home › TV › Drama\n\n" + BODY,
        "TV NEWS\n\n" + BODY,
        "Quill\n\n" + BODY,
        'Mara Quill said: "It was the best job I ever had."\n\n' + BODY,
        "",
    ],
    ids=[
        "sentence",
        "wrapped-lower",
        "wrapped-dangling",
        "two-sentences",
        "no-body",
        "breadcrumb",
        "kicker",
        "one-word",
        "quote",
        "empty",
    ],
)
def test_never_a_body_sentence(tmp_path: Path, text: str) -> None:
    article = read(tmp_path, text)
    assert (article.title, article.title_origin) == (None, None)


def test_metadata_title_wins_and_says_so(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"Harbour Lights returns in May\n\n{BODY}", {"title": "Harbour Lights: the date"}
    )
    assert (article.title, article.title_origin) == ("Harbour Lights: the date", "meta")


def test_jsonl_lines_with_and_without_a_title(tmp_path: Path) -> None:
    rows = [
        {"id": "j1", "text": f"Harbour Lights returns in May\n\n{BODY}", "title": "Given title"},
        {"id": "j2", "text": f"Harbour Lights returns in May\n\n{BODY}"},
        {"id": "j3", "text": BODY},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    got = [(a.title, a.title_origin) for a in read_jsonl(path) if isinstance(a, Article)]
    assert got == [("Given title", "meta"), ("Harbour Lights returns in May", "text"), (None, None)]


def test_contract_records_the_origin() -> None:
    info = {"id": "a", "source": "a.txt", "sha256": "0" * 64, "chars": 1}
    assert ArticleInfo.model_validate({**info, "title": "T", "title_origin": "text"}).title_origin == "text"
    assert ArticleInfo.model_validate(info).title_origin is None  # outputs written before the field
    with pytest.raises(ValidationError, match="title_origin given without a title"):
        ArticleInfo.model_validate({**info, "title_origin": "meta"})
    with pytest.raises(ValidationError):
        ArticleInfo.model_validate({**info, "title": "T", "title_origin": "guess"})
    props = output_schema()["$defs"]["ArticleInfo"]["properties"]
    assert "title_origin" in props and "meta" in json.dumps(props["title_origin"])


def test_extracted_output_carries_title_and_origin(tmp_path: Path) -> None:
    from hsextract.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hl.txt").write_text(
        f"Harbour Lights sets its return date\n\n{BODY}", encoding="utf-8"
    )
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    article = json.loads((tmp_path / "out" / "hl.json").read_text(encoding="utf-8"))["article"]
    assert (article["title"], article["title_origin"]) == ("Harbour Lights sets its return date", "text")
