"""Split an article into typed blocks (title, heading, paragraph, caption, byline, bio, boilerplate).

Scraped news text carries image captions, alt texts, credit lines and an author bio between and
after the paragraphs. Rules treat them differently: captions may state a cast pair but can
contradict the prose, and a byline/bio must never produce a record. Offsets are kept exact:
a block is `text[start:end]` with surrounding whitespace trimmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["title", "heading", "paragraph", "caption", "byline", "bio", "boilerplate", "dateline"]

_LINE = re.compile(r"[^\r\n]+")
_CREDIT_LABEL = re.compile(r"^(?:photo|image|picture|photograph|pictured|credit)s?\s*:", re.IGNORECASE)
_CREDIT = re.compile(
    _CREDIT_LABEL.pattern + r"|\((?:image|photo|picture|pictured|photograph)\s*(?:credit|courtesy)?\s*:|"
    r"^(?:image|photo)\s+credit\s*:|\bgetty images\b|\(credit\s*:|\bphoto(?:graph)? by\b|"
    r"^\[(?:image|photo|picture|video)\b|"
    # a credit glued after the caption's sentence: "A and B in Show series 1. Picture: BBC/Agency"
    r"[.!?]\s+(?:photo|image|picture|photograph|credit)s?\s*:\s*\S[^.!?]*$",
    re.IGNORECASE,
)
CREDIT_ONLY_WORDS = 8  # "Photo: Agency/Studio/Photographer Name" with no caption glued on
# "Seasons: 2", "Where to stream: Netflix": a fact-box line, never alt text or a caption
_LABELLED = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s")
_BOILERPLATE = re.compile(
    # "Home › TV › What to watch", "KXYZ | Arts & Culture › Drama": breadcrumbs
    r"^[\w'’&. -]{1,30}(?:\s*\|\s*[\w'’&. -]{1,30})?(?:\s*[›»]\s*[\w'’&. -]{1,30}){1,5}$|"
    r"^(?:related|read more|see also|more|watch|listen|advertisement|sponsored|share this(?: article)?|"
    r"sign up|subscribe|follow us|leave a comment|comments?|newsletter|click here|all rights reserved|"
    r"advertisement hide ad|hide ad|skip ad|skip advert|must read|most read|read next|recommended|"
    r"you may also like|trending(?: now)?|"
    r"donate(?: now)?|give now|support us)\b"
    r"(?:\s*[:\-–—|].*|\s*\.?)?$|^(?:related|read more|see also)\s*:|"
    # a press notice: "EMBARGOED UNTIL 00.01HRS THURSDAY 20TH AUGUST", "FOR IMMEDIATE RELEASE"
    r"^(?:embargoed|embargo|strictly embargoed|for immediate release|not for publication)\b.{0,80}$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?i:by|words by|written by|words|author|reporting by)\s*:?\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}"
    # "By Name | Streaming editor", "By Name | Published May 2, 2026"
    r"(?:\s*[|,–—/]\s*[\w'’ ]{1,40}(?:,\s*\d{4})?)?\s*$"  # "By Name / Web Producer" too
)
_NAME_LINE = re.compile(r"^[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|de|van|von|da|di|le)){1,3}$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:[a-z]+day,?\s+)?"
    r"(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_BIO_SENTENCE = re.compile(
    r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}\s+(?:is (?:a|an|our|the)\b|has (?:been )?writ|writes\b|"
    r"covers\b|has covered\b)"
)
_FIRST_PERSON = re.compile(r"\b(?:I'm|I’m|I am|I've|I’ve|I have|I was|my|I)\b")
_SENTENCE_END = (".", "!", "…", '"', "”", "’", "'", ";", ":", ")")
_WORD = re.compile(r"[\w'’]+")


# A sentence end where a very long block may be cut: end punctuation (and closing quotes or
# brackets), whitespace, then what starts a sentence. "Dr. Mira" is no sentence end (`_ABBREVIATION`).
_SENTENCE_CUT = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:^|\W)(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Rev|Gen|Sgt|Capt|Lt|Col|vs|No)$")


def cut_point(text: str, start: int, limit: int) -> int:
    """Where a piece of `text` from `start`, at most `limit` long, should end: after the last
    sentence end in its second half, else after its last whitespace there, else (one "word" of
    `limit // 2` characters) at the limit. A block too long for the model is cut here, so a name
    is never split into "Name Nam" + "e" and no evidence ends at the cut mid-word."""
    end = start + limit
    if end >= len(text):
        return len(text)
    low = start + limit // 2
    window = text[low:end]
    for match in reversed(list(_SENTENCE_CUT.finditer(window))):
        before = low + match.start()
        if not _ABBREVIATION.search(text[max(0, before - 5) : before]):
            return low + match.end()
    if text[end].isspace():  # the next piece starts with the space
        return end
    for i in range(end - 1, low - 1, -1):
        if text[i].isspace():
            return i + 1
    return end


@dataclass(frozen=True)
class Block:
    index: int
    start: int
    end: int
    kind: BlockKind
    text: str


def _words(s: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(s)}


def _similar(a: str, b: str) -> bool:
    """Two renderings of the same caption (alt text vs caption+credit) share most of their words."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


