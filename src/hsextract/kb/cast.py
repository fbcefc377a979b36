"""Cast across articles: one entry per (person, character), names resolved, two-actor roles flagged.

Matching, all within one series:
- actors are one person when their names fold equal (honorifics aside), when a record lists the
  other spelling in `aliases`, or when they share the first name, are >= 0.8 similar and play a
  matching character ("Ann Colmer"/"Ann Colmar" as "Lise"): the majority spelling wins, the rest
  stay as aliases;
- one actor's character names are one character when they fold equal, a record gives one as an
  alias of the other, they end in the same two or more words ("DI Mara Vane" ~ "Detective
  Inspector Mara Vane"), or one is a whole-word prefix of exactly one other ("Tobin" ~ "Tobin
  Tamsk"); the fullest name wins. A short name is never matched across different actors;
- a character played by two people is a conflict unless a `cast.replaces` record covers them.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from hsextract.kb.models import CastEntry, CastSource, Conflict, ConflictValue, Seen
from hsextract.kb.timeline import merge_evidence
from hsextract.models import CastRecord
from hsextract.textnorm import fold, fold_tokens, is_prefix_name, spelling_variant, strip_title

RECAST_RULE = "cast.replaces"


class _Groups:
    """Union-find over string keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def names_match(a: str, b: str) -> bool:
    """Same name apart from honorifics, or the same last two or more words."""
    ta, tb = strip_title(a).split(), strip_title(b).split()
    if ta == tb:
        return bool(ta)
    n = min(len(ta), len(tb))
    return n >= 2 and ta[-n:] == tb[-n:]


def _char_names(r: CastRecord) -> list[str]:
    return [r.character, *r.character_aliases]


def _chars_compatible(a: CastRecord, b: CastRecord) -> bool:
    return any(
        names_match(x, y) or is_prefix_name(x, y) or is_prefix_name(y, x)
        for x in _char_names(a)
        for y in _char_names(b)
    )


def _actor_groups(seen: list[Seen[CastRecord]]) -> _Groups:
    groups = _Groups()
    for s in seen:
        key = strip_title(s.record.actor)
        groups.find(key)
        for alias in s.record.aliases:
            if len(fold_tokens(alias)) >= 2:  # a bare surname could belong to two people
                groups.union(key, strip_title(alias))
    for i, a in enumerate(seen):
        for b in seen[i + 1 :]:
            if spelling_variant(a.record.actor, b.record.actor) and _chars_compatible(a.record, b.record):
                groups.union(strip_title(a.record.actor), strip_title(b.record.actor))
    return groups


def _character_groups(records: list[CastRecord]) -> _Groups:
    """Character names of one actor: aliases, matching names, then unique-prefix short names."""
    groups = _Groups()
    names = sorted({fold(n) for r in records for n in _char_names(r)})
    for r in records:
        for alias in r.character_aliases:
            groups.union(fold(r.character), fold(alias))
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if names_match(a, b):
                groups.union(a, b)
    changed = True
    while changed:
        changed = False
        for short in names:
            fuller = {groups.find(n) for n in names if is_prefix_name(short, n)} - {groups.find(short)}
            if len(fuller) == 1:
                changed |= groups.union(short, fuller.pop())
    return groups


def _pick(counts: Counter[str], penalty: Counter[str] | None = None) -> str:
    """Most sources first, then fewest uses as someone's alias, then alphabetical."""
    penalty = penalty or Counter()
    return min(counts, key=lambda n: (-counts[n], penalty[fold(n)], fold(n), n))


def _others(names: list[str], chosen: str) -> list[str]:
    seen = {fold(chosen)}
    out = []
    for n in sorted(names, key=lambda n: (fold(n), n)):
        if fold(n) not in seen:
            seen.add(fold(n))
            out.append(n)
    return out


