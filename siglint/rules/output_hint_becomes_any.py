"""## What it does
Checks that the return hint of `predict` is one MLflow can turn into an output schema.

## Why is this bad?
Failures on the output hint are swallowed: `-> pd.DataFrame`, `-> Optional[str]`, `-> tuple[...]`, a bare `list` or an invalid hint all silently become `{"type": "any"}` with only an INFO log, so the logged signature says nothing about the output.

## Example
```python
from typing import Optional

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> Optional[str]:
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
    code="SIG201",
    name="output-hint-becomes-any",
    severity=Severity.WARNING,
    summary="MLflow cannot infer the output hint and records the output as AnyType.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
from typing import Optional

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> Optional[str]:
        return model_input
"""
        ),
    ),
)
