"""The rule suite, generated from the registry: every rule's own examples and documentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.analysis.project import Project
from siglint.config import SettingsResolver
from siglint.engine import check_source
from siglint.fixes import fix_until_stable
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
    # An example's own configuration file (a siglint.toml among its files) applies to it.
    settings = SettingsResolver().settings_for(path)
    result = check_source(example.code, path, settings, project=Project())
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


def _fix_cases() -> list:
    return [
        pytest.param(rule, example, id=f"{rule.code}-{rule.name}-fix{i}")
        for rule in RULES
        for i, example in enumerate(rule.invalid)
        if example.fixed is not None
    ]


@pytest.mark.parametrize(("rule", "example"), _fix_cases())
def test_fix_gives_the_expected_code(rule: Rule, example: Example, tmp_path: Path) -> None:
    path = tmp_path / example.path

    def check(text: str):
        return [
            d
            for d in check_source(text, path, project=Project()).diagnostics
            if d.code == rule.code
        ]

    _codes(example, tmp_path)  # writes the example's files
    result = fix_until_stable(example.code, path, check, unsafe=example.unsafe)
    assert result.text == example.fixed
    assert rule.code not in [
        d.code for d in check_source(result.text, path, project=Project()).diagnostics
    ]
    if example.unsafe:  # an unsafe fix must not be applied by plain --fix
        assert fix_until_stable(example.code, path, check, unsafe=False).text == example.code


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_fix_metadata_matches_examples(rule: Rule) -> None:
    has_fixed_examples = any(e.fixed is not None for e in rule.invalid)
    assert (rule.fix != "never") == has_fixed_examples
    assert (rule.applicability is not None) == (rule.fix != "never")
