"""Cast mentions -> one record per actor-character pair, with names resolved across the article.

Decisions made here, with the whole article in view:
- which side of "Name (Name)" is the actor: a name seen elsewhere as an actor (or the other as a
  character) decides; otherwise a full name inside brackets after a shorter one is the actor;
- short names: "Mara" becomes "Mara Lind" only when exactly one fuller name matches it;
  a lone surname as actor is resolved to the one known actor with that surname, else dropped;
- spelling variants of one actor for the same character merge, keeping both spellings;
- two different actors for one character are both kept, flagged `conflict` (not chosen).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from hsextract.assemble.quoted import quoted
from hsextract.models import CastRecord, Evidence, merge_evidence
from hsextract.rules import RuleOutput
from hsextract.rules.cast import CastMention, Offsets
from hsextract.rules.titles import single_season
from hsextract.rules.units import Sentence
from hsextract.rules.vocab import (
    CHARACTER_TITLES,
    CREDIT_NOUNS,
    CREDIT_VERBS,
    HONORIFIC_CHARACTER_TITLES,
    PLATFORMS,
)
from hsextract.textnorm import fold, fold_tokens, spelling_variant

# Evidence from prose outweighs captions and brackets when choosing a spelling or descriptor.
_WEIGHT = {"paragraph": 3, "heading": 2, "title": 2, "caption": 1}


# A photo credit glued to a caption's first name: "Kit MabeyMorwenna Trask", "FXCorinne Roe",
# "Disney+Amara Quist": the name starts at the capital after a lower-case run of 3+, an upper-case
# run of 2+ or a symbol, inside one word ("McKay", "DeShawn", "MacLeod" have shorter runs).
_GLUE = re.compile(r"(?:(?<=[a-zß-ÿ]{3})|(?<=[A-Z]{2})|(?<=[+/)]))(?=[A-ZÀ-Þ][a-zß-ÿ])")
_GLUE_PREFIXES = ("Fitz",)
# One-word platforms that are no one's first name ("Max", "Stan" and "Sky" are): brands with a digit,
# a symbol or capitals after the first letter, and a few plain brand words.
_PLATFORM_WORDS = frozenset(
    p
    for p in PLATFORMS
    if " " not in p and (not p[1:].islower() or p in {"Netflix", "Hulu", "Crunchyroll", "Peacock"})
)


def _unglue(name: str) -> str:
    cut = 0
    for m in _GLUE.finditer(name):
        word_start = name.rfind(" ", 0, m.start()) + 1
        if m.start() > word_start and not name[word_start : m.start()].startswith(_GLUE_PREFIXES):
            cut = m.start()
    words = name[cut:].split()
    if len(words) >= 3 and words[0] in _PLATFORM_WORDS:  # "Netflix Jane Roe-Lind": a credit's tail
        return " ".join(words[1:])
    return name[cut:]


@lru_cache(maxsize=4096)
def clean_name(raw: str) -> str:
    name = " ".join(raw.replace("\u00a0", " ").split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return _unglue(name.strip(" ,;:'\"‘’“”"))


def clean_character(raw: str) -> str:
    """Drop a leading job acronym ('DJ Mara Lind' -> 'Mara Lind'); rank titles such as 'DI' stay."""
    name = clean_name(raw)
    words = name.split()
    if (
        len(words) >= 3
        and words[0].isupper()
        and len(words[0]) <= 4
        and words[0].lower() not in CHARACTER_TITLES
    ):
        return " ".join(words[1:])
    return name


@dataclass
class _Pair:
    actor: str
    character: str
    mentions: list[CastMention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    character_aliases: set[str] = field(default_factory=set)


def _is_titled(name: str) -> bool:
    toks = fold_tokens(name)
    return len(toks) > 1 and (toks[0] in CHARACTER_TITLES or toks[0] in HONORIFIC_CHARACTER_TITLES)


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

    def actor_side_score(self, name: str) -> int:
        f = fold(name)
        resolved = _resolve_actor(name, self.full_people)
        r = fold(resolved) if resolved else f
        c = fold(self.pool.fullest(name))
        score = 3 * (f in self.actors or r in self.actors) - 3 * (f in self.chars or c in self.chars)
        return score - 2 * _is_titled(name) + 2 * _quoted_as_person(name, self.text)


def _described_inside(text: str, inner: tuple[int, int]) -> bool:
    """ "Jane Roe (first mate Nell Pike)", "(the Reverend Pell)": words before the name inside the
    bracket describe a character; an actor is not introduced that way."""
    opening = text.rfind("(", max(0, inner[0] - DESCRIPTOR_REACH), inner[0])
    return opening >= 0 and bool(_LOWER_WORD.search(text, opening + 1, inner[0]))


DESCRIPTOR_REACH = 60
_LOWER_WORD = re.compile(r"\b(?!(?:and|or)\b)[a-z]")  # "(A and B)": a list, not a descriptor


def _bracket_diff(m: CastMention, ev: _Evidence) -> int:
    """How much more the bracketed name looks like the actor than the name outside it."""
    inner, outer = clean_name(ev.text[slice(*m.actor)]), clean_name(ev.text[slice(*m.character)])
    diff = ev.actor_side_score(inner) - ev.actor_side_score(outer)
    cast_list = bool(_CAST_INTRO.search(ev.text, max(m.sentence[0], m.character[0] - 40), m.character[0]))
    return diff - DESCRIBED_WEIGHT * _described_inside(ev.text, m.actor) - CAST_INTRO_WEIGHT * cast_list


# "New this season are Jane Roe (Mara)", "The cast includes Jane Roe (Mara)", "starring Jane Roe (Mara)":
# a cast list names its actors, the brackets their parts
_CAST_INTRO = re.compile(
    r"(?:\b(?:are|include|includes|including|starring|stars|alongside|joined by|joining (?:him|her|them))|"
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


def _not_a_person(name: str, blocked: set[str]) -> bool:
    """Platforms and the article's shows are never actors or characters, nor is a name made of a
    listing's labels ("Netflix Original", "Season Premiere")."""
    return fold(name) in blocked or bool(set(_words(name)) & _LISTING_WORDS)


