"""Credit lines: a label, then "Actor as Character" items set apart by pipes or semicolons.

    Guest Stars: Ada Roe as Elder Obed Wrane | Tom Poe as The Salt Child |
    Co-Guest Stars: Jo Hurle as Usher #2; Lin Odell as TBD
    Special Guest Star: Sir Ben Lusk as The Tollman (voice)

The sentence rules read such a line as one run-on sentence and pair names across the separators,
so a credit line is read here, item by item, and the sentence rules' pairs inside it are dropped.
Placeholders ("as TBD", "as Himself") and numbered walk-ons ("Usher #2") are no roles; a slash
gives one character two names ("The Egret Man / Canon Eldred Pewsey"), the personal name kept.

A press pack's cast table sets one pair per line with dotted leaders, character first:
"DS Ysolt Pike ........ JANE ROE" (`leader_mentions`).
"""

from __future__ import annotations

import re

from hsextract.ingest import Block
from hsextract.rules.cast import CastMention
from hsextract.rules.cast_lists import NAME_RUN
from hsextract.rules.vocab import CREW_LABEL_WORDS

_LABEL = re.compile(
    r"^\s*(?:(?:special\s+|co-)?guest[\s-]+(?:stars?|starring|cast)|(?:also\s+)?starring|cast|recurring"
    r"|series\s+regulars?|regulars|voice\s+cast|voices|main\s+cast)\s*:\s*",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*[|;]\s*")
_ITEM = re.compile(
    r"(?P<actor>" + NAME_RUN + r")\s+as\s+(?P<char>[^()|;]+?)"
    r"\s*(?:\((?:voice|uncredited|archive footage|credited as [^()]*|as [^()]*)\)\s*)*$"
)
_NO_ROLE = re.compile(r"^(?:TBD|TBA|TBC|himself|herself|themselves|themself|unknown)$|#\s*\d", re.IGNORECASE)


def _character(text: str, start: int, end: int) -> tuple[int, int]:
    """The character's span; of "A / B" the part that is a personal name (not "The ...")."""
    parts, pos = [], start
    for piece in text[start:end].split("/"):
        s = pos + len(piece) - len(piece.lstrip())
        parts.append((s, s + len(piece.strip())))
        pos += len(piece) + 1
    named = [p for p in parts if not text[p[0] : p[1]].startswith("The ")]
    return (named or parts)[0]


def credit_line_mentions(blocks: list[Block]) -> tuple[list[CastMention], set[int]]:
    """The pairs of every credit line, and the indexes of those lines' blocks."""
    out: list[CastMention] = []
    lines: set[int] = set()
    for b in blocks:
        if (label := _LABEL.match(b.text)) is None or not (
            "|" in b.text or ";" in b.text or " as " in b.text
        ):
            continue
        lines.add(b.index)
        pos = label.end()
        for sep in [*_SEPARATOR.finditer(b.text, pos), None]:
            stop = sep.start() if sep else len(b.text)
            if (m := _ITEM.match(b.text, pos, stop)) is not None and not _NO_ROLE.search(m["char"].strip()):
                actor = (b.start + m.start("actor"), b.start + m.end("actor"))
                character = _character(b.text, m.start("char"), m.end("char"))
                character = (b.start + character[0], b.start + character[1])
                out.append(CastMention.on_line("cast.credit_line", actor, character, b))
            pos = sep.end() if sep else len(b.text)
    return out, lines


_LEADER_LINE = re.compile(
    r"^\s*(?P<char>" + NAME_RUN + r")\s*(?:\.{3,}|…+)\s*(?P<actor>" + NAME_RUN + r")\s*$"
)


def leader_mentions(blocks: list[Block]) -> list[CastMention]:
    """The pairs of dotted-leader cast lines ("Character ..... ACTOR"), two lines at least."""
    found = [
        (b, m)
        for b in blocks
        if (m := _LEADER_LINE.match(b.text)) and m["char"].lower() not in CREW_LABEL_WORDS | _CREW_ROLES
    ]
    if len(found) < MIN_LEADER_LINES:
        return []
    return [
        CastMention.on_line(
            "cast.leader_line",
            (b.start + m.start("actor"), b.start + m.end("actor")),
            (b.start + m.start("char"), b.start + m.end("char")),
            b,
        )
        for b, m in found
    ]


MIN_LEADER_LINES = 2
# a credits table's crew rows ("Writer ..... Jo Elm", "Producer ..... Ann Lusk"): jobs, not characters
_CREW_ROLES = frozenset({"producer", "executive producer", "series producer", "writer", "director", "editor"})
