# target: Model python_model
# TypeVar element is unsupported.

from typing import TypeVar
from mlflow.pyfunc import PythonModel


T = TypeVar("T")


class Model(PythonModel):
    def predict(self, model_input: list[T]):
        return model_input
