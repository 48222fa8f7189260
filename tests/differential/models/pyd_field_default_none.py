# target: Model python_model
# Optional field with Field(default=None).

from typing import Optional
from pydantic import BaseModel, Field
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str = Field(description="the name")
    note: Optional[str] = Field(default=None)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
