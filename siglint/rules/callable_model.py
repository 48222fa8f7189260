"""## What it does
Flags `PythonModel` subclasses that also define `__call__`.

## Why is this bad?
`save_model` tests `callable(python_model)` before anything else: the instance is logged like a function, its signature comes from `__call__`'s hints, and `predict`'s hints are ignored. If the class also has annotated class attributes, MLflow reads those instead and finds no input hint at all.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

    def __call__(self, model_input: list[int]) -> list[int]:
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
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG007",
    name="callable-model",
    severity=Severity.INFO,
    summary="The model defines __call__, so MLflow logs it as a callable and ignores predict.",
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
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

    def __call__(self, model_input: list[int]) -> list[int]:
        return model_input
"""
        ),
    ),
)
