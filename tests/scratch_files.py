"""Writing a scratch project for a test: importable from every test folder (``tests/`` is on
``sys.path`` through its ``conftest.py``)."""

from __future__ import annotations

import textwrap
from pathlib import Path


def write(folder: Path, files: dict[str, str]) -> None:
    """Each file of ``files`` (a path relative to ``folder``: its text, dedented) written there."""
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
