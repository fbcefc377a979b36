"""Article context: which show, which season, which platform a sentence is about.

Shows are found by how articles name them, never by a list of titles: a capitalised run right
before "season N" / "series N", a quoted title, a numbered list heading "3. Title (Platform)".
The article's show is the candidate it mentions most; a heading naming a show scopes the
section under it (listicles cover many shows).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from hsextract.ingest import Block
from hsextract.rules.heads import (
    _COMMA_FACT,
    _DASH_FACT,
    _DATE_FIRST_ENTRY,
    _DATED_FACT,
    _EPISODE_COUNT,
    _FACT_LINE,
    _HEAD_LABEL,
    _TITLE_ONLY,
    _WORDY,
    SCHEDULE_LABEL,
    _pipe_season,
    column_network,
    day_heading,
    entry_head,
    lead_entry,
    numbered_heads,
    slot_heads,
    table_shows,
)
from hsextract.rules.questions import question_title
from hsextract.rules.titles import (
    _DATE_LINE,
    _NUM,
    _TITLE,
    _TITLE_RUN,
    ORDINALS,
    _clean_title,
    caps_titles,
    platforms_in,
    seasons_in,
    single_season,
)
from hsextract.rules.vocab import FUNCTION_WORDS, PLATFORMS
from hsextract.rules.week_lines import week_line_heads
from hsextract.textnorm import has_word, word_spans

_BEFORE_SEASON = re.compile(
    r"("
    + _TITLE_RUN
    + r")(?:(?:'s|’s)?\s+|(?:,|\s+[–—-])\s*(?=(?i:season|series)\s))(?:(?i:season|series)\s+(?i:"
    + _NUM
    + r")\b|"
    r"(?i:\d{1,2}(?:st|nd|rd|th)|"
    + "|".join(k for k in ORDINALS if k != "final")
    + r")\s+(?i:season|series)\b)"
)
# "Title Anime's 2nd Season", "Title Drama Season 2": a format word glued to the title is not part of it
_FORMAT_TAIL = re.compile(r"\s+(?:Anime|Drama|K-Drama|TV Series|Series|Show|Sitcom|Docuseries)(?:['’]s)?$")
# "the first season of Title", "season 2 of Title"
_ORDINAL_WORDS = "|".join(k for k in ORDINALS if k != "final")
_A_SEASON = rf"(?:season|series)\s+{_NUM}|(?:{_ORDINAL_WORDS})\s+(?:season|series)"
_SEASON_INITIALS = "".join(sorted({"s"} | {k[0] for k in ORDINALS if k != "final"}))
_POSSESSOR = re.compile(r"['’]s$")
# "the third season of AMC's Iowa river-town drama": a name before a genre noun is its modifier
_GENRE_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}\s+(?:drama|comedy|thriller|series|show|sitcom|mystery|procedural|western|"
    r"saga|soap|dramedy|romance|serial|anime|anthology|docuseries|miniseries)\b"
)
_SEASON_OF = re.compile(  # (the lookahead: the first letters of "season"/"series" and the ordinals)
    rf"(?=(?i:[{_SEASON_INITIALS}]))\b(?i:" + _A_SEASON + r")\s+of\s+(?P<title>" + _TITLE + r")"
)
# Headlines that open with their subject: "Title: ...", "Title review: ...", "Title episode guide – ...",
# "Title returns: ..."
_HEADLINE_SUBJECT = re.compile(
    r"\s*(" + _TITLE + r")(?:(?:,?\s+(?i:review|recap|cast|voice cast|episode guide|guide|trailer|"
    r"ending explained|(?:episode |season |series )?(?:release dates?|release schedule|release time|"
    r"schedule)|first look|"
    r"finale|premiere|season \d+,? episode \d+|season \d+|"
    r"series \d+|returns|is back|is returning|renewed|cancell?ed|canceled|preview|"
    r"\d{1,2}x\d{1,3}|s\d{1,2}\s?e\d{1,3})){0,3}\s*[:–—|]"
    # or a news headline whose verb follows the title: "X renewed for a fourth season", "X axed"
    r"|\s+(?i:renewed|cancell?ed|axed|saved|returns|is back|is returning|is ending|ends|to end)\b)"
)
# 'Episode 6, titled "Codicil"', 'The finale, "Ebb Lantern"': an episode's title, not a show's.
_EPISODE_CUE = re.compile(
    r"(?i:\b(?:episode\s+\w+|episodes?|ep\.?\s*\d{1,2}|(?:en)?titled|called|named|finale|premiere|pilot|opener"
    # 'Show 2x04 "Title" review', 'Show 2x04 review: "Title"'
    r"|(?:\d{1,2}x\d{1,3}|s\d{1,2}\s?e\d{1,3})(?:\s+(?:recap|review|preview))?))\W*$"
)
# '"Ashes and Oars" (season 2, episode 5)', '“Lamplight” (S2E3)': a title labelled as an episode after it
_EPISODE_LABEL_AFTER = re.compile(
    r"\s*\(\s*(?:(?:(?:season|series)\s+\d{1,2},?\s+)?(?:episode|ep\.?)\s*\d|S\d{1,2}\s*E\d|\d{1,2}x\d)"
    # '"X" is the title of the third episode'
    r"|\s+(?:is|was)\s+the\s+(?:title|name)\s+of\s+(?:the|its)\s+(?:\w+\s+)?episode\b",
    re.I,
)
# Quotes must pair: in “She's right,” the apostrophe does not close the “ (no "She" show).
# (The lookahead, an opening quote, rules out most positions at once.)
_QUOTED = re.compile(
    r"(?=[“\"‘'])(?:(?<=\s)|^)(?:“(" + _TITLE + r")”|\"(" + _TITLE + r")\"|‘(" + _TITLE + r")’"
    r"|'(" + _TITLE + r")')(?=[\s.,:;!?s]|$)"
)
# Osmunda “Mudge” Wrexbury: a nickname inside a person's name, not a title.
_NAME_BEFORE, _NAME_AFTER = re.compile(r"[A-Z][\w'’.-]*\s$"), re.compile(r"\s[A-Z]")


# "Pick of the week: Title, season 2": a heading that is only a show's name (and season) opens its section
# "SKELWITH ROW: THE BIG ONE": a show's name in capitals, then the section's tagline
_TAGLINE_HEAD = re.compile(r"^\s*([A-Z][A-Z0-9&'’ -]{2,60}?):\s+[A-Z0-9]")
_SEASON_HEAD = re.compile(
    r"^\s*" + _HEAD_LABEL + r"(" + _TITLE + r")(?:,|\s+[–—-])?\s+(?i:season|series)\s+\w+"
    r"(?:\s+(?i:episode guide|episode list|episodes|episode schedule|release schedule))?\s*$"
)  # "Title – season 2", "Title season 2 episode guide" too


# "Still going: The Ember Gate", "Pick of the week: Title": a label of two to four words before a
# show's name; not a fact field ("Where to watch: Netflix"), a film's label ("Movie of the week: X") or
# a dub line ("Kenji: Jane Roe")
_LABELLED_HEAD = re.compile(r"^\s*([A-Z][a-z]+(?:\s+[a-z]+){1,3}):\s+(" + _TITLE + r")\s*$")
_FACT_LABEL_WORDS = frozenset(
    """
    starring stars cast creator created director directed writer written genre rating runtime episodes
    where when release premiere premieres network platform channel seasons season series time date
    watch streaming available starts returns out showrunner producer voice voices with host hosts
    movie film films movies documentary special book album podcast by played plays portrayed voiced role
    actor actress character name pictured company production publicity picture press contact us
    slot timeslot broadcast airtime schedule
    """.split()
)


# a status board's entry head: "CANCELED: 'The Show'", "Renewed: The Show", "SAVED!: 'The Show'"
_STATUS_HEAD = re.compile(
    r"^\s*(?i:renewed|cancell?ed|saved|axed|ended(?: as planned)?|ending|on the bubble|awaiting decision)"
    r"!?:\s+"
    r"[‘'\"“]?(" + _TITLE + r")[’'\"”]?\s*$"
)


def labelled_show(heading: str) -> str | None:
    """The show a "Label: Title" heading names, else None."""
    if status := _STATUS_HEAD.match(heading):
        return _clean_title(status.group(1))
    m = _LABELLED_HEAD.match(heading)
    if m is None or set(m.group(1).lower().split()) & _FACT_LABEL_WORDS:
        return None
    return _clean_title(m.group(2))


def _season_head(text: str, heading: str, ctx: ArticleContext) -> str | None:
    """A heading that is only a known show's name (and season) opens that show's section; so does a
    show's name in capitals before a tagline ("SKELWITH ROW: THE BIG ONE")."""
    if (labelled := labelled_show(heading)) and (title := _best_suffix(text, labelled)):
        return title  # "Still going: The Ember Gate"
    for m in (_SEASON_HEAD.match(heading) or _TITLE_ONLY.match(heading), _TAGLINE_HEAD.match(heading)):
        title = _best_suffix(text, heading.strip() if m.re is _TITLE_ONLY else m.group(1)) if m else None
        title = prose_case(text, title) if title else None  # "MARLSTONE, series 2" over "Marlstone's ..."
        if title in ctx.strong_shows:
            return title
    return None


