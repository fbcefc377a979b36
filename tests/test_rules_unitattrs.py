"""Extension conditions rewritten as one native attribute must select exactly the same unit tokens."""

from __future__ import annotations

from itertools import product
from typing import Any

import pytest

from hsextract.rules.unitattrs import EXTENSIONS, FLAGS, UNIT_KINDS, native_element, unit_code


def _every_unit_value() -> list[dict[str, object]]:
    return [
        {"hs_kind": kind, **dict(zip(FLAGS, bits, strict=True))}
        for kind, bits in product(UNIT_KINDS, product((False, True), repeat=len(FLAGS)))
    ]


def test_codes_are_distinct_per_value_combination() -> None:
    codes = [unit_code(v) for v in _every_unit_value()]
    assert len(set(codes)) == len(codes) == len(UNIT_KINDS) * 2 ** len(FLAGS)
    assert unit_code({"hs_kind": "NAME", "hs_pobj": True, "hs_person": True}) == "NAME/hs_person/hs_pobj"
    assert set(FLAGS) | {"hs_kind"} == set(EXTENSIONS)


@pytest.mark.parametrize(
    "condition",
    [
        {"hs_kind": "NAME"},
        {"hs_kind": {"IN": ["NAME", "NAMES"]}, "hs_possnext": False},
        {"hs_kind": {"NOT_IN": ["PUNCT"]}, "hs_desc": True, "hs_pobj": False},
        {"hs_gapok": True},
    ],
    ids=["kind", "kind-in-and-flag", "not-in-and-two-flags", "flag"],
)
def test_translated_condition_selects_the_same_tokens(condition: dict[str, Any]) -> None:
    element = native_element({"_": condition, "OP": "?"})
    assert element["OP"] == "?" and "_" not in element
    chosen = set(element["LEMMA"]["IN"])
    for values in _every_unit_value():
        holds = all(
            values[k] in c["IN"] if isinstance(c, dict) and "IN" in c
            else values[k] not in c["NOT_IN"] if isinstance(c, dict)
            else values[k] == c
            for k, c in condition.items()
        )  # fmt: skip
        assert (unit_code(values) in chosen) == holds


@pytest.mark.parametrize(
    "element",
    [
        {"LOWER": "as"},
        {"_": {"hs_kind": {"REGEX": "^N"}}},
        {"_": {"some_other_extension": True}},
        {"_": {"hs_kind": "NAME"}, "LEMMA": "x"},
    ],
    ids=["no-extension", "other-operator", "unknown-extension", "own-lemma"],
)
def test_elements_left_as_written(element: dict[str, Any]) -> None:
    assert native_element(element) is element
