"""Episode titles that real articles give as a run of lines or as a chain of sentences.

Lines: after an intro that announces episode titles ("the full list of episode titles:", a heading
"Episode guide"), one title per line: bare (`Sandglass`), bulleted (`- Sandglass`), numbered without
quotes (`1. Sandglass`) or with credits (`Sandglass: Written by ..., directed by ...`). The run ends
at the first line that is not a title, so a paragraph after the list is never read as one.
Chains: "The second episode is titled 'B', and it will be followed by 'C'" numbers C from B.
Only structure and general words decide; no title is known in advance.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import replace

from hsextract.ingest import Block
from hsextract.rules.episodes import EpisodeMention, Offsets, quoted_at, quoted_run
from hsextract.rules.hits import Hit, number_value
from hsextract.rules.label_rows import label_rows
from hsextract.rules.tables import EPISODE_NUMBER_HEADERS, cells, is_rule_row, is_show_table, show_table_rows
from hsextract.rules.titles import ORDINALS
from hsextract.textnorm import may_contain

MAX_TITLE_WORDS = 8  # a longer line is a sentence or a synopsis, not a title
MIN_RUN = 2  # one short line after an intro is as likely a sub-heading as a list
# An intro or heading that announces titles: "the titles of all eight episodes", "episode guide:".
_INTRO = re.compile(  # (the lookahead, the alternatives' first letters, rules out most positions)
    r"(?=[etnlgfcw])\b(?:episodes?\b[^.!?]{0,60}\b(?:titles?|names?|list|guide|credits|rundown)|"
    # "the titles of all episodes", "titles and credits for the first four episodes"
    r"(?:titles?|names?|list|guide)(?:\s+and\s+\w+)?\s+(?:of|for)\b[^.!?]{0,60}\bepisodes?|"
    r"titles\b[^.!?]{0,40}\b(?:part|volume|season|series)\s+\w+[^.!?]*:\s*$|"
    r"\b(?:full|complete|whole)\s+(?:list|run)\s+of\s+titles\b[^.!?]*:\s*$|"  # "the full list of titles:"
    # "The first four episodes are:", "The six episodes of Show season 2 are:"
    r"\bepisodes\b(?:\s+(?:of|in)\s+[^.!?:]{1,50})?\s+(?:are|will\s+be)\s*:\s*$)",
    re.I,
)
# '#3 "Title"' too, and a guide's "3 | Title [w: ... · d: ...]" heading
_MARK = re.compile(
    r"(?:[-•*·–—]\s+|(\d{1,2})[.)]\s+|#(\d{1,3})\s+(?=[“\"‘'A-Z0-9])|(\d{1,2})\s+\|\s+(?=[“\"‘'A-Z0-9])(?!.*\|)"
    r"|(\d{1,2})/\d{1,2}\s*[·∙•]\s*(?=[“\"‘'A-Z0-9]))"  # a counter: "1/10 · Title"
)
# "Ep. 3:" / "Episode 3 –" opening a line: a numbered item of its own
# "Episode 3: Title", or a quoted title straight after the label: '1x03 "Title"'
# a comma too when a title follows: "Episode 1, The Reed Bed – January 4" (not "Episode 1, Season 2")
_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"  # "Episode one: ..."
_SEP = r"(?:\s*[:–—∙·•▪-]\s*|\s*(?=[“\"])|,\s+(?=[“\"‘A-Z])(?!(?:season|series|part|chapter)\b))"
_EPISODE_LINE = re.compile(
    rf"(?:(?:season|series)\s+(?P<season>\d{{1,2}}),?\s+)?(?:episode|ep\.?)\s*#?\s*(\d{{1,2}}|{_WORDS})(?!-\d)"
    rf"(?:\s*(?:/|of)\s*\d{{1,2}})?{_SEP}"
    rf"|(?P<sx>\d{{1,2}})x(\d{{1,2}}){_SEP}"  # "Season 2, Episode 3 - Title", "2x1 – Title"
    # "S2E01 – Title", an episode database's "S2.E1 ∙ Title"
    rf"|S(?P<ss>\d{{1,2}})\s*[.|]?\s*E(\d{{1,3}}){_SEP}"
    r"|(?P<sd>\d{1,2})\.(\d{1,2}):\s+"  # an episode database's "2.4: Title (Original Airdate ...)"
    # a series-wide running number, then the season's own: "Episode #21 (season 3, episode 1): "
    r"|(?:episode|ep\.?)\s*#?\s*\d{1,3}\s*\((?:season|series)\s+(?P<sp>\d{1,2}),?\s+(?:episode|ep\.?)\s*(\d{1,2})\)"
    r"\s*[:–—-]\s*"
    # "Chapter 9: Title": a series-wide chapter count, not the season's episode number
    r"|chapter\s+(?:\d{1,3}|[ivxlc]{1,6}|[a-z]+)\s*[:–—-]\s*"
    rf"|(?:episode|ep\.?)\s*(?P<se>\d{{1,2}})\.(\d{{1,2}}){_SEP}"  # a recap column's 'Episode 4.21 "Title"'
    r"|(?P<sc>[1-9])(0[1-9]|[1-3]\d)\s+(?=[“\"])",  # a production code before a quoted title: '301 "Title"'
    re.I,
)
_NUMBER_GROUPS = (2, 4, 6, 8, 10, 12, 14)  # each `_EPISODE_LINE` alternative's episode number
_SEASON_GROUPS = ("season", "sx", "ss", "sd", "sp", "se", "sc")
# a schedule line's day before what it lists: "Sun 3rd Jan", "January 4", "Sat 4 Jan", "9/27", "27.09."
_DAY = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?)"
)
# "Title (Episode 5)", 'Episode: "Title" (2×3)', "Title (S2E3)": a line labelled after its title, maybe
# after its day ("Sun 3rd Jan: Title (Ep. 1)")
_LABEL_AFTER = re.compile(
    r"^(?:episode\s*:\s*|" + _DAY + r"\s*[:–—-]\s*)?"
    r"(?!(?:episode|ep\.?)\s*(?:#|no\.)?\s*:?\s*\d{1,3}\s*\()"  # "Episode #: 13 (S2 E01)": a label, no title
    r"([A-Z0-9“\"‘'][^()]{0,80}?)\s*"
    r"\((?:(?:episode|ep\.?)\s*#?\s*(?P<n>\d{1,2})|S?(?P<s>\d{1,2})\s*[x×E]\s*(?P<n2>\d{1,2}))\)\s*$",
    re.I,
)
_DATE_FIRST = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
_PART_LINE = re.compile(
    r"^\s*(?:part|volume|vol\.|batch|cour)\s+(?:\d{1,2}|one|two|three|four|i{1,3})\s*:?\s*$", re.I
)
_CREDIT = re.compile(r"\s*:\s+(?=(?:written|directed|teleplay|story|writer|director)\b)", re.I)
# "Title (Part 1)" stays whole; a database line's date ends its title ("Title Thu, Mar 6, 2025")
_STOP = re.compile(
    r"\s+[–—-]\s+|\s*\((?!(?i:part)\s+\w+\)\s*$)|\s*[|]|\s+\[|\s+(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
)
_SENTENCE_END = (".", ";", ",")
SYNOPSIS_BLOCKS = 3  # blocks a synopsis under a numbered item may take before the next item
_COMPLETE = re.compile(r"\b(?:full|complete|entire|whole|every|each|all)\b", re.I)
_PARTIAL = re.compile(r"\b(?:include|includes|including|such as|some|highlights|among)\b", re.I)
# 'followed by "C"', 'followed immediately by "C"', 'followed on Wednesday 5 November by "C"'
_FOLLOWED = re.compile(
    r"\bfollowed\s+(?:up\s+)?(?:(?:immediately|directly|straight\s+away|closely|soon)\s+)?"
    r"(?:on\s+[\w ,.]{3,40}?\s+)?by\s*,?\s*(?=[“\"‘'])",
    re.I,
)
# 'Volume 2 opens with "E", then comes "F" and "G"': a chain going on from a numbered title (in this
# block or the one before); never a chain's start, since "The finale opens with 'Song'" is no episode
# what goes on with the previous paragraph's chain: "Volume 2", "Part two", "The back half"
_NEXT_PART = re.compile(
    r"\s*(?:(?:volume|vol\.|part|batch|cour)\s+\w+|the\s+(?:second|back)\s+half(?:\s+of\s+the\s+season)?)\s+$",
    re.I,
)
_CONTINUED = re.compile(  # (the lookahead: the cue words' first letters)
    r"(?=[tobkc])\b(?:then\s+comes|then\s+it['’]s|opens\s+with|begins\s+with|kicks\s+off\s+with|continues\s+with)"
    r"\s*,?\s*(?=[“\"‘'])",
    re.I,
)
_QUOTES = "“\"‘'"
# "" : a "| 1 | Title |" row's empty first cell; "No. in season" beside a series-wide "No. overall"
_NUMBER_HEADERS = EPISODE_NUMBER_HEADERS | {""}
_SEASON_NUMBER_HEADERS = frozenset(
    {"no. in season", "no. in series", "in season", "in series"}
)  # first choice
_EPISODE_HEADERS = frozenset({"ep", "eps", "episode", "episode no", "ep no"})  # second choice
_SXE_CELL = re.compile(r"^\s*(\d{1,2})\s*[x×]\s*(\d{1,3})\s*$")  # "2x01": season 2, episode 1


def _marker(text: str, block: Block) -> tuple[re.Match[str] | None, int, int | None]:
    """The line's list marker or episode label, where its title starts, and the number it states."""
    at = _running_number(block)
    mark = _MARK.match(block.text, at) or _EPISODE_LINE.match(block.text, at)
    if mark is None:
        return None, block.start, None
    pos = block.start + mark.end()
    if mark.re is _MARK and (label := _EPISODE_LINE.match(text, pos, block.end)):
        mark, pos = label, label.end()  # "• Episode 1: "Stocktake" — Written by ..."
    digits = (
        [g for g in mark.groups() if g]
        if mark.re is _MARK
        else [next((g for g in (mark.group(k) for k in _NUMBER_GROUPS) if g), "")]
    )
    return mark, pos, number_value(digits[-1]) if digits and digits[-1] else None


