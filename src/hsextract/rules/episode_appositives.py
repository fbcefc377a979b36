"""An episode's title set off by commas after a label, unquoted, as much British press writes it:

    "Episode 3, Tallow Hymn, felt like a holding pattern."
    "The opener, Nightlocks, sees the pair ..."
    "Next week's episode, The Sandling Walk, sends them to the coast."
    "Pellinor series 3, episode 4, The Sunken Loom, which aired on Sunday ..."

The label says which episode (a number, the first one, the finale) and the commas bound the title.
A quoted title after a label is read by the release rules; this reads the unquoted one. What follows
the closing comma must not be a speech verb ("The finale, Jane Roe said, ...").
"""

from __future__ import annotations

import re

from hsextract.ingest import Block
from hsextract.rules.episodes import FIRST_EPISODE_WORDS, LAST_EPISODE_WORDS, EpisodeMention, quoted_run
from hsextract.rules.hits import number_value
from hsextract.rules.titles import NUMBER_WORDS, ORDINALS, seasons_in
from hsextract.rules.vocab import STATEMENT_VERBS
from hsextract.textnorm import may_contain

RULE = "episodes.appositive"
MAX_TITLE_WORDS = 8
_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_LABEL = re.compile(  # (the lookahead, the labels' first letters, rules out most positions)
    r"(?=[etnlwmfs'’])\b(?:(?:episode|ep\.?)\s+(?P<n>" + _NUMBER + r")(?:\s+of\s+" + _NUMBER + r")?"
    r"|the\s+(?P<which>opening|first|final|last|closing)\s+episode"
    r"|the\s+(?P<word>opener|premiere|finale|pilot)"
    # "next week's episode", "Sunday's instalment", "tonight's episode"
    r"|(?:(?:next|last|this)\s+)?(?:week|tonight|" + _WEEKDAYS + r")['’]s\s+"
    r"(?:episode|instalment|installment)"
    # "the fourth episode", "the fourth and final episode" (the last one, numbered four)
    r"|(?:the|(?<=\w)['’]s)\s+(?P<ordinal>" + "|".join(k for k in ORDINALS if k != "final") + r")"
    r"(?:\s+and\s+(?P<also>final|last))?\s+episode)"
    r"(?:\s+of\s+the\s+(?:season|series))?,\s+",  # "the fourth episode of the season, Title,"
    re.IGNORECASE,
)
_LINK = r"(?:of|the|a|an|and|in|on|at|to|for|by|with|from|or|&)"
_TITLE = re.compile(
    r"(?P<title>[A-Z][\w'’-]*(?:\s+(?:" + _LINK + r"\s+)*[A-Z0-9][\w'’-]*)*)"
    r"(?:\s+\([^()]{1,25}\))?(?:,\s+|\s+[–—]\s+)(?P<next>\w+)?"  # "Title (22 March), looks"
)
_SPEECH = frozenset(STATEMENT_VERBS) | frozenset(
    "say tells explains explained added adds insists insisted admits admitted".split()
)


def appositive_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """The unquoted titles set off by commas after an episode label, in prose."""
    out: list[EpisodeMention] = []
    for block in blocks:
        if block.kind != "paragraph":
            continue
        for label in _LABEL.finditer(text, block.start, block.end):
            m = _TITLE.match(text, label.end(), block.end)
            if m is None or len(m["title"].split()) > MAX_TITLE_WORDS or (m["next"] or "").lower() in _SPEECH:
                continue
            out.append(_mention(block, label, (m.start("title"), m.end("title"))))
        out += _titled_leads(text, block)
    return out


# "Titled The Ferryman's Wager, the episode will air on Sunday": a sentence that opens with the title
_TITLED_LEAD = re.compile(
    r"(?:(?<![^\n])|(?<=[.!?]\s))Titled\s+(?P<title>[A-Z][\w'’-]*(?:\s+(?:"
    + _LINK
    + r"\s+)*[A-Z0-9][\w'’-]*)*),\s+"
    r"the\s+(?:new\s+|next\s+|latest\s+)?(?:episode|instalment|installment|finale|premiere)\b"
)


def _titled_leads(text: str, block: Block) -> list[EpisodeMention]:
    if "Titled" not in block.text:
        return []
    return [
        EpisodeMention(
            RULE, (m.start("title"), m.end("title")), block.kind, block.index, (block.start, m.end())
        )
        for m in _TITLED_LEAD.finditer(text, block.start, block.end)
        if len(m["title"].split()) <= MAX_TITLE_WORDS
    ]


