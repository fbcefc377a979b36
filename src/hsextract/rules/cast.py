"""Cast mentions: actor/character pairs found by the cast rule set on unit docs.

A mention is what one rule saw in one sentence; the assemble stage turns mentions into records
(deciding parenthesis direction, resolving short names, merging spellings, flagging conflicts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from hsextract.ingest import Block
from hsextract.rules.engine import Match
from hsextract.rules.units import Sentence, Unit
from hsextract.rules.vocab import CHARACTER_TITLES, CREW_LABEL_WORDS, OTHER_WORK_WORDS, ROLE_NOUNS, WEEKDAYS

Offsets = tuple[int, int]
# Units after a match (and 2 fewer before it) in which "the 2018 film ..." makes it another work's role.
OTHER_WORK_UNITS = 7
# Longest clause a "gap" rule may skip between a name and its role words (units). Enforced here,
# not as a {1,14} quantifier: the Matcher expands that into 14 states and it cost 2/3 of matching.
MAX_GAP = 14
_DESC_EDGE_DROP = frozenset({"a", "an", "the", "named", "called", ",", "-", "his", "her", "their", "its"})


@dataclass(frozen=True)
class CastMention:
    rule: str
    actor: Offsets
    character: Offsets
    description: Offsets | None
    evidence: Offsets
    block_kind: str
    block_index: int
    sentence: Offsets
    oriented: bool = True  # False: "Name (Name)", sides decided per article
    previous: bool = False  # the actor held the role before a recast

    @classmethod
    def on_line(
        cls,
        rule: str,
        actor: Offsets,
        character: Offsets,
        line: Block,
        *,
        evidence: Offsets | None = None,
        sentence: Offsets | None = None,
        description: Offsets | None = None,
        oriented: bool = True,
        previous: bool = False,
    ) -> CastMention:
        """A pair a line reader found (guide fields, credit lines, cast tables): by default its evidence
        runs from the first name to the last and its sentence is the whole line."""
        return cls(
            rule=rule,
            actor=actor,
            character=character,
            description=description,
            evidence=evidence or (min(actor[0], character[0]), max(actor[1], character[1])),
            block_kind=line.kind,
            block_index=line.index,
            sentence=sentence or (line.start, line.end),
            oriented=oriented,
            previous=previous,
        )


def _members(unit: Unit) -> list[Offsets]:
    return list(unit.members) or [(unit.start, unit.end)]


def _desc_span(units: list[Unit], indices: list[int]) -> Offsets | None:
    """The descriptor's article span, without leading articles or a trailing 'named'."""
    if not indices:
        return None
    run = [units[i] for i in range(min(indices), max(indices) + 1)]
    while run and run[0].lower in _DESC_EDGE_DROP:
        run.pop(0)
    while run and run[-1].lower in _DESC_EDGE_DROP:
        run.pop()
    if not run or all(u.kind != "WORD" for u in run):
        return None
    return (run[0].start, run[-1].end)


def about_other_work(sentence: Sentence, match: Match) -> bool:
    """'... as a young X in the 2018 movie Y': the role belongs to another work."""
    units = sentence.units

    def work(k: int) -> bool:
        u = units[k]
        return u.kind == "WORD" and u.pos in {"NOUN", "PROPN"} and u.lower in OTHER_WORK_WORDS

    before = range(max(0, match.start - OTHER_WORK_UNITS + 2), match.start)
    after = range(match.end, min(len(units), match.end + OTHER_WORK_UNITS))
    # after the pair, the work is where a role is ("in the 2018 movie", "the documentary Clay and
    # Fire"), not an object of the story ("announced she was selling the recipe book")
    return any(work(k) for k in before) or any(
        work(k)
        and (
            any(units[j].lower in _WORK_PREPOSITIONS for j in range(max(match.end, k - 3), k))
            or any(
                u.kind in {"NAME", "NAMES", "TITLE"} for u in units[k + 1 : k + 3]
            )  # "the film Iron Orchard"
        )
        for k in after
    )


_WORK_PREPOSITIONS = frozenset({"in", "from", "of", "for", "on"})


# a descriptor that gives one actor several roles: "twin sisters", "both", "the dual roles of"
_DOUBLE_ROLE = re.compile(r"^(?:twins?|both|dual|double|identical)$", re.IGNORECASE)


