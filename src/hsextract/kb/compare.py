"""Measuring a merged KB against a hand-written expected one: matched / missing / extra facts.

A fact is one thing a reader of the KB would check: a cast entry, a release's current date, each
article's date claim, an episode (its air date an attribute), an event date (a finale's too), a
conflict, a supersession. Facts pair one-to-one
(`evaluate.matching.match`); cast names pair leniently like the scorer (aliases, first name,
honorific). Only series present in the expected KB are compared: it describes those series only.
Also here: turning a gold file into an article output, so the merge can run on gold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hsextract.evaluate.matching import EXACT, match, name_tier
from hsextract.kb.models import KnowledgeBase, Series
from hsextract.models import ArticleInfo, ArticleOutput, Evidence, GoldFile
from hsextract.textnorm import fold

FACT_KINDS = ("cast", "release", "claim", "episode", "event", "conflict", "supersession")
# v2 release attributes that an expected KB (like gold, gold/README.md 4.9) may leave out: compared
# only where the expected side gives a value, so an unlabelled field never reads as a difference.
EXPECTED_ONLY = frozenset({"platforms", "schedule"})
_GOLD_SPAN = Evidence(start=0, end=0, text="", rule="gold")


def gold_to_output(
    gold: GoldFile, *, published: str | None = None, include_optional: bool = False
) -> ArticleOutput:
    """A gold file as if extracted perfectly (one empty evidence span per record, rule 'gold')."""
    data: dict[str, list[dict[str, Any]]] = {}
    for kind in ("cast", "releases", "episodes", "events"):
        rows = []
        for rec in getattr(gold, kind):
            if rec.optional and not include_optional:
                continue
            row = rec.model_dump(exclude={"optional", "note", "actor_aliases", "title_aliases"})
            if kind == "cast":
                row["aliases"] = rec.actor_aliases
            rows.append(row | {"evidence": [_GOLD_SPAN]})
        data[kind] = rows
    info = ArticleInfo(
        id=gold.article_id,
        source=f"gold/{gold.article_id}.json",
        sha256="0" * 64,
        chars=0,
        published=published,
    )
    return ArticleOutput.model_validate({"article": info, **data})


@dataclass(frozen=True)
class Fact:
    kind: str
    series: str
    key: tuple[Any, ...]
    label: str
    names: tuple[tuple[str, ...], ...] = ()  # cast: (actor names, character names) for lenient pairing
    attrs: tuple[tuple[str, Any], ...] = ()  # compared on matched facts, reported when they differ


def _series_facts(s: Series) -> list[Fact]:
    f: list[Fact] = []
    for c in s.cast:
        f.append(
            Fact(
                "cast",
                s.key,
                (),
                f"{c.actor} as {c.character}",
                ((c.actor, *c.actor_aliases), (c.character, *c.character_aliases)),
                (("seasons", tuple(c.seasons)), ("articles", tuple(c.articles)), ("recast", c.recast)),
            )
        )
    for r in s.releases:
        ident = (r.season, r.kind, fold(r.part))
        f.append(
            Fact(
                "release",
                s.key,
                (*ident, r.date),
                f"{r.label()} {r.date}",
                attrs=(
                    ("status", r.status),
                    ("platform", r.platform),
                    ("platforms", tuple(r.platforms)),
                    ("schedule", r.schedule),
                    ("episode_count", r.episode_count),
                ),
            )
        )
        f += [
            Fact(
                "claim",
                s.key,
                (*ident, c.article, c.date),
                f"{r.label()} {c.date} per {c.article}",
                attrs=(("status", c.status), ("superseded_by", c.superseded_by)),
            )
            for c in r.claims
        ]
        f += [
            Fact(
                "supersession",
                s.key,
                (*ident, x.old_article, x.old_date, x.new_article, x.new_date),
                f"{r.label()} {x.old_date} ({x.old_article}) -> {x.new_date} ({x.new_article})",
            )
            for x in r.superseded
        ]
    for e in s.episodes:
        f.append(
            Fact(
                "episode",
                s.key,
                (e.season, e.number, fold(e.title)),
                e.label(),
                attrs=(("articles", tuple(e.articles)), ("air_date", e.air_date)),
            )
        )
    for v in s.events:
        dates: list[str | None] = [*v.dates] or [None]
        f += [
            Fact(
                "event",
                s.key,
                (v.kind, tuple(v.seasons), d),
                f"{v.label()} {d}",
                attrs=(("articles", tuple(v.articles)),),
            )
            for d in dates
        ]
    f += [Fact("conflict", s.key, (c.kind, fold(c.subject)), f"{c.kind}: {c.subject}") for c in s.conflicts]
    return f


def kb_facts(kb: KnowledgeBase, series: set[str] | None = None) -> list[Fact]:
    return [x for s in kb.series if series is None or s.key in series for x in _series_facts(s)]


def _pairs(expected: Fact, got: Fact) -> int | None:
    if expected.kind != got.kind or expected.series != got.series or expected.key != got.key:
        return None
    if expected.kind != "cast":
        return EXACT
    actor = name_tier(got.names[0][0], expected.names[0], strict=False)
    character = name_tier(got.names[1][0], expected.names[1], strict=False)
    return None if actor is None or character is None else actor + character


@dataclass
class Comparison:
    matched: dict[str, int] = field(default_factory=dict)
    missing: list[Fact] = field(default_factory=list)
    extra: list[Fact] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)  # attribute disagreements on matched facts
    series: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, tuple[int, int, int]]:
        def n(facts: list[Fact], kind: str) -> int:
            return sum(f.kind == kind for f in facts)

        return {k: (self.matched.get(k, 0), n(self.missing, k), n(self.extra, k)) for k in FACT_KINDS}


def compare_kbs(expected: KnowledgeBase, got: KnowledgeBase) -> Comparison:
    keys = {s.key for s in expected.series}
    want, have = kb_facts(expected), kb_facts(got, keys)
    result = Comparison(series=sorted(keys))
    pairs = match(want, have, _pairs, [True] * len(want))
    for wi, hi in pairs:
        w, h = want[wi], have[hi]
        result.matched[w.kind] = result.matched.get(w.kind, 0) + 1
        result.differences += [
            f"{w.kind} {w.label}: {name} expected {a!r}, got {b!r}"
            for (name, a), (_, b) in zip(w.attrs, h.attrs, strict=True)
            if a != b and not (name in EXPECTED_ONLY and a in (None, ()))
        ]
    result.missing = [want[i] for i in sorted(set(range(len(want))) - {p[0] for p in pairs})]
    result.extra = [have[i] for i in sorted(set(range(len(have))) - {p[1] for p in pairs})]
    return result


def format_comparison(c: Comparison) -> str:
    lines = [
        f"compared series: {', '.join(c.series) or '(none)'}",
        f"{'fact':<13}{'matched':>8}{'missing':>8}{'extra':>8}",
    ]
    totals = [0, 0, 0]
    for kind, row in c.counts().items():
        lines.append(f"{kind:<13}{row[0]:>8}{row[1]:>8}{row[2]:>8}")
        totals = [t + n for t, n in zip(totals, row, strict=True)]
    lines.append(f"{'total':<13}{totals[0]:>8}{totals[1]:>8}{totals[2]:>8}")
    lines += [f"  missing {f.kind}: {f.label}" for f in c.missing]
    lines += [f"  extra {f.kind}: {f.label}" for f in c.extra]
    lines += [f"  differs: {d}" for d in c.differences]
    return "\n".join(lines) + "\n"
