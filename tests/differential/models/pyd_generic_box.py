# target: Model python_model
# Parametrised generic model Box[int].

from typing import Generic, TypeVar
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T
    label: str


class Model(PythonModel):
    def predict(self, model_input: list[Box[int]]):
        return model_input
