"""The review page in a real headless Chromium: select an article, click a record, see its span.

Needs Debian's chromium + chromedriver; without them this FAILS (run scripts/ensure-browser.sh),
because a silently skipped browser test would hide a broken page.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hsextract.cli import main

pytestmark = pytest.mark.browser

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "review_screenshot.py"
HOSTILE = '</script><script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
FILLER = "Nothing of note happens in this paragraph, which is here to push the rest down the page.\n\n"
TEXT = (
    "Mara Quill plays Detective Ines Vale in Harbour Lights.\n\n"
    + FILLER * 60
    + f"A reader wrote {HOSTILE} in the comments.\n\n"
    + "Season 2 of Harbour Lights premieres on May 3, 2024. Tobias Renn joins as Lio Marsh.\n"
)


def _screenshot_module() -> Any:
    spec = importlib.util.spec_from_file_location("review_screenshot", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ev(snippet: str) -> dict[str, Any]:
    start = TEXT.index(snippet)
    return {"start": start, "end": start + len(snippet), "text": snippet, "rule": "r.test"}


def _article(aid: str, cast: list[dict[str, Any]], releases: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "article": {
            "id": aid,
            "source": f"corpus/{aid}.txt",
            "sha256": "0" * 64,
            "chars": len(TEXT),
            "title": f"Harbour Lights {aid}",
        },
        "cast": cast,
        "releases": releases,
    }


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two articles (the second has a far-down span that overlaps another) and gold for it."""
    monkeypatch.chdir(tmp_path)
    for sub in ("corpus", "outputs", "gold"):
        (tmp_path / sub).mkdir()
    renn = {
        "actor": "Tobias Renn",
        "character": "Lio Marsh",
        "evidence": [ev("Tobias Renn joins as Lio Marsh")],
    }
    quill = {
        "actor": "Mara Quill",
        "character": "Ines Vale",
        "evidence": [ev("Mara Quill plays Detective Ines Vale")],
    }
    release = {
        "show": "Harbour Lights",
        "season": 2,
        "date": "2024-05-03",
        "precision": "day",
        "evidence": [ev("Season 2 of Harbour Lights premieres on May 3, 2024. Tobias Renn")],
    }
    docs = {
        "n1-first": _article("n1-first", [quill], []),
        "n2-second": _article("n2-second", [quill, renn], [release]),
    }
    for aid, doc in docs.items():
        (tmp_path / "corpus" / f"{aid}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / "outputs" / f"{aid}.json").write_text(json.dumps(doc), encoding="utf-8")
    gold = {
        "article_id": "n2-second",
        "cast": [{"actor": "Mara Quill", "character": "Ines Vale"}],
        "releases": [{"show": "Harbour Lights", "season": 2, "date": "2024-05-03", "precision": "day"}],
    }
    (tmp_path / "gold" / "n2-second.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "review.html"
    assert main(["review", "--pred", "outputs", "--gold", "gold", "--out", str(out)]) == 0
    return out


@pytest.fixture
def driver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    module = _screenshot_module()
    from selenium.webdriver.common.selenium_manager import SeleniumManager

    def no_manager(*_: Any, **__: Any) -> Any:
        raise AssertionError("selenium-manager was called; it would try to download a driver")

    monkeypatch.setattr(SeleniumManager, "binary_paths", no_manager)
    try:
        drv = module.make_driver(tmp_path / "chrome-profile")
    except module.BrowserMissing as exc:
        pytest.fail(str(exc))
    try:
        yield drv
    finally:
        drv.quit()


IN_VIEW = """
const r = arguments[0].getBoundingClientRect();
return r.height > 0 && r.top >= 0 && r.left >= 0
    && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
"""


def test_click_record_highlights_and_scrolls_to_span(page: Path, driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver.get(page.as_uri())
    index = driver.find_elements(By.CSS_SELECTOR, "#index li")
    assert [li.get_attribute("data-id") for li in index] == ["n1-first", "n2-second"]
    assert "selected" in (index[0].get_attribute("class") or "")  # the first article opens by default

    index[1].click()
    assert driver.find_element(By.CSS_SELECTOR, "#article-head h2").text == "Harbour Lights n2-second"
    # The whole text is there, in order, despite overlapping spans; the hostile markup is only text.
    assert driver.execute_script("return document.getElementById('article-text').textContent") == TEXT
    assert driver.execute_script("return window.__xss === undefined")
    assert not driver.find_elements(By.CSS_SELECTOR, "#article-text img, #article-text script")

    records = driver.find_elements(By.CSS_SELECTOR, "#records li.rec")
    assert [r.find_element(By.CSS_SELECTOR, ".badge").text for r in records] == ["TP", "FP", "TP"]
    renn = records[1]
    assert "Tobias Renn as Lio Marsh" in renn.text
    target = driver.find_elements(By.CSS_SELECTOR, '#article-text mark[data-recs~="1"]')
    assert target and not driver.execute_script(IN_VIEW, target[0])  # far below the fold at first

    renn.click()
    active = driver.find_elements(By.CSS_SELECTOR, "#article-text mark.active")
    assert active, "the clicked record's span did not get the active class"
    assert "".join(m.text for m in active) == "Tobias Renn joins as Lio Marsh"
    assert all(driver.execute_script(IN_VIEW, m) for m in active)
    assert "active" in (renn.get_attribute("class") or "").split()
    # Overlap: the release span shares "Tobias Renn" but only the cast record's marks are active.
    overlap = driver.find_element(
        By.XPATH, '//mark[contains(@data-recs, " 1 ") and contains(@data-recs, " 2 ")]'
    )
    assert "multi" in (overlap.get_attribute("class") or "").split()

    shot = tmp_path / "review.png"
    assert driver.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe


def test_filter_box_narrows_the_index(page: Path, driver: Any) -> None:
    from selenium.webdriver.common.by import By

    driver.get(page.as_uri() + "#n2-second")
    assert driver.find_element(By.CSS_SELECTOR, "#index li.selected").get_attribute("data-id") == "n2-second"
    driver.find_element(By.ID, "filter").send_keys("FIRST")
    shown = [
        li.get_attribute("data-id")
        for li in driver.find_elements(By.CSS_SELECTOR, "#index li")
        if li.is_displayed()
    ]
    assert shown == ["n1-first"]
    assert driver.find_element(By.ID, "index-count").text == "1 of 2 articles"


@pytest.fixture
def diff_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two runs of the same articles: in n2-second one cast record removed, one added, a release
    whose platform changed and one record unchanged; n1-first is the same in both runs."""
    monkeypatch.chdir(tmp_path)
    for sub in ("corpus", "old", "new"):
        (tmp_path / sub).mkdir()
    quill = {
        "actor": "Mara Quill",
        "character": "Ines Vale",
        "evidence": [ev("Mara Quill plays Detective Ines Vale")],
    }
    renn = {
        "actor": "Tobias Renn",
        "character": "Lio Marsh",
        "evidence": [ev("Tobias Renn joins as Lio Marsh")],
    }
    gone = {"actor": "Harbour Lights", "character": "Season", "evidence": [ev("Season 2 of Harbour Lights")]}
    release = {
        "show": "Harbour Lights",
        "season": 2,
        "date": "2024-05-03",
        "precision": "day",
        "platform": "StreamCo",
        "evidence": [ev("premieres on May 3, 2024")],
    }
    runs = {
        "old": {
            "n1-first": _article("n1-first", [quill], []),
            "n2-second": _article("n2-second", [quill, gone], [release]),
        },
        "new": {
            "n1-first": _article("n1-first", [quill], []),
            "n2-second": _article("n2-second", [quill, renn], [{**release, "platform": "Vidora"}]),
        },
    }
    for aid in ("n1-first", "n2-second"):
        (tmp_path / "corpus" / f"{aid}.txt").write_text(TEXT, encoding="utf-8")
    for run, docs in runs.items():
        for aid, doc in docs.items():
            (tmp_path / run / f"{aid}.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp_path / "diff.html"
    assert main(["review", "--pred", "new", "--against", "old", "--out", str(out)]) == 0
    return out


def test_diff_mode_shows_two_runs_side_by_side(diff_page: Path, driver: Any) -> None:
    from selenium.webdriver.common.by import By

    driver.get(diff_page.as_uri())
    assert "diff-mode" in (driver.find_element(By.TAG_NAME, "body").get_attribute("class") or "")
    index = driver.find_elements(By.CSS_SELECTOR, "#index li")
    assert [li.get_attribute("class") for li in index] == ["same", "changed selected"]  # first changed opens
    assert "1 article changed: +1 -1 ~1 records" in driver.find_element(By.ID, "summary").text

    rows = driver.find_elements(By.CSS_SELECTOR, "#records tr.row")
    got = [
        (
            r.get_attribute("data-change"),
            [c.text.split("\n")[0] for c in r.find_elements(By.CSS_SELECTOR, "td")[1:]],
        )
        for r in rows
    ]
    assert got == [
        ("removed", ["Harbour Lights as Season", "not in new run"]),
        ("added", ["not in old run", "Tobias Renn as Lio Marsh"]),
        ("same", ["Mara Quill as Ines Vale", "Mara Quill as Ines Vale"]),
        ("fields", ["Harbour Lights S2 premiere 2024-05-03", "Harbour Lights S2 premiere 2024-05-03"]),
    ]
    changed = rows[3].find_elements(By.CSS_SELECTOR, ".chg")
    assert [c.text for c in changed] == ['platform="StreamCo"', 'platform="Vidora"']
    assert "\u201cTobias Renn joins as Lio Marsh\u201d" in rows[1].text  # evidence beside the record
    # The text holds both runs' spans, coloured by change; the removed record's span is red.
    removed = driver.find_elements(By.CSS_SELECTOR, '#article-text mark[data-rows~="0"]')
    assert removed and all("ch-removed" in (m.get_attribute("class") or "") for m in removed)
    assert driver.execute_script("return document.getElementById('article-text').textContent") == TEXT
    target = driver.find_elements(By.CSS_SELECTOR, '#article-text mark[data-rows~="1"]')
    assert target and not driver.execute_script(IN_VIEW, target[0])
    rows[1].click()
    active = driver.find_elements(By.CSS_SELECTOR, "#article-text mark.active")
    assert "".join(m.text for m in active) == "Tobias Renn joins as Lio Marsh"
    assert all(driver.execute_script(IN_VIEW, m) for m in active)
    assert "ch-added" in (active[0].get_attribute("class") or "")
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe
