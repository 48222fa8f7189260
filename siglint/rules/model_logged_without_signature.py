"""## What it does
Flags `log_model`/`save_model` calls whose model gets no signature: its hints give none and there is no `signature=` or `input_example=`.

## Why is this bad?
A model without a signature is rejected by Unity Catalog and served without any input validation.

## Example
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input):
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model())
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model())
```

## Fix safety
No fix.

## References
- <https://docs.databricks.com/en/machine-learning/manage-model-lifecycle/index.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG405",
    name="model-logged-without-signature",
    severity=Severity.WARNING,
    summary="A model logged with no signature at all.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model())
"""
        ),
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input):
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example=["x"])
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input):
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model())
"""
        ),
    ),
)
