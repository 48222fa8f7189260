"""``--output-format sarif``: a SARIF 2.1.0 log with two rules, a breaking and a compatible
signature change, for code scanning."""

from __future__ import annotations

from siglint.contract.render import DiffReport, headline
from siglint.output.sarif import sarif_log

_RULES = {
    "breaking": (
        "breaking-signature-change",
        "error",
        "A request valid under the old signature is now rejected, or means something else.",
    ),
    "compatible": (
        "compatible-signature-change",
        "note",
        "The signature changed, and every request valid before is still accepted.",
    ),
}


def render(report: DiffReport) -> str:
    results = [
        {
            "ruleId": _RULES[change.verdict][0],
            "level": _RULES[change.verdict][1],
            "message": {"text": headline(target, change)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": target.where.shown.replace("\\", "/")},
                        "region": {"startLine": target.where.file_line or target.where.line},
                    }
                }
            ],
        }
        for target in report.targets
        for change in target.changes
    ]
    rules = [{"id": rule, "shortDescription": {"text": text}} for rule, _, text in _RULES.values()]
    return sarif_log(rules, results)
