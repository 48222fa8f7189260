# target: Model python_model
# Quoted Optional[list[str]] -> warning.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "Optional[list[str]]"):
        return model_input