def _item(text: str, block: Block) -> tuple[Offsets, int | None] | None:
    """(title span, stated number) when the block is one list item holding a title."""
    if _table_row(block):  # `_table`
        return None
    mark, pos, number = _marker(text, block)
    if _nothing_after(text, pos, block):
        return None
    if suffix := _LABEL_AFTER.match(block.text):  # "Dead Reckoning (Episode 5)"
        return _labelled_after(text, block, suffix)
    if mark and _DATE_FIRST.match(text, pos, block.end):  # 'Episode 3: Thursday, May 15 ("The Tollman")'
        quote = next((k for k in range(pos, block.end) if text[k] in _QUOTES), None)
        span = quoted_at(text, quote, block.end) if quote is not None else None
        return (span, number) if span else None
    if text[pos] in _QUOTES:
        span = quoted_at(text, pos, block.end)
        return (span, number) if span else None
    credit = _CREDIT.search(text, pos, block.end)
    stop = _STOP.search(text, pos, block.end)
    end = credit.start() if credit else stop.start() if stop else block.end
    title = text[pos:end].rstrip()
    if not _title_like(title):
        return None
    if len(title.split()) > MAX_TITLE_WORDS or (not mark and not credit and block.kind == "paragraph"):
        return None  # a bare line must look like a heading line, not a run-on paragraph
    return (pos, pos + len(title)), number


