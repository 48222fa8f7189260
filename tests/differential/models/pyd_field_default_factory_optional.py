# target: Model python_model
# Optional field with default_factory -> required false.

from typing import Optional
from pydantic import BaseModel, Field
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    tags: Optional[list[str]] = Field(default_factory=list)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
