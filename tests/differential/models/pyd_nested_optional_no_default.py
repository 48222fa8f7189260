# target: Model python_model
# Innermost model has an Optional field without default.

from typing import Optional
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Inner(BaseModel):
    note: Optional[str]


class Outer(BaseModel):
    inner: Inner


class Model(PythonModel):
    def predict(self, model_input: list[Outer]):
        return model_input
