"""## What it does
Checks that names in annotations evaluated at definition time exist at that point.

## Why is this bad?
Without `from __future__ import annotations`, annotations are evaluated when the `def` runs: a name defined later in the module (or nowhere) raises `NameError` and the module cannot be imported.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]):
        return []


Item = str
```

Use instead:
```python
Item = str

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]):
        return []
```

## Fix safety
No fix: define the name first, or quote the annotation.

## References
- <https://docs.python.org/3/reference/executionmodel.html#resolution-of-names>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG901",
    name="name-error-at-definition",
    severity=Severity.ERROR,
    summary="An annotation names something not defined when the def runs: importing the module raises NameError.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
Item = str

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]):
        return []
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Item]):
        return []


Item = str
"""
        ),
    ),
)
