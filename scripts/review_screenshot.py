#!/usr/bin/env python3
"""Screenshot of the `hsextract review` page, for the README (docs/review.png).

    .venv/bin/python scripts/review_screenshot.py [--pred outputs] [--gold gold] [--corpus corpus]
        [--out docs/review.png] [--article ID]

Uses Debian's chromium + chromedriver (scripts/ensure-browser.sh installs them) through selenium
with explicit paths, so selenium-manager never tries to download a browser or driver. The
browser tests import `make_driver` from here, so both start the browser the same way.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SIZE = (1400, 900)


class BrowserMissing(RuntimeError):
    """Debian's chromium or chromedriver is not installed."""


def make_driver(user_data_dir: Path) -> Any:
    """A headless Chromium driven by the system chromedriver; no network, no selenium-manager."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.is_file()]
    if missing:
        raise BrowserMissing(
            f"{', '.join(missing)} not found: run scripts/ensure-browser.sh (as root) to install "
            "Debian's chromium and chromium-driver"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={user_data_dir}",
        f"--window-size={SIZE[0]},{SIZE[1]}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # lets tests read console errors
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


def pick_article(data: dict[str, Any], wanted: str | None) -> str:
    """The requested article, else the first one with both text and records (gold ones first)."""
    articles = data["articles"]
    if wanted is not None:
        if not any(a["id"] == wanted for a in articles):
            raise SystemExit(f"review_screenshot: no article {wanted!r}")
        return wanted
    ranked = sorted(articles, key=lambda a: (a["gold"] is None, a["text"] is None, not a["records"], a["id"]))
    if not ranked:
        raise SystemExit("review_screenshot: no articles to show")
    return str(ranked[0]["id"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pred", type=Path, default=Path("outputs"))
    parser.add_argument("--gold", type=Path, default=Path("gold"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=Path("docs/review.png"))
    parser.add_argument("--article", help="article id to show (default: first gold article with records)")
    args = parser.parse_args(argv)

    from hsextract.diff import load_gold_side, load_side
    from hsextract.review import page_data, render_page

    pred = load_side(args.pred)
    gold = load_gold_side(args.gold) if args.gold.is_dir() else None
    data = page_data(pred, gold, args.corpus if args.corpus.is_dir() else None)
    article = pick_article(data, args.article)
    with tempfile.TemporaryDirectory(prefix="hsreview-") as tmp:
        page = Path(tmp) / "review.html"
        page.write_text(render_page(data), encoding="utf-8")
        driver = make_driver(Path(tmp) / "profile")
        try:
            driver.get(page.as_uri() + "#" + quote(article))
            first = driver.find_elements("css selector", "#records li.rec")
            if first:
                first[0].click()
            args.out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(args.out))
        finally:
            driver.quit()
    print(f"wrote {args.out} (article {article})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
