"""Smoke tests of the installed ``siglint`` command, in a process of its own."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SIGLINT = shutil.which("siglint", path=str(Path(sys.executable).parent))


def run(*argv: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    assert SIGLINT is not None, "the siglint entry point is not installed next to this Python"
    return subprocess.run(
        [SIGLINT, *argv], cwd=cwd, input=stdin, capture_output=True, timeout=120, check=False
    )


def test_check_reports_a_syntax_error_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("import mlflow\n\ndef predict(:\n", encoding="utf-8")
    (tmp_path / "clean.py").write_text("x = 1\n", encoding="utf-8")
    result = run("check", "--output-format", "json", ".", cwd=tmp_path)
    assert result.returncode == 1
    assert [item["code"] for item in json.loads(result.stdout)] == ["SIG999"]


def test_check_reads_standard_input(tmp_path: Path) -> None:
    result = run("check", "--stdin-filename", "piped.py", cwd=tmp_path, stdin=b"x = 1\r\n")
    assert (result.returncode, result.stdout) == (0, b"All checks passed!\n")
    fixed = run("check", "--fix", "--stdin-filename", "piped.py", cwd=tmp_path, stdin=b"x = 1\r\n")
    assert (fixed.returncode, fixed.stdout) == (0, b"x = 1\r\n")


@pytest.mark.parametrize("argv", [("--version",), ("rule", "--all", "--output-format", "json")])
def test_other_commands_run(tmp_path: Path, argv: tuple[str, ...]) -> None:
    result = run(*argv, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip()


def test_pre_commit_hooks_run_siglint_check() -> None:
    yaml = pytest.importorskip("yaml")
    hooks_file = Path(__file__).parents[2] / ".pre-commit-hooks.yaml"
    hooks = {hook["id"]: hook for hook in yaml.safe_load(hooks_file.read_text(encoding="utf-8"))}
    assert {name: hook["entry"] for name, hook in hooks.items()} == {
        "siglint-check": "siglint check --force-exclude",
        "siglint-fix": "siglint check --fix --force-exclude",
        "siglint-diff": "siglint diff --base HEAD",
    }
    # One run over the whole tree: a model changes through the files it imports.
    assert hooks["siglint-diff"]["pass_filenames"] is False
    for hook in hooks.values():
        assert (hook["language"], hook["types"]) == ("python", ["python"])
