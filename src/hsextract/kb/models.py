"""The knowledge-base file (`hsextract merge --out kb.json`) as strict pydantic models.

Every model forbids unknown keys (like the per-article contract) so `hsextract diff` and
`hsextract export` read a KB back strictly. Each entry keeps its provenance: `sources`/`claims`
carry the article id, its published date and the evidence spans; `articles` is their summary (and
the only provenance a hand-written expected KB needs, since it has no spans).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from pydantic import Field, model_validator

from hsextract.models import (
    SCHEMA_VERSION,
    EventKind,
    Evidence,
    Precision,
    ReleaseKind,
    ReleaseStatus,
    Schedule,
    Strict,
)

UNKNOWN_SERIES = "(unknown series)"
R = TypeVar("R")
# release_date: a premiere or part; event_date: a one-date event (a season's finale); air_date: an episode.
ConflictKind = Literal["actor", "release_date", "event_date", "episode_title", "air_date"]
ONE_DATE_EVENTS = frozenset({"finale"})  # a season has one of these, so two disjoint dates disagree


class Source(Strict):
    """One article's support for an entry."""

    article: str
    published: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class CastSource(Source):
    actor: str
    character: str
    season: int | None = None
    description: str | None = None


class EpisodeSource(Source):
    title: str
    number: int | None = None
    runtime_minutes: int | None = None
    air_date: str | None = None
    air_date_precision: Precision | None = None


class DateClaim(Source):
    """A date one article gives for a release or an event (date null: an undated mention)."""

    date: str | None = None
    precision: Precision | None = None
    qualifier: str | None = None
    status: ReleaseStatus | None = None  # releases only
    platform: str | None = None
    platforms: list[str] = Field(default_factory=list)  # releases: every platform named, `platform` first
    schedule: Schedule | None = None  # releases only
    episode_count: int | None = None
    episode_runtime_minutes: int | None = None
    superseded_by: str | None = None  # article whose later confirmed date replaces this claim


class Supersession(Strict):
    """An expected/speculated date replaced by a confirmed one from a later-published article."""

    old_article: str
    old_date: str
    old_status: ReleaseStatus
    new_article: str
    new_date: str
    new_status: ReleaseStatus
    compatible: bool  # the new date lies inside the old one (a refinement, not a change)


class ConflictValue(Strict):
    value: str
    articles: list[str]


class Conflict(Strict):
    """Sources disagree; every side is kept, nothing is chosen silently."""

    kind: ConflictKind
    subject: str
    values: list[ConflictValue] = Field(min_length=2)
    note: str | None = None


class _WithSources(Strict):
    articles: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _articles_match_sources(self) -> _WithSources:
        sources = getattr(self, "sources", None) or getattr(self, "claims", None) or []
        if sources and self.articles != sorted({s.article for s in sources}):
            raise ValueError("articles must list the sources' article ids, sorted")
        return self


class CastEntry(_WithSources):
    actor: str
    actor_aliases: list[str] = Field(default_factory=list)
    character: str
    character_aliases: list[str] = Field(default_factory=list)
    seasons: list[int] = Field(default_factory=list)
    descriptions: list[str] = Field(default_factory=list)
    recast: bool = False
    conflict: bool = False
    sources: list[CastSource] = Field(default_factory=list)

    def label(self) -> str:
        return f"{self.actor} as {self.character}"


class ReleaseEntry(_WithSources):
    season: int | None = None
    kind: ReleaseKind = "premiere"
    part: str | None = None
    date: str | None = None  # the current date: finest agreed one, or the preferred side of a conflict
    precision: Precision | None = None
    qualifier: str | None = None
    status: ReleaseStatus | None = None
    platform: str | None = None
    platforms: list[str] = Field(default_factory=list)  # every platform the claims name, `platform` first
    schedule: Schedule | None = None  # weekly / batches / all at once, where an article says
    episode_count: int | None = None
    episode_runtime_minutes: int | None = None
    dates: list[str] = Field(default_factory=list)  # every finest distinct date still standing
    conflict: bool = False
    claims: list[DateClaim] = Field(default_factory=list)
    superseded: list[Supersession] = Field(default_factory=list)

    @model_validator(mode="after")
    def _primary_first(self) -> ReleaseEntry:
        if self.platforms and self.platforms[0] != self.platform:
            raise ValueError("platforms must start with the primary platform")
        return self

    def label(self) -> str:
        season = f"S{self.season} " if self.season is not None else ""
        part = f" {self.part}" if self.part else ""
        return f"{season}{self.kind}{part}"


class EpisodeEntry(_WithSources):
    season: int | None = None
    number: int | None = None
    title: str
    title_aliases: list[str] = Field(default_factory=list)
    runtime_minutes: int | None = None
    # When the episode airs: the finest agreed date, or in a conflict the latest-published side.
    air_date: str | None = None
    air_date_precision: Precision | None = None
    air_dates: list[str] = Field(default_factory=list)  # every finest distinct air date given
    conflict: bool = False  # its title or its air date is disputed (see the series' conflicts)
    sources: list[EpisodeSource] = Field(default_factory=list)

    def label(self) -> str:
        season = f"S{self.season}" if self.season is not None else ""
        number = f"E{self.number}" if self.number is not None else ""
        return f"{season}{number} {self.title!r}".strip()


class EventEntry(_WithSources):
    kind: EventKind
    seasons: list[int] = Field(default_factory=list)
    # A one-date kind's current date (`ONE_DATE_EVENTS`: a finale), chosen like an episode's air
    # date; null for kinds that recur (trailers), whose occasions are all in `dates`.
    date: str | None = None
    precision: Precision | None = None
    qualifier: str | None = None
    dates: list[str] = Field(default_factory=list)
    conflict: bool = False
    claims: list[DateClaim] = Field(default_factory=list)

    def label(self) -> str:
        seasons = " S" + ",".join(map(str, self.seasons)) if self.seasons else ""
        return f"{self.kind}{seasons}"


class Series(Strict):
    name: str
    key: str  # textnorm.fold(name): how articles' show names were matched
    aliases: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    cast: list[CastEntry] = Field(default_factory=list)
    releases: list[ReleaseEntry] = Field(default_factory=list)
    episodes: list[EpisodeEntry] = Field(default_factory=list)
    events: list[EventEntry] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


class KBArticle(Strict):
    id: str
    published: str | None = None
    title: str | None = None


class KnowledgeBase(Strict):
    """The whole `kb.json`: `kind` tells it apart from a per-article output file."""

    kind: Literal["kb"] = "kb"
    schema_version: Literal["2"] = SCHEMA_VERSION
    articles: list[KBArticle] = Field(default_factory=list)
    series: list[Series] = Field(default_factory=list)


ENTRY_KINDS = ("cast", "releases", "episodes", "events", "conflicts")


@dataclass(frozen=True)
class Seen(Generic[R]):
    """One per-article record on its way into the KB, with the article it came from."""

    article: str
    published: str | None
    record: R
