"""Episode rows written as cells with no header row: one cell is the episode's label, another its title.

    E01 | Sat 2 May | "The Guest Who Paid" | out now
    Air Date: 04/05/2026 | Season 3, Episode 5 | The Crest

The label cell gives the number (and the season when it states one); the title is the first later
cell that is quoted or reads as a title, skipping dates, times and status words ("out now", "TBA").
A table with a header row is read by `episode_lists._table`; a row here never needs one, so a run of
such rows is read row by row, each row's label cell standing for its drop (a date in the row dates it).
"""

from __future__ import annotations

import re

from hsextract.ingest import Block
from hsextract.rules.episodes import EpisodeMention, Offsets, quoted_at
from hsextract.rules.hits import number_value
from hsextract.rules.tables import cells

MAX_TITLE_WORDS = 10
# a whole cell that labels one episode: "E01", "Ep. 3", "Episode 3", "S3E05", "S03 · E05", "2x05",
# "Season 3, Episode 5"
_LABEL_CELL = re.compile(
    r"(?:(?:season|series)\s+(?P<s>\d{1,2}|[a-z]+)\s*[,:]?\s*|S(?P<s2>\d{1,2})\s*[·∙.]?\s*|(?P<s3>\d{1,2})\s*[x×]\s*)?"
    r"(?:episode|ep\.?|e)\s*#?\s*(?P<n>\d{1,3})"
    r"|(?P<s4>\d{1,2})\s*[x×]\s*(?P<n4>\d{1,3})",
    re.IGNORECASE,
)
# a cell that is no title: a date, a time, a field, a number, or a status ("out now", "TBA")
_NOT_TITLE_CELL = re.compile(
    r"^(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d|(?:original\s+)?(?:air\s*date|airdate|aired|released?|premieres?|streaming|available)\b|"
    r"out\s+now\b|tba\b|tbc\b|tbd\b|to\s+be\s+(?:announced|confirmed)|coming\s+soon|"
    r"(?:written|directed|writer|director|prod(?:uction)?)\b)",
    re.IGNORECASE,
)
_QUOTES = "“\"‘'"


def _label(text: str, cell: Offsets) -> tuple[int, int | None] | None:
    """(number, season) of a cell that is only an episode label."""
    m = _LABEL_CELL.fullmatch(text, *cell)
    if m is None:
        return None
    number = int(m["n"] or m["n4"])
    season = number_value(m["s"] or m["s2"] or m["s3"] or m["s4"] or "")
    return (number, season) if number else None


def _title(text: str, cell: Offsets) -> Offsets | None:
    start, end = cell
    if end <= start:
        return None
    if text[start] in _QUOTES:
        return quoted_at(text, start, end)
    raw = text[start:end]
    if _NOT_TITLE_CELL.match(raw) or not raw[0].isupper() or len(raw.split()) > MAX_TITLE_WORDS:
        return None
    if raw.endswith((".", ",", ";", ":")):
        return None
    tag = _TAG_AFTER.search(raw)  # "Lava Vigil (Part 2) — Season Finale": the tag is no part of it
    return (start, start + tag.start()) if tag else cell


_TAG_AFTER = re.compile(r"\s+[–—-]\s+(?i:(?:mid-?)?season|series)\s+(?i:finale|premiere)$")


def label_row(text: str, block: Block) -> tuple[Offsets, Offsets | None, int, int | None] | None:
    """(label cell, title span or None, number, season) of a row that has an episode-label cell."""
    row = cells(block)
    if len(row) < 2:
        return None
    k, found = next(((k, f) for k, c in enumerate(row) if (f := _label(text, c))), (-1, None))
    if found is None:
        return None
    title = next((span for c in row[k + 1 :] if (span := _title(text, c))), None)
    return row[k], title, *found


def label_rows(
    text: str, blocks: list[Block], i: int
) -> tuple[int, list[EpisodeMention], dict[int, Offsets]]:
    """From block i, the run of rows that each have a label cell: how many blocks it takes, the titled
    rows' episodes and block index -> label cell (the cue a date in the row dates)."""
    out: list[EpisodeMention] = []
    cues: dict[int, Offsets] = {}
    k = i
    while k < len(blocks) and "|" in blocks[k].text and (found := label_row(text, blocks[k])):
        block = blocks[k]
        cue, title, number, season = found
        cues[block.index] = cue
        if title is not None:
            out.append(
                EpisodeMention(
                    "episodes.label_row",
                    title,
                    block.kind,
                    block.index,
                    (block.start, block.end),
                    number=number,
                    season=season,
                )
            )
        k += 1
    return k - i, out, cues
