"""``--output-format full``: each finding with its source lines underlined and its fix as a diff.

The layout is Ruff's: a header, `` --> path:line:col``, a gutter of line numbers, carets under
the flagged text, then ``help:`` with the fix's title and the lines it changes.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from siglint.diagnostics import Applicability, Diagnostic, Range
from siglint.fixes import apply_edits, split_lines
from siglint.output import FileReport
from siglint.output.summary import fix_marker, fixed_summary, summary

_TAB_WIDTH = 4
_CONTEXT = 1  # lines shown around the flagged ones, and around a fix's changes
_MAX_LINES = 6  # a longer flagged span shows its first and last lines only

_NOTES = {
    Applicability.UNSAFE: "This is an unsafe fix and may change runtime behavior",
    Applicability.DISPLAY_ONLY: "This is a display-only fix and is likely to be incorrect",
}

# One row of the gutter layout: (line number or "", separator, text).
_Row = tuple[str, str, str]


def render(reports: list[FileReport], *, show_fixes: bool = False) -> str:
    blocks = []
    for report in reports:
        lines = _shown(report)
        blocks.extend(_diagnostic(report, diagnostic, lines) for diagnostic in report.diagnostics)
    fixed = fixed_summary(reports) if show_fixes else ""
    if fixed:
        blocks.append(fixed)
    return "".join(f"{block}\n" for block in blocks) + summary(reports)


def _shown(report: FileReport) -> list[str | None]:
    """The lines of ``report.source`` as the file shows them. In a Jupyter notebook, a line is
    shown as its cell holds it (without the ``#`` that masks a ``%%writefile`` cell, or the
    preamble before the first cell's text), and the line a cell's text starts after (a
    separator, the preamble) is no cell's: None, never shown."""
    lines: list[str | None] = list(split_lines(report.source))
    index = report.index
    if index is None or not index.numbers_cells:
        return lines
    rows = index.rows
    for at, (cell, row, added) in enumerate(rows[: len(lines)]):
        lead_in = at + 1 < len(rows) and rows[at + 1][:2] == (cell, row)
        text = lines[at]
        lines[at] = None if lead_in or text is None else _in_cell(text, added)
    return lines


def _in_cell(text: str, added: int) -> str:
    """A line of the Python text as its cell holds it: without the ``added`` columns before the
    cell's own text, or with the indentation taken off a cell indented as a whole (``added``
    negative) put back."""
    return text[added:] if added >= 0 else " " * -added + text


def _added(report: FileReport, number: int) -> int:
    """The columns line ``number`` of the source adds before what ``_shown`` shows of it."""
    index = report.index
    if index is None or not index.numbers_cells or not 1 <= number <= len(index.rows):
        return 0
    return index.rows[number - 1][2]


def _diagnostic(report: FileReport, diagnostic: Diagnostic, lines: list[str | None]) -> str:
    where = diagnostic.range
    fix = diagnostic.fix
    snippet = _numbered(report, _snippet(report, diagnostic, lines))
    diff = _numbered(report, _diff(report, diagnostic, lines)) if fix is not None else []
    width = max((len(number) for number, _, _ in snippet + diff), default=1)
    out = [
        f"{diagnostic.code} {fix_marker(report, diagnostic)}{diagnostic.message}",
        f"{' ' * width}--> {report.location(where)}",
        *_layout(snippet, width),
    ]
    for related in diagnostic.related:  # where, in another file, the problem itself is
        out.append(f"note: {related.message}")
        out.append(
            f"{' ' * width}--> {related.shown()}:{related.range.line}:{related.range.column + 1}"
        )
    if fix is not None:
        out.append(f"help: {fix.title}")
        out.extend(_layout(diff, width))
        if fix.applicability in _NOTES:
            out.append(f"note: {_NOTES[fix.applicability]}")
    return "".join(f"{line}\n" for line in out)


def _numbered(report: FileReport, rows: list[_Row]) -> list[_Row]:
    """The rows with their lines numbered as the file numbers them (in a notebook, in the cell)."""
    if report.index is None:
        return rows
    return [
        (str(report.cell_of(Range(int(n), 0, int(n), 0))[1].line) if n else n, sign, text)
        for n, sign, text in rows
    ]


def _snippet(report: FileReport, diagnostic: Diagnostic, lines: list[str | None]) -> list[_Row]:
    """The flagged lines with carets under the flagged text, and a line of context each side."""
    where = diagnostic.range
    if not 1 <= where.line <= len(lines):
        return []
    last = min(where.end_line, len(lines))
    flagged = [n for n in range(where.line, last + 1) if lines[n - 1] is not None]
    if len(flagged) > _MAX_LINES:
        half = _MAX_LINES // 2
        flagged = [*flagged[:half], 0, *flagged[-half:]]  # 0 marks the elided middle
    before = [n for n in range(where.line - _CONTEXT, where.line) if n >= 1 and _shows(lines, n)]
    after = [
        n for n in range(last + 1, last + 1 + _CONTEXT) if n <= len(lines) and _shows(lines, n)
    ]
    if report.index is not None:  # context from the flagged cell only
        cell = report.cell_of(where)[0]
        before = [n for n in before if report.cell_of(Range(n, 0, n, 0))[0] == cell]
        after = [n for n in after if report.cell_of(Range(n, 0, n, 0))[0] == cell]
    rows: list[_Row] = [_source_row(n, lines) for n in before]
    for number in flagged:
        if number == 0:
            rows.append(("", ":", ""))
            continue
        rows.append(_source_row(number, lines))
        underline = _underline(diagnostic, number, lines[number - 1] or "", _added(report, number))
        if underline:
            rows.append(("", "|", underline))
    rows.extend(_source_row(n, lines) for n in after)
    return rows


def _shows(lines: list[str | None], number: int) -> bool:
    """Whether line ``number`` is worth showing as context: a line of the file, not blank."""
    return bool((lines[number - 1] or "").strip())


def _source_row(number: int, lines: list[str | None]) -> _Row:
    return str(number), "|", (lines[number - 1] or "").expandtabs(_TAB_WIDTH)


def _underline(diagnostic: Diagnostic, number: int, line: str, added: int) -> str:
    """Carets under the part of ``line`` (number ``number``, shown without the ``added``
    columns before it) that ``diagnostic`` covers."""
    where = diagnostic.range
    start = where.column - added if number == where.line else len(line) - len(line.lstrip())
    end = where.end_column - added if number == where.end_line else len(line)
    start, end = max(start, 0), max(end, 0)
    if end <= start:
        if where.line != where.end_line:
            return ""
        end = start + 1  # an empty range still points somewhere
    # Measured on the tab-expanded text, as the line is shown.
    offset = len(line[:start].expandtabs(_TAB_WIDTH))
    length = max(len(line[:end].expandtabs(_TAB_WIDTH)) - offset, 1)
    return " " * offset + "^" * length


def _diff(report: FileReport, diagnostic: Diagnostic, shown: list[str | None]) -> list[_Row]:
    """The lines the fix changes: removed ones with ``-``, new ones with ``+`` and their numbers,
    each shown as ``shown`` (``_shown(report)``) shows the line of the source it stands at."""
    assert diagnostic.fix is not None
    source = report.source
    try:
        fixed = apply_edits(source, diagnostic.fix.edits)
    except ValueError:
        return []
    old, new = split_lines(source), split_lines(fixed)

    def row(number: str, sign: str, text: str, at: int) -> list[_Row]:
        at = min(max(at, 0), len(old) - 1)  # the line of the source ``text`` stands at
        if at >= 0 and shown[at] is None:
            return []
        return [(number, sign, _in_cell(text, _added(report, at + 1)).expandtabs(_TAB_WIDTH))]

    rows: list[_Row] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for index, group in enumerate(matcher.get_grouped_opcodes(_CONTEXT)):
        if index:
            rows.append(("", ":", ""))
        for tag, old_start, old_end, new_start, new_end in group:
            if tag == "equal":
                for n in range(new_start, new_end):
                    rows += row(str(n + 1), "|", new[n], old_start + n - new_start)
                continue
            for n in range(old_start, old_end):
                rows += row("", "-", old[n], n)
            for n in range(new_start, new_end):
                rows += row(str(n + 1), "+", new[n], min(old_start + n - new_start, old_end - 1))
    return rows


def _layout(rows: list[_Row], width: int) -> list[str]:
    """``rows`` framed by empty gutter lines, line numbers right-aligned to ``width``."""
    if not rows:
        return []
    framed = [("", "|", ""), *rows, ("", "|", "")]
    return [
        f"{number:>{width}} {sign} {text}" if text else f"{number:>{width}} {sign}"
        for number, sign, text in framed
    ]
