"""## What it does
Flags fields of pydantic models in the input hint that have a default but are not `Optional`.

## Why is this bad?
MLflow's schema marks a field optional only when its type is `Optional[...]`: `retries: int = 3` is advertised as `required: true`, so clients generated from the signature always send it, although the model would accept requests without it.

## Example
```python
from pydantic import BaseModel, Field

import mlflow


class Item(BaseModel):
    name: str
    retries: int = 3


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

Use instead:
```python
from pydantic import BaseModel, Field

import mlflow


class Item(BaseModel):
    name: str
    retries: int | None = 3


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

## Fix safety
No fix: making the field Optional also lets clients send `null`.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG306",
    name="defaulted-field-required",
    severity=Severity.INFO,
    summary="A non-Optional pydantic field with a default is still advertised as required.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
from pydantic import BaseModel, Field

import mlflow


class Item(BaseModel):
    name: str
    retries: int | None = 3


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
    ),
    invalid=(
        Example(
            """\
from pydantic import BaseModel, Field

import mlflow


class Item(BaseModel):
    name: str
    retries: int = 3


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
        Example(
            """\
from pydantic import BaseModel, Field

import mlflow


class Item(BaseModel):
    tags: list[str] = Field(default_factory=list)


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
    ),
)
