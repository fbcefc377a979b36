"""Releases and events across articles: every claimed date kept, supersession recorded, conflicts flagged.

A release (season, premiere or part) collects each article's date claim. A coarser date containing
a finer one is agreement; an "expected"/"speculated" date followed by a *later-published* confirmed
one is superseded (recorded, not a conflict); any other pair of disjoint dates for one premiere or
part is a conflict. Since contract v2 a season's later drops are its episodes' air dates (settled
per episode, `settle`) and a finale is an event of a one-date kind, whose disjoint dates conflict too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TypeVar

from hsextract.kb.dates import compatible, finest, width
from hsextract.kb.models import (
    ONE_DATE_EVENTS,
    Conflict,
    ConflictKind,
    ConflictValue,
    DateClaim,
    EventEntry,
    ReleaseEntry,
    Seen,
    Supersession,
)
from hsextract.models import EventRecord, Evidence, ReleaseRecord
from hsextract.textnorm import fold

STATUS_RANK = {"confirmed": 2, "expected": 1, "speculated": 0}
RELEASE_ORDER = ("premiere", "part")
T = TypeVar("T")


def merge_evidence(spans: Iterable[Evidence]) -> list[Evidence]:
    unique = {(e.start, e.end, e.rule, e.text, e.block): e for e in spans}
    return [unique[k] for k in sorted(unique, key=lambda k: (k[0], k[1], k[2]))]


def most_common(values: Iterable[T | None]) -> T | None:
    """The most frequent non-null value; ties go to the smallest, so the result is stable."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _claims(seen: list[Seen[ReleaseRecord]] | list[Seen[EventRecord]]) -> list[DateClaim]:
    """One claim per (article, date, qualifier); repeated mentions pool their evidence."""
    pooled: dict[tuple[str, str | None, str | None], DateClaim] = {}
    for s in seen:
        r = s.record
        key = (s.article, r.date, r.qualifier)
        status, platforms, schedule = None, [], None
        if isinstance(r, ReleaseRecord):  # gold may leave `platforms` [] when `platform` says it all
            status, schedule = r.status, r.schedule
            platforms = r.platforms or ([r.platform] if r.platform else [])
        claim = DateClaim(
            article=s.article,
            published=s.published,
            evidence=merge_evidence(r.evidence),
            date=r.date,
            precision=r.precision,
            qualifier=r.qualifier,
            status=status,
            platform=getattr(r, "platform", None),
            platforms=platforms,
            schedule=schedule,
            episode_count=getattr(r, "episode_count", None),
            episode_runtime_minutes=getattr(r, "episode_runtime_minutes", None),
        )
        old = pooled.get(key)
        if old is not None:
            strongest = max(old.status, claim.status, key=lambda x: STATUS_RANK.get(x or "", -1))
            claim = old.model_copy(
                update={
                    "evidence": merge_evidence([*old.evidence, *claim.evidence]),
                    "status": strongest,
                    "platform": old.platform or claim.platform,
                    "platforms": list(dict.fromkeys([*old.platforms, *claim.platforms])),
                    "schedule": old.schedule or claim.schedule,
                    "episode_count": old.episode_count or claim.episode_count,
                    "episode_runtime_minutes": old.episode_runtime_minutes or claim.episode_runtime_minutes,
                }
            )
        pooled[key] = claim
    return sorted(
        pooled.values(), key=lambda c: (c.published or "", c.article, c.date or "", c.qualifier or "")
    )


def _supersede(claims: list[DateClaim]) -> list[Supersession]:
    """Mark expected/speculated claims that a later-published article confirmed (both dates known)."""
    found = []
    for a in claims:
        if a.date is None or a.status not in ("expected", "speculated") or a.published is None:
            continue
        later = [
            b
            for b in claims
            if b.date is not None
            and b.status == "confirmed"
            and b.published is not None
            and b.published > a.published
            and b.article != a.article
        ]
        if not later:
            continue
        b = min(later, key=lambda c: (c.published or "", width(c.date or "", c.qualifier), c.article))
        assert a.status is not None and b.date is not None and b.status is not None
        a.superseded_by = b.article
        found.append(
            Supersession(
                old_article=a.article,
                old_date=a.date,
                old_status=a.status,
                new_article=b.article,
                new_date=b.date,
                new_status=b.status,
                compatible=compatible(a.date, a.qualifier, b.date, b.qualifier),
            )
        )
    return found


def _has_conflict(active: list[DateClaim]) -> bool:
    return any(
        not compatible(a.date or "", a.qualifier, b.date or "", b.qualifier)
        for i, a in enumerate(active)
        for b in active[i + 1 :]
    )


def _choose(active: list[DateClaim], conflict: bool) -> DateClaim:
    """The date to show. Agreement: the surest claim, then the finest ('2025-12' speculated does not
    replace 'later in 2025' confirmed). Conflict: confirmed first, then the latest published, then
    the finest. Remaining ties go to the latest published article, then the later date."""
    latest_first = sorted(active, key=lambda c: (c.published or "", c.date or ""), reverse=True)
    if not conflict:
        return min(
            latest_first,
            key=lambda c: (-STATUS_RANK[c.status or "speculated"], width(c.date or "", c.qualifier)),
        )
    return max(
        active,
        key=lambda c: (
            STATUS_RANK[c.status or "speculated"],
            c.published or "",
            -width(c.date or "", c.qualifier),
            c.date or "",
        ),
    )


