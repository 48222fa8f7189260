# target: Model python_model
# A Final field with a default is a class variable for pydantic, not a field.

from typing import Final

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    version: Final[int] = 1
    x: int


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
