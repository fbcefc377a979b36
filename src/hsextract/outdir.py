"""The output folder between runs: what the last run listed, stale outputs, leftover temp files.

Kept apart from the extraction wiring because it only ever touches files, and it must be careful:
it deletes only what a previous manifest of this folder listed, and only names that are safe ids.
"""

from __future__ import annotations

import json
from pathlib import Path

from hsextract.ingest import check_id
from hsextract.models import ManifestEntry


def previous_ids(out_dir: Path) -> set[str]:
    """Article ids the last run's manifest listed (a missing or unreadable manifest lists none)."""
    try:
        data = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
        rows = data.get("articles", []) if isinstance(data, dict) else []
    except (OSError, ValueError, RecursionError):
        return set()
    return {r["id"] for r in rows if isinstance(r, dict) and isinstance(r.get("id"), str)}


def remove_stale(out_dir: Path, previous: set[str], entries: list[ManifestEntry]) -> list[str]:
    """Delete `<id>.json` of ids the last manifest listed that now have no output: gone from the
    input, or now a duplicate / skipped / unreadable. Never a file the last manifest did not list."""
    keep = {e.id for e in entries if e.status in {"ok", "empty"}}
    removed: list[str] = []
    for aid in sorted(previous - keep):
        path = out_dir / f"{aid}.json"
        if check_id(aid) is None and path.is_file():
            path.unlink()
            removed.append(aid)
    return removed


def remove_temp_files(out_dir: Path) -> None:
    """Temp files a killed run left (`jsonio.write_atomic` names them `.<name>.json.<random>.tmp`)."""
    for path in out_dir.glob(".?*.json.*.tmp"):
        if path.is_file():
            path.unlink(missing_ok=True)