def labelled_lines(blocks: list[Block]) -> set[int]:
    """Indices of the lines an episode label makes an episode's line ("Sun 3rd Jan: Title (Ep. 1)",
    "9pm – Episode 1: Title"): such a line names no show."""
    return {b.index for b in blocks if _LABEL_AFTER.match(b.text) or _label(b)}


def _table_row(block: Block) -> bool:
    """A line with cells; not a guide's "3 | Title [w: ...]" heading."""
    return (
        "|" in block.text
        and not ((m := _MARK.match(block.text)) and m.group(3))
        and not _SXE_BAR.match(block.text)  # "S3 | E01 · "Title"": one label, no cells
    )


_SXE_BAR = re.compile(r"\s*S\d{1,2}\s*\|\s*E\d{1,3}\b(?!.*\|)")


def _title_like(title: str) -> bool:
    """Capitalised and not ended like a sentence ("The Vicar Knew Nothing...": an ellipsis ends a title),
    and not only a date ("• Ep. 4 — 7/18": an untitled episode's air date)."""
    ended = title.endswith(_SENTENCE_END) and not title.endswith(("...", "…"))
    capitalised = bool(title) and (title[0].isupper() or title[0].isdigit())
    return capitalised and not ended and not _ONLY_A_DAY.fullmatch(title)


_ONLY_A_DAY = re.compile(_DAY, re.IGNORECASE)


def _nothing_after(text: str, pos: int, block: Block) -> bool:
    """ "Episode 2:" and nothing after it, or only its air date ("Episode 1 - Air Date: 3/4/2026")."""
    return pos >= block.end or bool(AIRED_LINE.match(text[pos : block.end]))


def _labelled_after(text: str, block: Block, suffix: re.Match[str]) -> tuple[Offsets, int | None] | None:
    """The title and number of a line labelled after its title: 'Episode: "Title" (2×3)'."""
    start, end = block.start + suffix.start(1), block.start + suffix.end(1)
    span = quoted_at(text, start, end) if text[start] in _QUOTES else (start, end)
    return (span, int(suffix.group("n") or suffix.group("n2"))) if span else None


