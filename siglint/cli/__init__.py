"""The command line: reads files, calls the core, renders results."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from siglint.collector import collect_everything
from siglint.config import ConfigError
from siglint.config.paths import shown

if TYPE_CHECKING:
    from siglint.analysis.project import Project

T = TypeVar("T")
# ``check``, ``schema`` and ``diff`` give up on a file after this many seconds
# (``--per-file-timeout``).
# Generous: a file in a large package can take tens of seconds when its imports are followed.
DEFAULT_PER_FILE_TIMEOUT = 60.0
# The most source a checking process keeps parsed between files, in characters. A child keeps the
# modules it parsed for the next files (each module of a package is then parsed once), at about 50
# bytes of syntax tree per character: on a huge tree that grows without end. Past this much (about
# 400 MB of trees), the next file starts from nothing parsed: a few modules are parsed again, and
# the memory stays bounded.
PROJECT_BUDGET = 8_000_000


class ParsedSoFar:
    """What a checking process keeps parsed from one file to the next, so that each module of a
    package is parsed once: a ``Project`` made by ``make`` for the first file, and made afresh
    for the next one once it holds more than ``PROJECT_BUDGET``."""

    def __init__(self, make: Callable[[], Project]) -> None:
        self._make = make
        self._project: Project | None = None

    def read(self, work: Callable[[Project], T]) -> T:
        """``work(project)``, for one file."""
        if self._project is None:
            self._project = self._make()
        try:
            return work(self._project)
        finally:
            if self._project.held > PROJECT_BUDGET:  # the next file starts from nothing parsed
                self._project = None
                collect_everything()  # at once: the trees hold cycles, frozen as they were read


def import_engine() -> None:
    """What a child needs to check a file, imported as soon as it starts (while this process
    finds and reads the files)."""
    importlib.import_module("siglint.engine")


class UsageError(Exception):
    """A command line that cannot run as given (exit code 2)."""


def refuse_missing(paths: Sequence[str]) -> None:
    """``UsageError`` naming the paths given that do not exist: a mistake, not a finding."""
    missing = [given for given in paths if not os.path.lexists(given)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")


def warn_broken_config(folder: Path, error: ConfigError) -> None:
    """A folder met in a search that is not checked: its own configuration file is broken."""
    print(f"siglint: warning: {error}; {shown(folder)}{os.sep} is not checked", file=sys.stderr)


def add_per_file_timeout(parser: Any) -> None:
    """``--per-file-timeout`` of the commands that read files in forked children."""
    parser.add_argument(
        "--per-file-timeout",
        type=float,
        default=DEFAULT_PER_FILE_TIMEOUT,
        metavar="SECONDS",
        help="give up on a file after this long, say so and go on "
        f"(default: {DEFAULT_PER_FILE_TIMEOUT:g}; 0: no limit, read in this process)",
    )


def add_jobs(parser: Any, verb: str) -> None:
    """``--jobs`` of the commands that read files in several forked children at once."""
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=cores(),
        metavar="N",
        help=f"{verb} files in N processes at once (default: the {cores()} usable cores)",
    )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (1 or more), got {value!r}"
        )
    return jobs


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
