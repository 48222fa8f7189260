# target: Model python_model
# Optional field whose default_factory returns None: optional.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    x: Optional[int] = Field(default_factory=lambda: None, frozen=True)
    y: Optional[str] = Field(None, validation_alias="Y")


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
