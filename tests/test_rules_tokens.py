"""The token table must say exactly what spaCy's Token objects say."""

from __future__ import annotations

from typing import Any

import pytest

from hsextract.rules import tokens
from hsextract.rules.tokens import Lexemes, token_table

from .conftest import DEV_CORPUS

WRITTEN = [
    "Ada Vell (left) met Bob-Lee O'Hara in London on May 5, 2026.\n\nSEASON 2 — “Pilot”  airs   now.",
    "",
    "   ",
]


def _expected(doc: Any) -> dict[str, list[object]]:
    return {
        "text": [t.text for t in doc],
        "lower": [t.lower_ for t in doc],
        "space_after": [t.whitespace_ == " " for t in doc],
        "idx": [t.idx for t in doc],
        "is_alpha": [t.is_alpha for t in doc],
        "is_punct": [t.is_punct for t in doc],
        "is_space": [t.is_space for t in doc],
        "like_num": [t.like_num for t in doc],
        "is_lower": [t.is_lower for t in doc],
        "is_stop": [t.is_stop for t in doc],
        "sent_start": [bool(t.is_sent_start) for t in doc],
        "ent": [t.ent_type_ for t in doc],
        "pos": [t.pos_ for t in doc],
    }


def test_table_equals_token_attributes(nlp: Any) -> None:
    texts = WRITTEN + [p.read_text(encoding="utf-8") for p in sorted(DEV_CORPUS.glob("*.txt"))]
    for doc in nlp.pipe(texts):
        table = token_table(doc)
        assert {name: getattr(table, name) for name in _expected(doc)} == _expected(doc)
        for start, end in ((0, len(doc)), (1, len(doc) // 2), (2, 2)):
            if start <= end <= len(doc):
                assert table.span_text(start, end) == doc[start:end].text


def test_table_built_from_the_source_text_has_the_documents_text(nlp: Any) -> None:
    """Given the text the document was made of (at an offset), the table does not rebuild it."""
    texts = [*WRITTEN, "Ends with a space ", "Two lines\n\n", "x"]
    for text in texts:
        source = "PREFIX " + text + " AND MORE"
        doc = nlp(text)
        assert token_table(doc, source, len("PREFIX ")).doc_text == doc.text


def test_a_shared_lexeme_cache_gives_the_same_table(nlp: Any) -> None:
    """Remembered word forms (across documents, past the cache limit) answer as fresh ones do."""
    lexemes = Lexemes(nlp.vocab)
    texts = [*WRITTEN, *(p.read_text(encoding="utf-8") for p in sorted(DEV_CORPUS.glob("*.txt"))[:3])]
    for doc in nlp.pipe(texts + texts):
        assert token_table(doc, lexemes=lexemes) == token_table(doc)
    assert len(lexemes._rows) > 100


def test_lexeme_cache_is_bounded(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "CACHE_LIMIT", 3)
    lexemes = Lexemes(nlp.vocab)
    doc = nlp("One two three four five.")
    assert token_table(doc, lexemes=lexemes) == token_table(doc)
    assert len(lexemes._rows) == 6  # filled within a document, cleared before the next
    token_table(nlp("Six."), lexemes=lexemes)
    assert len(lexemes._rows) == 2
