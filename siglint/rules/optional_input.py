"""## What it does
Checks that the whole input hint is not wrapped in `Optional`.

## Why is this bad?
`Optional[list[str]]` (or `list[str] | None`) is not an error but only a warning ("Input cannot be Optional type"): the model is logged without a signature and without validation. MLflow treats it differently from `list[Optional[str]]`, which raises.

## Example
```python
from typing import Optional

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: Optional[list[str]]):
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
The fix removes the Optional wrapper; it is unsafe because a None input is then rejected.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG107",
    name="optional-input",
    severity=Severity.WARNING,
    summary="Optional[list[...]]: MLflow logs the model without a signature.",
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
from typing import Optional

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: Optional[list[str]]):
        return model_input
""",
            fixed="""\
from typing import Optional

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]):
        return model_input
""",
            unsafe=True,
        ),
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str] | None):
        return model_input
"""
        ),
    ),
)
