"""## What it does
Checks that every `list`, `dict`, `Optional` and `Union` in the input hint has its element types.

## Why is this bad?
A bare `list`, `typing.List`, `dict`, `Optional` or `Union` makes MLflow raise `MlflowException` when the class statement runs ("doesn't contain a collection element type" or "it must include a valid element type"): the module cannot even be imported.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list):
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[str]):
        return model_input
```

## Fix safety
No fix: only you know the element type.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG102",
    name="collection-without-element-type",
    severity=Severity.ERROR,
    summary="A bare list or dict in the input hint; MLflow raises when the class is defined.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[dict[str, int]]):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list):
        return model_input
"""
        ),
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[dict]):
        return model_input
"""
        ),
    ),
)
