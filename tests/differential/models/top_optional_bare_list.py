# target: Model python_model
# Optional[list] (bare) is not list-like -> warning.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Optional[list]):
        return model_input
