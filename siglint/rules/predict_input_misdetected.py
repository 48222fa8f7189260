"""## What it does
Checks that the parameter MLflow's positional rule picks as the model input is the one you meant.

## Why is this bad?
MLflow does not look at names to find the input: if a parameter is called `context`, or if exactly two parameters remain besides `self` and `params`, the *second* one is the input; otherwise the first. So `predict(self, model_input: list[str], extra: int = 0)` makes MLflow treat `model_input` as the context and `extra` as the input (no signature), and `**kwargs` or `predict(self, model_input, context=None)` do the same.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str], extra: int = 0):
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str], params=None):
        return model_input
```

## Fix safety
No fix: moving the extra argument into `params` changes how the model is called.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG003",
    name="predict-input-misdetected",
    severity=Severity.WARNING,
    summary="Extra parameters make MLflow read another parameter as the model input.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str], params=None):
        return model_input
"""
        ),
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
    def predict(self, model_input: list[str], extra: int = 0):
        return model_input
"""
        ),
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str], **kwargs):
        return model_input
"""
        ),
    ),
)
