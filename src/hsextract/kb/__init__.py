"""Knowledge base across articles (`hsextract merge`, `hsextract export`).

Submodules: `models` (the kb.json contract), `merge` (outputs -> KB), `cast` and `timeline`
(name resolution, dates, conflicts), `compare` (measuring against an expected KB), `jsonld`
(schema.org export). This package module stays light: `hsextract diff` imports it to read KBs.
"""

from __future__ import annotations

import json
from pathlib import Path

from hsextract.jsonio import load_model
from hsextract.kb.models import KnowledgeBase


def is_kb_file(path: Path) -> bool:
    """A file whose top-level `kind` is "kb" (a per-article output has no `kind`)."""
    if not path.is_file():
        return False
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and data.get("kind") == "kb"


def load_kb(path: Path) -> KnowledgeBase:
    """Strict read; raises `jsonio.RecordFileError` naming the file and the field."""
    return load_model(path, KnowledgeBase)


__all__ = ["KnowledgeBase", "is_kb_file", "load_kb"]
