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
        lines = split_lines(report.source)
        blocks.extend(_diagnostic(report, diagnostic, lines) for diagnostic in report.diagnostics)
    fixed = fixed_summary(reports) if show_fixes else ""
    if fixed:
        blocks.append(fixed)
    return "".join(f"{block}\n" for block in blocks) + summary(reports)


def _diagnostic(report: FileReport, diagnostic: Diagnostic, lines: list[str]) -> str:
    where = diagnostic.range
    fix = diagnostic.fix
    snippet = _numbered(report, _snippet(diagnostic, lines))
    diff = _numbered(report, _diff(report.source, diagnostic)) if fix is not None else []
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


def _snippet(diagnostic: Diagnostic, lines: list[str]) -> list[_Row]:
    """The flagged lines with carets under the flagged text, and a line of context each side."""
    where = diagnostic.range
    if not 1 <= where.line <= len(lines):
        return []
    last = min(where.end_line, len(lines))
    flagged = list(range(where.line, last + 1))
    if len(flagged) > _MAX_LINES:
        half = _MAX_LINES // 2
        flagged = [*flagged[:half], 0, *flagged[-half:]]  # 0 marks the elided middle
    before = [
        n for n in range(where.line - _CONTEXT, where.line) if n >= 1 and lines[n - 1].strip()
    ]
    after = [
        n for n in range(last + 1, last + 1 + _CONTEXT) if n <= len(lines) and lines[n - 1].strip()
    ]
    rows: list[_Row] = [_source_row(n, lines) for n in before]
    for number in flagged:
        if number == 0:
            rows.append(("", ":", ""))
            continue
        rows.append(_source_row(number, lines))
        underline = _underline(diagnostic, number, lines[number - 1])
        if underline:
            rows.append(("", "|", underline))
    rows.extend(_source_row(n, lines) for n in after)
    return rows


def _source_row(number: int, lines: list[str]) -> _Row:
    return str(number), "|", lines[number - 1].expandtabs(_TAB_WIDTH)


def _underline(diagnostic: Diagnostic, number: int, line: str) -> str:
    """Carets under the part of ``line`` (number ``number``) that ``diagnostic`` covers."""
    where = diagnostic.range
    start = where.column if number == where.line else len(line) - len(line.lstrip())
    end = where.end_column if number == where.end_line else len(line)
    if end <= start:
        if where.line != where.end_line:
            return ""
        end = start + 1  # an empty range still points somewhere
    # Measured on the tab-expanded text, as the line is shown.
    offset = len(line[:start].expandtabs(_TAB_WIDTH))
    length = max(len(line[:end].expandtabs(_TAB_WIDTH)) - offset, 1)
    return " " * offset + "^" * length


def _diff(source: str, diagnostic: Diagnostic) -> list[_Row]:
    """The lines the fix changes: removed ones with ``-``, new ones with ``+`` and their numbers."""
    assert diagnostic.fix is not None
    try:
        fixed = apply_edits(source, diagnostic.fix.edits)
    except ValueError:
        return []
    old, new = split_lines(source), split_lines(fixed)
    rows: list[_Row] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for index, group in enumerate(matcher.get_grouped_opcodes(_CONTEXT)):
        if index:
            rows.append(("", ":", ""))
        for tag, old_start, old_end, new_start, new_end in group:
            if tag == "equal":
                rows.extend((str(n + 1), "|", new[n]) for n in range(new_start, new_end))
                continue
            rows.extend(("", "-", old[n]) for n in range(old_start, old_end))
            rows.extend((str(n + 1), "+", new[n]) for n in range(new_start, new_end))
    return [(number, sign, text.expandtabs(_TAB_WIDTH)) for number, sign, text in rows]


def _layout(rows: list[_Row], width: int) -> list[str]:
    """``rows`` framed by empty gutter lines, line numbers right-aligned to ``width``."""
    if not rows:
        return []
    framed = [("", "|", ""), *rows, ("", "|", "")]
    return [
        f"{number:>{width}} {sign} {text}" if text else f"{number:>{width}} {sign}"
        for number, sign, text in framed
    ]
