# target: Model python_model
# Bare typing.List input -> define-time error.

from typing import List
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List):
        return model_input
