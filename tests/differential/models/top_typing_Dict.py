# target: Model python_model
# Bare typing.Dict input is not a list.

from typing import Dict
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Dict):
        return model_input
