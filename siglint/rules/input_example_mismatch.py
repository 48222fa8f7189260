"""## What it does
Checks literal `input_example=` values against the schema of the input hint.

## Why is this bad?
MLflow does not validate the example directly for decorated predicts: it runs predict on it, the validation wrapper rejects it, and MLflow only logs "Failed to run the predict function on input example" — the example is saved anyway and the output is never checked.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example=[1, 2])
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example=["a", "b"])
```

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG404",
    name="input-example-mismatch",
    severity=Severity.WARNING,
    summary="A literal input_example that does not match the input hint.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example=["a", "b"])
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example=[1, 2])
"""
        ),
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example={"a": "b"})
"""
        ),
    ),
)
