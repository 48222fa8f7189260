# target: Model python_model
# A generic pydantic model used without parameters: the field's type is the TypeVar.

from typing import Generic, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T


class Model(PythonModel):
    def predict(self, model_input: list[Box]):
        return model_input
