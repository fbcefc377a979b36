"""Episode facts: titles (prose lists, "Episode 3, titled ...", 'Episode 2, "Title"', "Episode 1: 'Title'"
lines, numbered lists with or without a synopsis under each item), and the episode count and
runtime a release takes from the sentences around it (`borrow_counts`).

Both this module and `rules.releases` read the matches of release_rules.json (`rules.hits`).
Only quoted text that an episode cue introduces is read as a title, so a quoted remark or a
show's own name never becomes an episode. A number is kept only when the text states it; a
prose list's running order is recorded separately (with whether the list calls itself complete)
and assemble decides whether that order may stand for episode numbers.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.hits import Hit, SentenceHits, collect_hits, number_value, stated_counts
from hsextract.rules.titles import _MONTH_NAME, _WEEKDAY_NAME, seasons_in
from hsextract.textnorm import may_contain

__all__ = [
    "SCHEDULE",
    "EpisodeMention",
    "Hit",
    "borrow_counts",
    "collect_hits",
    "find_episodes",
    "merge_mentions",
    "quoted_at",
    "quoted_run",
    "real_titles",
]

Offsets = tuple[int, int]
INTRO_REACH = 40  # chars from the end of "the names of each episode are" to the first quoted title
LINE_TITLE_WORDS = 8  # an unquoted title on an "Episode 2: ..." line is at most this long
_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+|or\s+)?|and\s+|&\s+|or\s+|/\s*)?")  # "A"/"B" too
_TRAILING = ",.;:*_"  # and markdown emphasis: "Episode 1: **Title**"
_RUNTIME = re.compile(r"\(\s*(\d{1,3})\s*(?:minutes|mins?)\.?\s*\)|\b(\d{1,3})[- ](?:minutes?|mins?)\b", re.I)
_WORD = r"[A-Z0-9][\w'’&/-]*"
_UNQUOTED = re.compile(_WORD + r"(?:\s+(?:" + _WORD + r"|of|the|a|an|and|in|on|at|to|for|with))*")
# A line's title ends at a dash, a bracket or a bar; at a comma only when a date or lower-case words
# follow ("Title, May 9", "Title, airs ..."): "Mind the Gap, Little Brother" stays whole.
_DATE_WORD = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_LINE_TITLE = re.compile(r"(.+?)(?=\s+[–—-]\s+|\s*\(|\s*[;|]\s|,\s+(?:[a-z0-9]|" + _DATE_WORD + r")|,?$)")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=[“\"‘'])")
_EPISODE_WORD = re.compile(r"\bepisodes?\b|\btitles\b", re.I)
_NAMING_WORD = re.compile(r"(?:titled|called|named|entitled)\s*,?\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
LIST_HEAD = re.compile(r"\s*\d{1,2}[.)]\s+[A-Z][^.!?]*$")  # "3. Other Show (Hulu)": a listicle entry
FIRST_EPISODE_WORDS = frozenset(
    {"pilot", "opener", "premiere", "opening", "debut"}
)  # "The premiere, 'X'" is 1
LAST_EPISODE_WORDS = frozenset({"finale", "final", "last"})  # "The final episode, 'X'": the last one
SCHEDULE = re.compile(
    r"\b(?:weekly|each week|every (?:week|\w+day)|\w+-episode premiere|(?:one|an(?: episode)?|two) a week)\b",
    re.IGNORECASE,
)
SCHEDULE_WORDS = ("week", "day", "premiere")  # every SCHEDULE match holds one


@dataclass(frozen=True)
class EpisodeMention:
    """One episode title as the text gives it, with what the text says about its number and runtime."""

    rule: str
    title: Offsets  # without quotes and sentence punctuation: the evidence span
    block_kind: str
    block_index: int
    context: Offsets  # the text whose season/show the title belongs to (intro sentence or line)
    number: int | None = None  # stated in the text
    order: int | None = None  # position in a prose list
    list_start: int | None = None  # identifies the list a title belongs to
    list_size: int = 0
    complete: bool = False  # the list presents itself as every episode, in order
    runtime: int | None = None
    block_count: int | None = None  # an episode count stated in the list's own paragraph
    finale: bool = False  # "The finale, 'X'": the last episode, numbered by a stated episode count
    after: int | None = None  # a finale's place: the number of the last title of the chain before it
    season: int | None = None  # stated by the line's own label ("2x1 – Title")
    show: Offsets | None = None  # the show the line itself names ("8:00 Show #45 "Title" ...")
    premiere: bool = False  # flagged the season's premiere: its season is the show's premiering one


_PLURAL_POSSESSIVE = re.compile(r"s['’]\s+[A-Z]")
POSSESSIVE_REACH = 40  # chars from a plural possessive's quote to the title's closing quote


def quoted_at(text: str, pos: int, limit: int) -> Offsets | None:
    """(start, end) of the title inside the quotes opening at `pos`, sentence punctuation trimmed."""
    if pos >= limit or text[pos] not in _PAIRS:
        return None
    close = _PAIRS[text[pos]]
    pattern = re.escape(close) + (r"(?![A-Za-z])" if close in "'’" else "")
    m = re.compile(pattern).search(text, pos + 1, limit)
    # "'The Ropers' Feast'": a plural possessive inside single quotes, when a closing quote follows
    while m is not None and close in "'’" and _PLURAL_POSSESSIVE.match(text, m.start() - 1):
        later = re.compile(pattern).search(text, m.end(), min(limit, m.end() + POSSESSIVE_REACH))
        if later is None or any(c in ".;!?\n" for c in text[m.end() : later.start()]):
            break
        m = later
    if m is None or m.start() - pos > 120 or (text[pos] in "“‘" and text[pos] in text[pos + 1 : m.start()]):
        return None  # too long to be a title, or a second opening quote: the first one was never closed
    start, end = pos + 1, m.start()
    while end > start and (text[end - 1] in _TRAILING or text[end - 1].isspace()):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if end > start else None


def quoted_run(text: str, pos: int, limit: int) -> list[Offsets]:
    """Consecutive quoted titles from `pos`: “A,” “B,” and “C.”"""
    titles: list[Offsets] = []
    while True:
        sep = _SEPARATOR.match(text, pos, limit)
        at = sep.end() if sep else pos
        span = quoted_at(text, at, limit)
        if span is None:
            return titles
        titles.append(span)
        close = text.find(_PAIRS[text[at]], span[1], limit)
        pos = close + 1


_OPENING_QUOTE = re.compile(r"(?:(?<=\s)|^)[“\"‘]")


def _runtime(text: str, start: int, limit: int) -> int | None:
    """The runtime stated after a title in its sentence, before the next quoted title ('"A", was
    written by X, while the finale, "B", runs to 75 minutes': B's)."""
    end = m.start() + 1 if (m := _SENTENCE_END.search(text, start, limit)) else limit
    end = q.start() if (q := _OPENING_QUOTE.search(text, start + 1, end)) else end
    found = _RUNTIME.search(text, start, end)
    return int(found.group(1) or found.group(2)) if found else None


def _block_of(blocks: list[Block], starts: list[int], pos: int) -> Block | None:
    i = bisect.bisect_right(starts, pos) - 1
    return blocks[i] if i >= 0 and blocks[i].start <= pos < blocks[i].end else None


def _sentence_start(text: str, block: Block, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, block.start, pos)]
    return ends[-1] if ends else block.start


def _prose_list(text: str, block: Block, intro: Hit, hits: list[Hit]) -> list[EpisodeMention]:
    limit = min(block.end, intro.end + INTRO_REACH)
    candidates = [p for q in _PAIRS if (p := text.find(q, intro.end, limit)) >= 0]
    if not candidates or _SENTENCE_END.search(text, intro.end, min(candidates)):
        return []
    pos = min(candidates)
    titles = quoted_run(text, pos, block.end)
    if len(titles) < 2 and not _NAMING_WORD.search(text, intro.end, pos):
        return []
    intro_span = (_sentence_start(text, block, intro.start), pos)
    say = {h.rule for h in hits if intro_span[0] <= h.start and h.end <= intro_span[1]}
    complete = "episodes.complete" in say and "episodes.partial" not in say
    count, _ = stated_counts(text, [h for h in hits if block.start <= h.start and h.end <= block.end])
    return [
        EpisodeMention(
            intro.rule,
            t,
            block.kind,
            block.index,
            (block.start, pos),
            order=k + 1,
            list_start=pos,
            list_size=len(titles),
            complete=complete,
            block_count=count,
        )
        for k, t in enumerate(titles)
    ]


def _opens(text: str, block: Block, hit: Hit) -> bool:
    """The hit starts its own block: a line of a list, one episode per line; a season label or a guide
    page's link label may come first ("Series 3 - Episode 2: Title", "Next: Series 3 - Episode 3: ...")."""
    lead = text[block.start : hit.start]
    return bool(_LINE_LEAD.fullmatch(lead) or (_CODE.match(text, hit.start) and _CODE_LEAD.fullmatch(lead)))


