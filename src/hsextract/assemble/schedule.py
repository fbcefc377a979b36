"""How a season comes out, and which dated drops are not season releases (schema_version "2").

A weekly schedule is one release (its first date) with `schedule` "weekly"; its later dated drops
are episodes' air dates and its finale an event, never releases of their own. The schedule is read
from the premiere's own sentence first, then from the rest of its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hsextract.ingest import Block
from hsextract.textnorm import may_contain

# "two new episodes a week", "three episodes weekly": more than one each time
_BATCHES = re.compile(
    r"\b(?:two|three|four|[2-9])\s+(?:new\s+)?episodes\s+(?:a|per|each|every)\s+(?:week|weekend)\b|"
    r"\b(?:two|three|four|[2-9])\s+(?:new\s+)?episodes\s+weekly\b|\bin\s+batches\b",
    re.IGNORECASE,
)
_WEEKLY = re.compile(
    r"\b(?:weekly|each week|every week|once a week|a week (?:until|through|to)|"
    r"one (?:new )?episode (?:a|per|each) week|every\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days\s+at\b)",
    re.IGNORECASE,
)
_ALL_AT_ONCE = re.compile(
    r"\ball at once\b|\bin one go\b|\bbox ?set\b|\bbinge\b|\ball (?:\w+\s+){0,2}episodes\b[^.!?]{0,60}?"
    r"\b(?:at once|together|same day|drop|arrive|land|available|released|are out|stream)",
    re.IGNORECASE,
)


# every match of each holds one of these words (the pre-test that skips most scans)
BATCHES_WORDS = ("episodes", "batches")
WEEKLY_WORDS = ("week", "day")
ALL_AT_ONCE_WORDS = ("all", "one go", "box", "binge")


def schedule_in(text: str) -> str | None:
    """The schedule a piece of text states, most specific first."""
    if may_contain(text, BATCHES_WORDS) and _BATCHES.search(text):
        return "batches"
    if may_contain(text, WEEKLY_WORDS) and _WEEKLY.search(text):
        return "weekly"
    if may_contain(text, ALL_AT_ONCE_WORDS) and _ALL_AT_ONCE.search(text):
        return "all at once"
    return None


def release_schedule(
    text: str, blocks: list[Block], sentence: tuple[int, int], block_index: int
) -> str | None:
    """The premiere sentence's schedule, else its paragraph's."""
    found = schedule_in(text[sentence[0] : sentence[1]])
    if found is not None:
        return found
    block = next((b for b in blocks if b.index == block_index), None)
    return schedule_in(block.text) if block is not None else None


def ordered_platforms(primary: str | None, named: Iterable[str]) -> list[str]:
    """Every platform once, the primary first: ["FXX", "Hulu"] for "on FXX, next day on Hulu"."""
    if primary is None:
        return []
    return list(dict.fromkeys([primary, *named]))


def is_season_release(kind: str) -> bool:
    """Only a premiere or a part is a release; an episode drop or a finale is not (since v2)."""
    return kind in {"premiere", "part"}
