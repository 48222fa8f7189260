# target: Model python_model
# Optional nested inside an inner list is silently dropped.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[Optional[str]]]):
        return model_input