_CALENDAR = re.compile(
    r"\d|\b(?:" + _MONTH_NAME + "|" + _WEEKDAY_NAME + r"|today|tonight|tomorrow|yesterday)\b", re.I
)
_LINE_LEAD = re.compile(
    r"[\s←→<>«»•*-]*(?i:(?:previous|prev|next|up next|coming up)\s*:\s*)?"
    # the show may come first: "Brackfell season 3 episode 1: January 4", or quoted with a page's label
    # after it ("'Brackfell' recap, season 3 episode 1: Title")
    r"(?:(?:[A-Z][\w'’&-]*\s+){0,6}(?i:season|series)\s+\w+\s*(?:[,:–—-]\s*)?"
    r"|(?:[“\"‘']?[A-Z][\w'’&-]*[”\"’']?\s+){1,6}(?i:recap|review|preview)\s*[,:]?\s+"
    r"(?i:season|series)\s+\w+\s*(?:[,:–—-]\s*)?)?"
)
# before an episode code the show alone may come first: "Brackfell 3x01 – Title", "'Brackfell' 3x01"
_CODE_LEAD = re.compile(r"\s*(?:[“\"‘']?[A-Z][\w'’&-]*[”\"’']?\s+){1,6}")
_CODE = re.compile(r"\d{1,2}[xX×]\d{1,2}\b|[Ss]\d{1,2}[Ee]\d{1,3}\b")


