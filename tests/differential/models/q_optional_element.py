# target: Model python_model
# Quoted list[Optional[int]] -> define-time error.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "list[Optional[int]]"):
        return model_input
