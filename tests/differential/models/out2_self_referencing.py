# target: Model python_model
# Output a self-referencing model: the RecursionError is swallowed like any output failure,
# AnyType.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Node(BaseModel):
    child: Optional["Node"] = None


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> Node:
        return Node()