def _label(block: Block) -> re.Match[str] | None:
    """The line's episode label, after a bullet or a ranking's number if there is one ("• Episode 1:
    ...", "6. Episode 3 – Title")."""
    mark = _MARK.match(block.text)
    at = _running_number(block)
    return (
        (mark and _EPISODE_LINE.match(block.text, mark.end()))
        or _EPISODE_LINE.match(block.text, at)
        or (_DATED_HASH.match(block.text, at) if at else None)
    )


_DATED_HASH = re.compile(r"#(\d{1,3})\s+(?=[“\"‘'A-Z0-9])")  # a schedule's "Apr. 11 — #1 “Title”"


# an episode database's running number before the season-episode label: "9 :02x01 - Title"; a
# schedule's date before the label: "January 4: Episode 1 – Title", "Sat 4 Jan – Episode 1: Title";
# a night's slot time: "9.50pm – Episode 2: Title"
_RUNNING_NUMBER = re.compile(
    r"\d{1,3}\s*:(?=\s*\d{1,2}x\d)"
    r"|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*[:–—-]\s*(?=(?:episode|ep\b))"
    r"|" + _DAY + r"\s*[:–—-]\s*(?=(?:episode|ep\b|#\d))",  # "Apr. 11 — #1 “Title”"
    re.IGNORECASE,
)


def _running_number(block: Block) -> int:
    m = _RUNNING_NUMBER.match(block.text)
    return m.end() if m else 0


# the line under an episode's label that dates it: "Aired: Thursday, October 9, 2025"
AIRED_LINE = re.compile(
    r"^\s*(?:[▸►•·*-]\s*)?(?:original(?:ly)?\s+)?(?:aired|air\s*date|airdate|airs|first\s+aired|tx)(?:\s*:|\s+on\b)",
    re.I,
)


def aired_owner(blocks: list[Block], k: int, titled: Collection[int]) -> int | None:
    """For an "Aired on <date>" line at position k: the index of the episode line it dates, the
    nearest line above that names an episode, across field lines only ("Title: ...", "Directed by
    ...", "Written by ..."), at most `AIRED_REACH` lines up."""
    if not AIRED_LINE.match(blocks[k].text):
        return None
    for j in range(k - 1, max(-1, k - 1 - AIRED_REACH), -1):
        if blocks[j].index in titled:
            return blocks[j].index
        if j < k - 1 and not _FIELD_LINE.match(blocks[j + 1].text):
            return None  # the line under this one is prose: it is not the same episode's block
    return None


AIRED_REACH = 4  # a guide block's label, title and two credit lines above its air date
_FIELD_LINE = re.compile(r"^\s*[A-Z][\w .&/]{0,30}?(?::|\s+by\b)")


def aired_lines(blocks: list[Block], episodes: list[EpisodeMention]) -> dict[int, Offsets]:
    """Block index -> cue span for each "Aired on <date>" line under a line naming one episode
    ("3.05 – Title" / "Aired on April 28"): the line's date is that episode's drop. The cue is
    the episode line's label before the title ("3.05 – "), whose last number is the episode's."""
    by_block: dict[int, list[EpisodeMention]] = {}
    for e in episodes:
        by_block.setdefault(e.block_index, []).append(e)
    starts = {b.index: b.start for b in blocks}
    out: dict[int, Offsets] = {}
    for k in range(len(blocks)):
        owner = aired_owner(blocks, k, by_block)
        if owner is not None and len(by_block[owner]) == 1:
            out[blocks[k].index] = (starts[owner], by_block[owner][0].title[0])
    return out


def _line_season(block: Block) -> int | None:
    """The season a line states in its label ("Season 2, Episode 3 -", "2x1 -")."""
    if (label := _label(block)) and label.re is _EPISODE_LINE:
        found = next((label.group(g) for g in _SEASON_GROUPS if label.group(g)), None)
    elif label:
        found = None
    else:
        found = suffix.group("s") if (suffix := _LABEL_AFTER.match(block.text)) else None
    return int(found) if found else None


def _style(block: Block) -> str:
    """How a list line is marked: one list keeps one style, so a heading after bullets ends it."""
    if _label(block) or _LABEL_AFTER.match(block.text):
        return "label"
    if mark := _MARK.match(block.text):
        if mark.group(4):
            return "label"  # "1/10 · Title": the counter labels the episode as "Episode 1 of 10" does
        return "number" if any(mark.groups()) else "bullet"
    return "credit" if _CREDIT.search(block.text) else "bare"


