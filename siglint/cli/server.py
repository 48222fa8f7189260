"""``siglint server``: the language server (``lsp_server``), over stdio unless told otherwise."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(commands: Any) -> None:
    """Declare ``server`` on the ``siglint`` subcommand parser."""
    from lsp_server import add_arguments

    parser = commands.add_parser(
        "server",
        help="run the language server (for editors)",
        description="Run the siglint language server: over standard input and output, as "
        "editors start it, or on a TCP or WebSocket port for debugging.",
    )
    add_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from lsp_server import serve

    return serve(args)
