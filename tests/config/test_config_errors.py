"""Every invalid configuration is a ``ConfigError`` naming the file, the key and what was expected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from siglint.config import ConfigError, SettingsResolver
from siglint.mlflow_releases import newest

LABEL = "pyproject.toml: [tool.siglint] "
SELECTOR = "expected a rule code (SIG101), a code prefix (SIG1) or a rule name"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def error_for(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        SettingsResolver().settings_for(path.parent / "model.py")
    assert raised.value.path == path.absolute()
    return str(raised.value)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("selct = []", 'selct: unknown key, did you mean "select"?'),
        ("extend_select = []", 'extend_select: unknown key, did you mean "extend-select"?'),
        ("per-file-ignore = {}", 'per-file-ignore: unknown key, did you mean "per-file-ignores"?'),
        (
            "line-length = 3",
            "line-length: unknown key, expected one of: select, extend-select, ignore, per-file-ignores, "
            "exclude, extend-exclude, severity, target-mlflow-version, target-version, unsafe-fixes, respect-gitignore, "
            "fail-on, diff-base",
        ),
        ("select = 3", "select: expected a list of rule codes, prefixes or names, got 3"),
        ("select = 'SIG1'", 'select: expected a list of rule codes, prefixes or names, got "SIG1"'),
        (
            "ignore = ['SIG1', 3]",
            'ignore: expected a list of rule codes, prefixes or names, got ["SIG1", 3]',
        ),
        ("select = ['SIG7']", f'select: unknown rule selector "SIG7", {SELECTOR}'),
        (
            "select = ['sig101']",
            f'select: unknown rule selector "sig101", {SELECTOR}; did you mean "SIG101"?',
        ),
        (
            "extend-select = ['input-not-lists']",
            f'extend-select: unknown rule selector "input-not-lists", {SELECTOR}; did you mean "input-not-list"?',
        ),
        (
            "ignore = ['SIG1011']",
            f'ignore: unknown rule selector "SIG1011", {SELECTOR}; did you mean "SIG101"?',
        ),
        ("exclude = 'build'", 'exclude: expected a list of glob patterns, got "build"'),
        ("extend-exclude = [1]", "extend-exclude: expected a list of glob patterns, got [1]"),
        (
            "per-file-ignores = ['tests/*']",
            'per-file-ignores: expected a table of glob patterns to lists of rule selectors, got ["tests/*"]',
        ),
        (
            "per-file-ignores = {'tests/*' = 'SIG1'}",
            'per-file-ignores."tests/*": expected a list of rule codes, prefixes or names, got "SIG1"',
        ),
        (
            "per-file-ignores = {'tests/*' = ['SIG9']}",
            f'per-file-ignores."tests/*": unknown rule selector "SIG9", {SELECTOR}',
        ),
        (
            "severity = 'error'",
            'severity: expected a table of rule selectors to "error", "warning", "info", got "error"',
        ),
        (
            "severity = {SIG101 = 'fatal'}",
            'severity."SIG101": expected one of "error", "warning", "info", got "fatal"',
        ),
        (
            "severity = {SIG8 = 'error'}",
            f'severity."SIG8": unknown rule selector "SIG8", {SELECTOR}',
        ),
        (
            "target-mlflow-version = 'three'",
            'target-mlflow-version: expected an MLflow version such as "3.18.0", got "three"',
        ),
        (
            "target-mlflow-version = 3.1",
            'target-mlflow-version: expected an MLflow version such as "3.18.0", got 3.1',
        ),
        (
            "target-mlflow-version = '3.18.0rc1'",
            'target-mlflow-version: expected an MLflow version such as "3.18.0", got "3.18.0rc1"',
        ),
        # Not silently every rule off (2.1), nor a future release accepted (9.0).
        (
            "target-mlflow-version = '2.1'",
            "target-mlflow-version: siglint checks MLflow 2.20.0 and later (the first release "
            'whose type hints are signatures), got "2.1"',
        ),
        (  # the 2.x series starts with 2.0
            "target-mlflow-version = '2'",
            "target-mlflow-version: siglint checks MLflow 2.20.0 and later (the first release "
            'whose type hints are signatures), got "2"',
        ),
        (
            "target-mlflow-version = '9.0'",
            f'target-mlflow-version: siglint knows MLflow up to {newest()}, got "9.0"',
        ),
        (
            "target-mlflow-version = '3.16.2'",
            'target-mlflow-version: no MLflow release is numbered "3.16.2"',
        ),
        ("unsafe-fixes = 'yes'", 'unsafe-fixes: expected true or false, got "yes"'),
        ("respect-gitignore = 1", "respect-gitignore: expected true or false, got 1"),
        ("diff-base = 1", 'diff-base: expected a git revision such as "origin/main", got 1'),
        ("diff-base = ''", 'diff-base: expected a git revision such as "origin/main", got ""'),
        (
            "diff-base = '--output=x'",
            'diff-base: expected a git revision such as "origin/main", got "--output=x"',
        ),
    ],
)
def test_pyproject_errors(tmp_path: Path, toml: str, message: str) -> None:
    text = f"[tool.siglint]\n{toml}\n"
    assert error_for(tmp_path / "pyproject.toml", text) == LABEL + message


def test_the_brief_example_word_for_word(tmp_path: Path) -> None:
    assert (
        error_for(tmp_path / "pyproject.toml", "[tool.siglint]\nselect = 3\n")
        == "pyproject.toml: [tool.siglint] select: expected a list of rule codes, prefixes or names, got 3"
    )


def test_siglint_toml_keys_are_top_level(tmp_path: Path) -> None:
    message = error_for(tmp_path / "siglint.toml", "unsafe-fixes = 'no'\n")
    assert message == 'siglint.toml: unsafe-fixes: expected true or false, got "no"'


def test_the_file_is_named_from_the_working_directory(tmp_path: Path) -> None:
    message = error_for(tmp_path / "pkg" / "sub" / "siglint.toml", "select = 3\n")
    assert message.startswith(str(Path("pkg", "sub", "siglint.toml")) + ": select: ")


def test_invalid_toml(tmp_path: Path) -> None:
    message = error_for(tmp_path / "siglint.toml", "select = [\n")
    assert message.startswith("siglint.toml: invalid TOML: ")


def test_a_siglint_key_that_is_not_a_table(tmp_path: Path) -> None:
    message = error_for(tmp_path / "pyproject.toml", "[tool]\nsiglint = 3\n")
    assert message == "pyproject.toml: [tool.siglint]: expected a table, got 3"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"selectt": []}, 'settings overrides: selectt: unknown key, did you mean "select"?'),
        (
            {"ignore": "SIG1"},
            'settings overrides: ignore: expected a list of rule codes, prefixes or names, got "SIG1"',
        ),
        (
            {"select": ["SIG5"]},
            f'settings overrides: select: unknown rule selector "SIG5", {SELECTOR}',
        ),
    ],
)
def test_overrides_are_validated_when_the_resolver_is_made(
    overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        SettingsResolver(overrides)
    assert str(raised.value) == message
    assert raised.value.path is None


def test_overrides_accept_tuples() -> None:
    assert SettingsResolver({"select": ("SIG1",)}).settings_for(Path("m.py")).select == ("SIG1",)


def test_the_linter_prefix_is_always_a_valid_selector(monkeypatch: pytest.MonkeyPatch) -> None:
    from siglint.rules import registry

    monkeypatch.setattr(registry, "all_rules", lambda: ())
    assert SettingsResolver({"select": ["SIG"]}).settings_for(Path("m.py")).select == ("SIG",)
    with pytest.raises(ConfigError, match='unknown rule selector "SIG1"'):
        SettingsResolver({"select": ["SIG1"]})


@pytest.mark.parametrize("version", ["2.20.0", "2.20", "3", "3.18", "3.0.1", newest()])
def test_a_known_release_or_series_is_accepted(tmp_path: Path, version: str) -> None:
    path = tmp_path / "siglint.toml"
    path.write_text(f'target-mlflow-version = "{version}"\n', encoding="utf-8")
    assert SettingsResolver().settings_for(tmp_path / "m.py").target_mlflow_version == version
