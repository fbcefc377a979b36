"""Rule matches in article offsets (`Hit`), shared by the release, event and episode rules.

`collect_hits` runs release_rules.json once per article; `date_candidates` picks the spans that
can be calendar dates among them, `stated_counts` reads episode counts and runtimes, and
`SentenceHits` answers what the mention builder asks about one sentence (its clauses, cues,
status, seasons, platform, and the title a cue's statement is about). A span is only a date
candidate when it names a point or period on the calendar: a recurrence ("every Wednesday", "on
Sundays"), a day counted from a story event ("the Friday after"), a bound ("just before
Christmas") and a bare season used as a modifier ("winter launches") date nothing.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from hsextract.ner import Chunk
from hsextract.rules.engine import CompiledRules
from hsextract.rules.titles import NUMBER_WORDS, ORDINALS, platforms_in, relative_season, seasons_in
from hsextract.rules.tokens import Tokens, token_table
from hsextract.rules.units import Sentence, Unit
from hsextract.rules.vocab import (
    MONTHS,
    OTHER_WORK_WORDS,
    SEASON_PHRASE,
    STATEMENT_ADVERBS,
    STATEMENT_VERBS,
    SUBJECT_GAP,
    WEEKDAYS,
)

Offsets = tuple[int, int]
FOLLOWING_PENALTY = 30  # chars: a cue or season after the date ("the May 5 premiere") must sit much closer
OTHER_WORK_WORDS_BEFORE = (
    4  # words before a cue in which "the film"/"the novel" makes it another work's release
)
STATUS_RANK = {"confirmed": 0, "expected": 1, "speculated": 2}
SUBJECT_ENTS = frozenset({"", "WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "FAC"})
EVENT_NOUNS = frozenset({"event.trailer", "event.first_look"})
_ANNOUNCER = re.compile(
    rf"(?:\s+(?:{'|'.join(STATEMENT_ADVERBS)}))*\s+(?:{'|'.join(STATEMENT_VERBS)})\b", re.IGNORECASE
)
TITLE_RUN = r"[A-Z0-9][\w'’&!?-]*(?:\s+(?:(?:of|the|and|at|in|on|for|a|an|to|&)\s+)*[A-Z0-9][\w'’&!?-]*)*"
_TITLE_START = re.compile(TITLE_RUN)

_LEADING_PREPOSITION = re.compile(r"^(?:(?:in|on|from|until|till|since|through|during|at|a|an)\s+)+", re.I)
_MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_RANGE = re.compile(
    rf"(?i:(?:from\s+)?{_MONTH_NAMES}(?:\s+\d{{4}})?\s*(?:to|until|through|and|[-–—])\s*{_MONTH_NAMES},?\s+\d{{4}}"
    # "Jan. 8 - April 2, 2025": the days of one run, the year written once at its end
    rf"|(?:from\s+)?{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|until|through|[-–—])\s*"
    rf"{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_LEADING_SEASON = re.compile(
    r"(?:the\s+)?(?:[a-z]+\s+)?(?i:season|series)\s+(?=(?:last|next|this|early|late|in|on)\b|[A-Z][a-z])"
)
_SEASONISH = re.compile(r"\b(?:season|series|episode|part|volume)s?\b", re.IGNORECASE)
# "kept the format of the first, which aired in 2024": an ordinal standing for a season the sentence
# names ("The third season ... the first")
_ELLIPTIC_SEASON = re.compile(
    r"\b(?:the|its)\s+(" + "|".join(ORDINALS) + r")\s*,\s*(?=(?:which|that)\b)", re.IGNORECASE
)
_SEASON_NOUN = re.compile(r"\b(?:season|series)\b", re.IGNORECASE)
_YEAR_TAIL = re.compile(r"[\s,]*(?:(?:19|20)\d\d)?")
_DATE_WORD = re.compile(
    r"\b(?:(?:19|20)\d\d|spring|summer|fall|autumn|winter|holidays?|today|tonight"
    r"|tomorrow|yesterday|christmas|halloween|new year's (?:day|eve)|valentine's day)\b"
    r"|\b(?:this|next|last)\s+(?:year|month|week)\b",
    re.IGNORECASE,
)
# "every Wednesday", "each Sunday", "weekly on Thursdays": a schedule, not one date.
_WEEKDAY_ALT = "|".join(sorted(WEEKDAYS))
# "every Monday and Tuesday", "each Saturday, Sunday and": the later weekdays recur too
_RECURRING_BEFORE = re.compile(
    r"\b(?:every|each|weekly|nightly|daily)\s+(?:on\s+)?(?:(?:"
    + _WEEKDAY_ALT
    + r")s?\s*(?:,|and|or|&)\s*)*$",
    re.I,
)
_PLURAL_WEEKDAY = re.compile(r"^(?:" + _WEEKDAY_ALT + r")s$", re.I)
_RECURRING_START = re.compile(r"^(?:every|each)\b", re.I)
# "the Friday after", "the day before": counted from an event in the story, not from the calendar.
# ("on Tuesday after two seasons" is a day: the clause after it measures the run)
_ANAPHORIC_AFTER = re.compile(
    r"\s+(?:after|before|afterwards|later|earlier|prior)\b"
    r"(?!\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:seasons?|series|years?|runs?)\b)",
    re.I,
)
# "just before Christmas", "a Christmas special": a bound, or a holiday used as a modifier.
_BOUND_BEFORE = re.compile(r"\b(?:before|after|ahead of|prior to)\s+$", re.I)
_HOLIDAY_MODIFIER = re.compile(
    r"\s+(?:specials?|episodes?|party|parties|edition|films?|movies?|market|"
    r"jumpers?|dinner|lights|tree|cards?|number|outing)\b",
    re.I,
)
_HOLIDAY = re.compile(r"(?:christmas|halloween|new year's|valentine's)", re.I)
_DAY_LIKE = re.compile(
    r"(?<![\d-])\d{1,2}(?:st|nd|rd|th)?\b|\b(?:" + _WEEKDAY_ALT + r")\b|" + _HOLIDAY.pattern,
    re.I,
)
# "a Sunday-night slot", "Sunday nights": a time slot, not a day.
_SLOT_AFTER = re.compile(r"(?:[\s-]+(?:nights|evenings|mornings|afternoons)\b|-night\b|\s+slot\b)", re.I)
_SEASON_WORD = re.compile(r"^(?:the\s+)?(?:spring|summer|fall|autumn|winter)$", re.I)
_SEASON_ANCHOR_BEFORE = re.compile(
    r"\b(?:in|by|until|till|from|since|during|through|this|next|last|coming|"
    r"early|late|mid|later)\s+(?:the\s+)?$",
    re.I,
)


class Hit(NamedTuple):
    """One rule match (or DATE entity) in article offsets; slots as (name, start, end). A named
    tuple: an article has dozens, and a frozen dataclass costs several times as much to make."""

    rule: str
    start: int
    end: int
    slots: tuple[tuple[str, int, int], ...] = ()


def collect_hits(chunks: list[Chunk], rules: CompiledRules, tables: list[Tokens] | None = None) -> list[Hit]:
    """Every rule match and DATE entity of the article, sorted by position. `tables`: the chunks'
    token tables when the caller has them (offsets read from lists, not from spaCy objects)."""
    hits: list[Hit] = []
    for k, chunk in enumerate(chunks):
        doc, o = chunk.doc, chunk.offset
        t = tables[k] if tables is not None else token_table(doc)
        idx, text = t.idx, t.text
        for m in rules(doc):
            slots = tuple((name, idx[i] + o, idx[i] + len(text[i]) + o) for name, i in m.slots)
            hits.append(Hit(m.rule, idx[m.start] + o, idx[m.end - 1] + len(text[m.end - 1]) + o, slots))
        hits += [Hit("date.ner", d.start_char + o, d.end_char + o) for d in doc.ents if d.label_ == "DATE"]
    return sorted(hits, key=lambda h: (h.start, h.end, h.rule))


def overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def inside(h: Hit, span: Offsets) -> bool:
    return span[0] <= h.start and h.end <= span[1]


def number_value(word: str) -> int | None:
    low = word.lower().strip(".")
    if low.isdigit():
        return int(low)
    return 60 if low.startswith("hour") else NUMBER_WORDS.get(low) or ORDINALS.get(low) or None


def stated_counts(text: str, hits: list[Hit], batches: bool = False) -> tuple[int | None, int | None]:
    """(episode count, runtime) among `hits`, not counting "the first two episodes"; with `batches`,
    not "premieres with two episodes" either (a first batch, when the episodes then come weekly)."""
    excluded = [h for h in hits if h.rule == "count.exclude"]
    found = [
        h
        for h in hits
        if h.rule == "count.episodes"
        and not any(overlaps(h, x) for x in excluded)
        and not (
            batches
            and re.search(r"\bwith\s+$", text[max(0, h.start - 8) : h.start])
            and not text.startswith("all", h.start)
        )
    ]
    values = [{name: number_value(text[s:e]) for name, s, e in h.slots} for h in found]
    return (
        next((v["count"] for v in values if v.get("count")), None),
        next((v["runtime"] for v in values if v.get("runtime")), None),
    )


_YEAR_POSSESSIVE = re.compile(r"(?i:(?<!new\s)\byear|\b\d{4})['’]s\b")
_BOUND_START = re.compile(r"(?:before|after)\s", re.I)
_WEEKDAY_SPAN = re.compile(r"(?:the\s+)?(?:" + _WEEKDAY_ALT + r")", re.I)
_LOWER_WORD = re.compile(r"[a-z]+\.?")


def _not_a_point(text: str, start: int, end: int) -> bool:
    """A schedule ("every Wednesday"), a story-relative day ("the Friday after"), a bare season modifier."""
    span, before = text[start:end], text[max(0, start - 24) : start]
    if _YEAR_POSSESSIVE.search(text[start : end + 2]):
        return True  # "last year's best shows", "2019's hit": the year describes something else
    bound = _BOUND_BEFORE.search(before) or _BOUND_START.match(span)
    if bound and _DAY_LIKE.search(span):  # "wrapped just before Christmas"; "before the end of 2025" is kept
        return True
    if _HOLIDAY.match(span) and _HOLIDAY_MODIFIER.match(text, end):
        return True
    if (
        _RECURRING_BEFORE.search(before)
        or _RECURRING_START.match(span)
        or _PLURAL_WEEKDAY.match(span.split()[-1].strip(".,"))
    ):
        return True
    if _WEEKDAY_SPAN.fullmatch(span) and (_ANAPHORIC_AFTER.match(text, end) or _SLOT_AFTER.match(text, end)):
        return True
    return bool(_SEASON_WORD.match(span)) and not _SEASON_ANCHOR_BEFORE.search(before)


_BARE_ORDINAL_DAY = re.compile(r"the\s+\d{1,2}(?:st|nd|rd|th)$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(
    r"\s+(?i:season|series|episode|instal|outing|run|anniversary|century|birthday|time|place|edition|floor|of)"
)


def _trimmed(text: str, h: Hit) -> Hit | None:
    """Without a leading preposition ('until April 2022') or trailing commas; None if not a date."""
    raw = text[h.start : h.end]
    lead = _LEADING_PREPOSITION.match(raw) or _LEADING_SEASON.match(raw)  # "second season last October"
    start, end = h.start + (lead.end() if lead else 0), h.start + len(raw.rstrip(" ,;:"))
    if end <= start or _not_a_point(text, start, end):
        return None
    words = _LOWER_WORD.findall(text[start:end].lower())
    dated = any(w in MONTHS or w.rstrip(".") in MONTHS or w in WEEKDAYS for w in words)
    dated = dated or h.rule == "date.holiday"  # "Boxing Day" names no month but is one day
    if h.rule == "date.ordinal_day":  # "on the 31st", not "on the 2nd season"
        dated = bool(_BARE_ORDINAL_DAY.match(text, start, end)) and not _COUNTED_AFTER.match(text, end)
    return h._replace(start=start, end=end) if dated or _DATE_WORD.search(text, start, end) else None


def _entity_wins(text: str, ent: Hit, over: list[Hit]) -> bool:
    """The model's date replaces the rule dates it overlaps: none; one it extends by a year (not
    "May 3 and season 2"); or two that are the ends of one range ("April to July 2024")."""
    if not over:
        return True
    if len(over) == 1:
        return (
            inside(over[0], (ent.start, ent.end))
            and bool(_YEAR_TAIL.fullmatch(text, over[0].end, ent.end))
            and not _SEASONISH.search(text, ent.start, over[0].start)  # not "second season last October"
        )
    return bool(_MONTH_RANGE.fullmatch(text, ent.start, ent.end))


def date_candidates(text: str, hits: list[Hit]) -> list[Hit]:
    """Rule dates first (non-overlapping, longest); an entity may extend one by a qualifier or a year."""
    trimmed = [t for h in hits if h.rule.startswith("date.") and (t := _trimmed(text, h)) is not None]
    chosen: list[Hit] = []
    for h in sorted((h for h in trimmed if h.rule != "date.ner"), key=lambda h: (h.start - h.end, h.start)):
        if not any(overlaps(h, c) for c in chosen):
            chosen.append(h)
    for ent in (h for h in trimmed if h.rule == "date.ner"):
        over = [c for c in chosen if overlaps(ent, c)]
        if _entity_wins(text, ent, over):
            chosen = [c for c in chosen if c not in over] + [ent]
    return _bracketed_dates_win(text, sorted(chosen, key=lambda h: h.start))


_WEEKDAY_ONLY = re.compile(r"(?:[A-Za-z]+\s+)?(?i:" + _WEEKDAY_ALT + r")")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _bracketed_dates_win(text: str, dates: list[Hit]) -> list[Hit]:
    """ "Easter Sunday (28 March)", "last Tuesday (16 February)": the day in brackets is the date
    the weekday names; the two are one date, read from the brackets (dates.lexicon.clean)."""
    out: list[Hit] = []
    skip: Hit | None = None
    for k, h in enumerate(dates):
        after = dates[k + 1] if k + 1 < len(dates) else None
        if h is skip:
            continue
        if (
            after is not None
            and _WEEKDAY_ONLY.fullmatch(text, h.start, h.end)
            and _OPEN_BRACKET.fullmatch(text, h.end, after.start)
            and (close := _CLOSE_BRACKET.match(text, after.end))
        ):
            out.append(after._replace(start=h.start, end=close.end()))
            skip = after
        else:
            out.append(h)
    return out


def _nearest_season(text: str, anchor: Offsets, found: list[tuple[int, int, int]]) -> tuple[int, ...]:
    """The season nearest the anchor, one before it preferred; a later clause's possessive ("..., after
    the second season's finale drew ...") is that clause's own subject."""
    before = [(anchor[0] - e, n) for s, e, n in found if e <= anchor[0]]
    after = [
        (max(0, s - anchor[1]) + FOLLOWING_PENALTY, n)
        for s, e, n in found
        if e > anchor[0] and not (s >= anchor[1] and text.startswith(("'s", "’s"), e))
    ]
    return (min(before + after)[1],) if before + after else ()


class SentenceHits:
    """One sentence's hits and clauses, and the questions the mention builder asks of them."""

    def __init__(self, text: str, sentence: Sentence, hits: list[Hit]) -> None:
        self.text, self.sentence, self.hits = text, sentence, hits
        self._of: dict[str, list[Hit]] = {}  # prefix -> its hits: a prefix is asked about again and again
        self.span = (sentence.start, sentence.end)
        bounds = [sentence.start, *sorted(h.start for h in self.of("clause.")), sentence.end]
        self.clauses = [(a, b) for a, b in itertools.pairwise(bounds) if b > a] or [self.span]
        self.dates = date_candidates(text, hits)
        skips = self.of("skip.")  # release words doing another job ("return as", "the streaming giant")
        cues = [
            h
            for h in hits
            if h.rule.startswith("event.")
            or (
                h.rule.startswith("release.")
                and not any(overlaps(h, s) for s in skips)
                and not self._other_work(h)
            )
        ]
        # A skipped cue still claims its date ("premiered at a festival in May"): no other cue may take it.
        self.blocked = [
            h._replace(end=max([h.end] + [s.end for s in skips if overlaps(h, s)]))
            for h in hits
            if h.rule.startswith("release.") and h not in cues
        ]
        cues = self._event_verbs(cues)
        self.cues = _longest_per_rule(cues)

    def _event_verbs(self, cues: list[Hit]) -> list[Hit]:
        """'the first-look images ... followed on 3 March': a generic release verb in a clause with an
        event noun is that event's verb (and no longer blocked)."""
        for clause in self.clauses:
            nouns = [c for c in cues if c.rule in EVENT_NOUNS and inside(c, clause)]
            verbs = [c for c in cues + self.blocked if c.rule == "release.generic" and inside(c, clause)]
            if nouns and verbs:
                self.blocked = [b for b in self.blocked if b not in verbs]
                cues = [c for c in cues if c not in verbs] + [
                    v._replace(rule=min(nouns, key=lambda n: abs(n.start - v.start)).rule) for v in verbs
                ]
        return cues

    def of(self, prefix: str, span: Offsets | None = None) -> list[Hit]:
        found = self._of.get(prefix)
        if found is None:
            found = self._of[prefix] = [h for h in self.hits if h.rule.startswith(prefix)]
        return list(found) if span is None else [h for h in found if inside(h, span)]

    def clause_of(self, pos: int) -> Offsets:
        return next((c for c in self.clauses if c[0] <= pos < c[1]), self.clauses[-1])

    def _other_work(self, cue: Hit) -> bool:
        clause = re.split(r"[,;:()]", self.text[self.sentence.start : cue.start])[-1]
        before = [w.lower().strip(".'’s") for w in clause.split()[-OTHER_WORK_WORDS_BEFORE:]]
        return cue.rule.startswith("release.") and any(w in OTHER_WORK_WORDS for w in before)

    def negated(self, window: Offsets, date: Hit | None) -> bool:
        """A negation before the cue, unless an idiom ("no surprise") or "not ... until <date>"."""
        skips = self.of("neg.skip")
        return any(
            not any(overlaps(neg, s) for s in skips)
            and not (date is not None and self.of("neg.cancel", (neg.end, date.end)))
            for neg in self.of("neg.not", window)
        )

    def status(self, window: Offsets, hedged_heading: bool, cue: Hit) -> tuple[str, str | None]:
        """(status, tense): the most hedged status word wins; the cue's own verb form ("premiered")
        gives the tense, else a future marker in the window outweighs a past verb."""
        found = {h.rule.split(".")[1] for h in self.of("status.", window)}
        own = {h.rule.split(".")[1] for h in self.of("tense.") if overlaps(h, cue)}
        tenses = own or {h.rule.split(".")[1] for h in self.of("tense.", window)}
        tense = "future" if "future" in tenses else ("past" if tenses else None)
        if found - {"confirmed"}:
            return max(found - {"confirmed"}, key=STATUS_RANK.__getitem__), tense
        return ("expected" if hedged_heading and not found else "confirmed"), tense

    def seasons(self, anchor: Offsets, scope: Offsets, every: bool) -> tuple[int, ...]:
        """Every season in scope (a renewal), or the one nearest the statement, preferring one before it."""
        # read in the whole sentence, kept where they reach into the scope: a clause cut inside "a
        # fourth and fifth season" keeps both
        a = self.span[0]
        found = [
            (a + s, a + e, n)
            for s, e, n in seasons_in(self.text[a : self.span[1]])
            if a + s < scope[1] and a + e > scope[0] and not relative_season(self.text, a + s, a + e)
        ]
        found += [
            (s, e, n)
            for h in self.of("season.", scope)
            for _, s, e in h.slots
            if (n := number_value(self.text[s:e]) or 0) > 0
        ]
        if _SEASON_NOUN.search(self.text, a, self.span[1]):
            found += [
                (m.start(1), m.end(1), ORDINALS[m[1].lower()])
                for m in _ELLIPTIC_SEASON.finditer(self.text, a, self.span[1])
                if m.start(1) < scope[1] and m.end(1) > scope[0]
            ]
        if every or not found:
            return tuple(sorted({n for _, _, n in found}))
        return _nearest_season(self.text, anchor, found)

    def platform(self, cue: Hit) -> str | None:
        """The platform nearest the cue, clause first; not one that announces ("The BBC has confirmed")."""
        for a, b in (self.clause_of(cue.start), self.span):
            if found := [
                (abs(a + s - cue.start), p)
                for s, e, p in platforms_in(self.text[a:b])
                if not _ANNOUNCER.match(self.text, a + e)
            ]:
                return min(found)[1]
        return None

    def platforms(self) -> list[str]:
        """Every platform the sentence names where the show airs, in text order ("premieres on FXX,
        streaming the next day on Hulu"); not one that only announces."""
        a, b = self.span
        return [p for _, e, p in platforms_in(self.text[a:b]) if not _ANNOUNCER.match(self.text, a + e)]

    def subject(self, cue: Hit) -> Offsets | None:
        """A non-person, non-platform name right before the cue names the show: auxiliaries, a season
        phrase ("X, whose second season premieres") and an appositive's comma aside. The small model
        tags titles PERSON, so a title verb or a genre noun before the name ("the thriller X") also
        makes it a title; the genre noun then marks where the title starts ("the drama The Y")."""
        before, appositive = _before_cue(self.sentence.units, cue.start)
        u = before[-1] if before else None
        reach = max(self.sentence.start, cue.start - WHICH_REACH)
        which = (
            _WHICH_CLAUSE.search(self.text, reach, cue.start)
            or _SEASON_WHICH.search(self.text, reach, cue.start)
            # a cue that opens the relative clause itself: "X, which began in 2014"
            or (
                _RELATIVE_CUE.match(self.text, cue.start)
                and _BEFORE_COMMA.search(self.text, reach, cue.start)
            )
        )
        if which is not None and _names_a_show(which.group(1)):
            return which.start(1), which.end(1)
        if u is None or u.kind != "NAME" or platforms_in(u.text):
            return None
        for h in self.of("subject.genre_title"):
            start = h.start + self.text[h.start : h.end].rfind(" ") + 1  # the title's first word
            run = _TITLE_START.match(self.text, start)
            if start <= u.start and run is not None and run.end() >= u.end:
                return start, u.end
        if appositive:  # "..., which stars X as Sheriff Y, premiered": Y ends a clause, it is no subject
            return None
        if u.ent not in SUBJECT_ENTS and not any(overlaps(h, cue) for h in self.of("subject.title_verb")):
            return None
        return (u.start - 4 if self.text[u.start - 4 : u.start] == "The " else u.start), u.end


