"""``siglint`` command line: ``check``, ``rule``, ``config`` and ``schema``.

Exit codes follow Ruff: 0 success, 1 findings remain (``schema``: a path could not be read),
2 usage, configuration or internal error.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from siglint import __version__
from siglint.cli import check, config_cmd, rule, schema


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except Exception:  # a bug of ours: say so, with what a report needs, and exit 2 like Ruff
        print("siglint: error: internal error, please report it:", file=sys.stderr)
        traceback.print_exc()
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="siglint",
        description="What MLflow will do with the type hints of your predict functions.",
    )
    parser.add_argument("--version", action="version", version=f"siglint {__version__}")
    commands = parser.add_subparsers(dest="command")
    check.add_parser(commands)
    rule.add_parser(commands)
    config_cmd.add_parser(commands)
    schema.add_parser(commands)
    return parser
