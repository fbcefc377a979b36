"""Cast pairs in gapped lists, where the verb is said once and left out after that.

"Len Pike is played by Ada Roe, his daughter Rae by Tom Poe, and the rival, Mr Pike, by Jo Tamsk":
after the first "played by", each later item is "[descriptor] Character[,] by [descriptor] Actor".
A list may also open with a colon instead of the verb ("Also cast: the diplomat Sir Odric Venn
by Ada Roe, and Heather Lane by Tom Poe"); it then needs two items. Only units and general words decide.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hsextract.ingest import Block
from hsextract.rules.cast import CastMention
from hsextract.rules.titles import platforms_in
from hsextract.rules.units import Sentence, Unit
from hsextract.rules.vocab import CREDIT_NOUNS, CREW_LABEL_WORDS

Offsets = tuple[int, int]
# capital letters a name may start with: ASCII, Latin-1 and Latin Extended-A ("Ōgami", "Łucja", "Şahin")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"

_PASSIVE = frozenset({"played", "portrayed", "voiced", "essayed"})
_SEPARATORS = frozenset({",", ";", "and", "while"})
_ITEM_STOPS = frozenset({".", ":", "(", ")", ";"})
MAX_ITEM_WORDS = 8  # descriptor words before a name in one item ("the rival fancier from across the road")


def _is_name(u: Unit) -> bool:
    return u.kind == "NAME"


def _actor(units: list[Unit], j: int) -> int | None:
    """The actor's name from unit j on: "by Night Porter star Jo Kemp" skips the credit."""
    words = 0
    while j < len(units) and words <= MAX_ITEM_WORDS:
        u = units[j]
        if u.text in _ITEM_STOPS or u.text == ",":
            return None
        if _is_name(u) and not (j + 1 < len(units) and units[j + 1].lower in CREDIT_NOUNS):
            return j
        words += u.kind == "WORD"
        j += 1
    return None


def _opening(units: list[Unit]) -> tuple[int, int] | None:
    """(where the gapped items start, how many items make a list): after "played by NAME" (that
    was the first item), or after a colon ("Also cast: ...", "... fills out the cast: ...")."""
    for k in range(len(units) - 2):
        if units[k].lower in _PASSIVE and units[k + 1].lower == "by":
            actor = _actor(units, k + 2)
            return (actor + 1, 1) if actor is not None else None
        if units[k].text == ":":
            return k + 1, 2
    return None


def _item(units: list[Unit], k: int) -> tuple[int, int, int] | None:
    """(character, actor, next position) for "[desc] Character[,] by [desc] Actor" from unit k."""
    j, words = k, 0
    while j < len(units) and words <= MAX_ITEM_WORDS:
        u = units[j]
        if u.text in _ITEM_STOPS:
            return None
        by = j + 1 + (j + 1 < len(units) and units[j + 1].text == ",")
        if _is_name(u) and by < len(units) and units[by].lower == "by":
            actor = _actor(units, by + 1)  # "the diplomat Sir Odric Venn by": the name before "by"
            return (j, actor, actor + 1) if actor is not None else None
        words += u.kind == "WORD"
        j += 1
    return None


def _split_pairs(units: list[Unit]) -> list[Unit]:
    """ "..., Rae Pike by Tom Poe and Mr Pike by Jo Hurle": the model joins "Tom Poe and Mr Pike"
    into one list, but before "by" its last name opens the next item; split such a two-name unit."""
    out: list[Unit] = []
    for k, u in enumerate(units):
        if u.kind == "NAMES" and len(u.members) == 2 and k + 1 < len(units) and units[k + 1].lower == "by":
            out += [
                _member(u, 0),
                replace(u, kind="WORD", text="and", lower="and", members=()),
                _member(u, 1),
            ]
        else:
            out.append(u)
    return out


def _member(u: Unit, i: int) -> Unit:
    s, e = u.members[i]
    return replace(u, kind="NAME", start=s, end=e, text=u.text[s - u.start : e - u.start], members=((s, e),))


