"""``--output-format markdown``: a table for a pull-request comment."""

from __future__ import annotations

from siglint.contract.render import DiffReport, summary


def render(report: DiffReport) -> str:
    lines = [f"### Model signatures since `{_cell(report.base)}`", ""]
    rows = [
        (
            ":x: breaking" if change.breaking else ":white_check_mark: compatible",
            f"`{target.where.place}`",
            f"`{target.where.qualname}`",
            change.part,
            f"`{change.field}`" if change.field else "",
            change.what,
        )
        for target in report.targets
        for change in target.changes
    ]
    if rows:
        lines += [
            "| Verdict | Where | Model | Part | Field | Change |",
            "| --- | --- | --- | --- | --- | --- |",
            *("| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows),
            "",
        ]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    # A pipe ends a cell even inside backticks; a line break ends the row.
    return text.replace("|", "\\|").replace("\n", " ")
