# target: Model python_model
# A self-referencing model only in the return hint: the output falls back to any, nothing crashes.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Node(BaseModel):
    value: int
    children: list["Node"] = []


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[Node]:
        return []
