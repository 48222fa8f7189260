# target: Model python_model
# Future annotations: list[str] | None -> warning.

from __future__ import annotations
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str] | None):
        return model_input
