"""Premiere (release) and event mentions: a dated clause and the cue saying what the date is for.

Date candidates are the model's DATE entities plus the `date.*` patterns it misses ("Friday
April 22", "3rd October"); cues, statuses, negations, part/finale labels and episode counts are
rules in release_rules.json, and the rule id travels with each mention into its evidence. A date
attaches to the nearest cue in its clause, a cue before the date being preferred ("began in
September 2022 and wrapped in December"). Nothing is normalised here (dates is a later stage).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from hsextract.ingest import Block
from hsextract.rules.context import platforms_in, seasons_in
from hsextract.rules.episodes import Hit, number_value, stated_counts
from hsextract.rules.units import Sentence
from hsextract.rules.vocab import MONTHS, OTHER_WORK_WORDS, WEEKDAYS

Offsets = tuple[int, int]
FOLLOWING_PENALTY = 30  # chars: a cue or season after the date ("the May 5 premiere") must sit much closer
MAX_CUE_DISTANCE = 60  # chars between a date and its cue; further apart they belong to different statements
OTHER_WORK_WINDOW = 4  # words before a cue in which "the film"/"the novel" makes it another work's release
STATUS_RANK = {"confirmed": 0, "expected": 1, "speculated": 2}
MULTI_SEASON_EVENTS = frozenset({"renewal", "cancellation"})
# Events that happen by being announced: a "said on <date>" date is theirs, never a release's or filming's.
STATEMENT_EVENTS = frozenset({"renewal", "cancellation", "announcement", "date_change"})
SUBJECT_GAP = frozenset({"will", "has", "have", "had", "is", "was", "were", "are", "be", "been", "'ll"})
SUBJECT_ENTS = frozenset({"", "WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "FAC"})
EVENT_NOUNS = frozenset({"event.trailer", "event.first_look"})
_LEADING_PREPOSITION = re.compile(r"^(?:(?:in|on|from|until|till|since|through|during|at|a|an)\s+)+", re.I)
_YEAR_TAIL = re.compile(r"[\s,]*(?:(?:19|20)\d\d)?")
_NEW_DATE = re.compile(r"\b(?:to|until|till|from|for|original|originally)\b[^,.;]*$")
_DATE_WORD = re.compile(r"\b(?:(?:19|20)\d\d|spring|summer|fall|autumn|winter|holidays?)\b"
                        r"|\b(?:this|next|last)\s+(?:year|month|week)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DatedMention:
    """A release or event statement; `date` None = undated (only kept to merge into a dated twin)."""

    category: str  # "release" or a models.EventKind
    rule: str
    cue: Offsets
    date: Offsets | None
    sentence: Offsets
    block_kind: str
    block_index: int
    kind: str = "premiere"
    part: str | None = None
    status: str = "confirmed"
    tense: str | None = None  # "future" / "past": which way a year taken from the published date may go
    seasons: tuple[int, ...] = ()  # from the statement; empty = take the section's season
    platform: str | None = None
    episode_count: int | None = None
    runtime: int | None = None
    subject: Offsets | None = None  # a title right before the cue: "When Other Show dropped in 2019"

    @property
    def evidence(self) -> Offsets:
        ends = (self.cue, self.date) if self.date else (self.cue,)
        return min(e[0] for e in ends), max(e[1] for e in ends)


def _overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(h: Hit, span: Offsets) -> bool:
    return span[0] <= h.start and h.end <= span[1]


def _trimmed(text: str, h: Hit) -> Hit | None:
    """Without a leading preposition ('until April 2022') or trailing commas; None if not date-like."""
    raw = text[h.start : h.end]
    lead = _LEADING_PREPOSITION.match(raw)
    start, end = h.start + (lead.end() if lead else 0), h.start + len(raw.rstrip(" ,;:"))
    words = re.findall(r"[a-z]+\.?", text[start:end].lower())
    dated = any(w in MONTHS or w.rstrip(".") in MONTHS or w in WEEKDAYS for w in words)
    return replace(h, start=start, end=end) if dated or _DATE_WORD.search(text, start, end) else None


def date_candidates(text: str, hits: list[Hit]) -> list[Hit]:
    """Rule dates first (non-overlapping, longest); an entity may extend one by a qualifier or a year."""
    trimmed = [t for h in hits if h.rule.startswith("date.") and (t := _trimmed(text, h)) is not None]
    chosen: list[Hit] = []
    for h in sorted((h for h in trimmed if h.rule != "date.ner"), key=lambda h: (h.start - h.end, h.start)):
        if not any(_overlaps(h, c) for c in chosen):
            chosen.append(h)
    for ent in (h for h in trimmed if h.rule == "date.ner"):
        over = [c for c in chosen if _overlaps(ent, c)]
        if not over or (len(over) == 1 and _inside(over[0], (ent.start, ent.end))
                        and _YEAR_TAIL.fullmatch(text, over[0].end, ent.end)):  # not "May 3 and season 2"
            chosen = [c for c in chosen if c not in over] + [ent]
    return sorted(chosen, key=lambda h: h.start)


class SentenceHits:
    """One sentence's hits and clauses, and the questions the mention builder asks of them."""

    def __init__(self, text: str, sentence: Sentence, hits: list[Hit]) -> None:
        self.text, self.sentence, self.hits = text, sentence, hits
        self.span = (sentence.start, sentence.end)
        bounds = [sentence.start, *sorted(h.start for h in self.of("clause.")), sentence.end]
        self.clauses = [(a, b) for a, b in itertools.pairwise(bounds) if b > a] or [self.span]
        self.dates = date_candidates(text, hits)
        skips = self.of("skip.")  # release words doing another job ("return as", "the streaming giant")
        cues = [h for h in hits if h.rule.startswith("event.") or (h.rule.startswith("release.") and not any(
            _overlaps(h, s) for s in skips) and not self._other_work(h))]
        # A skipped cue still claims its date ("premiered at a festival in May"): no other cue may take it.
        self.blocked = [replace(h, end=max([h.end] + [s.end for s in skips if _overlaps(h, s)]))
                        for h in hits if h.rule.startswith("release.") and h not in cues]
        self.cues = sorted({c for c in cues if not any(  # "shooting ... wrapped" and "wrapped": one cue
            o.rule == c.rule and o.end - o.start > c.end - c.start and _overlaps(o, c) for o in cues)},
            key=lambda h: (h.start, h.end))
        for clause in self.clauses:  # "the trailer was released": the verb belongs to the trailer
            if any(c.rule in EVENT_NOUNS and _inside(c, clause) for c in self.cues):
                self.cues = [c for c in self.cues if not (c.rule == "release.generic" and _inside(c, clause))]

    def of(self, prefix: str, span: Offsets | None = None) -> list[Hit]:
        return [h for h in self.hits if h.rule.startswith(prefix) and (span is None or _inside(h, span))]

    def clause_of(self, pos: int) -> Offsets:
        return next((c for c in self.clauses if c[0] <= pos < c[1]), self.clauses[-1])

    def _other_work(self, cue: Hit) -> bool:
        clause = re.split(r"[,;:()]", self.text[self.sentence.start : cue.start])[-1]
        before = [w.lower().strip(".'’s") for w in clause.split()[-OTHER_WORK_WINDOW:]]
        return cue.rule.startswith("release.") and any(w in OTHER_WORK_WORDS for w in before)

    def negated(self, window: Offsets, date: Hit | None) -> bool:
        """A negation before the cue, unless an idiom ("no surprise") or "not ... until <date>"."""
        skips = self.of("neg.skip")
        return any(not any(_overlaps(neg, s) for s in skips)
                   and not (date is not None and self.of("neg.cancel", (neg.end, date.end)))
                   for neg in self.of("neg.not", window))

    def status(self, window: Offsets, hedged_heading: bool) -> tuple[str, str | None]:
        """(status, tense): the most hedged status word wins; a future marker outweighs a past verb."""
        found = {h.rule.split(".")[1] for h in self.of("status.", window)}
        tenses = {h.rule.split(".")[1] for h in self.of("tense.", window)}
        tense = "future" if "future" in tenses else ("past" if tenses else None)
        if found - {"confirmed"}:
            return max(found - {"confirmed"}, key=STATUS_RANK.__getitem__), tense
        return ("expected" if hedged_heading and not found else "confirmed"), tense

    def seasons(self, anchor: Offsets, scope: Offsets, every: bool) -> tuple[int, ...]:
        """Every season in scope (a renewal), or the one nearest the statement, preferring one before it."""
        found = [(scope[0] + s, scope[0] + e, n) for s, e, n in seasons_in(self.text[scope[0] : scope[1]])]
        found += [(s, e, n) for h in self.of("season.", scope) for _, s, e in h.slots
                  if (n := number_value(self.text[s:e]) or 0) > 0]
        if every or not found:
            return tuple(sorted({n for _, _, n in found}))
        before = [(anchor[0] - e, n) for s, e, n in found if e <= anchor[0]]
        after = [(max(0, s - anchor[1]) + FOLLOWING_PENALTY, n) for s, e, n in found if e > anchor[0]]
        return (min(before + after)[1],)

    def platform(self, cue: Hit) -> str | None:
        for a, b in (self.clause_of(cue.start), self.span):
            if found := [(abs(a + s - cue.start), p) for s, _, p in platforms_in(self.text[a:b])]:
                return min(found)[1]
        return None

    def subject(self, cue: Hit) -> Offsets | None:
        """A non-person, non-platform name right before the cue (auxiliaries aside) names the show."""
        before = [u for u in self.sentence.units if u.end <= cue.start]
        while before and before[-1].lower in SUBJECT_GAP:
            before.pop()
        u = before[-1] if before else None
        title_verb = any(_overlaps(h, cue) for h in self.of("subject."))  # the small model tags titles PERSON
        named = u is not None and u.kind == "NAME" and not platforms_in(u.text)
        return (u.start, u.end) if u is not None and named and (u.ent in SUBJECT_ENTS or title_verb) else None


