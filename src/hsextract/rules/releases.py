"""Premiere (release) and event mentions: a dated clause and the cue saying what the date is for.

Date candidates are the model's DATE entities plus the `date.*` patterns it misses ("Friday
April 22", "3rd October"); cues, statuses, negations, part/finale labels and episode counts are
rules in release_rules.json, and the rule id travels with each mention into its evidence. A date
attaches to the nearest cue in its clause, a cue before the date being preferred ("began in
September 2022 and wrapped in December"), but never across another date unless a new subject
(an episode, part or season label) stands between them: "premieres on March 7. Ada was seen
last year" gives "last year" to nothing, "episode 4 follows on May 2, with episode 5 on May 9"
gives both dates to "follows". A date right after "announced"/"confirmed" that no cue claims
dates an announcement (or the undated renewal/delay stated next to it). Nothing is normalised
here (dates is a later stage).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from hsextract.ingest import Block
from hsextract.rules.dated import DatedMention
from hsextract.rules.episodes import SCHEDULE, borrow_counts
from hsextract.rules.hits import (
    FOLLOWING_PENALTY,
    STATUS_RANK,
    TITLE_RUN,
    Hit,
    SentenceHits,
    inside,
    names_a_title,
    stated_counts,
)
from hsextract.rules.titles import platforms_in, seasons_in
from hsextract.rules.units import Sentence
from hsextract.rules.vocab import ANNOUNCE_VERBS
from hsextract.textnorm import may_contain

__all__ = ["STATUS_RANK", "TITLE_RUN", "DatedMention", "find_dated", "hedged_sections"]

Offsets = tuple[int, int]
MAX_CUE_DISTANCE = 60  # chars between a date and its cue; further apart they belong to different statements
MULTI_SEASON_EVENTS = frozenset({"renewal", "cancellation"})
# Events that happen by being announced: a "said on <date>" date is theirs, never a release's or filming's.
STATEMENT_EVENTS = frozenset({"renewal", "cancellation", "announcement", "date_change"})
# "pushed back to early March", "moved from October 16 to ...", "originally set for": the marker
# stands right before the date, with only date words between ("moved to London ... in 2019" is none)
_NEW_DATE = re.compile(
    r"\b(?:to|until|till|from|for|original|originally)\b"
    r"(?:\s+(?:the|an?|early|late|mid|later|next|this|sometime|in|on|at|of|its|date|premiere|slot|"
    r"set|scheduled|planned|slated|due|for|to|back|week))*\s*$",
    re.IGNORECASE,
)
_ANNOUNCE = re.compile(rf"(?:{'|'.join(ANNOUNCE_VERBS)})\b", re.IGNORECASE)
# "renewed for a third season, weeks after the season 2 finale": a clause about another moment.
_TEMPORAL_CLAUSE = re.compile(r"\b(?:after|before|since|following|until|ahead of|prior to)\b", re.IGNORECASE)
_GOES_ON = re.compile(r"\b(?:continues|concludes)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:through|thru|until|till|up to)\s+$", re.IGNORECASE)
# "since its 2020 debut", "first aired on BBC One in 2019", "after its first run", "the series
# premiere", "When Some Show premiered in 2021": the show's start, i.e. its first season, when
# the clause names no season
_SERIES_START = re.compile(  # (the lookahead: the alternatives' first letters)
    r"(?=[itfsw])\b(?:(?:its|the\s+(?:show|series)['’]s?)\s+(?:\w+\s+)?(?:debut|launch|first\s+run)"
    r"|first\s+(?:run|aired|premiered|debuted|launched|arrived|landed|bowed)|series\s+(?:premiere|debut)"
    r"|first\s+(?:appeared|hit|went\s+out)(?:\s+on\s+(?:(?:our\s+)?screens?|tv|television|air))?(?:\s+in)?"
    r"|\bwhen\s+(?:it|the\s+(?:show|series)|(?:(?-i:[A-Z])[\w'’&-]*\s+){1,5})(?:premiered|debuted|launched|began)"
    r"|\b(?:which|that)\s+(?:first\s+)?(?:began|started)"
    r"|\bthe\s+(?:show|series),\s+which\s+(?:first\s+)?(?:premiered|debuted|launched))\b",
    re.IGNORECASE,
)


# "The second series, which began on Sunday": the clause is that season's start, not the show's
_SEASON_SUBJECT = re.compile(r"\b(?:season|series)(?:\s+\w+)?,?\s+$", re.IGNORECASE)
SUBJECT_REACH = 30


def _nearest(cues: list[Hit], d: Hit) -> Hit | None:
    """The cue nearest the date, a cue after it counting FOLLOWING_PENALTY chars further away."""
    near = [c for c in cues if max(d.start - c.end, c.start - d.end) <= MAX_CUE_DISTANCE]
    return (
        min(
            near,
            key=lambda c: (
                d.start - c.end if c.end <= d.start else max(0, c.start - d.end) + FOLLOWING_PENALTY
            ),
        )
        if near
        else None
    )


def _said(sh: SentenceHits, d: Hit, cue: Hit) -> bool:
    """'confirmed on Thursday that ...', 'In January, Netflix said ...': the date is when it was said."""
    return any(
        (h.end <= d.start and not sh.text[h.end : d.start].strip())
        or h.start < d.start < h.end  # "NBC said Tuesday": the pattern's name slot took the weekday
        or (d.end <= h.start and h.end <= cue.start)
        for h in sh.of("said.")
    )


def _new_subject(sh: SentenceHits, start: int, end: int) -> bool:
    """An episode/part/finale label, a season or another platform named between two dates: a verb
    was elided ("on Peacock from March 12 and on Sky in the UK from March 13")."""
    return bool(
        sh.of("label.", (start, end))
        or sh.of("season.", (start, end))
        or seasons_in(sh.text[start:end])
        or platforms_in(sh.text[start:end])
    )


_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|thru|[-–—])\s*", re.IGNORECASE)


def _moved_to(sh: SentenceHits, cue: Hit, between: list[Hit]) -> bool:
    """ "from <date> to <date>" is a move only beside a move's cue ("pushed", "moved")."""
    return len(between) == 1 and bool(sh.of("event.date_change")) and _moved_away(sh, cue, between[0])


