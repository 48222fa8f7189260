"""## What it does
Checks that `list[...]` in the input hint has exactly one element type.

## Why is this bad?
`list[str, int]` is accepted by Python but MLflow raises "contains 2 element types" when the class is defined. Use `list[Union[str, int]]` (no validation) or a pydantic model.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str, int]):
        return model_input
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
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG103",
    name="list-with-many-element-types",
    severity=Severity.ERROR,
    summary="list[...] with more than one element type; MLflow raises.",
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


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str, int]):
        return model_input
"""
        ),
    ),
)