# "Title (Season 2)", "Title (Limited Series) — NEW DATE": a slate's section head, whose closing
# bracket ends no sentence and which is no image's alt text
FORMAT_WORDS = (
    r"(?i:season|series|limited|miniseries|docuseries|final|new|returning|part|volume)"  # rules.heads too
)
_FORMAT_HEAD = re.compile(
    r"^[^.!?()]{1,60}\(" + FORMAT_WORDS + r"\b[^.!?()]{0,40}\)(?:\s*[–—-]+\s*[^.!?()]{1,30})?$"
)


# A gallery slide's head: "Title: Premieres Tuesday, Sept. 15 on NBC", "Title: Part 1 premieres Oct. 8"
# (rules.heads reads the title out of it); never an image's alt text
HEAD_VERBS = r"(?:premieres?|returns?|arrives?|debuts?|launches|lands|drops|is back|comes back)"
DATED_HEAD_TAIL = (
    r"\s*:\s+((?:(?i:part|volume|season|series)\s+\w+\s+)?(?i:" + HEAD_VERBS + r")\b"
    r"(?:[^.!?]|\.(?!\s+[A-Z])){0,60})$"
)
_DATED_HEAD = re.compile(r"^[^:.!?]{1,60}" + DATED_HEAD_TAIL)


def _heading_like(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 16 and (
        not line.rstrip().endswith(_SENTENCE_END) or bool(_FORMAT_HEAD.match(line))
    )


def _section_label(line: str) -> bool:
    """A line in capitals ("JULY PREMIERES"), a format head, or a short label naming a season with no
    one's name in it ("In case you missed series one"): a heading, never an alt text."""
    return (
        (line.isupper() and len(line.split()) <= 6)
        or bool(_FORMAT_HEAD.match(line) or _DATED_HEAD.match(line))
        or _season_label(line)
    )


_SEASON_END = re.compile(
    r"\b(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[?:]?$",
    re.IGNORECASE,
)
SEASON_LABEL_WORDS = 8


def _season_label(line: str) -> bool:
    words = line.split()
    capitals = sum(w[:1].isupper() for w in words[1:] if not _SEASON_END.match(w))
    return len(words) <= SEASON_LABEL_WORDS and capitals == 0 and bool(_SEASON_END.search(line))


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        spans.append((m.start() + lead, m.start() + lead + len(stripped)))
    return spans


def _bio_start(texts: list[str], kinds: list[BlockKind]) -> int | None:
    """Where the author box starts: a name line followed by first-person prose, or a closing
    third-person 'X is a TV writer ...' paragraph, in the last third of the article."""
    n = len(texts)
    for i in range(max(1, (2 * n) // 3), n):
        if _NAME_LINE.match(texts[i]):
            following = " ".join(texts[i + 1 : i + 4])
            if len(_FIRST_PERSON.findall(following)) >= 2 or any(
                _BIO_SENTENCE.match(t) for t in texts[i + 1 : i + 4]
            ):
                return i
    content = [i for i in range(n) if kinds[i] not in {"boilerplate", "caption"}]
    for i in content[-2:]:
        if i >= (2 * n) // 3 and _BIO_SENTENCE.match(texts[i]) and len(texts[i].split()) < 90:
            return i
    return None


ALT_SHARE, ALT_SLACK = 2, 10  # an alt text is at most about twice as long as its caption


def _captions(texts: list[str], kinds: list[BlockKind]) -> None:
    """Retype the lines around images: alt texts, credit lines and the captions they credit."""
    for i in range(len(texts) - 1):
        # The alt text printed just before its captioned twin is a caption too.
        alt = kinds[i] != "caption" and not _LABELLED.match(texts[i])  # "Pick of the week: Title" is none
        # a review paragraph that happens to hold every word of the caption under it is no alt text
        alt = alt and len(texts[i].split()) <= ALT_SHARE * len(texts[i + 1].split()) + ALT_SLACK
        if kinds[i + 1] == "caption" and alt and _similar(texts[i], texts[i + 1]):
            kinds[i] = "caption"
    for i in range(len(texts) - 1):
        # "Photo: Name/Platform" on its own line, then the caption it credits (short, unpunctuated)
        credit_only = _CREDIT_LABEL.match(texts[i]) and len(texts[i].split()) <= CREDIT_ONLY_WORDS
        if (
            kinds[i] == "caption"
            and credit_only
            and kinds[i + 1] == "heading"
            and not _LABELLED.match(texts[i + 1])
        ):
            kinds[i + 1] = "caption"
    for i in range(1, len(texts) - 1):
        # heading, short unpunctuated line, paragraph: the middle line is an image's alt text.
        # Lines of one list (same first word: "Episode 6: ...", "Episode 7: ...") are not alt text.
        same_shape = texts[i - 1].split()[0] == texts[i].split()[0]
        around = (kinds[i - 1], kinds[i], kinds[i + 1])
        numbered = re.match(r"\d{1,2}[.)]\s", texts[i])  # "1. Title – Part 2" heads a list entry
        if (
            around == ("heading", "heading", "paragraph")
            and not same_shape
            and not _LABELLED.match(texts[i])
            and not numbered
            and not _section_label(texts[i])
            and not _section_label(texts[i - 1])  # "WHITSAND" then "Channel 4, Friday, 9pm": its slot line
        ):
            kinds[i] = "caption"


# "Related Stories", "More from TV", "Must Read": a list of other articles' headlines follows
_LINK_LIST_HEAD = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|content|news|coverage))?|more\s+(?:from|on|stories)\b.*|must read|"
    r"most read|read next|recommended(?:\s+for\s+you)?|you may also like|trending(?: now)?)\s*:?\s*$",
    re.IGNORECASE,
)


