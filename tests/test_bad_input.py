"""Bad input never ends a run: each kind gets a clear manifest status, and nothing is lost.

The whole pipeline runs here (session model, reused through `run_extract(extractor=...)` or by
standing in for `Extractor` in the CLI), on articles written for the test.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hsextract import ner, pipeline
from hsextract.cli import main
from hsextract.ingest import Article, decode
from hsextract.jsonio import load_output, output_files
from hsextract.models import Manifest
from hsextract.pipeline import NOT_PROCESSED, Extractor, run_extract
from hsextract.validate import offset_problems

GERMAN = (
    "Die zweite Staffel der Serie beginnt im Herbst, und die Produzenten haben bereits neue Figuren "
    "angekündigt. Nach den Dreharbeiten in den Bergen kehrt das Team im Winter zurück ins Studio, wo die "
    "letzten Folgen entstehen sollen. Die Fans warten seit Monaten auf neue Nachrichten über die Handlung "
    "und darüber, wer die Hauptrolle spielen wird, denn bisher wurde nur wenig verraten.\n"
)


def story(actor: str, character: str, nl: str = "\n") -> str:
    """An English article (40+ words) with one cast pair; names vary so texts are never duplicates."""
    return nl.join(
        [
            "Paper Lanterns season 2 adds a new face",
            "",
            f"{actor} will play {character} in Paper Lanterns season 2, the studio said on Monday.",
            "The first season was filmed over the summer and the writers have been working on the new "
            "scripts since the end of last year. The producers said that the story would continue where it "
            "ended, with a larger ensemble and new locations by the sea.",
            "",
        ]
    )


def load_manifest(out: Path) -> Manifest:
    return Manifest.model_validate_json((out / "manifest.json").read_text(encoding="utf-8"))


def entry_key(source: str) -> str:
    """'name.txt' for a file, 'name.jsonl:3' for a jsonl line."""
    head, _, line = source.rpartition(".jsonl:")
    return f"{Path(head).name}.jsonl:{line}" if head else Path(source).name


def by_source_name(manifest: Manifest) -> dict[str, Any]:
    return {entry_key(e.source): e for e in manifest.articles}


@pytest.fixture
def cli_model(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> Extractor:
    """`hsextract extract` through `main`, reusing the session model instead of loading another."""
    monkeypatch.setattr(pipeline, "Extractor", lambda model=None: extractor)
    return extractor


def write_bad_corpus(root: Path) -> Path:
    corpus = root / "corpus with spaces ü"
    corpus.mkdir()
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\r\n   \n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 8,
        "latin1.txt": story("Ana Villiers", "Quill").replace("Monday", "Lundi café").encode("cp1252"),
        "bom8.txt": codecs.BOM_UTF8 + story("Bram Okoro", "Farrow").encode(),
        "bom16.txt": story("Cleo Marchetti", "Tamsin").encode("utf-16"),
        "crlf.txt": story("Dov Ashgrove", "Ysolde", nl="\r\n").encode(),
        "html.txt": (
            "<html><body><h1>Paper Lanterns season 2</h1>\n<p>"
            + story("Esme Quarry", "Brother Lune").replace("\n\n", "</p>\n<p>")
            + "</p>\n<!-- tracking --></body></html>\n"
        ).encode(),
        "german.txt": GERMAN.encode(),
        "dup_a.txt": story("Fenn Holt", "Pim").encode(),
        "dup_b.txt": story("Fenn Holt", "Pim").encode(),
        "meta_bad.txt": story("Gus Ferreira", "Nell").encode(),
        "meta_bad.meta.json": b'{"title": "Cut off',
        "meta_key.txt": story("Hana Lindqvist", "Captain Ord").encode(),
        "meta_key.meta.json": b'{"title": "Headline", "publishd": "2024-01-01"}',
        "bad_date.txt": story("Ines Wachowski", "Orrin").encode(),
        "bad_date.meta.json": b'{"published": "sometime in May"}',
        "Ünïcödé article (draft 2).txt": story("Jonas Élan", "Mireille").encode(),
        "batch.jsonl": "\n".join(
            [
                json.dumps({"id": "line_ok", "text": story("Kira Nakamura", "Bree")}),
                '{"id": "line_bad", "text": ',
                json.dumps({"id": "../escape", "text": story("Lev Ostrova", "Vance")}),
            ]
        ).encode()
        + b"\n",
    }
    for name, raw in files.items():
        (corpus / name).write_bytes(raw)
    (corpus / "folder.txt").mkdir()  # a path that cannot be read as a file
    return corpus


EXPECTED = {
    "empty.txt": ("empty", "no text"),
    "blank.txt": ("empty", "no text"),
    "binary.txt": ("error", "binary file (NUL bytes), not text"),
    "latin1.txt": ("ok", None),
    "bom8.txt": ("ok", None),
    "bom16.txt": ("ok", None),
    "crlf.txt": ("ok", None),
    "html.txt": ("ok", None),
    "german.txt": ("skipped", "not English"),
    "dup_a.txt": ("ok", None),
    "dup_b.txt": ("duplicate", "same text as dup_a"),
    "meta_bad.txt": ("ok", None),
    "meta_key.txt": ("ok", None),
    "bad_date.txt": ("ok", None),
    "Ünïcödé article (draft 2).txt": ("ok", None),
    "batch.jsonl:1": ("ok", None),
    "batch.jsonl:2": ("error", "line 2: invalid JSON"),
    "batch.jsonl:3": ("error", "line 3: article id '../escape' would escape the output folder"),
    "folder.txt": ("error", "is a folder, not a file"),
}


def test_every_bad_input_at_once(
    tmp_path: Path, cli_model: Extractor, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_bad_corpus(tmp_path)
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 1  # some inputs failed, the run went on
    err = capsys.readouterr().err
    manifest = load_manifest(out)
    entries = by_source_name(manifest)
    assert len(manifest.articles) == len(EXPECTED) == len(entries)  # every input exactly once
    for name, (status, message) in EXPECTED.items():
        entry = entries[name]
        assert entry.status == status, (name, entry)
        if message is None:
            assert entry.error is None, (name, entry)
            # Records too, except from HTML until ner reads the masked text (test_ner_reads_the_masked_text).
            assert sum(entry.counts.values()) >= (name != "html.txt"), (name, entry)
        else:
            assert entry.error is not None and entry.error.startswith(message), (name, entry)
    assert entries["dup_b.txt"].duplicate_of == "dup_a"
    failed = [n for n, (s, _) in EXPECTED.items() if s == "error"]
    assert f"{len(failed)} article(s) failed" in err
    assert all(f"({corpus / n.split(':')[0]}" in err for n in failed)

    warned = {n: " | ".join(e.warnings) for n, e in entries.items()}
    assert "invalid UTF-8 at byte" in warned["latin1.txt"]
    assert "utf-8-sig" in warned["bom8.txt"] and "utf-16" in warned["bom16.txt"]
    assert "HTML markup masked" in warned["html.txt"]
    assert "sidecar meta_bad.meta.json: ignored" in warned["meta_bad.txt"]
    assert "unknown key 'publishd'" in warned["meta_key.txt"]
    assert "'sometime in May' is not a YYYY-MM-DD date" in warned["bad_date.txt"]

    # Outputs: exactly the ok/empty articles, each valid, each evidence quoting the decoded text.
    written = {p.stem for p in output_files(out)}
    assert written == {e.id for e in manifest.articles if e.status in {"ok", "empty"}}
    assert not (tmp_path / "escape.json").exists() and not list(tmp_path.glob("*.json"))
    for entry in manifest.articles:
        if entry.status != "ok":
            continue
        output = load_output(out / f"{entry.id}.json")
        if ".jsonl:" in entry.source:
            text = story("Kira Nakamura", "Bree")
        else:
            text = decode(Path(entry.source).read_bytes())[0] or ""
        assert offset_problems(output, text) == [], entry.id
        assert output.article.warnings == entry.warnings
    meta_key = load_output(out / "meta_key.json")
    assert meta_key.article.title == "Headline"  # the rest of a sidecar with an unknown key is kept
    assert load_output(out / "bad_date.json").article.published is None
    crlf = load_output(out / "crlf.json")
    assert [ev.text for rec in crlf.cast for ev in rec.evidence] == ["Dov Ashgrove will play Ysolde"]
    assert load_output(out / "empty.json").status == "empty"


def test_html_evidence_quotes_the_original_text(extractor: Extractor) -> None:
    text = (
        "<p>Paper Lanterns season 2</p><p>"
        + story("Esme Quarry", "Quill").replace("\n\n", "</p><p>").replace("Quill", "<b>Quill</b>")
        + "</p>"
    )
    tmp = Article("h", text, "<test>", "0" * 64)
    output = extractor.extract_one(tmp)
    assert output.status == "ok" and offset_problems(output, text) == []
    assert all("\n" not in b.text and "<" not in b.text for b in tmp.blocks)


def test_ner_reads_the_masked_text(extractor: Extractor) -> None:
    text = (
        "<p>Paper Lanterns season 2</p><p>"
        + story("Esme Quarry", "Quill").replace("will play Quill", "will play <em>Quill</em>")
        + "</p>"
    )
    art = Article("h", text, "<test>", "0" * 64)
    chunks = next(iter(ner.analyse(extractor.nlp, [(art, None)])))[2]
    assert not any("<" in tok.text for c in chunks for tok in c.doc)
    output = extractor.extract_one(art)
    assert [(c.actor, c.character) for c in output.cast] == [("Esme Quarry", "Quill")]
    assert output.cast[0].evidence[0].text == "Esme Quarry will play <em>Quill"


# --- run behaviour ---------------------------------------------------------------------------


def small_corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    actors = ["Mira Sollis", "Teo Brand", "Runa Clay", "Piet Hollow", "Ada Frost", "Nils Varga"]
    for i, name in enumerate(names):
        text = story(actors[i % len(actors)], f"Rook {i}")
        raw = b"\x00\x01binary" if name.startswith("bin") else text.encode()
        (folder / f"{name}.txt").write_bytes(raw)
    return folder


def test_fail_fast_stops_at_a_read_error(
    tmp_path: Path, cli_model: Extractor, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = small_corpus(tmp_path / "c", ["a", "bin", "c", "d"])
    (corpus / "e.txt").write_text("")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out), "--fail-fast"]) == 1
    err = capsys.readouterr().err
    entries = {e.id: e for e in load_manifest(out).articles}
    assert [(k, e.status) for k, e in entries.items()] == [
        ("a", "ok"),
        ("bin", "error"),
        ("c", "skipped"),
        ("d", "skipped"),
        ("e", "empty"),
    ]
    assert entries["c"].error == entries["d"].error == NOT_PROCESSED
    assert "stopped at the first error (--fail-fast); 2 article(s) not processed" in err
    assert {p.stem for p in output_files(out)} == {"a", "e"}


def test_fail_fast_stops_at_an_extraction_error(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = small_corpus(tmp_path / "c", ["a", "b", "c"])
    real_run = extractor.stage.run

    def failing(article: Article, chunks: list[ner.Chunk]) -> Any:
        if article.id == "b":
            raise RuntimeError("rule bug")
        return real_run(article, chunks)

    monkeypatch.setattr(extractor.stage, "run", failing)
    out = tmp_path / "out"
    result = run_extract([corpus], out, extractor=extractor, fail_fast=True)
    assert [(e.id, e.status, e.error) for e in result.entries] == [
        ("a", "ok", None),
        ("b", "error", "RuntimeError: rule bug"),
        ("c", "skipped", NOT_PROCESSED),
    ]
    assert load_output(out / "b.json").status == "error"
    # Without --fail-fast the same bug costs only its own article.
    result = run_extract([corpus], tmp_path / "out2", extractor=extractor)
    assert [e.status for e in result.entries] == ["ok", "error", "ok"]


def test_a_crash_inside_batched_analysis_costs_one_article(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = small_corpus(tmp_path / "c", ["a", "b", "c"])
    (corpus / "b.txt").write_text(story("Boom Boomer", "Quill"))
    real = ner.analyse

    def analyse(nlp: Any, items: Any, batch_size: int = 32) -> Iterator[Any]:
        items = list(items)
        if any("Boom" in art.text for art, _ in items):
            raise ValueError("model failed on this text")
        yield from real(nlp, items, batch_size)

    monkeypatch.setattr(ner, "analyse", analyse)
    result = run_extract([corpus], tmp_path / "out", extractor=extractor)
    assert [(e.id, e.status) for e in result.entries] == [("a", "ok"), ("b", "error"), ("c", "ok")]
    assert result.entries[1].error == "ValueError: model failed on this text"


def test_exit_codes(tmp_path: Path, cli_model: Extractor, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = small_corpus(tmp_path / "c", ["a"])
    (corpus / "empty.txt").write_text("")
    (corpus / "same.txt").write_bytes((corpus / "a.txt").read_bytes())
    (corpus / "german.txt").write_text(GERMAN)
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0  # empty/duplicate/skipped are not failures
    assert main(["extract", str(corpus), str(tmp_path / "gone.txt"), "--out", str(out)]) == 1
    assert f"error: gone ({tmp_path / 'gone.txt'}): no such file" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "nothing"), "--out", str(out)]) == 2
    (tmp_path / "no_articles").mkdir()
    assert main(["extract", str(tmp_path / "no_articles"), "--out", str(out)]) == 2
    assert {p.stem for p in output_files(out)} == {"a", "empty"}  # a usage error leaves outputs alone
    (tmp_path / "file").write_text("")
    assert main(["extract", str(corpus), "--out", str(tmp_path / "file")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--no-such-option"])
    assert exc.value.code == 2


SYLLABLES = "ka lo mi ren tha vo bel dra sen quo fi mar tul zen os".split()
WORDS = len(SYLLABLES) ** 4  # 50,625 distinct four-syllable words


def invented_word(k: int) -> str:
    """Word k of a permutation of all four-syllable words: neighbours share no leading syllable."""
    k = (k * 7919 + 4111) % WORDS  # 7919 is prime and shares no factor with 15**4
    return "".join(SYLLABLES[(k // 15**j) % 15] for j in range(4)).capitalize()


def invented_name(i: int) -> str:
    """Distinct two-word names without digits (the model does not take 'Actor0001' for a person).
    Every name up to WORDS // 2 has its own first word, so no two can pass for spellings of one
    name (textnorm.spelling_variant needs the same first word)."""
    return f"{invented_word(2 * i)} {invented_word(2 * i + 1)}"


CHARACTERS_FROM = 12_000  # characters take names from here on, actors below it


LONG_CHARS = int(os.environ.get("HSEXTRACT_LONG_ARTICLE_CHARS", "350000"))  # 5000000: the 5 MB case


def long_article(chars: int) -> str:
    """Prose with an invented cast paragraph every tenth paragraph, at least `chars` long."""
    filler = (
        "The crew spent the week on location near the old harbour, and the weather held for most "
        "of the shoot. Local businesses were busy with visitors, and the town council was pleased.\n"
    )
    parts, size, i = ["Paper Lanterns season 2 cast list\n\n"], 0, 0
    while size < chars:
        cast = story(invented_name(i), invented_name(CHARACTERS_FROM + i)).split("\n", 2)[2]
        parts.append(cast if i % 10 == 0 else filler)
        size += len(parts[-1]) + 1
        i += 1
    return "\n".join(parts)


@pytest.mark.slow
def test_long_article_is_chunked_end_to_end_with_bounded_memory(tmp_path: Path) -> None:
    """Several model chunks, each through the model on its own (batching them by count, 16 at a
    time, is what costs gigabytes); offsets valid and records from the first and last chunk.

    Default 350,000 characters (~35 s); HSEXTRACT_LONG_ARTICLE_CHARS=5000000 runs the 5 MB case
    (measured: passes in 7 min 24 s with peak RSS 1.5 GB; every cast pair has names of its own)."""
    text = long_article(LONG_CHARS)
    assert len(text) > 3 * ner.CHUNK_CHARS
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "hsextract.cli", "extract", str(tmp_path / "long.txt"), "--out", str(out)]
    proc = subprocess.Popen([*cmd, "--quiet"])
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0
    peak_mb = usage.ru_maxrss / 1024
    # Measured at 350,000 chars: ~0.6 GB; ~1.4 GB when the chunks were batched 16 at a time.
    assert peak_mb < 800 + len(text) / 5000, f"peak RSS {peak_mb:.0f} MB for {len(text)} chars"
    output = load_output(out / "long.json")
    assert output.status == "ok" and offset_problems(output, text) == []
    starts = sorted(ev.start for rec in output.cast for ev in rec.evidence)
    assert len(output.cast) >= len(text) // 2500
    assert starts[0] < ner.CHUNK_CHARS and starts[-1] > len(text) - ner.CHUNK_CHARS


# --- malformed gold and output files read back -----------------------------------------------


def good_output(aid: str) -> dict[str, Any]:
    text = "Maelis Roe will play Quill"

    def ev() -> dict[str, Any]:
        return {"start": 0, "end": len(text), "text": text, "rule": "t"}

    return {
        "schema_version": "2",
        "status": "ok",
        "article": {"id": aid, "source": f"corpus/{aid}.txt", "sha256": "0" * 64, "chars": 100},
        "cast": [
            {"actor": "Odo Pike", "character": "Farrow", "evidence": [ev()]},
            {"actor": "Maelis Roe", "character": "Quill", "evidence": [ev()]},
        ],
    }


def good_gold(aid: str) -> dict[str, Any]:
    return {
        "article_id": aid,
        "cast": [{"actor": "Odo Pike", "character": "Farrow"}, {"actor": "Maelis Roe", "character": "Quill"}],
    }


def write_side(folder: Path, docs: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for aid, doc in docs.items():
        (folder / f"{aid}.json").write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return folder


BROKEN_GOLD = good_gold("a")
del BROKEN_GOLD["cast"][1]["character"]
BROKEN_OUTPUT = good_output("a")
BROKEN_OUTPUT["cast"][1]["evidence"][0]["start"] = -4
GOLD_PROBLEM = "gold_bad/a.json: cast[1].character: Field required"
OUTPUT_PROBLEM = "pred_bad/a.json: cast[1].evidence[0].start: Input should be greater than or equal to 0"


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        ("eval --gold {gold_bad} --pred {pred}", GOLD_PROBLEM),
        ("eval --gold {gold} --pred {pred_bad}", OUTPUT_PROBLEM),
        ("eval --gold {gold} --pred {pred_cut}", "pred_cut/a.json: invalid JSON at line 1 col 100"),
        ("eval --gold {gold_deep} --pred {pred}", "gold_deep/a.json: invalid JSON: nested too deeply"),
        ("diff {pred} {pred_bad}", OUTPUT_PROBLEM),
        ("diff {pred_bad}/a.json {pred}/a.json", OUTPUT_PROBLEM),
        ("diff {pred} --against {gold_bad}", GOLD_PROBLEM),
        ("review --pred {pred_bad} --out {tmp}/r.html", OUTPUT_PROBLEM),
        ("review --pred {pred} --gold {gold_bad} --out {tmp}/r.html", GOLD_PROBLEM),
    ],
    ids=[
        "eval-gold",
        "eval-pred",
        "eval-truncated",
        "eval-deep",
        "diff-dirs",
        "diff-files",
        "diff-against",
        "review-pred",
        "review-gold",
    ],
)
def test_malformed_gold_or_output_names_file_record_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: str, problem: str
) -> None:
    folders = {
        "gold": write_side(tmp_path / "gold", {"a": good_gold("a")}),
        "gold_bad": write_side(tmp_path / "gold_bad", {"a": BROKEN_GOLD}),
        "pred": write_side(tmp_path / "pred", {"a": good_output("a")}),
        "pred_bad": write_side(tmp_path / "pred_bad", {"a": BROKEN_OUTPUT}),
        "pred_cut": write_side(tmp_path / "pred_cut", {"a": json.dumps(good_output("a"))[:120]}),
        "gold_deep": write_side(tmp_path / "gold_deep", {"a": "[" * 100_000}),
        "tmp": tmp_path,
    }
    assert main(args.format(**folders).split()) == 2
    err = capsys.readouterr().err
    assert problem in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1  # one line: which file, which record, which field
    assert not (tmp_path / "r.html").exists()