_AIRS_ON = re.compile(r"\b(?:on|to|via|exclusively on|from|at)\s+$", re.IGNORECASE)
# "The Drama on BBC One: release date": the platform is not part of the title
_ON_PLATFORM = re.compile(r"\s+(?:on|at)\s+(?:" + "|".join(re.escape(p) for p in PLATFORMS) + r")$")
_WHETHER = re.compile(
    r"(?i)\s*(?:will|is|are|could|has|have|might|can)\b.*\b(?:there be|renew|return|come|get)\b.*\?\s*$"
)


def headline_season(blocks: list[Block]) -> int | None:
    """The season the headline names: the first title or heading line before the body that names
    one (a breadcrumb line such as "Home > TV" can stand first)."""
    for b in blocks:
        if b.kind == "paragraph" or (b.kind != "title" and "|" in b.text):
            return None  # the body has begun (a table row is body, a "Title | Outlet" headline is not)
        if b.kind in {"title", "heading"} and not _WHETHER.match(b.text) and (found := single_season(b.text)):
            return found  # "Will there be a season 2?" names no season the article is about
    return None


def _list_line(blocks: list[Block], k: int) -> bool:
    """A heading-like line next to a line of the same shape (same first word): one line of a list."""
    first = blocks[k].text.split()[0]
    # an episode line typed a heading ("Episode 3 - Who Minds the Till?") between lines typed paragraphs
    kinds = {"heading", "paragraph"} if _EPISODE_WORD.match(first) else {"heading"}
    return any(
        0 <= j < len(blocks)
        and blocks[j].kind in kinds
        and len(blocks[j].text) <= LIST_LINE_CHARS
        and blocks[j].text.split()[0] == first
        for j in (k - 1, k + 1)
    )


_EPISODE_WORD = re.compile(r"(?i:episode|ep\.?|chapter)$")
LIST_LINE_CHARS = 120  # a list's line; a paragraph of prose runs longer


MIN_SHORT_FORM = 4  # characters: a short form of a title is a word, not an abbreviation


@lru_cache(maxsize=4096)
def _spans(text: str, title: str) -> tuple[tuple[int, int], ...]:
    """Whole-word occurrences; cached because candidates are counted many times over one text
    (a str caches its own hash, so the long text costs nothing as a key)."""
    return tuple(word_spans(text, title))


def _count(text: str, title: str) -> int:
    return len(_spans(text, title))


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def _alone_count(text: str, suffix: str) -> int:
    """Mentions of a title's last words used on their own: not after another capitalised word
    ("Wystan" in "Lady Isolde Wystan" or in "Saint Wystan" is no short form of the show)."""
    return sum(1 for a, _ in _spans(text, suffix) if not _CAPITALISED_BEFORE.search(text, max(0, a - 30), a))


def _own_count(text: str, title: str, titles: list[str]) -> int:
    """Mentions of `title` that are not part of a longer candidate ("Hollow" in "The Hollow Sisters")."""
    longer = [s for t in titles if t != title and title in t for s in _spans(text, t)]
    return sum(1 for a, b in _spans(text, title) if not any(x <= a and b <= y for x, y in longer))


def _without_episode_titles(text: str) -> str:
    """The text with the quoted titles an episode cue introduces blanked: 'Episode 2: "Closing Time:
    Part One"' does not count as a mention of a show called "Closing Time"."""
    chars = list(text)
    for m in _QUOTED.finditer(text):
        if _EPISODE_CUE.search(text, max(0, m.start() - EPISODE_CUE_REACH), m.start()) or (
            _EPISODE_LABEL_AFTER.match(text, m.end())
        ):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


EPISODE_CUE_REACH = 40  # characters before a quote that may hold its episode cue


def _quoted(text: str, headline: bool = False) -> list[str]:
    """Quoted titles in a block, leaving out the titles an episode cue introduces and, in prose (a
    headline capitalises every word), nicknames between a first and a last name."""
    # a character heading ("NAN 'PIP' PELLOW – played by ...") quotes a nickname, as prose does
    headline = headline and not _PLAYED_BY.search(text)
    return [
        next(g for g in m.groups() if g)
        for m in _QUOTED.finditer(text)
        if (headline or not (_name_before(text, m.start()) and _NAME_AFTER.match(text, m.end())))
        and not _EPISODE_CUE.search(text, _cue_window(text, m.start()), m.start())
        and not _SONG_CUE.search(text, _cue_window(text, m.start()), m.start())
        and not _EPISODE_LABEL_AFTER.match(text, m.end())
    ]


