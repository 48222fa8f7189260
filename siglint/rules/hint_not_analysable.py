"""## What it does
Flags hint types defined outside the project, which siglint cannot read.

## Why is this bad?
siglint never imports code, so for a class from an installed package it cannot tell whether it is a pydantic model. It assumes a plain class (which MLflow does not support); check the schema MLflow logs.

## Example
```python
from somepackage.schemas import Request

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Request]):
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
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG113",
    name="hint-not-analysable",
    severity=Severity.INFO,
    summary="siglint cannot see the definition of a type used in the hint.",
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
from somepackage.schemas import Request

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Request]):
        return model_input
"""
        ),
    ),
)
