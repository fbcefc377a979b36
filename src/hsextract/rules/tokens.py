"""One document's token attributes as plain lists, read once.

The name and unit builders look at every token several times (is it capitalised, a person, a
hyphen glued to the next word ...). Going through spaCy `Token` objects costs an object and a
string lookup per access; one `Doc.to_array` call and a list per attribute cost a fraction of
that, and the answers are the same (tests/test_rules_units.py compares them on the corpus).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


@dataclass(frozen=True)
class Tokens:
    doc_text: str
    text: list[str]
    lower: list[str]
    space_after: list[bool]  # token.whitespace_ is " "
    idx: list[int]  # character offset in the doc
    is_alpha: list[bool]
    is_punct: list[bool]
    is_space: list[bool]
    like_num: list[bool]
    is_lower: list[bool]
    is_stop: list[bool]
    sent_start: list[bool]  # bool(token.is_sent_start)
    ent: list[str]  # token.ent_type_ ("" outside entities)
    pos: list[str]  # token.pos_

    def __len__(self) -> int:
        return len(self.text)

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.text[i])

    def span_text(self, start: int, end: int) -> str:
        """doc[start:end].text"""
        return self.doc_text[self.idx[start] : self.end_char(end - 1)] if end > start else ""


LexemeRow = tuple[str, str, bool, bool, bool, bool, bool, bool]
CACHE_LIMIT = 200_000  # word forms remembered by a `Lexemes`; cleared when exceeded


class Lexemes:
    """What a word form says whatever its context (text, lowercase form, spaCy's lexeme flags),
    remembered per form: reading the flags through `Doc.to_array` costs more than the rest of the
    table. One per vocabulary (flags such as stop words belong to it)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._rows: dict[int, LexemeRow] = {}
        self._strings: dict[int, str] = {0: ""}  # entity labels and parts of speech by hash

    def rows(self, orths: list[int]) -> list[LexemeRow]:
        rows = self._rows
        if len(rows) > CACHE_LIMIT:
            rows.clear()
        out = []
        for h in orths:
            row = rows.get(h)
            if row is None:
                lex = self.vocab[h]
                row = rows[h] = (
                    lex.orth_,
                    lex.lower_,
                    lex.is_alpha,
                    lex.is_punct,
                    lex.is_space,
                    lex.like_num,
                    lex.is_lower,
                    lex.is_stop,
                )
            out.append(row)
        return out

    def strings(self, hashes: list[int]) -> list[str]:
        known = self._strings
        if len(known) > CACHE_LIMIT:
            known.clear()
            known[0] = ""
        out = []
        for h in hashes:
            text = known.get(h)
            if text is None:
                text = known[h] = self.vocab.strings[h]
            out.append(text)
        return out


def token_table(
    doc: Doc, source: str | None = None, offset: int = 0, lexemes: Lexemes | None = None
) -> Tokens:
    """`source`: the text the document was made of, starting at `offset` (else `Doc.text` rebuilds
    it, at one `Token` object per token); `lexemes`: a cache kept across documents."""
    from spacy.attrs import ENT_TYPE, IDX, ORTH, POS, SENT_START, SPACY

    if lexemes is None:
        lexemes = Lexemes(doc.vocab)
    idx, orths, ents, poses, spaces, starts = doc.to_array(
        [IDX, ORTH, ENT_TYPE, POS, SPACY, SENT_START]
    ).T.tolist()
    rows = lexemes.rows(orths)
    if rows:
        text, lower, alpha, punct, is_space, like_num, is_lower, stop = (
            list(col) for col in zip(*rows, strict=True)
        )
    else:
        text, lower, alpha, punct, is_space, like_num, is_lower, stop = [], [], [], [], [], [], [], []
    space = [v == 1 for v in spaces]
    if source is None or not idx:
        doc_text = doc.text
    else:  # a token's trailing whitespace is one space at most (longer runs are tokens of their own)
        doc_text = source[offset : offset + idx[-1] + len(text[-1]) + space[-1]]
    return Tokens(
        doc_text=doc_text,
        text=text,
        lower=lower,
        space_after=space,
        idx=idx,
        is_alpha=alpha,
        is_punct=punct,
        is_space=is_space,
        like_num=like_num,
        is_lower=is_lower,
        is_stop=stop,
        sent_start=[v == 1 for v in starts],
        ent=lexemes.strings(ents),
        pos=lexemes.strings(poses),
    )
