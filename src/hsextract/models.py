"""The output contract (schema_version "2") as pydantic models.

Version 2 (from 1): a release is a season's premiere or a part of it, never one episode's drop nor
its finale. An episode carries its own `air_date`; a dated finale is an event of kind "finale";
a release lists every platform its statement names (`platforms`, the first being `platform`) and
the `schedule` it states. See the README's migration note.

Other tools read these field names, so they are fixed; extra fields are additive. Every model
forbids unknown keys so that a typo in a gold or output file fails loudly instead of being
silently ignored. Intervals are end-exclusive character offsets into the decoded article text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION: Literal["2"] = "2"

Precision = Literal["day", "month", "year"]
ReleaseStatus = Literal["confirmed", "expected", "speculated"]
ReleaseKind = Literal["premiere", "part"]
Schedule = Literal["weekly", "all at once", "batches"]
EventKind = Literal[
    "renewal",
    "cancellation",
    "production_start",
    "production_end",
    "first_look",
    "trailer",
    "announcement",
    "date_change",
    "finale",
    "other",
]
ArticleStatus = Literal["ok", "empty", "error"]
ArticleOrigin = Literal["text", "html"]
TitleOrigin = Literal["meta", "text"]
RunStatus = Literal["ok", "empty", "duplicate", "skipped", "error"]


class Strict(BaseModel):
    """Base: unknown keys are errors, values are validated on assignment too."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Evidence(Strict):
    """One span of article text supporting a record, and the rule that found it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    rule: str  # the first of `rules`: kept so that readers of one rule id need not change
    rules: list[str] = Field(default_factory=list)  # every rule that found this span, sorted
    block: str | None = None  # kind of block the span lies in: paragraph, heading, caption, ...

    @model_validator(mode="before")
    @classmethod
    def _default_rules(cls, data: object) -> object:
        """An entry written with one `rule` (older outputs, gold helpers) lists that rule."""
        if isinstance(data, dict) and not data.get("rules") and isinstance(data.get("rule"), str):
            return {**data, "rules": [data["rule"]]}
        return data

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} < start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError("evidence text length differs from end - start")
        if self.rules != sorted(set(self.rules)) or not self.rules or self.rules[0] != self.rule:
            raise ValueError(f"evidence rules {self.rules} must be sorted, unique, first {self.rule!r}")
        return self


def merge_evidence(items: Iterable[Evidence]) -> list[Evidence]:
    """One entry per span, in text order: two rules that find the same span are one piece of
    evidence found twice, so the entry lists both rule ids instead of repeating the span."""
    by_span: dict[tuple[int, int], list[Evidence]] = {}
    for ev in items:
        by_span.setdefault((ev.start, ev.end), []).append(ev)
    merged = []
    for (start, end), group in sorted(by_span.items()):
        rules = sorted({r for ev in group for r in ev.rules})
        block = next((ev.block for ev in group if ev.block), None)
        text = group[0].text
        merged.append(Evidence(start=start, end=end, text=text, rule=rules[0], rules=rules, block=block))
    return merged


def _check_iso(value: str | None, precision: str | None) -> None:
    """The date string's shape must match its precision: 2023-08-03 / 2023-08 / 2023."""
    if value is None:
        if precision is not None:
            raise ValueError("precision given without a date")
        return
    lengths = {"day": 10, "month": 7, "year": 4}
    if precision is None or len(value) != lengths[precision]:
        raise ValueError(f"date {value!r} does not match precision {precision!r}")
    parts = value.split("-")
    if not all(p.isdigit() for p in parts):
        raise ValueError(f"date {value!r} is not ISO")


class CastFields(Strict):
    show: str | None = None
    season: int | None = None
    actor: str
    character: str
    description: str | None = None


class ReleaseFields(Strict):
    show: str | None = None
    season: int | None = None
    kind: ReleaseKind = "premiere"
    part: str | None = None
    date: str | None = None
    precision: Precision | None = None
    qualifier: str | None = None
    platform: str | None = None
    platforms: list[str] = Field(default_factory=list)  # every platform named for it; `platform` first
    schedule: Schedule | None = None  # how the season's episodes come out, where the article says
    episode_count: int | None = None
    episode_runtime_minutes: int | None = None
    status: ReleaseStatus = "confirmed"

    @model_validator(mode="after")
    def _date_shape(self) -> ReleaseFields:
        _check_iso(self.date, self.precision)
        if self.platforms and self.platforms[0] != self.platform:
            raise ValueError("platforms must start with the primary platform")
        return self


