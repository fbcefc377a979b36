"""Episode title mentions -> one record per (show, season, title).

Numbers: a stated number ("Episode 3, titled ...", "1. 'Title'") always wins. A prose list's
running order stands for episode numbers only when the list presents itself as the season's
full set ("the names of each episode are ...", no "include"/"in no particular order") and no
episode count stated for that season disagrees with the list's length (gold rule 5.2).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from hsextract.assemble.releases import Resolved, article_season, masked_sentence, same_show
from hsextract.models import EpisodeRecord, Evidence, merge_evidence
from hsextract.rules import RuleOutput
from hsextract.rules.context import prose_case
from hsextract.rules.dated import DatedMention
from hsextract.rules.episode_lists import aired_owner
from hsextract.rules.episodes import EpisodeMention
from hsextract.rules.guide_blocks import counter_owner
from hsextract.rules.titles import relative_season, seasons_in
from hsextract.textnorm import fold


def mention_season(m: EpisodeMention, out: RuleOutput, only: int | None) -> int | None:
    """The season named nearest before the title (intro or line), else its section's, else the article's.
    An intro naming several ("season 2 has ten episodes, up from eight in season 1") defers to the
    section's season, or else to the first it names (the list's subject comes first)."""
    if m.season is not None:
        return m.season
    sentence = masked_sentence(out, m.context)
    # "picks up after the first season's finale": a possessive season is another season's thing
    found = tuple(
        f
        for f in seasons_in(sentence)
        if not sentence.startswith(("'s", "’s"), f[1]) and not relative_season(sentence, f[0], f[1])
    )
    section = out.context.block_season.get(m.block_index, only)
    if len({n for _, _, n in found}) > 1:
        return section or found[0][2]
    return found[-1][2] if found else _paragraph_season(m, out) or section or _section_topic(m, out)


TOPIC_LOOKBACK = 3  # paragraphs above an episode's, up to its heading, that may open with its season


def _section_topic(m: EpisodeMention, out: RuleOutput) -> int | None:
    """With no section or article season: the season a paragraph above it in its section opens with
    ("'Show' / Season 2 of the drama premiered ... / Under the new plan, "Chapter 3," titled ...")."""
    blocks = out.article.blocks
    if not 0 <= m.block_index < len(blocks):
        return None
    for block in reversed(blocks[max(0, m.block_index - TOPIC_LOOKBACK) : m.block_index]):
        if block.kind != "paragraph":
            return None
        opening = out.article.text[block.start : block.start + PARAGRAPH_TOPIC_CHARS]
        named = {n for _, e, n in seasons_in(opening) if not opening.startswith(("'s", "’s"), e)}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _paragraph_season(m: EpisodeMention, out: RuleOutput) -> int | None:
    """ "Series 2 of the mystery has been a slow burn ... Episode four, "Vespers", airs tonight": a
    season the paragraph opens with is its topic (nearer than the heading above). One named later
    ("picks up after the first season's finale") is not."""
    blocks = out.article.blocks
    if not 0 <= m.block_index < len(blocks) or blocks[m.block_index].kind != "paragraph":
        return None
    block = blocks[m.block_index]
    opening = out.article.text[block.start : min(block.start + PARAGRAPH_TOPIC_CHARS, m.context[0])]
    named = {n for _, e, n in seasons_in(opening) if not opening.startswith(("'s", "’s"), e - block.start)}
    return named.pop() if len(named) == 1 else None


PARAGRAPH_TOPIC_CHARS = 30  # "Series 2 of the ...", "In the second season, ...": the paragraph's first words


def season_counts(out: RuleOutput) -> dict[int | None, set[int]]:
    """Season -> episode counts the article states for it (from release statements)."""
    counts: dict[int | None, set[int]] = {}
    for d in out.dated:
        if d.episode_count and d.kind != "part":  # "Part 1, made up of five episodes": not the season's
            season = d.seasons[0] if d.seasons else out.context.block_season.get(d.block_index)
            counts.setdefault(season, set()).add(d.episode_count)
    return counts


def _order_number(m: EpisodeMention, season: int | None, counts: dict[int | None, set[int]]) -> int | None:
    if m.order is None or not m.complete:
        return None
    stated = counts.get(season, set()) | ({m.block_count} if m.block_count else set())
    return m.order if not stated or stated == {m.list_size} else None


_BRACKETED = re.compile(r"\([^()]*\)")
_IMAGE_CREDIT = re.compile(r"©|^\s*(?i:key\s+visual|photo|image|pictured|picture|credit)s?\s*:")
SHOW_LOOKBACK = 3  # blocks before a list's intro that may name the show it lists ("X premieres ... .
# Max also released the titles of three episodes:")


def _list_show(out: RuleOutput, m: EpisodeMention) -> str | None:
    """The show the intro or line names; else the one the paragraphs just before it name, up to the
    section's heading (a roundup covers several shows); else the section's or the article's."""
    ctx = out.context
    if m.show is not None:  # "8:00 Show #45 "Title"": the line names its show ("THE SHOW" as in prose)
        return prose_case(out.article.text, " ".join(out.article.text[slice(*m.show)].split()))
    if named := ctx.named_show(masked_sentence(out, m.context)):
        return named
    blocks = out.article.blocks
    k = bisect.bisect_right(blocks, m.context[0], key=lambda b: b.start) - 1  # blocks: in text order
    at = k if k >= 0 and blocks[k].start <= m.context[0] < blocks[k].end else None
    for b in reversed(blocks[max(0, (at or 0) - SHOW_LOOKBACK) : at or 0]):
        if _IMAGE_CREDIT.search(b.text):  # "Key visual: ... over Otaru. © Studio": a picture's place
            continue
        # not the line above's title, nor a credit in brackets ("Written by A (OTHER SHOW) and ...")
        if named := ctx.named_show(_BRACKETED.sub(" ", masked_sentence(out, (b.start, b.end)))):
            return named
        if b.kind in {"heading", "title"}:
            break
    return ctx.section_show.get(m.block_index, ctx.show)


