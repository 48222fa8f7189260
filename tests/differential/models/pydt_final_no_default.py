# target: Model python_model
# A Final field without a default stays a field.

from typing import Final

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    version: Final[int]
    x: str


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
