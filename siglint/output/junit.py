"""``--output-format junit``: JUnit XML, a test suite per file and a failed test case per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import PurePath

from siglint.output import FileReport


def render(reports: list[FileReport]) -> str:
    """Ruff's layout; with no findings at all, one passing case so the report is not empty."""
    failing = [report for report in reports if report.diagnostics]
    total = sum(len(report.diagnostics) for report in failing)
    root = ET.Element("testsuites", _counts("siglint", max(total, 1), total))
    for report in failing:
        suite = ET.SubElement(
            root,
            "testsuite",
            _counts(report.path, len(report.diagnostics), len(report.diagnostics)),
        )
        suite.set("package", "siglint")
        classname = str(PurePath(report.path).with_suffix(""))
        for d in report.diagnostics:
            cell, where = report.cell_of(d.range)
            line, column = str(where.line), str(where.column + 1)
            case = ET.SubElement(
                suite,
                "testcase",
                {
                    "name": f"siglint.{d.code}",
                    "classname": classname,
                    "line": line,
                    "column": column,
                },
            )
            properties = ET.SubElement(case, "properties")
            ET.SubElement(properties, "property", {"name": "severity", "value": d.severity.value})
            in_cell = ""
            if cell is not None:  # a notebook: the position is in that cell
                ET.SubElement(properties, "property", {"name": "cell", "value": str(cell)})
                in_cell = f"cell {cell}, "
            failure = ET.SubElement(case, "failure", {"message": d.message})
            failure.text = f"{in_cell}line {line}, col {column}, {d.message}"
    if not failing:
        suite = ET.SubElement(root, "testsuite", _counts("siglint", 1, 0))
        suite.set("package", "siglint")
        ET.SubElement(suite, "testcase", {"name": "No errors found", "classname": "siglint"})
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _counts(name: str, tests: int, failures: int) -> dict[str, str]:
    return {
        "name": name,
        "tests": str(tests),
        "skipped": "0",
        "failures": str(failures),
        "errors": "0",
    }
