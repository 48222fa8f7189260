# target: Model python_model
# ClassVar is not a field.

from typing import ClassVar
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    kind: ClassVar[str] = "item"
    name: str


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
