"""What MLflow logs when a script calls ``save_model``: the judge of siglint's log-call messages.

    python tests/differential/log_call_oracle.py FOLDER

Runs every ``*.py`` script of FOLDER as ``__main__`` (each defines a model and calls
``mlflow.pyfunc.save_model(os.environ["SIGLINT_MODEL_PATH"], ...)``) and prints a JSON object,
by script name: ``{"inputs", "outputs", "from_hint"}`` read back from the saved ``MLmodel``, or
``{"error": ...}`` when the script raised. Run in its own process: importing MLflow is slow and
has global side effects.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import tempfile
import warnings
from pathlib import Path


def run(folder: Path) -> dict[str, dict]:
    import yaml

    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    os.environ.setdefault("DO_NOT_TRACK", "true")
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as workdir:
        for number, script in enumerate(sorted(folder.glob("*.py"))):
            saved = Path(workdir) / f"model{number}"
            os.environ["SIGLINT_MODEL_PATH"] = str(saved)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    runpy.run_path(str(script), run_name="__main__")
            except Exception as error:
                results[script.name] = {"error": f"{type(error).__name__}: {error}"}
                continue
            model = yaml.safe_load((saved / "MLmodel").read_text(encoding="utf-8"))
            signature = model.get("signature") or {}
            results[script.name] = {
                "inputs": signature.get("inputs"),
                "outputs": signature.get("outputs"),
                "from_hint": bool(model.get("is_signature_from_type_hint", False)),
            }
    return results


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]))))
