"""Ingest without the model: decoding, ids, metadata, jsonl lines, markup masking, discovery."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from hsextract.ingest import (
    Article,
    IngestFailure,
    build_article,
    check_id,
    decode,
    discover,
    mask_markup,
    read_articles,
    read_jsonl,
    read_text_file,
    segment,
)
from hsextract.ingest.meta import parse_published

SENTENCE = "Maelis Roe will play Quill in Paper Lanterns season 2.\n"


def article_of(path: Path) -> Article:
    item = read_text_file(path)
    assert isinstance(item, Article), item
    return item


def failure_of(path: Path) -> IngestFailure:
    item = read_text_file(path)
    assert isinstance(item, IngestFailure), item
    return item


# --- decoding --------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_byte_order_marks_choose_the_codec_and_are_not_text(codec: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    raw = bom + "Séan Ó Dúill — “Quill”\n".encode(codec)
    text, warnings, error = decode(raw)
    assert error is None and text == "Séan Ó Dúill — “Quill”\n"
    assert len(warnings) == 1 and "byte-order mark" in warnings[0]


def test_utf16_without_bom_is_recognised_not_called_binary() -> None:
    text, warnings, error = decode("Plain words here\n".encode("utf-16-le"))
    assert (text, error) == ("Plain words here\n", None)
    assert "without a byte-order mark" in warnings[0]


def test_nul_bytes_mean_binary() -> None:
    text, _, error = decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert text is None and error is not None and "binary" in error


def test_binary_without_nul_bytes_is_still_binary() -> None:
    raw = bytes(range(0x80, 0x100)) * 4 + b"\x01\x02\x03\x04"
    text, _, error = decode(raw)
    assert text is None and error is not None and "binary" in error


def test_invalid_utf8_is_replaced_with_a_warning() -> None:
    raw = b"Ana plays Quill." + b" caf\xe9 " + b"\xff\xfe-ish"
    text, warnings, error = decode(raw)
    assert error is None and text is not None
    assert text == "Ana plays Quill. caf\ufffd \ufffd\ufffd-ish"
    assert warnings == ["invalid UTF-8 at byte 20: 3 byte sequence(s) replaced with U+FFFD"]


def test_empty_bytes_are_empty_text() -> None:
    assert decode(b"") == ("", [], None)


# --- files -----------------------------------------------------------------------------------


def test_folder_named_like_an_article_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    assert failure_of(tmp_path / "x.txt").error == "is a folder, not a file"
    # ...also when found by scanning the folder, so the manifest still mentions it.
    assert [i.error for i in read_articles([tmp_path])] == ["is a folder, not a file"]


def test_unreadable_file_real_code_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads through chmod 000, so make the read itself fail as a permission error would."""
    path = tmp_path / "locked.txt"
    path.write_text(SENTENCE)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    failure = failure_of(path)
    assert failure.error == "cannot read file: Permission denied" and failure.id == "locked"