def _mention(block: Block, label: re.Match[str], span: tuple[int, int]) -> EpisodeMention:
    word = (label["which"] or label["word"] or "").lower()
    number = None
    if label["n"]:
        number = number_value(label["n"])
    elif label["ordinal"]:
        number = number_value(label["ordinal"])
    elif word in FIRST_EPISODE_WORDS or word == "first":
        number = 1
    return EpisodeMention(
        RULE,
        span,
        block.kind,
        block.index,
        (block.start, span[1]),
        number=number,
        finale=word in LAST_EPISODE_WORDS or word == "closing" or bool(label["also"]),
    )


# "Episode titles: (1) The Osier Men (2) The Lockkeeper's Daughter (3) Tarn Light": a press box's
# field numbers its titles inline
_INLINE_LABEL = re.compile(
    r"(?=[et])\b(?:episode\s+titles?|episodes|titles)\s*:\s*(?=\(1\)\s)", re.IGNORECASE
)
_INLINE_ITEM = re.compile(r"\((\d{1,2})\)\s+([^()]+?)\s*(?=\(\d{1,2}\)|[;.]?\s*$)")
INLINE_RULE = "episodes.inline_numbered"


def inline_numbered_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """The titles of an 'Episode titles: (1) A (2) B' field, numbered 1, 2, ... in order; the season
    the box's own "Series: 2" field gives, a few lines above."""
    out: list[EpisodeMention] = []
    for k, block in enumerate(blocks):
        if "(1)" not in text[block.start : block.end]:  # the label's lookahead needs it
            continue
        label = _INLINE_LABEL.search(text, block.start, block.end)
        if label is None:
            continue
        items = list(_INLINE_ITEM.finditer(text, label.end(), block.end))
        if len(items) < 2 or [int(m.group(1)) for m in items] != list(range(1, len(items) + 1)):
            continue
        fields = (_SEASON_FIELD.match(b.text) for b in reversed(blocks[max(0, k - FIELD_LINES) : k]))
        field = next((f for f in fields if f), None)
        season = int(field.group(1)) if field else None
        for m in items:
            span = (m.start(2), m.end(2))
            context = (block.start, span[1])
            number = int(m.group(1))
            out.append(
                EpisodeMention(INLINE_RULE, span, block.kind, block.index, context, number, season=season)
            )
    return out


_SEASON_FIELD = re.compile(r"^\s*(?i:series|season)\s*:\s*(\d{1,2})\s*$")
FIELD_LINES = 8


# "opens with episodes 1 and 2, "Salt Wind" and "Tide Reckoning," back to back": the titles in order
_NUMBERED_PAIR = re.compile(
    r"\bepisodes\s+(?P<a>" + _NUMBER + r")\s+(?:and|&)\s+(?P<b>" + _NUMBER + r")\s*[,:]?\s*(?=[“\"‘'])",
    re.IGNORECASE,
)
PAIR_RULE = "episodes.numbered_pair"


def numbered_pair_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """Two numbered episodes named together, then their two quoted titles, respectively."""
    out: list[EpisodeMention] = []
    for block in blocks:
        plural = may_contain(text[block.start : block.end], ("episodes",))  # every match holds the word
        for m in _NUMBERED_PAIR.finditer(text, block.start, block.end) if plural else ():
            titles = quoted_run(text, m.end(), block.end)
            numbers = [number_value(m["a"]), number_value(m["b"])]
            if len(titles) < 2 or None in numbers:
                continue
            # the season named last before the pair ("after the season 4 cliffhanger, the fifth season opens")
            named = seasons_in(text[block.start : m.start()])
            season = named[-1][2] if named else None
            for number, span in zip(numbers, titles[:2], strict=True):
                context = (block.start, span[1])
                out.append(
                    EpisodeMention(PAIR_RULE, span, block.kind, block.index, context, number, season=season)
                )
    return out


# "3.04 – Paper Kites" / "3.05 – Kissed by Rain", '5×01 – "Salt Lines"': an episode guide's code
# lines, season.episode or season×episode
_CODE_LINE = re.compile(r"^\s*(\d{1,2})[.x×](\d{2})\s*[–—:-]\s+([A-Z0-9“\"‘'][^\n]{0,80}?)\s*$")
CODE_RULE = "episodes.code_line"


def code_line_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """Titles of "S.EE – Title" lines, two at least in a row numbering one season's episodes 1 apart
    (clock times "9.00 – News", "9.30 – Film" are no such run)."""
    found = [(b, m) for b in blocks if (m := _CODE_LINE.match(b.text))]
    out: list[EpisodeMention] = []
    for k, (b, m) in enumerate(found):
        season, number = int(m.group(1)), int(m.group(2))
        neighbours = [found[j][1] for j in (k - 1, k + 1) if 0 <= j < len(found)]
        if number < 1 or not any(
            int(n.group(1)) == season and abs(int(n.group(2)) - number) == 1 for n in neighbours
        ):
            continue
        title = m.group(3).strip("“”\"‘’'")
        start = b.start + m.start(3) + m.group(3).index(title)
        span = (start, start + len(title))
        out.append(
            EpisodeMention(CODE_RULE, span, b.kind, b.index, (b.start, span[1]), number, season=season)
        )
    return out


