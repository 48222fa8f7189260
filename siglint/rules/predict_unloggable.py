"""## What it does
Checks that `predict` has a parameter where MLflow looks for the model input.

## Why is this bad?
A `staticmethod` predict is wrapped by MLflow as an instance method, so at `log_model` time the first parameter disappears and MLflow raises "The specified input argument index (0) is out of range…". A predict without parameters raises `IndexError` (or the same error) as soon as the class is defined.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    @staticmethod
    def predict(model_input: list[str]) -> list[str]:
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
```

## Fix safety
No fix: make predict an ordinary method.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG005",
    name="predict-unloggable",
    severity=Severity.ERROR,
    summary="MLflow cannot find the model input of this predict and raises.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    @staticmethod
    def predict(model_input: list[str]) -> list[str]:
        return model_input
"""
        ),
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self) -> list[str]:
        return []
"""
        ),
    ),
)
