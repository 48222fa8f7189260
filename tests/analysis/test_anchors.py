"""Anchors: a file that reaches MLflow but holds nothing a rule starts from is not checked.

Every test is the same proof obligation as the pre-filter's (``tests/perf/test_prefilter.py``):
a file the anchors let through may have findings, and a file they stop has none. Each anchor is
met through the ways a name reaches it: aliases, re-exports, star imports, functions returning
it, bases in other modules, notebooks.
"""

from __future__ import annotations

import ast
import json
import textwrap
from pathlib import Path

import pytest
from scratch_files import write

from siglint.analysis import anchors, known
from siglint.analysis.project import Project
from siglint.config import Settings
from siglint.engine import check_source
from siglint.prefilter import Screen
from siglint.sources import load

ANALYSIS = Path(__file__).parents[2] / "siglint" / "analysis"
MODEL = """\
    class Model(Base):
        def predict(self, context, model_input: str) -> list[str]:
            return [model_input]
    """


def _decided(folder: Path, name: str, settings: Settings | None = None) -> tuple[bool, list[str]]:
    """Whether the pre-filter keeps ``name``, and what a check of it finds."""
    path = (folder / name).absolute()
    source = load(path, path.read_bytes())
    settings = settings or Settings()
    kept = Screen().needs_check(path, source.text, settings, units=bool(source.units))
    codes = [d.code for d in check_source(source.text, path, settings, Project()).diagnostics]
    if not kept:
        assert codes == [], f"{name} was skipped but has {codes}"
    return kept, codes


@pytest.mark.parametrize(
    "code",
    [
        "import mlflow\nlm = mlflow.pyfunc.log_model\nlm('m', python_model=score)\n",
        "from mlflow.pyfunc import log_model as lm\nlm('m', python_model=score)\n",
        "import mlflow.pyfunc as pf\npf.log_model('m', python_model=score)\n",
        "import mlflow\n\ndef logger():\n    return mlflow.pyfunc.log_model\n\n"
        "logger()('m', python_model=score)\n",
        "from helpers import log\nlog('m', python_model=score)\n",
        "from helpers import *\nlog('m', python_model=score)\n",
        "import helpers\nhelpers.log('m', python_model=score)\n",
        "from helpers import logger\nlogger()('m', python_model=score)\n",
        "import mlflow\nlog = mlflow.pyfunc.log_model if True else None\nlog('m', python_model=score)\n",
        "import mlflow\nlog = mlflow.sklearn.log_model or mlflow.pyfunc.log_model\n"
        "log('m', python_model=score)\n",
    ],
    ids=[
        "alias",
        "import-as",
        "module-alias",
        "function-returning-it",
        "re-export",
        "star-import",
        "module-attribute",
        "imported-function-returning-it",
        "conditional",
        "boolean-operation",
    ],
)
def test_a_logging_call_passing_a_plain_function_is_an_anchor(tmp_path: Path, code: str) -> None:
    write(
        tmp_path,
        {
            "helpers.py": """\
                import mlflow
                from mlflow.pyfunc import log_model as log


                def logger():
                    return log
                """,
            "model.py": "def score(model_input: list[str]) -> list[str]:\n"
            "    return model_input\n\n\n" + code,
        },
    )
    kept, codes = _decided(tmp_path, "model.py")
    assert kept
    assert "SIG406" in codes  # a function logged without requirements: MLflow raises


@pytest.mark.parametrize(
    "files",
    [
        {"base.py": "import mlflow\n\nBase = mlflow.pyfunc.PythonModel\n"},
        {"base.py": "from mlflow.pyfunc import PythonModel as Base\n"},
        {
            "base.py": "from core import Base\n",
            "core/__init__.py": "from .bases import Base\n",
            "core/bases.py": "from mlflow.pyfunc import PythonModel\n\n\n"
            "class Base(PythonModel):\n    pass\n",
        },
        {
            "base.py": "from core.bases import *\n\nBase = Base\n",
            "core/__init__.py": "",
            "core/bases.py": "import mlflow\n\n\nclass Base(mlflow.pyfunc.PythonModel):\n    pass\n",
        },
        {
            "base.py": "import mlflow\n\n\ndef base():\n    return mlflow.pyfunc.PythonModel\n\n\n"
            "Base = base()\n"
        },
    ],
    ids=["alias", "import-as", "package-reexport", "star-import", "function-result"],
)
def test_a_class_deriving_from_python_model_is_an_anchor(
    tmp_path: Path, files: dict[str, str]
) -> None:
    write(tmp_path, {**files, "model.py": "from base import Base\n\n\n" + textwrap.dedent(MODEL)})
    assert _decided(tmp_path, "model.py") == (True, ["SIG101"])  # its input is no list