def _link_lists(texts: list[str], kinds: list[BlockKind]) -> None:
    """The headline lines under a "Related Stories" label are links to other articles, not headings
    of this one: their dates and titles ("Every Premiere Date Through March") are not its facts."""
    for i, line in enumerate(texts):
        if kinds[i] not in {"heading", "boilerplate"} or not _LINK_LIST_HEAD.match(line.strip()):
            continue
        kinds[i] = "boilerplate"
        for j in range(i + 1, len(texts)):
            if (
                kinds[j] == "caption"
                or len(texts[j].split()) > LINK_LINE_WORDS
                or texts[j].rstrip().endswith(".")
            ):
                break  # the article's text again
            kinds[j] = "boilerplate"


LINK_LINE_WORDS = 20  # a linked headline is short; a longer line is prose


def segment(text: str) -> list[Block]:
    spans = _lines(text)
    texts = [text[s:e] for s, e in spans]
    kinds: list[BlockKind] = []
    for line in texts:
        first = all(k == "boilerplate" for k in kinds)  # the headline may follow a breadcrumb line
        if _CREDIT.search(line):
            kinds.append("caption")
        elif _BOILERPLATE.match(line):
            kinds.append("boilerplate")
        elif _BYLINE.match(line):
            kinds.append("byline")
        elif _DATELINE.match(line):
            kinds.append("dateline")
        elif _heading_like(line) or (first and len(line.split()) <= 30 and not line.endswith(".")):
            kinds.append("title" if first else "heading")
        else:
            kinds.append("paragraph")
    _captions(texts, kinds)
    _link_lists(texts, kinds)
    bio = _bio_start(texts, kinds)
    if bio is not None:
        kinds[bio] = "byline" if _NAME_LINE.match(texts[bio]) else "bio"
        for j in range(bio + 1, len(texts)):
            kinds[j] = "bio" if kinds[j] != "boilerplate" else "boilerplate"
    pieces = [(s, e, kinds[i]) for i, (s0, e0) in enumerate(spans) for s, e in _pieces(text, s0, e0)]
    return [Block(i, s, e, kind, text[s:e]) for i, (s, e, kind) in enumerate(pieces)]


# A line longer than this becomes several blocks of at most this many characters, each of the
# line's kind, cut at a sentence end (else between words, `cut_point`). Rules look around a mention
# within its block, so a text dump with no line breaks, one block of megabytes, made every mention
# cost the whole text. Real paragraphs are far shorter (the longest in corpus/dev is under 900
# characters): an ordinary article is segmented exactly as before.
BLOCK_CHARS = 10_000


def _pieces(text: str, start: int, end: int, limit: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the blocks of one line: whitespace-trimmed, exact offsets, covering its words."""
    out = []
    while end - start > limit:
        cut = min(cut_point(text, start, limit), end)
        out.append((start, start + len(text[start:cut].rstrip())))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    out.append((start, end))
    return out