_LISTING_WORDS = frozenset(
    {"original", "originals", "premiere", "season", "series", "episode", "finale", "trailer"}
)


def _words(name: str) -> list[str]:
    """Folded words of a name, a hyphenated part as one word ('Osei-Lind' is one surname)."""
    return [w for w in (fold(part).replace(" ", "") for part in name.split()) if w]


_people_index: tuple[set[str], int, dict[str, dict[str, str]]] | None = None


def _by_first_or_last(full_people: set[str]) -> dict[str, dict[str, str]]:
    """Folded first or last word -> {folded full name: full name}, in `full_people`'s order (the
    last of two names folding alike wins, as a scan would have it). Built once per article's set
    and reused: scanning every full name for every lone name cost names x mentions on long texts."""
    global _people_index
    cached = _people_index
    if cached is None or cached[0] is not full_people or cached[1] != len(full_people):
        index: dict[str, dict[str, str]] = {}
        for a in full_people:
            words = _words(a)
            if len(words) >= 2:
                for key in dict.fromkeys((words[-1], words[0])):
                    index.setdefault(key, {})[fold(a)] = a
        cached = _people_index = (full_people, len(full_people), index)
    return cached[2]


def _resolve_actor(name: str, full_people: set[str], stage_name: bool = False) -> str | None:
    """A lone surname or first name becomes the one full name in the article it belongs to; with
    none, it stays as written when `stage_name` (a single-word stage name in an actor slot); with
    two or more, it is dropped: the article does not say which person it means."""
    toks = _words(name)
    if len(toks) != 1:
        return name if toks else None
    hits = _by_first_or_last(full_people).get(toks[0], {})
    if len(hits) == 1:
        return next(iter(hits.values()))
    # unknown elsewhere: a stage name, or a hyphenated surname as written ('Osei-Lind')
    return name if (stage_name or len(fold_tokens(name)) >= 2) and not hits else None