def test_unreadable_file_by_permissions(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(SENTENCE)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading (covered by the monkeypatch test)")
        assert failure_of(path).error == "cannot read file: Permission denied"
    finally:
        path.chmod(0o644)


def test_fifo_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert failure_of(tmp_path / "pipe.txt").error == "not a regular file"  # reading would block forever


def test_path_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    folder = tmp_path / "Türkçe haberler"
    folder.mkdir()
    path = folder / "Ünïcödé article (draft 2).txt"
    path.write_text(SENTENCE, encoding="utf-8")
    art = article_of(path)
    assert art.id == "Ünïcödé article (draft 2)" and art.source == str(path) and art.text == SENTENCE


@pytest.mark.parametrize(
    ("article_id", "problem"),
    [
        ("../x", "escape"),
        ("a/b", "escape"),
        ("a\\b", "escape"),
        ("..", "dot"),
        ("", "empty"),
        ("  ", "empty"),
        (".hidden", "hidden"),
        ("a\x00b", "not allowed"),
        ("tab\there", "not allowed"),
        ("q?", "not allowed"),
        ("manifest", "reserved"),
        ("Manifest", "reserved"),
        ("x" * 251, "bytes"),
        ("\ud800", "not allowed"),
    ],
)
def test_ids_that_cannot_be_output_file_names(article_id: str, problem: str) -> None:
    why = check_id(article_id)
    assert why is not None and problem in why


@pytest.mark.parametrize("article_id", ["a01", "Ünïcödé article (draft 2)", "it's-a_b.c", "x" * 232, "#3"])
def test_ordinary_ids_are_fine(article_id: str) -> None:
    assert check_id(article_id) is None


def test_discover_names_each_file_once_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("b.txt", "a.TXT", ".swap.txt", "c.jsonl", "notes.md", "a.meta.json"):
        (tmp_path / name).write_text("{}\n" if name.endswith("jsonl") else SENTENCE)
    found = discover([tmp_path, tmp_path / "b.txt", tmp_path / ".." / tmp_path.name / "b.txt"])
    assert [p.name for p in found] == ["a.TXT", "b.txt", "c.jsonl"]


# --- metadata --------------------------------------------------------------------------------


def test_sidecar_unknown_key_and_bad_values_are_warnings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE)
    meta = {"title": "Headline", "url": 7, "published": "last Tuesday", "autor": "X"}
    (tmp_path / "a.meta.json").write_text(json.dumps(meta))
    art = article_of(tmp_path / "a.txt")
    assert art.title == "Headline" and art.url is None and art.published is None
    assert art.warnings == [
        "sidecar a.meta.json: unknown key 'autor' ignored",
        "sidecar a.meta.json: url should be a string, got int; ignored",
        "published value 'last Tuesday' is not a YYYY-MM-DD date; ignored",
    ]


@pytest.mark.parametrize("content", ['{"title": "Headline",', "[1, 2]", "\xff\xfe"])
def test_malformed_sidecar_is_a_warning(tmp_path: Path, content: str) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE)
    (tmp_path / "a.meta.json").write_bytes(content.encode("latin-1"))
    art = article_of(tmp_path / "a.txt")
    assert art.text == SENTENCE and art.title is None
    assert len(art.warnings) == 1 and art.warnings[0].startswith("sidecar a.meta.json: ignored: ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T22:10:00Z", "2024-03-05"),
        (" 2024-03-05 ", "2024-03-05"),
        ("2024-02-30", None),
        ("March 5", None),
        ("", None),
        (20240305, None),
        (None, None),
    ],
)
def test_published(value: object, expected: str | None) -> None:
    warnings: list[str] = []
    got = parse_published(value, warnings)
    assert (got.isoformat() if got else None) == expected
    assert bool(warnings) == (expected is None and value is not None)


# --- jsonl -----------------------------------------------------------------------------------


