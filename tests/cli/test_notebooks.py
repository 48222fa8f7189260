"""``siglint check`` and ``siglint schema`` on notebooks: Jupyter (written with nbformat, as
Jupyter writes them) and Databricks source notebooks.

Tests marked ``fake_linter`` run the stand-in linter of ``conftest.py`` (``model_input: str`` has
a safe fix, ``-> str`` an unsafe one); the others run the real engine.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nbformat
import pytest

Siglint = Callable[..., Any]
fake = pytest.mark.usefixtures("fake_linter")

MODEL_CELL = """\
class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list) -> list[str]:
        return []"""


def notebook(path: Path, *cells: Any, **metadata: Any) -> Path:
    """A notebook of ``cells`` (code as strings, markdown as ``("md", text)``), written by
    nbformat as Jupyter writes it, with an output, execution counts and cell ids."""
    made = nbformat.v4.new_notebook(metadata=metadata)
    for count, cell in enumerate(cells, 1):
        if isinstance(cell, tuple):
            made.cells.append(nbformat.v4.new_markdown_cell(cell[1]))
        else:
            code = nbformat.v4.new_code_cell(cell, execution_count=count)
            code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="ok\n")]
            made.cells.append(code)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(made, path)
    return path


def test_a_folder_of_notebooks_is_checked_and_positions_are_in_cells(
    siglint: Siglint, tmp_path: Path
) -> None:
    notebook(
        tmp_path / "nb" / "train.ipynb",
        ("md", "# Training"),
        "%pip install mlflow\n!nvidia-smi",
        "import mlflow",
        ("md", "The model"),
        MODEL_CELL,
    )
    result = siglint("check", "nb")
    assert result.code == 1
    assert "no Python files found" not in result.err
    assert "nb/train.ipynb:cell 5:2:45: SIG102 " in result.out


def test_json_output_has_the_cell_and_a_location_in_it(siglint: Siglint, tmp_path: Path) -> None:
    notebook(tmp_path / "train.ipynb", ("md", "# Title"), "import mlflow", MODEL_CELL)
    items = json.loads(siglint("check", "train.ipynb", "--output-format", "json").out)
    assert [(i["code"], i["cell"], i["location"], i["end_location"]) for i in items] == [
        ("SIG102", 3, {"row": 2, "column": 45}, {"row": 2, "column": 49})
    ]


def test_sarif_and_github_point_at_the_line_of_the_notebook_file(
    siglint: Siglint, tmp_path: Path
) -> None:
    path = notebook(tmp_path / "train.ipynb", "import mlflow", MODEL_CELL)
    lines = path.read_text().splitlines()
    row = next(n for n, line in enumerate(lines, 1) if "model_input: list)" in line)
    column = lines[row - 1].index("list)") + 1
    github = siglint("check", "train.ipynb", "--output-format", "github").out
    assert f"file=train.ipynb,line={row},col={column}," in github
    assert "title=siglint (SIG102 in cell 2)" in github
    sarif = json.loads(siglint("check", "train.ipynb", "--output-format", "sarif").out)
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (row, column)


def test_full_output_numbers_lines_in_the_cell(siglint: Siglint, tmp_path: Path) -> None:
    notebook(tmp_path / "train.ipynb", "import mlflow", MODEL_CELL)
    out = siglint("check", "train.ipynb", "--output-format", "full").out
    assert "--> train.ipynb:cell 2:2:45" in out
    assert "2 |     def predict(self, context, model_input: list) -> list[str]:" in out


def test_full_output_shows_only_the_flagged_cell_as_it_is_written(
    siglint: Siglint, tmp_path: Path
) -> None:
    agent = MODEL_CELL.replace("model_input: list", "model_input: str")
    notebook(
        tmp_path / "train.ipynb",
        "import mlflow",
        f"%%writefile agent.py\nimport mlflow\n{agent}\nmlflow.models.set_model(Model())",
        "mlflow.pyfunc.log_model(name='a', python_model='agent.py')",
    )
    out = siglint("check", "train.ipynb", "--output-format", "full", "--unsafe-fixes").out
    assert "--> train.ipynb:cell 2:4:45" in out and "--> train.ipynb:cell 3:1:1" in out
    # No line of the joined module that is no cell's (the separator before a cell, the preamble),
    # and a %%writefile cell as written, not masked, with carets under its own columns.
    assert "COMMAND" not in out and "IPython" not in out
    assert "4 |     def predict(self, context, model_input: str) -> list[str]:\n" in out
    assert "\n  |                                             ^^^\n" in out
    assert "4 +     def predict(self, context, model_input: list[str]) -> list[str]:\n" in out
    assert "#" not in out
    assert "\n1 | mlflow.pyfunc.log_model(name='a', python_model='agent.py')\n" in out


def test_full_output_shows_a_cell_indented_as_a_whole_as_written(
    siglint: Siglint, tmp_path: Path
) -> None:
    indented = "\n".join(f"  {line}" for line in MODEL_CELL.splitlines())
    notebook(tmp_path / "train.ipynb", "import mlflow", indented)
    out = siglint("check", "train.ipynb", "--output-format", "full").out
    assert "--> train.ipynb:cell 2:2:47" in out
    assert "\n2 |       def predict(self, context, model_input: list) -> list[str]:\n" in out
    assert "\n  |                                               ^^^^\n" in out


def test_naming_a_notebook_reads_its_cells_not_its_json(siglint: Siglint, tmp_path: Path) -> None:
    notebook(tmp_path / "train.ipynb", "import mlflow", MODEL_CELL)
    assert "SIG102" in siglint("check", "train.ipynb").out


def test_a_notebook_that_is_not_json_costs_one_diagnostic(siglint: Siglint, tmp_path: Path) -> None:
    (tmp_path / "broken.ipynb").write_text('{"cells": [', encoding="utf-8")
    notebook(tmp_path / "good.ipynb", "import mlflow", MODEL_CELL)
    (tmp_path / "empty.ipynb").write_bytes(b"")  # as an empty .py file: nothing to say
    result = siglint("check", ".")
    assert (
        "broken.ipynb:1:1: SIG999 siglint cannot read this file: this notebook is not valid JSON"
        in result.out
    )
    assert "good.ipynb:cell 2:2:45: SIG102" in result.out
    assert "empty.ipynb" not in result.out


def test_checkpoints_and_excluded_notebooks_are_skipped(siglint: Siglint, tmp_path: Path) -> None:
    notebook(
        tmp_path / ".ipynb_checkpoints" / "train-checkpoint.ipynb", "import mlflow", MODEL_CELL
    )
    notebook(tmp_path / "scratch" / "try.ipynb", "import mlflow", MODEL_CELL)
    notebook(tmp_path / "train.ipynb", "import mlflow", MODEL_CELL)
    (tmp_path / "pyproject.toml").write_text('[tool.siglint]\nextend-exclude = ["scratch"]\n')
    out = siglint("check", ".").out
    assert "train.ipynb:cell 2" in out
    assert "checkpoint" not in out and "scratch" not in out


def test_an_r_notebook_has_no_python(siglint: Siglint, tmp_path: Path) -> None:
    notebook(
        tmp_path / "analysis.ipynb",
        "library(dplyr)\nx <- 1",
        kernelspec={"name": "ir", "language": "R", "display_name": "R"},
    )
    result = siglint("check", "analysis.ipynb")
    assert result.code == 0 and "SIG999" not in result.out


def test_run_brings_in_the_names_of_another_notebook(siglint: Siglint, tmp_path: Path) -> None:
    notebook(tmp_path / "setup.ipynb", "import mlflow\nfrom pydantic import BaseModel")
    notebook(tmp_path / "train.ipynb", "%run ./setup.ipynb", MODEL_CELL)
    notebook(
        tmp_path / "nowhere.ipynb", "%run ./missing", MODEL_CELL.replace("list)", "list[str])")
    )
    out = siglint("check", "train.ipynb", "nowhere.ipynb").out
    assert "train.ipynb:cell 2:2:45: SIG102" in out
    assert "SIG901" not in out  # `mlflow` is defined by setup; unknown where the target is missing


def test_schema_reports_notebook_models_by_cell(siglint: Siglint, tmp_path: Path) -> None:
    notebook(
        tmp_path / "train.ipynb",
        ("md", "# Model"),
        "%pip install mlflow\nimport mlflow",
        MODEL_CELL.replace("list)", "list[str])"),
    )
    items = json.loads(siglint("schema", "train.ipynb", "--output-format", "json").out)
    assert [(i["path"], i["cell"], i["line"], i["name"], i["outcome"]) for i in items] == [
        ("train.ipynb", 3, 1, "Model", "signature")
    ]
    assert items[0]["input_schema"] == [{"type": "string", "required": True}]
    text = siglint("schema", "train.ipynb").out
    assert text.startswith("train.ipynb:cell 3:1: Model (python_model)\n")


WRITEFILE_AGENT = """\
%%writefile agent.py
import mlflow


