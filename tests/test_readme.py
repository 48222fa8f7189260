"""The README's rules table is the registry's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_rules_table_is_generated_from_the_registry():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_rules_table.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
