"""``siglint`` command line: ``check``, ``rule``, ``config`` and ``schema``.

Exit codes follow Ruff: 0 success, 1 findings remain (``schema``: a path could not be read),
2 usage, configuration or internal error.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

from siglint import __version__
from siglint.analysis.project import Project
from siglint.cli import check, config_cmd, rule
from siglint.cli.schema_text import render_text
from siglint.engine import CheckResult, check_source

_SKIPPED_DIRS = {
    ".git",
    ".hg",
    ".svn",
    ".tox",
    ".nox",
    ".venv",
    "venv",
    "env",
    "__pycache__",
    "node_modules",
    "build",
    "dist",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".siglint_cache",
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command == "schema":
        return _schema(args)
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
    schema = commands.add_parser(
        "schema",
        help="print the signature MLflow infers for every model found under PATHS",
        description="For every PythonModel, chat/agent model and @pyfunc function under PATHS, "
        "print what MLflow will do with its type hints: the signature, or why there is none.",
    )
    schema.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)"
    )
    schema.add_argument("--output-format", choices=("text", "json"), default="text")
    return parser


def _schema(args: argparse.Namespace) -> int:
    project = Project()
    results: list[tuple[str, CheckResult]] = []
    status = 0
    for shown, path in iter_python_files(args.paths):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"siglint: cannot read {shown}: {error}", file=sys.stderr)
            status = 1
            continue
        results.append((shown, check_source(text, path, project=project)))
    if args.output_format == "json":
        items = [t.to_json(shown) for shown, result in results for t in result.targets]
        sys.stdout.write(json.dumps(items, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(results))
    return status


def iter_python_files(paths: Sequence[str]) -> Iterator[tuple[str, Path]]:
    """Python files under ``paths``, in path order, each with the name it is shown under."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(_walk(path))
            for file in found:
                yield str(file), file
        elif path.exists() or given == "-":
            yield given, path
        else:
            print(f"siglint: {given}: no such file or directory", file=sys.stderr)


def _walk(folder: Path) -> Iterator[Path]:
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            if entry.name not in _SKIPPED_DIRS and not entry.name.startswith("."):
                yield from _walk(entry)
        elif entry.suffix in (".py", ".pyi") and entry.is_file():
            yield entry
