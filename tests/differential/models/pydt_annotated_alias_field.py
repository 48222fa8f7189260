# target: Model python_model
# An Annotated alias as the whole field type: pydantic strips it.

from typing import Annotated

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field

PosInt = Annotated[int, Field(gt=0)]


class Item(BaseModel):
    x: PosInt


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[PosInt]:
        return []
