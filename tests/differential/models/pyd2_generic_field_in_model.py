# target: Model python_model
# A parametrised generic model as a field type of another model.

from typing import Generic, Optional, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

T = TypeVar("T")


class Box(BaseModel, Generic[T]):
    value: T


class Order(BaseModel):
    box: Box[bytes]
    maybe: Optional[Box[bool]] = None


class Model(PythonModel):
    def predict(self, model_input: list[Order]):
        return model_input
