"""Differential: what siglint says a ``save_model`` call logs must be what MLflow logs.

Every script defines a model whose hint MLflow handles in one of its ways (a signature from the
hints, a soft failure, a hint it infers nothing from, no hint) and saves it with or without
``signature=`` and ``input_example=``. The real MLflow runs them all once, in a subprocess
(``log_call_oracle.py``); siglint checks each in-process. Wherever siglint's messages say what is
logged (the hints' signature, the ``signature=`` given, the one inferred from the example, or
none), MLflow must have logged exactly that.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from siglint.analysis.project import Project
from siglint.engine import check_source

HERE = Path(__file__).resolve().parent

HINTS = {
    "union": "model_input: pd.DataFrame | np.ndarray",  # soft failure: not a list
    "scalar": "model_input: str",  # soft failure: not a list
    "frame": "model_input: pd.DataFrame",  # accepted, nothing inferred
    "untyped": "model_input",  # no hint
    "listed": "model_input: list[str]",  # a signature from the hints
}
CALLS = {
    "bare": "",
    "signature": ", signature=signature",
    "example": ", input_example=example",
    "both": ", signature=signature, input_example=example",
    "none": ", signature=None, input_example=None",
}
SCRIPT = """\
import os

import mlflow
import numpy as np
import pandas as pd
from mlflow.models import ModelSignature
from mlflow.types import ColSpec, Schema


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, {hint}):
        return ["x"]


signature = ModelSignature(inputs=Schema([ColSpec("string", "a")]))
example = pd.DataFrame({{"a": ["x", "y"]}})
mlflow.pyfunc.save_model(
    os.environ["SIGLINT_MODEL_PATH"], python_model=Model(), pip_requirements=[]{call}
)
"""
CASES = {
    f"{hint}_{call}.py": SCRIPT.format(hint=HINTS[hint], call=CALLS[call])
    for hint in HINTS
    for call in CALLS
}

# How siglint's messages say what is logged.
_STATEMENTS = (
    ("logs the `signature=` it is given", "given"),
    ("logs the signature it infers from its `input_example`", "example"),
    ("logs the model without a signature:", "none"),
    ("logs this model without a signature", "none"),
    ("is logged without any signature", "none"),
    ("is logged without a signature", "none"),
    ("ignores this `signature=`", "hints"),
)


@pytest.fixture(scope="module")
def mlflow_logged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("log_calls")
    for name, text in CASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(HERE / "log_call_oracle.py"), str(folder)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.splitlines()[-1])


def _what_mlflow_logged(record: dict) -> str:
    if "error" in record:
        return "error"
    if record["inputs"] is None:
        return "none"
    if record["from_hint"]:
        return "hints"
    # The signature= of the scripts has no outputs; one inferred from the example has.
    return "given" if record["outputs"] is None else "example"


def _what_siglint_says(text: str, path: Path) -> set[str]:
    result = check_source(text, path, project=Project())
    said = {
        meaning
        for diagnostic in result.diagnostics
        for phrase, meaning in _STATEMENTS
        if phrase in diagnostic.message
    }
    if not said and any(target.outcome == "signature" for target in result.targets):
        said.add("hints")
    return said


@pytest.mark.parametrize("name", CASES)
def test_what_siglint_says_is_logged_is_what_mlflow_logs(
    name: str, mlflow_logged: dict[str, dict], tmp_path: Path
) -> None:
    logged = _what_mlflow_logged(mlflow_logged[name])
    said = _what_siglint_says(CASES[name], tmp_path / name)
    assert said <= {logged}, f"siglint says {sorted(said)}, MLflow logged {logged}"


def test_siglint_says_what_is_logged_in_most_cases(tmp_path: Path) -> None:
    """The comparison above means something only where siglint says something."""
    silent = [name for name, text in CASES.items() if not _what_siglint_says(text, tmp_path / name)]
    # Unsaid where nothing is wrong (a DataFrame hint saved with a signature= or an example), and
    # for an untyped predict saved so: MLflow warns "Add type hints" (SIG001) and logs what it is
    # given, as documented.
    assert sorted(silent) == [
        "frame_both.py",
        "frame_example.py",
        "frame_signature.py",
        "untyped_both.py",
        "untyped_example.py",
        "untyped_signature.py",
    ]
