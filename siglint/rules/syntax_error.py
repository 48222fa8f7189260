"""## What it does
Reports files siglint cannot parse.

## Why is this bad?
A file that does not parse cannot be imported either; siglint reports it once and goes on with the other files.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel)
    pass
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
- MLflow's type-hint documentation.
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG999",
    name="syntax-error",
    severity=Severity.ERROR,
    summary="The file does not parse.",
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


class Model(mlflow.pyfunc.PythonModel)
    pass
"""
        ),
    ),
)
