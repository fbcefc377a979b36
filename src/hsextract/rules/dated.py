"""A dated release or event statement, as the rules stage hands it to assemble.

Its own module so that the episode rules (which borrow counts into these) and the release rules
(which make them) both read it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

Offsets = tuple[int, int]


@dataclass(frozen=True)
class DatedMention:
    """A release or event statement; `date` None = undated (only kept to merge into a dated twin)."""

    category: str  # "release" or a models.EventKind
    rule: str
    cue: Offsets
    date: Offsets | None
    sentence: Offsets
    block_kind: str
    block_index: int
    kind: str = "premiere"
    part: str | None = None
    status: str = "confirmed"
    tense: str | None = None  # "future" / "past": which way a year taken from the published date may go
    seasons: tuple[int, ...] = ()  # from the statement; empty = take the section's season
    platform: str | None = None
    platforms: tuple[str, ...] = ()  # every platform the statement gives, `platform` first
    episode_count: int | None = None
    runtime: int | None = None
    subject: Offsets | None = None  # a title right before the cue: "When Other Show dropped in 2019"
    clause: Offsets | None = None  # the statement's clause(s): cue and date, without the rest of the sentence

    @property
    def evidence(self) -> Offsets:
        ends = (self.cue, self.date) if self.date else (self.cue,)
        return min(e[0] for e in ends), max(e[1] for e in ends)
