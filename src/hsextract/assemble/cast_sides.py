"""Which side of "Name (Name)" is the actor, from what the rest of the article says about each name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hsextract.assemble.cast_names import (
    NamePool,
    _is_titled,
    _resolve_actor,
    _words,
    clean_character,
    clean_name,
)
from hsextract.assemble.quoted import quoted
from hsextract.rules.cast import CastMention, Offsets
from hsextract.rules.units import Sentence
from hsextract.rules.vocab import (
    CREDIT_NOUNS,
    CREDIT_VERBS,
)
from hsextract.textnorm import fold


def other_works(sentences: list[Sentence]) -> set[str]:
    """Names the article uses as other titles: "the Copper Road star Jane Roe", "best known for
    Night Ferry", "star of Night Ferry". Never actors or characters."""
    works: set[str] = set()
    for sentence in sentences:
        units = sentence.units
        for k, u in enumerate(units):
            if u.kind != "NAME":
                continue
            prev = units[k - 1].lower if k else ""
            prev2 = units[k - 2].lower if k > 1 else ""
            nxt = units[k + 1] if k + 1 < len(units) else None
            name = fold(clean_name(u.text))
            if nxt is not None and nxt.lower in CREDIT_NOUNS:
                works.add(name)  # "the Copper Road star Jane Roe": a title, then the person
            elif prev in {"for", "in", "of"} and prev2 in CREDIT_VERBS:
                works.add(name)  # "best known for Night Ferry", "star of Night Ferry"
    return works


def _quoted_as_person(name: str, text: str) -> bool:
    """People who are quoted ("Roe said", "says Roe") are actors or crew, never characters."""
    return quoted(name.split()[-1], text)


@dataclass
class _Evidence:
    """Who the article shows to be an actor or a character, for deciding 'Name (Name)'."""

    text: str
    actors: set[str]
    chars: set[str]
    full_people: set[str]
    pool: NamePool
    # a bracket pair's score, asked by the article's convention, its sentence's run and its own
    # orientation: (inner span, outer span, sentence start) -> `_bracket_diff`, computed once
    diffs: dict[tuple[Offsets, Offsets, int], int] = field(default_factory=dict)

    def actor_side_score(self, name: str) -> int:
        f = fold(name)
        resolved = _resolve_actor(name, self.full_people)
        r = fold(resolved) if resolved else f
        c = fold(self.pool.fullest(name))
        score = 3 * (f in self.actors or r in self.actors) - 3 * (f in self.chars or c in self.chars)
        return score - 2 * _is_titled(name) + 2 * _quoted_as_person(name, self.text)


def _described_inside(text: str, inner: tuple[int, int]) -> bool:
    """ "Jane Roe (first mate Wenda Pike)", "(the Reverend Quiller)": words before the name inside the
    bracket describe a character; an actor is not introduced that way ("(newcomer Ada Roe)" is)."""
    opening = text.rfind("(", max(0, inner[0] - DESCRIPTOR_REACH), inner[0])
    if opening < 0 or not _LOWER_WORD.search(text, opening + 1, inner[0]):
        return False
    return not _ACTOR_WORDS.search(text, opening + 1, inner[0])


# "(newcomer Ada Roe)", "(veteran actor Tom Poe)": the bracket introduces a performer
_ACTOR_WORDS = re.compile(r"\b(?:newcomer|actor|actress|performer|star|veteran|comedian|singer|rapper)\s*$")
# "union boss Pellam Hask (Jane Roe)", "his sister Wenda (Ada Roe)": a role noun right before the
# name outside the bracket describes a character
_WORD_BEFORE = re.compile(r"\b([a-z][a-z'’-]+)\s+$")
_NOT_ROLE_NOUNS = frozenset(
    "and or with by as of for to from in on at the a an is are was were be been also plus then but"
    " star stars starring actor actress newcomer newcomers veteran alum plays played playing features"
    " featuring see sees welcomes cast casts include includes including joins joined back returning"
    " alongside opposite like than after before about".split()
)
# "Hwang Ji-seul (Ryu Bo-yeong) plays ...": the name outside the bracket is the subject of the role verb
_PLAYS_AFTER = re.compile(r"\)?\s*(?:plays|will\s+play|is\s+playing|portrays|will\s+portray|stars\s+as)\b")


def _described_outside(text: str, outer: tuple[int, int]) -> bool:
    """A character's descriptor ("union boss", "his sister") stands right before the outer name."""
    m = _WORD_BEFORE.search(text, max(0, outer[0] - 30), outer[0])
    if m is None or m.group(1) in _NOT_ROLE_NOUNS or m.group(1).endswith(("ing", "ed")):
        return False
    return not _ACTOR_WORDS.search(text, max(0, outer[0] - 30), outer[0])


