# target: Model python_model
# Literal element is unsupported.

from typing import Literal
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Literal["a", "b"]]):
        return model_input