_PLAYED_BY = re.compile(r"\b(?:played|portrayed|voiced)\s+by\b", re.IGNORECASE)
# 'performs the ending theme song "Hand to Hand"', 'the single "Tailwind"': a song, not a show
_SONG_CUE = re.compile(r"(?i:\b(?:song|theme|single|track|album|anthem|ballad|tune))\W*$")
# 'the original television anime Title (...)', 'the fantasy drama Title', 'Title Anime Reveals ...':
# a format noun names the show after it in prose, or before it in a headline
_FORMAT_BEFORE = re.compile(
    r"\b(?i:the|an?|new|original|television|tv|animated|upcoming|hit)\s+"
    # not a season: "In the first series Morwen solved ...", "the last series Ned was ..."
    r"(?!(?:first|second|third|fourth|fifth|sixth|last|next|previous|latest|current|final|whole|entire)\s)"
    r"(?:[a-z-]+\s+){0,2}(?:anime|series|drama|sitcom|miniseries|docuseries|k-drama|soap)\s+(" + _TITLE + r")"
)
# a press pack's programme information: "Title: Reedmere", "Programme: Reedmere"
_TITLE_FIELD = re.compile(
    r"^(?i:title|programme|programme title|series title|show)\s*:\s*(" + _TITLE + r")\s*$"
)
# "Tollmere airs weeknights at 7pm on ITV1": what airs on a channel is a show
_AIRS_ON_PLATFORM = re.compile(
    r"(?:^|(?<=[.!?]\s))(" + _TITLE + r")\s+(?:airs|streams|continues|goes out|is broadcast)\b[^.!?]{0,40}?"
    r"\bon\s+(?:" + "|".join(re.escape(p) for p in PLATFORMS) + r")\b"
)
# a streaming guide's entry with the platform as subject: "Apple TV+ drops the whole of Tollmere
# (all six episodes) today", "Netflix has Tollmere, a Korean thriller, all 12 episodes at once"
_PLATFORM_DROPS = re.compile(
    r"(?:^|(?<=[\s:]))(?:" + "|".join(re.escape(p) for p in PLATFORMS) + r")\s+"
    r"(?:drops|has|releases|premieres|debuts|launches|adds|unveils|delivers)\s+"
    r"(?:(?:the\s+)?(?:whole|entirety|(?:first|final|last)\s+(?:\w+\s+)?episodes?|all\s+(?:\w+\s+)?episodes)"
    r"\s+of\s+)?(" + _TITLE + r")(?=\s*[,(.;!]|\s+(?:today|tonight|tomorrow|on|this|next|at)\b)"
)
_DROP_WORDS = ("drops", "has", "releases", "premieres", "debuts", "launches", "adds", "unveils", "delivers")
# what every `_BEFORE_SEASON` / `_SEASON_OF` match contains, and every `_FORMAT_BEFORE` /
# `_AIRS_ON_PLATFORM` one (as written): a cheap test before each costly scan
_SEASON_WORD = re.compile(r"(?i:season|series)")
_FORMAT_WORDS = ("anime", "series", "drama", "sitcom", "soap")
_AIRS_WORDS = ("airs", "streams", "continues", "goes out", "is broadcast")
_FORMAT_AFTER = re.compile(r"^\s*(" + _TITLE + r")\s+(?:TV\s+)?(?:Anime|Drama|K-Drama|Series)\b")
# a slate's entry paragraph opens with its show: "Quillmore, a new 10-episode comedy led by ...",
# "Quillmore is back for a third season on ...", "Quillmore begins its fourth and final season ..."
_SUBJECT_FORMAT = (  # not "season": "Yes, the season finale ..." names no show
    r"(?:series|drama|comedy|sitcom|thriller|miniseries|docuseries|documentary|anime|procedural|mystery|serial"
    r"|soap|show)\b"
)
_PARAGRAPH_SUBJECT = re.compile(
    r"^(" + _TITLE + r")(?:(?:,\s+(?:the|a|an)\s+"
    r"|\s+(?:is\s+back|returns|comes\s+back|begins|kicks\s+off|starts)\s+(?:for\s+)?(?:its|a|the|with\s+its)\s+)"
    r"(?:[\w-]+\s+){0,4}?" + _SUBJECT_FORMAT + r"|"
    r"\s+(?:is\s+back|returns|comes\s+back|begins|kicks\s+off|starts)\s+(?:for\s+)?(?:its|a|the|with\s+its)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:season|series)\b|"
    # "Quillmore, which had been set to return on April 22, will now ..."
    r",\s+which\s+(?:had\s+been|was|is)\s+(?:set|due|scheduled|slated)\s+to\b)"
)


POSSESSIVE_TITLE_SHARE = 0.6


# The `$`-anchored searches below look back from a position in a block that can be megabytes long
# (a text dump with no line breaks). Searched from the block's start, each costs the whole prefix and
# the block's mentions together cost its square; these windows start where a match at the position
# can start at the earliest, so the result is the same (`\b` and lookbehinds still see the text
# before the window).
_SPACE_CHAR, _WORD_CHAR, _NON_WORD_CHAR = re.compile(r"\s"), re.compile(r"\w"), re.compile(r"\W")
_NAME_CHAR = re.compile(r"[\w'’.-]")


def _run_start(text: str, end: int, chars: re.Pattern[str]) -> int:
    """Start of the run of `chars` characters that ends at `end`."""
    while end > 0 and chars.match(text, end - 1):
        end -= 1
    return end


def _name_before(text: str, end: int) -> bool:
    """`_NAME_BEFORE.search(text, 0, end)`: a word, one space, then `end` (`$` also matches before
    a final newline, so the word may end one character earlier)."""
    start = _run_start(text, end - 1, _NAME_CHAR)
    if end >= 2 and text[end - 1] == "\n":
        start = min(start, _run_start(text, end - 2, _NAME_CHAR))
    return _NAME_BEFORE.search(text, max(0, start), end) is not None


def _cue_window(text: str, end: int) -> int:
    """Where an `_EPISODE_CUE` match ending at `end` can start: its cue word ends where the non-word
    characters before `end` begin, and "episode"/"ep." with spaces come before that word."""
    word_end = _run_start(text, end, _NON_WORD_CHAR)
    spaces_end = _run_start(text, word_end, _WORD_CHAR)
    return max(0, _run_start(text, spaces_end, _SPACE_CHAR) - len("episode") - 1)


def _airs_on(text: str, end: int) -> bool:
    """`_AIRS_ON.search(text, 0, end)`: its longest word ("exclusively on") before the spaces."""
    start = max(0, _run_start(text, end, _SPACE_CHAR) - len("exclusively on"))
    return _AIRS_ON.search(text, start, end) is not None


