# target: Model python_model
# A pydantic field naming nothing, postponed: pydantic leaves a ForwardRef and the class is
# created (as from Python 3.14 without the future import, PEP 649).
from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    text: Missing  # noqa: F821


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
