"""``siglint schema``: for every target under the paths, the signature MLflow will log.

Files are found and configured exactly as ``siglint check`` finds and configures them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from siglint.analysis.project import Project
from siglint.cli import DEFAULT_PER_FILE_TIMEOUT, UsageError, refuse_missing, warn_broken_config
from siglint.cli.pool import CheckPool
from siglint.cli.schema_text import render_text
from siglint.cli.worker import FileAbandoned
from siglint.config import ConfigError, Settings, SettingsResolver
from siglint.engine import CheckResult, check_source
from siglint.files import iter_python_files
from siglint.sources.python import UnreadableSource, read_python


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "schema",
        help="print the signature MLflow infers for every model found under PATHS",
        description="For every PythonModel, chat/agent model and @pyfunc function under PATHS, "
        "print what MLflow will do with its type hints: the signature, or why there is none.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)"
    )
    parser.add_argument("--output-format", choices=("text", "json"), default="text")
    parser.add_argument("--config", type=Path, help="use this configuration file")
    parser.add_argument(
        "--per-file-timeout",
        type=float,
        default=DEFAULT_PER_FILE_TIMEOUT,
        metavar="SECONDS",
        help="give up on a file after this long, say so and go on "
        f"(default: {DEFAULT_PER_FILE_TIMEOUT:g}; 0: no limit, read in this process)",
    )
    parser.set_defaults(run=run)


def run(args: Any) -> int:
    try:
        refuse_missing(args.paths)
        return _run(args)
    except (ConfigError, UsageError) as error:
        print(f"siglint: error: {error}", file=sys.stderr)
        return 2


def _run(args: Any) -> int:
    """Each file is read in a forked child (as ``check`` does): libcst overflows the stack or
    takes minutes on some inputs, and one such file must not take the whole run down."""
    resolver = SettingsResolver(config_file=args.config)
    project = Project()
    found: list[tuple[str, Path]] = []
    status = 0

    def unreadable(given: str, error: OSError | UnreadableSource) -> None:
        nonlocal status
        if isinstance(error, UnreadableSource):
            where = f"{given}:{error.line}:{error.column + 1}: Python cannot read this file"
        else:
            where, error = f"{given}: siglint cannot read this file", error.strerror or error
        print(f"siglint: {where}: {error}", file=sys.stderr)
        status = 1

    def check(text: str, path: Path, settings: Settings) -> CheckResult:
        return check_source(text, path, settings, project)

    with CheckPool(check, args.per_file_timeout, 1) as pool:
        for shown, path in iter_python_files(
            args.paths, resolver, on_error=unreadable, on_broken_config=warn_broken_config
        ):
            try:
                text = read_python(path.read_bytes())
            except (OSError, UnreadableSource) as error:
                unreadable(shown, error)
                continue
            found.append((shown, path))
            pool.submit(path, text, path, resolver.settings_for(path))
        outcomes = pool.results()
    results: list[tuple[str, CheckResult]] = []
    for shown, path in found:
        outcome = outcomes[path]
        if isinstance(outcome, FileAbandoned):
            print(f"siglint: {shown}: {outcome}", file=sys.stderr)
            status = 1
        else:
            results.append((shown, outcome))
    if args.output_format == "json":
        items = [t.to_json(shown) for shown, result in results for t in result.targets]
        sys.stdout.write(json.dumps(items, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(results))
    return status