def test_a_chat_model_is_an_anchor(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "core/__init__.py": "",
            "core/bases.py": "import mlflow\n\n\nclass Base(mlflow.pyfunc.ChatModel):\n    pass\n",
            "model.py": "from core.bases import Base\n\n\n" + textwrap.dedent(MODEL),
        },
    )
    assert _decided(tmp_path, "model.py") == (True, [])  # MLflow gives it its signature


def test_an_aliased_pyfunc_decorator_is_an_anchor(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "decorators.py": "from mlflow.pyfunc.utils import pyfunc as typed\n",
            "model.py": """\
                from decorators import typed


                @typed
                def predict(model_input: set) -> list[str]:
                    return []
                """,
        },
    )
    kept, codes = _decided(tmp_path, "model.py")
    assert kept and codes


def test_mlflow_as_a_project_package_is_followed_to_its_classes(tmp_path: Path) -> None:
    """The benchmark checks mlflow's own source: ``ColSpec`` is a class of the project there."""
    write(
        tmp_path,
        {
            "mlflow/__init__.py": "",
            "mlflow/types/__init__.py": "from mlflow.types.schema import ColSpec\n",
            "mlflow/types/schema.py": "class ColSpec:\n    def __init__(self, type, name=None):\n"
            "        pass\n",
            "mlflow/uses.py": "from mlflow.types import ColSpec\n\nspec = ColSpec('doubel')\n",
            "mlflow/plain.py": "from mlflow.types import schema\n\nnames = [schema.__name__]\n",
        },
    )
    kept, codes = _decided(tmp_path, "mlflow/uses.py")
    assert kept and codes == ["SIG501"]
    assert _decided(tmp_path, "mlflow/plain.py") == (False, [])


@pytest.mark.parametrize(
    "code",
    [
        "import mlflow\n\nmlflow.log_metric('loss', 0.1)\nrun = mlflow.start_run()\n",
        "import mlflow\n\n\ndef train(model):\n    mlflow.sklearn.log_model(model, 'model')\n",
        "import mlflow\n\n\nclass Trainer:\n    def fit(self):\n        return mlflow.active_run()\n",
        # Names bound to themselves: the fixed point is reached, nothing is an anchor.
        "import mlflow\n\nnode = mlflow.get_run('x')\nwhile node:\n    node = node.parent\n"
        "    node.close(1)\n",
        "from mlflow import *\n\nx = helper(1)\n",
    ],
    ids=["tracking", "no-python-model", "class", "self-reference", "star-import"],
)
def test_a_file_using_mlflow_without_an_anchor_is_not_parsed_by_libcst(
    tmp_path: Path, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, {"train.py": code})
    path = (tmp_path / "train.py").absolute()
    parsed: list[Path] = []
    monkeypatch.setattr("siglint.analysis.project.parse", lambda p, t: parsed.append(p))
    assert not Screen().needs_check(path, path.read_text(), Settings())
    assert parsed == []
    monkeypatch.undo()
    assert _decided(tmp_path, "train.py") == (False, [])


@pytest.mark.parametrize("settings", [Settings(), Settings(select=("SIG999",))])
def test_a_file_the_compiler_refuses_is_checked_when_it_holds_an_anchor(
    tmp_path: Path, settings: Settings
) -> None:
    # ``return`` outside a function: CPython parses it, its compiler refuses it. Without an
    # anchor MLflow never looks at the file, and siglint does not either (nor compiles it).
    write(tmp_path, {"broken.py": "import mlflow\n\nreturn mlflow\n"})
    assert _decided(tmp_path, "broken.py", settings) == (False, [])
    model = textwrap.dedent(MODEL).replace("(Base)", "(mlflow.pyfunc.PythonModel)")
    write(tmp_path, {"model.py": f"import mlflow\n\n\n{model}\nreturn mlflow\n"})
    assert _decided(tmp_path, "model.py", settings) == (True, ["SIG999"])


def test_a_file_libcst_reads_otherwise_than_cpython_is_checked(tmp_path: Path) -> None:
    # Tabs after spaces: CPython reads the file, libcst's tokenizer does not (SIG999); nothing
    # in it is an anchor (``ythonModel`` is no name).
    body = "class Model(ythonModel):\n    def predict(self, model_input):\n\t    return 1\n"
    write(tmp_path, {"model.py": f"from mlflow.pyfunc import PythonModel\n\n\n{body}"})
    assert _decided(tmp_path, "model.py") == (True, ["SIG999"])
    write(tmp_path, {"plain.py": f"import os\n\n\n{body}"})  # nothing of MLflow
    assert _decided(tmp_path, "plain.py") == (False, [])
    # Lines ended by lone carriage returns, which Python reads as line ends too.
    (tmp_path / "old_mac.py").write_bytes(
        f"from mlflow.pyfunc import PythonModel\n\n\n{body}".replace("\n", "\r").encode()
    )
    assert _decided(tmp_path, "old_mac.py") == (True, ["SIG999"])


