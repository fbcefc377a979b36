"""Stage 5, assemble: mentions -> validated records (dedupe, name resolution, ordering)."""

from __future__ import annotations

from hsextract.assemble.cast import assemble_cast
from hsextract.assemble.episodes import assemble_episodes
from hsextract.assemble.events import assemble_events
from hsextract.assemble.releases import anchors_for, assemble_releases, resolve
from hsextract.ingest import Article
from hsextract.models import ArticleInfo, ArticleOutput
from hsextract.rules import RuleOutput


def article_info(article: Article) -> ArticleInfo:
    return ArticleInfo(
        id=article.id,
        source=article.source,
        sha256=article.sha256,
        chars=len(article.text),
        title=article.title,
        title_origin=article.title_origin,
        url=article.url,
        published=article.published.isoformat() if article.published else None,
        warnings=list(article.warnings),
        origin=article.origin,
    )


def assemble_article(out: RuleOutput) -> ArticleOutput:
    """Every record kind for one article; pydantic validates each record as it is built."""
    dated = resolve(out, anchors_for(out))  # dates are normalised once for releases and events
    return ArticleOutput(
        article=article_info(out.article),
        cast=assemble_cast(out),
        releases=assemble_releases(out, dated),
        episodes=assemble_episodes(out, dated),
        events=assemble_events(out, dated),
    )


__all__ = [
    "article_info",
    "assemble_article",
    "assemble_cast",
    "assemble_episodes",
    "assemble_events",
    "assemble_releases",
]
