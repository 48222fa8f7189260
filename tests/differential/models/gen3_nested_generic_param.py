# target: Model python_model
# Box[dict[str, Box[float]]]: nested parametrisations.

from typing import Generic, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T


class Model(PythonModel):
    def predict(self, model_input: list[Box[dict[str, Box[float]]]]):
        return model_input
