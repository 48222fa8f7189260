# target: Model python_model
# An alias of a parametrised generic model.

from typing import Generic, Optional, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: Optional[T] = None
    items: list[T]


IntBox = Box[int]


class Model(PythonModel):
    def predict(self, model_input: list[IntBox]) -> IntBox:
        return model_input[0]
