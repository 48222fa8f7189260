# target: Model python_model
# A bound TypeVar parametrised with a concrete type.

from typing import Generic, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

N = TypeVar("N", bound=float)


class Measure(BaseModel, Generic[N]):
    value: N


class Model(PythonModel):
    def predict(self, model_input: list[Measure[float]]):
        return model_input
