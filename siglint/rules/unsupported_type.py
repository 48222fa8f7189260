"""## What it does
Flags element types MLflow cannot turn into a schema: `date`, `Decimal`, `Literal`, `Enum`, `tuple`, `set`, dataclasses, `TypedDict`, numpy scalars, pydantic v1 models…

## Why is this bad?
An unsupported element only produces a warning: the model is logged without a signature and without any input validation. Use `datetime` instead of `date`, `str` instead of `Literal`/`Enum`, a pydantic model instead of a dataclass or TypedDict, `list` instead of `tuple`/`set`.

## Example
```python
import datetime

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[datetime.date]):
        return model_input
```

Use instead:
```python
import datetime

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[datetime.datetime]):
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
    code="SIG110",
    name="unsupported-type",
    severity=Severity.WARNING,
    summary="A type MLflow does not support; the model is logged without a signature.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import datetime

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[datetime.datetime]):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
import datetime

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[datetime.date]):
        return model_input
"""
        ),
        Example(
            """\
from typing import Literal

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Literal['a', 'b']]):
        return model_input
"""
        ),
    ),
)
