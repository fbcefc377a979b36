"""Per-article outputs -> one knowledge base: records bucketed by series, then merged per kind.

A record's series is its `show` folded (`textnorm.fold`); a record without one belongs to its
article's most common show, or to the "(unknown series)" bucket when the article names none.
Nothing is dropped: every entry keeps the articles, dates and evidence it was built from. The
unknown-series bucket flags no conflicts: its records need not be about one series. Episodes carry
their air dates (contract v2): settled like a release's date, so disjoint ones are a conflict.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hsextract.kb.cast import build_cast
from hsextract.kb.models import (
    UNKNOWN_SERIES,
    CastEntry,
    Conflict,
    ConflictValue,
    DateClaim,
    EpisodeEntry,
    EpisodeSource,
    EventEntry,
    KBArticle,
    KnowledgeBase,
    ReleaseEntry,
    Seen,
    Series,
)
from hsextract.kb.timeline import (
    build_events,
    build_releases,
    date_conflict,
    is_moved,
    merge_evidence,
    most_common,
    settle,
)
from hsextract.models import RECORD_KINDS, ArticleOutput, EpisodeRecord
from hsextract.textnorm import fold


@dataclass
class _Bucket:
    shows: list[str] = field(default_factory=list)
    records: dict[str, list[Seen[Any]]] = field(default_factory=lambda: defaultdict(list))


def article_show(out: ArticleOutput) -> str | None:
    """The article's most common show name (first written form on a tie of counts)."""
    shows: list[str] = [r.show for kind in RECORD_KINDS for r in getattr(out, kind) if fold(r.show)]
    counts = Counter(fold(s) for s in shows)
    if not counts:
        return None
    top = max(counts.values())
    return next(s for s in shows if counts[fold(s)] == top)


def merge_outputs(outputs: Iterable[ArticleOutput]) -> KnowledgeBase:
    """Merge articles into one KB (deterministic: inputs are taken in article-id order)."""
    ordered = sorted(outputs, key=lambda o: o.article.id)
    ids = Counter(o.article.id for o in ordered)
    if dupes := sorted(i for i, n in ids.items() if n > 1):
        raise ValueError(f"article id {dupes[0]!r} given more than once")
    buckets: dict[str, _Bucket] = defaultdict(_Bucket)
    for out in ordered:
        default = article_show(out)
        for kind in RECORD_KINDS:
            for rec in getattr(out, kind):
                show = rec.show if fold(rec.show) else default
                bucket = buckets[fold(show)]
                if show:
                    bucket.shows.append(show)
                bucket.records[kind].append(Seen(out.article.id, out.article.published, rec))
    series = [_series(key, b) for key, b in sorted(buckets.items())]
    articles = [
        KBArticle(id=o.article.id, published=o.article.published, title=o.article.title) for o in ordered
    ]
    return KnowledgeBase(articles=articles, series=series)


def _series(key: str, bucket: _Bucket) -> Series:
    name = most_common(bucket.shows) or UNKNOWN_SERIES
    cast, cast_conflicts = build_cast(bucket.records["cast"])
    moved = {
        s
        for e in bucket.records["events"]
        if e.record.kind == "date_change"
        for s in (e.record.seasons or [None])
    }
    releases, release_conflicts = build_releases(bucket.records["releases"], moved)
    episodes, episode_conflicts = build_episodes(bucket.records["episodes"], moved)
    events, event_conflicts = build_events(bucket.records["events"], moved)
    conflicts = [*cast_conflicts, *release_conflicts, *episode_conflicts, *event_conflicts]
    if not key:  # show-less records of different articles need not be about one series: no conflicts
        cast, releases, episodes = _unflag(cast), _unflag(releases), _unflag(episodes)
        events, conflicts = _unflag(events), []
    return Series(
        name=name,
        key=key,
        aliases=sorted(set(bucket.shows) - {name}),
        articles=sorted({s.article for recs in bucket.records.values() for s in recs}),
        cast=cast,
        releases=releases,
        episodes=episodes,
        events=events,
        conflicts=conflicts,
    )


E = TypeVar("E", CastEntry, ReleaseEntry, EpisodeEntry, EventEntry)


