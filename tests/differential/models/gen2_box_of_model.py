# target: Model python_model
# A generic model parametrised with another model.

from typing import Generic, Optional, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Item(BaseModel):
    sku: str
    note: Optional[str] = None


class Box(BaseModel, Generic[T]):
    value: T
    values: dict[str, T]


class Model(PythonModel):
    def predict(self, model_input: list[Box[Item]]):
        return model_input
