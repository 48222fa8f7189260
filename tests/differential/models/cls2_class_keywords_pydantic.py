# target: Model python_model
# pydantic config given as class keywords.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel, frozen=True, extra="forbid"):
    a: int
    b: Optional[str] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
