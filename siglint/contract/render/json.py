"""``--output-format json``: every change, with the model it belongs to."""

from __future__ import annotations

import json

from siglint.contract.collect import Found
from siglint.contract.render import DiffReport


def render(report: DiffReport) -> str:
    items = [
        {
            "path": target.where.shown,
            "line": target.where.line,
            "cell": target.where.cell,
            "name": target.where.qualname,
            "kind": target.where.kind,
            "before": _place(target.old),
            "part": change.part,
            "field": change.field,
            "change": change.what,
            "verdict": change.verdict,
        }
        for target in report.targets
        for change in target.changes
    ]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def _place(found: Found | None) -> dict | None:
    if found is None:
        return None
    return {"path": found.shown, "line": found.line, "cell": found.cell, "name": found.qualname}
