# target: Model python_model
# -> Optional[list[str]] fails quietly -> any.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Optional[list[str]]:
        return model_input
