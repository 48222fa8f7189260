# target: Model python_model
# Pydantic model with an Optional field defaulting to None.

from typing import Optional
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str
    note: Optional[str] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[Item]:
        return model_input
