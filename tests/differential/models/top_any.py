# target: Model python_model
# Any input is not a list.

from typing import Any
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Any):
        return model_input
