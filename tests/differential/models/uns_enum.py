# target: Model python_model
# Enum element is unsupported.

from enum import Enum
from mlflow.pyfunc import PythonModel


class Color(Enum):
    RED = "red"
    BLUE = "blue"


class Model(PythonModel):
    def predict(self, model_input: list[Color]):
        return model_input
