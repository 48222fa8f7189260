# target: Model python_model
from dataclasses import dataclass

@dataclass
class Row:
    a: int

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[Row]) -> list[str]:
        return []
