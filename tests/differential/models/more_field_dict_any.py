# target: Model python_model
from typing import Any
from pydantic import BaseModel

class Item(BaseModel):
    meta: dict[str, Any] = {}
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
