"""Benchmark: extract throughput on saved web pages as a ratio to the same articles as plain text.

A script, not a timed test. The same N synthetic articles (development-corpus paragraphs recombined,
with invented names and one unique casting sentence each, so the cache cannot help) are written
twice: as `.txt` files and as `.html` pages that wrap the article in navigation, a cookie banner,
JSON-LD metadata, "related articles" teasers and a footer. One process loads the model once, then
extracts both folders in alternating rounds (the cache off) and reports articles/s for each, the
ratio, and whether every article gave the same records both ways.

    .venv/bin/python bench/html_ratio.py            # N=200, 3 rounds
    .venv/bin/python bench/html_ratio.py --n 40 --rounds 1
"""

from __future__ import annotations

import argparse
import html
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "corpus" / "dev"  # never corpus/test: that split is sealed
FIRST = "Ada Bram Cora Dov Edda Fen Gil Hana Ivo Jude Kai Lior Mira Nils Oona Pell Rhea Sol Tove".split()
LAST = "Ashby Brook Crane Dale Ember Frost Grove Hale Ives Jarrow Kell Lowe Marsh Nye Orme Pike Rook".split()
SHOWS = ["Glass Orchard", "Copper Road", "The Lantern Men", "Saltwater", "Night Ferry", "Ironbridge"]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Bench Gazette</title>
<meta property="og:site_name" content="The Bench Gazette">
<script type="application/ld+json">{ld}</script>
<style>.cookie-banner {{ position: fixed; }}</style></head>
<body><div class="cookie-banner"><p>We use cookies to improve your experience. By clicking Accept all you
agree to our use of cookies.</p><button>Accept all</button></div>
<header><nav><ul><li><a href="/tv">TV</a></li><li><a href="/film">Film</a></li>
<li><a href="/reviews">Reviews</a></li></ul></nav></header>
<main><article><h1>{title}</h1>
{body}
</article>
<aside class="related"><h3>Related articles</h3><ul>
<li><a href="/x"><h4>Marrow Fen season 2 premieres on Netflix on Friday 9 January 2026</h4>
<p>Tilda Ormsby stars as Captain Ysolde Crane in the returning drama.</p></a></li></ul></aside></main>
<footer><p>&copy; 2025 The Bench Gazette. All rights reserved.</p></footer></body></html>
"""


def paragraphs() -> list[str]:
    return [
        line.strip()
        for path in sorted(DEV.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
        if len(line.split()) >= 12
    ]


def make_articles(n: int, seed: int = 11) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) per article; no two alike."""
    rng = random.Random(seed)
    pool = paragraphs()
    out = []
    for i in range(n):
        show, season = rng.choice(SHOWS), 1 + i % 5

        def name() -> str:
            return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

        title = f"{show} season {season}: everything we know"
        lead = (
            f"{name()} will play {name()} in {show} season {season}, premiering on Netflix on "
            f"{rng.choice(['March', 'June', 'October'])} {1 + rng.randrange(27)}, {2020 + rng.randrange(8)}. "
            f"(article {i})"
        )
        out.append((title, [lead, *rng.sample(pool, 4)]))
    return out


def write_both(articles: list[tuple[str, list[str]]], base: Path) -> tuple[Path, Path]:
    text_dir, html_dir = base / "text", base / "html"
    text_dir.mkdir(parents=True)
    html_dir.mkdir(parents=True)
    for i, (title, paras) in enumerate(articles):
        aid = f"b{i:05d}"
        (text_dir / f"{aid}.txt").write_text("\n\n".join([title, *paras]) + "\n", encoding="utf-8")
        (text_dir / f"{aid}.meta.json").write_text('{"published": "2025-06-01"}', encoding="utf-8")
        ld = json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": "2025-06-01"})
        body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)
        page = PAGE.format(title=html.escape(title, quote=False), ld=ld, body=body)
        (html_dir / f"{aid}.html").write_text(page, encoding="utf-8")
    return text_dir, html_dir


def records(out: Path) -> dict[str, str]:
    """Each article's records, evidence included (the two texts are laid out alike)."""
    kinds = ("cast", "releases", "episodes", "events")
    result = {}
    for path in sorted(out.glob("b*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        result[path.stem] = json.dumps({k: data[k] for k in kinds}, sort_keys=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from hsextract.ingest import read_articles
    from hsextract.pipeline import Extractor, run_extract

    extractor = Extractor()  # loaded once, outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        text_dir, html_dir = write_both(make_articles(args.n), Path(tmp))
        seconds: dict[str, list[float]] = {"text": [], "html": []}
        for kind, folder in (("text", text_dir), ("html", html_dir)):  # warm-up, not timed
            run_extract(
                [folder], Path(tmp) / f"warm-{kind}", extractor=extractor, quiet=True, store_cache=False
            )
        for r in range(args.rounds):  # alternating, so drift on the machine hits both alike
            for kind, folder in (("text", text_dir), ("html", html_dir)):
                t0 = time.perf_counter()
                run_extract(
                    [folder],
                    Path(tmp) / f"out-{kind}-{r}",
                    extractor=extractor,
                    quiet=True,
                    use_cache=False,
                    store_cache=False,
                )
                seconds[kind].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        read = sum(1 for _ in read_articles([html_dir]))
        ingest_html = time.perf_counter() - t0
        same = records(Path(tmp) / "out-text-0") == records(Path(tmp) / "out-html-0")
    rate = {k: args.n / statistics.median(v) for k, v in seconds.items()}
    print(f"articles: {args.n}, rounds: {args.rounds} (median of each)")
    print(f"plain text : {rate['text']:7.1f} articles/s")
    print(f"HTML pages : {rate['html']:7.1f} articles/s")
    print(f"ratio HTML / text: {rate['html'] / rate['text']:.3f}")
    print(f"trafilatura alone (reading {read} pages): {read / ingest_html:.1f} pages/s")
    print(f"records equal both ways: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
