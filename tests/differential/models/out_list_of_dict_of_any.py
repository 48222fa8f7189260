# target: Model python_model
# -> list[dict[str, Any]].

from typing import Any
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[dict[str, Any]]:
        return model_input