def _core(name: str) -> list[str]:
    """Name tokens without a leading rank ('DI', 'Detective Inspector') for comparing characters."""
    toks = fold_tokens(name)
    while len(toks) > 1 and toks[0] in CHARACTER_TITLES:
        toks = toks[1:]
    return toks


def _same_character(short: str, full: str) -> bool:
    """'Mara' ~ 'Mara Lind'; 'Lind' ~ 'DI Mara Lind'; 'DI Mara Lind' ~ 'Detective Inspector Mara Lind'."""
    a, b = _core(short), _core(full)
    if not a or not b:
        return False
    return a == b or (len(a) < len(b) and (b[: len(a)] == a or b[-len(a) :] == a))


class NamePool:
    """Every name in the article, indexed by the first and last word of its core (rank dropped),
    so finding the fuller forms of a name looks at a handful of candidates, not all of them."""

    def __init__(self, names: set[str], actors: set[str]) -> None:
        self._index: dict[str, list[str]] = {}
        for name in sorted(names):
            if fold(name) in actors:
                continue
            core = _core(name)
            for key in {core[0], core[-1]} if core else set():
                self._index.setdefault(key, []).append(name)
        self._memo: dict[str, str] = {}

    def fullest(self, name: str) -> str:
        """The unique fuller name for `name` (by first name, surname or rank), else `name`."""
        if name not in self._memo:
            self._memo[name] = self._fullest(name)
        return self._memo[name]

    def _fullest(self, name: str) -> str:
        core = _core(name)
        candidates = {p for key in {core[0], core[-1]} for p in self._index.get(key, [])} if core else set()
        fuller: dict[str, str] = {}
        for p in sorted(
            candidates, key=lambda p: (p.isupper(), p)
        ):  # "Frank Hale" over a caption's "FRANK HALE"
            if len(p) > len(name) and _same_character(name, p):
                fuller.setdefault(fold(p), p)
        if len(fuller) > 1:  # 'DI Mara Lind' and 'Detective Inspector Mara Lind' are one candidate
            longest = max(fuller.values(), key=lambda p: (len(fold_tokens(p)), p))
            if all(_same_character(p, longest) or p == longest for p in fuller.values()):
                return longest
            return name
        return next(iter(fuller.values())) if fuller else name


def _mention_season(m: CastMention, out: RuleOutput) -> int | None:
    sentence = out.article.text[m.sentence[0] : m.sentence[1]]
    return single_season(sentence) or out.context.block_season.get(m.block_index)


def _evidence(m: CastMention, text: str) -> Evidence:
    s, e = m.evidence
    return Evidence(start=s, end=e, text=text[s:e], rule=m.rule, block=m.block_kind)


def _spelling_score(name: str, pair_mentions: list[CastMention], text: str) -> tuple[int, int, str]:
    weight = sum(
        _WEIGHT.get(m.block_kind, 1) * (2 if m.oriented else 1)
        for m in pair_mentions
        if clean_name(text[slice(*m.actor)]) == name or not m.oriented
    )
    counts = _name_counts(text)
    if name not in counts:
        counts[name] = text.count(name)
    return (weight, counts[name], name)


@lru_cache(maxsize=2)  # per text: a name's count is asked once per cluster it is in, each a full scan
def _name_counts(text: str) -> dict[str, int]:
    return {}


