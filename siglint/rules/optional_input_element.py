"""## What it does
Checks that the element type of the input list is not `Optional`.

## Why is this bad?
MLflow cannot build an unnamed optional column: `list[Optional[str]]` or `list[str | None]` raises "Input cannot be Optional type" when the class is defined. Use a pydantic model with an optional field instead.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str | None]):
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]):
        return model_input
```

## Fix safety
The fix removes the Optional; it is unsafe because None elements are then rejected.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG106",
    name="optional-input-element",
    severity=Severity.ERROR,
    summary="list[Optional[...]]: MLflow raises when the class is defined.",
    doc=__doc__ or "",
    fix="sometimes",
    applicability=Applicability.UNSAFE,
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
    def predict(self, model_input: list[str | None]):
        return model_input
""",
            fixed="""\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]):
        return model_input
""",
            unsafe=True,
        ),
        Example(
            """\
from typing import Optional

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Optional[int]]):
        return model_input
"""
        ),
    ),
)
