"""`--jobs N`: extraction in N worker processes, results in input order.

Each worker loads the model once (process initializer) and receives small batches of articles, so
`nlp.pipe` still batches inside a worker. `Pool.imap` returns results in submission order, which is
what keeps `--jobs 2` byte-identical to `--jobs 1`. Workers send back the canonical JSON text, the
cheapest thing to pickle, and the parent only writes files.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice

from hsextract.ingest import Article
from hsextract.models import ArticleOutput

# Articles per task: large enough for nlp.pipe batching, small enough to spread work evenly.
TASK_SIZE = 8

_worker = None


def _init(model: str | None) -> None:
    global _worker
    from hsextract.pipeline import Extractor

    _worker = Extractor(model)


def _run(batch: list[Article]) -> list[tuple[str, str]]:
    from hsextract.pipeline import extract_all

    assert _worker is not None
    return [(a.id, out.model_dump_json()) for a, out in extract_all(_worker, batch)]


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_parallel(
    articles: Iterable[Article], jobs: int, model: str | None
) -> Iterator[tuple[Article, ArticleOutput]]:
    """Yield (article, output) in input order, extracted by `jobs` processes.

    Work is submitted in windows of a few batches per worker, because `Pool.imap` would otherwise
    drain the whole input at once and memory would grow with the corpus."""
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    window = max(2, jobs * 4)
    batches = _batches(articles, TASK_SIZE)
    with ctx.Pool(processes=jobs, initializer=_init, initargs=(model,)) as pool:
        while chunk := list(islice(batches, window)):
            by_id = {a.id: a for batch in chunk for a in batch}
            for results in pool.imap(_run, chunk):
                for article_id, payload in results:
                    yield by_id[article_id], ArticleOutput.model_validate_json(payload)