class Agent(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list) -> list[str]:
        return []


mlflow.models.set_model(Agent())
"""


def test_a_writefile_cell_is_a_module_of_its_own(siglint: Siglint, tmp_path: Path) -> None:
    notebook(
        tmp_path / "agent.ipynb",
        "import mlflow",
        WRITEFILE_AGENT,
        'mlflow.pyfunc.log_model(name="agent", python_model="agent.py")',
    )
    out = siglint("check", "agent.ipynb").out
    assert "agent.ipynb:cell 2:6:45: SIG102" in out
    assert not (tmp_path / "agent.py").exists()
    items = json.loads(siglint("schema", "agent.ipynb", "--output-format", "json").out)
    assert [(i["cell"], i["line"], i["name"]) for i in items] == [(2, 5, "Agent")]


@fake
def test_fix_changes_only_the_fixed_cell_byte_for_byte(siglint: Siglint, tmp_path: Path) -> None:
    path = notebook(
        tmp_path / "train.ipynb",
        ("md", "# Café ☕"),
        "%pip install mlflow\nimport mlflow",
        "def predict(model_input: str) -> list[str]:\n    return []",
        "%%writefile agent.py\ndef predict(model_input: str):\n    pass\n",
        "x = 1",
    )
    before = path.read_bytes()
    result = siglint("check", "--fix", "train.ipynb")
    assert result.code == 0
    after = path.read_bytes()
    old, new = json.loads(before), json.loads(after)
    changed = [
        n for n, (a, b) in enumerate(zip(old["cells"], new["cells"], strict=True), 1) if a != b
    ]
    assert changed == [3, 4]
    assert new["cells"][2]["source"] == [
        "def predict(model_input: list[str]) -> list[str]:\n",
        "    return []",
    ]
    assert new["cells"][3]["source"][1] == "def predict(model_input: list[str]):\n"
    # Outside the two `source` values, the file is what it was, byte for byte.
    expected = before.replace(b"model_input: str", b"model_input: list[str]")
    assert after == expected


@fake
def test_diff_shows_each_changed_cell(siglint: Siglint, tmp_path: Path) -> None:
    path = notebook(
        tmp_path / "train.ipynb", "%pip install x", "def f(model_input: str):\n    pass"
    )
    before = path.read_bytes()
    result = siglint("check", "--diff", "train.ipynb")
    assert result.code == 1
    assert "--- train.ipynb:cell 2\n+++ train.ipynb:cell 2\n" in result.out
    assert "-def f(model_input: str):\n+def f(model_input: list[str]):\n" in result.out
    assert path.read_bytes() == before


@fake
def test_fix_keeps_magics_and_a_source_written_as_one_string(
    siglint: Siglint, tmp_path: Path
) -> None:
    cells = [
        {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {},
            "outputs": [],
            "source": "%time x = 1\ndef f(model_input: str):\n    !echo hi\n    pass",
        }
    ]
    text = json.dumps(
        {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=2
    )
    path = tmp_path / "one.ipynb"
    path.write_text(text, encoding="utf-8")
    siglint("check", "--fix", "one.ipynb")
    assert path.read_text(encoding="utf-8") == text.replace(
        "model_input: str", "model_input: list[str]"
    )


DATABRICKS = """\
# Databricks notebook source
# MAGIC %run ./_resources/00-init