def _intro(block: Block, intro_starts: list[int]) -> bool:
    """A body block announcing titles; a bare list also needs the intro to end in a colon, since
    a headline ("... episode guide, cast and how to watch") or a paragraph is often followed by
    short lines that are sub-headings, bylines or ads rather than titles."""
    if block.kind == "title":
        return False
    k = bisect.bisect_left(intro_starts, block.start)
    own = k < len(intro_starts) and intro_starts[k] < block.end  # an "episodes.intro" hit inside it
    # a section heading "SEASON 2 EPISODES" / "Episode guide" over a numbered list introduces it too
    heading = block.kind == "heading" and bool(_EPISODES_HEADING.search(block.text))
    return own or heading or bool(_INTRO.search(block.text))


_EPISODES_HEADING = re.compile(
    r"^(?:the\s+)?(?:(?:season|series)\s+\w+\s+)?(?:episodes|episode\s+guide|episode\s+list)$", re.I
)


def _run(text: str, intro: Block, following: list[Block]) -> list[tuple[Block, Offsets, int | None]]:
    run: list[tuple[Block, Offsets, int | None]] = []
    for k, block in enumerate(following):
        if _PART_LINE.match(block.text) or _synopsis(text, run, following, k):
            continue  # "Part 1" over each half's titles, a synopsis under an item: the list goes on
        if run and _ranked_aside(block, run[0][0]):
            continue  # "4. Episodes 1 and 2 – A/B" in a ranking of "N. Episode M – Title" lines
        if (item := _item(text, block)) is None or (run and _style(block) != _style(run[0][0])):
            break
        run.append((block, *item))
    bare = any(not _MARK.match(b.text) and not _CREDIT.search(b.text) for b, _, _ in run)
    labelled = all(_style(b) == "label" for b, _, _ in run)
    return [] if bare and not labelled and not intro.text.rstrip().endswith(":") else run


def _ranked_aside(block: Block, first: Block) -> bool:
    """A numbered line of a ranking of labelled episodes that holds no single labelled episode."""
    numbered = (m := _MARK.match(block.text)) is not None and m.group(1) is not None
    return numbered and _style(first) == "label" and _MARK.match(first.text) is not None and not _label(block)


def _synopsis(
    text: str, run: list[tuple[Block, Offsets, int | None]], following: list[Block], k: int
) -> bool:
    """A paragraph between numbered items N and N+1 ("1. Title (Gloss)" / synopsis / "2. Title")."""
    if not run or run[-1][2] is None or following[k].kind != "paragraph" or _item(text, following[k]):
        return False
    # the synopsis may run to a few blocks (a paragraph and a reviewer's initials) before item N+1
    for nxt_block in following[k + 1 : k + 1 + SYNOPSIS_BLOCKS]:
        if (nxt := _item(text, nxt_block)) is not None:
            return nxt[1] == run[-1][2] + 1
    return False


def _rows(blocks: list[Block], width: int) -> list[Block]:
    """The run of table rows with `width` cells at the start of `blocks`."""
    n = next((k for k, b in enumerate(blocks) if "|" not in b.text or len(cells(b)) != width), len(blocks))
    return blocks[:n]


def _table(text: str, blocks: list[Block], i: int) -> tuple[list[Block], list[EpisodeMention]]:
    """The rows under a header row ("Ep | Title | Air date", "Weekend | Episodes | Air dates"),
    and the titles of its Title column when it has one."""
    header = [text[s:e].lower().strip(" .:#") for s, e in cells(blocks[i])]
    if len(header) < 2 or any(h.isdigit() for h in header) or is_show_table(header) or is_rule_row(blocks[i]):
        return [], []  # a show table, or a "|---|" line under a header already read
    rows = [b for b in _rows(blocks[i + 1 :], len(header)) if not is_rule_row(b)]
    if "title" not in header:
        return rows, []
    title_col = header.index("title")
    num_col = _number_column(header)
    titled = [t for block in rows for t in _row_titles(text, block, title_col, num_col)]
    context = blocks[i - 1] if i > 0 else blocks[i]
    complete = bool(_COMPLETE.search(context.text)) and not _PARTIAL.search(context.text)
    return rows, [
        EpisodeMention(
            "episodes.table_row",
            span,
            block.kind,
            block.index,
            (context.start, blocks[i].end),
            number=number,
            order=k + 1,
            list_start=titled[0][1][0],
            list_size=len(titled),
            complete=complete,
            season=season,
        )
        for k, (block, span, number, season) in enumerate(titled)
    ]


