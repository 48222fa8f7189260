"""The rule suite, generated from the registry: every rule's own examples and documentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.analysis.project import Project
from siglint.engine import check_source
from siglint.rules.registry import DOC_HEADINGS, Example, Rule, all_rules

RULES = all_rules()


def _cases(kind: str) -> list:
    return [
        pytest.param(rule, example, id=f"{rule.code}-{rule.name}-{kind}{i}")
        for rule in RULES
        for i, example in enumerate(getattr(rule, kind))
    ]


def _codes(example: Example, tmp_path: Path) -> list[str]:
    for relative, source in example.files:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(source, encoding="utf-8")
    path = tmp_path / example.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(example.code, encoding="utf-8")
    result = check_source(example.code, path, project=Project())
    return [d.code for d in result.diagnostics]


@pytest.mark.parametrize(("rule", "example"), _cases("invalid"))
def test_invalid_example_is_reported(rule: Rule, example: Example, tmp_path: Path) -> None:
    assert rule.code in _codes(example, tmp_path)


@pytest.mark.parametrize(("rule", "example"), _cases("valid"))
def test_valid_example_is_not_reported(rule: Rule, example: Example, tmp_path: Path) -> None:
    assert rule.code not in _codes(example, tmp_path)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule: Rule) -> None:
    headings = [line[3:] for line in rule.doc.splitlines() if line.startswith("## ")]
    assert tuple(headings) == DOC_HEADINGS
    assert rule.valid, "every rule needs a valid example"
    if rule.name != "internal-error":  # only a bug in siglint produces it
        assert rule.invalid, "every rule needs an invalid example"
    assert rule.code.startswith("SIG") and len(rule.code) == 6 and rule.code[3:].isdigit()
    assert rule.name == rule.name.lower() and " " not in rule.name


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in RULES}) == len(RULES) == len({r.name for r in RULES})
