"""## What it does
Checks that every `Optional` field of a pydantic model used in the input hint has a default.

## Why is this bad?
MLflow raises "Optional field `f` in Pydantic model `M` doesn't have a default value" when the model class is defined: the module cannot be imported.

## Example
```python
from typing import Optional

from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    note: Optional[str]


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

Use instead:
```python
from typing import Optional

from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    note: Optional[str] = None


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
```

## Fix safety
The fix adds `= None`; it is safe: the field was declared Optional.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG301",
    name="optional-field-without-default",
    severity=Severity.ERROR,
    summary="An Optional pydantic field without a default; MLflow raises.",
    doc=__doc__ or "",
    fix="sometimes",
    applicability=Applicability.SAFE,
    valid=(
        Example(
            """\
from typing import Optional

from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    note: Optional[str] = None


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
"""
        ),
    ),
    invalid=(
        Example(
            """\
from typing import Optional

from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    note: Optional[str]


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
""",
            fixed="""\
from typing import Optional

from pydantic import BaseModel

import mlflow


class Item(BaseModel):
    note: Optional[str] = None


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
""",
        ),
    ),
)
