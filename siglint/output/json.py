"""``--output-format json``: one JSON array, an object per finding with Ruff's field names."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from siglint.diagnostics import Diagnostic
from siglint.output import FileReport
from siglint.rules.registry import find


def render(reports: list[FileReport]) -> str:
    items = [diagnostic_json(report, d) for report in reports for d in report.diagnostics]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def diagnostic_json(report: FileReport, diagnostic: Diagnostic) -> dict[str, Any]:
    """Ruff's object: 1-based columns, the fix with its edits, the row a ``# noqa`` goes on; in a
    notebook, the cell (numbered from 1, every cell counted) and positions within it."""
    cell, where = report.cell_of(diagnostic.range)
    spec = find(diagnostic.code)
    fix = diagnostic.fix
    if fix is not None and report.index is not None:
        edits = tuple(replace(e, range=report.cell_of(e.range)[1]) for e in fix.edits)
        fix = replace(fix, edits=edits)
    return {
        "cell": cell,
        "code": diagnostic.code,
        "name": diagnostic.name,
        "message": diagnostic.message,
        "severity": diagnostic.severity.value,
        "filename": report.path,
        **where.to_json(),
        "fix": fix.to_json() if fix is not None else None,
        "noqa_row": where.line,
        "url": spec.url if spec is not None else None,
        # Not in Ruff's object: where, in another file, what breaks the model happens.
        **({"related": [r.to_json() for r in diagnostic.related]} if diagnostic.related else {}),
    }