def _paired(units: list[Unit], by_slot: dict[str, list[int]]) -> tuple[list[Offsets], list[Offsets]]:
    """The actor and character names of a match, in order; one actor of several characters when the
    descriptor says so ("will play twin brothers A and B")."""
    actors = [m for i in by_slot.get("actor", []) for m in _members(units[i])]
    chars = [m for i in by_slot.get("character", []) for m in _members(units[i])]
    if (
        len(actors) == 1
        and len(chars) > 1
        and any(_DOUBLE_ROLE.search(units[i].text) for i in by_slot.get("desc", []))
    ):
        actors = actors * len(chars)
    elif (
        len(actors) > 1
        and len(chars) == 1
        and (_last_one_plays(units, by_slot) or _others_bracketed(units, by_slot))
    ):
        actors = actors[-1:]  # "Back are A (Mara), B (Ben) and C, who plays Cal": C plays Cal
    return actors, chars


def _last_one_plays(units: list[Unit], by_slot: dict[str, list[int]]) -> bool:
    """ "A, B and C, who plays D": a singular "who plays" after a list is about its last name."""
    first, last = by_slot["actor"][-1], by_slot["character"][0]
    words = [u.lower for u in units[first + 1 : last]]
    return "who" in words and any(w in _SINGULAR_ROLE_VERBS for w in words)


def _others_bracketed(units: list[Unit], by_slot: dict[str, list[int]]) -> bool:
    """ "A (Mara), B (the solicitor, Ben) and C as Cal": every name but the last has its role in
    brackets, so the role after "as" is the last one's."""
    unit = units[by_slot["actor"][-1]]
    bracketed = {outer for outer, *_ in unit.member_asides}
    return len(unit.members) > 1 and set(unit.members[:-1]) <= bracketed


_SINGULAR_ROLE_VERBS = frozenset({"plays", "portrays", "voices", "essays", "embodies"})


def _titled_possessor(name: str) -> bool:
    """A possessor that opens with a rank or a saint's title names a character or a place, not a performer."""
    first = name.split()[0].lower() if name.split() else ""
    return first in CHARACTER_TITLES or first in _SAINT


_SAINT = frozenset({"saint", "st", "st.", "san", "santa", "sainte"})
RELATIVE_REACH = 16  # units back from a name closing a relative clause to its "who"


def _relative_clause_owner(units: list[Unit], k: int) -> int | None:
    """'A, who was last seen in BBC One's B, has been cast as C': B closes A's relative clause, so
    the actor is A (the unit index of A), not B."""
    if k + 1 >= len(units) or units[k + 1].lower != ",":
        return None
    for j in range(k - 1, max(1, k - RELATIVE_REACH) - 1, -1):
        if units[j].lower in {".", ";", ":", ",", "and", "(", ")", "by"}:
            return None  # the clause ended before the name, or names it ("who is voiced by A")
        if units[j].lower in {"who", "whose"}:
            return j - 2 if j >= 2 and units[j - 1].lower == "," and units[j - 2].kind == "NAME" else None
    return None


def _pairs_ok(
    units: list[Unit], by_slot: dict[str, list[int]], actors: list[Offsets], chars: list[Offsets]
) -> bool:
    """As many actors as characters, and the character no modifier ("as the Norfolk detective who
    ...": the name describes the role, it is none)."""
    if not actors or not chars or len(actors) != len(chars):
        return False
    return not _attributive_name(units, by_slot["character"][0])


def _attributive_name(units: list[Unit], k: int) -> bool:
    """A one-word name between "the" and a lower-case noun: a place or body used as a modifier."""
    u, nxt = units[k], units[k + 1] if k + 1 < len(units) else None
    prev = units[k - 1].lower if k > 0 else ""
    return (
        prev in {"the", "a", "an"}
        and u.kind == "NAME"
        and u.tokens <= 2
        and nxt is not None
        and nxt.kind == "WORD"
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.pos == "NOUN"
    )


def mentions_from_match(sentence: Sentence, match: Match) -> list[CastMention]:
    units = sentence.units
    by_slot: dict[str, list[int]] = {}
    for slot, idx in match.slots:
        by_slot.setdefault(slot, []).append(idx)
    if len(by_slot.get("gap", [])) > MAX_GAP:
        return []
    evidence = (units[match.start].start, units[match.end - 1].end)
    # Every mention of this match shares rule, evidence and sentence; only the names differ.
    base = CastMention(
        rule=match.rule,
        actor=(0, 0),
        character=(0, 0),
        description=None,
        evidence=evidence,
        block_kind=sentence.block_kind,
        block_index=sentence.block_index,
        sentence=(sentence.start, sentence.end),
    )
    if "left" in by_slot and "right" in by_slot:
        left, right = units[by_slot["left"][0]], units[by_slot["right"][0]]
        return [
            replace(base, actor=(right.start, right.end), character=(left.start, left.end), oriented=False)
        ]
    if (
        len(by_slot.get("actor", [])) == 1
        and (who := _relative_clause_owner(units, by_slot["actor"][0])) is not None
    ):
        by_slot["actor"] = [who]
    actors, chars = _paired(units, by_slot)
    desc_idx = by_slot.get("desc", [])
    if not _pairs_ok(units, by_slot, actors, chars):
        return []
    char_idx = by_slot["character"][0]
    before = [i for i in desc_idx if i < char_idx]
    after = [i for i in desc_idx if i > char_idx]
    desc = _desc_span(units, before) or _desc_span(units, after)
    out = [replace(base, actor=a, character=c, description=desc) for a, c in zip(actors, chars, strict=True)]
    if match.rule == "cast.possessive" and _titled_possessor(units[by_slot["actor"][0]].text):
        return []  # "Saint Brannoc's Singers", "Lady Anne's Ring": a title's possessive, no actor
    if len(chars) == 1:
        for i in by_slot.get("prev_actor", []):
            out.append(
                replace(
                    base,
                    actor=(units[i].start, units[i].end),
                    character=chars[0],
                    description=desc,
                    previous=True,
                )
            )
    return out