def _best_suffix(text: str, raw: str) -> str | None:
    """'The Latest Foo' -> 'Foo' when 'Foo' is far more frequent; keep 'The Foo' when it is the usual form."""
    title = _clean_title(raw)
    if title is None:
        return None
    # "Gull Row's second season": the show is "Gull Row" when the text names it so more often;
    # "Closing Time at Ferrick's" is never written without its "'s"
    if title.endswith(("'s", "’s")) and _count(text, title[:-2]) > _count(text, title):
        title = title[:-2]
    # "Creator's Title" loses its possessor, but "Hennessy's Wharf" written that way throughout is the name
    whole = _clean_title(raw, keep_possessive=True)
    if (
        whole
        and whole != title
        and _count(text, whole) >= max(2, POSSESSIVE_TITLE_SHARE * _count(text, title))
    ):
        return whole
    words = title.split()
    best, best_count = title, _count(text, title)
    if best_count >= 2:
        return title  # "Brass Lantern" named in full again and again: "Lantern" alone is a short form
    for k in range(1, len(words)):
        suffix = " ".join(words[k:])
        if not suffix[0].isupper() or len(suffix) < MIN_SHORT_FORM:
            continue  # "Fire Co." and "Tanner & Co." share no show called "Co"
        c = _alone_count(text, suffix)
        if c * 0.6 > best_count:
            best, best_count = suffix, c
    return best


@dataclass
class ArticleContext:
    show: str | None
    shows: dict[str, int] = field(default_factory=dict)  # candidate -> mentions in the article
    strong_shows: set[str] = field(default_factory=set)  # named before "season N", in a list head or title
    section_show: dict[int, str] = field(default_factory=dict)  # block index -> show its heading names
    section_platform: dict[int, str] = field(default_factory=dict)
    block_season: dict[int, int] = field(default_factory=dict)  # block index -> season of its section
    platform: str | None = None  # the platform the article names most
    in_capitals: set[str] = field(default_factory=set)  # candidates a press release also writes "IN CAPITALS"
    many_shows: bool = False  # a listicle or a slate: no show, and so no season, is the article's own
    not_series: set[int] = field(default_factory=set)  # blocks of list entries for a film or a special
    series_number: int | None = None  # "Show 2, episode 3 review": the main show's series, named so

    def named_show(self, text: str) -> str | None:
        """The one show candidate `text` names (a longer name wins over a name inside it), else None."""
        named = {
            s
            for s in self.shows
            if (self.shows[s] >= 2 or s in self.strong_shows)
            and (has_word(text, s) or (s in self.in_capitals and has_word(text, s.upper())))
        }
        named = {s for s in named if not any(s != o and s in o for o in named)}
        return named.pop() if len(named) == 1 else None

    def sentence_show(self, text: str, block_index: int) -> str | None:
        return self.named_show(text) or self.section_show.get(block_index, self.show)


class ListHead(NamedTuple):
    """A listicle entry's head line: the show it names and the rest of the line (its platform)."""

    show: str
    rest: str


def build_context(
    text: str, blocks: list[Block], episode_lines: frozenset[int] = frozenset()
) -> ArticleContext:
    """`episode_lines`: indices of lines that are an episode's title (an episode guide's), never a show's."""
    _spans.cache_clear()  # the cache is per article: it must not keep earlier articles' texts alive
    content = [b for b in blocks if b.kind not in {"bio", "byline", "boilerplate"}]
    raw_candidates, strong_raw, list_heads = _title_candidates(text, _without(content, episode_lines))
    prose = _without_episode_titles("\n".join(b.text for b in content if b.kind != "caption"))
    # a list entry's head names its show in full: "Knot & Thistlecombe", "Tanner's Crossing" stay whole
    heads = {t for h in list_heads.values() if (t := _head_title(h.show))}
    # each written form read once: the strong ones are candidates too, and a title is often written twice
    best = {raw: _best_suffix(text, raw) for raw in {*raw_candidates, *strong_raw}}
    titles = _not_labels({t for raw in raw_candidates if (t := best[raw])} | heads)
    # Captions repeat (alt text + caption), so a title only there counts once.
    shows = {title: max(_own_count(prose, title, titles), 1) for title in titles}
    strong = set(_not_labels({t for raw in strong_raw if (t := best[raw])} | heads))
    shows, strong = _case_merged(text, prose, shows, strong)
    shows, strong, numbered = _series_numbered(text, shows, strong)
    ranked = _lead_first(text, sorted(shows.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0])), strong)
    listicle = _listicle(blocks, list_heads, ranked)
    main = ranked[0][0] if ranked and not listicle and (ranked[0][1] >= 2 or len(ranked) == 1) else None
    ctx = ArticleContext(show=main, shows=shows, strong_shows=strong | ({main} if main else set()))
    ctx.many_shows = listicle
    ctx.series_number = numbered.get(main) if main else None
    ctx.platform = _main_platform(content)
    ctx.in_capitals = _in_capitals(text, shows)
    _sections(ctx, text, blocks, list_heads)
    ctx.section_show = {k: prose_case(text, v) for k, v in ctx.section_show.items()}
    return ctx


_SERIES_NUMBER = re.compile(r"^(?P<base>.+?)\s+(?P<n>[2-9]|1[0-9])$")


def _series_numbered(
    text: str, shows: dict[str, int], strong: set[str]
) -> tuple[dict[str, int], set[str], dict[str, int]]:
    """British "Show 2" naming ("Ardmore 2, episode 3 review"): a title ending in a small number whose
    words the article also uses alone is that show, the number its series. Returns the shows and
    strong shows with the base name, and base -> series number."""
    numbered: dict[str, int] = {}
    for title in list(shows):
        m = _SERIES_NUMBER.match(title)
        if m is None or _alone_count(text, m["base"]) <= _count(text, title):
            continue  # never named without its number: "Apollo 13", "Kitchen 24"
        numbered[m["base"]] = int(m["n"])
        shows[m["base"]] = shows.get(m["base"], 0) + shows.pop(title)
        if title in strong:
            strong = (strong - {title}) | {m["base"]}
    return shows, strong, numbered


def _listicle(blocks: list[Block], list_heads: dict[int, ListHead], ranked: list[tuple[str, int]]) -> bool:
    """Many shows, none the article's own: list entries, or a slate's headline quoting three or more."""
    entries = len({h for h, _ in list_heads.values()}) >= 2
    return (entries and not _own_with_box(blocks, ranked)) or _slate_headline(blocks)


OWN_MENTIONS, OWN_SHARE = 4, 2  # the headline's show named this often, this many times the next one


