"""One document's token attributes as plain lists, read once.

The name and unit builders look at every token several times (is it capitalised, a person, a
hyphen glued to the next word ...). Going through spaCy `Token` objects costs an object and a
string lookup per access; one `Doc.to_array` call and a list per attribute cost a fraction of
that, and the answers are the same (tests/test_rules_units.py compares them on the corpus).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

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


def token_table(doc: Doc, source: str | None = None, offset: int = 0) -> Tokens:
    """`source`: the text the document was made of, starting at `offset` (else `Doc.text` rebuilds
    it, at one `Token` object per token)."""
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

    strings = doc.vocab.strings
    words = [ORTH, LOWER, ENT_TYPE, POS]  # string hashes (0 is "")
    flags = [SPACY, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, IS_LOWER, IS_STOP, SENT_START]
    array = doc.to_array([IDX, *words, *flags])
    (idx,) = array[:, :1].T.tolist()
    text_of = cast("Callable[[int], str]", strings.__getitem__)
    orth, lower, ent, pos = (list(map(text_of, col)) for col in array[:, 1:5].T.tolist())
    space, alpha, punct, is_space, like_num, is_lower, stop, sent = (array[:, 5:] == 1).T.tolist()
    if source is None or not idx:
        doc_text = doc.text
    else:  # a token's trailing whitespace is one space at most (longer runs are tokens of their own)
        doc_text = source[offset : offset + idx[-1] + len(orth[-1]) + space[-1]]
    return Tokens(
        doc_text=doc_text,
        text=orth,
        lower=lower,
        space_after=space,
        idx=idx,
        is_alpha=alpha,
        is_punct=punct,
        is_space=is_space,
        like_num=like_num,
        is_lower=is_lower,
        is_stop=stop,
        sent_start=sent,
        ent=ent,
        pos=pos,
    )
