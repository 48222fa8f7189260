# target: Model python_model
# Alias to a Union used as the element -> any.

from typing import Union
from mlflow.pyfunc import PythonModel


Number = Union[int, float]


class Model(PythonModel):
    def predict(self, model_input: list[Number]):
        return model_input