def _reaches(sh: SentenceHits, cue: Hit, d: Hit) -> bool:
    """A cue's date is the nearest one; a later date needs a new subject after the one between."""
    if d.end <= cue.start and _UNTIL.search(sh.text, max(0, d.start - 12), d.start):
        return False  # "to tide you over until July 24, X returns on July 10": a boundary, not a drop
    if cue.end <= d.start and _GOES_ON.search(sh.text, cue.end, d.start):
        return False  # "The premiere is a two-parter that continues on Oct. 16": its second half
    lo, hi = (cue.end, d.start) if cue.end <= d.start else (d.end, cue.start)
    between = [x for x in sh.dates if lo <= x.start and x.end <= hi]
    if not between:
        return True
    if cue.end <= d.start and _moved_to(sh, cue, between):
        return True  # "moved from late 2026 to early 2027": the move's new date
    if _RANGE_GAP.fullmatch(sh.text, max(x.end for x in between), d.start):
        return False  # "aired from 4 December 2024 to 8 January 2025": the run's last day, no release
    if cue.end <= d.start and _runs_until(sh.text[max(x.end for x in between) : d.start]):
        return True  # "opens with two episodes on 4 July, then one a week until 18 July": the last drop
    return cue.end <= d.start and _new_subject(sh, max(x.end for x in between), d.start)


def _announced(sh: SentenceHits, d: Hit) -> Hit | None:
    """'the streamer confirmed on Tuesday': a reporting verb right before the date."""
    return next(
        (
            h
            for h in sh.of("said.")
            if h.start < d.start
            and (h.end >= d.start or not sh.text[h.end : d.start].strip())
            and _ANNOUNCE.match(sh.text, h.start)
        ),
        None,
    )


def _attach(sh: SentenceHits, line_cue: Hit | None) -> tuple[list[tuple[Hit, Hit | None]], list[Hit]]:
    """(cue, date) pairs, undated event cues as (cue, None), and the dates no cue claimed."""
    pairs: list[tuple[Hit, Hit]] = []
    loose: list[Hit] = []
    for d in sh.dates:
        best = _best_cue(sh, d, _candidates(sh, d, line_cue))
        if best is None:
            loose.append(d)
            continue
        pairs.append((best, d))
    pairs = _one_finale_date(pairs)
    used = {c for c, _ in pairs}
    return [*pairs] + [(c, None) for c in sh.cues if c not in used and c.rule.startswith("event.")], loose


