"""siglint never runs the code it reads: shown on a hostile project, the way users run it.

Every place where Python would run the project's code leaves a marker file when it runs: module
level code, class bodies, decorators, default arguments, metaclasses, ``__init_subclass__``,
pydantic validators and default factories, a model's constructor in a ``log_model`` call, string
annotations, the project's imported modules and packages, ``conftest.py``/``setup.py``/
``sitecustomize.py``, what ``pyproject.toml`` names (``attr:`` versions, pytest plugins), and
modules named like the ones siglint itself imports. Each command runs in a subprocess from the
project's folder; the test asserts it did its work (the schema through the imported pydantic
model) and left no marker.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SIGLINT = shutil.which("siglint", path=str(Path(sys.executable).parent))
# Modules siglint imports after start-up: a project file with the name would shadow them for an
# interpreter that puts the current folder on sys.path.
SHADOWED = ("difflib", "libcst", "tomllib", "json", "argparse", "pygls", "lsprotocol")


def _ran(markers: Path, what: str) -> str:
    """A statement that leaves the marker ``what`` when it runs."""
    return f"__import__('pathlib').Path({str(markers / what)!r}).touch()"


def _files(markers: Path) -> dict[str, str]:
    def ran(what: str) -> str:
        return _ran(markers, what)

    model = f"""\
{ran("module")}
import mlflow
from pydantic import BaseModel, Field, field_validator

import helpers
from pkg.sub import helper
from schemas import Review


def decorate(function):
    {ran("decorator")}
    return function


def default():
    {ran("default argument")}


class Meta(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        {ran("metaclass")}
        return super().__new__(mcs, name, bases, namespace)


class Base(mlflow.pyfunc.PythonModel):
    def __init_subclass__(cls, **kwargs):
        {ran("__init_subclass__")}
        super().__init_subclass__(**kwargs)


class Note(BaseModel):
    {ran("pydantic class body")}
    text: str = Field(default_factory=lambda: {ran("default factory")})

    @field_validator("text")
    @classmethod
    def check(cls, value):
        {ran("validator")}
        return value


class Model(Base, metaclass=Meta):
    {ran("class body")}

    def __init__(self):
        {ran("constructor")}

    @decorate
    def predict(self, model_input: list[Review], params=default()) -> list[str]:
        {ran("predict")}
        return []


class Quoted(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: "list[str] if {ran("string annotation")} else list[str]"):
        return []


if __name__ == "__main__":
    {ran("main block")}

mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example=[{{"text": "hi"}}])
eval(compile({ran("eval")!r}, "<x>", "exec"))
"""
    files = {
        "model.py": model,
        "schemas.py": f"{ran('imported module')}\nfrom pydantic import BaseModel\n\n\n"
        "class Review(BaseModel):\n    text: str\n    stars: int\n",
        "helpers.py": ran("imported sibling") + "\n",
        "pkg/__init__.py": ran("package __init__") + "\nVERSION = '1.0'\n",
        "pkg/sub.py": ran("package module") + "\n\n\ndef helper():\n    pass\n",
        "conftest.py": ran("conftest.py") + "\n",
        "setup.py": ran("setup.py") + "\n",
        "noxfile.py": ran("noxfile.py") + "\n",
        "sitecustomize.py": ran("sitecustomize.py") + "\n",
        "usercustomize.py": ran("usercustomize.py") + "\n",
        "__main__.py": ran("project __main__.py") + "\n",
        "pyproject.toml": '[project]\nname = "hostile"\ndynamic = ["version"]\n\n'
        '[tool.setuptools.dynamic]\nversion = { attr = "pkg.VERSION" }\n\n'
        '[tool.pytest.ini_options]\naddopts = "-p conftest"\n\n'
        '[tool.siglint]\nselect = ["SIG"]\n',
    }
    for name in SHADOWED:
        files[f"{name}.py"] = f"{ran(f'shadowed {name}')}\nraise SystemExit('shadowed {name}')\n"
    return files


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    """(the project folder, the folder its code would leave markers in)."""
    project, markers = tmp_path / "project", tmp_path / "markers"
    markers.mkdir()
    for name, text in _files(markers).items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    return project, markers


def _run(command: list[str], project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "arguments",
    [
        ["check", "."],
        ["check", ".", "--fix", "--unsafe-fixes"],
        ["check", "--stdin-filename", "model.py"],
        ["config", "model.py"],
    ],
    ids=["check", "fix", "stdin", "config"],
)
def test_commands_run_none_of_the_project_s_code(arguments, hostile) -> None:
    project, markers = hostile
    stdin = (project / "model.py").read_text() if "--stdin-filename" in arguments else None
    run = subprocess.run(
        [SIGLINT, *arguments], cwd=project, input=stdin, capture_output=True, text=True, timeout=120
    )
    assert run.returncode in (0, 1), run.stderr
    assert sorted(p.name for p in markers.iterdir()) == []


def test_the_schema_is_read_through_imports_without_running_them(hostile) -> None:
    project, markers = hostile
    run = _run([SIGLINT, "schema", ".", "--output-format", "json"], project)
    assert run.returncode == 0, run.stderr
    targets = {target["name"]: target for target in json.loads(run.stdout)}
    review = targets["Model"]["input_schema"][0]
    assert review["type"] == "object"
    assert sorted(review["properties"]) == ["stars", "text"]
    assert sorted(p.name for p in markers.iterdir()) == []


def test_python_dash_m_siglint_runs_none_of_the_project_s_code(hostile) -> None:
    project, markers = hostile
    run = _run([sys.executable, "-m", "siglint", "check", "."], project)
    assert sorted(p.name for p in markers.iterdir()) == []
    assert run.returncode == 1, run.stderr
