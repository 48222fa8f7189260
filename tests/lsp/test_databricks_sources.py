"""A Databricks source notebook open in the editor reads as its cells, as ``siglint check``
reads it: its raw ``%pip`` lines and ``# MAGIC`` cells, its ``%run``, the names Databricks
defines, its ``%%writefile`` modules; and fix-all writes what ``check --fix`` writes."""

from __future__ import annotations

import io
import json
import sys

import pytest
from lsp_session import Editor

from siglint.cli.main import main

pytestmark = pytest.mark.asyncio(loop_scope="module")

NOTEBOOK = """\
# Databricks notebook source
# DBTITLE 1,Setup
# MAGIC %run ./setup

# COMMAND ----------

%pip install -U mlflow
dbutils.library.restartPython()

# COMMAND ----------

  class Query(BaseModel):
      question: str
      context: Optional[str]

# COMMAND ----------

class QAModel(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[Query]) -> list[str]:
        return []

# COMMAND ----------

# MAGIC %%writefile agent.py
# MAGIC import mlflow
# MAGIC
# MAGIC class Agent(mlflow.pyfunc.PythonModel):
# MAGIC     def predict(self, context, model_input: list) -> list[str]:  # noqa: SIG108
# MAGIC         return []
# MAGIC
# MAGIC mlflow.models.set_model(Agent())
"""

SETUP = """\
# Databricks notebook source
import mlflow
from typing import Optional
from pydantic import BaseModel
"""


async def test_findings_and_fixes_are_those_of_the_command_line(
    editor: Editor, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    editor.write("setup.py", SETUP)
    path = editor.write("notebook.py", NOTEBOOK)
    uri = editor.open("notebook.py", NOTEBOOK)
    diagnostics = await editor.diagnostics(uri)

    capsysbinary.readouterr()
    main(["check", str(path), "--output-format", "json", "--exit-zero", "--no-cache"])
    expected = json.loads(capsysbinary.readouterr().out)
    found = [(d.code, d.range.start.line, d.range.start.character) for d in diagnostics]
    assert found == [
        (i["code"], i["location"]["row"] - 1, i["location"]["column"] - 1) for i in expected
    ]
    codes = [code for code, _, _ in found]
    assert "SIG999" not in codes and "SIG901" not in codes
    # In the dedented cell, the position is the file's: the field's name after two spaces.
    assert ("SIG301", 13, 6) in found
    assert ("SIG102", 27, 52) in found  # in the %%writefile module
    assert "SIG900" in codes  # its unused suppression

    (action,) = await editor.code_actions(uri, diagnostics, only=["source.fixAll"])
    action = await editor.resolved(action)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOTEBOOK.encode())))
    main(["check", "--fix", "--exit-zero", "--stdin-filename", str(path)])
    written = capsysbinary.readouterr().out.decode()
    assert written != NOTEBOOK
    assert "      context: Optional[str] = None\n" in written
    assert "# MAGIC     def predict(self, context, model_input: list) -> list[str]:\n" in written
    assert editor.applied(uri, action.edit) == written


async def test_a_quick_fix_in_a_cell_is_verified_and_lands_in_the_file(editor: Editor) -> None:
    editor.write("setup.py", SETUP)
    uri = editor.open("quick.py", NOTEBOOK)
    (field,) = [d for d in await editor.diagnostics(uri) if d.code == "SIG301"]
    (action,) = [
        a
        for a in await editor.code_actions(uri, [field])
        if a.title.startswith("siglint (SIG301): Set")
    ]
    # Verified in the notebook's Python: the title says that MLflow then logs a signature.
    assert action.title.endswith(": MLflow then logs a signature from the hints")
    fixed = editor.applied(uri, action.edit)
    assert fixed == NOTEBOOK.replace("context: Optional[str]\n", "context: Optional[str] = None\n")
