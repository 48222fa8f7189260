"""The wheel users install (``python -m build``, ``pip install ./dist/siglint-*.whl``) carries
everything that runs: both packages, their data files and the license."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import siglint

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_both_packages_their_data_and_the_license(tmp_path: Path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), ROOT],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("siglint-*-py3-none-any.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    for package in ("siglint", "lsp_server"):
        tree = {
            path.relative_to(ROOT).as_posix()
            for path in (ROOT / package).rglob("*")
            if path.suffix in (".py", ".json") and "__pycache__" not in path.parts
        }
        assert tree, package
        assert tree <= names, f"missing from the wheel: {sorted(tree - names)}"
    assert "siglint/data/mlflow_runtime.json" in names
    info = f"siglint-{siglint.__version__}.dist-info"
    assert "License-Expression: MIT" in zipfile.ZipFile(wheel).read(f"{info}/METADATA").decode()
    assert f"{info}/licenses/LICENSE" in names
    assert not any(name.startswith(("tests/", "editors/", "scripts/")) for name in names)
