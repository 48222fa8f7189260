"""## What it does
Checks that `typing.Dict` and `dict[...]` in the input hint have both a key and a value type.

## Why is this bad?
`typing.Dict` without arguments or `dict[str]` raises "Dictionary type hint must contain two element types" when the class is defined.

## Example
```python
from typing import Dict

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Dict]):
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[str, int]]):
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
    code="SIG105",
    name="dict-arity",
    severity=Severity.ERROR,
    summary="A dictionary hint needs a key and a value type; MLflow raises.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[str, int]]):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[str]]):
        return model_input
"""
        ),
    ),
)
