"""## What it does
Reports a target siglint could not analyse because of a bug in siglint.

## Why is this bad?
A bug in siglint must not hide the findings of other models or stop a CI run: the failure becomes a diagnostic on the target. Please report it with the code that triggers it.

## Example
```python
# (no example: this finding only appears when siglint itself fails)
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
    code="SIG998",
    name="internal-error",
    severity=Severity.ERROR,
    summary="siglint failed on this target; other targets and files are still checked.",
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
    invalid=(),
)
