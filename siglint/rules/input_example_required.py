"""## What it does
Flags `log_model`/`save_model` calls for models whose input hint infers nothing by itself (`pd.DataFrame`, `pd.Series`, `np.ndarray`, scipy sparse, `TypeFromExample`) when neither `input_example=` nor `signature=` is passed.

## Why is this bad?
MLflow only infers these models' signature from the example; without one it warns ("Failed to infer model signature" or "Input example must be provided when using TypeFromExample") and the model is logged without a signature.

## Example
```python
import mlflow
import pandas as pd


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame) -> pd.DataFrame:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model())
```

Use instead:
```python
import mlflow
import pandas as pd


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame) -> pd.DataFrame:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example=pd.DataFrame({"x": [1.0]}))
```

## Fix safety
No fix: only you know a representative example.

## References
- <https://mlflow.org/docs/latest/model/signatures.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG403",
    name="input-example-required",
    severity=Severity.WARNING,
    summary="A DataFrame/ndarray/TypeFromExample hint logged without input_example: no signature.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import mlflow
import pandas as pd


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame) -> pd.DataFrame:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model(), input_example=example)
"""
        ),
    ),
    invalid=(
        Example(
            """\
import mlflow
import pandas as pd


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, context, model_input: pd.DataFrame) -> pd.DataFrame:
        return model_input


mlflow.pyfunc.log_model(name="model", python_model=Model())
"""
        ),
    ),
)
