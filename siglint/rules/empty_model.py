"""## What it does
Flags pydantic models without fields in the input hint.

## Why is this bad?
MLflow warns "Creating Object with empty properties is not allowed" and logs the model without a signature.

## Example
```python
from pydantic import BaseModel

import mlflow


class Empty(BaseModel):
    pass


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Empty]) -> list[str]:
        return []
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
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG304",
    name="empty-model",
    severity=Severity.WARNING,
    summary="A pydantic model without fields: MLflow cannot build an Object schema.",
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
from pydantic import BaseModel

import mlflow


class Empty(BaseModel):
    pass


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Empty]) -> list[str]:
        return []
"""
        ),
    ),
)
