# target: Model python_model
# list[Optional[str]] -> define-time error.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Optional[str]]):
        return model_input
