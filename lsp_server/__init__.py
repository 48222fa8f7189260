"""The siglint language server: a thin pygls adapter over ``siglint.engine.check_source``.

``main`` is what ``siglint server`` and ``python -m lsp_server`` run: over standard input and
output by default, or on a TCP or WebSocket port for debugging. This module imports nothing at
its top but what Python has loaded before it runs (see ``siglint.drop_working_folder``).
"""

from __future__ import annotations

import sys

# Not `from typing import TYPE_CHECKING`: typing is not loaded yet, and a workspace's typing.py
# could stand in for it (type checkers treat this name the same way).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m lsp_server [--tcp HOST:PORT | --ws HOST:PORT]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="siglint server", description="Run the siglint language server."
    )
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error
        return int(exit_.code or 0)
    return serve(args)


def serve(args: argparse.Namespace) -> int:
    """Run the server on the transport ``args`` (from ``add_arguments``) chose, until it exits."""
    import importlib.util

    if args.ws is not None and importlib.util.find_spec("websockets") is None:
        print("siglint server: --ws needs websockets: pip install 'pygls[ws]'", file=sys.stderr)
        return 2
    from lsp_server.server import create_server  # pygls loads only when a server starts

    server = create_server()
    if args.tcp is not None:
        server.start_tcp(*args.tcp)
    elif args.ws is not None:
        server.start_ws(*args.ws)
    else:
        # Only protocol frames may reach stdout: whatever else prints goes to stderr.
        stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
        sys.stdout = sys.stderr
        server.start_io(stdin, stdout)
    return 0


def _address(value: str) -> tuple[str, int]:
    import argparse

    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    return host, int(port)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The server's options, on ``python -m lsp_server``'s parser and on ``siglint server``'s."""
    from siglint import __version__

    parser.add_argument("--version", action="version", version=f"siglint {__version__}")
    transport = parser.add_mutually_exclusive_group()
    transport.add_argument(
        "--stdio", action="store_true", help="talk over standard input and output (default)"
    )
    transport.add_argument(
        "--tcp", type=_address, metavar="HOST:PORT", help="listen on a TCP port (debugging)"
    )
    transport.add_argument(
        "--ws", type=_address, metavar="HOST:PORT", help="listen for WebSocket clients (debugging)"
    )
