"""``--output-format concise`` (the default): one line per finding, then the summary."""

from __future__ import annotations

from siglint.output import FileReport
from siglint.output.summary import fix_marker, fixed_summary, summary


def render(reports: list[FileReport], *, show_fixes: bool = False) -> str:
    """``path:line:col: CODE [*] message`` lines (1-based columns), then Ruff's summary."""
    lines = [
        f"{report.location(d.range)}: {d.code} {fix_marker(report, d)}{d.message}\n"
        for report in reports
        for d in report.diagnostics
    ]
    fixed = fixed_summary(reports) if show_fixes else ""
    if fixed:
        lines.append(f"\n{fixed}\n")
    return "".join(lines) + summary(reports)
