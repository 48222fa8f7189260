"""## What it does
Checks the parameter names of `predict`, `predict_stream` and `@pyfunc` functions.

## Why is this bad?
MLflow emits a FutureWarning for any parameter other than `self`, `context`, `model_input` and `params`, and says that such parameters will no longer be permitted in future versions. The warning fires when the class is defined, in every process that imports the model.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, data: list[str]):
        return data
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[str]):
        return model_input
```

## Fix safety
No fix yet: renaming a parameter changes the names callers may use as keywords.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG002",
    name="predict-parameter-names",
    severity=Severity.WARNING,
    summary="predict has parameters other than context, model_input and params.",
    doc=__doc__ or "",
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[str], params=None):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, data: list[str]):
        return data
""",
            fixed="""\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[str]):
        return model_input
""",
            unsafe=True,
        ),
    ),
)
