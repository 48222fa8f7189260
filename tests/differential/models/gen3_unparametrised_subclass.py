# target: Model python_model
# A plain subclass of a generic model: T stays a TypeVar, unsupported.

from typing import Generic, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T


class Sub(Box):
    label: str


class Model(PythonModel):
    def predict(self, model_input: list[Sub]):
        return model_input
