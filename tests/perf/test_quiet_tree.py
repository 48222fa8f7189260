"""A large tree without MLflow: ``siglint check`` reports nothing, and parses none of it.

What is asserted is what was parsed (by CPython's ``ast`` for the pre-filter, by libcst for a
check), not how long it took: the benchmark (``benchmarks/run.py``) measures time.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from perf_files import write

from siglint.analysis import project
from siglint.cli import check as check_command
from siglint.cli.main import main
from siglint.prefilter import Reading

# Everything siglint reported before it had a scope, none of which MLflow ever sees.
NOISY = {
    "annotated.py": "def f(x: Undefined) -> int:\n    return 1\n",
    "union.py": "def f(x: None | None) -> None:\n    pass\n",
    "frames.py": 'import pandas as pd\n\nframe = pd.DataFrame({"a": [1, None]})  # noqa\n',
    "noqa.py": "import os  # noqa: F401\nimport sys  # noqa\n",
    "broken.py": "def f(:\n",
    "stub.pyi": "def f(x: Undefined) -> int: ...\n",
    "schema.py": "from pydantic import BaseModel\n\n\nclass Row(BaseModel):\n    values: set\n",
}
MODEL = """\
    import mlflow


    class Model(mlflow.pyfunc.PythonModel):
        def predict(self, context, model_input: str) -> list[str]:
            return [model_input]
    """


def _quiet_tree(folder: Path, packages: int = 20) -> int:
    """``packages`` packages of noisy modules (and their tests); how many files."""
    files = {}
    for index in range(packages):
        package = f"lib/quiet/part{index}"
        files[f"{package}/__init__.py"] = "from . import annotated\n"
        for name, text in NOISY.items():
            files[f"{package}/{name}"] = text
            files[f"{package}/tests/test_{name}"] = text
    files["lib/quiet/__init__.py"] = ""
    write(folder, files)
    return len(files)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The files each parser read: CPython's for the pre-filter, libcst for a check."""
    seen: dict[str, list[str]] = {"ast": [], "libcst": [], "checked": []}
    reading, parse, check_source = Reading.of, project.parse, check_command.check_source

    def read(text: str, path: Path) -> Reading:
        seen["ast"].append(path.name)
        return reading(text, path)

    def parsing(path: Path, text: str):
        seen["libcst"].append(path.name)
        return parse(path, text)

    def checking(text, path, settings, project_):
        seen["checked"].append(path.name)
        return check_source(text, path, settings, project_)

    monkeypatch.setattr(Reading, "of", staticmethod(read))
    monkeypatch.setattr(project, "parse", parsing)
    monkeypatch.setattr("siglint.engine.parse", parsing)
    monkeypatch.setattr(check_command, "check_source", checking)
    return seen


def test_a_tree_without_mlflow_reports_nothing_and_is_not_parsed(
    tmp_path: Path, check: Callable[..., list[dict]], parsed: dict[str, list[str]]
) -> None:
    assert _quiet_tree(tmp_path) > 250
    assert check("--per-file-timeout", "0", "--no-cache") == []
    assert parsed == {"ast": [], "libcst": [], "checked": []}


def test_beside_a_model_only_the_model_is_parsed_and_reported(
    tmp_path: Path, check: Callable[..., list[dict]], parsed: dict[str, list[str]]
) -> None:
    _quiet_tree(tmp_path)
    write(tmp_path, {"models/model.py": MODEL})
    found = check("--per-file-timeout", "0", "--no-cache")
    assert [(item["filename"], item["code"]) for item in found] == [("models/model.py", "SIG101")]
    # (libcst parses the model again to verify its fix: siglint.fix_verification)
    assert (parsed["ast"], set(parsed["libcst"]), parsed["checked"]) == (
        [],
        {"model.py"},
        ["model.py"],
    )


def test_schema_of_a_tree_without_mlflow_reads_only_the_model(
    tmp_path: Path,
    parsed: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``siglint schema`` screens the files as ``check`` does: before it had a scope, it parsed
    every file of the tree with libcst (the pandas wheel: 94 s and 1.5 GB for 5 models)."""
    _quiet_tree(tmp_path)
    write(tmp_path, {"models/model.py": MODEL})
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["schema", ".", "--per-file-timeout", "0", "--output-format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(item["path"], item["name"]) for item in shown] == [("models/model.py", "Model")]
    assert (parsed["ast"], parsed["libcst"]) == ([], ["model.py"])


def test_a_warm_run_reads_the_decisions_again(
    tmp_path: Path, check: Callable[..., list[dict]], parsed: dict[str, list[str]]
) -> None:
    _quiet_tree(tmp_path, packages=2)
    assert check("--per-file-timeout", "0") == []
    # A helper starts to import MLflow: the files importing it may now reach a model.
    write(tmp_path, {"lib/quiet/part0/annotated.py": "import mlflow\n\n" + NOISY["annotated.py"]})
    write(
        tmp_path,
        {"lib/quiet/part0/model.py": "from .annotated import mlflow\n" + textwrap.dedent(MODEL)},
    )
    found = check("--per-file-timeout", "0")
    # Importing the helper raises (its NameError): now that a model imports it, it is reported.
    assert [(item["filename"], item["code"]) for item in found] == [
        ("lib/quiet/part0/model.py", "SIG009"),
        ("lib/quiet/part0/model.py", "SIG101"),
    ]
    [failure] = found[0]["related"]
    assert failure["filename"] == "lib/quiet/part0/annotated.py"
    assert "model.py" in parsed["checked"]