def gapped_mentions(sentence: Sentence) -> list[CastMention]:
    units = _split_pairs(sentence.units)
    opening = _opening(units)
    if opening is None:
        return []
    k, needed = opening
    out: list[CastMention] = []
    while k < len(units):
        while k < len(units) and units[k].lower in _SEPARATORS:
            k += 1
        found = _item(units, k)
        if found is None:
            break
        char, actor, k = found
        c, a = units[char], units[actor]
        out.append(
            CastMention(
                rule="cast.gapped_by",
                actor=(a.start, a.end),
                character=(c.start, c.end),
                description=None,
                evidence=(c.start, a.end),
                block_kind=sentence.block_kind,
                block_index=sentence.block_index,
                sentence=(sentence.start, sentence.end),
            )
        )
    return out if len(out) >= needed else []


# "• Yuzuki: Arlo Venter" / "Old Master Kesh: Ines Quarrendon" / "Morwel, Ada's daughter – Zia Kirk": a
# cast given as a run of "Name: Name" or "Name – Name" lines under a heading or line that talks about
# the cast (a description after the first name's comma is no part of it)
_COLON_LINE = re.compile(
    r"^\s*(?:[•*·–—-]\s*)?(?P<left>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)(?:,\s+[^,:–—]{1,40}?)?"
    r"(?:\s*:\s+|\s+[–—-]\s+)"
    # an actor's other credit may follow in brackets: "• Sota: Tomoki Kisanu (Reiji in Glass Tide)"
    r"(?P<right>["
    + UPPER
    + r"][\w'’.-]*(?:\s+["
    + UPPER
    + r"][\w'’.-]*){1,3})(?:\s*\((?P<credit>[^()]*)\))?\s*$"
)
_CAST_HEAD = re.compile(r"\b(?:cast|voices?|voice cast|dub|characters|starring)\b", re.IGNORECASE)
COLON_INTRO_REACH = 3  # blocks back from a run's first line to its cast heading
MIN_COLON_RUN = 2
SUB_HEAD_WORDS = 3


_IN_WORK = re.compile(r"\bin\s+[A-Z]")  # "(Reiji in Glass Tide)": a role in another work, an actor's credit


def _colon_pair(block: Block) -> tuple[Offsets, Offsets, bool] | None:
    """(left, right, settled): settled when a credit in brackets after the right-hand name marks it
    as the actor ("Sota: Tomoki Kisanu (Reiji in Glass Tide)")."""
    m = _COLON_LINE.match(block.text)
    if m is None or any(w.casefold() in CREW_LABEL_WORDS for w in m["left"].split()):
        return None
    if platforms_in(m["right"]):
        return None
    o = block.start
    settled = bool(m["credit"] and _IN_WORK.search(m["credit"]))
    return (o + m.start("left"), o + m.end("left")), (o + m.start("right"), o + m.end("right")), settled


def colon_list_mentions(blocks: list[Block]) -> list[CastMention]:
    """Pairs from runs of "Character: Actor" lines after a cast heading; the sides are left to the
    article's evidence (oriented=False, the right-hand name taken for the actor by default)."""
    out: list[CastMention] = []
    k = 0
    listed = -2  # position of the last line of the latest cast run
    while k < len(blocks):
        run: list[tuple[Block, tuple[Offsets, Offsets, bool]]] = []
        while k + len(run) < len(blocks) and (pair := _colon_pair(blocks[k + len(run)])):
            run.append((blocks[k + len(run)], pair))
        intro = blocks[max(0, k - COLON_INTRO_REACH) : k]
        # "Returning" / ... / "New" / "Captain Vey: Jane Roe": a sub-heading goes on with the list above
        goes_on = k - listed == 2 and len(blocks[k - 1].text.split()) <= SUB_HEAD_WORDS
        if len(run) >= MIN_COLON_RUN and (goes_on or any(_CAST_HEAD.search(b.text) for b in intro)):
            listed = k + len(run) - 1
            # a list keeps one order: one line's credit settles every line's sides
            settled_run = any(settled for _, (_, _, settled) in run)
            out += [
                CastMention(
                    rule="cast.colon_list",
                    actor=right,
                    character=left,
                    description=None,
                    evidence=(left[0], right[1]),
                    block_kind=b.kind,
                    block_index=b.index,
                    sentence=(b.start, b.end),
                    oriented=settled_run,
                )
                for b, (left, right, _) in run
            ]
        k += max(1, len(run))
    return out


