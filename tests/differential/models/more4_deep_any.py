# target: Model python_model
from typing import Any
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[dict[str, list[dict[str, Any]]]]) -> list[str]:
        return []
