"""Checking and fixing a source: each module it holds, its findings placed in the source's text.

The engine checks Python text; this is where a source's modules are handed to it one by one (the
``%%writefile`` modules first, so that a ``log_model(python_model="agent.py")`` of the notebook
finds them), and where their findings are moved to the lines of the notebook that hold them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from siglint.diagnostics import Diagnostic, Edit, Fix, Range
from siglint.fixes import FixResult
from siglint.sources import Source, SourceError, Unit, from_text

Check = Callable[[str, Path], Sequence[Diagnostic]]
# Fix a module's text until stable: (text, the module's path, its check) -> result.
FixText = Callable[[str, Path, Callable[[str], Sequence[Diagnostic]]], FixResult]


@dataclass(frozen=True, slots=True)
class FixedSource:
    """A source after ``fix_source``: the file's new text, and what was fixed and remains."""

    source: Source  # the source the new text reads as
    content: str  # the file's new text (its old one when nothing was fixed)
    fixed: tuple[Diagnostic, ...]
    diagnostics: tuple[Diagnostic, ...]
    notes: tuple[str, ...]


def check_source_units(source: Source, check: Check) -> tuple[Diagnostic, ...]:
    """The findings of every module of ``source``, placed in its Python text."""
    units = [(unit, check(unit.text, unit.path)) for unit in source.units]
    return _gathered(source, check(source.text, source.path), units)


def fix_source(source: Source, fix: FixText, check: Check) -> FixedSource:
    """Fix each module of ``source`` until stable (its ``%%writefile`` modules first), and write
    them back into the file's text; a source that cannot take the fixes keeps its text."""
    unit_results = [fix(u.text, u.path, _checking(check, u.path)) for u in source.units]

    def check_own(text: str) -> list[Diagnostic]:
        foreign = source.unit_lines(text)
        return [d for d in check(text, source.path) if d.range.line not in foreign]

    main = fix(source.text, source.path, check_own)
    notes = tuple(note for result in [*unit_results, main] for note in result.notes)
    fixed = _gathered(
        source,
        main.fixed,
        [(u, r.fixed) for u, r in zip(source.units, unit_results, strict=True)],
    )
    try:
        content = source.rebuilt(main.text, [r.text for r in unit_results])
        fixed_source = from_text(source.path, content)
    except SourceError as error:
        note = f"{source.path}: fixes not applied: {error}"
        return FixedSource(
            source, source.content, (), check_source_units(source, check), (*notes, note)
        )
    if fixed_source.text == main.text and [u.text for u in fixed_source.units] == [
        r.text for r in unit_results
    ]:
        units = [(u, r.diagnostics) for u, r in zip(fixed_source.units, unit_results, strict=True)]
        diagnostics = _gathered(fixed_source, main.diagnostics, units)
    else:  # the file reads back differently than it was fixed (a line that now looks magic)
        diagnostics = check_source_units(fixed_source, check)
    return FixedSource(fixed_source, content, fixed, diagnostics, notes)


def in_file(source: Source, diagnostics: Sequence[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Diagnostics of ``source``'s Python text placed in the file's own text, for a front end
    that shows the file as text (the language server): the lines of a Databricks source are the
    file's, but a dedented cell's columns are not."""
    index = source.index
    if index is None:
        return tuple(diagnostics)

    def moved(where: Range) -> Range:
        line, column = index.file_position(where.line, where.column)
        end_line, end_column = index.file_position(where.end_line, where.end_column)
        return Range(line, column, end_line, end_column)

    placed = []
    for d in diagnostics:
        fix = d.fix
        if fix is not None:
            fix = replace(fix, edits=tuple(replace(e, range=moved(e.range)) for e in fix.edits))
        placed.append(replace(d, range=moved(d.range), fix=fix))
    return tuple(placed)


def _checking(check: Check, path: Path) -> Callable[[str], Sequence[Diagnostic]]:
    return lambda text: check(text, path)


def unit_range(unit: Unit, where: Range) -> Range:
    """A range of ``unit``'s text, as a range of the text of the source holding it."""
    line, column = _moved(unit, where.line, where.column)
    end_line, end_column = _moved(unit, where.end_line, where.end_column)
    return Range(line, column, end_line, end_column)


def _gathered(
    source: Source,
    own: Sequence[Diagnostic],
    units: Sequence[tuple[Unit, Sequence[Diagnostic]]],
) -> tuple[Diagnostic, ...]:
    # A ``%%writefile`` cell is comments in the notebook's text: what is said of its lines there
    # (an unused suppression) is the module's business, said when the module is checked.
    foreign = source.unit_lines(source.text)
    found = [d for d in own if d.range.line not in foreign]
    found += [placed(unit, d) for unit, diagnostics in units for d in diagnostics]
    return tuple(sorted(found, key=lambda d: (d.range, d.code, d.message)))


def placed(unit: Unit, diagnostic: Diagnostic) -> Diagnostic:
    """A finding in ``unit``'s text, placed in the text of the source holding it."""
    fix = diagnostic.fix
    if fix is not None:
        edits = tuple(Edit(unit_range(unit, e.range), e.content) for e in fix.edits)
        fix = Fix(fix.title, fix.applicability, edits)
    return replace(diagnostic, range=unit_range(unit, diagnostic.range), fix=fix)


def _moved(unit: Unit, line: int, column: int) -> tuple[int, int]:
    if not unit.rows:
        return line, column
    if line > len(unit.rows):  # the end of the module's text: the end of its last line
        return unit.rows[-1][0] + 1, 0
    row, added = unit.rows[max(line, 1) - 1]
    return row, column + added