def _one_finale_date(pairs: list[tuple[Hit, Hit]]) -> list[tuple[Hit, Hit]]:
    """A finale has one date: "Two episodes today, then one a week until the finale on Dec 16" dates
    the finale by the date nearest its cue, not by the batch's."""

    def distance(cue: Hit, d: Hit) -> tuple[int, int]:
        right_after = (
            0 <= d.start - cue.end <= FINALE_DATE_REACH
        )  # "finale on <date>", "concluding on <date>"
        return (0 if right_after else 1, max(d.start - cue.end, cue.start - d.end))

    nearest: dict[Hit, Hit] = {}
    for cue, d in pairs:
        if cue.rule == "release.finale" and (
            cue not in nearest or distance(cue, d) < distance(cue, nearest[cue])
        ):
            nearest[cue] = d
    return [(c, d) for c, d in pairs if c not in nearest or nearest[c] is d]


FINALE_DATE_REACH = 12  # characters between a finale cue and the date it announces


_WITH_EPISODES = re.compile(r"\s*,\s*(?:with|containing|made up of|comprising)\b", re.IGNORECASE)


def _part_with_episodes(sh: SentenceHits, labels: list[Hit], date: Hit) -> list[Hit]:
    """ "Part 2, with the remaining four episodes, follows on ...": the episodes describe the part."""
    if not labels or any(h.rule != "label.episode" for h in labels):
        return labels
    parts = [
        p for p in sh.of("label.part", (sh.span[0], labels[0].start)) if _WITH_EPISODES.match(sh.text, p.end)
    ]
    return parts[-1:] or labels


def _candidates(sh: SentenceHits, d: Hit, line_cue: Hit | None) -> list[Hit]:
    """The cues that may date `d`: its clause's, else a heading-like clause's before a colon, else
    the line's, else (after a new subject) the earlier clauses'; only those the date reaches."""
    clause = sh.clause_of(d.start)
    cues = [c for c in sh.cues if inside(c, clause)] or [  # "Season 2 release date: May 5"
        c
        for c in sh.cues
        if sh.text[clause[0]] in ":–—"
        and c.end <= clause[0] + 1
        and not any(inside(x, sh.clause_of(c.start)) for x in sh.dates)
    ]
    if not cues and line_cue is not None:  # "Episode 2: 'Title' - October 10": the line is the cue
        cues = [line_cue]
    if not cues and _new_subject(sh, clause[0], d.start):  # "..., with episode 5 on May 9": elided verb
        cues = [c for c in sh.cues if c.end <= clause[0]]
    return [
        c for c in cues if (c is line_cue or _reaches(sh, c, d)) and not _promotes_the_part(sh, c)
    ]  # a line dates all its drops


