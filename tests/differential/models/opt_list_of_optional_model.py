# target: Model python_model
# list[Optional[Item]] -> define-time error.

from typing import Optional
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str


class Model(PythonModel):
    def predict(self, model_input: list[Optional[Item]]):
        return model_input
