"""The stages import forwards only: ingest -> ner -> rules -> dates/assemble -> validate -> tools.

A stage may import an earlier stage and the shared modules (the output contract, text folding,
the JSON IO, the error types), never a later stage; the shared modules import no stage. Read
from the source with `ast`, so an import inside a function or under TYPE_CHECKING counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "hsextract"
STAGES = {  # module prefix -> stage rank
    "hsextract.ingest": 0,
    "hsextract.ner": 1,
    "hsextract.rules": 2,
    "hsextract.dates": 3,
    "hsextract.assemble": 3,
    "hsextract.validate": 4,
}
TOOLS = 5  # everything else: the extractor, the commands, eval, kb, review ...
SHARED = frozenset(
    {"hsextract", "hsextract.models", "hsextract.textnorm", "hsextract.jsonio", "hsextract.errors"}
)


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def rank(module: str) -> int | None:
    """The stage of a module; None for a shared one."""
    if module in SHARED:
        return None
    for prefix, r in STAGES.items():
        if module == prefix or module.startswith(prefix + "."):
            return r
    return TOOLS


def imports(path: Path) -> set[str]:
    """Every hsextract module `path` imports (the module itself for `from pkg import name`)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "hsextract"}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found |= {node.module} if node.module.split(".")[0] == "hsextract" else set()
    return found


MODULES = sorted(SRC.rglob("*.py"))


def test_every_module_is_placed() -> None:
    names = {module_name(p) for p in MODULES}
    assert {"hsextract.ingest", "hsextract.ner", "hsextract.rules.engine", "hsextract.validate"} <= names
    assert all(any(n == s or n.startswith(s + ".") for n in names) for s in STAGES)  # no stale prefix


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_no_stage_imports_a_later_one(path: Path) -> None:
    me = module_name(path)
    # the package's own __init__ is shared (its version), but its lazy exports name the tools layer
    mine = TOOLS if me == "hsextract" else rank(me)
    bad = []
    for target in sorted(imports(path)):
        theirs = rank(target)
        if theirs is None:
            continue
        if mine is None or theirs > mine:
            bad.append(f"{target} (stage {theirs})")
    where = "a shared module" if mine is None else f"stage {mine}"
    assert bad == [], f"{me} ({where}) imports later stages: {', '.join(bad)}"


def test_the_check_sees_a_backward_import(tmp_path: Path) -> None:
    fake = tmp_path / "x.py"
    fake.write_text("def f():\n    from hsextract.assemble import assemble_article\nimport hsextract.ner\n")
    assert imports(fake) == {"hsextract.assemble", "hsextract.ner"}
    assert (
        rank("hsextract.rules.hits") == 2 and rank("hsextract.assemble") == 3 and rank("hsextract.cli") == 5
    )


# Cycles left between a package and its submodules or among the review/diff commands' lazy imports.
KNOWN_CYCLES = [
    ["hsextract.dates", "hsextract.dates.normalise", "hsextract.dates.relative"],
    ["hsextract.diff", "hsextract.diff_format", "hsextract.diff_gold"],
    ["hsextract.review", "hsextract.review_diff"],
]


def import_cycles() -> list[list[str]]:
    """The strongly connected groups (of more than one module) of the import graph."""
    names = {module_name(p): p for p in MODULES}
    graph = {n: sorted(t for t in imports(p) if t in names and t != n) for n, p in names.items()}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan
        order[v] = low[v] = len(order)
        stack.append(v)
        for w in graph[v]:
            if w not in order:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], order[w])
        if low[v] == order[v]:
            group = []
            while (w := stack.pop()) != v:
                group.append(w)
            if group:
                found.append(sorted([*group, v]))

    for v in sorted(graph):
        if v not in order:
            visit(v)
    return sorted(found)


def test_no_new_import_cycles() -> None:
    cycles = import_cycles()
    assert cycles == KNOWN_CYCLES
    flat = {m for c in cycles for m in c}
    assert not flat & {
        "hsextract.pipeline",
        "hsextract.parallel",
        "hsextract.rules.episodes",
        "hsextract.cli",
    }
