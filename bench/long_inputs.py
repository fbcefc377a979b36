"""Long and hostile article texts for `bench.py --long` and the profiles, generated, never committed.

What a crawler really produces: a whole forum thread or a page with its comments (many lines), a text
dump with no line breaks (one line), a pathological cast list and a run of capitalised words. Ordinary
text is corpus/dev prose (the development split; the sealed test texts stay out) repeated in a fixed
order; the hostile shapes use invented names only.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "dev"
FIRST = "Ada Bram Cora Dov Edda Fen Gil Hana Ivo Jude Kai Lior Mira Nils Oona Pell Quill Rhea Sol".split()
LAST = "Ashby Brook Crane Dale Ember Frost Grove Hale Ives Jarrow Kell Lowe Marsh Nye Orme Pike Rook".split()


def _paragraphs() -> list[str]:
    out: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        out.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip())
    return out


def _fill(pieces: list[str], size: int, sep: str) -> str:
    """`pieces` joined by `sep`, repeated in order, cut to about `size` characters at a piece end."""
    parts: list[str] = []
    total = 0
    while total < size:
        for p in pieces:
            parts.append(p)
            total += len(p) + len(sep)
            if total >= size:
                break
    return sep.join(parts) + "\n"


def many_lines(size: int) -> str:
    """Corpus prose as it is written, one block per line, blank lines between (a forum thread)."""
    return _fill(_paragraphs(), size, "\n\n")


def single_line(size: int) -> str:
    """The same prose with every line break a space (a text dump with no line breaks)."""
    return _fill(_paragraphs(), size, " ")


def cast_list(repeats: int, seed: int = 5) -> str:
    """`repeats` times "Name Name as Name Name, " on one line (a pathological cast list)."""
    rng = random.Random(seed)
    name = lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}"  # noqa: E731
    return "".join(f"{name()} as {name()}, " for _ in range(repeats)).rstrip(", ") + ".\n"


def capitalised(words: int, seed: int = 9) -> str:
    """`words` capitalised words on one line, no punctuation at all: one run of title-like words.
    A third are capitalised function words ("The", "Of"), so it still reads as English and is not
    skipped as another language."""
    rng = random.Random(seed)
    glue = "The Of And In On At For To With From".split()
    return " ".join(rng.choice(glue if k % 3 == 2 else FIRST + LAST) for k in range(words)) + "\n"
