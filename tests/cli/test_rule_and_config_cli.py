"""``siglint rule`` and ``siglint config``: documentation from the registry, settings from the resolver."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from siglint.diagnostics import Applicability, Severity
from siglint.rules import registry
from siglint.rules.registry import Rule

ROOT = Path(__file__).resolve().parents[2]

Siglint = Callable[..., Any]

WRAPPED = Rule(
    code="SIG101",
    name="input-not-list",
    severity=Severity.WARNING,
    summary="The input hint is not list[...]",
    doc="""
        ## What it does
        Checks the input hint.

        ## Fix safety
        Unsafe.
    """,
    fix="sometimes",
    applicability=Applicability.UNSAFE,
)
BROKEN = Rule(
    code="SIG999",
    name="syntax-error",
    severity=Severity.ERROR,
    summary="The file does not parse",
    doc="## What it does\nReports files that do not parse.\n",
    min_mlflow=None,
)


@pytest.fixture(autouse=True)
def two_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_load", lambda: (WRAPPED, BROKEN))


@pytest.mark.parametrize("selector", ["SIG101", "input-not-list"])
def test_rule_prints_its_documentation(siglint: Siglint, selector: str) -> None:
    run = siglint("rule", selector)
    assert run.code == 0
    assert run.out == (
        "# input-not-list (SIG101)\n\n"
        "Default severity: **warning**.\n\n"
        "Fix is sometimes available (unsafe).\n\n"
        "Applies to MLflow 2.20 and later.\n\n"
        "## What it does\nChecks the input hint.\n\n## Fix safety\nUnsafe.\n"
    )


def test_rule_without_a_fix_says_nothing_about_fixes(siglint: Siglint) -> None:
    out = siglint("rule", "SIG999").out
    assert out.startswith("# syntax-error (SIG999)\n\nDefault severity: **error**.\n\n## What")
    assert "Fix" not in out


def test_an_unknown_rule_exits_2(siglint: Siglint) -> None:
    run = siglint("rule", "SIG000")
    assert run.code == 2
    assert run.err.startswith("siglint: error: no rule is coded or named 'SIG000'")


def test_rule_needs_a_selector_or_all(siglint: Siglint) -> None:
    assert siglint("rule").code == 2
    assert siglint("rule", "SIG101", "--all").code == 2


def test_all_rules_as_json(siglint: Siglint) -> None:
    run = siglint("rule", "--all", "--output-format", "json")
    items = json.loads(run.out)
    assert [item["code"] for item in items] == ["SIG101", "SIG999"]
    assert items[0] == {
        "code": "SIG101",
        "name": "input-not-list",
        "severity": "warning",
        "summary": "The input hint is not list[...]",
        "fix": "sometimes",
        "applicability": "unsafe",
        "min_mlflow": "2.20",
        "url": (ROOT / "docs" / "rules" / "input-not-list.md").as_uri(),
        "explanation": "## What it does\nChecks the input hint.\n\n## Fix safety\nUnsafe.\n",
    }
    single = json.loads(siglint("rule", "syntax-error", "--output-format", "json").out)
    assert single["code"] == "SIG999"


def test_all_rules_as_text(siglint: Siglint) -> None:
    out = siglint("rule", "--all").out
    assert out.index("# input-not-list (SIG101)") < out.index("# syntax-error (SIG999)")


def test_config_shows_the_settings_that_apply_to_a_path(siglint: Siglint, tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "model.py").write_text("", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.siglint]\nignore = ["SIG101"]\nextend-exclude = ["pkg"]\n', encoding="utf-8"
    )
    values = json.loads(siglint("config", "pkg/model.py", "--output-format", "json").out)
    assert values["ignore"] == ["SIG101"]
    assert values["excluded"] is True
    assert values["config-path"] == str(tmp_path / "pyproject.toml")
    text = siglint("config").out
    assert text.startswith("# Settings for files in .\n")
    assert 'ignore = ["SIG101"]\n' in text
    assert "excluded = false\n" in text


def test_config_refuses_a_path_that_does_not_exist(siglint: Siglint) -> None:
    run = siglint("config", "nonexist.py")
    assert (run.code, run.out) == (2, "")
    assert run.err == "siglint: error: no such file or folder: nonexist.py\n"


def test_config_reports_a_bad_configuration(siglint: Siglint, tmp_path: Path) -> None:
    (tmp_path / "siglint.toml").write_text("unsafe-fixes = 3\n", encoding="utf-8")
    run = siglint("config")
    assert run.code == 2
    assert run.err.startswith("siglint: error: ")
    assert "unsafe-fixes" in run.err