def _unflag(entries: list[E]) -> list[E]:
    return [e.model_copy(update={"conflict": False}) for e in entries]


def build_episodes(
    seen: list[Seen[EpisodeRecord]], moved_seasons: set[int | None]
) -> tuple[list[EpisodeEntry], list[Conflict]]:
    """One entry per (season, number); an unnumbered episode joins the one numbered entry with its title.
    `moved_seasons` have a date_change event (noted on air-date conflicts)."""
    groups: dict[tuple[int | None, int | None, str], list[Seen[EpisodeRecord]]] = defaultdict(list)
    for s in sorted(seen, key=lambda s: s.record.number is None):
        r = s.record
        if r.number is not None:
            groups[(r.season, r.number, "")].append(s)
            continue
        same = [
            k
            for k, members in groups.items()
            if k[0] == r.season
            and k[1] is not None
            and fold(r.title) in {fold(m.record.title) for m in members}
        ]
        groups[same[0] if len(same) == 1 else (r.season, None, fold(r.title))].append(s)
    entries, conflicts = [], []
    for (season, number, _), members in groups.items():
        entry, found = _episode(season, number, members, is_moved([season], moved_seasons))
        entries.append(entry)
        conflicts += found
    entries.sort(
        key=lambda e: (-1 if e.season is None else e.season, e.number is None, e.number or 0, fold(e.title))
    )
    conflicts.sort(key=lambda c: c.subject)
    return entries, conflicts


def _air_claims(members: list[Seen[EpisodeRecord]]) -> list[DateClaim]:
    """One claim per (article, air date): the episode's drop as each article dates it."""
    pooled: dict[tuple[str, str], DateClaim] = {}
    for m in members:
        r = m.record
        if r.air_date is not None and (m.article, r.air_date) not in pooled:
            pooled[(m.article, r.air_date)] = DateClaim(
                article=m.article, published=m.published, date=r.air_date, precision=r.air_date_precision
            )
    return list(pooled.values())


def _episode(
    season: int | None, number: int | None, members: list[Seen[EpisodeRecord]], moved: bool
) -> tuple[EpisodeEntry, list[Conflict]]:
    members = sorted(members, key=lambda m: (m.published or "", m.article, m.record.title))
    per_article: dict[str, set[str]] = defaultdict(set)  # folded title -> articles giving it
    forms: dict[str, Counter[str]] = defaultdict(Counter)  # folded title -> written forms
    for m in members:
        per_article[fold(m.record.title)].add(m.article)
        forms[fold(m.record.title)][m.record.title] += 1
    ranked = sorted(per_article, key=lambda t: (-len(per_article[t]), t))
    written = {t: min(forms[t], key=lambda f: (-forms[t][f], f)) for t in ranked}
    aliases = sorted({f for t in ranked for f in forms[t]} - {written[ranked[0]]})
    air_claims = _air_claims(members)
    aired, air_conflict, air_dates = settle(air_claims)
    entry = EpisodeEntry(
        season=season,
        number=number,
        title=written[ranked[0]],
        title_aliases=aliases,
        runtime_minutes=most_common(m.record.runtime_minutes for m in members),
        air_date=aired.date if aired else None,
        air_date_precision=aired.precision if aired else None,
        air_dates=air_dates,
        conflict=len(ranked) > 1 or air_conflict,
        articles=sorted({m.article for m in members}),
        sources=[
            EpisodeSource(
                article=m.article,
                published=m.published,
                title=m.record.title,
                number=m.record.number,
                runtime_minutes=m.record.runtime_minutes,
                air_date=m.record.air_date,
                air_date_precision=m.record.air_date_precision,
                evidence=merge_evidence(m.record.evidence),
            )
            for m in members
        ],
    )
    subject = entry.label().split(" ", 1)[0] if number is not None else entry.label()
    conflicts = []
    if len(ranked) > 1:
        values = [ConflictValue(value=written[t], articles=sorted(per_article[t])) for t in ranked]
        conflicts.append(Conflict(kind="episode_title", subject=subject, values=values))
    if air_conflict:
        conflicts.append(date_conflict("air_date", subject, air_claims, moved))
    return entry, conflicts
