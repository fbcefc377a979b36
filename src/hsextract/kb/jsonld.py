"""A knowledge base as schema.org JSON-LD: one TVSeries per series.

TVSeries: name, containsSeason (TVSeason: seasonNumber, startDate, endDate, numberOfEpisodes,
episode -> TVEpisode: episodeNumber, name, datePublished) and actor (PerformanceRole: actor ->
Person, characterName). startDate is the KB's current premiere date (for a conflict, the confirmed
/ latest-published side, as `ReleaseEntry.date` already holds), else the first dated part; endDate
is the season's finale event's current date; an episode's datePublished is its current air date
(contract v2: a drop is the episode's, not a release). A value the KB does not know is left out
rather than guessed (no episode count from a list of titles, no air date from a weekly rhythm).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from hsextract.kb.models import EpisodeEntry, EventEntry, KnowledgeBase, ReleaseEntry, Series

CONTEXT = "https://schema.org"


def _start(releases: list[ReleaseEntry]) -> tuple[str | None, int | None]:
    """(startDate, numberOfEpisodes) of one season."""
    premiere = next((r for r in releases if r.kind == "premiere" and r.part is None), None)
    parts = sorted((r for r in releases if r.kind == "part" and r.date), key=lambda r: r.date or "")
    date = premiere.date if premiere and premiere.date else (parts[0].date if parts else None)
    count = premiere.episode_count if premiere else None
    part_counts = [r.episode_count for r in releases if r.kind == "part"]
    if count is None and part_counts and all(n is not None for n in part_counts):
        count = sum(n for n in part_counts if n is not None)
    return date, count


def _episode(e: EpisodeEntry) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "TVEpisode", "name": e.title}
    if e.number is not None:
        node["episodeNumber"] = e.number
    if e.air_date is not None:
        node["datePublished"] = e.air_date
    return node


def _finales(events: list[EventEntry]) -> dict[int | None, str]:
    """Season -> its finale's current date; seasons [] is the season-null node's (as for releases).
    A finale event naming several seasons says nothing about one season's end."""
    return {
        (v.seasons[0] if v.seasons else None): v.date
        for v in events
        if v.kind == "finale" and len(v.seasons) <= 1 and v.date
    }


def _seasons(s: Series) -> list[dict[str, Any]]:
    releases: dict[int | None, list[ReleaseEntry]] = defaultdict(list)
    episodes: dict[int | None, list[EpisodeEntry]] = defaultdict(list)
    for r in s.releases:
        releases[r.season].append(r)
    for e in s.episodes:
        episodes[e.season].append(e)
    finales = _finales(s.events)
    nodes = []
    seasons: set[int | None] = {*releases, *episodes, *finales}
    for number in sorted(seasons, key=lambda n: -1 if n is None else n):
        date, count = _start(releases[number])
        node: dict[str, Any] = {"@type": "TVSeason"}
        if number is not None:
            node["seasonNumber"] = number
        if date:
            node["startDate"] = date
        if number in finales:
            node["endDate"] = finales[number]
        if count is not None:
            node["numberOfEpisodes"] = count
        if episodes[number]:
            node["episode"] = [_episode(e) for e in episodes[number]]
        if len(node) > 1:
            nodes.append(node)
    return nodes


def _role(actor: str, aliases: list[str], character: str) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": actor}
    if aliases:
        person["alternateName"] = aliases
    return {"@type": "PerformanceRole", "actor": person, "characterName": character}


def series_node(s: Series) -> dict[str, Any]:
    return {
        "@type": "TVSeries",
        "name": s.name,
        "containsSeason": _seasons(s),
        "actor": [_role(c.actor, c.actor_aliases, c.character) for c in s.cast],
    }


def to_jsonld(kb: KnowledgeBase) -> dict[str, Any]:
    """The whole document; the unknown-series bucket is left out (it is not a series)."""
    return {"@context": CONTEXT, "@graph": [series_node(s) for s in kb.series if s.key]}
