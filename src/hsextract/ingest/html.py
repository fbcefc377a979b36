"""Saved web pages: the article's main text and metadata through trafilatura's boilerplate remover.

A page is mostly not the article: navigation, cookie banners, "related articles" teasers, share
bars and footers would otherwise reach the rules as if they were prose, and a teaser's "X has been
cast as Y" would become a record of the wrong article. trafilatura finds the main content; this
module turns its structure into the plain-text layout the rest of the pipeline already reads: one
block per line (heading, paragraph, list item, table row as `cell | cell`, image alt text as
`[Image: ...]`, caption), blocks separated by a blank line. That text is the article: evidence
offsets point into it, and it is written beside the output so they can be checked.

trafilatura drops `<figcaption>` (it keeps only the image), and captions are where news pages state
"X as Y in 'Show'", so each caption is turned into a paragraph of its own before extraction.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass

HTML_SUFFIXES = (".html", ".htm")
TEXT_FILE_SUFFIX = ".text.txt"  # `<out>/<id>.text.txt`: the extracted text evidence offsets point into
# htmldate drops dates after `max_date` (default: today), which would make a page's published date
# depend on the day of the run; a fixed far bound keeps outputs deterministic.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
# Page furniture pruned before extraction. trafilatura's main extractor skips most of it, but on a
# page with little prose its fallbacks (readability, jusText) take whatever text is left: a cookie
# banner or the "related articles" teasers, whose "X stars as Y" would become records.
_LOWER = "translate(concat(@id, ' ', @class), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
PRUNE_XPATH = [
    "//nav",
    "//aside",
    "//footer",
    "//header[not(ancestor::article)]",
    "//*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='complementary']",
    "//*[@role='dialog' or @aria-modal='true']",
    *(f"//*[contains({_LOWER}, '{word}')]" for word in ("cookie", "consent", "gdpr")),
]
_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")

for _name in ("trafilatura", "htmldate", "courlan", "charset_normalizer", "justext"):
    # Their per-page log lines ("parsed tree length: 0 ...") are reported per article instead.
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


@dataclass
class Page:
    """What one HTML page gave: its article text, metadata found in the page, and notes."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    sitename: str | None = None
    warnings: list[str] = field(default_factory=list)


def text_file_name(article_id: str) -> str:
    return f"{article_id}{TEXT_FILE_SUFFIX}"


def _inline(el: Any, skip: frozenset[str] = frozenset()) -> str:
    """An element's text on one line (a `<br>` kept as a line break), nested `skip` tags left out."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag in skip:
            pass
        elif child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    lines = (_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _list_lines(el: Any) -> list[str]:
    """One line per list item; a nested list's items follow their parent item."""
    lines: list[str] = []
    for item in el.iterchildren("item"):
        lines.append(_clean(_inline(item, frozenset({"list"}))))
        for sub in item.iterchildren("list"):
            lines += _list_lines(sub)
    return lines


def _row(row: Any) -> str:
    return " | ".join(_clean(_inline(cell)).replace("\n", " ") for cell in row.iterchildren("cell"))


def _blocks(body: Any) -> list[str]:
    """The main text's blocks in order, each already laid out as its lines."""
    blocks: list[str] = []
    for el in body:
        if el.tag == "graphic":
            alt = _clean(el.get("alt") or el.get("title") or "")
            block = f"[Image: {alt}]" if alt else ""
        elif el.tag == "list":
            block = "\n".join(line for line in _list_lines(el) if line)
        elif el.tag == "table":
            block = "\n".join(r for r in map(_row, el.iter("row")) if r.strip(" |"))
        elif el.tag == "quote":
            block = "\n".join(b for b in _blocks(el) if b) if len(el) else _clean(_inline(el))
        else:  # head, p, and anything else trafilatura keeps: its text
            block = _clean(_inline(el))
        if block:
            blocks.append(block)
    return blocks


def _layout(blocks: list[str]) -> str:
    """Blocks separated by one blank line; no carriage returns, nothing but text."""
    text = "\n\n".join(blocks).replace("\r", "")
    return _BLANK_LINES.sub("\n\n", text).strip() + ("\n" if blocks else "")


def _strip_site(title: str, sitename: str | None) -> str:
    """'Headline | The Daily Reel' -> 'Headline' when the page names its site."""
    site = (sitename or "").strip().casefold()
    for sep in _TITLE_SEPARATORS if site else ():
        for head, tail in (title.rsplit(sep, 1), title.split(sep, 1)[::-1]) if sep in title else ():
            if tail.strip().casefold() == site and head.strip():
                return head.strip()
    return title.strip()


def _captions_as_paragraphs(tree: Any) -> None:
    """`<figure><img><figcaption>` -> image + paragraph: trafilatura would drop the caption."""
    for caption in list(tree.iter("figcaption")):
        caption.tag = "p"
    for figure in list(tree.iter("figure")):
        figure.tag = "div"


def extract_page(html: bytes | str, url: str | None = None) -> Page | str:
    """The page's article text and metadata, or why there is none (an error message)."""
    import trafilatura
    from trafilatura.settings import Document

    tree = trafilatura.load_html(html)
    if tree is None:
        return "not an HTML page: nothing could be parsed"
    _captions_as_paragraphs(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,  # readers' comments are not the article
        include_tables=True,  # episode and schedule tables are
        include_images=True,  # alt texts often name actor and role
        date_extraction_params=_DATE_PARAMS,
        prune_xpath=PRUNE_XPATH,
    )
    if not isinstance(doc, Document) or doc.body is None:
        return Page("", warnings=["trafilatura found no main text in the page"])
    blocks = _blocks(doc.body)
    title = _strip_site(doc.title, doc.sitename) if doc.title else None
    if title and not any(el.tag == "head" for el in doc.body[:3]) and (not blocks or blocks[0] != title):
        blocks.insert(0, title)  # the headline belongs to the article (and names its show)
    page = Page(_layout(blocks), title=title or None, url=doc.url, published=doc.date, sitename=doc.sitename)
    if not page.text.strip():
        page.warnings.append("trafilatura found no main text in the page")
    return page
