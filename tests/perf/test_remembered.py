"""What one check works out about the project serves the next files, and only while it holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from perf_files import write

from siglint.analysis.project import Project
from siglint.config import Settings
from siglint.engine import check_source

MODEL = """\
    import mlflow

    import helpers


    class {name}(mlflow.pyfunc.PythonModel):
        def predict(self, context, model_input: list[str]) -> list[str]:
            return model_input
    """
# Importing it raises: the models importing it cannot be defined (SIG009).
HELPERS = """\
    import schema
    """
BROKEN_SCHEMA = """\
    def normalise(text: Text) -> str:
        return text
    """
SCHEMA = "def normalise(text: str) -> str:\n    return text\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    write(
        tmp_path,
        {
            "first.py": MODEL.format(name="First"),
            "second.py": MODEL.format(name="Second"),
            "helpers.py": HELPERS,
            "schema.py": BROKEN_SCHEMA,
        },
    )
    return {path.stem: path for path in tmp_path.glob("*.py")}


def _codes(path: Path, project: Project) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [d.code for d in check_source(text, path, Settings(), project).diagnostics]


def test_the_second_file_finds_what_it_finds_alone(files: dict[str, Path]) -> None:
    alone = _codes(files["second"], Project())
    assert "SIG009" in alone
    project = Project()
    _codes(files["first"], project)
    assert _codes(files["second"], project) == alone


def test_what_a_reused_fact_read_is_recorded_again(files: dict[str, Path]) -> None:
    project = Project()
    with project.recording() as first:
        _codes(files["first"], project)
    with project.recording() as second:
        _codes(files["second"], project)
    # The cache of the second file must see the modules behind the failure it reports.
    schema = files["schema"].absolute()
    assert schema in first.modules
    assert second.modules[schema] == first.modules[schema]
    assert second.imports[files["helpers"].absolute()] == first.imports[files["helpers"].absolute()]


def test_a_changed_module_is_worked_out_again(files: dict[str, Path]) -> None:
    project = Project()
    assert "SIG009" in _codes(files["first"], project)
    # An editor's buffer: the module is fixed, not saved.
    project.module(files["schema"].absolute(), SCHEMA)
    assert "SIG009" not in _codes(files["second"], project)


def test_a_fact_is_computed_once_per_module(files: dict[str, Path]) -> None:
    project = Project()
    module = project.module(files["helpers"])
    assert module is not None
    calls: list[str] = []

    def compute(info):
        calls.append(info.name)
        return len(calls)

    assert project.remember("count", module, compute) == 1
    assert project.remember("count", module, compute) == 1
    assert calls == ["helpers"]
