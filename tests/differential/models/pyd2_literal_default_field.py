# target: Model python_model
# A Literal field with a default still makes the model unsupported.

from typing import Literal

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    mode: Literal["a", "b"] = "a"
    x: int


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
