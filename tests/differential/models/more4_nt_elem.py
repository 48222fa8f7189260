# target: Model python_model
from typing import NamedTuple

class Row(NamedTuple):
    a: int

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[Row]) -> list[str]:
        return []
