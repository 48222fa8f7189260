# target: Model python_model
from typing import Optional
from pydantic import BaseModel

class Inner(BaseModel):
    a: int

class Outer(BaseModel):
    inner: Optional[Inner] = None
    inners: list[Inner] = []

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[Outer]) -> list[str]:
        return []
