# target: build.<locals>.Model python_model
# Future annotations with classes created inside a function: get_type_hints fails and the
# regex fallback drops list[Item].

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


def build():
    class Item(BaseModel):
        name: str

    class Model(PythonModel):
        def predict(self, model_input: list[Item]) -> list[Item]:
            return model_input

    return Model


Model = build()
