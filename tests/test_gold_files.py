"""The gold set stays loadable, complete and anchored to its article text.

Gold is hand-labelled (gold/README.md); these checks catch the ways it silently rots: a corpus
article with no gold, a gold file for an article that no longer exists, a name that was
"corrected" to a spelling the article does not contain, two entries one prediction could never
both satisfy, and a malformed file whose error would not say where the problem is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from hsextract.jsonio import RecordFileError, dumps, load_gold
from hsextract.models import GoldFile
from hsextract.textnorm import fold

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_SPACE = re.compile(r"\s+")


def corpus_articles(folder: Path) -> dict[str, str]:
    """Article id -> text: `<id>.txt` files plus one article per line of `*.jsonl` files."""
    articles = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    for path in sorted(folder.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            assert row["id"] not in articles, f"{path}:{lineno}: duplicate article id {row['id']!r}"
            articles[row["id"]] = row["text"]
    return articles


def _norm(text: str) -> str:
    """Case-insensitive, typographic quotes and whitespace runs made uniform, nothing else."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).casefold()


def gold_names(gold: GoldFile) -> Iterator[tuple[str, str]]:
    """(where, name) for every name a gold file asserts is in its article."""
    if gold.show:
        yield "show", gold.show
    for i, c in enumerate(gold.cast):
        yield f"cast[{i}].actor", c.actor
        yield f"cast[{i}].character", c.character
        yield from ((f"cast[{i}].actor_aliases", a) for a in c.actor_aliases)
        yield from ((f"cast[{i}].character_aliases", a) for a in c.character_aliases)
    shows: dict[str, list[str | None]] = {
        "cast": [r.show for r in gold.cast],
        "releases": [r.show for r in gold.releases],
        "episodes": [r.show for r in gold.episodes],
        "events": [r.show for r in gold.events],
    }
    for kind, values in shows.items():
        yield from ((f"{kind}[{i}].show", show) for i, show in enumerate(values) if show)
    for i, e in enumerate(gold.episodes):
        yield f"episodes[{i}].title", e.title
        yield from ((f"episodes[{i}].title_aliases", a) for a in e.title_aliases)


def missing_names(gold: GoldFile, text: str) -> list[str]:
    """Names that do not occur in `text` as whole words (case-insensitive), as 'where: name'."""
    haystack = _norm(text)
    missing = []
    for where, name in gold_names(gold):
        needle = _norm(name).strip()
        if not needle or not re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack):
            missing.append(f"{where}: {name!r}")
    return missing


def duplicate_keys(gold: GoldFile) -> list[str]:
    """Entries sharing a match key (gold/README.md section 7): one prediction could satisfy only one."""
    keyed: dict[str, list[tuple[object, ...]]] = {
        "cast": [(fold(c.actor), fold(c.character)) for c in gold.cast],
        "releases": [(fold(r.show), r.season, r.date) for r in gold.releases],
        "episodes": [(fold(e.show), e.season, fold(e.title)) for e in gold.episodes],
        "events": [(e.kind, tuple(e.seasons), e.date) for e in gold.events],
    }
    dups = []
    for kind, keys in keyed.items():
        seen: dict[tuple[object, ...], int] = {}
        for i, key in enumerate(keys):
            if key in seen:
                dups.append(f"{kind}[{seen[key]}] and {kind}[{i}] share key {key}")
            seen.setdefault(key, i)
    return dups


SPLITS = ("dev", "test")  # corpus/<split>/ and gold/<split>/ mirror each other
SPLIT_OF = {aid: split for split in SPLITS for aid in corpus_articles(CORPUS / split)}
ARTICLES = {aid: text for split in SPLITS for aid, text in corpus_articles(CORPUS / split).items()}
GOLD_PATHS = sorted(
    p for split in SPLITS for p in (GOLD / split).glob("*.json") if not p.name.startswith(".")
)


def test_corpus_and_gold_are_not_empty() -> None:
    assert ARTICLES, f"no articles in {CORPUS}"
    assert GOLD_PATHS, f"no gold files in {GOLD}"


def test_no_article_outside_the_splits() -> None:
    """Every article is in exactly one split: a stray top-level file would be scored in none."""
    stray = sorted(p.name for p in CORPUS.glob("*") if p.suffix in (".txt", ".jsonl"))
    stray += sorted(p.name for p in GOLD.glob("*.json"))
    assert not stray, f"articles or gold outside corpus/<split>/ and gold/<split>/: {stray}"
    assert sum(len(corpus_articles(CORPUS / s)) for s in SPLITS) == len(ARTICLES), "an id in two splits"


