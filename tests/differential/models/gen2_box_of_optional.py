# target: Model python_model
# Box[Optional[int]]: the required field becomes Optional without a default: define-time error.

from typing import Generic, Optional, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T


class Model(PythonModel):
    def predict(self, model_input: list[Box[Optional[int]]]):
        return model_input
