"""``siglint config [PATH]``: the settings that apply to PATH, as the resolver computes them.

The same resolver ``siglint check`` and the language server use, so this answers "why is this
rule (or this file) on or off here?" without running a check.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from siglint.cli import UsageError, refuse_missing
from siglint.config import ConfigError, SettingsResolver


def add_parser(commands: Any) -> None:
    """Declare ``config`` on the ``siglint`` subcommand parser."""
    parser = commands.add_parser(
        "config",
        help="print the settings that apply to a file",
        description="Print the resolved settings for the file PATH, or for the files directly "
        "in the folder PATH (default: the current folder): the configuration file they come "
        "from, every key's value, and whether PATH is excluded.",
    )
    parser.add_argument("path", nargs="?", default=".", metavar="PATH")
    parser.add_argument("--config", type=Path, metavar="PATH", help="use this configuration file")
    parser.add_argument("--output-format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


# A folder's settings are those of the files directly in it: the resolver is asked about a file
# of this name there, which no per-file-ignores glob naming a particular file matches.
_ANY_FILE = "__any_file__.py"


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    is_folder = path.is_dir()
    try:
        refuse_missing([args.path])
        resolver = SettingsResolver(config_file=args.config)
        settings = resolver.settings_for(path / _ANY_FILE if is_folder else path)
        values = {**settings.to_dict(), "excluded": resolver.is_excluded(path)}
    except (ConfigError, UsageError) as error:
        print(f"siglint: error: {error}", file=sys.stderr)
        return 2
    if args.output_format == "json":
        sys.stdout.write(json.dumps(values, indent=2, ensure_ascii=False) + "\n")
        return 0
    what = f"files in {args.path}" if is_folder else args.path
    sys.stdout.write(f"# Settings for {what}\n")
    sys.stdout.write("".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items()))
    return 0
