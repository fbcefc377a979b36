"""Every `$ hsextract ...` example in README.md still works: run in order in a sandbox (the
repository's corpus/ and gold/, a copy of outputs/, `/tmp/` mapped to a temporary folder), each
exits as the example implies and prints what the README shows. `--help` must match exactly;
other outputs depend on the current rules, so their first line is compared with numbers masked
("hsextract: N articles (N ok), ..."), and an example showing no output must print nothing."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = ROOT / "README.md"
# Inputs a README example names that are not folders of the repository, and where the README
# says they come from.
FIXTURES = {"pages": ROOT / "tests" / "data" / "html"}
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def examples(text: str) -> list[tuple[str, list[str]]]:
    """(command, the output lines shown under it) for each `$ hsextract` line in a code block."""
    found: list[tuple[str, list[str]]] = []
    in_block, current = False, None
    for line in text.splitlines():
        if line.startswith("```"):
            in_block, current = not in_block, None
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            current = None
            if line.startswith("$ hsextract"):
                current = (line[2:], [])
                found.append(current)
        elif current is not None:
            current[1].append(line)
    return found


def mask(line: str) -> str:
    return _NUMBER.sub("N", line.rstrip())


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("readme")
    for name in ("corpus", "gold"):
        (root / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "outputs", root / "outputs", ignore=shutil.ignore_patterns(".hsextract*"))
    for name, source in FIXTURES.items():
        if source.is_dir():
            (root / name).mkdir()
            for page in sorted(source.glob("brindle_bells_s2.html")):
                shutil.copy(page, root / name / page.name)
    (root / "tmp").mkdir()
    return root


def test_readme_has_examples_for_every_command() -> None:
    commands = {shlex.split(cmd)[1] for cmd, _ in examples(README.read_text(encoding="utf-8"))}
    assert {"--help", "extract", "eval", "diff", "review", "merge", "export"} <= commands


def test_every_readme_example_runs_as_shown(sandbox: Path) -> None:
    tmp = f"{sandbox / 'tmp'}/"
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    failures = []
    for command, shown in examples(README.read_text(encoding="utf-8")):
        argv = shlex.split(command.replace("/tmp/", tmp))[1:]
        proc = subprocess.run(
            [sys.executable, "-m", "hsextract.cli", *argv],
            cwd=sandbox,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        got = (proc.stdout + proc.stderr).splitlines()
        expected = [line.replace("/tmp/", tmp) for line in shown]
        want_code = 1 if argv[0] == "diff" and expected[:1] != ["no differences"] else 0
        if proc.returncode != want_code:
            failures.append(f"{command}: exit {proc.returncode}, expected {want_code}: {proc.stderr[-500:]}")
        elif argv == ["--help"]:
            if got != expected:
                failures.append(f"{command}: output differs from the README")
        elif not expected:
            if got:
                failures.append(f"{command}: the README shows no output, got {got[0]!r}")
        elif not got or mask(got[0]) != mask(expected[0]):
            failures.append(f"{command}: first line {got[:1]!r}, README shows {expected[0]!r}")
    assert not failures, "\n".join(failures)