def _subject_of_role_verb(text: str, inner: tuple[int, int]) -> bool:
    close = text.find(")", inner[1], inner[1] + 40)
    return close >= 0 and bool(_PLAYS_AFTER.match(text, close))


DESCRIPTOR_REACH = 60


_LOWER_WORD = re.compile(r"\b(?!(?:and|or)\b)[a-z]")  # "(A and B)": a list, not a descriptor


def _bracket_diff(m: CastMention, ev: _Evidence) -> int:
    """How much more the bracketed name looks like the actor than the name outside it."""
    key = (m.actor, m.character, m.sentence[0])  # all it reads of the mention
    if (known := ev.diffs.get(key)) is not None:
        return known
    inner, outer = clean_name(ev.text[slice(*m.actor)]), clean_name(ev.text[slice(*m.character)])
    diff = ev.actor_side_score(inner) - ev.actor_side_score(outer)
    cast_list = bool(_CAST_INTRO.search(ev.text, max(m.sentence[0], m.character[0] - 40), m.character[0]))
    described = _described_outside(ev.text, m.character) - _described_inside(ev.text, m.actor)
    plays = _subject_of_role_verb(ev.text, m.actor)
    lived = _LIFE_DATES.match(ev.text, ev.text.find(")", m.actor[1]) + 1) is not None
    ev.diffs[key] = diff + DESCRIBED_WEIGHT * (described - plays - lived) - CAST_INTRO_WEIGHT * cast_list
    return ev.diffs[key]


# "Jane Roe (Mara) · b. 1990", "Ada Vell (Old Tom) · 7 Jun 1941 – 30 Jan 2025": a life's dates follow
# the person, so the name outside the brackets is the actor
_LIFE_DATES = re.compile(
    r"\s*[·,;–—-]?\s*(?:\(?\s*(?:b\.|born\b|née\b)|\(?\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+)?\d{4}\s*[–—-]\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+)?\d{4})"
)


# "New this season are Jane Roe (Mara)", "The cast includes Jane Roe (Mara)", "starring Jane Roe (Mara)",
# "The Show stars the voices of Jane Roe (Mara)":
# a cast list names its actors, the brackets their parts
_CAST_INTRO = re.compile(
    r"(?:\b(?:are|include|includes|including|starring|stars|alongside|joined by|joining (?:him|her|them)"
    r"|(?:stars|features|starring) the voices of)|"
    r"\bcast\s*:)\s*$",
    re.IGNORECASE,
)


CAST_INTRO_WEIGHT = 2


DESCRIBED_WEIGHT = 4


def _orient(m: CastMention, ev: _Evidence, default_inner: bool) -> tuple[str, str]:
    """(actor, character) for a mention; bracket pairs use what the article says elsewhere."""
    text = ev.text
    a, c = clean_name(text[slice(*m.actor)]), clean_character(text[slice(*m.character)])
    if m.oriented:
        return a, c
    inner, outer = a, c
    if diff := _bracket_diff(m, ev):
        return (inner, outer) if diff > 0 else (outer, inner)
    if len(_words(outer)) >= 2 and len(_words(inner)) == 1:
        return outer, inner
    return (inner, outer) if default_inner else (outer, inner)


def _role_pairs(mentions: list[CastMention], text: str, blocked: set[str]) -> list[CastMention]:
    """Without brackets holding a title ("Ade Bakare (Glass Orchard)"): a credit says nothing of how
    the article brackets its roles."""
    return [m for m in mentions if fold(clean_name(text[slice(*m.actor)])) not in blocked]


def _bracket_convention(mentions: list[CastMention], ev: _Evidence) -> bool:
    """True when this article writes 'Character (Actor)': decided by the brackets that evidence settles."""
    votes = sum((d > 0) - (d < 0) for m in mentions if not m.oriented for d in [_bracket_diff(m, ev)])
    return votes >= 0


def _run_conventions(mentions: list[CastMention], ev: _Evidence, default_inner: bool) -> dict[Offsets, bool]:
    """One sentence's run of brackets ("Back are A (B), C (first mate D) and E (F)") is written one
    way: where its settled brackets agree, the unsettled ones follow them, else the article's way."""
    votes: dict[Offsets, int] = {}
    for m in mentions:
        if not m.oriented:
            d = _bracket_diff(m, ev)
        else:  # a settled pair of the same run: "Dario Venn (first mate Tom Reed)"
            d = _bracketed(ev.text, m.actor) - _bracketed(ev.text, m.character)
        votes[m.sentence] = votes.get(m.sentence, 0) + (d > 0) - (d < 0)
    return {sentence: v > 0 if v else default_inner for sentence, v in votes.items()}


def _bracketed(text: str, span: Offsets) -> bool:
    """The name sits inside an open bracket."""
    lo = max(0, span[0] - DESCRIPTOR_REACH)
    return text.rfind("(", lo, span[0]) > text.rfind(")", lo, span[0])
