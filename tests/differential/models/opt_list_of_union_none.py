# target: Model python_model
# list[Union[int, str, None]] -> define-time error.

from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Union[int, str, None]]):
        return model_input
