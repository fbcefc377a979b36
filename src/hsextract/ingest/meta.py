"""Article metadata (title, url, published) from a sidecar `<id>.meta.json` or a `.jsonl` line.

Metadata is a convenience, never a reason to drop an article: a malformed sidecar, an unknown
key, a value of the wrong type or a `published` that is not a date each become a warning in
the manifest and the rest of the metadata is still used. Strings from JSON may carry lone
surrogates (`"\\ud800"`), which cannot be written as UTF-8; they are replaced one-for-one with
U+FFFD, so offsets into a text are unchanged.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

_SURROGATE = re.compile("[\ud800-\udfff]")
META_KEYS = ("title", "url", "published", "origin")


class ArticleMeta(BaseModel):
    """Sidecar `<id>.meta.json`; strict model for tools that want a clean file or an error."""

    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    url: str | None = None
    published: str | None = None
    origin: str | None = None


def clean_str(value: str) -> tuple[str, int]:
    """`value` with lone surrogates replaced by U+FFFD (same length), and how many there were."""
    cleaned, n = _SURROGATE.subn("\ufffd", value)
    return cleaned, n


EARLIEST_PUBLISHED = date(1900, 1, 1)
YEARS_AHEAD = 10  # a published date further in the future than this is a typo or a placeholder


def latest_published(today: date | None = None) -> date:
    """Today plus YEARS_AHEAD years (Feb 29 becomes Feb 28 in a year without one)."""
    today = today or date.today()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def parse_published(
    value: object, warnings: list[str], where: str = "", today: date | None = None
) -> date | None:
    """An ISO date (or ISO timestamp, whose date is used) in a sane window, 1900 to ten years from
    `today`; anything else is a warning and None. Relative dates are resolved against this date,
    so `0001-01-01` or `9999-12-31` would otherwise overflow date arithmetic, and a 2099 date would
    put every "next Thursday" in 2099."""
    if value is None:
        return None
    if isinstance(value, str):
        for parse in (date.fromisoformat, lambda s: datetime.fromisoformat(s).date()):
            try:
                parsed = parse(value.strip())
            except ValueError:
                continue
            latest = latest_published(today)
            if EARLIEST_PUBLISHED <= parsed <= latest:
                return parsed
            warnings.append(
                f"{where}published date {value!r} is outside {EARLIEST_PUBLISHED.isoformat()} .. "
                f"{latest.isoformat()}; ignored"
            )
            return None
    warnings.append(f"{where}published value {value!r} is not a YYYY-MM-DD date; ignored")
    return None


def meta_values(obj: dict[str, Any], allowed: set[str], where: str, warnings: list[str]) -> dict[str, str]:
    """The string-valued metadata keys of `obj`; unknown keys and non-string values are warnings."""
    values: dict[str, str] = {}
    for key in sorted(obj, key=str):
        value = obj[key]
        if key not in allowed:
            warnings.append(f"{where}unknown key {key!r} ignored")
        elif key not in META_KEYS or value is None:
            continue
        elif not isinstance(value, str):
            warnings.append(f"{where}{key} should be a string, got {type(value).__name__}; ignored")
        else:
            cleaned, bad = clean_str(value)
            if bad:
                warnings.append(f"{where}{key}: {bad} unpaired surrogate(s) replaced with U+FFFD")
            values[key] = cleaned
    return values


def read_sidecar(path: Path, warnings: list[str]) -> dict[str, str]:
    """Metadata from `<id>.meta.json` if there is one; problems become warnings."""
    if not path.exists():
        return {}
    where = f"sidecar {path.name}: "
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        lines = str(exc).splitlines()
        warnings.append(f"{where}ignored: {lines[0] if lines else type(exc).__name__}")
        return {}
    if not isinstance(obj, dict):
        warnings.append(f"{where}ignored: expected a JSON object, got {type(obj).__name__}")
        return {}
    return meta_values(obj, set(META_KEYS), where, warnings)
