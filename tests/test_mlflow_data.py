"""The MLflow facts shipped with siglint are those of the installed (pinned) MLflow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_mlflow_data_is_current():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_mlflow_data.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
