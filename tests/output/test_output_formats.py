"""Every output format against its snapshot, plus the properties tools rely on in each."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace

import pytest

from siglint.diagnostics import Applicability, Diagnostic, Edit, Fix, Range, Severity
from siglint.output import FORMATS, FileReport, render
from siglint.output.statistics import statistics
from siglint.rules import registry

Snapshot = Callable[[str, str], None]

SNAPSHOT_NAMES = {
    "concise": "concise.txt",
    "full": "full.txt",
    "json": "json.json",
    "json-lines": "json-lines.jsonl",
    "sarif": "sarif.json",
    "github": "github.txt",
    "junit": "junit.xml",
}


def test_every_format_has_a_snapshot() -> None:
    assert set(SNAPSHOT_NAMES) == set(FORMATS)


@pytest.mark.parametrize("format_name", FORMATS)
def test_format_snapshot(format_name: str, reports: list[FileReport], snapshot: Snapshot) -> None:
    snapshot(SNAPSHOT_NAMES[format_name], render(format_name, reports))


@pytest.mark.parametrize("format_name", FORMATS)
def test_format_snapshot_without_findings(
    format_name: str, rules: object, snapshot: Snapshot
) -> None:
    clean = [FileReport("clean.py", "x = 1\n", ())]
    snapshot(f"empty-{SNAPSHOT_NAMES[format_name]}", render(format_name, clean))


def test_concise_after_fixes_with_show_fixes(reports: list[FileReport], snapshot: Snapshot) -> None:
    first = reports[0]
    fixed = replace(first, diagnostics=first.diagnostics[:1], fixed=first.diagnostics[1:])
    snapshot("concise-show-fixes.txt", render("concise", [fixed], show_fixes=True))


def test_concise_with_unsafe_fixes_enabled(reports: list[FileReport], snapshot: Snapshot) -> None:
    unsafe = [replace(report, unsafe_fixes=True) for report in reports]
    snapshot("concise-unsafe-fixes.txt", render("concise", unsafe))


def test_statistics_snapshots(reports: list[FileReport], snapshot: Snapshot) -> None:
    snapshot("statistics.txt", statistics(reports))
    snapshot("statistics.json", statistics(reports, as_json=True))


def test_unknown_format_is_refused(reports: list[FileReport]) -> None:
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        render("xml", reports)


def test_concise_columns_are_one_based_and_marker_follows_fix_safety(
    reports: list[FileReport],
) -> None:
    lines = render("concise", reports).splitlines()
    assert lines[0] == (
        "models/sentiment.py:5:1: SIG304 `Review` has no fields: MLflow infers an empty object, "
        "100% of requests fail"
    )
    # The unsafe fix is not applied by --fix, so no marker; the safe one is.
    assert lines[1].startswith("models/sentiment.py:12:45: SIG101 MLflow warns")
    assert lines[2].startswith("models/sentiment.py:12:53: SIG201 [*] The output")
    assert lines[-2:] == [
        "Found 2 errors, 2 warnings and 1 info finding.",
        "[*] 1 fixable with the `--fix` option "
        "(1 hidden fix can be enabled with the `--unsafe-fixes` option).",
    ]


def test_full_underlines_in_code_points_after_expanding_tabs(reports: list[FileReport]) -> None:
    lines = render("full", reports).splitlines()
    header = lines.index(" --> models/traducción.py:5:23")
    shown = lines.index("5 |     def predict(self, é: dict[int, str]):", header)
    carets = lines[shown + 1]
    # Under "dict[int, str]" exactly: the tab shows as 4 columns, "é" counts as one.
    assert carets.index("^") == lines[shown].index("dict[")
    assert carets.count("^") == len("dict[int, str]")


def test_full_shows_the_ends_of_a_long_span() -> None:
    source = "".join(f"line{n}\n" for n in range(1, 13))
    diagnostic = Diagnostic("SIG304", "empty-model", Severity.WARNING, "m", Range(2, 0, 11, 6))
    rows = render("full", [FileReport("long.py", source, (diagnostic,))]).splitlines()
    numbered = [row.split()[0] for row in rows if row[:2].strip().isdigit()]
    assert numbered == ["1", "2", "3", "4", "9", "10", "11", "12"]
    assert "   :" in rows


def test_full_keeps_line_endings_out_of_the_snippet() -> None:
    source = "x: int = 1\r\ny: int = 2\r\n"
    diagnostic = Diagnostic(
        "SIG999",
        "syntax-error",
        Severity.ERROR,
        "bad",
        Range(2, 0, 2, 1),
        Fix("Rename", Applicability.SAFE, (Edit(Range(2, 0, 2, 1), "z"),)),
    )
    text = render("full", [FileReport("crlf.py", source, (diagnostic,))])
    assert "\r" not in text
    assert "2 | y: int = 2\n" in text
    assert "  - y: int = 2\n2 + z: int = 2\n" in text


def test_json_has_ruffs_fields_and_one_based_columns(reports: list[FileReport]) -> None:
    items = json.loads(render("json", reports))
    assert [item["code"] for item in items] == ["SIG304", "SIG101", "SIG201", "SIG998", "SIG104"]
    first_fixable = items[1]
    assert list(first_fixable) == [
        "cell",
        "code",
        "name",
        "message",
        "severity",
        "filename",
        "location",
        "end_location",
        "fix",
        "noqa_row",
        "url",
    ]
    assert first_fixable["location"] == {"row": 12, "column": 45}
    assert first_fixable["end_location"] == {"row": 12, "column": 48}
    assert first_fixable["fix"]["applicability"] == "unsafe"
    assert first_fixable["fix"]["edits"] == [
        {
            "content": "list[str]",
            "location": {"row": 12, "column": 45},
            "end_location": {"row": 12, "column": 48},
        }
    ]
    assert first_fixable["url"] == f"{registry.DOCS_URL}input-not-list.md"
    assert items[0]["fix"] is None
    assert items[2]["url"] is None  # SIG201 is not in the (made-up) registry


def test_json_lines_holds_the_json_objects(reports: list[FileReport]) -> None:
    lines = render("json-lines", reports).splitlines()
    assert [json.loads(line) for line in lines] == json.loads(render("json", reports))


def test_sarif_has_the_required_structure(reports: list[FileReport]) -> None:
    log = json.loads(render("sarif", reports))
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "siglint"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == sorted(set(rule_ids))
    described = next(rule for rule in driver["rules"] if rule["id"] == "SIG101")
    assert described["name"] == "input-not-list"
    assert described["shortDescription"]["text"] == "The input hint is not wrapped in list[...]"
    assert described["fullDescription"]["text"] == (
        "Checks that the input hint of `predict` is a `list[...]`."
    )
    assert described["help"]["markdown"].startswith("## What it does")
    assert described["helpUri"] == f"{registry.DOCS_URL}input-not-list.md"
    assert len(run["results"]) == 5
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        assert result["message"]["text"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"].startswith("models/")
        region = physical["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert (region["endLine"], region["endColumn"]) >= (
            region["startLine"],
            region["startColumn"],
        )
    info = next(result for result in run["results"] if result["ruleId"] == "SIG201")
    assert info["level"] == "note"
    assert info["fixes"][0]["artifactChanges"][0]["replacements"][0] == {
        "deletedRegion": {"startLine": 12, "startColumn": 53, "endLine": 12, "endColumn": 56},
        "insertedContent": {"text": "list[str]"},
    }
    non_ascii = next(result for result in run["results"] if result["ruleId"] == "SIG104")
    uri = non_ascii["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "models/traducci%C3%B3n.py"


def test_github_levels_and_escaping(reports: list[FileReport]) -> None:
    lines = render("github", reports).splitlines()
    assert lines[1] == (
        "::warning title=siglint (SIG101),file=models/sentiment.py,line=12,col=45,endLine=12,"
        "endColumn=48::SIG101 MLflow warns and logs the model without a signature: hints must be "
        "wrapped in list[...]"
    )
    assert lines[2].startswith("::notice title=siglint (SIG201),")
    assert lines[4].startswith("::error title=siglint (SIG104),")
    # In the message only "%" and newlines are escaped; ":" and "," only in properties.
    assert lines[0].endswith("100%25 of requests fail")
    escaped = render("github", [FileReport("a,b:c.py", "", (reports[0].diagnostics[0],))])
    assert "file=a%2Cb%3Ac.py," in escaped


def test_junit_is_xml_with_a_failure_per_finding(reports: list[FileReport]) -> None:
    root = ET.fromstring(render("junit", reports))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures")) == ("5", "5")
    suites = root.findall("testsuite")
    assert [suite.get("name") for suite in suites] == [
        "models/sentiment.py",
        "models/traducción.py",
    ]
    case = suites[0].findall("testcase")[2]
    assert case.get("name") == "siglint.SIG201"
    failure = case.find("failure")
    assert failure is not None
    assert (
        failure.get("message") == 'The output <str> becomes "Any", & is not validated, key: value'
    )
    assert failure.text == f"line 12, col 53, {failure.get('message')}"


def test_statistics_counts_and_fixability() -> None:
    fix = Fix("f", Applicability.SAFE, (Edit(Range(1, 0, 1, 1), "y"),))

    def finding(code: str, fixed: Fix | None = None) -> Diagnostic:
        return Diagnostic(code, f"name-{code}", Severity.ERROR, "m", Range(1, 0, 1, 1), fixed)

    diagnostics = (
        finding("SIG1"),
        finding("SIG200", fix),
        finding("SIG200"),
        finding("SIG200", fix),
        finding("SIG3", fix),
    )
    rows = statistics([FileReport("a.py", "x\n", diagnostics)]).splitlines()
    assert rows[:3] == [
        "3\tSIG200\t[~] name-SIG200",
        "1\tSIG1  \t[ ] name-SIG1",
        "1\tSIG3  \t[*] name-SIG3",
    ]
    assert rows[3] == "Found 5 errors."
