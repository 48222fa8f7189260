"""``siglint schema``: for every target under the paths, the signature MLflow will log.

Files are found and configured exactly as ``siglint check`` finds and configures them, and
screened by the same pre-filter (``siglint.prefilter``): a file that cannot hold a model costs a
read of its bytes, nothing more. The others are read in forked children (``--jobs``, the files of
a package in the same one, as ``check`` does), the first of which imports libcst and the engine
while this process finds the files (this one never does).
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from collections.abc import Callable, Hashable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from siglint.analysis.imports import Packages
from siglint.cli import (
    ParsedSoFar,
    UsageError,
    add_jobs,
    add_per_file_timeout,
    cores,
    import_engine,
    refuse_missing,
    warn_broken_config,
)
from siglint.cli.pool import CheckPool
from siglint.cli.schema_text import render_text
from siglint.cli.worker import CheckWorker, FileAbandoned
from siglint.config import ConfigError, Settings, SettingsResolver
from siglint.diagnostics import Range
from siglint.files import iter_python_files
from siglint.prefilter import Screen
from siglint.sources import Source, SourceError, Unit, load
from siglint.sources.check import unit_range
from siglint.sources.python import UnreadableSource

if TYPE_CHECKING:
    from siglint.analysis.project import Project
    from siglint.results import CheckResult

# What a file shows: its module's result, then each of its ``%%writefile`` modules' (a notebook's).
_Found = list[tuple[Unit | None, "CheckResult"]]


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
        "--no-prefilter",
        action="store_true",
        help="read every file, even those a cheap reading proves hold no model",
    )
    add_per_file_timeout(parser)
    add_jobs(parser, "read")
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
    found: list[tuple[str, Source]] = []
    status = 0

    def unreadable(given: str, error: OSError | UnreadableSource | SourceError) -> None:
        nonlocal status
        if isinstance(error, UnreadableSource):
            where = f"{given}:{error.line}:{error.column + 1}: Python cannot read this file"
        elif isinstance(error, SourceError):
            where = f"{given}: siglint cannot read this file"
        else:
            where, error = f"{given}: siglint cannot read this file", error.strerror or error
        print(f"siglint: {where}: {error}", file=sys.stderr)
        status = 1

    models = functools.partial(_models, ParsedSoFar(_project))
    # The first child is forked before the search, and imports the engine meanwhile (as
    # ``check``'s); the others once the files to read are known, no more than there are.
    started = CheckWorker(models, args.per_file_timeout, import_engine) if cores() > 1 else None
    with started or contextlib.nullcontext():
        if started is not None:
            started.start()
        for shown, path in iter_python_files(
            args.paths, resolver, on_error=unreadable, on_broken_config=warn_broken_config
        ):
            try:
                source = load(path, path.read_bytes())
            except (OSError, UnreadableSource, SourceError) as error:
                unreadable(shown, error)
                continue
            found.append((shown, source))
        screen = None if args.no_prefilter else Screen(texts={s.path: s.text for _, s in found})
        shown_files = [
            source
            for _, source in found
            if screen is None or screen.may_hold_model(source.path, source.text, bool(source.units))
        ]
        outcomes = _read(shown_files, models, args, resolver, started)
    results: list[tuple[str, int | None, CheckResult]] = []
    for shown, source in found:
        outcome = outcomes.get(source.path)
        if outcome is None:  # the pre-filter's proof: it shows nothing
            continue
        if isinstance(outcome, FileAbandoned):
            print(f"siglint: {shown}: {outcome}", file=sys.stderr)
            status = 1
        else:
            for unit, result in outcome:
                results.extend((shown, *placed) for placed in _placed(source, unit, result))
    if args.output_format == "json":
        items = [
            {**target.to_json(shown), "cell": cell}
            for shown, cell, result in results
            for target in result.targets
        ]
        sys.stdout.write(json.dumps(items, indent=2) + "\n")
    else:
        labelled = [(_label(shown, cell), result) for shown, cell, result in results]
        sys.stdout.write(render_text(labelled))
    return status


def _read(
    sources: list[Source],
    models: Callable[[Source, Settings], _Found],
    args: Any,
    resolver: SettingsResolver,
    started: CheckWorker | None,
) -> dict[Hashable, Any]:
    """What each file shows (or why it shows nothing), read in ``--jobs`` children: ``started``
    first, if given; the files of a package in the same one, which parses their modules once."""
    if not sources:
        return {}
    packages = Packages()
    jobs = min(args.jobs, len(sources))
    with CheckPool(models, args.per_file_timeout, jobs, import_engine, started=started) as pool:
        for source in sources:
            group, size = packages.of(source.path), len(source.text)
            settings = resolver.settings_for(source.path)
            pool.submit(source.path, source, settings, group=group, size=size)
        return pool.results()


def _models(parsed: ParsedSoFar, source: Source, settings: Settings) -> _Found:
    """What ``schema`` finds in a file: ``check_source`` of its modules, in the process that reads
    it (a child, usually), with the modules parsed for the files before (``parsed``)."""
    from siglint.engine import check_source

    def find(project: Project) -> _Found:
        # A notebook's ``%%writefile`` modules first: its ``log_model`` calls may name them.
        # Unverified fixes: the schema shows none, and verifying costs a check per fix.
        results: _Found = [
            (unit, check_source(unit.text, unit.path, settings, project, verify_fixes=False))
            for unit in source.units
        ]
        whole = check_source(source.text, source.path, settings, project, verify_fixes=False)
        return [(None, whole), *results]

    return parsed.read(find)


def _project() -> Project:
    from siglint.analysis.project import Project

    return Project()


def _label(shown: str, cell: int | None) -> str:
    return shown if cell is None else f"{shown}:cell {cell}"


def _placed(
    source: Source, unit: Unit | None, result: CheckResult
) -> list[tuple[int | None, CheckResult]]:
    """A module's result with positions in the file, and the cell of each target (of a
    notebook: each target and each finding about the whole module on its own)."""
    index = source.index
    if unit is None and index is None:
        return [(None, result)]

    def moved(where: Range) -> tuple[int | None, Range]:
        where = where if unit is None else unit_range(unit, where)
        if index is None:
            return None, where
        cell, line, column = index.position(where.line, where.column)
        _, end_line, end_column = index.position(where.end_line, where.end_column)
        return cell, Range(line, column, end_line, end_column)

    placed: list[tuple[int | None, CheckResult]] = []
    for target in result.targets:
        cell, where = moved(target.range)
        diagnostics = tuple(replace(d, range=moved(d.range)[1]) for d in target.diagnostics)
        target = replace(target, line=where.line, range=where, diagnostics=diagnostics)
        placed.append((cell, replace(result, targets=(target,), diagnostics=())))
    for diagnostic in result.diagnostics:
        cell, where = moved(diagnostic.range)
        alone = replace(result, targets=(), diagnostics=(replace(diagnostic, range=where),))
        placed.append((cell, alone))
    return placed