def _own_with_box(blocks: list[Block], ranked: list[tuple[str, int]]) -> bool:
    """An article about the show its headline opens with, named far more often than any other,
    that also carries a list of shows ("TV tonight" picks, "OTT releases this week", where it may
    come again as "coming next week"): the list does not make the article a listicle."""
    headline = next((b.text for b in blocks if b.kind == "title"), "")
    return bool(
        ranked
        and headline.startswith(ranked[0][0])
        and ranked[0][1] >= OWN_MENTIONS
        and (len(ranked) == 1 or ranked[0][1] >= OWN_SHARE * ranked[1][1])
    )


SLATE_TITLES = 3  # "Network Sets Dates: 'A', 'B' Season 2, Final Season of 'C' and More"


def _slate_headline(blocks: list[Block]) -> bool:
    """A headline quoting several titles, none of them first: "'Show' Season 3 Adds 'Other' Star ..."
    opens with its own show."""
    return any(
        b.kind == "title"
        and not b.text.lstrip().startswith(("'", '"', "‘", "“"))
        and len(set(_quoted(b.text, headline=True))) >= SLATE_TITLES
        for b in blocks
    )


# "Episode 4", "Chapter 3", or the word alone: 'every episode is a "Chapter"'
_EPISODE_LABEL = re.compile(
    r"(?i:episode|ep\.?|chapter|part|volume)(?:\s+\w+)?|(?i:season|series|episodes|chapters)"
)


def _not_labels(titles: set[str]) -> list[str]:
    """Candidates in order, without episode labels ("January 4: Episode 1 – Title" heads no show), a
    schedule's own heading ("THIS WEEK ON KOREAN TV (Oct. 10–16)", "Sunday Night on AMC — Nov. 15")
    or a lone day, month or preposition."""
    return sorted(
        t
        for t in titles
        if not _EPISODE_LABEL.fullmatch(t)
        and not SCHEDULE_LABEL.search(t)
        and t.strip("?!.,").casefold() not in _NEVER_A_TITLE
    )


# one word before "season N" that is no title: "new this Sunday? Season 3 ...", "Unlike season one, ..."
_NEVER_A_TITLE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december unlike like despite following besides ahead "
    # a guide page's section words: "UPCOMING (from the press releases)", "Ratings: ..."
    "upcoming aired airing ratings reviews overview trivia synopsis recaps gallery "
    # a genre word capitalised at a headline's start: "Anime's second season runs in two parts"
    "anime drama sitcom comedy thriller docuseries".split()
)


def _without(blocks: list[Block], indices: frozenset[int]) -> list[Block]:
    return [b for b in blocks if b.index not in indices]


def _in_capitals(text: str, shows: dict[str, int]) -> set[str]:
    """The candidates the text also writes in capitals, found once per article rather than per sentence."""
    return {t for t in shows if t.upper() != t and has_word(text, t.upper())}


def _lead_first(text: str, ranked: list[tuple[str, int]], strong: set[str]) -> list[tuple[str, int]]:
    """Of strong titles named about as often as the top one (one mention fewer at most), the one the
    text names first leads: a headline opens with the article's show, a second show is a side story."""
    if not ranked:
        return ranked
    close = [kv for kv in ranked if kv[0] in strong and kv[1] >= max(2, ranked[0][1] - 1)]
    if len(close) == 1 and ranked[0][0] not in strong and close[0][1] == ranked[0][1]:
        return close + [kv for kv in ranked if kv != close[0]]  # a tie goes to the headline's show
    if len(close) < 2:
        return ranked
    first = min(close, key=lambda kv: _spans(text, kv[0])[0][0] if _spans(text, kv[0]) else len(text))
    return [first] + [kv for kv in ranked if kv != first]


def _case_merged(
    text: str, prose: str, shows: dict[str, int], strong: set[str]
) -> tuple[dict[str, int], set[str]]:
    """A headline in capitals ("HOLLOW'S END") and the prose's "Hollow's End" are one show, named
    as the prose writes it and counted in any case."""
    canonical = {t: prose_case(text, t) for t in shows}
    merged: dict[str, int] = {}
    for title, n in shows.items():
        if canonical[title] != title:
            n = len(word_spans(prose.casefold(), title.casefold()))
        merged[canonical[title]] = max(merged.get(canonical[title], 0), n)
    return merged, {canonical.get(t, t) for t in strong}


def prose_case(text: str, title: str) -> str:
    """The commonest spelling of an all-capitals title that is not in capitals, else the title."""
    if not title.isupper():
        return title
    folded = text.casefold()
    forms = (
        Counter(form for a, b in word_spans(folded, title.casefold()) if not (form := text[a:b]).isupper())
        if len(folded) == len(text)
        else Counter()
    )
    return min(forms, key=lambda f: (-forms[f], f)) if forms else _title_case(title)


_SMALL_WORDS = frozenset({"of", "the", "and", "at", "in", "on", "for", "a", "an", "to", "or", "by"})


def _title_case(title: str) -> str:
    """A title the text only writes in capitals, as a headline would write it ("THE LARKWOOD
    LETTERS" -> "The Larkwood Letters"); a short word that is no small word stays an acronym ("TV")."""
    words = title.split(" ")
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if k and low in _SMALL_WORDS:
            out.append(low)
        elif (len(w) <= 2 and low not in _SMALL_WORDS) or any(c.isdigit() or c == "." for c in w):
            out.append(w)
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _season_of_titles(text: str) -> list[str]:
    """ "the second season of X": X, unless a possessive is the maker's ("Studio Kumo's anime") or a
    genre noun follows ("AMC's Iowa river-town drama")."""
    return [
        m.group("title")
        for m in _SEASON_OF.finditer(text)
        if not _POSSESSOR.search(m["title"]) and not _GENRE_AFTER.match(text, m.end())
    ]


def _title_candidates(text: str, content: list[Block]) -> tuple[list[str], list[str], dict[int, ListHead]]:
    """Every written form that may be a title, the strong ones among them (named before a season,
    in the headline, heading a list entry), and the list entries' heads by block index."""
    raw_candidates: list[str] = []
    list_heads: dict[int, ListHead] = {i: ListHead(*h) for i, h in slot_heads(content).items()}
    strong_raw = [h.show for h in list_heads.values()]
    strong_raw += [text[start:end] for start, end in table_shows(content).values()]
    for b in content:
        if _SEASON_WORD.search(b.text):  # both scans need the word: most blocks skip them
            strong_raw += _season_titles(b.text)
            strong_raw += _season_of_titles(b.text)
        quoted = _quoted(b.text, headline=b.kind in {"title", "heading"})
        raw_candidates += quoted
        if any(w in b.text for w in _FORMAT_WORDS):
            raw_candidates += [m.group(1) for m in _FORMAT_BEFORE.finditer(b.text)]
        strong_raw += _head_titles(b) + _field_titles(b.text)
        if b.kind == "title":
            strong_raw += quoted
            subject = _ON_PLATFORM.sub("", m.group(1)) if (m := _HEADLINE_SUBJECT.match(b.text)) else ""
            subject = _tailless(subject)  # "Show 2x05 review:", "Show Season 2: ..." name Show
            if subject and _count(text, subject) >= 2:  # named again below
                strong_raw.append(subject)
        if (head := entry_head(b)) and head.title.strip("?!.,").casefold() not in _NEVER_A_TITLE:
            list_heads[b.index] = ListHead(head.title, head.extra)
            strong_raw.append(head.title)
        elif opener := _opening_show(b):
            strong_raw.append(opener)
    strong_raw += _line_heads(content, list_heads)
    strong_raw += caps_titles([b.text for b in content if b.kind == "paragraph"])
    strong_raw += _over_season_heading(content)
    strong_raw += _over_watch_line(content, list_heads)
    raw_candidates += strong_raw
    return _cleaned(raw_candidates), _cleaned(strong_raw), list_heads


