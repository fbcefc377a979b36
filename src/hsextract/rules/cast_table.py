"""A scraped "Cast & Crew" list: one role per line, character and actor separated by a space only.

    Cast & Crew
    Mara Lind Jane Roe
    Inspector Tull Tom Poe-Hart
    Director Ann Lusk

A TV-guide page loses its table's columns when it is turned into text, so nothing marks where the
character ends and the actor starts. The actor is taken to be the line's last two words (a given
name and a surname, a hyphenated surname counting as one word): the common shape of a performer's
credit. Where the article names the person elsewhere with a longer or shorter name, that full name
is used to split instead. Crew lines ("Director Ann Lusk") are no roles. The list runs from its
heading to the first line that is not a bare name run; two roles at least.
"""

from __future__ import annotations

import re

from hsextract.ingest import Block
from hsextract.rules.cast import CastMention
from hsextract.rules.vocab import CREW_LABEL_WORDS, NAME_PARTICLES

_HEADING = re.compile(r"^\s*(?:full\s+)?cast(?:\s*(?:&|and)\s*crew)?\s*:?\s*$", re.IGNORECASE)
_WORD = re.compile(r"\S+")
_PARTICLE = "(?:" + "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
_BARE_LINE = re.compile(r"^\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|" + _PARTICLE + r")){2,7}\s*$")
MIN_ROLES = 2
ACTOR_WORDS = 2


def _split(b: Block, known: list[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(character, actor) spans in article offsets: the actor a name the article gives elsewhere that
    ends the line, else the last two words."""
    words = list(_WORD.finditer(b.text))
    if len(words) < ACTOR_WORDS + 1:
        return None
    ends_known = [k for k in range(1, len(words)) if b.text[words[k].start() :].strip() in known]
    k = ends_known[0] if ends_known else len(words) - ACTOR_WORDS
    if not words[k].group()[0].isupper():
        return None  # "... Ada de Wit": not sure where the actor starts
    char = (b.start + words[0].start(), b.start + words[k - 1].end())
    actor = (b.start + words[k].start(), b.start + words[-1].end())
    return char, actor


# a flattened table's header row names the columns' order: "Actor Character Status", "Character Actor"
_HEADER_ROW = re.compile(
    r"^\s*(?P<first>actor|cast|performer|character|role)\s+(?:actor|character|role|cast|performer)"
    r"(?:\s+(?:status|notes?|episodes|seasons?|series))?\s*$",
    re.IGNORECASE,
)
# a status column's value after the names: "Rosa Lind Mara Vell Returning"
_STATUS = re.compile(r"\s+(?:Returning|New|Recurring|Guest|Main|Regular|Series regular|Departed|Leaving)\s*$")


def table_mentions(blocks: list[Block], text: str) -> tuple[list[CastMention], set[int]]:
    """The pairs of every bare cast list, and the indexes of its lines' blocks."""
    out: list[CastMention] = []
    lines: set[int] = set()
    for k, head in enumerate(blocks):
        header = _HEADER_ROW.match(head.text)
        if not (header or _HEADING.match(head.text)):
            continue
        actor_first = header is not None and header["first"].lower() in {"actor", "cast", "performer"}
        rows = []
        for b in blocks[k + 1 :]:
            if not _BARE_LINE.match(b.text):
                break
            if b.text.split()[0].lower() not in CREW_LABEL_WORDS:
                rows.append(b)
        if not rows:
            continue
        outside = text[: rows[0].start] + "\n" + text[rows[-1].end :]  # names the article gives elsewhere
        found = [m for b in rows if (m := _row_mention(b, outside, actor_first)) is not None]
        if len(found) >= MIN_ROLES:
            out += found
            lines |= {b.index for b in rows}
    return out, lines


def _row_mention(b: Block, outside: str, actor_first: bool) -> CastMention | None:
    row = _trimmed(b)
    if actor_first:
        pair = _split_actor_first(row, [n for n in _head_names(row.text) if n in outside])
        return CastMention.on_line("cast.table_line", pair[0], pair[1], b) if pair else None
    pair = _split(row, [n for n in _tail_names(row.text) if n in outside])
    return CastMention.on_line("cast.table_line", pair[1], pair[0], b) if pair else None


def _trimmed(b: Block) -> Block:
    """The row without its status column's value."""
    if (status := _STATUS.search(b.text)) is None:
        return b
    return Block(b.index, b.start, b.start + status.start(), b.kind, b.text[: status.start()])


def _split_actor_first(b: Block, known: list[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(actor, character) spans: the actor the longest name opening the row that the article gives
    elsewhere, else the first two words."""
    words = list(_WORD.finditer(b.text))
    k = len(known[0].split()) if known else ACTOR_WORDS
    if k >= len(words) or not words[k].group()[0].isupper():
        return None
    return (b.start + words[0].start(), b.start + words[k - 1].end()), (b.start + words[k].start(), b.end)


def _head_names(line: str) -> list[str]:
    """The row's openings of one word or more, longest first ("Ada Roe-Lind", "Ada")."""
    words = line.split()
    return [" ".join(words[:i]) for i in range(len(words) - 1, 0, -1)]


def _tail_names(line: str) -> list[str]:
    """The line's endings of two words or more, longest first ("Ada Roe-Lind", ...)."""
    words = line.split()
    return [" ".join(words[i:]) for i in range(1, len(words) - 1)]
