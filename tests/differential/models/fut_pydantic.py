# target: Model python_model
# Future annotations with a module-level pydantic model.

from __future__ import annotations
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str
    qty: int = 1


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> Item:
        return model_input
