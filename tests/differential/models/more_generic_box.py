# target: Model python_model
from typing import Generic, TypeVar
from pydantic import BaseModel
T = TypeVar('T')

class Box(BaseModel, Generic[T]):
    value: T
    note: str | None = None
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Box[int]]):
        return model_input
