"""What Jupyter and Databricks notebooks share: code cells joined into one module, and split again.

The Python text of a notebook is a first line (names the notebook's kernel defines, or the
Databricks header's place), then each code cell's masked lines, cells separated by Databricks'
own ``# COMMAND ----------`` line. The masked lines of a cell are as many as its own, so a line
of the text is a line of a cell. When fixes changed the text, it is split again at the separator
lines, and each changed cell gets its own lines back where fixes left them alone (its magics).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import zip_longest
from pathlib import Path

from siglint.sources import CellIndex, Source, SourceError, Unit
from siglint.sources.magics import WriteFile, mask_cell, parses

SEPARATOR = "# COMMAND ----------"
# A future import on one line (a parenthesised one over several is left as it is).
_FUTURE = re.compile(r"from[ \t]+__future__[ \t]+import[ \t]+([\w, \t]+?)[ \t]*(?:#.*)?\r?\n?$")


def lines_of(text: str) -> list[str]:
    """The lines of ``text``, each with its own ending (``\\n``, ``\\r\\n`` or a lone ``\\r``)."""
    return io.StringIO(text, newline="").readlines()


def split_cells(lines: list[str]) -> tuple[list[list[str]], list[str]]:
    """``lines`` split at the separator lines: the lines of each cell, and the separators."""
    pieces: list[list[str]] = [[]]
    separators: list[str] = []
    for line in lines:
        if line.rstrip("\r\n") == SEPARATOR:
            separators.append(line)
            pieces.append([])
        else:
            pieces[-1].append(line)
    return pieces, separators


@dataclass(frozen=True, slots=True)
class Cell:
    """One code cell: its lines as written, and as Python (as many, each ending a line).

    A ``%%writefile`` cell's module spans its lines ``module[0]`` to ``module[1]`` (excluded),
    each after ``prefix`` (``# MAGIC `` in a Databricks source).
    """

    number: int
    lines: tuple[str, ...]
    python: tuple[str, ...]
    writefile: WriteFile | None = None
    module: tuple[int, int] = (0, 0)
    prefix: str = ""
    indent: str = ""  # what IPython takes off each line (that of the first line)
    # The cell does not parse: its Python lines are blank, its own text (``own``) is a unit (a
    # SyntaxError stops this cell alone; the notebook's other cells still run).
    broken: bool = False
    own: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NotebookSource(Source):
    """A notebook: its cells, and the first line of its Python text."""

    first_line: str = "\n"
    cells: tuple[Cell, ...] = ()
    rows: tuple[tuple[int, int, int], ...] = ()  # see ``CellIndex``
    modules: tuple[Unit, ...] = ()
    in_file: tuple[tuple[int, int], ...] = ()  # see ``CellIndex``
    broken: tuple[Unit, ...] = ()  # the cells that do not parse, each as its own text

    @property
    def units(self) -> tuple[Unit, ...]:
        return self.modules + self.broken

    @property
    def index(self) -> CellIndex | None:
        return CellIndex(self.rows, self.in_file)

    def unit_lines(self, text: str) -> frozenset[int]:
        if not self.units:
            return frozenset()
        found: set[int] = set()
        cell = 0
        for number, line in enumerate(lines_of(text)[1:], 2):
            if line.rstrip("\r\n") == SEPARATOR:
                cell += 1
            elif cell < len(self.cells) and (
                self.cells[cell].writefile is not None or self.cells[cell].broken
            ):
                found.add(number)
        return frozenset(found)

    def rebuilt(self, text: str, units: tuple[str, ...] | list[str] = ()) -> str:
        changed = self.changed_cells(text, units)
        return self.content if not changed else self.assemble(changed)

    def assemble(self, changed: dict[int, list[str]]) -> str:
        """The file with the cells numbered in ``changed`` holding those lines."""
        raise NotImplementedError

    def changed_cells(self, text: str, units: tuple[str, ...] | list[str]) -> dict[int, list[str]]:
        """The lines of each cell that ``text`` (and ``units``, the new texts of this source's
        units, in order) changes, by cell number."""
        lines = lines_of(text)
        if not lines or lines[0] != self.first_line:
            raise SourceError("a fix changed the notebook's first line")
        pieces, _ = split_cells(lines[1:])
        if len(pieces) != len(self.cells):
            raise SourceError("a fix moved a cell boundary")
        changed: dict[int, list[str]] = {}
        # The modules in the order of their cells (two cells may write the same path).
        written = zip_longest(self.modules, units)
        for cell, piece in zip(self.cells, pieces, strict=True):
            if cell.writefile is not None:
                if tuple(piece) != cell.python:
                    raise SourceError(f"a fix changed the text of cell {cell.number}")
                old, new = next(written)
                if new is not None and new != old.text:
                    changed[cell.number] = self._written(cell, new)
            elif tuple(piece) != cell.python:
                changed[cell.number] = _restored(cell, piece)
        return changed

    def _written(self, cell: Cell, text: str) -> list[str]:
        """The cell holding ``text`` as its ``%%writefile`` module."""
        start, end = cell.module
        module = [
            f"{cell.prefix}{line}" if line.strip("\r\n") else f"{cell.prefix.rstrip()}{line}"
            for line in lines_of(text)
        ]
        if module:
            module[-1] = _ended(module[-1])
        return [*cell.lines[:start], *module, *cell.lines[end:]]


def code_cell(number: int, lines: list[str]) -> Cell:
    """A code cell, its magics masked and, as IPython does, the indentation of its first line
    taken off every line that has it."""
    first = next((line for line in lines if line.strip()), "")
    indent = first[: len(first) - len(first.lstrip(" \t"))]
    own = [line[len(indent) :] if line.startswith(indent) else line for line in lines]
    python = terminated(mask_cell(own))
    if parses("".join(python)):
        return Cell(number, tuple(lines), python, indent=indent)
    blank = tuple(line[len(line.rstrip("\r\n")) :] for line in python)
    return Cell(number, tuple(lines), blank, indent=indent, broken=True, own=python)


def build(
    path: Path, content: str, first_line: str, cells: list[Cell], source_class: type
) -> NotebookSource:
    """The notebook's Python text, where each line comes from, and its ``%%writefile`` modules.

    IPython compiles each cell alone, a ``from __future__`` import included, and keeps its
    effect for the cells that follow; a module takes it on its first line only: there it goes.
    """
    cells, features = _futures_hoisted(cells)
    if features:
        first_line = f"from __future__ import {', '.join(features)}; {first_line}"
    text = [first_line]
    first_cell = cells[0].number if cells else 1
    rows: list[tuple[int, int, int]] = [(first_cell, 1, len(first_line))]
    units: list[Unit] = []
    broken: list[Unit] = []
    for position, cell in enumerate(cells):
        if position:
            text.append(f"{SEPARATOR}\n")
            rows.append((cell.number, 1, 0))
        start = len(rows) + 1  # the text's line holding the cell's first
        added = [-len(cell.indent) if line.startswith(cell.indent) else 0 for line in cell.lines]
        if cell.writefile is not None:
            module_rows = range(*cell.module)
            for k in module_rows:
                added[k] = len(cell.python[k]) - len(_module_line(cell, k))
            units.append(
                Unit(
                    _module_path(path, cell.writefile.path),
                    "".join(_module_line(cell, k) for k in module_rows),
                    tuple((start + k, added[k]) for k in module_rows),
                )
            )
        if cell.broken:
            rows_of_cell = tuple((start + k, 0) for k in range(len(cell.own)))
            broken.append(Unit(path, "".join(cell.own), rows_of_cell))
        text.extend(cell.python)
        rows.extend((cell.number, k + 1, added[k]) for k in range(len(cell.python)))
    return source_class(
        path,
        content,
        "".join(text),
        first_line,
        tuple(cells),
        tuple(rows),
        tuple(units),
        broken=tuple(broken),
    )


def _futures_hoisted(cells: list[Cell]) -> tuple[list[Cell], list[str]]:
    """The cells with their ``from __future__`` imports commented out, and the features."""
    features: list[str] = []
    hoisted = []
    for cell in cells:
        python = list(cell.python)
        if cell.writefile is None:
            for row, line in enumerate(python):
                match = _FUTURE.match(line)
                if match is not None:
                    features += [f.strip() for f in match.group(1).split(",") if f.strip()]
                    python[row] = f"#{line}"
        hoisted.append(
            cell if tuple(python) == cell.python else replace(cell, python=tuple(python))
        )
    return hoisted, list(dict.fromkeys(features))


def _module_line(cell: Cell, row: int) -> str:
    line = cell.lines[row]
    if cell.prefix:
        stripped = cell.prefix.rstrip()
        if line.startswith(cell.prefix):
            line = line[len(cell.prefix) :]
        elif line.startswith(stripped):  # ``# MAGIC`` alone
            line = line[len(stripped) :]
    return _ended(line)


def _module_path(notebook: Path, written: str) -> Path:
    return (notebook.parent / Path(written).expanduser()).absolute()


def _restored(cell: Cell, python: list[str]) -> list[str]:
    """The cell's lines once its Python lines read ``python``: lines fixes left alone are taken
    back as written (a magic stays a magic); a line a fix touched is taken as fixed."""
    own = terminated(cell.lines)
    result: list[str] = []
    matcher = SequenceMatcher(None, cell.python, python, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result.extend(own[i1:i2])
        else:
            result.extend(
                f"{cell.indent}{line}" if line.strip() else line for line in python[j1:j2]
            )
    if cell.lines and not cell.lines[-1].endswith(("\n", "\r")) and result:
        result[-1] = result[-1].rstrip("\r\n")
    return result


def terminated(lines: Iterable[str]) -> tuple[str, ...]:
    """``lines`` with the last one ending in a line break too, as the joined text needs."""
    return tuple(_ended(line) for line in lines)


def _ended(line: str) -> str:
    """``line`` ending in a line break (``\\n`` added when it has none)."""
    return line if line.endswith(("\n", "\r")) else f"{line}\n"
