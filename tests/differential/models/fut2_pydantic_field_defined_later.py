# target: Model python_model
# Future annotations, a field naming a model defined after it (pydantic resolves it later).

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Outer(BaseModel):
    inner: Inner


class Inner(BaseModel):
    v: int


class Model(PythonModel):
    def predict(self, model_input: list[Outer]):
        return model_input
