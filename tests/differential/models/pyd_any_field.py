# target: Model python_model
# An Any field -> any.

from typing import Any
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Event(BaseModel):
    payload: Any


class Model(PythonModel):
    def predict(self, model_input: list[Event]):
        return model_input
