# target: Model python_model
# Iterable element is unsupported.

from typing import Iterable
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Iterable[str]]):
        return model_input