# A bracket after a name that holds one name and a descriptor, or a voice/played-by credit:
# "Jane Roe (Mrs. Poe, the village head)", "Jane Roe (Mr. Lind the gamekeeper)",
# "Jane Roe (the family's solicitor, Mara Lind)", "Pip (voiced by Jane Roe)".
_ASIDE_NAME = (
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Miss|Madam|Chef|Reverend|Rev|Sir|Lady)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
# "(voiced by Jane Roe)", "(voiced by the singer Roe, making her anime debut)", "(role to be portrayed by
# Jane Roe)"
# "(voiced by Jane Roe)", an anime cast list's "(CV: Jane Roe)"
_ASIDE_BY = re.compile(
    r"(?:(?:role\s+)?(?:to\s+be\s+)?(?:voiced|played|portrayed)\s+by\s+|(?:CV|VA|[Vv]oice)\s*[:：]\s*)"
    r"(?:(?:the|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?" + _ASIDE_NAME + r"\s*(?:,\s*[a-z][^()]*)?$"
)
# "Jane Roe (who plays Mara Lind, the town's vicar)", "(who plays ferry mechanic Ben Poe)": the
# bracket names the character of the name before it
_ASIDE_PLAYS = re.compile(
    r"(?:who\s+(?:also\s+|now\s+|will\s+|is\s+)?(?:plays|play|playing|voices|voice|portrays|portray)|playing|voicing)"
    r"\s+(?P<desc>(?:(?:the|a|an|his|her|their)\s+|[A-Z][\w-]*['’]s\s+)?[a-z][^()A-Z]*?,?\s+)?"
    + _ASIDE_NAME
    + r"\s*(?:,\s*[a-z][^()]*)?$"
)
# "(Hesper Dunmore, Fennick's sister)": another character's possessive opens a descriptor too
_ASIDE_NAME_FIRST = re.compile(
    _ASIDE_NAME + r"(?:\s*,\s*(?P<desc>(?:(?:the|a|an|his|her|their)\s+|[A-Z][\w-]*['’]s\s+)?[a-z][^()]*)"
    r"|\s+(?P<desc2>(?:the|a|an|his|her|their)\s+[a-z][^()]*))$"
)
# "(harbourmaster Tam Orrin)": one or two lowercase role words before the name; not a linking
# word ("with", "now", "née", "replacing") that would make the bracket something else
_ASIDE_LINKS = (
    r"(?!(?:and|with|via|by|also|now|n[ée]e|aka|formerly|from|of|for|featuring|feat|ft|or|plus|midnight|noon"
    r"|am|pm|at|on|in|until|from|replacing|replaced|replaces|succeeding|succeeded|previously|originally"
    r"|taking|took)\b)"
)
_ASIDE_NAME_LAST = re.compile(
    r"(?P<desc>(?:(?:the|a|an|his|her|their)\s+|[A-Z][\w-]*['’]s\s+)[^()]*?|"
    + _ASIDE_LINKS
    + r"[a-z][\w-]+(?:\s+[a-z][\w-]+)?(?=,?\s+[A-Z][a-z]))(?:,\s*|\s+)"
    + _ASIDE_NAME
    + r"(?:\s*,\s*[a-z][^()]*)?$"
)


