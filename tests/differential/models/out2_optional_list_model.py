# target: Model python_model
# Output Optional[list[Model]]: list-like, but the Optional list fails: AnyType.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Out(BaseModel):
    y: int


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> Optional[list[Out]]:
        return None