def _line_heads(content: list[Block], list_heads: dict[int, ListHead]) -> list[str]:
    """A weekly guide's listing lines and numbered entries: heads of their own (added to
    `list_heads` where a block has none yet), and their titles."""
    titles = []
    for index, (title, channel) in week_line_heads(content).items():
        list_heads.setdefault(index, ListHead(title, channel))
        titles.append(title)
    for index, head in numbered_heads(content).items():
        list_heads.setdefault(index, ListHead(head.title, head.extra))
        titles.append(head.title)
    return titles


def _opening_show(b: Block) -> str | None:
    """The show a block opens with: a dated entry's, a '"Title" (Network) – prose' line's, a slate
    paragraph's subject ("Quillmore, a new comedy ...")."""
    if entry := _DATE_FIRST_ENTRY.match(b.text):  # a dated entry names its show for that line
        return entry.group("title")
    if lead := lead_entry(b.text):
        return lead
    if b.kind == "paragraph" and (subject := _PARAGRAPH_SUBJECT.match(b.text)):
        # not an opening phrase: "In the US, the series arrives ..."
        return None if subject.group(1).split()[0].casefold() in FUNCTION_WORDS else subject.group(1)
    return None


def _cleaned(candidates: list[str]) -> list[str]:
    """Without an episode code ("Title 2x06"), and without link labels ("Previous:", "Next:") or
    channels ("BBC Four", whose "Four" would otherwise pass for a short form of a title)."""
    return [_tailless(r) for r in candidates if not _navigation(r) and not _is_platform(r)]


def _is_platform(candidate: str) -> bool:
    return any(e - s == len(candidate.strip()) for s, e, _ in platforms_in(candidate.strip()))


# a guide page's links between episodes ("← Previous: Series 3 - Episode 1", "Next: Series 3 ..."): labels
_NAVIGATION_WORDS = frozenset(
    {"previous", "next", "previously", "coming up", "up next", "next time", "last time"}
)


def _navigation(candidate: str) -> bool:
    return candidate.strip().rstrip(":").strip().lower() in _NAVIGATION_WORDS


# "The Drama 2x06 preview", "Spoilers for The Drama 2x05": an episode code is not part of the title,
# nor is a Title Case headline's season ("The Drama Season 2: release date ...")
_EPISODE_CODE = re.compile(
    r"\s+(?:\d{1,2}x\d{1,3}|S\d{1,2}\s?E\d{1,3}|(?i:season|series)\s+\d{1,2}|(?i:recap|review|preview)):?$"
)


def _tailless(title: str) -> str:
    return _EPISODE_CODE.sub("", title)


_SEASON_ONLY = re.compile(r"^\s*(?i:season|series)\s+\w+\s*$")


def _over_season_heading(content: list[Block]) -> list[str]:
    """A press page's title heading over its "Series 2" heading ("Wrackmoor" / "Series 2")."""
    return [
        a.text.strip()
        for a, b in itertools.pairwise(content)
        if a.kind in {"title", "heading"} and _TITLE_ONLY.match(a.text) and _SEASON_ONLY.match(b.text)
    ]


# a picks list's line under its show: "(Where to Watch: Peacock, eight episodes)", "Streaming on: Hulu"
_WATCH_LINE = re.compile(
    r"^\s*\(?\s*(?i:where\s+to\s+(?:watch|stream)|how\s+to\s+watch|watch\s+(?:it\s+)?on|streaming\s+on"
    r"|available\s+on|platform|network|channel)\s*:"
)


def _over_watch_line(content: list[Block], list_heads: dict[int, ListHead]) -> list[str]:
    """A title line over its where-to-watch line heads an entry of a picks list (added to `list_heads`)."""
    titles = []
    for a, b in itertools.pairwise(content):
        if (
            a.kind in {"heading", "paragraph", "caption"}
            and ":" not in a.text  # "Episodes: 8" over "Channel: BBC One" is a fact box
            and _TITLE_ONLY.match(a.text)
            and _WATCH_LINE.match(b.text)
        ):
            list_heads.setdefault(a.index, ListHead(a.text.strip(), b.text))
            titles.append(a.text.strip())
    return titles


def _field_titles(text: str) -> list[str]:
    """Titles a line names by a fact field ("Title: Reedmere") or as what airs on a channel."""
    airs = any(w in text for w in _AIRS_WORDS)
    drops = any(w in text for w in _DROP_WORDS)
    return (
        [m.group(1) for m in _TITLE_FIELD.finditer(text)]
        + [m.group(1) for m in (_PLATFORM_DROPS.finditer(text) if drops else ())]
        + [
            m.group(1)
            for m in (_AIRS_ON_PLATFORM.finditer(text) if airs else ())
            if not (" " not in m.group(1) and m.group(1).lower() in FUNCTION_WORDS)  # "It streams on ..."
        ]
    )


def _head_titles(b: Block) -> list[str]:
    """Titles a headline or heading names by its form: "Title Anime Reveals Its Cast", "Still
    going: The Ember Gate", "MARLSTONE, series 2"."""
    out: list[str] = []
    if b.kind == "title" and (format_head := _FORMAT_AFTER.match(b.text)):
        out.append(format_head.group(1))
    if b.kind == "heading" and (labelled := labelled_show(b.text)):
        out.append(labelled)
    if b.kind == "heading" and (season_head := _SEASON_HEAD.match(b.text)):
        out.append(season_head.group(1))
    if b.kind == "heading" and (asked := question_title(b.text)) and not platforms_in(asked):
        out.append(asked)  # "Is Drumwick coming back this winter?": the show the answer is about
    return out


