# target: Model python_model
# -> list[Optional[str]] fails quietly -> any.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[Optional[str]]:
        return model_input
