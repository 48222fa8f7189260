# target: Model python_model
# Generic model parametrised with a list.

from typing import Generic, TypeVar
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T


class Model(PythonModel):
    def predict(self, model_input: list[Box[list[str]]]):
        return model_input