# Around "Name (Name)", words that make the bracket another work's title rather than a role:
# a crew credit, a role the article says is not known, or a list whose other names have no bracket.
_CREW_CONTEXT = re.compile(
    r"\b(?:written|directed|produced|created|composed|designed|voiced)\s+by\b|\bin charge of\b|"
    r"\b(?:scripts?|composing|designing|directing|showrunner|creator|composer|screenwriter)\b|"
    r"\b(?:writer|director|producer|co-creator|cinematographer|editor|author|novelist)s?\b|"
    r"\bbehind the camera\b",
    re.IGNORECASE,
)
# "Jane Roe (Night Ferry) has been offered the role of ...", "Jane Roe (Night Ferry) plays ...": the
# role follows, so the bracket holds another work
_ROLE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:who\s+)?(?:(?:has\s+been|will|is|also)\s+){0,3}(?:offered|cast|plays?|playing|"
    r"stars?|portrays?|takes?\s+on|joins?|returns?|reprises?|direct|directs|write|writes|produce|produces)\b",
    re.IGNORECASE,
)
_UNDISCLOSED = re.compile(
    r"\b(?:roles?|characters?|details|part)\b[^.;]*\b(?:under wraps|quiet|secret|undisclosed|unknown|"
    r"not (?:yet )?(?:been )?(?:revealed|announced|disclosed|named))",
    re.IGNORECASE,
)
_BARE_NAME_AFTER = re.compile(
    r"\s*(?:,|and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+(?=[,.;:]|\s|$)(?!\s*\(|\s+(?:as|plays|playing)\b)"
)
CREDIT_REACH = 50  # characters around the bracket pair that a crew word may stand in


def _credit_context(m: CastMention, text: str) -> bool:
    start, end = m.evidence
    s0, s1 = m.sentence
    around = text[max(s0, start - CREDIT_REACH) : start] + " " + text[end : min(s1, end + CREDIT_REACH)]
    return bool(
        _CREW_CONTEXT.search(around)
        or _UNDISCLOSED.search(text, s0, s1)
        or _BARE_NAME_AFTER.match(text, end, s1)
        # "Jane Roe (Other Show) returns as ...": a credit; not after a ranked character ("sees DI
        # Isla Quell (Jane Roe) return")
        or (
            _ROLE_AFTER.match(text, end, s1) is not None
            and not _is_titled(clean_name(text[slice(*m.character)]))
        )
    )


@dataclass(frozen=True)
class _Known:
    """What the whole article says about names, read once before its mentions are paired."""

    actors: set[str]  # folded actor names of oriented mentions
    chars: set[str]  # folded character names of oriented mentions
    full_people: set[str]  # names of two or more tokens that are no show
    blocked: set[str]  # platforms, shows and other works: never a person
    places: set[str]  # names tagged as places and never as people
    pool: NamePool
    ev: _Evidence
    default_inner: bool  # the article writes "Character (Actor)" (see _bracket_convention)


def _known(out: RuleOutput) -> _Known:
    text = out.article.text
    platforms = {fold(p) for p in PLATFORMS}
    oriented = [  # "Prime Video's Some Show" says nothing about who is an actor or a character
        m for m in out.cast if m.oriented and fold(clean_name(text[slice(*m.actor)])) not in platforms
    ]
    actors = {fold(clean_name(text[slice(*m.actor)])) for m in oriented}
    chars = {fold(clean_name(text[slice(*m.character)])) for m in oriented}
    full_people = {clean_name(n.text) for n in out.names if n.tokens >= 2}
    full_people -= {p for p in full_people if fold(p) in {fold(s) for s in out.context.shows}}
    name_pool = {clean_character(n.text) for n in out.names} | {
        clean_character(text[slice(*m.character)]) for m in out.cast
    }
    blocked = platforms | {fold(s) for s in out.context.strong_shows}
    places = {fold(n.text) for n in out.names if n.label in {"GPE", "LOC", "FAC"}} - {
        fold(n.text) for n in out.names if n.person
    }
    works = other_works(out.sentences)
    blocked |= works
    pool = NamePool(name_pool, actors)
    # an actor noun ("leads Jane Roe") says which side of a bracket pair is the actor, not that
    # what follows the name is a credit
    ev = _Evidence(text, actors | _introduced_as_actors(out), chars, full_people, pool)
    default_inner = _bracket_convention(_role_pairs(out.cast, text, blocked), ev)
    return _Known(actors, chars, full_people, blocked, places, pool, ev, default_inner)