def _season(
    m: EpisodeMention, out: RuleOutput, show: str | None, only: int | None, resolved: list[Resolved] | None
) -> int | None:
    """The episode's season; the article-wide one (`only`) is the main show's, and a line naming its
    own show is about the main show only when the article has one."""
    main = same_show(show, out.context.show) and (m.show is None or out.context.show is not None)
    season = mention_season(m, out, only if main else None)
    if season is None and m.premiere and resolved is not None:
        season = _premiering_season(resolved, show)
    if season is None and show and resolved is not None:
        season = _only_dated_season(resolved, show)
    return season


def _only_dated_season(resolved: list[Resolved], show: str) -> int | None:
    """The one season of `show` whose premiere the article dates ("Tollmere – SERIES PREMIERE!" then
    "Tollmere – Episode 2, "Title"" in a listings guide): its episodes are that season's."""
    seasons = {
        r.seasons[0]
        for r in resolved
        if r.mention.category == "release"
        and r.mention.kind == "premiere"
        and r.seasons
        and r.show
        and fold(r.show) == fold(show)
        and r.date is not None
        and r.date.precision == "day"  # a season airing now, not one "slated for next year"
    }
    return seasons.pop() if len(seasons) == 1 else None


def _premiering_season(resolved: list[Resolved], show: str | None) -> int | None:
    """The latest season of `show` whose premiere the article dates: a flagged "(Season Premiere)"
    episode is the first of the season that premieres now, not of one that premiered before."""
    seasons = {
        r.seasons[0]
        for r in resolved
        if r.mention.category == "release"
        and r.mention.kind == "premiere"
        and r.seasons
        and same_show(r.show, show)
    }
    return max(seasons) if seasons else None


@dataclass
class _Entry:
    show: str | None
    season: int | None
    title: str
    mentions: list[EpisodeMention] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # stated first, then from order

    def add(self, mention: EpisodeMention, title: str) -> None:
        if self.title.isupper() and not title.isupper():  # a schedule's capitals, a guide's own case
            self.title = title
        self.mentions.append(mention)


def _block_titles(out: RuleOutput, index: int) -> list[EpisodeMention]:
    """The episodes named in a block; for an "Aired: <date>" line, those of the label line above it."""
    here = [e for e in out.episodes if e.block_index == index]
    blocks = out.article.blocks
    block = blocks[index] if 0 <= index < len(blocks) else None
    if not here and block is not None and block.index == index:
        titled = {e.block_index for e in out.episodes}
        owner = aired_owner(blocks, index, titled)
        owner = owner if owner is not None else counter_owner(blocks, index, out.episodes)
        here = [e for e in out.episodes if e.block_index == owner]
    return here


def _dated_titles(out: RuleOutput, m: DatedMention) -> list[EpisodeMention]:
    """The episodes a dated statement may date: those its sentence names, else its line's one."""
    here = _block_titles(out, m.block_index)
    titled = [e for e in here if m.sentence[0] <= e.title[0] < m.sentence[1]]
    if len(titled) != 1 and m.rule == "episodes.line":  # the line is the cue; a date may end it
        titled = here if len(here) == 1 else titled
    elif (
        not titled
        and len(here) == 1
        and (m.kind == "episode" or (m.kind == "premiere" and here[0].number == 1))
    ):
        titled = here  # '• Episode 7: "Title" — Written by ... Airs Sunday, August 24.'
    if len(titled) > 1 and m.date is not None:  # 'episode 4, "A", on May 2, with episode 5, "B", on May 9'
        before = [e for e in titled if e.title[1] <= m.date[0]]
        titled = [max(before, key=lambda e: e.title)] if before else []
    return titled