def _row_titles(
    text: str, block: Block, title_col: int, num_col: int | None
) -> list[tuple[Block, Offsets, int | None, int | None]]:
    """(row, title, number, season) for each title of a table row."""
    row = cells(block)
    if num_col is not None and not any(c.isdigit() for c in text[slice(*row[min(num_col, len(row) - 1)])]):
        return []  # "— | No episode (Easter) | 16 March": a row that numbers no episode
    raw_number = text[slice(*row[num_col])] if num_col is not None else ""
    if several := _several(text, raw_number, row[title_col]):
        return [(block, span, n, None) for n, span in several]  # "1, 2, 3 | A / B / C"
    span = _cell_title(text, row[title_col])
    return [(block, span, *_row_number(raw_number))] if span else []


_NUMBER_LIST = re.compile(r"\d{1,3}(?:\s*(?:,|&|and)\s*\d{1,3})+")
_TITLE_SLASH = re.compile(r"\s+/\s+")


def _several(text: str, raw_number: str, cell: Offsets) -> list[tuple[int, Offsets]]:
    """A row of one drop of several episodes, "1, 2, 3 | A / B / C": each number with its title, when
    the counts agree."""
    if not _NUMBER_LIST.fullmatch(raw_number.strip()):
        return []
    numbers = [int(n) for n in re.findall(r"\d+", raw_number)]
    start, parts = cell[0], []
    for piece in _TITLE_SLASH.split(text[cell[0] : cell[1]]):
        at = text.index(piece, start, cell[1])
        parts.append((at, at + len(piece)))
        start = at + len(piece)
    spans = [span for part in parts if (span := _cell_title(text, part))]
    return list(zip(numbers, spans, strict=True)) if len(spans) == len(numbers) == len(parts) else []


def _number_column(header: list[str]) -> int | None:
    """The column numbering a row's episode within its season, else an episode column ("No. | Ep." with a
    running number first and "2x01" after it), else any number column."""
    for wanted in (_SEASON_NUMBER_HEADERS, _EPISODE_HEADERS, _NUMBER_HEADERS):
        if (found := next((k for k, h in enumerate(header) if h in wanted), None)) is not None:
            return found
    return None


def _row_number(raw: str) -> tuple[int | None, int | None]:
    """(episode number, season) of a number cell: "4" -> (4, None), "2x01" -> (1, 2)."""
    if sxe := _SXE_CELL.match(raw):
        return int(sxe.group(2)), int(sxe.group(1))
    return (int(raw) if raw.isdigit() else None), None


def _row_cues(text: str, header_row: Block, rows: list[Block]) -> dict[int, Offsets]:
    """Block index -> the cell standing for each row's drop; "— | — | No episode (holiday) | 29/10", a
    row that numbers no episode, drops none."""
    col = _cue_column(text, header_row)
    cues = {b.index: cells(b)[min(col or 0, len(cells(b)) - 1)] for b in rows}
    return {k: c for k, c in cues.items() if col is None or any(ch.isdigit() for ch in text[slice(*c)])}


def _cue_column(text: str, header_row: Block) -> int | None:
    """The number column whose cell stands for a row's episode ("No. in series" before "No. overall"),
    or None when no column numbers the rows (the first cell stands for the row)."""
    return _number_column([text[s:e].lower().strip(" .:#") for s, e in cells(header_row)])


def _cell_title(text: str, cell: Offsets) -> Offsets | None:
    """A Title cell's title: inside its quotes when it has them ('"Stonefall"'); None when empty."""
    span = quoted_at(text, cell[0], cell[1]) if cell[1] > cell[0] and text[cell[0]] in _QUOTES else cell
    if span is not None and (gloss := _GLOSS.search(text, span[0], span[1])) and gloss.start() > span[0]:
        span = (span[0], gloss.start())  # "Fyrskibet (The Lightship)": the translation is no part of it
    return span if span is not None and span[1] > span[0] else None


# a title's translation or gloss in brackets, not a two-part story's "(Part 2)"
_GLOSS = re.compile(r"\s+\((?!(?i:part|pt\.?)\s*\w+\)\s*$)[^()]*\)\s*$")


def _label_cues(blocks: list[Block], run: list[Block]) -> dict[int, Offsets]:
    """Block index -> label span for a run's labelled lines, and for the "Aired: <date>" line under
    one (its date dates that episode too)."""
    out: dict[int, Offsets] = {}
    for block in run:
        if label := _label(block):
            out[block.index] = (block.start, block.start + label.end())
            k = blocks.index(block) + 1
            if k < len(blocks) and AIRED_LINE.match(blocks[k].text):
                out[blocks[k].index] = out[block.index]
    return out


