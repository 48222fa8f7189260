"""## What it does
Flags input hints MLflow accepts but infers nothing from: `pd.DataFrame`, `pd.Series`, `np.ndarray`, `scipy.sparse.csr_matrix`/`csc_matrix`.

## Why is this bad?
These hints switch off hint-based inference: without an `input_example` (or `signature=`) in `log_model`, MLflow warns "Failed to infer model signature" and logs no signature.

## Example
```python
import pandas as pd

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame):
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[dict[str, float]]):
        return model_input
```

## Fix safety
No fix: pass an input_example when logging, or use a list hint.

## References
- <https://mlflow.org/docs/latest/model/signatures.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG111",
    name="no-inference-hint",
    severity=Severity.WARNING,
    summary="DataFrame, Series, ndarray and sparse hints infer no signature without an input_example.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: list[dict[str, float]]):
        return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
import pandas as pd

import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame):
        return model_input
"""
        ),
    ),
)
