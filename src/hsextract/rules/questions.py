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


# the show a reader's question is about: "Is Title coming back?", "Wait, what about Title?", "When does
# Title season 2 come out?", "Where can I watch Title?"; the title is the capitalised run the question
# word introduces, up to the verb or season word after it (small words inside it stay: "Counsel for
# the Widow"); not "Will Ada Roe return for season 2?", which asks about an actor
_CAP = r"(?-i:[A-Z0-9])[\w'’&.:-]*"
_QUESTION_TITLE = re.compile(
    r"^\s*(?:(?:wait|so|and|but|ok(?:ay)?|also),?\s+)?"
    r"(?:is|will|has|does|when\s+(?:is|does|will|do)|where\s+(?:can\s+(?:i|you|we)\s+|to\s+)(?:watch|stream)"
    r"|what\s+about|what\s+time\s+(?:is|does)|how\s+many\s+episodes\s+(?:of|are\s+in|will)|who\s+(?:is|stars)\s+in)"
    r"\s+(?P<title>" + _CAP + r"(?:\s+(?:of|the|and|for|in|on|at|a|an|to|&|" + _CAP + r"))*?)"
    r"(?=\s+(?:season|series|part|coming|come|renewed|cancell?ed|getting"
    r"|available|streaming|on|out|air|release|premiere|are|is|there)\b|\s*\?)",
    re.IGNORECASE,
)


def question_title(heading: str) -> str | None:
    """The title a question heading asks about, else None (the caller keeps it only if it is a show
    the article names elsewhere)."""
    if not heading.rstrip().endswith("?"):
        return None
    m = _QUESTION_TITLE.match(heading)
    return m.group("title") if m and not _LABEL.match(m.group("title")) else None


# "When is Part 2 out?", "Is There a Trailer?", "Will It Be Renewed?": a label or a pronoun, no title
_LABEL = re.compile(
    r"(?i:part|volume|vol\.|season|series|episode|chapter|book|there|it|this|that|they|he|she|we|you|i"
    r"|anyone|anything|everyone|everything|any|a|an|my|our|your|his|her|their)\b"
)