def test_jsonl_bad_lines_are_reported_by_number_and_the_rest_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "one", "text": SENTENCE, "published": "2024-01-02"}),
        '{"id": "two", "text": "unterminated',
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "../x", "text": SENTENCE}),
        json.dumps({"id": "three", "text": SENTENCE + "\u2028more", "rating": 5, "title": ["x"]}),
        json.dumps({"id": "four"}),
        json.dumps({"id": "five", "text": "a \ud800 b"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    items = list(read_jsonl(path))
    got = [(type(i).__name__, i.id, i.source.rsplit(":", 1)[1]) for i in items]
    assert got == [
        ("Article", "one", "1"),
        ("IngestFailure", "batch:2", "2"),
        ("IngestFailure", "batch:4", "4"),
        ("IngestFailure", "../x", "5"),
        ("Article", "three", "6"),
        ("IngestFailure", "batch:7", "7"),
        ("Article", "five", "8"),
    ]
    errors = {i.id: i.error for i in items if isinstance(i, IngestFailure)}
    assert errors["batch:2"].startswith("line 2: invalid JSON")
    assert errors["../x"] == "line 5: article id '../x' would escape the output folder"
    assert "string 'id' and 'text'" in errors["batch:7"]
    arts = {i.id: i for i in items if isinstance(i, Article)}
    assert arts["one"].published is not None and arts["one"].warnings == []
    assert arts["three"].text.endswith("\u2028more")  # a line separator inside a string is not a new line
    assert arts["three"].warnings == [
        "line 6: unknown key 'rating' ignored",
        "line 6: title should be a string, got list; ignored",
    ]
    assert arts["five"].text == "a \ufffd b" and "surrogate" in arts["five"].warnings[0]
    assert arts["five"].sha256  # hashing (UTF-8 encoding) works after the surrogate is replaced


def test_jsonl_invalid_utf8_warns_on_the_affected_line(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    good = json.dumps({"id": "g", "text": SENTENCE}).encode()
    bad = b'{"id": "b", "text": "caf\xe9 society"}'
    path.write_bytes(good + b"\n" + bad + b"\n")
    arts = {i.id: i for i in read_jsonl(path) if isinstance(i, Article)}
    assert arts["g"].warnings == []
    assert arts["b"].text == "caf\ufffd society" and "invalid UTF-8" in arts["b"].warnings[0]


def test_binary_jsonl_is_one_failure(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_bytes(b"\x00\x01\x02" * 10)
    assert [(type(i).__name__, i.id) for i in read_jsonl(tmp_path / "x.jsonl")] == [("IngestFailure", "x")]


# --- markup and offsets ----------------------------------------------------------------------


def test_markup_is_masked_with_same_length_whitespace() -> None:
    text = (
        '<h1>Paper Lanterns</h1><p>Maelis Roe plays <em class="x">Quill</em> &amp; more.</p>'
        "<!-- note --><script>var a = '<p>';</script>Tom said &quot;hi&quot;"
    )
    masked = mask_markup(text)
    assert len(masked.text) == len(text) and masked.changed
    assert masked.tags == 8 and masked.entities == 3  # h1 /h1 p em /em /p, comment, script
    assert "<" not in masked.text and "&amp;" not in masked.text and "var a" not in masked.text
    assert masked.text.split() == [
        "Paper",
        "Lanterns",
        "Maelis",
        "Roe",
        "plays",
        "Quill",
        "&",
        "more.",
        "Tom",
        "said",
        '"hi"',
    ]
    for words in ("Paper Lanterns", "Maelis Roe plays ", "Quill", "more.", "Tom said "):
        at = text.index(words)
        assert masked.text[at : at + len(words)] == words  # outside markup every character stays put


def test_plain_text_with_angle_brackets_is_left_alone() -> None:
    text = "If x<y and y>z then <3 and AT&T; also <Quill> is a name in brackets."
    assert mask_markup(text).text == text and not mask_markup(text).changed


def test_block_tags_start_new_blocks() -> None:
    text = "<p>Maelis Roe will play Quill.</p><p>Odo Pike stars as Farrow.</p>"
    art = build_article("h", text, "<test>", {}, [])
    assert art.text == text and len(art.analysis_text) == len(text)
    assert [b.text for b in art.blocks] == ["Maelis Roe will play Quill.", "Odo Pike stars as Farrow."]
    assert all(text[b.start : b.end] == b.text for b in art.blocks)  # offsets valid into the original
    assert art.warnings == [mask_markup(text).warning()] and "masked" in art.warnings[0]


def test_article_without_markup_has_analysis_text_equal_to_text() -> None:
    art = build_article("p", SENTENCE, "<test>", {}, [])
    assert art.analysis_text is not None and art.analysis_text == art.text and art.warnings == []


def test_crlf_blocks_quote_the_text_exactly() -> None:
    text = "Title line\r\n\r\nMaelis Roe will play Quill.\r\nOdo Pike stars as Farrow.\r\n"
    blocks = segment(text)
    assert [b.text for b in blocks] == [
        "Title line",
        "Maelis Roe will play Quill.",
        "Odo Pike stars as Farrow.",
    ]
    assert all(text[b.start : b.end] == b.text and "\r" not in b.text for b in blocks)


def test_a_folder_is_read_with_its_split_subfolders(tmp_path: Path) -> None:
    """`corpus/` holding `dev/` and `test/` is one corpus; hidden folders and files stay out."""
    for rel in ("dev/a.txt", "dev/deeper/b.txt", "test/c.txt", ".cache/d.txt", "test/.e.txt", "f.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Ada Quill plays Nell.")
    names = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert names == ["dev/a.txt", "dev/deeper/b.txt", "f.txt", "test/c.txt"]


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (["Photo: Agency/Quarry Films/Ines Brook", "Ada Quill as Nell in Harrowby"], ["caption", "caption"]),
        (["Image: Studio/Odo Pike", "Seasons: 2"], ["caption", "heading"]),
        (["Words: Hester Lane"], ["byline"]),
        (["By Corin Hale | Streaming editor"], ["byline"]),
        (
            [
                "Pick of the week: Harrowby, season 2",
                "Photo: Agency/NetflixAda Quill as Nell in Harrowby season 2",
            ],
            ["heading", "caption"],
        ),
        (["Where to stream: Netflix"], ["heading"]),
    ],
    ids=[
        "credit-line-then-caption",
        "credit-line-then-fact-line",
        "words-label-byline",
        "byline-with-role",
        "labelled-heading-is-no-alt-text",
        "fact-line-between-headings",
    ],
)
def test_caption_credit_byline_and_fact_lines(lines: list[str], kinds: list[str]) -> None:
    text = (
        "Harrowby is back\n\nIntro heading\n\n" + "\n\n".join(lines) + "\n\nThe show returns with a bang.\n"
    )
    blocks = segment(text)
    assert [b.kind for b in blocks[2:-1]] == kinds


def test_a_very_long_line_becomes_blocks_of_bounded_size() -> None:
    """Issue 25: a line longer than BLOCK_CHARS (a text dump with no line breaks) is cut into blocks
    at sentence ends, each of the line's kind, with exact offsets; shorter lines are untouched."""
    from hsextract.ingest.segment import BLOCK_CHARS

    sentence = "Mira Sollis joins the cast of Paper Lanterns as the harbour master. "
    line = (sentence * (3 * BLOCK_CHARS // len(sentence))).strip()
    text = "Paper Lanterns season 2\n\n" + line + "\n\nA closing paragraph that ends here.\n"
    blocks = segment(text)
    pieces = [b for b in blocks if b.start >= text.index(line) and b.end <= text.index(line) + len(line)]
    assert len(pieces) >= 3 and all(len(b.text) <= BLOCK_CHARS for b in pieces)
    assert all(text[b.start : b.end] == b.text == b.text.strip() for b in blocks)
    assert all(b.text.endswith(".") for b in pieces)  # cut at sentence ends
    assert {b.kind for b in pieces} == {"paragraph"}
    assert [b.index for b in blocks] == list(range(len(blocks)))
    assert "".join(b.text for b in pieces).replace(" ", "") == line.replace(" ", "")
    short = "Paper Lanterns season 2\n\n" + sentence * 10 + "\n"
    assert [b.text for b in segment(short)] == [s.strip() for s in short.split("\n") if s.strip()]


def test_the_headline_after_a_breadcrumb_is_the_title_and_a_dated_byline_is_a_byline() -> None:
    text = (
        "Home › Streaming › Netflix\n\n"
        "The Quarry Bells season 2: Volume 1 and Volume 2 release dates, episode count and what time it "
        "drops where you live\n\n"
        "By Orla Penhale | Published January 15, 2026\n\n"
        "The heist drama is back.\n"
    )
    assert [b.kind for b in segment(text)] == ["boilerplate", "title", "byline", "paragraph"]


@pytest.mark.parametrize(
    "label",
    ["Related Stories", "Must Read", "More from TV", "You may also like", "Read next:"],
)
def test_headlines_under_a_related_label_are_links_not_headings(label: str) -> None:
    text = (
        "Harrowby returns in June\n\n"
        "The drama is back on ITV on June 4, 2026, with six new episodes to follow weekly.\n\n"
        f"{label}\n\n"
        "'Copper Lane' Star Ada Quill on Leaving the Show\n\n"
        "Winter Slate: Every Premiere Date Through March\n\n"
        "The show returns with a bang.\n"
    )
    kinds = [b.kind for b in segment(text)]
    assert kinds == ["title", "paragraph", "boilerplate", "boilerplate", "boilerplate", "paragraph"]
