"""## What it does
Checks that the input hint of `predict` is `list[...]`.

## Why is this bad?
MLflow assumes `predict` takes a batch of input instances. Any other top-level hint (`str`, a pydantic model, `dict[str, X]`, `Union[...]`, `Any`, …) only produces the warning "Type hints must be wrapped in list[...]" and the model is logged **without a signature** and without validation.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: str):
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
The fix (wrapping the hint in `list[...]`) is unsafe: the code of predict must then handle a list.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG101",
    name="input-not-list",
    severity=Severity.WARNING,
    summary="The input hint is not list[...]; MLflow logs the model without a signature.",
    doc=__doc__ or "",
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[str]):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: str):
        return model_input
""",
            fixed="""\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[str]):
        return model_input
""",
            unsafe=True,
        ),
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: dict[str, int]):
        return model_input
"""
        ),
    ),
)
