"""The command line: reads files, calls the core, renders results."""

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from siglint.config import ConfigError
from siglint.config.paths import shown

# ``check`` and ``schema`` give up on a file after this many seconds (``--per-file-timeout``).
# Generous: a file in a large package can take tens of seconds when its imports are followed.
DEFAULT_PER_FILE_TIMEOUT = 60.0


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