def test_an_older_target_release_keeps_files_naming_mlflow_checked(tmp_path: Path) -> None:
    write(tmp_path, {"agent.py": "from mlflow.pyfunc import ResponsesAgent\n"})
    assert _decided(tmp_path, "agent.py") == (False, [])
    older = Settings(target_mlflow_version="2.10.0")
    assert _decided(tmp_path, "agent.py", older) == (True, ["SIG903"])


def _notebook(cells: list[str]) -> str:
    return json.dumps(
        {
            "cells": [
                {
                    "cell_type": "code",
                    "metadata": {},
                    "source": cell,
                    "outputs": [],
                    "execution_count": None,
                }
                for cell in cells
            ],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


def test_notebooks_are_read_as_their_python_text(tmp_path: Path) -> None:
    model = (
        "import mlflow\n\n\nclass M(mlflow.pyfunc.PythonModel):\n"
        "    def predict(self, context, model_input: set) -> list[str]:\n        return []\n"
    )
    written = f"%%writefile agent.py\n{model}"
    write(
        tmp_path,
        {
            "model.ipynb": _notebook(["import mlflow", model]),
            "tracking.ipynb": _notebook(["import mlflow", "mlflow.log_metric('a', 1)"]),
            "written.ipynb": _notebook(["import mlflow", written]),
            "databricks.py": f"# Databricks notebook source\n{model}",
        },
    )
    assert _decided(tmp_path, "model.ipynb")[0]
    assert _decided(tmp_path, "databricks.py")[0]
    assert _decided(tmp_path, "tracking.ipynb") == (False, [])
    # A %%writefile cell is a module of its own (a unit), whose anchors are not looked for.
    assert _decided(tmp_path, "written.ipynb")[0]


def test_a_notebook_run_of_another_is_followed(tmp_path: Path) -> None:
    """``%run ./base`` is a star import of that file (``siglint.sources.run``); a ``%run`` of a
    file that is not there leaves its names unknown: the notebook is checked."""
    cell = "# COMMAND ----------\n\n" + textwrap.dedent(MODEL)
    write(
        tmp_path,
        {
            "base.py": "import mlflow\n\n\nclass Base(mlflow.pyfunc.PythonModel):\n    pass\n",
            "found.py": f"# Databricks notebook source\n# MAGIC %run ./base\n\n{cell}",
            "missing.py": f"# Databricks notebook source\nimport mlflow\n\n# COMMAND ----------\n"
            f"\n# MAGIC %run ./gone\n\n{cell}",
        },
    )
    assert _decided(tmp_path, "found.py") == (True, ["SIG101"])
    assert _decided(tmp_path, "missing.py") == (True, [])


def test_every_mlflow_name_the_analysis_compares_is_in_the_shared_table() -> None:
    """A check that starts comparing a callee (or a base) with a new MLflow name must add it to
    ``siglint.analysis.known`` and say whether it is an anchor: written anywhere else, or left
    unclassified there, this test fails."""
    elsewhere = [
        f"{path.name}: {node.value}"
        for path in sorted(ANALYSIS.glob("*.py"))
        if path.name != "known.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.startswith("mlflow.")
    ]
    assert elsewhere == []
    named = {
        value
        for name, value in vars(known).items()
        if name.isupper() and isinstance(value, str) and value.startswith("mlflow.")
    }
    anchors = {known.PYTHON_MODEL, *known.BUILTIN_KINDS, *known.CHECKED_CALLEES}
    not_anchors = {known.SET_MODEL, known.DATATYPE}  # each says why, where it is defined
    assert named - anchors - not_anchors == set()
    assert all(known.EXTERNAL_BASES[kind] == (known.PYTHON_MODEL,) for kind in known.BUILTIN_KINDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("class M(PythonModel): ...", True),
        ("class M(mlflow.pyfunc.ChatModel): ...", True),
        ("x = ChatAgent", True),
        ("from mlflow.pyfunc import ResponsesAgent", True),
        ("log_model(python_model = m)", True),
        ("@ pyfunc\ndef f(x): ...", True),
        ("MyPythonModels = 1", False),  # the words inside others
        ("python_model_path = 2", False),
        ("import pyfunctional", False),
        ("class M(Model): ...", False),
        ("", False),
    ],
)
def test_likely_answers_as_its_pattern_alone_would(text: str, expected: bool) -> None:
    # ``likely`` skips the search of a text with none of its words: every spelling the
    # pattern finds holds one, so skipping changes no answer.
    assert anchors.likely(text) is expected
    assert (anchors._LIKELY.search(text) is not None) is expected