def _entry(members: list[Seen[CastRecord]]) -> CastEntry:
    recs = [m.record for m in members]
    per_article = {(m.article, m.record.actor) for m in members}  # a spelling counts once per article
    actor = _pick(Counter(name for _, name in per_article), Counter(fold(x) for r in recs for x in r.aliases))
    names = [n for r in recs for n in _char_names(r)]
    primary = Counter(r.character for r in recs)
    character = min(names, key=lambda n: (-len(fold_tokens(n)), -primary[n], fold(n), n))
    members = sorted(
        members, key=lambda m: (m.published or "", m.article, m.record.actor, m.record.character)
    )
    descriptions: list[str] = []
    for m in members:
        d = m.record.description
        if d and fold(d) not in {fold(x) for x in descriptions}:
            descriptions.append(d)
    return CastEntry(
        actor=actor,
        actor_aliases=_others([x for r in recs for x in (r.actor, *r.aliases)], actor),
        character=character,
        character_aliases=_others(names, character),
        seasons=sorted({r.season for r in recs if r.season is not None}),
        descriptions=descriptions,
        articles=sorted({m.article for m in members}),
        sources=[
            CastSource(
                article=m.article,
                published=m.published,
                actor=m.record.actor,
                character=m.record.character,
                season=m.record.season,
                description=m.record.description,
                evidence=merge_evidence(m.record.evidence),
            )
            for m in members
        ],
    )


def _same_role(a: CastEntry, b: CastEntry) -> bool:
    """Different people, one character? A bare first name links only when it is someone's main name."""
    for x in (a.character, *a.character_aliases):
        for y in (b.character, *b.character_aliases):
            multi = len(fold_tokens(x)) >= 2 and len(fold_tokens(y)) >= 2
            if names_match(x, y) and (multi or x == a.character or y == b.character):
                return True
    return False


def build_cast(seen: list[Seen[CastRecord]]) -> tuple[list[CastEntry], list[Conflict]]:
    actors = _actor_groups(seen)
    by_actor: dict[str, list[Seen[CastRecord]]] = defaultdict(list)
    for s in seen:
        by_actor[actors.find(strip_title(s.record.actor))].append(s)
    entries: list[CastEntry] = []
    for members in by_actor.values():
        chars = _character_groups([m.record for m in members])
        by_char: dict[str, list[Seen[CastRecord]]] = defaultdict(list)
        for m in members:
            by_char[chars.find(fold(m.record.character))].append(m)
        entries += [_entry(group) for group in by_char.values()]
    entries.sort(key=lambda e: (fold(e.actor), fold(e.character)))
    return _flag_roles(entries)


def _flag_roles(entries: list[CastEntry]) -> tuple[list[CastEntry], list[Conflict]]:
    roles = _Groups()
    for i, a in enumerate(entries):
        roles.find(str(i))
        for j in range(i + 1, len(entries)):
            if fold(a.actor) != fold(entries[j].actor) and _same_role(a, entries[j]):
                roles.union(str(i), str(j))
    by_role: dict[str, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        by_role[roles.find(str(i))].append(i)
    conflicts = []
    for idx in by_role.values():
        people = {fold(entries[i].actor) for i in idx}
        if len(people) < 2:
            continue
        recast = {
            fold(entries[i].actor)
            for i in idx
            if any(RECAST_RULE in e.rules for s in entries[i].sources for e in s.evidence)
        }
        conflict = len(people - recast) + (1 if recast else 0) > 1
        for i in idx:
            entries[i] = entries[i].model_copy(
                update={"conflict": conflict, "recast": fold(entries[i].actor) in recast}
            )
        if conflict:
            subject = min((entries[i].character for i in idx), key=lambda n: (-len(fold_tokens(n)), fold(n)))
            sides: dict[str, tuple[str, set[str]]] = {}
            for i in idx:
                side = sides.setdefault(fold(entries[i].actor), (entries[i].actor, set()))
                side[1].update(entries[i].articles)
            values = [
                ConflictValue(value=name, articles=sorted(arts))
                for name, arts in (sides[k] for k in sorted(sides))
            ]
            conflicts.append(Conflict(kind="actor", subject=subject, values=values))
    return entries, conflicts