def _nearest(cues: list[Hit], d: Hit) -> Hit | None:
    """The cue nearest the date, a cue after it counting FOLLOWING_PENALTY chars further away."""
    near = [c for c in cues if max(d.start - c.end, c.start - d.end) <= MAX_CUE_DISTANCE]
    return min(near, key=lambda c: d.start - c.end if c.end <= d.start
               else max(0, c.start - d.end) + FOLLOWING_PENALTY) if near else None


def _said(sh: SentenceHits, d: Hit, cue: Hit) -> bool:
    """'confirmed on Thursday that ...', 'In January, Netflix said ...': the date is when it was said."""
    return any((h.end <= d.start and not sh.text[h.end : d.start].strip())
               or (d.end <= h.start and h.end <= cue.start) for h in sh.of("said."))


def _attach(sh: SentenceHits, line_cue: Offsets | None) -> tuple[list[tuple[Hit, Hit | None]], list[Hit]]:
    """(cue, date) pairs, undated event cues as (cue, None), and the dates no cue claimed."""
    pairs: list[tuple[Hit, Hit | None]] = []
    loose: list[Hit] = []
    for d in sh.dates:
        clause = sh.clause_of(d.start)
        cues = [c for c in sh.cues if _inside(c, clause)] or [  # "Season 2 release date: May 5"
            c for c in sh.cues if sh.text[clause[0]] in ":–—" and c.end <= clause[0] + 1
            and not any(_inside(x, sh.clause_of(c.start)) for x in sh.dates)]
        if not cues and line_cue is not None:  # "Episode 2: 'Title' - October 10": the line is the cue
            cues = [Hit("episodes.line", *line_cue)]
        if (best := _nearest(cues + [b for b in sh.blocked if _inside(b, clause)], d)) in sh.blocked:
            best = None
        if best is not None and best.rule.split(".")[1] not in STATEMENT_EVENTS and _said(sh, d, best):
            best = _nearest([c for c in cues if c.rule.split(".")[1] in STATEMENT_EVENTS], d)
        if best is None:
            loose.append(d)
            continue
        pairs.append((best, d))
    used = {c for c, _ in pairs}
    return pairs + [(c, None) for c in sh.cues if c not in used and c.rule.startswith("event.")], loose