# "fellow cast members Jane Roe and Ann Lee", "the actress Jane Roe", "co-star Jane Roe": a noun
# for an actor right before a name (or a list of names ending in it). Not "lead" or "newcomer":
# "the series lead Nell Pike (Ann Lee)" names the character so.
_ACTOR_NOUN = re.compile(
    r"\b(?:actors?|actress(?:es)?|co-stars?|cast members?|starring|stars?)\s+$", re.IGNORECASE
)
_LISTED_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s*,\s*|\s+(?:and|&)\s+)$")
ACTOR_NOUN_LIST = 4  # names back from the noun a list may run


def _introduced_as_actors(out: RuleOutput) -> set[str]:
    """Two-word names an actor noun introduces: evidence for the side of 'Character (Actor)'."""
    text, found = out.article.text, set()
    for n in out.names:
        if n.tokens < 2:
            continue
        end = n.start
        for _ in range(ACTOR_NOUN_LIST + 1):
            before = text[max(0, end - 40) : end]
            if _ACTOR_NOUN.search(before):
                found.add(fold(clean_name(n.text)))
                break
            if not (m := _LISTED_NAME.search(before)):
                break
            end -= len(before) - m.start()
    return found


# "a priest in Boston (Jane Roe)": the model's place is one where the text puts something in it; a
# two-word name it calls a place after "are" or a comma is a person it did not know
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|of|near|outside|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _dropped(m: CastMention, resolved: str, char: str, known: _Known, text: str) -> bool:
    """A pairing that is no actor-role pair (the same name twice, a platform, a credit, a place)."""
    if fold(resolved) == fold(char) or fold(char) in known.actors - known.chars:
        return True
    if _not_a_person(resolved, known.blocked) or _not_a_person(char, known.blocked):
        return True
    if not m.oriented and _credit_context(m, text):
        return True  # "written by Jane Roe (Show)", "Also appearing are Jane Roe (Show) and Tom Poe"
    if not m.oriented and any(
        fold(clean_name(text[slice(*span)])) in known.places
        and (
            _PLACE_BEFORE.search(text, 0, span[0])
            or not text[text.rfind("\n", 0, span[0]) + 1 : span[0]].strip()
        )
        for span in (m.actor, m.character)  # "LOS ANGELES (Newswire) —": a dateline opens its line
    ):
        return True  # "a priest in Boston (Jane Roe)": a place, not a character
    # "Jane Roe (Some Show)": a credit after a known actor, not a role
    return not m.oriented and fold(char) not in known.chars and fold(resolved) in known.actors


def assemble_cast(out: RuleOutput) -> list[CastRecord]:
    text = out.article.text
    known = _known(out)
    runs = _run_conventions(out.cast, known.ev, known.default_inner)
    pairs: dict[tuple[str, str], _Pair] = {}
    for m in out.cast:
        actor, char = _orient(m, known.ev, runs.get(m.sentence, known.default_inner))
        stage_name = m.oriented and fold(actor) not in known.chars
        resolved = _resolve_actor(actor, known.full_people, stage_name=stage_name)
        if resolved is None or _dropped(m, resolved, char, known, text):
            continue
        full_char = known.pool.fullest(char)
        key = (fold(resolved), fold(full_char))
        pair = pairs.setdefault(key, _Pair(resolved, full_char))
        pair.mentions.append(m)
        if actor != resolved:
            pair.aliases.add(actor)
        if fold(char) != fold(full_char):
            pair.character_aliases.add(char)

    merged = _merge_variants(_merge_characters(list(pairs.values())), text)
    return _records(merged, out)


