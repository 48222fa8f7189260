# target: Model python_model
# A tree model that refers to itself through list["Node"].

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Node(BaseModel):
    name: str
    children: Optional[list["Node"]] = None


class Model(PythonModel):
    def predict(self, model_input: list[Node]):
        return model_input