_DASH = re.compile(r"\s+[–—-]\s+")
# what a page promises after an episode label, not a title: "release date", "where to watch"
_BLURB = re.compile(
    r"\b(?:release|air|premiere)\s+(?:date|time|schedule)s?\b|\b(?:where|how)\s+to\s+(?:watch|stream)\b"
    r"|\bwhat\s+(?:time|to\s+expect)\b|\bending\s+explained\b|\bspoilers?\b",
    re.IGNORECASE,
)
_LINE_BREAKS = re.compile(r"[(|;]|\s[–—-]\s|\b\d")  # a date, runtime or credit after the title


def _no_title(text: str, span: Offsets) -> bool:
    """An empty span, or a headline's "Show Season 2 Episode 5: release time, cast and where to watch"."""
    return span[1] <= span[0] or (text[span[0] - 1] not in _PAIRS and bool(_BLURB.search(text, *span)))


def _short(text: str, start: int, end: int) -> bool:
    return 0 < len(text[start:end].split()) <= LINE_TITLE_WORDS


def _label_number(text: str, hit: Hit) -> tuple[int | None, int | None]:
    """(season, number) of an episode label; a production code "Ep. 301" is season 3, episode 1."""
    if code := next((int(text[s:e]) for name, s, e in hit.slots if name == "code"), None):
        season, number = divmod(code, 100)
        return season, number
    if sxe := next((text[s:e] for name, s, e in hit.slots if name == "sxe"), None):  # "S3E2"
        season, number = (int(n) for n in re.findall(r"\d+", sxe))
        return season, number
    if any(name == "opener" for name, _, _ in hit.slots):  # "the season opens with 'X'": its first
        return None, 1
    return None, next((number_value(text[s:e]) for name, s, e in hit.slots if name == "n"), None)


