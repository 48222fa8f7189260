"""Databricks source notebooks: a ``.py`` file starting ``# Databricks notebook source``.

Cells are separated by ``# COMMAND ----------`` lines. A cell in another language, or running a
magic (``%md``, ``%sql``, ``%sh``, ``%pip``, ``%run``, ``%%writefile``), has every line commented
with ``# MAGIC``; a Python cell may still hold raw ``%pip install`` lines, valid there. Positions
stay the file's own: the Python text has the file's lines, the header's replaced by the names
the Databricks runtime defines (``dbutils``, ``spark``, ``display``, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from siglint.sources import CellIndex
from siglint.sources.jupyter import DATABRICKS_NAMES
from siglint.sources.magics import run_target_of, writefile_of
from siglint.sources.notebook import (
    Cell,
    NotebookSource,
    build,
    code_cell,
    lines_of,
    split_cells,
    terminated,
)
from siglint.sources.run import run_import

MAGIC = "# MAGIC"
TITLE = "# DBTITLE"


@dataclass(frozen=True, slots=True)
class DatabricksSource(NotebookSource):
    """A Databricks source notebook."""

    header: str = ""
    separators: tuple[str, ...] = ()

    @property
    def index(self) -> CellIndex | None:
        # A .py file: its lines are the file's own, and so are its columns but in a dedented
        # cell (what a ``# MAGIC`` line adds before its module's text is in the file too).
        rows = tuple((0, line, min(added, 0)) for line, (_, _, added) in enumerate(self.rows, 1))
        return CellIndex(rows)

    @classmethod
    def read(cls, path: Path, content: str) -> DatabricksSource:
        lines = lines_of(content)
        pieces, separators = split_cells(lines[1:])
        cells = [_cell(number, piece) for number, piece in enumerate(pieces, 1)]
        source = build(path, content, DATABRICKS_NAMES, cells, cls)
        return replace(source, header=lines[0], separators=tuple(separators))

    def assemble(self, changed: dict[int, list[str]]) -> str:
        parts = [self.header]
        for position, cell in enumerate(self.cells):
            if position:
                parts.append(self.separators[position - 1])
            parts.extend(changed.get(cell.number, cell.lines))
        return "".join(parts)


def _cell(number: int, lines: list[str]) -> Cell:
    """One cell: Python with its raw magics masked, or a ``# MAGIC`` cell, whose ``%run`` becomes
    a star import and whose ``%%writefile`` is a module of its own."""
    # A cell's title (``# DBTITLE 1,Load the data``) precedes its ``# MAGIC`` lines, if any.
    written = [row for row, line in enumerate(lines) if line.strip() and not _is_title(line)]
    if not written or not all(lines[row].startswith(MAGIC) for row in written):
        return code_cell(number, lines)
    first = written[0]
    magic = lines[first][len(MAGIC) :].strip()
    writefile = writefile_of(magic)
    if writefile is not None:
        # The module runs to the cell's last ``# MAGIC`` line (a blank line within is its own).
        end = written[-1] + 1
        return Cell(
            number, tuple(lines), terminated(lines), writefile, (first + 1, end), f"{MAGIC} "
        )
    python = list(lines)
    for row, line in enumerate(lines):
        target = run_target_of(line[len(MAGIC) :].strip()) if line.startswith(MAGIC) else None
        if target is not None:
            python[row] = f"{run_import(target)}\n"
    return Cell(number, tuple(lines), terminated(python))


def _is_title(line: str) -> bool:
    return line.startswith(TITLE)
