"""## What it does
Checks that every `dict[K, V]` in the input hint (and in pydantic fields) has `str` keys.

## Why is this bad?
MLflow's `Map` type only has string keys: `dict[int, str]` raises "Dictionary key type must be str" when the class is defined.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[int, str]]):
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[str, str]]):
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
    code="SIG104",
    name="dict-key-not-str",
    severity=Severity.ERROR,
    summary="Dictionary keys must be str; MLflow raises.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[str, str]]):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[dict[int, str]]):
        return model_input
"""
        ),
    ),
)
