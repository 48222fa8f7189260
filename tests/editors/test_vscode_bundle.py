"""The VS Code extension's bundled siglint: which siglint ``bundled/tool/server.py`` runs under
each ``siglint.importStrategy``, what it tells a user whose Python cannot run one, and the pins
``scripts/package_vscode.py`` installs into ``bundled/libs``."""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement

import siglint
from siglint.config.resolver import tomllib

ROOT = Path(__file__).parents[2]
EXTENSION = ROOT / "editors" / "vscode"
SERVER = EXTENSION / "bundled" / "tool" / "server.py"
VERSION = f"{sys.version_info[0]}.{sys.version_info[1]}"
# A bundle's target.json for this Python on this machine.
HERE = {
    "target": "here-x64",
    "pythons": [VERSION],
    "sys_platform": sys.platform,
    "platform_machine": platform.machine(),
}
# The environment of a Python that has no siglint: no site-packages, no PYTHONPATH.
WITHOUT_SIGLINT = ("-S",)
WITH_SIGLINT = ()


def package_vscode() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "package_vscode", ROOT / "scripts" / "package_vscode.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def check(
    server: Path, flags: tuple[str, ...], strategy: str = "useBundled", *code: str
) -> dict[str, object]:
    """``server.py --check`` answered for ``sys.executable`` (``flags``: with or without
    siglint), from a folder where nothing can be imported."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    if flags == WITH_SIGLINT:
        environment["PYTHONPATH"] = str(ROOT)
    environment["SIGLINT_IMPORT_STRATEGY"] = strategy
    command = [sys.executable, *flags]
    command += ["-c", *code] if code else [str(server)]
    result = subprocess.run(
        [*command, "--check"],
        cwd=server.parent,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """An extension folder whose bundle holds a stand-in siglint, for this Python."""
    tool = tmp_path / "bundled" / "tool"
    tool.mkdir(parents=True)
    shutil.copy(SERVER, tool)
    libs = tmp_path / "bundled" / "libs"
    for module in ("siglint/__init__.py", "siglint/engine.py", "lsp_server/__init__.py"):
        (libs / module).parent.mkdir(parents=True, exist_ok=True)
        (libs / module).write_text('__version__ = "0.0.0+bundled"\n')
    (libs / "lsp_server" / "server.py").write_text("")
    (tmp_path / "bundled" / "target.json").write_text(json.dumps(HERE))
    return tool / "server.py"


def test_use_bundled_runs_the_bundle_before_the_environment(bundle: Path):
    answer = check(bundle, WITH_SIGLINT)
    assert answer["siglint"] == "0.0.0+bundled"
    assert answer["bundled"] is True


def test_from_environment_runs_the_installed_siglint(bundle: Path):
    answer = check(bundle, WITH_SIGLINT, "fromEnvironment")
    assert answer == {
        "siglint": siglint.__version__,
        "path": str(ROOT / "siglint"),
        "bundled": False,
        "python": f"CPython {'.'.join(map(str, sys.version_info[:3]))}",
    }


def test_from_environment_falls_back_on_the_bundle(bundle: Path):
    answer = check(bundle, WITHOUT_SIGLINT, "fromEnvironment")
    assert answer["siglint"] == "0.0.0+bundled"


@pytest.mark.parametrize(
    ("elsewhere", "serves"),
    [
        ({"pythons": ["3.0", "3.1"]}, "CPython 3.0 to 3.1 (here-x64)"),
        ({"target": "os-x64", "sys_platform": "os"}, f"CPython {VERSION} to {VERSION} (os-x64)"),
        (
            {"target": "here-cpu", "platform_machine": "cpu"},
            f"CPython {VERSION} to {VERSION} (here-cpu)",
        ),
    ],
)
def test_a_bundle_for_other_pythons_or_platforms_is_left_out(
    bundle: Path, elsewhere: dict[str, object], serves: str
):
    target = bundle.parent.parent / "target.json"
    target.write_text(json.dumps({**HERE, **elsewhere}))
    assert check(bundle, WITH_SIGLINT)["bundled"] is False

    problem = check(bundle, WITHOUT_SIGLINT)["problem"]
    assert isinstance(problem, str)
    assert problem.startswith(f"siglint is not installed for {sys.executable} (CPython {VERSION}")
    assert f"The siglint bundled with the extension runs on {serves}." in problem
    assert "pip install ./dist/siglint-*.whl" in problem
    assert "pip install 'git+<url of the siglint repository>'" in problem
    assert "lsp_server" not in problem and "ModuleNotFoundError" not in problem


def test_without_a_bundle_the_user_is_told_how_to_install_siglint(tmp_path: Path):
    server = tmp_path / "bundled" / "tool" / "server.py"
    server.parent.mkdir(parents=True)
    shutil.copy(SERVER, server)
    problem = check(server, WITHOUT_SIGLINT)["problem"]
    assert isinstance(problem, str)
    assert "bundled" not in problem
    assert "pip install ./dist/siglint-*.whl" in problem
    assert "pip install siglint" not in problem


def test_a_python_older_than_3_10_is_named():
    # As Python 3.9.18 would see it: the check runs before anything newer is needed.
    pretend = (
        "import runpy, sys; sys.version_info = (3, 9, 18, 'final', 0); "
        f"sys.argv = [{str(SERVER)!r}, '--check']; runpy.run_path({str(SERVER)!r})"
    )
    answer = check(SERVER, WITH_SIGLINT, "useBundled", pretend)
    assert answer == {
        "problem": f"siglint needs Python 3.10 or newer, and {sys.executable} is CPython "
        "3.9.18. Select a newer interpreter (Python: Select Interpreter) or set "
        "siglint.interpreter."
    }


@pytest.mark.parametrize("version", ["3.6", "3.7", "3.8", "3.9"])
def test_an_old_python_reads_the_version_check(version: str):
    # On the PATH, or installed by pyenv (whose shims run only the versions it has selected).
    found = [shutil.which(f"python{version}")]
    found += map(str, Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}"))
    runs = [python for python in found if python and not subprocess.run([python, "-V"]).returncode]
    if not runs:
        pytest.skip(f"no Python {version} here")
    python = runs[0]
    result = subprocess.run(
        [python, str(SERVER), "--check"], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout)["problem"].startswith("siglint needs Python 3.10 or newer")


@pytest.mark.skipif(
    not (EXTENSION / "bundled" / "target.json").exists(),
    reason="the bundle is built by scripts/package_vscode.py (scripts/editor_setup.sh runs it)",
)
def test_the_built_bundle_runs_on_a_python_without_siglint():
    answer = check(SERVER, WITHOUT_SIGLINT)
    assert answer["bundled"] is True
    assert answer["path"] == str(EXTENSION / "bundled" / "libs" / "siglint")


def test_the_pins_cover_siglints_dependencies():
    pins = {}
    for line in (EXTENSION / "requirements.txt").read_text().splitlines():
        if line and not line.startswith((" ", "#")):
            requirement = Requirement(line.rstrip(" \\"))
            pins[requirement.name] = next(iter(requirement.specifier)).version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for dependency in map(Requirement, project["dependencies"]):
        assert dependency.name in pins, f"{dependency.name} is not pinned in requirements.txt"
        assert dependency.specifier.contains(pins[dependency.name]), dependency


def test_markers_are_evaluated_for_the_bundled_python_not_the_running_one():
    module = package_vscode()
    linux = module.TARGETS["linux-x64"]
    for_310 = module.locked_for(linux, "3.10")
    for_313 = module.locked_for(linux, "3.13")
    assert "tomli==" in for_310 and "tomli==" not in for_313
    assert "exceptiongroup==" in for_310 and "exceptiongroup==" not in for_313
    assert "pyyaml" not in for_310 + for_313  # never imported
    assert "python_full_version" not in for_310  # pip would evaluate it for itself
    assert all(" --hash=sha256:" in line for line in for_310.splitlines())
