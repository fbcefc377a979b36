"""Premiere and event mentions -> records, with dates normalised against the article's own time anchors.

A date's missing year comes from the published date when known, else from the explicit years
before it in its section, then in the article (`hsextract.dates` applies that policy; this module
only says which years those are). Decisions made here, with the whole article in view:
- one release record per (show, season, kind, part, date); repeated statements merge their evidence,
  the least hedged status wins and a stated platform/episode count fills a gap;
- one event record per (kind, show, seasons, date); an undated mention of an event the article
  dates elsewhere lends its evidence to that record, an undated event on its own is dropped
  (gold rule 6.4 makes it optional, and only dated events are facts a reader can act on);
- a season the statement does not name is the season of its section, then the article's.
"""

from __future__ import annotations

import bisect
import datetime
from dataclasses import dataclass, field

from hsextract.dates import DateContext, NormalisedDate, explicit_years, normalise
from hsextract.models import EventRecord, Evidence, ReleaseRecord
from hsextract.rules import SKIPPED_BLOCKS, RuleOutput
from hsextract.rules.context import single_season
from hsextract.rules.releases import STATUS_RANK, DatedMention
from hsextract.textnorm import fold

SECTION_KINDS = frozenset({"title", "heading"})


@dataclass
class Anchors:
    """Explicit years of the article (content blocks only) and where each section starts."""

    years: list[tuple[int, int]]  # (article offset, year) in text order
    section_starts: list[int]
    published: datetime.date | None

    def context(self, at: int) -> DateContext:
        """What `dates.normalise` needs to place a mention at article offset `at` in time."""
        i = bisect.bisect_right(self.section_starts, at) - 1
        section_start = self.section_starts[i] if i >= 0 else 0
        before = [y for off, y in self.years if off < at]
        in_section = tuple(y for off, y in self.years if section_start <= off < at)
        return DateContext(published=self.published, section_years=in_section,
                           article_years=tuple(y for _, y in self.years), article_years_before=len(before))


def anchors_for(out: RuleOutput) -> Anchors:
    years: list[tuple[int, int]] = []
    starts: list[int] = []
    for b in out.article.blocks:
        if b.kind in SECTION_KINDS:
            starts.append(b.start)
        if b.kind not in SKIPPED_BLOCKS:
            years += [(b.start + off, y) for off, y in explicit_years(b.text)]
    return Anchors(years, starts, out.article.published)


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


def article_season(out: RuleOutput) -> int | None:
    """The one season an article talks about, if it names exactly one anywhere outside the byline/bio."""
    return single_season("\n".join(b.text for b in out.article.blocks if b.kind not in SKIPPED_BLOCKS))


def by_tense(m: DatedMention, expression: str, date: NormalisedDate, anchors: Anchors) -> NormalisedDate:
    """A year taken from the published date goes forward for a future statement, back for a past one.

    `dates` picks the year nearest the published date; gold rule 4.4 wants the next occurrence
    for "will premiere in December" written in March, and the last one for "premiered in December".
    """
    published = anchors.published
    if date.year_source != "published" or date.value is None or published is None or m.tense is None:
        return date
    stamp = published.isoformat()[: len(date.value)]
    shift = {("future", True): 1, ("past", False): -1}.get((m.tense, date.value < stamp), 0)
    if not shift or date.value == stamp:
        return date
    again = normalise(expression, DateContext(section_years=(int(date.value[:4]) + shift,)))
    return again if again is not None and again.value is not None else date


def _other_show(named: str, show: str, title: str) -> bool:
    """A title before the cue that is neither the sentence's show nor in the headline: another series."""
    return named not in title and not (show and (named in show or show in named))


