"""Sources: a file as the Python text the analysis reads, and the way back to the file.

Like Ruff's ``SourceKind``. A *source* turns a file into Python text plus a map back to where
each line came from: a Python module is its own text; a Jupyter notebook (``.ipynb``) or a
Databricks source notebook (a ``.py`` starting ``# Databricks notebook source``) is its code
cells joined in order, IPython's syntax masked (``siglint.sources.magics``); a ``%%writefile
path`` cell is a module of its own at ``path`` (a *unit* of the source). A ``.py`` file is read
as CPython's ``import`` reads it (``siglint.sources.python``).

The analysis and the rules only ever see Python text. Renderers and the server map positions back
through ``CellIndex``; fixes are applied to the Python text and written back with ``rebuilt``.
Nothing else in siglint knows what a notebook is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

NOTEBOOK_SUFFIX = ".ipynb"
SOURCE_SUFFIXES = (".py", ".pyi", NOTEBOOK_SUFFIX)
DATABRICKS_HEADER = "# Databricks notebook source"


class SourceError(ValueError):
    """A file that claims to be a notebook and is not one (or one a fix cannot be written into)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A module a source holds besides the file's own (a ``%%writefile`` cell).

    ``rows[k]`` is where the module's line ``k + 1`` lies in the source's Python text: its line,
    and the characters the text adds before it there.
    """

    path: Path
    text: str
    rows: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class CellIndex:
    """Where each line of a notebook's Python text comes from: ``rows[line - 1]`` is
    ``(cell, line in the cell, columns the text adds before the cell's own)``; cells are numbered
    from 1, every cell counted (markdown too, as in Ruff's output). Cell 0 is no cell: the line is
    the file's own (a Databricks source, whose cells are lines of a ``.py`` file)."""

    rows: tuple[tuple[int, int, int], ...]
    # Where each line lies in the notebook's JSON text: its line, and the column its text starts.
    in_file: tuple[tuple[int, int], ...] = ()

    def position(self, line: int, column: int) -> tuple[int | None, int, int]:
        """``(cell, line, column)`` of a position in the Python text (same conventions); the
        cell is None for a line of the file itself."""
        if not self.rows:
            return None, line, column
        cell, row, added = self.rows[min(max(line, 1), len(self.rows)) - 1]
        return cell or None, row, max(column - added, 0)

    @property
    def numbers_cells(self) -> bool:
        """Whether positions are in cells (a Jupyter notebook), not in the file's lines."""
        return any(cell for cell, _, _ in self.rows)

    def text_position(self, cell: int, line: int, column: int) -> tuple[int, int] | None:
        """The position in the Python text of a position in a cell (None: not in the text)."""
        # The line before a cell (a separator, the first line) is placed at the cell's start
        # too: the cell's own first line is the last with that place.
        for number in range(len(self.rows), 0, -1):
            at_cell, row, added = self.rows[number - 1]
            if (at_cell, row) == (cell, line):
                return number, column + added
        return None

    def file_position(self, line: int, column: int) -> tuple[int, int]:
        """``(line, column)`` of a position in the Python text, in the notebook's own text (for
        tools that show the file as it is: code scanning, CI annotations)."""
        if not self.in_file or not self.rows:
            _, row, column = self.position(line, column)
            return row, column
        at = min(max(line, 1), len(self.rows)) - 1
        file_line, start = self.in_file[at]
        return file_line, start + max(column - self.rows[at][2], 0)


@dataclass(frozen=True, slots=True)
class Source:
    """A Python module: its text is its own, and nothing maps."""

    path: Path
    content: str  # the file's text, as read
    text: str  # the Python text of the file's own module

    @property
    def units(self) -> tuple[Unit, ...]:
        return ()

    @property
    def index(self) -> CellIndex | None:
        return None

    def unit_lines(self, text: str) -> frozenset[int]:
        """The lines of ``text`` (this source's Python text, maybe fixed) that stand for its
        units: what is found there is the units' business."""
        return frozenset()

    def rebuilt(self, text: str, units: Sequence[str] = ()) -> str:
        """The file's text once its module reads ``text`` and its units ``units``."""
        return text

    def changes(self, content: str) -> list[tuple[str | None, str, str]]:
        """What differs between the file and ``content`` (a text ``rebuilt`` returned), as
        ``(part, before, after)``; ``part`` names a cell (``"cell 3"``), or is None for the file."""
        return [(None, self.content, content)] if content != self.content else []


def load(path: Path, data: bytes) -> Source:
    """The source of the file at ``path`` holding ``data``.

    Raises ``SourceError`` (a notebook that is not one), or ``UnreadableSource`` (a Python file
    CPython would refuse).
    """
    if path.suffix == NOTEBOOK_SUFFIX:
        from siglint.sources.jupyter import JupyterSource

        return JupyterSource.read(path, data)
    from siglint.sources.python import read_python

    return from_text(path, read_python(data))


def from_text(path: Path, content: str) -> Source:
    """The source of the file at ``path`` holding the (decoded) text ``content``."""
    if path.suffix == NOTEBOOK_SUFFIX:
        from siglint.sources.jupyter import JupyterSource

        return JupyterSource.read(path, content.encode("utf-8", "surrogatepass"))
    if content.lstrip("\ufeff").startswith(DATABRICKS_HEADER):
        from siglint.sources.databricks import DatabricksSource

        return DatabricksSource.read(path, content)
    return Source(path, content, content)


def python_text(path: Path) -> str | None:
    """The Python text of the file at ``path`` (what an import or ``%run`` of it reads), or None
    when it cannot be read."""
    from siglint.sources.python import UnreadableSource

    try:
        return load(path, path.read_bytes()).text
    except (OSError, SourceError, UnreadableSource):
        return None
