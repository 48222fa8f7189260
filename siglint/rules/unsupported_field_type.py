"""## What it does
Flags pydantic fields whose type MLflow cannot turn into a schema (`date`, `Literal`, `Enum`, dataclasses…).

## Why is this bad?
One unsupported field makes the whole model unsupported: MLflow warns, logs no signature and validates nothing.

## Example
```python
import datetime

from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    day: datetime.date


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

Use instead:
```python
import datetime

from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    day: datetime.datetime


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG302",
    name="unsupported-field-type",
    severity=Severity.WARNING,
    summary="A pydantic field type MLflow does not support disables the whole model's schema.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    day: str


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
    ),
    invalid=(
        Example(
            """\
import datetime

from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    day: datetime.date


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
    ),
)
