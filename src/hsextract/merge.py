"""`hsextract merge`: per-article outputs -> one per-series knowledge base (kb.json).

The work is in `hsextract.kb`; this module reads the inputs, writes the KB and reports conflicts.
`--gold` merges gold files as if they were perfect outputs, and `--compare` measures the result
against a hand-written expected KB; together they show whether a merge error comes from the
merge itself or from extraction.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hsextract.errors import UsageError
from hsextract.ingest import ArticleMeta, corpus_file
from hsextract.jsonio import RecordFileError, dumps, load_gold_side, load_model, load_side, write_or_say
from hsextract.kb import load_kb
from hsextract.kb.compare import compare_kbs, format_comparison, gold_to_output
from hsextract.kb.merge import merge_outputs
from hsextract.kb.models import KnowledgeBase
from hsextract.models import ArticleOutput


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", type=Path, help="folder of per-article outputs (manifest.json is skipped)")
    parser.add_argument("--out", type=Path, help="KB file to write (default: standard output)")
    parser.add_argument("--gold", action="store_true", help="INPUTS holds gold files (perfect outputs)")
    parser.add_argument("--include-optional", action="store_true", help="with --gold: keep optional entries")
    parser.add_argument("--corpus", type=Path, help="with --gold: published dates from CORPUS/<id>.meta.json")
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="EXPECTED_KB",
        help="print matched/missing/extra facts against a hand-written KB",
    )
    parser.add_argument("--quiet", action="store_true", help="no summary or conflict lines on stderr")


def _published(corpus: Path | None, article_id: str) -> str | None:
    meta = corpus_file(corpus, f"{article_id}.meta.json") if corpus else None
    return load_model(meta, ArticleMeta).published if meta and meta.is_file() else None


def read_inputs(args: argparse.Namespace) -> list[ArticleOutput]:
    if not args.gold:
        if args.include_optional or args.corpus:
            raise UsageError("--include-optional and --corpus need --gold")
        return list(load_side(args.inputs).values())
    if args.corpus is not None and not args.corpus.is_dir():
        raise UsageError(f"{args.corpus}: not a corpus folder")
    golds = load_gold_side(args.inputs)
    return [
        gold_to_output(g, published=_published(args.corpus, aid), include_optional=args.include_optional)
        for aid, g in golds.items()
    ]


def summary(kb: KnowledgeBase) -> list[str]:
    """One count line, then one line per conflict and per supersession."""
    kinds = ("cast", "releases", "episodes", "events")
    count = {k: sum(len(getattr(s, k)) for s in kb.series) for k in kinds}
    conflicts = [(s.name, c) for s in kb.series for c in s.conflicts]
    moves = [(s.name, r, x) for s in kb.series for r in s.releases for x in r.superseded]
    lines = [
        f"{len(kb.articles)} articles, {len(kb.series)} series: "
        + ", ".join(f"{n} {k}" for k, n in count.items())
        + f"; {len(conflicts)} conflicts, {len(moves)} supersessions"
    ]
    for name, c in conflicts:
        sides = "; ".join(f"{v.value} [{', '.join(v.articles)}]" for v in c.values)
        lines.append(f"  conflict {name}: {c.kind} {c.subject}: {sides}" + (f" ({c.note})" if c.note else ""))
    lines += [
        f"  superseded {name}: {r.label()} {x.old_date} ({x.old_status}, {x.old_article}) -> "
        f"{x.new_date} ({x.new_status}, {x.new_article})"
        for name, r, x in moves
    ]
    return lines


def run(args: argparse.Namespace) -> int:
    """Exit 0 on success (conflicts are data, not failure), 1 when --out cannot be written, 2 on
    bad input."""
    if not args.inputs.exists():
        raise UsageError(f"{args.inputs}: no such file or directory")
    try:
        kb = merge_outputs(read_inputs(args))
        expected = load_kb(args.compare) if args.compare else None
    except (RecordFileError, ValueError) as exc:
        sys.stderr.write(f"hsextract merge: error: {exc}\n")
        return 2
    text = dumps(kb)
    if args.out is not None:
        if problem := write_or_say(args.out, text):
            sys.stderr.write(f"hsextract merge: error: {problem}\n")
            return 1
    else:
        sys.stdout.write(text)
    if not args.quiet:
        lines = summary(kb)
        lines[0] = f"hsextract merge: {lines[0]} -> {args.out or 'stdout'}"
        sys.stderr.write("\n".join(lines) + "\n")
    if expected is not None:
        report = format_comparison(compare_kbs(expected, kb))
        (sys.stdout if args.out is not None else sys.stderr).write(report)
    return 0
