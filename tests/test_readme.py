"""The README tells the truth: its sample output is what the command prints."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_sample_output_of_schema_examples_is_real() -> None:
    section = README.split("## Try it on the examples", 1)[1]
    sample = re.search(r"for instance:\n\n```\n(.*?)```", section, re.DOTALL)
    assert sample is not None
    printed = subprocess.run(
        [sys.executable, "-m", "siglint", "schema", "examples"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.splitlines()
    for line in sample.group(1).splitlines():
        if line.endswith(" ..."):  # shortened in the README: the start must be printed
            assert any(real.startswith(line[:-4]) for real in printed), line
        else:
            assert line in printed, line
    # The finding of the example its docstring calls correct is shown, not hidden.
    assert any(" SIG306 [info] " in line for line in sample.group(1).splitlines())
