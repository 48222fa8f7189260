"""``--output-format concise``: one line per change, then a summary."""

from __future__ import annotations

from siglint.contract.render import DiffReport, headline, summary


def render(report: DiffReport) -> str:
    """``model.py:14: Router input [].team: new required field (string) — breaking``."""
    lines = [
        f"{target.where.place}: {headline(target, change)} — {change.verdict}"
        for target in report.targets
        for change in target.changes
    ]
    return "".join(f"{line}\n" for line in [*lines, summary(report)])