# a weekday is no character; a month may be one (a girl called after it), so months are not listed
_CALENDAR_WORDS = WEEKDAYS | {"today", "tonight", "tomorrow"}
_TRAILING_TITLE = re.compile(
    r"\b((?:"
    + "|".join(sorted((t.capitalize() for t in CHARACTER_TITLES), key=len, reverse=True))
    + r")\.?)\s*$"
)
_BARE_ARTICLES = frozenset({"the", "a", "an"})
_ROLE_OPENING = re.compile(r"(?:the|a|an|his|her|their)\s|[A-Z][\w-]*['’]s\s")
_JOB_WORDS = ROLE_NOUNS | CREW_LABEL_WORDS | {"executive", "co-creator", "co-writer", "exec"}
_PERFORMER_WORDS = frozenset(
    (
        "newcomer actor actress star co-star costar veteran comedian singer rapper the a an young"
        " guest voice special"  # "Coach Vey (guest voice Jane Roe)"
    ).split()
)


def aside_mentions(sentence: Sentence) -> list[CastMention]:
    """Cast mentions from brackets the units dropped. A role descriptor beside the bracket's one name
    makes that name the character ("Jane Roe (the solicitor, Mara Lind)"); after "voiced by" it is
    the actor ("Pip (voiced by Jane Roe)")."""
    out: list[CastMention] = []
    for u in sentence.units:
        if u.kind not in {"NAME", "NAMES"}:
            continue
        # each listed name's own bracket ("A (the solicitor, Mara), B (Ben) and C (Cal)"), the last's too
        asides = list(u.member_asides)
        if u.aside and u.aside_start >= 0:
            outer = u.members[-1] if u.kind == "NAMES" else (u.start, u.end)
            asides.append((outer, u.aside, u.aside_kind, u.aside_start))
        for outer, aside, kind, start in asides:
            if (mention := _aside_mention(sentence, outer, aside, kind, start)) is not None:
                out.append(mention)
    return out


def _aside_desc(m: re.Match[str], start: int) -> Offsets | None:
    group = next((g for g in ("desc", "desc2") if g in m.re.groupindex and m.group(g)), None)
    if group is None:
        return None
    d0 = start + m.start(group)
    return (d0, d0 + len(m.group(group).rstrip(" ,")))


def _bare_remark(m: re.Match[str]) -> bool:
    """ "Merryn (Brackley-Nunn, never better)": a remark after the bracket's name that opens with no
    article or possessive is no role descriptor, so which side is the actor is left to the article's
    evidence, as for "Name (Name)"."""
    return m.re is _ASIDE_NAME_FIRST and bool(m.group("desc")) and not _ROLE_OPENING.match(m.group("desc"))


def _actor_first(m: re.Match[str], by: bool) -> bool | None:
    """Whether the bracket's name is the actor ("voiced by Jane Roe", "Young Pim (newcomer Jane
    Roe)": a performer noun introduces the actor); None when its descriptor is a job ("(executive
    producer Jane Roe)", "(writer Tom Poe)"): no role at all."""
    words = {w.casefold() for w in re.findall(r"[\w-]+", m.groupdict().get("desc") or "")}
    if by or (words and words <= _PERFORMER_WORDS):
        return True
    return None if words & _JOB_WORDS else False


def _aside_mention(
    sentence: Sentence, outer: Offsets, aside: str, kind: str, start: int
) -> CastMention | None:
    by = _ASIDE_BY.match(aside)
    plays = None if by else _ASIDE_PLAYS.match(aside)
    if kind == "other-work" and not (by or plays):
        return None
    m = by or plays or _ASIDE_NAME_FIRST.match(aside) or _ASIDE_NAME_LAST.match(aside)
    if m is None:
        return None
    actor_first = False if plays else _actor_first(m, by is not None)
    if actor_first is None:
        return None
    inner = (start + m.start("name"), start + m.end("name"))
    if m.group("name").lower() in _CALENDAR_WORDS:
        return None  # "(stand-up special, Tuesday)": a day, not a character
    desc = None if actor_first else _aside_desc(m, start)
    if desc is not None and (title := _TRAILING_TITLE.search(aside, 0, desc[1] - start)):
        # "(the Reverend Osric Kell)": the rank is the character's, as written; "the" alone is no descriptor
        inner = (start + title.start(1), inner[1])
        rest = aside[desc[0] - start : title.start(1)].strip(" ,")
        desc = (desc[0], desc[0] + len(rest)) if rest and rest.lower() not in _BARE_ARTICLES else None
    actor, character = (inner, outer) if actor_first else (outer, inner)
    bare = _bare_remark(m)
    if bare:
        actor, character, desc = inner, outer, None
    return CastMention(
        rule="cast.aside" if not by else "cast.aside_voiced_by",
        actor=actor,
        character=character,
        oriented=not bare,
        description=desc,
        evidence=(outer[0], start + len(aside) + 1),
        block_kind=sentence.block_kind,
        block_index=sentence.block_index,
        sentence=(sentence.start, sentence.end),
    )
