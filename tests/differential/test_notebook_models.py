"""Differential tests on notebooks: siglint's ``schema`` of a notebook must equal what the real
MLflow logs for the models of that notebook's code.

Each case is a Jupyter notebook written with nbformat, or a Databricks source notebook. The MLflow
side does not use siglint's reading of notebooks: this file extracts the code itself, as the
kernel would run it (code cells in order, magics dropped, ``%run`` replaced by the other
notebook's code, a ``%%writefile`` cell written to its file), and the oracle (``oracle.py``)
logs every model of the extracted modules with ``mlflow.pyfunc.save_model``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

HERE = Path(__file__).resolve().parent
ORACLE_SCRIPT = HERE / "oracle.py"
COMPARED_KEYS = ("kind", "outcome", "input_schema", "output_schema", "params_schema")
DATABRICKS_SEPARATOR = "\n# COMMAND ----------\n"

SETUP = ["import mlflow\nfrom typing import Optional\nfrom pydantic import BaseModel"]

MODEL = """\
class {name}(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: {hint}) -> {output}:
        return model_input"""


def model(name: str, hint: str, output: str = "list[str]") -> str:
    return MODEL.format(name=name, hint=hint, output=output)


@dataclass(frozen=True)
class Notebook:
    """A notebook of code cells (markdown as ``("md", text)``); ``databricks``: a source file."""

    name: str
    cells: tuple[object, ...]
    targets: tuple[str, ...] = ()
    databricks: bool = False


CASES = (
    Notebook(
        "magics_first",
        (
            ("md", "# A model"),
            "%pip install -U mlflow\n!nvidia-smi",
            *SETUP,
            "%load_ext autoreload\n%autoreload 2",
            model("Echo", "list[str]"),
        ),
        ("Echo",),
    ),
    Notebook(
        "pydantic_across_cells",
        (
            *SETUP,
            "class Message(BaseModel):\n    role: str\n    content: Optional[str] = None",
            ("md", "The model"),
            model("Chat", "list[Message]", "list[dict[str, str]]"),
        ),
        ("Chat",),
    ),
    Notebook(
        "transparent_cell_magics",
        (
            "%%capture\nimport mlflow",
            "%%time\n" + model("Timed", "list[dict[str, int]]", "list[int]"),
        ),
        ("Timed",),
    ),
    Notebook(
        "indented_cell",
        (*SETUP, textwrap.indent(model("Indented", "list[float]", "list[float]"), "    ")),
        ("Indented",),
    ),
    Notebook("setup", tuple(SETUP)),
    Notebook(
        "runs_setup",
        ("%run ./setup.ipynb", model("FromRun", "list[Optional[str]]", "list[str]")),
        ("FromRun",),
    ),
    Notebook(
        "raises_when_defined",
        (*SETUP, "%matplotlib inline", model("NoElement", "list")),
        ("NoElement",),
    ),
    Notebook(
        "no_signature",
        (*SETUP, "import pandas as pd", model("Frame", "pd.DataFrame", "pd.DataFrame")),
        ("Frame",),
    ),
    Notebook(
        "writefile",
        (
            "%pip install mlflow",
            "%%writefile nb_agent.py\nimport mlflow\n\n\n"
            + model("Agent", "list[dict[str, str]]")
            + "\n\n\nmlflow.models.set_model(Agent())\n",
        ),
        ("Agent",),
    ),
    Notebook(
        "databricks_source",
        (
            "# MAGIC %md\n# MAGIC ## Setup",
            "%pip install -U mlflow",
            "\n".join(SETUP),
            "# DBTITLE 1,The model\n" + model("Databricks", "list[dict[str, float]]"),
        ),
        ("Databricks",),
        databricks=True,
    ),
    Notebook(
        "databricks_writefile",
        (
            "# MAGIC %%writefile db_agent.py\n"
            + textwrap.indent(
                "import mlflow\n\n"
                + model("DbAgent", "list[str]")
                + "\n\nmlflow.models.set_model(DbAgent())",
                "# MAGIC ",
            ).replace("# MAGIC \n", "# MAGIC\n"),
        ),
        ("DbAgent",),
        databricks=True,
    ),
)


def _write(folder: Path, notebook: Notebook) -> Path:
    if notebook.databricks:
        path = folder / f"{notebook.name}.py"
        text = "# Databricks notebook source\n" + DATABRICKS_SEPARATOR.join(
            f"\n{cell}\n" for cell in notebook.cells
        )
        path.write_text(text, encoding="utf-8")
        return path
    made = nbformat.v4.new_notebook()
    for cell in notebook.cells:
        if isinstance(cell, tuple):
            made.cells.append(nbformat.v4.new_markdown_cell(cell[1]))
        else:
            made.cells.append(nbformat.v4.new_code_cell(cell))
    path = folder / f"{notebook.name}.ipynb"
    nbformat.write(made, path)
    return path


# ------------------------------------------------------------------ the kernel's view, for MLflow
def _code_cells(path: Path) -> list[str]:
    if path.suffix == ".py":
        text = path.read_text(encoding="utf-8").split("\n", 1)[1]
        return text.split(DATABRICKS_SEPARATOR)
    return [
        cell.source for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"
    ]


def _extracted(path: Path, written: dict[str, str]) -> str:
    """The code the kernel runs for the notebook at ``path``; ``%%writefile`` cells go to
    ``written`` (file name -> text)."""
    code = []
    for cell in _code_cells(path):
        lines = cell.strip("\n").split("\n")
        if all(line.startswith("# MAGIC") for line in lines if line.strip()):
            lines = [line.removeprefix("# MAGIC").removeprefix(" ") for line in lines]
        if lines and lines[0].startswith("%%writefile"):
            written[lines[0].split()[1]] = "\n".join(lines[1:]) + "\n"
            continue
        if lines and lines[0].startswith("%%"):
            lines = lines[1:]  # %%capture, %%time: the body runs
        kept = []
        for line in lines:
            if line.startswith("%run "):
                target = path.parent / line.split()[1]
                kept.append(_extracted(target, written))
            elif not line.lstrip().startswith(("%", "!", "# MAGIC", "# DBTITLE")):
                kept.append(line)
        code.append(textwrap.dedent("\n".join(kept)))
    return "\n\n".join(code) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("notebooks")
    for notebook in CASES:
        _write(folder, notebook)
    return folder


@pytest.fixture(scope="module")
def mlflow_records(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """(notebook name, model name) -> the oracle's record of the extracted code."""
    cases = tmp_path_factory.mktemp("extracted")
    for notebook in CASES:
        if not notebook.targets:
            continue
        path = corpus / (f"{notebook.name}.py" if notebook.databricks else f"{notebook.name}.ipynb")
        written: dict[str, str] = {}
        code = _extracted(path, written)
        for file_name, text in written.items():
            names = [t for t in notebook.targets if f"class {t}(" in text]
            header = "".join(f"# target: {name} python_model\n" for name in names)
            (cases / f"{notebook.name}__{Path(file_name).stem}.py").write_text(header + text)
        names = [t for t in notebook.targets if f"class {t}(" in code]
        if names:
            header = "".join(f"# target: {name} python_model\n" for name in names)
            (cases / f"{notebook.name}.py").write_text(header + code)
    proc = subprocess.run(
        [sys.executable, str(ORACLE_SCRIPT), str(cases)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=str(cases),
    )
    if proc.returncode != 0:
        pytest.fail(f"the MLflow oracle failed:\n{proc.stderr[-4000:]}", pytrace=False)
    return {(Path(r["path"]).stem.split("__")[0], r["name"]): r for r in json.loads(proc.stdout)}


@pytest.mark.parametrize("notebook", [n for n in CASES if n.targets], ids=lambda n: n.name)
def test_notebook_models_match_mlflow(
    notebook: Notebook, corpus: Path, mlflow_records: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    from siglint.cli.main import main

    path = corpus / (f"{notebook.name}.py" if notebook.databricks else f"{notebook.name}.ipynb")
    capsys.readouterr()
    main(["schema", str(path), "--output-format", "json"])
    reported = {item["name"]: item for item in json.loads(capsys.readouterr().out)}
    expected = {name: mlflow_records[(notebook.name, name)] for name in notebook.targets}
    assert sorted(reported) == sorted(expected)
    for name, record in expected.items():
        assert {k: reported[name][k] for k in COMPARED_KEYS} == {
            k: record[k] for k in COMPARED_KEYS
        }, name
    outcomes = {record["outcome"] for record in expected.values()}
    assert outcomes <= {"signature", "no_signature", "error"}
