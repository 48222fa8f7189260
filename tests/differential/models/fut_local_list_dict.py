# target: build.<locals>.Model python_model
# Future annotations, local return class: list[dict[str, str]] is the other hint the regex
# fallback knows.

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


def build():
    class Answer(BaseModel):
        text: str

    class Model(PythonModel):
        def predict(self, model_input: list[dict[str, str]]) -> Answer:
            return Answer(text="")

    return Model


Model = build()