def _release_kind(sh: SentenceHits, cue: Hit, date: Hit) -> tuple[str, str | None]:
    """premiere / part (with its label as written) / episode / finale, from labels just before the date."""
    seg_start = max([sh.clause_of(date.start)[0]] + [x.end for x in sh.dates if x.end <= date.start])
    labels = sh.of("label.", (seg_start, date.start)) or sh.of("label.", (cue.start, cue.end))
    if not labels:
        return ("finale" if cue.rule == "release.finale" else "premiere"), None
    label = max(labels, key=lambda h: (h.end, h.end - h.start))
    kind = label.rule.split(".")[1]  # label.<kind>
    return kind, " ".join(sh.text[label.start : label.end].split()) if kind == "part" else None


def _mention(sh: SentenceHits, cue: Hit, date: Hit | None, hedged: bool) -> DatedMention | None:
    category = cue.rule.split(".")[1] if cue.rule.startswith("event.") else "release"
    if category == "date_change" and date and _NEW_DATE.search(sh.text, cue.end, max(cue.end, date.start)):
        category = "release"  # "pushed back to March 2025": the date is the (new) release date
    cue_clause = sh.clause_of(cue.start)
    if date is None:  # only event cues come undated (an undated release is at most an optional record)
        neg_window = status_window = scope = cue_clause
        anchor: Offsets = (cue.start, cue.end)
    else:
        inside = sh.span[0] <= date.start < sh.span[1]  # else a date carried over from the sentence before
        date_clause = sh.clause_of(date.start) if inside else cue_clause
        start = min(cue_clause[0], date_clause[0])
        neg_window, status_window = (start, max(cue.end, date.start)), (start, max(cue.end, date.end))
        scope = (start, max(cue_clause[1], date_clause[1]))
        anchor = (date.start, date.end) if inside else (cue.start, cue.end)
    if sh.negated(neg_window, date):
        return None
    status, tense = sh.status(status_window, hedged)
    if category != "release" and status == "speculated":
        return None  # hypothetical events are not events
    every, when = category in MULTI_SEASON_EVENTS, ((date.start, date.end) if date else None)
    base = DatedMention(category, cue.rule, (cue.start, cue.end), when, sh.span, sh.sentence.block_kind,
                        sh.sentence.block_index, status=status, tense=tense,
                        seasons=sh.seasons(anchor, scope, every) or sh.seasons(anchor, sh.span, every))
    if category != "release" or date is None:
        return base
    kind, part = _release_kind(sh, cue, date)
    count, runtime = stated_counts(sh.text, sh.hits) if kind in {"premiere", "part"} else (None, None)
    return replace(base, kind=kind, part=part, platform=sh.platform(cue), episode_count=count,
                   runtime=runtime, subject=sh.subject(cue))