def _longest_per_rule(cues: list[Hit]) -> list[Hit]:
    """'shooting ... wrapped' and 'wrapped': one cue, the longest of a rule's overlapping ones."""
    return sorted(
        {
            c
            for c in cues
            if not any(
                o.rule == c.rule and o.end - o.start > c.end - c.start and overlaps(o, c) for o in cues
            )
        },
        key=lambda h: (h.start, h.end, h.rule),
    )


# "Other Show, which returns on May 5", "Quarrel Ferry's, which will come back": the clause is
# about the title it hangs on
def _names_a_show(name: str) -> bool:
    """Not a platform (a title may hold one's name: "Silver Fox Parade"), a season ("Season 1, which
    premiered ...": the season's clause) or a number."""
    return (
        name[0].isalpha()
        and not any(s == 0 and e == len(name) for s, e, _ in platforms_in(name))
        and not seasons_in(name)
        and not seasons_in(name + " 1")
    )


WHICH_REACH = 120  # characters back from the cue: a title run is searched in a bounded window
_WHICH_CLAUSE = re.compile(r"(" + TITLE_RUN + r")\s*,\s*which\s+(?:(?:will|is|also|now|finally)\s+)*$")
_RELATIVE_CUE = re.compile(r"(?:which|that)\b", re.IGNORECASE)
_BEFORE_COMMA = re.compile(r"(" + TITLE_RUN + r")\s*,\s*$")
# "renewed its drama X for a second season, which is due in the autumn": the season's clause is X's
_SEASON_WHICH = re.compile(
    r"(" + TITLE_RUN + r")\s+for\s+(?:a|an|its)\s+\w+\s+(?:season|series)\s*,\s*"
    r"(?:which\s+(?:(?:will|is|also|now)\s+)*)?$"
)


