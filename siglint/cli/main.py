"""``siglint`` command line: ``check``, ``rule``, ``config``, ``schema``, ``diff`` and ``server``.

Exit codes follow Ruff: 0 success, 1 findings remain (``schema``: a path could not be read;
``diff``: a breaking change), 2 usage, configuration or internal error.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from siglint import __version__

# Each command's module, imported only when that command runs (or for --help): ``check`` on a
# cached or clean tree must not pay for importing libcst, nor ``--version`` for anything.
_COMMANDS = {
    "check": "siglint.cli.check",
    "rule": "siglint.cli.rule",
    "config": "siglint.cli.config_cmd",
    "schema": "siglint.cli.schema",
    "diff": "siglint.cli.diff",
    "server": "siglint.cli.server",
}


def run_process() -> NoReturn:
    """The ``siglint`` process (``python -m siglint`` and the installed command): ``main``, then
    the exit, with no last collection over the objects this process holds (CPython's runs at
    shutdown walked all of them for nothing: the process ends)."""
    code = main()
    gc.freeze()
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, commands = _parser(argv)
    try:
        args, unknown = parser.parse_known_args(argv)
        if unknown:  # like Ruff: the usage of the command given, not siglint's with only it
            wrong = commands.choices.get(args.command, parser)
            wrong.error(f"unrecognized arguments: {' '.join(unknown)}")
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except Exception:  # a bug of ours: say so, with what a report needs, and exit 2 like Ruff
        import traceback  # only now: most runs never need it

        print("siglint: error: internal error, please report it:", file=sys.stderr)
        traceback.print_exc()
        return 2


def _parser(argv: list[str]) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """siglint's parser, with the commands ``argv`` needs, and the action that holds them."""
    parser = argparse.ArgumentParser(
        prog="siglint",
        description="What MLflow will do with the type hints of your predict functions.",
    )
    parser.add_argument("--version", action="version", version=f"siglint {__version__}")
    commands = parser.add_subparsers(dest="command")
    first = next((a for a in argv if not a.startswith("-")), None)
    if first in _COMMANDS:
        wanted = [first]
    elif "--version" in argv:
        wanted = []
    else:  # help, or a mistake whose message lists every command
        wanted = list(_COMMANDS)
    for name in wanted:
        importlib.import_module(_COMMANDS[name]).add_parser(commands)
    return parser, commands
