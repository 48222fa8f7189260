# target: Model python_model
# ClassVar, property and methods are not fields.

from typing import ClassVar

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    kind: ClassVar[str] = "item"
    limit: ClassVar[int]
    x: int

    @property
    def double(self) -> int:
        return self.x * 2

    def describe(self) -> str:
        return str(self.x)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
