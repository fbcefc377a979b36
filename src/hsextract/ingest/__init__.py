"""Stage 1, ingest: read and decode articles, then split them into typed blocks with offsets."""

from hsextract.ingest.html import HTML_SUFFIXES, Page, extract_page, text_file_name
from hsextract.ingest.markup import Masked, mask_markup
from hsextract.ingest.meta import ArticleMeta, parse_published
from hsextract.ingest.read import (
    Article,
    Ingested,
    IngestFailure,
    build_article,
    check_id,
    corpus_file,
    decode,
    discover,
    read_articles,
    read_html_file,
    read_jsonl,
    read_text_file,
    sha256_text,
)
from hsextract.ingest.segment import Block, BlockKind, segment

__all__ = [
    "HTML_SUFFIXES",
    "Article",
    "ArticleMeta",
    "Block",
    "BlockKind",
    "IngestFailure",
    "Ingested",
    "Masked",
    "Page",
    "build_article",
    "check_id",
    "corpus_file",
    "decode",
    "discover",
    "extract_page",
    "mask_markup",
    "parse_published",
    "read_articles",
    "read_html_file",
    "read_jsonl",
    "read_text_file",
    "segment",
    "sha256_text",
    "text_file_name",
]
