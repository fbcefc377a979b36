"""Tables written as text rows ("Date | Show | Platform"), read by their header row.

A schedule table names one show per row: its rows are listing lines (the row dates its show's drop,
like "April 4: Title (Netflix)"). An episode table ("Ep | Title | Air date") is read by
episode_lists instead. Only the header words decide which is which.
"""

from __future__ import annotations

import re

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


# a header cell's words ("Show Title (Network)" -> show, title) that name the show column, and those
# that name a date column ("Premiere date", "Returns", "First 2027 Episode")
_SHOW_WORDS = frozenset({"show", "shows", "series", "programme", "program"})
_DATE_WORDS = frozenset(
    {"date", "dates", "day", "when", "premiere", "premieres", "release", "returns", "return", "airs"}
    | {"episode"}
)
# the dates of a return table are the last and first episodes around a break: only a row's own
# "(Season 2 premiere)" makes one a release
_RETURN_WORDS = frozenset({"episode", "returns", "return"})
# a column that numbers episodes makes the table an episode table, whatever else it names (also read
# by rules.episode_lists, which finds the number column by it)
EPISODE_NUMBER_HEADERS = frozenset(
    {"ep", "eps", "episode", "no", "number", "n", "episode no", "ep no"}
    # a wiki's pair of number columns: "No. overall | No. in series" (not a "series" column of shows)
    | {"no. overall", "overall", "no. in season", "no. in series", "in season", "in series"}
)


def _words(header: str) -> set[str]:
    return set(re.sub(r"\([^()]*\)", " ", header).replace("/", " ").split())


def show_column(header: list[str]) -> int | None:
    """The show column of a header row, unless a column numbers episodes."""
    if any(h in EPISODE_NUMBER_HEADERS for h in header):
        return None
    return next((i for i, h in enumerate(header) if h in SHOW_HEADERS or _words(h) & _SHOW_WORDS), None)


def _date_columns(header: list[str], show: int) -> list[int]:
    return [i for i, h in enumerate(header) if i != show and (h in DATE_HEADERS or _words(h) & _DATE_WORDS)]


def is_show_table(header: list[str]) -> bool:
    """A header naming a show column and a date column: one show's drop per row."""
    show = show_column(header)
    return show is not None and bool(_date_columns(header, show))


def is_return_table(header: list[str]) -> bool:
    """A show table whose dates are around a break ("Last 2026 Episode | First 2027 Episode"): a
    row's date is a drop only where the row flags it a premiere."""
    show = show_column(header)
    dates = _date_columns(header, show) if show is not None else []
    return bool(dates) and all(_words(header[i]) & _RETURN_WORDS for i in dates)


_RULE_ROW = re.compile(r"^[\s|:\-–—]*$")


def is_rule_row(block: Block) -> bool:
    """A markup table's "|---|---|" line: part of the table, neither its header nor a row."""
    return "|" in block.text and bool(_RULE_ROW.match(block.text))


def show_table_rows(blocks: list[Block], returns: bool | None = None) -> dict[int, Offsets]:
    """Block index -> the show cell of each row under a "Date | Show | Platform" header; with
    `returns` True or False, only the rows of return tables or only those of the others."""
    out: dict[int, Offsets] = {}
    k = 0
    while k < len(blocks):
        header = header_words(blocks[k]) if "|" in blocks[k].text else []
        column = show_column(header) if len(header) >= 2 and is_show_table(header) else None
        if column is None:
            k += 1
            continue
        wanted = returns is None or returns == is_return_table(header)
        k += 1
        while k < len(blocks) and "|" in blocks[k].text and len(row := cells(blocks[k])) == len(header):
            if wanted and row[column][1] > row[column][0] and not is_rule_row(blocks[k]):
                out[blocks[k].index] = row[column]
            k += 1
    return out
