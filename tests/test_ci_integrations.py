"""CI beyond the command line: the GitHub Action (action.yml) and the pre-commit hooks
(.pre-commit-hooks.yaml), each run the way its host runs it."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FLAGGED = (
    "import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n"
    "    def predict(self, model_input: str) -> list[str]:\n        return [model_input]\n"
)
# SIG301, with a safe fix: the field gets `= None`.
FIXABLE = (
    "from typing import Optional\n\nimport mlflow\nfrom pydantic import BaseModel\n\n\n"
    "class Query(BaseModel):\n    text: str\n    context: Optional[str]\n\n\n"
    "class Model(mlflow.pyfunc.PythonModel):\n"
    "    def predict(self, model_input: list[Query]) -> list[str]:\n        return []\n"
)


def _project(folder: Path) -> Path:
    """A project with a finding, a fixable finding, and an excluded file with a finding."""
    (folder / "generated").mkdir(parents=True)
    (folder / "pyproject.toml").write_text(
        '[tool.siglint]\nextend-exclude = ["generated"]\n', encoding="utf-8"
    )
    (folder / "model.py").write_text(FLAGGED, encoding="utf-8")
    (folder / "fixable.py").write_text(FIXABLE, encoding="utf-8")
    (folder / "generated" / "model.py").write_text(FLAGGED, encoding="utf-8")
    return folder


def _siglint_on_path(folder: Path) -> dict[str, str]:
    """An environment whose ``siglint`` is this checkout's, run by this interpreter."""
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    script = bin_dir / "siglint"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m siglint "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    path = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    return {**os.environ, "PATH": path, "PYTHONPATH": str(ROOT)}


def test_the_action_is_a_composite_that_installs_its_own_revision() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    install, check = action["runs"]["steps"][1:]
    assert '"$GITHUB_ACTION_PATH"' in install["run"]
    # Inputs reach the script through the environment only (no expression inside a script).
    assert all("${{" not in step.get("run", "") for step in action["runs"]["steps"])
    assert check["env"] == {"SIGLINT_ARGS": "${{ inputs.args }}"}


def test_the_action_check_step_annotates_and_fails_as_siglint_does(tmp_path: Path) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    check = action["runs"]["steps"][-1]
    project = _project(tmp_path / "project")
    env = _siglint_on_path(tmp_path)

    def step(args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-e", "-c", check["run"]],
            cwd=project,
            env={**env, "SIGLINT_ARGS": args},
            capture_output=True,
            text=True,
        )

    default = step(action["inputs"]["args"]["default"])
    assert default.returncode == 1, default.stderr
    lines = default.stdout.splitlines()
    assert any(
        line.startswith("::warning title=siglint (SIG101),file=model.py,line=5,col=36,")
        for line in lines
    ), lines
    assert any(line.startswith("::error title=siglint (SIG301),file=fixable.py,") for line in lines)
    assert not any("generated" in line for line in lines)
    # Several options in one input, split into words; the exit policy is siglint's.
    assert step("model.py --fail-on error").returncode == 0


@pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None or shutil.which("git") is None,
    reason="needs pre-commit (the test extra installs it) and git",
)
def test_the_pre_commit_hooks_run_with_pre_commit(tmp_path: Path) -> None:
    project = _project(tmp_path / "project")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "."], cwd=project, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "project"], cwd=project, check=True)
    # try-repo installs the hooks from this checkout (its uncommitted changes included) into an
    # environment of their own, as a project's .pre-commit-config.yaml would.
    run = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "--all-files", "--color=never"],
        cwd=project,
        env={**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")},
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    check, _, fix = output.partition("siglint fix")
    assert "- hook id: siglint-check" in check
    assert "model.py:5:36: SIG101 " in check
    assert "fixable.py:9:5: SIG301 " in check
    # pre-commit names every file, the excluded one too: --force-exclude keeps it out.
    assert "generated" not in output
    assert "- files were modified by this hook" in fix
    # Nothing changed since HEAD (the fix hook runs after it): the diff hook finds nothing new.
    assert re.search(r"^siglint diff\.+Passed$", output, re.MULTILINE), output
    assert "context: Optional[str] = None" in (project / "fixable.py").read_text(encoding="utf-8")
    assert (project / "model.py").read_text(encoding="utf-8") == FLAGGED  # no safe fix there
