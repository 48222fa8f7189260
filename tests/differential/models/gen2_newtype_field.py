# target: Model python_model
# A NewType field: unsupported.

from typing import NewType

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

UserId = NewType("UserId", int)


class Item(BaseModel):
    user: UserId


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
