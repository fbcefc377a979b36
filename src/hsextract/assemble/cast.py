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

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from hsextract.assemble.cast_names import (
    NamePool,
    _core,
    _is_titled,
    _name_counts,
    _resolve_actor,
    _same_character,
    _words,
    clean_character,
    clean_name,
)
from hsextract.assemble.cast_sides import (
    _bracket_convention,
    _Evidence,
    _orient,
    _role_pairs,
    _run_conventions,
    other_works,
)
from hsextract.models import CastRecord, Evidence, merge_evidence
from hsextract.rules import NameMention, RuleOutput
from hsextract.rules.cast import CastMention
from hsextract.rules.titles import single_season
from hsextract.rules.vocab import (
    PLATFORMS,
)
from hsextract.textnorm import fold, fold_tokens, spelling_variant

# Evidence from prose outweighs captions and brackets when choosing a spelling or descriptor.
_WEIGHT = {"paragraph": 3, "heading": 2, "title": 2, "caption": 1}


@dataclass
class _Pair:
    actor: str
    character: str
    mentions: list[CastMention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    character_aliases: set[str] = field(default_factory=set)


def _not_a_person(name: str, blocked: set[str]) -> bool:
    """Platforms and the article's shows are never actors or characters, nor is a name made of a
    listing's labels ("Netflix Original", "Season Premiere")."""
    return fold(name) in blocked or bool(set(_words(name)) & _LISTING_WORDS)


_LISTING_WORDS = frozenset(
    {"original", "originals", "premiere", "season", "series", "episode", "finale", "trailer"}
)


def _mention_season(m: CastMention, out: RuleOutput) -> int | None:
    """The season the pair's sentence names, else its section's; an actor replaced in a recast held
    the part before the section's season ("Played by: A (replacing B)" in a series 2 guide: B, series 1)."""
    sentence = out.article.text[m.sentence[0] : m.sentence[1]]
    if (stated := single_season(sentence)) is not None:
        return stated
    section = out.context.block_season.get(m.block_index)
    return (section - 1 or None) if m.previous and section else section


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
_AFTER_PAIR = re.compile(r"\)\s*(?:,|and|&)\s*$")


def _credit_context(m: CastMention, text: str, persons: frozenset[str] = frozenset()) -> bool:
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
            # "A (B) and C (D) return": the verb is the whole list's, the last pair's no more than the first's
            and not _AFTER_PAIR.search(text, max(s0, start - CREDIT_REACH), start)
            # "Hwang Ji-seul (Ryu Bo-yeong) plays ...": a person's name in the bracket is a role, not a credit
            and fold(clean_name(text[slice(*m.actor)])) not in persons
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
    persons: frozenset[str]  # names of two or more tokens the model tags as people, or written like one
    pool: NamePool
    ev: _Evidence
    default_inner: bool  # the article writes "Character (Actor)" (see _bracket_convention)


_PLATFORM_FOLDS = frozenset(fold(p) for p in PLATFORMS)  # folded once, not per article


def _known(out: RuleOutput) -> _Known:
    text = out.article.text
    platforms = set(_PLATFORM_FOLDS)
    oriented = [  # "Prime Video's Some Show" says nothing about who is an actor or a character
        m for m in out.cast if m.oriented and fold(clean_name(text[slice(*m.actor)])) not in platforms
    ]
    actors = {fold(clean_name(text[slice(*m.actor)])) for m in oriented}
    chars = {fold(clean_name(text[slice(*m.character)])) for m in oriented}
    shows = {fold(s) for s in out.context.shows}
    names = _person_like(out, shows)
    full_people = {clean_name(n.text) for n in names if n.tokens >= 2} | _full_actors(out)
    full_people -= {p for p in full_people if fold(p) in shows}
    name_pool = {clean_character(n.text) for n in names} | {
        clean_character(text[slice(*m.character)]) for m in out.cast
    }
    blocked = platforms | {fold(s) for s in out.context.strong_shows}
    places = {fold(n.text) for n in out.names if n.label in {"GPE", "LOC", "FAC"}} - {
        fold(n.text) for n in out.names if n.person
    }
    works = other_works(out.sentences)
    blocked |= works
    persons = _persons(out, blocked)
    pool = NamePool(name_pool, actors)
    # an actor noun ("leads Jane Roe") says which side of a bracket pair is the actor, not that
    # what follows the name is a credit
    ev = _Evidence(text, actors | _introduced_as_actors(out), chars, full_people, pool)
    default_inner = _bracket_convention(_role_pairs(out.cast, text, blocked), ev)
    return _Known(actors, chars, full_people, blocked, places, persons, pool, ev, default_inner)


def _person_like(out: RuleOutput, shows: set[str]) -> list[NameMention]:
    """The article's name runs that may be a fuller form of a person's or character's name: not a
    show's title ("Quorra Dunmere" is no fuller "Quorra") and not inside an episode's title ("What Mara
    Knew", "Mrs Lind Keeps a Secret": no fuller "Mara", "Mrs Lind")."""
    titles = sorted(m.title for m in out.episodes)
    starts = [a for a, _ in titles]

    def in_title(n: NameMention) -> bool:
        k = bisect.bisect_right(starts, n.start) - 1
        return k >= 0 and titles[k][0] <= n.start and n.end <= titles[k][1]

    return [n for n in out.names if fold(n.text) not in shows and not in_title(n)]


def _persons(out: RuleOutput, blocked: set[str]) -> frozenset[str]:
    """Folded names of two or more tokens that read as a person's (the model's tag or their shape)."""
    return frozenset(
        f
        for n in out.names
        if n.tokens >= 2
        and (n.person or _GIVEN_NAME_PAIR.match(n.text))
        and (f := fold(n.text)) not in blocked
    )


# "Ryu Bo-yeong", "Yeo Da-ul": a family name and a hyphenated given name are a person's, never a title
_GIVEN_NAME_PAIR = re.compile(r"^[A-Z][a-z]{1,4}\s+[A-Z][a-z]+-[a-z]+$")


# "fellow cast members Jane Roe and Ann Lee", "the actress Jane Roe", "co-star Jane Roe": a noun
# for an actor right before a name (or a list of names ending in it). Not "lead" or "newcomer":
# "the series lead Wenda Pike (Ann Lee)" names the character so.
_ACTOR_NOUN = re.compile(
    r"\b(?:actors?|actress(?:es)?|co-stars?|cast members?|starring|stars?|the voices of)\s+$", re.IGNORECASE
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
            if not before.rstrip().endswith((",", "and", "&")) or not (m := _LISTED_NAME.search(before)):
                break  # (every list match ends so, before its spaces: most windows skip the search)
            end -= len(before) - m.start()
    return found


# "a priest in Boston (Jane Roe)": the model's place is one where the text puts something in it; a
# two-word name it calls a place after "are" or a comma is a person it did not know
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|of|near|outside|across)\s+(?:the\s+)?$", re.IGNORECASE)


_SELF = frozenset({"himself", "herself", "themselves", "themself", "itself"})


_BRACKET_AFTER = re.compile(r"\s*\(")


def _dropped(m: CastMention, resolved: str, char: str, known: _Known, text: str) -> bool:
    """A pairing that is no actor-role pair (the same name twice, a platform, a credit, a place)."""
    if fold(resolved) == fold(char) or fold(char) in known.actors - known.chars or fold(char) in _SELF:
        return True  # "Ada Roe as Herself": an appearance as oneself plays no role
    # "Pennywhistle's Travelling Circus": a lone name's possessive needs an actor the text introduced
    if (
        m.rule == "cast.possessive"
        and " " not in text[slice(*m.actor)].strip()
        and fold(resolved) not in known.ev.actors
    ):
        return True
    if _not_a_person(resolved, known.blocked) or _not_a_person(char, known.blocked):
        return True
    if not m.oriented and _credit_context(m, text, known.persons):
        return True  # "written by Jane Roe (Show)", "Also appearing are Jane Roe (Show) and Tom Poe"
    if (
        not m.oriented
        and any(
            fold(clean_name(text[slice(*span)])) in known.places
            and (
                _PLACE_BEFORE.search(text, 0, span[0])
                # a dateline: the place opens its line and its bracket follows ("LONDON (Newswire) —")
                or (
                    not text[text.rfind("\n", 0, span[0]) + 1 : span[0]].strip()
                    and _BRACKET_AFTER.match(text, span[1])
                )
            )
            for span in (m.actor, m.character)  # "LOS ANGELES (Newswire) —": a dateline opens its line
        )
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
        full_char = _without_actor(known.pool.fullest(char), resolved, known.actors)
        char = _without_actor(char, resolved, known.actors)
        key = (fold(resolved), fold(full_char))
        pair = pairs.setdefault(key, _Pair(resolved, full_char))
        pair.mentions.append(m)
        if actor != resolved:
            pair.aliases.add(actor)
        if fold(char) != fold(full_char):
            pair.character_aliases.add(char)

    merged = _merge_variants(_merge_characters(list(pairs.values())), text)
    return _records(merged, out)


def _without_actor(char: str, actor: str, actors: set[str]) -> str:
    """A character run that ends with an actor's full name ("Cuddy Jane Roe" from a caption line
    "Cuddy Jane Roe", a list with no separator): the actor's name is not part of the character's."""
    words = char.split()
    for k in range(1, len(words) - 1):
        tail = fold(" ".join(words[k:]))
        if tail == fold(actor) or (len(words) - k >= 2 and tail in actors):
            return " ".join(words[:k])
    return char


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


def _full_actors(out: RuleOutput) -> set[str]:
    """Full names in an actor slot: a guide's "Played by: A (replacing B)" names people the model may
    not tag, and a later "B" alone is that person."""
    names = (clean_name(out.article.text[slice(*m.actor)]) for m in out.cast)
    return {name for name in names if len(name.split()) >= 2}


def _without_pair(text: str, m: CastMention) -> str:
    """The pair's sentence with its own names blanked: a quoted character ('Roe is "Mara Lind"') is
    no show title."""
    a, b = m.sentence
    chars = list(text[a:b])
    for s, e in (m.actor, m.character):
        chars[max(s, a) - a : max(min(e, b), a) - a] = " " * (max(min(e, b), a) - max(s, a))
    return "".join(chars)


def _records(pairs: list[_Pair], out: RuleOutput) -> list[CastRecord]:
    text = out.article.text
    per_char = Counter(fold(p.character) for p in pairs if not all(m.previous for m in p.mentions))
    records = []
    for p in pairs:
        mentions = sorted(p.mentions, key=lambda m: (m.evidence, m.rule))
        seasons = Counter(s for m in mentions if (s := _mention_season(m, out)) is not None)
        shows = Counter(
            sh for m in mentions if (sh := out.context.sentence_show(_without_pair(text, m), m.block_index))
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