_NAMING_WORD = re.compile(r"(?:titled|called|named|entitled)\s+", re.IGNORECASE)
_FINAL = re.compile(r"(?:final|last)\b", re.IGNORECASE)
_PAIRED_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+and\s+$", re.IGNORECASE
)
# "titled simply 'X'", "titled, with the usual cheer, 'X'": a word or an aside between name and title
_NAMED_BEFORE = re.compile(r"(?:titled|called|named|entitled)[\s,]*$", re.IGNORECASE)
_ASIDE = re.compile(r"(?:[a-z][^“\"‘'.;!?,]{0,40},\s*)?(?:simply\s+|just\s+)?(?=[“\"‘'])")
_NEXT_LABEL = re.compile(r"\s+(?:Episode|Ep\.?)\s+\d{1,2}\s*[:–—-]\s")
_DATE_FIELD = re.compile(
    r"(?:original(?:ly)?\s+)?(?:air\s*date|airdate|aired|first\s+aired)\s*:", re.IGNORECASE
)


def _title_start(text: str, block: Block, hit: Hit) -> int:
    """Where the title after a label starts: past separators and a naming word ("Episode 204, titled")."""
    pos = hit.end - 1 if text[hit.end - 1] in _PAIRS else hit.end
    while pos < block.end and text[pos] in " \t,:–—-.*_":
        pos += 1
    if _DATE_FIELD.match(text, pos, block.end):  # "Season 2, Episode 1 - Air Date: 3/4/2026": no title here
        return block.end
    naming = _NAMING_WORD.match(text, pos, block.end)
    pos = naming.end() if naming else pos
    if _NAMED_BEFORE.search(text, max(block.start, pos - 20), pos) and (
        aside := _ASIDE.match(text, pos, block.end)
    ):
        pos = aside.end()
    return pos


def _before_next_label(text: str, span: Offsets | None, line: bool) -> Offsets | None:
    """A line's title up to the next label: "Episode 4: Salt Marsh Episode 5: ..." is a list run together.
    An unquoted one starts with a capital: "Show Season 2 Episode 5: release date and time" has none."""
    if span and line and text[span[0]].islower() and text[span[0] - 1] not in _PAIRS:
        return None
    nxt = _NEXT_LABEL.search(text, span[0], span[1]) if span and line else None
    return (span[0], nxt.start()) if span and nxt else span


def _second_of_pair(text: str, block: Block, hit: Hit) -> bool:
    """ "The second and third episodes, 'A' and 'B'": the pair's (episode_lists), not "third and final"."""
    return bool(
        _PAIRED_ORDINAL.search(text, max(block.start, hit.start - 20), hit.start)
    ) and not _FINAL.match(text, hit.start)


