"""How configuration and file discovery spell paths: absolute for decisions, short for people."""

from __future__ import annotations

import os
from pathlib import Path


def absolute(path: Path) -> Path:
    """Absolute, with ``..`` folded, without resolving symbolic links (as Ruff)."""
    return Path(os.path.abspath(path))


def shown(path: Path) -> str:
    """A path as messages show it: relative to the working directory when it is below it."""
    cwd = Path.cwd()
    return str(path.relative_to(cwd)) if path.is_relative_to(cwd) else str(path)