def title_lines(
    text: str, blocks: list[Block], hits: list[Hit]
) -> tuple[list[EpisodeMention], dict[int, Offsets]]:
    """Titles of every run of list lines that follows an episode-title intro, and of tables; and
    block index -> cue span for the lines that stand for one episode (or one drop) each, so a
    date on such a line dates that drop ("Ep. 3: 'Title' (May 14)", "2 | Title | July 27")."""
    out: list[EpisodeMention] = []
    lines: dict[int, Offsets] = {}
    intro_starts = sorted(h.start for h in hits if h.rule == "episodes.intro")
    show_rows = set(show_table_rows(blocks))  # a "Date | Show | Platform" table lists no episodes
    i = 0
    while i < len(blocks) - 1:
        intro = blocks[i]
        if intro.index in show_rows:
            i += 1
            continue
        if "|" in intro.text and (labelled_rows := label_rows(text, blocks, i))[0]:
            taken, found, cues = labelled_rows  # "E01 | Sat 2 May | "Title"": no header row needed
            out += found
            lines.update(cues)
            i += taken
            continue
        if "|" in intro.text and (table := _table(text, blocks, i))[0]:
            rows, titled = table
            out += titled
            lines.update(_row_cues(text, blocks[i], rows))
            i = next(k for k in range(i, len(blocks)) if blocks[k] is rows[-1]) + 1  # past a rule row too
            continue
        # "Ep. 1: ...", "Title (Episode 5)" need no intro, nor a run of "Title: Written by ..." lines
        labelled = _style(blocks[i + 1]) == "label" or bool(_CREDIT.search(blocks[i + 1].text))
        run = _run(text, intro, blocks[i + 1 :]) if labelled or _intro(intro, intro_starts) else []
        # a labelled line stands alone: "Episode 2: Title" / "2.4: Title" with credits or a synopsis under it
        if len(run) < MIN_RUN and not (run and _style(run[0][0]) == "label"):
            i += 1
            continue
        complete = bool(_COMPLETE.search(intro.text)) and not _PARTIAL.search(intro.text)
        start = run[0][1][0]
        out += [
            EpisodeMention(
                "episodes.list_line",
                span,
                block.kind,
                block.index,
                (intro.start, intro.end),
                number=number,
                order=k + 1,
                list_start=start,
                list_size=len(run),
                complete=complete,
                season=_line_season(block),
            )
            for k, (block, span, number) in enumerate(run)
        ]
        lines.update(_label_cues(blocks, [block for block, _, _ in run]))
        i = blocks.index(run[-1][0]) + 1
    return out, lines


def followed_by(text: str, blocks: list[Block], found: list[EpisodeMention]) -> list[EpisodeMention]:
    """Titles introduced by "followed by 'X'", numbered one after the title before them in the same
    block when that one has a number; and a finale after a chain told its place (`after`)."""
    out: list[EpisodeMention] = []
    mentions = sorted(found, key=lambda m: m.title)
    for i, block in enumerate(blocks):
        for cue in _cues(text, block):
            before = _chain_before(text, blocks, i, cue, mentions)
            last = before[-1].number if before else None
            if cue.re is _CONTINUED and last is None:
                continue
            for k, span in enumerate(quoted_run(text, cue.end(), block.end)):  # 'by "A", "B" and "C"'
                new = EpisodeMention(
                    "episodes.followed_by",
                    span,
                    block.kind,
                    block.index,
                    before[-1].context if before else (block.start, block.end),
                    number=None if last is None else last + 1 + k,
                )
                mentions = sorted([*mentions, new], key=lambda x: x.title)
                out.append(new)
    return _finales_after_chains(found, out)


def _cues(text: str, block: Block) -> list[re.Match[str]]:
    followed = may_contain(text[block.start : block.end], ("followed",))  # every `_FOLLOWED` match's
    found = [
        *(_FOLLOWED.finditer(text, block.start, block.end) if followed else ()),
        *_CONTINUED.finditer(text, block.start, block.end),
    ]
    return sorted(found, key=lambda c: c.start())


def _chain_before(
    text: str, blocks: list[Block], i: int, cue: re.Match[str], mentions: list[EpisodeMention]
) -> list[EpisodeMention]:
    """The titles a cue goes on from: its own block's before it, else ("Volume 2 opens with")
    the previous block's."""
    block = blocks[i]
    before = [x for x in mentions if x.block_index == block.index and x.title[1] <= cue.start()]
    if cue.re is _CONTINUED and not before and i and _NEXT_PART.match(text, block.start, cue.start()):
        before = [x for x in mentions if x.block_index == blocks[i - 1].index]
    return before


