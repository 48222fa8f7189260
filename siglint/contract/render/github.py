"""``--output-format github``: workflow commands that annotate the pull request, one per change
(breaking ones as errors, the others as notices)."""

from __future__ import annotations

from siglint.contract.render import DiffReport, headline
from siglint.output.github import _escape_data, _escape_property


def render(report: DiffReport) -> str:
    lines = []
    for target in report.targets:
        for change in target.changes:
            level = "error" if change.breaking else "notice"
            properties = ",".join(
                f"{key}={_escape_property(str(value))}"
                for key, value in (
                    ("title", f"siglint diff ({change.verdict})"),
                    ("file", target.where.shown),
                    ("line", target.where.file_line or target.where.line),
                )
            )
            message = f"{headline(target, change)} — {change.verdict}"
            lines.append(f"::{level} {properties}::{_escape_data(message)}\n")
    return "".join(lines)
