"""``--output-format json``: one JSON array, an object per finding with Ruff's field names."""

from __future__ import annotations

import json
from typing import Any

from siglint.diagnostics import Diagnostic
from siglint.output import FileReport
from siglint.rules.registry import find


def render(reports: list[FileReport]) -> str:
    items = [diagnostic_json(report, d) for report in reports for d in report.diagnostics]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def diagnostic_json(report: FileReport, diagnostic: Diagnostic) -> dict[str, Any]:
    """Ruff's object: 1-based columns, the fix with its edits, the row a ``# noqa`` goes on."""
    where = diagnostic.range
    spec = find(diagnostic.code)
    return {
        "code": diagnostic.code,
        "name": diagnostic.name,
        "message": diagnostic.message,
        "severity": diagnostic.severity.value,
        "filename": report.path,
        "location": {"row": where.line, "column": where.column + 1},
        "end_location": {"row": where.end_line, "column": where.end_column + 1},
        "fix": diagnostic.fix.to_json() if diagnostic.fix is not None else None,
        "noqa_row": where.line,
        "url": spec.url if spec is not None else None,
    }
