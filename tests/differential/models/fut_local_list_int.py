# target: build.<locals>.Model python_model
# Future annotations, local return class: list[int] is not known to the regex fallback, so
# there is no input hint at all.

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


def build():
    class Answer(BaseModel):
        text: str

    class Model(PythonModel):
        def predict(self, model_input: list[int]) -> list[Answer]:
            return []

    return Model


Model = build()
