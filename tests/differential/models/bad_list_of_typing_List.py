# target: Model python_model
# list[typing.List] -> define-time error.

from typing import List
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[List]):
        return model_input
