# target: Model python_model
# A NamedTuple field: pydantic accepts it, MLflow does not.

from typing import NamedTuple

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Point(NamedTuple):
    x: float
    y: float


class Item(BaseModel):
    point: Point


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
