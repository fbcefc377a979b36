"""Events: dated happenings around a season that are not its release, and (since schema_version
"2") a season's dated finale, which release statements give but which is no release."""

from __future__ import annotations

from hsextract.assemble.releases import Resolved, _Group, anchors_for, resolve
from hsextract.models import EventRecord
from hsextract.rules import RuleOutput
from hsextract.textnorm import fold


def _finale_dates(resolved: list[Resolved]) -> set[tuple[object, ...]]:
    """(show, season, date) of dated release statements whose most telling kind is the finale."""
    kinds: dict[tuple[object, ...], set[str]] = {}
    for r in resolved:
        if r.mention.category == "release" and r.date is not None:
            key = (fold(r.show or ""), r.seasons[0] if r.seasons else None, r.date.value)
            kinds.setdefault(key, set()).add(r.mention.kind)
    return {k for k, found in kinds.items() if "finale" in found and not found & {"premiere", "part"}}


def _schedule_finales(out: RuleOutput, resolved: list[Resolved]) -> set[tuple[object, ...]]:
    """(show, season, date) of the last line of a complete dated schedule: the line of the list's
    highest-numbered episode, when the list calls itself complete or that number is the season's
    stated episode count ("Episode 6 – Title – Sunday 12th October" of six)."""
    lines: dict[tuple[object, ...], list[Resolved]] = {}
    for r in resolved:
        if r.mention.category == "release" and r.mention.rule == "episodes.line" and r.date and r.date.value:
            lines.setdefault((fold(r.show or ""), r.seasons[0] if r.seasons else None), []).append(r)
    counts = {d.episode_count for d in out.dated if d.episode_count}
    found: set[tuple[object, ...]] = set()
    for (show, season), rs in lines.items():
        last = max(rs, key=lambda r: (str(r.date.value if r.date else ""), r.mention.sentence))
        episode = next((e for e in out.episodes if e.block_index == last.mention.block_index), None)
        if episode is None or episode.number is None or len({str(r.date.value) for r in rs if r.date}) < 3:
            continue
        listed = [e.number for e in out.episodes if e.list_start == episode.list_start and e.number]
        if episode.number == max(listed, default=0) and (episode.complete or episode.number in counts):
            found.add((show, season, last.date.value if last.date else None))
    return found


def assemble_events(out: RuleOutput, resolved: list[Resolved] | None = None) -> list[EventRecord]:
    """One record per dated (kind, show, seasons, date); undated mentions only add evidence. A dated
    season finale is an event of kind "finale" (a release statement, but not a release)."""
    text = out.article.text
    groups: dict[tuple[object, ...], _Group] = {}
    undated: list[Resolved] = []
    resolved = resolved if resolved is not None else resolve(out, anchors_for(out))
    finales = _finale_dates(resolved) | _schedule_finales(out, resolved)
    for r in resolved:
        if r.mention.category == "release" and r.date is not None:
            where = (fold(r.show or ""), r.seasons[0] if r.seasons else None, r.date.value)
            if where in finales:
                key = ("finale", fold(r.show or ""), r.seasons, r.date.value)
                groups.setdefault(key, _Group()).items.append(r)
            continue
        if r.mention.category == "release":
            continue
        if r.date is None:
            undated.append(r)
            continue
        key = (r.mention.category, fold(r.show or ""), r.seasons, r.date.value)
        groups.setdefault(key, _Group()).items.append(r)
    for r in undated:  # "several images were released" after the dated first look: same event
        same = (r.mention.category, fold(r.show or ""), r.seasons)
        twin = next((g for k, g in groups.items() if k[:3] == same), None)
        if twin is not None:
            twin.items.append(r)
    records = []
    for group in groups.values():
        first = group.best
        assert first.date is not None
        records.append(
            EventRecord(
                kind="finale" if first.mention.category == "release" else first.mention.category,
                show=first.show,
                seasons=list(first.seasons),
                date=first.date.value,
                precision=first.date.precision,
                qualifier=first.date.qualifier,
                evidence=group.evidence(text),
            )
        )
    records.sort(key=lambda r: (r.evidence[0].start, r.kind))
    return records
