"""## What it does
Flags fields of pydantic models in the input hint that declare an `alias`.

## Why is this bad?
MLflow's schema uses the Python attribute name (`user_name`), but pydantic validates by alias, so the model only accepts `userName`: a request built from the logged signature fails validation.

## Example
```python
from pydantic import BaseModel, Field

import mlflow


class Item(BaseModel):
    user_name: str = Field(alias="userName")


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

Use instead:
```python
from pydantic import BaseModel, Field

import mlflow


class Item(BaseModel):
    user_name: str


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

## Fix safety
No fix.

## References
- <https://docs.pydantic.dev/latest/concepts/alias/>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG307",
    name="field-alias-advertised",
    severity=Severity.WARNING,
    summary="An aliased pydantic field is advertised under its attribute name, which the model rejects.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
from pydantic import BaseModel, Field

import mlflow


class Item(BaseModel):
    user_name: str


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
    user_name: str = Field(alias="userName")


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
    ),
)
