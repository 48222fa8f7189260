# target: Model python_model
# Generic alias parametrised at use: Batch[int] == list[int].

from typing import TypeVar
from mlflow.pyfunc import PythonModel


T = TypeVar("T")
Batch = list[T]


class Model(PythonModel):
    def predict(self, model_input: Batch[int]):
        return model_input
