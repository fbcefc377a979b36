"""`hsextract schema`: the JSON Schema of one article's output, generated from the models."""

from __future__ import annotations

import argparse
import json
from typing import Any

from hsextract.models import ArticleOutput


def output_schema() -> dict[str, Any]:
    return ArticleOutput.model_json_schema()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")


def run(args: argparse.Namespace) -> int:
    print(json.dumps(output_schema(), indent=args.indent, sort_keys=True))
    return 0
