"""The top-level command: bare `hsextract` prints exactly one line, as the README promises."""

from __future__ import annotations

import subprocess
import sys


def test_bare_command_prints_one_line_and_exits_2() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "hsextract.cli"], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.endswith("\n")
    assert proc.stderr.startswith("hsextract: error: a COMMAND is required (extract, eval, diff,")
    assert "'hsextract --help'" in proc.stderr
