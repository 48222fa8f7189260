# target: Model python_model
# One Literal field makes the whole model unsupported.

from typing import Literal
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str
    mode: Literal["fast", "slow"]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
