# target: Model python_model
# dict[str, Any] and list[Any] fields.

from typing import Any, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    meta: dict[str, Any]
    extras: Optional[list[Any]] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