# "the full trailer for Part I on the 17th": the part names what the trailer promotes
_PROMO_FOR = re.compile(
    r"\b(?:trailers?|teasers?|posters?|clips?|images|photos|promo|key\s+art|first\s+look)\s+(?:for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _promotes_the_part(sh: SentenceHits, cue: Hit) -> bool:
    return cue.rule == "release.part_label" and bool(
        _PROMO_FOR.search(sh.text, max(0, cue.start - 40), cue.start)
    )


_CUE_NOUNS = frozenset(
    {"release", "premiere", "launch", "debut", "return", "finale", "bow", "arrival", "opener"}
)


def _attributive(sh: SentenceHits, cue: Hit, d: Hit | None) -> bool:
    """The cue is the noun the date modifies: "a March 6 release", "the Oct. 2 finale"."""
    return (
        d is not None
        and cue.start >= d.end
        and not sh.text[d.end : cue.start].strip()
        and sh.text[cue.start : cue.end].lower() in _CUE_NOUNS
    )


def _best_cue(sh: SentenceHits, d: Hit, cues: list[Hit]) -> Hit | None:
    """The nearest candidate (None when a blocked release word is nearer); a 'said on <date>' date
    goes to a statement event only, and an unclaimed date after 'announced' dates the reveal."""
    clause = sh.clause_of(d.start)
    # "confirmed a March 6 release", "an October premiere": the noun right after the date is its cue
    if attributive := [c for c in cues if _attributive(sh, c, d)]:
        return attributive[0]
    if (best := _nearest(cues + [b for b in sh.blocked if inside(b, clause)], d)) in sh.blocked:
        best = None
    if best is not None and best.rule.split(".")[1] not in STATEMENT_EVENTS and _said(sh, d, best):
        best = _nearest([c for c in cues if c.rule.split(".")[1] in STATEMENT_EVENTS], d)
    if best is None and (said := _announced(sh, d)) is not None:
        best = said  # nothing else is dated by it: the reveal itself is the event
    return best


def _release_kind(sh: SentenceHits, cue: Hit, date: Hit, line: Hit | None = None) -> tuple[str, str | None]:
    """premiere / part (with its label as written) / episode / finale, from labels just before the date."""
    seg_start = max([sh.clause_of(date.start)[0]] + [x.end for x in sh.dates if x.end <= date.start])
    labels = (
        sh.of("label.", (seg_start, date.start))
        or sh.of("label.", (cue.start, cue.end))
        # 'Episode 4, "Title", premieres on July 27': the label's clause ends at the title's comma
        or sh.of("label.", (sh.span[0], min(cue.start, date.start)))[-1:]
    )
    labels = _part_with_episodes(sh, labels, date)
    segment = sh.text[seg_start : date.start]
    # "followed by a new episode weekly through Oct. 23": the schedule's last drop
    if _runs_until(segment) and not sh.of("label.part", (seg_start, date.end)):
        return "finale", None
    # '• Episode 7: "Title" — Written by ... Airs Sunday, August 24.': the line's label says which
    numbers = (
        re.findall(r"\d+", sh.text[line.start : line.end]) if line and line.rule == "episodes.line" else []
    )
    if not labels and numbers:
        return ("premiere" if int(numbers[-1]) == 1 else "episode"), None
    if not labels:
        return ("finale" if cue.rule == "release.finale" else "premiere"), None
    # "Volume 2, which contains the finale, follows on May 9": the part is what is released
    label = max(labels, key=lambda h: (h.rule == "label.part", h.end, h.end - h.start))
    kind = label.rule.split(".")[1]  # label.<kind>
    return kind, " ".join(sh.text[label.start : label.end].split()) if kind == "part" else None


# What a release cue may launch that is not a TV season; read just after the cue (its object) or
# just before it (its subject), not across the sentence ("based on the book, premieres May 5").
_OTHER_MEDIUM = re.compile(
    r"\b(?:manga|light novels?|novels?|books?|album|single|songs?|soundtrack|video ?games?|games?|comics?|"
    r"podcasts?|memoir|films?|movies?|feature film|musical|tour|dub)\b",
    re.IGNORECASE,
)
_OBJECT_REACH = 40  # characters after a cue that hold its object ("released the ninth compiled book")


# A date that looks back ("since 2022", "last year") from a present or future release statement
# dates something else
_SINCE_BEFORE = re.compile(r"\bsince\s*$", re.IGNORECASE)
_LOOKING_BACK = re.compile(r"(?:last|this past)\b", re.IGNORECASE)


def _looks_back(text: str, date: Hit) -> bool:
    return bool(
        _SINCE_BEFORE.search(text, max(0, date.start - 8), date.start)
        or _LOOKING_BACK.match(text, date.start)
    )


# "Some Show's first Christmas special airs on 23 December": a one-off, not a season
_SPECIAL_SUBJECT = re.compile(
    r"\b(?:christmas|holiday|festive|new year(?:['’]s)?|halloween|one-off)\s+special\s*$", re.I
)


# "her first film, playing the queen in Queen of Ash, which came out in March": the clause's subject is
# the film named just before it
_WORK_CLAUSE = re.compile(
    r"(?<!to )\b(?:films?|movies?|feature|novels?|books?|album|memoir|musical|play)\b"
    r"[^.;!?\n]{0,80},\s*which\s+$",
    re.I,
)
# "Tokyo MX will re-air the first season starting on June 6": a repeat, not a release
_REPEAT = re.compile(
    r"\b(?:re-?airs?|re-?airing|re-?aired|re-?runs?|repeats?|repeated|encores?)\b", re.IGNORECASE
)
_DATES_NOUN = re.compile(r"\s+(?i:dates|schedule)\b")
_PRESS_RELEASE = re.compile(r"\b(?:press|news|media)\s+$", re.IGNORECASE)


# a character's arrival, not a show's: "His first scenes air on Monday", "Tegen returns from prison"
_CHARACTER_SUBJECT = re.compile(r"\b(?:his|her|their)\s+(?:first|last|final|opening)\s+scenes?\s+$", re.I)
_RETURNS_FROM = re.compile(r"\s+from\s+(?!the\s+dead\b)", re.I)
# a cast member's arrival: "She debuts in the Oct. 18 episode", "he will first appear on Monday"
_PERSON_SUBJECT = re.compile(
    r"\b(?:she|he)\s+(?:will\s+|is\s+set\s+to\s+|is\s+due\s+to\s+)?(?:first\s+)?$", re.I
)


# every match of each holds one of these words (the pre-test that skips most scans)
SPECIAL_WORDS, CHARACTER_WORDS, WORK_CLAUSE_WORDS = ("special",), ("scene",), ("which",)
REPEAT_WORDS = ("air", "run", "repeat", "encore")


def _other_medium(text: str, cue: Hit) -> bool:
    near, far = max(0, cue.start - 40), max(0, cue.start - 120)
    window = text[near : cue.start]
    if may_contain(window, SPECIAL_WORDS) and _SPECIAL_SUBJECT.search(text, near, cue.start):
        return True
    if may_contain(window, CHARACTER_WORDS) and _CHARACTER_SUBJECT.search(text, near, cue.start):
        return True
    if may_contain(text[far : cue.start], WORK_CLAUSE_WORDS) and _WORK_CLAUSE.search(text, far, cue.start):
        return True
    if may_contain(window, REPEAT_WORDS) and _REPEAT.search(text, near, cue.start):
        return True
    if _PERSON_SUBJECT.search(text, max(0, cue.start - 30), cue.start):
        return True
    if text[cue.start : cue.end].lower().startswith("return") and _RETURNS_FROM.match(text, cue.end):
        return True
    after = text[cue.end : cue.end + _OBJECT_REACH].split(",")[0]
    # the words before it on its own line: a credit line above ("... Gwithian Films)") is not its subject
    before = " ".join(text[max(0, cue.start - 30) : cue.start].rsplit("\n", 1)[-1].split()[-2:])
    return bool(_OTHER_MEDIUM.search(after) or _OTHER_MEDIUM.search(before))


def _not_a_drop(text: str, cue: Hit) -> bool:
    """A release word that dates no season: "Press release, 12 February" (the notice's own date),
    "Sets Fall 2026 Premiere Dates" (dates announced), "launched the manga in 2018" (another work)."""
    return bool(
        _PRESS_RELEASE.search(text, max(0, cue.start - 8), cue.start)
        or _DATES_NOUN.match(text, cue.end)
        or _other_medium(text, cue)
    )


_FROM = re.compile(r"\bfrom\s+(?:the\s+|its\s+|an?\s+)?$", re.IGNORECASE)
_TO = re.compile(r"^[\s,]*(?:to|until|till)\b", re.IGNORECASE)


def _not_released(sh: SentenceHits, cue: Hit, date: Hit | None) -> bool:
    """A release cue whose date is not the season's drop: another medium's, or the date a move starts
    from ("moved from <date> to <date>"; "originally set for <date>" keeps its superseded record)."""
    return _not_a_drop(sh.text, cue) or (cue.rule == "event.date_change" and _moved_away(sh, cue, date))


def _runs_until(segment: str) -> bool:
    """ "..., then one a week until": a schedule running up to the next date."""
    return bool(_UNTIL.search(segment) and SCHEDULE.search(segment))


def _moved_away(sh: SentenceHits, cue: Hit, date: Hit | None) -> bool:
    """The date a move starts from: "from <date> to <later date>"."""
    if date is None or not _FROM.search(sh.text, cue.start, date.start):
        return False
    return any(x.start > date.end and _TO.match(sh.text[date.end : x.start]) for x in sh.dates)


def _category(cue: Hit) -> str:
    if cue.rule.startswith("said."):
        return "announcement"
    return cue.rule.split(".")[1] if cue.rule.startswith("event.") else "release"


def _platform(sh: SentenceHits, cue: Hit, date: Hit) -> str | None:
    """The cue's platform; for a later date of the same cue, the platform named after the date before
    it ("on Peacock from March 12 and on Sky in the UK from March 13")."""
    before = [x.end for x in sh.dates if cue.end <= x.start and x.end <= date.start]
    named = platforms_in(sh.text[max(before) : date.start]) if before else []
    return named[0][2] if named else sh.platform(cue)


def _windows(sh: SentenceHits, cue: Hit, date: Hit | None) -> tuple[Offsets, Offsets, Offsets, Offsets]:
    """Where to read a statement's negation, its status, its scope (seasons) and its anchor."""
    cue_clause = sh.clause_of(cue.start)
    if date is None:  # only event cues come undated (an undated release is at most an optional record)
        return cue_clause, cue_clause, cue_clause, (cue.start, cue.end)
    here = sh.span[0] <= date.start < sh.span[1]  # else a date carried over from an earlier sentence
    date_clause = sh.clause_of(date.start) if here else cue_clause
    start = min(cue_clause[0], date_clause[0])
    return (
        (start, max(cue.end, date.start)),
        (start, max(cue.end, date.end)),
        (start, max(cue_clause[1], date_clause[1])),
        (date.start, date.end) if here else (cue.start, cue.end),
    )


def _mention(
    sh: SentenceHits, cue: Hit, date: Hit | None, hedged: bool, line: Hit | None = None
) -> DatedMention | None:
    category = _category(cue)
    new_date = bool(
        category == "date_change" and date and _NEW_DATE.search(sh.text, cue.start, max(cue.end, date.start))
    )
    if new_date:
        category = "release"  # "pushed back to March 2025": the date is the (new) release date
    neg_window, status_window, scope, anchor = _windows(sh, cue, date)
    if sh.negated(neg_window, date):
        return None
    if category == "release" and _not_released(sh, cue, date):
        return None
    status, tense = sh.status(status_window, hedged, cue)
    if _attributive(sh, cue, date):
        tense = None  # "has confirmed a March 6 release": the verb's tense is the report's, not the date's
    if category == "release" and date is not None and tense != "past" and _looks_back(sh.text, date):
        return None  # "last year's hit is back", "returns for the first time since 2022": not its date
    if category != "release" and status == "speculated":
        return None  # hypothetical events are not events
    every, when = category in MULTI_SEASON_EVENTS, ((date.start, date.end) if date else None)
    span = sh.span
    if every and (cut := _TEMPORAL_CLAUSE.search(sh.text, max(cue.end, when[1] if when else 0), span[1])):
        scope, span = (scope[0], min(scope[1], cut.start())), (span[0], cut.start())
    base = DatedMention(
        category,
        cue.rule,
        (cue.start, cue.end),
        when,
        sh.span,
        sh.sentence.block_kind,
        sh.sentence.block_index,
        status=status,
        tense="past" if cue.rule.startswith("said.") else "future" if new_date else tense,
        seasons=_seasons(sh, category, anchor, scope, span, title_cue=cue == line),
        clause=scope,
    )
    if category != "release" or date is None:
        return base
    kind, part = _release_kind(sh, cue, date, line)
    count, runtime = stated_counts(sh.text, sh.hits) if kind in {"premiere", "part"} else (None, None)
    return replace(
        base,
        kind=kind,
        part=part,
        platform=(platform := _platform(sh, cue, date)),
        platforms=tuple(dict.fromkeys([platform, *sh.platforms()])) if platform else (),
        episode_count=count,
        runtime=runtime,
        subject=sh.subject(cue),
    )


_THEN_RENEWED = re.compile(
    r"\b(?:premiered|premeired|debuted|launched)\b[^.;!?]{0,60}\band\s+(?:was|has\s+been|got)\s+"
    r"(?:\w+ly\s+)?renewed\b",
    re.IGNORECASE,
)
START_GAP = 5  # chars between a series-start phrase and its date ("which began in 2014")


def _seasons(
    sh: SentenceHits,
    category: str,
    anchor: Offsets,
    scope: Offsets,
    span: Offsets,
    title_cue: bool = False,
) -> tuple[int, ...]:
    """The clause's season (every one for a renewal), else the sentence's unless the clause names
    another title, else season 1 for a release worded as the show's start ("since its 2020 debut").
    `title_cue`: the cue is a listing line's title ("Jan. 8: Title – Season 2"), which is the line's
    own show, not another title."""
    every = category in MULTI_SEASON_EVENTS
    started = category == "release" and [
        m.span() for m in _SERIES_START.finditer(sh.text, scope[0], scope[1])
    ]
    # "premiered in August 2024 and was renewed two months later": a first season's premiere
    renewed = category == "release" and bool(_THEN_RENEWED.search(sh.text, scope[0], scope[1]))
    if started and any(
        s <= anchor[0]
        and anchor[0] - e <= START_GAP
        and not _SEASON_SUBJECT.search(sh.text, max(0, s - SUBJECT_REACH), s)
        for s, e in started
    ):
        return (1,)  # the date is the show's start: "which began in 2014", "since its 2020 debut"
    return (
        sh.seasons(anchor, scope, every)
        or (() if names_a_title(sh.text, scope) and not title_cue else sh.seasons(anchor, span, every))
        or ((1,) if started or renewed else ())
    )


def hedged_sections(blocks: list[Block], hits: list[Hit]) -> dict[int, bool]:
    """Block index -> whether its section heading hedges ("Predicted release date")."""
    out, current = dict[int, bool](), False
    # the hedges by start (hits come sorted by start): a heading looks only at those starting inside
    # it, where every heading scanning every hit grew with the square of a long article
    hedges = sorted((h for h in hits if h.rule.startswith("hedge.")), key=lambda h: h.start)
    starts = [h.start for h in hedges]
    for b in blocks:
        if b.kind in {"title", "heading"}:
            first = bisect.bisect_left(starts, b.start)
            last = bisect.bisect_right(starts, b.end)
            current = any(inside(h, (b.start, b.end)) for h in hedges[first:last])
        out[b.index] = current
    return out


def _date_statements(out: list[tuple[int, DatedMention]]) -> list[tuple[int, DatedMention]]:
    """'Peacock has delayed X. ... the streamer announced on Wednesday': the reveal dates the undated
    renewal, cancellation or delay of its own or the previous sentence, which it then replaces."""
    fixed = []
    for i, m in out:
        if m.rule.startswith("said."):
            undated = [
                u
                for j, u in out
                if j in (i - 1, i)
                and u.date is None
                and u.category in STATEMENT_EVENTS
                and u.category != "announcement"
            ]
            if undated:
                u = undated[-1]
                # the statement's seasons, or all of a renewal's ("for a fourth and fifth season")
                seasons = u.seasons if not m.seasons or set(m.seasons) < set(u.seasons) else m.seasons
                m = replace(m, category=u.category, seasons=seasons)
        fixed.append((i, m))
    return fixed


def _line_cue(lines: dict[int, Hit], by_start: list[Hit], sentence: Sentence) -> Hit | None:
    """The cue of the sentence's line; a sentence the model ran across a line break ("SHOW" /
    "BBC One, Sunday 3 January") keeps the cue of the line it covers (`by_start`: the cues by start,
    bisected, not scanned for every sentence)."""
    if (cue := lines.get(sentence.block_index)) is not None:
        return cue
    k = bisect.bisect_left(by_start, sentence.start, key=lambda h: h.start)
    return by_start[k] if k < len(by_start) and by_start[k].start < sentence.end else None


def find_dated(
    text: str,
    sentences: list[Sentence],
    hits: list[Hit],
    hedged: dict[int, bool],
    episode_lines: dict[int, Hit],
) -> list[DatedMention]:
    """Every release/event mention of the article; questions ("Will there be ...?") assert nothing."""
    starts = [h.start for h in hits]
    line_starts = sorted(episode_lines.values(), key=lambda h: h.start)
    out, views = list[tuple[int, DatedMention]](), list[SentenceHits]()
    loose_before: tuple[int, Hit] | None = None
    announced: Hit | None = None  # the date of the latest dated announcement
    for i, sentence in enumerate(sentences):
        lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
        sh = SentenceHits(text, sentence, [h for h in hits[lo:hi] if h.end <= sentence.end])
        views.append(sh)
        question = text[sentence.start : sentence.end].rstrip().endswith("?")
        line = _line_cue(episode_lines, line_starts, sentence)
        pairs, loose = ([], []) if question else _attach(sh, line)
        if sh.of("anaphora.event") and loose_before and loose_before[0] == sentence.block_index:
            # "... in July 2023. During this event, Netflix released the first clip": the event's date
            pairs = [(c, d if d is not None else loose_before[1]) for c, d in pairs]
        if sh.of("anaphora.announcement") and announced is not None:  # "The announcement came with a teaser"
            pairs = [(c, d if d is not None else announced) for c, d in pairs]
        for cue, date in pairs:
            if (
                mention := _mention(sh, cue, date, hedged.get(sentence.block_index, False), line)
            ) is not None:
                out.append((i, mention))
                if date is not None and mention.category == "announcement":
                    announced = date
        loose_before = (sentence.block_index, loose[-1]) if loose else None
    return borrow_counts(_date_statements(out), views)
