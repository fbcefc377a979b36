"""The indexed lookups of assemble/cast.py and assemble/releases.py (issue 25) answer exactly what the
scans they replaced answered; the scans are kept here as the reference."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.assemble import cast, cast_names, releases
from hsextract.textnorm import fold, fold_tokens

NAMES = ["Mira", "Sollis", "Teo", "Brand", "O'Dell", "DI", "Runa", "Osei-Lind", "MIRA", "Clay"]
name = st.lists(st.sampled_from(NAMES), min_size=1, max_size=3).map(" ".join)


def scan_resolve(one: str, full_people: set[str], stage_name: bool = False) -> str | None:
    toks = cast._words(one)
    if len(toks) > 1 and toks[0] in cast_names._SURNAME_PARTICLES:  # a particle surname: not indexed
        longer = [
            a for a in sorted(full_people) if len(w := cast._words(a)) > len(toks) and w[-len(toks) :] == toks
        ]
        return longer[-1] if len({fold(a) for a in longer}) == 1 else one
    if len(toks) != 1:
        return one if toks else None
    hits = {}
    for a in sorted(full_people):  # as the index: of two names folding alike, the last in sorted order
        words = cast._words(a)
        if len(words) >= 2 and toks[0] in (words[-1], words[0]):
            hits[fold(a)] = a
    if len(hits) == 1:
        return next(iter(hits.values()))
    return one if (stage_name or len(fold_tokens(one)) >= 2) and not hits else None


@settings(max_examples=300, deadline=None)
@given(name, st.sets(name, max_size=8), st.booleans())
def test_resolve_actor_equals_the_scan(one: str, people: set[str], stage: bool) -> None:
    assert cast._resolve_actor(one, people, stage) == scan_resolve(one, people, stage)


def scan_merge_characters(pairs: list) -> list:
    by_actor: dict[str, list] = {}
    for p in pairs:
        by_actor.setdefault(fold(p.actor), []).append(p)
    result = []
    for group in by_actor.values():
        group.sort(key=lambda p: (-len(fold_tokens(p.character)), -len(p.character), p.character))
        kept: list = []
        for p in group:
            target = next((k for k in kept if cast._same_character(p.character, k.character)), None)
            if target is None:
                kept.append(p)
        result.extend(kept)
    return result


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(name, name), max_size=12))
def test_merge_characters_keeps_what_the_scan_kept(raw: list[tuple[str, str]]) -> None:
    def pairs() -> list:
        return [cast._Pair(a, c) for a, c in raw]

    kept = [(p.actor, p.character) for p in cast._merge_characters(pairs())]
    assert kept == [(p.actor, p.character) for p in scan_merge_characters(pairs())]


span = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(span, max_size=10), span)
def test_titles_over_finds_every_overlapping_title(
    titles: list[tuple[int, int]], sentence: tuple[int, int]
) -> None:
    episodes = [SimpleNamespace(title=t) for t in titles]
    s, e = sentence
    found = sorted(releases._titles_over(episodes, s, e))  # type: ignore[arg-type]
    assert found == sorted(t for t in titles if t[0] < e and t[1] > s)
