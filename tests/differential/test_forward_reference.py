"""A pydantic model defined after the class that hints it (``from __future__ import annotations``):
SIG008, the hover and ``siglint schema`` say what the real MLflow does, and agree.

MLflow resolves the hints twice: when the class is defined (they do not resolve yet, so predict is
wrapped as if it had none) and when ``save_model`` runs (they do, so the signature is logged).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from lsp_server.hover import target_markdown
from siglint.engine import check_source

SOURCE = """\
from __future__ import annotations

import mlflow
from pydantic import BaseModel


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return [type(item).__name__ for item in model_input]


class Item(BaseModel):
    text: str
"""

_ORACLE = """\
import json, logging, os, sys, tempfile, warnings
logging.disable(logging.CRITICAL)
warnings.simplefilter("ignore")
sys.path.insert(0, sys.argv[1])
import mlflow
from mlflow.models import Model
import forward

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model")
    mlflow.pyfunc.save_model(path, python_model=forward.Model(), pip_requirements=[])
    signature = Model.load(path).signature
    loaded = mlflow.pyfunc.load_model(path)
    print(json.dumps({
        "input": signature.inputs.to_dict(),
        "received": loaded.predict([{"text": "a"}]),
        "invalid_accepted": loaded.predict([{"other": 1}]),
    }))
"""


def test_sig008_hover_and_schema_agree_with_mlflow(tmp_path: Path) -> None:
    (tmp_path / "forward.py").write_text(SOURCE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", _ORACLE, str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    mlflow = json.loads(proc.stdout)
    # MLflow logs the signature from the hints, yet predict gets dicts and validates nothing.
    assert mlflow["received"] == ["dict"]
    assert mlflow["invalid_accepted"] == ["dict"]

    result = check_source(SOURCE, tmp_path / "forward.py")
    (target,) = result.targets
    assert (target.outcome, target.input_schema) == ("signature", mlflow["input"])
    assert "MLflow logs this signature" in target_markdown(target)
    (finding,) = [d for d in result.diagnostics if d.code == "SIG008"]
    assert "The signature is still logged" in finding.message
    assert "validates and converts no input" in finding.message
    assert "read as no type hint" not in finding.message
