"""Every example written beside a rule is a test: the rule fires on it, and an exclusion rule's
example leaves nothing of what it excludes (the code drops a hit that overlaps the exclusion)."""

from __future__ import annotations

from typing import Any

import pytest

from hsextract.rules import RuleStage
from hsextract.rules.engine import load_ruleset
from hsextract.rules.episodes import collect_hits
from hsextract.rules.hits import Hit, overlaps
from tests.conftest import make_article

# exclusion rule -> the id prefix of the hits it cancels where they overlap (see hits.py)
EXCLUDES = {"count.exclude": "count.episodes", "neg.skip": "neg.not", "skip.not_a_release": "release."}
CASES = [
    pytest.param(name, rule.id, example, id=f"{rule.id}:{example[:40]}")
    for name in ("release_rules.json", "cast_rules.json")
    for rule in load_ruleset(name).rules
    for example in rule.examples
]


@pytest.fixture(scope="module")
def stage(extractor: Any) -> RuleStage:
    stage: RuleStage = extractor.stage
    return stage


def _hits(extractor: Any, stage: RuleStage, text: str) -> list[Hit]:
    from hsextract.ner import analyse

    article = make_article(text)
    ((_, _, chunks),) = analyse(extractor.nlp, [(article, None)])
    return collect_hits(chunks, stage.release_rules)


def _cast_rules(extractor: Any, stage: RuleStage, text: str) -> set[str]:
    from hsextract.ner import analyse

    article = make_article(text)
    ((_, _, chunks),) = analyse(extractor.nlp, [(article, None)])
    return {m.rule for m in stage.run(article, chunks).cast}


def test_every_rule_has_examples() -> None:
    for name in ("release_rules.json", "cast_rules.json"):
        assert [r.id for r in load_ruleset(name).rules if not r.examples] == []
    assert len(CASES) > 200


@pytest.mark.parametrize(("name", "rule_id", "example"), CASES)
def test_example_fires_its_rule(
    extractor: Any, stage: RuleStage, name: str, rule_id: str, example: str
) -> None:
    if name == "cast_rules.json":
        assert rule_id in _cast_rules(extractor, stage, example)
        return
    hits = _hits(extractor, stage, example)
    assert rule_id in {h.rule for h in hits}, [(h.rule, example[h.start : h.end]) for h in hits]
    if rule_id in EXCLUDES:
        own = [h for h in hits if h.rule == rule_id]
        left = [
            h for h in hits if h.rule.startswith(EXCLUDES[rule_id]) and not any(overlaps(h, o) for o in own)
        ]
        assert left == [], f"{example!r}: {EXCLUDES[rule_id]} still fires outside {rule_id}"
