# target: Model python_model
# Optional field with Field(...) has no default -> error.

from typing import Optional
from pydantic import BaseModel, Field
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    note: Optional[str] = Field(...)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
