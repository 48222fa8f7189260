# target: Model python_model
# list[Optional[Any]] -> define-time error.

from typing import Any, Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Optional[Any]]):
        return model_input
