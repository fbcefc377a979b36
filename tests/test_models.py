"""Evidence entries: one per span, listing every rule that found it (issue 18, item 6)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pydantic import ValidationError

from hsextract.models import ArticleOutput, Evidence, merge_evidence

TEXT = "Wren Tolley joins the cast as Ada Fenwick."


def span(rule: str, start: int = 0, end: int = 11, block: str | None = "paragraph") -> Evidence:
    return Evidence(start=start, end=end, text=TEXT[start:end], rule=rule, block=block)


def test_one_rule_lists_itself() -> None:
    assert span("cast.as").rules == ["cast.as"]


def test_same_span_from_two_rules_is_one_entry_with_both_ids() -> None:
    merged = merge_evidence([span("cast.plays"), span("cast.as"), span("cast.plays")])
    assert len(merged) == 1
    assert merged[0].rule == "cast.as"
    assert merged[0].rules == ["cast.as", "cast.plays"]
    assert merged[0].text == "Wren Tolley"


def test_different_spans_stay_apart_in_text_order() -> None:
    merged = merge_evidence([span("b", 30, 41), span("a", 0, 11), span("a", 0, 4)])
    assert [(e.start, e.end) for e in merged] == [(0, 4), (0, 11), (30, 41)]


def test_block_kind_survives_when_one_entry_lacks_it() -> None:
    merged = merge_evidence([span("x", block=None), span("y")])
    assert merged[0].block == "paragraph"


def test_empty_input_gives_no_entries() -> None:
    assert merge_evidence([]) == []


@pytest.mark.parametrize(
    "rules",
    [
        pytest.param(["b", "a"], id="unsorted"),
        pytest.param(["a", "a"], id="repeated"),
        pytest.param(["b"], id="other"),
    ],
)
def test_rules_must_be_sorted_unique_and_start_with_rule(rules: list[str]) -> None:
    with pytest.raises(ValidationError, match="evidence rules"):
        Evidence(start=0, end=4, text="Wren", rule="a", rules=rules)


def test_json_round_trip_keeps_rules() -> None:
    ev = merge_evidence([span("cast.plays"), span("cast.as")])[0]
    assert Evidence.model_validate_json(ev.model_dump_json()) == ev


def test_an_older_entry_without_rules_reads() -> None:
    ev = Evidence.model_validate({"start": 0, "end": 4, "text": "Wren", "rule": "cast.as"})
    assert ev.rules == ["cast.as"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Wren Tolley joins the cast as Ada Fenwick, the widow who runs the ferry.", id="join-as"
        ),
        pytest.param(
            "Ada Fenwick is played by Wren Tolley, and her son Kit by Bram Ostby.", id="gapped-plays"
        ),
    ],
)
def test_no_record_repeats_a_span(extract_text: Callable[..., ArticleOutput], sentence: str) -> None:
    out = extract_text(f"Harbour Lights season 2 casting\n\n{sentence}\n")
    records = [*out.cast, *out.releases, *out.episodes, *out.events]
    assert out.cast, "the sentence should give a cast pair"
    for rec in records:
        spans = [(e.start, e.end) for e in rec.evidence]
        assert len(spans) == len(set(spans)), rec
