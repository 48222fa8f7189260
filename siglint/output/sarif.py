"""``--output-format sarif``: a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.

Rules are described from the registry (its summary and documentation), results point at
1-based regions, and fixes travel as SARIF ``fixes`` with their replacements.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from siglint import __version__
from siglint.diagnostics import Diagnostic, Range, Severity
from siglint.output import FileReport
from siglint.rules.registry import Rule, find

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_WHAT_IT_DOES = re.compile(r"^#+\s*What it does\s*$\n(.*?)(?=^#+\s|\Z)", re.M | re.S)


def render(reports: list[FileReport]) -> str:
    codes = sorted({d.code: d for report in reports for d in report.diagnostics}.items())
    index = {code: position for position, (code, _) in enumerate(codes)}
    results = [_result(report, d, index[d.code]) for report in reports for d in report.diagnostics]
    return sarif_log([_rule(code, d) for code, d in codes], results)


def sarif_log(rules: list[dict[str, Any]], results: list[dict[str, Any]]) -> str:
    """A SARIF log of one siglint run (``siglint diff`` writes one too)."""
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "siglint", "version": __version__, "rules": rules}},
                # Our columns count code points; SARIF's default unit is UTF-16 code units.
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(code: str, example: Diagnostic) -> dict[str, Any]:
    """The rule's description from the registry (or just its code and name if not registered)."""
    spec = find(code)
    if spec is None:
        return {"id": code, "name": example.name}
    described: dict[str, Any] = {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": _what_it_does(spec)},
        "help": {"text": spec.doc, "markdown": spec.doc},
        "defaultConfiguration": {"level": _LEVELS[spec.severity]},
    }
    if spec.url is not None:  # an absolute URI, as SARIF requires, or nothing
        described["helpUri"] = spec.url
    return described


def _what_it_does(spec: Rule) -> str:
    found = _WHAT_IT_DOES.search(spec.doc)
    return found.group(1).strip() if found else spec.summary


def _result(report: FileReport, diagnostic: Diagnostic, rule_index: int) -> dict[str, Any]:
    artifact = {"uri": _uri(report.path)}
    result: dict[str, Any] = {
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": _LEVELS[diagnostic.severity],
        "message": {"text": diagnostic.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": _region(report.in_file(diagnostic.range)),
                }
            }
        ],
    }
    if diagnostic.related:
        result["relatedLocations"] = [
            {
                "id": index,
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(related.shown())},
                    "region": _region(related.range),
                },
                "message": {"text": related.message},
            }
            for index, related in enumerate(diagnostic.related)
        ]
    # A notebook's fix edits its Python text: in the notebook's JSON it would need escaping.
    if diagnostic.fix is not None and report.index is None:
        result["fixes"] = [
            {
                "description": {"text": diagnostic.fix.title},
                "artifactChanges": [
                    {
                        "artifactLocation": artifact,
                        "replacements": [
                            {
                                "deletedRegion": _region(report.in_file(edit.range)),
                                "insertedContent": {"text": edit.content},
                            }
                            for edit in diagnostic.fix.edits
                        ],
                    }
                ],
            }
        ]
    return result


def _region(where: Range) -> dict[str, int]:
    """1-based lines and columns; ``endColumn`` is the column just past the region, as in SARIF."""
    return {
        "startLine": where.line,
        "startColumn": where.column + 1,
        "endLine": where.end_line,
        "endColumn": where.end_column + 1,
    }


def _uri(path: str) -> str:
    """A relative path stays a relative URI reference (code scanning resolves it from the root)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    # A file name that is not UTF-8 (its bytes kept as surrogates) is quoted byte for byte.
    return quote(pure.as_posix(), errors="surrogateescape")
