"""Q&A sections: "When is X season 3 coming out?" over an answer paragraph. The answer often states
the date with no release verb of its own ("We'd guess early 2027", "Friday at 3am ET"), so
the question is the cue of the paragraph right under it, used only where a sentence has no cue of its
own (like an episode line's label, see releases._candidates). Its subject and season come from the
question's section, as for any sentence under a heading."""

from __future__ import annotations

import itertools
import re

from hsextract.ingest import Block

Offsets = tuple[int, int]

# a question about when a season comes out (not "Will there be a season 3?": that asserts nothing)
_WHEN_OUT = re.compile(
    r"^\s*(?:when|what\s+(?:time|date|day))\b[^?]{0,100}?"
    r"\b(?:released?|release\s+date|come\s+out|comes\s+out|out|premieres?|returns?|arrives?|airs?|drops?|"
    r"lands?|streaming|launch(?:es)?|back|starts?)\b[^?]{0,60}\?\s*$",
    re.IGNORECASE,
)


def answer_lines(blocks: list[Block]) -> dict[int, Offsets]:
    """Block index -> the question's span, for the paragraph right after each release-date question."""
    out: dict[int, Offsets] = {}
    for question, answer in itertools.pairwise(blocks):
        asks = question.kind in {"heading", "paragraph"} and _WHEN_OUT.match(question.text)
        if asks and answer.kind == "paragraph":
            out[answer.index] = (question.start, question.end)
    return out
