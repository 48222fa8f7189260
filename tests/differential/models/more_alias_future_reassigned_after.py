# target: Model python_model
from __future__ import annotations
from mlflow.pyfunc import PythonModel

Rows = list[int]

class Model(PythonModel):
    def predict(self, model_input: Rows) -> list[str]:
        return []

Rows = list[str]