# "A, B and C will reprise their roles as pastry chef X, retired detective Y and Z, respectively":
# the actors' list pairs in order with the names after the role word, each with the words before it
_ROLE_CUES = frozenset(
    {"play", "plays", "playing", "played", "portray", "portrays", "portraying", "voice", "voices", "as", "of"}
)
_DESC_SKIP = frozenset({"and", ",", "the", "a", "an", "&"})
# "A and B are her stepdaughters, X and Y, respectively": a copula before a determiner is a cue too
_COPULAS = frozenset({"are", "were"})
_COPULA_NEXT = frozenset({"her", "his", "their", "the", "its"})


def _is_cue(units: list[Unit], k: int) -> bool:
    if units[k].lower in _ROLE_CUES:
        return True
    return units[k].lower in _COPULAS and k + 1 < len(units) and units[k + 1].lower in _COPULA_NEXT


def _members(u: Unit) -> list[Offsets]:
    return list(u.members) or [(u.start, u.end)]


def _described_names(units: list[Unit]) -> list[tuple[Offsets, Offsets | None]] | None:
    """(name, descriptor words before it) for each name of a list; None if the list breaks off."""
    out: list[tuple[Offsets, Offsets | None]] = []
    desc: list[Unit] = []
    for k, u in enumerate(units):
        # "A, B and Ida's childhood friend Sun-hee": a possessor opens the next name's descriptor
        possessor = k + 1 < len(units) and units[k + 1].text in {"'s", "’s"}
        names = _members(u)[:-1] if possessor else _members(u)
        if u.kind in {"NAME", "NAMES"} and names:
            words = [w for w in desc if w.lower not in _DESC_SKIP]
            span = (words[0].start, words[-1].end) if words else None
            out += [(m, span if i == 0 else None) for i, m in enumerate(names)]
            desc = []
        if u.kind in {"NAME", "NAMES"} and possessor:
            last = _members(u)[-1]
            desc = [replace(u, kind="WORD", start=last[0], end=last[1])]
            continue
        elif u.text in _ITEM_STOPS:
            return None
        elif u.kind == "WORD" or u.text == ",":
            desc = [] if u.lower in {"and", ","} else [*desc, u]
    return out


def respectively_mentions(sentence: Sentence) -> list[CastMention]:
    units = sentence.units
    end = next((k for k, u in enumerate(units) if u.lower == "respectively"), None)
    if end is None:
        return []
    actors_at = next(
        (k for k, u in enumerate(units[:end]) if u.kind == "NAMES" and len(u.members) >= 2), None
    )
    if actors_at is None:
        return []
    cue = next((k for k in range(actors_at + 1, end) if _is_cue(units, k)), None)
    if cue is None:
        return []
    passive = cue + 1 < end and units[cue + 1].lower == "by"  # "A and B will be played by C and D"
    chars = _described_names(units[cue + 1 + passive : end])
    actors = _members(units[actors_at])
    if chars is None or len(chars) != len(actors):
        return []
    return [
        CastMention(
            rule="cast.respectively",
            actor=char if passive else actor,
            character=actor if passive else char,
            description=None if passive else d,
            evidence=(actor[0], units[end].end),
            block_kind=sentence.block_kind,
            block_index=sentence.block_index,
            sentence=(sentence.start, sentence.end),
        )
        for actor, (char, d) in zip(actors, chars, strict=True)
    ]