# COMMAND ----------

%pip install -U mlflow
dbutils.library.restartPython()

# COMMAND ----------

# MAGIC %md
# MAGIC ## The model

# COMMAND ----------

class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list) -> list[str]:
        return []

# COMMAND ----------

# MAGIC %%writefile agent.py
# MAGIC import mlflow
# MAGIC
# MAGIC class Agent(mlflow.pyfunc.PythonModel):
# MAGIC     def predict(self, context, model_input: str) -> list[str]:
# MAGIC         return []
# MAGIC
# MAGIC mlflow.models.set_model(Agent())

# COMMAND ----------

display(spark.table("x"))
mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
"""


def test_a_databricks_notebook_reads_as_its_cells(siglint: Siglint, tmp_path: Path) -> None:
    (tmp_path / "_resources").mkdir()
    (tmp_path / "_resources" / "00-init.py").write_text(
        "# Databricks notebook source\nimport mlflow\n"
    )
    (tmp_path / "agent_nb.py").write_text(DATABRICKS)
    out = siglint("check", "agent_nb.py").out
    assert "SIG999" not in out  # the raw %pip line is valid there
    assert "SIG901" not in out  # mlflow comes from %run, spark and display from Databricks
    assert "agent_nb.py:17:45: SIG102" in out
    assert "agent_nb.py:26:53: SIG101" in out  # in the %%writefile module
    assert "agent_nb.py:34:1: SIG405 `Agent` is logged without any signature" in out
    items = json.loads(siglint("schema", "agent_nb.py", "--output-format", "json").out)
    assert sorted((i["line"], i["name"], i["cell"]) for i in items) == [
        (16, "Model", None),
        (25, "Agent", None),
    ]


def test_a_databricks_run_target_not_found_leaves_names_unknown(
    siglint: Siglint, tmp_path: Path
) -> None:
    (tmp_path / "nb.py").write_text(DATABRICKS)
    out = siglint("check", "nb.py").out
    assert "SIG901" not in out  # `mlflow` may come from the notebook %run would have run
    assert "nb.py:26:53: SIG101" in out


@fake
def test_fix_writes_a_databricks_notebook_back(siglint: Siglint, tmp_path: Path) -> None:
    path = tmp_path / "nb.py"
    path.write_text(DATABRICKS)
    siglint("check", "--fix", "nb.py")
    assert path.read_text() == DATABRICKS.replace(
        "# MAGIC     def predict(self, context, model_input: str)",
        "# MAGIC     def predict(self, context, model_input: list[str])",
    )


def test_a_cell_indented_as_a_whole_reads_as_ipython_dedents_it(
    siglint: Siglint, tmp_path: Path
) -> None:
    notebook(tmp_path / "train.ipynb", "import mlflow", "  " + MODEL_CELL.replace("\n", "\n  "))
    assert "train.ipynb:cell 2:2:47: SIG102" in siglint("check", "train.ipynb").out


@fake
def test_fix_in_an_indented_cell_keeps_its_indentation(siglint: Siglint, tmp_path: Path) -> None:
    path = notebook(tmp_path / "train.ipynb", " def f(model_input: str):\n     pass")
    siglint("check", "--fix", "train.ipynb")
    cell = json.loads(path.read_text())["cells"][0]
    assert cell["source"] == [" def f(model_input: list[str]):\n", "     pass"]


@pytest.mark.parametrize(
    ("cells", "metadata"),
    [
        # Databricks' language cells, in a notebook exported from Databricks.
        (
            ["%sql\nSELECT\n  count(*) AS n\nFROM t", "%md\n# Title"],
            {"application/vnd.databricks.v1+notebook": {"language": "python"}},
        ),
        # IPython runs a cell's top-level await.
        (["async def answer():\n    return 1\n\nresult = await answer()", "x = 1"], {}),
    ],
    ids=["databricks-languages", "top-level-await"],
)
def test_cells_ipython_runs_but_python_would_not_compile(
    siglint: Siglint, tmp_path: Path, cells: list[str], metadata: dict
) -> None:
    notebook(tmp_path / "nb.ipynb", *cells, "import mlflow", MODEL_CELL, **metadata)
    out = siglint("check", "nb.ipynb").out
    assert "SIG999" not in out
    assert "nb.ipynb:cell 4:2:45: SIG102" in out


def test_a_databricks_cell_title_does_not_hide_its_magic(siglint: Siglint, tmp_path: Path) -> None:
    (tmp_path / "init.py").write_text("# Databricks notebook source\nimport mlflow\n")
    (tmp_path / "nb.py").write_text(
        "# Databricks notebook source\n# DBTITLE 1,Setup\n# MAGIC %run ./init $reset=false\n\n"
        "# COMMAND ----------\n\n" + MODEL_CELL + "\n"
    )
    out = siglint("check", "nb.py").out
    assert "SIG901" not in out
    assert "nb.py:8:45: SIG102" in out


@fake
def test_fix_on_standard_input_prints_the_fixed_notebook(
    siglint: Siglint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = notebook(tmp_path / "train.ipynb", "def f(model_input: str):\n    pass")
    data = path.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    run = siglint("check", "--fix", "--stdin-filename", "train.ipynb")
    assert run.out == data.decode().replace("model_input: str", "model_input: list[str]")


def test_a_cell_that_does_not_parse_is_reported_from_standard_input_too(
    siglint: Siglint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whether the notebook names MLflow is read from what is checked, not from the disk: the
    # file named by --stdin-filename may not exist yet, or hold an older text.
    data = notebook(tmp_path / "saved.ipynb", "import mlflow", "def broken(:").read_bytes()
    (tmp_path / "train.ipynb").write_bytes(b"")
    for name in ("train.ipynb", "new.ipynb"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        run = siglint("check", "--no-cache", "--stdin-filename", name)
        assert f"{name}:cell 2:1:12: SIG999 " in run.out
        assert run.code == 1


def test_the_cache_and_the_pre_filter_follow_run(
    siglint: Siglint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGLINT_CACHE_DIR", str(tmp_path / ".cache"))
    notebook(tmp_path / "setup.ipynb", "import mlflow")
    # The notebook never names MLflow itself: only %run's target tells it must be checked.
    notebook(tmp_path / "train.ipynb", "%run ./setup", MODEL_CELL.replace("mlflow.pyfunc.", ""))
    (tmp_path / "setup.ipynb").write_text(
        (tmp_path / "setup.ipynb")
        .read_text()
        .replace("import mlflow", "from mlflow.pyfunc import PythonModel")
    )
    assert "train.ipynb:cell 2:2:45: SIG102" in siglint("check", "train.ipynb").out
    assert "train.ipynb:cell 2:2:45: SIG102" in siglint("check", "train.ipynb").out  # cached
    notebook(tmp_path / "setup.ipynb", "import os")
    # No model is defined any more (its base is no name of MLflow's): its NameError is Python's
    # to report, not siglint's (siglint.scope).
    assert siglint("check", "train.ipynb").out == "All checks passed!\n"


BROKEN_CELL = """\
# Databricks notebook source
import mlflow