def test_test_split_is_sealed() -> None:
    """The held-out split shows only its score table in `hsextract eval` (corpus/test/README.md)."""
    assert (GOLD / "test" / "SEALED").is_file()


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_every_article_has_gold(article_id: str) -> None:
    path = GOLD / SPLIT_OF[article_id] / f"{article_id}.json"
    assert path.is_file(), f"corpus article {article_id} has no gold file {path}"
    assert load_gold(path).article_id == article_id


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_gold_file_loads_and_belongs_to_an_article(path: Path) -> None:
    gold = load_gold(path)
    assert gold.article_id == path.stem, f"{path}: article_id {gold.article_id!r} != file stem"
    assert path.stem in ARTICLES, f"{path}: no corpus article {path.stem}"
    assert SPLIT_OF[path.stem] == path.parent.name, f"{path}: article is in corpus/{SPLIT_OF[path.stem]}/"


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_gold_names_occur_in_article(path: Path) -> None:
    text = ARTICLES.get(path.stem)
    if text is None:
        pytest.fail(f"{path}: no corpus article {path.stem}")
    missing = missing_names(load_gold(path), text)
    assert not missing, f"{path}: names not in the article text: {missing}"


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_gold_has_no_duplicate_match_keys(path: Path) -> None:
    dups = duplicate_keys(load_gold(path))
    assert not dups, f"{path}: {dups}"


@pytest.mark.parametrize("path", GOLD_PATHS, ids=lambda p: p.stem)
def test_event_seasons_sorted_and_unique(path: Path) -> None:
    bad = [
        f"events[{i}]: {e.seasons}"
        for i, e in enumerate(load_gold(path).events)
        if e.seasons != sorted(set(e.seasons))
    ]
    assert not bad, f"{path}: seasons must be sorted without duplicates: {bad}"


# --- the checks themselves can fail (invented names, written for the test) ---------------------

_TEXT = "The Lantern Keepers stars Mara Quill as Dr. Ines Varga. Episode 2, 'Low Tide/High Tide', airs soon."


def _gold(**records: list[dict[str, object]]) -> GoldFile:
    return GoldFile.model_validate({"article_id": "t1", "show": "The Lantern Keepers", **records})


def test_missing_names_accepts_names_in_text_whatever_the_case() -> None:
    gold = _gold(
        cast=[{"actor": "mara quill", "character": "Dr. Ines Varga", "character_aliases": ["Ines"]}],
        episodes=[{"title": "Low Tide/High Tide", "season": 1, "number": 2}],
    )
    assert missing_names(gold, _TEXT) == []


def test_missing_names_reports_drifted_and_partial_word_names() -> None:
    gold = _gold(
        cast=[
            {"actor": "Mara Quil", "character": "Ines Varga", "actor_aliases": ["Mara Quill"]},
            {"actor": "Mara Quill", "character": "Ines", "character_aliases": ["Varg"]},
        ],
        episodes=[{"title": "Low Tide"}, {"title": "Neap Tide"}],
    )
    assert missing_names(gold, _TEXT) == [
        "cast[0].actor: 'Mara Quil'",
        "cast[1].character_aliases: 'Varg'",
        "episodes[1].title: 'Neap Tide'",
    ]


def test_duplicate_keys_found_after_folding() -> None:
    gold = _gold(
        cast=[
            {"actor": "Mara Quill", "character": "Ines Varga"},
            {"actor": "MARA QUILL", "character": "Inés Varga", "optional": True},
        ],
        events=[
            {"kind": "renewal", "seasons": [2], "date": "2024-05", "precision": "month"},
            {"kind": "renewal", "seasons": [3], "date": "2024-05", "precision": "month"},
        ],
    )
    assert duplicate_keys(gold) == ["cast[0] and cast[1] share key ('mara quill', 'ines varga')"]


def test_corpus_articles_reads_txt_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Alpha text", encoding="utf-8")
    lines = [json.dumps({"id": "b", "text": "Beta text"}), "", json.dumps({"id": "c", "text": "Gamma"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    assert corpus_articles(tmp_path) == {"a": "Alpha text", "b": "Beta text", "c": "Gamma"}


def test_malformed_gold_error_names_file_record_and_key(tmp_path: Path) -> None:
    good = _gold(cast=[{"actor": "Mara Quill", "character": "Ines Varga"}])
    data = json.loads(dumps(good))
    data["cast"].append({"actor": "Tomas Reyne", "character": "Oskar", "charcter_alias": ["Osk"]})
    path = tmp_path / "t1.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecordFileError) as info:
        load_gold(path)
    message = str(info.value)
    assert str(path) in message
    assert "cast[1]" in message
    assert "charcter_alias" in message