def _finales_after_chains(found: list[EpisodeMention], out: list[EpisodeMention]) -> list[EpisodeMention]:
    """The new chain titles, and an unnumbered finale placed after a complete chain 1..N (`after`)."""
    chained: list[EpisodeMention] = []
    for m in sorted([*found, *out], key=lambda x: x.title):
        if m.finale and m.number is None:
            numbers = [x.number for x in chained if x.number is not None]
            if numbers and sorted(numbers) == list(range(1, len(numbers) + 1)) and len(numbers) >= 2:
                m = replace(m, after=len(numbers))
        chained.append(m)
    return [m for m in chained if m.rule == "episodes.followed_by" or m.after is not None]


_ORDINAL = "|".join(k for k in ORDINALS if k != "final")
# "The fifth and sixth episodes are 'A' and 'B'"
_ORDINAL_INITIALS = "".join(sorted({k[0] for k in ORDINALS if k != "final"}))
_ORDINAL_PAIR = re.compile(  # (the lookahead, an ordinal's first letter, rules out most positions)
    rf"(?=[{_ORDINAL_INITIALS}])\b({_ORDINAL})\s+and\s+({_ORDINAL})\s+episodes\s*"
    rf"(?:,\s*|\s(?:are|were|will\s+be)\s+)(?:titled\s+|called\s+)?"
    rf"(?=[{_QUOTES}])",
    re.I,
)
# "..., and the seventh is 'C'", "The fifth, 'E', airs next week": the ordinal alone, after episodes
# were the subject
_ORDINAL_ALONE = re.compile(
    rf"\bthe\s+({_ORDINAL})(?:\s+one)?(?:\s+(?:is|was|will\s+be)\s+|\s*,\s*)(?:titled\s+|called\s+)?(?=[{_QUOTES}])",
    re.I,
)
# "the first two episodes are 'A' and 'B'", "names the first three episodes 'A', 'B' and 'C'"
_FIRST_N = re.compile(
    rf"\b(?:first|opening)\s+(two|three|four|five|six|[2-6])\s+episodes\s*"
    rf"(?:,\s*|:\s*|\s(?:are|were|will\s+be)\s+|\s)(?:titled\s+|called\s+)?(?=[{_QUOTES}])",
    re.I,
)
_EPISODE_WORD = re.compile(r"\bepisodes?\b", re.I)
# what every match holds: "episodes" (`_ORDINAL_PAIR`, `_FIRST_N`), an ordinal (`_ORDINAL_ALONE`)
ORDINAL_WORDS = tuple(k for k in ORDINALS if k != "final")


def ordinal_titles(text: str, blocks: list[Block]) -> list[EpisodeMention]:
    """Titles numbered by ordinals in prose: "The fifth and sixth episodes are 'A' and 'B', and the
    seventh is 'C'", "the first two episodes are 'A' and 'B'". The bare ordinal counts only after the
    word "episode" in the same block."""
    out: list[EpisodeMention] = []
    for block in blocks:
        body = text[block.start : block.end]
        plural, ordinal = may_contain(body, ("episodes",)), may_contain(body, ORDINAL_WORDS)
        for m in _ORDINAL_PAIR.finditer(text, block.start, block.end) if plural else ():
            first, second = ORDINALS[m.group(1).lower()], ORDINALS[m.group(2).lower()]
            for number, span in zip((first, second), quoted_run(text, m.end(), block.end), strict=False):
                out.append(_ordinal_mention(block, m.start(), span, number))
        for m in _FIRST_N.finditer(text, block.start, block.end) if plural else ():
            titles = quoted_run(text, m.end(), block.end)
            if len(titles) == number_value(m.group(1)):  # the count says the run is whole
                out += [_ordinal_mention(block, m.start(), span, k + 1) for k, span in enumerate(titles)]
        for m in _ORDINAL_ALONE.finditer(text, block.start, block.end) if ordinal else ():
            alone = quoted_at(text, m.end(), block.end)
            if alone is not None and _EPISODE_WORD.search(text, block.start, m.start()):
                out.append(_ordinal_mention(block, m.start(), alone, ORDINALS[m.group(1).lower()]))
    return out


def _ordinal_mention(block: Block, cue: int, span: Offsets, number: int) -> EpisodeMention:
    return EpisodeMention(
        "episodes.ordinal", span, block.kind, block.index, (block.start, span[1]), number=number
    )
