"""## What it does
Flags `TypeFromExample` input hints.

## Why is this bad?
With `TypeFromExample` MLflow infers nothing from the hints: the signature comes from the `input_example` given to `log_model`, by running predict on the DataFrame MLflow makes of it. Without an example the model gets no signature.

## Example
```python
from mlflow.types.type_hints import TypeFromExample

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: TypeFromExample):
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
- <https://mlflow.org/docs/latest/model/python_model.html#typefromexample-type-hint-usage>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG112",
    name="type-from-example",
    severity=Severity.INFO,
    summary="TypeFromExample takes the signature from the input_example.",
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
from mlflow.types.type_hints import TypeFromExample

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: TypeFromExample):
        return model_input
"""
        ),
    ),
)
