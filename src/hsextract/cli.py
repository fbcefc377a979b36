"""Command-line entry point.

Subcommands live in their stage modules; each exposes `add_arguments(parser)` and
`run(args) -> int`. They are imported only when chosen, so `hsextract --help` and
`hsextract --version` stay fast (no spaCy or dateparser import).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from hsextract import __version__
from hsextract.errors import Interrupted, UsageError, interrupts_raise

# Interrupted, UsageError, interrupts_raise live in errors.py; named here for older imports.
__all__ = ["COMMANDS", "Interrupted", "UsageError", "interrupts_raise", "main"]

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("hsextract.pipeline", "extract records from articles into per-article JSON"),
    "eval": ("hsextract.evaluate", "score predictions against the gold set"),
    "diff": ("hsextract.diff", "record-level differences between two runs (or a run and gold)"),
    "review": ("hsextract.review", "write a self-contained HTML review page"),
    "schema": ("hsextract.schema", "print the JSON Schema of the per-article output"),
    "merge": ("hsextract.merge", "merge many articles' outputs into a per-series knowledge base"),
    "export": ("hsextract.export", "export a knowledge base as schema.org JSON-LD"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, exit 2, like every other usage error.
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def _top_parser() -> _Parser:
    lines = [f"  {name:<8} {text}" for name, (_, text) in COMMANDS.items()]
    parser = _Parser(
        prog="hsextract",
        description="Cast, release and episode records from TV-series news, with evidence.",
        epilog="commands:\n" + "\n".join(lines) + "\n\n'hsextract COMMAND --help' for a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"hsextract {__version__}")
    parser.add_argument("command", nargs="?", choices=sorted(COMMANDS), metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    top = _top_parser()
    if not args_list or args_list[0].startswith("-"):
        top.parse_args(args_list)  # handles --help/--version, errors on unknown options
        # One line, like every usage error (the README promises it); --help lists the commands.
        sys.stderr.write(
            f"hsextract: error: a COMMAND is required ({', '.join(COMMANDS)}; 'hsextract --help')\n"
        )
        return 2
    name, rest = args_list[0], args_list[1:]
    if name not in COMMANDS:
        top.error(f"unknown command {name!r} (choose from {', '.join(sorted(COMMANDS))})")
    module = importlib.import_module(COMMANDS[name][0])
    sub = _Parser(prog=f"hsextract {name}", description=COMMANDS[name][1])
    module.add_arguments(sub)
    args = sub.parse_args(rest)
    try:
        code: int = module.run(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below, not at exit
    except UsageError as exc:
        sys.stderr.write(f"hsextract {name}: error: {exc}\n")
        return 2
    except OSError as exc:  # an output a command did not handle itself (e.g. stdout piped to `head`)
        _quiet_stdout()
        sys.stderr.write(f"hsextract {name}: error: cannot write output: {_os_problem(exc)}\n")
        return 1
    return code


def _os_problem(exc: OSError) -> str:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{reason}: {exc.filename!r}" if exc.filename else reason


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's own flush at exit cannot fail again and print
    "Exception ignored ... BrokenPipeError" after our one line."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    # `python -m hsextract.cli` runs this file as `__main__`, a second copy of the module: run the
    # package's own copy, whose UsageError is the one the commands raise (else: a traceback, exit 1).
    from hsextract import cli

    raise SystemExit(cli.main())
