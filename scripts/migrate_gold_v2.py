"""Relabel gold files from contract version 1 to version 2 (gold/README.md rules 4.1, 5.4, 6.1).

Version 2 moves two kinds of dated drop out of `releases`:
- a season finale (release kind "finale") becomes an event of kind "finale" for that season;
- an individual episode's drop (release kind "episode") becomes that episode's `air_date`: the
  episode whose gold note says "air date YYYY-MM-DD", else the one the release's note names by
  quoted title or by "Episode N"; a drop that names no labelled episode is dropped (an untitled
  episode has no record to carry it).
Every episode whose note gives "air date YYYY-MM-DD" gets it as `air_date` (precision day).

Mechanical and rule-based, so it can relabel a sealed split without anyone reading it: it prints
only counts. `python scripts/migrate_gold_v2.py gold/dev gold/test` (idempotent).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from hsextract.jsonio import dumps
from hsextract.models import GoldFile

_AIR_NOTE = re.compile(r"air date (\d{4}-\d{2}-\d{2})", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“‘']([^\"”’']{2,80})[\"”’']")
_EPISODE_N = re.compile(r"\bepisode\s+(\d{1,2})\b", re.IGNORECASE)


def _fold(value: str | None) -> str:
    return " ".join((value or "").casefold().split())


def _same_place(episode: dict[str, Any], release: dict[str, Any], show: str | None) -> bool:
    return _fold(episode.get("show") or show) == _fold(release.get("show") or show) and episode.get(
        "season"
    ) == release.get("season")


def _target(
    episodes: list[dict[str, Any]], release: dict[str, Any], show: str | None
) -> dict[str, Any] | None:
    """The one episode a dated drop is about, or None."""
    date, note = release.get("date"), release.get("note") or ""
    here = [e for e in episodes if _same_place(e, release, show)]
    by_note = [e for e in here if date and any(d == date for d in _AIR_NOTE.findall(e.get("note") or ""))]
    if len(by_note) == 1:
        return by_note[0]
    titles = {_fold(t) for t in _QUOTED.findall(note)}
    by_title = [e for e in here if _fold(e["title"]) in titles]
    if len(by_title) == 1:
        return by_title[0]
    numbers = {int(n) for n in _EPISODE_N.findall(note)}
    by_number = [e for e in here if e.get("number") in numbers]
    return by_number[0] if len(by_number) == 1 and len(numbers) == 1 else None


def migrate(gold: dict[str, Any], counts: dict[str, int]) -> dict[str, Any]:
    show = gold.get("show")
    episodes: list[dict[str, Any]] = gold.get("episodes", [])
    events: list[dict[str, Any]] = gold.get("events", [])
    kept = []
    for release in gold.get("releases", []):
        kind = release.get("kind", "premiere")
        if kind == "finale":
            event = {
                "kind": "finale",
                "show": release.get("show"),
                "seasons": [release["season"]] if release.get("season") is not None else [],
                "date": release.get("date"),
                "precision": release.get("precision"),
                "qualifier": release.get("qualifier"),
                "optional": release.get("optional", False),
                "note": release.get("note"),
            }
            key = (event["kind"], tuple(event["seasons"]), event["date"])
            if not any((e["kind"], tuple(e.get("seasons", [])), e.get("date")) == key for e in events):
                events.append(event)
            counts["finale releases -> events"] += 1
        elif kind == "episode":
            episode = _target(episodes, release, show)
            if episode is not None and episode.get("air_date") is None and release.get("date"):
                episode["air_date"], episode["air_date_precision"] = release["date"], release["precision"]
                counts["episode releases -> air dates"] += 1
            else:
                counts["episode releases without a labelled episode (dropped)"] += 1
        else:
            kept.append(release)
    for episode in episodes:
        found = _AIR_NOTE.search(episode.get("note") or "")
        if episode.get("air_date") is None and found:
            episode["air_date"], episode["air_date_precision"] = found.group(1), "day"
            counts["air dates from episode notes"] += 1
    gold["releases"], gold["events"] = kept, events
    return gold


def main(folders: list[str]) -> int:
    counts: dict[str, int] = {
        "files": 0,
        "finale releases -> events": 0,
        "episode releases -> air dates": 0,
        "episode releases without a labelled episode (dropped)": 0,
        "air dates from episode notes": 0,
    }
    for folder in folders:
        for path in sorted(Path(folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            migrated = GoldFile.model_validate(migrate(gold, counts))  # the v2 contract, strictly
            path.write_text(dumps(migrated), encoding="utf-8")
            counts["files"] += 1
    for what, n in counts.items():
        print(f"{n:5d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
