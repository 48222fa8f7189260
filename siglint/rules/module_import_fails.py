"""## What it does
Flags models in a module (or importing a project module) where another definition makes the import raise.

## Why is this bad?
MLflow's hard errors are raised while the class statement runs. One invalid model, or one pydantic model that pydantic rejects, makes the whole module fail to import: every other model in it can no longer be defined, served or logged.

## Example
```python
import mlflow


class Good(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Bad(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list) -> list[str]:
        return model_input
```

Use instead:
```python
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
```

## Fix safety
No fix: fix the definition that raises.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG009",
    name="module-import-fails",
    severity=Severity.ERROR,
    summary="Importing the module raises, so the model cannot even be defined.",
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


class Good(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Bad(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list) -> list[str]:
        return model_input
"""
        ),
    ),
)