# "Episode 1 – The Crossing Episode 2 – The Drift Episode 3 – Lowland": a list of labelled lines that a
# scraper ran together into one paragraph; each title runs to the next label
_RUN_LABEL = re.compile(r"\b(?:Episode|Ep\.?)\s+(\d{1,2})\s*[:–—-]\s+")
FLATTENED_RULE = "episodes.flattened"
_TITLE_END = re.compile(r"[.!?;]\s|[.;]?\s*$")


def flattened_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """Unquoted titles of two or more consecutively numbered labels inside one paragraph; a title is
    the short capitalised text up to the next label (the last one to its sentence's end)."""
    out: list[EpisodeMention] = []
    for block in blocks:
        labels = list(_RUN_LABEL.finditer(text, block.start, block.end))
        if len(labels) < 2 or [int(m.group(1)) for m in labels] != list(
            range(int(labels[0].group(1)), int(labels[0].group(1)) + len(labels))
        ):
            continue
        found = []
        for m, nxt in zip(labels, [*labels[1:], None], strict=True):
            end = nxt.start() if nxt else block.end
            stop = _TITLE_END.search(text, m.end(), end)
            end = stop.start() if stop else end
            title = text[m.end() : end].rstrip(" ,")
            if (
                not title
                or not title[0].isupper()
                or title[0] in "“\"‘'"
                or len(title.split()) > MAX_TITLE_WORDS
            ):
                break
            found.append(((m.end(), m.end() + len(title)), int(m.group(1))))
        if len(found) == len(labels):
            out += [
                EpisodeMention(FLATTENED_RULE, span, block.kind, block.index, (block.start, span[1]), number)
                for span, number in found
            ]
    return out


# '"Ashes and Oars" (season 2, episode 5)', '“Lamplight” (S2E3)', '"Ropewalk" (2x04)': a recap or review
# names the episode by its quoted title and labels it in brackets after it
_TITLE_THEN_LABEL = re.compile(
    r"(?:(?<=\s)|^)[“\"‘](?P<title>[^“”\"\n]{1,100}?)[,.]?[”\"’]\s*\(\s*(?:"
    r"(?:(?:season|series)\s+(?P<s>\d{1,2}),?\s+)?(?:episode|ep\.?)\s*(?P<n>\d{1,2})"
    r"|S(?P<s2>\d{1,2})\s*E(?P<n2>\d{1,3})|(?P<s3>\d{1,2})x(?P<n3>\d{1,3}))\s*\)",
    re.IGNORECASE,
)
LABEL_AFTER_RULE = "episodes.label_after"
# '"Pepper Mill" is the title of the third episode': the ordinal after the title numbers it
_TITLE_OF = re.compile(
    r"(?:(?<=\s)|^)[“\"‘](?P<title>[^“”\"\n]{1,100}?)[,.]?[”\"’]\s+(?:is|was|will\s+be)\s+the\s+(?:title|name)\s+of\s+"
    r"(?:the|its)\s+(?:(?P<ordinal>" + "|".join(k for k in ORDINALS if k != "final") + r")\s+)?episode\b",
    re.IGNORECASE,
)


def label_after_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """Quoted titles labelled in brackets after them, in prose: number and season from the label."""
    out: list[EpisodeMention] = []
    for block in blocks:
        for m in _TITLE_OF.finditer(text, block.start, block.end) if "title of" in block.text else ():
            number = number_value(m["ordinal"]) if m["ordinal"] else None
            span = (m.start("title"), m.end("title"))
            out.append(
                EpisodeMention(
                    LABEL_AFTER_RULE, span, block.kind, block.index, (block.start, m.end()), number
                )
            )
        for m in _TITLE_THEN_LABEL.finditer(text, block.start, block.end) if "(" in block.text else ():
            raw = m["title"].rstrip(" ,.")
            if not raw or raw != raw.strip():
                continue
            span = (m.start("title"), m.start("title") + len(raw))
            season = m["s"] or m["s2"] or m["s3"]
            number = int(m["n"] or m["n2"] or m["n3"])
            out.append(
                EpisodeMention(
                    LABEL_AFTER_RULE,
                    span,
                    block.kind,
                    block.index,
                    (block.start, m.end()),
                    number,
                    season=int(season) if season else None,
                )
            )
    return out
