"""Premiere and event mentions -> records, with dates normalised against the article's own time anchors.

A missing year comes from the published date when known (the next occurrence for a future
statement, the last for a past one), else from the explicit years before it in its section, then
in the article (`hsextract.dates` applies that policy; this module says which years those are).
Decisions made here, with the whole article in view:
- one release record per (show, season, date): one date is one drop, so an episode line dated like
  the premiere or the finale is that record (part/premiere beat finale, which beats episode);
  merged statements keep the least hedged status and fill platform and counts from each other;
- one event record per (kind, show, seasons, date); an undated mention only lends its evidence to
  a dated twin (gold rule 6.4 makes an undated event optional);
- a season the statement does not name is its section's, then the article's main show's
  (`article_season`); a past premiere in a season-N section is the earlier season its paragraph
  names, or season 1 when it predates season 2's own date.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from hsextract.assemble.schedule import is_season_release, ordered_platforms, release_schedule
from hsextract.dates import DateContext, NormalisedDate, explicit_years, normalise, writes_day_first
from hsextract.models import Evidence, ReleaseRecord, merge_evidence
from hsextract.rules import SKIPPED_BLOCKS, RuleOutput
from hsextract.rules.episodes import EpisodeMention
from hsextract.rules.hits import STATUS_RANK, TITLE_RUN, names_a_title
from hsextract.rules.releases import DatedMention
from hsextract.rules.returning import announces_return, past_season
from hsextract.rules.titles import platforms_in, relative_season, seasons_in
from hsextract.rules.vocab import FUNCTION_WORDS
from hsextract.rules.week_lines import RULE as WEEK_RULE
from hsextract.rules.week_lines import week_start_span
from hsextract.textnorm import fold, has_word

SECTION_KINDS = frozenset({"title", "heading"})
KIND_RANK = {"part": 0, "premiere": 1, "finale": 2, "episode": 3}  # one date, one drop: the most telling kind
_NEGATED = re.compile(r"(?=[ny])(?:\b(?:not|never|no|yet to)\b|n['’]t\b)", re.IGNORECASE)
# "Other Show, whose second season", "Other Show's second season"
_OWNER_BEFORE = re.compile(
    "(" + TITLE_RUN + r")[”\"]?(?:['’]s|\s*,\s*whose)?\s+$"
)  # '"Other Show" season two'
_TITLES = re.compile(r"(?<![\w'’])" + TITLE_RUN)
_OWNER_AFTER = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,4}?(" + TITLE_RUN + ")")  # "season 2 of Other Show"


def same_show(a: str | None, b: str | None) -> bool:
    """Unknown on either side, or one name's words inside the other's ("Sable Hollow" ~ "The Sable Row")."""
    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    return has_word(fb, fa) or has_word(fa, fb)


def masked_sentence(out: RuleOutput, span: tuple[int, int]) -> str:
    """The sentence with its episode titles blanked: an episode called "Wenda" does not name the show."""
    s, e = span
    chars = list(out.article.text[s:e])
    for title in _titles_over(out.episodes, s, e):
        a, b = max(title[0], s), min(title[1], e)
        if a < b:  # a title outside the span masks nothing (a negative slice end would cut the text)
            chars[a - s : b - s] = " " * (b - a)
    return "".join(chars)


_title_index: tuple[list[EpisodeMention], list[tuple[int, int]], list[int]] | None = None


def _titles_over(episodes: list[EpisodeMention], s: int, e: int) -> list[tuple[int, int]]:
    """The episode titles overlapping [s, e), from titles sorted by start with the running maximum
    of their ends (built once per article's list): the sentences of a long text times its episodes
    was a scan too many."""
    global _title_index
    cached = _title_index
    if cached is None or cached[0] is not episodes or len(cached[1]) != len(episodes):
        titles = sorted(m.title for m in episodes)
        reach, top = [], -1
        for _, end in titles:
            top = max(top, end)
            reach.append(top)
        cached = _title_index = (episodes, titles, reach)
    _, titles, reach = cached
    out = []
    k = bisect.bisect_left(titles, (e, -1)) - 1  # the last title starting before e
    while k >= 0 and reach[k] > s:
        if titles[k][1] > s:
            out.append(titles[k])
        k -= 1
    return out


DOMINANT = 3  # a season named this many times as often as any other is the article's


def article_season(out: RuleOutput) -> int | None:
    """The one season an article's main show is about, from the statements that name a season.

    Not from a question ("Will there be a season 2?"), a denial ("a second series is not yet
    confirmed") or another show's season ("Other Show, whose second season premieres", "the second
    season of Other Show"); a listicle has no article-wide season. A season named in words as past
    ("whose first series aired in 2023") is a point of reference: when the article names no other,
    and says the show is back, it is about the next one.
    """
    text, ctx = out.article.text, out.context
    if len(set(ctx.section_show.values())) >= 2 or ctx.many_shows:
        return None
    found, past = _season_counts(out)
    if len(found) == 1:
        return next(iter(found))
    ranked = found.most_common(2)
    if len(ranked) == 2 and ranked[0][1] >= DOMINANT * ranked[1][1]:
        # named three times to another's once: that one is an aside ("In series one I ...")
        return ranked[0][0]
    if not found and past and announces_return(text):
        return max(past) + 1
    if not found and any(b.kind == "title" and _PREMIERE_FLAG.search(b.text) for b in out.article.blocks):
        return 1  # "Show on Channel (New Series Premiere)": the first season (gold rule 1.6)
    return None


def _season_counts(out: RuleOutput) -> tuple[Counter[int], set[int]]:
    """How often each season of the main show is named as the topic, and the seasons named as past."""
    text, show = out.article.text, out.context.show
    found: Counter[int] = Counter()
    past: set[int] = set()
    for sentence in out.sentences:
        st = text[sentence.start : sentence.end]
        named = seasons_in(st)  # most sentences name none: then neither test below matters
        if not named or st.rstrip().endswith("?") or _NEGATED.search(st):
            continue
        for start, end, n in named:
            if st.startswith(("'s", "’s"), end) or relative_season(st, start, end):
                continue  # "the first season's finale", "two years after series one": not the topic
            if _main_shows_season(st, start, end, show):
                if past_season(st, start, end):
                    past.add(n)
                else:
                    found[n] += 1
    return found, past


# a headline's flag for a show's first season; a bare "new series" is not one (in UK usage a new season)
_PREMIERE_FLAG = re.compile(r"\b(?:new\s+)?series\s+premiere\b", re.IGNORECASE)


def _main_shows_season(st: str, start: int, end: int, show: str | None) -> bool:
    """Whether the season phrase at start:end is the main show's (no other title owns it)."""
    owner = _OWNER_BEFORE.search(st, 0, start) or _OWNER_AFTER.match(st, end)
    name = owner.group(1) if owner else ""
    if not owner and re.search(r"\b(?:its|their)\s+$", st[:start]):  # "X is back for its 2nd season"
        name = next(
            (
                t
                for t in reversed(_TITLES.findall(st, 0, start))
                if t.split()[0].lower() not in FUNCTION_WORDS and not platforms_in(t)
            ),
            "",
        )
    return all(w.lower() in FUNCTION_WORDS for w in name.split()) or (
        show is not None and same_show(name, show)
    )


@dataclass
class Anchors:
    """Explicit years of the article (content blocks only) and where each section starts."""

    years: list[tuple[int, int]]  # (article offset, year) in text order
    section_starts: list[int]
    published: datetime.date | None
    day_first: bool = False  # the article writes "12 March": "12/03/2026" is read so too
    week_start: datetime.date | None = (
        None  # a weekly guide's first day: its listing lines' weekdays follow it
    )
    # the years' offsets, for bisecting: scanning every year of the article for every date in it
    # grew with the square of a long article's length
    _offsets: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._offsets = [off for off, _ in self.years]
        self._all = tuple(y for _, y in self.years)
        self._ordered = all(a <= b for a, b in zip(self._offsets, self._offsets[1:], strict=False))

    def context(self, at: int, prefer: str | None = None) -> DateContext:
        """What `dates.normalise` needs to place a mention at article offset `at` in time."""
        i = bisect.bisect_right(self.section_starts, at) - 1
        section_start = self.section_starts[i] if i >= 0 else 0
        if self._ordered:
            k = bisect.bisect_left(self._offsets, at)
            in_section = self._all[bisect.bisect_left(self._offsets, section_start) : k]
            before = k
        else:  # years given out of text order (never by anchors_for): the plain scan
            before = sum(1 for off, _ in self.years if off < at)
            in_section = tuple(y for off, y in self.years if section_start <= off < at)
        return DateContext(
            published=self.published,
            section_years=in_section,
            article_years=self._all,
            article_years_before=before,
            prefer=prefer if self.published else None,
            day_first=self.day_first,
        )


def anchors_for(out: RuleOutput) -> Anchors:
    years: list[tuple[int, int]] = []
    starts: list[int] = []
    heads = set(out.context.section_show)
    for b in out.article.blocks:
        # a list entry's head starts a section too: one entry's years say nothing of the next one's
        if b.kind in SECTION_KINDS or (b.index in heads and b.index - 1 not in heads):
            starts.append(b.start)
        if b.kind not in SKIPPED_BLOCKS:
            years += [(b.start + off, y) for off, y in explicit_years(b.text)]
    content = "\n".join(b.text for b in out.article.blocks if b.kind not in SKIPPED_BLOCKS)
    anchors = Anchors(years, starts, out.article.published, writes_day_first(content))
    if (span := week_start_span(out.article.blocks)) is not None:
        week = normalise(out.article.text[slice(*span)], anchors.context(span[0], "future"))
        if week is not None and week.value is not None and week.precision == "day":
            anchors.week_start = datetime.date.fromisoformat(week.value)
    return anchors


def evidence(m: DatedMention, text: str) -> Evidence:
    s, e = m.evidence
    return Evidence(start=s, end=e, text=text[s:e], rule=m.rule, block=m.block_kind)


@dataclass
class Resolved:
    """A mention with its show, seasons and normalised date decided."""

    mention: DatedMention
    show: str | None
    seasons: tuple[int, ...]
    date: NormalisedDate | None
    other_show: bool = False  # "When Other Show dropped in 2019": no section/article fallbacks


def _other_show(named: str, show: str, title: str) -> bool:
    """A title before the cue that is neither the sentence's show nor in the headline: another series."""
    return named not in title and not (show and (named in show or show in named))


_LABEL = re.compile(r"\b(?:Part|Volume|Vol\.|Episode|Chapter|Book|Batch|Cour)\s+\w+", re.IGNORECASE)


def _about_another_title(text: str, m: DatedMention, show: str | None) -> bool:
    """ "..., and the revival of The Turnstile Files started filming in August": a clause that names
    a title other than the show takes no article-wide season (the main show's)."""
    if m.seasons or m.clause is None:
        return False
    labels_blank = _LABEL.sub(lambda x: " " * len(x.group()), text[: m.clause[1]])  # "Volume 2" is no title
    if not names_a_title(labels_blank, m.clause):
        return False
    return not (show and has_word(text[m.clause[0] : m.clause[1]], show))


def _earlier_season(out: RuleOutput, m: DatedMention, section: int | None) -> int | None:
    """A past release in a season-N section: the one earlier season its paragraph names, if any."""
    blocks, k = out.article.blocks, m.block_index  # a block's index is its place in the list
    block = blocks[k] if 0 <= k < len(blocks) and blocks[k].index == k else None
    block = block or next((b for b in blocks if b.index == k), None)
    if m.category != "release" or m.tense != "past" or not section or block is None:
        return None
    earlier = {n for _, _, n in seasons_in(block.text) if n < section}
    return earlier.pop() if len(earlier) == 1 else None


# "Jan. 8 - April 2, 2025" read as two dates: the run's end writes the year for both
_RANGE_END = re.compile(
    r"\s*(?:[-–—]|to|until|through)\s*(?:[A-Za-z]{3,9}\.?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _expression(text: str, span: tuple[int, int]) -> str:
    """The mention's date text, with the end of its range when only the end writes the year."""
    expression = text[slice(*span)]
    if not _YEAR.search(expression) and (end := _RANGE_END.match(text, span[1])):
        return text[span[0] : end.end()]
    return expression


def _normalised(out: RuleOutput, m: DatedMention, anchors: Anchors) -> NormalisedDate | None:
    """The mention's date; None when it is no date, one we must not guess, or its weekday disagrees."""
    assert m.date is not None
    ctx = anchors.context(m.date[0], m.tense)
    if m.rule == WEEK_RULE and anchors.week_start is not None:
        ctx = replace(ctx, published=anchors.week_start)  # "Friday" in the week the guide covers
    date = normalise(_expression(out.article.text, m.date), ctx)
    return None if date is None or date.value is None or date.weekday_conflict else date


def resolve(out: RuleOutput, anchors: Anchors) -> list[Resolved]:
    """Normalise every dated mention once (non-dates and unguessable dates drop out) and attribute it."""
    text, ctx = out.article.text, out.context
    resolved = []
    renewed: dict[str, tuple[int, ...]] = {}  # show -> what its latest numbered renewal ordered
    only = article_season(out)
    blocks = out.article.blocks
    title = fold(blocks[0].text) if blocks and blocks[0].kind == "title" else ""  # the article's own subject
    for m in out.dated:
        date = _normalised(out, m, anchors) if m.date else None
        if m.date is not None and date is None:
            continue
        show, elsewhere = _statement_show(out, m)
        show = _SEASON_TAIL.sub("", show) if show else show
        named = _subject_name(out, m)
        other = bool(named) and _other_show(fold(named), fold(show or ""), title)
        main = same_show(show, ctx.show) and not _about_another_title(text, m, show)
        section = None if other or elsewhere else ctx.block_season.get(m.block_index, only if main else None)
        section = _earlier_season(out, m, section) or section
        seasons = _seasons(m, section, date, out.article.published)
        about = named if other else show
        if m.category == "renewal":
            seasons = _renewal_seasons(text, m, seasons, renewed, fold(about or ""))
        resolved.append(Resolved(m, about, seasons, date, other))
    return _before_the_season(out, _narrative_years(out, resolved))


def _statement_show(out: RuleOutput, m: DatedMention) -> tuple[str | None, bool]:
    """The show a statement is about (its sentence's, its paragraph's, its section's, the article's),
    and whether it names a show other than its section's: "Apple TV+ drops Other Show today" under a
    show's heading does not take that section's season."""
    ctx = out.context
    named = ctx.named_show(masked_sentence(out, m.sentence)) or _paragraph_show(out, m)
    heading = ctx.section_show.get(m.block_index)
    return named or heading or ctx.show, bool(named and heading and not same_show(named, heading))


def _paragraph_show(out: RuleOutput, m: DatedMention) -> str | None:
    """A listings paragraph that opens with its show is about that show to its end: "Tarnwick returns
    on Wednesday. Series 1 went out in February 2025" dates Tarnwick's first series."""
    if not 0 <= m.block_index < len(out.article.blocks):
        return None
    block = out.article.blocks[m.block_index]
    first_end = out.article.text.find(". ", block.start, m.sentence[0])
    if block.kind != "paragraph" or first_end < 0:
        return None
    lead = out.context.named_show(masked_sentence(out, (block.start, first_end)))
    return lead if lead and block.text.startswith(lead) else None


def _seasons(
    m: DatedMention, section: int | None, date: NormalisedDate | None, published: datetime.date | None
) -> tuple[int, ...]:
    """The statement's own seasons, else its section's. A cancellation ends the series, and a renewal
    orders a season after the one the section is about: an unnumbered one is not the section's."""
    if m.seasons:
        return m.seasons
    if not section or m.category in {"cancellation", "renewal"}:
        return ()
    if section == 2 and _long_past(m, date, published):
        return (1,)  # a season-2 article's undated-season premiere over a year before it: season 1
    return (section,)


def _subject_name(out: RuleOutput, m: DatedMention) -> str:
    """The title the statement names before its cue, without a season phrase; an episode's title
    ("2.1: Open Ledger (Original Airdate: ...)") names no show."""
    if m.subject is None or _titles_over(out.episodes, *m.subject):
        return ""
    return _SEASON_TAIL.sub("", " ".join(out.article.text[slice(*m.subject)].split()))


_SEASON_TAIL = re.compile(r"\s+(?i:season|series)\s+\w+$")  # "X Season 2 Anime Reveals ...": the show is X
PAST_MONTHS = 12  # a past release this many months before publication is no longer the coming season's


def _long_past(m: DatedMention, date: NormalisedDate | None, published: datetime.date | None) -> bool:
    """A past-tense release dated a year or more before the article was published."""
    if m.category != "release" or m.tense != "past" or published is None or date is None or not date.value:
        return False
    year, month = int(date.value[:4]), int(date.value[5:7]) if len(date.value) >= 7 else 12
    return (published.year - year) * 12 + published.month - month >= PAST_MONTHS


_AFTER_SEASON = re.compile(r"\bafter\s+(?:the\s+|its\s+)?$", re.IGNORECASE)


def _renewal_seasons(
    text: str, m: DatedMention, seasons: tuple[int, ...], renewed: dict[str, tuple[int, ...]], show: str
) -> tuple[int, ...]:
    """A renewal's seasons: its own, else the one after a season it follows, else those of the show's
    latest numbered renewal ("... for a third season. The renewal was announced on Monday"); kept in
    `renewed` for the next one."""
    seasons = seasons or _renewed_season(text, m) or renewed.get(show, ())
    renewed[show] = seasons or renewed.get(show, ())
    return seasons


def _renewed_season(text: str, m: DatedMention) -> tuple[int, ...]:
    """An unnumbered renewal "after the first series" / "after season 2" ordered the season after it."""
    sentence = text[slice(*m.sentence)]
    after = [n for s, _, n in seasons_in(sentence) if _AFTER_SEASON.search(sentence[max(0, s - 12) : s])]
    return (after[0] + 1,) if len(after) == 1 else ()


def _season_premieres(resolved: list[Resolved]) -> dict[tuple[str, int], tuple[str, frozenset[str]]]:
    """(show, season) -> its earliest dated premiere and the platforms of its premieres: one named with
    its number, or the coming one the article is about (a season taken from the headline)."""
    stated: dict[tuple[str, int], tuple[str, frozenset[str]]] = {}
    for r in resolved:
        own = r.mention.seasons or (r.seasons and r.mention.tense != "past" and r.mention.kind == "premiere")
        if r.mention.category == "release" and own and r.date and r.date.value:
            key = (fold(r.show or ""), r.seasons[0])
            when, platforms = stated.get(key, (r.date.value, frozenset()))
            stated[key] = (min(when, r.date.value), platforms | {fold(p) for p in r.mention.platforms})
    return stated


def _before_the_season(out: RuleOutput, resolved: list[Resolved]) -> list[Resolved]:
    """'Lowtide premiered in 2023 ... Season 2 debuted on July 11': a past premiere that names no season
    and predates the dated premiere of the season it was given is an earlier season: the first, when
    that was season 2, else an unknown one. The show's own start ("Lowtide premiered in 2023") in a
    story about a later season is the series premiere: season 1."""
    stated = _season_premieres(resolved)
    started = _series_starts(out, resolved)
    for i, r in enumerate(resolved):
        m, when = r.mention, r.date.value if r.date else None
        if i in started:
            resolved[i] = replace(r, seasons=(1,))
            continue
        if m.category != "release" or m.seasons or m.tense != "past" or not when or len(r.seasons) != 1:
            continue
        later, platforms = stated.get((fold(r.show or ""), r.seasons[0]), ("", frozenset()))
        ours = {fold(p) for p in m.platforms}
        if ours and platforms and not ours & platforms:
            continue  # the same season's earlier run elsewhere: "It went out on FX in the States in April"
        if later and when < later[: len(when)] and r.seasons[0] > 1:
            resolved[i] = replace(r, seasons=(1,) if r.seasons[0] == 2 else ())
    return resolved


_START_CUE = re.compile(r"(?:first\s+)?(?:premiered|debuted|launched|began|started|bowed)$", re.IGNORECASE)


def _series_starts(out: RuleOutput, resolved: list[Resolved]) -> set[int]:
    """Indexes of past releases whose subject is the show itself, with a start verb and no season
    before the date ("Lowtide premiered in 2023 and returned for a second season"; not "Season 2 of
    Lowtide premiered"),
    dated before a later season of that show the article names (before its premiere, where dated)."""
    text, published = out.article.text, out.article.published
    later: dict[str, int] = {}  # show -> the highest season the article's statements give it
    for r in resolved:
        if r.seasons:
            key = fold(r.show or "")
            later[key] = max(later.get(key, 0), *r.seasons)
    found = set()
    for i, r in enumerate(resolved):
        m, when = r.mention, r.date.value if r.date else None
        if m.category != "release" or m.tense != "past" or not when or m.subject is None or m.date is None:
            continue
        if not r.show or fold(text[slice(*m.subject)]) != fold(r.show):
            continue
        if not _START_CUE.match(text[slice(*m.cue)].strip()) or seasons_in(text[m.sentence[0] : m.date[1]]):
            continue
        top = later.get(fold(r.show), 0)
        stated = _season_premieres(resolved[:i] + resolved[i + 1 :])  # a few candidates per article
        premieres = [stated[(fold(r.show), n)][0] for n in range(2, top + 1) if (fold(r.show), n) in stated]
        if top > 1 and (
            when < min(premieres)[: len(when)] if premieres else _long_past(m, r.date, published)
        ):
            found.add(i)
    return found


def _narrative_years(out: RuleOutput, resolved: list[Resolved]) -> list[Resolved]:
    """No published date: a year-less date in a paragraph that states no year takes its year from the
    same season's firmly dated release (stated year or agreeing weekday), the nearest occurrence to
    it, rather than from whatever year the narrative mentioned last (gold rule 4.4: same sentence,
    same paragraph, then "the article's other dates for the same release")."""
    if out.article.published is not None:
        return resolved
    firm: dict[tuple[str, tuple[int, ...]], datetime.date] = {}
    for r in resolved:
        d = r.date
        if (
            r.mention.category == "release"
            and d
            and d.precision == "day"
            and r.seasons
            and (d.year_source == "explicit" or d.weekday_checked)
        ):
            firm.setdefault((fold(r.show or ""), r.seasons[:1]), datetime.date.fromisoformat(d.value or ""))
    paragraph_years = {b.index: b.start for b in out.article.blocks if explicit_years(b.text)}
    for i, r in enumerate(resolved):
        anchor = firm.get((fold(r.show or ""), r.seasons[:1]))
        own = paragraph_years.get(r.mention.block_index, len(out.article.text)) < r.mention.evidence[0]
        if (
            anchor
            and not own
            and r.date
            and r.date.year_source in {"section", "article"}
            and not (r.date.weekday_checked)
        ):
            expression = out.article.text[slice(*r.mention.date or (0, 0))]
            again = normalise(expression, DateContext(published=anchor))
            if again is not None and again.value is not None and not again.weekday_conflict:
                resolved[i] = replace(r, date=again)
    return resolved


@dataclass
class _Group:
    items: list[Resolved] = field(default_factory=list)
    lent: list[Resolved] = field(default_factory=list)  # coarser twins: evidence only (`_merge_coarser`)

    @property
    def best(self) -> Resolved:
        """The statement that speaks for the group: prose over headings, a qualified date over a bare one."""
        dated = [r for r in self.items if r.date is not None]
        return min(
            dated,
            key=lambda r: (
                not r.show,  # a mention merged in without its show (`_merge_showless`) never speaks
                r.mention.block_kind != "paragraph",
                r.date is None or not r.date.qualifier,
                r.mention.evidence,
            ),
        )

    def evidence(self, text: str) -> list[Evidence]:
        """Every mention's span once, in text order."""
        return merge_evidence(evidence(r.mention, text) for r in self.items + self.lent)


def _merge_coarser(groups: dict[tuple[object, ...], _Group]) -> dict[tuple[object, ...], _Group]:
    """ "ahead of its January return" and "premieres Thursday, January 15, 2026": a premiere dated only
    to the month (or year) of the same season's one day-dated premiere (or, unnumbered, of the show's
    one such premiere) is that premiere, said less precisely; it lends its evidence and makes no
    record of its own."""

    def premieres(g: _Group) -> bool:
        return all(r.mention.kind == "premiere" for r in g.items)

    def same_drop(coarse: _Group, fine: _Group) -> bool:
        """Not an earlier run ("aired on tvN in spring 2025") nor another platform's launch."""
        past = {r.mention.tense == "past" for r in coarse.items} != {
            r.mention.tense == "past" for r in fine.items
        }
        ours, theirs = ({fold(p) for r in g.items for p in r.mention.platforms} for g in (coarse, fine))
        # "ITV's drama is back in January" and "airs on ITV1 on Sunday 10 January": one broadcaster
        meet = any(a.startswith(b) or b.startswith(a) for a in ours for b in theirs)
        return not past and not (ours and theirs and not meet)

    merged = dict(groups)
    for key, g in groups.items():
        date = str(key[2])
        if len(date) == len("2026-01-15") or not premieres(g):
            continue
        finer = [
            k
            for k, other in groups.items()
            if k[0] == key[0]
            and key[1] in (None, k[1])  # an unnumbered mention is the one dated season's
            and k != key
            and str(k[2]).startswith(date + "-")
            and premieres(other)
            and same_drop(g, other)
        ]
        if len(finer) == 1 and len(str(finer[0][2])) == len("2026-01-15"):
            merged[finer[0]].lent.extend(merged.pop(key).items)
    return merged


_BARE_WEEKDAY = re.compile(
    r"(?:on\s+|this\s+|next\s+|coming\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+night)?|tonight|tomorrow",
    re.IGNORECASE,
)


def _drop_weekday_guesses(
    text: str, groups: dict[tuple[object, ...], _Group]
) -> dict[tuple[object, ...], _Group]:
    """A premiere dated only by a bare weekday ("returns on Sunday", from the published date) yields
    to a premiere of the same show and season that the article dates in full: the weekday is the
    writer's shorthand for that date, and a guess of which week it meant."""

    def bare(g: _Group) -> bool:
        """A guide's listing line is dated in the guide's week: no guess."""
        return all(
            r.mention.date is not None
            and r.mention.rule != WEEK_RULE
            and _BARE_WEEKDAY.fullmatch(text[slice(*r.mention.date)].strip())
            for r in g.items
        )

    full = {
        key[:2]
        for key, g in groups.items()
        if not bare(g) and any(r.mention.kind == "premiere" for r in g.items)
    }
    full |= {(show, None) for show, _ in full}  # an unnumbered weekday is the show's dated premiere too
    return {
        key: g
        for key, g in groups.items()
        if not (bare(g) and key[:2] in full and all(r.mention.kind == "premiere" for r in g.items))
    }


def _merge_unnumbered(groups: dict[tuple[object, ...], _Group]) -> dict[tuple[object, ...], _Group]:
    """A drop stated once with its season ("the second series starts on Sunday") and once without
    ("Sunday 5 October, 9pm" under the entry's head) is one release: the numbered one."""
    numbered: dict[tuple[object, object], list[tuple[object, ...]]] = {}
    for key in groups:
        if key[1] is not None:
            numbered.setdefault((key[0], key[2]), []).append(key)
    merged = dict(groups)
    for key in groups:
        into = numbered.get((key[0], key[2]), [])
        if key[1] is None and len(into) == 1:
            merged[into[0]].items.extend(merged.pop(key).items)
    return merged


def _merge_showless(
    groups: dict[tuple[object, ...], _Group], main: str | None
) -> dict[tuple[object, ...], _Group]:
    """In an article without a main show, a drop whose sentence names no one show ("On Oct. 1, A
    makes its Season 12 premiere, followed by B") is the one named release of that season and day
    (the schedule's "8:00 PM A (Season 12 Premiere)" line), if there is exactly one."""
    if main is not None:
        return groups
    merged = dict(groups)
    for key in groups:
        if key[0]:
            continue
        into = [k for k in groups if k[0] and k[2] == key[2] and (key[1] is None or k[1] == key[1])]
        if len(into) == 1:
            merged[into[0]].items.extend(merged.pop(key).items)
    return merged


def _drop_later_line_drops(groups: dict[tuple[object, ...], _Group]) -> dict[tuple[object, ...], _Group]:
    """Dates read only from schedule lines and table rows ("2 | Title | July 27") are episodes' air
    dates; the earliest of a season's lines is also its premiere, the later ones are no releases."""

    def lines_only(g: _Group) -> bool:
        return all(r.mention.rule == "episodes.line" for r in g.items)

    first: dict[tuple[object, ...], str] = {}
    for key, g in groups.items():
        if any(r.mention.rule == "episodes.line" for r in g.items):
            first[key[:2]] = min(first.get(key[:2], str(key[2])), str(key[2]))
    return {k: g for k, g in groups.items() if not lines_only(g) or first[k[:2]] == str(k[2])}


def assemble_releases(out: RuleOutput, resolved: list[Resolved] | None = None) -> list[ReleaseRecord]:
    """One record per (show, season, date); `resolved` lets events share one normalisation."""
    text, ctx = out.article.text, out.context
    groups: dict[tuple[object, ...], _Group] = {}
    listicle = len(set(ctx.section_show.values())) >= 2
    for r in resolved if resolved is not None else resolve(out, anchors_for(out)):
        if r.mention.category != "release" or r.date is None or (listicle and not r.show):
            continue  # a listicle's "new on Netflix in October" dates no series
        groups.setdefault(
            (fold(r.show or ""), r.seasons[0] if r.seasons else None, r.date.value), _Group()
        ).items.append(r)
    groups = _merge_unnumbered(_drop_later_line_drops(_drop_weekday_guesses(text, groups)))
    groups = _merge_coarser(_merge_showless(groups, ctx.show))
    # where a season airs: its premiere's platform first (a later part may move elsewhere)
    stated: dict[tuple[object, ...], str] = {}
    for r in sorted(
        (r for g in groups.values() for r in g.items), key=lambda r: r.mention.kind != "premiere"
    ):
        if r.mention.platform:
            stated.setdefault((fold(r.show or ""), r.seasons[0] if r.seasons else None), r.mention.platform)
    records = []
    for key, group in groups.items():
        first, mentions = group.best, [r.mention for r in group.items]
        assert first.date is not None
        kind = min(mentions, key=lambda m: KIND_RANK[m.kind])
        if not is_season_release(kind.kind):
            continue  # an episode's drop dates that episode; a finale is an event
        # else where the same season airs (an episode drop), the section's, the article's
        platform = next((m.platform for m in mentions if m.platform), None) or stated.get(key[:2])
        block = first.mention.block_index
        platform = platform or (None if first.other_show else ctx.section_platform.get(block, ctx.platform))
        records.append(
            ReleaseRecord(
                show=first.show,
                season=key[1] if isinstance(key[1], int) else None,  # a merged unnumbered mention has none
                kind=kind.kind,
                part=kind.part,
                date=first.date.value,
                precision=first.date.precision,
                qualifier=first.date.qualifier,
                platform=platform,
                platforms=ordered_platforms(platform, (p for m in mentions for p in m.platforms)),
                schedule=release_schedule(text, out.article.blocks, first.mention.sentence, block)
                if kind.kind == "premiere"
                else None,
                episode_count=next((m.episode_count for m in mentions if m.episode_count), None),
                episode_runtime_minutes=next((m.runtime for m in mentions if m.runtime), None),
                status=min((m.status for m in mentions), key=STATUS_RANK.__getitem__),
                evidence=group.evidence(text),
            )
        )
    records.sort(key=lambda r: (r.evidence[0].start, r.date or ""))
    return records
