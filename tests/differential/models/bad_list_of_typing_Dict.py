# target: Model python_model
# list[typing.Dict] -> define-time error.

from typing import Dict
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Dict]):
        return model_input
