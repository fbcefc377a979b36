"""Saved web pages through trafilatura (ingest/html.py): main text, metadata, boilerplate, bad pages.

The fixture pages in tests/data/html/ were written for these tests (every name is invented):
`brindle_bells_s2.html` is an article inside navigation, a cookie banner, "related articles"
teasers, a share bar and a footer, with a captioned image, a list of episodes and JSON-LD metadata;
`brindle_bells_s2.txt` is the same article as plain text; `boilerplate_only.html` is the page
furniture without an article.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from hsextract import pipeline
from hsextract.ingest import Article, IngestFailure, extract_page, read_articles, text_file_name
from hsextract.ingest.html import Page
from hsextract.models import RECORD_KINDS, ArticleOutput, Manifest
from hsextract.pipeline import Extractor, run_extract
from hsextract.review import find_text

DATA = Path(__file__).parent / "data" / "html"
PAGE = DATA / "brindle_bells_s2.html"
TWIN = DATA / "brindle_bells_s2.txt"
BOILERPLATE = DATA / "boilerplate_only.html"
# Names that appear only in the page furniture (teasers, banner, footer), never in the article.
FURNITURE = (
    "Sable Point",
    "Calloway-Reyes",
    "Gilmartin",
    "Hollin Moor",
    "Osgrove",
    "cookies",
    "Accept all",
    "Privacy policy",
    "All rights reserved",
    "Share this",
    "Streaming guides",
    "Related articles",
)


def page(html: bytes | str) -> Page:
    result = extract_page(html)
    assert isinstance(result, Page), result
    return result


def records(output: ArticleOutput) -> dict[str, list[dict[str, Any]]]:
    """Every record without its offsets (the two texts differ in layout), evidence text/rule/block kept."""
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in RECORD_KINDS:
        rows = []
        for rec in getattr(output, kind):
            row = rec.model_dump(mode="json", exclude={"evidence"})
            row["evidence"] = [(e.text, e.rule, e.block) for e in rec.evidence]
            rows.append(row)
        out[kind] = rows
    return out


def load(out: Path, aid: str) -> ArticleOutput:
    return ArticleOutput.model_validate_json((out / f"{aid}.json").read_text(encoding="utf-8"))


# --- the page's text and metadata -----------------------------------------------------------------


def test_main_text_keeps_headings_captions_and_list_items_one_per_line() -> None:
    lines = page(PAGE.read_bytes()).text.splitlines()
    assert lines[0] == "The Brindle Bells Season 2: Cast, Episodes and a March Premiere Date"
    assert "Who is new in season 2?" in lines  # h2
    assert "[Image: Wilhelmina Ossory as Mabel Brindle in 'The Brindle Bells.']" in lines  # alt text
    caption = "Wilhelmina Ossory as Mabel Brindle in 'The Brindle Bells' season 2. (Image credit: Channel 4)"
    assert caption in lines  # the <figcaption> trafilatura alone would drop
    episodes = [line for line in lines if line.startswith("Episode ")]
    assert episodes[0] == 'Episode 1: "The Tenor Bell"' and len(episodes) == 6  # one <li> per line


def test_page_furniture_is_not_in_the_text() -> None:
    text = page(PAGE.read_bytes()).text
    assert not [word for word in FURNITURE if word.casefold() in text.casefold()]


def test_metadata_from_json_ld_and_meta_tags() -> None:
    found = page(PAGE.read_bytes())
    assert found.title == "The Brindle Bells Season 2: Cast, Episodes and a March Premiere Date"
    assert found.url == "https://example.com/tv/brindle-bells-season-2"
    assert found.published == "2025-11-20"
    assert found.sitename == "The Daily Reel"


def test_site_name_is_cut_from_the_title_and_a_missing_headline_is_added() -> None:
    html = (
        "<html><head><title>Kestrel Row returns in May | The Weekly Aerial</title>"
        '<meta property="og:site_name" content="The Weekly Aerial"></head><body><article>'
        "<p>Kestrel Row will return to the screen in May with eight new episodes, its makers said.</p>"
        "<p>Filming took place in the spring, and the cast is largely unchanged from the first series.</p>"
        "</article></body></html>"
    )
    found = page(html)
    assert found.title == "Kestrel Row returns in May"
    assert found.text.splitlines()[0] == "Kestrel Row returns in May"  # the headline is part of the article


def test_tables_become_rows_of_cells_and_nested_lists_stay_in_order() -> None:
    html = (
        "<html><body><article><h1>Kestrel Row season 2 episode guide</h1>"
        "<p>Here is every episode of the new season of Kestrel Row, with its writer and air date.</p>"
        "<table><tr><th>No.</th><th>Title</th><th>Writer</th></tr>"
        "<tr><td>1</td><td>The Long Shift</td><td>Ada Penrose</td></tr>"
        "<tr><td>2</td><td>Night Bus</td><td>Cal Ferris</td></tr></table>"
        "<p>The cast returning for the second season of the drama includes the following actors:</p>"
        "<ul><li>Orla Finch<ul><li>as Sergeant Mave Tully</li></ul></li><li>Dev Anand Rao</li></ul>"
        "</article></body></html>"
    )
    lines = page(html).text.splitlines()
    assert "No. | Title | Writer" in lines and "1 | The Long Shift | Ada Penrose" in lines
    assert lines.index("Orla Finch") + 1 == lines.index("as Sergeant Mave Tully")
    assert "Dev Anand Rao" in lines


def test_text_has_no_carriage_returns_and_one_blank_line_between_blocks() -> None:
    text = page(PAGE.read_bytes().replace(b"\n", b"\r\n")).text
    assert "\r" not in text and "\n\n\n" not in text and text.endswith("\n")


# --- reading pages as articles ----------------------------------------------------------------------


def test_html_file_is_an_article_with_the_page_metadata(tmp_path: Path) -> None:
    shutil.copy(PAGE, tmp_path / "bells.htm")
    [article] = read_articles([tmp_path])
    assert isinstance(article, Article)
    assert article.origin == "html" and article.text == page(PAGE.read_bytes()).text
    assert article.title and article.title.startswith("The Brindle Bells Season 2")
    assert article.url == "https://example.com/tv/brindle-bells-season-2"
    assert article.published is not None and article.published.isoformat() == "2025-11-20"
    assert article.source == str(tmp_path / "bells.htm") and article.html_sha256


def test_sidecar_metadata_wins_over_the_page(tmp_path: Path) -> None:
    shutil.copy(PAGE, tmp_path / "bells.html")
    sidecar = {"title": "Bells, again", "published": "2025-11-19"}
    (tmp_path / "bells.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    [article] = read_articles([tmp_path / "bells.html"])
    assert isinstance(article, Article)
    assert article.title == "Bells, again" and str(article.published) == "2025-11-19"
    assert article.url == "https://example.com/tv/brindle-bells-season-2"  # not in the sidecar: the page's


def test_jsonl_line_with_html_instead_of_text(tmp_path: Path) -> None:
    html = PAGE.read_text(encoding="utf-8")
    lines = [
        {"id": "bells", "html": html, "url": "https://example.org/given"},
        {"id": "both", "html": html, "text": "Some text."},
        {"id": "plain", "text": "Kestrel Row returns in May."},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    bells, both, plain = read_articles([path])
    assert isinstance(bells, Article) and bells.origin == "html"
    assert bells.text == page(html).text and bells.url == "https://example.org/given"
    assert str(bells.published) == "2025-11-20"
    assert isinstance(both, IngestFailure) and "both 'text' and 'html'" in both.error
    assert isinstance(plain, Article) and plain.origin == "text"


def test_page_in_its_declared_charset_is_read_without_warnings(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Café Noir returns</title></head><body><article>'
        "<h1>Café Noir returns</h1><p>Renée Fournier stars as Adèle in Café Noir, which returns to the "
        "screen in May with eight episodes – its makers said.</p><p>Filming took place in Lyon over the "
        "winter, with most of the cast returning for the new run.</p></article></body></html>"
    )
    (tmp_path / "cafe.html").write_bytes(html.encode("cp1252"))
    [article] = read_articles([tmp_path])
    assert isinstance(article, Article) and not article.warnings
    assert "Renée Fournier stars as Adèle" in article.text and "episodes – its" in article.text


def test_binary_file_named_html_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    [item] = read_articles([tmp_path])
    assert isinstance(item, IngestFailure) and "binary" in item.error and item.sha256


def test_empty_page_is_an_error_and_a_page_without_article_has_no_text(tmp_path: Path) -> None:
    (tmp_path / "blank.html").write_text("   \n", encoding="utf-8")
    shutil.copy(BOILERPLATE, tmp_path / "furniture.html")
    blank, furniture = read_articles([tmp_path])
    assert isinstance(blank, IngestFailure) and "not an HTML page" in blank.error
    assert isinstance(furniture, Article) and furniture.text == ""
    assert any("no main text" in w for w in furniture.warnings)


# --- through the pipeline ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> dict[str, Path]:
    """The page, its plain-text twin (published date in a sidecar, as the page has it in JSON-LD) and
    the furniture-only page, each extracted into its own folder."""
    base = tmp_path_factory.mktemp("html")
    for name in ("page", "twin", "furniture"):
        (base / name).mkdir()
    shutil.copy(PAGE, base / "page" / "bells.html")
    shutil.copy(TWIN, base / "twin" / "bells.txt")
    (base / "twin" / "bells.meta.json").write_text('{"published": "2025-11-20"}', encoding="utf-8")
    shutil.copy(BOILERPLATE, base / "furniture" / "furniture.html")
    for name in ("page", "twin", "furniture"):
        run_extract([base / name], base / f"{name}-out", extractor=extractor, quiet=True)
    return {name: base / f"{name}-out" for name in ("page", "twin", "furniture")}


def test_page_gives_the_same_records_as_its_plain_text_twin(runs: dict[str, Path]) -> None:
    html, twin = load(runs["page"], "bells"), load(runs["twin"], "bells")
    assert records(html) == records(twin)
    assert (
        len(html.cast) == 4 and len(html.episodes) == 6 and html.releases
    )  # the twin is not trivially empty
    assert html.article.origin == "html" and twin.article.origin == "text"


def test_no_record_comes_from_the_page_furniture(runs: dict[str, Path], extractor: Extractor) -> None:
    dumped = (runs["page"] / "bells.json").read_text(encoding="utf-8")
    assert not [word for word in FURNITURE if word in dumped]
    furniture = load(runs["furniture"], "furniture")
    assert furniture.status == "empty" and not any(getattr(furniture, k) for k in RECORD_KINDS)
    # ... while the same teasers as plain text do give records: the test above can fail.
    teaser = "Jonah Calloway-Reyes stars as Captain Idris Gilmartin in the returning drama Sable Point."
    assert extractor.extract_one(Article("t", teaser, "<test>", "0")).cast


def test_extracted_text_is_written_beside_the_output_and_evidence_points_into_it(
    runs: dict[str, Path],
) -> None:
    out = runs["page"]
    text_path = out / text_file_name("bells")
    text = text_path.read_bytes().decode("utf-8")
    output = load(out, "bells")
    assert output.article.chars == len(text)
    spans = [e for kind in RECORD_KINDS for rec in getattr(output, kind) for e in rec.evidence]
    assert spans and all(text[e.start : e.end] == e.text for e in spans)
    manifest = Manifest.model_validate_json((out / "manifest.json").read_text(encoding="utf-8"))
    assert [e.text_file for e in manifest.articles] == [text_path.name]
    twin = Manifest.model_validate_json((runs["twin"] / "manifest.json").read_text(encoding="utf-8"))
    assert [e.text_file for e in twin.articles] == [None] and not list(runs["twin"].glob("*.text.txt"))


def test_review_page_reads_the_extracted_text_not_the_html(runs: dict[str, Path]) -> None:
    output = load(runs["page"], "bells")
    text, note = find_text("bells", output, None, runs["page"])
    assert note is None and text == (runs["page"] / text_file_name("bells")).read_text(encoding="utf-8")
    missing, why = find_text("bells", output, None, None)
    assert missing is None and why is not None


def test_cache_covers_the_html_and_restores_a_deleted_text_file(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(PAGE, src / "bells.html")
    run_extract([src], out, extractor=extractor, quiet=True)
    seen: list[str] = []
    original = pipeline.extract_all

    def spy(ex: Extractor, todo: list[Article]):  # type: ignore[no-untyped-def]
        seen.extend(a.id for a in todo)
        return original(ex, todo)

    monkeypatch.setattr(pipeline, "extract_all", spy)
    (out / text_file_name("bells")).unlink()
    run_extract([src], out, extractor=extractor, quiet=True)
    assert seen == [] and (out / text_file_name("bells")).exists()  # a cache hit, text written again
    # A change to the page outside the article still changes the key: the key covers the HTML.
    (src / "bells.html").write_bytes(PAGE.read_bytes().replace(b"Streaming guides", b"Streaming"))
    run_extract([src], out, extractor=extractor, quiet=True)
    assert seen == ["bells"]


def test_text_file_of_an_article_no_longer_from_html_is_removed(tmp_path: Path, extractor: Extractor) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(PAGE, src / "bells.html")
    run_extract([src], out, extractor=extractor, quiet=True)
    (src / "bells.html").unlink()
    shutil.copy(TWIN, src / "bells.txt")
    run_extract([src], out, extractor=extractor, quiet=True)
    assert not (out / text_file_name("bells")).exists() and load(out, "bells").article.origin == "text"


def test_schema_and_output_say_where_the_text_came_from(runs: dict[str, Path]) -> None:
    import jsonschema

    from hsextract.schema import output_schema

    schema = output_schema()
    assert schema["$defs"]["ArticleInfo"]["properties"]["origin"]["enum"] == ["text", "html"]
    for name in ("page", "twin"):
        jsonschema.validate(json.loads((runs[name] / "bells.json").read_text(encoding="utf-8")), schema)
