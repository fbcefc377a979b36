"""The extractor as a library: load the model and rules once, then turn articles into outputs.

    from hsextract import Extractor, article_from_text

    output = Extractor().extract_one(article_from_text("Jane Roe stars as Mara Lind in ..."))
    print(output.cast)

`run_extract` (pipeline.py) is the command around it: files in, a folder of JSON out, a manifest.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from datetime import date
from itertools import groupby
from typing import TYPE_CHECKING

from hsextract.ingest import Article, build_article, check_id
from hsextract.models import ArticleOutput

if TYPE_CHECKING:
    from spacy.language import Language

    from hsextract.rules import RuleStage

__all__ = ["ArticleOutput", "Extractor", "article_from_text", "extract_all"]


def article_from_text(
    text: str,
    article_id: str = "article",
    *,
    title: str | None = None,
    url: str | None = None,
    published: date | str | None = None,
) -> Article:
    """An article from a string, as if read from `<article_id>.txt` with a sidecar of these fields.
    `published` (a date or an ISO date) anchors relative dates ("next Friday"); a bad one is a
    ValueError here rather than a warning, since the caller can fix it."""
    if problem := check_id(article_id):
        raise ValueError(problem)
    meta = {k: v for k, v in {"title": title, "url": url}.items() if v is not None}
    if published is not None:
        meta["published"] = published.isoformat() if isinstance(published, date) else published
    warnings: list[str] = []
    article = build_article(article_id, text, "<text>", meta, warnings)
    if published is not None and article.published is None:
        raise ValueError(f"published: {warnings[-1] if warnings else published!r}")
    return article


class Extractor:
    """Holds the model and compiled rules; load once per process, reuse for every article."""

    def __init__(self, model: str | None = None) -> None:
        from hsextract.dates.engine import warm
        from hsextract.ner import load_model, model_id
        from hsextract.rules import RuleStage

        self.nlp: Language = load_model(model)
        self.model_id = model_id(self.nlp)
        self.stage: RuleStage = RuleStage(self.nlp.vocab)
        warm()  # like the model: loaded once, not inside the first article's time

    def extract(
        self, articles: list[Article], batch_size: int = 16
    ) -> Iterator[tuple[Article, ArticleOutput]]:
        """Outputs in input order; an exception inside one article becomes that article's error."""
        from hsextract.assemble import article_info, assemble_article
        from hsextract.ner import analyse
        from hsextract.validate import validate_output

        for article, _, chunks in analyse(self.nlp, ((a, None) for a in articles), batch_size=batch_size):
            try:
                output = validate_output(assemble_article(self.stage.run(article, chunks)), article.text)
            except Exception as exc:  # one article's bug must not end the run
                output = ArticleOutput(
                    article=article_info(article), status="error", error=f"{type(exc).__name__}: {exc}"
                )
            yield article, output

    def extract_one(self, article: Article) -> ArticleOutput:
        return next(self.extract([article]))[1]


def _segments(todo: list[Article]) -> Iterator[tuple[list[Article], int | None]]:
    """Consecutive ordinary articles go through the model together (default batch size); an article
    long enough to be cut into chunks goes alone, one chunk per batch: `nlp.pipe` batches by count,
    and 16 chunks of 100,000 characters at once cost gigabytes (measured: 720 KB article, peak RSS
    2.4 GB at batch 16, 0.67 GB at batch 1, same time)."""
    from hsextract.ner import CHUNK_CHARS

    for long, run in groupby(todo, key=lambda a: len(a.text) > CHUNK_CHARS):
        if long:
            for article in run:
                yield [article], 1
        else:
            yield list(run), None


def extract_all(
    extractor: Extractor, todo: list[Article], timeout: float | None = None
) -> Generator[tuple[Article, ArticleOutput], None, None]:
    """`extractor.extract` over `_segments`, but a crash inside batched analysis costs only the article
    that caused it: the rest of its segment is then extracted one by one, a failure becoming an error.
    With `timeout`, each output may take that many seconds (deadline.py): a batch that runs out goes
    one by one too, and an article that runs out alone is an error; the outputs are never yielded
    under the timer (the consumer's work is not the article's)."""
    from hsextract.assemble import article_info
    from hsextract.deadline import ArticleTimeout, deadline

    for segment, batch_size in _segments(todo):
        done, late = 0, None
        try:
            size = {} if batch_size is None else {"batch_size": batch_size}
            batch = extractor.extract(segment, **size)
            while done < len(segment):
                with deadline(timeout):
                    pair = next(batch)
                done += 1
                yield pair
            continue
        except ArticleTimeout as exc:  # an article alone took all its time: no second try
            late = exc if done == len(segment) - 1 else None
        except Exception:  # the batch generator is dead; find the culprit one article at a time
            pass
        for article in segment[done:]:
            try:
                if late is not None:
                    raise late
                with deadline(timeout):
                    output = extractor.extract_one(article)
            except (Exception, ArticleTimeout) as exc:
                error = str(exc) if isinstance(exc, ArticleTimeout) else f"{type(exc).__name__}: {exc}"
                output = ArticleOutput(article=article_info(article), status="error", error=error)
            yield article, output
