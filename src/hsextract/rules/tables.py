"""Tables written as text rows ("Date | Show | Platform"), read by their header row.

A schedule table names one show per row: its rows are listing lines (the row dates its show's drop,
like "April 4: Title (Netflix)"). An episode table ("Ep | Title | Air date") is read by
episode_lists instead. Only the header words decide which is which.
"""

from __future__ import annotations

from hsextract.ingest import Block

Offsets = tuple[int, int]

SHOW_HEADERS = frozenset({"show", "series", "programme", "program", "title of show", "tv show"})
DATE_HEADERS = frozenset(
    {"date", "day", "when", "premiere", "premiere date", "release date", "air date", "airs"}
)


def cells(block: Block) -> list[Offsets]:
    """The trimmed cells of a table row written as text ("4 | Title | July 27"), in article offsets."""
    out, pos = [], block.start
    for part in block.text.split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + lead + len(part.strip())))
        pos += len(part) + 1
    return out


def header_words(block: Block) -> list[str]:
    return [part.strip(" .:#").lower() for part in block.text.split("|")]


def is_show_table(header: list[str]) -> bool:
    """A header naming a show column and a date column: one show's drop per row."""
    return any(h in SHOW_HEADERS for h in header) and any(h in DATE_HEADERS for h in header)


def show_table_rows(blocks: list[Block]) -> dict[int, Offsets]:
    """Block index -> the show cell of each row under a "Date | Show | Platform" header."""
    out: dict[int, Offsets] = {}
    k = 0
    while k < len(blocks):
        header = header_words(blocks[k]) if "|" in blocks[k].text else []
        if len(header) < 2 or not is_show_table(header):
            k += 1
            continue
        column = next(i for i, h in enumerate(header) if h in SHOW_HEADERS)
        k += 1
        while k < len(blocks) and "|" in blocks[k].text and len(row := cells(blocks[k])) == len(header):
            if row[column][1] > row[column][0]:
                out[blocks[k].index] = row[column]
            k += 1
    return out
