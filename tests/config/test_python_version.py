"""The Python the checked code runs on: ``target-version``, else ``requires-python``."""

from __future__ import annotations

from pathlib import Path

import pytest

from siglint.config import ConfigError, SettingsResolver
from siglint.config.python_version import from_requires_python, is_specifier


@pytest.mark.parametrize(
    ("specifier", "target"),
    [
        (">=3.14", "py314"),
        (">= 3.12, <4", "py312"),
        ("<4,>=3.11", "py311"),
        ("~=3.13.1", "py313"),
        ("==3.12.*", "py312"),
        (">3.11", "py311"),
        (">=3.8", "py310"),  # older than siglint knows: the oldest it does
        (">=3.15", "py314"),  # newer: the newest it knows
        ("<3.13", None),
        ("!=3.11.2", None),
        ("", None),
        (3.14, None),
    ],
)
def test_requires_python_gives_its_lower_bound(specifier: object, target: str | None) -> None:
    assert from_requires_python(specifier) == target


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_closest_pyproject_decides_even_without_a_siglint_table(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[project]\nrequires-python = ">=3.14"\n')
    write(tmp_path, "old/pyproject.toml", '[project]\nname = "old"\n')
    resolver = SettingsResolver(root=tmp_path)
    assert resolver.settings_for(tmp_path / "src" / "model.py").target_version == "py314"
    assert resolver.settings_for(tmp_path / "src" / "model.py").python_version == (3, 14)
    assert resolver.settings_for(tmp_path / "old" / "model.py").target_version == "py310"


def test_target_version_wins_over_requires_python(tmp_path: Path) -> None:
    write(
        tmp_path,
        "pyproject.toml",
        '[project]\nrequires-python = ">=3.14"\n\n[tool.siglint]\ntarget-version = "py312"\n',
    )
    settings = SettingsResolver(root=tmp_path).settings_for(tmp_path / "model.py")
    assert settings.target_version == "py312"
    assert settings.to_dict()["target-version"] == "py312"


def test_an_unknown_target_version_is_a_configuration_error(tmp_path: Path) -> None:
    write(tmp_path, "siglint.toml", 'target-version = "3.14"\n')
    with pytest.raises(ConfigError) as error:
        SettingsResolver(root=tmp_path).settings_for(tmp_path / "model.py")
    assert str(error.value).endswith(
        "siglint.toml: target-version: expected one of py310, py311, py312, py313, py314, "
        'got "3.14"'
    )


@pytest.mark.parametrize(
    ("specifier", "valid"),
    [
        (">=3.11", True),
        (">= 3.12, <4", True),
        ("~=3.13.1", True),
        ("!=3.11.2", True),
        ("^3.11", False),  # Poetry's caret
        ("3.11", False),
        (">=3.11 <4", False),
        ("", False),
        (3.11, False),
    ],
)
def test_a_specifier_is_recognised(specifier: object, valid: bool) -> None:
    assert is_specifier(specifier) is valid


def test_an_invalid_requires_python_warns_and_falls_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "pyproject.toml", '[project]\nrequires-python = "^3.11"\n')
    resolver = SettingsResolver(root=tmp_path)
    assert resolver.settings_for(tmp_path / "a.py").target_version == "py310"
    assert resolver.settings_for(tmp_path / "src" / "b.py").target_version == "py310"
    warning = f"siglint: warning: {tmp_path / 'pyproject.toml'}: requires-python"
    err = capsys.readouterr().err
    assert err.count(warning) == 1, err  # once per file
    assert '"^3.11" is not a PEP 440 version specifier' in err
    assert "target-version falls back to py310" in err