def _titled(text: str, block: Block, hit: Hit, dates: list[int]) -> EpisodeMention | None:
    """'Episode 3, titled "X"' anywhere; 'Episode 1: X' as a line may leave its title unquoted."""
    season, number = _label_number(text, hit)
    pos = _title_start(text, block, hit)
    span = quoted_at(text, pos, block.end)
    # A line's title may be unquoted, but "Episode 4 – Monday 27 October" has none.
    line = hit.rule == "episodes.line" and _opens(text, block, hit) and pos not in dates
    if span is None and hit.rule == "episodes.titled" and (m := _UNQUOTED.match(text, pos, block.end)):
        span = (m.start(), m.end())
    elif (
        span is None
        and line
        and (dash := _DASH.search(text, pos, block.end))
        and _short(text, pos, dash.start())
    ):
        span = (pos, dash.start())  # "Episode 1 – Salt, or Sand – Sunday 4th May": to the next dash
    elif (
        span is None
        and line
        and _short(text, pos, block.end)
        and not _LINE_BREAKS.search(text, pos, block.end)
    ):
        end = block.end  # "Episode 1: Salt, or Sand" and nothing else: the rest of the line
        while end > pos and text[end - 1] in _TRAILING:
            end -= 1
        span = (pos, end)
    elif (
        span is None
        and line
        and (m := _LINE_TITLE.match(text, pos, block.end))
        and len(m.group(1).split()) <= LINE_TITLE_WORDS
    ):  # longer is a synopsis, not a title
        span = (m.start(1), m.start(1) + len(m.group(1).rstrip(_TRAILING + " ")))
    span = _before_next_label(text, span, line)
    if span is None or _no_title(text, span):
        return None
    context = (_sentence_start(text, block, hit.start), span[1])
    named = text[hit.start : hit.end].split()[0].strip(",:").lower()  # "The pilot, 'X'" is episode 1
    return EpisodeMention(
        hit.rule,
        span,
        block.kind,
        block.index,
        context,
        number=1 if number is None and named in FIRST_EPISODE_WORDS else number,
        runtime=_runtime(text, span[1], block.end),
        finale=named in LAST_EPISODE_WORDS,
        season=season,
    )


def _numbered(
    text: str, blocks: list[Block], block: Block, hit: Hit, previous: EpisodeMention | None
) -> EpisodeMention | None:
    """'3. “Title”' opening a line under an intro or heading that talks about episodes.

    An item numbered one more than the list's previous item continues that list even when a
    synopsis paragraph stands between them ('1. "Dust"', a paragraph, '2. "Ashes"', ...).
    """
    span = quoted_at(text, hit.end - 1, block.end)
    if span is None or not _opens(text, block, hit):
        return None
    number = number_value(text[hit.slots[0][1] : hit.slots[0][2]])
    if (
        previous is not None
        and previous.number is not None
        and number == previous.number + 1
        and not any(
            b.kind in {"heading", "title"} for b in blocks if previous.block_index < b.index < block.index
        )
    ):
        context = previous.context
    else:
        earlier = blocks[: blocks.index(block)]
        intro = next((b for b in reversed(earlier) if not _NUMBERED.match(b.text)), None)
        if intro is None or not _EPISODE_WORD.search(intro.text):
            return None
        context = (intro.start, intro.end)
    return EpisodeMention(
        hit.rule,
        span,
        block.kind,
        block.index,
        context,
        number=number,
        runtime=_runtime(text, span[1], block.end),
    )


def find_episodes(
    text: str, blocks: list[Block], hits: list[Hit]
) -> tuple[list[EpisodeMention], dict[int, Offsets]]:
    """Episode mentions, and block index -> "Episode N" label span for lines that are one episode each."""
    starts = [b.start for b in blocks]
    # where a date starts: a title after "Episode 2:" may be what the model calls a DATE ("Four Days
    # to Ravenscar", "The Long Weekend"), a calendar date is not
    dates = [
        h.start
        for h in hits
        if h.rule.startswith("date.") and (h.rule != "date.ner" or _CALENDAR.search(text, h.start, h.end))
    ]
    out: list[EpisodeMention] = []
    numbered: list[EpisodeMention] = []
    lines: dict[int, Offsets] = {}
    for hit in hits:
        if not hit.rule.startswith("episodes.") or (block := _block_of(blocks, starts, hit.start)) is None:
            continue
        if hit.rule == "episodes.intro":
            out += _prose_list(text, block, hit, hits)
        elif (
            hit.rule == "episodes.numbered"
            and (found := _numbered(text, blocks, block, hit, numbered[-1] if numbered else None)) is not None
        ):
            out.append(found)
            numbered.append(found)
        elif hit.rule in {"episodes.titled", "episodes.line"}:
            if (
                not _second_of_pair(text, block, hit)
                and (found := _titled(text, block, hit, dates)) is not None
            ):
                out.append(found)
            if _opens(text, block, hit):  # 'Episode 2, "Title": May 9' as its own line: one episode per line
                lines[block.index] = (hit.start, max((e for _, _, e in hit.slots), default=hit.end))
    return merge_mentions(out), lines


