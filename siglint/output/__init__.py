"""Rendering diagnostics for people and tools: one module per ``--output-format``.

Every format module exposes ``render(reports) -> str``; ``render(format_name, reports)`` picks
the module by name. The formats are Ruff's, field for field where Ruff has them, so tooling that
reads Ruff's output (reviewdog, code-scanning uploads, CI annotations) reads siglint's.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from siglint.diagnostics import Diagnostic, Range
from siglint.sources import CellIndex

FORMATS = ("concise", "full", "json", "json-lines", "sarif", "github", "junit")
DEFAULT_FORMAT = "concise"
# The formats written for people: they end with a summary and can list what --fix changed.
TEXT_FORMATS = ("concise", "full")


@dataclass(frozen=True, slots=True)
class FileReport:
    """One checked file: its name as shown, the Python text the diagnostics point into, and
    findings; for a notebook, where each line of that text lies in its cells."""

    path: str
    source: str
    diagnostics: tuple[Diagnostic, ...]
    fixed: tuple[Diagnostic, ...] = ()  # what --fix changed in this file
    unsafe_fixes: bool = False  # whether this file's settings let --fix apply unsafe fixes
    index: CellIndex | None = None

    def cell_of(self, where: Range) -> tuple[int | None, Range]:
        """The cell a range of ``source`` lies in (None outside a notebook), and the range
        within that cell."""
        if self.index is None:
            return None, where
        cell, line, column = self.index.position(where.line, where.column)
        end_cell, end_line, end_column = self.index.position(where.end_line, where.end_column)
        if end_cell != cell:  # a range running into the next cell ends with its own cell
            end_line, end_column = line, column
        return cell, Range(line, column, end_line, end_column)

    def in_file(self, where: Range) -> Range:
        """A range of ``source`` in the file's own text (a notebook's JSON), for tools that show
        the file as it is."""
        if self.index is None:
            return where
        line, column = self.index.file_position(where.line, where.column)
        end_line, end_column = self.index.file_position(where.end_line, where.end_column)
        return Range(line, column, end_line, end_column)

    def location(self, where: Range) -> str:
        """``path:line:col`` (1-based column), or ``path:cell N:line:col`` in a notebook."""
        cell, where = self.cell_of(where)
        at = f"{where.line}:{where.column + 1}"
        return f"{self.path}:{at}" if cell is None else f"{self.path}:cell {cell}:{at}"


def render(format_name: str, reports: list[FileReport], *, show_fixes: bool = False) -> str:
    """``reports`` in ``format_name``; ``show_fixes`` lists what --fix changed (text formats)."""
    if format_name not in FORMATS:
        raise ValueError(f"unknown output format {format_name!r}")
    # Imported on use: a run needs one format, and format modules import ``FileReport`` from here.
    module = importlib.import_module(f"siglint.output.{format_name.replace('-', '_')}")
    if format_name in TEXT_FORMATS:
        return module.render(reports, show_fixes=show_fixes)
    return module.render(reports)
