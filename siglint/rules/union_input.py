"""## What it does
Flags `Union[...]` (and `A | B`) in the input hint.

## Why is this bad?
MLflow infers a Union as `AnyType`: the signature accepts anything and no element is validated. A discriminated union of pydantic models keeps validation.

## Example
```python
from typing import Union

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Union[int, str]]):
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
- <https://docs.pydantic.dev/latest/concepts/unions/#discriminated-unions>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG108",
    name="union-input",
    severity=Severity.WARNING,
    summary="A Union is inferred as AnyType; MLflow does not validate it.",
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
    def predict(self, model_input: list[int | str]):
        return model_input
"""
        ),
    ),
)
