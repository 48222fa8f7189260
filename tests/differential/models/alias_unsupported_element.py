# target: Model python_model
# Alias to an unsupported tuple element.

from typing import TypeAlias
from mlflow.pyfunc import PythonModel


Pair: TypeAlias = tuple[int, int]


class Model(PythonModel):
    def predict(self, model_input: list[Pair]):
        return model_input
