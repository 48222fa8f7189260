# target: Model python_model
# A generic subclass of a generic model, re-parametrised in the hint.

from typing import Generic, Optional, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")
U = TypeVar("U")


class Box(BaseModel, Generic[T]):
    value: T


class Pair(Box[list[U]], Generic[U]):
    other: Optional[U] = None


class Model(PythonModel):
    def predict(self, model_input: list[Pair[str]]):
        return model_input
