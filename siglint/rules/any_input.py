"""## What it does
Flags `typing.Any` in the input hint.

## Why is this bad?
`Any` becomes `AnyType` in the schema and MLflow warns that it does not validate the data. Name the type, or use a pydantic model.

## Example
```python
from typing import Any

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[str, Any]]):
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[str, str]]):
        return model_input
```

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG109",
    name="any-input",
    severity=Severity.WARNING,
    summary="Any is inferred as AnyType; MLflow does not validate it.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[str, str]]):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
from typing import Any

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Any]):
        return model_input
"""
        ),
    ),
)
