"""Fail (exit 1) when a function or method in the given paths has a cyclomatic complexity (radon's
McCabe count) over the limit; print the largest ones either way. Run by `make lint`.

`--allow FILE` lists the functions still over the limit, one `path name score` a line: a listed one
may not grow past its score, and the file must shrink as they are split (a listed function that is
now within the limit, or gone, is an error too, so the list never goes stale).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

LIMIT = 20


def functions(path: Path) -> list[tuple[int, str]]:
    """(complexity, "file:line name") of every function and method, nested ones on their own."""
    out: list[tuple[int, str]] = []

    def visit(block: Function, prefix: str) -> None:
        out.append((block.complexity, f"{path}:{block.lineno} {prefix}{block.fullname}"))
        for closure in block.closures:
            visit(closure, f"{prefix}{block.fullname}.")

    for block in cc_visit(path.read_text(encoding="utf-8")):  # functions and methods, flat
        if isinstance(block, Function):
            visit(block, "")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=LIMIT)
    parser.add_argument("--top", type=int, default=10, help="how many of the largest to print")
    parser.add_argument("--allow", type=Path, help="functions still allowed over the limit (see above)")
    args = parser.parse_args(argv)
    allowed = read_allowed(args.allow) if args.allow else {}
    files = [p for root in args.paths for p in (sorted(root.rglob("*.py")) if root.is_dir() else [root])]
    found = sorted((f for p in files for f in functions(p)), key=lambda f: (-f[0], f[1]))
    for score, where in found[: args.top]:
        print(f"{score:4d}  {where}")
    problems = check(found, args.limit, allowed)
    for problem in problems:
        print(f"complexity: {problem}", file=sys.stderr)
    return 1 if problems else 0


def read_allowed(path: Path) -> dict[str, int]:
    """`path name` -> score, from lines `path name score` (blank lines and # comments skipped)."""
    allowed: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            where, name, score = line.split()
            allowed[f"{where} {name}"] = int(score)
    return allowed


def check(found: list[tuple[int, str]], limit: int, allowed: dict[str, int]) -> list[str]:
    """What breaks the limit: a function over it and not allowed, an allowed one that grew, and an
    allowed entry that no longer needs to be there."""
    problems = []
    seen: dict[str, int] = {}
    for score, where in found:
        path, _, name = where.partition(" ")
        key = f"{path.split(':')[0]} {name}"
        seen[key] = max(score, seen.get(key, 0))
    for key, score in sorted(seen.items()):
        if score > limit and key not in allowed:
            problems.append(f"{key}: {score} > {limit}; split it")
        elif key in allowed and score > allowed[key]:
            problems.append(f"{key}: {score} > {allowed[key]} allowed; split it")
    for key in sorted(allowed):
        if seen.get(key, 0) <= limit:
            problems.append(f"{key}: listed in the allow file but now {seen.get(key, 0)}; remove the line")
    return problems


if __name__ == "__main__":
    sys.exit(main())