# "Episodes 6-8: titles TBA", "Episode 4: To be announced": a title still to come is no title
_PLACEHOLDER = re.compile(
    r"\b(?:TBA|TBC|TBD|to be (?:announced|confirmed|revealed|determined)|not yet (?:announced|revealed))\b"
    r"|^(?:untitled|title unknown|unknown)$"
    # a bare label standing in for a title: '"Chapter 8," titled "X"', a database's "Episode #3.7"
    r"|^(?:episode|ep\.?|chapter)\s*#?\s*\d{1,3}(?:\.\d{1,3})?$"
    r"|^(?:(?:season|series)\s+\d{1,2},?\s+)?(?:episode|ep\.?)\s*\d{1,3},?\s+(?:season|series)\s+\d{1,2}$"
    r"|^(?:season|series)\s+\d{1,2},?\s+(?:episode|ep\.?)\s*\d{1,3}$",
    re.IGNORECASE,
)


def real_titles(text: str, mentions: list[EpisodeMention]) -> list[EpisodeMention]:
    return [m for m in mentions if not _PLACEHOLDER.search(text[m.title[0] : m.title[1]])]


def merge_mentions(mentions: list[EpisodeMention]) -> list[EpisodeMention]:
    """One mention per title span: a title found by two forms keeps the one that says most about
    its number (stated, then a place in a chain), then a drop ('"X" airs Thursday': the date is the
    episode's, not a release), else the first found."""
    taken: dict[Offsets, EpisodeMention] = {}
    for m in mentions:
        old = taken.get(m.title)
        if (
            old is None
            or ((old.number, old.after) == (None, None) and (m.number, m.after) != (None, None))
            or (m.rule == "episodes.drop" and _says_nothing(old) and _says_nothing(m))
        ):
            taken[m.title] = m
    return sorted(taken.values(), key=lambda m: m.title)


def _says_nothing(m: EpisodeMention) -> bool:
    """No number, place or position in a list: a bare title."""
    return (m.number, m.after, m.order) == (None, None, None) and not (m.finale or m.premiere)


def _list_head(v: SentenceHits) -> bool:
    """The sentence opens a listicle entry line ("3. Other Show (Hulu)")."""
    end = v.text.find("\n", v.span[0])
    return v.text[v.span[0] - 1 : v.span[0]] in {"", "\n"} and bool(
        LIST_HEAD.match(v.text, v.span[0], end if end >= 0 else len(v.text))
    )


def _statement_season(views: list[SentenceHits], j: int) -> int | None:
    """The season a sentence is about: the first it names, else the first named by the nearest earlier
    sentence of its paragraph that names one."""
    block = views[j].sentence.block_index
    members = _by_block(views)[block]  # the paragraph's sentences, not every sentence before j
    for k in reversed(members[: bisect.bisect_right(members, j)]):
        v = views[k]
        if found := seasons_in(v.text[v.span[0] : v.span[1]]):
            return found[0][2]
    return None


def _weekly(text: str, start: int, end: int) -> bool:
    return may_contain(text[start:end], SCHEDULE_WORDS) and bool(SCHEDULE.search(text, start, end))


class Stated(NamedTuple):
    """An undated sentence stating an episode count or runtime."""

    view: int  # index of the sentence
    season: int | None  # the season it is about
    episode_count: int | None
    runtime: int | None


