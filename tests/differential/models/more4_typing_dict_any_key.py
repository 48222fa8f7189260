# target: Model python_model
from typing import Any, Dict
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[Dict[Any, int]]) -> list[str]:
        return []
