# target: Model python_model
# Bare typing.Optional as element -> define-time error.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Optional]):
        return model_input
