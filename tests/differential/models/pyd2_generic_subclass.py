# target: Model python_model
# A subclass of a parametrised generic model.

from typing import Generic, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T
    values: list[T]


class IntBox(Box[int]):
    label: str


class Model(PythonModel):
    def predict(self, model_input: list[IntBox]):
        return model_input
