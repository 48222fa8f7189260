# target: Model python_model
# Optional field with Field() and no default: define-time error.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    x: Optional[int] = Field(description="x")


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