def _main_platform(content: list[Block]) -> str | None:
    """The platform named most often as where the show airs, then most often at all."""
    counts: dict[str, tuple[int, int]] = {}  # platform -> (mentions as where it airs, all mentions)
    for b in content:
        for start, _, p in platforms_in(b.text):
            airs, seen = counts.get(p, (0, 0))
            counts[p] = (airs + _airs_on(b.text, start), seen + 1)
    # "The BBC has confirmed ... airs on BBC One": where it airs beats who announced it
    return min(counts, key=lambda p: (-counts[p][0], -counts[p][1], p)) if counts else None


SLOT_LINE_CHARS = 40


def _slot_line(text: str) -> bool:
    """ "Netflix, 12:00 a.m. PT" under an entry's head: a short line naming where it drops."""
    return len(text) <= SLOT_LINE_CHARS and bool(platforms_in(text))


def _inside_section(blocks: list[Block], k: int, slots: set[int], heads: set[int]) -> bool:
    """Heading-like lines that continue their section rather than end it."""
    b = blocks[k]
    return bool(
        _list_line(blocks, k)  # "Episode 2 – Title – date" list lines
        or "|" in b.text  # a table's header row under the section's heading ("Series 1 at a glance")
        or (k and blocks[k - 1].index in slots)  # the "9pm, BBC One" slot line under a TV-guide head
        or not _WORDY.search(b.text)  # a "★★★★" rating line
        # "Sunday 5 October, 9pm" under an entry's head; a day heading after the entry's prose
        # ("May 29" in a monthly calendar) starts the next day instead
        or (_DATE_LINE.match(b.text) and k and blocks[k - 1].index in heads and not day_heading(blocks, k))
        # "Netflix, 12:00 a.m. PT" under an entry's head: where and when it drops
        or (k and blocks[k - 1].index in heads and _slot_line(b.text))
        # "Seasons: 2", "Where to stream: Netflix": a fact box; not "Title: The Reunion — Friday", an entry
        or (_FACT_LINE.match(b.text) and not _DASHED_DAY.search(b.text))
        or _SUB_HEAD.match(b.text)  # "Part 1" over the first half of the season's episode list
        or _DATED_FACT.match(b.text)  # "Premieres Wednesday, March 4" under the entry's head
        or _DASH_FACT.match(b.text)
        or (_COMMA_FACT.match(b.text) and bool(platforms_in(b.text) or _EPISODE_COUNT.search(b.text)))
    )


_DASHED_DAY = re.compile(
    r"\s[–—-]\s*(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow)\b[^.!?]{0,20}$"
)
# a sub-heading of the section's own season: its parts ("The episodes" may follow a past season's
# table, so an episode list's heading is not one)
_SUB_HEAD = re.compile(
    r"^\s*(?i:part|volume|vol\.|cour|batch)\s+(?:\d{1,2}|one|two|three|four|I{1,3}|IV)\b[^.!?]{0,40}$"
)


class _Scope(NamedTuple):
    """The show, platform and season of the section a block sits in."""

    show: str | None
    platform: str | None
    season: int | None


def _heads_a_section(b: Block) -> bool:
    """A heading, or a status board's entry head ("CANCELED: 'Show'", which reads as a paragraph); not
    an episode database's row that reads as a heading ("S4.E3 ∙ Title Wed, Oct 21, 2026 ... 8.4 /10")."""
    return (b.kind == "heading" and not _EPISODE_ROW.match(b.text)) or bool(_STATUS_HEAD.match(b.text))


_EPISODE_ROW = re.compile(r"^\s*S\d{1,2}\s*[.:]?\s*E\d{1,3}\s*[∙·•|:–—-]\s")


class _Entries:
    """The blocks of each list entry: all of them (for a film's entry), and those of entries whose
    head names no season (for the season their prose names)."""

    def __init__(self) -> None:
        self.unseasoned: list[list[Block]] = []
        self.listed: list[list[Block]] = []

    def start(self) -> None:
        self.unseasoned.append([])
        self.listed.append([])

    def end(self) -> None:
        if self.listed and self.listed[-1]:
            self.listed.append([])  # another section: the entry has ended

    def add(self, b: Block, scope: _Scope, seasoned: bool) -> None:
        if self.listed and scope.show:
            self.listed[-1].append(b)
        if self.unseasoned and scope.show and not scope.season and not seasoned:
            self.unseasoned[-1].append(b)
        elif self.unseasoned and self.unseasoned[-1]:
            self.unseasoned.append([])  # the entry has ended

    def apply(self, ctx: ArticleContext) -> None:
        for entry in self.unseasoned:
            if season := _entry_season(entry):
                ctx.block_season.update(dict.fromkeys((b.index for b in entry), season))
        ctx.not_series = {
            b.index for entry in self.listed if any(_NOT_SERIES.search(x.text) for x in entry) for b in entry
        }


def _sections(ctx: ArticleContext, text: str, blocks: list[Block], list_heads: dict[int, ListHead]) -> None:
    """Each block's show, platform and season, from the list entry or heading it sits under."""
    # a listicle's entries are different shows: a season in its headline is no entry's
    # nor is it one show's of two the headline names ("Slate: A return date, B season seven")
    title_season = (
        None
        if ctx.many_shows or _season_of_later_show(ctx, blocks)
        else headline_season(blocks) or ctx.series_number
    )
    scope = _Scope(None, None, title_season)
    slots = set(slot_heads(blocks))
    heads = slots | set(list_heads)
    entries = _Entries()
    for k, b in enumerate(blocks):
        if b.index in list_heads:
            scope, new_entry = _list_head_scope(b, list_heads[b.index], scope)
            scope = _numbered_main(ctx, scope)
            if new_entry:
                entries.start()
        elif _heads_a_section(b):
            before = scope
            scope = _heading_scope(ctx, text, blocks, k, (slots, heads), scope, title_season)
            if scope is not before:
                entries.end()
        entries.add(b, scope, b.index in ctx.block_season)
        if scope.show:
            ctx.section_show[b.index] = scope.show
        if scope.platform:
            ctx.section_platform[b.index] = scope.platform
        if scope.season:
            ctx.block_season[b.index] = scope.season
    entries.apply(ctx)
    _lead_lines(ctx, blocks, list_heads)


def _numbered_main(ctx: ArticleContext, scope: _Scope) -> _Scope:
    """A review box headed "Ardmore 2" over its slot line is the main show's, its series the number."""
    m = _SERIES_NUMBER.match(scope.show) if scope.show and ctx.show else None
    if m is None or m["base"] != ctx.show:
        return scope
    return scope._replace(show=ctx.show, season=scope.season or int(m["n"]))


# a list entry that says it is no season of a series: "Genre: Thriller (film)", "Not a new season: ..."
_NOT_SERIES = re.compile(
    r"^(?i:genre|format|type)\s*:[^.\n]*\b(?i:film|movie|feature|special)\b"
    r"|\b(?i:not\s+a\s+(?:new\s+)?(?:series|season|show|tv\s+series))\b"
)


