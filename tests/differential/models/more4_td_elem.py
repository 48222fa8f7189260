# target: Model python_model
from typing import TypedDict

class Row(TypedDict, total=False):
    a: int

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[Row]) -> list[str]:
        return []
