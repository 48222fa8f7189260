# target: Model python_model
# An unsupported field two models deep makes the whole element unsupported.

import datetime

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Inner(BaseModel):
    day: datetime.date


class Outer(BaseModel):
    inner: Inner
    name: str


class Model(PythonModel):
    def predict(self, model_input: list[Outer]):
        return model_input
