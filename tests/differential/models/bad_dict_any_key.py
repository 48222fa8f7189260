# target: Model python_model
# dict[Any, str] -> define-time error.

from typing import Any
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[Any, str]]):
        return model_input
