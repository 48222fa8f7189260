# target: Model python_model
# Future annotations, pydantic model defined after the class: unresolved at define time
# (no validation wrapper), resolved at log time.

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[Item]:
        return model_input


class Item(BaseModel):
    name: str
