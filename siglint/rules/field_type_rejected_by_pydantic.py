"""## What it does
Flags fields of pydantic models whose type pydantic itself rejects (numpy and pandas types, plain classes) without `arbitrary_types_allowed`.

## Why is this bad?
pydantic raises `PydanticSchemaGenerationError` while the model class is created, so the module — and every MLflow model in it — cannot be imported.

## Example
```python
import numpy as np
from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    score: np.float64


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

Use instead:
```python
from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    score: float


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

## Fix safety
No fix.

## References
- <https://docs.pydantic.dev/latest/api/config/#pydantic.config.ConfigDict.arbitrary_types_allowed>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG305",
    name="field-type-rejected-by-pydantic",
    severity=Severity.ERROR,
    summary="pydantic cannot build a schema for this field type and raises when the class is defined.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    score: float


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
    ),
    invalid=(
        Example(
            """\
import numpy as np
from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    score: np.float64


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
    ),
)
