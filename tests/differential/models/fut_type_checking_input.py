# target: Model python_model
# Future annotations with a TYPE_CHECKING-only input model: no input hint at all.

from __future__ import annotations

from typing import TYPE_CHECKING

from mlflow.pyfunc import PythonModel

if TYPE_CHECKING:
    from decimal import Decimal


class Model(PythonModel):
    def predict(self, model_input: list[Decimal]) -> list[str]:
        return []