def _before_cue(units: list[Unit], cue_start: int) -> tuple[list[Unit], bool]:
    """Units before the cue without the auxiliaries and a season phrase between a title and it, and
    whether a comma had to be dropped too (a name before it is a subject only after a genre noun)."""
    before = [u for u in units if u.end <= cue_start]
    while before and before[-1].lower in SUBJECT_GAP:
        before.pop()
    k = len(before)
    while k and (before[k - 1].lower in SEASON_PHRASE or before[k - 1].lower.isdigit()):
        k -= 1
    phrase = any(u.lower in {"season", "series"} for u in before[k:])
    if phrase:  # "Other Show, whose second season premieres"
        before = before[:k]
        while before and before[-1].lower in {"whose", "its", "'s", "’s"}:
            before.pop()
    if before and before[-1].text == ",":
        return before[:-1], not phrase
    return before, False


def names_a_title(text: str, scope: Offsets) -> bool:
    """'..., and the revival of The Turnstile Files started filming': a clause about another
    title does not take the season named earlier in the sentence."""
    for m in _TITLE_START.finditer(text, scope[0], scope[1]):
        words = [w.lower().strip(".,") for w in m.group().split()]
        if (
            len(words) >= 2
            and not platforms_in(m.group())
            and not seasons_in(m.group())
            and not (set(words) & (MONTHS | WEEKDAYS))
            and not _EPISODE_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            return True
    return False


# 'The first episode, titled "Low Tide"': an episode's quoted title is no other show
_EPISODE_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:(?:en)?titled|called|named|episode(?:\s+\w+)?|finale|premiere|opener),?\s*)[\"“‘']$"
)
