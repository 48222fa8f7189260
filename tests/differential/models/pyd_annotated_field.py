# target: Model python_model
# Annotated field constraints are stripped.

from typing import Annotated
from pydantic import BaseModel, Field
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    qty: Annotated[int, Field(gt=0)]
    name: Annotated[str, "doc"]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
