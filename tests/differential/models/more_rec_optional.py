# target: Model python_model
from __future__ import annotations
from typing import Optional
from pydantic import BaseModel

class Node(BaseModel):
    children: Optional[list[Node]] = None
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Node]):
        return model_input
