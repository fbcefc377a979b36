"""Stage 1, ingest: read and decode articles, then split them into typed blocks with offsets."""

from hsextract.ingest.read import (
    Article,
    ArticleMeta,
    IngestFailure,
    Ingested,
    check_id,
    decode,
    discover,
    read_articles,
    read_jsonl,
    read_text_file,
    sha256_text,
)
from hsextract.ingest.segment import Block, BlockKind, segment

__all__ = [
    "Article", "ArticleMeta", "Block", "BlockKind", "IngestFailure", "Ingested", "check_id", "decode",
    "discover", "read_articles", "read_jsonl", "read_text_file", "segment", "sha256_text",
]
