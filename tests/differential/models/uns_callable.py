# target: Model python_model
# Callable element is unsupported.

from typing import Callable
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Callable[[int], int]]):
        return model_input
