"""Canonical JSON: the fast serializer must write exactly what `json.dumps` with our settings writes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hsextract.jsonio import dumps

from .conftest import GOLD, OUTPUTS

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


def _reference(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


@settings(max_examples=400, deadline=None)
@given(JSON)
def test_dumps_equals_the_standard_library(obj: Any) -> None:
    assert dumps(obj) == _reference(obj)


def test_dumps_reproduces_every_committed_output_and_gold_file() -> None:
    files = sorted(OUTPUTS.glob("*.json")) + sorted(GOLD.rglob("*.json"))
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        obj = json.loads(text)
        assert dumps(obj) == _reference(obj)
        if path.parent == OUTPUTS:
            assert dumps(obj) == text  # the committed bytes themselves


def test_the_record_contract_has_no_float_field() -> None:
    """dumps() serializes models without looking for floats; a float field would need that check."""
    from hsextract.models import ArticleOutput, GoldFile, Manifest

    for model in (ArticleOutput, GoldFile, Manifest):
        assert '"type": "number"' not in json.dumps(model.model_json_schema()), model.__name__


def test_the_float_check_sees_a_float_field() -> None:
    from pydantic import BaseModel

    class WithFloat(BaseModel):
        score: float

    assert '"type": "number"' in json.dumps(WithFloat.model_json_schema())
    assert dumps({"score": 1e-7}) == _reference({"score": 1e-7})  # the standard library's spelling
