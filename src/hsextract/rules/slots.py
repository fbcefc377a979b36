"""A network's premiere schedule: time-slot lines under day headings.

    Monday, Sept. 21
    8:00-9:00 PM RIDGELINE RESCUE (Season Nine Premiere)
    9:00-10:00 PM THE WIDOW'S LEDGER (Season Two Premiere)

A slot line that flags a premiere is that season's release on the heading's day; "(Series
Premiere)" is season 1, and a "Time Period Premiere" or "Night Two" is a later airing, no release.
The sentence rules read such a block as one run-on sentence, so the lines are read here, one each.
"""

from __future__ import annotations

import re

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.titles import DATE_LINE, single_season

_SLOT_LINE = re.compile(
    r"^\s*\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+(?:ET|PT|CT|MT|ET/PT))?\s+(?P<title>[A-Z0-9][^()]{0,60}?)\s*\((?P<note>[^()]*\bpremiere\b[^()]*)\)",
    re.IGNORECASE,
)
_LATER_AIRING = re.compile(r"\b(?:time\s+period|time\s+slot|night\s+two|encore|special)\b", re.IGNORECASE)
_NEW_SERIES = re.compile(r"\bseries\s+premiere\b", re.IGNORECASE)


def _slot(line: Block, day: Block) -> DatedMention | None:
    m = _SLOT_LINE.match(line.text)
    if m is None or _LATER_AIRING.search(m["note"]):
        return None
    season = single_season(m["note"]) or (1 if _NEW_SERIES.search(m["note"]) else None)
    title = (line.start + m.start("title"), line.start + m.end("title"))
    return DatedMention(
        "release",
        "release.slot_line",
        title,
        (day.start, day.end),
        (line.start, line.end),
        line.kind,
        line.index,
        seasons=(season,) if season else (),
        subject=title,
        clause=(line.start, line.end),
    )


def slot_mentions(blocks: list[Block]) -> list[DatedMention]:
    """The premieres of the slot lines under each day heading ("MONDAY, SEPT. 21" too)."""
    out: list[DatedMention] = []
    day: Block | None = None
    for b in blocks:
        if DATE_LINE.match(b.text) or DATE_LINE.match(b.text.title()):
            day = b
        elif day is not None and (found := _slot(b, day)) is not None:
            out.append(found)
        elif day is not None and not _SLOT_LINE.match(b.text) and not b.text[:1].isdigit():
            day = None  # prose after the schedule ends it
    return out


def slot_lines(blocks: list[Block]) -> set[int]:
    """Block indexes of the slot lines `slot_mentions` reads, which sentences must not read again."""
    days = {b.index for b in blocks if DATE_LINE.match(b.text) or DATE_LINE.match(b.text.title())}
    out, under = set(), False
    for b in blocks:
        if b.index in days:
            under = True
        elif under and _SLOT_LINE.match(b.text):
            out.add(b.index)
        elif under and not b.text[:1].isdigit():
            under = False
    return out
