"""``--output-format github``: GitHub Actions workflow commands that annotate the pull request."""

from __future__ import annotations

from siglint.diagnostics import Diagnostic, Severity
from siglint.output import FileReport

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(reports: list[FileReport]) -> str:
    """``::error title=siglint (CODE),file=…,line=…,col=…,endLine=…,endColumn=…::CODE message``."""
    lines = []
    for report in reports:
        for d in report.diagnostics:
            where = report.in_file(d.range)
            properties = ",".join(
                f"{key}={_escape_property(str(value))}"
                for key, value in (
                    ("title", f"siglint ({d.code}{_cell(report, d)})"),
                    ("file", report.path),
                    ("line", where.line),
                    ("col", where.column + 1),
                    ("endLine", where.end_line),
                    ("endColumn", where.end_column + 1),
                )
            )
            lines.append(
                f"::{_LEVELS[d.severity]} {properties}::{_escape_data(f'{d.code} {d.message}')}\n"
            )
    return "".join(lines)


def _cell(report: FileReport, diagnostic: Diagnostic) -> str:
    """`` in cell 3`` for a finding in a notebook (whose line is the notebook's JSON line)."""
    cell, _ = report.cell_of(diagnostic.range)
    return "" if cell is None else f" in cell {cell}"


def _escape_data(text: str) -> str:
    # The runner's own escaping (toolkit/core command.ts): a newline would end the command.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
