# target: Model python_model
# Annotated[Optional[int], Field(description=...)] without a default: define-time error.

from typing import Annotated, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    x: Annotated[Optional[int], Field(description="x")]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