# a person's name as a list or guide writes it, particles included ("Joost van der Hoek")
NAME_RUN = (
    r"[" + UPPER + r"][\w'’.-]*(?:\s+(?:[" + UPPER + r"][\w'’.-]*"
    r"|de|van|von|da|di|le|la|bin|der|den|del|della|du|dos|das|ter|ten|ibn|bint|zu)){0,4}"
)
# "Edda and Father Lorne Vasey (Mira Salk-Obi and Tobin Brann, respectively)": two
# name lists paired in order; which list holds the actors is decided per article, as for "Name (Name)"
_NAME_LIST = NAME_RUN + r"(?:,\s+" + NAME_RUN + r")*,?\s+and\s+" + NAME_RUN
_BRACKET_RESPECTIVELY = re.compile(
    r"(?<![\w'’-])(?P<left>" + _NAME_LIST + r")\s*\((?P<right>" + _NAME_LIST + r"),?\s+respectively\)"
)
_LIST_SPLIT = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


def _list_members(text: str, start: int, end: int) -> list[Offsets]:
    """The spans of the names of a "A, B and C" run between start and end."""
    out, pos = [], start
    for m in [*_LIST_SPLIT.finditer(text, start, end), None]:
        stop = m.start() if m else end
        out.append((pos, stop))
        pos = m.end() if m else end
    return out


def bracket_respectively_mentions(blocks: list[Block]) -> list[CastMention]:
    out: list[CastMention] = []
    for b in blocks:
        if "respectively" not in b.text:  # every match has the word: most blocks skip the scan
            continue
        for m in _BRACKET_RESPECTIVELY.finditer(b.text):
            left = _list_members(b.text, m.start("left"), m.end("left"))
            right = _list_members(b.text, m.start("right"), m.end("right"))
            if len(left) != len(right):
                continue
            out += [
                CastMention(
                    rule="cast.respectively_paren",
                    actor=(b.start + r[0], b.start + r[1]),
                    character=(b.start + c[0], b.start + c[1]),
                    description=None,
                    evidence=(b.start + m.start(), b.start + m.end()),
                    block_kind=b.kind,
                    block_index=b.index,
                    sentence=(b.start, b.end),
                    oriented=False,
                )
                for c, r in zip(left, right, strict=True)
            ]
    return out


# "A, who played Wenda in the first season, will not return; B takes over the part": the role the
# sentence has just named passes to B
_TAKES_OVER = frozenset(
    {"take", "takes", "took", "taking", "step", "steps", "stepped", "inherit", "inherits"}
)
_THE_ROLE = ("over the part", "over the role", "into the part", "into the role", "the part", "the role")


def takes_over_mentions(sentence: Sentence, earlier: list[CastMention]) -> list[CastMention]:
    """The new actor of a role named earlier in the same sentence ("B takes over the part")."""
    units = sentence.units
    chars = {m.character for m in earlier if sentence.start <= m.character[0] < sentence.end}
    if len(chars) != 1:
        return []
    out = []
    for k, u in enumerate(units[:-3]):
        if u.kind != "NAME" or units[k + 1].lower not in _TAKES_OVER:
            continue
        words = " ".join(w.lower for w in units[k + 2 : k + 5] if w.kind == "WORD")
        rest = units[k + 5].lower if k + 5 < len(units) else ""
        if any(words.startswith(r) for r in _THE_ROLE) and rest != "of":
            (character,) = chars
            if character[0] < u.start:
                out.append(
                    CastMention(
                        rule="cast.takes_over",
                        actor=(u.start, u.end),
                        character=character,
                        description=None,
                        evidence=(u.start, units[min(k + 4, len(units) - 1)].end),
                        block_kind=sentence.block_kind,
                        block_index=sentence.block_index,
                        sentence=(sentence.start, sentence.end),
                    )
                )
    return out
