# target: Model python_model
# An Enum field makes the whole model unsupported.

from enum import Enum
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Color(str, Enum):
    RED = "red"


class Item(BaseModel):
    color: Color


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