def resolve(out: RuleOutput, anchors: Anchors) -> list[Resolved]:
    """Normalise every dated mention once (non-dates and unguessable dates drop out) and attribute it."""
    text, ctx = out.article.text, out.context
    resolved = []
    only = article_season(out)
    blocks = out.article.blocks
    title = fold(blocks[0].text) if blocks and blocks[0].kind == "title" else ""  # the article's own subject
    for m in out.dated:
        date = normalise(text[slice(*m.date)], anchors.context(m.date[0])) if m.date else None
        if m.date is not None and (date is None or date.value is None):
            continue  # not a calendar date, or one we must not guess ("later this year", no published date)
        date = by_tense(m, text[slice(*m.date)], date, anchors) if m.date and date else date
        show = ctx.sentence_show(text[slice(*m.sentence)], m.block_index)
        named = " ".join(text[slice(*m.subject)].split()) if m.subject else ""
        other = bool(named) and _other_show(fold(named), fold(show or ""), title)
        section = None if other else ctx.block_season.get(m.block_index, only)
        # A cancellation ends the series: an unnumbered one is not about the section's season.
        seasons = m.seasons or ((section,) if section and m.category != "cancellation" else ())
        resolved.append(Resolved(m, named if other else show, seasons, date, other))
    return resolved


@dataclass
class _Group:
    items: list[Resolved] = field(default_factory=list)

    @property
    def best(self) -> Resolved:
        """The statement that speaks for the group: prose over headings, a qualified date over a bare one."""
        dated = [r for r in self.items if r.date is not None]
        return min(dated, key=lambda r: (r.mention.block_kind != "paragraph",
                                         r.date is None or not r.date.qualifier, r.mention.evidence))

    def evidence(self, text: str) -> list[Evidence]:
        """Every mention's span once, in text order."""
        found = {(ev.start, ev.end, ev.rule): ev for r in self.items if (ev := evidence(r.mention, text))}
        return [found[k] for k in sorted(found)]


def assemble_releases(out: RuleOutput, resolved: list[Resolved] | None = None) -> list[ReleaseRecord]:
    """One record per (show, season, kind, part, date); `resolved` lets events share one normalisation."""
    text, ctx = out.article.text, out.context
    groups: dict[tuple[object, ...], _Group] = {}
    for r in resolved if resolved is not None else resolve(out, anchors_for(out)):
        m = r.mention
        if m.category != "release" or r.date is None:
            continue
        season = r.seasons[0] if r.seasons else None
        key = (fold(r.show or ""), season, m.kind, m.part, r.date.value)
        groups.setdefault(key, _Group()).items.append(r)
    records = []
    for group in groups.values():
        first, mentions = group.best, [r.mention for r in group.items]
        assert first.date is not None
        platform = next((m.platform for m in mentions if m.platform), None)
        block = first.mention.block_index
        records.append(ReleaseRecord(
            show=first.show, season=first.seasons[0] if first.seasons else None, kind=first.mention.kind,
            part=first.mention.part, date=first.date.value, precision=first.date.precision,
            qualifier=first.date.qualifier,
            platform=platform or (None if first.other_show else ctx.section_platform.get(block,
                                                                                          ctx.platform)),
            episode_count=next((m.episode_count for m in mentions if m.episode_count), None),
            episode_runtime_minutes=next((m.runtime for m in mentions if m.runtime), None),
            status=min((m.status for m in mentions), key=STATUS_RANK.__getitem__),
            evidence=group.evidence(text),
        ))
    records.sort(key=lambda r: (r.evidence[0].start, r.date or ""))
    return records


def assemble_events(out: RuleOutput, resolved: list[Resolved] | None = None) -> list[EventRecord]:
    """One record per dated (kind, show, seasons, date); undated mentions only add evidence."""
    text = out.article.text
    groups: dict[tuple[object, ...], _Group] = {}
    undated: list[Resolved] = []
    for r in resolved if resolved is not None else resolve(out, anchors_for(out)):
        if r.mention.category == "release":
            continue
        if r.date is None:
            undated.append(r)
            continue
        key = (r.mention.category, fold(r.show or ""), r.seasons, r.date.value)
        groups.setdefault(key, _Group()).items.append(r)
    for r in undated:  # "several images were released" after the dated first look: same event
        same = (r.mention.category, fold(r.show or ""), r.seasons)
        twin = next((g for k, g in groups.items() if k[:3] == same), None)
        if twin is not None:
            twin.items.append(r)
    records = []
    for group in groups.values():
        first = group.best
        assert first.date is not None
        records.append(EventRecord(
            kind=first.mention.category,
            show=first.show, seasons=list(first.seasons), date=first.date.value,
            precision=first.date.precision, qualifier=first.date.qualifier, evidence=group.evidence(text),
        ))
    records.sort(key=lambda r: (r.evidence[0].start, r.kind))
    return records