def _list_head_scope(b: Block, head: ListHead, scope: _Scope) -> tuple[_Scope, bool]:
    """A list entry's scope, and whether a new entry starts: "Series 3 (New Year's Day, BBC One)"
    under a head in capitals dates that head's entry, which goes on."""
    plats = platforms_in(head.rest)
    season = single_season(b.text) or _pipe_season(b.text)
    title = _head_title(head.show)
    if title is None and scope.show and season:
        return _Scope(scope.show, (plats[0][2] if plats else None) or scope.platform, season), False
    return _Scope(title, plats[0][2] if plats else None, season), True


def _lead_lines(ctx: ArticleContext, blocks: list[Block], list_heads: dict[int, ListHead]) -> None:
    """A '"Title" (NBC) – ...' line is about its show; the section goes on after it."""
    for b in blocks:
        if b.index not in list_heads and (lead := lead_entry(b.text)) and (title := _head_title(lead)):
            ctx.section_show[b.index] = title
            if network := column_network(b.text):
                ctx.section_platform[b.index] = network


def _head_title(raw: str) -> str | None:
    """A list head's title as written (a possessive is part of it: "Tanner's Crossing")."""
    return _clean_title(raw, keep_possessive=True)


_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)


def _entry_season(entry: list[Block]) -> int | None:
    """A list entry about one show whose prose names one season only ("kicks off its fourth
    season") is about that season; not a season's possessive ("after the first season's finale")
    nor a person's ("her first series since 2021")."""
    # the entry's own slot line states it: "BBC One, 9pm · series four, episode one of six"
    slots = [b.text for b in entry if b.kind == "heading" and _CLOCK.search(b.text)]
    if len(stated := _own_seasons(slots)) == 1:
        return stated.pop()
    paragraphs = [b.text for b in entry if b.kind == "paragraph"]
    named = _own_seasons(paragraphs)
    if len(named) > 1 and paragraphs:  # "is back for a third series. Series two went out in 2025":
        named = _own_seasons([re.split(r"(?<=[.!?])\s", paragraphs[0], maxsplit=1)[0]])  # the opening
    return named.pop() if len(named) == 1 else None


def _own_seasons(texts: list[str]) -> set[int]:
    return {
        n
        for text in texts
        for s, e, n in seasons_in(text)
        if not text.startswith(("'s", "’s"), e)
        and not _PERSONS_SERIES.search(text, 0, s)
        and not _RENEWED_FOR.search(text, max(0, s - 60), s)
    }


# "her first series since 2021", "his second season as showrunner": a person's career, not the show's
# "has already renewed the show for a fifth season": the next season, not the entry's
_RENEWED_FOR = re.compile(r"\brenew\w*\b[^.!?]*\bfor\s+(?:an?\s+)?$", re.IGNORECASE)
_PERSONS_SERIES = re.compile(r"\b(?:her|his|their|my|our)\s+$", re.IGNORECASE)


_EPISODES_SUBHEAD = re.compile(
    r"^\s*(?:the\s+)?(?:episode\s+(?:guide|list|titles|schedule)|episodes)\s*:?\s*$", re.I
)


def _heading_scope(
    ctx: ArticleContext,
    text: str,
    blocks: list[Block],
    k: int,
    slots_heads: tuple[set[int], set[int]],
    scope: _Scope,
    title_season: int | None,
) -> _Scope:
    """`slots_heads`: the TV-guide heads and all entry heads (slot heads included), by block index."""
    b = blocks[k]
    # a "Label: Title" or "TITLE: TAGLINE" heading, not a "Label: value" fact line
    if (labelled_show(b.text) or _TAGLINE_HEAD.match(b.text)) and (named := _season_head(text, b.text, ctx)):
        return _Scope(named, None, single_season(b.text) or title_season)
    if _inside_section(blocks, k, *slots_heads):
        if scope.show and not scope.platform and (plats := platforms_in(b.text)):
            return scope._replace(
                platform=plats[0][2]
            )  # "Jun-06, Sat-Sun, 12 eps, tvN/Netflix" under the head
        return scope
    if named := _season_head(text, b.text, ctx):
        return _Scope(
            named, None, single_season(b.text) or title_season
        )  # "Pick of the week: Title, season 2"
    if (asked := _asked_show(text, b.text, ctx)) is not None:
        # "Wait, what about Title?": the answer under it is about that show ("Will there be a
        # season 3?" asks about a season, so the section keeps no season)
        season = None if _WHETHER.match(b.text) else single_season(b.text)
        return _Scope(asked, None, season or title_season)
    if scope.show and _EPISODES_SUBHEAD.match(b.text):
        return scope  # "Episode guide" inside an entry: that show's episodes
    # a heading that is not a list item ends the item ("Honorable mentions");
    # "Will there be a season 3?" asks about a season; its section is not about that season
    return _Scope(None, None, (None if _WHETHER.match(b.text) else single_season(b.text)) or title_season)


def _asked_show(text: str, heading: str, ctx: ArticleContext) -> str | None:
    """The known show a question heading asks about."""
    if (asked := question_title(heading)) is None:
        return None
    named = prose_case(text, _best_suffix(text, asked) or asked)
    return named if named in ctx.strong_shows else None


def _season_of_later_show(ctx: ArticleContext, blocks: list[Block]) -> bool:
    """Whether the headline's season belongs to a show named after another one ("Slate: A return
    date, B season seven"): then it is not the article's season."""
    headline = next((b.text for b in blocks if b.kind == "title"), "")
    if (owner := _BEFORE_SEASON.search(headline)) is None:
        return False
    starts = [start for show in ctx.shows for start, _ in word_spans(headline, show)]
    return bool(starts) and min(starts) < owner.start(1) and headline[: owner.start(1)].count(",") > 0


def _season_titles(text: str) -> list[str]:
    """Titles written before "season N" ("Title season 2", "Title, season 2", "Title – season 2")."""
    # "Brinkwater Lane's second series": before an ordinal the possessive is no part of the title
    # ("Supper at Corbin's season 2" keeps it)
    return [
        _POSSESSOR.sub("", title) if _ORDINAL_AFTER.match(text, m.end(1)) else title
        for m in _BEFORE_SEASON.finditer(text)
        if not _opening_phrase(m) and (title := _FORMAT_TAIL.sub("", m.group(1)))
    ]


_ORDINAL_AFTER = re.compile(r"\s+(?:" + _ORDINAL_WORDS + r"|\d{1,2}(?:st|nd|rd|th))\b", re.I)


def _opening_phrase(m: re.Match[str]) -> bool:
    """ "In the UK, season 2 began": a phrase set off by a comma before "season" is no title."""
    comma = m.string[m.end(1) : m.end(1) + 1] == ","
    return comma and m.group(1).split()[0].casefold() in FUNCTION_WORDS
