"""``siglint diff``: what changed in the signatures of the models, and whether it breaks their
endpoints' clients.

``--base REV`` compares every target under the paths with itself at git revision ``REV`` (a bare
``siglint diff`` takes ``diff-base`` from the configuration); ``--against PATH`` compares one
target with the signature MLflow logged (an ``MLmodel`` file or a model folder) or ``siglint
schema --output-format json`` wrote. The comparing is ``siglint.contract``'s.

Exit codes: 0 no change that ``--fail-on`` counts, 1 one was found, 2 usage error, not a git
repository, unknown revision, unreadable ``MLmodel``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from siglint.cli import UsageError, add_per_file_timeout, refuse_missing
from siglint.config import ConfigError, SettingsResolver


class DiffError(Exception):
    """A run that cannot compare anything (exit code 2): the message says why."""


def add_parser(commands: Any) -> None:
    from siglint.contract.render import DEFAULT_FORMAT, FORMATS

    parser = commands.add_parser(
        "diff",
        help="compare the models' signatures with a git revision or a logged model",
        description="Report how the signature of every model under PATHS changed since a git "
        "revision (--base, or diff-base in the configuration), or since the signature MLflow "
        "logged (--against), and which changes break the clients of a served model.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: the current folder); with --against, one FILE[:QUALNAME]",
    )
    base = parser.add_mutually_exclusive_group()
    base.add_argument("--base", metavar="REV", help="the git revision to compare with")
    base.add_argument(
        "--against",
        type=Path,
        metavar="PATH",
        help="an MLmodel file, a model folder, or a `siglint schema --output-format json` file",
    )
    parser.add_argument("--output-format", choices=FORMATS, default=DEFAULT_FORMAT)
    parser.add_argument("--output-file", type=Path, metavar="PATH", help="write the report here")
    parser.add_argument(
        "--fail-on",
        choices=("breaking", "any", "none"),
        default="breaking",
        help="exit with 1 when a change of this kind is found (default: breaking)",
    )
    parser.add_argument("--config", type=Path, metavar="PATH", help="use this configuration file")
    add_per_file_timeout(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        report = _against(args) if args.against is not None else _base(args)
    except (ConfigError, DiffError, UsageError) as error:
        print(f"siglint: error: {error}", file=sys.stderr)
        return 2
    from siglint.contract.render import render

    text = render(args.output_format, report)
    if args.output_file is not None:
        args.output_file.parent.mkdir(parents=True, exist_ok=True)
        args.output_file.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    breaking, compatible = report.counts()
    if args.fail_on == "breaking":
        return int(breaking > 0)
    if args.fail_on == "any":
        return int(breaking + compatible > 0)
    return 0


def _base(args: argparse.Namespace) -> Any:
    from siglint.contract.collect import Collector
    from siglint.contract.render import DiffReport
    from siglint.contract.revision import Revision, RevisionError, repository_root
    from siglint.contract.targets import diff_targets

    resolver = SettingsResolver(config_file=args.config)
    revision_name = args.base or resolver.settings_for(Path.cwd() / "pyproject.toml").diff_base
    if revision_name is None:
        raise DiffError(
            "nothing to compare with: give --base REV or --against PATH, "
            'or set diff-base (`[tool.siglint] diff-base = "origin/main"`)'
        )
    paths = args.paths or ["."]
    try:
        root = repository_root(Path.cwd())
        _refuse_outside(paths, root)
        with Revision(root, revision_name) as revision:
            _refuse_missing(paths, revision)
            collector = Collector(paths, resolver, root, args.per_file_timeout)
            new = collector.working_tree()
            old = collector.at(revision)
            renamed = revision.renames()
    except RevisionError as error:
        raise DiffError(str(error)) from None
    for side, label in ((old, revision_name), (new, "the working tree")):
        for key, why in side.unreadable.items():
            _warn(f"{key}: not compared, siglint cannot read it in {label}: {why}")
    skipped = old.unreadable.keys() | new.unreadable.keys()
    diffs = diff_targets(
        [t for t in old.targets if t.key not in skipped],
        [t for t in new.targets if t.key not in skipped],
        renamed,
    )
    return DiffReport(revision_name, tuple(diffs))


def _refuse_outside(paths: list[str], root: Path) -> None:
    """A path outside the repository has no version at any revision of it."""
    top = os.path.realpath(root)
    for given in paths:
        location = os.path.realpath(given)
        if location != top and not location.startswith(top.rstrip(os.sep) + os.sep):
            raise DiffError(f"{given} is outside the git repository at {root}")


def _refuse_missing(paths: list[str], revision: Any) -> None:
    """A path that is neither in the working tree nor at the revision is a mistake."""
    from siglint.config.paths import absolute

    missing = []
    for given in paths:
        if os.path.lexists(given):
            continue
        location = os.path.realpath(absolute(Path(given)))
        if not any(
            known == location or known.startswith(location + os.sep) for known in revision.blobs
        ):
            missing.append(given)
    if missing:
        raise DiffError(
            f"no such file or folder: {', '.join(missing)} (in the working tree or at "
            f"{revision.name})"
        )


def _against(args: argparse.Namespace) -> Any:
    from siglint.contract.collect import Collector, Found
    from siglint.contract.logged import LoggedError, read_logged
    from siglint.contract.render import DiffReport
    from siglint.contract.targets import diff_pair

    if len(args.paths) > 1:
        raise DiffError("--against compares one model: give one FILE[:QUALNAME]")
    given = args.paths[0] if args.paths else "."
    file, qualname = _file_and_qualname(given)
    refuse_missing([file])
    try:
        logged = read_logged(args.against)
    except LoggedError as error:
        raise DiffError(str(error)) from None
    resolver = SettingsResolver(config_file=args.config)
    collector = Collector([file], resolver, Path.cwd(), args.per_file_timeout)
    side = collector.working_tree()
    if side.unreadable:
        key, why = next(iter(side.unreadable.items()))
        raise DiffError(f"{key}: siglint cannot read it: {why}")
    target = _one_target(side.targets, qualname, given)
    chosen = _logged_for(logged, target.qualname, args.against)
    old = Found(
        target.key,
        str(args.against),
        chosen.name or target.qualname,
        target.kind,
        target.line,
        chosen.outcome,
        chosen.signature,
    )
    return DiffReport(str(args.against), (diff_pair(old, target),))


def _file_and_qualname(given: str) -> tuple[str, str | None]:
    """``model.py:Router`` (or ``model.py``, or a folder)."""
    if not Path(given).exists() and ":" in given:
        file, _, qualname = given.rpartition(":")
        if Path(file).exists() and qualname:
            return file, qualname
    return given, None


def _one_target(targets: list[Any], qualname: str | None, given: str) -> Any:
    names = ", ".join(f"{t.shown}:{t.qualname}" for t in targets)
    if qualname is not None:
        chosen = [t for t in targets if t.qualname == qualname]
        if not chosen:
            raise DiffError(f"no model {qualname} in {given} (models: {names or 'none'})")
        return chosen[0]
    if len(targets) != 1:
        if not targets:
            raise DiffError(f"no MLflow model found in {given}")
        raise DiffError(f"{given} holds {len(targets)} models: name one as FILE:QUALNAME ({names})")
    return targets[0]


def _logged_for(logged: list[Any], qualname: str, source: Path) -> Any:
    """The one signature of an MLmodel, or the JSON entry for the target's qualname."""
    if len(logged) == 1:
        return logged[0]
    named = [entry for entry in logged if entry.name == qualname]
    if len(named) != 1:
        raise DiffError(
            f"{source} holds {len(logged)} models and {len(named)} named {qualname}: "
            "give a file with that one model"
        )
    return named[0]


def _warn(message: str) -> None:
    print(f"siglint: warning: {message}", file=sys.stderr)
