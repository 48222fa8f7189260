# target: Model python_model
# Bare typing.Union as element -> define-time error.

from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Union]):
        return model_input