def _merge_characters(pairs: list[_Pair]) -> list[_Pair]:
    """One actor, two names for one character ('Lind', 'DI Mara Lind'): keep the fullest."""
    by_actor: dict[str, list[_Pair]] = {}
    for p in pairs:
        by_actor.setdefault(fold(p.actor), []).append(p)
    result: list[_Pair] = []
    for group in by_actor.values():
        group.sort(key=lambda p: (-len(fold_tokens(p.character)), -len(p.character), p.character))
        kept: list[_Pair] = []
        # kept names by the first and last word of their core: `_same_character` needs one of the
        # two to match, so only those are tried, in kept order (an actor with hundreds of
        # characters, a hostile cast list, made this a scan of all of them per name)
        by_word: dict[tuple[int, str], list[int]] = {}
        for p in group:
            core = _core(p.character)
            near = sorted({*by_word.get((0, core[0]), ()), *by_word.get((-1, core[-1]), ())}) if core else []
            target = next((kept[i] for i in near if _same_character(p.character, kept[i].character)), None)
            if target is None:
                for key in {(0, core[0]), (-1, core[-1])} if core else ():
                    by_word.setdefault(key, []).append(len(kept))
                kept.append(p)
                continue
            target.mentions += p.mentions
            target.aliases |= p.aliases
            target.character_aliases |= p.character_aliases | {p.character}
        result.extend(kept)
    return result


def _merge_variants(pairs: list[_Pair], text: str) -> list[_Pair]:
    """Same character, actor names nearly equal with the same first name: one person, two spellings."""
    by_char: dict[str, list[_Pair]] = {}
    for p in pairs:
        by_char.setdefault(fold(p.character), []).append(p)
    result: list[_Pair] = []
    for group in by_char.values():
        clusters: list[list[_Pair]] = []
        by_first: dict[tuple[str, ...], list[list[_Pair]]] = {}  # a variant has the same first name
        for p in group:
            first = tuple(fold_tokens(p.actor)[:1])
            for cluster in by_first.get(first, ()):
                if spelling_variant(p.actor, cluster[0].actor):
                    cluster.append(p)
                    break
            else:
                clusters.append([p])
                by_first.setdefault(first, []).append(clusters[-1])
        for cluster in clusters:
            if len(cluster) == 1:
                result.append(cluster[0])
                continue
            best = max(cluster, key=lambda p: _spelling_score(p.actor, p.mentions, text))
            merged = _Pair(best.actor, best.character)
            for p in cluster:
                merged.mentions += p.mentions
                merged.aliases |= p.aliases | {p.actor}
                merged.character_aliases |= p.character_aliases
            merged.aliases.discard(best.actor)
            result.append(merged)
    return result


def _records(pairs: list[_Pair], out: RuleOutput) -> list[CastRecord]:
    text = out.article.text
    per_char = Counter(fold(p.character) for p in pairs if not all(m.previous for m in p.mentions))
    records = []
    for p in pairs:
        mentions = sorted(p.mentions, key=lambda m: (m.evidence, m.rule))
        seasons = Counter(s for m in mentions if (s := _mention_season(m, out)) is not None)
        shows = Counter(
            sh for m in mentions if (sh := out.context.sentence_show(text[slice(*m.sentence)], m.block_index))
        )
        described = sorted(
            (m for m in mentions if m.description), key=lambda m: (-_WEIGHT.get(m.block_kind, 1), m.evidence)
        )
        desc = (
            clean_name(text[slice(*described[0].description)])
            if described and described[0].description
            else None
        )
        evidence = merge_evidence(_evidence(m, text) for m in mentions)
        records.append(
            CastRecord(
                show=shows.most_common(1)[0][0] if shows else out.context.show,
                season=max(seasons.items(), key=lambda kv: (kv[1], kv[0]))[0] if seasons else None,
                actor=p.actor,
                character=p.character,
                description=desc,
                aliases=sorted(p.aliases - {p.actor}),
                character_aliases=sorted(p.character_aliases - {p.character}),
                conflict=per_char[fold(p.character)] > 1 and not all(m.previous for m in p.mentions),
                evidence=evidence,
            )
        )
    records.sort(key=lambda r: (r.evidence[0].start, fold(r.actor), fold(r.character)))
    return records
