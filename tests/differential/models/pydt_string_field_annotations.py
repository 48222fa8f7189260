# target: Model python_model
# Quoted field annotations resolved by pydantic.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    a: "Optional[int]" = None
    b: "dict[str, list[float]]"


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
