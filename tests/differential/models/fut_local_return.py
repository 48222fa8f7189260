# target: build.<locals>.Model python_model
# Future annotations, local class only in the return hint: list[str] survives through the
# regex fallback and the output becomes any.

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


def build():
    class Answer(BaseModel):
        text: str

    class Model(PythonModel):
        def predict(self, model_input: list[str]) -> list[Answer]:
            return []

    return Model


Model = build()
