# target: build.<locals>.Model python_model
# Future annotations, class inside a function, hint names a module-level model: resolves.

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    name: str


def build():
    class Model(PythonModel):
        def predict(self, model_input: list[Item]) -> list[str]:
            return []

    return Model


Model = build()
