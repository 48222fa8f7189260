# target: Model python_model
# dict[str, Any] | None = None in a field.

from typing import Any

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    meta: dict[str, Any] | None = None
    raw: list[list[Any]]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
