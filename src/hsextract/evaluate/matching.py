"""Which prediction is which gold entry: record keys and one-to-one matching.

Keys (what makes two records "the same record"; other attributes are scored separately as
field accuracy on matched pairs):
- cast: actor and character. Names are folded (`textnorm.fold`); gold `actor_aliases` /
  `character_aliases` are accepted. Lenient mode also accepts an honorific difference
  ("Dr Ada Vey" ~ "Ada Vey") and a whole-word prefix either way ("Ada" ~ "Ada Vey").
  Only the prediction's primary names are compared, never its own alias lists, so a system
  cannot score by listing many surface forms.
- releases: show + season + date; episodes: show + season + title (folded, `title_aliases`
  accepted); events: kind + set of seasons + date. Dates compare as exact ISO strings.
- show (releases, episodes): a record whose `show` is null stands for the gold file's top-level
  `show`, on either side, and the two resulting names must be equal after folding. So a
  prediction without a show matches gold entries about the article's main series only; in an
  article with no main series (top-level `show` null) it matches only gold entries without a
  show. Cast and events are matched without their show, as the gold rulebook says.

Matching maximises, in this order: matched *required* gold entries (true positives), then
matched entries overall (a prediction absorbed by an optional entry is not a false positive),
then name closeness (exact before honorific before prefix). That is a maximum-weight bipartite
assignment; a greedy first-match pass would lose true positives when a short name fits several
gold entries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from hsextract.models import GoldCast, GoldEpisode, GoldEvent, GoldRelease
from hsextract.textnorm import fold, is_prefix_name, strip_title

G = TypeVar("G")
P = TypeVar("P")
Compare = Callable[[Any, Any], "int | None"]

EXACT, TITLE, PREFIX = 2, 1, 0
MAX_TIER = 2 * EXACT  # cast adds the actor and the character tier


def name_tier(pred: str, gold_names: Sequence[str], *, strict: bool) -> int | None:
    """How closely a predicted name fits any of the gold names; None when it does not fit."""
    folded = fold(pred)
    if not folded:
        return None
    if any(fold(g) == folded for g in gold_names):
        return EXACT
    if strict:
        return None
    bare = strip_title(pred)
    gold_bare = [strip_title(g) for g in gold_names if fold(g)]
    if bare in gold_bare:
        return TITLE
    if any(is_prefix_name(bare, g) or is_prefix_name(g, bare) for g in gold_bare):
        return PREFIX
    return None


def same_show(gold_show: str | None, pred_show: str | None, file_show: str | None) -> bool:
    """Folded equality, a missing show meaning the file's show (see the module docstring)."""
    return fold(gold_show or file_show) == fold(pred_show or file_show)


def comparator(record_type: str, *, file_show: str | None, strict: bool) -> Compare:
    """The key test for one record type: a closeness tier when gold and pred match, else None."""

    def cast(g: GoldCast, p: Any) -> int | None:
        actor = name_tier(p.actor, [g.actor, *g.actor_aliases], strict=strict)
        if actor is None:
            return None
        character = name_tier(p.character, [g.character, *g.character_aliases], strict=strict)
        return None if character is None else actor + character

    def release(g: GoldRelease, p: Any) -> int | None:
        ok = same_show(g.show, p.show, file_show) and g.season == p.season and g.date == p.date
        return EXACT if ok else None

    def episode(g: GoldEpisode, p: Any) -> int | None:
        if not (same_show(g.show, p.show, file_show) and g.season == p.season):
            return None
        titles = {fold(t) for t in [g.title, *g.title_aliases]}
        return EXACT if fold(p.title) in titles else None

    def event(g: GoldEvent, p: Any) -> int | None:
        ok = g.kind == p.kind and set(g.seasons) == set(p.seasons) and g.date == p.date
        return EXACT if ok else None

    table: dict[str, Compare] = {"cast": cast, "releases": release, "episodes": episode, "events": event}
    return table[record_type]


def _assign(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns).

    The O(n^2 m) Hungarian algorithm with potentials; returns the column of each row.
    """
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: row (1-based) assigned to column j, 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    result = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result


def match(
    gold: Sequence[G], pred: Sequence[P], compare: Callable[[G, P], int | None], required: Sequence[bool]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, best by the order in the module docstring."""
    tiers = {
        (gi, pi): t
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if (t := compare(g, p)) is not None
    }
    if not tiers:
        return []
    rows = sorted({gi for gi, _ in tiers})  # only entries with some candidate take part
    cols = sorted({pi for _, pi in tiers})
    size = max(len(rows), len(cols)) + 1
    per_match = (MAX_TIER + 1) * size  # outweighs any sum of tiers
    per_required = per_match * size  # outweighs any number of optional matches

    def weight(gi: int, pi: int) -> float:
        tier = tiers.get((gi, pi))
        if tier is None:
            return 0.0
        return float(per_match + tier + (per_required if required[gi] else 0))

    grid = [[weight(gi, pi) for pi in cols] for gi in rows]
    transposed = len(rows) > len(cols)
    if transposed:
        grid = [list(col) for col in zip(*grid, strict=True)]
    chosen = _assign([[-w for w in row] for row in grid])
    pairs = []
    for r, c in enumerate(chosen):
        gi, pi = (rows[c], cols[r]) if transposed else (rows[r], cols[c])
        if (gi, pi) in tiers:
            pairs.append((gi, pi))
    return sorted(pairs)


class Alignment:
    """One record type of one article, matched the way `hsextract eval` counts it.

    `tp` pairs a required gold entry with a prediction; `ignored` pairs an optional entry with a
    prediction (neither counted); `fp` are unmatched predictions, `fn` unmatched required gold
    entries, `optional_missed` unmatched optional ones (never counted). Indexes into the inputs.
    The scorer and `hsextract diff --against` both read this, so their counts cannot differ.
    """

    def __init__(self, pairs: Sequence[tuple[int, int]], required: Sequence[bool], n_pred: int) -> None:
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        self.tp = [(gi, pi) for gi, pi in pairs if required[gi]]
        self.ignored = [(gi, pi) for gi, pi in pairs if not required[gi]]
        self.fp = [pi for pi in range(n_pred) if pi not in matched_pred]
        self.fn = [gi for gi, req in enumerate(required) if req and gi not in matched_gold]
        self.optional_missed = [gi for gi, req in enumerate(required) if not req and gi not in matched_gold]


def align(
    record_type: str, golds: Sequence[Any], preds: Sequence[Any], *, file_show: str | None, strict: bool
) -> Alignment:
    """Match one record type's predictions to its gold entries (optional entries take part)."""
    required = [not g.optional for g in golds]
    pairs = match(golds, preds, comparator(record_type, file_show=file_show, strict=strict), required)
    return Alignment(pairs, required, len(preds))
