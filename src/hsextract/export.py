"""`hsextract export --format jsonld`: a knowledge base as schema.org JSON-LD (TVSeries).

Reads a KB written by `hsextract merge` (`--kb kb.json`), or merges a folder of per-article
outputs on the fly, so a one-off export needs no intermediate file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hsextract.errors import UsageError
from hsextract.jsonio import RecordFileError, dumps, load_side, write_or_say
from hsextract.kb import load_kb
from hsextract.kb.jsonld import to_jsonld
from hsextract.kb.merge import merge_outputs

FORMATS = ("jsonld",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("outputs", type=Path, nargs="?", help="outputs folder to merge and export")
    parser.add_argument("--kb", type=Path, help="knowledge base written by 'hsextract merge'")
    parser.add_argument("--format", choices=FORMATS, default="jsonld", help="output format (default jsonld)")
    parser.add_argument("--out", type=Path, help="file to write (default: standard output)")


def run(args: argparse.Namespace) -> int:
    """Exit 0 on success, 1 when --out cannot be written, 2 on usage error or a malformed input file."""
    if (args.kb is None) == (args.outputs is None):
        raise UsageError("give either --kb KB_FILE or an OUTPUTS folder (exactly one)")
    source = args.kb if args.kb is not None else args.outputs
    if not source.exists():
        raise UsageError(f"{source}: no such file or directory")
    try:
        kb = load_kb(args.kb) if args.kb is not None else merge_outputs(load_side(args.outputs).values())
    except (RecordFileError, ValueError) as exc:
        sys.stderr.write(f"hsextract export: error: {exc}\n")
        return 2
    text = dumps(to_jsonld(kb))
    if args.out is not None:
        if problem := write_or_say(args.out, text):
            sys.stderr.write(f"hsextract export: error: {problem}\n")
            return 1
    else:
        sys.stdout.write(text)
    return 0
