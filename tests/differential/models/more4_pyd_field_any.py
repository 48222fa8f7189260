# target: Model python_model
from typing import Any
from pydantic import BaseModel

class I(BaseModel):
    v: Any

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[I]) -> list[str]:
        return []
