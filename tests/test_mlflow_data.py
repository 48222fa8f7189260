"""The MLflow facts shipped with siglint are those of the pinned MLflow, the newest it knows."""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from siglint.config.settings import DEFAULT_TARGET_MLFLOW_VERSION
from siglint.mlflow_releases import newest, releases

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "siglint" / "data"
PINNED = re.search(
    r'"mlflow-skinny==([0-9.]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8")
)


def test_the_data_the_default_target_and_the_test_pin_are_one_release():
    runtime = json.loads((DATA / "mlflow_runtime.json").read_text(encoding="utf-8"))
    assert PINNED is not None
    assert runtime["mlflow_version"] == newest() == DEFAULT_TARGET_MLFLOW_VERSION
    assert PINNED.group(1) == newest() == releases()[-1]
    assert releases()[0] == "2.20.0"


def test_shipped_mlflow_data_is_current():
    installed = importlib.metadata.version("mlflow-skinny")
    if PINNED is None or installed != PINNED.group(1):
        pytest.skip(
            f"mlflow-skinny {installed} is installed, not the pinned {PINNED and PINNED.group(1)}:"
            " pip install -e '.[test]' to compare the shipped data with it"
        )
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_mlflow_data.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_when_each_name_appeared_is_read_from_the_releases():
    data = json.loads((DATA / "mlflow_versions.json").read_text(encoding="utf-8"))
    runtime = json.loads((DATA / "mlflow_runtime.json").read_text(encoding="utf-8"))
    known = set(runtime["modules"]) | set(runtime["aliases"])
    assert set(data["introduced"]) <= known
    assert set(data["introduced"].values()) <= set(releases()) - {releases()[0]}
    # As the wheels say (scripts/generate_mlflow_versions.py), not as memory has it.
    assert data["introduced"]["mlflow.pyfunc.ResponsesAgent"] == "2.22.0"
    assert data["introduced"]["mlflow.types.responses"] == "2.22.0"
    assert "mlflow.pyfunc.ChatAgent" not in data["introduced"]  # in 2.20.0 already
    assert "mlflow.types.type_hints.TypeFromExample" not in data["introduced"]
