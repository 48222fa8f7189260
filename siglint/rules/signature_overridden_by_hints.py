"""## What it does
Flags `log_model`/`save_model` calls that pass `signature=` for a model whose type hints already give a signature.

## Why is this bad?
Since MLflow 2.20 a hint-derived signature always wins: MLflow compares it with `signature=`, only warns when they differ ("Signature inferred from type hint will be used"), and logs the hint signature, dropping the params schema of the signature you passed (mlflow/mlflow#14908).

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


with mlflow.start_run():
    mlflow.pyfunc.log_model(name="model", python_model=Model(), signature=my_signature)
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


with mlflow.start_run():
    mlflow.pyfunc.log_model(name="model", python_model=Model())
```

## Fix safety
The fix removes the `signature=` argument. It is safe: MLflow ignores it already.

## References
- <https://github.com/mlflow/mlflow/issues/14908>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG401",
    name="signature-overridden-by-hints",
    severity=Severity.WARNING,
    summary="signature= is ignored: the signature from the type hints always wins.",
    doc=__doc__ or "",
    fix="sometimes",
    applicability=Applicability.SAFE,
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model())
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow

mlflow.pyfunc.log_model(name="model", python_model="agent.py", signature=sig)
""",
            path="driver.py",
            files=(
                (
                    "agent.py",
                    "import mlflow\n\n\nclass Agent(mlflow.pyfunc.PythonModel):\n"
                    "    def predict(self, model_input: list[str]) -> list[str]:\n"
                    "        return model_input\n\n\nmlflow.models.set_model(Agent())\n",
                ),
            ),
        ),
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


model = Model()
mlflow.pyfunc.log_model(name="model", python_model=model, signature=sig)
""",
            fixed="""\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


model = Model()
mlflow.pyfunc.log_model(name="model", python_model=model, )
""",
        ),
    ),
)
