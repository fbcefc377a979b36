"""A title from the article text when no metadata gives one.

Only the first block can be the headline, and only when the segmenter already marks it `title`
(short, no final full stop) and it is followed by body text. Guards keep a body sentence out:
a hard-wrapped first line (no blank line after it, and the next line continues it in lower case
or it ends on a word like "of"), two sentences in one line, a breadcrumb, a short all-capitals
section kicker. Better no title than a
sentence of the story.
"""

from __future__ import annotations

import re

from hsextract.ingest.segment import Block

MAX_WORDS = 30  # the segmenter's own limit for a first-line title
_CLOSERS = "\"'”’)]»"
_NO_END = (".", ",", ";", ":", "…", "-", "–", "—", "/", "|")
# A line broken mid-sentence ends on a word that needs a continuation.
_DANGLING = frozenset(
    "a an the and or but of to in on at for with by from as into than that which who whose is are was "
    "were be been has have had will would its their his her our your my this these those".split()
)
# Two sentences in one line: "... words. Next" (abbreviations such as "Mr." or "St." excepted).
_SENTENCE_BREAK = re.compile(r"([\w'’]+)\.[\"”’]?\s+[\"“‘]?[A-Z]")
_ABBREVIATIONS = frozenset("mr mrs ms dr st jr sr prof rev vs no vol pt ep feat".split())
_BREADCRUMB = re.compile(r"\s(?:›|»|>|/|\|)\s")
_BODY_KINDS = frozenset({"paragraph"})
_SKIPPABLE = frozenset({"byline", "dateline", "caption", "boilerplate", "heading"})


def _two_sentences(line: str) -> bool:
    return any(
        len(m[1]) > 1 and m[1].casefold() not in _ABBREVIATIONS and not m[1].isupper()
        for m in _SENTENCE_BREAK.finditer(line)
    )


def text_title(blocks: list[Block], text: str) -> str | None:
    """The headline of an article without metadata, or None when its first block is not one."""
    if len(blocks) < 2 or blocks[0].kind != "title":
        return None
    first = " ".join(blocks[0].text.split())
    words = first.split()
    if not 2 <= len(words) <= MAX_WORDS:
        return None
    if first.rstrip(_CLOSERS).endswith(_NO_END) or _two_sentences(first) or _BREADCRUMB.search(first):
        return None
    if len(words) <= 3 and first.isupper():
        return None  # a section kicker ("TV NEWS") above the real headline
    nxt = blocks[1]
    wrapped = text[blocks[0].end : nxt.start].count("\n") < 2  # no blank line after it
    if wrapped and (nxt.text[:1].islower() or words[-1] in _DANGLING):
        return None  # a hard-wrapped sentence: the next line carries on from this one
    for block in blocks[1:]:
        if block.kind in _BODY_KINDS:
            return first
        if block.kind not in _SKIPPABLE:
            return None  # a bio or an author box before any body text: no article follows
    return None
