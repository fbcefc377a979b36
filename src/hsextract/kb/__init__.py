"""Knowledge base across articles (`hsextract merge`, `hsextract export`).

Submodules: `models` (the kb.json contract), `merge` (outputs -> KB), `cast` and `timeline`
(name resolution, dates, conflicts), `compare` (measuring against an expected KB), `jsonld`
(schema.org export). This package module stays light: `hsextract diff` imports it to read KBs.
"""

from __future__ import annotations

import json
from pathlib import Path

from hsextract.jsonio import RecordFileError, load_model
from hsextract.kb.models import KnowledgeBase


def _top(path: Path) -> dict[str, object]:
    """The file's top-level object, or {} when it is not a readable JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def is_kb_file(path: Path) -> bool:
    """A file whose top-level `kind` is "kb" (a per-article output has no `kind`)."""
    return path.is_file() and _top(path).get("kind") == "kb"


def load_kb(path: Path) -> KnowledgeBase:
    """Strict read; raises `jsonio.RecordFileError` naming the file and the field. A version 1 KB
    (release kinds "episode"/"finale") gets a line saying how to get a version 2 one."""
    try:
        return load_model(path, KnowledgeBase)
    except RecordFileError as exc:
        if _top(path).get("schema_version") == "1":
            raise RecordFileError(
                f"{path}: a schema_version 1 knowledge base; version 2 keeps episode drops as "
                "episodes' air dates and finales as events: re-run 'hsextract merge' on version 2 outputs"
            ) from exc
        raise


__all__ = ["KnowledgeBase", "is_kb_file", "load_kb"]
