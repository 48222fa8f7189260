"""``--output-format json-lines``: the ``json`` format's objects, one per line."""

from __future__ import annotations

import json

from siglint.output import FileReport
from siglint.output.json import diagnostic_json


def render(reports: list[FileReport]) -> str:
    return "".join(
        json.dumps(diagnostic_json(report, d), ensure_ascii=False) + "\n"
        for report in reports
        for d in report.diagnostics
    )