# COMMAND ----------

def truncate(text):
    count = len(text))  # noqa: SIG101
    return text

# COMMAND ----------

class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: str) -> list[str]:
        return []
"""


def test_a_cell_that_does_not_parse_hides_no_other_cell(siglint: Siglint, tmp_path: Path) -> None:
    # A SyntaxError stops that cell alone: the notebook's other cells still run.
    (tmp_path / "nb.py").write_text(BROKEN_CELL)
    out = siglint("check", "nb.py").out
    assert "nb.py:7:22: SIG999 SyntaxError: unmatched ')'" in out
    assert "nb.py:13:45: SIG101" in out
    assert "SIG900" not in out  # the broken cell's comments are read by no one
    items = json.loads(siglint("schema", "nb.py", "--output-format", "json").out)
    assert [(i["name"], i["line"]) for i in items] == [("Model", 12)]


@fake
def test_fix_keeps_a_cell_that_does_not_parse_byte_for_byte(
    siglint: Siglint, tmp_path: Path
) -> None:
    path = notebook(
        tmp_path / "nb.ipynb",
        "import mlflow",
        "%pip install x\nif True:\n    count = len(text))",
        "  " + MODEL_CELL.replace("list)", "str)").replace("\n", "\n  "),
    )
    before = nbformat.read(path, as_version=4)
    assert "(1 fixed, 0 remaining)" in siglint("check", "--fix", "nb.ipynb").out
    after = nbformat.read(path, as_version=4)
    assert after.cells[1].source == before.cells[1].source
    assert "model_input: list[str])" in after.cells[2].source
    (tmp_path / "db.py").write_text(BROKEN_CELL)
    siglint("check", "--fix", "db.py")
    assert (tmp_path / "db.py").read_text() == BROKEN_CELL.replace(
        "model_input: str)", "model_input: list[str])"
    )


@fake
def test_two_cells_writing_one_file_are_fixed_each_in_its_own_cell(
    siglint: Siglint, tmp_path: Path
) -> None:
    # A notebook drafts agent.py, then writes it again: each cell keeps its own text.
    first = WRITEFILE_AGENT.replace("model_input: list)", "model_input: list[str])")
    second = WRITEFILE_AGENT.replace("model_input: list)", "model_input: str)")
    path = notebook(tmp_path / "agent.ipynb", first, second)
    siglint("check", "--fix", "agent.ipynb")
    cells = nbformat.read(path, as_version=4).cells
    assert cells[0].source == first
    assert cells[1].source == second.replace("model_input: str)", "model_input: list[str])")


def test_a_future_import_in_a_later_cell_applies_from_the_start(
    siglint: Siglint, tmp_path: Path
) -> None:
    """IPython keeps a cell's future import for the cells after it; the module has it first."""
    later = "from __future__ import annotations\n\n\n" + MODEL_CELL.replace("list)", "list[Later])")
    notebook(tmp_path / "train.ipynb", "import mlflow", later, "class Later:\n    pass")
    out = siglint("check", "train.ipynb").out
    assert "SIG999" not in out and "SIG901" not in out


