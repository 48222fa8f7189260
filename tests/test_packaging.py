"""What users install: ``python -m build`` makes an sdist and a wheel, and the wheel
(``pip install ./dist/siglint-*.whl``) carries everything that runs: both packages, their data
files and the license."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import siglint

ROOT = Path(__file__).resolve().parent.parent


def sources(package: str) -> set[str]:
    return {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / package).rglob("*")
        if path.suffix in (".py", ".json") and "__pycache__" not in path.parts
    }


def test_build_makes_an_sdist_and_a_wheel_that_carry_what_runs(tmp_path: Path):
    pytest.importorskip("build", reason="the test extra installs build")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "deprecat" not in (result.stdout + result.stderr).lower()

    name = f"siglint-{siglint.__version__}"
    info = f"{name}.dist-info"
    with zipfile.ZipFile(tmp_path / f"{name}-py3-none-any.whl") as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"{info}/METADATA").decode()
    with tarfile.open(tmp_path / f"{name}.tar.gz") as archive:
        sdist = {member.removeprefix(f"{name}/") for member in archive.getnames()}
    for package in ("siglint", "lsp_server"):
        assert sources(package), package
        assert sources(package) <= names, f"not in the wheel: {sorted(sources(package) - names)}"
        assert sources(package) <= sdist, f"not in the sdist: {sorted(sources(package) - sdist)}"
    assert "siglint/data/mlflow_runtime.json" in names
    assert {"pyproject.toml", "README.md", "LICENSE"} <= sdist
    assert "License-Expression: MIT" in metadata
    assert f"{info}/licenses/LICENSE" in names
    assert not any(name.startswith(("tests/", "editors/", "scripts/")) for name in names)