class EpisodeFields(Strict):
    show: str | None = None
    season: int | None = None
    number: int | None = None
    title: str
    runtime_minutes: int | None = None
    air_date: str | None = None  # when this episode airs or drops, as precise as the article says
    air_date_precision: Precision | None = None

    @model_validator(mode="after")
    def _air_date_shape(self) -> EpisodeFields:
        _check_iso(self.air_date, self.air_date_precision)
        return self


class EventFields(Strict):
    kind: EventKind
    show: str | None = None
    seasons: list[int] = Field(default_factory=list)
    date: str | None = None
    precision: Precision | None = None
    qualifier: str | None = None

    @model_validator(mode="after")
    def _date_shape(self) -> EventFields:
        _check_iso(self.date, self.precision)
        return self


class CastRecord(CastFields):
    aliases: list[str] = Field(default_factory=list)
    character_aliases: list[str] = Field(default_factory=list)
    conflict: bool = False
    evidence: list[Evidence] = Field(min_length=1)


class ReleaseRecord(ReleaseFields):
    evidence: list[Evidence] = Field(min_length=1)


class EpisodeRecord(EpisodeFields):
    evidence: list[Evidence] = Field(min_length=1)


class EventRecord(EventFields):
    evidence: list[Evidence] = Field(min_length=1)


class ArticleInfo(Strict):
    id: str
    source: str
    sha256: str
    chars: int
    title: str | None = None
    url: str | None = None
    published: str | None = None
    warnings: list[str] = Field(default_factory=list)
    # "html": the text (what offsets point into) was extracted from a web page, and is written
    # beside the output as `<id>.text.txt`; "text": it is the input file's text as read.
    origin: ArticleOrigin = "text"
    # Where `title` came from: "meta" (sidecar, jsonl key, the page's metadata) or "text" (the
    # article's first block, a headline). Additive in schema_version "1": older outputs lack it.
    title_origin: TitleOrigin | None = None

    @model_validator(mode="after")
    def _origin_needs_title(self) -> ArticleInfo:
        if self.title_origin is not None and self.title is None:
            raise ValueError("title_origin given without a title")
        return self


class ArticleOutput(Strict):
    """Everything extracted from one article: the file `outputs/<id>.json`."""

    schema_version: Literal["2"] = SCHEMA_VERSION
    article: ArticleInfo
    status: ArticleStatus = "ok"
    error: str | None = None
    cast: list[CastRecord] = Field(default_factory=list)
    releases: list[ReleaseRecord] = Field(default_factory=list)
    episodes: list[EpisodeRecord] = Field(default_factory=list)
    events: list[EventRecord] = Field(default_factory=list)


class ManifestEntry(Strict):
    id: str
    source: str
    sha256: str | None = None
    status: RunStatus
    error: str | None = None
    duplicate_of: str | None = None
    counts: dict[str, int] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    text_file: str | None = None  # an HTML article's extracted text, beside `<id>.json`


class Manifest(Strict):
    schema_version: Literal["2"] = SCHEMA_VERSION
    pipeline_version: str
    model: str
    articles: list[ManifestEntry]


# --- gold ---------------------------------------------------------------------------------


class GoldMixin(Strict):
    optional: bool = False
    note: str | None = None


class GoldCast(CastFields, GoldMixin):
    actor_aliases: list[str] = Field(default_factory=list)
    character_aliases: list[str] = Field(default_factory=list)


class GoldRelease(ReleaseFields, GoldMixin):
    pass


class GoldEpisode(EpisodeFields, GoldMixin):
    title_aliases: list[str] = Field(default_factory=list)


class GoldEvent(EventFields, GoldMixin):
    pass


class GoldFile(Strict):
    """Hand-labelled truth for one article: `gold/<id>.json` (see gold/README.md)."""

    article_id: str
    show: str | None = None
    notes: str | None = None
    cast: list[GoldCast] = Field(default_factory=list)
    releases: list[GoldRelease] = Field(default_factory=list)
    episodes: list[GoldEpisode] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)

    @field_validator("article_id")
    @classmethod
    def _id_nonempty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("article_id is empty")
        return v


RECORD_KINDS = ("cast", "releases", "episodes", "events")
