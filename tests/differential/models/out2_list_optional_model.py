# target: Model python_model
# Output list[Optional[Model]]: the Optional element fails, AnyType.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Out(BaseModel):
    y: int


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> list[Optional[Out]]:
        return []
