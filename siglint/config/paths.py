"""How configuration and file discovery spell paths: absolute for decisions, short for people."""

from __future__ import annotations

import os
from pathlib import Path


def absolute(path: Path) -> Path:
    """Absolute, with ``..`` folded, without resolving symbolic links (as Ruff)."""
    if path.is_absolute() and ".." not in path.parts:  # as a search finds every file
        return path
    return Path(os.path.abspath(path))


def shown(path: Path | str) -> str:
    """A path as messages show it: relative to the working directory when it is below it."""
    relative = below(str(path), os.getcwd())
    return str(path) if relative is None else relative or "."


def below(path: str, folder: str) -> str | None:
    """``path`` relative to ``folder`` (``""`` for the folder itself), or ``None`` when it is not
    inside it; both spelt as ``absolute`` spells them. Strings, not ``Path`` objects: a search
    asks this of every file and folder it meets."""
    path_key, folder_key = os.path.normcase(path), os.path.normcase(folder)
    if path_key == folder_key:
        return ""
    prefix = folder_key if folder_key.endswith(os.sep) else folder_key + os.sep
    return path[len(prefix) :] if path_key.startswith(prefix) else None
