"""Property tests: for any text, extraction does not fail, evidence quotes the text exactly, the
output matches the published JSON Schema, and the same text always gives the same bytes.

The model is slow, so examples are few and small; the session `extractor` fixture is shared
(hypothesis only objects to function-scoped fixtures).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hsextract.ingest import build_article, decode, mask_markup
from hsextract.jsonio import dumps
from hsextract.models import ArticleOutput
from hsextract.pipeline import Extractor
from hsextract.schema import output_schema
from hsextract.validate import offset_problems

MODEL_RUNS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CHEAP = settings(max_examples=300, deadline=None)


@cache
def validator() -> jsonschema.protocols.Validator:
    schema = output_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)  # type: ignore[no-any-return]


def extract(extractor: Extractor, text: str) -> ArticleOutput:
    """Through `build_article`, as the reader would make it (markup masking included)."""
    return extractor.extract_one(build_article("p", text, "<hypothesis>", {}, []))


def check(extractor: Extractor, text: str) -> ArticleOutput:
    out = extract(extractor, text)
    assert out.status == "ok", out.error  # an exception inside extraction would show as status error
    assert offset_problems(out, text) == []
    errors = [e.message for e in validator().iter_errors(json.loads(dumps(out)))]
    assert errors == []
    assert dumps(extract(extractor, text)) == dumps(out)  # same text, same bytes
    return out


@MODEL_RUNS
@given(text=st.text(max_size=300))
def test_any_text(extractor: Extractor, text: str) -> None:
    check(extractor, text)


first = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)
last = st.from_regex(r"(?:Mc|O'|de )?[A-Z][a-z]{2,10}(?:-[A-Z][a-z]{2,6})?", fullmatch=True)
person = st.builds(lambda f, la: f"{f} {la}", first, last)
show = st.from_regex(r"(?:The )?[A-Z][a-z]{3,9}(?: [A-Z][a-z]{3,9})?", fullmatch=True)
TEMPLATES = (
    "{A} will play {B} in {Show} season {n}.",
    "{Show} season {n} adds {A} as {B}.",
    "In {Show}, {A} stars as {B}, and season {n} premieres on {Show} later.",
    "{A} ({B}) returns for season {n} of {Show}.",
)


@st.composite
def templated(draw: Any) -> str:
    """Sentences with injected names, glued with noise, line ends and markup."""
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        template = draw(st.sampled_from(TEMPLATES))
        names = {"A": draw(person), "B": draw(person), "Show": draw(show), "n": draw(st.integers(1, 12))}
        sentences.append(template.format(**names))
    newline = draw(st.sampled_from(["\n", "\r\n", "\n\n", " "]))
    noise = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
    text = newline.join([draw(show) + " news", *sentences, noise])
    if draw(st.booleans()):
        text = "<p>" + text.replace(newline, f"</p>{newline}<p>") + "</p>"
    return text


@MODEL_RUNS
@given(text=templated())
def test_templated_texts(extractor: Extractor, text: str) -> None:
    out = check(extractor, text)
    for record in out.cast:
        assert record.actor and record.character
        assert all(text[ev.start : ev.end] == ev.text for ev in record.evidence)


def test_templated_texts_do_produce_records(extractor: Extractor) -> None:
    """The template strategy is only useful if its texts reach the record-building code."""
    text = "Paper Lanterns news\n" + "\n".join(
        t.format(A="Maelis Roe", B="Ysolde Varga", Show="Paper Lanterns", n=2) for t in TEMPLATES[:2]
    )
    assert [(c.actor, c.character) for c in check(extractor, text).cast] == [("Maelis Roe", "Ysolde Varga")]


@CHEAP
@given(text=st.text(max_size=200))
def test_decode_round_trips_utf8(text: str) -> None:
    decoded, warnings, error = decode(text.encode("utf-8"))
    if "\x00" in text:  # NUL bytes: refused as binary, or read as BOM-less UTF-16, never silently
        assert error is not None or warnings
    elif text.startswith("\ufeff"):
        assert decoded == text[1:] and warnings  # a leading BOM is an encoding mark, not text
    else:
        assert (decoded, warnings, error) == (text, [], None)


@CHEAP
@given(
    text=st.text(alphabet=st.sampled_from(list("<>/&;#ap bemx=\"'\n1")), max_size=120) | st.text(max_size=120)
)
def test_masking_keeps_length_and_unmasked_characters(text: str) -> None:
    masked = mask_markup(text).text
    assert len(masked) == len(text)
    if "<" not in text and "&" not in text:
        assert masked == text
    elif "&" not in text:  # tags only: every character stays or becomes whitespace
        assert all(m == t or m in " \n" for m, t in zip(masked, text, strict=True))
