"""What a unit token carries: its kind and flags, as extension attributes and as one native code.

Cast rules are written against readable extension attributes (`{"_": {"hs_kind": "NAME",
"hs_possnext": false}}`). Reading `token._` costs a Python object per token and attribute, and
spaCy's Matcher reads every extension a rule set uses for every token of every sentence. So a unit
token also carries all of them packed into one native attribute (LEMMA: units have no lemmas), and
`native_element` rewrites each `_` condition into the set of codes that satisfy it. The rule files
stay readable; the Matcher compares one native value per condition. Equality of the two forms is
tested on the corpus (tests/test_rules_gate.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import product
from typing import Any

EXTENSIONS: dict[str, object] = {  # name -> default
    "hs_kind": "",
    "hs_desc": False,
    "hs_possnext": False,
    "hs_person": False,
    "hs_gapok": False,
    "hs_pobj": False,
}
UNIT_KINDS = ("NAME", "NAMES", "PUNCT", "WORD")
FLAGS = tuple(name for name, default in EXTENSIONS.items() if default is False)
NATIVE_ATTR = "LEMMA"


def unit_code(values: Mapping[str, object]) -> str:
    """'NAME/hs_person/hs_pobj': the kind, then the flags that are set, in a fixed order."""
    return "/".join([str(values.get("hs_kind", "")), *(f for f in FLAGS if values.get(f))])


def _holds(value: object, condition: object) -> bool | None:
    """Whether `value` meets one extension condition; None for an operator we do not translate."""
    if not isinstance(condition, dict):
        return value == condition
    if set(condition) == {"IN"}:
        return value in condition["IN"]
    if set(condition) == {"NOT_IN"}:
        return value not in condition["NOT_IN"]
    return None


def native_element(element: dict[str, Any]) -> dict[str, Any]:
    """The element with its `_` conditions as one `LEMMA IN [codes]`; unchanged if it has none, or
    if a condition cannot be translated (another operator, an unknown attribute, a LEMMA of its own)."""
    ext = element.get("_")
    if not isinstance(ext, dict) or NATIVE_ATTR in element or not set(ext) <= set(EXTENSIONS):
        return element
    codes = []
    for kind, bits in product(UNIT_KINDS, product((False, True), repeat=len(FLAGS))):
        values: dict[str, object] = {"hs_kind": kind, **dict(zip(FLAGS, bits, strict=True))}
        held = [_holds(values[name], cond) for name, cond in ext.items()]
        if None in held:
            return element
        if all(held):
            codes.append(unit_code(values))
    native = {k: v for k, v in element.items() if k != "_"}
    native[NATIVE_ATTR] = {"IN": codes}
    return native