def hedged_sections(blocks: list[Block], hits: list[Hit]) -> dict[int, bool]:
    """Block index -> whether its section heading hedges ("Predicted release date")."""
    out, current = dict[int, bool](), False
    for b in blocks:
        if b.kind in {"title", "heading"}:
            current = any(h.rule.startswith("hedge.") and _inside(h, (b.start, b.end)) for h in hits)
        out[b.index] = current
    return out


def _borrow_counts(mentions: list[tuple[int, DatedMention]], views: list[SentenceHits]) -> list[DatedMention]:
    """'Out on May 5. All six hour-long episodes drop at once.': an undated neighbour's count, same season."""
    out = []
    for i, m in mentions:
        if m.category == "release" and m.kind in {"premiere", "part"} and not (m.episode_count or m.runtime):
            for v in (views[j] for j in (i - 1, i + 1) if 0 <= j < len(views)):
                other = {n for _, _, n in seasons_in(v.text[v.span[0] : v.span[1]])}
                if v.sentence.block_index == m.block_index and not v.dates and other <= set(m.seasons):
                    count, runtime = stated_counts(v.text, v.hits)
                    m = replace(m, episode_count=count, runtime=runtime) if count or runtime else m
        out.append(m)
    return out


def find_dated(text: str, sentences: list[Sentence], hits: list[Hit], hedged: dict[int, bool],
               episode_lines: dict[int, Offsets]) -> list[DatedMention]:
    """Every release/event mention of the article; questions ("Will there be ...?") assert nothing."""
    starts = [h.start for h in hits]
    out, views = list[tuple[int, DatedMention]](), list[SentenceHits]()
    loose_before: tuple[int, Hit] | None = None
    for i, sentence in enumerate(sentences):
        lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
        sh = SentenceHits(text, sentence, [h for h in hits[lo:hi] if h.end <= sentence.end])
        views.append(sh)
        question = text[sentence.start : sentence.end].rstrip().endswith("?")
        pairs, loose = ([], []) if question else _attach(sh, episode_lines.get(sentence.block_index))
        if sh.of("anaphora.") and loose_before and loose_before[0] == sentence.block_index:
            # "... in June 2023. During this event, Netflix released the first clip": the event's date
            pairs = [(c, d if d is not None else loose_before[1]) for c, d in pairs]
        for cue, date in pairs:
            if (mention := _mention(sh, cue, date, hedged.get(sentence.block_index, False))) is not None:
                out.append((i, mention))
        loose_before = (sentence.block_index, loose[-1]) if loose else None
    return _borrow_counts(out, views)
