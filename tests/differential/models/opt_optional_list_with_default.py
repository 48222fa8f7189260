# target: Model python_model
# Optional list input with a None default.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Optional[list[str]] = None):
        return model_input