@fake
def test_fix_keeps_a_later_cell_s_future_import(siglint: Siglint, tmp_path: Path) -> None:
    path = notebook(
        tmp_path / "train.ipynb",
        "x = 1",
        "from __future__ import annotations\ndef f(model_input: str):\n    pass",
    )
    siglint("check", "--fix", "train.ipynb")
    assert json.loads(path.read_text())["cells"][1]["source"] == [
        "from __future__ import annotations\n",
        "def f(model_input: list[str]):\n",
        "    pass",
    ]


def test_run_reaches_the_names_of_the_notebooks_run_in_turn(
    siglint: Siglint, tmp_path: Path
) -> None:
    """As Python's ``from m import *`` gives the names ``m`` star-imported itself."""
    notebook(tmp_path / "_resources" / "00-global.ipynb", "import mlflow")
    (tmp_path / "_resources" / "00-init.py").write_text(
        "# Databricks notebook source\n# MAGIC %run ./00-global\n"
    )
    notebook(tmp_path / "train.ipynb", "%run ./_resources/00-init", MODEL_CELL)
    out = siglint("check", "train.ipynb").out
    assert "SIG901" not in out
    assert "train.ipynb:cell 2:2:45: SIG102" in out


def test_a_writefile_cell_of_another_file_is_no_module(siglint: Siglint, tmp_path: Path) -> None:
    """An agent notebook writes its config.yml and requirements.txt too: not Python."""
    config = "%%writefile config.yml\nmlflow_experiment: /Users/me/agent\ntools:\n  - name: [a, b\n"
    notebook(tmp_path / "agent.ipynb", config, "%%writefile requirements.txt\nmlflow==3.1\n")
    (tmp_path / "db.py").write_text(
        "# Databricks notebook source\n# MAGIC %%writefile config.yaml\n# MAGIC mlflow: [x\n"
    )
    result = siglint("check", "agent.ipynb", "db.py")
    assert result.code == 0 and "SIG999" not in result.out
    assert not (tmp_path / "config.yml").exists()


def test_junit_and_json_lines_place_findings_in_cells(siglint: Siglint, tmp_path: Path) -> None:
    notebook(tmp_path / "train.ipynb", ("md", "# Title"), "import mlflow", MODEL_CELL)
    junit = siglint("check", "train.ipynb", "--output-format", "junit").out
    assert 'line="2" column="45"' in junit
    assert '<property name="cell" value="3" />' in junit
    assert "cell 3, line 2, col 45, MLflow raises" in junit
    (item,) = map(
        json.loads,
        siglint("check", "train.ipynb", "--output-format", "json-lines").out.splitlines(),
    )
    assert (item["cell"], item["location"]) == (3, {"row": 2, "column": 45})
