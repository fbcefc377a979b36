"""`bench.py --long`: seconds per MB and peak memory for long and hostile articles (issue 25).

Each case is one generated article (bench/long_inputs.py) extracted by `run_extract` in a fresh
process with the model loaded before the clock starts; the time is the extraction alone, the memory
the process's peak RSS. Seconds per MB at 100 kB, 1 MB and 5 MB, single-line and many-line, show
whether time grows linearly (target: 5 MB <= 1.5 x the 100 kB figure); the pathological cast list
is compared with ordinary single-line text of about the same length (target <= 3 x), and the 5 MB
peak RSS with 1 GB. Timings are ratios within one run: the machine is shared.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from long_inputs import capitalised, cast_list, many_lines, single_line

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000

CHILD = """
import json, resource, time
from pathlib import Path
from hsextract.pipeline import Extractor, run_extract
ex = Extractor()
# warm up (lazy imports, dateparser, caches) on one ordinary article, so no size pays first-call costs
run_extract([Path("corpus/dev/a01_saltmarsh_inquiry_s2.txt")], Path({out!r} + "-warm"), quiet=True,
            extractor=ex, use_cache=False, store_cache=False)
t0 = time.perf_counter()
result = run_extract([Path({path!r})], Path({out!r}), quiet=True, extractor=ex, use_cache=False,
                     store_cache=False)
t = time.perf_counter() - t0
entry = result.entries[0]
print(json.dumps({{"seconds": t, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "status": entry.status, "records": sum(entry.counts.values())}}))
"""


def measure(text: str, tmp: Path, name: str) -> dict[str, float]:
    path = tmp / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    code = CHILD.format(path=str(path), out=str(tmp / f"out-{name}"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    found["mb"] = len(text) / MB
    found["s_per_mb"] = found["seconds"] / found["mb"]
    path.unlink()
    print(f"  {name}: {found}", file=sys.stderr, flush=True)
    return found


def cases(quick: bool) -> list[tuple[str, str, int]]:
    sizes = [100_000, 300_000] if quick else [100_000, 1_000_000, 5_000_000]
    out = [(shape, label(size), size) for shape in ("single-line", "many-line") for size in sizes]
    return out


def label(size: int) -> str:
    return f"{size // 1000} kB" if size < MB else f"{size // MB} MB"


def run_long(quick: bool) -> list[str]:
    """The markdown section for RESULTS.md (a table and the targets)."""
    made = {"single-line": single_line, "many-line": many_lines}
    rows: list[str] = []
    res: dict[tuple[str, str], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="hslong-") as name:
        tmp = Path(name)
        for shape, size_label, size in cases(quick):
            res[shape, size_label] = measure(made[shape](size), tmp, f"{shape}-{size}")
        reps = 12_000 if quick else 200_000
        cast = measure(cast_list(reps), tmp, "cast-list")
        same_length = measure(single_line(int(cast["mb"] * MB)), tmp, "ordinary-same-length")
        words = 20_000 if quick else 200_000
        caps = measure(capitalised(words), tmp, "capitalised")
    small, big = (label(100_000), label(300_000 if quick else 5_000_000))
    for (shape, size_label), r in res.items():
        ratio = r["s_per_mb"] / res[shape, small]["s_per_mb"]
        target = f"{ratio:.2f} x {small} (target <= 1.5)" if size_label == big else ""
        if size_label == small:
            target = "baseline"
        rows.append(
            f"| {shape}, {size_label} ({r['mb']:.2f} MB) | {r['seconds']:.1f} s | {r['s_per_mb']:.1f} s/MB | "
            f"{r['rss_mb']:.0f} MB | {r['records']:.0f} | {target} |"
        )
    ratio = cast["s_per_mb"] / same_length["s_per_mb"]
    rows.append(
        f'| cast list, {reps:,} x "Name Name as Name Name, " ({cast["mb"]:.2f} MB) | '
        f"{cast['seconds']:.1f} s | {cast['s_per_mb']:.1f} s/MB | {cast['rss_mb']:.0f} MB | "
        f"{cast['records']:.0f} | "
        f"{ratio:.2f} x ordinary text of the same length (target <= 3) |"
    )
    rows.append(
        f"| ordinary single-line text, same length ({same_length['mb']:.2f} MB) | "
        f"{same_length['seconds']:.1f} s | {same_length['s_per_mb']:.1f} s/MB | "
        f"{same_length['rss_mb']:.0f} MB | {same_length['records']:.0f} | |"
    )
    rows.append(
        f"| {words:,} capitalised words, one line ({caps['mb']:.2f} MB) | {caps['seconds']:.1f} s | "
        f"{caps['s_per_mb']:.1f} s/MB | {caps['rss_mb']:.0f} MB | {caps['records']:.0f} | |"
    )
    peak = max(r["rss_mb"] for (_, s), r in res.items() if s == big)
    return [
        f"## Long and hostile articles (`bench.py --long`{' --quick' if quick else ''})",
        "",
        "One generated article per row, extracted in a fresh process (model loaded and warmed up on "
        "one ordinary article before the clock starts); seconds are the extraction alone, RSS the "
        "process's peak (model included).",
        "",
        "| article | time | per MB | peak RSS | records | ratio / target |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        f"Peak RSS at {big}: {peak:.0f} MB (target <= 1024 MB).",
        "",
    ]
