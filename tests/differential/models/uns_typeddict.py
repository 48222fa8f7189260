# target: Model python_model
# TypedDict element is unsupported.

from typing import TypedDict
from mlflow.pyfunc import PythonModel


class Row(TypedDict):
    name: str
    age: int


class Model(PythonModel):
    def predict(self, model_input: list[Row]):
        return model_input
