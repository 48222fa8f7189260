# target: Model python_model
# Self-referencing model: define-time warning, save_model crashes.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Node(BaseModel):
    value: int
    children: list["Node"] = []


class Model(PythonModel):
    def predict(self, model_input: list[Node]):
        return model_input
