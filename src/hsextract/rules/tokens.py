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


def token_table(doc: Doc) -> Tokens:
    from spacy.attrs import (
        ENT_TYPE,
        IDX,
        IS_ALPHA,
        IS_LOWER,
        IS_PUNCT,
        IS_SPACE,
        IS_STOP,
        LIKE_NUM,
        LOWER,
        ORTH,
        POS,
        SENT_START,
        SPACY,
    )

    attrs = [ORTH, LOWER, SPACY, IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, IS_LOWER, IS_STOP, SENT_START]
    strings = doc.vocab.strings
    cols = doc.to_array([*attrs, ENT_TYPE, POS]).T.tolist()
    orth, lower, space, idx, alpha, punct, is_space, like_num, is_lower, stop, sent, ent, pos = cols

    def flags(col: list[int]) -> list[bool]:
        return [v == 1 for v in col]

    return Tokens(
        doc_text=doc.text,
        text=[strings[h] for h in orth],
        lower=[strings[h] for h in lower],
        space_after=flags(space),
        idx=idx,
        is_alpha=flags(alpha),
        is_punct=flags(punct),
        is_space=flags(is_space),
        like_num=flags(like_num),
        is_lower=flags(is_lower),
        is_stop=flags(stop),
        sent_start=flags(sent),
        ent=[strings[h] if h else "" for h in ent],
        pos=[strings[h] if h else "" for h in pos],
    )
