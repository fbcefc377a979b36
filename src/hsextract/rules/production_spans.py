"""A shoot told as one span: "Filming took place around Cornwall between February and July 2024",
"Filming ran from May to October 2025 in Glasgow", "The series was shot in Belfast between March and
June". The span's first month is when production started and its last when it ended: two events,
the start dated by the whole span, which the date stage reads as a range (so a year written once, after
the second month, is the first month's too), the end by its own month.

The cue is the filming word with its verb; only a span right after it (within the clause) is read, so
"filming begins in May, with the series due between October and December" is not one.
"""

from __future__ import annotations

import re

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.titles import _MONTH_NAME, seasons_in
from hsextract.textnorm import may_contain

RULE = "event.production_span"
_MONTH = _MONTH_NAME + r"\.?(?:\s+\d{4})?"
_SPAN = re.compile(
    r"\b(?P<cue>(?:filming|shooting|production|principal\s+photography|the\s+shoot)\s+"
    r"(?:(?:on|for)\s+[^.;!?\n]{1,40}?\s+)?(?:took\s+place|ran|lasted|happened|was\s+(?:done|carried\s+out))"
    r"|(?:was|were)\s+(?:shot|filmed))\b"
    r"(?P<gap>[^.;!?\n]{0,60}?)\s+(?P<span>between\s+|from\s+)(?P<a>"
    + _MONTH
    + r")\s+(?:and|to|until|through|till)\s+"
    r"(?P<b>" + _MONTH + r")",
    re.IGNORECASE,
)
# every `_SPAN` match holds one of these (its cue): a paragraph without any is not scanned
SPAN_WORDS = ("film", "shoot", "shot", "production", "photography")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def production_span_mentions(blocks: list[Block]) -> list[DatedMention]:
    """A production_start and a production_end for each filming span in the text's paragraphs."""
    out: list[DatedMention] = []
    for b in blocks:
        for m in _SPAN.finditer(b.text) if may_contain(b.text, SPAN_WORDS) else ():
            start = max((e.end() for e in _SENTENCE_END.finditer(b.text, 0, m.start())), default=0)
            end = e.end() if (e := _SENTENCE_END.search(b.text, m.end())) else len(b.text)
            sentence, cue = (
                (b.start + start, b.start + end),
                (b.start + m.start("cue"), b.start + m.end("cue")),
            )
            clause = (b.start + m.start(), b.start + m.end())
            # "Filming on series two took place ...": the span's season, else the section's
            seasons = tuple(sorted({n for _, _, n in seasons_in(m.group())}))
            # the start is dated by the whole span ("between February and July 2024"), which the date
            # stage reads as a range starting in February 2024; the end by its own month
            first = m.start("span") if m["span"].lower().startswith("between") else m.start("a")
            for kind, at in (("production_start", (first, m.end("b"))), ("production_end", m.span("b"))):
                date = (b.start + at[0], b.start + at[1])
                out.append(
                    DatedMention(
                        kind,
                        RULE,
                        cue,
                        date,
                        sentence,
                        b.kind,
                        b.index,
                        tense="past",
                        seasons=seasons,
                        clause=clause,
                    )
                )
    return out
