# target: Model python_model
# IntEnum element is unsupported.

from enum import IntEnum
from mlflow.pyfunc import PythonModel


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Model(PythonModel):
    def predict(self, model_input: list[Level]):
        return model_input