def date_conflict(kind: ConflictKind, subject: str, active: list[DateClaim], moved: bool) -> Conflict:
    """Every side of a date disagreement with its articles; `moved`: a date_change event was seen."""
    values: dict[str, set[str]] = defaultdict(set)
    for c in active:
        values[c.date + (f" ({c.qualifier})" if c.qualifier else "") if c.date else ""].add(c.article)
    note = "a date_change event is recorded for this season: the date probably moved" if moved else None
    return Conflict(
        kind=kind,
        subject=subject,
        note=note,
        values=[ConflictValue(value=v, articles=sorted(a)) for v, a in sorted(values.items())],
    )


def settle(claims: list[DateClaim]) -> tuple[DateClaim | None, bool, list[str]]:
    """(current claim or None, whether standing claims disagree, finest standing dates) of one dated
    thing: superseded and undated claims do not take part."""
    active = [c for c in claims if c.date is not None and c.superseded_by is None]
    conflict = _has_conflict(active)
    dates = finest([(c.date, c.qualifier) for c in active if c.date is not None])
    return (_choose(active, conflict) if active else None), conflict, dates


def is_moved(seasons: Iterable[int | None], moved_seasons: set[int | None]) -> bool:
    return None in moved_seasons or any(s in moved_seasons for s in seasons)


def build_releases(
    seen: list[Seen[ReleaseRecord]], moved_seasons: set[int | None]
) -> tuple[list[ReleaseEntry], list[Conflict]]:
    """One entry per (season, kind, part); `moved_seasons` have a date_change event (noted on conflicts)."""
    groups: dict[tuple[int | None, str, str], list[Seen[ReleaseRecord]]] = defaultdict(list)
    for s in seen:
        groups[(s.record.season, s.record.kind, fold(s.record.part))].append(s)
    entries, conflicts = [], []
    for (season, _, _), members in groups.items():
        claims = _claims(members)
        superseded = _supersede(claims)
        chosen, conflict, dates = settle(claims)
        pool = [c for c in claims if c.date is not None and c.superseded_by is None] or claims
        platform = most_common(c.platform for c in pool)
        named = [p for c in pool for p in c.platforms]
        entry = ReleaseEntry(
            season=season,
            kind=members[0].record.kind,
            part=members[0].record.part,
            status=max((c.status for c in claims if c.status), key=lambda x: STATUS_RANK[x], default=None),
            platform=platform,
            platforms=list(dict.fromkeys([platform, *named])) if platform else [],
            schedule=most_common(c.schedule for c in pool),
            episode_count=most_common(c.episode_count for c in pool),
            episode_runtime_minutes=most_common(c.episode_runtime_minutes for c in pool),
            dates=dates,
            conflict=conflict,
            claims=claims,
            superseded=superseded,
            articles=sorted({c.article for c in claims}),
        )
        if chosen is not None:
            entry = entry.model_copy(
                update={
                    "date": chosen.date,
                    "precision": chosen.precision,
                    "qualifier": chosen.qualifier,
                    "status": chosen.status,
                }
            )
        entries.append(entry)
        if conflict:
            active = [c for c in claims if c.date is not None and c.superseded_by is None]
            moved = is_moved([season], moved_seasons)
            conflicts.append(date_conflict("release_date", entry.label(), active, moved))
    entries.sort(key=_release_order)
    return entries, conflicts


def _release_order(e: ReleaseEntry) -> tuple[int, int, str, str]:
    return (-1 if e.season is None else e.season, RELEASE_ORDER.index(e.kind), fold(e.part), e.date or "")


def build_events(
    seen: list[Seen[EventRecord]], moved_seasons: set[int | None]
) -> tuple[list[EventEntry], list[Conflict]]:
    """One entry per (kind, seasons); distinct occasions show as several `dates`. A one-date kind
    (a finale) also gets a current `date`, and its disjoint dates are a conflict (seasons [] is the
    season-less release's finale, as a release of season null is its premiere)."""
    groups: dict[tuple[str, tuple[int, ...]], list[Seen[EventRecord]]] = defaultdict(list)
    for s in seen:
        groups[(s.record.kind, tuple(sorted(set(s.record.seasons))))].append(s)
    entries, conflicts = [], []
    for (kind, seasons), members in sorted(groups.items()):
        claims = _claims(members)
        chosen, conflict, dates = settle(claims)
        one_date = kind in ONE_DATE_EVENTS
        entry = EventEntry(
            kind=members[0].record.kind,
            seasons=list(seasons),
            claims=claims,
            dates=dates,
            conflict=one_date and conflict,
            articles=sorted({c.article for c in claims}),
        )
        if one_date and chosen is not None:
            update = {"date": chosen.date, "precision": chosen.precision, "qualifier": chosen.qualifier}
            entry = entry.model_copy(update=update)
        entries.append(entry)
        if entry.conflict:
            active = [c for c in claims if c.date is not None]
            moved = is_moved(seasons, moved_seasons)
            conflicts.append(date_conflict("event_date", entry.label(), active, moved))
    return entries, conflicts