@dataclass(frozen=True)
class _Sections:
    """The article's sentences cut into sections (at headings and listicle heads), and what each says."""

    of: list[int]  # section of each sentence
    weekly: set[int]  # sections stating a weekly schedule
    headings: dict[int, str]  # each section's first sentence
    listed: set[int]  # sections opened by a listicle head
    stated: list[Stated]

    @classmethod
    def read(cls, views: list[SentenceHits]) -> _Sections:
        heads = [_list_head(v) for v in views]
        sections = list(
            itertools.accumulate(
                int(v.sentence.block_kind in {"title", "heading"} or h)
                for v, h in zip(views, heads, strict=True)
            )
        )
        weekly = {sections[j] for j, v in enumerate(views) if _weekly(v.text, *v.span)}
        headings = {sections[j]: v.text[v.span[0] : v.span[1]] for j, v in reversed(list(enumerate(views)))}
        listed = {sections[j] for j, h in enumerate(heads) if h}
        stated = [  # a sentence without a count hit states neither count nor runtime
            Stated(j, _statement_season(views, j), *stated_counts(v.text, v.hits))
            for j, v in enumerate(views)
            if not v.dates and any(h.rule == "count.episodes" for h in v.hits)
        ]
        return cls(sections, weekly, headings, listed, stated)


_views_index: tuple[list[SentenceHits], int, dict[int, list[int]]] | None = None


def _by_block(views: list[SentenceHits]) -> dict[int, list[int]]:
    """Block index -> positions of its sentences in `views`, ascending; built once per list."""
    global _views_index
    cached = _views_index
    if cached is None or cached[0] is not views or cached[1] != len(views):
        index: dict[int, list[int]] = {}
        for k, v in enumerate(views):
            index.setdefault(v.sentence.block_index, []).append(k)
        cached = _views_index = (views, len(views), index)
    return cached[2]


def borrow_counts(mentions: list[tuple[int, DatedMention]], views: list[SentenceHits]) -> list[DatedMention]:
    """Episode count and runtime of a premiere or part: its own sentence's, else those of the undated
    sentences of its section ("All six episodes arrive on May 5. Each runs to about 50 minutes.",
    "The new season will run for eight episodes"), else of the article's opening ("X is a new six-part
    thriller"), that are about its season and, when the release names its show, sit under a heading
    naming it too. Under a weekly schedule, "premieres with two episodes" counts the first batch, not
    the season. A part takes only a runtime (its count is its own)."""
    if not any(m.category == "release" and m.kind in {"premiere", "part"} for _, m in mentions):
        return [m for _, m in mentions]
    sections = _Sections.read(views)
    return [
        _borrowed(i, m, views, sections) if m.category == "release" and m.kind in {"premiere", "part"} else m
        for i, m in mentions
    ]


def _about(views: list[SentenceHits], x: Stated, m: DatedMention) -> bool:
    if x.season:  # "The eight-episode second season": that season, or the release its paragraph is about
        return x.season in m.seasons or (
            not m.seasons and views[x.view].sentence.block_index == m.block_index
        )
    return not m.seasons or m.tense != "past"  # an unnumbered one describes the current season


def _borrowed(i: int, m: DatedMention, views: list[SentenceHits], sections: _Sections) -> DatedMention:
    """One premiere or part (of sentence `i`) with the count and runtime it takes (see borrow_counts)."""
    of = sections.of
    if of[i] in sections.weekly and m.episode_count:
        m = replace(m, episode_count=stated_counts(views[i].text, views[i].hits, batches=True)[0])
    near = _nearby(i, m, views, sections)
    near.sort(key=lambda x: (views[x.view].sentence.block_index != m.block_index, abs(x.view - i)))
    counts = {x.episode_count for x in near if x.episode_count}
    count = m.episode_count or (counts.pop() if m.kind == "premiere" and len(counts) == 1 else None)
    runtime = m.runtime or next((x.runtime for x in near if x.runtime), None)
    return replace(m, episode_count=count, runtime=runtime)


def _nearby(i: int, m: DatedMention, views: list[SentenceHits], sections: _Sections) -> list[Stated]:
    """The statements of the release's section about its season (else of the article's opening)."""
    of = sections.of
    name = views[i].text[slice(*m.subject)] if m.subject else ""
    near: list[Stated] = []
    for section in (of[i],) if of[i] in sections.listed else (of[i], of[0]):
        near = [
            x
            for x in sections.stated
            if of[x.view] == section
            and _about(views, x, m)
            and (not name or name in sections.headings[section])
            and (x.episode_count or x.runtime)
        ]
        if near:
            break
    return near
