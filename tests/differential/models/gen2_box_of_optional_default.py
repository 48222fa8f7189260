# target: Model python_model
# Box[Optional[int]] where the field has a default: optional.

from typing import Generic, Optional, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T = None


class Model(PythonModel):
    def predict(self, model_input: list[Box[Optional[int]]]):
        return model_input
