"""## What it does
Flags pydantic models used in the input hint that refer to themselves.

## Why is this bad?
MLflow's inference recurses forever on a self-referencing model. The class definition only warns ("maximum recursion depth exceeded"), but `log_model` crashes with `AttributeError: 'RecursionError' object has no attribute 'message'`.

## Example
```python
from __future__ import annotations

from pydantic import BaseModel

import mlflow


class Node(BaseModel):
    children: list[Node] = []


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Node]) -> list[str]:
        return []
```

Use instead:
```python
from pydantic import BaseModel

import mlflow


class Node(BaseModel):
    children: list[str] = []


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Node]) -> list[str]:
        return []
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
    code="SIG303",
    name="recursive-model",
    severity=Severity.ERROR,
    summary="A self-referencing pydantic model: log_model crashes.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
from pydantic import BaseModel

import mlflow


class Node(BaseModel):
    children: list[str] = []


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Node]) -> list[str]:
        return []
"""
        ),
    ),
    invalid=(
        Example(
            """\
from __future__ import annotations

from pydantic import BaseModel

import mlflow


class Node(BaseModel):
    children: list[Node] = []


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Node]) -> list[str]:
        return []
"""
        ),
    ),
)
