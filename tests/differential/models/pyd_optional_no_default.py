# target: Model python_model
# Optional field without default -> define-time error.

from typing import Optional
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str
    note: Optional[str]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
