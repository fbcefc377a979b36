"""Mask HTML markup inside a plain-text article without moving a single offset.

Scraped `.txt` files sometimes still carry tags (`<p>`, `<em>`, `<a href=...>`), comments and
entities. The model would tag `<em>Name</em>` badly and segmentation would take `<p>` lines for
headings. Deleting markup would shift every offset, so instead each tag is overwritten with
whitespace of the same length: block-level tags start with a line break (so `<p>a</p><p>b</p>`
on one line still becomes two blocks), inline tags become spaces, and an entity becomes its
character padded with spaces. Evidence is still cut from the original text, which has the same
characters at every position outside the markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Names only, so that "x<y and y>z" or "<3" in prose is never mistaken for a tag.
_INLINE = (
    "a abbr b bdi bdo big cite code data del dfn em font i img input ins kbd label mark meta link q s "
    "samp small span strike strong sub sup time tt u var wbr picture source svg path video audio iframe"
)
_BLOCK = (
    "address article aside blockquote body br caption center dd details div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav noscript ol p pre section summary "
    "table tbody td tfoot th thead title tr ul"
)
BLOCK_TAGS = frozenset(_BLOCK.split())
KNOWN_TAGS = BLOCK_TAGS | frozenset(_INLINE.split())

_TAG = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment (an unclosed one runs to the end)
    r"|<!\[CDATA\[.*?\]\]>"
    r"|<!doctype[^<>]*>"
    r"|<(?P<raw>script|style)\b[^<>]*>.*?(?:</(?P=raw)\s*>|\Z)"  # content is code, never prose
    r"|</?(?P<name>[a-z][a-z0-9]*)(?:\s[^<>]*)?/?>",
    re.IGNORECASE | re.DOTALL,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Masked:
    """The analysis text (same length as the original) and what was masked in it."""

    text: str
    tags: int = 0
    entities: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.tags or self.entities)

    def warning(self) -> str:
        tags = f"{self.tags} tag{'s' * (self.tags != 1)}"
        entities = f"{self.entities} entit{'ies' if self.entities != 1 else 'y'}"
        return (
            f"HTML markup masked for analysis ({tags}, {entities}); "
            "offsets and evidence refer to the original text"
        )


def _blank(s: str, line_break: bool) -> str:
    """Same-length whitespace; existing line breaks stay, a block tag opens a new line."""
    out = "".join(c if c in "\r\n" else " " for c in s)
    if line_break and "\n" not in out:
        out = "\n" + out[1:]
    return out


def _entity(text: str, m: re.Match[str]) -> str | None:
    """The entity's character padded to the entity's length, on the side facing the word it touches."""
    raw = m.group()
    char = html.unescape(raw)
    if char == raw or len(char) > len(raw):
        return None
    if char.isspace():
        return " " * len(raw)
    pad = " " * (len(raw) - len(char))
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    # An opening quote hugs the word after it; anything else stays where the entity began.
    if after.isalnum() and not before.isalnum():
        return pad + char
    return char + pad


def mask_markup(text: str) -> Masked:
    """Blank known HTML tags, comments, script/style blocks and entities; offsets are unchanged."""
    if "<" not in text and "&" not in text:
        return Masked(text)
    parts: list[str] = []
    tags = 0
    pos = 0
    for m in _TAG.finditer(text):
        name = (m.group("name") or "").lower()
        if m.group("name") is not None and name not in KNOWN_TAGS:
            continue
        parts.append(text[pos : m.start()])
        parts.append(_blank(m.group(), line_break=name in BLOCK_TAGS))
        pos = m.end()
        tags += 1
    parts.append(text[pos:])
    masked = "".join(parts)
    entities = 0
    if "&" in masked:
        chunks: list[str] = []
        pos = 0
        for m in _ENTITY.finditer(masked):
            replacement = _entity(masked, m)
            if replacement is None:
                continue
            chunks += [masked[pos : m.start()], replacement]
            pos = m.end()
            entities += 1
        chunks.append(masked[pos:])
        masked = "".join(chunks)
    assert len(masked) == len(text)  # the one property everything downstream relies on
    return Masked(masked, tags, entities)