def air_dates(out: RuleOutput, resolved: list[Resolved]) -> dict[tuple[int, int], tuple[str, str]]:
    """Title span -> (date, precision) of the dated release statement about that one episode: its
    own sentence names it ("Episode four, 'X', airs tonight") or it is the episode's own line
    ("Episode 2 – X – Thursday 16th May", "2 | X | July 27"). First in text order wins."""
    found: dict[tuple[int, int], tuple[str, str]] = {}
    for r in sorted(resolved, key=lambda r: r.mention.sentence):
        m = r.mention
        if m.category != "release" or r.date is None or r.date.value is None or r.date.precision is None:
            continue
        titled = _dated_titles(out, m)
        if len(titled) == 1:
            found.setdefault(titled[0].title, (r.date.value, r.date.precision))
    return found


_Placed = tuple[EpisodeMention, str | None, int | None, str]  # mention, show, season, title


def _placed(out: RuleOutput, only: int | None, resolved: list[Resolved] | None) -> list[_Placed]:
    placed: list[_Placed] = []
    for mention in out.episodes:
        show = _list_show(out, mention)  # an episode's own title never names the show
        season = _season(mention, out, show, only, resolved)
        placed.append((mention, show, season, out.article.text[slice(*mention.title)].strip()))
    return placed


def _seasons_shared(placed: list[_Placed]) -> list[_Placed]:
    """A title written twice, once where its show and season are clear ('5×01 – "Title"' under the
    headline) and once where they are not ('Episode 1: "Title" (Oct 15)' further down), is one
    episode of that show and season."""
    shows: dict[str, set[str]] = {}
    for _, show, _, title in placed:
        if show is not None:
            shows.setdefault(fold(title), set()).add(show)
    filled = [
        (
            m,
            show if show is not None or len(shows.get(fold(title), ())) != 1 else min(shows[fold(title)]),
            n,
            title,
        )
        for m, show, n, title in placed
    ]
    known: dict[tuple[str, str], set[int]] = {}
    for _, show, season, title in filled:
        if season is not None:
            known.setdefault((fold(show or ""), fold(title)), set()).add(season)
    out = []
    for m, show, season, title in filled:
        only = known.get((fold(show or ""), fold(title)), set())
        out.append((m, show, season if season is not None or len(only) != 1 else min(only), title))
    return out


def assemble_episodes(out: RuleOutput, resolved: list[Resolved] | None = None) -> list[EpisodeRecord]:
    if not out.episodes:  # most articles list none: skip the article-wide season scan
        return []
    dates = air_dates(out, resolved) if resolved is not None else {}
    text = out.article.text
    counts, only = season_counts(out), article_season(out)
    entries: dict[tuple[str, int | None, str], _Entry] = {}
    for m, show, season, title in _seasons_shared(_placed(out, only, resolved)):
        entry = entries.setdefault((fold(show or ""), season, fold(title)), _Entry(show, season, title))
        entry.add(m, title)
        if m.number is not None:
            entry.numbers.insert(0, m.number)
        elif (n := _order_number(m, season, counts)) is not None:
            entry.numbers.append(n)
        elif m.finale and len(counts.get(season, set())) == 1:  # "The finale, 'X'" of "the six-part drama"
            entry.numbers.append(min(counts[season]))
        elif m.finale and m.after is not None and not counts.get(season):  # after a chain numbered 1..k
            entry.numbers.append(m.after + 1)
    records = []
    for entry in entries.values():
        evidence = merge_evidence(
            Evidence(start=s, end=e, text=text[s:e], rule=m.rule, block=m.block_kind)
            for m in entry.mentions
            for s, e in (m.title,)
        )
        air = next(
            (dates[m.title] for m in sorted(entry.mentions, key=lambda m: m.title) if m.title in dates), None
        )
        records.append(
            EpisodeRecord(
                show=entry.show,
                season=entry.season,
                number=entry.numbers[0] if entry.numbers else None,
                title=entry.title,
                runtime_minutes=next((m.runtime for m in entry.mentions if m.runtime), None),
                air_date=air[0] if air else None,
                air_date_precision=air[1] if air else None,
                evidence=evidence,
            )
        )
    records = _short_forms_merged(records)
    records.sort(key=lambda r: (r.evidence[0].start, fold(r.title)))
    return records


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _short_forms_merged(records: list[EpisodeRecord]) -> list[EpisodeRecord]:
    """'episode three, "Crossroads"' after the list's 'Episode 3 – The Crossroads' is that episode: a
    title without its leading article, same show, season and number, is one record."""
    full = {
        (fold(r.show or ""), r.season, r.number, fold(_ARTICLE.sub("", r.title))): r
        for r in records
        if r.number is not None and _ARTICLE.match(r.title)
    }
    out: list[EpisodeRecord] = []
    merged: dict[int, list[Evidence]] = {}
    for r in records:
        key = (fold(r.show or ""), r.season, r.number, fold(r.title))
        if r.number is not None and not _ARTICLE.match(r.title) and key in full:
            target = full[key]
            merged[id(target)] = [*merged.get(id(target), target.evidence), *r.evidence]
            continue
        out.append(r)
    return [
        r.model_copy(update={"evidence": merge_evidence(merged[id(r)])}) if id(r) in merged else r
        for r in out
    ]
