# target: Model python_model
# A generic pydantic model with two type variables, parametrised in the hint.

from typing import Generic, Optional, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

K = TypeVar("K")
V = TypeVar("V")


class Pair(BaseModel, Generic[K, V]):
    key: K
    value: Optional[V] = None


class Model(PythonModel):
    def predict(self, model_input: list[Pair[str, list[float]]]):
        return model_input
